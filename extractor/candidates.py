"""Find candidate numbers in sentences: digits, number words and fractions, minus distractors."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.dates import find_dates, find_periods
from extractor.numbers import (NumberMention, find_numbers, hedge_before, lexicon, parse_approx_word,
                               parse_number_word)
from extractor.segment import Sentence

MASKS = [
    re.compile(r"(?:puh(?:elin)?\.?|p\.|tel\.?|gsm|mob\.?)\s*:?\s*\+?\d[\d \-]{5,}\d", re.IGNORECASE),
    re.compile(r"(?<!\d)(?:\+358|0)\d{1,3}[ -]?\d{3}[ -]?\d{2,4}(?!\d)"),
    re.compile(r"\b\d{7}-\d\b"),  # Y-tunnus
    re.compile(r"\b\d{5}\s+[A-ZÅÄÖ][a-zåäö]+"),  # postal code + town
    re.compile(r"\b[SA]\d{5}\b"),  # EURA code
    re.compile(r"(?<![\d/])\d{1,5}/(?:19|20)\d{2}\b"),  # a law or document number, a month ('1369/2014', '3/2010')
    re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:katu|tie|kuja|polku|väylä|raitti|kaari|ranta|puisto|aukio|gatan|vägen)"
               r"\s+\d+\s?[A-Za-z]?(?:,?\s+\d{5}\b)?"),  # with its postal code
    re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\s?-?vuotia\w*", re.IGNORECASE),
    re.compile(r"\b\d{1,3}\s?-?vuotia\w*", re.IGNORECASE),
    re.compile(r"(?<![\d:,.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"),  # a time or a video's timestamp ('1:47')
    re.compile(r"(?<![\d,.])\d{1,3}\s?(?:p|pist\.|pistettä|pisteen|pisteellä)(?![\w.])"),  # points: '| 20 p |'
    # opening hours after weekdays: 'ma–pe 9–15', 'ti ja to klo 9–14'
    re.compile(r"\b(?:ma|ti|ke|to|pe|la|su)(?:\s*(?:[–-]|ja|,)\s*(?:ma|ti|ke|to|pe|la|su))*\.?\s+(?:klo\s*)?"
               r"\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?(?!\d)"),
    # a quote's speaker and age: '… en olisi uskaltanut.” – Tero, 41', before the next quote or the end
    re.compile(r"[–—-]\s*[A-ZÅÄÖ][a-zåäö]+(?:\s[A-ZÅÄÖ][a-zåäö]+)?,\s*\d{2}(?=\s*(?:$|[”\"»“]))"),
    re.compile(r"(?<![\d,])\d{1,2}\.\d{1,2}\.(?!\d)"),  # day.month. without year
    re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)](?=\s)"),  # enumeration or section number at the start
    # a table's, figure's or appendix's number: 'TAULUKKO 5. UUSIEN ASIAKKAIDEN …', 'kuviossa 3', 'Liite 2'
    re.compile(r"\b(?:tauluk|kuvio|kaavio|liite|liittee)\w*\s+\d{1,2}(?:\.\d{1,2})?\b", re.IGNORECASE),
    re.compile(r"§\s*\d+"),  # 'päätti 22.11.2010 (§ 402)': a section of the minutes
    # a publication series' number: 'Oulun ammattikorkeakoulun julkaisusarja B 112', 'Raportteja 45'
    re.compile(r"\b(?:julkaisusarja|julkaisuja|raportteja|tutkimuksia|selvityksiä|työpapereita)\w*\s+"
               r"(?:[A-Z]\s?)?\d{1,4}\b", re.IGNORECASE),
    # a citation's page: '(Pihapiiri 2019a, 11)', '(Laitinen 2019, s. 22)', '(mt., 12)'
    re.compile(r"\((?:[^()]{1,60}?\s(?:19|20)\d{2}[a-z]?|mt\.?),\s*(?:s\.\s*)?\d{1,4}(?:\s?[–-]\s?\d{1,4})?\)"),
    re.compile(r"\b(?:viiko\w*|viikko|vko\.?)\s*\d{1,2}\b", re.IGNORECASE),  # '(viikko 36)': a week's number
    # the version in a project's name: 'Ponnari 2.0 -hankkeessa', 'Työpolku 2 -hanke'
    re.compile(r"(?<=[A-ZÅÄÖ][a-zåäö]{2})\w*\s+\d{1,2}(?:\.\d)?(?=\s+-\s?\w*(?:hank|projekt|kokeilu))"),
    re.compile(r"(?<![\d.])\d{1,2}\.\s?(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)"
               r"kuuta\b", re.IGNORECASE),  # 'torstaina 24. lokakuuta': a day of a month
]
NUMBERED_TITLE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\s+[A-ZÅÄÖ][^\d.;:!?]*?(?:[\s.]+(\d{1,3}))?\s*$")
# '4 Asiakkaat ja tulokset', and a table of contents line with its page: '4 Koulutus ja osaaminen 5'
TITLE_WORDS = 8
INLINE_ENUMERATION = re.compile(r"(?:(?<=^)|(?<=[\s:;,]))\d{1,2}\)(?=\s|$)")
# also a footnote's mark at a heading's or a header cell's end: 'Osallistujia 4)', '(EUR) 5)'
# 'vuo': Voikko sometimes lemmatises 'vuotta' so
TIME_UNITS = {"vuosi", "vuo", "kuukausi", "viikko", "päivä", "tunti", "kerta", "vuorokausi", "minuutti", "kk", "pv",
              "vrk", "h"}
YEAR_LIKE = re.compile(r"^(?:19[5-9]\d|20[0-3]\d)$")


@dataclass(frozen=True)
class Candidate:
    """A number in a sentence, with where it stands and how it is hedged."""

    sentence: Sentence
    start: int  # offsets into the document text
    end: int
    value: float
    value_max: float | None
    unit: str | None  # "eur", "pct", or None
    approx: bool
    qualifier: str | None
    token_i: int  # index (in the sentence span) of the number's last token
    source: str  # "digits", "word", "fraction", "every_nth" ('joka neljäs': a share of people)
    first_i: int = -1  # index of the number's first token ('412 380 euroa': '412'); -1: as token_i
    lead: Sentence | None = None  # for a list item: the lead-in sentence ending in ':' above the list

    @property
    def first(self) -> int:
        return self.token_i if self.first_i < 0 else self.first_i

    @property
    def text(self) -> str:
        s = self.sentence
        return s.text[self.start - s.start:self.end - s.start]


def masked(text: str) -> str:
    """Blank out dates, phone numbers, business ids, postal codes and similar non-facts."""
    spans = [(p.char_start, p.char_end) for p in find_periods(text)]
    spans += [(d.char_start, d.char_end) for d in find_dates(text)]
    spans += [m.span() for rx in MASKS for m in rx.finditer(text)]
    title = NUMBERED_TITLE.match(text)
    if title and len(text.split()) <= TITLE_WORDS:  # a section number without its full stop
        spans += [title.span(g) for g in (1, 2) if title.group(g)]
    spans += [m.span() for m in INLINE_ENUMERATION.finditer(text) if text[:m.start()].count("(") <=
              text[:m.start()].count(")")]  # '1) arjen hallinta, 2) työpajajakso': no bracket opened
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def find_candidates(sentences: list[Sentence]) -> list[Candidate]:
    out: list[Candidate] = []
    sentences = rejoin_fragments(sentences)
    for k, (sent, lead) in enumerate(zip(sentences, lead_ins(sentences))):
        digits = _digit_candidates(sent)
        words = [w for w in _word_candidates(sent)  # not the 'tuhatta' of '14 tuhatta euroa'
                 if not any(d.start <= w.start < d.end for d in digits)]
        after = sentences[k + 1].text[:40] if k + 1 < len(sentences) else ""
        found = [_amount_of_money_noun(c) for c in _corrected(digits + words, after)]
        out.extend(replace(c, lead=lead) for c in found) if lead is not None else out.extend(found)
    return out


# a speaker's correction right after a figure: 'sataneljäkymmentäkaksi... ei kun anteeksi, sataneljäkymmentäneljä',
# 'nelkytkaks – ei ku, nelkytneljä'
TAKEN_BACK = re.compile(r"\s*(?:\.\.\.|…|[–—]|--)\s*(?:ei\s+kun?|ei\s+vaan|ei\s*,|anteeksi|tai\s+siis|korjaan)\b",
                        re.IGNORECASE)


def _taken_back(c: Candidate, next_sentence: str) -> re.Match | None:
    """The figure is one the speaker corrects at once (the text after it, or the next sentence when the
    ellipsis ended the sentence)."""
    rest = c.sentence.text[c.end - c.sentence.start:]
    return TAKEN_BACK.match(rest if rest.strip() else rest + " " + next_sentence)


CORRECTION_REACH = 12  # characters from the taking back ('– ei ku,') to the figure that replaces it


def _corrected(found: list[Candidate], next_sentence: str) -> list[Candidate]:
    """A sentence's figures without the ones the speaker takes back; a bare correction ('töihin pääsi nelkytkaks
    – ei ku, nelkytneljä') takes the place of the figure it corrects in the clause, so it keeps its verb and head."""
    taken, moved = set(), {}  # ids of figures taken back; of those, the ones whose place the correction takes
    for c in found:
        if (m := _taken_back(c, next_sentence)) is None:
            continue
        taken.add(id(c))
        after = c.end + m.end()
        fix = min((d for d in found if after <= d.start <= after + CORRECTION_REACH and d.unit == c.unit),
                  key=lambda d: d.start, default=None)
        if fix is not None and not _with_own_noun(fix):
            moved[id(c)] = fix
    used = {id(fix) for fix in moved.values()}
    out = []
    for c in found:
        if id(c) in moved:
            fix = moved[id(c)]
            out.append(replace(c, start=fix.start, end=fix.end, value=fix.value, value_max=fix.value_max,
                               approx=fix.approx, qualifier=fix.qualifier))
        elif id(c) not in taken and id(c) not in used:
            out.append(c)
    return out


