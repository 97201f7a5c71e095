"""HTML to plain text: blocks become lines, table rows become `a | b` lines."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "template", "svg", "nav", "head"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
         "section", "article", "header", "footer", "main", "aside", "dl", "dt", "dd",
         "blockquote", "pre", "figure", "figcaption", "hr", "address", "form"}


CONTENT = {"main", "article"}
FOOTNOTE_MARK = re.compile(r"\s*(?:\[[\w ]{1,12}\]|\d{1,3}|[*†‡]{1,3})\s*$")  # '[1]', '[huom. 2]', '3', '*'



ITEM_DATE = re.compile(r"[\d.:/ –-]{4,24}|\d{1,2}\.\s?[a-zåäö]+(?:kuuta)?\s+\d{4}")  # '2.6.2023', '2.6.2023 klo 12'


MAX_SPAN = 12  # a colspan wider than any table is markup noise
ALT_WORDS = 4  # an image's alternative text long enough to say something (not 'Logo', 'Kuva: Jussi Ahonen')


class _TextParser(HTMLParser):
    """Block text in reading order; a site banner (a <header> outside <main> and <article>) goes last, so
    that the page's own title opens the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.cells_in_row = 0
        self.spanned = 0  # further columns the open cell spans
        self.term_at: int | None = None  # where the open definition term's text begins
        self.content_depth = 0  # open <main> / <article> elements
        self.banner_at: int | None = None  # where an open site banner's text begins
        self.banner_depth = 0
        self.banners: list[str] = []
        self.sup_at: int | None = None  # where an open superscript's text begins
        self.items: list[list] = []  # open <li>: [where its text begins, text outside a link seen]
        self.link_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in CONTENT:
            self.content_depth += 1
        if tag == "header" and not self.content_depth and self.banner_at is None:
            self.banner_at = len(self.parts)  # the site's banner, not the page's own heading
        if tag == "header" and self.banner_at is not None:
            self.banner_depth += 1
        if tag == "sup":
            self.sup_at = len(self.parts)
        if tag == "a":
            self.link_depth += 1
        if tag == "li":
            self.items.append([len(self.parts), False])
        if tag == "img" and not self.skip_depth:
            alt = " ".join((dict(attrs).get("alt") or "").split())
            if len(alt.split()) >= ALT_WORDS:  # a pictogram's text ('Salkun kuva. Työllistyneitä 39 eli 31 …')
                self.parts.append(f"\n{alt}\n")
        if tag in SKIP:
            self.skip_depth += 1
        elif tag == "pre":
            self.pre_depth += 1
            self.parts.append("\n")
        elif tag == "dd" and self.term_at is not None:  # a definition joins its term as a label: 'Alkoi: 1.3.2018'
            while len(self.parts) > self.term_at and not self.parts[-1].strip():
                self.parts.pop()
            term = "".join(self.parts[self.term_at:]).strip()
            self.parts.append(" " if not term or term.endswith(":") else ": ")
            self.term_at = None
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.parts.append(" | ")
            self.cells_in_row += 1
            span = dict(attrs).get("colspan") or "1"
            self.spanned = int(span) - 1 if span.isdigit() and 1 < int(span) <= MAX_SPAN else 0
        elif tag in BLOCK:
            self.parts.append("\n")
            if tag == "dt":
                self.term_at = len(self.parts)
            if tag == "tr":
                self.cells_in_row = 0
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in CONTENT:
            self.content_depth = max(0, self.content_depth - 1)
        if tag == "header" and self.banner_at is not None:
            self.banner_depth -= 1
            if not self.banner_depth:
                self.banners.append("".join(self.parts[self.banner_at:]))
                del self.parts[self.banner_at:]
                self.banner_at = None
                return
        if tag == "sup" and self.sup_at is not None:
            if FOOTNOTE_MARK.match("".join(self.parts[self.sup_at:])):
                del self.parts[self.sup_at:]  # 'omarahoituksella.<sup>[1]</sup>': a reference, no figure
            self.sup_at = None
        if tag == "a":
            self.link_depth = max(0, self.link_depth - 1)
        if tag == "li" and self.items:
            at, plain = self.items.pop()
            linked = "".join(self.parts[at:]).strip(" -\n")
            if linked and not plain:  # an item that is only a link: a headline of another page ('Luetuimmat')
                del self.parts[at:]
                return
        if tag in ("td", "th") and self.spanned:  # '<td colspan="4">peruttu</td>': the row keeps its columns
            self.parts.append(" | –" * self.spanned)
            self.cells_in_row += self.spanned
            self.spanned = 0
        if tag in SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
            self.parts.append("\n")
        elif tag in BLOCK and tag != "dt":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.items and not self.link_depth and data.strip() and not ITEM_DATE.fullmatch(data.strip()):
            self.items[-1][1] = True  # a date beside the link is a news list's: '2.6.2023 <a>Työllisyyskatsaus …</a>'
        if self.pre_depth:  # preformatted text keeps its lines
            self.parts.append(re.sub(r"[ \t]+", " ", data))
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts) + "\n\n" + "\n\n".join(parser.banners))
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
