"""Project facts (municipalities, name, organisations, period) on short texts, with the real pipeline."""

from __future__ import annotations

import pytest

from extractor.project import project_facts
from extractor.read import read_document
from extractor.segment import segment


@pytest.fixture(scope="module")
def facts_of(nlp):
    def run(text: str, kind: str) -> list:
        doc = read_document("report.txt", data=text.encode("utf-8"))
        return [f.values["value"] for f in project_facts(doc, segment(doc.text, nlp)) if f.kind == kind]
    return run


LOHJA = "Lohjan kaupunki hallinnoi hanketta. Lohjalla oli paljon työttömiä. Lohjan työllisyyspalvelut jatkavat.\n"


@pytest.mark.parametrize("text, expected", [
    # listed together with a municipality that counts
    (LOHJA + "Hanke toimi 1.2.2016–31.1.2019 Lohjan, Karkkilan ja Vihdin alueella.", ["Lohja", "Karkkila", "Vihti"]),
    (LOHJA + "Se palveli pitkään työttömiä Lohjalla, Sallassa ja Pelkosenniemellä.",
     ["Lohja", "Salla", "Pelkosenniemi"]),
    (LOHJA + "Valmennuspisteitä oli Lohjan keskustassa, Sammatissa ja Karkkilan kirkonkylällä.", ["Lohja", "Karkkila"]),
    # the parse says the project worked there, or the municipality carried it out
    (LOHJA + "Valmentajat toimivat Lohjalla, ja toiminta ulottui myös Vihtiin.", ["Lohja", "Vihti"]),
    (LOHJA + "Osatoteuttajina toimivat Siikajoen kunta ja Pyhäjoen kunta.", ["Lohja", "Siikajoki", "Pyhäjoki"]),
    (LOHJA + "Asiakkaista 151 asui Lohjalla ja 34 Inkoossa.", ["Lohja", "Inkoo"]),  # elliptic
    # not the new town the partner merges into
    ("Pajasta töihin -hanketta (1.1.2011–31.12.2012) hallinnoi Iin kunta, ja se toteutettiin yhdessä Haukiputaan "
     "kunnan kanssa.\n\n"
     "Haukiputaan kunta liittyy vuoden 2013 alussa uuteen Oulun kaupunkiin.", ["Ii", "Haukipudas"]),
    # … nor the town it merged into when the parse hangs the town on the date
    ("Hirsipolku-hanke toimi Kerimäellä 1.9.2010–31.12.2012. Kerimäen kunta hallinnoi hanketta.\n\nKerimäki "
     "liittyy 1.1.2013 Savonlinnaan, ja Hirsipolussa kehitetty verstastoiminta jatkuu Savonlinnan kaupungin "
     "työllisyyspalveluiden yhteydessä.", ["Kerimäki"]),
    # … nor its successor that wrote the report; nor towns merged into a new town beside the project's
    ("Raportin laatija:     Sastamalan kaupunki, työllisyyspalvelut\n\nKiikari-hanke toimi Kiikoisissa ja "
     "Punkalaitumella 1.8.2010–31.12.2012. Hanketta hallinnoi Kiikoisten kunta. Kiikoisissa asiakkaita oli 60 "
     "ja Punkalaitumella 30.\n\nKiikoisten kunta liittyi Sastamalan kaupunkiin 1.1.2013.",
     ["Kiikoinen", "Punkalaidun"]),
    # … but a town named beside the municipality that later merged into it took part
    ("Tervaspolku – pitkäaikaistyöttömien työllisyyspolku Nurmeksessa ja Valtimolla\n\nToteutusaika: "
     "1.4.2016–31.12.2018\n\nValtimolla asiakkaita oli 51 ja Valtimon kunta vastasi työkokeiluista. Valtimo "
     "liittyi Nurmekseen 1.1.2020.", ["Nurmes", "Valtimo"]),
    ("TyöHärmä-hanke toimi Ylihärmässä 2008–2010. Kun Kauhava, Alahärmä, Ylihärmä ja Kortesjärvi yhdistyivät "
     "vuoden 2009 alusta uudeksi Kauhavan kaupungiksi, toiminta rajattiin Ylihärmään.", ["Ylihärmä"]),
    # a word of the project's name is no town ('Virtaa' is no Virrat)
    ("Virtaa työhön -hanke toimi Kuusamossa. Kuusamon kaupunki hallinnoi Virtaa työhön -hanketta.", ["Kuusamo"]),
    # an inflected adjective in front ('Uudessakaarlepyyssä')
    (LOHJA + "Toimintaa oli Lohjalla ja Uudessakaarlepyyssä.", ["Lohja", "Uusikaarlepyy"]),
    # clients of a municipality; a municipality found as an implementer; a plural name ('Virtain' -> Virrat)
    (LOHJA + "Inkoon asiakkaat saivat valmennuksen Lohjan kaupungilta.", ["Lohja", "Inkoo"]),
    (LOHJA + "Lohjan kaupunki käynnisti yhdessä Virtain kaupungin kanssa työllisyyspilotin.", ["Lohja", "Virrat"]),
    # the project as a model example: its implementers' towns count
    ("Seutukunnallisen yhteistyön malliesimerkki on Väylä-hanke, jonka Uudenkaupungin kaupunki ja Laitilan "
     "kaupunki toteuttivat. Uudessakaupungissa oli työttömiä.", ["Uusikaupunki", "Laitila"]),
    # a first word that is also a common noun ('valtimo'), named as a municipality
    (LOHJA + "Valtimon kunta on ollut hankkeessa mukana osatoteuttajana.", ["Lohja", "Valtimo"]),
    # the place merged into, also where the sentence names it again
    ("Hanke toimi Maaningalla 1.8.2012–31.12.2014. Maaninka liittyi Kuopion kaupunkiin 1.1.2015, joten tehtävät "
     "ovat nyt Kuopiolla.",
     ["Maaninka"]),
    ("Hanke toimi Tarvasjoella 2012–2014. Tarvasjoki liitettiin Liedon kuntaan 1.1.2015.", ["Tarvasjoki"]),  # passive
    # a name of two words; 'Kosken' is the genitive of Koski, not the contraction 'koska en'
    ("Osatoteuttajina toimivat Marttilan kunta ja Kosken Tl kunta. Kosken Tl asiakkaita oli 30.",
     ["Marttila", "Koski Tl"]),
])
def test_project_municipalities(facts_of, text: str, expected: list[str]):
    assert facts_of(text, "municipalities") == expected


@pytest.mark.parametrize("text, expected", [
    # a merged municipality that still existed when the project started is its own item
    ("Hanke toimi 1.1.2011–31.12.2013 Savonlinnassa, Kerimäellä ja Enonkoskella. Savonlinnan kaupunki "
     "hallinnoi hanketta.", ["Savonlinna", "Kerimäki", "Enonkoski"]),
    # one that had merged before is part of the municipality that absorbed it
    ("Hanke toimi 1.2.2015–31.1.2018 Salossa. Neuvontaa annettiin Perniön ja Halikon kirjastoissa. Salon "
     "kaupunki hallinnoi hanketta.", ["Salo"]),
    # the municipality a merger created is not one the project worked in
    ("Hanke toimi 1.8.2010–31.12.2012 Nilsiässä. Nilsiän kaupunki hallinnoi hanketta. Vuodenvaihteessa Nilsiä "
     "liittyy Kuopioon, ja käytännöt siirtyvät uuden Kuopion palveluihin.", ["Nilsiä"]),
    ("Hanke toimi 1.1.2013–31.12.2015 Kärkölässä ja Hämeenkoskella.\n\n- Osatoteuttaja: Hämeenkosken kunta "
     "(1.1.2016 alkaen Hollolan kunta)", ["Kärkölä", "Hämeenkoski"]),  # the name it has had since
    # the other places a merger ended are named for the merger, not for the project
    ("Hanke toimi 1.4.2008–31.12.2010 Nurmossa. Nurmon kunta hallinnoi hanketta. Nurmo ja Ylistaro liitettiin "
     "Seinäjoen kaupunkiin 1.1.2009.", ["Nurmo"]),
])
def test_merged_municipalities_by_the_project_period(facts_of, text: str, expected: list[str]):
    assert facts_of(text, "municipalities") == expected


@pytest.mark.parametrize("text, expected", [
    # the people of a town the project served, in lower case ('mynämäkeläisille'), beside a town named
    ("Nousiaisten Monipalvelu Oy toteutti Tekijäksi-hankkeen, jossa tarjosimme pitkään työttömänä olleille "
     "nousiaislaisille ja mynämäkeläisille oikeaa työtä. Hanke toimi Nousiaisissa.", ["Nousiainen", "Mynämäki"]),
    # a town's company is no place of the project
    ("Hanke toimi Nousiaisissa. Kalusteet ostettiin helsinkiläiseltä yritykseltä.", ["Nousiainen"]),
])
def test_places_by_the_people_of_a_town(facts_of, text: str, expected: list[str]):
    assert facts_of(text, "municipalities") == expected


def test_a_newspapers_tagline_lists_no_project_towns(facts_of):
    text = ("Kärsämäellä ja Haapavedellä toukokuun lopussa päättynyt Rinnalla-hanke sai töihin 34 pitkään työttömänä "
            "ollutta. Hanketta hallinnoi Haapaveden kaupunki, ja Kärsämäen kunta oli mukana osatoteuttajana. Hankkeen "
            "alkaessa Kärsämäellä oli 78 ja Haapavedellä 161 pitkäaikaistyötöntä.\n\n© 2022 Seutuviesti\n\nSeutuviesti Haapaveden, Kärsämäen, Pyhännän ja Siikalatvan paikallinen\n")
    assert sorted(facts_of(text, "municipalities")) == ["Haapavesi", "Kärsämäki"]


@pytest.mark.parametrize("text", [
    "Hankkeen päätösseminaari pidettiin Helsingissä.",
    "Hankkeen kokemuksia esiteltiin Jyväskylässä Keski-Suomen työllisyysfoorumissa.",
    "Yhteiset rekrytointimessut järjestettiin Haminassa ja Kouvolassa.",
    "Ypäjän kunta on ilmoittanut, ettei se osallistu hankkeen jatkoon.",
    "Tiedot: EURA 2014 -järjestelmä.",
    "Asiasta kertoi projektipäällikkö Salla Virtanen.",
    "Vuonna 2015 Helsingissä toimi samankaltainen hanke, jonka kokemuksista opittiin.",
    "Työttömyysaste oli Lohjalla 14 %, Espoossa 11 % ja Vantaalla 12 %.",
    # an address or a dateline, a merger note, a partner, a region spelt out, a school's seat
    "Arviointi Kompassi Oy\nLinnankatu 31 C, 20100\nTurku",
    "PÄÄTÖS HANKKEEN MUUTTAMISESTA | Kajaani 22.1.2018",
    "Oulussa 30.6.2018",
    "Toiminta-alue: Lohja ja Sammatti (Sammatti 1.1.2009 alkaen osa Lohjaa, ei osa Espoota)",
    "Opintoja sovittiin Lohjan lukion ja Jyväskylän koulutuskuntayhtymän kanssa.",
    "Länsi-Uudenmaan seutukunnan (Lohja, Raasepori, Inkoo ja Siuntio) työttömiä oli 840.",
    "Useimmat opiskelivat Kajaanin ammattiopistossa.",
    # where clients moved on to; an office's seat; another named project and its area
    "Kaksi aloitti oppisopimuskoulutuksen, ja muut hakeutuivat opiskelemaan Kajaaniin tai Ouluun.",
    "Kuopion seudun TE-toimisto käytti asiakkaiden palkkatukeen 96 000 euroa.",
    "Lohja on mukana myös Espoon kaupungin hallinnoimassa Työpolku -hankkeessa, jossa ovat mukana kaikki "
    "Espoon seudun kunnat.",
    "Opiskelemaan lähti neljä, kaksi heistä ammattiopistoon Imatralle.",  # an elliptic destination
    "Useimmat suorittivat tutkinnon Varkaudessa toimivassa aikuiskoulutuskeskuksessa.",  # the school works there
    "Kuopio, lokakuu 2019",  # a dateline with a month
    "Hankkeen verstas toimi Lohjan Haminan vanhalla koululla.",  # a village after a town's genitive
    "Tulos on hyvä: Oulun seudun vastaavissa hankkeissa työllistyi 18 %.",  # other projects
    "ELY-keskuksen ryhmäpäällikkö Jussi Turunen Joensuusta pitää tulosta hyvänä.",  # a person's town
    "Helmikuussa käynnistyy jatkohanke Duunikaista II.",  # a roman numeral, not Ii
    "Kunnat valmistelevat yhdistymistään Vantaan kanssa.",  # a merger
    "Muita hankkeita:\n- Kotopolku (Turku, 2016–2019) tarjosi kielivalmennusta.",  # another project's place
    "4.2 Muut hankkeet\n\n- Reittipiste on nuorten matalan kynnyksen palvelupiste Turussa.",  # under such a heading
    "Jatkohanke toimii 1.3.2014 alkaen myös Humppilassa.",  # the follow-up project's place
    "Euroissa rahoitus toteutui seuraavasti:",  # 'euro', capitalised as the first word, is no Eura
    "Hankkeen loppuraportti (EURA S21977)",  # the EURA system before a project code
    "Työtä tehtiin kylillä Hyrynsalmen rajalta Raatteeseen.",  # the border with a place
    "Hanke toimi Oulun eteläpuolisella Lakeudella.",  # a landmark
    # across a border
    "Työvalmentajan yrityskäynneistä 40 kohdistui Kangasalan puolelle sijoittuviin työpaikkoihin.",
    # a seat named again and again, each time weakly: an office, an institution, an address
    "Yhdistyksen toimisto sijaitsee Forssassa. Yhteistyötä tehtiin Forssan työ- ja elinkeinotoimiston ja Kelan "
    "Forssan toimiston kanssa. Arvioita ostettiin Forssan seudun terveyskeskukselta.\nHämeentie 12, 30100 Forssa",
    # a paragraph that opens with a comparison; a trip; studies elsewhere, the place an elliptic modifier
    "\nVertailun vuoksi: Raaseporin vastaavassa hankkeessa asiakkaita oli 240. Ero selittyy osin Raaseporin "
    "suuremmalla työpaikkatarjonnalla.",
    "Syyskuussa ryhmä teki retken Valamon luostariin Heinävedelle.",
    "Opiskelemaan lähti kuusi: viisi Imatralle ammattiopistoon ja yksi Lappeenrantaan.",
    # a town that names the area of a joint authority
    "Hankkeen hallinnoi Lohjan seudun työllisyyspalvelujen kuntayhtymä.",
    # a town that took the project's model up; a section on the project to come
    "Ammattikorttikurssien malli on otettu käyttöön myös Uudessakaupungissa.",
    "Sallan kunta ottaa kevään 2023 aikana valmennuksen mallimme käyttöön omissa palveluissaan.",
    "2.2 Mitä jatkohankkeella tavoitellaan\n\nKonnuilta eteenpäin laajentaa toiminnan Rautavaaralle.",
    # the town the project's area is likened to; a publisher's town in the references
    "Lohjan työllisyystilanne parani hankeaikana selvästi koko Tampereen seudun tavoin.",
    "Lähteet\n\nTilastokeskus 2011. Työvoimatutkimus 2010. Helsinki: Tilastokeskus.",
    # the partner of a follow-up being planned
    "Seuraavaksi kunta suunnittelee jatkohanketta yhdessä Sievin kunnan kanssa.",
])
def test_places_the_project_did_not_work_in(facts_of, text: str):
    places = facts_of("Polku-hanke toimi Lohjalla. Lohjan kaupunki hallinnoi Polku-hanketta. Lohjalla on "
                      "työttömiä.\n" + text, "municipalities")
    assert places == ["Lohja"]


