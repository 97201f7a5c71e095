"""The area indicator rules: a statistic of a place and a date, not of the project's clients."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.candidates import Candidate, column_header
from extractor.cue_match import CLAUSE_BREAKS, YEAR, cues
from extractor.gazetteer import gazetteer
from extractor.nlp import text_baseforms


# 'työttömänä työnhakijana 31', 'Työttömäksi työnhakijaksi | 118': a client's status, not the area's
STATUS_CASES = ("Ess", "Tra")


CLIENT_TABLE = ("asiak", "henkilö", "hlö", "osallistuj", "valmentautu")


MONTH = re.compile(r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu", re.IGNORECASE)


TIME_ANAPHORA = ("vastaavasti", "tuolloin", "silloin", "samaan aikaan", "samana aikana", "vastaavina ajankohtina",
                 "vastaavana ajankohtana", "samoina ajankohtina", "samana ajankohtana")


MIN_AREA_COUNT = 20  # an area's unemployed are counted in tens at least


ANAPHORS = ("se", "hän", "määrä", "luku", "lukumäärä")


ANAPHOR_SCORE = 0.5


def anaphor_before(c: Candidate) -> int | None:
    """Index of 'se', 'heitä' or 'määrä' as the subject of the number's clause ('joulukuussa 2010 heitä
    oli 3 910', 'Joulukuussa 2021 määrä oli 318'): the number continues a statistic named before."""
    tokens = list(c.sentence.span)
    for j in range(c.first - 1, max(-1, c.first - 7), -1):
        t = tokens[j]
        if t.like_num or t.text in CLAUSE_BREAKS or t.text == ",":
            return None
        if t.lemma_.casefold() in ANAPHORS and t.morph.get("Case") in (["Nom"], ["Par"]):
            return j
    return None


def sentences_before(before: str) -> list[str]:
    """The sentences of `before` (a paragraph's text before a sentence)."""
    return re.split(r"[.!?]\s+(?=[A-ZÅÄÖ0-9])", before.strip())


def last_sentence_lemmas(before: str) -> list[str]:
    """The Voikko base forms of the last sentence of `before`."""
    return text_baseforms(sentences_before(before)[-1])


def area_statistic(c: Candidate, kind: str) -> bool:
    """An area indicator is dated or placed ('Riihimäellä joulukuussa 2015', 'seudulla vuoden 2015
    lopussa'), in digits, and not a row of a table of the clients' situation."""
    if c.sentence.is_row and any(w in (c.sentence.caption + " " + " ".join(c.sentence.columns)).casefold()
                                 for w in CLIENT_TABLE):
        return False
    if kind == "activation_rate":
        return True
    if c.source != "digits" or c.value < MIN_AREA_COUNT:
        return False  # 'kolmen kunnan pitkäaikaistyöttömille', 'yli 12 kk työttömänä olleet'
    text = c.sentence.text + " " + " ".join(c.sentence.columns)
    if YEAR.search(text) or MONTH.search(text) or re.search(r"\b\d{1,2}/\d{4}\b", text):
        return True
    if any(w in text.casefold() for w in TIME_ANAPHORA):
        return True  # 'Pitkäaikaistyöttömiä oli vastaavasti 1 512 ja 1 208'
    return any(t.morph.get("Case") in (["Ine"], ["Ade"]) and (t.pos_ == "PROPN" or _place(t.text)) or
               t.lemma_.casefold() in cues()["area_words"] for t in c.sentence.span)


def area_row_under(c: Candidate, fragments: list[str]) -> bool:
    """A row labelled by a place under a caption that names the statistic: 'TYÖTTÖMÄT TYÖNHAKIJAT' /
    'Kunta | 12/2009 | 12/2011' / 'Harjavalta | 612 | 548'."""
    label = c.sentence.label.strip(" |")
    if not c.sentence.is_row or not label or not all(w[:1].isupper() and gazetteer().match(w) is not None
                                                      for w in label.split()):
        return False  # a municipality or a region names the row
    caption = c.sentence.caption.casefold()
    return any(f in caption for f in fragments)


def _place(word: str) -> bool:
    """'Kannuksessa': a municipality's name, whatever the tagger made of it."""
    return gazetteer().municipality(word) is not None


def benchmark(c: Candidate) -> bool:
    """'Vertailun vuoksi: Imatran seudun kuntakokeilussa aktivointiaste oli 45,3 %': another area's figure
    given for comparison."""
    return any(t.lemma_.casefold().startswith("vertailu") for t in c.sentence.span) or _wider_area_column(c) or \
        _whole_wider_area(c) or _whole_country(c)


WHOLE_AREA_NOUNS = ("maa", "maakunta", "suomi", "manner-suomi")


def _whole_wider_area(c: Candidate) -> bool:
    """'Koko Satakunnassa pitkäaikaistyöttömiä oli … noin 4 900', '… että koko Pohjois-Karjalassa on nyt yli
    6 000 pitkäaikaistyötöntä': the whole region or country in the figure's clause (no comma between) gives the
    wider area's figure beside the project area's."""
    tokens = list(c.sentence.span)
    for i in range(c.first - 2, -1, -1):
        if tokens[i].text == ",":
            return False
        if tokens[i].lower_ == "koko" and tokens[i + 1].morph.get("Case") in (["Ine"], ["Ade"]):
            area = tokens[i + 1].lemma_.casefold()
            return area in WHOLE_AREA_NOUNS or area in gazetteer().regions
    return False


