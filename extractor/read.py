"""Read a report file into a `Document`: normalised text plus a page -> offset map."""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

from extractor.aligned import split_aligned_tables
from extractor.errors import (CorruptFileError, DecodeError, EmptyFileError, EncryptedFileError,
                              NoTextError, TooLargeError, UnsupportedFormatError)
from extractor.html_text import html_to_text
from extractor.ocr import ocr_pdf
from extractor.records import Document, Page
from extractor.settings import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES

PAGE_SEPARATOR = "\n\n"
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}
SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\t]")
SOFT_HYPHEN = "\u00ad"
PDFIUM_HYPHEN = "\x02"  # pdfium's mark for a word hyphenated across a line break
CELL_HYPHEN = re.compile(r"(?<=[a-zåäö])[-\u00ad]\s*\n\s*(?=[a-zåäö])")
LEADER = r"(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)"  # dot leaders: '......', '……', '. . . .'
DOT_LEADERS = re.compile(rf"(?<=\S) ?{LEADER} ?(?=\S)")  # 'Hankekoodi ...... S10473'
# space-aligned table columns become ' | ' (not the spaces padding a cell beside its '|')
ALIGNED_COLUMNS = re.compile(r"(?<=[^\s|]) {3,}(?=[^\s|])")
# a list pasted from Word: its symbol-font bullet (private use U+F0B7, U+F0A7 …) or 'o' / '§', then a tab
WORD_BULLET = re.compile(r"(?m)^([ \t]*)[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8•·▪◦o§–-]\t+")
TAB_CELLS = re.compile(r"(?<=\S)[ ]*\t[\t ]*(?=\S)")  # tab-separated cells (a copied spreadsheet) too
HYPHEN_BREAK = re.compile(r"(?<=[a-zåäöü])-\n(?=[a-zåäöü])")
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:sivu\s*|s\.\s*|-\s*)?\d{1,4}(?:\s*(?:/|\(|of|-)\s*\d{1,4}\)?)?\s*-?\s*$",
                              re.IGNORECASE)
MAGIC = {b"PK\x03\x04": "a ZIP archive", b"<!DO": "an HTML page", b"<htm": "an HTML page",
         b"<HTM": "an HTML page", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image"}


def _empty_tab_cells(text: str) -> str:
    """A spreadsheet row with empty cells ('Työkokeilu\t\t19' under 'TUNNUSLUVUT\tTavoite\tToteuma') keeps them,
    so its figures stay under their columns: under a full row of at least three tab-separated cells, a row of
    fewer cells or with empty ones is written with a dash for each empty cell, to the full row's width."""
    out, width = [], 0
    for line in text.split("\n"):
        cells = line.rstrip("\t ").split("\t")
        if len(cells) < 2:
            width = 0
        elif all(c.strip() for c in cells) and len(cells) >= width:
            width = len(cells)
        elif width >= MIN_TAB_COLUMNS and len(cells) <= width and cells[0].strip():
            cells += [""] * (width - len(cells))  # a dash for each empty cell, to the table's width
            line = " | ".join(c.rstrip() if i == 0 else c.strip() or "–" for i, c in enumerate(cells))
        out.append(line)
    return "\n".join(out)


MIN_TAB_COLUMNS = 3


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None) -> Document:
    """Read PDF, text, Markdown or HTML; raise an `ExtractorError` subclass on bad input.

    `data` is the file's content when the caller has already read it with `read_bytes`.
    """
    path = Path(path)
    data = read_bytes(path, max_bytes) if data is None else data
    suffix = path.suffix.lower()
    ocr = False
    if suffix == ".pdf":
        try:
            page_texts = read_pdf_pages(path, data)
        except NoTextError:  # a scan: read it with OCR
            page_texts, ocr = strip_running_lines(ocr_pdf(path, data)), True
        fmt = "pdf"
    elif suffix in (".txt", ".md"):
        text = decode_text(path, data)
        page_texts = [markdown_to_text(text) if suffix == ".md" else text]
        fmt = suffix[1:]
    else:  # .html / .htm
        page_texts = [html_to_text(decode_text(path, data))]
        fmt = "html"
    text, pages = join_pages([normalise(t) for t in page_texts])
    quotes: tuple[tuple[int, int, int], ...] = ()
    if fmt in ("txt", "md") and len(QUOTED_LINE.findall(text)) >= MIN_QUOTED_LINES:
        text, quotes = strip_quote_markers(text)
        pages = (Page(1, 0, len(text)),)
    if not text.strip():
        raise NoTextError(str(path), "no text could be read from the file" + (" (OCR found none)" if ocr else ""))
    return Document(path=str(path), file_name=path.name, format=fmt,
                    sha256=hashlib.sha256(data).hexdigest(), text=text, pages=pages, ocr=ocr, quotes=quotes)


