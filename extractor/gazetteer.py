"""Finnish municipalities and regions, matched through Voikko base forms.

Data: Statistics Finland, National Land Survey of Finland (CC BY 4.0), see data/README.md.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor.nlp import baseforms

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    name_sv: str
    region_code: str
    region: str
    subregion: str
    lon: float | None
    lat: float | None


@dataclass(frozen=True)
class PlaceMatch:
    """A word that names a municipality (possibly by a merged or Swedish name) or a region."""

    municipality: Municipality | None
    region: str | None
    name_in_text: str  # the base form the text used ('Vihanti', 'Raasepori')


class Gazetteer:
    def __init__(self, municipalities: list[Municipality], mergers: dict[str, str]):
        self.by_code = {m.code: m for m in municipalities}
        self.names: dict[str, tuple[Municipality, str]] = {}
        for m in municipalities:
            self.names.setdefault(m.name.casefold(), (m, m.name))
            self.names.setdefault(m.name_sv.casefold(), (m, m.name))
        for ceased, code in mergers.items():
            if ceased.casefold() not in self.names and code in self.by_code:
                self.names[ceased.casefold()] = (self.by_code[code], ceased)
        self.regions = {m.region.casefold(): m.region for m in municipalities}

    def mentions_place(self, doc) -> bool:
        """Whether a parsed text holds a word `project._places` would count as a municipality (there,
        and only there, person names are told apart from place names)."""
        return any(tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and
                   (hit := self.match(tok.text)) is not None and hit.municipality is not None for tok in doc)

    def match(self, word: str) -> PlaceMatch | None:
        """Match one capitalised word form; None for lower-case words and unknown names."""
        if not word[:1].isupper():
            return None
        forms = [b for b in baseforms(word) if b[:1].isupper()] or [word]
        for form in forms:
            key = form.casefold()
            if key in self.regions:  # 'Lappi' is the region, not the municipality merged in 2009
                return PlaceMatch(None, self.regions[key], self.regions[key])
            if key in self.names:
                m, name = self.names[key]
                return PlaceMatch(m, m.region, name)
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    with open(DATA / "municipalities.csv", encoding="utf-8") as f:
        municipalities = [Municipality(r["code"], r["name_fi"], r["name_sv"], r["region_code"],
                                       r["region"], r["subregion"], _float(r["lon"]), _float(r["lat"]))
                          for r in csv.DictReader(f)]
    codes = {m.code for m in municipalities}
    with open(DATA / "municipality_mergers.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    absorbed = {r["ceased_code"]: r["absorbing_code"] for r in rows}
    mergers = {}
    for r in rows:
        code = r["absorbing_code"]
        while code not in codes and code in absorbed:  # chains of mergers
            code = absorbed[code]
        mergers[r["ceased_name"]] = code
    return Gazetteer(municipalities, mergers)


def _float(value: str) -> float | None:
    return float(value) if value else None
