"""The number rules, family by family: money, participants, outcomes, indicators.

Each case is a short Finnish text run through the whole pipeline with the real spaCy model (rules
only), and the items of one group it must give. Positives and negatives for every family.
"""

from __future__ import annotations

import pytest

from extractor.extract import extract_document
from extractor.read import normalise, read_document
from extractor.records import Document, Page


@pytest.fixture(scope="module")
def items(nlp):
    """text -> {group: [item without evidence, ...]} (the nlp fixture loads the pipeline once)."""

    def run(text: str, group: str) -> list[dict]:
        text = normalise(text)  # as read_document gives it
        doc = Document("t.txt", "t.txt", "txt", "0" * 64, text, (Page(1, 0, len(text)),))
        record = extract_document(doc, use_model=False).to_json()
        return [{k: v for k, v in item.items() if k != "evidence"} for item in record[group]]
    return run


def kinds_values(found: list[dict], keys: tuple[str, ...]) -> set[tuple]:
    return {(i["kind"], *(i.get(k) for k in keys)) for i in found}


# --- money ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # savings and awards in running text
    ("Laskelman mukaan säästöt työmarkkinatuen kuntaosuudessa olivat hankkeen aikana noin 160 000 euroa.",
     {("savings", 160000)}),
    ("Hankkeen asiakkaiden työllistyminen pienensi työmarkkinatuen kuntaosuutta hankeaikana arviolta 310 000 euroa.",
     {("savings", 310000)}),
    ("Laskelman mukaan säästöt työllisyydenhoidon kustannuksissa olivat hankeaikana noin 310 000 euroa.",
     {("savings", 310000)}),
    ("Lisäksi hanke sai tuloksistaan tulospalkkiota 24 000 euroa.", {("award", 24000)}),
    # whose share: the municipality's is own funding, the state's and EU's public
    ("Rovaniemen kaupungin rahoitusosuus: 27 654 € (10 %)", {("own_funding", 27654)}),
    ("Kuntien rahoitusosuus on 89 700 euroa (20 %).", {("own_funding", 89700)}),
    ("EU:n ja valtion osuus kustannuksista oli 992 000 euroa (80 %).", {("public_funding", 992000)}),
    ("ESR- ja valtion rahoitus kattoi niistä 255 008 euroa (80 %) ja Kurikan kaupunki 63 752 euroa (20 %).",
     {("public_funding", 255008), ("own_funding", 63752)}),
    ("Siitä haetaan ESR- ja valtion rahoitusta 80 % eli 384 000 euroa.", {("public_funding", 384000)}),
    # the payer owning the share names its kind, whatever words come between
    ("Kuntien yhteenlaskettu rahoitusosuus oli 66 301 euroa eli 20 % kustannuksista.", {("own_funding", 66301)}),
    # the own share given with its share of the project's money, not the city's own spending elsewhere
    ("Palkkatukeen kaupunki käytti omaa rahoitustaan 412 000 euroa.\n\nHankkeen kokonaisbudjetti on 388 600 "
     "euroa. Kuntien omarahoitusosuus on 97 150 euroa (25 %).", {("total_cost", 388600), ("own_funding", 97150)}),
    # one budget figure is the total; yearly costs are not
    ("Hankkeen kokonaisbudjetti vuosille 2020–2022 on 598 000 euroa. Vuoden 2021 kustannukset olivat 201 450 euroa.",
     {("total_cost", 598000)}),
    ("Hyväksytty kustannusarvio korotetaan 421 000 eurosta 448 500 euroon.", {("total_cost", 448500)}),
    ("Hankkeeseen käytettiin runsaat 600 000 euroa.", {("total_cost", 600000)}),
    # a figure up to a date is cumulative: the realised cost beside the budget
    ("Hankkeen hyväksytty kustannusarvio oli 500 000 euroa. Toteutuneet kustannukset vuoden 2019 loppuun "
     "mennessä olivat 450 000 euroa.", {("budget", 500000), ("total_cost", 450000)}),
    # a planned table column is the budget, the realised one the cost
    ("Kustannukset (€)\nKustannuslaji | Budjetoitu | Toteutunut\nPalkat | 286 000 | 279 615\n"
     "Yhteensä | 372 000 | 356 420\n", {("total_cost", 356420), ("budget", 372000)}),
    # a '%' column is a share, not euros
    ("Rahoitus\nRahoittaja | € | %\nESR ja valtio | 391 000 | 85,0\nKuhmon kaupunki | 69 000 | 15,0\n",
     {("public_funding", 391000), ("own_funding", 69000)}),
    # a yearly series that sums to its last figure is one kind
    ("Laskelman mukaan kaupungille syntyi säästöjä vuonna 2011 noin 96 t€, vuonna 2012 noin 141 t€ ja "
     "vuonna 2013 noin 153 t€, eli koko hankeaikana yhteensä noin 390 t€.", {("savings", 390000)}),
    # a bare list item takes its kind from the lead-in
    ("Asiakkaiden palkkatukityöhön käytettiin hankkeen ulkopuolisia palkkatukimäärärahoja seuraavasti:\n"
     "- 2016: 104 000 €\n- 2017: 126 500 €\n- yhteensä 230 500 €\n", {("wage_subsidy_funds", 230500)}),
    # the unit over the row labels holds for the whole table; a copula's noun names the payer
    ("RAHOITUS (EUR)      Suunniteltu      Toteutunut\n  ESR- ja valtionrahoitus     212 000     196 914\n"
     "  Kuntarahoitus      53 000      50 404\n  Yhteensä      265 000      247 318",
     {("total_cost", 247318), ("budget", 265000), ("public_funding", 196914), ("own_funding", 50404)}),
    ("ESR:n ja valtion osuus toteutuneista kustannuksista oli 350 873 e (80 %) ja kuntien osuus 87 718 e (20 %).",
     {("public_funding", 350873), ("own_funding", 87718)}),
    # a ministry's money is public
    ("Kokeilun kustannukset olivat 0,92 milj. €. Työ- ja elinkeinoministeriön rahoitus kattoi niistä 0,69 milj. €.",
     {("total_cost", 920000), ("public_funding", 690000)}),
    # millions in words; what the project cost; a grant; the municipalities' own money
    ("Puoli miljoonaa euroa maksaneen hankkeen omarahoitusosuudeksi kaupungille jäi 100 000 euroa.",
     {("total_cost", 500000), ("own_funding", 100000)}),
    ("Yhdistyksen projektiin kului kaikkiaan vähän alle miljoona euroa.", {("total_cost", 1000000)}),
    ("RAY:n avustus oli kolmena vuonna yhteensä 246 000 euroa.", {("public_funding", 246000)}),
    ("Hankkeen toteutuneet kustannukset jäivät vajaaseen 700 000 euroon. Kuntien omaa rahaa siitä kului noin "
     "140 000 euroa.", {("total_cost", 700000), ("own_funding", 140000)}),
    ("Työmarkkinatuen kuntaosuudessa hankkeen arvioidaan tuottaneen kunnalle noin 96 000 euron säästöt.",
     {("savings", 96000)}),
    # the payer as the subject of the funding verb; the implementer's own share before the municipalities'
    ("Hankkeen kokonaiskustannukset olivat 598 300 euroa. Kaupunki rahoitti siitä 20 prosenttia eli 119 660 "
     "euroa, ja loput tulivat ESR:ltä ja valtiolta.", {("total_cost", 598300), ("own_funding", 119660)}),
    ("Taulukko 2. Rahoitus, €\nRahoituslähde | Toteutunut | Osuus %\nESR- ja valtion rahoitus | 430 714,34 | 72\n"
     "Kuntien rahoitus | 119 642,87 | 20\nYksityinen rahoitus (yhdistyksen omarahoitus) | 47 857,15 | 8\n",
     {("public_funding", 430714.34), ("own_funding", 47857.15)}),
    # two aligned lines of figures are no table with a header
    ("Kustannusarvio (hyväksytty)          286 000,00 €\nToteutuneet kustannukset          271 845,60 €\n",
     {("budget", 286000), ("total_cost", 271845.6)}),
    # a change decision's amount replaces the original; what was left unspent is no amount
    ("Alkuperäinen kustannusarvio oli 380 000 euroa, ja muutospäätöksellä se nostettiin 415 000 euroon. "
     "Toteutuneet kustannukset olivat 401 220 euroa.", {("budget", 415000), ("total_cost", 401220)}),
    ("Alkuperäisessä rahoituspäätöksessä kustannusarvioksi hyväksyttiin 418 000 euroa. Muutospäätöksellä "
     "kustannusarvio korotettiin 446 500 euroon. Toteutuneet kustannukset olivat 429 729,74 euroa.",
     {("budget", 446500), ("total_cost", 429729.74)}),
    ("Hankkeelle oli budjetoitu 486 000 euroa. Kustannukset jäivät 472 318 euroon, joten budjetista jäi "
     "käyttämättä 13 682 euroa.", {("budget", 486000), ("total_cost", 472318)}),
    # what remains for a payer to bear is its share; what a grant covered is the grantor's
    ("Kunnan maksettavaksi jäi 59 752,90 euroa.", {("own_funding", 59752.9)}),
    ("Kuntien omalle kukkarolle siitä jää vajaat 160 000 euroa.", {("own_funding", 160000)}),
    ("Kuluista 90 000 euroa katettiin Lapin ELY-keskuksen myöntämällä avustuksella.", {("public_funding", 90000)}),
    # municipalities paying, named by place or by a compound of 'kunta', or sharing the rest between them
    ("Toteutuneet kustannukset olivat 286 500 euroa. Loppuosasta, 71 625 eurosta, vastasivat Inkoo ja Siuntio.",
     {("total_cost", 286500), ("own_funding", 71625)}),
    ("Loput 71 284 euroa kustansivat toteuttajakunnat itse asukaslukujensa suhteessa.", {("own_funding", 71284)}),
    ("Kustannuksista 80 prosenttia eli 490 352 euroa katettiin EU:n ja valtion varoin. Loput 122 588 euroa "
     "jaettiin Sipoon ja Pornaisten kesken.", {("public_funding", 490352), ("own_funding", 122588)}),
    ("Kaupunki osallistui kustannuksiin 15 prosentin osuudella eli 47 796 eurolla.", {("own_funding", 47796)}),
    ("Kuntien rahoitus oli 140 483,60 euroa, josta Virolahti maksoi 85 695,00 ja Miehikkälä 54 788,60 euroa.",
     {("own_funding", 140483.6)}),  # what each of them paid is a part
    ("Kunnan oma panos, 59 752 euroa, katettiin työllisyydenhoidon määrärahasta.", {("own_funding", 59752)}),
    ("- ESR + valtio 75 % = 459 000 €\n- Kunnat yhteensä 25 % = 153 000 €",
     {("public_funding", 459000), ("own_funding", 153000)}),
    # by how much the project lowered the municipality's labour-market support cost is a saving
    ("Kunnan maksamat työmarkkinatuen kuntaosuudet jäivät hankkeen ansiosta noin 118 000 euroa pienemmiksi kuin "
     "ilman sitä olisi ollut.", {("savings", 118000)}),
    ("Kaupunki välttyi maksamasta työmarkkinatuen kuntaosuutta arviolta 96 000 euron edestä.", {("savings", 96000)}),
    ("Työmarkkinatuen kuntaosuuksia arvioidaan maksetun hankeaikana noin 96 000 euroa vähemmän kuin vuoden 2017 "
     "tasolla olisi kertynyt.", {("savings", 96000)}),
    ("Hanke kevensi Juuan kunnan työmarkkinatuen kuntaosuusmaksuja hankeaikana noin 52 000 eurolla.",
     {("savings", 52000)}),
    ("Arvion mukaan työmarkkinatuen kuntaosuuteen kohdistuneet menot olivat noin 48 000 euroa pienemmät kuin "
     "ilman projektia; kuntaosuutta maksettiin samana vuonna kaikkiaan noin 0,9 milj. euroa.", {("savings", 48000)}),
    # money set aside for the costs is the plan; of money set aside, the part used is the realised figure
    ("Pilotin kustannukset olivat yhteensä 236 380 euroa, kun talousarvioihin oli varattu 260 000 euroa.",
     {("total_cost", 236380), ("budget", 260000)}),
    ("Palkkatukityöllistämiseen oli varattu 150 000 euroa, josta käytettiin 131 200 euroa.",
     {("wage_subsidy_funds", 131200)}),
    # money set aside for the project (or 'it'), not for a wage subsidy, is its budget: the total when alone
    ("Hanke rahoitettiin kunnan omalla rahalla: kunnanvaltuusto varasi sille kahdelle vuodelle yhteensä 248 000 "
     "euroa.", {("total_cost", 248000)}),
    ("Kaupunginvaltuusto varasi hankkeelle 120 000 euroa. Palkkatukeen varattiin lisäksi 150 000 euroa.",
     {("total_cost", 120000), ("wage_subsidy_funds", 150000)}),
    # a figure per year is no fact, and estimating is no cost estimate
    ("Säästövaikutuksen arvioidaan olleen koko toteutusaikana n. 95 t€ (n. 30–35 t€/v).", {("savings", 95000)}),
    # a budget range and the plan's total beside the realised one
    ("Budjetti: 250 000–500 000 €\n\nRahoituslähde | Suunniteltu | Toteutunut\nYhteensä | 428 000 | 397 778\n",
     {("budget", None), ("budget", 428000), ("total_cost", 397778)}),
    # what was granted beside what was realised is the plan: the budget, not public funding
    ("Taulukko 2. Rahoitus, euroa\nRahoituslähde | Myönnetty | Toteutunut | Osuus\nESR ja valtio | 372 000 | 334 924 | "
     "80 %\nKuntien rahoitus | 93 000 | 83 731 | 20 %\nYhteensä | 465 000 | 418 655 | 100 %\n",
     {("public_funding", 334924), ("own_funding", 83731), ("budget", 465000), ("total_cost", 418655)}),
    # a label names the first amount of its line; those after 'josta' have their own words
    ("Kokonaisbudjetti: 318 500 €, josta ESR- ja valtion rahoitus 254 800 € (80 %) ja Iitin kunnan osuus 63 700 €",
     {("total_cost", 318500), ("public_funding", 254800), ("own_funding", 63700)}),
    # the payer that owns 'osuus' names the kind, not the costs it is a share of; 'sen osuus' the payer before
    ("Hankkeen toteutuneet kokonaiskustannukset olivat 371 906 euroa. Julkisen rahoituksen (ESR ja valtio) osuus "
     "toteutuneista kustannuksista oli 297 525 euroa (80 %).", {("total_cost", 371906), ("public_funding", 297525)}),
    ("Rahoitus tuli Keski-Suomen ELY-keskuksesta Euroopan sosiaalirahaston ja valtion varoista, ja sen osuus "
     "kustannuksista oli 75 prosenttia eli 215 205 euroa.", {("public_funding", 215205)}),
    ("Toteutuneet kustannukset olivat 498 730 €, josta ESR- ja valtion rahoituksen osuus oli 80 % eli 398 984 € ja "
     "kuntien rahoitusosuus 20 % eli 99 746 €.",
     {("total_cost", 498730), ("public_funding", 398984), ("own_funding", 99746)}),
    # an amount to the cent is money without a unit word
    ("Kuntien yhteenlaskettu rahoitusosuus on 65 206,79 eli viidennes hyväksytyistä kustannuksista.",
     {("own_funding", 65206.79)}),
    # eligible costs are costs; what the instalments paid so far is a part of the grant
    ("Tarkastuksen perusteella hankkeen tukikelpoisiksi kustannuksiksi hyväksytään 326 033,94 euroa.",
     {("total_cost", 326033.94)}),
    ("Hankkeelle myönnettiin ESR- ja valtion rahoitusta 260 827,15 euroa. Maksatuksissa 1–6 on maksettu tukea "
     "yhteensä 222 425,04 euroa.", {("public_funding", 260827.15)}),
    # a row labelled 'Kuntaosuus' is own funding; the municipalities' parts of it after their names are parts
    ("Taulukko 2. Kustannukset ja rahoitus, euroa\nErä | Hankesuunnitelma | Toteutunut\n"
     "Kustannukset yhteensä | 540 000,00 | 497 316,85\nKuntaosuus 20 % | 108 000,00 | 99 463,37\n\n"
     "Kuntaosuus jaetaan jäsenkuntien asukaslukujen suhteessa: Pedersöre 56 % (55 699,49 €), Kruunupyy 24 % "
     "(23 871,21 €) ja Luoto 20 % (19 892,67 €).",
     {("budget", 540000), ("total_cost", 497316.85), ("own_funding", 99463.37)}),
    # the items indented under a slide's bullet: a share the parser cut from its payer, a saving under its lead
    ("• Toteutuneet kustannukset yhteensä 318 640 €\n   – ESR + valtio 80 % = 254 912 €\n"
     "• Säästö työmarkkinatuen kuntaosuudessa:\n   – koko hankeaikana (24 kk) n. 99 600 €\n",
     {("total_cost", 318640), ("public_funding", 254912), ("savings", 99600)}),
    # a ministry's grant covering a share of the costs is public funding, not the costs
    ("Kokeilun toteutuneet kokonaiskustannukset olivat 1 286 400 euroa. Työ- ja elinkeinoministeriön "
     "valtionavustus kattoi kustannuksista 40 prosenttia eli 514 560 euroa.",
     {("total_cost", 1286400), ("public_funding", 514560)}),
    # the rest of a split amount is a share of it, whatever cue the sentence before gives the amount
    ("Hankkeen toteutuneet kokonaiskustannukset olivat 412 680 euroa. Siitä 330 144 euroa eli 80 prosenttia "
     "katettiin Euroopan sosiaalirahaston ja valtion rahoituksella, ja loput 82 536 euroa maksoivat Uusikaupunki "
     "ja Pyhäranta omarahoituksena.",
     {("total_cost", 412680), ("public_funding", 330144), ("own_funding", 82536)}),
    # a realised row estimated before the accounts closed, under the cost estimate
    ("Talous\n\n|Erä|€|\n|---|---|\n|Kustannusarvio|742 000|\n|Toteutunut (arvio 31.8.)|n. 698 000|\n",
     {("budget", 742000), ("total_cost", 698000)}),
    # amounts in number words with their scale ('tuhatta', 'tuhanteen', 'miljoonaa') and euros, in any case
    ("Hankkeen budjetti oli kolmesataaneljäkymmentä tuhatta euroa. Lopulliset luvut valmistuvat vasta "
     "loppuraporttiin, mutta näillä näkymin kokonaiskustannukset jäävät noin kolmeensataankahteentoista tuhanteen "
     "euroon.", {("budget", 340000), ("total_cost", 312000)}),
    # a cost said to be included in the costs is a part; the costs of a renovation are not the project's
    ("Hankkeen toteutuneet kokonaiskustannukset olivat 438 740 euroa. Ylikansallisen toiminnan kustannukset, "
     "yhteensä 21 600 euroa, sisältyvät kokonaiskustannuksiin.", {("total_cost", 438740)}),
    ("Suurin investointi oli liikuntasalin peruskorjaus, jonka toteutuneet kustannukset olivat 1,31 milj. euroa. "
     "Hankkeen toteutuneet kokonaiskustannukset olivat 216 940 euroa.", {("total_cost", 216940)}),
    # a relative clause on the cue puts no distance between it and the amount
    ("Omarahoitusta, jonka maksoivat Ruskon kunta ja Turun ammattikorkeakoulu, kertyi 87 748 euroa (20 %).",
     {("own_funding", 87748)}),
    # a payer named by a compound of a payer's word ('koulutuskuntayhtymä')
    ("Rahoitus: ESR- ja valtion rahoitus 265 019 € (80 %), Kalajokilaakson koulutuskuntayhtymä 39 753 € (12 %).",
     {("public_funding", 265019), ("own_funding", 39753)}),
    # a table row of a new project's money is that project's
    ("Taulukko 2. Määrärahat 2021, euroa\n\n| Menoerä | Euroa |\n|---|---|\n| Kuntalisä | 18 000 |\n"
     "| Uuden ESR+-hankkeen omarahoitus | 26 000 |\n\nHankkeen toteutuneet kustannukset olivat 214 960 euroa ja "
     "kunnan omarahoitus 42 992 euroa.\n", {("total_cost", 214960), ("own_funding", 42992)}),
])
def test_money(items, text: str, expected: set):
    assert kinds_values(items(text, "money"), ("eur",)) == expected


@pytest.mark.parametrize("text", [
    "Kokkola maksoi työmarkkinatuen kuntaosuutta vuonna 2011 yhteensä 2,4 milj. euroa.",  # the city's cost
    "Kustannukset asiakasta kohden olivat noin 3 390 euroa.",  # per person
    "Sain palkkatukipaikan sahalta, tuntipalkka oli 11,20 euroa.",  # a wage per hour
    "Kunta maksoi kuntalisää 250 euroa kuukaudessa jokaisesta palkatusta.",  # per month
    "Hanke alitti kustannusarvionsa noin 27 000 eurolla.",  # a difference
    "Hankkeen kustannukset jäivät noin 34 000 euroa alle hyväksytyn budjetin.",
    "Hankkeen toteutuneet kustannukset jäivät noin 37 000 euroa hyväksyttyä kustannusarviota pienemmiksi.",
    "Vuoden 2020 talousarvioesityksessä työllisyyspalveluille esitetään 450 000 euron määrärahaa.",
    "Hankkeen toteutuneet kustannukset jakautuivat seuraavasti: henkilöstökulut 420 000 euroa, "
    "ostopalvelut 45 000 euroa ja muut kulut 30 000 euroa.",  # parts of the costs
    "Työpolku Forssan seudulla -hanke päättyi. Hankkeessa kehitetty malli jatkuu Työpolku II -hankkeessa, "
    "jonka kokonaisbudjetti on 520 000 euroa.",  # another project's money
    "Jatkohankkeen budjetti on 540 000 euroa.",  # the follow-up's
    "Jatkohankkeen hakemus on valmisteilla, ja sen suunniteltu budjetti olisi noin 180 000 euroa.",  # its application
    "Tekemisen Tupa -hanke päättyi. Haimme avustusta uuteen Tupa jatkuu -hankkeeseen: sen kolmen vuoden "
    "kokonaisbudjetti on 180 000 euroa.",  # a successor named by a word of the name
    "Maakuntaan kohdistui ohjelmakaudella ESR-rahoitusta noin 190 milj. euroa.",  # a programme's money
    "Iitin työllisyyspalvelujen koko vuosibudjetti on noin 1,1 miljoonaa euroa.",  # an organisation's budget
    "• Uusi hakemus ESR+ -rahoitukseen (haku 5/2023), suunniteltu budjetti n. 400 000 €",  # the next project's
    # what a figure concerns, told after it
    "Kaupunginjohtaja totesi, että toteutuneet kustannukset jäivät alle hyväksytyn kustannusarvion ja että "
    "620 000 euron summa koskee haettavaa jatkohanketta.",
])
def test_money_rejects(items, text: str):
    assert items(text, "money") == []


def test_a_text_about_the_project_with_a_fact_box_at_its_end_has_no_sections(items):
    text = ("Webinaarin satoa: kylistä kohti työtä\n\nWebinaarin pääesimerkkinä oli Kylävoima-hanke. Kylävoima "
            "käynnistyi maaliskuussa 2019.\n\nKylävoiman projektikoordinaattori kertoi tuloksista.\n\n"
            "Raha ja vertaisohjaajat\n\nKylävoima sai koko toiminta-ajalle avustusta 298 000 euroa. Yhdistys "
            "kattoi itse noin 15 700 euroa, joten toiminnan kokonaiskustannukset olivat vajaat 314 000 euroa.\n\n"
            "Kylävoima lyhyesti\n\nToteuttaja: Itä-Savon Työ ja Toiminta ry\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("public_funding", 298000), ("own_funding", 15700),
                                                            ("total_cost", 314000)}


