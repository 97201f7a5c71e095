"""The report's own project against the others a text speaks of: a press release on several closing
projects, an evaluation that compares two pilots, a review that lists other projects. Whole pipeline,
real spaCy model, rules only."""

from __future__ import annotations

import pytest

from extractor.extract import extract_document
from extractor.read import normalise
from extractor.records import Document, Page
from extractor.scope import project_scope
from extractor.segment import blocks


@pytest.fixture(scope="module")
def record(nlp):
    def run(text: str) -> dict:
        text = normalise(text)
        doc = Document("t.md", "t.md", "md", "0" * 64, text, (Page(1, 0, len(text)),))
        return extract_document(doc, use_model=False).to_json()
    return run


def values(rec: dict, group: str, key: str) -> set[tuple]:
    return {(i["kind"], i.get(key)) for i in rec[group]}


THREE_PROJECTS = """# Loimaan Työverstas-hanke päättyi: 38 asiakasta työllistyi

Samalla päättyivät myös Oripään Kotiväylä ja Pöytyän Nuoret eteenpäin.

Vuoden 2019 aikana päättyi neljä Varsinais-Suomen ELY-keskuksen rahoittamaa hanketta. Niissä oli mukana yhteensä noin 420 työnhakijaa.

Työverstas-hankkeen asiakkaina oli 2016–2019 yhteensä 116 loimaalaista. Heistä 38 työllistyi.

Työverstas-hankkeen kokonaiskustannukset olivat 356 200 euroa.

Oripään kunnan Kotiväylä-hanke (1.2.2017–30.9.2019) keskittyi maatalouden töihin. Hankkeessa oli 141 asiakasta, joista 52 työllistyi. Kustannukset olivat 402 900 euroa.

| Hanke | Kunta | Asiakkaita |
|---|---|---|
| Työverstas | Loimaa | 116 |
| Kotiväylä | Oripää | 141 |
| Nuoret eteenpäin | Pöytyä | 73 |

ELY-keskus on rahoittanut alueellaan 58 ESR-hanketta, joiden julkinen rahoitus on yhteensä noin 27 miljoonaa euroa.
"""


def test_a_press_release_on_several_projects_keeps_to_its_own(record):
    rec = record(THREE_PROJECTS)
    assert (rec["project"]["start_date"], rec["project"]["end_date"]) == ("2016", "2019")  # not Kotiväylä's
    assert rec["project"]["municipalities"] == ["Loimaa"]
    assert not any(i.startswith("Orip") for i in rec["project"]["implementers"])  # owner of another project
    assert values(rec, "participants", "count") == {("clients", 116)}
    assert ("employed", 38) in values(rec, "outcomes", "count")
    assert ("employed", 52) not in values(rec, "outcomes", "count")
    assert values(rec, "money", "eur") == {("total_cost", 356200)}


COMPARISON = """Arvioinnin tiivistelmä: Kivijalka
-hanke Ruovedellä

Vertailukohteena Virtain kaupungin Työhön-pilotti

Kivijalka (hankekoodi S21777) toimi Ruovedellä 2016–2018. Vertailukohteeksi valittiin Virtain Työhön-pilotti, jota kuvataan vain vertailutietona. Työhön-pilotti oli esillä myös seminaarissa, ja Työhön-pilotin raportti ilmestyi 2019.

| Tunnusluku | Kivijalka (Ruovesi) | Työhön (Virrat) |
|---|---|---|
| Asiakkaita | 88 | 61 |
| Työllistyneet | 27 | 15 |
"""


def test_a_compared_pilot_is_neither_the_name_nor_its_column(record):
    rec = record(COMPARISON)
    assert rec["project"]["name"].startswith("Kivijalka")
    assert values(rec, "participants", "count") == {("clients", 88)}
    assert ("employed", 27) in values(rec, "outcomes", "count")
    assert ("employed", 15) not in values(rec, "outcomes", "count")


def test_listed_projects_with_place_and_years_are_others(record):
    rec = record("Kaarisilta-hankkeessa oli 204 asiakasta Raahessa vuosina 2015–2017.\n\n"
                 "Muita alueen hankkeita:\n\n"
                 "- Rantapolku (Siikajoki, 2016–2019) valmensi nuoria. Asiakkaita oli 390.\n\n"
                 "- Pajakulma (Pyhäjoki, 2015–2018) kokeili yrityslähtöistä mallia, budjetti 1,2 milj. euroa.\n")
    assert values(rec, "participants", "count") == {("clients", 204)}
    assert rec["money"] == []