QUOTE_MARKERS = re.compile(r"^((?:> ?)+)(?:\| )?", re.MULTILINE)  # '>> | maksatus…': an aligned indent became a cell
QUOTED_LINE = re.compile(r"^>", re.MULTILINE)
MIN_QUOTED_LINES = 3


def strip_quote_markers(text: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """An e-mail chain's text without its '>' quote markers, and each quoted line's (start, end, depth) in it:
    the figures of a quoted earlier message may be corrected by the reply above it."""
    out, quotes, at = [], [], 0
    for line in text.split("\n"):
        m = QUOTE_MARKERS.match(line)
        depth = m[1].count(">") if m else 0
        line = line[m.end():] if m else line
        if depth:
            quotes.append((at, at + len(line) + 1, depth))
        out.append(line)
        at += len(line) + 1
    return "\n".join(out), tuple(quotes)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, after checking its type and size; empty files are refused."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise UnsupportedFormatError(str(path), f"unsupported file type '{path.suffix or '(none)'}'"
                                     f" (supported: {', '.join(SUPPORTED_SUFFIXES)})")
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeError(str(path), f"file is {size} bytes, over the limit of {max_bytes}")
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError(str(path), "file is empty")
    return data


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodeError(str(path), f"text is neither UTF-8 nor Windows-1252 ({exc.reason})") from exc


def read_pdf_pages(path: Path, data: bytes) -> list[str]:
    """Plain page text through pdfium; pages with ruled tables through pdfplumber."""
    import pypdfium2 as pdfium

    if not data.startswith(b"%PDF"):
        head = data.lstrip()[:4]
        kind = next((v for k, v in MAGIC.items() if head.startswith(k)), "not a PDF")
        raise CorruptFileError(str(path), f"named .pdf but the content is {kind}")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFileError(str(path), "PDF is encrypted (password protected)") from exc
        raise CorruptFileError(str(path), f"PDF cannot be opened: {exc}") from exc
    try:
        texts = [_pdfium_page_text(pdf[i]) for i in range(len(pdf))]
        tabled = [i for i in range(len(pdf)) if _has_ruled_lines(pdf[i])]
    finally:
        pdf.close()
    if tabled:
        texts = _replace_table_pages(data, texts, tabled)
    if not any(t.strip() for t in texts):
        raise NoTextError(str(path), "PDF has no text layer (a scan?)")
    return strip_running_lines(texts)


def _pdfium_page_text(page) -> str:
    text = page.get_textpage().get_text_bounded()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace(PDFIUM_HYPHEN + "\n", "") \
        .replace(PDFIUM_HYPHEN, "")


def _has_ruled_lines(page, minimum: int = 6) -> bool:
    import pypdfium2.raw as raw

    count = sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=1))
    return count >= minimum


def _replace_table_pages(data: bytes, texts: list[str], pages: list[int]) -> list[str]:
    """Re-read pages that hold ruled tables with pdfplumber, rows as `a | b | c` lines."""
    import io

    import pdfplumber

    out = list(texts)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in pages:
            page_text = layout_with_tables(pdf.pages[i])
            if page_text is not None:
                out[i] = page_text
    return out


def layout_with_tables(page) -> str | None:
    """Page text in reading order, each table replaced by its rows joined with ' | '."""
    tables = page.find_tables()
    if not tables:
        return None
    boxes = [t.bbox for t in tables]
    emitted: set[int] = set()
    lines: list[str] = []
    for line in page.extract_text_lines(return_chars=False):
        inside = next((k for k, b in enumerate(boxes) if _inside(line, b)), None)
        if inside is None:
            lines.append(line["text"])
        elif inside not in emitted:
            emitted.add(inside)
            lines.extend(_table_rows(tables[inside]))
    for k in range(len(tables)):
        if k not in emitted:
            lines.extend(_table_rows(tables[k]))
    return "\n".join(lines)