def test_a_budget_of_a_year_after_the_project_is_not_its_money(items):
    text = ("Hanke toimi 2.9.2019–31.8.2022. Hankkeen toteutuneet kokonaiskustannukset olivat 486 250 euroa.\n\n"
            "Vuoden 2023 talousarviossa työllisyydenhoidon määrärahoja on yhteensä 650 000 euroa, josta kaupungin "
            "oman palkkatuen osuus on 210 000 euroa.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 486250)}
    # the day a later decision was made does not date the costs it states
    text = ("Hanke toimi 1.9.2012–31.12.2014. ELY-keskuksen 9.3.2015 tekemän loppumaksatuspäätöksen mukaan "
            "toteutuneet kokonaiskustannukset olivat 312 905,60 euroa.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 312905.6)}
    # an undated sentence in a paragraph that opens with something starting after the project
    text = ("Hanke toimi 1.3.2017–29.2.2020. Hankkeen toteutuneet kokonaiskustannukset olivat 624 300 euroa.\n\n"
            "Toimintamallia jatketaan 1.4.2020 alkavassa Pielisen Työvoimala -hankkeessa. ELY-keskus on myöntänyt "
            "kaksivuotiselle hankkeelle rahoituksen, ja sen kokonaisbudjetti on 395 000 euroa.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 624300)}


def test_one_of_a_group_is_an_example_not_a_count(items):
    text = ("Hankkeeseen osallistui 186 henkilöä.\n\n- 47 osallistujaa työllistyi: 29 avoimille työmarkkinoille ja "
            "18 palkkatuella.\n\nYksi palkkatuella työllistyneistä on 56-vuotias Jukka.")
    assert ("employed_subsidised", 18) in kinds_values(items(text, "outcomes"), ("count",))
    assert ("employed_subsidised", 1) not in kinds_values(items(text, "outcomes"), ("count",))


def test_a_further_saving_is_a_second_item(items):
    text = ("Arviointijakson aikana työmarkkinatuen kuntaosuus pieneni 210 000 eurolla. Lisäksi säästöä kertyi "
            "arviolta 95 000 euroa toimeentulotuen menoista.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("savings", 210000), ("savings", 95000)}


def test_a_letters_greeting_before_the_projects_story_makes_no_sections(items):
    text = ("Yrityskirje 1/2014 · julkaistu 11.2.2014\n\nHyvä työnantaja – kiitos, että avasitte ovenne!\n\n"
            "Tämä kirje lähtee kaikille Kruunupyyn ja Luodon yrityksille ja yhdistyksille, jotka ovat viime vuosina "
            "ottaneet meiltä vastaan työkokeilijan, harjoittelijan tai palkkatuetun työntekijän. Kerromme, mitä "
            "yhteistyöstä saatiin aikaan, mikä muuttuu palkkatuessa ja mitä keväällä on tulossa.\n\n"
            "Työnantajasilta on nyt maalissa\n\nElokuussa 2011 käynnistynyt Työnantajasilta – Arbetsgivarbron -hanke "
            "tuli päätökseensä joulukuussa 2013. Hankkeen "
            "palveluihin ohjattiin 133 työnhakijaa.\n\nMitä yhteistyöstä jäi käteen?\n\nSuurin osa yrityksistä oli "
            "pieniä perheyrityksiä, ja noin puolet paikoista löytyi maatiloilta, veneveistämöistä ja kaupan alalta. "
            "Moni työnantaja kertoi, että kokeilu madalsi kynnystä palkata pitkään työttömänä ollut, ja useampi "
            "palkkasi kokeilijan jakson jälkeen omalla rahallaan.\n\nKokonaiskustannukset "
            "olivat 356 000 euroa, ja kuntien omarahoitusosuus oli 89 000 euroa.\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 356000), ("own_funding", 89000)}


def test_a_bracketed_line_cut_from_above_does_not_end_the_projects_section(items):
    text = ("ENONTEKIÖN KUNTA | PÖYTÄKIRJA 12/2014\n\nKunnanhallitus\n\nSaapuvilla olleet jäsenet\n\n"
            "Äänestyksessä annettiin 5 JAA-ääntä ja 2 EI-ääntä.\n\nLIITE 3\n\n"
            "TUNTURIVÄYLÄ – TYÖTÄ JA OSALLISUUTTA ENONTEKIÖLLE\n\nHenkilöstö: | työvalmentaja 100 %\n"
            "                    (1.5.2012 alkaen)\n\nAsiakkaat\n\nHankkeessa oli mukana 71 enontekiöläistä. "
            "Hetan ulkopuolisista kylistä tuli 29 asiakasta.\n\nKustannukset ja rahoitus\n"
            "Toteutuneet kokonaiskustannukset | 318 472 €\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 318472)}
    # those who came from some villages are a part of the clients
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 71)}


def test_a_comparison_table_keeps_the_projects_own_column(items):
    text = ("Taitoluotsi – työllisyyspilotti Kemiönsaarella käynnistyi maaliskuussa 2016. Työpolku (Parainen, S21588) "
            "on Paraisten kaupungin oma hanke.\n\nTaulukko 1. Pilottien keskeiset luvut\n"
            "Mittari | Taitoluotsi (Kemiönsaari) | Työpolku (Parainen) | Askel (Sauvo)\n"
            "Asiakkaita | 164 | 231 | 58\nTyöllistyneitä | 41 (25,0 %) | 67 (29,0 %) | 11 (19,0 %)\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 164)}
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == {("employed", 41, 25.0)}


def test_a_rule_line_under_a_header_without_a_label_cell_keeps_its_columns(items):
    text = ("Taulukko 2. Talousarvio ja toteutuneet kustannukset (euroa)\n\n"
            "                                   Talousarvio    Toteutunut\n"
            "  -----------------------------------------------------------\n"
            "  Henkilöstökulut                     132 000       124 870\n"
            "  Muut kulut                            6 000         4 050\n"
            "  -----------------------------------------------------------\n"
            "  Yhteensä                            186 000       171 430\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("budget", 186000), ("total_cost", 171430)}


def test_a_blank_line_inside_a_table_keeps_its_column_headers(items):
    text = ("Taulukko 2. Kustannukset ja rahoitus (€)\n\n"
            "                              Suunniteltu     Toteutunut\n"
            "  Henkilöstökustannukset          720 000        688 415\n"
            "  Kustannukset yhteensä           952 800        895 515\n\n"
            "  ESR- ja valtion rahoitus        762 240        716 412\n"
            "  Kuntien rahoitus                190 560        179 103\n")
    found = kinds_values(items(text, "money"), ("eur",))
    assert {("public_funding", 716412), ("own_funding", 179103)} <= found
    assert not {("public_funding", 762240), ("own_funding", 190560)} & found


def test_a_public_total_with_the_municipalities_money_is_not_the_grant(items):
    text = ("Taulukko 2. Rahoitussuunnitelma ja toteutunut rahoitus\n"
            "Rahoituslähde | Suunnitelma, € (%) | Toteutunut, € (%)\n"
            "EU- ja valtion rahoitus yhteensä | 384 225,00 (75,0) | 366 536,45 (75,0)\n"
            "Naantalin kaupunki | 76 845,00 (15,0) | 74 284,72 (15,2)\n"
            "Maskun kunta | 35 861,00 (7,0) | 34 698,78 (7,1)\n"
            "Julkinen rahoitus yhteensä | 496 931,00 (97,0) | 475 519,95 (97,3)\n"
            "Rahoitus yhteensä | 512 300,00 (100,0) | 488 715,26 (100,0)\n")
    found = items(text, "money")
    assert ("public_funding", 366536.45, 75.0) in kinds_values(found, ("eur", "share_pct"))
    assert not any(i["kind"] == "public_funding" and i["eur"] == 475519.95 for i in found)
    assert not any(i.get("eur", 100) < 100 for i in found)  # the bracketed shares are no amounts


def test_a_share_before_its_amount_after_a_comma_names_it(items):
    text = ("Hankkeen kokonaiskustannukset olivat 286 000 euroa.\n\nRahoitus jakautui näin:\n"
            "- Yhdistyksen oma osuus 5 %, reilut 14 tuhatta euroa, joka katettiin talkootyöllä")
    assert ("own_funding", 14000) in kinds_values(items(text, "money"), ("eur",))


def test_a_round_amount_restated_exactly_gives_way(items):
    text = "Kokonaiskustannukset jäivät vähän alle 300 000 euron, tarkalleen 297 960 euroon."
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 297960)}


def test_a_range_of_savings_is_savings_not_a_budget(items):
    text = ("Hankkeen ansiosta saavutettiin työmarkkinatuen kuntaosuudessa arviolta 45 000–65 000 euron vuotuiset "
            "säästöt.")
    assert [(m["kind"], m.get("eur_min"), m.get("eur_max")) for m in items(text, "money")] == \
        [("savings", 45000, 65000)]
    assert [m["kind"] for m in items("Budjetti: 100000–250000 €", "money")] == ["budget"]


def test_the_payers_parts_give_way_to_their_sum(items):
    text = ("Rahoitus\nRahoittaja | € | %\nESR ja valtio (Lapin ELY-keskus) | 131 194 | 70 %\nRanuan kunta | 37 484 | 20 %\n"
            "Posion kunta | 18 742 | 10 %\nYhteensä | 187 420 | 100 %\n\nEU:n ja valtion osuus oli siis "
            "seitsemänkymmentä prosenttia, ja kunnat maksoivat loput kolmekymmentä prosenttia eli yhteensä 56 226 euroa.")
    assert ("own_funding", 56226.0, 30.0) in kinds_values(items(text, "money"), ("eur", "share_pct"))


def test_a_budget_under_a_heading_of_other_projects_is_theirs(items):
    text = ("Nousu-hanke päättyi.\n\nHankkeen tiedot\n\nBudjetti: 486 300 €\n\nMuita hankkeita\n\n"
            "Jokilaakson yrittäjyyspolku – Ylivieskan, Sievin, Oulaisten ja Kalajoen yhteinen yrittäjyyshanke "
            "2019–2022, budjetti 1,2 milj. €.\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 486300.0)}


def test_the_money_of_projects_counted_and_pointed_back_to_is_theirs(items):
    text = ("Hankkeen toteutuneet kustannukset olivat 684 300 euroa. Siitä ESR:n ja valtion rahoitus kattoi 80 prosenttia "
            "eli 547 440 euroa.\n\nTyöllisyyttä ja työvoiman liikkuvuutta edistäviä hankkeita on 41, ja niiden ESR- ja "
            "valtionrahoitus on noin 17,3 miljoonaa euroa.\n")
    assert ("public_funding", 547440.0) in kinds_values(items(text, "money"), ("eur",))
    assert ("public_funding", 17300000.0) not in kinds_values(items(text, "money"), ("eur",))


def test_a_stipend_with_an_honour_is_an_award(items):
    text = "Rantapolku palkittiin työllisyysteko-tunnustuksella, ja sen mukana tuli 3 000 euron stipendi."
    assert kinds_values(items(text, "money"), ("eur",)) == {("award", 3000)}


@pytest.mark.parametrize("text, expected", [
    ("Kaupungin omarahoitusosuus oli 20 prosenttia. Hankkeen kokonaiskustannukset olivat 400 000 euroa.",
     {"kind": "own_funding", "eur": 80000, "share_pct": 20.0}),
    ("Kuntien osuus rahoituksesta oli 15 % ja ESR:n ja valtion 85 %. Kokonaiskustannukset olivat 600 000 euroa.",
     {"kind": "own_funding", "eur": 90000, "share_pct": 15.0}),
])
def test_share_without_amount_is_derived_from_the_total(items, text: str, expected: dict):
    assert expected in items(text, "money")


# --- participants -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Palvelun piirissä oli hankkeen aikana 212 asiakasta.", {("clients", 212)}),
    ("Hanke tavoitti kolmessa vuodessa 180 nuorta.", {("clients", 180)}),
    ("Kolmen vuoden aikana tavoitettiin 146 pitkään työttömänä ollutta.", {("clients", 146)}),
    ("Asiakkuuksia kertyi hankeaikana yhteensä 146.", {("clients", 146)}),
    ("Hankkeen asiakkaiksi ohjautui 96 työnhakijaa.", {("clients", 96)}),
    ("Asiakkaita: 112 (tavoite 100)", {("clients", 112)}),
    ("Asiakkaita oli kaiken kaikkiaan 173, eli tavoitteesta jäätiin jonkin verran.", {("clients", 173)}),
    ("Palveluihin ohjattiin hankkeen aikana 96 henkilöä.", {("clients", 96)}),
    ("Hanke järjesti neljä infotilaisuutta. Niihin osallistui kaikkiaan 410 kävijää.", {("attendees", 410)}),
    ("Hankkeen asiakkuuteen otettiin 204 työnhakijaa. Lisäksi hankkeen ryhmätoimintaan osallistui kaikkiaan "
     "36 ruotsinkielistä mustasaarelaista.", {("clients", 204)}),
    ("Hankkeen palveluja käytti kolmisenkymmentä pitkään työtöntä.", {("clients", 30)}),
    ("Hankkeessa aloitti kaikkiaan 68 valmentautujaa.", {("clients", 68)}),
    ("Järjestimme 12 rekrytointitapahtumaa, joissa kävi noin 900 vierailijaa.", {("attendees", 900)}),
    # visitors counted before their number; participations in the groups, each one a person taking part
    ("• Avoimet ovet -päivät kunnantalolla: 6 kertaa, kävijöitä n. 260", {("attendees", 260)}),
    ("Tupakahveissa, liikuntaryhmässä ja digiklinikalla kirjattiin kahdessa vuodessa yhteensä 412 "
     "osallistumiskertaa.", {("attendees", 412)}),
    ("Ryhmiin osallistuttiin hankkeen aikana yhteensä 1 240 kertaa (Pihapiiri 2019a, 10).", {("attendees", 1240)}),
    # a pronoun that stands for events named before
    ("Hanke järjesti lisäksi 14 avointa infotilaisuutta kirjastoissa. Niihin osallistui yhteensä noin 560 henkeä.",
     {("attendees", 560)}),
    ("Tilaisuuksia pidettiin 24 ja niihin osallistui 380 henkilöä.", {("attendees", 380)}),
    ("Hanke järjesti messuja. Hankkeen asiakkaita oli 200, joista 40 työllistyi.", {("clients", 200)}),
    ("Hanke järjesti neljä työnantaja-aamiaista, joille osallistui yhteensä 86 yrittäjää.", {("attendees", 86)}),
    # a table of events: the people column holds attendees, the count column events
    ("Taulukko 3. Hankkeen järjestämät tapahtumat\nTapahtuma | Osallistujia | Tapahtumia, kpl\n"
     "Rekrytointitapahtumat | n. 740 | 9\nTyönantajaillat | 112 | 6\n", {("attendees", 740), ("attendees", 112)}),
    # a list whose lead-in is about results, not targets
    ("Hankkeen todellinen vaikuttavuus näkyy muissa tuloksissa:\n- hankkeeseen osallistui 150 asiakasta",
     {("clients", 150)}),
    # a space-aligned table whose row leaves the target column empty: the figure is the realised one
    ("TULOKSET                        Tavoite      Toteutunut\n  Osallistujat yhteensä       80      97\n"
     "  Keskeyttäneet                          6", {("clients", 97)}),
    # of the people referred, those who then started or whom the report calls its clients
    ("TE-toimisto ohjasi hankkeeseen kaikkiaan 163 työnhakijaa. Alkuhaastattelun jälkeen 131 heistä sitoutui "
     "valmennukseen. Vuoden 2010 lopussa asiakkaana oli 58 henkilöä.", {("clients", 131)}),
    ("Hankkeeseen ohjattiin kolmessa vuodessa yhteensä 186 henkilöä. Kaikki eivät aloittaneet: henkilökohtaisen "
     "suunnitelman laati ja palveluun sitoutui 152 henkilöä. Palvelun päätti hankeaikana 96 asiakasta.",
     {("clients", 152)}),
    ("Sosiaalityö ohjasi hankkeeseen 142 asiakasta. Hankkeen asiakkaiksi laskemme nämä 117 henkilöä.",
     {("clients", 117)}),
    # a row label that is a participle of joining; a count whose later paths are told is of clients
    ("Indikaattori | Miehet | Naiset | Yhteensä\nHankkeeseen osallistuneet | 78 | 49 | 127\n", {("clients", 127)}),
    ("Työpaja Verstas: 61 nuorta, joista 22 jatkoi koulutukseen.", {("clients", 61)}),
    # the verb of attending has an event as its place, however far the people are from it
    ("Rekrytointi-infoihin, joita hanke järjesti yhdessä TE-toimiston kanssa, osallistui yli 200 kuntalaista.",
     {("attendees", 200)}),
    ("Avoimet ovet -päivään tuli noin 140 kävijää, ja joulumyyjäisissä vieraili lähes 300 ihmistä.",
     {("attendees", 140), ("attendees", 300)}),
    ("Kymmeneen työnhakuinfoon osallistui 83 henkilöä.", {("attendees", 83)}),
    # a list of events, one line each; a dash does not end the sentence
    ("Järjestetyt tapahtumat:\n• Rekrytointitapahtuma 17.3.2016 — 95 hlö\n• Hyvinvointipäivä 2016: n. 60 henkilöä\n"
     "• Tietoiskut kirjastossa: yhteensä 12 tietoiskua, 170 kuulijaa",
     {("attendees", 95), ("attendees", 60), ("attendees", 170)}),
    # a workshop is also a service: its people are clients; a compound one is an event
    ("Nuorten työpajaan tuli vuoden aikana 96 nuorta.", {("clients", 96)}),
    ("Tapahtumat:\n- Työnhakutyöpaja (4 krt), 28 osallistujaa\n- Työelämäpäivä 2017: 150\n"
     "- Syksyn työnhakuviikko, osallistujia n. 75\n- Järjestöjen yhteinen työllisyystori 5.10.2017, kävijämäärä noin 300",
     {("attendees", 28), ("attendees", 150), ("attendees", 75), ("attendees", 300)}),
    # people at events named before, by a pronoun, by the sentence before, or as the event's catch
    ("Työnantajille järjestettiin kolme koulutusaamua, ja niihin osallistui 41 työnantajan edustajaa.",
     {("attendees", 41)}),
    ("Rekryiltoja pidettiin viisi, ja niissä kävi yhteensä 142 työnhakijaa.", {("attendees", 142)}),
    ("Hanke järjesti 8 rekrytointitapahtumaa;\nkävijöitä oli yhteensä n. 640.", {("attendees", 640)}),
    ("Hankkeen päätöstilaisuus järjestettiin kunnantalolla. Tila oli varattu 120 hengelle, mutta paikalla oli "
     "lähes 80 osallistujaa.", {("attendees", 80)}),
    ("Yrittäjille suunnattu aamukahvitilaisuus keräsi 26 yrittäjää.", {("attendees", 26)}),
    # the total row of a table whose column header names the people
    ("Vuosi | Uudet nuoret\n2019 | 14\n2020 | 31\n2021 | 27\nYhteensä | 72\n", {("clients", 72)}),
    # a project named 'Ovet auki' is no open-doors event
    ("Ovet auki -hanke: sataviisikymmentä pieksämäkeläistä sai henkilökohtaista tukea työnhakuun.",
     {("clients", 150)}),
    # under a year's heading, a count from the project's start is still the whole
    ("2. Asiakkaat vuonna 2020\n\nHenkilökohtaisen ohjauksen asiakkaat: 96\n\nHankkeen alusta lukien "
     "ohjaussopimuksen on tehnyt yli 170 asiakasta.", {("clients", 170)}),
    # people who passed through the project; an age is no count; guests of open days
    ("Hankkeen kautta kulki kolmen vuoden aikana 180 nuorta.\n\n– Hankkeen asiakas, 19 v.", {("clients", 180)}),
    ("Hankkeen avoimien ovien päivillä kävi kolmena vuonna yhteensä 265 vierasta.", {("attendees", 265)}),
    # a year in the relative clause after the number is the part's; residents among the clients are a part
    ("Hankkeen alusta 31.12.2019 mennessä asiakkaita on ollut 204, joista 78 aloitti vuoden 2019 aikana. "
     "Urjalalaisia asiakkaista on 61.", {("clients", 204)}),
    # of the people referred, those who started ('joista', 'Heistä') are the clients, not a part
    ("Pilottiin ohjattiin 120 henkilöä, joista 102 aloitti valmennuksen.", {("clients", 102)}),
    ("Kuntien sosiaalitoimi ohjasi hankkeeseen 186 henkilöä. Heistä 163 aloitti valmennuksen.", {("clients", 163)}),
    # but of people who did take part, the ones who started that year are a part
    ("Pajalla valmentautui hankkeen aikana yhteensä 184 henkilöä. Heistä 97 aloitti valmennuksen ensimmäisenä "
     "vuonna.", {("clients", 184)}),
    # a part of the attendees, and attendance per kind of event beside its total
    ("Tilaisuuksiin osallistui yhteensä 640 henkilöä, joista 310 oppilaitosinfoissa.", {("attendees", 640)}),
    ("Infoissa tavoitettiin 310 henkilöä. Rekrytointitapahtumissa kävi arviolta 1 100 kävijää. Työpajoihin "
     "osallistui 186 työnhakijaa. Kaikkiaan tilaisuuksiin osallistui siis lähes 1 600 henkilöä.",
     {("attendees", 1600)}),
    # a group 'lisäksi' besides the clients
    ("Hankkeen asiakkaita oli 170. Syksyllä aloitti lisäksi kaksi vertaisryhmää, joissa oli yhteensä 14 osallistujaa.",
     {("clients", 170)}),
    # people of an age band are a part of the clients, even when the text calls it the whole's comparison
    ("Hankkeeseen osallistui 212 asiakasta. Alle 30-vuotiaiden asiakkaiden ryhmässä (46 henkilöä) tulokset olivat "
     "koko asiakasjoukkoa paremmat.", {("clients", 212)}),
    # those who signed up are not those who came; a meeting of employers and jobseekers is an event
    ("Päätösseminaariin osallistui 63 henkilöä (ilmoittautuneita oli 71).", {("attendees", 63)}),
    ("Työnantajatreffeillä oli mukana 11 työnantajaa ja noin 70 työnhakijaa.", {("attendees", 70)}),
    # visits to an open place are its attendance; home visits made by staff count no people
    ("Kävijämäärä: 5 870 käyntiä", {("attendees", 5870)}),
    ("Käyntikertoja kirjattiin kaikkiaan 1 286.", {("attendees", 1286)}),
    ("Etsivät työntekijät tekivät 240 kotikäyntiä ja tapasivat 96 nuorta.", {("clients", 96)}),
    # people in a personal service beside events are its clients
    ("Kylätyöpajoissa ja niihin liittyvässä yksilövalmennuksessa oli hankeaikana kaikkiaan 139 työnhakijaa.",
     {("clients", 139)}),
    ("Hankkeen työpajoissa ja valmennuksessa oli kaikkiaan 64 osallistujaa.", {("clients", 64)}),
    # the project's own seminar where its results were presented keeps its audience
    ("Hankkeen päätösseminaarissa esiteltiin tuloksia. Seminaariin osallistui 85 henkilöä.", {("attendees", 85)}),
    ("Esittelimme mallia Kuopion työllisyysseminaarissa. Hankkeen omiin rekrytointitapahtumiin osallistui "
     "yhteensä 320 työnhakijaa.", {("attendees", 320)}),
    # a table of more events than every sum can be tried for: its total row, not the rows above it
    ("Tapahtuma | Paikka | Osallistujia\nKevätmessut | Loimaa | 620\nKesärekry | Aura | 180\n"
     "Syysrekry | Oripää | 240\nKevätmessut | Loimaa | 710\nRekrypäivä | Koski | 130\n"
     "Syysrekry | Aura | 150\nTalvirekry | Loimaa | 390\nYhteensä | | 2 420\n\n"
     "Infotilaisuuksissa tavoitettiin lisäksi 214 työnhakijaa. Messuilla kävi myös 96 opiskelijaa.",
     {("attendees", 2420), ("attendees", 214), ("attendees", 96)}),
    # people who got a service of their own are clients, even when the text calls them visitors
    ("Käyntikertoja kirjattiin 1 286. Henkilökohtaista työnhakuohjausta – CV:n työstämistä, haastatteluun "
     "valmistautumista – sai 83 kävijää.", {("attendees", 1286), ("clients", 83)}),
    # a pronoun for events may stand before the count's own noun
    ("Hankkeen aikana järjestettiin 11 yrittäjäiltaa eri puolilla seutua. Niiden osallistujamäärä oli yhteensä 186.",
     {("attendees", 186)}),
    # people who came to an event's site; sign-ups to a fair are no clients
    ("Teemapäivät:\n- CV-kuvauspäivä 5.3.2018: ilmoittautuneita 48, paikalle saapui 39.", {("attendees", 39)}),
    # a section number is no count; nor are followers of a page and subscribers of a newsletter
    ("4 Asiakkaat ja tulokset\n\nTyönhakija-asiakkaita oli 96, kun tavoitteeksi oli asetettu 80.", {("clients", 96)}),
    # the unemployed row of a status table is no count of clients; those who stayed on are a part
    ("Pajalla valmentautui 102 henkilöä. Hankkeen päättyessä 18 valmentautujaa jatkoi pajalla.\n\n"
     "Tilanne | Jakson päättyessä\nTyö ilman tukea | 12\nTyötön | 18\n", {("clients", 102)}),
    # a pronoun for the events of the line before (each sentence on a line of its own)
    ("Valmennukseen tuli 158 työnhakijaa.\n\nKaikille avoimia Työtori-päiviä pidettiin kuusi.\nNiillä kävi "
     "yhteensä noin 390 ihmistä.", {("clients", 158), ("attendees", 390)}),
    # those new in a period are a part; a 'koordinaattori' is no market day ('tori')
    ("Hankkeen aikana osallistujia kertyi 132. Viimeisellä maksatuskaudella uusia osallistujia tuli yhdeksän.",
     {("clients", 132)}),
    ("Hankkeessa työskenteli työkykykoordinaattori. Hankkeeseen ohjattiin 231 henkilöä, joista 204 aloitti "
     "asiakkuuden.", {("clients", 204)}),
    # a project whose name ends in an event word ('Työsilta', not an 'ilta') is no event
    ("Työsiltaan osallistui kaikkiaan 168 henkilöä.", {("clients", 168)}),
    # a clause before a colon is no field label that would make its figure the count of clients
    ("- Asiakkaita yhteensä 97\n- Hankkeen päättäneitä 64\n\n- Pienissä kunnissa liikkuminen on este: 2 asiakasta "
     "sai mopoautokorvauksen kokeiluna", {("clients", 97)}),
    # a corrected figure replaces the one first reported
    ("Loppuraportissa asiakasmääräksi ilmoitettiin 97 henkilöä. Tarkastuksessa havaittiin kolme kahteen kertaan "
     "kirjattua asiakasta. Tarkentunut asiakasmäärä on 94.", {("clients", 94)}),
    # those who finished, the object fronted, and a count restated as a share of a group are parts
    ("Vuoden 2019 aikana pajalla valmentautui yhteensä 96 henkilöä. Vuoden aikana pajajakson päätti 58 "
     "valmentautujaa.", {("clients", 96)}),
    ("Vuonna 2019 palvelussa oli yhteensä 96 henkilöä. Myönteisen siirtymän teki 48 valmentautujaa eli 82,8 "
     "prosenttia jakson päättäneistä.", {("clients", 96)}),
    # the years in a bracket after a total are its parts' years, not the total's
    ("Asiakkaiksi tuli hankeaikana yhteensä 146 henkilöä (uusia asiakkaita vuonna 2010 38, vuonna 2011 61 ja "
     "vuonna 2012 47). Siksi rivien summa (98) on suurempi kuin eri henkilöiden määrä (92).", {("clients", 146)}),
    # people the next sentence says are no clients are attendees
    ("Hankkeessa oli 71 asiakasta. Joka kevät pidettiin avoimet ovet. Kolmena keväänä pajalla kävi yhteensä noin "
     "410 kyläläistä katsomassa, ostamassa ja kahvilla. Nämä kävijät eivät tietenkään ole hankkeen asiakkaita.",
     {("clients", 71), ("attendees", 410)}),
    ("Pajalla oli 72 asiakasta. Tämä etsivä työ tavoitti hankeaikana noin 240 nuorta. Näitä kohtaamisia ei ole "
     "laskettu pajan asiakasmäärään.", {("clients", 72), ("attendees", 240)}),
    # a body that the text says does not belong to the project
    ("Pajalla valmentautui vuoden 2019 aikana yhteensä 96 henkilöä (2018: 89).\n\nKaupungin etsivä nuorisotyö, joka "
     "toimii samoissa tiloissa mutta ei kuulu pajan organisaatioon, tavoitti vuonna 2019 yhteensä 61 nuorta.",
     {("clients", 96)}),
    # a week's number is no count
    ("Hanke käynnistyi syksyllä 2018: virallinen aloituspäivä oli maanantai 3.9.2018 (viikko 36). Asiakkaita oli "
     "78.", {("clients", 78)}),
    # a comparable project's clients, where the number is the copula's predicate
    ("Kolmessa vuodessa palvelun piiriin tuli kaikkiaan 163 työnhakijaa. Vertailun vuoksi: Raaseporin vastaavassa, "
     "samaan aikaan toteutetussa hankkeessa asiakkaita oli noin 240.", {("clients", 163)}),
    # a predecessor's clients, its name the subject; a partner unit named by its owner in a relative clause
    ("Hankkeessa avattiin 84 asiakkuutta. Vertailun vuoksi: edeltäjähankkeemme Työvoimala palveli "
     "ohjelmakaudella 2007–2013 yhteensä 61 asiakasta.", {("clients", 84)}),
    # a row that is its own header: the target in brackets makes the realised count no plan
    ("Asiakkaat yhteensä: | 121 (tavoite 100)\n  uudet asiakkaat vuosittain: 2019: 27 | 2020: 41 | 2021: 38",
     {("clients", 121)}),
    # those at one branch are a part; firms counted past a relative clause are no people
    ("Vuonna 2019 pajalla valmentautui yhteensä 96 henkilöä. Pihtiputaan toimipisteessä kävi 27 valmentautujaa.",
     {("clients", 96)}),
    ("Vuonna 2019 pajalla valmentautui yhteensä 96 henkilöä. Yhteistyöyrityksiä, joissa valmentautujat tekivät "
     "jaksojaan, oli 21.", {("clients", 96)}),
    # a previous project as the clause's place; the count an event owns is of its attendees
    ("Hankkeessa oli 71 valmentautujaa. Vertailun vuoksi: edellisessä pajahankkeessa (Pajaverstas, 2013–2015) "
     "kävi yhteensä 148 nuorta.", {("clients", 71)}),
    ("Henkilökohtaiseen ohjaukseen päätyi 186 nuorta. Toukokuussa 2014 järjestetyn kesätyörekryn osallistujamäärä "
     "oli 260, ja paikalla oli 31 työnantajaa.", {("clients", 186), ("attendees", 260)}),
    ("Palveluun ohjattiin 151 työnhakijaa. Heistä 134 aloitti valmennuksen. Keskeisin kumppani oli kaupungin "
     "ylläpitämä Vakka-Suomen työpaja, jonka oma asiakasmäärä oli hankeaikana noin 410 henkilöä.",
     {("clients", 134)}),
    # the project's own open days: presenting itself there makes no one else's event
    ("Pajat esittäytyivät kuntalaisille avoimien ovien päivissä sekä kaksissa joulumyyjäisissä, ja näihin "
     "tapahtumiin osallistui hankeaikana yhteensä noin 350 kävijää.", {("attendees", 350)}),
    # employers present at an event are no attendees
    ("Työmarkkinatoreilla kävi arviolta 540 henkilöä, ja työnantajia oli mukana kaikkiaan 37.", {("attendees", 540)}),
    ("Toukokuun tapahtumassa Mikaelissa kävi reilut kolmesataa ihmistä, ja työnantajia oli paikalla 28.",
     {("attendees", 300)}),
    ("Rekrytapahtumia oli kuusi. Niissä kävi yhteensä 730 ihmistä, ja yrityksiä tapahtumiin osallistui 52.",
     {("attendees", 730)}),  # companies, with where they went between them and the verb
    # representatives of companies are people; a table's times beside its people are not
    ("Hanke järjesti yhdeksän työnantaja-aamiaista, joissa kävi yhteensä 186 yritysten edustajaa.",
     {("attendees", 186)}),
    ("Taulukko 4. Tilaisuudet\nTilaisuus | Kertaa | Osallistujia\nTyönhakuinfot | 14 | 203\n"
     "Työnantajatapaamiset | 6 | 58\n", {("attendees", 203), ("attendees", 58)}),
    # people of the field at the event a pronoun stands for
    ("Hankkeen päätösseminaari pidettiin Naantalin kylpylässä 23.8.2018, ja siihen osallistui 85 alan toimijaa "
     "eri puolilta Varsinais-Suomea.", {("attendees", 85)}),
    # the exact figure a hedged one rounds; not a target beside 'noin'
    ("Työkipinä-hanke on kahden ja puolen vuoden aikana tavoittanut runsaat 130 työnhakijaa. Koordinaattori "
     "laskee, että hankkeessa on tähän mennessä ollut mukana 134 ihmistä.", {("clients", 134)}),
    ("Tavoiteltu asiakasmäärä: 120\nToteutunut asiakasmäärä: noin 130", {("clients", 130)}),
    # the count at the original period's end is interim; the earlier project's count a pronoun points to is its
    ("Työkaari-projekti toimi 1.9.2009–31.12.2012. Työkaari jatkoi edellisellä ohjelmakaudella toimineen "
     "Eteenpäin Kyrönmaalla -projektin työtä. Sen asiakkaina oli ollut 48 henkilöä.\n\nAlkuperäisen "
     "toteutusajan päättyessä 31.8.2011 asiakkaita oli ollut 87. Jatkoajan ansiosta asiakasmäärä nousi, ja koko "
     "toiminta-aikana projektin palveluja käytti 134 henkilöä.", {("clients", 134)}),
    # the lower-case words of a project's name are no outcome cue; a target the number belongs to, after a
    # realised word
    ("Kolmen vuoden aikana Maalta töihin -hankkeen valmennukseen osallistui yhteensä 94 asiakasta, joista 57 oli "
     "Tyrnävältä ja 37 Limingasta. Työllistymiselle asetettu 25 henkilön tavoite ylittyi, mutta asiakasmäärä jäi "
     "hieman 100 asiakkaan tavoitteesta.", {("clients", 94)}),
    # those one body had in its charge are a part
    ("Runsaan kolmen vuoden aikana valmennukseen tuli 487 asiakasta. Kotopolku ry vastasi ryhmätoiminnasta, ja sen "
     "työntekijöiden vastuulla oli kaikkiaan 142 asiakasta.", {("clients", 487)}),
    # a month's row gives way to the total row
    ("Hankkeeseen tuli vuoden aikana 47 asiakasta.\n\n| Kuukausi | Huomiot |\n|---|---|\n| 3/2021 | Infotilaisuus "
     "kirjastossa, 14 osallistujaa |\n| 8/2021 | Infotilaisuus, 11 osallistujaa |\n| **Yhteensä** | "
     "Infotilaisuuksissa yht. 34 osallistujaa |\n", {("clients", 47), ("attendees", 34)}),
    # the audience in the clause after the room's seats; a caseload at a time and years are no clients
    ("Päätösseminaari pidettiin kaupungintalon valtuustosalissa 5.3.2020. Paikkoja oli varattu 120, ja kuulijoita "
     "saapui 85.", {("attendees", 85)}),
    ("Mukaan ehti kolmessa vuodessa kaikkiaan 233 riihimäkeläistä. Valmentajia oli hankkeessa kolme, ja yhdellä "
     "valmentajalla oli kerrallaan korkeintaan 25 asiakasta. – Moni asiakkaistamme oli ollut työttömänä viisi, "
     "jopa kymmenen vuotta.", {("clients", 233)}),
    # 'there' stands for the event of the clause before (a conjunct of its object); places joined by 'ja'
    ("Heinäkuussa hanke järjesti Kustavin satamassa työ- ja yrittäjätorin, ja siellä kävi parisataa ihmistä, "
     "kesäasukkaita ja paikallisia.", {("attendees", 200)}),
    ("Avoimien ovien päiviin ja kolmeen Ammattien tori -tapahtumaan Alavieskan koulukeskuksessa osallistui noin "
     "260 kuntalaista.", {("attendees", 260)}),
    # a table of events: its participants row is attendance, its 'kpl' row counts events, its month column a part
    ("Taulukko 3. Tapahtumat\n\n| |Elokuu 2020|Kertymä|\n|---|---|---|\n|Tapahtumat, kpl|2|21|\n"
     "|Osallistujat yhteensä|38|436|\n", {("attendees", 436)}),
    # the interviewees of a thesis are no clients; the clients are those the project served
    ("Hankkeessa asioi kaikkiaan 231 keravalaista työnhakijaa.\n\nTaulukko 2. Haastateltavat\n\n"
     "Ryhmä               Haastateltuja   Naisia   Miehiä\nAsiakkaat                   8          3        5\n"
     "Hankkeen työntekijät        3          2        1\n", {("clients", 231)}),
])
def test_participants(items, text: str, expected: set):
    assert kinds_values(items(text, "participants"), ("count",)) == expected


@pytest.mark.parametrize("text", [
    "Asiakkaiden keski-ikä oli 47 vuotta.",
    "Loppuseminaari pidettiin Tampereella (seminaaritilassa oli paikat 85 hengelle).",
    "Yritysvierailuja tehtiin 64 ja rekrytointitilaisuuksia järjestettiin neljä.",
    "Määrälliset tavoitteet | 150 asiakasta, joista 25 % työllistyy",
    "Infotilaisuuksia järjestettiin kaikkiaan 12.",  # a count of events
    "Hanke järjesti 15 rekrytointitapahtumaa.",
    "Hankesuunnitelman määrälliset tavoitteet olivat:\n- hankkeeseen osallistuu vähintään 150 asiakasta\n"
    "- 20 % asiakkaista työllistyy",  # a list of targets
    "Toiminnan tulokset:\n\nMittari | Tavoite | Toteutunut\nTyöpajapäiviä yhteensä | | 1 840\n"
    "Yhteistyöyritykset | 20 | 27",  # days and firms counted in a table
    "Jalkautuvia tapahtumia järjestettiin kylissä. Tapahtumia oli 41.",  # events counted by a copula clause
    "Keskimäärin käyntejä / aukiolopäivä: 35",  # an average per day
    "Rekrytointimessut\n\nVerkkolomakkeella ennakkoon ilmoittautui 1 050 työnhakijaa, mutta moni tuli paikalle "
    "ilmoittautumatta.",  # sign-ups to a fair
    "Hankkeen Facebook-sivua seuraa 740 henkilöä.",  # followers of a page, subscribers of a newsletter
    "Hankkeen uutiskirjeen tilasi 520 henkilöä.",
    "Kohderyhmänä olivat ne, joille työmarkkinatukipäiviä oli kertynyt vähintään 300.",  # days, counted by a bare number
    "Hankkeen ydin oli kiertävä työvalmennus: kolme valmentajaa tapasi asiakkaita kirjastoissa.",  # staff
    "Messuilla näytteilleasettajia oli kaikkiaan 64.",  # exhibitors are organisations
    "Yritykset tarjosivat 112 työkokeilu-, harjoittelu- tai työpaikkaa.",  # places, the last conjunct's noun
    "Päätösseminaari pidettiin Savonlinnassa, ja 80 hengen sali oli lähes täynnä.",  # the size of a room
    "Työnhakukahvila keräsi 46 kokoontumiseensa paljon väkeä.",  # meetings counted
    "Yhdistyksen omassa toiminnassa kävi hankeaikana noin 900 kävijää.",  # another body's own activity
    # many projects' people
    "Polku-hanke päättyi. Valtakunnallisesti ESR-hankkeisiin on kaudella osallistunut yli 300 000 henkilöä.",
    # a comparison group did not take part
    "Vertailuryhmänä käytettiin 112:ta ylöjärveläistä aikuissosiaalityön asiakasta.",
    # the audience of someone else's event the project spoke or was awarded at
    "Kerroin kokemuksistamme Kuopiossa maakunnallisessa työllisyysseminaarissa, jossa oli yli 200 kuulijaa.",
    "Saimme eilen Saimaan työllisyysfoorumissa Vuoden työllisyysteko -tunnustuksen. Kiitos kaikille! "
    "Foorumiin osallistui tänä vuonna yli 300 alan ammattilaista.",
    "Hankkeen kokemuksia esiteltiin Kotkassa 22.8.2013 järjestetyssä Kymenlaakson työpajapäivässä, jossa oli noin "
    "140 osallistujaa.",  # the project presented, in the passive
    "Kesäkuussa 2009 hanke esitteli toimintaansa Lapin TE-keskuksen Torniossa järjestämässä työllisyysseminaarissa, "
    "jossa oli noin 120 osallistujaa eri puolilta Lappia.",  # … or as the subject
    "Verkostossa oli mukana 15 toimijaa.",  # bodies
    # a shop's customers; those of a figure who went to an employer
    "Kierrätysmyymälässämme Nousiaisten keskustassa kävi viime vuonna noin 18 000 asiakasta.",
    "Palkkatuettuun työhön päätyi yhteensä 19 henkilöä: 16 Monipalvelulle ja kolme muille työnantajille.",
])
def test_participants_rejects(items, text: str):
    assert items(text, "participants") == []


@pytest.mark.parametrize("text", [
    "Hankkeen tuloksia esiteltiin päätösseminaarissa, jossa oli noin 140 osallistujaa.",
    "Hankkeen tuloksia esiteltiin hankkeen järjestämässä seminaarissa, jossa oli noin 140 osallistujaa.",
])
def test_the_project_presented_at_its_own_event_counts_its_audience(items, text: str):
    assert kinds_values(items(text, "participants"), ("count",)) == {("attendees", 140)}


def test_a_bulletins_other_stories_are_not_the_project(items):
    text = ("Kunta-tiedote 2/2022\n\nTyövire auttoi 22 sotkamolaista töihin\n\nSotkamon kunnan oma työllisyyshanke "
            "Työvire päättyi. Hankkeen kokonaiskustannukset olivat 248 000 euroa, ja valmennukseen osallistui 94 "
            "pitkään työttömänä ollutta.\n\nHiukantien peruskorjaus alkaa toukokuussa\n\nKorjattava osuus on noin "
            "2,4 kilometriä pitkä. Hankkeen kustannusarvio on 1,35 miljoonaa euroa, josta Kainuun ELY-keskus maksaa "
            "420 000 euroa.\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 248000)}
    assert kinds_values(items(text.replace("Kunta-tiedote 2/2022", "Kunta-tiedote helmikuu"), "money"), ("eur",)) \
        != {("total_cost", 248000)}  # no issue number: one text, whose money it all is


def test_a_bulletins_library_story_is_not_the_project(items):
    text = ("Vesilahden kunnan tiedotuslehti 3/2018\n\nTyökaista-hanke päättyi – joka neljäs asiakas sai töitä\n\n"
            "Hankkeen ohjaajien luona asioi kolmen vuoden aikana 68 vesilahtelaista työnhakijaa.\n\n"
            "Kirjasto on nyt auki myös iltaisin ja viikonloppuisin\n\nPääkirjastossa otettiin elokuussa käyttöön "
            "omatoimikirjasto. Omatoimikäyttöön on rekisteröitynyt jo yli 350 asiakasta.\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 68)}


def test_a_round_number_word_is_approximate(items):
    assert items("Toimintaan osallistui parisataa kuntalaista.", "participants") == [
        {"kind": "clients", "count": 200, "approx": True}]


# --- outcomes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # elliptic clauses
    ("Heistä 19 eli 26 prosenttia työllistyi, työkokeiluun siirtyi 14 ja koulutukseen kahdeksan.",
     {("employed", 19, 26.0), ("work_trial", 14, None), ("education", 8, None)}),
    ("Asiakkaista 58 työllistyi (28,4 %), 21 pääsi koulutukseen ja lähes 30 aloitti kuntouttavan työtoiminnan.",
     {("employed", 58, 28.4), ("education", 21, None), ("rehabilitative_work", 30, None)}),
    ("Heistä 31 työllistyi, 14 aloitti opinnot ja 9 siirtyi kuntouttavaan työtoimintaan.",
     {("employed", 31, None), ("education", 14, None), ("rehabilitative_work", 9, None)}),
    # in the case of N people ('N:n kohdalla'), the clause's subject or where it ended names the outcome
    ("Työkyvyn arviointiin ohjattiin 14 asiakasta, ja neljän kohdalla eläkeselvittely päättyi "
     "työkyvyttömyyseläkkeeseen.", {("rehabilitation", 14, None), ("pension", 4, None)}),
    ("Kolmen asiakkaan kohdalla jatkopoluksi muodostui eläke.", {("pension", 3, None)}),
    # a cue in a clause coordinated with the number's, whose subject is another figure, is that figure's
    ("Neljä aloitti opinnot, 11 siirtyi kuntouttavaan työtoimintaan ja kolme jäi eläkkeelle.",
     {("education", 4, None), ("rehabilitative_work", 11, None), ("pension", 3, None)}),
    ("Yksilöohjatuista yhdeksän työllistyi, kuusi aloitti opiskelun, yksitoista siirtyi kuntouttavaan "
     "työtoimintaan ja kolme jäi eläkkeelle.",
     {("employed", 9, None), ("education", 6, None), ("rehabilitative_work", 11, None), ("pension", 3, None)}),
    ("Asiakkaista työllistyi hankkeen aikana tai kolmen kuukauden kuluessa sen päättymisestä 71 henkilöä "
     "eli 29,8 prosenttia.", {("employed", 71, 29.8)}),
    # the subject on the line or in the sentence before
    ("Asiakkaita kertyi kolmessa vuodessa 152. Töihin heistä pääsi 41.", {("employed", 41, None)}),
    # restatements: 'eli', brackets, 'mikä on'
    ("Heistä 44 (33,6 %) työllistyi projektin aikana.", {("employed", 44, 33.6)}),
    ("Hankkeen päättyessä työllistyneitä oli 71, mikä on noin 30 prosenttia kaikista osallistujista.",
     {("employed", 71, 30.0)}),
    # the specific employment kind, the group counted from, services
    ("Heistä palkkatuella on työllistynyt 14 ja avoimille työmarkkinoille 9.",
     {("employed_subsidised", 14, None), ("employed_open_market", 9, None)}),
    ("Hankkeen kautta kulki 236 asiakasta, joista 64 eli 27,1 % työllistyi joko avoimille työmarkkinoille "
     "tai palkkatuella.", {("employed", 64, 27.1)}),
    ("Työllistyneistä kaksi kolmasosaa sai paikan suoraan avoimilta työmarkkinoilta.",
     {("employed_open_market", None, 66.7)}),
    ("Lisäksi 30 asiakasta ohjattiin muihin työllistymistä edistäviin palveluihin.",
     {("services_other", 30, None)}),
    ("Palkkatuettuun työhön sijoittui 18 ja oppisopimuskoulutukseen 4 asiakasta.",
     {("employed_subsidised", 18, None), ("education", 4, None)}),
    ("Hankkeen päättyessä asiakkaista oli työllistynyt:\n- avoimille työmarkkinoille 12\n- palkkatuella 8\n",
     {("employed_open_market", 12, None), ("employed_subsidised", 8, None)}),
    ("Työllistyneitä oli:\n- 2016: 10\n- 2017: 14\n- yhteensä 24\n", {("employed", 24, None)}),
    ("Hankkeen aikana 22 asiakasta siirtyi eläkkeelle ja 15 ammatilliseen kuntoutukseen.",
     {("pension", 22, None), ("rehabilitation", 15, None)}),
    ("Lisäksi 57 asiakkaalle tehtiin työkyvyn arviointi, ja 19 asiakkaan eläkeselvittely päättyi "
     "työkyvyttömyyseläkkeeseen.", {("rehabilitation", 57, None), ("pension", 19, None)}),
    # a target-achievement column is no share
    ("Tavoitteet ja toteuma\nMittari | Tavoite | Toteuma | Toteuma-%\nTyöllistyneet (avoin + palkkatuki) | 40 | 47 | 118 %\n"
     "Koulutukseen siirtyneet | 15 | 12 | 80 %\n", {("employed", 47, None), ("education", 12, None)}),
    # table rows by a year or a total take their kind from the column header
    ("Hankkeen luvut\nVuosi | Uudet asiakkaat | Työllistyneet | Koulutukseen\n2011 | 96 | 21 | 9\n"
     "2012 | 118 | 34 | 12\nYhteensä | 214 | 55 | 21\n", {("employed", 55, None), ("education", 21, None)}),
    # a table with a total column: the total is the fact, the municipalities' columns are parts
    ("Tilanne | Salo | Somero | Yhteensä\nPalkkatuettu työ | 23 | 8 | 31 (13 %)\nTyökokeilu | 18 | 7 | 25 (10 %)",
     {("employed_subsidised", 31, 13), ("work_trial", 25, 10)}),
    # interim and final columns: the final report's figures
    ("Mittari | Väliraportti 30.6.2016 | Loppuraportti 31.1.2018\nAsiakkaat | 84 | 139\n"
     "Työkokeiluun | 11 | 27", {("work_trial", 27, None)}),
    # a share column ('%', 'Osuus (%)') and tab-separated cells
    ("Sijoittuminen | lkm | %\nKoulutus tai oppisopimuskoulutus | 11 | 9\nTyökokeilu | 16 | 14\n",
     {("education", 11, 9.0), ("work_trial", 16, 14.0)}),
    ("Tilanne\tHenkilöä\tOsuus (%)\nPalkkatukityö\t24\t17,0\nKoulutus\t16\t11,3\n",
     {("employed_subsidised", 24, 17.0), ("education", 16, 11.3)}),
    # a row of both kinds of work together is 'employed'
    ("Jatkosijoittuminen | Henkilöä | %\nTyö (avoimet työmarkkinat ja palkkatuki) | 24 | 24,5\nKoulutus | 13 | 13,3\n",
     {("employed", 24, 24.5), ("education", 13, 13.3)}),
    ("Sijoittuminen | Nuoria | %\nTyö (ml. palkkatuki) | 58 | 21,2\nOppisopimuskoulutus | 14 | 5,1\n",
     {("employed", 58, 21.2), ("education", 14, 5.1)}),  # wage-subsidised work included: all work
    ("Työllistyi 58 nuorta, mukaan lukien palkkatuki.", {("employed", 58, None)}),
    # the destination's words, however far its first word ('Avoimille', a wrapped line's indentation)
    ("Asiakkaista 81 (29 %) työllistyi. Avoimille työmarkkinoille heistä\n    työllistyi 52 ja palkkatuella 29.",
     {("employed", 81, 29.0), ("employed_open_market", 52, None), ("employed_subsidised", 29, None)}),
    ("Heistä 23 oli työllistynyt avoimille työmarkkinoille ja palkkatuella 14.",  # in a sentence, two groups
     {("employed_open_market", 23, None), ("employed_subsidised", 14, None)}),
    # the group counted from, with the count later in its clause
    ("Kolmen vuoden aikana 87 osallistujasta töihin pääsi yhdeksän, heistä kolme avoimille työmarkkinoille.",
     {("employed", 9, None), ("employed_open_market", 3, None)}),
    # a later follow-up's column is not the outcome at the end
    ("Tilanne | Päättyessä, hlöä | Päättyessä, % | 3 kk jälkeen, hlöä\nAvoimilla työmarkkinoilla | 22 | 18,2 | 25\n",
     {("employed_open_market", 22, 18.2)}),
    ("Tilanne | Hankkeen päättyessä | 6 kk päättymisen jälkeen\nPalkkatuettu työ | 24 | 19\n"
     "Työkokeilu | 12 | 6\n", {("employed_subsidised", 24, None), ("work_trial", 12, None)}),
    ("Tilanne | Hankkeen päättyessä | 6 kk päättymisen jälkeen\nAvoimet työmarkkinat | 31 | 38\n"
     "Eläke | – | 6\n", {("employed_open_market", 31, None)}),
    # a row's count goes with the row's share, not with a count said elsewhere
    ("Lyhytkoulutuksia järjestettiin 14, ja niissä suoritettiin 126 korttia.\n\nTilanne | Henkilöä | %\n"
     "Aloitti tutkintoon johtavan koulutuksen | 17 | 9,2 %\n", {("education", 17, 9.2)}),
    # other services named by their field
    ("Sosiaali- ja terveyspalveluihin, päihdehoito mukaan lukien, siirtyi seitsemän asiakasta.",
     {("services_other", 7, None)}),
    ("Neljä asiakasta ohjautui päihde- ja mielenterveyspalveluihin.", {("services_other", 4, None)}),
    # a negated row is no outcome; a share restated after a fraction word
    ("Jatkopolku | Asiakkaita\nKuntouttava työtoiminta | 58\nEi jatkopolkua tai keskeytti | 67\n",
     {("rehabilitative_work", 58, None)}),
    # … but a remark after the label's comma does not negate it
    ("Tilanne | Henkilöä | %\nKuntouttava työtoiminta | 14 | 6,1\nAktivoitunut työnhakijaksi, ei vielä ratkaisua | 26 | "
     "11,3\n", {("rehabilitative_work", 14, 6.1), ("activated_jobseeker", 26, 11.3)}),
    ("Kuntouttavaan työtoimintaan jatkoi 58 asiakasta eli lähes neljännes (23,9 %) kaikista asiakkaista.",
     {("rehabilitative_work", 58, 23.9)}),
    # work without a subsidy is on the open market, 'tuetusti' with one; a surface two-word cue
    ("Suoraan avoimille työmarkkinoille eli ilman palkkatukea työllistyi kaksitoista asiakasta.",
     {("employed_open_market", 12, None)}),
    ("Tuetusti työllistyi yhteensä 21 asiakasta.", {("employed_subsidised", 21, None)}),
    ("14 asiakasta palasi hankkeen päätyttyä TE-palveluiden piiriin.", {("services_other", 14, None)}),
    # a count and its breakdown after a colon; rows that add up to a count of their kind are its parts
    ("Opiskelemaan lähti yhteensä seitsemän: viisi ammatillisiin opintoihin ja kaksi oppisopimuskoulutukseen.",
     {("education", 7, None)}),
    ("Jatkosijoittuminen | lkm\nOppisopimuskoulutus | 6\nMuu koulutus | 10\n\nKoulutukseen hakeutui 16 "
     "valmentautujaa.", {("education", 16, None)}),
    # the place the verb sends people to names the kind, however long its phrase; examples name none
    ("Muihin työllistymistä edistäviin palveluihin, kuten TE-toimiston valmennuksiin, siirtyi 31 asiakasta.",
     {("services_other", 31, None)}),
    ("Jatkopalveluihin, esimerkiksi kuntien työllisyyspalveluihin ja TE-toimiston koulutuksiin, ohjattiin 19 "
     "nuorta.", {("services_other", 19, None)}),
    ("Tilanne | Henkilöä\nMuu työllistymistä edistävä palvelu (esim. kotoutumiskoulutus) | 25",
     {("services_other", 25, None)}),
    # a sum over every kind is no figure of the one kind its words name
    ("Jatkopolku | Henkilöä\nKuntouttava työtoiminta | 27\nTyö | 14\nOpiskelu | 9\nMuut palvelut | 31\n\n"
     "Palvelujen piiriin saatiin siis 81 henkilöä, mikä on kaksi kolmasosaa asiakkaista.",
     {("rehabilitative_work", 27, None), ("employed", 14, None), ("education", 9, None),
      ("services_other", 31, None)}),
    # a placement named before: by a pronoun, or by the compound clipped ('kokeilu' for 'työkokeilu')
    ("Työkokeiluja toteutettiin 27, ja niihin osallistui 23 eri henkilöä.", {("work_trial", 23, None)}),
    ("Työkokeilu osoittautui toimivaksi väyläksi: sen teki hankkeen aikana 23 asiakasta.",
     {("work_trial", 23, None)}),
    ("Työkokeilu on osoittautunut hyväksi porraskiveksi. Kokeilussa on ollut 33 hankkeen asiakasta.",
     {("work_trial", 33, None)}),
    # the cue may be the first of two places joined by 'tai'
    ("Painopistettä siirrettiin työnantajakontakteihin: työkokeiluun tai työharjoitteluun osallistui projektin "
     "aikana 38 asiakasta.", {("work_trial", 38, None)}),
    # the services or clientship of another kind of service; a phrase that dates the referral names no kind
    ("Projektin järjestämien terveystarkastusten jälkeen 15 asiakasta ohjattiin terveyskeskuksen, A-klinikan tai "
     "mielenterveystoimiston palveluihin.", {("services_other", 15, None)}),
    ("Sosiaalityön asiakkuuteen ohjattiin 6 % asiakkaista.", {("services_other", None, 6)}),
    ("Seitsemän on siirtynyt sosiaalityön tai päihdepalvelujen asiakkaaksi.", {("services_other", 7, None)}),
    # the services of a health centre are no services of the project's own; a participle counted as a noun
    ("Ammatilliseen kuntoutukseen ohjattiin kahdeksan henkilöä, ja yksitoista valmennettavaa saatettiin "
     "terveyskeskuksen palvelujen piiriin.", {("rehabilitation", 8, None), ("services_other", 11, None)}),
    # what people were without names no outcome; 'ilman tukea' still names the open labour market
    ("Niistä asiakkaista, joiden palvelu päättyi ilman työ- tai opiskelupaikkaa, puolet ohjattiin kaupungin "
     "työllistymistä edistäviin jatkopalveluihin.", {("services_other", None, 50)}),
    ("Ilman tukea avoimille työmarkkinoille työllistyi kuusi asiakasta.", {("employed_open_market", 6, None)}),
    # 'kaikki' of another noun makes no total: the count of people wins over a thing counted
    ("Palkkatuettuun työhön siirtyi neljäkymmentäyksi asiakasta.\n\n3) työnantajille tarjotaan yksi yhteyspiste "
     "kaikissa palkkatukeen liittyvissä asioissa.", {("employed_subsidised", 41, None)}),
    # subsidised work as the route to work; the group a pension was looked into for is no outcome of its own
    ("Palkkatuetun työn kautta työelämään pääsi 24 henkilöä, useimmat kuntien teknisiin palveluihin.",
     {("employed_subsidised", 24, None)}),
    ("Eläkeselvittely käynnistettiin viidelle, ja heistä kolme jäi lopulta työkyvyttömyyseläkkeelle.",
     {("pension", 3, None)}),
    ("Ammatilliseen kuntoutukseen tai työkykyarvioon ohjautui 31 asiakasta, ja kuudella asiakkaalla "
     "eläkeselvittely päättyi työkyvyttömyyseläkkeeseen.", {("rehabilitation", 31, None), ("pension", 6, None)}),
    # a count restated by a share whose cue is beyond it; a base before its own count is not restated
    ("Tavoitteet ylittyivät selvästi: asiakkaista 29 eli joka kolmas (34 %) sai työpaikan.", {("employed", 29, 34)}),
    ("Pajajakson päättäneistä 64 nuoresta kaksikymmentäyksi (32,8 %) aloitti opinnot.", {("education", 21, 32.8)}),
    ("Yhteensä siis 55 asiakasta eli 33,5 prosenttia sai hankkeen aikana työpaikan.", {("employed", 55, 33.5)}),
    # where the people were, after 'olla'
    ("Hankkeen asiakkaina oli 126 henkilöä. Yhteensä 39 asiakasta (31 %) oli hankkeen päättyessä työssä.",
     {("employed", 39, 31)}),
    # working life tried in a work trial is a work trial, not a job
    ("Kaikkiaan 19 osallistujaa kokeili työelämää työkokeilussa.", {("work_trial", 19, None)}),
    # 'joka neljäs' is a quarter; a label's colon before its number on the same line is no sentence end;
    # every positive path lumped is no kind of its own
    ("Asiakkaita oli 84. Joka neljäs asiakas pääsi hankeaikana työkokeiluun.", {("work_trial", None, 25)}),
    ("Tulokset hankkeen päättyessä (n = 231)\nTyöllistyneet yhteensä: 71 henkilöä (30,7 %)\n"
     "– joista avoimille työmarkkinoille: 44 (19,0 %)\n– joista palkkatuettuun työhön: 27 (11,7 %)\n",
     {("employed", 71, 30.7), ("employed_open_market", 44, 19.0), ("employed_subsidised", 27, 11.7)}),
    ("Koulutukseen siirtyi 12 osallistujaa ja muihin työllistymistä edistäviin palveluihin 14. Kaikkiaan "
     "myönteiseen jatkopolkuun päätyi siis 81 osallistujaa.", {("education", 12, None), ("services_other", 14, None)}),
    # a time phrase between the count and its cue does not part them; 'joko … tai' names either kind
    ("Asiakkaita oli 78. Noin kolmannes osallistujista eli 26 henkilöä siirtyi hankkeen aikana tai heti sen jälkeen "
     "töihin.", {("employed", 26, 33.3)}),
    ("Asiakkaista 37 % työllistyi hankkeen aikana joko avoimille työmarkkinoille tai tuettuun työhön.",
     {("employed", None, 37)}),
    # what a count comes in addition to names no kind of it; 'pajalaista' counts people, however lemmatised
    ("Asiakkaita oli 186. Työpaikan lisäksi 14 pajalaista on aloittanut ammatilliset opinnot.",
     {("education", 14, None)}),
    # a citation's page is no count
    ("Työllistyneitä oli 29 % (n = 118), ja suurin osa heistä työllistyi palkkatuella (Pihapiiri 2019a, 11). "
     "Koulutukseen hakeutui 13 osallistujaa (mt., 12).", {("employed", None, 29), ("education", 13, None)}),
    # training professionals or volunteers is no one starting studies
    ("Asiakkaita oli 167, ja koulutukseen siirtyi kuusi. Hanke koulutti 45 sosiaali- ja terveysalan ammattilaista.",
     {("education", 6, None)}),
    # a count shared out ('useimmat …, kaksi …'): the parts are no second count
    ("Asiakkaita oli sata. Kuusi aloitti opinnot, useimmat Rovaniemellä ja kaksi monimuoto-opintoina kotoa käsin.",
     {("education", 6, None)}),
    # a place found in rehabilitative work: the elative says where, not where from
    ("Asiakkaita oli 163. Yhdelletoista osallistujalle löytyi paikka kuntouttavasta työtoiminnasta.",
     {("rehabilitative_work", 11, None)}),
    # a participle that defines the counted people names an earlier outcome, not where they went
    ("Asiakkaita oli 119. Kaksi ammatillisen kuntoutuksen aloittanutta jatkoi kuntoutuksen jälkeen opintoihin.",
     {("education", 2, None)}),
    ("Asiakkaita oli 140. Työkokeilun päättäneet 14 asiakasta jatkoivat opintoihin.", {("education", 14, None)}),
    # an elliptic 'avoimilta markkinoilta' is the open market; the owner of the place is no counted noun
    ("Asiakkaita oli 71.\n- Yksitoista sai töitä: seitsemän avoimilta markkinoilta, esimerkiksi kaupasta, sekä neljä "
     "yhdistyksemme omiin palkkatukitöihin.",
     {("employed", 11, None), ("employed_open_market", 7, None), ("employed_subsidised", 4, None)}),
    # work tried in a work trial, before a job that only dates it, is a work trial
    ("Asiakkaita oli 96. Yhdeksän aloitti opinnot, ja 14 asiakasta kokeili alan töitä työkokeilussa ennen "
     "varsinaista työsuhdetta.", {("education", 9, None), ("work_trial", 14, None)}),
    # a pension institution is no one retiring
    ("Asiakkaita oli 119. Ammatilliseen kuntoutukseen Kelan tai työeläkelaitoksen kautta pääsi 17, ja eläkkeelle "
     "siirtyi 11, pääosin työkyvyttömyyseläkkeelle.", {("rehabilitation", 17, None), ("pension", 11, None)}),
    # other employment services in a status table
    ("Taulukko 1. Asiakkaiden tilanne (asiakkaita yhteensä 842)\nTilanne | Asiakkaita\nEläke | 19\n"
     "Ohjattu muihin TE-palveluihin | 88\n", {("pension", 19, None), ("services_other", 88, None)}),
    # an aside between dashes neither breaks the clause nor parts a cue from its number
    ("Päättäneistä 152 asiakkaasta 31 työllistyi avoimille työmarkkinoille ja 19 palkkatuella. Työllistyneitä – "
     "avoimille työmarkkinoille tai palkkatuella – oli siis yhteensä 50 eli 32,9 % päättäneistä.",
     {("employed_open_market", 31, None), ("employed_subsidised", 19, None), ("employed", 50, 32.9)}),
    # the share of all the clients, not a subgroup's share that a stronger verb states
    ("Hankkeeseen osallistui kolmen vuoden aikana 212 asiakasta. Seurantatietojen perusteella voidaan arvioida, "
     "että hanke on onnistunut erityisesti asiakkaiden ohjaamisessa työelämään: hankkeesta poistuessaan 71 "
     "asiakasta eli 33,5 prosenttia oli työssä. Alle 30-vuotiaiden asiakkaiden ryhmässä (46 henkilöä) tulokset "
     "olivat koko asiakasjoukkoa paremmat: heistä 21 eli 45,7 prosenttia työllistyi.", {("employed", 71, 33.5)}),
    # the specific kinds added up are the employed
    ("Hankkeessa oli 143 asiakasta. Kun avoimet työmarkkinat ja palkkatuki lasketaan yhteen, 41 asiakasta eli "
     "28,7 prosenttia työllistyi.", {("employed", 41, 28.7)}),
    # the realised line of a target-and-result list under a heading naming the kind
    ("Asiakkaat\n  - tavoite: 90 henkilöä\n  - toteutui: 112 henkilöä\n\nTyöllistyminen\n  - tavoite: neljännes "
     "asiakkaista eli 25 %\n  - toteutui: 27 asiakasta eli 24,1 %\n", {("employed", 27, 24.1)}),
    # a share in an aside between dashes restates the count before it
    ("Hankkeessa oli 193 asiakasta. Kaikkiaan 65 asiakasta – runsas kolmannes – työllistyi joko avoimille "
     "työmarkkinoille tai palkkatuella.", {("employed", 65, 33.3)}),
    ("Hankkeessa oli 131 asiakasta.\n✅ 44 työllistyi (34 %) – heistä 26 avoimille työmarkkinoille ja 18 "
     "palkkatuella", {("employed", 44, 34.0), ("employed_open_market", 26, None), ("employed_subsidised", 18, None)}),
    # two kinds lumped ('Työ- tai koulutuspaikan'): the sum gives way to each kind's own figure
    ("Osallistujista 37 sai hankkeen aikana työpaikan. Opiskelemaan lähti 18 osallistujaa. Työ- tai "
     "koulutuspaikan sai siis yhteensä 55 osallistujaa eli 37 prosenttia.", {("employed", 37, None),
                                                                              ("education", 18, None)}),
    # a plain-text table with abbreviated columns and their legend; a service that promotes employment is no job
    ("Asiakkaita oli 104.\n\nNelj.      Avoin  Palkkat.  Kuntout.  Muu  Yht.\nQ1/2012        0         1         0"
     "    0     1\nQ2/2012        1         2         0    1     4\n-----------------------------------------\n"
     "Yhteensä      14        19         6    7    46\n\nAvoin    = työllistyi avoimille työmarkkinoille\n"
     "Palkkat. = palkkatuettu työ\nKuntout. = ammatillinen kuntoutus tai työkyvyn arviointi\n"
     "Muu      = muu työllistymistä edistävä palvelu\n",
     {("employed_open_market", 14, None), ("employed_subsidised", 19, None), ("rehabilitation", 6, None),
      ("services_other", 7, None)}),
    # an acronym explained in brackets in the table's caption; a label wrapped onto its figures' line
    ("Asiakkaana oli 278 henkilöä.\n\nTaulukko 1. Tilanne asiakkuuden päättyessä, henkilöä (KTT =\nkuntouttava "
     "työtoiminta)\nKunta | Asiakkaat | Koulutus | KTT\nKajaani | 142 | 17 | 26\nSotkamo | 136 | 13 | 30\n"
     "Yhteensä | 278 | 30 | 56\n\nKuhmossa kuntouttavan työtoiminnan paikkoja lisättiin hankeaikana kymmenellä.",
     {("education", 30, None), ("rehabilitative_work", 56, None)}),
    ("Tilanne välittömästi osallistumisen päätyttyä (n = 141)\n                          Naiset   Miehet   Yhteensä\n"
     "Koulutuksessa / opiskelemassa                 6        5         11\n"
     "Aktiivisesti työnhakijoina                    7       12         19\n"
     "Muissa työllistymistä edistävissä\npalveluissa                                   2        4          6\n"
     "Yhteensä                                     58       83        141\n",
     {("education", 11, None), ("activated_jobseeker", 19, None), ("services_other", 6, None)}),
    # a count in apposition between commas belongs to the clause it stands in, and so does the share before it
    ("Valmennukseen osallistui 241 kuopiolaista. Työllistyneitä oli kaikkiaan kuusikymmentäseitsemän. Heistä runsas "
     "puolet, kolmekymmentäneljä henkeä, pääsi töihin avoimille työmarkkinoille.",
     {("employed", 67, None), ("employed_open_market", 34, 50)}),
    # an infographic: each figure with its caption on the same line
    ("41 työllistyi\n17 | avoimille työmarkkinoille\n24 | palkkatuettuun työhön\n\nMuut polut eteenpäin\n"
     "12 | aloitti opinnot – tutkinto tai oppisopimus\n”Oppisopimus alkoi elokuussa.” – Jukka, 49\n",
     {("employed", 41, None), ("employed_open_market", 17, None), ("employed_subsidised", 24, None),
      ("education", 12, None)}),
    # a share after '=' restates the count; the target in brackets after it does not
    ("Hankkeessa oli 164 asiakasta.\n• Työllistyi yhteensä 53 = 32 % (tavoite 30 %)", {("employed", 53, 32.0)}),
    # wage work, unsupported work and work 'ilman mitään tukia' (a word between) are the open labour market;
    # half a wage subsidy is no share of people
    ("Tavalliseen palkkatyöhön ilman minkäänlaisia tukia pääsi 21 osallistujaa, muun muassa kaupan alalle.",
     {("employed_open_market", 21, None)}),
    ("Heistä kahdeksan sai paikan ihan tavallisilta työmarkkinoilta ilman mitään tukia.",
     {("employed_open_market", 8, None)}),
    ("Asiakkaista 12 % aloitti tavanomaisen, tukemattoman työsuhteen ja 17 % työllistyi puolen palkkatuella joko "
     "kunnan eri toimialoille tai yksityisiin yrityksiin.",
     {("employed_open_market", None, 12.0), ("employed_subsidised", None, 17.0)}),
    ("Palkkatyöhön pääsi 14 asiakasta.", {("employed", 14, None)}),
    # a place got in subsidised work (the elative says where); an inquiry into work ability
    ("Yhdeksän jatkaa kunnan kiinteistöhuollossa, ja kuusi sai paikan paikallisten yhdistysten palkkatukitöistä.",
     {("employed_subsidised", 6, None)}),
    ("Viiden osallistujan kohdalla käynnistettiin työkykyselvitys.", {("rehabilitation", 5, None)}),
    # a total of figures of both specific kinds is of the wider kind
    ("Päättyneistä kahdeksalle löytyi työpaikka avoimilta työmarkkinoilta ja 17 siirtyi palkkatukityöhön, joten "
     "työllistyneitä oli yhteensä 25 eli 19,4 % päättyneistä.",
     {("employed_open_market", 8, None), ("employed_subsidised", 17, None), ("employed", 25, 19.4)}),
    # a total of one kind's parts keeps that kind
    ("Hankkeeseen osallistui 118 henkilöä. Kun mukaan lasketaan seitsemän henkilöä, jotka palkattiin palkkatuella "
     "yrityksiin, palkkatuettuun työhön sijoittui kaikkiaan 29 osallistujaa.", {("employed_subsidised", 29, None)}),
    # a compound number word the tagger takes for a verb; a clause joined by a comma that names its own destination
    ("Hankkeessa oli kaikkiaan mukana yhdeksänkymmentäneljä ihmistä. Ja nyt tulee se tärkein luku: "
     "kaksikymmentäkahdeksan heistä on työllistynyt.", {("employed", 28, None)}),
    ("Kolmelletoista järjestettiin työkokeilu, kuusi ohjattiin kuntouttavaan työtoimintaan, ja kaksi pitkään "
     "sairastellutta pääsi lopulta eläkkeelle.",
     {("work_trial", 13, None), ("rehabilitative_work", 6, None), ("pension", 2, None)}),
    # a time phrase ends at its postposition: the list after the colon keeps its cues
    ("Osallistujista 47 eli 32,2 prosenttia työllistyi hankkeen aikana tai välittömästi sen jälkeen: 20 avoimille "
     "työmarkkinoille ja 27 palkkatuettuun työhön.",
     {("employed", 47, 32.2), ("employed_open_market", 20, None), ("employed_subsidised", 27, None)}),
    # a share column beside a total column is the total's share, not a part
    ("Taulukko 1. Asiakkaiden tilanne\n\n| Tilanne | Miehet | Naiset | Yhteensä | % |\n|---|---|---|---|---|\n"
     "| Työllistyneet yhteensä | 17 | 10 | 27 | 29,3 |\n", {("employed", 27, 29.3)}),
])
def test_outcomes(items, text: str, expected: set):
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == expected


@pytest.mark.parametrize("text", [
    "Vertailuryhmässä työllistyneiden osuus jäi 18 prosenttiin.",  # a benchmark
    "Säätiö työllisti vuonna 2019 kaikkiaan 86 palkkatuettua työntekijää hankkeiden ulkopuolella.",  # not the project's
    "Avoimet työpaikat (23)",  # vacancies, not people
    "Kaupunki perustaa aikuissosiaalityöhön kaksi pysyvää työvalmentajan tointa.",  # not 'työhön'

    "Jalasjärven noin 40 yrityksestä kuusi tarjosi asiakkaille työkokeilupaikkoja.",  # companies
    "Hankkeen tavoitteena on, että hankkeeseen osallistuu 240 henkilöä ja heistä vähintään 30 % työllistyy "
    "avoimille työmarkkinoille.",  # a target
    "Porras rakentui kolmesta askeleesta: 1) arjen hallinta ja kuntoutus, 2) työpajajakso ja 3) tuettu "
    "siirtyminen työhön.",  # an enumeration
    "Noin kolmanneksella ei ollut peruskoulun jälkeistä tutkintoa.",  # negated: a background, no outcome
    "Heistä 12 ei ole vielä työllistynyt.",
    "Hankkeen asiakkaille tehtiin yhteensä 61 työkokeilusopimusta.",  # contracts made, not people
    "Kunnan yksiköt tarjosivat työkokeilupaikkoja kaikkiaan 28.",  # places offered, not people
    # people at courses the project held are no outcome; nor are a named project's own services
    "Hanke järjesti kaksi koulutusta. Niihin osallistui 46 asiakasta.",
    "Työkaistan palveluihin on ohjattu tähän mennessä 164 työnhakijaa.",
    "Kokeilun alkaessa kuntien asiakkuuteen siirtyi 327 työnhakijaa.",
    # things counted, not people who reached an outcome
    "Viime vuonna kunnostettiin 23 vanhaa puuvenettä ja naputeltiin kuusikymmentä linnunpönttöä koulun pihaan.",
    "- 132 työpaikkailmoitusta jaettiin asiakkaiden WhatsApp-ryhmässä",
    # the pilot that preceded the project
    "Hanketta edelsi Kivijärvellä vuonna 2015 toteutettu työllisyyden kuntakokeilu, jossa 18 osallistujasta "
    "työllistyi viisi.",
    "Rahoitusohjelma: Kestävää kasvua ja työtä 2014–2020, toimintalinja 5",  # the number of an item
    # the version in a project's name; a target for the implementation period
    "Hankkeessa oli 193 asiakasta. Työ jatkuu 1.3.2022 alkaneessa Ponnari 2.0 -hankkeessa.",
    "Hankkeen tavoitteena on, että toteutusaikana valmennukseen osallistuu 160 henkilöä ja heistä vähintään 30 "
    "prosenttia työllistyy tai siirtyy koulutukseen.",
    # every positive path lumped together is no one kind
    "Aktiiviseen jatkopolkuun siirtyi 28 asiakasta (48,3 %).",
    # the words of an event's name name no outcome
    "Syyskuussa pidettiin satamassa Saaren työmarkkinat -tapahtuma, jossa kävi arviolta 240 henkeä.",
    # parts of degrees counted, the parser hanging the number on the genitive before the counted noun
    "Yhteensä osallistujat suorittivat 64 tutkinnon osaa.",
])
def test_outcomes_rejects(items, text: str):
    assert items(text, "outcomes") == []


@pytest.mark.parametrize("text, kind, base", [
    ("Hankkeeseen osallistui 164 asiakasta. Heistä 78 työllistyi.", "employed", 164),
    ("Toteutetun hankkeen 312 asiakkaasta 29 % työllistyi.", "employed", 312),
    ("Hankkeen kautta kulki 236 asiakasta, joista 64 työllistyi.", "employed", 236),
    ("Hankkeeseen osallistui 96 henkilöä. Kaksi siirtyi eläkkeelle.", "pension", 96),
    # the group whose share the percentage is, when it is not the clients
    ("Hankkeeseen kirjautui 143 asiakasta. Valmennuksen suoritti loppuun 112. Päättäneistä 41 henkilöä eli "
     "36,6 % työllistyi.", "employed", 112),
    # the other kinds follow the group the report's results are of
    ("Hankkeeseen kirjautui 143 asiakasta. Valmennuksen suoritti loppuun 112. Päättäneistä 41 henkilöä eli "
     "36,6 % työllistyi. Opinnot aloitti 15 henkilöä.", "education", 112),
    # 'heistä' after a sentence whose only number counts municipalities: the clients
    ("Asiakkuuksia avattiin kaikkiaan 84. Se tarkoittaa kahden pienen kunnan mittakaavassa paljon. Työpaikan "
     "heistä on saanut 26.", "employed", 84),
])
def test_outcome_base(items, text: str, kind: str, base: int):
    found = {i["kind"]: i for i in items(text, "outcomes")}
    assert found[kind].get("base") == base


def test_outcome_base_is_not_its_own_count(items):
    found = items("Heistä 24 työllistyi.", "outcomes")
    assert found == [{"kind": "employed", "count": 24}]


# --- indicators -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kannuksessa työttömiä oli 312.", {("unemployed", 312)}),
    # a pronoun for the statistic the sentence before names, with no figure of its own
    ("Pitkäaikaistyöttömien määrä on laskenut Paltamossa selvästi. Elokuussa 2016 heitä oli 104, heinäkuun "
     "lopussa 2019 enää 61.", {("long_term_unemployed", 104), ("long_term_unemployed", 61)}),
    ("Työttömiä työnhakijoita oli Riihimäellä joulukuussa 2015 yhteensä 2 214 ja joulukuussa 2018 enää 1 796.",
     {("unemployed", 2214), ("unemployed", 1796)}),
    ("Pitkäaikaistyöttömiä oli helmikuun 2012 lopussa 1 512. Helmikuun 2014 lopussa heitä oli 1 688.",
     {("long_term_unemployed", 1512), ("long_term_unemployed", 1688)}),
    ("Seinäjoen aktivointiaste nousi hankkeen aikana selvästi: vuonna 2010 se oli 22,1 % ja vuoden 2013 "
     "lopussa 27,5 %.", {("activation_rate", 22.1), ("activation_rate", 27.5)}),
    ("Raumalla oli joulukuussa 2021 työttömiä työnhakijoita 1 794, mikä on 412 vähemmän kuin vuotta aiemmin.",
     {("unemployed", 1794)}),
    ("Lieksassa pitkäaikaistyöttömien määrä väheni 410:stä 362:een vuosina 2015–2017.",
     {("long_term_unemployed", 410), ("long_term_unemployed", 362)}),
    ("Siilinjärven työmarkkinatilanne\n | 12/2016 | 12/2019\nTyöttömät työnhakijat | 1 146 | 968\n",
     {("unemployed", 1146), ("unemployed", 968)}),
    # 'ja' between two places joins a phrase; a number inside a place adverbial is no rival figure
    ("Pitkäaikaistyöttömiä oli Pielavedellä ja Keiteleellä yhteensä 148 hankkeen alkaessa helmikuussa 2015.",
     {("long_term_unemployed", 148)}),
    ("Työttömiä työnhakijoita oli kahdessa kunnassa tammikuussa 2018 yhteensä 402.", {("unemployed", 402)}),
    # a row label that ends in '%' makes its figures percentages; the change column is no level
    ("                       9/2012     12/2015    muutos\n"
     "Työttömät työnhakijat, kokeilukunnat yht.     812     684     -128\n"
     "Aktivointiaste, kokeilukunnat, %     21,4     30,8    +9,4 %-yks.",
     {("unemployed", 812), ("unemployed", 684), ("activation_rate", 21.4), ("activation_rate", 30.8)}),
    # rows labelled by places under a caption that names the statistic
    ("TYÖTTÖMÄT TYÖNHAKIJAT (TYÖNVÄLITYSTILASTO)\n\nKunta\t12/2009\t12/2011\nHarjavalta\t612\t548\n"
     "Kokemäki\t701\t655\n", {("unemployed", 612), ("unemployed", 548), ("unemployed", 701), ("unemployed", 655)}),
    # the same dates again, by a time anaphor
    ("Kokeilualueella oli helmikuussa 2021 työttömiä työnhakijoita yhteensä 412, kesäkuussa 2023 enää 298. "
     "Pitkäaikaistyöttömiä oli vastaavina ajankohtina 151 ja 104.",
     {("unemployed", 412), ("unemployed", 298), ("long_term_unemployed", 151), ("long_term_unemployed", 104)}),
    # dates head the columns of a table of statistics
    ("Taulukko 16. Työllisyyden tunnusluvut, Muonio\nTunnusluku | 31.12.2012 | 31.12.2013\n"
     "Työttömät työnhakijat | 168 | 151\nPitkäaikaistyöttömät | 41 | 36\n",
     {("unemployed", 168), ("unemployed", 151), ("long_term_unemployed", 41), ("long_term_unemployed", 36)}),
    # a number that counts the municipalities of the area is no rival figure between the cue and the count
    ("Pitkäaikaistyöttömiä oli kolmen kunnan alueella huhtikuussa 2012 yhteensä 71.", {("long_term_unemployed", 71)}),
    # a small value right after a date of its own, in an elliptic second clause
    ("Halsualla oli pitkäaikaistyöttömiä tammikuussa 2016 yhteensä 24, joulukuussa 2018 enää 13.",
     {("long_term_unemployed", 24), ("long_term_unemployed", 13)}),
    # dated sub-items indented under the bullet that names the statistic
    ("• Aktivointiaste Heinävedellä\n   – 3/2021: 22,1 %\n   – 12/2022: 31,8 %\n"
     "• Pitkäaikaistyöttömät Heinävedellä\n   – 3/2021: 127\n   – 12/2022: 94\n",
     {("activation_rate", 22.1), ("activation_rate", 31.8), ("long_term_unemployed", 127),
      ("long_term_unemployed", 94)}),
    # the long-term unemployed spelt out
    ("Forssassa oli vuoden 2020 lopussa 1 402 työtöntä työnhakijaa. Huolestuttavinta oli kasvu syksyn aikana: yli "
     "vuoden yhtäjaksoisesti työttömänä olleita oli joulukuussa 498.",
     {("unemployed", 1402), ("long_term_unemployed", 498)}),
    # a length of time is no statistic
    ("Puolangalla oli syyskuussa 2016 pitkäaikaistyöttömiä 104, ja monella heistä työttömyys oli jatkunut yli "
     "500 päivää.", {("long_term_unemployed", 104)}),
    # the target column of a table is no statistic; the realised one beside it is
    ("Tavoite | Tavoitetaso | Toteuma\nPitkäaikaistyöttömät 12/2020 | alle 160 | 169\n",
     {("long_term_unemployed", 169)}),
    # dates label the rows and the statistics head the columns; a region's column of the same statistic is a
    # comparison, and a rate's decimals are percentages
    ("Taulukko 2. Aktivointiaste (%) ja pitkäaikaistyöttömät kokeilualueella\n\n| Neljännes | Aktivointiaste, "
     "kokeilualue | Pitkäaikaistyöttömät, kokeilualue | Aktivointiaste, Pohjois-Pohjanmaa |\n|---|---|---|---|\n"
     "| III/2012* | 22,4 | 612 | 24,1 |\n| IV/2015 | 34,2 | 667 | 27,9 |\n| Muutos III/2012–IV/2015 | +11,8 %-yks. | "
     "+55 | +3,8 %-yks. |\n", {("activation_rate", 22.4), ("activation_rate", 34.2), ("long_term_unemployed", 612),
                                ("long_term_unemployed", 667)}),
    ("Kuukausi | Työttömät työnhakijat\n9/2012 | 2 140\n12/2015 | 1 880\n",
     {("unemployed", 2140), ("unemployed", 1880)}),
    # a change from one value to another: what the start's words name
    ("Pitkäaikaistyöttömien määrä nousi koronavuosina 121:stä (toukokuu 2019) 146:een (syyskuu 2021).",
     {("long_term_unemployed", 121), ("long_term_unemployed", 146)}),
    # the project area's own figures after a sentence with the whole country's
    ("Kiteen työttömyysaste oli vuoden 2015 lopussa 16,3 %, kun koko maan työttömyysaste oli 13,6 %. "
     "Aktivointiaste nousi kokeilualueella joulukuun 2011 22,4 prosentista 27,9 prosenttiin joulukuussa 2015.",
     {("activation_rate", 22.4), ("activation_rate", 27.9)}),
    # a region's figure beside the project towns' own is the wider area's; alone, it is the project area's
    ("Hanke toteutettiin Pieksämäellä ja Kangasniemellä. Etelä-Savossa oli kesäkuussa 2019 noin 3 100 "
     "pitkäaikaistyötöntä. Kangasniemellä pitkäaikaistyöttömien määrä laski helmikuun 2016 163:sta 118:aan "
     "helmikuussa 2019.", {("long_term_unemployed", 163), ("long_term_unemployed", 118)}),
    ("Hanke toteutettiin Joensuussa ja Liperissä. Pohjois-Karjalan pitkäaikaistyöttömien määrä kasvoi: joulukuussa "
     "2010 heitä oli 3 910, marraskuussa 2013 jo 4 215.",
     {("long_term_unemployed", 3910), ("long_term_unemployed", 4215)}),
    # the long-term unemployed spelt out after the number
    ("Keuruulla ja Multialla oli maaliskuussa 2017 yhteensä 761 työtöntä työnhakijaa, ja heistä 297 oli ollut "
     "työttömänä yhtäjaksoisesti yli vuoden.", {("unemployed", 761), ("long_term_unemployed", 297)}),
    # a part taken from a dated statistic in the sentence before ('Heistä'); respective figures in the order the
    # statistics were named ('vastaavat luvut olivat … ja …')
    ("Hankkeen kolmessa toimintakunnassa oli heinäkuun 2011 lopussa yhteensä 2 046 työtöntä työnhakijaa. Heistä "
     "pitkäaikaistyöttömiä oli 498. Hankkeen päättyessä lokakuun 2013 lopussa vastaavat luvut olivat 2 611 ja 702.",
     {("unemployed", 2046), ("long_term_unemployed", 498), ("unemployed", 2611), ("long_term_unemployed", 702)}),
    # a pronoun going on from the statistic before, in a clause of its own after the date
    ("Hankkeen toiminta-alueella oli työttömiä työnhakijoita helmikuun 2012 lopussa 1 512. Kaksi vuotta myöhemmin, "
     "helmikuun 2014 lopussa, heitä oli 1 688.", {("unemployed", 1512), ("unemployed", 1688)}),
    # columns of a region and the whole country beside the municipality's own
    ("Taulukko 6.1. Työllisyyden indikaattoreita\nIndikaattori | Raahe 2017 | Raahe 2020 | Pohjois-Pohjanmaa 2020 | "
     "Koko maa 2020\nAktivointiaste, % | 27,5 | 24,1 | 25,3 | 23,3\n",
     {("activation_rate", 27.5), ("activation_rate", 24.1)}),
    # rows of a region after the comma beside rows of the project's town
    ("Uraverkko-hanke toimi Espoossa.\n\n| Tunnusluku | 12/2017 | 12/2018 |\n|---|---:|---:|\n"
     "| Aktivointiaste, Espoo | 27,9 % | 31,5 % |\n| Aktivointiaste, Uusimaa | 27,1 % | 29,8 % |\n",
     {("activation_rate", 27.9), ("activation_rate", 31.5)}),
    # rows labelled by the project's town and a month, the column header naming the statistic; the comparison
    # town's row is not the project area's
    ("Hanke toimi Kauniaisissa.\n\n| Alue ja ajankohta | Työttömät työnhakijat | Pitkäaikaistyöttömät | "
     "Aktivointiaste % |\n|---|---:|---:|---:|\n| Kauniainen 1/2021 | 412 | 118 | 24,6 |\n"
     "| Espoo 1/2022 (vertailu) | 19 870 | 8 940 | 27,5 |\n",
     {("unemployed", 412), ("long_term_unemployed", 118), ("activation_rate", 24.6)}),
    # long-term unemployment spelt out after the figure
    ("Hanke toimi Helsingissä. Joulukuussa 2015 Helsingissä oli 37 480 työtöntä työnhakijaa, ja heistä 13 960 oli "
     "ollut työttömänä yhtäjaksoisesti vähintään vuoden.", {("unemployed", 37480), ("long_term_unemployed", 13960)}),
    # a figure before ', ja kaksi vuotta myöhemmin' is no length of time
    ("Työttömiä työnhakijoita oli kokeilualueella joulukuussa 2016 yhteensä 2 310,\nja kaksi vuotta myöhemmin "
     "joulukuussa 2018 heitä oli 1 845.", {("unemployed", 2310), ("unemployed", 1845)}),
    # the town's own statistic after a sentence comparing with the whole country
    ("Kaupungin työttömyysaste oli tuolloin 15,9 prosenttia, kun koko maan työttömyysaste oli 12,1 prosenttia. "
     "Tampereen aktivointiaste oli helmikuussa 2017 vain 27,3 %.", {("activation_rate", 27.3)}),
    # another town's figure, beside the project town's
    ("Maaningan Kylätyö-hanke toimi Maaningalla 1.8.2012–31.12.2014.\n\nJoulukuun 2014 lopussa Maaningalla oli 54 "
     "pitkäaikaistyötöntä. Koko Kuopion kaupungissa (ilman Maaningan aluetta) työttömiä työnhakijoita oli samaan "
     "aikaan 8 912.", {("long_term_unemployed", 54)}),
    # an area statistic in number words
    ("Kustavissa oli lokakuun lopussa kolmekymmentäyksi työtöntä työnhakijaa, kun vuotta aiemmin heitä oli "
     "neljäkymmentäkaksi.", {("unemployed", 31), ("unemployed", 42)}),
    # 'vastaavat luvut' take the kinds named before them in the same sentence, in order
    ("Hämeenkoskella oli elokuussa 2012 työttömiä työnhakijoita 121, joista pitkäaikaistyöttömiä 38; joulukuussa "
     "2014 vastaavat luvut olivat 143 ja 51.", {("unemployed", 121), ("long_term_unemployed", 38),
                                               ("unemployed", 143), ("long_term_unemployed", 51)}),
    # the project's clients are no area's statistic, whatever 'ne' points back to
    ("Kunnassa oli syyskuussa 2014 pitkäaikaistyöttömiä 51. Kysely lähetettiin lokakuussa 2014. Se lähetettiin "
     "kaikille niille 89 asiakkaalle, joiden yhteystiedot olivat ajan tasalla.", {("long_term_unemployed", 51)}),
])
def test_indicators(items, text: str, expected: set):
    assert kinds_values(items(text, "indicators"), ("value",)) == expected


@pytest.mark.parametrize("text", [
    "Asiakkaiden tilanne valmennuksen päättyessä\nTilanne | hlö | %\nTyöllistyi | 70 | 26,5\n"
    "Työtön työnhakija | 58 | 22,0\n",  # a client status table row
    "Hankkeen päättyessä asiakkaista\n- työttömänä työnhakijana 31\n",  # a status in the essive
    "Kaksikielinen hanke auttoi 31 pitkäaikaistyötöntä töihin.",  # clients, not the area
    "Hanke tarjosi kolmen kunnan pitkäaikaistyöttömille palveluohjausta.",
    "Keuruulla kohderyhmänä olivat yli 12 kk työttömänä olleet pitkäaikaistyöttömät.",  # a duration
    "Toiminta perustuu lakiin työllistymistä edistävästä monialaisesta yhteispalvelusta (1369/2014).",
    "Kokeilukuntien aktivointiaste nousi selvästi, ja pitkäaikaistyöttömien määrä laski yli viidenneksellä.",
    "Vertailun vuoksi: Imatran seudun kuntakokeilussa aktivointiaste oli toukokuussa 2023 45,3 %.",  # a benchmark
    "Koko Satakunnassa pitkäaikaistyöttömiä oli joulukuussa 2013 noin 4 900.",  # the whole region's figure
    "Koko Uudenmaan aktivointiaste oli joulukuussa 2019 28,3 %.",  # the whole region's, in the genitive
    "Valtuutettu muistutti, että koko Pohjois-Karjalassa on nyt yli 6 000 pitkäaikaistyötöntä.",  # inside a clause
    "Valtakunnallinen aktivointiaste oli elokuussa 2019 27,9 prosenttia.",  # the whole country's
    "• Vrt. koko maa 6/2022: aktivointiaste 29,8 %",  # a slide's comparison
    # the paragraph names the whole country and the figures' sentences no place of their own
    "Pitkäaikaistyöttömyys on kääntynyt koko maassa laskuun. Työ- ja elinkeinoministeriön työllisyyskatsauksen "
    "mukaan elokuun 2019 lopussa pitkäaikaistyöttömiä oli 62 300. Työttömiä työnhakijoita oli samaan aikaan "
    "yhteensä 236 900.",
    # a length of time, a section of the minutes and a day of a month are no statistics
    "Kunnanhallitus päätti 22.11.2010 (§ 402) hakea rahoitusta pitkäaikaistyöttömien hankkeelle.",
    "Pitkäaikaistyöttömien hankkeet esittelivät tuloksiaan torstaina 24. lokakuuta Vaasassa.",
    # the country named in the paragraph
    "Pitkäaikaistyöttömyys kasvoi Suomessa voimakkaasti vuosina 2012–2016. Huippu saavutettiin vuoden 2017 alussa, "
    "jolloin pitkäaikaistyöttömiä oli noin 125 000.",
])
def test_indicators_rejects(items, text: str):
    assert items(text, "indicators") == []


@pytest.mark.parametrize("above, unit", [
    ("Hankkeen budjetti oli 276 500 euroa.", None),  # a figure's own unit in the prose above
    ("Kustannukset (euroa)", "eur"),
    ("Budjetti: 250 000–500 000 €", "eur"),  # a label line names the money of the table below
    ("Taulukko 3. Kustannukset 1 000 euroa", "eur"),
])
def test_the_unit_of_a_table_from_the_line_above(nlp, above: str, unit: str | None):
    from extractor.candidates import table_unit
    from extractor.segment import segment
    rows = [s for s in segment(f"{above}\n\n| Ryhmä | Määrä |\n|---|---|\n| Nuoret | 127 |\n", nlp) if s.is_row]
    assert table_unit(rows[-1])[0] == unit


def test_an_elative_group_further_before_its_share_is_the_base(items):
    found = items("Hankkeeseen kirjautui 143 asiakasta. Kaikista 143 asiakkaasta laskettuna työllistyneiden osuus "
                  "olisi 28,7 %.", "outcomes")
    assert all(i.get("count") != 143 for i in found)


def test_an_audit_keeps_the_approved_figures(items):
    text = ("3 KUSTANNUKSET\n\nProjektin hyväksytty kustannusarvio oli 318 400,00 euroa. "
            "Maksatushakemuksissa esitettiin kustannuksia kaikkiaan 297 562,38 euroa. Tarkastuksen perusteella "
            "projektin tukikelpoisiksi kokonaiskustannuksiksi vahvistetaan 295 415,88 euroa.\n\n"
            "                                 Esitetty €     Hyväksytty €\n"
            "Henkilöstökustannukset           214 886,12       214 886,12\n"
            "Muut kustannukset                 14 166,50        12 020,00\n"
            "Yhteensä                         297 562,38       295 415,88\n\n"
            "Muista kustannuksista on vähennetty 2 146,50 euroa.\n\n"
            "5 SEURANTATIEDOT\n\nLoppuraportissa projektiin ilmoitetaan osallistuneen 76 henkilöä. Korjattu "
            "osallistujamäärä on 74 (miehiä 45, naisia 29).")
    assert kinds_values(items(text, "money"), ("eur",)) == {("budget", 318400), ("total_cost", 295415.88)}
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 74)}


