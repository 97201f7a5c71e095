"""Finnish municipalities and regions, matched through Voikko base forms.

Data: Statistics Finland, National Land Survey of Finland (CC BY 4.0), see data/README.md.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor.nlp import baseforms, voikko

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
    ceased: str | None = None  # ISO date a merged municipality's name ceased ('2013-01-01' for Vihanti)


class Gazetteer:
    def __init__(self, municipalities: list[Municipality], mergers: dict[str, tuple[str, str]]):
        """`mergers`: ceased name -> (code of the municipality that absorbed it, ISO date it ceased)."""
        self.by_code = {m.code: m for m in municipalities}
        self.names: dict[str, tuple[Municipality, str, str | None]] = {}
        for m in municipalities:
            self.names.setdefault(m.name.casefold(), (m, m.name, None))
            self.names.setdefault(m.name_sv.casefold(), (m, m.name, None))
        self.plural_only: set[str] = set()  # 'Virta' names Virrat only in a plural form ('Virtain'), not 'Virtaa'
        for m in municipalities:  # a plural name: 'Virtain' is analysed as 'Virta', not 'Virrat'
            if m.name.endswith("t"):
                for form in baseforms(m.name):
                    if form[:1].isupper() and form != m.name and form.casefold() not in self.names:
                        self.names[form.casefold()] = (m, m.name, None)
                        self.plural_only.add(form.casefold())
        for ceased, (code, date) in mergers.items():
            if ceased.casefold() not in self.names and code in self.by_code:
                self.names[ceased.casefold()] = (self.by_code[code], ceased, date)
        self.regions = {m.region.casefold(): m.region for m in municipalities}
        # a name of two words ('Koski Tl'): its first word, inflected, matches when the second follows
        self.pairs = {m.name.split()[0].casefold(): (m, m.name.split()[1].casefold()) for m in municipalities
                      if len(m.name.split()) == 2}

    def mentions_place(self, doc) -> bool:
        """Whether a parsed text holds a word `project._places` would count as a municipality (there,
        and only there, person names are told apart from place names)."""
        return any(tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and
                   (hit := self.match(tok.text)) is not None and hit.municipality is not None for tok in doc)

    def municipality(self, word: str) -> Municipality | None:
        """The municipality a capitalised word form names ('Kangasniemellä' -> Kangasniemi), or None."""
        hit = self.match(word)
        return hit.municipality if hit is not None else None

    def match(self, word: str, following: str = "") -> PlaceMatch | None:
        """Match one capitalised word form (with the word after it, for a name of two words: 'Kosken
        Tl'); None for lower-case words and unknown names."""
        if not word[:1].isupper():
            return None
        forms = [b for b in baseforms(word) if b[:1].isupper()] or _adjective_compound(word) or [word]
        for form in forms:
            key = form.casefold()
            if key in self.regions:  # 'Lappi' is the region, not the municipality merged in 2009
                return PlaceMatch(None, self.regions[key], self.regions[key])
            if key in self.plural_only and not _plural(word, form):
                continue
            if key in self.names:
                m, name, ceased = self.names[key]
                return PlaceMatch(m, m.region, name, ceased)
            if key in self.pairs and following.casefold().rstrip(".") == self.pairs[key][1]:
                m = self.pairs[key][0]
                return PlaceMatch(m, m.region, m.name)
        return None

    def demonym(self, word: str) -> PlaceMatch | None:
        """The municipality whose people a lower-case word names, in any case ('mynämäkeläisille' ->
        Mynämäki, 'nousiaislaisia' -> Nousiainen, 'sotkamolaista' -> Sotkamo); None for other words
        ('erilainen', 'samanlaisia')."""
        m = DEMONYM.fullmatch(word)
        if m is None or not word.islower():
            return None
        stem = m["stem"]
        # 'sotkamo-laiset', 'mynämäke-läiset' (Mynämäki), 'nousiais-laiset' (Nousiainen)
        for name in (stem, stem[:-1] + "i" if stem.endswith("e") else "",
                     stem[:-1] + "nen" if stem.endswith("s") else ""):
            if name and name in self.names and self.names[name][2] is None:
                municipality = self.names[name][0]
                if municipality.name.casefold() == name:
                    return PlaceMatch(municipality, municipality.region, municipality.name)
        return None


def _plural(word: str, baseform: str) -> bool:
    return any(a.get("BASEFORM") == baseform and a.get("NUMBER") == "plural" for a in voikko().analyze(word))


# an inhabitant of a place, in any case: 'kemiläinen', 'porilaisille', 'mynämäkeläisiä', 'nousiaislaisten'
DEMONYM = re.compile(r"(?P<stem>[^\W\d_]{2,}?)(?:la|lä)i(?:nen|s(?:en|ta|tä|ille|ia|iä|iin|ten|ina|inä|iksi|et|"
                     r"ena|enä|ilta|iltä|issa|issä|i)?)")


ADJECTIVE_STEMS = {"Uude": "Uusi", "Uute": "Uusi", "Iso": "Iso"}  # 'Uudessakaarlepyyssä', 'Isossakyrössä'


def _adjective_compound(word: str) -> list[str]:
    """Base forms of a name whose first part is an inflected adjective, which Voikko does not know
    ('Uudessakaarlepyyssä' -> 'Uusikaarlepyy'): the adjective's case ending is cut where the rest
    of the word, with the nominative adjective in front, is a word Voikko can analyse."""
    for stem, base in ADJECTIVE_STEMS.items():
        if not word.startswith(stem):
            continue
        for cut in range(len(stem), min(len(word) - 3, len(stem) + 5)):
            forms = [b for b in baseforms(base + word[cut:]) if b[:1].isupper()]
            if forms:
                return forms
    return []


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
        day, month, year = r["effective_date"].split(".")
        mergers[r["ceased_name"]] = (code, f"{year}-{int(month):02d}-{int(day):02d}")
    return Gazetteer(municipalities, mergers)


def _float(value: str) -> float | None:
    return float(value) if value else None
