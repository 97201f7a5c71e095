"""Render every ``corpora/tools/pdf-sources/<dest>/NAME.txt`` to ``corpora/<dest>/NAME.pdf``.

A source may start with directive lines ``%header: running header`` and ``%cover``.
Usage: ``python corpora/tools/make_pdfs.py``
"""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from pdfgen import render_pdf  # noqa: E402

TOOLS = pathlib.Path(__file__).resolve().parent
CORPORA = TOOLS.parent


def parse_source(text: str) -> tuple[str, str, bool]:
    """Split leading ``%`` directives from the body: (body, header, cover)."""
    header, cover = "", False
    lines = text.splitlines()
    while lines and lines[0].startswith("%"):
        d = lines.pop(0)
        if d.startswith("%header:"):
            header = d.split(":", 1)[1].strip()
        elif d.strip() == "%cover":
            cover = True
    return "\n".join(lines), header, cover


def main() -> int:
    """Render all sources; print one line per PDF."""
    for src in sorted((TOOLS / "pdf-sources").glob("*/*.txt")):
        body, header, cover = parse_source(src.read_text(encoding="utf-8"))
        out = CORPORA / src.parent.name / (src.stem + ".pdf")
        pages = render_pdf(body, out, header=header, cover=cover)
        print(f"{out.relative_to(CORPORA.parent)}: {pages} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