def test_the_other_finalists_section_is_not_the_projects(items):
    text = ("Vuoden työllisyysteko -palkinto myönnetään Nousu-hankkeelle. Hankkeen kolmen vuoden aikana sen "
            "valmentajat kohtasivat 164 lapualaista työnhakijaa. Lähes joka kolmas osallistuja – 52 henkeä – on "
            "saanut töitä.\n\n"
            "MUUT FINALISTIT\n\nDuunikaista, Seinäjoen kaupunki. Nuorille aikuisille suunnattu hanke tavoitti "
            "kahdessa vuodessa 240 alle 30-vuotiasta työnhakijaa, joista 61 prosenttia jatkoi työhön.\n\n"
            "Järviseudun Kädentaitajat ry, Alajärvi. Yhdistyksen kierrätysverstaalla oli vuoden aikana 48 kuntouttavan "
            "työtoiminnan asiakasta.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 164)}
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 52)}


def test_a_section_headed_by_another_project_is_that_projects(items):
    text = ("# Kompassi – suunta työhön Porissa\n\n4.4 Kompassin kustannukset\n\nKompassin kokonaiskustannukset olivat "
            "731 500 euroa.\n\n4.5 Vertailu: Tienviitta-hanke Seinäjoella\n\nVertailutapauksena käytetty Tienviitta "
            "toteutettiin Seinäjoella vuosina 2016–2018. Sen rahoitti Keski-Suomen ELY-keskus. Asiakkaita oli "
            "182.\n\nToiminta keskittyi ryhmävalmennukseen. Kaupungin omarahoitusosuus oli 102 400 euroa.\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 731500)}
    assert items(text, "participants") == []


def test_a_statistic_after_an_anaphor_is_the_one_named_last(items):
    text = ("Hanke toimi Kuopiossa ja Siilinjärvellä. Kuopion pitkäaikaistyöttömien määrä laski joulukuun 2019 "
            "3 120:sta joulukuun 2022 2 640:een, ja Siilinjärven työttömien työnhakijoiden määrä väheni samana aikana "
            "1 184:stä 986:een.")
    assert ("unemployed", 1184) in kinds_values(items(text, "indicators"), ("value",))
    text = ("Hanke toimi Ilmajoella. Pitkäaikaistyöttömiä eli yli vuoden työttömänä olleita oli Ilmajoella elokuussa "
            "2011 yhteensä 142, mutta joulukuussa 2013 heitä oli jo 187.")  # a state, not the statistic named
    assert ("long_term_unemployed", 187) in kinds_values(items(text, "indicators"), ("value",))


def test_a_board_proposal_keeps_the_finished_projects_period_and_money(items):
    text = ("Työkaari – Keravan polku työhön -hanke toteutettiin ajalla 1.1.2020–31.10.2022. Hankkeen "
            "kustannusarvio oli 690 000 euroa ja toteutuneet kustannukset 612 845 euroa. Työllisyyspalvelujen arvion "
            "mukaan hanke on vähentänyt kaupungin maksamaa työmarkkinatuen kuntaosuutta hankeaikana noin 150 000 "
            "eurolla.\n\nElinvoimajaosto esittää, että työvalmennusta jatketaan kaupungin omana toimintana ajalla "
            "1.1.2023–31.12.2024. Toiminnan kustannusarvio on yhteensä 398 000 euroa.\n\nKaupunginhallitus päättää\n\n"
            "- jatkaa työvalmennusta ajalla 1.1.2023–31.12.2024.\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("budget", 690000), ("total_cost", 612845),
                                                            ("savings", 150000)}


def test_a_pictograph_list_has_one_item_per_line_and_an_interim_count_gives_way(items):
    text = ("### 15.6.2017 klo 11.02\n\nKesätauon kynnyksellä pieni välitilinpäätös! ☀️ Hankkeessa on tähän mennessä "
            "ollut mukana 68 asiakasta. Töihin on päässyt 14 ja koulutukseen kuusi.\n\n### 31.1.2018 klo 15.45\n\n"
            "Kahden vuoden aikana hankkeen kautta kulki kaikkiaan 97 asiakasta. Tässä lopulliset luvut:\n\n"
            "💼 28 työllistyi\n🎓 yhdeksän lähti opiskelemaan\n🔧 14 aloitti työkokeilun\n"
            "🤝 seitsemän siirtyi kuntouttavaan työtoimintaan\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 97)}
    assert kinds_values(items(text, "outcomes"), ("count",)) == {
        ("employed", 28), ("education", 9), ("work_trial", 14), ("rehabilitative_work", 7)}


def test_figures_halfway_through_give_way_to_the_final_ones(items):
    text = ("15.1.2020\nPuolivälin katsaus: 130 asiakasta, 37 töissä\n\nHankkeen puolivälissä asiakkaita oli kertynyt "
            "130, ja heistä 37 oli löytänyt työpaikan. Lisäksi 11 oli aloittanut opinnot.\n\nTulokset\n\n"
            "Nousuun osallistui kolmen vuoden aikana kaikkiaan 176 asiakasta. Heistä 52 työllistyi ja 19 aloitti "
            "ammatillisen koulutuksen.\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 176)}
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 52), ("education", 19)}


def test_a_surveys_answers_are_no_outcomes(items):
    text = ("Hankkeen aikana valmennukseen osallistui kaikkiaan 243 asiakasta. Koulutukseen hakeutui 19 asiakasta, ja "
            "työkokeilun aloitti 27.\n\nTaulukko 4. Mikä on tämänhetkinen tilanteesi? (n = 97)\n"
            "Tilanne | % vastaajista\nTyössä avoimilla työmarkkinoilla | 27\nOpiskelen | 18\nTyökokeilussa | 9\n\n"
            "Vastaajista 41 % oli siis kyselyhetkellä työssä.\n")
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == {("education", 19, None),
                                                                          ("work_trial", 27, None)}


def test_an_editorials_rhetoric_is_no_count(items):
    text = ("Työpirtin kautta kulki 318 kajaanilaista ja paltamolaista. Kohderyhmänä olivat ne, jotka olivat olleet "
            "vailla työtä yli kaksi vuotta – moni heistä kymmenenkin. Heistä 84 sai hankkeen aikana töitä. Maakunnan "
            "työttömistä joka kolmas on ollut työttä yli vuoden.")
    assert kinds_values(items(text, "outcomes"), ("count", "percent", "base")) == {("employed", 84, None, 318)}


@pytest.mark.parametrize("text, expected", [
    # the date nearest to the figure in its clause, not another figure's
    ("Aktivointiaste nousi Kiteellä joulukuun 2011 22,4 prosentista 27,9 prosenttiin joulukuussa 2015.",
     {(22.4, "2011-12"), (27.9, "2015-12")}),
    ("Kokeilualueen pitkäaikaistyöttömien määrä kasvoi: joulukuussa 2012 heitä oli 318 ja joulukuussa 2015 jo 402.",
     {(318, "2012-12"), (402, "2015-12")}),
    # a date in brackets right after the figure; a figure in brackets after its date
    ("Huittisten pitkäaikaistyöttömien määrä kasvoi 214:stä (tammikuu 2012) 262:een (joulukuu 2014).",
     {(214, "2012-01"), (262, "2014-12")}),
    ("Hankealueen pitkäaikaistyöttömien yhteismäärä laski 3/2015 tilanteesta (512) maaliskuuhun 2018 (376).",
     {(512, "2015-03"), (376, "2018-03")}),
    # a sentence going on from the one before takes its dates
    ("Liperissä pitkäaikaistyöttömiä oli joulukuussa 2018 yhteensä 247. Joulukuussa 2020 heitä oli 231. "
     "Aktivointiaste nousi samana aikana 21,4 prosentista 27,9 prosenttiin.",
     {(247, "2018-12"), (231, "2020-12"), (21.4, "2018-12"), (27.9, "2020-12")}),
    # a table column's year
    ("Taulukko 6.1. Työllisyyden indikaattoreita\nIndikaattori | Raahe 2017 | Raahe 2020\nAktivointiaste, % | 27,5 | 24,1\n",
     {(27.5, "2017"), (24.1, "2020")}),
    # the statistic named without a figure in the sentence before; 'vastaavasti' takes the dates in turn
    ("Hanke toimi Ylöjärvellä ja Hämeenkyrössä.\n\nPitkäaikaistyöttömien määrä laski molemmissa kunnissa. "
     "Ylöjärvellä heitä oli syyskuussa 2015 yhteensä 411 ja elokuussa 2018 enää 318, Hämeenkyrössä vastaavasti 96 "
     "ja 71.", {(411, "2015-09"), (318, "2018-08"), (96, "2015-09"), (71, "2018-08")}),
    # a whole-country figure going on from the area's sentence; a table headed by a region of which the project
    # has only some towns
    ("Hankealueella oli lokakuussa 2010 yhteensä 98 pitkäaikaistyötöntä. Valtakunnallisesti suunta oli "
     "päinvastainen: pitkäaikaistyöttömien määrä kasvoi koko maassa noin 59 000:een vuoden 2010 loppuun mennessä.",
     {(98, "2010-10")}),
    ("Työlaituri-hanke toimi Jämsässä ja Kuhmoisissa.\n\n| Keski-Suomi | 12/2016 | 12/2018 |\n|---|---|---|\n"
     "| Työttömät työnhakijat | 28 415 | 22 874 |\n| Pitkäaikaistyöttömät | 10 730 | 7 986 |\n\n"
     "Jämsän ja Kuhmoisten alueella oli helmikuussa 2016 yhteensä 812 pitkäaikaistyötöntä.", {(812, "2016-02")}),
    # a small figure with the statistic's pronoun after its own date
    ("Hailuodossa oli pitkäaikaistyöttömiä hankkeen alkaessa elokuussa 2017 yhteensä 26, ja heinäkuun 2020 lopussa "
     "heitä oli 19.", {(26, "2017-08"), (19, "2020-07")}),
    # the same value in two months is two figures
    ("TAULUKKO 4. Pitkäaikaistyöttömät hankealueella (Pyhäjoki ja Merijärvi)\nKuukausi | Pitkäaikaistyöttömät\n"
     "5/2013 | 67\n6/2013 | 66\n7/2013 | 66\n", {(67, "2013-05"), (66, "2013-06"), (66, "2013-07")}),
])
def test_indicator_dates(items, text: str, expected: set):
    assert {(i["value"], i.get("date")) for i in items(text, "indicators")} == expected


def test_a_semicolon_separated_export_is_a_table_with_its_shares_row(items):
    text = ("TyöRanta S22764 - asiakasseuranta;;;;;;\n"
            "Kuukausi;Uudet asiakkaat;Päättyneet asiakkuudet;Työllistyi;Koulutukseen;Muu palvelu;"
            "Asiakkaita kk lopussa\n"
            "09/2020;9;0;0;0;0;9\n10/2020;12;1;0;0;1;20\n"
            "YHTEENSÄ;116;116;34;11;25;\nOsuus asiakkaista %;;;29,3;9,5;21,6;\n;;;;;;\n"
            "Rahoitus (EUR);;;Yhteensä;Osuus %;;\nESR ja valtio (Pohjois-Pohjanmaan ELY);;;163733;80;;\n"
            "Kuntarahoitus yhteensä;;;40933;20;;\n")
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == {
        ("employed", 34, 29.3), ("education", 11, 9.5), ("services_other", 25, 21.6)}
    assert kinds_values(items(text, "money"), ("eur", "share_pct")) == {
        ("public_funding", 163733, 80), ("own_funding", 40933, 20)}


def test_funding_granted_to_a_count_of_projects_is_the_programmes(items):
    text = ("ELY-keskus myönsi Keski-Suomessa vuoden 2018 loppuun mennessä ESR-rahoitusta yhteensä 58,6 miljoonaa "
            "euroa 214 hankkeelle.\n\nTyölaiturin toteutuneet kokonaiskustannukset olivat 538 700 euroa. Euroopan "
            "sosiaalirahaston ja valtion rahoitusosuus oli 80 prosenttia eli 430 960 euroa.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 538700), ("public_funding", 430960)}


def test_rounded_number_words_in_an_interview(items):
    text = ("– Töihin pääsi nelisenkymmentä ihmistä. Heistä noin puolet, eli parikymmentä, sai työpaikan ihan "
            "avoimilta työmarkkinoilta, loput palkkatuella. Työkokeiluja tehtiin kolmisenkymmentä, aika monta "
            "niistä maatiloilla. Viitisentoista ohjasimme kuntouttavaan työtoimintaan.")
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == {
        ("employed", 40, None), ("employed_open_market", 20, 50), ("work_trial", 30, None),
        ("rehabilitative_work", 15, None)}


@pytest.mark.parametrize("text, expected", [
    # one placement is one person's; not when the people in them are counted after
    ("Työkokeiluja tehtiin 24, ja ne sujuivat hyvin.", {("work_trial", 24)}),
    ("Työkokeiluja toteutettiin 27, ja niihin osallistui 23 eri henkilöä.", {("work_trial", 23)}),
    ("Hankkeen asiakkaille tehtiin yhteensä 61 työkokeilusopimusta.", set()),
])
def test_placements_counted_by_what_was_done(items, text: str, expected: set):
    assert kinds_values(items(text, "outcomes"), ("count",)) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare round figure that a sum of money is said to be
    ("Hanke maksoi noin 480 000 euroa. Siitä kaupungin omarahoitusta oli suunnilleen satatuhatta, loput tuli "
     "ESR:ltä ja valtiolta.", {("total_cost", 480000), ("own_funding", 100000)}),
    ("Hankkeen kokonaiskustannukset olivat 150 000.", {("total_cost", 150000)}),
    # a follow-up the sentence before named: 'Sen budjetti'
    ("Hanke maksoi 480 000 euroa. Kaupunki on hakenut jatkohanketta, Nousukiito kakkosta, vuosille 2013–2014. "
     "Sen budjetti olisi noin kolmesataaviisikymmentätuhatta euroa.", {("total_cost", 480000)}),
    # an estimate of the realised costs is no plan
    ("Budjetti oli 560 000 euroa, ja toteutuneiden kustannusten arvioidaan jäävän noin 532 000 euroon.",
     {("budget", 560000), ("total_cost", 532000)}),
    # what all the municipalities of a region paid
    ("Hanke maksoi 530 000 euroa. Yleisellä tasolla hän totesi, että Pirkanmaan kunnat maksoivat vuonna 2018 "
     "kuntaosuuksia yhteensä noin 58 miljoonaa euroa.", {("total_cost", 530000)}),
    # a part of the budget is not the budget; the budget's own amount is
    ("Hankkeen 412 600 euron kokonaisbudjetista 80 prosenttia eli 330 080 euroa on EU:n ja valtion rahaa.",
     {("total_cost", 412600), ("public_funding", 330080)}),
    ("Hankkeen toteutuneet kustannukset olivat 286 940 euroa, mikä on 91 % hyväksytystä kustannusarviosta "
     "(315 000 €).", {("total_cost", 286940), ("budget", 315000)}),
    # an audit's deduction lowers a cost line: no saving
    ("Hankkeen kustannukset olivat 561 836,25 euroa. Vähennys pienentää myös flat rate -osuutta 748,50 eurolla.",
     {("total_cost", 561836.25)}),
    # several payers' own shares, with no sum of them stated
    ("Kustannukset olivat 337 450 euroa. Virolahden kunnan omarahoitusosuus oli 12 % eli 40 494 euroa ja "
     "Miehikkälän kunnan 8 % eli 26 996 euroa.",
     {("total_cost", 337450), ("own_funding", 40494), ("own_funding", 26996)}),
    ("Kuntien rahoitusosuus oli 53,5 t€ (15 %), josta Ypäjän osuus 31,2 t€ ja Jokioisten 22,3 t€, ja säätiön "
     "omarahoitus 17,8 t€ (5 %).", {("own_funding", 53500), ("own_funding", 17800)}),
])
def test_money_of_this_round(items, text: str, expected: set):
    assert kinds_values(items(text, "money"), ("eur",)) == expected