def _with_own_noun(fix: Candidate) -> bool:
    """The correction counts a noun of its own ('… ei kun anteeksi, sataneljäkymmentäneljä asiakasta'), so it
    stands for itself; a bare one ('nelkytkaks – ei ku, nelkytneljä') takes the place of the figure it corrects."""
    return fix.sentence.span[fix.token_i].dep_ == "nummod"


MONEY_SUBJECTS = ("omarahoitus", "rahoitus", "kustannus", "kokonaiskustannus", "budjetti", "kustannusarvio",
                  "rahoitusosuus", "valtionosuus", "omaosuus", "kuntaosuus", "kuntarahoitus", "menot")
MIN_BARE_AMOUNT = 1000
RESERVE_VERBS = ("varata", "budjetoida")


def _amount_of_money_noun(c: Candidate) -> Candidate:
    """'Siitä kaupungin omarahoitusta oli suunnilleen satatuhatta': a bare round figure said to be what a sum of
    money (the subject of its copula) was is euros, though the sentence leaves the unit out."""
    if c.unit is not None or c.value < MIN_BARE_AMOUNT or c.value_max is not None:
        return c
    subjects = []
    for tok in c.sentence.span[c.first:c.token_i + 1]:  # '150 000' may be parsed as two numbers
        subjects += [ch for ch in tok.children if ch.dep_ == "nsubj:cop"]
        if tok.dep_ in ("obj", "obl", "nsubj") and tok.head.pos_ in ("VERB", "AUX"):
            subjects += [ch for ch in tok.head.children if ch.dep_ in ("nsubj", "nsubj:cop") and ch.i != tok.i]
            if tok.head.lemma_.casefold() in RESERVE_VERBS:  # 'Budjettiin oli varattu 640 000'
                subjects += [ch for ch in tok.head.children if ch.morph.get("Case") == ["Ill"] and ch.i != tok.i]
    if any(ch.lemma_.casefold() in MONEY_SUBJECTS for ch in subjects):
        return replace(c, unit="eur")
    return c


