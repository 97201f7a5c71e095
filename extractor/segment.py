"""Split a document into sentences with their context (section heading, row label)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extractor.gazetteer import gazetteer
from extractor.nlp import parse
from extractor.triage import ABBREVIATIONS, SMALL_ORDINAL, holds_facts, pieces

# '- ', '• ', '1. ', and a pictograph opening a line of a social-media list ('🎓 yhdeksän lähti opiskelemaan')
BULLET = re.compile(r"^\s*(?:[-•–*·▪]\s+|\d{1,2}[.)]\s+|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]\ufe0f?\s+)")
NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(?P<rest>\S)")
# 'Label: value', 'Label | value' or 'Label   value'; never the colon of a case ending ('ESR:n')
LABEL = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][^:|.!?]{1,45}?)(?:\s*:(?![^\W\d_])\s*\|?|\s\||\s{3,})\s*"
                   r"(?P<value>\S.*)$")
SUB_LABEL = re.compile(r"^\s*[a-zåäö][^:|.!?]{1,45}?:\s*\d[\d\s,]*(?:%|€|euroa|henkilöä)?\s*$")  # '  eläkkeelle: 2'
HEADER_NOTE = re.compile(r"\([^()\d]{1,30}\)")
HYPHEN_TAIL = re.compile(r"[a-zåäö]{3,20}")  # the rest of a header word cut at its hyphen ('Rahoitus-' + 'suunnitelma')
SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
RULES_ONLY = re.compile(r"(?:\s*\n[ \t]*[-=_─━–—]{3,}[-=_─━–—\s]*)+\n?")  # nothing but rule lines between rows
RULE_LINE = re.compile(r"^[\s|:+]*[-=_─━–—]{3,}[-=_─━–—\s|:+]*$")  # '-----', '=====', '|---|---|': no words
DATA_CELL = re.compile(r"\s*(?:n\.\s*)?[\d\s.,]*\d[\d\s.,]*\s*(?:€|%|e|eur|euroa|t€|hlö|henkilöä)?\s*")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a numbered section title on a line of its own: '3.3 Saaristopolku – työtä Puumalassa', '4 Talous'
SECTION_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ][^.!?:|]{0,76}$")
TITLE_BLOCKS = 10  # the first blocks are always parsed: the title may name the project
SENTENCE_GAP = re.compile(r"[a-zåäö\d)][.!?]\s+[A-ZÅÄÖ][a-zåäö]")  # a sentence ends and another starts
TERMINAL = (".", "!", "?", ":", ";", "”", '"', "»")


BEFORE_REACH = 300


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a table row / labelled line) with its offsets into the document text."""

    start: int
    end: int
    text: str
    heading: str
    label: str
    is_row: bool
    span: Any  # the spaCy Span of the sentence
    caption: str = ""  # for table rows: the caption or heading line above the table
    columns: tuple[str, ...] = ()  # for table rows: the table's header cells
    before: str = ""  # the paragraph's text before the sentence (up to BEFORE_REACH characters), parsed or not
    after: str = ""  # the paragraph's text after the sentence (up to BEFORE_REACH characters), parsed or not
    header_at: int = -1  # for table rows: where the table's header row starts (-1: the table has none)

    @property
    def lemmas(self) -> list[str]:
        return [t.lemma_.casefold() for t in self.span]

    @property
    def is_header_row(self) -> bool:
        """The row is its own table's header ('Rahoittaja | Euroa | Osuus')."""
        return bool(self.columns) and self.start == self.header_at

    @property
    def cell_count(self) -> int:
        """A table row's cells ('| Yhteensä | 58 | 100,0 |': 3)."""
        return len(self.row_cells)

    @property
    def row_cells(self) -> tuple[str, ...]:
        """A table row's cells' text ('| Yhteensä | 58 | 100,0 |': ('Yhteensä', '58', '100,0'))."""
        return tuple(cells(self.text))


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str
    standalone: bool


def blocks(text: str) -> list[Block]:
    """Group lines into blocks: wrapped paragraph lines are joined, rows and labels stand alone."""
    out: list[Block] = []
    offset, current, previous = 0, None, ""
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            current = _flush(out, current)
            continue
        stand = _standalone(line)
        joins = current is not None and _joins(current, line, stand, previous)
        previous = line
        if joins:
            current = Block(current.start, end, current.text + " " + line, current.standalone)
            continue
        current = _flush(out, current)
        current = Block(start, end, line, stand)
    _flush(out, current)
    return out


