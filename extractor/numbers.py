"""Pure parsers for Finnish numbers, money amounts and percentages.

>>> parse_number("412 380")
412380.0
>>> parse_money("1,2 milj. euroa")
(1200000.0, None, None)
>>> parse_number_word("kolmekymmentäkaksi")
32.0
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.json"

DIGITS = r"\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?"
DASH = r"\s*[-–—]\s*"
THOUSAND_WORD = r"tuha(?:tta|nnen|nteen|nnella|nneksi|nnesta|nsia)"  # 'tuhatta', 'tuhanteen' (not 'tuhat')
MONEY_UNIT = (rf"(?:t€|t\s?eur\b|teur\b|{THOUSAND_WORD}\s+euro[a-zäö]*|milj\.?\s*(?:euroa|euron|€|e\b)"
              r"|miljoon(?:aa|an|aan|alla|aksi)\s+euro[a-zäö]*|milj(?:oona)?\.?\s*€|m€|me\b|€|eur\b|euro[a-zäö]*|e\b)")
PERCENT_UNIT = r"(?:%|prosent(?:ti|i)[a-zäö]*|pros\.)"
POINTS_UNIT = r"(?:%-?yks\.?|prosenttiyksik[a-zäö]*|%-yksikköä)"
NUMBER_EXPR = re.compile(
    rf"(?<![\w.,/])(?P<num>{DIGITS})(?:{DASH}(?P<num2>{DIGITS}))?"
    rf"(?:\s?(?P<unit>{POINTS_UNIT}|{MONEY_UNIT}|{PERCENT_UNIT})|\s(?P<thousand>{THOUSAND_WORD}))?(?![\w])",
    re.IGNORECASE)
THOUSANDS_UNITS = ("t€", "teur", "t eur", "tuha")
MILLION_UNITS = ("milj", "m€", "me")


@dataclass(frozen=True)
class NumberMention:
    """A number found in text: value (or range), its unit and where it stands."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None  # "eur", "pct", "points" or None
    text: str


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))


# 'kolmisenkymmentä', 'viitisen', 'parisataa', 'kymmenkunta' (the stems and scales are in the lexicon)
APPROX_WORD = re.compile(r"(?:(?P<stem>par|kolm|nel|viit|kuut|seitsem|kahdeks|yhdeks|kymmen)isen|(?P<pair>pari)"
                         r"(?=kymmen|sat|sad|tuha)|(?P<kunta>kymmen)(?=kun[tn]))(?P<rest>[a-zäö]*)")


def parse_number(text: str) -> float:
    """Digits with space, no-break space or dot thousands separators and a decimal comma."""
    s = text.strip().replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", s):
        s = re.sub(r"[ .]", "", s)
    elif not re.fullmatch(r"\d+(?:[,.]\d+)?", s):
        raise ValueError(f"not a number: {text!r}")
    return float(s.replace(",", "."))


def unit_scale(unit: str) -> float:
    u = unit.casefold().replace(" ", "")
    if u.startswith(THOUSANDS_UNITS) or u.startswith("teur"):
        return 1000.0
    if u.startswith(MILLION_UNITS) or u.startswith("miljoona"):
        return 1_000_000.0
    return 1.0


def unit_kind(unit: str | None) -> str | None:
    if not unit:
        return None
    u = unit.casefold()
    if re.fullmatch(POINTS_UNIT, u, re.IGNORECASE):
        return "points"
    if re.fullmatch(PERCENT_UNIT, u, re.IGNORECASE):
        return "pct"
    return "eur"


def find_numbers(text: str) -> list[NumberMention]:
    """Every digit number in `text` with its range end and unit, scaled to euros for money."""
    out, bare_thousands = [], []
    for m in NUMBER_EXPR.finditer(text):
        try:
            value = parse_number(m["num"])
            value_max = parse_number(m["num2"]) if m["num2"] else None
        except ValueError:
            continue
        kind = unit_kind(m["unit"])
        if kind == "eur" or m["thousand"]:
            scale = unit_scale(m["unit"] or m["thousand"])
            value *= scale
            value_max = value_max * scale if value_max is not None else None
        out.append(NumberMention(m.start(), m.end(), value, value_max, kind, m.group(0)))
        if m["thousand"]:
            bare_thousands.append(len(out) - 1)
    if bare_thousands and any(n.unit == "eur" and re.search(THOUSAND_WORD, n.text, re.IGNORECASE) for n in out):
        for i in bare_thousands:  # '286 tuhanteen euroon, kun kustannusarvio oli 310 tuhatta': euros too
            out[i] = replace(out[i], unit="eur")
    for m in MILLIONS_IN_WORDS.finditer(text):  # 'puoli miljoonaa euroa', 'alle miljoona euroa'
        if not any(n.start <= m.start() < n.end for n in out):
            factor = MILLION_FACTORS[m["count"].casefold()] if m["count"] else 1.0
            out.append(NumberMention(m.start(), m.end(), factor * 1_000_000, None, "eur", m.group(0)))
    return sorted(out, key=lambda n: n.start)


MILLION_FACTORS = {"puoli": 0.5, "puolen": 0.5, "puolitoista": 1.5, "puolentoista": 1.5, "yksi": 1.0,
                   "yhden": 1.0, "kaksi": 2.0, "kahden": 2.0, "kolme": 3.0, "kolmen": 3.0}
