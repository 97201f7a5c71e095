"""Pure parsers for Finnish dates and date ranges.

>>> parse_date("1.9.2013")
'2013-09-01'
>>> [(p.start, p.end) for p in find_periods("ajalla 1.9.2013–31.12.2016")]
[('2013-09-01', '2016-12-31')]
"""

from __future__ import annotations

import calendar
import re
from contextlib import suppress
from dataclasses import dataclass

from extractor.numbers import lexicon

DAY_DATE = r"(?P<{n}d>\d{{1,2}})\.\s?(?P<{n}m>\d{{1,2}})\.\s?(?P<{n}y>(?:19|20)\d{{2}})"
MONTH = r"(?P<{n}mn>tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(?:kuu|k\.)[a-zäö]*"
# 'kesäkuussa 2016', 'syyskuu 2019', 'elokuun alussa 2018', 'lokakuun lopussa 2020'
MONTH_YEAR = MONTH + r"\s+(?:(?:alussa|alusta|lopussa|lopulla|puolivälissä)\s+)?(?:(?:vuonna|vuoden|v\.)\s+)?" \
    r"(?P<{n}my>(?:19|20)\d{{2}})"
NUM_MONTH_YEAR = r"(?<![\d.])(?P<{n}nm>\d{{1,2}})\s?/\s?(?P<{n}ny>(?:19|20)\d{{2}})"
RANGE_SEP = r"\s*(?:[-–—]|\bja\b|\bsekä\b|\bvälillä\b)\s*"
YEAR = r"(?<![\d.])(?:19|20)\d{2}(?!\d|\.\d)"  # '2009.' may end a sentence; '2009.5' is no year

DATE_RE = re.compile(DAY_DATE.format(n="a"))
MONTH_YEAR_RE = re.compile(MONTH_YEAR.format(n="a"), re.IGNORECASE)


def _alt(n: str) -> str:
    return (f"(?:{DAY_DATE.format(n=n)}|{MONTH_YEAR.format(n=n)}|{NUM_MONTH_YEAR.format(n=n)})")


PERIOD_RE = re.compile(
    rf"(?:{_alt('a')}|(?P<sd>\d{{1,2}})\.(?P<sm>\d{{1,2}})\.?|(?P<smn>tammi|helmi|maalis|huhti|touko|kesä|heinä"
    rf"|elo|syys|loka|marras|joulu)(?:kuu)?[a-zäö]*)(?:{RANGE_SEP}|\s+(?:ja\s+)?päättyy\s+|\s*(?:asti\s+)?-\s*)"
    rf"{_alt('b')}", re.IGNORECASE)
DAY_RANGE_RE = re.compile(r"(?<![\d.])(?P<d1>\d{1,2})\.\s*[-–—]\s*(?P<d2>\d{1,2})\.(?P<m>\d{1,2})\."
                          r"(?P<y>(?:19|20)\d{2})(?!\d)")  # '14.–15.10.2020'
YEAR_RANGE_RE = re.compile(rf"(?P<y1>{YEAR})\s*[-–—]\s*(?P<y2>(?:19|20)?\d{{2}})(?!\d|\.\d)")


MONTHS = r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)"
DAY_MONTH_NAME_RE = re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<mn>{MONTHS})kuuta\s+(?P<y>{YEAR})",
                               re.IGNORECASE)  # '1. maaliskuuta 2017'
MONTH_EDGE_DAY_RE = re.compile(rf"(?P<mn>{MONTHS})kuun\s+(?P<edge>ensimmäi|viimei)\w*\s+päivä\w*\s+(?P<y>{YEAR})",
                               re.IGNORECASE)  # 'joulukuun viimeisenä päivänä 2020'
FROM_WORDS = (
    rf"(?P<fe>{MONTHS})kuusta\s+(?P<fey>{YEAR})"  # huhtikuusta 2010
    rf"|(?P<fa>{MONTHS})kuun\s+(?P<fay>{YEAR})\s+alusta"  # maaliskuun 2012 alusta
    rf"|vuoden\s+(?P<fyy>{YEAR})\s+alusta"  # vuoden 2017 alusta
    rf"|vuodesta\s+(?P<fy>{YEAR})"  # vuodesta 2016
    rf"|(?P<fi>{MONTHS})kuussa\s+(?P<fiy>{YEAR})(?=\s+ja\s+(?:jatku|kesti))")  # maaliskuussa 2010 ja jatkui …