def _flush(out: list[Block], block: Block | None) -> None:
    if block is not None:
        out.append(block)
    return None


def _standalone(line: str) -> bool:
    """A row, a bullet, a label, or a line of items set apart by middle dots ('Tuloskortti 2020–2023 · Työtä
    ja osallisuutta Hämeenkyröön', 'puh. … · etunimi@…'): no prose wraps onto or from it."""
    return _is_row(line) or bool(BULLET.match(line)) or bool(LABEL.match(line)) or " · " in line


def _joins(current: Block, line: str, stand: bool, previous: str = "") -> bool:
    """Whether `line` wraps on from the block above it (`previous`: the line above)."""
    first = line.lstrip()[:1]
    if SUB_LABEL.match(line) and (LABEL.match(previous) or SUB_LABEL.match(previous)) and \
            re.search(r"\d\s*$", previous):
        return False  # 'Työllistyneet yhteensä: 19' + '  avoimille työmarkkinoille: 8': an item of its own
    if current.standalone:  # a bullet or a labelled line wraps onto a line of its own words
        return not stand and not _is_row(current.text) and (first.islower() or first in ",;)" or
                                             (line[:1].isspace() and bool(BULLET.match(current.text))) or
                                             _wrapped_figure(current, line, previous))
    numbered = NUMBERED.match(line)
    if stand and not (numbered and numbered["rest"].islower() and not current.text.rstrip().endswith(TERMINAL)):
        return False  # '14. kesäkuuta …' continues a sentence; '1. Tavoitteet' starts a list
    if SECTION_TITLE.match(line) and (previous.rstrip().endswith(TERMINAL) or len(previous) < 60):
        return False  # '3.1 Kierrätysmyymälä' under '3 Toiminta'; not '… asiakkaista oli' + '45 Raahesta'
    if SECTION_TITLE.match(current.text) and (current.text == previous or
                                              previous.startswith("(") and current.text.endswith(" " + previous)):
        return first == "(" and current.text == previous  # a title ends at its line break; '(ESR)' belongs to it
    if first.isdigit() and previous.rstrip().endswith(")") and len(previous.strip()) <= 60:
        return False  # an infographic's '… (tavoite 120)' + '41 työllistyi': a short line's bracket closes it
    return _continues(current.text, line)


WRAPPED_COUNT = re.compile(r"\s*\d[\d ]*\s+[a-zåäö]")  # '14 asiakasta.'


def _wrapped_figure(current: Block, line: str, previous: str) -> bool:
    """'Toteuma: Työkyvyn arviointiin tai ammatilliseen kuntoutukseen ohjattiin' + '14 asiakasta.': a labelled
    line of prose, cut before its figure, goes on."""
    return bool(LABEL.match(current.text)) and len(previous) > 50 and \
        not previous.rstrip().endswith(TERMINAL) and bool(WRAPPED_COUNT.match(line))


def _continues(previous: str, line: str) -> bool:
    prev = previous.rstrip()
    first = line.lstrip()[:1]
    if first in ",;)":
        return True
    if prev.endswith((":", ";")) and first.islower():
        return True  # 'määrä laski:' + 'syyskuussa 2022 heitä oli 118', '8 rekrytointitapahtumaa;' + 'kävijöitä oli'
    if prev.endswith(TERMINAL):  # … unless the period is an abbreviation's or an ordinal's
        last = prev.rsplit(None, 1)[-1][:-1].casefold() if prev.endswith(".") else ""
        return (last in ABBREVIATIONS and (first.islower() or first.isdigit())) or (
            bool(SMALL_ORDINAL.fullmatch(last)) and first.islower())  # not '… kaikkiaan 12.' + '3.2 Ryhmät'
    return first.islower() or first.isdigit() or len(prev.split("\n")[-1]) > 60 or prev.endswith((",", "-", "–"))


def is_heading(block: Block) -> bool:
    t = block.text.strip()
    return (len(t) < 80 and not t.endswith((".", ",", ";", ":")) and " | " not in t
            and (not BULLET.match(t) or _numbered_heading(t)) and not LABEL.match(t) and len(t.split()) <= 10)


