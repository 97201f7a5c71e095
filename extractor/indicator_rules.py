"""The area indicator rules: a statistic of a place and a date, not of the project's clients."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.candidates import Candidate, column_header
from extractor.cue_match import CLAUSE_BREAKS, YEAR, cues, head_lemma
from extractor.dates import find_dates
from extractor.gazetteer import gazetteer
from extractor.nlp import text_baseforms
from extractor.numbers import find_numbers


# 'työttömänä työnhakijana 31', 'Työttömäksi työnhakijaksi | 118': a client's status, not the area's
STATUS_CASES = ("Ess", "Tra")


CLIENT_TABLE = ("asiak", "henkilö", "hlö", "osallistuj", "valmentautu")


MONTH = re.compile(r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu", re.IGNORECASE)


TIME_ANAPHORA = ("vastaavasti", "tuolloin", "silloin", "samaan aikaan", "samana aikana", "vastaavina ajankohtina",
                 "vastaavana ajankohtana", "samoina ajankohtina", "samana ajankohtana",
                 "samassa ajassa", "samalla aikavälillä", "samalla jaksolla")


MIN_AREA_COUNT = 20  # an area's unemployed are counted in tens at least


ANAPHORS = ("se", "hän", "määrä", "luku", "lukumäärä")


ANAPHOR_SCORE = 0.5


def anaphor_before(c: Candidate) -> int | None:
    """Index of 'se', 'heitä' or 'määrä' as the subject of the number's clause ('joulukuussa 2010 heitä
    oli 3 910', 'Joulukuussa 2021 määrä oli 318'): the number continues a statistic named before."""
    tokens = list(c.sentence.span)
    for j in range(c.first - 1, max(-1, c.first - 7), -1):
        t = tokens[j]
        if t.like_num and not YEAR.fullmatch(t.text) or t.text in CLAUSE_BREAKS or t.text == ",":
            return None  # a year between goes with the pronoun: 'heitä oli syyskuussa 2015 yhteensä 411'
        if t.lemma_.casefold() in ANAPHORS and t.morph.get("Case") in (["Nom"], ["Par"]):
            return j
    return None


def respective_kind(c: Candidate) -> str | None:
    """'… 2 046 työtöntä työnhakijaa. Heistä pitkäaikaistyöttömiä oli 498. … vastaavat luvut olivat 2 611 ja
    702': the k-th of numbers coordinated after a plural anaphor is the k-th statistic named before."""
    tokens = list(c.sentence.span)
    k, j = _numbers_between(tokens, c.first - 1, -1)
    while j >= 0 and tokens[j].lemma_.casefold() == "olla":
        j -= 1
    if j < 0 or tokens[j].lemma_.casefold() not in ANAPHORS or tokens[j].morph.get("Number") != ["Plur"]:
        return None
    n = k + 1 + _numbers_between(tokens, c.token_i + 1, 1)[0]
    if n < 2:
        return None
    named: list[str] = []
    own = c.sentence.text[:tokens[j].idx - c.sentence.span.start_char]  # '… 121, joista pitkäaikaistyöttömiä 38;'
    for sentence in sentences_before(c.sentence.before)[-2:] + [own]:
        lemmas = " ".join(text_baseforms(sentence))
        at = {kind: min((m.start() for f in fragments for m in re.finditer(r"(?<!\w)" + re.escape(f), lemmas)),
                        default=-1) for kind, fragments in cues()["indicators"].items()}
        if (spelt := SPELT_OUT.search(lemmas)) is not None:  # 'joista yli vuoden työttömänä olleita oli 498'
            at["long_term_unemployed"] = max(at["long_term_unemployed"], spelt.start())
        named += [kind for kind, _ in sorted(((kind, i) for kind, i in at.items() if i >= 0), key=lambda x: x[1])]
    named = [kind for i, kind in enumerate(named) if kind not in named[i + 1:]]  # each at its last mention
    return named[-n:][k] if len(named) >= n else None


def _numbers_between(tokens, j: int, step: int) -> tuple[int, int]:
    """How many numbers a run of numbers, commas and 'ja' holds from `j` on (left or right), and where it
    stops."""
    count, in_number = 0, False
    while 0 <= j < len(tokens) and (tokens[j].like_num or tokens[j].lemma_ in ("ja", "sekä") or tokens[j].text == ","):
        if tokens[j].like_num and not in_number:
            count += 1
        in_number = tokens[j].like_num
        j += step
    return count, j


