"""Segmentation: wrapped lines are joined into blocks, and table rows know their own table's header."""

from __future__ import annotations

import pytest

from extractor.read import normalise
from extractor.segment import LABEL, blocks, segment


@pytest.mark.parametrize("text, expected", [
    # an infographic: a short line's closing bracket ends it before the next figure
    ("143 asiakasta\naloitti valmennuksen (tavoite 120)\n41 työllistyi\neli 28,7 % asiakkaista",
     ["143 asiakasta aloitti valmennuksen (tavoite 120)", "41 työllistyi eli 28,7 % asiakkaista"]),
    # a hard-wrapped sentence whose next line starts with a day number is one block
    ("Hanke käynnistyi virallisesti\n14. kesäkuuta 2016, ja asiakkaita oli 80.",
     ["Hanke käynnistyi virallisesti 14. kesäkuuta 2016, ja asiakkaita oli 80."]),
    # a numbered list stays a list
    ("Tavoitteet:\n1. Työllistää asiakkaita\n2. Kehittää palveluja",
     ["Tavoitteet:", "1. Työllistää asiakkaita", "2. Kehittää palveluja"]),
    # after a full sentence a numbered line starts a list item even in lower case
    ("Tulokset olivat hyvät.\n3. kerran järjestetty messu", ["Tulokset olivat hyvät.", "3. kerran järjestetty messu"]),
    # a bullet item wrapped over two lines is one block; the next bullet is another
    ("- Hankkeeseen osallistui yhteensä 212\n  henkilöä, joista 80 naisia\n- Toinen kohta",
     ["- Hankkeeseen osallistui yhteensä 212   henkilöä, joista 80 naisia", "- Toinen kohta"]),
    # numbered section titles on lines of their own, a bracketed line still part of the title
    ("3 Toiminta vuonna 2022\n3.1 Kierrätysmyymälä\nMyymälä oli auki viitenä päivänä viikossa.\n"
     "3.3 Saaristopolku – työtä Puumalassa\n(ESR)\nSaaristopolku oli ESR-hanke.",
     ["3 Toiminta vuonna 2022", "3.1 Kierrätysmyymälä", "Myymälä oli auki viitenä päivänä viikossa.",
      "3.3 Saaristopolku – työtä Puumalassa (ESR)", "Saaristopolku oli ESR-hanke."]),
    # but a long wrapped line goes on into a line that starts with a number and a place name
    ("Hankkeen aikana valmennukseen osallistuneista työnhakijoista kertyi asiakkaita kaikkiaan\n45 Raahesta ja "
     "30 Siikajoelta.",
     ["Hankkeen aikana valmennukseen osallistuneista työnhakijoista kertyi asiakkaita kaikkiaan 45 Raahesta ja "
      "30 Siikajoelta."]),
    ("• työllistyi avoimille työmarkkinoille\nkaksitoista asiakasta\n• Muuta", 
     ["• työllistyi avoimille työmarkkinoille kaksitoista asiakasta", "• Muuta"]),
    # a capitalised line after a bullet is a paragraph of its own
    ("- kohta yksi\nHanke päättyi vuonna 2018.", ["- kohta yksi", "Hanke päättyi vuonna 2018."]),
    # a labelled value that wraps
    ("Rahoittaja: Pohjois-Savon ELY-keskus\nja Euroopan sosiaalirahasto",
     ["Rahoittaja: Pohjois-Savon ELY-keskus ja Euroopan sosiaalirahasto"]),
    # an abbreviation's period does not end the block
    ("Kustannukset olivat 1,1 milj.\neuroa vuonna 2019.", ["Kustannukset olivat 1,1 milj. euroa vuonna 2019."]),
    ("Asiakkaita oli n.\n300.", ["Asiakkaita oli n. 300."]),
    # a line that starts with a comma continues
    ("Asiakkaita oli paljon\n, heitä oli 1 688 vuoden lopussa.", ["Asiakkaita oli paljon , heitä oli 1 688 vuoden lopussa."]),
    # a full stop then a capital letter ends it
    ("Hanke päättyi.\nSeuraava kappale.", ["Hanke päättyi.", "Seuraava kappale."]),
    # table rows stand alone
    ("Vuosi | Asiakkaat\n2017 | 40", ["Vuosi | Asiakkaat", "2017 | 40"]),
    # a colon then a line in lower case goes on; a heading after a sentence's number does not
    ("Määrä laski:\nsyyskuussa 2022 heitä oli 118.", ["Määrä laski: syyskuussa 2022 heitä oli 118."]),
    ("Infotilaisuuksia järjestettiin 12.\n3.2 Ryhmät", ["Infotilaisuuksia järjestettiin 12.", "3.2 Ryhmät"]),
    # so does a semicolon then a line in lower case
    ("Hanke järjesti 8 rekrytointitapahtumaa;\nkävijöitä oli yhteensä n. 640.",
     ["Hanke järjesti 8 rekrytointitapahtumaa; kävijöitä oli yhteensä n. 640."]),
    # a labelled line of prose cut before its figure goes on; a short label's value does not
    ("Toteuma: Työkyvyn arviointiin tai ammatilliseen kuntoutukseen ohjattiin\n14 asiakasta. Loput jatkoivat.",
     ["Toteuma: Työkyvyn arviointiin tai ammatilliseen kuntoutukseen ohjattiin 14 asiakasta. Loput jatkoivat."]),
    ("Asiakkaat:\n14 asiakasta", ["Asiakkaat:", "14 asiakasta"]),
    # a line of items set apart by middle dots stands alone: an infographic's figure below it starts anew
    ("Tuloskortti 2020–2023 · Työtä ja osallisuutta Hämeenkyröön\n143 asiakasta\naloitti valmennuksen",
     ["Tuloskortti 2020–2023 · Työtä ja osallisuutta Hämeenkyröön", "143 asiakasta aloitti valmennuksen"]),
])
def test_blocks_join_wrapped_lines(text, expected):
    found = blocks(text)
    assert [b.text for b in found] == expected
    assert all(text[b.start:b.end].replace("\n", " ") == b.text for b in found)  # offsets stay true