def test_an_audit_table_of_claimed_and_approved_costs(items):
    text = ("Kustannuslaji                      Haettu        Hyväksytty    Erotus\n"
            "Henkilöstökustannukset          456 212,50    453 093,75    3 118,75\n"
            "Flat rate 24 %                  109 491,00    108 742,50      748,50\n"
            "Yhteensä                        565 703,50    561 836,25    3 867,25\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 561836.25)}


def test_a_funding_tables_payers_each_with_their_share(items):
    text = ("Kustannuksista 80 prosenttia katettiin ESR- ja valtion rahoituksella.\n\n"
            "|Rahoittaja|Euroa|Osuus|\n|---|---|---|\n|ESR ja valtio (Hämeen ELY-keskus)|877 130|80 %|\n"
            "|Tampereen kaupunki|164 462|15 %|\n|Valmennussäätiö Tähkä sr|54 820|5 %|\n|Yhteensä|1 096 412|100 %|\n")
    assert kinds_values(items(text, "money"), ("eur", "share_pct")) == {
        ("total_cost", 1096412, 100), ("public_funding", 877130, 80), ("own_funding", 164462, 15),
        ("own_funding", 54820, 5)}


def test_a_share_of_the_costs_restated_in_euros(items):
    text = ("Kustannuksia kertyi kaikkiaan 520 000 euroa. ELY-keskuksen myöntämä ESR- ja valtion rahoitus kattoi "
            "85 prosenttia kustannuksista eli noin 442 000 euroa; loppuosan maksoivat Ylivieska ja Kalajoki.")
    assert kinds_values(items(text, "money"), ("eur", "share_pct")) == {
        ("total_cost", 520000, None), ("public_funding", 442000, 85)}


def test_the_audience_of_someone_elses_fair(items):
    text = ("Yrityskoordinaattorit järjestivät 23 työnantaja-aamua. Niissä kävi yhteensä noin 1 300 henkeä.\n\n"
            "Nokian työmarkkinamessuilla lokakuussa 2017 hankkeella oli oma osasto; messuilla kävi järjestäjän "
            "mukaan yli 2 000 henkeä.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("attendees", 1300)}


def test_a_statistic_in_the_same_time_takes_the_dates_before(items):
    text = ("Tampereella oli joulukuussa 2015 kaikkiaan 8 431 pitkäaikaistyötöntä. Huhtikuun 2019 lopussa heitä "
            "oli 5 562. Samassa ajassa työttömien työnhakijoiden kokonaismäärä laski 21 640:stä 15 118:aan.")
    assert kinds_values(items(text, "indicators"), ("value", "date")) == {
        ("long_term_unemployed", 8431, "2015-12"), ("long_term_unemployed", 5562, "2019-04"),
        ("unemployed", 21640, "2015-12"), ("unemployed", 15118, "2019-04")}


def test_the_previous_meetings_count_gives_way_to_the_final_one(items):
    text = ("3 EDELLISEN KOKOUKSEN MUISTIO\n\nKokouksen 8/2021 muistio hyväksyttiin. Muistioon oli kirjattu silloinen "
            "tilanne: asiakkaita 77 ja heistä työllistyneitä 19.\n\n4 PROJEKTIPÄÄLLIKÖN KATSAUS\n\nHankkeen asiakkaina "
            "on kolmen vuoden aikana ollut yhteensä 84 sauvolaista työnhakijaa, kun tavoitteeksi oli asetettu 75.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 84)}


def test_the_projects_own_courses_take_clients_not_students(items):
    text = "Hankkeen koulutuksiin osallistui 68 henkilöä, joista 52 suoritti koulutusjaksonsa loppuun."
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 68)}
    assert items(text, "outcomes") == []


def test_a_fixed_width_funding_table_with_the_share_before_the_amount(items):
    text = ("Rahoitus                                    Osuus    Euroa\n"
            "  ESR ja valtio                               75 %    160 785 €\n"
            "  Rääkkylän kunta                             15 %    32 157 €\n"
            "  Kiteen seurakunta                           10 %    21 438 €\n")
    assert kinds_values(items(text, "money"), ("eur",)) >= {("own_funding", 32157), ("own_funding", 21438)}


def test_a_semicolon_export_with_footnote_marks_payer_columns_and_a_plan_row(items):
    """Quoted cells keep their semicolons; 'Osallistujia 4)' and 'TAULUKKO 5.' are no counts; the events
    column counts events; a payer's column is its money; the plan's row under the realised column is the budget."""
    text = ("TAULUKKO 2. INFOT;;;\nJakso;Tilaisuuksia (kpl);Osallistujia 4);\n2016/1;2;31;\n2017/1;8;121;\n"
            "Yhteensä;10;152;\n;;;\nTAULUKKO 3. KUSTANNUKSET (EUR) 5);;;\n"
            "Jakso;Toteutuneet kustannukset;ESR- ja valtion rahoitus (80 %);Pukkilan kunta (20 %)\n"
            "2016;80000,00;64000,00;16000,00\n2017;103526,00;82821,00;20705,00\n"
            "Yhteensä;183526,00;146821,00;36705,00\n"
            "Tavoite (hyväksytty kustannusarvio);196000,00;156800,00;39200,00\n;;;\n"
            "TAULUKKO 5. UUSIEN ASIAKKAIDEN TAUSTATIEDOT;;;\n"
            "\"3) Tilanne asiakkuuden päättyessä; kukin asiakas on merkitty vain kerran.\";;;\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("attendees", 152)}
    assert kinds_values(items(text, "money"), ("eur",)) == {
        ("total_cost", 183526), ("public_funding", 146821), ("own_funding", 36705), ("budget", 196000)}


def test_a_years_column_and_a_one_year_table_are_parts(items):
    text = ("Koko hankeaikana asiakkaina oli kaikkiaan 64 henkilöä.\n\n"
            "                                              2018       2019\n"
            "  Leirit ja retket, osallistujia               147        159\n"
            "  Arjen Ankkuri -hankkeen asiakkaat             33         29\n"
            "  Omat ruokakassit, kpl                        980      1 140\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 64)}
    text = ("| Rahoituslähde 2019 | € |\n|---|---|\n| Kunnan rahoitus | 213 755 |\n| Myyntitulot | 38 700 |\n"
            "| Yhteensä | 392 600 |\n\nKoko hankeajan toteutuneet kustannukset olivat 254 716 euroa.")
    money = kinds_values(items(text, "money"), ("eur",))
    assert ("total_cost", 254716) in money and ("total_cost", 392600) not in money


def test_a_number_after_a_semicolon_break_keeps_its_statistic(items):
    text = ("Rääkkylässä oli helmikuussa 2017 työttömiä työnhakijoita 201 ja pitkäaikaistyöttömiä 86; "
            "joulukuussa 2019 vastaavat luvut olivat 163 ja 61.")
    assert kinds_values(items(text, "indicators"), ("value", "date")) == {
        ("unemployed", 201, "2017-02"), ("long_term_unemployed", 86, "2017-02"),
        ("unemployed", 163, "2019-12"), ("long_term_unemployed", 61, "2019-12")}


def test_distinct_persons_beside_client_relationships(items):
    text = ("Osahankkeissa oli yhteensä 215 asiakkuutta. Koska kuusi henkilöä oli asiakkaana kahdessa "
            "osahankkeessa, eri henkilöitä oli 209.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 209)}
    text = "Hankkeessa oli 80 asiakasta. Palveluihin osallistui 72 eri asiakasta."
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 80)}


def test_a_qualification_completed_is_no_move_into_studies(items):
    text = ("Hankkeen asiakkaita oli 68. Koko tutkinnon ehti suorittaa hankeaikana yksitoista osallistujaa. "
            "Jatko-opintoihin siirtyi seitsemän asiakasta.")
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("education", 7)}


def test_a_difference_belongs_to_the_number_it_follows(items):
    text = ("Toukokuun 2013 lopussa pitkäaikaistyöttömiä oli Alajärvellä ja Vimpelissä 211 eli 27 vähemmän "
            "kuin hankkeen alkaessa.")
    assert kinds_values(items(text, "indicators"), ("value",)) == {("long_term_unemployed", 211)}


def test_a_forms_indented_items_and_a_headers_second_line(items):
    text = ("Osallistujan tilanne hankkeesta poistuttaessa:\nTyöllistyneet yhteensä: 19\n"
            "  avoimille työmarkkinoille: 8\n  palkkatuettuun työhön: 11\nKoulutukseen: 7\n\n"
            "KOKO HANKKEEN RAHOITUS (euroa)\n\n"
            "Rahoitus                                   Myönnetty      Toteutunut\n"
            "                                           (enintään)\n"
            "------------------------------------------------------------------\n"
            "Julkinen tuki (ESR ja valtio) 80 %            214 720         201 550\n"
            "Kunnan rahoitus 20 %                           53 680          50 387\n"
            "------------------------------------------------------------------\n"
            "Yhteensä                                      268 400         251 937\n\n"
            "Henkilöstökustannukset on vähennetty. Flat rate -osuus vähenee vastaavasti (489 €).")
    assert kinds_values(items(text, "outcomes"), ("count",)) == {
        ("employed", 19), ("employed_open_market", 8), ("employed_subsidised", 11), ("education", 7)}
    money = kinds_values(items(text, "money"), ("eur",))
    assert ("public_funding", 201550) in money and not any(kind == "savings" for kind, _ in money)


def test_an_aligned_tables_sub_rows_of_one_figure(items):
    text = ("  Tilanne                                             hlöä        %\n"
            "  Työllistyi                                            27     28,1\n"
            "    - avoimille työmarkkinoille                         10\n"
            "    - palkkatuettuun työhön                             17\n"
            "  Koulutukseen                                           8      8,3\n"
            "  Yhteensä                                              96    100,0\n")
    found = kinds_values(items(text, "outcomes"), ("count", "percent"))
    assert ("employed_open_market", 10, None) in found and ("employed_subsidised", 17, None) in found


def test_savings_as_a_lowering_noun_and_a_continuations_estimate(items):
    text = ("Talous\n\nLoppuraportissa hankkeen omaksi vaikutukseksi kuntaosuusmaksujen pienenemiseen arvioidaan "
            "noin 70 000 euroa.\n\nToiminnan jatkaminen\n\nToiminnan arvioidaan pienentävän työmarkkinatuen "
            "kuntaosuutta täysimääräisenä vuonna noin 50 000 euroa.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("savings", 70000)}


def test_a_gapped_amount_of_another_payer_is_its_share(items):
    text = "Rahaa kului 231 418 euroa. Summasta ESR:n ja valtion osuus oli 185 134 euroa ja kunnan 46 284 euroa."
    money = kinds_values(items(text, "money"), ("eur",))
    assert ("public_funding", 185134) in money and ("own_funding", 46284) in money


def test_a_count_before_a_dashed_target_and_people_taking_part(items):
    text = "Mukana oli kaikkiaan 73 rautavaaralaista – tavoitteena oli 60, eli ylitettiin reilusti."
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 73)}