FROM_DAY = r"(?P<fd>\d{1,2})\.(?P<fdm>\d{1,2})\.(?P<fdy>(?:19|20)\d{2})"  # 1.1.2020
TO_WORDS = (
    rf"(?P<ta>{MONTHS})kuun\s+(?P<tay>{YEAR})\s+(?:loppuun|lopulle|puoliväliin)"  # joulukuun 2021 loppuun
    rf"|(?P<tb>{MONTHS})kuun\s+(?:loppuun|lopulle|puoliväliin)\s+(?P<tby>{YEAR})"  # elokuun loppuun 2013
    rf"|(?P<ti>{MONTHS})kuuhun\s+(?P<tiy>{YEAR})"  # kesäkuuhun 2016
    rf"|vuoden\s+(?P<tyy>{YEAR})\s+(?:loppuun|lopulle)")  # vuoden 2022 loppuun
TO_DAY = r"(?P<td>\d{1,2})\.(?P<tdm>\d{1,2})\.(?P<tdy>(?:19|20)\d{2})"  # 31.12.2021
FROM_TO_RE = re.compile(
    rf"(?:{FROM_WORDS}|{FROM_DAY}(?:\s+(?:alkaen|lähtien))?)"
    r"\s+(?:(?:aina|asti|saakka|ja\s+(?:jatku\w*|päätty\w*|kesti))\s+)?"
    rf"(?:{TO_WORDS}|{TO_DAY})", re.IGNORECASE)
# a start or end marked by its case or a postposition; a bare day date needs 'alkaen' / 'asti'
FROM_RE = re.compile(rf"(?:{FROM_WORDS}|{FROM_DAY}\s+(?:alkaen|lähtien))", re.IGNORECASE)
TO_RE = re.compile(rf"(?:{TO_WORDS}|{TO_DAY}\s+(?:asti|saakka))", re.IGNORECASE)


def _month(name: str) -> str:
    return str(lexicon()["months"][name.casefold()])


def _from_to(m: re.Match) -> tuple[str, str]:
    """Start and end of an elative-to-illative period ('huhtikuusta 2010 maaliskuun 2013 loppuun')."""
    return _from(m), _to(m)


def _from(m: re.Match) -> str:
    if m["fe"]:
        start = _iso(m["fey"], _month(m["fe"]))
    elif m["fa"]:
        start = _iso(m["fay"], _month(m["fa"]))
    elif m["fyy"]:
        start = _iso(m["fyy"], "1")
    elif m["fy"]:
        start = _iso(m["fy"])
    elif m["fi"]:
        start = _iso(m["fiy"], _month(m["fi"]))
    else:
        start = _iso(m["fdy"], m["fdm"], m["fd"])
    return start


def _to(m: re.Match) -> str:
    if m["ta"] or m["ti"] or m["tb"]:
        return _iso(m["tay"] or m["tiy"] or m["tby"], _month(m["ta"] or m["ti"] or m["tb"]))
    if m["tyy"]:
        return _iso(m["tyy"], "12")
    return _iso(m["tdy"], m["tdm"], m["td"])


THIS_YEAR_RE = re.compile(r"\b(?:tämän|kuluvan)\s+vuoden\s+(?P<edge>alusta|loppuun|lopulle|lopussa|lopulla|"
                          r"viimei\w*\s+päivä\w*)", re.IGNORECASE)
# 'sulkeutui tammikuun viimeisenä päivänä tänä vuonna', 'päättyi nyt elokuun viimeisenä päivänä' (no year after)
LAST_DAY_THIS_YEAR_RE = re.compile(rf"\b(?P<m>{MONTHS})kuun\s+viimei\w*\s+päivä\w*\s+(?:tänä|kuluvana)\s+vuonna"
                                   rf"|\b(?:päättyi|päättyy|loppui|loppuu)\s+(?:(?:nyt|jo|sitten)\s+)?"
                                   rf"(?P<m2>{MONTHS})kuun\s+viimei\w*\s+päivä\w*(?!\s+(?:19|20)\d\d)",
                                   re.IGNORECASE)