@pytest.mark.parametrize("text, implementers, funders", [
    # a form: the role is the section heading, the organisation the 'Nimi' field under it
    ("TUENSAAJA\nNimi ....................... Kaustisen kunta\nY-tunnus ................... 0179416-1\n",
     ["Kaustisen kunta"], []),
    ("RAHOITTAJA\nNimi: Keski-Pohjanmaan TE-keskus\n", [], ["Keski-Pohjanmaan TE-keskus"]),
    ("Toteuttajana toimi Pohjois-Karjalan Työhönvalmennus ry, ja rahoittajana Pohjois-Karjalan ELY-keskus.",
     ["Pohjois-Karjalan Työhönvalmennus ry"], ["Pohjois-Karjalan ELY-keskus"]),
    ("Hankkeen rahoitti Kainuun elinkeino-, liikenne- ja ympäristökeskus Euroopan sosiaalirahaston varoista.",
     [], ["Kainuun elinkeino-, liikenne- ja ympäristökeskus", "Euroopan sosiaalirahasto"]),
    ("Työ- ja elinkeinoministeriö myönsi kokeilulle valtionavustusta 740 000 euroa.", [], ["Työ- ja elinkeinoministeriö"]),
    ("Lapin ELY-keskus myöntää Kemin kaupungille rahoitusta hankkeen toteuttamiseen.",
     ["Kemin kaupunki"], ["Lapin ELY-keskus"]),
    ("Työkaari oli Raision kaupungin ja Naantalin kaupungin yhteinen työllisyyden kuntakokeilu.",
     ["Raision kaupunki", "Naantalin kaupunki"], []),
    ("Askelmerkit oli Työvalmennussäätiö Saarni sr:n hallinnoima ESR-hanke.", ["Työvalmennussäätiö Saarni sr"], []),
    ("Hanketta hallinnoisi Porvoon kaupunki ja osatoteuttajana toimisi Porvoon Työpaja ry.",
     ["Porvoon kaupunki", "Porvoon Työpaja ry"], []),
    ("Hanketta hallinnoi Porin kaupunki. Hallinnoinnista vastasi Porin työllisyyspalvelut.", ["Porin kaupunki"], []),
    ("Kokeilun vastuukuntana toimi Nokian kaupunki.", ["Nokian kaupunki"], []),
    ("Tuen saaja: Loimaan kaupunki", ["Loimaan kaupunki"], []),
    ("| Hallinnoija | Työvalmennusyhdistys Kivijalka ry, Seinäjoki |", ["Työvalmennusyhdistys Kivijalka ry"], []),
    ("Vastuuviranomainen:   Keski-Suomen ELY-keskus", [], ["Keski-Suomen ELY-keskus"]),
    ("Rahoitus: ESR / Etelä-Pohjanmaan ELY-keskus", [], ["Etelä-Pohjanmaan ELY-keskus"]),
    ("Rahoitus: 80 % ESR, 20 % kunnat", [], []),
    ("Sen toiminnasta vastasi Pieksämäen kaupunki. Hankkeen rahoituksesta vastasi Etelä-Savon ELY-keskus.",
     ["Pieksämäen kaupunki"], ["Etelä-Savon ELY-keskus"]),
    ("Sysmän ja Hartolan kunnat osallistuivat hankkeen rahoitukseen.", [], ["Sysmän kunta", "Hartolan kunta"]),
    ("Hankkeen rahoittajana toimi Satakunnan ELY-keskus.", [], ["Satakunnan ELY-keskus"]),
    ("Rahoitus Kainuun ELY-keskukselta. Hanke sai rahoitusta Kainuun ELY-keskuksen kautta.",
     [], ["Kainuun ELY-keskus"]),
    # no organisation, or not in this role
    ("Kuntien rahoitusosuus oli 89 700 euroa.", [], []),
    ("ESR- ja valtion rahoitus oli 80 prosenttia.", [], []),
    ("Työvoimayhdistyksen talkootyötä ei laskettu rahoitukseen.", [], []),
    ("Arvioinnin toteutti Arviointitoimisto Kaarre Oy.", [], []),
    ("Työllisyyspalvelujen uusi hanke käynnistyy maaliskuussa 2020.", [], []),
    ("Euroopan sosiaalirahaston hanke, toimintalinja 2.", [], []),
    ("Kokeilun vastuukunta vaihtui kesken kauden.", [], []),
    ("Hanketta hallinnoi Lohjan kaupunki, ja sen mallia on hyödynnetty myös Espoon kaupungissa.",
     ["Lohjan kaupunki"], []),
    ("Työpaja Lankku toimii Rauman kaupungin nuorisopalvelujen alaisuudessa Lankku – työpajasta työelämään "
     "-hankkeena.", ["Rauman kaupunki"], []),
    ("Varsinais-Suomen ELY-keskus hyväksyy muutoksen seuraavasti.", [], ["Varsinais-Suomen ELY-keskus"]),
    ("Kaupunginhallitus hyväksyy Lohjan kaupungin osallistumisen hankkeeseen.", [], []),
    # a label on the line above its value; an address after the name; a table's header row
    ("Tuen saaja\nSuomussalmen kunta, Y-tunnus 0193177-1\n\nOsatoteuttajat\nHyrynsalmen kunta ja Puolangan kunta",
     ["Suomussalmen kunta", "Hyrynsalmen kunta", "Puolangan kunta"], []),
    ("Hallinnoija: Kolarin kunta, Kolarintie 28, 95900 Kolari", ["Kolarin kunta"], []),
    ("Vastuukunta: Akaan kaupunki\nSopijakunta: Urjalan kunta", ["Akaan kaupunki", "Urjalan kunta"], []),
    ("Hallinnoija: Pohjois-Savon ELY-keskus, Elinkeinot, työvoima, osaaminen ja kulttuuri -vastuualue",
     ["Pohjois-Savon ELY-keskus"], []),
    ("Toteuttaja: Kunta\n\nRahoittaja: Satakunta", [], []),
    ("Rahoittaja: Pirkanmaan ELY-keskus / Euroopan sosiaalirahasto", [],
     ["Pirkanmaan ELY-keskus", "Euroopan sosiaalirahasto"]),
    ("| Rahoittaja | Euroa | Osuus |\n| Uudenmaan ELY-keskus | 229 120 | 80 |", [], []),
    # funding sources; an abbreviation in brackets; a list that keeps the verb's role
    ("Hanke toteutettiin Euroopan sosiaalirahaston ja valtion rahoituksella.", [], ["Euroopan sosiaalirahasto"]),
    ("Kunnanhallitus päätti hakea Varsinais-Suomen ELY-keskukselta ESR-rahoitusta hankkeelle.", [],
     ["Varsinais-Suomen ELY-keskus"]),
    ("Budjetti on 520 000 euroa, josta Pohjois-Karjalan ELY-keskuksen kautta tuleva ESR- ja valtionrahoitus "
     "kattaa 75 prosenttia.", [], ["Pohjois-Karjalan ELY-keskus"]),
    ("Hanketta rahoittavat Uudenmaan elinkeino-, liikenne- ja ympäristökeskus (Uudenmaan ELY-keskus) Euroopan "
     "sosiaalirahastosta sekä Loviisan kaupunki ja Lapinjärven kunta.", [],
     ["Uudenmaan elinkeino-, liikenne- ja ympäristökeskus", "Loviisan kaupunki", "Lapinjärven kunta"]),
    ("Työpaja Kipinä on Viitasaaren kaupungin ylläpitämä työpaja.", ["Viitasaaren kaupunki"], []),
    ("Kunnanhallitus päätti käynnistää yhdessä Virtain kaupungin kanssa työllisyyspilotin.",
     ["Virtain kaupunki"], []),
    # a private co-financier, the implementer's own share, a partner project, a work trial
    ("Yksityinen rahoitus koostuu Suonenjoen Yrittäjät ry:n rahoitusosuuksista.", [], []),
    ("Forssan kaupungin omarahoitusosuus oli 20 % eli 97 242 euroa.", [], []),
    ("- Osatoteuttajat: Hämeenkosken kunta ja Kärkölän Työ- ja Toimintakeskus ry (KTTK)",
     ["Hämeenkosken kunta", "Kärkölän Työ- ja Toimintakeskus ry"], []),  # a hyphen joins, 'ja' does not split
    ("Vertailun vuoksi: Lahden kaupungin samanaikainen työllisyyshanke pääsi 3 100 euron kustannukseen.", [], []),
    ("Hanketta hallinnoi Kouvolan kaupunki. ESR- ja valtionosuus oli 944 000 euroa, ja Kouvolan kaupungin "
     "rahoitusosuus 236 000 euroa.", ["Kouvolan kaupunki"], []),
    ("Hanketta hallinnoi Pälkäneen kunta. Kuntien rahoitusosuudesta Pälkäneen kunta vastaa 30 625 eurosta.",
     ["Pälkäneen kunta"], []),
    ("Hanketta hallinnoi Porin kaupunki.\n\nRahoittajat: Satakunnan ELY-keskus, Porin kaupunki",
     ["Porin kaupunki"], ["Satakunnan ELY-keskus", "Porin kaupunki"]),
    # wage-subsidy appropriations of the employment office are no grant to the project
    ("Palkkatukeen käytettiin Seinäjoen seudun TE-toimiston määrärahoja projektin budjetin ulkopuolelta.", [], []),
    ("Lisäksi TE-toimisto rahoitti asiakkaiden palkkatukityötä 96 000 eurolla.", [], []),
    ("TYP teki yhteistyötä Kiuruveden kaupungin hallinnoiman Askel arkeen -hankkeen kanssa, jota rahoittaa "
     "Etelä-Savon ELY-keskus.", [], []),
    ("Nuoret tulevat pajalle TE-toimiston työkokeiluna.", [], []),
    # the organisation running another named project, or one the municipality took part in
    ("Polku-hanketta hallinnoi Lohjan kaupunki. Lohja on mukana myös Espoon kaupungin hallinnoimassa Työpolku "
     "-hankkeessa.", ["Lohjan kaupunki"], []),
    ("Polku-hanketta hallinnoi Lohjan kaupunki. Lisäksi kaupunki osallistui Espoon seudun koulutuskuntayhtymän "
     "nuorten oppisopimushankkeeseen.", ["Lohjan kaupunki"], []),
    # a fund's project is no other project: 'ESR-hanke'
    ("Polku oli Lohjan kaupungin hallinnoima ESR-hanke.", ["Lohjan kaupunki"], []),
    # a label whose value names the owners of a joint project
    ("- Toteuttajat: Liedon kunnan ja Paimion kaupungin yhteishanke", ["Liedon kunta", "Paimion kaupunki"], []),
    # owners in the genitive plural name a kind of organisation; a grant word in a compound names one
    ("Avustuksen myönsi vuosille 2017–2019 Sosiaali- ja terveysjärjestöjen avustuskeskus STEA Veikkauksen "
     "tuotoista.", [], ["Sosiaali- ja terveysjärjestöjen avustuskeskus"]),
    # the fund whose support the project received from a funder ('ELY-keskukselta saadulla ESR:n tuella')
    ("Hanke toteutettiin Pohjois-Pohjanmaan ELY-keskukselta saadulla Euroopan sosiaalirahaston tuella.", [],
     ["Pohjois-Pohjanmaan ELY-keskus", "Euroopan sosiaalirahasto"]),
    # a parish and the municipality whose name it carries are two bodies
    ("Hanketta hallinnoi Rautjärven seurakunta, ja osatoteuttajana toimi Rautjärven kunnan sosiaalitoimi.",
     ["Rautjärven seurakunta", "Rautjärven kunta"], []),
    # an honour granted is no funding
    ("Suomalaisen Työn Liitto myönsi yritykselle Yhteiskunnallinen yritys -merkin vuonna 2015.", [], []),
    ("Marraskuussa 2019 Vaaranpolulle myönnettiin Kainuun liiton Vuoden työllisyysteko -tunnustus.", [], []),
    # a grant decision made, money that came through a body; a region given money is no body
    ("Raha tuli Euroopan sosiaalirahastosta, ja tukipäätöksen teki Keski-Suomen ELY-keskus.", [],
     ["Euroopan sosiaalirahasto", "Keski-Suomen ELY-keskus"]),
    ("Rahat tuli Pirkanmaan ELY-keskuksen kautta.", [], ["Pirkanmaan ELY-keskus"]),
    ("Kainuun ELY-keskus myönsi vuonna 2019 ESR-rahoitusta maakuntaan yhteensä 4,2 milj. euroa.", [],
     ["Kainuun ELY-keskus"]),
    # the long form of an ELY-keskus is the short one
    ("Rahoittaja: Lapin elinkeino-, liikenne- ja ympäristökeskus\n\nLapin ELY-keskus myönsi hankkeelle "
     "rahoitusta.", [], ["Lapin elinkeino-, liikenne- ja ympäristökeskus"]),
    # two places own one association; its short name later is the same body
    ("Hankkeen hallinnoijana on toiminut Hirvensalmen ja Pertunmaan Työ- ja Toimintakeskus ry, tuttavallisemmin "
     "HiPeTo.\n\nHallinnoija HiPeTo ry, Kirkkotie 4, 52550 Hirvensalmi.",
     ["Hirvensalmen ja Pertunmaan Työ- ja Toimintakeskus ry"], []),
    # a labelled value that is a clause is read by its parse
    ("Toteuttajat: Hankkeen toteuttivat Hausjärven kunta yhdessä Lopen kunnan kanssa", ["Hausjärven kunta",
                                                                                       "Lopen kunta"], []),
    # the authority that made the decision in a sentence about the funding
    ("Rahoitus tuli Euroopan sosiaalirahastosta, ja päätöksen teki Lapin ELY-keskus.", [],
     ["Euroopan sosiaalirahasto", "Lapin ELY-keskus"]),
    # the bare 'kaupungin' of a city's own annual report is that city; another project's administrator
    ("Kaupungin työllisyyspalvelujen hallinnoima Punainen lanka -hanke päättyi. Kaupunki oli osatoteuttajana "
     "Forssan seudun hyvinvointikuntayhtymän hallinnoimassa Osaajaksi-hankkeessa.\n\nFORSSAN KAUPUNKI, "
     "Työllisyyspalvelut", ["Forssan kaupunki"], []),
    # a bare 'Kuntayhtymän' in the minutes of the authority the header names in full
    ("Pietarsaaren seudun työllisyyspalvelujen kuntayhtymä | Yhtymähallitus | Pöytäkirja 6/2020\n\n"
     "Kuntayhtymän hallinnoima hanke toteutettiin ajalla 1.8.2017–31.7.2020 Pedersöressä ja Luodossa.",
     ["Pietarsaaren seudun työllisyyspalvelujen kuntayhtymä"], []),
    # a coordination inside a name; what a body runs is not who ran the project; a continuation's grants
    ("Toteuttaja: Auranlaakson Työ ja Toiminta ry\n\nHanketta hallinnoi Polvijärven Työ ja Toiminta ry. Se ylläpitää "
     "Auran keskustassa kierrätysmyymälää ja Pöytyän Kyrössä puutyöpajaa. Yhdistys jatkaa ryhmätoimintaa omana "
     "toimintanaan Auran ja Pöytyän kuntien avustuksen turvin.",
     ["Auranlaakson Työ ja Toiminta ry", "Polvijärven Työ ja Toiminta ry"], []),
    # taking part in carrying the project out; a participle that describes a service gives no role
    ("Raahen kaupunki hallinnoi kokeilua, ja Pyhäjoen kunta osallistui sen toteuttamiseen omalla henkilöstöllään.",
     ["Raahen kaupunki", "Pyhäjoen kunta"], []),
    ("Kokeilu osoitti, että kunnan ja TE-toimiston yhteinen, lähipalveluna toteutettu asiakasohjaus tavoittaa "
     "pitkäaikaistyöttömät aiempaa paremmin.", [], []),
    # the first of a plural subject that the parser set apart shares the verb's role
    ("Hyvinkään kaupunki ja Keski-Uudenmaan Työpajasäätiö ovat toteuttaneet Polkuverstas-hanketta.",
     ["Hyvinkään kaupunki", "Keski-Uudenmaan Työpajasäätiö"], []),
    # a municipality that paid for the whole project with its own money, granted by no one else, funds it; its own
    # share beside a grant does not
    ("Sotkamon kunnan oma työllisyyshanke päättyi. Hanketta toteutti kunnan työllisyyspalvelut, ja se rahoitettiin "
     "kokonaan kunnan omalla rahalla.", ["Sotkamon kunta"], ["Sotkamon kunta"]),
    ("Työreitti oli Kauniaisten kaupungin sosiaalitoimen toteuttama hanke. Hanke rahoitettiin kokonaan kaupungin "
     "omalla työllisyydenhoidon määrärahalla.", ["Kauniaisten kaupunki"], ["Kauniaisten kaupunki"]),
    ("Sotkamon kunnan oma työllisyyshanke päättyi. Hanketta toteutti kunnan työllisyyspalvelut, ja se rahoitettiin "
     "kunnan omalla rahalla sekä Kainuun ELY-keskuksen myöntämällä ESR-rahoituksella.",
     ["Sotkamon kunta"], ["Kainuun ELY-keskus"]),
    # a role noun whose possessor is another organisation ('kuntien … rahoitusvastuu') is that one's
    ("Lisäksi ministeriö selvittää yhdessä Kuntaliiton kanssa, miten kuntien työmarkkinatuen rahoitusvastuu, joka "
     "vuonna 2018 oli yhteensä noin 440 miljoonaa euroa, voisi kannustaa kuntia aktiivisiin toimiin.", [], []),
    # the agent of a funding participle and the source of its money are funders, whatever verb the clause has
    ("Ponnistus-hanketta hallinnoi Pieksämäen kaupunki. Etelä-Savon ELY-keskuksen\nEuroopan sosiaalirahastosta ja "
     "valtion varoista rahoittama hanke toteutettiin maaliskuusta 2016 helmikuun 2019 loppuun.",
     ["Pieksämäen kaupunki"], ["Etelä-Savon ELY-keskus", "Euroopan sosiaalirahasto"]),
    ("Salmenkorpi oli Kuhmossa vuosina 2010–2013 toteutettu Euroopan sosiaalirahaston osarahoittama "
     "työllisyyshanke.", [], ["Euroopan sosiaalirahasto"]),
    # a legal form's genitive closes a name with an inner 'ja' after a copula
    ("Ratas – kylätyöpaja työnhakijoille (EURA-koodi S10327) oli Pohjois-Kymen\nTyö ja Toiminta ry:n hallinnoima "
     "hanke.", ["Pohjois-Kymen Työ ja Toiminta ry"], []),
    # a bare 'säätiön' is the one foundation the text names; a ministry is written in lower case; another
    # numbered unit's funders in an annual report are not the project's
    ("Keski-Pohjanmaan Työtoimintasäätiö sr – Vuosikertomus 2022\n\n3 Toimintayksiköt\n\n3.1 Nuorten "
     "työpaja Väylä\n\nTyöpajatoiminta rahoitettiin aluehallintoviraston kautta myönnetyllä avustuksella sekä "
     "Kokkolan kaupungin ostopalvelulla.\n\n4 Kantokyky – työkyvyn tuki Lestijokilaaksossa\n\n"
     "Rahoitus: sosiaali- ja terveysministeriö, Työkykyohjelma (valtionavustus)\n\nKantokyky oli säätiön "
     "hallinnoima ja toteuttama hanke.", ["Keski-Pohjanmaan Työtoimintasäätiö sr"], ["sosiaali- ja terveysministeriö"]),
    # with no role word, the body that signs or compiled the text beside its address or a project worker
    ("Työtupa on auki! Työtupa alkaa 1.9.2018 ja päättyy 31.8.2020.\n\nKoonnut:\nKatja Pesonen, "
     "projektikoordinaattori\nLemin kunta, hyvinvointi- ja elinvoimapalvelut\nTyötupa, Meijerintie 4, 54710 Lemi",
     ["Lemin kunta"], []),
    ("Hallitus esittää kevätkokoukselle, että raportti merkitään tiedoksi.\n\nLounais-Hämeen Työtoverit ry\n"
     "Y-tunnus 0879341-5\nHämeentie 12, 30100 Forssa", ["Lounais-Hämeen Työtoverit ry"], []),
    # a genitive town the tagger calls an adjective keeps its case ('Kaavin kunta', not 'Kaavi kunta')
    ("Hankkeen hallinnoijana on Kaavin kunta, ja Rautavaaran kunta on mukana osatoteuttajana.",
     ["Kaavin kunta", "Rautavaaran kunta"], []),
    ("Hyvinkään kaupungin hallinnoimaa hanketta toteutti osatoteuttajana Mäntsälän kunta.",
     ["Hyvinkään kaupunki", "Mäntsälän kunta"], []),
    # the body that coordinates a network the implementer took part in
    ("Uraverkko-hanketta hallinnoi Espoon kaupunki. Lisäksi työllisyyspalvelut osallistui pääkaupunkiseudun kuntien "
     "yhteiseen Osaajat töihin -kehittämisverkostoon, jota koordinoi Helsingin kaupunki.", ["Espoon kaupunki"], []),
    # … a company's letterhead in capitals, not the funder the report is addressed to
    ("NOUSIAISTEN MONIPALVELU OY\nYhteiskunnallinen yritys · Y-tunnus 2981437-5\nNallinkatu 4, 21270 Nousiainen\n\n"
     "Lounais-Suomen Yhteisösäätiö sr\n\nHANKKEEN LOPPURAPORTTI RAHOITTAJILLE\n\nKiitämme säätiötä luottamuksesta.\n\n"
     "Rahoittaja: Lounais-Suomen Yhteisösäätiö sr", ["Nousiaisten Monipalvelu Oy"], ["Lounais-Suomen Yhteisösäätiö sr"]),
    # a field naming the towns' own money: each town, in nominative
    ("Toteuttajat        Vaalan kunta ja Utajärven kunta\nRahoitus           Vaalan ja Utajärven kuntien "
     "talousarviomäärärahat", ["Vaalan kunta", "Utajärven kunta"], ["Vaalan kunta", "Utajärven kunta"]),
    # … but not an evaluator's firm, and not two bodies
    ("Arvioinnin toteutti ulkopuolinen arvioija.\n\nArviointitoimisto Kaarna Oy\nKauppakatu 31 B, 80100 Joensuu",
     [], []),
    # a label at the end of a line, its value wrapped onto the next
    ("Kyröpolku toteutettiin 1.3.2020–28.2.2023. Toteuttaja: Hämeenkyrön kunta, työllisyyspalvelut. Rahoittaja:\n"
     "Hämeen ELY-keskus, Euroopan sosiaalirahasto (Kestävää kasvua ja työtä 2014–2020).", ["Hämeenkyrön kunta"],
     ["Hämeen ELY-keskus", "Euroopan sosiaalirahasto"]),
    # an employment office granting the project itself a grant funds it
    ("Hanketta toteutti Siikajoen kunta. Pohjois-Pohjanmaan TE-toimisto myönsi hankkeelle työllisyyspoliittista "
     "avustusta, joka kattoi 60 prosenttia kustannuksista.", ["Siikajoen kunta"], ["Pohjois-Pohjanmaan TE-toimisto"]),
    # the town a partner merged into is no party to the project
    ("Projektia hallinnoi Isonkyrön kunta. Osatoteuttajana toimi Vähänkyrön kunta, joka liittyi 1.1.2013 Vaasan "
     "kaupunkiin.", ["Isonkyrön kunta", "Vähänkyrön kunta"], []),
    # … but not when the text names several cities
    ("Kaupungin työllisyyspalvelujen hallinnoima hanke päättyi. Mukana olivat Forssan kaupunki ja Lopen "
     "kunta sekä Jokioisten kunta ja Hämeenlinnan kaupunki.", [], []),
    # a unit without its owner carried it out: the one city the text names as a body (of a city and a
    # municipality, the one that paid for it)
    ("KUUSAMON KAUPUNKI\n\nHanke toteutettiin sosiaali- ja terveyspalvelujen aikuissosiaalityön yksikössä ajalla "
     "1.3.2019–31.12.2021.", ["Kuusamon kaupunki"], []),
    ("KUUSAMON KAUPUNKI\n\nHanke toteutettiin aikuissosiaalityön yksikössä, ja se rahoitettiin kokonaan kaupungin "
     "omin varoin. Kokemuksia vaihdettiin Taivalkosken kunnan työllisyyspalvelujen kanssa.",
     ["Kuusamon kaupunki"], ["Kuusamon kaupunki"]),
    ("Hanke toteutettiin yhdistyksen työllisyysyksikössä. Tiloja vuokrasi Kuusamon kaupunki.", [], []),
    # a town's name tagged as an adjective keeps its genitive ('Kaskisten', not 'Kaskinen kaupunki')
    ("Kaskisten kaupungin hallinnoima hanke päättyi suunnitellusti helmikuun 2014 lopussa.", ["Kaskisten kaupunki"],
     []),
    # the region's municipalities own the project together: no one body of that name
    ("TyöRaide – Kainuun kuntien yhteinen työllisyyshanke toimi Kajaanissa ja Sotkamossa. Hanketta hallinnoi "
     "Kajaanin kaupunki.", ["Kajaanin kaupunki"], []),
    # the partner of a follow-up being planned is not an implementer of this one
    ("Reisjärven kunnan hallinnoima Ponnistus-hanke alkoi 1.4.2015. Seuraavaksi kunta suunnittelee jatkohanketta "
     "yhdessä Sievin kunnan kanssa.", ["Reisjärven kunta"], []),
    # the body in a running header's cell, beside the report's title
    ("Pajapirtti – vuositilasto 2012\n\nPajalla on 16 valmennuspaikkaa.\n\nYhteystiedot: Pajatie 4, 42600 Multia\n\n"
     "Pajapirtti – vuositilasto 2012 | Multian kunta, sivistys- ja vapaa-aikatoimi\n", ["Multian kunta"], []),
])
def test_organisations(facts_of, text: str, implementers: list[str], funders: list[str]):
    assert (facts_of(text, "implementers"), facts_of(text, "funders")) == (implementers, funders)


