"""SIGKILL at any moment, then run again: no duplicate, no half-written document, nothing lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reportgen import write_reports
from test_ingest import orphans, signature

from extractor.ingest import ingest

# (documents stored before the kill, extra delay in seconds): the first kills land while the
# schema is created and the workers start, the others between and inside document transactions.
KILLS = [(0, 0.0), (0, 0.5), (2, 0.0), (5, 0.03), (9, 0.0), (13, 0.05)]
ROUND_LIMIT = 120  # seconds: a bound, never an assertion


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def start(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor", "ingest", str(folder), "--db", str(db),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def kill_after(proc: subprocess.Popen, db: Path, documents: int, delay: float) -> None:
    """SIGKILL the ingest (and its workers) once `documents` are stored, `delay` seconds later."""
    deadline = time.monotonic() + ROUND_LIMIT
    while stored(db) < documents and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(delay)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_sigkill_at_any_moment_then_rerun_gives_the_rows_of_a_clean_run(tmp_path: Path):
    folder = tmp_path / "reports"
    write_reports(folder, 18)
    clean = tmp_path / "clean.db"
    ingest([folder], clean, echo=lambda _: None)
    db = tmp_path / "killed.db"
    partial = 0
    for documents, delay in KILLS:
        kill_after(start(folder, db), db, documents, delay)
        if stored(db):
            assert orphans(db) == 0
        partial += 0 < stored(db) < 18
    assert partial >= 3  # the kills did land in the middle of the batch
    final = start(folder, db)
    assert final.wait(timeout=ROUND_LIMIT) == 0
    assert signature(db) == signature(clean)
    assert orphans(db) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select count(*) from failures").fetchone()[0] == 0