def _inside(line: dict, box: tuple) -> bool:
    mid_y = (line["top"] + line["bottom"]) / 2
    mid_x = (line["x0"] + line["x1"]) / 2
    return box[1] <= mid_y <= box[3] and box[0] <= mid_x <= box[2]


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.extract():
        cells = [_join_cell_lines(CELL_HYPHEN.sub("", c or "")).strip() for c in row]
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _join_cell_lines(cell: str) -> str:
    """A narrow cell's lines with a space between, except where the break cut a word in two
    ('Yhteens' / 'ä', 'Pitkäaikaistyöt' / 'tömät', 'Pohjois-Pohjan' / 'maa'): the joined form is a word, and
    one of the parts is not (or the part before has a hyphen: a name's compound)."""
    from extractor.nlp import baseforms  # Voikko, loaded only for a wrapped cell
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    text = lines[0] if lines else ""
    for line in lines[1:]:
        left, right = text.rsplit(" ", 1)[-1], line.split(" ", 1)[0].rstrip(",.;:")
        cut = right[:1].islower() and left.replace("-", "").isalpha() and right.isalpha() and \
            ("-" in left or not baseforms(left) or not baseforms(right)) and bool(baseforms(left + right))
        text += line if cut else " " + line
    return text


def strip_running_lines(pages: list[str]) -> list[str]:
    """Drop running headers, footers and page numbers repeated across pages.

    The first and last line of a page match ignoring digits ('Sivu 2 / 6'); the second
    line in from either edge must repeat exactly.
    """
    if len(pages) < 2:
        return [_drop_page_number_lines(p) for p in pages]
    edges = [_edges(p) for p in pages]
    counts = Counter(k for e in edges for k in set(e.values()))
    threshold = max(2, (len(pages) + 1) // 2)
    out, running = [], {}
    for page, edge in zip(pages, edges):
        lines = page.split("\n")
        drop = {i for i, k in edge.items() if counts[k] >= threshold or PAGE_NUMBER_LINE.match(lines[i])}
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
        running.update({edge[i]: lines[i].strip() for i in sorted(drop)
                        if not PAGE_NUMBER_LINE.match(lines[i]) and RUNNING_WORDS.search(lines[i])})
    if running:  # once, after the text: a running header may be the only place of the project code
        out[-1] = out[-1].rstrip("\n") + "\n\n" + "\n".join(dict.fromkeys(running.values())) + "\n"
    return out


RUNNING_WORDS = re.compile(r"[^\W\d_]{3,}")  # a line with words, not a bare page number


def _edges(page: str) -> dict[int, str]:
    """Line index -> matching key for the two lines at the top and at the bottom of a page."""
    lines = page.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    keys = {}
    for rank, i in enumerate(filled[:2] + filled[-2:][::-1]):
        outer = rank in (0, 2) if len(filled) >= 2 else True
        text = lines[i].strip().casefold()
        keys[i] = re.sub(r"\d+", "#", text) if outer else text
    return keys


def _drop_page_number_lines(page: str) -> str:
    lines = page.split("\n")
    edge = set(_edges(page))
    return "\n".join(line for i, line in enumerate(lines) if not (i in edge and PAGE_NUMBER_LINE.match(line)))


def markdown_to_text(text: str) -> str:
    """Drop Markdown markup that carries no words: blockquote marks (a box of facts, not an e-mail's quote),
    heading marks, emphasis, links. Table rules stay: they mark a table's header row."""
    text = re.sub(r"(?m)^[ \t]{0,3}(?:>[ \t]?)+", "", text)
    text = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])", r"\2", text)  # '*Tupa jatkuu*'
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return text