def test_a_coordinated_clause_keeps_its_own_verb(items):
    text = ("Hankkeen asiakkaaksi tuli 229 työnhakijaa. Heistä 63 eli 27,5 prosenttia työllistyi ja 23 eli 10,0 "
            "prosenttia aloitti koulutuksen.")
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == {
        ("employed", 63, 27.5), ("education", 23, 10.0)}


def test_people_of_an_earlier_project_are_not_clients(items):
    text = ("Valmennusta sai kaikkiaan 94 työnhakijaa. Inkoon aiemmassa Ingå Jobb -kokeilussa vuosina 2009–2010 "
            "oli mukana 31 henkilöä.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 94)}


def test_the_long_term_unemployed_as_an_attribute_and_at_a_later_date(items):
    text = ("Mouhijärvellä oli syyskuun 2007 lopussa 57 yli vuoden työttömänä ollutta työnhakijaa, joulukuun 2008 "
            "lopussa enää 38.")
    assert kinds_values(items(text, "indicators"), ("value", "date")) == {
        ("long_term_unemployed", 57, "2007-09"), ("long_term_unemployed", 38, "2008-12")}


def test_a_small_towns_figure_beside_its_unemployed(items):
    text = "Tammikuun 2022 lopussa Oripäässä työttömiä työnhakijoita oli 39 ja pitkäaikaistyöttömiä 12."
    assert kinds_values(items(text, "indicators"), ("value",)) == {("unemployed", 39), ("long_term_unemployed", 12)}
    text = "| Työttömät työnhakijat 12/ | 104 | 86 |"
    assert ("unemployed", 12) not in kinds_values(items(text, "indicators"), ("value",))


def test_a_pronoun_share_of_the_funders_named_before(items):
    text = ("Rahoituksen myönsi Pirkanmaan TE-keskus Euroopan sosiaalirahastosta ja valtion varoista. Niiden osuus "
            "oli 109 785 euroa eli 75 prosenttia; loput maksoi Mouhijärven kunta.")
    assert ("public_funding", 109785) in kinds_values(items(text, "money"), ("eur",))


def test_a_yearly_slice_and_a_similar_projects_figures(items):
    text = ("Harjulta töihin -hankkeen toteutuneet kustannukset jäivät 168 420 euroon. Kunnan omarahoitusosuudeksi "
            "jäi 33 684 euroa, noin "
            "11 200 euroa vuodessa.\n\nNaapurikunta Aura toteutti vuosina 2018-2020 vastaavan ESR-hankkeen (Työkaari), "
            "jossa oli 71 asiakasta ja josta työllistyi 17 henkilöä. Työkaaren kokonaiskustannukset olivat 282 600 "
            "euroa.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 168420), ("own_funding", 33684)}
    assert items(text, "participants") == [] and items(text, "outcomes") == []


def test_a_header_row_with_no_cell_over_the_labels_and_a_grant_beside_the_realised(items):
    text = ("Myönnetty ESR- ja valtion rahoitus: 143 200 € (80 %)\n\nKustannukset ja rahoitus\n\n"
            "| Suunniteltu | Toteutunut\n\nKokonaiskustannukset | 179 000 € | 171 654 €\n\n"
            "ESR ja valtio (80 %) | 143 200 € | 137 323 €\n\nKunta (20 %) | 35 800 € | 34 331 €\n")
    money = kinds_values(items(text, "money"), ("eur",))
    assert {("total_cost", 171654), ("public_funding", 137323), ("own_funding", 34331)} <= money


def test_a_sum_over_the_projects_counted_before(items):
    text = ("Hakuehdoilla löytyi 3 hanketta. Myönnetty ESR- ja valtion rahoitus yhteensä 520 100 €.\n\n"
            "Tuulenpesä-hankkeen kokonaiskustannukset olivat 171 654 euroa.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 171654)}


def test_in_the_case_of_people_the_copulas_predicate_names_the_outcome(items):
    text = "Hankkeeseen osallistui 49 henkilöä. Kuuden osallistujan kohdalla jatkopolku oli kuntouttava työtoiminta."
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("rehabilitative_work", 6)}


def test_interim_and_final_columns_and_fields_run_together_on_a_line(items):
    text = ("Hallinnoija: Kotkan kaupunki · Osatoteuttaja: Pyhtään kunta · Rahoittaja: Kaakkois-Suomen ELY-keskus\n\n"
            "| Mittari | Tavoite | Välitilanne 31.1.2022 (kokous 10/2022) | Lopullinen 31.5.2022 |\n|---|---|---|---|\n"
            "| Asiakkaat yhteensä | 250 | 241 | 268 |\n| Rekrytointitapahtumien osallistujat | 600 | 510 | 785 |\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 268), ("attendees", 785)}


def test_an_employment_offices_wage_subsidies_and_another_rate(items):
    text = ("TE-toimisto myönsi hankkeen osallistujien palkkatukeen kolmen vuoden aikana kaikkiaan noin 146 000 euroa. "
            "Euroopan sosiaalirahaston ja valtion rahoitus kattoi niistä 85 prosenttia eli noin 270 000 euroa.")
    money = kinds_values(items(text, "money"), ("eur",))
    assert ("wage_subsidy_funds", 146000) in money and ("public_funding", 270000) in money
    text = ("Lapinlahden aktivointiaste oli joulukuussa 2019 31,4 prosenttia. Maakunnan työttömyysaste oli 10,1 "
            "prosenttia ja aktivointiaste 28,3 prosenttia.")
    assert kinds_values(items(text, "indicators"), ("value",)) == {("activation_rate", 31.4)}


def test_respective_figures_of_the_statistics_named_before(items):
    text = ("Punkaharjun työllisyystilanne parani hieman edellisvuodesta: joulukuussa 2011 kunnassa oli 231 työtöntä "
            "työnhakijaa, joista pitkäaikaistyöttömiä 72. Vuotta aiemmin vastaavat luvut olivat 258 ja 81.")
    found = kinds_values(items(text, "indicators"), ("value",))
    assert {("unemployed", 258), ("long_term_unemployed", 81)} <= found and ("unemployed", 81) not in found


def test_a_publication_series_number_is_no_count(items):
    text = ("Hankkeeseen osallistui 318 henkilöä, ja heistä 43 aloitti opinnot. Arviointi on julkaistu: Oulun "
            "ammattikorkeakoulun julkaisusarja B 112.")
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("education", 43)}


def test_another_projects_plan_table(items):
    text = ("Kyytipoika-hankkeen toteutuneet kokonaiskustannukset olivat 218 736 euroa. ESR- ja valtionrahoitusta "
            "käytettiin 174 989 euroa (80 %).\n\n6 Kustannusarvio\n\nTaulukko 2. Kyytipoika II:n kustannusarvio, "
            "euroa\n\n| Kustannuslaji | 2020 | 2021 | Yhteensä |\n|---|---|---|---|\n"
            "| Henkilöstökulut | 78 400 | 80 100 | 158 500 |\n"
            "| **Yhteensä** | **101 800** | **104 100** | **312 000** |\n\n7 Rahoitussuunnitelma\n\n"
            "| Rahoituslähde | euroa | % |\n|---|---|---|\n| ESR ja valtio (haettava) | 249 600 | 80 |\n"
            "| **Yhteensä** | **312 000** | **100** |\n")
    money = kinds_values(items(text, "money"), ("eur",))
    assert ("total_cost", 218736) in money and ("public_funding", 174989) in money
    assert ("total_cost", 312000) not in money and ("public_funding", 249600) not in money


def test_an_exports_metadata_line_above_its_header_and_a_column_of_project_names(items):
    text = ("Lyhde (S21953) toimi 1.1.2019–31.12.2021 Salossa ja Somerolla. Vinssi päättyi jo 2020.\n\n"
            "Hankeseuranta 2.0 – vuosiraportti;Vienti 3.2.2022 09:41;Suodatin: Kunta = Salo\n"
            "Hanke;Hankekoodi;Vuosi;Uudet asiakkaat;Avoimet työmarkkinat;Palkkatuettu työ;Koulutus\n"
            "Vinssi – nuorten aikuisten työpajavalmennus;S21311;Yhteensä;112;13;10;25\n"
            "Lyhde – pitkäaikaistyöttömien valmennus Salossa;S21953;2019;74;3;6;2\n"
            "Lyhde – pitkäaikaistyöttömien valmennus Salossa;S21953;Yhteensä;199;18;26;15\n")
    found = kinds_values(items(text, "outcomes"), ("count",))
    assert {("employed_open_market", 18), ("employed_subsidised", 26), ("education", 15)} <= found
    assert not {("employed_open_market", 13), ("education", 25)} & found


def test_a_headers_second_line_under_its_first(items):
    text = ("Taulukko 1. Määrälliset tavoitteet ja toteutuma\n\n"
            "                                        Alkuperäinen  Toteutunut    Uusi\n"
            "                                        tavoite       31.3.2013     tavoite\n"
            "Asiakkaat (aloittaneet)                      180          176          210\n"
            "Koulutukseen siirtyneet                       20           17           24\n"
            "Työkokeilu                                    30           29           36\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 176)}
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("education", 17), ("work_trial", 29)}


def test_people_who_lost_their_jobs_reached_no_outcome(items):
    text = ("Tehdas suljettiin vuonna 2008, ja lähes viisisataa ihmistä menetti kerralla työpaikkansa. Hankkeessa "
            "oli 287 asiakasta.")
    assert not items(text, "outcomes")


def test_an_aside_between_dashes_keeps_the_verb_with_its_number(items):
    text = ("Koskivoimassa on ollut mukana kaikkiaan 287 kajaanilaista. Heistä työllistyi – ja nämä ovat tuoreita, "
            "viime viikon lukuja – 81 ihmistä.")
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 81)}
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 287)}


