"""The per-document work as a pure function (file -> Outcome) and the runners that map it over
files: in this process, in a pool of worker processes, or on a Dask distributed cluster."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from extractor.errors import DocumentTimeout, ExtractorError
from extractor.records import Document, Record
from extractor.settings import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Outcome:
    """What one document gave: its Document and Record, or a failure reason and message."""

    path: str
    sha256: str | None = None
    doc: Document | None = None
    record: Record | None = None
    reason: str | None = None
    message: str | None = None

    @property
    def failed(self) -> bool:
        return self.reason is not None


@dataclass(frozen=True)
class Task:
    """One file to extract; `data` is its content when the worker cannot read the path itself."""

    path: str
    sha256: str
    data: bytes | None = None


def process(task: Task, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 0) -> Outcome:
    """Read and extract one file within `timeout` seconds (0: no limit); failures are returned."""
    from extractor.extract import extract_document
    from extractor.read import read_document

    try:
        with time_limit(timeout, task.path):
            doc = read_document(task.path, max_bytes, task.data)
            return Outcome(task.path, doc.sha256, doc, extract_document(doc))
    except ExtractorError as exc:
        return Outcome(task.path, task.sha256, reason=exc.reason, message=exc.message)
    except Exception as exc:  # a bug met by one odd document must not stop the batch
        return Outcome(task.path, task.sha256, reason="error", message=f"{type(exc).__name__}: {exc}")


@contextmanager
def time_limit(seconds: float, path: str) -> Iterator[None]:
    """Raise `DocumentTimeout` after `seconds` (SIGALRM; only in a process's main thread)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(path, f"extraction took longer than the limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def warm_up() -> None:
    """Load the spaCy pipeline, Voikko and the model once per worker process."""
    from extractor.model import load_model
    from extractor.nlp import load_pipeline, voikko

    load_pipeline()
    voikko()
    load_model()


def run_serial(tasks: list[Task], max_bytes: int, timeout: float) -> Iterator[Outcome]:
    if tasks:
        warm_up()  # outside the time limit of the first document
    for task in tasks:
        yield process(task, max_bytes, timeout)


def hard_limit(timeout: float) -> float:
    """Seconds after which the parent kills a worker whose document ignored the soft time limit
    (SIGALRM cannot interrupt native code that holds the interpreter)."""
    return timeout * 1.5 + 5


def run_pool(tasks: list[Task], workers: int, max_bytes: int, timeout: float) -> Iterator[Outcome]:
    """Outcomes in completion order from `workers` processes (forkserver: no inherited state).

    Each worker notes on a board (a folder of one file per worker) which document it is on and
    since when. A worker past the hard limit is killed and its document fails as `timeout`. A
    worker that dies (a crash in a native library, the out-of-memory killer) breaks the pool: the
    documents that were in flight are retried one at a time in a fresh pool, so that only the
    document that kills a worker again fails (as `crash`), and the rest of the batch goes on."""
    context = multiprocessing.get_context("forkserver")
    queue, suspects = list(reversed(tasks)), []
    board = Path(tempfile.mkdtemp(prefix=f"hankeraportti-{os.getpid()}-"))
    try:
        while queue or suspects:
            alone = bool(suspects)
            n = 1 if alone else workers
            with ProcessPoolExecutor(n, mp_context=context, initializer=_start_worker,
                                     initargs=(str(board),)) as pool:
                yield from _drain(pool, suspects if alone else queue, 1 if alone else n * 4, board,
                                  max_bytes, timeout, suspects)
    finally:
        shutil.rmtree(board, ignore_errors=True)


_BOARD: Path | None = None


def _start_worker(board: str) -> None:
    global _BOARD
    _BOARD = Path(board)
    warm_up()


def _process_on_board(task: Task, max_bytes: int, timeout: float) -> Outcome:
    """`process` in a pool worker, with a note on the board while it runs."""
    note = _BOARD / str(os.getpid()) if _BOARD is not None else None
    if note is not None:
        note.write_text(f"{task.sha256}\n{time.time()}", encoding="utf-8")
    try:
        return process(task, max_bytes, timeout)
    finally:
        if note is not None:
            note.unlink(missing_ok=True)


def _overrunning(board: Path, timeout: float) -> dict[int, str]:
    """Workers (pid -> document hash) on one document for longer than the hard limit."""
    out = {}
    if timeout <= 0:
        return out
    for note in board.iterdir():
        try:
            sha, since = note.read_text(encoding="utf-8").split("\n")
        except (OSError, ValueError):
            continue  # written or removed just now
        if time.time() - float(since) > hard_limit(timeout):
            out[int(note.name)] = sha
    return out


def _drain(pool: ProcessPoolExecutor, queue: list[Task], window: int, board: Path, max_bytes: int,
           timeout: float, suspects: list[Task]) -> Iterator[Outcome]:
    """Keep at most `window` tasks of `queue` in flight and yield each outcome as it completes.
    When the pool breaks, return early: a killed overrunner is a timeout, a lone task a crash, and
    other tasks in flight go to `suspects`; unsent tasks stay in `queue`."""
    pending: dict[Future, Task] = {}
    killed: set[str] = set()
    while queue or pending:
        while queue and len(pending) < window:
            task = queue.pop()
            pending[pool.submit(_process_on_board, task, max_bytes, timeout)] = task
        done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
        for pid, sha in _overrunning(board, timeout).items():
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            (board / str(pid)).unlink(missing_ok=True)
            killed.add(sha)
        broken = []
        for future in done:
            task = pending.pop(future)
            if isinstance(future.exception(), BrokenProcessPool):
                broken.append(task)
            else:
                yield future.result()
        if broken:
            broken += [pending.pop(f) for f in list(pending)]
            lone = len(broken) == 1 and window == 1
            for task in broken:
                if task.sha256 in killed:
                    yield _overran(task, timeout)
                elif lone:
                    yield _crashed(task)
                else:
                    suspects.append(task)
            return


def _crashed(task: Task) -> Outcome:
    return Outcome(task.path, task.sha256, reason="crash",
                   message="the worker process died while extracting it again (a crash or out of memory)")


def _overran(task: Task, timeout: float) -> Outcome:
    return Outcome(task.path, task.sha256, reason="timeout",
                   message=f"extraction took longer than the limit of {timeout:g} s; the worker was stopped")


def run_dask(tasks: Iterable[Task], address: str, max_bytes: int, timeout: float = 0) -> Iterator[Outcome]:
    """Outcomes from an existing Dask distributed cluster; file bytes travel with the task, so
    workers need not see the same file system."""
    from distributed import Client, as_completed

    with Client(address) as client:
        window = max(2, 4 * sum(client.nthreads().values()))
        queue = iter(tasks)
        running = as_completed()
        for task in _take(queue, window):
            running.add(client.submit(process_abandoning, _with_data(task), max_bytes, timeout, pure=False))
        for future in running:
            yield future.result()
            for task in _take(queue, 1):
                running.add(client.submit(process_abandoning, _with_data(task), max_bytes, timeout, pure=False))


def process_abandoning(task: Task, max_bytes: int, timeout: float) -> Outcome:
    """`process` for a Dask worker thread, which cannot take SIGALRM: the document runs in a
    thread of its own, and past `timeout` seconds its outcome is a timeout. The abandoned thread
    runs on until it ends, but its result is dropped and the batch goes on."""
    warm_up()  # the first document on a worker must not pay for loading the pipeline
    if timeout <= 0:
        return process(task, max_bytes)
    result: list[Outcome] = []
    worker = threading.Thread(target=lambda: result.append(process(task, max_bytes)), daemon=True)
    worker.start()
    worker.join(timeout)
    if result:
        return result[0]
    return Outcome(task.path, task.sha256, reason="timeout",
                   message=f"extraction took longer than the limit of {timeout:g} s (abandoned on the Dask worker)")


def _take(queue: Iterator[Task], n: int) -> list[Task]:
    return [t for _, t in zip(range(n), queue)]


def _with_data(task: Task) -> Task:
    return task if task.data is not None else Task(task.path, task.sha256, Path(task.path).read_bytes())