def _numbered_heading(line: str) -> bool:
    """'2. Kävijät ja asiakkaat vuonna 2020': a numbered title, not a list item with a figure."""
    numbered = NUMBERED.match(line)
    rest = line[numbered.start("rest"):] if numbered else ""
    return bool(rest) and rest[0].isupper() and not re.search(r"\d", YEAR.sub("", rest))


def segment(text: str, nlp, triage: bool = True) -> list[Sentence]:
    """Sentences of the blocks that can hold a fact, each with the nearest heading above it. The
    other blocks (prose with no number, place, role word or project mention) are never parsed:
    they still set headings and captions, but yield no sentences."""
    every = blocks(text)
    legend = abbreviation_legend(text)
    ruled = {a.start for a, b in zip(every, every[1:]) if SEPARATOR_ROW.match(b.text)}  # header rows
    bl = [b for b in every if not RULE_LINE.match(b.text)]
    runs = [runs_of(b, not triage or i < TITLE_BLOCKS) for i, b in enumerate(bl)]
    texts = (block.text[a - block.start:b - block.start]
             for block, block_runs in zip(bl, runs) for a, b, parse_it in block_runs if parse_it)
    docs = iter(parse(nlp, texts, gazetteer().mentions_place))
    out: list[Sentence] = []
    heading, caption, columns, previous, row_end, row_width, header_at = "", "", (), "", -2, 0, -1
    last_row_start = -1
    for block, block_runs in zip(bl, runs):
        label_match = LABEL.match(BULLET.sub("", block.text, count=1))  # also '- Aloituspäivä: 1.3.2010'
        captioned = _is_row(block.text) and _figure_then_words(block.text)
        is_row = _is_row(block.text) and not captioned
        label = label_match["label"].strip() if label_match else ""
        if is_row:
            row_cells = cells(block.text)
            apart = block.start > row_end + 1 and not RULES_ONLY.fullmatch(text[row_end:block.start])  # not right
            # under the previous row, nor under a rule line under it (a header 'Talousarvio  Toteutunut' / '-----')
            # a blank line inside a table: the same table while its rows keep their width (the header may
            # have no cell above the row labels)
            width_changes = apart and len(row_cells) != row_width
            header = apart and block.start in ruled  # a rule line right under a row; not one above a total row
            after_header = header_at == last_row_start  # the row right after the table's header row
            under_header = not apart and after_header
            if under_header and columns and len(row_cells) == len(columns) - 1 and columns[0] and row_cells and \
                    any(c.endswith("-") for c in columns):
                row_cells = [""] + list(row_cells)  # 'Kustannuslaji  Kustannus-  Haettu' + '  arvio  yhteensä'
            if under_header and columns and len(row_cells) == len(columns) and _second_header_line(row_cells, columns) \
                    and block.start == row_end + 1:
                columns = tuple(_join_header(a, b) for a, b in zip(columns, row_cells))  # 'Alkuperäinen | Toteutunut'
                # + '| tavoite | 31.3.2013': the header's second line
            elif under_header and _filled(row_cells) > _filled(columns) + WIDER_HEADER and \
                    all(c and not _figure_cell(c) for c in row_cells):
                caption, header_at = text[last_row_start:block.start].strip(), block.start  # 'Hankeseuranta 2.0 –
                columns = tuple(row_cells)  # vuosiraportti;Vienti 3.2.2022' over the export's real header row
            elif width_changes and after_header and len(row_cells) == len(columns) + 1 and \
                    all(c and not _figure_cell(c) for c in columns):
                columns = ("",) + columns  # '| Suunniteltu | Toteutunut' over 'Kokonaiskustannukset | 179 000 € | …':
                # a header with no cell above the row labels, a blank line under it
            elif not columns or header or width_changes:  # a new table
                caption, header_at = previous, block.start
                columns = tuple(f"{c} ({legend[c]})" if c in legend else c for c in row_cells)
                if all(_figure_cell(c) for c in columns[1:]):  # its first row holds figures: no header
                    columns, header_at = tuple("" for _ in columns), -1
            last_row_start = block.start
            row_end, row_width = block.end, len(row_cells)
            label = row_cells[0] if row_cells else label
        elif columns and block.start == row_end + 1 and HEADER_NOTE.fullmatch(block.text.strip()):
            row_end = block.end  # 'Rahoitus | Myönnetty | Toteutunut' + '(enintään)': the header's second line
        elif columns and block.start == row_end + 1 and HYPHEN_TAIL.fullmatch(block.text.strip()) and \
                sum(c.endswith("-") for c in columns) == 1:
            row_end = block.end  # 'Rahoitus-' + 'suunnitelma' under it: the one hyphenated header cell goes on
            columns = tuple(_join_header(c, block.text.strip()) if c.endswith("-") else c for c in columns)
        else:
            caption, columns = "", ()
        for start, end, parse_it in block_runs:
            doc = next(docs) if parse_it else _unparsed(nlp, block.text[start - block.start:end - block.start])
            # 'Myös luvut paranivat: … oli 341. Työ jatkuu …' is prose, not a labelled value
            prose = label_match and SENTENCE_GAP.search(label_match["value"])
            whole = is_row or captioned or label_match and not prose or not parse_it
            for n, sent in enumerate([doc[:]] if whole else sentences_of(doc)):
                at = start + sent.start_char
                out.append(Sentence(at, start + sent.end_char, sent.text, heading, label if n == 0 else "",
                                    is_row, sent, caption if is_row else "", columns,
                                    _paragraph_before(text, at), _paragraph_after(text, start + sent.end_char),
                                    header_at if is_row else -1))
        if is_heading(block):
            heading = block.text.strip()
        if not is_row:
            previous = block.text.strip()
    return out


