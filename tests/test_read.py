"""Reading: formats, encodings, normalisation, page maps, and bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from extractor.errors import (CorruptFileError, DecodeError, EmptyFileError, EncryptedFileError, NoTextError,
                              TooLargeError, UnsupportedFormatError)
from extractor.read import join_pages, normalise, read_document, strip_running_lines
from pdfgen import render_pdf

TEXT = "Hankkeeseen osallistui 212 asiakasta Iisalmessa. Kustannukset 412 380 €."


@pytest.mark.parametrize("encoding, prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")])
def test_text_encodings(tmp_path: Path, encoding: str, prefix: bytes):
    path = tmp_path / "report.txt"
    path.write_bytes(prefix + TEXT.encode(encoding))
    doc = read_document(path)
    assert doc.text == TEXT
    assert doc.format == "txt" and len(doc.pages) == 1


def test_markdown_markup_is_dropped(tmp_path: Path):
    path = tmp_path / "r.md"
    path.write_text("# Otsikko\n\n**Asiakkaita** oli 45.\n\n| Tilanne | Henkilöä |\n|---|---|\n| Työllistyi | 12 |\n")
    text = read_document(path).text
    assert "#" not in text and "**" not in text
    assert "| Työllistyi | 12 |" in text
    assert "|---|---|" in text  # the rule stays: it marks the table's header row
    path.write_text("Haimme avustusta uuteen *Tupa jatkuu* -hankkeeseen.\n\n* lista: 2 * 3\n\n_Hyväksytty_ 16.3.2023")
    assert read_document(path).text == "Haimme avustusta uuteen Tupa jatkuu -hankkeeseen.\n\n* lista: 2 * 3\n\n" \
        "Hyväksytty 16.3.2023"  # single emphasis too; a bullet and a product stay


def test_html_keeps_article_drops_scripts_and_nav(tmp_path: Path):
    path = tmp_path / "r.html"
    path.write_text("<html><head><title>T</title><script>var x=5;</script></head><body><nav>Etusivu 2024</nav>"
                    "<article><h1>Hanke</h1><p>Asiakkaita&nbsp;oli 45.</p><table><tr><td>Työllistyi</td>"
                    "<td>12</td></tr></table></article></body></html>", encoding="utf-8")
    text = read_document(path).text
    assert "Asiakkaita oli 45." in text and "Työllistyi | 12" in text
    assert "var x" not in text and "Etusivu" not in text


def test_html_list_items_that_are_only_links_are_other_pages_headlines(tmp_path: Path):
    path = tmp_path / "r.html"
    path.write_text("<article><p>Hankkeessa oli 186 asiakasta.</p><ul><li>Asiakkaita 186, joista "
                    "<a href='/t'>työllistyi</a> 52</li></ul></article><aside><h3>Luetuimmat</h3><ol>"
                    "<li><a href='/x'>Koskenkorvan kylätalolle 18 000 euron avustus</a></li></ol></aside>",
                    encoding="utf-8")
    text = read_document(path).text
    assert "Asiakkaita 186, joista työllistyi 52" in text and "18 000" not in text


def test_html_news_list_items_of_a_date_and_a_link_are_other_pages_headlines(tmp_path: Path):
    path = tmp_path / "r.html"
    path.write_text("<main><p>Hankkeessa oli 231 asiakasta.</p><h2>Ajankohtaista</h2><ul class='news-list'>"
                    "<li><time datetime='2023-04-20'>20.4.2023</time> <a href='/k'>Kuntakokeilu loppusuoralla: "
                    "Kangasalla noin 1 900 asiakasta</a></li><li>8.3.2023 <a href='/l'>Kuntalisää 312 000 euroa</a>"
                    "</li><li>Opintonsa aloitti 21 asiakasta</li></ul></main>", encoding="utf-8")
    text = read_document(path).text
    assert "1 900" not in text and "312 000" not in text and "Opintonsa aloitti 21 asiakasta" in text


def test_html_site_banner_goes_after_the_pages_own_text(tmp_path: Path):
    path = tmp_path / "osahanke.html"
    path.write_text("<html><body><header class='site-header'><p>Sillat työhön – kattohanke 2009–2013</p></header>"
                    "<main><article><header><h1>Kotikulmilta töihin</h1></header><p>Osahanke alkoi 2010.</p>"
                    "</article></main><footer>Yhteystiedot</footer></body></html>", encoding="utf-8")
    text = read_document(path).text
    assert text.startswith("Kotikulmilta töihin")  # an article's own header stays in place
    assert text.index("Yhteystiedot") < text.index("Sillat työhön – kattohanke 2009–2013")


@pytest.mark.parametrize("raw, expected", [
    ("työl\u00adlistyi", "työllistyi"),
    ("työllis-\ntyi", "työllistyi"),
    ("ESR-\nhanke", "ESR-\nhanke"),
    ("ﬁnanssi", "finanssi"),
    ("412\u00a0380\u202f€", "412 380 €"),
    ("Hankekoodi ................. S10473", "Hankekoodi | S10473"),  # dot leaders make a labelled cell
    ("Palkkatukityö . . . . . 41 500", "Palkkatukityö | 41 500"),
    ("Rahoitus…… 80 %", "Rahoitus | 80 %"),
    ("Katso liite...", "Katso liite..."),  # an ellipsis is no leader
    # a table of contents loses its page numbers (a figure in a form keeps its value)
    ("Sisällys\n1 Perustiedot .......... 2\n2 Toiminta .......... 2\n3 Asiakkaat .......... 4\n\nTeksti",
     "Sisällys\n1 Perustiedot\n2 Toiminta\n3 Asiakkaat\n\nTeksti"),
    ("Asiakkaita .......... 120\nTyöllistyneitä .......... 30", "Asiakkaita | 120\nTyöllistyneitä | 30"),
    # tab-separated cells (a copied spreadsheet); a leading tab only indents
    ("Kunta\tMiehet\t\tYhteensä\nHarjavalta\t52 \t83", "Kunta | Miehet | Yhteensä\nHarjavalta | 52 | 83"),
    ("Otsikko\n\tSisennetty rivi", "Otsikko\n Sisennetty rivi"),
    # a list pasted from Word: its symbol-font bullets and 'o' sub-bullets before a tab are bullets, not cells
    ("Tavoitteet:\n\uf0b7\thankkeeseen osallistuu 50 työtöntä\no\tyhteistyösopimus", "Tavoitteet:\n• hankkeeseen "
     "osallistuu 50 työtöntä\n• yhteistyösopimus"),
    # space-aligned columns become cells; spaces padding a cell that already has its '|' do not
    ("Palkat        688 415     41 880", "Palkat | 688 415 | 41 880"),
    ("ESR-rahoitus (80 %)   |   368 000   |   341 262", "ESR-rahoitus (80 %)   |   368 000   |   341 262"),
])
def test_normalise(raw: str, expected: str):
    assert normalise(raw) == expected


def test_running_headers_and_page_numbers_are_dropped():
    pages = [f"Polku – raportti\nSisältöä sivulla {i}.\nSivu {i} / 3" for i in (1, 2, 3)]
    assert strip_running_lines(pages)[:2] == [f"Sisältöä sivulla {i}." for i in (1, 2)]


def test_a_running_header_is_kept_once_after_the_text():
    """It may be the only place of the project's code ('Siltavahti (S21598) | Päätösseminaarin raportti')."""
    pages = [f"Siltavahti (S21598) | Raportti\nSisältöä sivulla {i}.\nSivu {i} / 3" for i in (1, 2, 3)]
    assert strip_running_lines(pages)[2] == "Sisältöä sivulla 3.\n\nSiltavahti (S21598) | Raportti\n"