def sentences_before(before: str) -> list[str]:
    """The sentences of `before` (a paragraph's text before a sentence)."""
    return re.split(r"[.!?]\s+(?=[A-ZÅÄÖ0-9])", before.strip())


def last_sentence_lemmas(before: str) -> list[str]:
    """The Voikko base forms of the last sentence of `before`."""
    return text_baseforms(sentences_before(before)[-1])


SERVED_HEADS = ("asiakas", "osallistuja", "valmentautuja")  # '89 asiakkaalle': the project's people, no area's


def area_statistic(c: Candidate, kind: str) -> bool:
    """An area indicator is dated or placed ('Riihimäellä joulukuussa 2015', 'seudulla vuoden 2015
    lopussa'), counted in tens at least, and not a row of a table of the clients' situation."""
    if c.sentence.is_row and any(w in (c.sentence.caption + " " + " ".join(c.sentence.columns)).casefold()
                                 for w in CLIENT_TABLE):
        return False
    if kind == "activation_rate":
        return True
    text = c.sentence.text + " " + " ".join(c.sentence.columns)
    if c.source not in ("digits", "word") or c.value < MIN_AREA_COUNT and not _beside_area_count(c, text) or \
            head_lemma(c).endswith(SERVED_HEADS):
        return False  # 'kolmen kunnan pitkäaikaistyöttömille', 'yli 12 kk työttömänä olleet'
    if YEAR.search(text) or MONTH.search(text) or re.search(r"\b\d{1,2}/\d{4}\b", text):
        return True
    if any(w in text.casefold() for w in TIME_ANAPHORA):
        return True  # 'Pitkäaikaistyöttömiä oli vastaavasti 1 512 ja 1 208'
    if _of_the_statistic_before(c) or anaphor_before(c) is not None or respective_kind(c) is not None:
        return True  # going on from the statistic before: '… 2 046 työtöntä työnhakijaa. Heistä pitkäaikaistyöttömiä
        # oli 498.', '… työttömiä työnhakijoita helmikuun 2012 lopussa 1 512. Kaksi vuotta myöhemmin, … heitä oli 1 688.'
    return any(t.morph.get("Case") in (["Ine"], ["Ade"]) and (t.pos_ == "PROPN" or _place(t.text)) or
               t.lemma_.casefold() in cues()["area_words"] for t in c.sentence.span)


SMALL_AREA_COUNT = 10  # a small town's long-term unemployed, beside its unemployed in tens
AREA_FIGURE = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)\d{2,}(?:\s\d{3})*(?![\d.,/%])")


def _beside_area_count(c: Candidate, text: str) -> bool:
    """'Tammikuun 2022 lopussa työttömiä työnhakijoita oli 39 ja pitkäaikaistyöttömiä 12': a figure of ten or
    more in a dated sentence beside an area's figure of twenty or more."""
    if c.source != "digits" or c.value < SMALL_AREA_COUNT or not (YEAR.search(text) or MONTH.search(text)) or \
            c.sentence.text[c.end - c.sentence.start:].startswith("/"):
        return False  # not 'Työttömät työnhakijat 12/': a month cut from its year
    return any(int(m[0].replace(" ", "")) >= MIN_AREA_COUNT for m in AREA_FIGURE.finditer(c.sentence.text)
               if m.start() != c.start - c.sentence.start)


PARTITIVE_PRONOUNS = ("he", "hän", "ne", "se", "nämä", "tämä")


def _of_the_statistic_before(c: Candidate) -> bool:
    """The clause takes its people from the sentence before ('Heistä', 'Näistä'), and that sentence is a
    dated area statistic, not about the project's clients."""
    tokens = list(c.sentence.span)
    if not any(t.morph.get("Case") == ["Ela"] and t.lemma_.casefold() in PARTITIVE_PRONOUNS
               for t in tokens[:c.first]):
        return False
    before = sentences_before(c.sentence.before)[-1] if c.sentence.before.strip() else ""
    if not (YEAR.search(before) or MONTH.search(before)) or any(w in before.casefold() for w in CLIENT_TABLE):
        return False
    lemmas = " ".join(text_baseforms(before))
    return any(f in lemmas for fragments in cues()["indicators"].values() for f in fragments)


