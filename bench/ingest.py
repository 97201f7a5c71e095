"""Ingest speed and memory on a generated corpus, against a naive baseline. Prints figures; not a test.

    python bench/ingest.py [--reports 200] [--sections 14] [--workers 2] [--naive 20] [--corpus DIR]

The corpus (fictional Finnish final reports, about 16 pages each, with numbers, money and tables;
`corpora/tools/reportgen.py`) is generated once into DIR and reused. `extractor.ingest.ingest` runs
with N worker processes into a fresh database; peak RSS is the largest sum over this process and all
its children, sampled every 50 ms. The naive baseline, on the first `--naive` reports in this one
process: pdfplumber `extract_text` on every page, then the full spaCy pipeline over all the text.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpora" / "tools"))


def generate(folder: Path, reports: int, sections: int, workers: int) -> list[Path]:
    """Render the corpus (in parallel) unless it is already there."""
    folder.mkdir(parents=True, exist_ok=True)
    done = sorted(folder.glob("raportti-*.pdf"))
    if len(done) >= reports:
        return done[:reports]
    chunks = [(folder, 1, sections, i) for i in range(reports)]
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_write_one, chunks))
    return sorted(folder.glob("raportti-*.pdf"))[:reports]


def _write_one(args: tuple) -> None:
    from reportgen import write_reports

    folder, n, sections, start = args
    write_reports(folder, n, sections, start)


class PeakRSS:
    """Largest RSS of this process plus all its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.05):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(self.interval)

    def __enter__(self) -> "PeakRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run_ours(files: list[Path], workers: int) -> dict:
    from extractor.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp, PeakRSS() as rss:
        start = time.perf_counter()
        summary = ingest(files, Path(tmp) / "bench.db", echo=lambda line: print(line, file=sys.stderr),
                         workers=workers)
        seconds = time.perf_counter() - start
    assert summary.failed == 0 and summary.processed == len(files), summary.line()
    return {"reports": summary.processed, "pages": summary.pages, "seconds": seconds, "peak_rss": rss.peak}


def run_naive(files: list[Path]) -> dict:
    """pdfplumber text of every page, then the full spaCy pipeline over all of it; one process."""
    import pdfplumber

    from extractor.nlp import load_pipeline

    nlp = load_pipeline()
    pages = 0
    with PeakRSS() as rss:
        start = time.perf_counter()
        for path in files:
            with pdfplumber.open(path) as pdf:
                texts = [page.extract_text() or "" for page in pdf.pages]
            pages += len(texts)
            nlp("\n\n".join(texts))
        seconds = time.perf_counter() - start
    return {"reports": len(files), "pages": pages, "seconds": seconds, "peak_rss": rss.peak}


def line(name: str, r: dict) -> str:
    return (f"{name:<28} {r['reports']:>5} reports {r['pages']:>6} pages {r['seconds']:>8.1f} s "
            f"{r['pages'] / r['seconds']:>7.1f} pages/s {r['reports'] / r['seconds']:>6.2f} reports/s "
            f"peak RSS {r['peak_rss'] / 2**20:>6.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--sections", type=int, default=14, help="narrative sections (~pages) per report")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--naive", type=int, default=20, help="reports for the naive baseline")
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "hankeraportti-bench")
    args = parser.parse_args()
    corpus = args.corpus / f"r{args.reports}-s{args.sections}"
    files = generate(corpus, args.reports, args.sections, args.workers)
    print(f"corpus: {corpus} ({len(files)} PDFs); {psutil.cpu_count()} CPUs")
    ours = run_ours(files, args.workers)
    naive = run_naive(files[:args.naive])
    print(line(f"ingest, {args.workers} workers", ours))
    print(line("naive, 1 process", naive))
    speedup = (ours["pages"] / ours["seconds"]) / (naive["pages"] / naive["seconds"])
    print(f"speed-up over naive: {speedup:.1f}x (pages/s)")


if __name__ == "__main__":
    main()