def test_a_row_counting_events_is_no_attendance(items):
    text = ("Taulukko 3. Hankkeen toiminta lukuina\n\n| Toiminto | Määrä |\n|---|---|\n"
            "| Rekrytointi- ja infotilaisuudet | 14 |\n| – osallistujia tilaisuuksissa yhteensä | 1 126 |\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("attendees", 1126)}


def test_the_side_of_a_year_is_no_half(items):
    text = ("Hankkeessa oli 121 asiakasta, ja heistä 29 työllistyi. Osa asiakkaista on vielä työkokeilussa, josta "
            "jatkopolku ratkeaa vasta vuoden 2018 puolella.")
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == {("employed", 29, None)}


def test_a_pronoun_pointing_back_to_things_counts_no_people(items):
    text = ("Hankkeessa oli 163 asiakasta. Työvalmentaja teki hankeaikana 138 yrityskäyntiä; niistä 40 kohdistui "
            "Kangasalan puolelle sijoittuviin työpaikkoihin.")
    assert not items(text, "outcomes")


SUB_PROJECT = (
    "Kuusiotyö – Kuusiokuntien työllisyyden kattohanke 2010–2012\n\nOsahanke 4\n\nTÖYSÄN TYÖVERSTAS\n\n"
    "Osahankkeen loppuraportti\n\n1 PERUSTIEDOT\n\n| Osahanke | Töysän Työverstas |\n|---|---|\n"
    "| Kattohankkeen hallinnoija | Alavuden kaupunki |\n| Osahankkeen toteuttaja | Töysän kunta |\n\n"
    "2 TIIVISTELMÄ\n\nTöysän Työverstas oli Kuusiotyö-kattohankkeen neljäs osahanke. Kattohankkeessa oli viisi "
    "osahanketta, yksi kussakin kunnassa (Alavus, Ähtäri, Kuortane, Soini ja Töysä). Osahankkeeseen osallistui "
    "78 henkilöä, joista 23 työllistyi. Koko kattohankkeessa asiakkaita oli yhteensä 498 ja työllistyneitä 141.\n\n"
    "Avoimille työmarkkinoille työllistyneistä yhdeksästä henkilöstä kuusi sai vakituisen työsuhteen.\n\n"
    "5 TULOKSET\n\nTaulukko 1. Asiakkaiden sijoittuminen\n\n| Sijoittuminen | Töysä, hlö | Kuusiotyö yhteensä, hlö |\n"
    "|---|---|---|\n| Avoimet työmarkkinat | 9 | 52 |\n| Koulutus | 6 | 47 |\n| Asiakkaita yhteensä | 78 | 498 |\n")


def test_a_sub_projects_report_beside_its_umbrellas_totals(items):
    assert kinds_values(items(SUB_PROJECT, "participants"), ("count",)) == {("clients", 78)}
    found = kinds_values(items(SUB_PROJECT, "outcomes"), ("count",))
    assert {("employed", 23), ("employed_open_market", 9), ("education", 6)} <= found
    assert not {("employed", 141), ("employed_open_market", 52), ("employed_open_market", 6), ("education", 47)} & found


def test_a_speakers_figures_in_words_and_corrections(items):
    text = ("Toteutuneet kokonaiskustannukset olivat viisisataaseitsemänkymmentäneljätuhatta kolmesataakahdeksantoista "
            "euroa.\n\nHankkeessa oli kaikkiaan sataneljäkymmentäkaksi... ei kun anteeksi, sataneljäkymmentäneljä "
            "asiakasta.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 574318)}
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 144)}


