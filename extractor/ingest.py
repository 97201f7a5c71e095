"""Ingest files and folders: extract each report and store it; bad input is recorded, never fatal.

Files are hashed here first, so an unchanged file costs no worker time; the per-document work runs
in this process, in worker processes or on a Dask cluster (`batch.py`), and this process is the
single writer: each document's rows go in one transaction, so a killed run leaves whole documents
only and the next run goes on where it stopped.
"""

from __future__ import annotations

import hashlib
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, ContextManager, Iterable, Iterator

import sqlite_utils

from extractor import __version__
from extractor.batch import Outcome, Task, run_dask, run_pool, run_serial
from extractor.errors import ExtractorError
from extractor.model import load_model
from extractor.read import read_bytes
from extractor.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, SUPPORTED_SUFFIXES
from extractor.store import move_document, open_db, record_failure, store, stored_path, stored_version

Progress = Callable[[int], ContextManager[Any]]  # total -> a bar with .update(n)


@dataclass
class Summary:
    processed: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    pages: int = 0
    ocr: int = 0

    def line(self) -> str:
        return (f"processed {self.processed}, unchanged {self.unchanged}, skipped {self.skipped}, "
                f"failed {self.failed}")


def report_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files to ingest, files skipped): folders are walked for supported suffixes; files named
    explicitly are always tried, so an unsupported one is reported as a failure."""
    files, skipped = [], []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    (files if p.suffix.lower() in SUPPORTED_SUFFIXES else skipped).append(p)
        else:
            files.append(path)
    return files, skipped


def ingest(paths: list[Path], db_path: Path, echo: Callable[[str], None] = print,
           max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1, force: bool = False,
           timeout: float = DEFAULT_TIMEOUT, dask: str | None = None,
           progress: Progress | None = None) -> Summary:
    """Extract and store every report under `paths`; `workers` > 1 runs worker processes, `dask`
    (a scheduler address) runs the extraction on a Dask cluster."""
    load_model()  # a missing or tampered model stops the batch before any work, with one clear error
    db = open_db(db_path)
    files, skipped = report_files(paths)
    summary = Summary(skipped=len(skipped))
    tasks = plan(db, files, max_bytes, force, summary, echo)
    with (progress(len(tasks)) if progress else nullcontext()) as bar:
        for outcome in run(tasks, workers, max_bytes, timeout, dask):
            write(db, outcome, summary, echo)
            if bar is not None:
                bar.update(1)
    return summary


def plan(db: sqlite_utils.Database, files: list[Path], max_bytes: int, force: bool, summary: Summary,
         echo: Callable[[str], None]) -> list[Task]:
    """Hash every file; the ones not yet stored with this extractor version (all with `force`) become
    tasks. A stored file under a new path keeps its rows and gets the new path."""
    tasks, seen = [], set()
    for path in files:
        try:
            sha = hashlib.sha256(read_bytes(path, max_bytes)).hexdigest()
        except ExtractorError as exc:
            fail(db, Outcome(str(path), reason=exc.reason, message=exc.message), summary, echo)
            continue
        if sha in seen or (not force and stored_version(db, sha) == __version__):
            _note_move(db, sha, path)
            summary.unchanged += 1
            continue
        seen.add(sha)
        tasks.append(Task(str(path), sha))
    return tasks


def _note_move(db: sqlite_utils.Database, sha: str, path: Path) -> None:
    old = stored_path(db, sha)
    if old is not None and old != str(path) and not Path(old).exists():
        move_document(db, sha, str(path), path.name)


def run(tasks: list[Task], workers: int, max_bytes: int, timeout: float, dask: str | None) -> Iterator[Outcome]:
    if dask:
        return run_dask(tasks, dask, max_bytes, timeout)
    if workers > 1 and len(tasks) > 1:
        return run_pool(tasks, min(workers, len(tasks)), max_bytes, timeout)
    return run_serial(tasks, max_bytes, timeout)


def write(db: sqlite_utils.Database, outcome: Outcome, summary: Summary, echo: Callable[[str], None]) -> None:
    """Store one outcome (one transaction) and count it."""
    if outcome.failed:
        fail(db, outcome, summary, echo)
        return
    assert outcome.doc is not None and outcome.record is not None
    store(db, outcome.doc, outcome.record)
    summary.processed += 1
    summary.pages += len(outcome.doc.pages)
    if outcome.doc.ocr:
        summary.ocr += 1
        echo(f"note: {outcome.path}: no text layer, read with OCR (evidence method 'ocr+...')")


def fail(db: sqlite_utils.Database, outcome: Outcome, summary: Summary, echo: Callable[[str], None]) -> None:
    echo(f"error: {outcome.path}: {outcome.message}")
    record_failure(db, outcome.path, outcome.reason or "error", outcome.message or "", outcome.sha256)
    summary.failed += 1