def area_row_under(c: Candidate, fragments: list[str]) -> bool:
    """A row labelled by a place under a caption that names the statistic: 'TYÖTTÖMÄT TYÖNHAKIJAT' /
    'Kunta | 12/2009 | 12/2011' / 'Harjavalta | 612 | 548'."""
    label = c.sentence.label.strip(" |")
    if not c.sentence.is_row or not (_places_label(label) or AREA_SUM.match(label) and _below_place_row(c)):
        return False  # a municipality or a region names the row, or the sum of the places' rows above it
    caption = c.sentence.caption.casefold()
    if any(f in caption for kind in cues()["indicators"].values() for f in kind):
        return any(f in caption for f in fragments)
    forms = " ".join(text_baseforms(c.sentence.caption))  # 'Pitkäaikaistyöttömät hankekunnissa': by base form when
    return any(f in forms for f in fragments)  # no kind is named as written



AREA_SUM = re.compile(r"\W*(?:[\w-]*kunnat\s+)?(?:yhteensä|yht\.|kaikki|koko alue)\W*$", re.IGNORECASE)  # also
# 'Hankekunnat yhteensä'


def _places_label(label: str) -> bool:
    return bool(label) and all(w[:1].isupper() and gazetteer().match(w) is not None for w in label.split())


def _below_place_row(c: Candidate) -> bool:
    """The row right above is a place's ('| Kuortane | 231 | 185 |' over '| Yhteensä | 5 842 | 4 917 |')."""
    rows = [line for line in c.sentence.before.split("\n") if "|" in line]
    return bool(rows) and _places_label(rows[-1].strip().strip("|").split("|")[0].strip())


def _place(word: str) -> bool:
    """'Kannuksessa': a municipality's name, whatever the tagger made of it."""
    return gazetteer().municipality(word) is not None


def benchmark(c: Candidate) -> bool:
    """'Vertailun vuoksi: Imatran seudun kuntakokeilussa aktivointiaste oli 45,3 %': another area's figure
    given for comparison; 'Vrt. koko maa 6/2022: aktivointiaste 29,8 %'."""
    return any(t.lemma_.casefold().startswith("vertailu") or t.lower_.rstrip(".") == "vrt"
               for t in c.sentence.span) or \
        _wider_area_column(c) or \
        _whole_wider_area(c) or _whole_country(c)


WHOLE_AREA_NOUNS = ("maa", "maakunta", "suomi", "manner-suomi")
RATE_REACH = 6  # tokens back from a percentage to the rate it is of


def rate_of_another_statistic(c: Candidate) -> bool:
    """'Maakunnan työttömyysaste oli 10,1 prosenttia ja aktivointiaste 28,3': the nearest rate named before the
    percentage in its clause is another statistic than the activation rate."""
    tokens = list(c.sentence.span)
    for t in reversed(tokens[max(0, c.first - RATE_REACH):c.first]):
        if t.text in (",", ";", ":"):
            return False
        lemma = t.lemma_.casefold()
        if lemma.endswith("aste"):
            return not lemma.startswith("aktivointi")
    return False


def _whole_wider_area(c: Candidate) -> bool:
    """'Koko Satakunnassa pitkäaikaistyöttömiä oli … noin 4 900', '… että koko Pohjois-Karjalassa on nyt yli
    6 000 pitkäaikaistyötöntä', 'Koko Uudenmaan aktivointiaste', 'Maakunnan … aktivointiaste': the whole region
    or country in the figure's clause (no comma between) gives the wider area's figure beside the project area's."""
    tokens = list(c.sentence.span)
    for i in range(c.first - 1, -1, -1):
        if tokens[i].text == ",":
            return False
        if tokens[i].lemma_.casefold() == "maakunta" and tokens[i].morph.get("Case") == ["Gen"]:
            return True  # 'Maakunnan työttömyysaste oli 10,1 prosenttia ja aktivointiaste 28,3 prosenttia'
        if i + 1 < c.first and tokens[i].lower_ == "koko" and \
                tokens[i + 1].morph.get("Case") in (["Ine"], ["Ade"], ["Gen"]):
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
        if t.lemma_.casefold() in NATIONAL or _country(t):
            return True
    if any(t.morph.get("Case") in (["Ine"], ["Ade"]) and (t.pos_ == "PROPN" or _place(t.text) or
                                                         t.lemma_.casefold().endswith(AREA_NOUNS)) for t in tokens):
        return False  # 'Aktivointiaste nousi kokeilualueella …'
    if any(t.morph.get("Case") == ["Gen"] and _place(t.text) for t in tokens[:c.first]):
        return False  # 'Tampereen aktivointiaste oli … 27,3 %' after '… kun koko maan työttömyysaste oli 12,1 %'
    if c.sentence.is_row:
        return False  # a table's columns name their own areas ('… | Raahe 2020 | Koko maa 2020')
    for sentence in reversed(sentences_before(c.sentence.before)[-PLACE_REACH:]):
        forms = [w.casefold() for w in text_baseforms(sentence)]
        if any(w in NATIONAL for w in forms) or COUNTRY.search(sentence) or \
                any(a == "koko" and b in COUNTRY_NOUNS for a, b in zip(forms, forms[1:])):
            return True
        if any(w[:1].isupper() and gazetteer().match(w) is not None for w in re.findall(r"[\w-]+", sentence)):
            return False
    return False