def test_pdf_pages_headers_and_hyphenation(report_pdf: Path):
    doc = read_document(report_pdf)
    assert doc.format == "pdf" and len(doc.pages) == 3
    assert "Sivu 1 / 3" not in doc.text and "loppuraportti\n" not in doc.text[:10]
    assert "kokonaiskustannukset" in doc.text and "\u00ad" not in doc.text
    offset = doc.text.index("412 380")
    assert doc.page_at(offset) == 3
    assert doc.page_at(doc.text.index("212 asiakasta")) == 2
    for page in doc.pages:
        assert doc.page_at(page.char_start) == page.number


def test_a_hyphenated_word_before_a_bold_run_keeps_its_space(tmp_path: Path):
    body = "Vuoden 2012 alusta pajatoimintaa on toteutettu **Pajapirtti – työpajapolku Multialla** -hankkeena."
    render_pdf(body, tmp_path / "bold.pdf")
    assert "toteutettu Pajapirtti" in read_document(tmp_path / "bold.pdf").text


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path):
    with pytest.raises(EmptyFileError, match="empty"):
        read_document(_write(tmp_path / "e.txt", b"  \n"))


def test_corrupt_pdf(tmp_path: Path):
    with pytest.raises(CorruptFileError):
        read_document(_write(tmp_path / "c.pdf", b"%PDF-1.4\n garbage garbage"))


def test_html_named_pdf(tmp_path: Path):
    with pytest.raises(CorruptFileError, match="HTML"):
        read_document(_write(tmp_path / "h.pdf", b"<!DOCTYPE html><html></html>"))


def test_zip_named_pdf(tmp_path: Path):
    path = tmp_path / "z.pdf"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "x")
    with pytest.raises(CorruptFileError, match="ZIP"):
        read_document(path)