LIST_ITEM = re.compile(r"^\s*[-•–*·▪]\s+")
LEAD_REACH = 400  # characters from the lead-in to a list item under it


def lead_ins(sentences: list[Sentence]) -> list[Sentence | None]:
    """For each list item, the sentence that introduces the list ('... palkkatukimäärärahoja
    seuraavasti:' above '- yhteensä 328 700 €'), or the item a sub-item is indented under ('• Aktivointiaste
    Heinävedellä' above '   – 3/2021: 22,1 %'); None for other sentences."""
    out: list[Sentence | None] = []
    lead: Sentence | None = None
    parents: list[tuple[int, Sentence]] = []  # the open list items above, by their indentation
    for sent in sentences:
        indent = _list_indent(sent)
        if indent is None:
            lead = sent if sent.text.rstrip().endswith(":") else None
            parents = []
            out.append(None)
            continue
        while parents and parents[-1][0] >= indent:
            parents.pop()
        above = parents[-1][1] if parents else lead
        out.append(above if above is not None and sent.start - above.end <= LEAD_REACH else None)
        if not parents or parents[-1][1] is not sent:
            parents.append((indent, sent))
    return out


def _list_indent(sent: Sentence) -> int | None:
    """The indentation of the bullet of the line the sentence stands on (the parser may cut '- 2016: 104 000
    €'); None when the line opens with no bullet."""
    text, at = sent.span.doc.text, sent.span.start_char
    m = LIST_ITEM.match(text[text.rfind("\n", 0, at) + 1:])
    return len(m[0]) - len(m[0].lstrip()) if m else None