MILLIONS_IN_WORDS = re.compile(rf"(?<![\w,.])(?:(?P<count>{'|'.join(MILLION_FACTORS)})\s+)?"
                               r"miljoon(?:a|aa|an)\s+(?:euroa|euron|€)", re.IGNORECASE)


def parse_money(text: str) -> tuple[float | None, float | None, float | None]:
    """(eur, eur_min, eur_max) from an amount such as '45 t€' or '250000-500000 €'."""
    found = [n for n in find_numbers(text) if n.unit == "eur"]
    if not found:
        raise ValueError(f"no money amount in {text!r}")
    n = found[0]
    if n.value_max is not None:
        return None, n.value, n.value_max
    return n.value, None, None


def parse_percent(text: str) -> float:
    found = [n for n in find_numbers(text) if n.unit == "pct"]
    if not found:
        raise ValueError(f"no percentage in {text!r}")
    return found[0].value


def parse_number_word(word: str) -> float:
    """Cardinal number words in base form, also as spoken: 'kolme', 'kolmekymmentäkaksi', 'sata', 'tuhat',
    'sataseitkytkaks', 'kakstoista'."""
    w = word.casefold().strip()
    if not w:
        raise ValueError("empty number word")
    total, rest = _parse_thousands(w)
    if rest or total is None:
        raise ValueError(f"not a number word: {word!r}")
    return float(total)


def parse_approx_word(word: str) -> float | None:
    """Round number words that hedge by themselves: 'parisataa', 'kolmisenkymmentä' (in any case),
    'kymmenkunta', 'viitisen', 'viitisentoista'. None when the word is not one of them."""
    w = word.casefold().strip()
    lex = lexicon()
    if w in lex["approx_words"]:
        return lex["approx_words"][w]
    m = APPROX_WORD.fullmatch(w)
    if m is None:
        return None
    if m["kunta"]:
        return 10.0
    count = 2 if m["pair"] else lex["approx_stems"][m["stem"]]
    rest = m["rest"] or ""
    if rest.startswith("toist") and count < 10:  # 'viitisentoista': five and ten
        return float(count + 10)
    scale = next((v for k, v in lex["approx_scales"].items() if rest.startswith(k)), None)
    if rest and scale is None:
        return None
    return float(count * (scale or 1))


def _parse_thousands(w: str) -> tuple[int | None, str]:
    for tw in sorted(lexicon()["thousand_words"], key=len, reverse=True):
        i = w.find(tw)
        if i >= 0:
            head, rest = (_parse_hundreds(w[:i]) if i else (1, ""))
            if head is None or rest:
                return None, w
            tail, rest = _parse_hundreds(w[i + len(tw):]) if w[i + len(tw):] else (0, "")
            return (head * 1000 + (tail or 0)), rest
    return _parse_hundreds(w)


def _parse_hundreds(w: str) -> tuple[int | None, str]:
    for hw in sorted(lexicon()["hundred_words"], key=len, reverse=True):
        i = w.find(hw)
        if i >= 0:
            head, rest = _parse_unit(w[:i]) if i else (1, "")
            if head is None or rest:
                return None, w
            tail, rest = _parse_tens(w[i + len(hw):]) if w[i + len(hw):] else (0, "")
            return (head * 100 + (tail or 0)), rest
    return _parse_tens(w)


def _parse_tens(w: str) -> tuple[int | None, str]:
    lex = lexicon()
    for teen in lex["teens_suffix"] + lex["spoken_teens_suffix"]:
        if w.endswith(teen) and w != teen:
            unit, rest = _parse_unit(w[: -len(teen)])
            return (10 + unit, rest) if unit is not None else (None, w)
    for tw in lex["ten_words"]:
        if w == tw:
            return 10, ""
        i = w.find(tw)
        if i > 0:
            head, rest = _parse_unit(w[:i])
            if head is None or rest:
                return None, w
            tail, rest = _parse_unit(w[i + len(tw):]) if w[i + len(tw):] else (0, "")
            return (head * 10 + (tail or 0)), rest
    i = w.find(lex["spoken_ten"])  # spoken tens: 'kakskyt', 'nelkytneljä', 'seitkytyheksän'
    if i > 0:
        head = lex["spoken_ten_heads"].get(w[:i]) or _parse_unit(w[:i])[0]
        tail, rest = _parse_unit(w[i + len(lex["spoken_ten"]):]) if w[i + len(lex["spoken_ten"]):] else (0, "")
        return (head * 10 + (tail or 0), rest) if head else (None, w)
    return _parse_unit(w)


def _parse_unit(w: str) -> tuple[int | None, str]:
    """A unit in its base form or as spoken ('kaks', 'viis', 'yheksän')."""
    lex = lexicon()
    value = lex["units"].get(w) or lex["spoken_units"].get(w)
    return (value, "") if value else (None, w)


def hedge_before(text: str, start: int) -> tuple[bool, str | None]:
    """(approx, qualifier) from the one or two words right before offset `start`, not across a comma."""
    before = text[max(0, start - 30):start].casefold().split()
    hedges = lexicon()["hedges"]
    for word in reversed(before[-2:]):
        if word.endswith((",", ";", ":")):
            break  # 'runsas puolet, 34 henkeä': the hedge is the other number's
        word = word.strip("(,:;")
        if word in hedges:
            flag, qualifier = hedges[word]
            return flag == "approx", qualifier
    return False, None