CAPTION = re.compile(r"\s*\**(?:taulukko|kuvio|kaavio|kuva)\s+\d+", re.IGNORECASE)  # a table's or figure's caption
NUMBER_CELL = re.compile(r"[\s\d.,%€-]*\d[\s\d.,%€-]*")  # a count or an amount, not '31.3.2013' in a header
WIDER_HEADER = 2  # cells a row right under a short first row has beyond it to be the table's real header


def _join_header(first: str, second: str) -> str:
    """A header cell and its second line: 'Alkuperäinen' + 'tavoite'; 'Kustannus-' + 'arvio' is one word."""
    if first.endswith("-") and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}".strip()


def _second_header_line(cells, columns) -> bool:
    """Words or dates right under a filled header row ('tavoite | 31.3.2013 | tavoite'), no counts."""
    return _filled(columns) >= len(columns) - 1 and all(
        (c or i == 0) and (DATE_CELL.fullmatch(c) or not _figure_cell(c) and not NUMBER_CELL.fullmatch(c))
        for i, c in enumerate(cells)) and any(cells)  # (none under the row labels' header: '    arvio  yhteensä')


def _filled(cells) -> int:
    """Cells with words or figures, not a padding dash ('Vienti 3.2.2022 | – | – | –')."""
    return sum(1 for c in cells if c.strip() not in ("", "–", "-"))

# 'Palkkat. = palkkatuettu työ (kunta, yritys tai yhdistys)', 'Avoin | = työllistyi avoimille työmarkkinoille'
LEGEND_LINE = re.compile(r"(?m)^[ \t]*(?P<short>[A-ZÅÄÖ][^\W\d_]{0,7}\.?(?:[^\W\d_]{1,4}\.?)?)[ \t]*"
                         r"(?:\|[ \t]*)?=[ \t]*(?P<long>[^\W\d_][^=|\n]{2,80}?)[ \t]*$")


# an acronym explained in brackets in a caption: '(KTT =\nkuntouttava työtoiminta)'
BRACKETED_LEGEND = re.compile(r"\((?P<short>[A-ZÅÄÖ]{2,6})\s*=\s*(?P<long>[^\W\d_][^()=|]{2,60}?)\s*\)")


def abbreviation_legend(text: str) -> dict[str, str]:
    """A table's legend of its column abbreviations, each on a line of its own or in brackets: short -> long."""
    legend = {m["short"]: " ".join(m["long"].split()) for m in BRACKETED_LEGEND.finditer(text)}
    legend.update((m["short"], m["long"]) for m in LEGEND_LINE.finditer(text))
    return legend


def _paragraph_before(text: str, at: int) -> str:
    """The text of the paragraph before `at`, however its lines were blocked ('… Kärsämäellä.' ends one
    line, 'Niillä kävi …' starts the next), at most BEFORE_REACH characters."""
    return PARAGRAPH_BREAK.split(text[max(0, at - BEFORE_REACH):at])[-1]