LAST_YEAR_RE = re.compile(r"\b(?:viime|edellisen)\s+vuoden\s+(?P<edge>alusta|loppuun|lopussa|lopulla)", re.IGNORECASE)
MONTH_END_RE = re.compile(rf"\b(?P<m>{MONTHS})kuun\s+(?:lopussa|loppuun|lopulla)\b", re.IGNORECASE)


# '31. toukokuuta' with no year after it
YEARLESS_DAY_RE = re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<mn>{MONTHS})kuuta\b(?!\s*(?:(?:19|20)\d{{2}}|\d))",
                             re.IGNORECASE)


# '1.9.' with no year, no range dash and no 'klo' before it
YEARLESS_NUMERIC_RE = re.compile(r"(?<![\d.])(?<!klo )(?P<d>\d{1,2})\.(?P<m>\d{1,2})\."
                                 r"(?!\d|\s*(?:(?:19|20)\d{2}\b|[–—-]))", re.IGNORECASE)


def find_yearless_days(text: str, year: str | None) -> list[DateSpan]:
    """Days named without a year ('päättyi 31. toukokuuta', 'alkoi perjantaina 1.9.'), dated in `year`
    (the document's or its post's); none without one."""
    out = []
    for m in YEARLESS_DAY_RE.finditer(text) if year else ():
        if int(m["d"]) <= calendar.monthrange(int(year), int(_month(m["mn"])))[1]:
            out.append(DateSpan(m.start(), m.end(), _iso(year, _month(m["mn"]), m["d"]), None, m.group(0)))
    for m in YEARLESS_NUMERIC_RE.finditer(text) if year else ():
        if 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= calendar.monthrange(int(year), int(m["m"]))[1]:
            out.append(DateSpan(m.start(), m.end(), _iso(year, m["m"], m["d"]), None, m.group(0)))
    return sorted(out, key=lambda d: d.char_start)


def find_edges(text: str, year: str | None = None) -> list[tuple[str, DateSpan]]:
    """Dates whose case or postposition marks them as a start or an end: ('start', 'huhtikuusta
    2010'), ('start', '1.3.2021 alkaen'), ('end', 'toukokuun 2021 loppuun'), ('end', '31.8.2014 asti');
    with the document's `year`, also 'tämän vuoden loppuun'."""
    out = []
    if year:
        for m in THIS_YEAR_RE.finditer(text):
            edge = "start" if m["edge"].casefold() == "alusta" else "end"
            value = f"{year}-01" if edge == "start" else f"{year}-12-31" if "päivä" in m["edge"].casefold() \
                else f"{year}-12"  # 'päättyy tämän vuoden viimeisenä päivänä'
            out.append((edge, DateSpan(m.start(), m.end(), value, None, m.group(0))))
        for m in LAST_YEAR_RE.finditer(text):  # 'syyskuusta 2019 viime vuoden loppuun' in a post of 2022
            edge = "start" if m["edge"].casefold().startswith("alu") else "end"
            last = str(int(year) - 1)
            out.append((edge, DateSpan(m.start(), m.end(), f"{last}-01" if edge == "start" else f"{last}-12", None,
                                       m.group(0))))
        for m in MONTH_END_RE.finditer(text):  # 'hanke päättyy joulukuun lopussa' in a news item of 2012
            out.append(("end", DateSpan(m.start(), m.end(), _iso(year, _month(m["m"])), None, m.group(0))))
        for m in LAST_DAY_THIS_YEAR_RE.finditer(text):  # 'sulkeutui tammikuun viimeisenä päivänä tänä vuonna'
            out.append(("end", DateSpan(m.start(), m.end(), _month_edge_day(year, m["m"] or m["m2"], last=True), None,
                                        m.group(0))))
    if not ANY_DIGIT.search(text):
        return out
    for edge, pattern, value in (("start", FROM_RE, _from), ("end", TO_RE, _to)):
        for m in pattern.finditer(text):
            with suppress(ValueError):
                out.append((edge, DateSpan(m.start(), m.end(), value(m), None, m.group(0))))
    return sorted(out, key=lambda e: e[1].char_start)