@pytest.mark.parametrize("text, several", [
    ("Vuonna 2020 päättyi kolme maakunnan työllisyyshanketta. Niissä oli yhteensä 370 asiakasta.", True),
    ("ELY-keskus rahoitti 64 ESR-hanketta, joiden julkinen rahoitus oli 31 milj. euroa.", True),
    ("Hankkeissa oli yhteensä 512 asiakasta.", True),
    ("Koonnin kattavuus: 38 hanketta 11 maakunnasta, yhteensä 9 412 asiakasta.", True),
    ("Asiakkaita oli 9 412 (kaikki hankkeet yhteensä).", True),
    ("Hankkeen kolmessa osahankkeessa oli yhteensä 212 asiakasta.", False),
    ("Asiakkaista 12 ohjattiin muihin hankkeisiin.", False),
    ("Hankkeessa oli 212 asiakasta.", False),
])
def test_figures_of_several_projects_together(nlp, text: str, several: bool):
    from extractor.segment import segment
    sentences = segment(text, nlp)
    scope = project_scope(text, "Polku")
    assert scope.several(sentences[-1]) is several


def test_a_wrapped_suffix_block_is_one_name_line():
    text = "Loppuraportti: Hyvä Kierre\n-hanke Urjalassa\n- Hankekoodi: S21111\n"
    assert [b.text for b in blocks(text)][1] == "-hanke Urjalassa"  # the PDF's line break stays a block
    from extractor.names import _candidates
    from extractor.segment import segment
    from extractor.nlp import load_pipeline
    cands = _candidates(text, segment(text, load_pipeline()))
    assert ("Hyvä Kierre", "suffix") in {(c.short, c.source) for c in cands}
    assert all(c.short != "Hankekoodi" for c in cands)  # a bullet '- Hankekoodi' is no wrapped suffix


ANNUAL_REPORT = """Puumalan Työtupa ry
Toimintakertomus vuodelta 2022

Sisällys
1 Yhdistys
2 Toiminta vuonna 2022
2.2 Saaristopolku – työtä ja osallisuutta Puumalassa
3 Talous

1 Yhdistys
Yhdistyksessä oli vuoden lopussa 184 jäsentä.

2 Toiminta vuonna 2022
2.1 Kierrätysmyymälä
Myymälä oli auki viitenä päivänä viikossa. Siellä asioi vuoden mittaan arviolta 6 800 asiakasta.

2.2 Saaristopolku – työtä ja osallisuutta Puumalassa
Saaristopolku oli Euroopan sosiaalirahaston osarahoittama hanke. Koko toteutusaikana hankkeessa oli
96 henkilöasiakasta. Hankkeen kokonaiskustannukset olivat 398 612 euroa.

Tulokset
Asiakkaista 21 työllistyi ja 11 aloitti opinnot.

3 Talous
Taulukko 1. Tuotot ja kulut, euroa
Erä | 2022 | 2021
Palkkatuet | 88 300 | 79 150
Kulut yhteensä | 427 999 | 430 118
"""


def test_a_project_section_of_an_annual_report_keeps_to_its_section(record):
    rec = record(ANNUAL_REPORT)
    assert values(rec, "participants", "count") == {("clients", 96)}
    assert values(rec, "money", "eur") == {("total_cost", 398612)}
    assert {("employed", 21), ("education", 11)} <= values(rec, "outcomes", "count")  # an unnumbered subsection


ANNUAL_REPORT_UNNUMBERED = """Rautjärven seurakunta – Toimintakertomus 2014

4.3 Diakoniatyö

Vuosi lyhyesti

Diakoniavastaanotolla kirjattiin vuoden aikana 1 386 asiakaskäyntiä.

Työn Siemen – seurakunnan ja kunnan yhteinen työllisyyshanke

Työn Siemen -hankkeeseen saatiin mukaan kahden vuoden aikana kaikkiaan 46 rautjärveläistä.

Mihin osallistujat päätyivät

Kun hanke päättyi, yhdeksän osallistujaa oli saanut työpaikan. Opiskelemaan lähti kuusi.
"""


def test_the_parts_under_an_unnumbered_project_heading_are_its_own(record):
    rec = record(ANNUAL_REPORT_UNNUMBERED)
    assert {("employed", 9), ("education", 6)} <= values(rec, "outcomes", "count")


def test_a_figure_about_another_named_thing_in_a_relative_clause_is_not_the_projects(record):
    rec = record("Työsilta-hankkeessa oli 164 asiakasta.\n\nSamassa tilaisuudessa esittäytyivät myös Närpiön "
                 "kaupungin Jobbspåret, jonka 96 asiakkaasta 29 työllistyi, sekä Kaskisten Satamapolku.")
    assert values(rec, "outcomes", "count") == set()
    assert values(rec, "participants", "count") == {("clients", 164)}



