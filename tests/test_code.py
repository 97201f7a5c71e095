"""The code itself: no undefined names or unused imports (pyflakes), which tests of behaviour can miss
on a path they do not take."""

from __future__ import annotations

from pathlib import Path

from pyflakes.api import checkPath
from pyflakes.reporter import Reporter

ROOT = Path(__file__).resolve().parent.parent


class Collect(Reporter):
    def __init__(self) -> None:
        self.messages: list[str] = []

    def unexpectedError(self, filename, msg) -> None:
        self.messages.append(f"{filename}: {msg}")

    def syntaxError(self, filename, msg, lineno, offset, text) -> None:
        self.messages.append(f"{filename}:{lineno}: {msg}")

    def flake(self, message) -> None:
        self.messages.append(str(message))


def test_pyflakes_finds_nothing():
    reporter = Collect()
    for folder in ("extractor", "tests", "bench", "corpora/tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            checkPath(str(path), reporter)
    assert reporter.messages == []
