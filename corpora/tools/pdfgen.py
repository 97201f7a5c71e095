"""Render a lightweight-markup text into a realistic A4 report PDF (reportlab).

Markup: ``# Title`` / ``## Heading`` / ``### Sub``; blank line = paragraph break;
``- item`` = bullet; consecutive ``|a|b|`` lines = table (a ``|---|`` row after the
first row makes it a header row, otherwise the first column is bold, form-style);
``---pagebreak---`` = page break; ``**bold**`` inline.  Paragraphs starting with
``Taulukko`` or ``Kuvio`` are set as captions.
"""
from __future__ import annotations

import io
import pathlib
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
_VOWELS = set("aeiouyåäöAEIOUYÅÄÖ")
_LONG_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]{9,}")
_NUMERIC = re.compile(r"^[\s\d.,%€+\-–−()t]*\d[\s\d.,%€+\-–−()a-zA-Z]*$")
PAGEBREAK = "---pagebreak---"


def _register_fonts() -> None:
    """Register DejaVu Sans (regular/bold/italic) once."""
    if "DejaVu" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVu-Italic", "DejaVuSans-Oblique.ttf"),
                       ("DejaVu-BoldItalic", "DejaVuSans-BoldOblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                                  italic="DejaVu-Italic", boldItalic="DejaVu-BoldItalic")


def hyphenate_word(word: str) -> str:
    """Insert soft hyphens before consonant+vowel (Finnish syllable rule)."""
    out, last = [], 0
    for i in range(2, len(word) - 2):
        c, v = word[i], word[i + 1]
        if c not in _VOWELS and v in _VOWELS and any(ch in _VOWELS for ch in word[last:i]):
            out.append(word[last:i])
            last = i
    out.append(word[last:])
    return "\u00ad".join(out)


def _inline(text: str, hyphenate: bool = False) -> str:
    """Escape XML, apply **bold** and optional soft hyphenation."""
    s = escape(text)
    if hyphenate:  # not the word before a bold run: ReportLab drops the space between them
        s = _LONG_WORD.sub(lambda m: m.group(0) if BOLD_AFTER.match(s, m.end()) else hyphenate_word(m.group(0)), s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


BOLD_AFTER = re.compile(r"\s*\*\*")


def _styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles used by the renderer."""
    base = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=14, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName="DejaVu-Bold", fontSize=18, leading=23,
                                alignment=TA_LEFT, spaceBefore=6, spaceAfter=12),
        "h2": ParagraphStyle("h2", base, fontName="DejaVu-Bold", fontSize=13, leading=17,
                             alignment=TA_LEFT, spaceBefore=10, spaceAfter=6),
        "h3": ParagraphStyle("h3", base, fontName="DejaVu-Bold", fontSize=11, leading=15,
                             alignment=TA_LEFT, spaceBefore=8, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", base, alignment=TA_LEFT, leftIndent=14, bulletIndent=4,
                                 bulletFontName="DejaVu",
                                 spaceAfter=2),
        "caption": ParagraphStyle("caption", base, fontName="DejaVu-Italic", fontSize=9,
                                  leading=12, alignment=TA_LEFT, spaceBefore=4, spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5, alignment=TA_LEFT,
                               spaceAfter=0),
        "cellr": ParagraphStyle("cellr", base, fontSize=9, leading=11.5, alignment=TA_RIGHT,
                                spaceAfter=0),
    }


def _table(rows: list[str], st: dict[str, ParagraphStyle], width: float) -> Table:
    """Build a grid Table from markdown-like ``|`` rows."""
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    header = len(cells) > 1 and all(re.fullmatch(r":?-{2,}:?", c) for c in cells[1] if c)
    if header:
        del cells[1]
    ncol = max(len(r) for r in cells)
    data = []
    for ri, row in enumerate(cells):
        row = row + [""] * (ncol - len(row))
        out = []
        for ci, c in enumerate(row):
            bold = (header and ri == 0) or (not header and ci == 0 and ncol > 1)
            txt = _inline(c)
            num = header and ri > 0 and ci > 0 and _NUMERIC.match(c)
            sty = st["cellr"] if num else st["cell"]
            out.append(Paragraph(f"<b>{txt}</b>" if bold else txt, sty))
        data.append(out)
    first = 0.38 if ncol == 2 else (0.40 if ncol > 2 else 1.0)
    widths = [width * first] + [width * (1 - first) / (ncol - 1)] * (ncol - 1) if ncol > 1 else [width]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    else:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")))
    t.setStyle(TableStyle(cmds))
    return t


def _story(text: str, st: dict[str, ParagraphStyle], width: float, hyphenate: bool,
           cover: bool) -> list[Flowable]:
    """Parse the markup into flowables."""
    story: list[Flowable] = [Spacer(1, 55 * mm)] if cover else []
    para: list[str] = []
    table: list[str] = []
    first_break = cover

    def flush() -> None:
        if para:
            s = " ".join(para)
            if re.match(r"(Taulukko|Kuvio)\b", s):
                story.append(Paragraph(_inline(s), st["caption"]))
            else:
                story.append(Paragraph(_inline(s, hyphenate), st["body"]))
            para.clear()
        if table:
            story.extend([_table(table, st, width), Spacer(1, 6)])
            table.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("|"):
            if para:
                flush()
            table.append(line)
            continue
        if table:
            flush()
        if not line.strip():
            flush()
        elif line.strip() == PAGEBREAK:
            flush()
            if first_break:
                story.append(NextPageTemplate("normal"))
                first_break = False
            story.append(PageBreak())
        elif m := re.match(r"(#{1,3})\s+(.*)", line):
            flush()
            key = {1: "title", 2: "h2", 3: "h3"}[len(m.group(1))]
            story.append(Paragraph(_inline(m.group(2)), st[key]))
        elif line.startswith("- "):
            flush()
            story.append(Paragraph(_inline(line[2:].strip()), st["bullet"], bulletText="•"))
        else:
            para.append(line.strip())
    flush()
    return story


def _build(text: str, out, header: str, hyphenate: bool, cover: bool, total: int) -> int:
    """One layout pass; returns the page count."""
    st = _styles()
    w, h = A4
    margin = 25 * mm

    def deco(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        if header:
            canvas.drawString(margin, h - 15 * mm, header)
        canvas.setLineWidth(0.4)
        canvas.line(margin, h - 16.5 * mm, w - margin, h - 16.5 * mm)
        canvas.drawCentredString(w / 2, 12 * mm, f"Sivu {doc.page} / {total or '?'}")
        canvas.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=24 * mm, bottomMargin=22 * mm, invariant=1,
                          title=header or "Raportti", author="", creator="", subject="")
    frame = Frame(margin, 22 * mm, w - 2 * margin, h - 46 * mm, id="f")
    templates = [PageTemplate("normal", [frame], onPage=deco)]
    if cover:
        templates.insert(0, PageTemplate("cover", [frame]))
    doc.addPageTemplates(templates)
    doc.build(_story(text, st, w - 2 * margin, hyphenate, cover))
    return doc.page


def render_pdf(text: str, out_path: pathlib.Path, *, header: str = "", hyphenate: bool = True,
               cover: bool = False) -> int:
    """Render ``text`` to ``out_path`` (two passes for ``Sivu N / M``); return page count."""
    _register_fonts()
    total = _build(text, io.BytesIO(), header, hyphenate, cover, 0)
    out_path = pathlib.Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "wb") as fh:
        pages = _build(text, fh, header, hyphenate, cover, total)
    return pages
