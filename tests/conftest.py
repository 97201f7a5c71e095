"""Shared fixtures: cheap ones per test, the spaCy pipeline and a populated database per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "corpora" / "tools"))

from pdfgen import FONT_DIR, render_pdf  # noqa: E402

REPORT_TEXT = """# Polku eteenpäin -hankkeen loppuraportti

## 1 Perustiedot

Hanketta hallinnoi Iisalmen kaupunki ja rahoitti Pohjois-Savon ELY-keskus. Hanke toteutettiin
ajalla 1.2.2017–31.12.2019 Iisalmessa ja Kiuruvedellä.

---pagebreak---

## 2 Tulokset

Hankkeeseen osallistui kaikkiaan 212 asiakasta. Asiakkaista 35 % työllistyi ja 18 aloitti
opinnot. Viisi asiakasta siirtyi eläkkeelle.

---pagebreak---

## 3 Kustannukset

Hankkeen toteutuneet kokonaiskustannukset olivat 412 380 euroa, josta ESR- ja valtion
rahoituksen osuus oli 329 904 euroa (80 %).
"""


@pytest.fixture(scope="session")
def nlp():
    from extractor.nlp import load_pipeline

    return load_pipeline()


def make_report_pdf(path: Path, header: str = "Polku eteenpäin – loppuraportti") -> Path:
    """A three-page report PDF with a running header and 'Sivu N / M' footers."""
    render_pdf(REPORT_TEXT, path, header=header)
    return path


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    return make_report_pdf(tmp_path / "polku-loppuraportti.pdf")


def make_scan_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page 'scan': the text rendered to a 300 dpi image (Pillow, DejaVu), no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 50)
    for k, line in enumerate(lines):
        draw.text((250, 300 + k * 90), line, font=font, fill=0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, *A4)
    c.save()
    return path


@pytest.fixture(scope="session")
def populated_db(tmp_path_factory) -> Path:
    from extractor.ingest import ingest

    folder = tmp_path_factory.mktemp("reports")
    make_report_pdf(folder / "polku-loppuraportti.pdf")
    (folder / "empty.txt").write_text("")
    db = folder / "reports.db"
    ingest([folder], db, echo=lambda line: None)
    return db