@pytest.mark.parametrize("text, implementers, funders", [
    # the body that held the role before the one named, in brackets or after a comma
    ("PERUSTIEDOT\n\nHallinnoija          Huittisten kaupunki (31.12.2008 asti Vampulan kunta)\n"
     "Rahoittaja           Satakunnan ELY-keskus (31.12.2009 asti Satakunnan\n"
     "                     TE-keskus)\n",
     ["Huittisten kaupunki", "Vampulan kunta"], ["Satakunnan ELY-keskus", "Satakunnan TE-keskus"]),
    ("Tuensaaja:             Seinäjoen kaupunki (Y-tunnus 0134972-2),\n"
     "                       31.12.2008 saakka Nurmon kunta (Y-tunnus 0193548-1)\n"
     "Rahoittava viranomainen:\n"
     "                       Etelä-Pohjanmaan ELY-keskus, 31.12.2009 saakka\n"
     "                       Etelä-Pohjanmaan TE-keskus\n",
     ["Seinäjoen kaupunki", "Nurmon kunta"], ["Etelä-Pohjanmaan ELY-keskus", "Etelä-Pohjanmaan TE-keskus"]),
    # one body per wrapped line of a form
    ("Toteuttajat:         Maalahden kunta (päätoteuttaja, Y-tunnus 0178954-2)\n"
     "                     Korsnäsin kunta (osatoteuttaja)\nRahoittaja:          Pohjanmaan ELY-keskus\n",
     ["Maalahden kunta", "Korsnäsin kunta"], ["Pohjanmaan ELY-keskus"]),
])
def test_a_plain_text_forms_wrapped_values(facts_of, text: str, implementers: list[str], funders: list[str]):
    assert (facts_of(text, "implementers"), facts_of(text, "funders")) == (implementers, funders)


