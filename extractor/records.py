"""Plain frozen records passed between the stages of the pipeline."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

PROJECT_SCALARS = ("name", "code", "start_date", "end_date")
PROJECT_LISTS = ("municipalities", "regions", "implementers", "funders")
ITEM_GROUPS = ("money", "participants", "outcomes", "indicators")


@dataclass(frozen=True)
class Page:
    number: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Document:
    """A report's normalised text with the page -> character-offset map."""

    path: str
    file_name: str
    format: str
    sha256: str
    text: str
    pages: tuple[Page, ...]
    ocr: bool = False
    quotes: tuple[tuple[int, int, int], ...] = ()  # (start, end, depth) of e-mail quoted lines ('> ', '>> ')

    def quote_depth(self, offset: int) -> int:
        """How deep in quoted earlier messages the offset stands (0: the newest message's own text)."""
        return next((depth for start, end, depth in self.quotes if start <= offset < end), 0)

    def page_at(self, offset: int) -> int:
        starts = [p.char_start for p in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(i, 0)].number if self.pages else 1


@dataclass(frozen=True)
class Evidence:
    page: int
    char_start: int
    char_end: int
    sentence: str
    method: str


@dataclass(frozen=True)
class Fact:
    """One extracted value: a project field value or a money/participant/outcome/indicator item.

    `group` is "project" or one of ITEM_GROUPS; for project facts `kind` is the field name.
    `values` holds the record's keys for the item (e.g. {"eur": 412380, "share_pct": 80}).
    """

    group: str
    kind: str
    values: dict[str, Any]
    evidence: tuple[Evidence, ...]
    confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)

    def item(self) -> dict[str, Any]:
        """The item as the schema's record shows it (evidence under "evidence")."""
        out: dict[str, Any] = {"kind": self.kind}
        out.update({k: v for k, v in self.values.items() if v is not None and v is not False})
        out["evidence"] = [evidence_dict(e) for e in self.evidence]
        return out


def evidence_dict(e: Evidence) -> dict[str, Any]:
    return {"page": e.page, "char_start": e.char_start, "char_end": e.char_end,
            "sentence": e.sentence, "method": e.method}


@dataclass(frozen=True)
class Record:
    """Everything extracted from one document."""

    source: str
    facts: tuple[Fact, ...]

    def of(self, group: str, kind: str | None = None) -> list[Fact]:
        return [f for f in self.facts if f.group == group and (kind is None or f.kind == kind)]

    def to_json(self) -> dict[str, Any]:
        """The record exactly as ../shared/extraction-schema.md defines it."""
        project: dict[str, Any] = {}
        for name in PROJECT_SCALARS:
            facts = self.of("project", name)
            project[name] = facts[0].values["value"] if facts else None
        for name in PROJECT_LISTS:
            project[name] = [f.values["value"] for f in self.of("project", name)]
        out: dict[str, Any] = {"source": self.source, "project": project}
        for group in ITEM_GROUPS:
            out[group] = [f.item() for f in self.of(group)]
        return out