NUMBER_ONLY = re.compile(r"\s*\d[\d\s,]*\.?\s*")


def rejoin_fragments(sentences: list[Sentence]) -> list[Sentence]:
    """A 'sentence' that is only a number ('Töihin heistä pääsi' + '41.', '- opiskelemassa' + '7': the
    parser took the number for an ordinal) belongs to the sentence before it in the same parse, and
    so does a number that opens a sentence after one with no full stop ('siirtyi' + '19. Eläke...')."""
    out: list[Sentence] = []
    for sent in sentences:
        prev = out[-1] if out else None
        joined = prev is not None and sent.span.doc is prev.span.doc and sent.span.start == prev.span.end
        if joined and NUMBER_ONLY.fullmatch(sent.text):
            out[-1] = _extended(prev, sent.span.end)
            continue
        same_line = "\n" not in sent.span.doc.text[prev.span.end_char:sent.span.start_char] if joined else False
        if joined and same_line and not prev.is_row and not prev.text.rstrip().endswith((".", "!", "?", ":", ";")) \
                and LEADING_FIGURE.match(sent.text):
            out[-1] = _extended(prev, sent.span.end)  # '– ESR + valtio' + '80 % = 254 912 €' on one line
            continue
        if joined and same_line and "\n" not in sent.text and not prev.is_row and \
                not prev.text.rstrip().endswith((".", "!", "?", ":", ";")) and LEADING_SEMICOLON.match(sent.text):
            out[-1] = _extended(prev, sent.span.end)  # '… ja pitkäaikaistyöttömiä' + '86; joulukuussa … 163 ja 61.'
            continue
        lead = LEADING_NUMBER.match(sent.text)
        if joined and lead and not prev.text.rstrip().endswith((".", "!", "?", ":", ";")):
            k = sum(1 for t in sent.span if t.idx - sent.span.start_char < lead.end("number"))
            out[-1] = _extended(prev, sent.span.start + k)  # '... siirtyi' + '19. Eläkeratkaisun sai ...'
            sent = _shortened(sent, sent.span.start + k)
        out.append(sent)
    return out


LEADING_FIGURE = re.compile(r"\s*\d[\d\s,]*(?:%|€|euroa)")
LEADING_NUMBER = re.compile(r"(?P<number>\s*\d[\d\s,]*\.)\s+\S")
LEADING_SEMICOLON = re.compile(r"\s*\d[\d\s,]*;\s+\S")


def _extended(sent: Sentence, end_token: int) -> Sentence:
    span = sent.span.doc[sent.span.start:end_token]
    return replace(sent, end=sent.start + len(span.text), text=span.text, span=span)


def _shortened(sent: Sentence, start_token: int) -> Sentence:
    span = sent.span.doc[start_token:sent.span.end]
    start = sent.start + span.start_char - sent.span.start_char
    return replace(sent, start=start, text=span.text, span=span)


def blockers_of(candidates: list[Candidate]) -> dict[int, set[int]]:
    """Per sentence, the token indexes of its numbers (a cue across another number is weaker)."""
    by_sentence: dict[int, set[int]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence.start, set())
        if not _places_adverbial(c):
            by_sentence[c.sentence.start].add(c.token_i)
    return by_sentence


LOCATIVE_CASES = (["Ine"], ["Ela"], ["Ill"], ["Ade"], ["Abl"], ["All"])


def _places_adverbial(c: Candidate) -> bool:
    """'oli kahdessa kunnassa … 402', 'kolmen kunnan alueella … 71': a number inside a place adverbial
    or counting municipalities is no rival of the figure."""
    tok = c.sentence.span[c.token_i]
    if c.unit is not None or tok.dep_ != "nummod" or tok.head.pos_ != "NOUN":
        return False
    noun = tok.head
    return noun.morph.get("Case") in LOCATIVE_CASES and not _means(noun) or noun.lemma_.casefold() in AREA_UNITS or \
        noun.morph.get("Case") == ["Gen"] and noun.head.morph.get("Case") in LOCATIVE_CASES


MEANS = ("tuki", "palkkatuki")  # '… avoimille työmarkkinoille ja 28 palkkatuella': how, not where


def _means(noun) -> bool:
    return noun.lemma_.casefold().endswith(MEANS)


AREA_UNITS = ("kunta", "kaupunki", "seutukunta", "maakunta")