def test_encrypted_pdf(tmp_path: Path):
    path = tmp_path / "secret.pdf"
    c = canvas.Canvas(str(path), encrypt="salasana")
    c.drawString(100, 700, "Salainen raportti")
    c.save()
    with pytest.raises(EncryptedFileError, match="encrypted"):
        read_document(path)


def test_pdf_without_text_layer(tmp_path: Path):
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    with pytest.raises(NoTextError):
        read_document(path)


def test_unsupported_extension(tmp_path: Path):
    with pytest.raises(UnsupportedFormatError, match=r"\.docx"):
        read_document(_write(tmp_path / "r.docx", b"PK"))


def test_too_large(tmp_path: Path):
    with pytest.raises(TooLargeError):
        read_document(_write(tmp_path / "big.txt", b"a" * 100), max_bytes=10)


def test_undecodable_text(tmp_path: Path):
    with pytest.raises(DecodeError):
        read_document(_write(tmp_path / "bad.txt", b"abc \x81\x8d\x8f\x90\x9d"))


def test_html_preformatted_table_keeps_rows(tmp_path: Path):
    path = tmp_path / "pre.html"
    path.write_text("<html><body><pre>Tilanne   | Henkilöä\nTyöllistyi | 26\nKoulutus | 15\n</pre></body></html>",
                    encoding="utf-8")
    assert read_document(path).text.split("\n") == ["Tilanne | Henkilöä", "Työllistyi | 26", "Koulutus | 15"]


def test_html_definition_list_becomes_labelled_lines(tmp_path: Path):
    path = tmp_path / "dl.html"
    path.write_text("<html><body><dl><dt>Hankkeen nimi</dt>\n  <dd>Työkipinä</dd><dt>Alkoi:</dt><dd>1.3.2018</dd>"
                    "</dl><p>Teksti</p><dl><dd>ilman termiä</dd></dl></body></html>", encoding="utf-8")
    lines = [line for line in read_document(path).text.split("\n") if line]
    assert lines == ["Hankkeen nimi: Työkipinä", "Alkoi: 1.3.2018", "Teksti", "ilman termiä"]


def test_html_footnote_marks_are_dropped(tmp_path: Path):
    """'omarahoituksella.<sup>[1]</sup>' would glue the reference to the word and the sentence end."""
    path = tmp_path / "wiki.html"
    path.write_text('<html><body><p>Loput 157 864 euroa katettiin omarahoituksella.<sup class="reference">'
                    '<a href="#cite_note-1">[1]</a></sup> Kävijöitä oli 1 200.<sup>4</sup> Pinta-ala 12 km<sup>2'
                    '</sup> ja x<sup>huom</sup>.</p></body></html>', encoding="utf-8")
    assert read_document(path).text == ("Loput 157 864 euroa katettiin omarahoituksella. Kävijöitä oli 1 200. "
                                        "Pinta-ala 12 km ja xhuom.")


def test_space_aligned_columns_become_cells(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("Taulukko 2. Rahoitus (t€)\nESR- ja valtion rahoitus       534,3      75 %\n", encoding="utf-8")
    assert read_document(path).text.split("\n")[1] == "ESR- ja valtion rahoitus | 534,3 | 75 %"


def read_lines(tmp_path: Path, text: str) -> list[str]:
    """The lines of a plain-text document as read_document gives them."""
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path).text.split("\n")


def test_a_row_label_wrapped_onto_the_line_of_its_figures_is_one_row(tmp_path: Path):
    lines = read_lines(tmp_path,
                       "Toiminto                                    Kertoja   Osallistujia\n"
                       "Infotilaisuudet (Pyhäjoki 4, Merijärvi 2)         6   148 osallistujaa\n"
                       "Rekrytointipäivät (yhdessä Raahen seudun\n"
                       "  TE-toimiston kanssa)                            2   96 osallistujaa\n"
                       "Koulutukseen siirtyneet                          12   -\n"
                       "Työkokeilut\n"
                       "  yrityksissä                                     4   -\n")
    assert "Rekrytointipäivät (yhdessä Raahen seudun TE-toimiston kanssa) | 2 | 96 osallistujaa" in lines
    assert "Työkokeilut" in lines  # a group's own title over its indented rows stays a line of its own


def test_columns_two_spaces_apart_are_found_from_the_rows_gutters(tmp_path: Path):
    lines = read_lines(tmp_path,
                       "Nelj.      Avoin  Palkkat.  Koul.  Työtön  Yht.\n"
                       "Q1/2012        0         0      0       0     1\n"
                       "Q2/2012        1         2      1       1     8\n"
                       "-----------------------------------------------\n"
                       "Yhteensä      14        19      9      18   104\n"
                       "% (n=104)   13,5      18,3    8,7    17,3 100,0\n")
    assert lines[0] == "Nelj. | Avoin | Palkkat. | Koul. | Työtön | Yht."
    assert lines[4:] == ["Yhteensä | 14 | 19 | 9 | 18 | 104", "% (n=104) | 13,5 | 18,3 | 8,7 | 17,3 | 100,0"]