COUNTRY = re.compile(r"(?<![-\w])Suome(?:ssa|n)\b(?!\s+(?:kiel|ESR|rakennerahasto|Punai|Kunta|Yritt))")


def _country(tok) -> bool:
    """'Suomessa', 'Suomen pitkäaikaistyöttömiä': the country itself (not 'Suomen kieli', not a body)."""
    return COUNTRY.match(tok.sent.text, tok.idx - tok.sent.start_char) is not None


WIDER_AREAS = ("koko maa", "maakunta", "koko suomi", "manner-suomi", "ely-alue")


def _wider_area_column(c: Candidate) -> bool:
    """'Aktivointiaste, kokeilualue | … | Aktivointiaste, Pohjois-Pohjanmaa': a column of the same statistic for
    a region or the whole country, beside the project area's own, is a comparison."""
    if not c.sentence.is_row or not c.sentence.columns:
        return False
    header = column_header(c.sentence, c.start - c.sentence.start)
    if _wider_area(header) and any(_municipality_column(h) for h in c.sentence.columns):
        return True  # 'Indikaattori | Raahe 2017 | Raahe 2020 | Pohjois-Pohjanmaa 2020 | Koko maa 2020'
    statistic = header.split(",")[0].strip()
    if not statistic or not _wider_area(header[len(statistic):]):
        return False
    return any(h.casefold().split(",")[0].strip() == statistic and not _wider_area(h.casefold()[len(statistic):])
               for h in c.sentence.columns if h.casefold() != header)


def _municipality_column(header: str) -> bool:
    """A column headed by a municipality ('Raahe 2020')."""
    words = re.findall(r"[\w-]+", header)
    return bool(words) and any(gazetteer().municipality(w) is not None for w in words) and not _wider_area(header)


def _wider_area(text: str) -> bool:
    text = text.casefold()
    return any(a in text for a in WIDER_AREAS) or any(w in gazetteer().regions for w in re.findall(r"[\w-]+", text))