@pytest.mark.parametrize("text, expected", [
    ("Salon kaupungin hallinnoima Reitti – työllisyyttä Salon seudulle -hanke päättyy.",
     "Reitti – työllisyyttä Salon seudulle"),
    ("Forssan kaupunki on hallinnoinut Työpolku Forssan seudulla -hanketta vuodesta 2016.",
     "Työpolku Forssan seudulla"),
    ("Toimintaa kehitetään ESR-rahoitteisessa Ohjaamo Lakeus -hankkeessa.", "Ohjaamo Lakeus"),
    ("Osallistuminen Porvoon Työpuu -hankkeeseen", "Porvoon Työpuu"),
    ("Polku eteenpäin -hankkeen loppuraportti", "Polku eteenpäin"),
    ("Polku-hanke päättyi\n\nHämeenlinnan kaupungin Polku – kohti työelämää -hanke on päättynyt.",
     "Polku – kohti työelämää"),
    ("Kaamosvalo toi pitkään työttömille töitä\n\nRovaniemen kaupungin työllisyyspalveluiden Kaamosvalo – "
     "osallisuutta ja työtä -hanke päättyy.", "Kaamosvalo – osallisuutta ja työtä"),
    ("Porras\n\nPorras oli Rovaniemen Työkeskus ry:n hallinnoima ESR-hanke.", "Porras"),
    ("Terästä työhön – ulkoisen arvioinnin yhteenveto\n\nHanke toimi Raahessa.", "Terästä työhön"),
    ("Uusi Suunta – Heinolan seudun\ntyöllisyyshanke\nLoppuraportti\n\nUusi Suunta toimi Heinolassa.", "Uusi Suunta"),
    ("Hankkeen nimi:   Työllisyyssilta – Saarijärven seudun kuntien yhteinen työllisyyshanke",
     "Työllisyyssilta – Saarijärven seudun kuntien yhteinen työllisyyshanke"),
    # no name: a stock phrase, navigation, an organisation, a minutes heading
    ("Toimintaa kehitetään ESR-rahoitteisessa hankkeessa.", None),
    ("Siirry sisältöön\n\nHae\n\nHanke toimi Lohjalla.", None),
    ("Linnan Työvalmennus\n\nToteuttaja: Linnan Työvalmennus Oy\n\nLinnan Työvalmennus toteutti hankkeen.", None),
    ("Kaupunginhallitus\n\nKaupunginhallitus hyväksyi esityksen.", None),
    # a name label above its value; a pilot; not a partner project, a board or an essive predicate
    ("Hankkeen nimi ja koodi\nVaarojen Väki – työllisyyttä\nYlä-Kainuuseen (S20588)\n\nTuen saaja\nX",
     "Vaarojen Väki – työllisyyttä Ylä-Kainuuseen"),
    ("Kunnanhallitus\n\nRuori-pilotti käynnistyi syyskuussa 2017.", "Ruori"),
    ("Ylä-Savon TYP\n\nYlä-Savon TYP teki yhteistyötä Askel arkeen -hankkeen kanssa.", "Ylä-Savon TYP"),
    ("Jokilaaksojen Työvire\n\nArvioinnin tehtävänä oli selvittää hankkeen kustannukset. Jokilaaksojen "
     "Työvire toimi Nivalassa.", "Jokilaaksojen Työvire"),
    # a quoted name after the word 'hanke'; a table's header is no name label
    ("Esittelemme Paimion kaupungin hallinnoiman hankkeen ”Työkaari – Paimion ja Sauvon työllisyyspolku”.\n\n"
     "Hanke | Hallinnoija | Toteutusaika\nTyökaari | Paimion kaupunki | 2017–2020\n"
     "Someron Startti | Someron kaupunki | 2018–2020", "Työkaari – Paimion ja Sauvon työllisyyspolku"),
    # the name right before its code in brackets, also under a heading run into the paragraph; an
    # organisation's adessive before 'oli' owns projects, it names none
    ("Säätiöllä oli vuonna 2019 käynnissä kolme hanketta.\n\n**Rannikon Reitti – työllistymisen polkuja "
     "Kaarinassa** (EURA-koodi S21602) toteutettiin vuosina 2017–2019.", "Rannikon Reitti – työllistymisen "
     "polkuja Kaarinassa"),
    ("1 Perustiedot\nRajaseudun Työkaari (EURA 2014 -koodi S20689) oli Virolahden kunnan hallinnoima hanke.\n\n"
     "Toimintamalli perustui Miehikkälän kunnan Polku työhön -projektin kokemuksiin.", "Rajaseudun Työkaari"),
    ("Säätiöllä oli vuonna 2019 käynnissä kolme hanketta.", None),
    # a compound suffix and a number in the name; an upper-case title in the case the prose writes it
    ("SASTAMALAN KAUPUNKI\n\nTYÖPOLKU 365 -TYÖLLISYYSPILOTIN LOPPURAPORTTI\n\nPilotti nimettiin Työpolku "
     "365:ksi.", "Työpolku 365"),
    # a sub-project's and a programme's names are not the project's
    ("Itärajan työpolut\n\nItärajan työpolut -kattohanke kokosi kolme osahanketta. Uuteen ammattiin "
     "-osahankkeeseen ohjattiin 73 asiakasta. Työ jatkoi Tavoite 3 -projektin kokemuksista.", "Itärajan työpolut"),
    # a subtitle ends at its clause's verb: '-hanke' belongs to 'ESR-hanke', the predicate
    ("Kotisatama – Hemhamn oli kolmivuotinen ESR-hanke, jota hallinnoi Raaseporin kaupunki.",
     "Kotisatama – Hemhamn"),
    ("Alkusanat\n\nUusi Verso – nuorten aikuisten työpolku Iissä oli Iin kunnan hallinnoima ESR-hanke.",
     "Uusi Verso – nuorten aikuisten työpolku Iissä"),
    # the name right after 'X:n hallinnoima', up to its clause's verb; a newspaper's name in the title is none
    # a table row that starts with a bar: the label cell is no part of the name
    ("| Hankkeen nimi | Työn Jäljillä – yhteisöllistä valmennusta Raumalla |\n|---|---|\n| Hankekoodi | S21203 |",
     "Työn Jäljillä – yhteisöllistä valmennusta Raumalla"),
    ("Leipomosta löytyi pysyvä työ | Kainuun Sanomat\n\nSen sijaan Sotkamon kunnan hallinnoima Työkaari – askelia "
     "Sotkamon työelämään etsi hänelle työkokeilupaikan.", "Työkaari – askelia Sotkamon työelämään"),
    # the municipality that owns a one-word name joined to its '-hanke' is no part of the name
    ("Aihe: Lammin Työkaari-hanke päättyy – mitä jää käteen?\n\nSamalla loppuu kunnan Työkaari.", "Työkaari"),
    # … and the place it ran in
    ("Työvalmentaja Heidi Ruokamo veti Simossa Rantapolku-hanketta kolme vuotta.", "Rantapolku"),
    # the name before its code has no '-hanke'
    ("Malliesimerkki on Vakan Väylä -hanke (S20198), jonka kaupungit toteuttivat yhdessä.", "Vakan Väylä"),
    # 'Koko nimi oli "…"' names the project, beside a podcast's title
    ("TYÖN ÄÄNI – Pirkanmaan työllisyyspodcast\n\nHENNA: Sä vedit Kulkija-hanketta.\n\nSARI: Koko nimi oli "
     "\"Kulkija – työn ja arjen polkuja\". Se oli kaupungin hallinnoima ESR-hanke.",
     "Kulkija – työn ja arjen polkuja"),
    # a form's numbered label; a table caption or a statistic's subject is no name
    ("ESR LOPPURAPORTTI\n\n1. Hankkeen nimi | Ponnistus – polkuja Ähtärissä\n2. Hankekoodi | S10417\n",
     "Ponnistus – polkuja Ähtärissä"),
    ("Kaupunginhallitus\n\nHankkeen rahoitus, euroa\nESR | 120 000\n\nKaupungin työttömyysaste oli hankkeen "
     "alkaessa 14,2 %.", None),
    # the umbrella a sub-project belongs to is not its name
    ("Kotikulmilta töihin – Kannonkosken osahanke\n\nKotikulmilta töihin oli yksi Sillat työhön -kattohankkeen "
     "yhdeksästä osahankkeesta. Sillat työhön -kattohankkeen koordinaatio toimi Viitasaarella.",
     "Kotikulmilta töihin"),
    # a heading further down that opens with a name of the text is the section on that project
    ("Vuosikatsaus 2019\n\n4. Osaava Kainuu\n\nVuonna 2019 päättyi neljä työllisyyshanketta. Sotkamossa Nuoret "
     "liikkeelle -hankkeessa oli mukana 85 nuorta, ja Puolangan kunnan hallinnoima Vaaranpolku palkittiin.\n\n"
     + "".join(f"Maakunnan kylissä kehitettiin palveluja vuonna {2000 + i}.\n\n" for i in range(20)) +
     "Vaaranpolku – työllisyyspolkuja Puolangalla\n\nHallinnoija: Puolangan kunta\n",
     "Vaaranpolku – työllisyyspolkuja Puolangalla"),
    # an appendix of an application is no name
    ("**Hakemuksen liite 1 – Hankesuunnitelman luku 2**\n\nHaettava hanke rakentuu **Kotikonnuilta töihin** "
     "-hankkeen (EURA S21479) kokemusten varaan.", "Kotikonnuilta töihin"),
    # a name with its subtitle in running text, used again; 'X oli kerätty' is a compound tense, no copula
    ("Webinaarin pääesimerkkinä oli Kylävoima – osallisuutta ja arjen työtä Enonkoskella ja Savonlinnassa. "
     "Kylävoima käynnistyi maaliskuussa 2019.\n\nTulosdiassa luvut oli kerätty yhdeksi virkkeeksi hankkeen "
     "lopussa. Kylävoiman luvut ovat hyvää tasoa.", "Kylävoima"),
    # the 'Nimi' of a body's fact table is the body's name, not the project's
    ("## 2 Säätiö lyhyesti\n\n| | |\n|---|---|\n| Nimi | Keski-Pohjanmaan Työtoimintasäätiö sr |\n\n## 4 Kantokyky\n\n"
     "Samalla päättyi säätiön kolmivuotinen Kantokyky-hanke.", "Kantokyky"),
    # a name used without the genitive it opens with is its short form; a participle is no part of a name
    ("Kairan Kipinä on nyt ohi.\n\nKipinä oli Savukosken kunnan hallinnoima ESR-hanke. Kipinä oli monelle "
     "ensimmäinen askel.\n\n#### Kairan Kipinä -hanke (päättynyt 31.1.2023)", "Kairan Kipinä"),
    ("## Päättyneen Ratas-hankkeen tulokset\n\nRatas-hanketta hallinnoi yhdistys.", "Ratas"),
    # an adverb opening the sentence opens no name
    ("## 8 Lopulliset tulokset\n\nKaikkiaan Työkaari-hankkeessa valmennettiin 134 asiakasta. Työkaari-hanketta "
     "hallinnoi Kauhajoen kaupunki.", "Työkaari"),
    # … but an adverb may be a name's first word before a lower-case one
    ("Kiinni työhön – pitkäaikaistyöttömien valmennus Lohjalla\n\nRaportissa kuvataan Kiinni työhön -hankkeen "
     "asiakkaille tehdyn kyselyn tulokset. Kiinni työhön (hankekoodi S21748) oli Lohjan kaupungin hanke.",
     "Kiinni työhön"),
    # a project word in a clause of its own after 'on' is no copula naming it
    ("Loppuraportin laskelman mukaan säästöt olivat 240 000 euroa. Laskelma on optimistinen, sillä se olettaa, "
     "että jokainen olisi ilman hanketta jäänyt työttömäksi.", None),
    # a form's name wrapped onto the next line, indented to its column, is whole
    ("Projektin nimi       Työsilta – pitkäaikaistyöttömien työllistymisprojekti\n"
     "                     Vampulassa ja Punkalaitumella\nProjektikoodi        S10593\n",
     "Työsilta – pitkäaikaistyöttömien työllistymisprojekti Vampulassa ja Punkalaitumella"),
    # what there was some of opens no copula name; a project said to come before is not the report's
    ("ESR-PROJEKTIN LOPPURAPORTTI\n\nTyökaari – pitkäaikaistyöttömien työllistymispolut Kyrönmaalla\n\n"
     "Pitkäaikaistyöttömiä oli projektin käynnistyessä elokuussa 2009 Isossakyrössä 58.\n\nTyökaari jatkoi "
     "osittain edellisellä ohjelmakaudella toimineen Eteenpäin Kyrönmaalla -projektin (2005–2007) työtä.",
     "Työkaari"),
    # a good-practice entry titled by its model: the project named before its code, its project word inflected
    ("Liikkuva työvalmentaja – kylät työllisyyspalvelujen tukikohtina\n\nMalli kehitettiin Soinin kunnan "
     "hallinnoimassa TyöVire-hankkeessa (ESR, hankekoodi S22419), jonka osatoteuttaja oli Alajärven kaupunki.\n\n"
     "Kehittämö – toimintamallit ja hyvät käytännöt. Kehittämö on kuntien yhteinen palvelu. Kehittämö kiittää.",
     "TyöVire"),
    # a common noun capitalised only where its sentence begins is no name ('Alku oli … työkokeilu')
    ("Alku oli kolmen kuukauden työkokeilu, jonka jälkeen yritys palkkasi hänet palkkatuella.\n\n"
     "Rannikkoreitti-hankkeessa oli 176 osallistujaa.", "Rannikkoreitti"),
    # a broadcaster's masthead is no project's title
    ("YLE RADIO HÄME – HÄMEEN AAMU\nLähetys to 4.12.2008 klo 7.35–7.48\nAihe: Lammin Työkaari-hanke päättyy – mitä "
     "jää käteen?\n\nSV: Se on Lammin kunnan sosiaalitoimen hallinnoima ESR-hanke.", "Työkaari"),
    # a labelled name with its code after it
    ("Hanke | TyöRaide – Kainuun kuntien yhteinen työllisyyshanke, EURA-koodi S21468\nToteutusaika | "
     "1.4.2016–31.3.2019\n", "TyöRaide – Kainuun kuntien yhteinen työllisyyshanke"),
    # a name given by 'sai nimen'
    ("Kunta haki ESR-hanketta naapurin kanssa. Hanke sai nimen Luotolinja – työllisyyttä Kustaviin ja "
     "Taivassaloon. Kun Luotolinja aloitti, työttömiä oli enemmän.",
     "Luotolinja – työllisyyttä Kustaviin ja Taivassaloon"),
])
def test_project_name(facts_of, text: str, expected: str | None):
    assert facts_of(text, "name") == ([expected] if expected else [])


