"""Which sentences can hold a fact, decided without the parser, so that only those are parsed.

A sentence can hold a fact when it has a digit (numbers, money, dates, codes), names a place in
the gazetteer, or has a word whose Voikko base form is a number word, a fraction or an implementer
or funder role word: every rule in `candidates`, `project` and `orgs` that reads the parse needs
one of these in its sentence. (The project-name rule reads only the text, so other sentences are
kept, tokenised but not parsed.) Sentences are cut by a cautious rule: at '.', '!' or '?' followed
by a capital letter, never after an abbreviation, an initial or a small ordinal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.gazetteer import gazetteer
from extractor.nlp import baseforms
from extractor.numbers import lexicon, parse_approx_word, parse_number_word
from extractor.orgs import FUNDER_WORDS, IMPLEMENTER_WORDS

DIGIT = re.compile(r"\d")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
ROLE_STEMS = tuple(sorted({w[:5] for w in IMPLEMENTER_WORDS + FUNDER_WORDS}))


SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»)]?\s+(?=[\"“«(]?[A-ZÅÄÖ])")
SMALL_ORDINAL = re.compile(r"(?:\d+\.)*\d{1,2}")  # '3.', '31.12.': an ordinal or a date without a year
ABBREVIATIONS = {"esim", "mm", "ns", "n", "ym", "jne", "yms", "ks", "kts", "tms", "eli", "klo", "os", "puh",
                 "p", "s", "t", "v", "vrt", "ts", "ao", "ko", "ed", "em", "nk", "jäs", "pj", "tri", "prof",
                 "milj", "mrd", "krs", "yo", "ry", "oy", "so", "lk", "k", "skk", "vs", "ma", "ti", "ke", "to",
                 "pe", "la", "su", "kok", "pvm", "nro", "n:o", "lkm", "alk", "ent", "huom", "yht", "ml",
                 "mr", "dr", "st", "no"}


def holds_facts(text: str) -> bool:
    """Whether a sentence must be parsed."""
    return bool(DIGIT.search(text)) or any(_is_cue(word) for word in WORD.findall(text))


def pieces(text: str) -> list[tuple[int, int]]:
    """Cautious sentence spans of a paragraph (fewer cuts than the parser makes, never more)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        before = text[start:m.start()].rstrip("\"”»)")
        last = before.rsplit(None, 1)[-1] if before.split() else ""
        word = last.rstrip(".!?").casefold()
        if word in ABBREVIATIONS or len(word) <= 1 or SMALL_ORDINAL.fullmatch(word):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


@lru_cache(maxsize=65536)
def _is_cue(word: str) -> bool:
    parts = [word, *word.split("-")] if "-" in word else [word]
    for part in parts:
        if part[:1].isupper() and gazetteer().match(part) is not None:
            return True
        forms = {part.casefold(), *(b.casefold() for b in baseforms(part))}
        if any(_is_number_word(f) or f.startswith(ROLE_STEMS) for f in forms):
            return True
    return False


def _is_number_word(form: str) -> bool:
    words = lexicon()
    if form in words["fractions"] or form in words["approx_words"] or parse_approx_word(form) is not None:
        return True
    try:
        parse_number_word(form)
    except ValueError:
        return False
    return True