NATIONAL = ("valtakunnallinen", "valtakunnallisesti")
COUNTRY_NOUNS = ("maa", "suomi")  # 'koko maassa', 'koko Suomessa'
AREA_NOUNS = ("kunta", "kaupunki", "alue", "seutu")
PLACE_REACH = 3  # sentences back in the paragraph to the one that names the figure's area


def _whole_country(c: Candidate) -> bool:
    """'Valtakunnallinen aktivointiaste oli 27,9 prosenttia'; 'Pitkäaikaistyöttömyys on kääntynyt koko maassa
    laskuun. … pitkäaikaistyöttömiä oli 62 300': the whole country in the figure's clause, or, when its sentence
    names no place, in the last sentence of the paragraph before it that names an area."""
    tokens = list(c.sentence.span)
    for t in reversed(tokens[:c.first]):
        if t.text == ",":
            break
        if t.lemma_.casefold() in NATIONAL:
            return True
    if any(t.morph.get("Case") in (["Ine"], ["Ade"]) and (t.pos_ == "PROPN" or _place(t.text) or
                                                         t.lemma_.casefold().endswith(AREA_NOUNS)) for t in tokens):
        return False  # 'Aktivointiaste nousi kokeilualueella …'
    for sentence in reversed(sentences_before(c.sentence.before)[-PLACE_REACH:]):
        forms = [w.casefold() for w in text_baseforms(sentence)]
        if any(w in NATIONAL for w in forms) or \
                any(a == "koko" and b in COUNTRY_NOUNS for a, b in zip(forms, forms[1:])):
            return True
        if any(w[:1].isupper() and gazetteer().match(w) is not None for w in re.findall(r"[\w-]+", sentence)):
            return False
    return False


WIDER_AREAS = ("koko maa", "maakunta", "koko suomi", "manner-suomi", "ely-alue")


def _wider_area_column(c: Candidate) -> bool:
    """'Aktivointiaste, kokeilualue | … | Aktivointiaste, Pohjois-Pohjanmaa': a column of the same statistic for
    a region or the whole country, beside the project area's own, is a comparison."""
    if not c.sentence.is_row or not c.sentence.columns:
        return False
    header = column_header(c.sentence, c.start - c.sentence.start)
    statistic = header.split(",")[0].strip()
    if not statistic or not _wider_area(header[len(statistic):]):
        return False
    return any(h.casefold().split(",")[0].strip() == statistic and not _wider_area(h.casefold()[len(statistic):])
               for h in c.sentence.columns if h.casefold() != header)


def _wider_area(text: str) -> bool:
    return any(a in text for a in WIDER_AREAS) or any(w in gazetteer().regions for w in re.findall(r"[\w-]+", text))


# 'yli vuoden yhtäjaksoisesti työttömänä olleita oli joulukuussa 498': the long-term unemployed, spelt out
LONG_TERM_SPELT_OUT = re.compile(r"\byli\s+(?:vuoden|12\s*(?:kk|kuukau\w*))\s+(?:\w+\s+){0,2}työttömänä\s+olle\w*"
                                 r"\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
SPELT_OUT_SCORE = 0.6


# 'heistä 297 oli ollut työttömänä yhtäjaksoisesti yli vuoden': the same, told after the number
LONG_TERM_AFTER = re.compile(r"^\s*(?:oli|olivat|on|ovat)\s+(?:ollut|olleet)\s+työttömänä\s+(?:\w+\s+){0,2}"
                             r"yli\s+(?:vuoden|12\s*(?:kk|kuukau\w*))", re.IGNORECASE)


def long_term_spelt_out(c: Candidate) -> bool:
    """The number right after 'yli vuoden (yhtäjaksoisesti) työttömänä olleita (oli joulukuussa)', or right
    before 'oli ollut työttömänä (yhtäjaksoisesti) yli vuoden'."""
    at = c.start - c.sentence.start
    return bool(LONG_TERM_SPELT_OUT.search(c.sentence.text[:at]) or
                LONG_TERM_AFTER.search(c.sentence.text[c.end - c.sentence.start:]))


FROM_NUMBER = re.compile(r"\d[\d,]*:(?:sta|stä)$")  # '121:stä'
TO_NUMBER = re.compile(r"\d[\d,]*:(?:een|aan|ään|iin|seen)$")  # '146:een'
FROM_TO_REACH = 8  # tokens back from '146:een' to its '121:stä' (a bracketed date may stand between)


def range_start(c: Candidate) -> Candidate | None:
    """'määrä nousi 121:stä (toukokuu 2019) 146:een (syyskuu 2021)': the value a change starts from, whose
    words name what the value it goes to is."""
    tokens = list(c.sentence.span)
    if not TO_NUMBER.search(tokens[c.token_i].text):
        return None
    for j in range(c.first - 1, max(-1, c.first - 1 - FROM_TO_REACH), -1):
        if FROM_NUMBER.search(tokens[j].text):
            return replace(c, first_i=j, token_i=j)
    return None