@pytest.mark.parametrize("text, start, end", [
    ("Hanke käynnistyi 1.9.2011, ja sen viimeinen toimintapäivä oli 31.8.2014.\n\n"
     "Katso myös: Työllisyyden kuntakokeilu Tampereella 2012–2015", "2011-09-01", "2014-08-31"),
    ("Syyskuussa 2019 käynnistynyt hanke päättyy joulukuussa 2021.", "2019-09", "2021-12"),
    ("Toiminta käynnistyi kesäkuussa 2018 ja jatkui toukokuun 2021 loppuun.", "2018-06", "2021-05"),
    ("Porin Työpolku\n\nPorin Työpolku alkoi tammikuussa 2011 ja päättyi vuoden 2013 lopussa.\n\n"
     "3. Yhteenveto 2011–2013", "2011-01", "2013-12"),
    ("Julkaistu 18.12.2013\n\nHanketta hallinnoi Savonlinnan kaupunki, ja se toimi tammikuusta 2011 tämän "
     "vuoden loppuun.", "2011-01", "2013-12"),
    ("Alkuperäinen toteutusaika 1.1.2017–31.12.2019 muutetaan.\n\nUusi toteutusaika on 1.1.2017–30.6.2020.",
     "2017-01-01", "2020-06-30"),
    ("Aloituspäivä 01.08.2015\nLopetuspäivä 31.07.2018", "2015-08-01", "2018-07-31"),
    ("Kaupunginhallitus esittää, että Raahen kaupunki osallistuu Työote-hankkeeseen vuosina 2018–2020.",
     "2018", "2020"),
    ("Porras oli Rovaniemen Työkeskus ry:n hallinnoima ESR-hanke, joka toteutettiin vuosina 2008–2009. "
     "Kohderyhmänä olivat yli 12 kuukautta työttömänä olleet.", "2008", "2009"),
    # a planned end, a merger date and a follow-up are not the period
    ("Sillanpää toimi 1.3.2021–31.12.2024. Alun perin kokeilun piti päättyä 30.6.2023.", "2021-03-01", "2024-12-31"),
    ("Lisäksi Vihannin kunta (1.1.2013 alkaen osa Raahea) osallistui toimintaan.\n\n"
     "Hanke toimi huhtikuusta 2010 maaliskuun 2013 loppuun.", "2010-04", "2013-03"),
    ("Rahoituspäätöksen mukainen toteutusaika 1.3.2016–28.2.2018 muutetaan siten, että hanke päättyy "
     "31.8.2018. Muutettu toteutusaika on siis 1.3.2016–31.8.2018.", "2016-03-01", "2018-08-31"),
    # an extension to a later month, to the day where an end sentence gives it; not a later reform's date
    ("Työtalli\n- Alkaa 1.3.2016 ja päättyy 28.2.2018\n\nELY-keskus myönsi meille jatkoaikaa, joten Työtalli ei "
     "pääty helmikuussa vaan jatkaa toukokuun 2018 loppuun asti.\n\nTalli on siivottu. Työtalli päättyi 31.5.2018.",
     "2016-03-01", "2018-05-31"),
    ("Kokeilu toimi 1.3.2021–30.6.2023 säädetyn mukaan. Kokeilukautta jatkettiin lailla siihen asti, kunnes "
     "palvelut siirtyivät kunnille (TE24-uudistus 1.1.2025).", "2021-03-01", "2023-06-30"),
    ("Uutiset | 14.12.2012\n\nTammikuussa 2010 käynnistynyt hanke päättyy joulukuun lopussa. "
     "Jatkohankkeen rahoitusta haetaan vuosille 2013–2014.", "2010-01", "2012-12"),
    # a title's range of years refined by the months the project started and ended; a bullet's label
    ("TUKIVERKKO-PROJEKTI 2014–2016\n\nProjekti käynnistyi tammikuussa 2014 ja päättyi vuoden 2016 lopussa.",
     "2014-01", "2016-12"),
    ("Loppuraportti 2010–2013\n\n- Aloituspäivä: 1.3.2010\n- Lopetuspäivä: 28.2.2013", "2010-03-01", "2013-02-28"),
    ("Hanke toteutettiin syyskuusta 2010 elokuun loppuun 2013.", "2010-09", "2013-08"),
    ("Alkoi: 1.3.2018\nPäättyi: 31.12.2020\n\nTyökipinä toimi vuosina 2018–2020.", "2018-03-01", "2020-12-31"),
    # the same period to the day elsewhere
    ("Toteutusaika:      08/2018–07/2020\n\nHanke toteutettiin ajalla 1.8.2018 - 31.7.2020.", "2018-08-01",
     "2020-07-31"),
    # a count of projects is not this one's period
    ("Työkaari-hanke käynnistyi helmikuussa 2017 ja päättyi kesäkuun 2020 lopussa.\n\nTaulukko. Kolme vuonna "
     "2019–2020 päättynyttä hanketta", "2017-02", "2020-06"),
    # a predecessor's years
    ("Hanke alkoi kesäkuussa 2015 ja päättyi marraskuun 2017 lopussa.\n\nKiintopisteen edeltäjä, vuosina "
     "2011–2014 toteutettu Työpolku-hanke, tavoitti aikanaan 150 asiakasta.", "2015-06", "2017-11"),
    # a payment period's last day is not the end of a period given in years
    ("Hankeaika | 2011–2013\n\nViimeinen maksatuskausi kattoi ajan 1.7.–31.12.2013.", "2011", "2013"),
    # a pilot's period; a board deciding ('päätti … käynnistää') is no end
    ("Kaupunginhallitus päätti 14.12.2020 käynnistää kaupungin oman työllisyyspilotin. Pilotti alkoi helmikuun "
     "2021 alussa ja päättyi tammikuun 2023 lopussa.", "2021-02", "2023-01"),
    # a staff member's leave is no period of the project
    ("Hanke käynnistyi 1.4.2016. Hankkeen toteutusaika päättyi 30.6.2019.\n\nKustannusarvio alittui, koska "
     "toinen työvalmentaja oli hoitovapaalla 1.3.–31.8.2018.", "2016-04-01", "2019-06-30"),
    # a participle dated before it ('… alussa käynnistynyt'); a date after the other edge's verb is that edge's
    ("Syyskuun 2012 alussa käynnistynyt Työn Siemen -hanke päättyi elokuun 2014 lopussa.", "2012-09", "2014-08"),
    # the years a saving accrued over are no period of the project
    ("Toiminta käynnistyi syyskuun 2016 alussa ja päättyi vuoden 2019 lopussa.\n\nHankkeen arvioitiin tuoneen "
     "kunnalle säästöjä työmarkkinatuen kuntaosuudessa noin 96 000 euroa vuosien 2017–2019 aikana.", "2016-09",
     "2019-12"),
    # the first working day; a sub-project's own period, not its umbrella's
    ("Hankkeen ensimmäinen työpäivä oli 1. maaliskuuta 2017. Hanke päättyi 31.12.2019.", "2017-03-01",
     "2019-12-31"),
    ("Kotikulmilta töihin – Kannonkosken osahanke\n\nSe alkoi maaliskuussa 2010 ja jatkui helmikuun 2013 "
     "loppuun.\n\nKattohanke toimi ajalla 1.9.2009–31.8.2013, ja sitä hallinnoi Sydän-Keski-Suomen "
     "kehittämisyhdistys ry.", "2010-03", "2013-02"),
    # finished on a month's last day; a pause of the group work is no period
    ("Hanke oli käynnistynyt maaliskuun alussa 2018, ja se saatiin päätökseen joulukuun viimeisenä päivänä "
     "2020.\n\nRyhmätoiminta oli keskeytyksissä 18.3.–31.5.2020.", "2018-03", "2020-12-31"),
    # 'tuli päätökseensä' at a month's end
    ("Elokuussa 2011 käynnistynyt Työnantajasilta-hanke tuli päätökseensä joulukuun 2013 lopussa.", "2011-08",
     "2013-12"),
    # the programme's years are no period; a start day named by its noun
    ("**Toimintalinja:** 5, erityistavoite 10.1 (Kestävää kasvua ja työtä 2014–2020)\n\nHanke käynnistyi "
     "syksyllä 2018: virallinen aloituspäivä oli maanantai 3.9.2018 (viikko 36). Hanke päättyi 31.12.2020.",
     "2018-09-03", "2020-12-31"),
    # a month's last day 'this year' in a blog post dated on a long line
    ("Julkaistu 15.2.2023 · Kirjoittaja: Hanna-Riikka Alatalo, työvalmentaja · Lukuaika 5 min\n\nHankkeen "
     "kalenteri alkoi 1.2.2020, ja se sulkeutui tammikuun viimeisenä päivänä tänä vuonna.", "2020-02-01",
     "2023-01-31"),
    # an application: the finished project's period, not the one applied for
    ("Hakemuksen liite 1\n\n2.1 Aiemman hankkeen tulokset\n\nKotikonnuilta töihin -hanke toteutettiin "
     "elokuun 2016 alusta lokakuun 2019 loppuun.\n\n2.2 Mitä jatkohankkeella tavoitellaan\n\nJatkohanke "
     "toteutettaisiin ajalla 1.1.2020–31.12.2022.", "2016-08", "2019-10"),
    # a status badge before the line the page was updated on is no end
    ("Verstas-hanke\n\nPäättynyt Hanketiedot päivitetty 14.11.2018\n\nToteutusaika: 01.09.2015 – 31.08.2018",
     "2015-09-01", "2018-08-31"),
    # a month's end in a news item's year, given to the day later without a year
    ("Julkaistu 14.6.2022\n\nToukokuun lopussa päättynyt Rinnalla-hanke sai töihin 34 työtöntä.\n\nHanke "
     "käynnistyi syyskuun alussa 2019 ja päättyi 31. toukokuuta.", "2019-09", "2022-05-31"),
    # the project's time named before its dates in a sentence on statistics; a statistic's change is no period
    ("Tähän liitteeseen on koottu Työkaari-hankkeen asiakastilastot koko hankeajalta 1.1.2012–31.12.2013.\n\n"
     "Muutos 12/2012–12/2013: työttömät -17, pitkäaikaistyöttömät -9.", "2012-01-01", "2013-12-31"),
    # a bulletin's issue dates 'toukokuun lopussa'
    ("VESILAHDEN KUNTAVIESTI\nVesilahden kunnan tiedotuslehti 3/2018 · syyskuu\n\nTyökaista-hanke päättyi "
     "toukokuun lopussa. Hanke käynnistyi kesäkuussa 2015.", "2015-06", "2018-05"),
    # the work's continuation proposed for after the project starts nothing; a saving's years are no period
    ("Kokousaika      Maanantai 12.5.2014 klo 17.00–19.10\n\n”Satamapolku-hanke päättyy helmikuun lopussa. "
     "Esitämme, että kaupunki selvittää, miten hankkeessa kehitettyä "
     "työvalmennusta voidaan jatkaa kaupungin omana toimintana vuoden 2015 alusta.”\n\nTilanteeseen vastattiin "
     "käynnistämällä maaliskuussa 2011 hanke Satamapolku. Kaskisten kaupungin hallinnoima hanke päättyi "
     "suunnitellusti helmikuun 2014 lopussa.\n\nHankkeen ansiosta kaupunki välttyi maksamasta työmarkkinatuen "
     "kuntaosuutta arviolta 96 000 euron edestä vuosina 2011–2013.", "2011-03", "2014-02"),
    # an end verb's clause that dates the start ('huhtikuusta 2007 lähtien') gives no end
    ("Aihe: Lammin Työkaari-hanke päättyy\n\nSamalla loppuu kunnan Työkaari, joka on huhtikuusta 2007 lähtien "
     "etsinyt pitkään työttömänä olleille "
     "lammilaisille reittiä takaisin töihin.\n\nVirallisesti hankeaika päättyy 31.12.2008.", "2007-04", "2008-12-31"),
    # the ends of several projects a review covers are not this one's
    ("Katsaus keskittyy hankkeisiin, joista useimmat päättyivät vuoden 2018 lopussa tai alkuvuonna 2019.\n\n"
     "Työlaituri-hanke käynnistyi helmikuun alussa 2016 ja päättyi 31.1.2019.", "2016-02", "2019-01-31"),
    # a plan's period gives way to the start a later sentence tells of; a date after the end is no end
    ("Toteumatiedot lisätty hankkeen päätyttyä 18.3.2019.\n\nSuunniteltu toteutusaika: 1.3.2016–31.12.2018\n\n"
     "Toteuma: Hanke käynnistyi kuukauden suunniteltua myöhemmin 1.4.2016. Hanke päättyi suunnitelman mukaisesti "
     "31.12.2018.", "2016-04-01", "2018-12-31"),
    # the end first planned gives way to the one the same sentence says it ended on
    ("Rantaraitti-hanke alkoi 1.3.2017. Sen oli alun perin määrä päättyä 28.2.2019, mutta ELY-keskus hyväksyi "
     "toteutusajan jatkon, ja hanke päättyi 31.12.2019.", "2017-03-01", "2019-12-31"),
    # a name cut by a line break before its '-hankkeena' names no other project; a statistic's span is no period
    ("Multian työpaja Pajapirtti\n\nVuoden 2012 alusta pajatoimintaa on toteutettu Pajapirtti – työpajapolku "
     "Multialla\n-hankkeena, joka kestää 1.1.2012–31.12.2014.\n\nMultian työttömien työnhakijoiden määrä kasvoi "
     "vuoden aikana 109:stä 118:aan (joulukuu 2011 – joulukuu 2012).\n", "2012-01-01", "2014-12-31"),
])
def test_project_period(facts_of, text: str, start: str, end: str):
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == ([start], [end])