# 'yli vuoden yhtäjaksoisesti työttömänä olleita oli joulukuussa 498': the long-term unemployed, spelt out
LONG_TERM_SPELT_OUT = re.compile(r"\byli\s+(?:vuoden|12\s*(?:kk|kuukau\w*))\s+(?:\w+\s+){0,2}työttömänä\s+olle\w*"
                                 r"\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
SPELT_OUT_SCORE = 0.6


# 'heistä 297 oli ollut työttömänä yhtäjaksoisesti yli vuoden': the same, told after the number
# also 'oli ollut työttömänä yhtäjaksoisesti vähintään vuoden'
LONG_TERM_AFTER = re.compile(r"^\s*(?:oli|olivat|on|ovat)\s+(?:ollut|olleet)\s+työttömänä\s+(?:\w+\s+){0,2}"
                             r"(?:yli|vähintään)\s+(?:vuoden|12\s*(?:kk|kuukau\w*))", re.IGNORECASE)


# '57 yli vuoden työttömänä ollutta työnhakijaa': the same, as the number's attribute
LONG_TERM_WORDS = r"(?:yli|vähintään)\s+(?:vuoden|12\s*(?:kk|kuukau\w*))\s+(?:\w+\s+)?työttömänä\s+oll(?:ut|ee)\w*"
LONG_TERM_ATTRIBUTE = re.compile(r"^\s*" + LONG_TERM_WORDS, re.IGNORECASE)

# '… 57 yli vuoden työttömänä ollutta työnhakijaa, joulukuun 2008 lopussa enää 38': the same at a later date
LONG_TERM_THEN = re.compile(r"\d\s+" + LONG_TERM_WORDS + r"(?:\s+[^\W\d]+)?,\s+(?:[^\W\d]+\s+)*"
                            r"(?:19|20)\d{2}(?:\s+[^\W\d]+)*\s*$", re.IGNORECASE)


SPELT_OUT = re.compile(r"(?<!\w)(?:yli|vähintään) (?:vuosi|12 (?:kk|kuukausi)) (?:\w+ )?työtön")  # in base forms


def long_term_spelt_out(c: Candidate) -> bool:
    """The number right after 'yli vuoden (yhtäjaksoisesti) työttömänä olleita (oli joulukuussa)', or right
    before 'oli ollut työttömänä (yhtäjaksoisesti) yli vuoden' or 'yli vuoden työttömänä ollutta'."""
    at = c.start - c.sentence.start
    after = c.sentence.text[c.end - c.sentence.start:]
    return bool(LONG_TERM_SPELT_OUT.search(c.sentence.text[:at]) or LONG_TERM_AFTER.search(after) or
                LONG_TERM_ATTRIBUTE.search(after) or LONG_TERM_THEN.search(c.sentence.text[:at]))


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


ANY_FIGURE = re.compile(r"\d")
AND = re.compile(r"\b(?:ja|sekä|mutta|kun)\b|[,;]")
BRACKET_AFTER = re.compile(r"^(?::\w+)?\s*(?:\w+\s+)?\(")  # a case ending or a unit word, then the date in brackets
MONTH_SLASH_YEAR = re.compile(r"\b(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})\b")  # '3/2021'
BARE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def indicator_date(c: Candidate) -> str | None:
    """The time a statistic refers to, at the precision given: the date nearest to the figure in its clause
    ('joulukuun 2011 22,4 prosentista 27,9 prosenttiin joulukuussa 2015'), a table column's or caption's date
    ('Raahe 2020', '3/2021'), or, for a sentence going on from the one before ('samaan aikaan', 'Heistä', 'heitä
    oli'), that sentence's last date."""
    text, at, end = c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start
    if c.sentence.is_row:
        for source in (column_header(c.sentence, at), c.sentence.label, c.sentence.caption):
            found = _dates_in(source)
            if found:
                return found[-1][2]
    clause_start = max((text.rfind(b, 0, at) for b in (",", ";", ":")), default=-1) + 1
    clause_end = min((i for i in (text.find(b, end) for b in (",", ";")) if i >= 0), default=len(text))
    in_brackets = text[:at].rstrip().endswith("(")  # '3/2015 tilanteesta (512)': the phrase before is its
    near = []
    for s, e, d in _dates_in(text):
        if not clause_start <= s or e > clause_end:
            continue
        between = text[end:s] if s >= end else text[e:at]
        if s >= end and (in_brackets or ANY_FIGURE.search(between) or AND.search(between)):
            continue  # another figure's date: 'joulukuussa 2012 heitä oli 318 ja joulukuussa 2015 jo 402'
        bracketed = s >= end and BRACKET_AFTER.match(between)  # '262:een (joulukuu 2014)'
        near.append((0 if bracketed else abs(s - end) if s >= end else abs(at - e), s > at, d))
    if near:
        return min(near)[2]
    respective = RESPECTIVELY.search(text, clause_start, at)
    if respective:  # 'heitä oli syyskuussa 2015 411 ja elokuussa 2018 318, Hämeenkyrössä vastaavasti 96 ja 71'
        dates = [d for _, _, d in _dates_in(text[:clause_start])]
        k = len(find_numbers(text[respective.end():at]))
        if k < len(dates):
            return dates[k]
    if any(w in text.casefold() for w in TIME_ANAPHORA) or _of_the_statistic_before(c) or anaphor_before(c) is not None:
        before = _dates_in(" ".join(sentences_before(c.sentence.before)[-2:])) if c.sentence.before.strip() else []
        if not before:
            return None
        starting = list(c.sentence.span)[c.token_i:c.token_i + 2]  # '21,4 prosentista 27,9 prosenttiin'
        return before[0][2] if any(t.morph.get("Case") == ["Ela"] for t in starting) else before[-1][2]
    return None


RESPECTIVELY = re.compile(r"\bvastaavasti\b", re.IGNORECASE)


def _dates_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of the dates, month/year pairs and bare years of a text, in order."""
    found = [(d.char_start, d.char_end, d.start) for d in find_dates(text)]

    def taken(s: int, e: int) -> bool:
        return any(a <= s < b or s <= a < e for a, b, _ in found)
    found += [(m.start(), m.end(), f"{m['year']}-{int(m['month']):02d}") for m in MONTH_SLASH_YEAR.finditer(text)
              if 1 <= int(m["month"]) <= 12 and not taken(m.start(), m.end())]
    found += [(m.start(), m.end(), m[0]) for m in BARE_YEAR.finditer(text) if not taken(m.start(), m.end())]
    return sorted(found)