TABLE_EUR = re.compile(r"(?:\beuro\w*|€|\beur\b|t€|1\s?000\s?(?:€|euroa))", re.IGNORECASE)
TABLE_THOUSANDS = re.compile(r"(?:t€|1\s?000\s?(?:€|euroa)|tuhatta\s+euroa|\bteur\b)", re.IGNORECASE)
# a figure's own unit in a sentence of prose above a table ('budjetti oli 276 500 euroa.') is no unit of the table
FIGURE_WITH_UNIT = re.compile(r"\d(?:[\d\s.,]*\d)?\s*(?:milj\.?|miljoonaa)?\s*(?:euro\w*|€|eur\b)", re.IGNORECASE)


def table_unit(sent: Sentence, rel_start: int | None = None) -> tuple[str | None, float]:
    """A table row's numbers are euros when its caption or header says so ('Kustannukset, euroa');
    when some column headers name the unit ('Kustannukset (t€)'), only the numbers under them."""
    if not sent.is_row:
        return None, 1.0
    caption = sent.caption
    if caption.rstrip().endswith("."):  # prose above the table, not its caption or a label line
        caption = FIGURE_WITH_UNIT.sub(lambda m: m[0] if TABLE_THOUSANDS.fullmatch(m[0]) else " ", caption)
    context = caption + " " + " ".join(sent.columns)
    if not TABLE_EUR.search(context):
        return None, 1.0
    aligned = sent.cell_count <= len(sent.columns)  # (a row may leave its last cells empty: 'Huom.')
    # a unit over the row labels ('RAHOITUS (EUR) | Suunniteltu | Toteutunut') is the whole table's
    if rel_start is not None and aligned and any(TABLE_EUR.search(h) for h in sent.columns[1:]):
        header = column_header(sent, rel_start)
        if header and not TABLE_EUR.search(header):
            return None, 1.0
        context = header or context
    return "eur", 1000.0 if TABLE_THOUSANDS.search(context) else 1.0


# 'Aktivointiaste, %', 'Osuus (%)', 'Osuus asiakkaista %', '%', '% (n=116)'; not '…, 72 %'
PERCENT_LABEL = re.compile(r"(?:,\s*%|\(\s*%\s*\)|(?<=[a-zåäö])\s+%)\s*$|^\s*%\s*(?:\(\s*n\s*=\s*\d+\s*\))?\s*$",
                           re.IGNORECASE)


AMOUNT_THEN_BRACKET = re.compile(r"\d\s*\($")


def _share_in_brackets(sent: Sentence, start: int, end: int) -> bool:
    """'Rahoitussuunnitelma, € (%)' over '307 380,00 (60,0)': the bracketed figure after an amount in the
    cell is its share of the column's total."""
    return bool(AMOUNT_THEN_BRACKET.search(sent.text[:start]) and sent.text[end:end + 1] == ")" and
                "%" in column_header(sent, start))


CENTS = re.compile(r"\d,\d{2}$")  # an amount to the cent is money, whatever words stand around it
MIN_CENTS_AMOUNT = 1000
CLOCK = re.compile(r"\b(?:klo|kello)\.?\s*$", re.IGNORECASE)


def _digit_candidates(sent: Sentence) -> list[Candidate]:
    out = []
    for n in find_numbers(masked(sent.text)):
        row_unit, scale = table_unit(sent, n.start)
        if n.unit is None and sent.is_row and PERCENT_LABEL.search(sent.label) and sent.text.find("|") < n.start:
            n = NumberMention(n.start, n.end, n.value, n.value_max, "pct", n.text)  # 'Aktivointiaste, % | 21,4'
        elif n.unit is None and sent.is_row and sent.text.find("|") < n.start and (
                _percent_column(sent, n.start) or _rate_column(sent, n.start, n.text)):
            n = NumberMention(n.start, n.end, n.value, n.value_max, "pct", n.text)  # 'Tilanne | n | %'
        elif n.unit is None and sent.is_row and _share_in_brackets(sent, n.start, n.end):
            n = NumberMention(n.start, n.end, n.value, n.value_max, "pct", n.text)  # '€ (%)' + '307 380 (60,0)'
        elif n.unit is None and row_unit and sent.text.find("|") < n.start:
            n = NumberMention(n.start, n.end, n.value * scale,
                              None if n.value_max is None else n.value_max * scale, row_unit, n.text)
        elif n.unit is None and CENTS.search(n.text) and n.value >= MIN_CENTS_AMOUNT:
            n = NumberMention(n.start, n.end, n.value, n.value_max, "eur", n.text)  # 'rahoitusosuus on 65 206,79'
        raw = n.text.split()[0] if n.text.split() else n.text
        if n.unit is None and YEAR_LIKE.match(re.split(r"[-–—]", raw)[0]) and \
                (n.value_max is None or YEAR_LIKE.match(str(int(n.value_max)))):
            continue  # a year or a span of years ('vuosina 2015–2017')
        if n.unit == "points" or n.unit is None and CLOCK.search(sent.text[:n.start]):
            continue  # 'klo 10–14': hours of the day
        first, last = _tokens_at(sent, n.start, n.end)
        if n.unit is None and _time_length(list(sent.span), last):
            continue  # 'yli 500 päivää työttömänä', '12 kk': a length of time, not a count of people or money
        approx, qualifier = hedge_before(sent.text, n.start)
        start, end = sent.start + n.start, sent.start + n.end
        out.append(Candidate(sent, start, end, n.value, n.value_max, n.unit, approx, qualifier,
                             last, "digits", first))
    return out