def test_there_after_another_project_is_that_projects(items):
    text = ("Rikastamo-hankkeessa työllistyi 41 henkeä.\n\nVALTUUTETTU JOUNI RAUTIO (ps.): Kiitos puheenjohtaja. Mä "
            "haluan vähän suhteuttaa näitä lukuja. Oulaisissa oli samaan aikaan vastaava hanke, Silta-hanke, ja mä "
            "kävin sen loppuraportin läpi. Siellä kokonaiskustannukset oli neljäsataakymmenentuhatta euroa, "
            "asiakkaita oli sataviisikymmentäkuusi ja työllistyi viisikymmentäkaksi, eli noin kolmannes. Eli "
            "Oulaisissa yhden työllistyneen hinta oli alle kahdeksantuhatta euroa.")
    assert not items(text, "participants") and not items(text, "money")
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 41)}


def test_the_price_of_one_employed_is_no_cost_of_the_project(items):
    text = "Eli Oulaisissa yhden työllistyneen hinta oli alle kahdeksantuhatta euroa."
    assert not items(text, "money")


PAYMENT_DECISION = (
    "Satakunnan ELY-keskus on tarkastanut tuensaajan loppumaksatushakemuksen. ELY-keskus hyväksyy hankkeen "
    "tukikelpoisiksi kokonaiskustannuksiksi 216 599 euroa ja maksaa tuensaajalle rahoitusosuutena 29 785 euroa.\n\n"
    "Taulukko 1. Koko hankkeen kustannukset, euroa\n\n"
    "Kustannuslaji               Kustannus-   Haettu     Vähen-    Hyväksytty\n"
    "                            arvio        yhteensä   nykset    yhteensä\n"
    "----------------------------------------------------------------------\n"
    "Palkat ja henkilösivukulut    172 800     168 934     1 820     167 114\n"
    "Muut kustannukset              55 200      51 877     2 392      49 485\n"
    "----------------------------------------------------------------------\n"
    "YHTEENSÄ                      228 000     220 811     4 212     216 599\n\n"
    "Taulukko 2. Rahoitussuunnitelma ja toteutunut rahoitus, euroa\n\n"
    "Rahoituslähde                  Rahoitus-     %     Toteutunut     %\n"
    "                               suunnitelma\n"
    "----------------------------------------------------------------------\n"
    "ESR- ja valtion rahoitus          171 000   75,0      162 449    75,0\n"
    "Kuntarahoitus (Köyliön kunta)      57 000   25,0       54 150    25,0\n"
    "----------------------------------------------------------------------\n"
    "Yhteensä                          228 000  100,0      216 599   100,0\n")


def test_a_payment_decisions_tables_with_headers_on_two_lines(items):
    money = kinds_values(items(PAYMENT_DECISION, "money"), ("eur",))
    assert {("budget", 228000), ("total_cost", 216599), ("public_funding", 162449), ("own_funding", 54150)} <= money
    assert ("total_cost", 228000) not in money and ("public_funding", 216599) not in money


def test_a_reply_corrects_the_quoted_split(nlp):
    text = ("Hei,\n\nkorjatut luvut ovat seuraavat:\n\n* Asiakkaita oli hankkeessa yhteensä 58.\n\n"
            "* Työllistyneitä oli 17 eli 29,3 % asiakkaista: avoimille työmarkkinoille 6 ja palkkatuella 11.\n\n"
            "Terveisin Heli\n\n> Hei,\n>\n> - asiakkaita 54\n> - työllistyneitä 19 (35,2 %), joista avoimille "
            "markkinoille 7 ja\n>   palkkatuella 12\n")
    record = extract_document(read_document("reply.txt", data=text.encode("utf-8")), use_model=False).to_json()
    found = kinds_values(record["outcomes"], ("count",))  # read as a file: the quote marks are read too
    assert {("employed_open_market", 6), ("employed_subsidised", 11)} <= found
    assert not {("employed_open_market", 7), ("employed_subsidised", 12)} & found


def test_respective_figures_of_the_statistic_named_in_their_clause(items):
    text = ("Töysän työttömien työnhakijoiden määrä laski hankkeen aikana 131:stä (elokuu 2010) 117:ään (elokuu "
            "2012), ja pitkäaikaistyöttömiä oli vastaavasti 34 ja 29.")
    assert kinds_values(items(text, "indicators"), ("value",)) == {
        ("unemployed", 131), ("unemployed", 117), ("long_term_unemployed", 34), ("long_term_unemployed", 29)}


def test_a_financial_statements_other_units_and_deviation_column(items):
    text = ("Oulunsalon kunta | Tilinpäätös ja toimintakertomus 2011\n\n3.2.5 Tulosalue Työllisyyspalvelut\n\n"
            "Toiminta-ajatus\n\nTulosalueeseen kuuluvat kunnan oma "
            "työllistämistoiminta, nuorten työpaja Vakkeri sekä ESR-hanke Askelmerkki.\n\nSitovat tavoitteet\n\n"
            "| Mittari | Tavoite | Toteuma | Poikkeama |\n|---|---|---|---|\n"
            "| Aktivointiaste (%) | 25,0 | 23,4 | -1,6 |\n"
            "| Nuorten kesätyöpaikat (kpl) | 90 | 104 | +14 |\n"
            "| Kuntouttava työtoiminta: asiakkaat (hlöä) | 55 | 49 | -6 |\n"
            "| ESR-hanke Askelmerkki: asiakkaat (hlöä) | 170 | 186 | +16 |\n\n"
            "Askelmerkki-hankkeen asiakasmäärä ylitti tavoitteen.\n\nNuorten työpaja\n\nTyöpajan valmentautujista 33 "
            "sijoittui opiskelemaan.\n\nESR-hanke Askelmerkki\n\nAskelmerkki – pitkäaikaistyöttömien "
            "palveluohjaushanke (EURA 2007 -koodi S10974) toteutettiin 1.4.2009–31.12.2011. "
            "Asiakkaita oli yhteensä 186. Asiakkaista 49 eli 26 % työllistyi. Koulutukseen ohjautui 22 asiakasta. "
            "Kuntouttavaan työtoimintaan ohjattiin 14 asiakasta.\n")
    found = kinds_values(items(text, "outcomes"), ("count",))
    assert {("employed", 49), ("education", 22), ("rehabilitative_work", 14)} <= found
    assert not {("education", 33), ("rehabilitative_work", 49), ("employed", 104)} & found
    assert 1.6 not in {i["value"] for i in items(text, "indicators")}


def test_the_subject_of_an_amounts_own_conjunct_names_its_kind(items):
    text = ("Toteutuneet kokonaiskustannukset olivat 497 315 euroa, josta Euroopan sosiaalirahaston ja valtion osuus "
            "oli 75 % eli 372 986 euroa ja kunnan rahoitusosuus 25 % eli 124 329 euroa.")
    assert ("own_funding", 124329) in kinds_values(items(text, "money"), ("eur",))