@dataclass(frozen=True)
class DateSpan:
    """A period or single date found in text; `start`/`end` are ISO strings of any precision."""

    char_start: int
    char_end: int
    start: str
    end: str | None
    text: str


def parse_date(text: str) -> str:
    """'1.9.2013' / '01.09.2013' -> '2013-09-01'; 'kesäkuussa 2016' -> '2016-06'."""
    m = DATE_RE.search(text)
    if m:
        return _iso(m["ay"], m["am"], m["ad"])
    m = MONTH_YEAR_RE.search(text)
    if m:
        return _iso(m["amy"], _month(m["amn"]))
    m = re.search(YEAR, text)
    if m:
        return m.group(0)
    raise ValueError(f"no date in {text!r}")


def _iso(year: str, month: str | None = None, day: str | None = None) -> str:
    y, mo = int(year), int(month) if month else None
    if mo is not None and not 1 <= mo <= 12:
        raise ValueError(f"month out of range: {month}")
    if day is not None and not 1 <= int(day) <= 31:
        raise ValueError(f"day out of range: {day}")
    out = f"{y:04d}"
    if mo:
        out += f"-{mo:02d}"
        if day:
            out += f"-{int(day):02d}"
    return out


def _side(m: re.Match, n: str) -> str | None:
    if m[f"{n}y"]:
        return _iso(m[f"{n}y"], m[f"{n}m"], m[f"{n}d"])
    if m[f"{n}my"]:
        return _iso(m[f"{n}my"], _month(m[f"{n}mn"]))
    if m[f"{n}ny"]:
        return _iso(m[f"{n}ny"], m[f"{n}nm"])
    return None


def find_periods(text: str) -> list[DateSpan]:
    """Date ranges: '1.9.2013–31.12.2016', '1.4.–31.12.2012', 'syyskuu 2019 – joulukuu 2021',
    '3/2011–12/2013', 'vuosina 2019–2021', 'huhtikuusta 2010 maaliskuun 2013 loppuun'."""
    if not ANY_DIGIT.search(text):
        return []  # every period has a year
    out = []
    for m in PERIOD_RE.finditer(text):
        try:
            end = _side(m, "b")
            start = _side(m, "a") or _partial_start(m, end)
        except ValueError:
            continue
        if start and end and start <= end:
            out.append(DateSpan(m.start(), m.end(), start, end, m.group(0)))
    for m in FROM_TO_RE.finditer(text):
        if any(p.char_start <= m.start() < p.char_end for p in out):
            continue
        try:
            start, end = _from_to(m)
        except ValueError:
            continue
        if start <= end:
            out.append(DateSpan(m.start(), m.end(), start, end, m.group(0)))
    for m in DAY_RANGE_RE.finditer(text):  # '14.–15.10.2020': two days of one month
        if any(p.char_start <= m.start() < p.char_end for p in out):
            continue
        with suppress(ValueError):
            start, end = _iso(m["y"], m["m"], m["d1"]), _iso(m["y"], m["m"], m["d2"])
            if start <= end:
                out.append(DateSpan(m.start(), m.end(), start, end, m.group(0)))
    taken = [(p.char_start, p.char_end) for p in out]
    for m in YEAR_RANGE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        y2 = m["y2"] if len(m["y2"]) == 4 else m["y1"][:2] + m["y2"]
        if m["y1"] < y2:
            out.append(DateSpan(m.start(), m.end(), m["y1"], y2, m.group(0)))
    return sorted(out, key=lambda p: p.char_start)


def _partial_start(m: re.Match, end: str | None) -> str | None:
    """'1.4.–31.12.2012' and 'huhti–joulukuussa 2012' take the year of the end date."""
    if not end:
        return None
    if m["sd"]:
        return _iso(end[:4], m["sm"], m["sd"])
    if m["smn"]:
        return _iso(end[:4], _month(m["smn"]))
    return None