def column_header(sent: Sentence, rel_start: int) -> str:
    """The header cell above a table row's cell at `rel_start` (relative to the sentence), or ''."""
    if not sent.is_row or not sent.columns:
        return ""
    cells = sent.cell_count
    column = sent.text[:rel_start].count("|") - (1 if sent.text.lstrip().startswith("|") else 0)
    column -= max(0, cells - len(sent.columns))  # a header with no cell above the row labels
    if 1 < cells < len(sent.columns) and column > 0:
        column += len(sent.columns) - cells  # a space-aligned row with empty cells: its figures align right
    return sent.columns[column].casefold() if 0 <= column < len(sent.columns) else ""


PERCENT_HEADER = re.compile(r"(?:[a-zåäö]+,\s*)?(?:%|%-osuus|osuus|prosenttia|prosenttiosuus)(?:[\s,]*\(?%\)?)?"
                            r"(?:\s+[a-zåäö]+)?")  # 'Päättyessä, %' too


def _percent_column(sent: Sentence, rel_start: int) -> bool:
    """'Rahoittaja | € | %', 'Tilanne | n | Osuus (%)': a bare number under a share header is a
    percentage, not euros or people ('% asiakkaista' too)."""
    return bool(PERCENT_HEADER.fullmatch(column_header(sent, rel_start).strip()))


RATE_HEADER = re.compile(r"aktivointiaste|työttömyysaste|työllisyysaste")  # rates are always percentages


def _rate_column(sent: Sentence, rel_start: int, text: str) -> bool:
    """'Neljännes | Aktivointiaste, kokeilualue' + 'III/2012 | 22,4': a decimal under a rate's header."""
    return "," in text and bool(RATE_HEADER.search(column_header(sent, rel_start)))


EVERY_NTH = {"toinen": 2, "kolmas": 3, "neljäs": 4, "viides": 5, "kuudes": 6, "seitsemäs": 7, "kahdeksas": 8,
             "yhdeksäs": 9, "kymmenes": 10}  # 'joka neljäs'


EMPHATIC_CLITICS = ("kin", "kään", "kaan")