def _paragraph_after(text: str, end: int) -> str:
    """The text of the paragraph after `end`, at most BEFORE_REACH characters."""
    return PARAGRAPH_BREAK.split(text[end:end + BEFORE_REACH])[0]


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _unparsed(nlp, text: str):
    """A run the triage skips, tokenised only and marked as one sentence (so that `token.sent` works)."""
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.is_sent_start = tok.i == 0
    return doc


def _figure_cell(cell: str) -> bool:
    """'412 380 €', 'n. 96', '5 870 käyntiä': a figure with at most a unit word, not a year."""
    figure = FIGURE_WITH_UNIT.fullmatch(cell)
    if DATE_CELL.fullmatch(cell):
        return False  # 'Tunnusluku | 31.12.2012 | 31.12.2013': the dates head the columns
    return bool(DATA_CELL.fullmatch(cell) or figure and not YEAR.fullmatch(figure["number"].strip()))


DATE_CELL = re.compile(r"\s*(?:\d{1,2}\.\d{1,2}\.|\d{1,2}/)?(?:19|20)\d{2}\s*")
FIGURE_WITH_UNIT = re.compile(r"\s*(?:n\.\s*|noin\s+|yli\s+|lähes\s+)?(?P<number>\d[\d\s.,]*)\s*[^\W\d_]+\s*")


def runs_of(block: Block, parse_all: bool) -> list[tuple[int, int, bool]]:
    """The block cut into runs of sentences to parse (consecutive ones together) and single sentences
    left unparsed, as document offsets. Rows and labelled lines are one run, always parsed."""
    if block.standalone or parse_all:
        return [(block.start, block.end, True)]
    runs: list[tuple[int, int, bool]] = []
    for a, b in pieces(block.text):
        parse_it = holds_facts(block.text[a:b]) or block.text[a:b].rstrip().endswith(":")  # a list's lead-in
        if runs and parse_it and runs[-1][2]:
            runs[-1] = (runs[-1][0], block.start + b, parse_it)
        else:
            runs.append((block.start + a, block.start + b, parse_it))
    return runs


OPEN_ENDS = ("-", "–", "—", ",", "(")


SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", "\"", "”", "»")  # 'STEA:n avustusta' + 'Kylävoima sai …' is one


FRAGMENT_WORDS = 4


def _fragment(sent) -> bool:
    """A few words with no verb and no stop: the start of a sentence the parser cut ('STEA:n avustusta')."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return len(words) <= FRAGMENT_WORDS and not sent.text.rstrip().endswith(SENTENCE_ENDS) and \
        not any(t.pos_ in ("VERB", "AUX") for t in sent) and not sent.text.lstrip()[:1].isdigit()  # '1. Toteutusaika'


def sentences_of(doc) -> list:
    """spaCy's sentences, re-joined where a 'sentence' starts in lower case or the one before ends in a
    dash or a comma ('Rekrytointitapahtuma 17.3.2016 — 95 hlö'), or a label's colon before its number on
    the same line ('– joista palkkatuettuun työhön: 27 (11,7 %)'), or a 'sentence' that ends with no stop
    before another on its line: false splits."""
    out: list = []
    for sent in doc.sents:
        first = sent.text.lstrip()[:1]
        same_line = out and "\n" not in doc.text[out[-1].end_char:sent.start_char]
        if out and (first.islower() or out[-1].text.rstrip().endswith(OPEN_ENDS) or
                    first.isdigit() and out[-1].text.rstrip().endswith(":") and same_line or
                    same_line and _fragment(out[-1])):
            out[-1] = doc[out[-1].start:sent.end]
        else:
            out.append(sent)
    return out


def _figure_then_words(text: str) -> bool:
    """'17 | avoimille työmarkkinoille', '21,6 % → 33,8 % | Hämeenkyrön aktivointiaste 2/2020 → 1/2023': an
    infographic's figure with its caption beside it reads as a clause, not as a table row labelled by the figure."""
    row = cells(text)
    return len(row) == 2 and all(_figure_cell(f) for f in re.split(r"\s*→\s*", row[0])) and \
        row[1][:1].isalpha() and not CLOCK_CELL.fullmatch(row[0])  # not a programme's '15.00 | Seminaari päättyy'


CLOCK_CELL = re.compile(r"\s*(?:klo\s*)?\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?\s*")


def _is_row(text: str) -> bool:
    return " | " in text or text.lstrip().startswith("|")


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]