def normalise(text: str) -> str:
    """NFC, ligatures, soft hyphens, Word bullets, odd spaces, line-end hyphenation, blank-line runs; fields run
    together with ' · ' get lines of their own; table columns (tabs, dot leaders, runs of spaces, the gutters of
    space-aligned figures) become ' | '."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for lig, plain in LIGATURES.items():
        text = text.replace(lig, plain)
    text = text.replace(SOFT_HYPHEN + "\n", "").replace(SOFT_HYPHEN, "")
    text = WORD_BULLET.sub(r"\1• ", text)
    text = FIELD_SEPARATOR.sub("\n", text)
    text = TAB_CELLS.sub(" | ", _empty_tab_cells(text))
    text = split_semicolon_tables(text)
    text = SPACES.sub(" ", text)
    text = HYPHEN_BREAK.sub("", text)
    text = drop_contents_page_numbers(text)
    text = DOT_LEADERS.sub(" | ", text)
    text = join_wrapped_cells(text)
    text = split_aligned_tables(text)
    text = ALIGNED_COLUMNS.sub(" | ", text)
    text = join_wrapped_row_labels(text)
    text = re.sub(r"[ ]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# fields run together on one line: 'Hallinnoija: Kotkan kaupunki · Osatoteuttaja: Pyhtään kunta · Rahoittaja: …'
FIELD_SEPARATOR = re.compile(r"[ \t]+·[ \t]+(?=[A-ZÅÄÖ][^\W\d_]*(?:[ -][^\W\d_]+){0,3}:[ \t])")
LABEL_VALUE_LINE = re.compile(r"^(?P<label>\S.*?\S) {3,}(?P<value>\S.*)$")  # 'Rahoittaja      Satakunnan ELY-keskus'
LABEL_ONLY_LINE = re.compile(r"^\S[^:|]{0,40}:$")
CONTINUATION_LINE = re.compile(r"^(?P<indent> {3,})(?P<rest>\S.*)$")


def join_wrapped_cells(text: str) -> str:
    """A plain-text form's value that wraps onto a line indented to its column ('Rahoittaja   Satakunnan
    ELY-keskus (31.12.2009 asti Satakunnan' + '             TE-keskus)') is one cell again."""
    lines = text.split("\n")
    out: list[str] = []
    column = -1  # where the value of the line above starts, while it is a 'label   value' line
    for line in lines:
        m, cont = LABEL_VALUE_LINE.match(line), CONTINUATION_LINE.match(line)
        if cont and column > 0 and len(cont["indent"]) == column and not ALIGNED_COLUMNS.search(cont["rest"]):
            closed = out[-1].rstrip().endswith(")") and cont["rest"][:1].isupper()  # one item per line
            out[-1] = out[-1].rstrip() + (", " if closed else " ") + cont["rest"]
            continue
        if column > 0 and LABEL_ONLY_LINE.match(line):  # 'Rahoittava viranomainen:' with its value below
            out.append(line)
            continue
        column = m.start("value") if m and not ALIGNED_COLUMNS.search(m["value"]) else -1
        out.append(line)
    return "\n".join(out)


CSV_SEPARATOR = re.compile(r";(?! )")  # a spreadsheet's separator: no space after it, unlike prose's
CSV_MIN_ROWS = 3


