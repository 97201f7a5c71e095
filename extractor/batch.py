"""The per-document work as a pure function (file -> Outcome) and the runners that map it over
files: in this process, in a pool of worker processes, or on a Dask distributed cluster."""

from __future__ import annotations

import multiprocessing
import signal
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

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


def run_pool(tasks: list[Task], workers: int, max_bytes: int, timeout: float) -> Iterator[Outcome]:
    """Outcomes in completion order from `workers` processes (forkserver: no inherited state). A
    worker that dies (a crash in a native library, the out-of-memory killer) fails the documents in
    flight as `crash`, and a fresh pool takes the rest."""
    context = multiprocessing.get_context("forkserver")
    queue = list(reversed(tasks))
    while queue:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=warm_up) as pool:
            yield from _drain(lambda t: pool.submit(process, t, max_bytes, timeout), queue, workers * 4)


def _drain(submit: Callable[[Task], Future], queue: list[Task], window: int) -> Iterator[Outcome]:
    """Keep at most `window` tasks of `queue` in flight and yield each outcome as it completes;
    return early, leaving the unsent tasks in `queue`, when the pool breaks."""
    pending: dict[Future, Task] = {}
    while queue or pending:
        while queue and len(pending) < window:
            task = queue.pop()
            pending[submit(task)] = task
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            task = pending.pop(future)
            broken |= isinstance(future.exception(), BrokenProcessPool)
            yield _crashed(task) if isinstance(future.exception(), BrokenProcessPool) else future.result()
        if broken:
            yield from (_crashed(task) for task in pending.values())
            return


def _crashed(task: Task) -> Outcome:
    return Outcome(task.path, task.sha256, reason="crash",
                   message="the worker process died while extracting it (a crash or out of memory)")


def run_dask(tasks: Iterable[Task], address: str, max_bytes: int) -> Iterator[Outcome]:
    """Outcomes from an existing Dask distributed cluster; file bytes travel with the task, so
    workers need not see the same file system. The time limit is not enforced there (worker
    threads cannot take SIGALRM)."""
    from distributed import Client, as_completed

    with Client(address) as client:
        window = max(2, 4 * sum(client.nthreads().values()))
        queue = iter(tasks)
        running = as_completed()
        for task in _take(queue, window):
            running.add(client.submit(process, _with_data(task), max_bytes, 0, pure=False))
        for future in running:
            yield future.result()
            for task in _take(queue, 1):
                running.add(client.submit(process, _with_data(task), max_bytes, 0, pure=False))


def _take(queue: Iterator[Task], n: int) -> list[Task]:
    return [t for _, t in zip(range(n), queue)]


def _with_data(task: Task) -> Task:
    return task if task.data is not None else Task(task.path, task.sha256, Path(task.path).read_bytes())