@pytest.mark.parametrize("line, label", [
    ("Toteuttaja: Kemin kaupunki", "Toteuttaja"),
    ("Budjetti | 120 000 €", "Budjetti"),
    ("Aloituspäivä:1.9.2015", "Aloituspäivä"),
    ("ESR:n ja valtion osuus oli 80 prosenttia.", None),
    ("EU:n rahoitusosuus on 60 %.", None),
    ("TE-toimiston ja Kelan yhteistyö: 40 asiakasta", "TE-toimiston ja Kelan yhteistyö"),
])
def test_label_is_not_a_case_ending(line, label):
    m = LABEL.match(line)
    assert (m["label"].strip() if m else None) == label


def test_each_table_has_its_own_header(nlp):
    text = ("Asiakkaat vuosittain\n\n| Vuosi | Asiakkaita |\n|---|---|\n| 2017 | 40 |\n| 2018 | 55 |\n\n"
            "| Tilanne | Henkilöä | Osuus |\n|---|---|---|\n| Työllistyi | 30 | 31 % |\n")
    rows = {s.text.strip(): s for s in segment(text, nlp) if s.is_row}
    assert rows["| 2018 | 55 |"].columns == ("Vuosi", "Asiakkaita")
    assert rows["| Työllistyi | 30 | 31 % |"].columns == ("Tilanne", "Henkilöä", "Osuus")
    assert rows["| Työllistyi | 30 | 31 % |"].label == "Työllistyi"


def test_rows_of_one_table_share_the_header_and_caption(nlp):
    text = "Taulukko 2. Tulokset\nTilanne | Henkilöä\nTyöllistyi | 30\nOpiskelemaan | 12\n"
    rows = [s for s in segment(text, nlp) if s.is_row]
    assert {s.columns for s in rows} == {("Tilanne", "Henkilöä")}
    assert {s.caption for s in rows} == {"Taulukko 2. Tulokset"}


def test_a_rule_line_marks_the_header_but_not_the_total_row(nlp):
    text = ("Taulukko 3. Kustannukset, t€\n\nKustannuslaji | Suunniteltu | Toteutunut\n-----------------\n"
            "Henkilöstö | 437,0 | 417,8\nMuut | 174,8 | 167,1\n-----------------\nYhteensä | 611,8 | 584,9\n")
    rows = {s.text.split(" |")[0]: s for s in segment(text, nlp) if s.is_row}
    assert set(rows) == {"Kustannuslaji", "Henkilöstö", "Muut", "Yhteensä"}  # rule lines are no rows
    assert {rows[k].columns for k in rows} == {("Kustannuslaji", "Suunniteltu", "Toteutunut")}
    assert rows["Yhteensä"].caption == "Taulukko 3. Kustannukset, t€"


def test_a_numbered_title_is_a_heading_and_a_numbered_figure_is_not(nlp):
    text = ("2. Kävijät ja asiakkaat vuonna 2020\n\nAsiakkaita oli 96.\n\n1. Asiakkaita 142\n\n"
            "Heistä 30 työllistyi.\n")
    headings = {s.text: s.heading for s in segment(text, nlp)}
    assert headings["Asiakkaita oli 96."] == "2. Kävijät ja asiakkaat vuonna 2020"
    assert headings["Heistä 30 työllistyi."] == "2. Kävijät ja asiakkaat vuonna 2020"