def test_a_project_named_by_a_copula_is_another_with_its_town_and_owner(facts_of):
    text = ("Taitoluotsi – työllisyyspilotti Kemiönsaarella käynnistyi maaliskuussa 2016. Sen hallinnoijana toimi "
            "Kemiönsaaren kunta.\n\nTyöpolku (Parainen, S21588) on Paraisten kaupungin oma hanke. Paraisilla "
            "ajokilometrejä kertyi hankkeen mukaan noin 31 000. Taitoluotsi toimi Kemiönsaarella.")
    assert facts_of(text, "implementers") == ["Kemiönsaaren kunta"]
    assert facts_of(text, "municipalities") == ["Kemiönsaari"]


def test_the_code_of_another_project_and_a_venue_are_not_the_projects(facts_of):
    text = ("Päätösseminaari\nSaarijärven kaupungintalo, valtuustosali, Sivulantie 11, 43100\nSaarijärvi\n\n"
            "Seminaarin järjestää KolmiKKo-hanke yhteistyössä Saarijärven kaupungin hallinnoiman Seututyö-hankkeen "
            "(S21170) kanssa.\n\nHankekoodi | S21164\nToteutusalue | Kinnula, Kivijärvi ja Kyyjärvi\n")
    assert facts_of(text, "code") == ["S21164"]
    assert facts_of(text, "municipalities") == ["Kinnula", "Kivijärvi", "Kyyjärvi"]


def test_towns_of_an_annual_reports_other_units_are_not_the_projects(facts_of):
    text = ("Keski-Pohjanmaan Työtoimintasäätiö sr – Vuosikertomus 2022\n\n3 Toimintayksiköt\n\n3.1 Nuorten "
            "työpaja Väylä, Kokkola\n\nTyöpajalla valmentautui 64 nuorta. Toimintaa rahoitti Kokkolan "
            "kaupunki.\n\n4 Kantokyky – työkyvyn tuki Lestijokilaaksossa\n\nToiminta-alue: Toholampi ja "
            "Lestijärvi\n\nKantokyky oli säätiön hallinnoima hanke.")
    assert facts_of(text, "municipalities") == ["Toholampi", "Lestijärvi"]


def test_places_of_a_paragraph_dated_after_the_project(facts_of):
    text = ("Polku-hanke toimi Lohjalla 1.3.2018–31.12.2020. Lohjan kaupunki hallinnoi Polku-hanketta.\n\n"
            "Työllisyyden kuntakokeilu alkaa Lohjan seudulla 1.3.2021. Kokeiluun osallistuvat Lohjan lisäksi "
            "Karkkila ja Vihti.")
    assert facts_of(text, "municipalities") == ["Lohja"]
    # the same paragraph dated within the project names its places
    assert facts_of(text.replace("1.3.2021", "1.3.2019").replace("alkaa", "alkoi"), "municipalities") == \
        ["Lohja", "Karkkila", "Vihti"]


def test_a_sub_projects_administrator_is_not_its_umbrellas(facts_of):
    text = ("Kotikulmilta töihin – Kannonkosken osahanke\n\nKotikulmilta töihin oli yksi Sillat työhön "
            "-kattohankkeen osahankkeista. Osahankkeen hallinnoijana toimi Kannonkosken kunta.\n\n"
            "Kattohanke toimi ajalla 1.9.2009–31.8.2013, ja sitä hallinnoi Sydän-Keski-Suomen kehittämisyhdistys ry.")
    assert facts_of(text, "implementers") == ["Kannonkosken kunta"]


def test_a_box_about_the_programme_on_a_sub_projects_page_is_not_its_own(facts_of):
    """The programme shares a word of the sub-project's name ('Kiertokulku-ohjelma' / 'Kainuun Kiertokulku')."""
    text = ("# Kainuun Kiertokulku – Kajaanin ja Sotkamon osahanke\n\nKainuun Kiertokulku oli yksi "
            "Kiertokulku-ohjelman osahankkeista. Osahanketta hallinnoi Kajaanin kaupunki.\n\n"
            "> ### Kiertokulku-ohjelma numeroina\n>\n> Koordinaatiohanketta toteutti Työllisyyden Tukiverkosto ry "
            "Helsingistä, ja sen rahoitti työ- ja elinkeinoministeriö.\n>\n> - ohjelman kokonaisbudjetti 9,4 milj. "
            "euroa\n")
    assert facts_of(text, "implementers") == ["Kajaanin kaupunki"]
    assert facts_of(text, "funders") == []


def test_the_bodies_and_towns_of_a_section_on_another_project_are_not_the_projects(facts_of):
    text = ("# Kompassi – suunta työhön Porissa ja Ulvilassa\n\nKompassi-hanketta hallinnoi Porin kaupunki, ja sen "
            "rahoitti Varsinais-Suomen ELY-keskus.\n\n4.5 Vertailu: Tienviitta-hanke Seinäjoella\n\n"
            "Vertailutapauksena käytetty Tienviitta toteutettiin Seinäjoella vuosina 2016–2018 Seinäjoen kaupungin "
            "hallinnoimana.\n\nSen rahoitti Keski-Suomen ELY-keskus, ja toiminta keskittyi ryhmiin.\n")
    assert facts_of(text, "implementers") == ["Porin kaupunki"]
    assert facts_of(text, "funders") == ["Varsinais-Suomen ELY-keskus"]
    assert facts_of(text, "municipalities") == ["Pori", "Ulvila"]


def test_the_period_of_a_proposed_continuation_is_not_the_projects(facts_of):
    text = ("§ 371 Työkaari-hankkeen toiminnan jatkaminen vuosina 2023–2024\n\n"
            "Kaupunginhallitus päätti 9.9.2019 (§ 298) hakea Euroopan sosiaalirahaston rahoitusta hankkeelle. "
            "Uudenmaan ELY-keskus myönsi rahoituksen 28.11.2019, ja Työkaari – Keravan polku työhön -hanke "
            "(EURA-koodi S21955) toteutettiin ajalla 1.1.2020–31.10.2022. Hanketta hallinnoi Keravan kaupungin "
            "työllisyyspalvelut.\n\nElinvoimajaosto esittää (31.10.2022 § 42), että hankkeessa kehitettyä "
            "työvalmennusta jatketaan kaupungin omana toimintana ajalla 1.1.2023–31.12.2024.\n\n"
            "Kaupunginhallitus päättää\n\n- jatkaa työvalmennusta ajalla 1.1.2023–31.12.2024,\n"
            "- oikeuttaa perustamaan kaksi tointa ajalle 1.1.2023–31.12.2024.\n")
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2020-01-01"], ["2022-10-31"])


def test_an_authors_affiliation_under_a_note_marker_is_no_project_place(facts_of):
    text = ("## Kiinnittyminen ennen työllistymistä Ylöjärven Kiinnike-hankkeessa\n\n**Henna Kivistö**¹, **Jari "
            "Salonen**²\n\n¹ Tampereen yliopisto, yhteiskuntatieteiden tiedekunta\n² Ylöjärven kaupunki, "
            "aikuissosiaalityö\n\nKiinnike toteutettiin Ylöjärvellä 9/2017–8/2020. Hanketta hallinnoi Ylöjärven "
            "kaupungin aikuissosiaalityö.")
    assert facts_of(text, "municipalities") == ["Ylöjärvi"]


def test_a_co_implemented_projects_bodies_by_their_roles(facts_of):
    text = ("ESR-hankkeen loppuraportti · Hankekoodi S21442 · Päätoteuttaja Kemin kaupunki · Osatoteuttaja Tornion "
            "Työvoimayhdistys ry\n\nPohjoinen Reitti -hanke toteutettiin 1.3.2016–28.2.2019 Kemin ja Tornion "
            "kaupunkien alueella. Rahoituksen myönsi Lapin ELY-keskus.\n\nOsatoteuttajan kuntarahoitusosuuden maksoi "
            "Tornion kaupunki avustuksena Tornion Työvoimayhdistykselle. Kahden toteuttajan malli toimi hyvin: "
            "kaupunki hallinnoi ja yhdistys toi mukaan oman verkostonsa.\n")
    # the towns' area names no body, the running header's field label is no part of a name, and a body paid to
    # is no funder
    assert facts_of(text, "implementers") == ["Kemin kaupunki", "Tornion Työvoimayhdistys ry"]
    assert facts_of(text, "funders") == ["Lapin ELY-keskus", "Tornion kaupunki"]


def test_a_body_thanked_for_the_funding_still_funds(facts_of):
    text = ("Työn Syke päättyi. Iso kiitos Hämeen ELY-keskukselle ja Euroopan sosiaalirahastolle rahoituksesta.")
    assert facts_of(text, "funders") == ["Hämeen ELY-keskus", "Euroopan sosiaalirahasto"]


def test_the_towns_of_a_follow_up_described_in_the_sentences_before_are_not_the_projects(facts_of):
    text = ("Ponnari – polkuja työhön Salossa ja Somerolla -hanke päättyi elokuussa 2022.\n\nPonnarin toimintamallia "
            "jatketaan lokakuussa alkavassa Työkaari-hankkeessa. Työkaari toimii 1.10.2022–30.9.2025, ja sen "
            "kokonaisbudjetti on 690 000 euroa. Hankkeen tavoitteena on tavoittaa 240 asiakasta Salossa, Somerolla "
            "ja Kemiönsaarella.\n")
    assert facts_of(text, "municipalities") == ["Salo", "Somero"]


def test_a_sister_project_beside_the_reports_own_lends_it_nothing(facts_of):
    text = ("Askelmerkit\n\nKokemuksia ja tuloksia Kiintopiste-hankkeesta 2016–2019\n\n"
            "Kiintopiste – työllisyyspolkuja Tampereelle (S21829) käynnistyi maaliskuun alussa 2016 ja päättyi "
            "huhtikuun 2019 lopussa. Hanketta hallinnoi Tampereen kaupunki.\n\n"
            "Kiintopisteen läheisin sisarhanke oli Nokian kaupungin hallinnoima Ovet auki (S21704), joka toimi "
            "Nokialla ja Pirkkalassa 1.9.2016–31.8.2018. Ovet auki -hankkeessa oli kaikkiaan 187 asiakasta.\n")
    assert facts_of(text, "name") == ["Kiintopiste – työllisyyspolkuja Tampereelle"]
    assert facts_of(text, "code") == ["S21829"]
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2016-03"], ["2019-04"])
    assert facts_of(text, "implementers") == ["Tampereen kaupunki"]