def test_a_response_rate_is_no_outcome(items):
    text = "Kyselyyn vastasi 57 asiakasta. Myös naiset (vastausaste 55,8 %) vastasivat miehiä (35,4 %) aktiivisemmin."
    assert not items(text, "outcomes")


def test_a_status_row_beside_a_total_column_counts_no_clients(items):
    text = ("Koska osa asiakkaista siirtyi osahankkeesta toiseen, eri henkilöitä kattohankkeen asiakasrekisterissä oli "
            "kaikkiaan 96.\n\nTaulukko 1. Asiakkaiden tilanne hankkeen päättyessä\n\n"
            "| Tilanne | Verstas | Kylätalkkarit | Kattohanke yhteensä |\n|---|---|---|---|\n"
            "| Avoimet työmarkkinat | 9 | 6 | 15 |\n| Työtön tai muu tilanne | 30 | 24 | 54 |\n"
            "| Yhteensä | 54 | 42 | 96 |\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 96)}


def test_the_attendance_of_a_reporting_period_gives_way_to_the_whole_projects(items):
    text = ("Raportointikaudella järjestettiin neljä rekrytointitilaisuutta, joissa kävi yhteensä 238 henkeä. Koko "
            "hankeaikana tilaisuuksiin on osallistunut 351 henkeä.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("attendees", 351)}


def record_of(name: str, text: str) -> dict:
    """The rules' record of a file read as `name` (its format from the suffix)."""
    return extract_document(read_document(name, data=text.encode("utf-8")), use_model=False).to_json()


def test_an_html_event_table_with_a_spanned_cell_and_columns_of_firms_and_jobs(nlp):
    html = ("<html><body><h1>Messut lukuina</h1><table><caption>Taulukko 1. Hankkeen rekrytointitapahtumat</caption>"
            "<thead><tr><th>Tapahtuma</th><th>Aika</th><th>Näytteilleasettajia</th><th>Kävijöitä</th>"
            "<th>Avoimia paikkoja</th></tr></thead><tbody>"
            "<tr><td>Kevään rekrymessut 2018</td><td>19.4.2018</td><td>46</td><td>820</td><td>210</td></tr>"
            "<tr><td>Syksyn rekrymessut 2018</td><td>11.10.2018</td><td>52</td><td>910</td><td>260</td></tr>"
            "<tr><td>Kevään rekrymessut 2020</td><td>2.4.2020</td><td colspan=\"3\">peruttu</td></tr>"
            "<tr><td>Virtuaaliset rekrymessut</td><td>14.–15.10.2020</td><td>38</td><td>1 140</td><td>190</td></tr>"
            "</tbody><tfoot><tr><th>Yhteensä</th><th></th><th>136</th><th>2 870</th><th>660</th></tr></tfoot>"
            "</table></body></html>")
    assert kinds_values(record_of("messut.html", html)["participants"], ("count",)) == {("attendees", 2870)}


def test_recruited_people_are_employed(items):
    text = "Hankkeessa oli 96 asiakasta. Messujen kautta rekrytoitiin hankeaikana noin 180 henkilöä."
    assert ("employed", 180) in kinds_values(items(text, "outcomes"), ("count",))


def test_a_figure_after_a_semicolon_is_the_statistic_named_beside_it(items):
    text = ("Savonlinnan työttömien työnhakijoiden määrä oli joulukuussa 2017 yhteensä 2 286 ja joulukuussa 2020 "
            "koronaepidemian jäljiltä 2 451; pitkäaikaistyöttömiä oli vastaavasti 812 ja 804.")
    assert kinds_values(items(text, "indicators"), ("value",)) == {
        ("unemployed", 2286), ("unemployed", 2451), ("long_term_unemployed", 812), ("long_term_unemployed", 804)}


SPREADSHEET = (
    "Tyokaari_seuranta_LOPULLINEN.xls – tallennettu sarkaineroteltuna tekstinä 14.9.2012\n\n"
    "#### Välilehti: Yhteenveto ####\nTYÖKAARI – LAPUAN PITKÄAIKAISTYÖTTÖMIEN VALMENNUS\t\n"
    "Hankekoodi\tS11372\n\n"
    "TUNNUSLUVUT\tTavoite\tToteuma\tToteuma / tavoite\nAsiakkaat (aloittaneet)\t120\t142\t118 %\n"
    "Työllistyneet yhteensä\t36\t40\t111 %\n  josta avoimet työmarkkinat\t\t16\t\n"
    "Työllistyneet, % asiakkaista\t30 %\t28,2 %\t\nTyökokeilu\t\t19\t\n\n"
    "#### Välilehti: Kuukausiseuranta ####\n"
    "Kuukausi\tUudet asiakkaat\tAktiiviset kk lopussa\tAvoimet työmarkkinat\tTyökokeilu\tKustannukset €\tHuom.\n"
    "7/2012\t0\t30\t0\t0\t12 438,75\tUusia asiakkaita ei enää oteta\n"
    "8/2012\t0\t54\t3\t5\t14 139,90\n"
    "Yhteensä\t142\t\t16\t19\t310 064,27\n")


def test_a_spreadsheets_empty_cells_and_its_month_rows(nlp):
    record = record_of("seuranta.txt", SPREADSHEET)
    found = kinds_values(record["outcomes"], ("count", "percent"))
    assert {("employed", 40, 28.2), ("employed_open_market", 16, None), ("work_trial", 19, None)} <= found
    assert not {k for k in found if k[0] == "activated_jobseeker" or k[1] in (3, 5)}
    assert record["project"]["name"] != "Tyokaari_seuranta_LOPULLINEN.xls"


def test_an_internal_audit_corrects_the_reported_figures(nlp):
    text = ("Taulukko 1. Hankkeen kustannukset, euroa\n\n| Kustannuslaji | Kustannusarvio | Raportoitu | Tarkastettu "
            "| Erotus |\n|---|---|---|---|---|\n| Henkilöstökustannukset | 268 000 | 259 386 | 254 918 | −4 468 |\n"
            "| **Yhteensä** | **332 320** | **321 639** | **316 098** | **−5 541** |\n\n"
            "Hankkeen asiakkaita oli näin ollen 116 eikä loppuraportissa ilmoitettu 118.\n\n"
            "Taulukko 3. Loppuraportin tulostiedot ja tarkastuksen havainnot\n\n"
            "| Tulos | Loppuraportti | Tarkastuksen havainto |\n|---|---|---|\n| Asiakkaita | 118 | 116 |\n"
            "| Työkokeiluun | 21 | ei muutosta |\n")
    record = record_of("tarkastus.md", text)
    money = kinds_values(record["money"], ("eur",))
    assert ("total_cost", 316098) in money and ("total_cost", 321639) not in money
    assert kinds_values(record["participants"], ("count",)) == {("clients", 116)}
    assert ("work_trial", 21) in kinds_values(record["outcomes"], ("count",))


def test_a_relative_clause_of_shares_keeps_its_own_subject(items):
    text = ("▪ Kokonaiskustannukset 512 430 €, josta ESR- ja valtionrahoitus 409 944 € (80 %) ja kuntien osuus "
            "102 486 € (20 %)")
    assert ("public_funding", 409944) in kinds_values(items(text, "money"), ("eur",))


def test_a_videos_timestamps_and_a_flyers_opening_hours_are_no_counts(items):
    text = ("Hankkeessa oli 137 asiakasta.\n\n1:21\nkun me aloitettiin\n\n1:47\neli 47 ihmistä työllistyi\n\n"
            "| Palvelu | Aukiolo |\n|---|---|\n| Kunnantalo, asiakaspalvelupiste | ma–pe 9–15 |\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 137)}
    assert not items(text, "indicators")


def test_a_pictograms_alternative_text_is_read(nlp):
    html = ("<html><body><h1>Kaski-hanke päättyi</h1><div><img src=\"a.svg\" alt=\"Ihmisryhmän kuva. Hankkeessa oli "
            "mukana 127 ilomantsilaista.\"><span>127</span><span>kuntalaista valmennuksessa</span></div>"
            "<p>Kaski-hanke toimi Ilomantsissa.</p></body></html>")
    assert ("clients", 127) in kinds_values(record_of("tiedote.html", html)["participants"], ("count",))


def test_the_whole_projects_count_after_an_interim_reports_figure(items):
    text = ('Hankkeessa oli 176 asiakasta. **"Vain kaksitoista ihmistä sai töitä."** Tämä luku on peräisin hankkeen '
            "ensimmäisen toimintavuoden väliraportista, jossa todettiin kahdentoista asiakkaan työllistyneen vuoden "
            "2016 aikana. Koko hankeajalta työllistyneitä kertyi 51 eli 29 prosenttia osallistujista.")
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 51)}


def test_a_pages_version_history_holds_its_earlier_figures(items):
    text = ("Pelikirja-hankkeessa oli kaikkiaan 264 espoolaista, ja rekrytointitapahtumissa kävi noin 1 100 henkeä.\n\n"
            "## Versiohistoria\n\n| Versio | Pvm | Muokkaaja | Muutoksen kuvaus |\n|---|---|---|---|\n"
            "| 13 | 5.9.2019 | Pauliina Lind | Tilanne 30.6.2019: asiakkaita 231, työllistyneitä 62. "
            "Rekrytointitapahtumia seitsemän, kävijöitä n. 860. |\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 264), ("attendees", 1100)}
    assert not items(text, "outcomes")


def test_points_and_a_table_of_grades_count_no_people(items):
    text = ("Arviointikriteerit ja enimmäispisteet:\n  1. Vaikuttavuus ja tulokset .............. 30 p\n"
            "  2. Asiakaslähtöisyys ....................... 20 p\n\nSulatto-hankkeen asiakkaiksi tuli 131 "
            "harjavaltalaista pitkäaikaistyötöntä.\n\n10. HAKIJAN OMA ARVIO (vapaaehtoinen, asteikko 0–5)\n\n"
            "  Vaikuttavuus ja tulokset          5\n  Asiakaslähtöisyys                 4\n"
            "  Kustannustehokkuus                4\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 131)}


def test_points_are_no_count(items):
    text = ("Hankkeessa oli 131 asiakasta.\n\nKilpailun kriteerit\n\n| Kriteeri | Enintään |\n|---|---|\n"
            "| Asiakaslähtöisyys | 20 p |\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 131)}


def test_a_figure_asked_gives_way_to_the_one_stated(items):
    text = ("JENNI: Mä muistan nähneeni jossain, että teillä oli niinku 200 asiakasta?\n\n"
            "HELI: Ei ihan. Se oli tavote. Meillä oli kaiken kaikkiaan 172 asiakasta.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 172)}


def test_spoken_figures_and_a_correction_after_a_dash(items):
    text = ("Meillä oli kaiken kaikkiaan sataseitkytkaks asiakasta. Eli töihin pääsi hankkeen aikana nelkytkaks – ei "
            "ku, nelkytneljä, mä tarkistin sen just eilen, nelkytneljä. Opiskelemaan lähti viistoista.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 172)}
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 44), ("education", 15)}


def test_a_year_in_words_after_its_month_is_no_count(items):
    text = ("Hankkeen alkaessa pitkäaikaistyöttömiä oli elokuussa kaksituhattayhdeksäntoista kaikkiaan 240, ja "
            "syyskuun lopussa 2022 heitä oli 198.")
    assert 2019 not in {i["value"] for i in items(text, "indicators")}


def test_a_minutes_section_mark_holds_its_subheadings(items):
    text = ("PERUSPALVELUKUNTAYHTYMÄ KALLIO – PÖYTÄKIRJA 3/2019\n\n§ 28 Pöytäkirjan tarkastajien valinta\n\n"
            "Pöytäkirjan tarkastajiksi valittiin Sirpa Jokela ja Jarmo Pahkala. Pöytäkirja tarkastetaan 28.3.2019 ja "
            "pidetään yleisesti nähtävänä kuntayhtymän verkkosivuilla 2.4.2019 alkaen.\n\n"
            "§ 29 Talousarvion toteutuminen\n\nKuntayhtymän toimintakulut olivat tammi–helmikuussa 19,6 miljoonaa "
            "euroa, mikä on 16,3 prosenttia vuoden talousarviosta. Henkilöstöä oli helmikuun lopussa 1 138.\n\n"
            "§ 30 Kalliopolku-hankkeen loppuraportin hyväksyminen\n\nDnro 112/02.08.00/2016\n\nToteutuneet tulokset\n\n"
            "Loppuraportin mukaan hankkeeseen osallistui yhteensä 246 asiakasta. Työllistyneitä oli siten yhteensä "
            "67 eli 27,2 prosenttia asiakkaista.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 246)}
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 67)}


def test_a_share_after_se_on_restates_the_count_before(items):
    text = "Hankkeen aikana 61 asiakasta työllistyi – se on 33 % kaikista asiakkaista."
    assert kinds_values(items(text, "outcomes"), ("count", "percent")) == {("employed", 61, 33)}


def test_a_threads_interim_counts_give_way_to_its_last_posts(items):
    text = ("Hyppyri @HyppyriLahti · 1.3.2018\n1/ Hyppyri-hanke alkaa tänään ja päättyy 28.2.2021.\n\n"
            "Hyppyri @HyppyriLahti · 3.6.2019\n6/ Puoliväli! Mukana on ollut yhteensä 96 lahtelaista, ja 21 heistä on "
            "jo työllistynyt.\n\nHyppyri @HyppyriLahti · 26.2.2021\n15/\n👥 176 lahtelaista valmennuksessa\n"
            "💼 47 työllistyi\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 176)}
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 47)}


def test_the_owners_of_a_shared_part_on_its_adjective(items):
    text = ("Hankkeen kokonaisbudjetti on 742 300 euroa, josta EU:n ja valtion osuus on 593 840 euroa ja Iisalmen ja "
            "Vieremän yhteinen osuus 148 460 euroa.")
    assert ("own_funding", 148460) in kinds_values(items(text, "money"), ("eur",))


def test_an_exact_count_beats_the_hedged_headline(items):
    text = ("Tukijalka vei lähes viisikymmentä töihin – hanke päättyy, mutta työ jatkuu\n\n"
            "Heikkisen mukaan 47 hankkeen asiakasta on löytänyt töitä, valtaosa heistä palkkatuen turvin.")
    assert kinds_values(items(text, "outcomes"), ("count",)) == {("employed", 47)}


def test_a_count_with_its_means_is_a_rival_figure(items):
    text = ("Työllistyneistä 47:stä yhdeksäntoista on saanut paikan suoraan avoimilta työmarkkinoilta ja 28 "
            "palkkatuella.")
    assert kinds_values(items(text, "outcomes"), ("count",)) >= {("employed_open_market", 19),
                                                                 ("employed_subsidised", 28)}


def test_a_pilots_own_talousarvio_is_its_budget(items):
    text = ("Kokeilun toimintamenot olivat 1 486 300 euroa. Kokeilun yhteinen talousarvio koko kokeiluajalle oli "
            "1 560 000 euroa, joten toteutuneet menot alittivat sen noin viidellä prosentilla.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 1486300), ("budget", 1560000)}


def test_a_towns_wage_subsidy_column_is_wage_subsidy_funds(nlp):
    text = ("Työlakeus oli Seinäjoen ja Ilmajoen yhteinen työllisyyden kuntakokeilu.\n\n"
            "**Taulukko 3. Toimintamenot ja rahoitus kunnittain 2021–2024 (euroa)**\n\n"
            "| Kunta | Toimintamenot | TEM:n valtionavustus | Kunnan rahoitus | Kunnan palkkatukimäärärahat |\n"
            "|---|---:|---:|---:|---:|\n| Seinäjoki | 1 012 400 | 218 000 | 794 400 | 1 640 000 |\n"
            "| Ilmajoki | 168 900 | 36 400 | 132 500 | 248 000 |\n"
            "| **Yhteensä** | **1 181 300** | **254 400** | **926 900** | **1 888 000** |\n")
    money = kinds_values(record_of("t.md", text)["money"], ("eur",))
    assert ("wage_subsidy_funds", 1888000) in money and ("own_funding", 1888000) not in money


def test_the_sum_row_of_the_project_towns_statistics(nlp):
    text = ("Työlakeus oli Seinäjoen ja Ilmajoen yhteinen työllisyyden kuntakokeilu.\n\n"
            "**Taulukko 4. Työttömät työnhakijat kokeilukunnissa**\n\n"
            "| Kunta | Työttömät 3/2021 | Työttömät 12/2024 |\n|---|---:|---:|\n| Seinäjoki | 4 152 | 3 512 |\n"
            "| Ilmajoki | 602 | 497 |\n| **Yhteensä** | **4 754** | **4 009** |\n")
    found = {(i["kind"], i["value"], i.get("date")) for i in record_of("t.md", text)["indicators"]}
    assert {("unemployed", 4754, "2021-03"), ("unemployed", 4009, "2024-12")} <= found


def test_a_zero_amount_is_no_money(items):
    text = ("8.2 Rahoitus, euroa\n\nRahoituslähde | Rahoitussuunnitelma | Toteutunut | %\n\n"
            "EU- ja valtion rahoitus | 470 400,00 | 431 243,83 | 80\n\n"
            "Kuntien rahoitus | 117 600,00 | 107 810,96 | 20\n\n"
            "Muu julkinen rahoitus | 0,00 | 0,00 | 0\n\nYksityinen rahoitus | 0,00 | 0,00 | 0\n\n"
            "Rahoitus yhteensä | 588 000,00 | 539 054,79 | 100\n")
    assert ("public_funding", 0) not in kinds_values(items(text, "money"), ("eur",))
    alone = ("8.2 Rahoitus, euroa\n\nRahoituslähde | Toteutunut | %\n\nMuu julkinen rahoitus | 0,00 | 0\n\n"
             "Kuntien rahoitus | 107 810,96 | 20\n")
    assert kinds_values(items(alone, "money"), ("eur",)) == {("own_funding", 107810.96)}


def test_respective_figures_after_a_spelt_out_long_term_count(items):
    text = ("Haminassa oli helmikuun 2020 lopussa 1 602 työtöntä työnhakijaa, joista yli vuoden työttömänä olleita oli "
            "498. Elokuun 2023 lopussa vastaavat luvut olivat 1 337 ja 402.")
    assert {("unemployed", 1337), ("long_term_unemployed", 402)} <= kinds_values(items(text, "indicators"), ("value",))


def test_an_annual_reports_numbered_chapter_on_the_project(items):
    text = ("Kajaanin Arjen Voima ry\n\nToimintakertomus vuodelta 2022\n\n1 Yleistä\n\n"
            "Kertomusvuoden merkittävin tapahtuma oli Koskenlaskija-hankkeen päättyminen. Yhdistyksen tarkoituksena on "
            "edistää työttömien hyvinvointia ylläpitämällä kierrätysmyymälää ja työpajaa.\n\n"
            "2 Jäsenistö ja hallinto\n\nYhdistyksessä oli 212 jäsentä. Hallitus kokoontui kahdeksan kertaa, ja "
            "Koskenlaskija-hankkeen ohjausryhmä neljä kertaa.\n\n3 Toiminta\n\n3.1 Kuntouttava työtoiminta\n"
            "Kuntouttavassa työtoiminnassa oli vuoden aikana 71 asiakasta. Kahdeksan heistä siirtyi "
            "Koskenlaskija-hankkeen työvalmennukseen.\n3.2 Palkkatukityö\nYhdistys työllisti vuoden aikana "
            "palkkatuella 17 henkilöä. Palkkatukia yhdistys sai vuoden aikana 146 820 euroa.\n3.3 Koskenlaskija-hanke\n"
            "Koskenlaskija-hankkeeseen osallistui koko hankeaikana 142 työnhakijaa. Hankkeen toteutuneet "
            "kokonaiskustannukset olivat 468 920 euroa.\n")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 468920)}
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 142)}


def test_a_markdown_blockquote_is_a_box_of_facts(nlp):
    text = ("# Kehruu-uutiskirje 4/2022\n\nTiedossamme on, että ainakin yhdeksän kävijää sai rekrytointipäivän kautta "
            "työpaikan.\n\n> ### Kehruu lukuina\n>\n> - **Asiakkaita:** 241\n"
            "> - **Työllistyneitä:** 68 (28 %), joista avoimille työmarkkinoille 29 ja palkkatuella 39\n")
    record = record_of("t.md", text)
    assert kinds_values(record["participants"], ("count",)) == {("clients", 241)}
    assert ("employed", 68) in kinds_values(record["outcomes"], ("count",))


def test_one_days_event_is_a_part_of_the_events_attendance(items):
    text = ("Koronatauon jälkeen ensimmäinen rekrytointipäivä 16.3. keräsi Villatehtaalle noin 260 kävijää.\n\n"
            "Kehruu lukuina:\n- Asiakkaita: 241\n- Tapahtumien kävijöitä: noin 900\n")
    assert kinds_values(items(text, "participants"), ("count",)) == {("clients", 241), ("attendees", 900)}


def test_a_seminars_attendance_beside_one_kind_of_events(items):
    text = ("Kuudessa rekrytointitapahtumassa kävi noin 720 henkeä. Hankkeen päätösseminaariin 24.1.2019 osallistui "
            "94 henkeä.")
    assert kinds_values(items(text, "participants"), ("count",)) == {("attendees", 720), ("attendees", 94)}


def test_a_sum_row_of_the_project_towns_in_a_pdf_table(items):
    text = ("Taulukko 5. Pitkäaikaistyöttömät hankekunnissa (TEM, työnvälitystilasto).\n"
            " | 3/2017 | 12/2019 | Muutos\nPieksämäki | 706 | 494 | −212\nKangasniemi | 138 | 101 | −37\n"
            "Juva | 151 | 109 | −42\nHankekunnat yhteensä | 995 | 704 | −291\n")
    found = {(i["kind"], i["value"], i.get("date")) for i in items(text, "indicators")}
    assert {("long_term_unemployed", 995, "2017-03"), ("long_term_unemployed", 704, "2019-12")} <= found


def test_a_reserved_budget_without_its_unit(items):
    text = ("Hanke maksoi kaiken kaikkiaan noin 587 000 euroa. Budjettiin oli varattu 640 000, mutta korona-aikana ei "
            "matkusteltu.")
    assert kinds_values(items(text, "money"), ("eur",)) == {("total_cost", 587000), ("budget", 640000)}


def test_a_run_in_label_of_other_sub_projects(nlp):
    text = ("# Kiertokulku Kainuu\n\nOsahankkeen asiakkaiksi tuli vajaan neljän vuoden aikana 171 henkilöä.\n\n"
            "Muita osahankkeita: [Oulun Kiertokulku (230 asiakasta)](/osahankkeet/oulu) · Satakunnan Kiertokulku\n")
    assert kinds_values(record_of("t.md", text)["participants"], ("count",)) == {("clients", 171)}


def test_a_correction_after_a_double_hyphen(items):
    text = ("TK: No, töihin on päässy kolkytyks -- ei kun kolkytkolme, yks tuli ihan viime viikolla. Hankkeessa oli "
            "kaikkiaan 152 asiakasta.")
    assert 31 not in {i.get("count") for i in items(text, "outcomes")}


def test_town_rows_that_add_up_to_the_stated_area_figure(nlp):
    text = ("Kolmen kunnan alueella oli pitkäaikaistyöttömiä helmikuussa 2018 yhteensä 214 ja elokuussa 2020 yhteensä "
            "238.\n\nTaulukko 3. Pitkäaikaistyöttömät kunnittain\n\n| Kunta | 2/2018 | 8/2020 |\n|---|---|---|\n"
            "| Sysmä | 68 | 71 |\n| Padasjoki | 49 | 55 |\n| Asikkala | 97 | 112 |\n")
    found = {(i["kind"], i["value"], i.get("date")) for i in record_of("t.md", text)["indicators"]}
    assert found == {("long_term_unemployed", 214, "2018-02"), ("long_term_unemployed", 238, "2020-08")}