def split_semicolon_tables(text: str) -> str:
    """A spreadsheet pasted as semicolon-separated values ('Kuukausi;Uudet asiakkaat;Työllistyi' over
    '09/2020;9;0'): three or more lines in a row with two or more separators become ' | ' rows, empty cells
    kept in their place, those at a row's end shown as '–' up to the table's width (so that the figures keep
    their columns), a line of separators only blank and a line of one cell (a table's title) plain text."""
    lines = text.split("\n")
    csv = [len(CSV_SEPARATOR.findall(line)) >= 2 for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and csv[j]:
            j += 1
        if j - i >= CSV_MIN_ROWS:
            rows = [[c.strip() for c in _csv_cells(lines[k])] for k in range(i, j)]
            for k, row in enumerate(rows, start=i):
                lines[k] = lines[k] if any(row) else ""
            for start, table in _tables_between_blank_rows(rows):
                width = max(_filled_width(row) for row in table)
                for k, row in enumerate(table, start=i + start):
                    filled = _filled_width(row)
                    lines[k] = row[0] if filled == 1 else " | ".join(row[:filled] + ["–"] * (width - filled))
        i = max(j, i + 1)
    return "\n".join(lines)


def _csv_cells(line: str) -> list[str]:
    """A line's cells; a quoted cell keeps its own semicolons and loses its quotes ('"3) Tilanne …; kukin …"')."""
    if '"' not in line:
        return CSV_SEPARATOR.split(line)
    return next(csv.reader([line], delimiter=";"))


def _tables_between_blank_rows(rows: list[list[str]]):
    """(offset, rows) of each run of rows with a filled cell; a row of empty cells parts two tables."""
    start = 0
    for k, row in enumerate(rows + [[]]):
        if not any(row):
            if k > start:
                yield start, rows[start:k]
            start = k + 1


def _filled_width(cells: list[str]) -> int:
    return max((k + 1 for k, cell in enumerate(cells) if cell), default=0)


OPEN_ENDED = re.compile(r"(?:,|-|\s(?:ja|tai|sekä))$")  # a label that goes on: 'Kunnat, järjestöt ja'


def join_wrapped_row_labels(text: str) -> str:
    """A table row whose first cell wraps onto an indented line carrying the row's figures ('Rekrytointipäivät
    (yhdessä Raahen seudun' + '  TE-toimiston kanssa) | 2 | 96 osallistujaa', between rows): one row again.
    Only a label left open (a bracket, a comma or a conjunction at its end) or one going on in lower case at the
    line's start ('Muissa työllistymistä edistävissä' + 'palveluissa   2   4   6'); a group's own title over
    its indented rows stays."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        below = lines[k + 1] if k + 1 < len(lines) else ""
        open_ended = line.count("(") > line.count(")") or bool(OPEN_ENDED.search(line.rstrip()))
        if out and " | " in out[-1] and line.strip() and " | " not in line and not line[:1].isspace() and \
                " | " in below and (open_ended and below[:1].isspace() or below[:1].islower()):
            out.append(line.rstrip() + " " + below.lstrip())
            k += 2
            continue
        out.append(line)
        k += 1
    return "\n".join(out)


TOC_LINE = re.compile(rf"^(?P<entry>.*?\S)\s?{LEADER}\s*(?P<page>\d{{1,3}})\s*$")
TOC_MIN_LINES = 3


def drop_contents_page_numbers(text: str) -> str:
    """'3 Asiakkaat ja tulokset .......... 3': in a table of contents (three or more such lines close
    together, page numbers rising) the leader and the page number go; the entry stays."""
    lines = text.split("\n")
    hits = [(i, m) for i, line in enumerate(lines) if (m := TOC_LINE.match(line))]
    runs: list[list] = []
    for i, m in hits:
        if runs and i - runs[-1][-1][0] <= 2 and int(m["page"]) >= int(runs[-1][-1][1]["page"]):
            runs[-1].append((i, m))
        else:
            runs.append([(i, m)])
    for run in runs:
        if len(run) >= TOC_MIN_LINES:
            for i, m in run:
                lines[i] = m["entry"]
    return "\n".join(lines)


def join_pages(page_texts: list[str]) -> tuple[str, tuple[Page, ...]]:
    """The pages' texts in one; a sentence that runs on over a page break ('… hankeaikana' / 'yhteensä noin
    265 000 euroa.') stays one paragraph."""
    parts, pages, offset = [], [], 0
    for number, page_text in enumerate(page_texts, start=1):
        if number > 1:
            separator = " " if _split_number(parts[-1], page_text) else \
                "\n" if _runs_on(parts[-1], page_text) else PAGE_SEPARATOR
            parts.append(separator)
            offset += len(separator)
        parts.append(page_text)
        pages.append(Page(number, offset, offset + len(page_text)))
        offset += len(page_text)
    return "".join(parts), tuple(pages)


NUMBER_END = re.compile(r"(?:^|\s)\d{1,3}$")
THOUSANDS_START = re.compile(r"^\d{3}(?:\s\d{3})*(?:,\d+)?\s*(?:€|e\b|euro)")


def _split_number(before: str, after: str) -> bool:
    """'… palkkatukimäärärahoja noin 74' / '000 euroa.': an amount cut at its thousands space by the page break."""
    return bool(NUMBER_END.search(before.rstrip())) and bool(THOUSANDS_START.match(after.lstrip()))


def _runs_on(before: str, after: str) -> bool:
    """The page before ends mid-sentence and the next begins in lower case."""
    last, first = before.rstrip(), after.lstrip()
    return bool(last) and bool(first) and last[-1].isalpha() and first[0].islower()