def test_a_sub_project_beside_its_umbrellas_code_and_coordinator(facts_of):
    text = ("Arjen Ankkuri\nAlajärven ja Vimpelin työllistymisen osahanke\n\nOsahanke Lakeus-Linkki – "
            "Etelä-Pohjanmaan työllisyyden koordinaatiohankkeessa (S11205)\n\nArjen Ankkuri oli Järviseudun Työ ja "
            "Toiminta ry:n hallinnoima osahanke. Hanke kuului Seinäjoen ammattikorkeakoulun koordinoimaan "
            "Lakeus-Linkki-kokonaisuuteen.\n\nArjen Ankkuri -osahanke (S11467) | Loppuraportti\n")
    assert facts_of(text, "code") == ["S11467"]
    assert facts_of(text, "name")[0].startswith("Arjen Ankkuri")
    assert "Seinäjoen ammattikorkeakoulu" not in facts_of(text, "implementers")
    text = ("Liikkuva työvalmentaja – kylät työllisyyspalvelujen äärelle\n\nTiivistelmä\n\nLiikkuva "
            "työvalmentaja vie työllisyyspalvelut kylille. Malli kehitettiin Soinin kunnan hallinnoimassa "
            "TyöVire-hankkeessa (ESR, hankekoodi S22419). Hanke toimi 1.9.2018–31.12.2021.")
    assert facts_of(text, "name") == ["TyöVire"]  # the project's own code, in the inessive, names it


def test_a_name_that_is_also_a_plural_towns_singular(facts_of):
    """'Virtaa' is the partitive of 'virta'; only plural forms ('Virroilla') name Virrat."""
    text = ("4.1 Virtaa-hanke 2016–2019: loppuraportin tulokset\n\nVirtaa – työllistymisen tuki Iisalmessa (S21733) "
            "oli Iisalmen kaupungin hallinnoima hanke.")
    assert facts_of(text, "name") == ["Virtaa – työllistymisen tuki Iisalmessa"]
    assert "Virrat" not in facts_of(text, "municipalities")


def test_the_works_continuation_after_the_project_is_not_its_period(facts_of):
    text = ("Vauhtiaskel-hanke sai ESR-rahoitusta. Toteutusajaksi hyväksyttiin alun perin 1.8.2019–31.7.2021. "
            "ELY-keskus jatkoi hankeaikaa vuoden 2021 loppuun. Hanke päättyi 31.12.2021.\n\n"
            "Elinvoimapalvelut esittää, että hankkeessa kehitetty työvalmennus jatkuu kunnan omana toimintana "
            "ajalla 1.3.2022–31.12.2023.")
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2019-08-01"], ["2021-12-31"])
    text = "Hanke jatkuu ajalla 1.3.2022–31.12.2023. Hankkeessa on ollut 40 asiakasta."
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2022-03-01"], ["2023-12-31"])


def test_partners_pulling_together_with_the_project_do_not_run_it(facts_of):
    text = ("Kimpale-hanketta hallinnoi Rautavaaran kunta. Kimpaleen kanssa samaan köyteen vetivät Pohjois-Savon "
            "TE-toimisto, Kela ja Rautavaaran seurakunta.")
    assert facts_of(text, "implementers") == ["Rautavaaran kunta"]
    text = "Hanketta veti Kajaanin kaupunki."
    assert facts_of(text, "implementers") == ["Kajaanin kaupunki"]


def test_towns_named_for_a_merger_are_not_the_projects(facts_of):
    text = ("Ketju-hanke toimi Jaalassa 1.3.2008–30.6.2010. Jaala oli maaseutukunta, joka yhdistyi 1.1.2009 Kouvolaan "
            "yhdessä Anjalankosken, Elimäen, Kuusankosken ja Valkealan kanssa.")
    assert not {"Elimäki", "Kuusankoski", "Valkeala", "Anjalankoski"} & set(facts_of(text, "municipalities"))
    text = ("Työpolku-hanke toimi Mouhijärvellä 2007–2008. Sastamalan kaupunki aloitti toimintansa 1.1.2009, kun "
            "Vammala, Äetsä ja Mouhijärvi yhdistyivät.")
    assert facts_of(text, "municipalities") == ["Mouhijärvi"]


def test_a_te_centres_long_and_short_names_are_one_funder(facts_of):
    text = ("Rahoittaja: Kaakkois-Suomen työvoima- ja elinkeinokeskus\n\nKaakkois-Suomen TE-keskuksen myöntämä "
            "ESR-rahoitus on tuloutettu suoriteperusteisesti.")
    assert facts_of(text, "funders") == ["Kaakkois-Suomen työvoima- ja elinkeinokeskus"]


def test_funders_under_a_heading_of_other_projects(facts_of):
    text = ("Ponnistus-hanke\n\nHanketta rahoitti Kaakkois-Suomen TE-keskus.\n\n29. MUUT ERILLISRAHOITTEISET "
            "HANKKEET\n\nJoutsenon keskustan kehittämishanke (EAKR, rahoittaja Etelä-Karjalan liitto, toteutusaika "
            "1.3.2007-30.6.2009)\n")
    assert facts_of(text, "funders") == ["Kaakkois-Suomen TE-keskus"]


def test_a_compared_town_and_the_seller_of_a_continuation(facts_of):
    text = ("Harjulta töihin oli Oripään kunnan hallinnoima ESR-hanke, jonka Varsinais-Suomen ELY-keskus rahoitti.\n\n"
            "4) Vertailu Auran kuntaan\n\nAura palkkasi hankkeen päätyttyä vakinaisen työvalmentajan. Auran kunnan "
            "mukaan se voisi myydä Oripäälle työvalmennusta.\n\nKunnanjohtajan ehdotus\n\nTyövalmennusta jatketaan "
            "1.5.2022 alkaen ostopalveluna Auran kunnalta ja tätä varten myönnetään lisämääräraha 13 000 euroa.")
    assert facts_of(text, "municipalities") == ["Oripää"]
    assert facts_of(text, "funders") == ["Varsinais-Suomen ELY-keskus"]


def test_a_listing_of_projects_is_no_projects_name(facts_of):
    text = ("Rahoitetut hankkeet – ESR 2007–2013 | Satakunnan ELY-keskus\n\nRahoitetut hankkeet\n\nTälle sivulle on "
            "koottu ELY-keskuksen rahoittamat hankkeet.\n\n- | Tuulenpesä – Lavian työllisyyshanke Lavian kunta "
            "1.8.2012–31.12.2014 143 200 € Päättynyt\n\nTuulenpesä tarjosi lavialaisille työvalmennusta.")
    assert "Rahoitetut hankkeet" not in facts_of(text, "name")


def test_a_sister_projects_appendix_and_its_key_value_rows(facts_of):
    text = ("HARJUTUULI\n\nTyöhönvalmennusta Lahdessa ja Hollolassa\n\n1 Tiivistelmä\n\nHarjutuuli oli Lahden "
            "kaupungin työllisyyspalvelujen hallinnoima työhönvalmennushanke, joka toimi 1.9.2016–31.8.2019.\n\n"
            "6 Yhteistyö sisarhanke Jyrängön kanssa\n\nHarjutuuli ja Heinolan Työvoimayhdistys ry:n hallinnoima "
            "Jyränkö suunniteltiin yhdessä.\n\nLiite 1. Sisarhanke Jyrängön tiivistelmä\n\n| Hanke | Jyränkö – heinolalaisten "
            "työpolku |\n| Hallinnoija | Heinolan Työvoimayhdistys ry |\n| Toiminta-alue | Heinola |\n")
    assert facts_of(text, "name")[0].startswith("Harjutuuli")
    assert facts_of(text, "implementers") == ["Lahden kaupunki"]
    assert "Heinola" not in facts_of(text, "municipalities")


def test_a_plans_end_and_a_section_heading_in_capitals(facts_of):
    text = ("PALVELUKUVAUS: TYÖLLISYYSPALVELUT TURKULAISILLE\n\n2. PALVELUT\n\nTurku on ollut mukana työllisyyden "
            "kuntakokeilussa 1.3.2021 alkaen.\n\n3. KEHITTÄMISTYÖ: KYKYVERSTAS-HANKE 2018-2020\n\nTurun kaupunki haki "
            "ratkaisua Kykyverstas - työkyvyn tuki osaksi työllisyyspalveluja -hankkeella (S21874).\n\nKykyverstas "
            "aloitti 1.3.2018. Sen oli määrä päättyä 31.8.2020, mutta ELY-keskus hyväksyi jatkon. Hanke päättyi "
            "31.12.2020.")
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2018-03-01"], ["2020-12-31"])


def test_a_persons_life_and_the_centre_money_came_through(facts_of):
    text = ("Kaamosvalo-hanke toimii Rovaniemellä.\n\n- Rahoitus: Euroopan sosiaalirahasto ja valtio Lapin "
            "ELY-keskuksen kautta sekä Rovaniemen kaupunki\n\nYlitalo syntyi Pelkosenniemellä. Viimeiset kahdeksan "
            "vuotta hän toimi marketin osastovastaavana Kemijärvellä. Aikuiset lapset asuvat Oulussa ja Tampereella.")
    assert facts_of(text, "municipalities") == ["Rovaniemi"]
    assert "Lapin ELY-keskus" in facts_of(text, "funders")


def test_years_of_an_evaluation_give_way_to_the_projects_own_dates(facts_of):
    text = ("Kantti – polku töihin Kauhajoella (S21966) on toiminut 1.8.2019 alkaen, ja se päättyy vuoden lopussa "
            "31.12.2022.\n\nSeinäjoen ammattikorkeakoulu arvioi Kantin toimintaa vuosina 2021–2022.")
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2019-08-01"], ["2022-12-31"])


def test_a_bodys_unit_after_a_comma_is_no_body_of_its_own(facts_of):
    text = "Tuensaaja:         Kuopion kaupunki, Työllisyyspalvelut (Y-tunnus 0179632-4)\n\nHanke toimi Kuopiossa."
    assert facts_of(text, "implementers") == ["Kuopion kaupunki"]


def test_an_application_reports_the_finished_project_before_the_next(facts_of):
    text = ("Kyytipoika II – työtä Kyyjärvelle\n\nHakija: Kyyjärven kunta Haettava rahoittaja: Keski-Suomen ELY-keskus"
            "\n\nKyyjärvi 27.9.2019\n\n1 Hakijan tiedot\n\n| Hakija | Kyyjärven kunta |\n| Suunniteltu toteutusaika | "
            "1.1.2020–31.12.2022 |\n\n3.2 Edellisen hankkeen kokemukset ja tulokset\n\nKyyjärven kunta hallinnoi "
            "ESR-hanketta Kyytipoika – työllisyyspolku Kyyjärvellä (S21552) ajalla 1.9.2016–31.8.2019.")
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2016-09-01"], ["2019-08-31"])
    assert facts_of(text, "implementers") == ["Kyyjärven kunta"]


def test_a_month_refined_to_the_day_by_the_end(facts_of):
    text = ("Merituuli-hanke on käynnistynyt 1.1.2019 ja jatkuu vuoden 2021 loppuun.\n\nMerituuli päättyy 31.12.2021. "
            "Kolme vuotta ja valtavasti rohkeita ihmisiä.")
    assert facts_of(text, "end_date") == ["2021-12-31"]


def test_the_code_after_the_projects_own_name_and_an_inflected_name_before_a_code(facts_of):
    text = ("Aihe: Lyhteen seurantaluvut\n\nSuodatin toi mukaan myös Vinssin (S21311). Se on nuorten työpajahanke.\n\n"
            "Lyhde (S21953) toimi 1.1.2019–31.12.2021 Salossa ja Somerolla.")
    assert facts_of(text, "name") == ["Lyhde"]
    assert facts_of(text, "code") == ["S21953"]


def test_the_last_conjunct_of_a_hyphen_coordination_belongs_to_the_name(facts_of):
    text = ("Hanke: Koskivoima. Toteuttajat Kajaanin kaupungin työllisyyspalvelut ja Kainuun sosiaali- ja "
            "terveydenhuollon kuntayhtymä (Kainuun sote).")
    assert "Kainuun sosiaali- ja terveydenhuollon kuntayhtymä" in facts_of(text, "implementers")


def test_the_services_of_a_group_of_people_are_no_funder(facts_of):
    text = ("Kemin kaupunki toteutti hankkeen. Pitkäaikaistyöttömien palveluista merkittävä osa on viime vuosina "
            "rahoitettu Euroopan sosiaalirahastosta.")
    assert not any("palvelu" in f for f in facts_of(text, "funders"))


def test_the_last_day_of_this_year_in_a_dated_speech(facts_of):
    text = ("Loppuseminaari\n\nAika: keskiviikko 30.11.2022 klo 9.00–12.30\n\nKoskivoima-hanke käynnistyi syyskuussa "
            "2019, ja nyt se päättyy tämän vuoden viimeisenä päivänä.")
    assert facts_of(text, "end_date") == ["2022-12-31"]


def test_a_question_word_before_a_name_is_not_part_of_it(facts_of):
    text = ('Kirjallinen kysymys: "Mitä Rikastamo-hankkeella saatiin aikaan ja mitä se maksoi?"\n\n'
            "Rikastamo-hanke alkoi maaliskuussa 2010 Vihannissa.")
    assert facts_of(text, "name") == ["Rikastamo"]