def test_a_legend_names_the_abbreviated_columns(nlp):
    text = ("Nelj. | Avoin | Palkkat. | Yht.\nQ1/2012 | 1 | 2 | 3\nYhteensä | 14 | 19 | 33\n\n"
            "Avoin    = työllistyi avoimille työmarkkinoille\nPalkkat. = palkkatuettu työ\n")
    rows = [s for s in segment(normalise(text), nlp) if s.is_row and s.label == "Yhteensä"]
    assert rows[0].columns == ("Nelj.", "Avoin (työllistyi avoimille työmarkkinoille)",
                               "Palkkat. (palkkatuettu työ)", "Yht.")
    header = [s for s in segment(normalise(text), nlp) if s.is_row and s.label == "Nelj."]
    assert header[0].is_header_row and not rows[0].is_header_row


def test_a_figure_with_its_caption_beside_it_is_a_clause_not_a_row(nlp):
    text = ("17 | avoimille työmarkkinoille\n\n21,6 % → 33,8 % | Hämeenkyrön aktivointiaste\n\n"
            "15.00 | Seminaari päättyy\n")
    found = {s.text: s.is_row for s in segment(text, nlp)}
    assert found == {"17 | avoimille työmarkkinoille": False, "21,6 % → 33,8 % | Hämeenkyrön aktivointiaste": False,
                     "15.00 | Seminaari päättyy": True}


def test_a_first_row_of_figures_is_no_header(nlp):
    text = "  Kävijämäärä:          5 870 käyntiä\n  Eri kävijöitä (arvio):   n. 430 henkilöä\n"
    rows = [s for s in segment(normalise(text), nlp) if s.is_row]  # as read_document gives it
    assert [s.label for s in rows] == ["Kävijämäärä:", "Eri kävijöitä (arvio):"]
    assert {s.columns for s in rows} == {("", "")}


@pytest.mark.parametrize("text, expected", [
    # a number with its period before a capital ends a sentence (the tokenizer takes it for an ordinal)
    ("Naisia heistä oli 41. Lisäksi infoihin osallistui 240 henkeä.",
     ["Naisia heistä oli 41.", "Lisäksi infoihin osallistui 240 henkeä."]),
    ("Työllistyneitä oli 12. Heistä kolme oli naisia.", ["Työllistyneitä oli 12.", "Heistä kolme oli naisia."]),
    # an ordinal before a month, or in a list, does not
    ("Seminaari pidettiin 15. toukokuuta Oulussa.", ["Seminaari pidettiin 15. toukokuuta Oulussa."]),
    # a dash at a sentence end is a false split
    ("• Rekrytointitapahtuma 17.3.2016 — 95 hlö", ["• Rekrytointitapahtuma 17.3.2016 — 95 hlö"]),
    # prose after a colon that looks like a label is still split into its sentences
    ("Myös seudun luvut paranivat: Raahessa työttömiä oli 2019 enää 812. Työ jatkuu Polku 2 -hankkeessa.",
     ["Myös seudun luvut paranivat: Raahessa työttömiä oli 2019 enää 812.", "Työ jatkuu Polku 2 -hankkeessa."]),
    # a labelled field stays one line
    ("Toteutusaika: 1.3.2016–28.2.2019", ["Toteutusaika: 1.3.2016–28.2.2019"]),
    # a few words with no verb and no stop are the start of the next sentence, not one of their own
    ("STEA:n avustusta Kylävoima sai koko toiminta-ajalle yhteensä 298 000 euroa. Yhdistys kattoi loput.",
     ["STEA:n avustusta Kylävoima sai koko toiminta-ajalle yhteensä 298 000 euroa.", "Yhdistys kattoi loput."]),
])
def test_sentences(nlp, text: str, expected: list[str]):
    assert [s.text.strip() for s in segment(text, nlp)] == expected


def test_a_block_the_triage_skips_is_one_sentence(nlp):
    """Rules ask any token for its sentence (`token.sent`); a run left unparsed must answer too."""
    titles = "\n\n".join(f"Otsikko {i}" for i in range(12))
    text = normalise(titles + "\n\n    ”Satamapolku-hanke päättyy helmikuun lopussa. Tulokset ovat hyviä.”\n")
    quoted = [s for s in segment(text, nlp) if "helmikuun" in s.text]
    assert quoted and quoted[0].span.doc.has_annotation("SENT_START")
    assert all(tok.sent.text == quoted[0].span.text for tok in quoted[0].span)


def test_only_the_first_sentence_of_a_label_line_keeps_the_label(nlp):
    sents = segment("Tulokset lyhyesti: Asiakkaita oli 212. Heistä 40 työllistyi.", nlp)
    assert sents[0].label == "Tulokset lyhyesti" and len(sents) > 1
    assert all(s.label == "" for s in sents[1:])