def test_a_two_line_header_over_aligned_figures_is_one_row(tmp_path: Path):
    lines = read_lines(tmp_path,
                       "Kuukausi    Työttömät    Pitkäaikais-    Työttömyysaste\n"
                       "            työnhakijat  työttömät       % (hankealue)\n"
                       " 1/2013          268          71             14,6\n"
                       " 2/2013          262          72             14,3\n"
                       " 3/2013          255          70             13,9\n")
    assert lines[0] == "Kuukausi | Työttömät työnhakijat | Pitkäaikaistyöttömät | Työttömyysaste % (hankealue)"
    assert lines[1] == "1/2013 | 268 | 71 | 14,6"


def test_aligned_amounts_keep_their_thousands_spaces(tmp_path: Path):
    lines = read_lines(tmp_path, "Erä          Suunniteltu  Toteutunut\nHenkilöstö      120 000     110 430\n"
                                 "Muut             66 000      61 000\nYhteensä        186 000     171 430\n")
    assert lines[3] == "Yhteensä | 186 000 | 171 430"


def test_pdf_table_cell_wrapped_inside_a_word_is_joined(tmp_path: Path):
    """A narrow column wraps its header inside a word ('Yhteens' / 'ä'); the word comes back whole,
    while a cell wrapped between words keeps its space."""
    rows = ("| Tilanne 12/2015 | Mynämäki | Nousiainen | Masku | Yhteensä | % |\n|---|---|---|---|---|---|\n"
            "| Tutkintoon johtava koulutus | 14 | 6 | 11 | 31 | 5,9 |\n| Eläke | 8 | 4 | 5 | 17 | 3,2 |\n")
    render_pdf("# Arviointi\n\nAsiakkaiden tilanne kunnittain.\n\n" + rows, tmp_path / "t.pdf")
    text = read_document(tmp_path / "t.pdf").text
    assert "| Mynämäki | Nousiainen | Masku | Yhteensä | %\n" in text
    assert "Tutkintoon johtava koulutus | 14 | 6 | 11 | 31 | 5,9" in text


def test_pdf_table_header_wrapped_inside_a_word_whose_first_part_is_a_word(tmp_path: Path):
    """'Pitkäaikaistyöt' / 'tömät,' and 'Pohjois-Pohjan' / 'maa': the part before the break is a word too."""
    rows = ("| Neljännes | Aktivointiaste, kokeilualue | Pitkäaikaistyöttömät, kokeilualue | Aktivointiaste, "
            "Pohjois-Pohjanmaa |\n|---|---|---|---|\n| III/2012 | 22,4 | 612 | 24,1 |\n")
    render_pdf("# Arviointi\n\nTaulukko 2. Indikaattorit\n\n" + rows, tmp_path / "t.pdf")
    text = read_document(tmp_path / "t.pdf").text
    assert "| Pitkäaikaistyöttömät, kokeilualue | Aktivointiaste, Pohjois-Pohjanmaa" in text


def test_a_sentence_running_over_a_page_break_stays_one_paragraph():
    text, pages = join_pages(["toi säästöjä työmarkkinatuen kuntaosuudessa hankeaikana", "yhteensä noin 265 000 euroa.",
                              "Uusi luku alkaa."])
    assert "hankeaikana\nyhteensä" in text and "euroa.\n\nUusi" in text
    assert [text[p.char_start:p.char_end] for p in pages][1] == "yhteensä noin 265 000 euroa."


def test_an_amount_cut_at_its_thousands_space_by_a_page_break_is_one_number():
    text, _ = join_pages(["Palkkatukimäärärahoja käytettiin noin 74", "000 euroa.\n7 TOIMINNAN JATKUVUUS",
                          "Asiakkaita oli 96", "7 TOIMINNAN JATKUVUUS"])
    assert "noin 74 000 euroa." in text and "oli 96\n\n7 TOIMINNAN" in text


def test_e_mail_quote_markers_are_stripped_and_their_depth_kept(tmp_path: Path):
    path = tmp_path / "viestit.txt"
    path.write_text("Hei,\n\nasiakkaita oli 151.\n\n> Hei,\n>\n> Asiakkaat: 146\n>> Onko luku oikein?\n>>    "
                    "maksatushakemukset ovat 598 736 euroa.\n", encoding="utf-8")
    doc = read_document(path)
    assert ">" not in doc.text and "\nAsiakkaat: 146\n" in doc.text and "\nmaksatushakemukset ovat" in doc.text
    assert doc.quote_depth(doc.text.index("151")) == 0
    assert doc.quote_depth(doc.text.index("146")) == 1
    assert doc.quote_depth(doc.text.index("Onko")) == 2