def _word_candidates(sent: Sentence) -> list[Candidate]:
    """Number words ('kolme', 'kolmekymmentäkaksi') and fractions ('puolet', 'kaksi kolmasosaa')."""
    out = []
    fractions = lexicon()["fractions"]
    tokens = list(sent.span)
    consumed: set[int] = set()
    for i, tok in enumerate(tokens):
        if i in consumed:
            continue
        lemma = tok.lemma_.casefold()
        word = tok.text.casefold()
        value, unit, source = None, None, "word"
        every = EVERY_NTH.get(word) if i and tokens[i - 1].lower_ == "joka" else None
        if every is not None:  # 'Joka neljäs asiakas pääsi työkokeiluun': a quarter
            value, unit, source = round(100 / every, 1), "pct", "every_nth"
        elif lemma in fractions or word in fractions:
            if i >= 2 and tokens[i - 1].lower_ == "ja" and _word_value(tokens[i - 2]) is not None:
                continue  # the half of 'kaksi ja puoli'
            value, unit, source = fractions.get(lemma, fractions.get(word)), "pct", "fraction"
            if _duration(tokens, i) or _measures_noun(tokens, i) or _side_of(tokens, i):
                continue  # 'puoli vuotta', 'puolen palkkatuella', 'vuoden 2018 puolella'
            prev = tokens[i - 1] if i else None
            multiplier = _word_value(prev) if prev is not None else None
            value = round(value * (multiplier if multiplier and multiplier < 10 else 1), 1)  # 2/3: 66.7
        elif (tok.pos_ in ("NUM", "ADJ", "NOUN", "DET", "PRON") or _compound_number_word(word)) and tok.is_alpha:
            if word.endswith(EMPHATIC_CLITICS):
                continue  # 'moni heistä kymmenenkin', 'eikä kymmenenkään': rhetoric, not a count
            value = _word_value(tok)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if value is None or (nxt is not None and (nxt.lemma_.casefold() in fractions)):
                continue
            if _duration(tokens, i):
                continue  # 'kolmessa vuodessa', 'kaksi kertaa': a duration or frequency, not a fact
            if value == 1 and lemma != "yksi":
                continue
            if i and tok.lemma_.casefold() in SCALE_WORDS and _word_value(tokens[i - 1]) is not None:
                continue  # the 'tuhatta' of 'neljäkymmentä tuhatta euroa'
            if [t.lower_ for t in tokens[i + 1:i + 3]] == ["ja", "puoli"]:
                value += 0.5  # 'Meitä oli töissä kaksi ja puoli': two and a half, no count of people
            if _spoken_year(tokens, i, value):
                continue
        if value is None:
            continue
        last = i
        if source == "word" and (rest := _hundreds_after_thousands(tokens, i, value)) is not None:
            value, last = value + rest, i + 1  # 'viisisataaseitsemänkymmentäneljätuhatta kolmesataakahdeksantoista'
            consumed.add(last)
        if source == "word" and (scaled := _scale_and_euros(tokens, last)) is not None:
            scale, last, euros = scaled  # 'noin kolmeensataankahteentoista tuhanteen euroon'
            value, unit = value * scale, "eur" if euros else unit
        approx, qualifier = hedge_before(sent.text, tok.idx - sent.span.start_char)
        approx = approx or (source == "word" and _approx_word(tok))
        start = sent.start + tok.idx - sent.span.start_char
        end = sent.start + tokens[last].idx + len(tokens[last].text) - sent.span.start_char
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if source == "word" and nxt is not None and (nxt.lemma_.casefold() == "prosentti" or nxt.text == "%"):
            unit = "pct"  # 'kolmekymmentä prosenttia'
            end = sent.start + nxt.idx + len(nxt.text) - sent.span.start_char
        out.append(Candidate(sent, start, end, float(value), None, unit, approx, qualifier, last, source, i))
    return out


YEAR_WORD_RANGE = (1990, 2039)


def _spoken_year(tokens: list, i: int, value: float) -> bool:
    """A year said in words after its month or 'vuonna' ('elokuussa kakstuhattayheksäntoista')."""
    prev = tokens[i - 1].lemma_.casefold() if i else ""
    return YEAR_WORD_RANGE[0] <= value <= YEAR_WORD_RANGE[1] and value == int(value) and (
        prev == "vuosi" or prev.endswith("kuu") and prev[:-3] in lexicon()["months"])


SCALE_WORDS = {"tuhat": 1_000, "miljoona": 1_000_000, "miljardi": 1_000_000_000}


def _hundreds_after_thousands(tokens: list, i: int, value: float) -> float | None:
    """The words of a number said in full go on after its thousands: 'neljäsataakolmekymmentätuhatta
    seitsemänsataakolmekymmentäyhdeksän euroa' is 430 739; the value of the next word, or None."""
    if value < 1000 or value % 1000 or not tokens[i].lower_.endswith(("tuhatta", "tuhat")) or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    rest = _word_value(nxt) if nxt.is_alpha and tokens[i].whitespace_ else None
    return float(rest) if rest is not None and 0 < rest < 1000 else None


def _scale_and_euros(tokens: list, i: int) -> tuple[float, int, bool] | None:
    """The words after a number word that scale it or make it money: 'kolmesataaneljäkymmentä tuhatta euroa',
    'seitsemän ja puoli miljoonaa euroa', 'sata euroa', 'neljäkymmentä tuhatta'. (scale, index of the last
    word, whether it is euros), or None when the number stands alone."""
    j = i + 1
    if [t.lower_ for t in tokens[j:j + 2]] == ["ja", "puoli"]:
        j += 2
    scale = SCALE_WORDS.get(tokens[j].lemma_.casefold()) if j < len(tokens) else None
    if scale is not None:
        j += 1
    euros = j < len(tokens) and (tokens[j].lemma_.casefold() == "euro" or tokens[j].text == "€")
    if euros:
        return float(scale or 1), j, True
    return (float(scale), j - 1, False) if scale is not None else None


