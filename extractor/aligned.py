"""Space-aligned plain-text tables whose columns stand closer than the three spaces `read.normalise`
splits on ('Avoin  Palkkat.  Koul.' over '14        19      9'): the columns are the gutters every row
leaves blank, and the header words above are given to the column they stand over."""

from __future__ import annotations

import re

MIN_ROWS = 3  # rows of figures that make a table
GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
NUMBER_EDGE = re.compile(r"[\d%)]")  # a figure's last character ('14', '13,5', '(34 %)')
BULLET_LINE = re.compile(r"\s*[-–•*]\s")  # an item of a list, never a header
RULE = re.compile(r"^\s*[-=_─━–—]{3,}[-=_─━–—\s]*$")
Span = tuple[int, int]


def split_aligned_tables(text: str) -> str:
    """Rewrite each block of space-aligned figure rows (and its header of one or two lines) as
    ' | '-separated cells, where the three-space rule would miss a column."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_figure_row(lines[j]) or j > i and (RULE.match(lines[j]) or _sub_row(lines[j])) and
                                  _row_follows(lines, j + 1)):
            j += 1  # a rule line above a total row, or a sub-row of one figure, stays inside the table
        if sum(1 for line in lines[i:j] if not RULE.match(line)) >= MIN_ROWS:
            j -= _rewrite(lines, i, j)
        i = max(j, i + 1)
    return "\n".join(lines)


def _figure_row(line: str) -> bool:
    return "|" not in line and bool(re.search(r"\d", line)) and len(GAP.findall(line)) >= 2


SUB_ROW = re.compile(r"^\s+(?:[-–•]\s+)?\S.*?\S {2,}\d[\d ,]*$")  # '    - avoimille työmarkkinoille     10'


def _sub_row(line: str) -> bool:
    return "|" not in line and bool(SUB_ROW.match(line)) and not _figure_row(line)


def _row_follows(lines: list[str], k: int) -> bool:
    """A figure row comes next, after any sub-rows."""
    while k < len(lines) and _sub_row(lines[k]):
        k += 1
    return k < len(lines) and _figure_row(lines[k])


def _rewrite(lines: list[str], first: int, end: int) -> int:
    """Rewrite the rows `first`…`end`; returns the number of lines removed above them (a second header line
    joined to the first)."""
    at = [k for k in range(first, end) if not RULE.match(lines[k])]
    rows = [lines[k] for k in at]
    columns = _columns(rows)
    if len(columns) < 3:
        return 0
    split = [[row[a:b].strip() for a, b in columns] for row in rows]
    header = _header_lines(lines, first)
    found = [len([c for c in cells if c]) for cells in split]
    three = [len(_three_space_cells(row)) for row in rows]
    if any(n < m for n, m in zip(found, three)):
        return 0  # not aligned: the gutters would join what the three-space rule keeps apart
    short = [not cells[-1] and any(cells[1:]) for cells in split]  # a sub-row with no share: '10 |'
    mixed = any(short) and not all(short)
    if found == three and not mixed and \
            (not header or len(header) == 1 and len(_three_space_cells(lines[header[0]])) ==
             len(re.split(r" {2,}", lines[header[0]].strip()))):
        return 0  # the three-space rule finds these columns already
    for k, cells, empty_end in zip(at, split, short):
        lines[k] = " | ".join(cells).rstrip(" |") + (" | –" if empty_end and mixed else "")
    if not header:
        return 0
    lines[header[0]] = " | ".join(_header_cells([lines[h] for h in header], columns))
    for h in reversed(header[1:]):
        del lines[h]
    return len(header) - 1


def _three_space_cells(line: str) -> list[str]:
    return re.split(r" {3,}", line.strip())


def _columns(rows: list[str]) -> list[Span]:
    """Each column's extent, between the gutters (positions blank in every row) that separate text;
    a one-space gutter only between figures ('17,3 100,0'), not inside a label ('Yht. 2012')."""
    width = max(len(r) for r in rows)
    left = min(len(r) - len(r.lstrip()) for r in rows)
    blank = [all(c >= len(r) or r[c] == " " for r in rows) for c in range(width)]
    gutters, c = [], left
    while c < width:
        if not blank[c]:
            c += 1
            continue
        start = c
        while c < width and blank[c]:
            c += 1
        if c < width and (c - start > 1 or all(_figures_beside(r, start, c) for r in rows)):
            gutters.append((start, c))
    edges = [left] + [x for g in gutters for x in g] + [width]
    return [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]


def _figures_beside(row: str, start: int, end: int) -> bool:
    """Two figures side by side ('17,3 100,0'), not one with a thousands space ('171 430', '221 561,91')."""
    before, after = row[:start].rstrip(), row[end:].lstrip()
    if not before or not after:
        return True
    tight = len(row[:start]) == len(before) and len(row[end:]) == len(after)  # one space between in this row
    thousands = tight and re.search(r"(?<![\d,.])\d{1,3}$", before) and re.match(r"\d{3}(?!\d)", after)
    return bool(NUMBER_EDGE.match(before[-1])) and after[:1].isdigit() and not thousands


def _header_lines(lines: list[str], first: int) -> list[int]:
    """The one or two lines right above the rows that name their columns (words apart by two spaces)."""
    out = []
    k = first - 1
    while k >= 0 and len(out) < 2 and lines[k].strip() and not RULE.match(lines[k]) and "|" not in lines[k] and \
            (GAP.search(lines[k]) or lines[k].startswith("  ")) and not BULLET_LINE.match(lines[k]):
        out.insert(0, k)
        k -= 1
    return out if out and GAP.search(lines[out[0]]) else []


def _header_cells(header: list[str], columns: list[Span]) -> list[str]:
    """The header words over each column (two lines joined: 'Pitkäaikais-' + 'työttömät')."""
    names = [[] for _ in columns]
    for line in header:
        parts: list[list[str]] = [[] for _ in columns]
        for m in re.finditer(r"\S+(?: \S+)*", line):
            parts[_column_of((m.start(), m.end()), columns)].append(m.group(0))
        for k, words in enumerate(parts):
            if words:
                names[k].append(" ".join(words))
    return [_join_lines(n) for n in names]


def _column_of(span: Span, columns: list[Span]) -> int:
    def overlap(col: Span) -> int:
        return min(span[1], col[1]) - max(span[0], col[0])
    return max(range(len(columns)), key=lambda k: (overlap(columns[k]), -abs(columns[k][1] - span[1])))


def _join_lines(parts: list[str]) -> str:
    out = ""
    for p in parts:
        out = out[:-1] + p if out.endswith("-") and p[:1].islower() else (out + " " + p).strip()
    return out
