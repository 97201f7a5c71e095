"""Ingest files and folders: extract each report and store it; bad input is recorded, never fatal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from extractor import __version__
from extractor.errors import ExtractorError
from extractor.extract import extract_document
from extractor.read import read_bytes, read_document
from extractor.settings import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES
from extractor.store import open_db, record_failure, store, stored_version


@dataclass
class Summary:
    processed: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0

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
           max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    db = open_db(db_path)
    files, skipped = report_files(paths)
    summary = Summary(skipped=len(skipped))
    for path in files:
        sha = None
        try:
            data = read_bytes(path, max_bytes)  # read once: hashed here, parsed below
            sha = hashlib.sha256(data).hexdigest()
            if stored_version(db, sha) == __version__:
                summary.unchanged += 1
                continue
            doc = read_document(path, max_bytes, data)
            record = extract_document(doc)
        except ExtractorError as exc:
            echo(f"error: {exc.path}: {exc.message}")
            record_failure(db, str(path), exc.reason, exc.message, sha)
            summary.failed += 1
            continue
        store(db, doc, record)
        summary.processed += 1
    return summary