def test_a_reply_corrects_the_figures_of_the_message_it_quotes(nlp, tmp_path):
    from extractor.extract import extract
    path = tmp_path / "viestit.txt"
    path.write_text("Hei Jouni,\n\nkorjasin luvut. Asiakkaita oli kaikkiaan 151 eikä 146. Hankkeen toteutuneet "
                    "kokonaiskustannukset ovat 598 736 euroa. Pitkäaikaistyöttömiä oli joulukuussa 2013 "
                    "Kokemäellä 246 eikä 264.\n\nRiikka\n\n> Hei Jouni,\n>\n> Asiakkaat: 146\n> Kustannukset "
                    "yhteensä 612 480 euroa.\n> Pitkäaikaistyöttömät Kokemäellä: 187 (12/2010) ja 264 (12/2013).\n",
                    encoding="utf-8")
    rec = extract(str(path), use_model=False)[1].to_json()
    assert values(rec, "participants", "count") == {("clients", 151)}
    assert values(rec, "money", "eur") == {("total_cost", 598736)}
    assert values(rec, "indicators", "value") == {("long_term_unemployed", 246), ("long_term_unemployed", 187)}


def test_a_previous_project_named_in_apposition_is_another(record):
    rec = record("Ratas-hankkeessa oli 139 asiakasta. Heistä 41 prosenttia työllistyi.\n\nYhdistyksen edellinen "
                 "hanke Kyläverstas (2004–2006) tavoitti tuolloin 64 asiakasta, joista 11 työllistyi.")
    assert values(rec, "outcomes", "count") == {("employed", None)}
    assert {(i["kind"], i.get("base")) for i in rec["outcomes"]} == {("employed", 139)}


COMPILATION = """Liite 3. Hankekohtaiset tiivistelmät

Koonnin laatija: työ- ja elinkeinoministeriö, Työllisyys ja toimiva yhteiskunta -osasto. Tiedot ovat ELY-keskusten
toimittamia loppuraporttitietoja, ja luvut ovat hankkeen päättymishetken mukaisia. Koonti kattaa kaikki
ohjelmakauden 2014–2020 kuntien työllisyyshankkeet, joiden loppuraportti oli hyväksytty kesäkuuhun 2023 mennessä.

3.14 Radalta töihin (Kanta-Häme)

Talous

Kuntien omarahoitus yhteensä: 102 548 € (20 %), josta Hausjärvi 59 476 € ja Loppi 43

072 €

Asiakkaat ja toiminta

Asiakkaat yhteensä: 231

3.15 Kylätalkkari (Päijät-Häme)

Asiakkaat yhteensä: 88
"""


def test_a_wrapped_line_starting_with_digits_is_no_numbered_section():
    sections = project_scope(COMPILATION, "Radalta töihin").sections(COMPILATION)
    assert "Asiakkaat ja toiminta" in sections.own_headings
    assert "3.15 Kylätalkkari (Päijät-Häme)" not in sections.own_headings


STATISTICS_REVIEW = """TYÖLLISYYSKATSAUS – VAKKA-SUOMI

Työttömien työnhakijoiden määrä jäi selvästi edellisvuoden tasoa pienemmäksi. Suhteellisesti eniten työttömyys väheni
Pyhärannassa ja Taivassalossa.

Taulukko 1. Työttömät työnhakijat kuukauden lopussa

Kunta             12/2022   12/2021
Uusikaupunki          612       655
Laitila               241       262
Pyhäranta              58        66
Taivassalo             49        55
Vakka-Suomi         1 059     1 146

6 LAIVARANTA-HANKKEEN LOPPUTULOKSET

Laivaranta-hanke (S21638) päättyi 31.12.2022. Hanketta hallinnoivat Uudenkaupungin kaupungin työllisyyspalvelut, ja
Pyhärannan kunta oli mukana osatoteuttajana. Laivarannan valmentajat työskentelivät Uudessakaupungissa ja
Pyhärannassa kaikkiaan 198 asiakkaan kanssa.
"""


def test_other_towns_of_an_area_statistics_table_are_neither_places_nor_indicators(record):
    rec = record(STATISTICS_REVIEW)
    assert sorted(rec["project"]["municipalities"]) == ["Pyhäranta", "Uusikaupunki"]
    assert values(rec, "indicators", "value") == {("unemployed", 612), ("unemployed", 655), ("unemployed", 58),
                                                  ("unemployed", 66)}


def test_a_title_with_a_town_and_a_common_noun_before_the_name_still_finds_the_project():
    """'Multian työpaja Pajapirtti': the own name is found by its proper part; a place word cut off by a line
    break before '-hankkeena' is no other project."""
    text = ("Multian työpaja Pajapirtti\n\nVuoden 2012 alusta pajatoimintaa on toteutettu Pajapirtti – työpajapolku "
            "Multialla\n-hankkeena, joka kestää 1.1.2012–31.12.2014.")
    scope = project_scope(text, "Multian työpaja Pajapirtti")
    assert scope.names_own("Pajapirtin asiakkaat") and not scope.names_other(text)