def test_the_authority_that_checks_the_payment_claim_and_a_shared_subject_fund(facts_of):
    assert "Satakunnan ELY-keskus" in facts_of(
        "Satakunnan ELY-keskus on tarkastanut tuensaajan loppumaksatushakemuksen ja hankkeen loppuraportin.", "funders")
    assert "Satakunnan ELY-keskus" in facts_of(
        "Hanke toimi Köyliössä. Tuen myönsi ja hankkeen maksatukset käsitteli Satakunnan ELY-keskus.", "funders")


def test_a_date_in_a_clause_of_its_own_and_a_persons_time(facts_of):
    text = ("KÖYLIÖN SEUDUN TYÖTTÖMÄT RY\n\nVUOSIKOKOUKSEN PÖYTÄKIRJA 1/2015\n\nLäsnä:    27 jäsentä\n"
            "          projektikoordinaattori Minna Salmi (30.1.2015 saakka)\n\n"
            "§ 6  HALLITUKSEN SELVITYS HANKKEESTA\n\n"
            "Yhdistyksen hallinnoima ESR-hanke Nostetta Köyliöön (hankekoodi S12364) päättyi\n31.12.2014. Hanke "
            "käynnistyi 1.3.2012, ja sille oli myönnetty tukea Manner-Suomen\nESR-ohjelmasta.")
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2012-03-01"], ["2014-12-31"])
    assert facts_of(text, "implementers") == ["Köyliön Seudun Työttömät ry"]


def test_a_swedish_speaking_association_and_the_towns_of_a_merger(facts_of):
    text = ("Pernajan kunnan ja Östnyländska Arbetsgemenskapen rf -yhdistyksen yhdessä toteuttama Työsilta-hanke "
            "toimi Pernajassa 1.1.2008–31.12.2009.\n\nPernaja, Liljendal, Ruotsinpyhtää (Strömfors) ja Loviisa "
            "(Lovisa) "
            "yhdistyvät 1.1.2010 uudeksi Loviisan kaupungiksi.\n\n"
            "Toteuttajat: Pernajan kunta, sosiaalitoimi, ja Östnyländska Arbetsgemenskapen rf")
    assert "Östnyländska Arbetsgemenskapen rf" in facts_of(text, "implementers")
    assert facts_of(text, "municipalities") == ["Pernaja"]


def test_what_goes_on_after_the_project_and_where_partner_firms_came_from(facts_of):
    text = ("Majakka – polkuja työhön Luvialla\n\nHanke toimi Luvialla 1.4.2015–31.12.2016. Luvian kunta yhdistyi "
            "Eurajoen kuntaan 1.1.2017.\n\nKirjastolla järjestettiin työnhakupäiviä. Mukana oli myös yrityksiä "
            "Luvialta, Eurajoelta ja Porista.\n\nToiminta jatkuu Eurajoella\n\nAsiakkaat voivat jatkaa valmennusta.")
    assert facts_of(text, "municipalities") == ["Luvia"]


def test_a_kind_of_town_in_a_title_is_no_implementer(facts_of):
    text = ("# Rekisteri vai kokemus? Pienen kunnan työllisyyshankkeen tulokset kahdesta aineistosta\n\n"
            "Hanke toimi Nummi-Pusulassa.")
    assert not any("Pieni" in f for f in facts_of(text, "implementers"))


def test_it_after_a_sentence_about_the_project_is_the_project(facts_of):
    text = ("Kotikulmilta töihin – Kannonkosken osahanke\n\nKotikulmilta töihin oli yksi Sillat työhön -kattohankkeen "
            "yhdeksästä osahankkeesta. Se alkoi maaliskuussa 2010 ja jatkui helmikuun 2013 loppuun.")
    assert facts_of(text, "start_date") == ["2010-03"]


def test_a_statement_on_a_follow_up_application_keeps_the_finished_project(facts_of):
    text = ("Asia: Lausunto Haapajärven kaupungin rahoitushakemuksesta \"Kivijalka II – työllisyyspolkuja "
            "Haapajärvelle, Reisjärvelle ja Pyhäjärvelle\" (EURA 2021 -hakemus S30417)\n\n"
            "Kaupunki hakee rahoitusta Kivijalka II -hankkeelle. Haettava hanke jatkaisi Haapajärven kaupungin "
            "hallinnoimaa Kivijalka-hanketta. Uudessa hankkeessa mukaan "
            "tulisi myös Pyhäjärven kaupunki osatoteuttajana.\n\nKivijalka-hanke (S21873) toteutettiin 1.9.2019–"
            "31.8.2022 Haapajärvellä ja Reisjärvellä. Lisäksi kaupunki on hakenut rahoitusta uudelle osatyökykyisten "
            "työllistymistä tukevalle hankkeelle, jonka suunniteltu toteutusaika on 1.1.2023–31.12.2025.")
    assert facts_of(text, "code") == ["S21873"]
    assert (facts_of(text, "start_date"), facts_of(text, "end_date")) == (["2019-09-01"], ["2022-08-31"])
    assert "Pyhäjärven kaupunki" not in facts_of(text, "implementers")


def test_a_name_label_with_the_code_and_the_programme_after_it(facts_of):
    text = ("| Kuvailulehti | |\n|---|---|\n| Hanke | Aallonmurtaja – Vågbrytaren, EURA-koodi S21709, Kestävää "
            "kasvua ja työtä 2014–2020 – Suomen rakennerahasto-ohjelma, toimintalinja 5 |\n")
    assert facts_of(text, "name") == ["Aallonmurtaja – Vågbrytaren"]


def test_a_newsletters_fact_box_names_its_project(facts_of):
    text = ("Rannikon Työpolku päättyi, NuorisoVerso puolivälissä – lue alkuvuoden kuulumiset!\n\n"
            "JOKIRANNIKON KEHITYS\n\nUutiskirje 1/2023\n\nTässä kirjeessä kerromme Rannikon Työpolun lopputuloksista "
            "ja nuorten NuorisoVerso-hankkeen välikuulumisista.\n\n"
            "Rannikon Työpolku päättyi – joka kolmas asiakas töihin\n\n"
            "Pitkään työttömänä olleille suunnattu Rannikon Työpolku -hanke päättyi vuodenvaihteessa.\n\n"
            "Rannikon Työpolku lyhyesti\n\nHankekoodi: S21977\nHankeaika: 1.2.2020–31.12.2022\n\n"
            "NuorisoVerso puolivälissä\n\nAlle 30-vuotiaille suunnattu NuorisoVerso (S22130) on nyt puolivälissä.")
    assert facts_of(text, "name") == ["Rannikon Työpolku"]
    assert facts_of(text, "code") == ["S21977"]


def test_a_pronoun_or_a_verb_before_a_name_is_no_part_of_it(facts_of):
    text = ("Olin Askelmerkit-hankkeessa mukana koko sen ajan. Askelmerkit-hanke toimi Outokummussa.\n\n"
            "Kommentti: Kiitos tästä! Meillä Liperissä oli samantyyppinen hanke vähän aiemmin.")
    assert facts_of(text, "name") == ["Askelmerkit"]


def test_a_relative_clause_with_ei_on_another_word_does_not_negate_the_implementer(facts_of):
    text = ("Lyhyesti taustaksi niille, jotka eivät hanketta tunne: Askelmerkit oli Euroopan sosiaalirahaston hanke, "
            "jota hallinnoi Outokummun kaupunki.")
    assert facts_of(text, "implementers") == ["Outokummun kaupunki"]


def test_a_yearless_start_in_a_thread_of_posts_takes_its_posts_year(facts_of):
    text = ("RYHMÄN JULKAISUARKISTO\n\nArkistoitu 2.9.2019.\n\n"
            "4.9.2017 klo 9.47 · Kirnu-hanke\n\nHei kaikki! Kirnu-hanke alkoi virallisesti perjantaina 1.9. ja "
            "jatkuu elokuun 2019 loppuun asti.\n\n"
            "22.1.2018 klo 10.15 · Kirnu-hanke\n\nUusi vuosi, uudet kujeet!\n\n"
            "30.8.2019 klo 8.00 · Kirnu-hanke\n\nKiitos kaikille, hanke päättyy huomenna.")
    assert facts_of(text, "start_date") == ["2017-09-01"]


def test_a_programmes_years_in_another_clause_leave_the_projects_period(facts_of):
    text = ("§ 29 Talousarvion toteutuminen 1.1.–28.2.2019\n\n"
            "Kuntayhtymän toimintakulut olivat 19,6 miljoonaa euroa.\n\n"
            "§ 30 Kalliopolku-hankkeen loppuraportin hyväksyminen\n\nHanke toteutettiin ajalla 1.4.2016–31.12.2018, "
            "ja sen rahoitti Pohjois-Pohjanmaan ELY-keskus Euroopan sosiaalirahaston ja valtion varoista Kestävää "
            "kasvua ja työtä 2014–2020 -ohjelmasta.")
    assert facts_of(text, "start_date") == ["2016-04-01"]
    assert facts_of(text, "end_date") == ["2018-12-31"]


def test_a_bodys_kind_before_its_name(facts_of):
    text = "Peruspalvelukuntayhtymä Kallio on hallinnoinut ja toteuttanut Kalliopolku-hanketta vuosina 2016–2018."
    assert facts_of(text, "implementers") == ["Peruspalvelukuntayhtymä Kallio"]


def test_today_in_a_dated_post_is_the_posts_date(facts_of):
    text = ("Liite 4. Hankkeen Twitter-ketju\n\nHyppyri @HyppyriLahti · 1.3.2018\n🧵 1/ Tänään se alkaa! 🚀 Hyppyri – "
            "ponnistus työelämään starttaa Lahdessa.\n\nHyppyri @HyppyriLahti · 14.5.2018\n3/ Ensimmäiset 20 hyppääjää "
            "aloittivat valmennuksen.\n\nHyppyri @HyppyriLahti · 26.2.2021\n14/ Hyppyri päättyy virallisesti "
            "sunnuntaina 28.2.")
    assert facts_of(text, "start_date") == ["2018-03-01"]
    assert facts_of(text, "end_date") == ["2021-02-28"]


def test_the_code_right_after_the_projects_name_in_a_sentence_about_the_next_one(facts_of):
    text = ("Lapin ELY-keskus rahoittaa viittä uutta hanketta\n\nUudet hankkeet hyödyntävät Rovaniemellä joulukuussa "
            "päättyneen Ruska-hankkeen tuloksia.\n\n| Hanke | Hakija |\n|---|---|\n"
            "| Revontuli – työtä ja osallisuutta Rovaniemelle (S30688) | Rovaniemen kaupunki |\n\n"
            "Ruska-hankkeen tulokset pohjana uudelle hankkeelle\n\n"
            "Rovaniemen kaupungin uusi Revontuli-hanke jatkaa siitä, mihin 31.12.2022 päättynyt Ruska – "
            "pitkäaikaistyöttömien polut työhön (S21926) jäi. Ruska-hanke käynnistyi 1.9.2019.")
    assert facts_of(text, "code") == ["S21926"]


def test_se_of_another_clause_is_no_project(facts_of):
    text = ("Tukijalka-hanke käynnistyi 1.2.2019 Iisalmessa.\n\nLapin työttömyysaste oli tammikuun lopussa 10,1 "
            "prosenttia, kun koko maassa se oli 9,0 prosenttia.")
    assert facts_of(text, "end_date") == []


def test_a_fronted_object_is_no_part_of_the_name(facts_of):
    text = ("Yhdistyksen tarkoituksena on edistää työttömien hyvinvointia. Tarkoitustaan yhdistys toteuttaa "
            "ylläpitämällä kierrätysmyymälää ja hallinnoimalla kehittämishankkeita. Koskenlaskija-hanketta hallinnoi "
            "Kajaanin Arjen Voima ry.")
    assert "Tarkoitustaan yhdistys" not in facts_of(text, "implementers")


def test_a_tables_header_again_after_a_page_break_names_no_funder(facts_of):
    text = ("Myötätuuli-hanke toteutettiin Vaasassa.\n\nTaulukko 3. Rahoitus, euroa\n\n"
            "| Rahoittaja | Suunniteltu | Toteutunut |\n|---|---|---|\n| ESR ja valtio (80 %) | 499 200 | 478 730 |\n\n"
            "Rahoittaja | Suunniteltu | Toteutunut\nVaasan kaupunki | 99 840 | 95 146\n")
    assert "Suunniteltu | Toteutunut" not in facts_of(text, "funders")


def test_an_extension_in_the_present_passive(facts_of):
    text = ("Kaupunginhallitus päätti hakea rahoitusta Veturi-hankkeelle ajalle 1.9.2016–31.8.2019.\n\n"
            "Kaupunginhallitus hyväksyi hankkeen muutoshakemuksen, jolla toteutusaikaa jatketaan 31.12.2019 saakka.")
    assert facts_of(text, "end_date") == ["2019-12-31"]


def test_an_original_end_beside_the_period_leaves_its_start(facts_of):
    text = ("Poukama-hanke\n\n| Kenttä | Tieto |\n|---|---|\n"
            "| Toteutusaika | 1.3.2016–28.2.2019 (alkuperäinen päättymispäivä 31.12.2018) |\n\n"
            "Hankkeessa kehitetty malli on otettu käyttöön Porvoon kaupungin työllisyyspalveluissa 1.3.2019 alkaen.")
    assert facts_of(text, "start_date") == ["2016-03-01"]


def test_a_spoken_funders_verb(facts_of):
    text = ("No, se on Nurmeksen kaupungin hallinnoima hanke, ja Pohjois-Karjalan ELY-keskus on rahottanu sitä "
            "Euroopan sosiaalirahaston varoista.")
    assert "Pohjois-Karjalan ELY-keskus" in facts_of(text, "funders")


def test_a_company_name_with_a_common_noun(facts_of):
    text = "Hanketta hallinnoi Hyvinkään kaupunki, ja osatoteuttajana on Hyria koulutus Oy."
    assert "Hyria koulutus Oy" in facts_of(text, "implementers")
