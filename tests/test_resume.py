"""SIGKILL at any moment, then run again: no duplicate, no half-written document, nothing lost."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path

import psutil

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


def workers_of(proc: subprocess.Popen) -> list[psutil.Process]:
    """The pool's worker processes: children of the forkserver, itself a child of the ingest."""
    return [p for p in psutil.Process(proc.pid).children(recursive=True) if p.ppid() != proc.pid]


def failures(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select path, reason from failures").fetchall()


def board_notes(proc: subprocess.Popen) -> list[Path]:
    """The notes of the ingest's pool workers: which document each is on (none once the batch ended)."""
    try:
        return list(Path(tempfile.gettempdir()).glob(f"hankeraportti-{proc.pid}-*/*"))
    except OSError:  # the board went away while it was read
        return []


def test_a_worker_killed_mid_batch_costs_no_document(tmp_path: Path):
    """The out-of-memory killer takes a worker: its documents are retried, nothing is lost."""
    folder = tmp_path / "reports"
    write_reports(folder, 10)
    db = tmp_path / "r.db"
    proc = start(folder, db)
    deadline = time.monotonic() + ROUND_LIMIT
    while stored(db) < 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    victims = workers_of(proc)
    assert victims, "no worker to kill"
    victims[0].send_signal(signal.SIGKILL)
    assert proc.wait(ROUND_LIMIT) == 0
    assert (stored(db), failures(db), orphans(db)) == (10, [], 0)


def test_a_hung_worker_is_killed_at_the_hard_limit_and_the_batch_goes_on(tmp_path: Path):
    """A worker stuck where the soft limit cannot reach it (here: stopped) is killed after
    `hard_limit(timeout)`; its document fails as a timeout and every other document is stored."""
    folder = tmp_path / "reports"
    write_reports(folder, 8)
    db = tmp_path / "r.db"
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "ingest", str(folder), "--db", str(db),
                             "--workers", "2", "--timeout", "1"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    stopped = None
    deadline = time.monotonic() + ROUND_LIMIT
    while stopped is None and proc.poll() is None and time.monotonic() < deadline:
        for note in board_notes(proc):
            with suppress(OSError, ValueError):
                sha = note.read_text().split("\n")[0]
                os.kill(int(note.name), signal.SIGSTOP)
                if note.exists() and note.read_text().split("\n")[0] == sha:
                    stopped = sha  # stopped while on this document
                    break
                os.kill(int(note.name), signal.SIGCONT)  # it had moved on: let it go and try again
        time.sleep(0.005)
    assert stopped is not None, "no worker was caught on a document"
    assert proc.wait(ROUND_LIMIT) == 1  # the exit status says a document failed
    victim = next(p for p in folder.glob("*.pdf") if hashlib.sha256(p.read_bytes()).hexdigest() == stopped)
    assert failures(db) == [(str(victim), "timeout")]
    assert (stored(db), orphans(db)) == (7, 0)


def test_a_document_that_kills_its_worker_every_time_fails_as_a_crash(tmp_path: Path):
    """A document whose worker dies whenever it is on it (a native crash, the out-of-memory killer):
    it is retried alone, then fails as `crash`; every other document is stored."""
    folder = tmp_path / "reports"
    write_reports(folder, 6)
    victim = sorted(folder.glob("*.pdf"))[0]
    deadly = hashlib.sha256(victim.read_bytes()).hexdigest()
    db = tmp_path / "r.db"
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "ingest", str(folder), "--db", str(db),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    kills = 0
    deadline = time.monotonic() + ROUND_LIMIT
    while proc.poll() is None and time.monotonic() < deadline:
        for note in board_notes(proc):
            with suppress(OSError, ValueError):
                if note.read_text().split("\n")[0] == deadly:
                    os.kill(int(note.name), signal.SIGKILL)
                    kills += 1
        time.sleep(0.005)
    assert proc.wait(ROUND_LIMIT) == 1
    assert kills >= 2  # once in the pool, once alone
    assert failures(db) == [(str(victim), "crash")]
    assert (stored(db), orphans(db)) == (5, 0)