ANY_DIGIT = re.compile(r"\d")
YEAR_EDGE_RE = re.compile(r"\bvuo(?:den|nna)\s+(?P<y>(?:19|20)\d{2})\s+(?P<edge>alu\w*|lopu\w*|loppu\w*|alku\w*)",
                          re.IGNORECASE)

YEAR_EDGE_DAY_RE = re.compile(r"\bvuoden\s+(?P<y>(?:19|20)\d{2})\s+(?P<edge>ensimmäi|viimei)\w*\s+päivä\w*",
                              re.IGNORECASE)  # 'vuoden 2018 viimeisenä päivänä'


def find_dates(text: str) -> list[DateSpan]:
    """Single dates at any precision (day, month-year, 'vuoden 2013 lopussa'); bare years are not returned."""
    if not ANY_DIGIT.search(text):
        return []
    out = []
    for m in YEAR_EDGE_RE.finditer(text):
        month = "01" if m["edge"].casefold().startswith("al") else "12"
        out.append(DateSpan(m.start(), m.end(), f"{m['y']}-{month}", None, m.group(0)))
    for m in DATE_RE.finditer(text):
        with suppress(ValueError):
            out.append(DateSpan(m.start(), m.end(), _iso(m["ay"], m["am"], m["ad"]), None, m.group(0)))
    for m in DAY_MONTH_NAME_RE.finditer(text):  # '1. maaliskuuta 2017'
        with suppress(ValueError):
            out.append(DateSpan(m.start(), m.end(), _iso(m["y"], _month(m["mn"]), m["d"]), None, m.group(0)))
    for m in YEAR_EDGE_DAY_RE.finditer(text):
        day = "12-31" if m["edge"].casefold().startswith("viim") else "01-01"
        out.append(DateSpan(m.start(), m.end(), f"{m['y']}-{day}", None, m.group(0)))
    for m in MONTH_EDGE_DAY_RE.finditer(text):  # 'joulukuun viimeisenä päivänä 2020'
        last = m["edge"].casefold().startswith("viim")
        out.append(DateSpan(m.start(), m.end(), _month_edge_day(m["y"], m["mn"], last), None, m.group(0)))
    for m in MONTH_YEAR_RE.finditer(text):
        if any(d.char_start <= m.start() < d.char_end for d in out):
            continue  # the month of '1. maaliskuuta 2017'
        month = _month(m["amn"])
        out.append(DateSpan(m.start(), m.end(), _iso(m["amy"], month), None, m.group(0)))
    return sorted(out, key=lambda d: d.char_start)


def _month_edge_day(year: str, month_name: str, last: bool) -> str:
    """The ISO date of a month's first or last day ('joulukuun viimeisenä päivänä 2020' -> 2020-12-31)."""
    month = int(_month(month_name))
    return _iso(year, str(month), str(calendar.monthrange(int(year), month)[1] if last else 1))


YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d{2}\b")


# an author-year citation: '(Uraverstas 2020, 21)', '(Kokko 2018, 44–46; Hämäläinen & Tuusa 2019, 12)'
CITATION = re.compile(r"\((?:[A-ZÅÄÖ][a-zåäö][\w&.'-]*,?\s+(?:(?:&|ja|et al\.|[A-ZÅÄÖ][\w.'-]*),?\s+)*(?:19|20)\d{2}[a-z]?"
                      r"(?:,\s*(?:s\.\s*)?\d+(?:[–-]\d+)?)?(?:;\s*)?)+\.?\)")


def dated_after(text: str, end: str, years_only: bool = False) -> bool | None:
    """Whether every date and year of `text` is later than `end` (an ISO date at any precision); None
    when the text names no time. `years_only`: the years a text speaks of, not the days things were
    decided on ('9.3.2015 tekemän loppumaksatuspäätöksen mukaan')."""
    text = CITATION.sub(" ", text)  # '(Uraverstas 2020, 21)' dates the source, not the fact
    if years_only:
        text = DATE_RE.sub(" ", text)
    times = [d.start for d in find_dates(text)] + YEAR_IN_TEXT.findall(text)
    return all(t[:len(end)] > end[:len(t)] for t in times) if times else None