def _measures_noun(tokens: list, i: int) -> bool:
    """A fraction in the genitive singular that modifies the noun after it ('puolen palkkatuella', 'puolen päivän
    työ') measures that thing; a share of people stands on its own ('puolet heistä', 'puolella asiakkaista')."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and tok.morph.get("Case") == ["Gen"] and tok.morph.get("Number") != ["Plur"] and \
        tok.head.i == nxt.i and nxt.pos_ == "NOUN" and nxt.morph.get("Case") != ["Ela"]


SIDE_CASES = (["Ade"], ["All"], ["Abl"])


def _side_of(tokens: list, i: int) -> bool:
    """'ratkeaa vasta vuoden 2018 puolella', 'Ruotsin puolelle': a side of something in the genitive before it (a
    year may stand between), not a share of people ('puolella asiakkaista')."""
    tok = tokens[i]
    if tok.morph.get("Case") not in SIDE_CASES or tok.morph.get("Number") == ["Plur"]:
        return False
    j = i - 1
    if j > 0 and tokens[j].like_num:
        j -= 1  # 'vuoden 2018 puolella'
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return j >= 0 and tokens[j].morph.get("Case") == ["Gen"] and tokens[j].pos_ in ("NOUN", "PROPN") and \
        not (nxt is not None and nxt.morph.get("Case") == ["Ela"])


def _duration(tokens: list, i: int) -> bool:
    """The number word counts time: 'kolmen vuoden', 'kolme ja puoli vuotta', 'kaksi kertaa', 'viisi, jopa
    kymmenen vuotta'."""
    following = [t.lemma_.casefold() for t in tokens[i + 1:i + 4]]
    if following[:2] == ["ja", "puoli"]:
        following = following[2:]
    if following[:1] in ([","], ["–"], ["-"], ["tai"]):  # 'viisi, jopa kymmenen vuotta', 'kaksi tai kolme vuotta'
        j = i + 2
        while j < len(tokens) and following[0] == "," and tokens[j].lower_ in SPAN_HEDGES:
            j += 1
        return j + 1 < len(tokens) and (tokens[j].like_num or _word_value(tokens[j]) is not None) and \
            tokens[j + 1].lemma_.casefold() in TIME_UNITS
    return bool(following) and following[0] in TIME_UNITS


SPAN_HEDGES = ("jopa", "lähes", "noin", "ehkä", "yli", "jo")  # 'viisi, jopa kymmenen vuotta'


def _time_length(tokens: list, i: int) -> bool:
    """Digits that measure time ('yli 500 päivää', '12 kk'), not a time unit naming when ('410:stä 362:een
    vuosina 2015–2017')."""
    unit = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return _duration(tokens, i) and unit.lemma_.casefold() != "kerta" and unit.morph.get("Case") != ["Ess"] and \
        not (after is not None and after.like_num)  # '1 240 kertaa' counts visits


def _compound_number_word(word: str) -> bool:
    """'kaksikymmentäkahdeksan' is a number however the tagger reads it (a passive verb, by its ending); a
    single part such as 'sataa' may be a verb ('it rains')."""
    lex = lexicon()
    single = set(lex["units"]) | set(lex["ten_words"]) | set(lex["hundred_words"]) | set(lex["thousand_words"])
    try:
        parse_number_word(word)
    except ValueError:
        return False
    return word not in single


def _word_value(tok) -> float | None:
    forms = (tok.lemma_.casefold(), tok.text.casefold())
    for form in forms:
        if (value := parse_approx_word(form)) is not None:
            return value
    for form in forms:
        try:
            return parse_number_word(form)
        except ValueError:
            continue
    return None


def _approx_word(tok) -> bool:
    """'parisataa', 'kolmisenkymmentä', 'kymmenkunta': a number word that hedges by itself."""
    return any(f in lexicon()["approx_words"] or parse_approx_word(f) is not None  # also 'kymmeniä'
               for f in (tok.lemma_.casefold(), tok.text.casefold()))


def _tokens_at(sent: Sentence, rel_start: int, rel_end: int) -> tuple[int, int]:
    """Indexes of the first and last number tokens of the sentence that overlap [rel_start, rel_end)
    ('8)' is one token that is not like_num: then the token that overlaps)."""
    base = sent.span.start_char
    overlapping = [i for i, tok in enumerate(sent.span)
                   if tok.idx - base < rel_end and tok.idx - base + len(tok.text) > rel_start]
    numeric = [i for i in overlapping if sent.span[i].like_num] or overlapping or [0]
    return numeric[0], numeric[-1]
