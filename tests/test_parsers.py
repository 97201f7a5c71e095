"""Pure parsers: numbers, money, percentages, number words, hedges, dates and periods."""

from __future__ import annotations

import pytest

from extractor.dates import dated_after, find_dates, find_periods, parse_date
from extractor.numbers import (find_numbers, hedge_before, parse_approx_word, parse_money, parse_number,
                               parse_number_word, parse_percent)


@pytest.mark.parametrize("text, expected", [
    ("412 380", 412380), ("412\u00a0380", 412380), ("250.000", 250000), ("1.486", 1486), ("19,8", 19.8),
    ("47,6", 47.6), ("300", 300), ("1 200 000", 1200000), ("0,5", 0.5), ("12", 12),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "12a", "1 2", "--"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text, expected", [
    ("412 380 €", (412380, None, None)), ("45 t€", (45000, None, None)), ("1,2 milj. euroa", (1200000, None, None)),
    ("250000-500000 €", (None, 250000, 500000)), ("250.000€", (250000, None, None)),
    ("100 000–250 000 euroa", (None, 100000, 250000)), ("1,5 M€", (1500000, None, None)),
    ("120 000 e", (120000, None, None)), ("640 000 euron", (640000, None, None)),
    ("583,7 tuhatta euroa", (583700, None, None)), ("2 milj. €", (2000000, None, None)),
    ("36 500 eur", (36500, None, None)), ("0,21 milj. euroa", (210000, None, None)),
])
def test_parse_money(text, expected):
    assert parse_money(text) == tuple(float(x) if x is not None else None for x in expected)


@pytest.mark.parametrize("text", ["noin 300 asiakasta", "35 %", "vuonna 2015"])
def test_parse_money_rejects(text):
    with pytest.raises(ValueError):
        parse_money(text)


@pytest.mark.parametrize("text, expected", [
    ("35 %", 35), ("47,6 %", 47.6), ("80 prosenttia", 80), ("19,8 prosentin", 19.8), ("12%", 12),
])
def test_parse_percent(text, expected):
    assert parse_percent(text) == expected


@pytest.mark.parametrize("text", ["nousi 3,5 prosenttiyksikköä", "kasvoi 2 %-yksikköä"])
def test_percentage_points_are_not_shares(text):
    assert [n.unit for n in find_numbers(text)] == ["points"]


@pytest.mark.parametrize("text, units", [
    ("kustannukset 286 000 euroa ja 19,8 prosenttia", ["eur", "pct"]),
    ("noin 300 asiakasta", [None]),
    ("12 | 18 %", [None, "pct"]),
    ("1 486 → 1 152", [None, None]),
])
def test_find_numbers_units(text, units):
    assert [n.unit for n in find_numbers(text)] == units


@pytest.mark.parametrize("text, values", [
    ("Puoli miljoonaa euroa maksanut hanke", [500000]),
    ("vähän alle miljoona euroa", [1000000]),
    ("puolentoista miljoonan euron budjetti", [1500000]),
    ("kahden miljoonan euron hanke", [2000000]),
    ("1,2 miljoonaa euroa", [1200000]),  # digits keep their own match, no second one
    ("miljoonia ihmisiä", []),
])
def test_millions_in_words(text, values):
    assert [n.value for n in find_numbers(text) if n.unit == "eur"] == values


@pytest.mark.parametrize("word, expected", [
    ("kolme", 3), ("yksi", 1), ("kymmenen", 10), ("yksitoista", 11), ("neljätoista", 14), ("kaksikymmentä", 20),
    ("kolmekymmentäkaksi", 32), ("sata", 100), ("kaksisataa", 200), ("kaksisataaviisikymmentä", 250),
    ("tuhat", 1000), ("kaksituhatta", 2000), ("yhdeksän", 9), ("seitsemänkymmentäyhdeksän", 79),
    # as spoken
    ("kaks", 2), ("viis", 5), ("yheksän", 9), ("kakstoista", 12), ("viistoista", 15), ("kolkyt", 30),
    ("nelkytneljä", 44), ("kakskytviis", 25), ("seitkytyheksän", 79), ("sataseitkytkaks", 172),
    ("sataysikytkaheksan", 198), ("kolmesataayheksänkytkuus", 396), ("kakssataanelkyt", 240),
])
def test_parse_number_word(word, expected):
    assert parse_number_word(word) == expected


@pytest.mark.parametrize("word", ["asiakas", "kolmas", "", "tuhatkunta", "satama", "kyt", "kol", "kytkaks", "nelkytx"])
def test_parse_number_word_rejects(word):
    with pytest.raises(ValueError):
        parse_number_word(word)


@pytest.mark.parametrize("before, expected", [
    ("hankkeessa oli noin ", (True, None)), ("reilut ", (True, "more_than")), ("yli ", (True, "more_than")),
    ("vajaa ", (True, "less_than")), ("alle ", (True, "less_than")), ("lähes ", (True, "less_than")),
    ("n. ", (True, None)), ("ainakin ", (True, "more_than")), ("jopa ", (True, None)), ("oli ", (False, None)),
    ("heistä runsas puolet, ", (False, None)),  # the hedge of another number, across a comma
])
def test_hedges(before, expected):
    assert hedge_before(before, len(before)) == expected


@pytest.mark.parametrize("text, expected", [
    ("1.9.2013", "2013-09-01"), ("01.02.2016", "2016-02-01"), ("31.12.2016", "2016-12-31"),
    ("kesäkuussa 2016", "2016-06"), ("syyskuu 2019", "2019-09"), ("tammikuun 2015", "2015-01"),
    ("joulukuussa vuonna 2020", "2020-12"), ("vuonna 2014", "2014"), ("helmikuusta 2011", "2011-02"),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["ei päivämäärää", "32.13.2015 ja 45.45.2016"])
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("text, expected", [
    ("ajalla 1.9.2013–31.12.2016", ("2013-09-01", "2016-12-31")),
    ("1.9.2013 - 31.12.2016", ("2013-09-01", "2016-12-31")),
    ("Alkaa 1.11.2018 ja päättyy 31.12.2020", ("2018-11-01", "2020-12-31")),
    ("syyskuu 2019 – joulukuu 2021", ("2019-09", "2021-12")),
    ("3/2011–12/2013", ("2011-03", "2013-12")),
    ("vuosina 2019–2021", ("2019", "2021")),
    ("1.4.–31.12.2012", ("2012-04-01", "2012-12-31")),
    ("huhti–joulukuussa 2012", ("2012-04", "2012-12")),
    ("1.3.2015 ja 30.6.2018 välisenä aikana", ("2015-03-01", "2018-06-30")),
    ("2011–15", ("2011", "2015")),
])
def test_find_periods(text, expected):
    assert [(p.start, p.end) for p in find_periods(text)][0] == expected


@pytest.mark.parametrize("text", ["31.12.2016–1.9.2013", "puh. 040 555 0418", "vuonna 2015"])
def test_find_periods_rejects(text):
    assert find_periods(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hankkeen ensimmäinen työpäivä oli 1. maaliskuuta 2017.", ["2017-03-01"]),  # not also '2017-03'
    ("Aloitettiin elokuun alussa 2018, ja viimeinen toimintapäivä oli lokakuun lopussa 2020.",
     ["2018-08", "2020-10"]),
])
def test_find_dates_with_month_names(text, expected):
    assert [d.start for d in find_dates(text)] == expected



@pytest.mark.parametrize("text, expected", [
    # an author-year citation dates its source, not the fact
    ("Toteutuneet kokonaiskustannukset olivat 806 912 euroa (Uraverstas 2020, 21).", None),
    ("Malli perustuu työ edellä -ajatteluun (Kokko 2018, 44–46; Hämäläinen, Arnkil & Tuusa 2019, 12).", None),
    # a year of the fact itself still counts, in brackets too
    ("Kuntaosuutta maksettiin vuonna 2020 noin 41 000 euroa.", True),
    ("Hanke (2020–2021) jatkaa työtä.", True),
])
def test_dated_after_the_project(text: str, expected: bool | None):
    assert dated_after(text, "2019-12-31") is expected

def test_find_dates_in_text():
    found = find_dates("Raportti päivätty 28.2.2013; hanke alkoi kesäkuussa 2010.")
    assert [d.start for d in found] == ["2013-02-28", "2010-06"]


@pytest.mark.parametrize("text, expected", [
    ("Hanke toimi huhtikuusta 2010 maaliskuun 2013 loppuun.", ("2010-04", "2013-03")),
    ("maaliskuun 2012 alusta helmikuun 2014 loppuun", ("2012-03", "2014-02")),
    ("joka toimi syyskuusta 2019 joulukuun 2021 loppuun", ("2019-09", "2021-12")),
    ("alkoi 1.1.2020 ja jatkuu vuoden 2022 loppuun", ("2020-01-01", "2022-12")),
    ("vuoden 2017 alusta kesäkuuhun 2019", ("2017-01", "2019-06")),
    ("1.8.2016 alkaen 31.7.2018 asti", ("2016-08-01", "2018-07-31")),
    ("tammikuusta 2015 aina joulukuun 2017 loppuun", ("2015-01", "2017-12")),
    ("toukokuusta 2009 lokakuuhun 2011", ("2009-05", "2011-10")),
    ("1.2.2017–31.12.2019", ("2017-02-01", "2019-12-31")),
    ("01.09.2013-31.12.2016", ("2013-09-01", "2016-12-31")),
    ("1.9.2013 — 31.12.2016", ("2013-09-01", "2016-12-31")),
    ("Aloituspäivä 1.3.2018 ja päättyy 28.2.2021", ("2018-03-01", "2021-02-28")),
    ("vuosina 2008–2010", ("2008", "2010")),
    ("pyöri vuodesta 2016 vuoden 2018 loppuun", ("2016", "2018-12")),
    ("Se alkoi maaliskuussa 2010 ja jatkui helmikuun 2013 loppuun", ("2010-03", "2013-02")),
])
def test_find_periods_more_forms(text, expected):
    assert [(p.start, p.end) for p in find_periods(text)][0] == expected


@pytest.mark.parametrize("text", [
    "maaliskuussa 2013 aktivointiaste oli 25,2 %",  # a measurement date, not a range
    "tammikuusta 2011 tämän vuoden loppuun",  # the end is relative: no period
    "joulukuun 2021 loppuun huhtikuusta 2019",  # backwards
    "Y-tunnus 1234567-8",
])
def test_find_periods_rejects_more(text):
    assert find_periods(text) == []


@pytest.mark.parametrize("text, expected", [
    ("vuoden 2013 lopussa", "2013-12"), ("vuoden 2016 alussa", "2016-01"), ("marraskuussa 2019", "2019-11"),
    ("15.3.2014", "2014-03-15"),
    ("vuoden 2018 viimeisenä päivänä", "2018-12-31"), ("vuoden 2016 ensimmäisenä päivänä", "2016-01-01"),
])
def test_find_dates_more(text, expected):
    assert [d.start for d in find_dates(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("yhteensä 1 200 000 euroa", [1200000]), ("0,19 milj. euroa", [190000]), ("45 t€", [45000]),
    ("412 380,50 €", [412380.5]), ("n. 3 500 €", [3500]), ("1,5 M€", [1500000]),
    # thousands and millions in any case, and a bare 'tuhatta' beside such an amount
    ("noin 286 tuhanteen euroon, kun kustannusarvio oli 310 tuhatta", [286000, 310000]),
    ("3 tuhannella eurolla", [3000]), ("0,46 miljoonan euron", [460000]), ("Kävijöitä oli 2 tuhatta.", []),
])
def test_find_numbers_money_values(text, expected):
    assert [n.value for n in find_numbers(text) if n.unit == "eur"] == expected


@pytest.mark.parametrize("word, expected", [
    ("kolmisenkymmentä", 30), ("kolmisenkymmenen", 30), ("nelisenkymmentä", 40), ("viitisenkymmentä", 50),
    ("viitisen", 5), ("kymmenisen", 10), ("kolmisensataa", 300), ("parisataa", 200), ("parisadan", 200),
    ("parikymmentä", 20), ("parituhatta", 2000), ("kymmenkunta", 10), ("kymmenkunnan", 10),
    ("pariskunta", None), ("paristo", None), ("kolmisin", None), ("kolme", None), ("kymmenen", None),
    # a round teen: 'viitisentoista' is five and ten, not five times ten
    ("viitisentoista", 15), ("kolmisentoista", 13), ("Kuutisentoista", 16),
])
def test_parse_approx_word(word, expected):
    assert parse_approx_word(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("kahdeksan", 8), ("viisitoista", 15), ("neljäkymmentä", 40),
    ("kolmesataa", 300), ("viisisataa", 500), ("kaksikymmentäviisi", 25),
])
def test_parse_number_word_more(word, expected):
    assert parse_number_word(word) == expected


@pytest.fixture(scope="module")
def candidates_of(nlp):
    from extractor.candidates import find_candidates
    from extractor.segment import segment

    def run(text: str) -> list[float]:
        return [c.value for c in find_candidates(segment(text, nlp))]
    return run


@pytest.mark.parametrize("text", [
    "Lisätietoja: projektipäällikkö, puh. 040 555 0418.",
    "Y-tunnus 1234567-8.",
    "Osoite: Rauhankatu 3, 18100 Heinola.",
    "Kohderyhmänä olivat 25–60-vuotiaat työttömät.",
    "Hanke alkoi vuonna 2015.",
    "Hanke toimi kolmessa vuodessa kolme ja puoli vuotta.",
    "Ohjausryhmä kokoontui 12.3. ja 14.5. kokouksiinsa.",
    "Hankkeen koodi on S20567.",
    "Kevätmyyjäiset verstaalla la 5.5. klo 10–14",  # hours of the day
    "Kokkolan kaupunki, nuorisopalvelut, Pitkänsillankatu 24, 67100",  # a postal code after the street
    "4 Asiakkaat ja tulokset",  # a section number without its full stop
    "4 Koulutus ja osaaminen 5",  # a table of contents line and its page
])
def test_distractors_are_not_candidates(candidates_of, text: str):
    assert candidates_of(text) == []


def test_two_and_a_half_in_words_is_one_number(nlp):
    from extractor.candidates import find_candidates
    from extractor.segment import segment
    found = find_candidates(segment("Meitä oli töissä kaksi ja puoli: minä, hanketyöntekijä ja hankevetäjä.", nlp))
    assert [(c.value, c.unit) for c in found] == [(2.5, None)]


@pytest.mark.parametrize("text, value", [
    ("kunnat maksoivat loput kolmekymmentä prosenttia eli yhteensä 56 226 euroa", 30),
    ("Heistä puolet työllistyi.", 50),  # a fraction is a share too
    ("EU:n ja valtion osuus oli seitsemänkymmentäviisi %.", 75),
])
def test_number_words_before_prosenttia_are_percentages(nlp, text: str, value: float):
    from extractor.candidates import find_candidates
    from extractor.segment import segment
    assert [(c.value, c.unit) for c in find_candidates(segment(text, nlp)) if c.unit == "pct"] == [(value, "pct")]


@pytest.mark.parametrize("text, expected", [
    ("huhtikuusta 2010 maaliskuun 2013 loppuun", [("start", "2010-04"), ("end", "2013-03")]),
    ("vuoden 2017 alusta", [("start", "2017-01")]),
    ("1.3.2021 alkaen", [("start", "2021-03-01")]),
    ("jatkui toukokuun 2021 loppuun", [("end", "2021-05")]),
    ("kesäkuuhun 2016", [("end", "2016-06")]),
    ("31.8.2014 asti", [("end", "2014-08-31")]),
    ("tämän vuoden loppuun", [("end", "2013-12")]),  # with the document's year 2013
    ("päättyy tämän vuoden viimeisenä päivänä", [("end", "2013-12-31")]),
    ("päättyy kuluvan vuoden lopussa", [("end", "2013-12")]),
    ("päättyi nyt elokuun viimeisenä päivänä", [("end", "2013-08-31")]),
    ("Joulukuun viimeisenä päivänä suljin hankkeen sähköpostilaatikon", []),  # no end of the project
    ("syyskuusta 2019 viime vuoden loppuun", [("start", "2019-09"), ("end", "2012-12")]),
    ("kesäkuussa 2016", []),  # not marked
    ("31.8.2014", []),
    ("päättyi 31.12.2018", []),  # a verb marks it, not the date
])
def test_find_edges(text, expected):
    from extractor.dates import find_edges

    assert [(edge, d.start) for edge, d in find_edges(text, "2013")] == expected


@pytest.mark.parametrize("text, year, expected", [
    ("päättyi 31. toukokuuta.", "2022", ["2022-05-31"]),
    ("alkoi 1. syyskuuta", "2019", ["2019-09-01"]),
    ("päättyi 31. toukokuuta 2022", "2022", []),  # a year of its own: an ordinary date
    ("päättyi 31. toukokuuta", None, []),  # no document year
    ("31. helmikuuta", "2022", []),  # no such day
    ("3. kesäkuuta 14", "2022", []),  # a number after it, no day of the year
    ("alkoi virallisesti perjantaina 1.9. ja jatkuu", "2017", ["2017-09-01"]),  # a numeric day and month
    ("päättyi 31.12.", "2016", ["2016-12-31"]),
    ("alkoi 1.9.2017", "2017", []),  # a year of its own
    ("alkoi 1.9. 2017", "2017", []),
    ("alkoi 1.9.–31.12.2017", "2017", []),  # the start of a range
    ("alkaa klo 9.10. torilla", "2017", []),  # a time
    ("alkoi 31.2.", "2017", []),  # no such day
    ("alkoi 1.13.", "2017", []),  # no such month
    ("alkoi 1.9.", None, []),  # no year to give it
])
def test_find_yearless_days(text, year, expected):
    from extractor.dates import find_yearless_days

    assert [d.start for d in find_yearless_days(text, year)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Hankkeeseen osallistui 212 asiakasta.", [212]),
    ("Asiakkaita oli kolmekymmentäkaksi.", [32]),
    ("Heistä puolet työllistyi.", [50]),
    ("Kahdeksalle asiakkaalle löytyi työpaikka.", [8]),
    ("Kolmen asiakkaan eläkeselvittely valmistui.", [3]),
    ("Palveluja käytti kolmisenkymmentä työtöntä.", [30]),
    ("Kymmenkunta asiakasta aloitti opinnot.", [10]),
    ("Asiakkaista 35 % työllistyi ja 18 aloitti opinnot.", [35, 18]),
    ("Kustannukset olivat 412 380 euroa.", [412380]),
    ("Yhdistyksen oma osuus oli reilut 14 tuhatta euroa.", [14000]),  # not a 'tuhatta' of its own
    ("Kävijöitä oli 2 tuhatta.", [2000]),
])
def test_facts_are_candidates(candidates_of, text: str, expected: list[float]):
    assert candidates_of(text) == expected


@pytest.mark.parametrize("word, municipality, region", [
    ("Haapavedellä", "Haapavesi", "Pohjois-Pohjanmaa"), ("Porin", "Pori", "Satakunta"),
    ("Raaseporissa", "Raasepori", "Uusimaa"), ("Kemiönsaarelta", "Kemiönsaari", "Varsinais-Suomi"),
    ("Vihdin", "Vihti", "Uusimaa"), ("Sallassa", "Salla", "Lappi"), ("Siikaisissa", "Siikainen", "Satakunta"),
    ("Kerimäellä", "Savonlinna", "Etelä-Savo"), ("Jalasjärvellä", "Kurikka", "Etelä-Pohjanmaa"),
    ("Valtimolla", "Nurmes", "Pohjois-Karjala"), ("Björneborg", "Pori", "Satakunta"),
    ("Jyväskylässä", "Jyväskylä", "Keski-Suomi"), ("Iisalmessa", "Iisalmi", "Pohjois-Savo"),
    ("Kiuruvedellä", "Kiuruvesi", "Pohjois-Savo"), ("Ylivieskan", "Ylivieska", "Pohjois-Pohjanmaa"),
])
def test_gazetteer_matches_inflected_swedish_and_merged_names(word: str, municipality: str, region: str):
    from extractor.gazetteer import gazetteer

    match = gazetteer().match(word)
    assert match is not None and match.municipality.name == municipality and match.region == region


@pytest.mark.parametrize("word, municipality", [
    ("mynämäkeläisille", "Mynämäki"), ("nousiaislaisia", "Nousiainen"), ("sotkamolaista", "Sotkamo"),
    ("lahtelaiset", "Lahti"), ("rovaniemeläisten", "Rovaniemi"), ("nurmeslaisia", "Nurmes"),
    ("pietarsaarelaisille", "Pietarsaari"), ("kemiläinen", "Kemi"),
    ("erilainen", None), ("samanlaisia", None), ("tällaisia", None), ("kaikenlaista", None), ("Kemiläinen", None),
])
def test_gazetteer_matches_the_people_of_a_town(word: str, municipality: str | None):
    from extractor.gazetteer import gazetteer

    match = gazetteer().demonym(word)
    assert (match.municipality.name if match else None) == municipality


@pytest.mark.parametrize("word", ["Asiakkaita", "Hanke", "Työllisyys", "Euroopan", "Kunta", "ELY-keskus"])
def test_gazetteer_rejects_common_words(word: str):
    from extractor.gazetteer import gazetteer

    match = gazetteer().match(word)
    assert match is None or match.municipality is None


@pytest.mark.parametrize("text, value", [
    ("kustannukset olivat viisisataaseitsemänkymmentäneljätuhatta kolmesataakahdeksantoista euroa", 574318),
    ("osuus oli neljäsataakolmekymmentätuhatta seitsemänsataakolmekymmentäyhdeksän euroa", 430739),
    ("säästöä noin kuusikymmentäviisituhatta euroa", 65000),
])
def test_a_number_said_in_full_goes_on_after_its_thousands(nlp, text: str, value: float):
    from extractor.candidates import find_candidates
    from extractor.segment import segment
    assert [c.value for c in find_candidates(segment(text, nlp)) if c.unit == "eur"] == [value]


@pytest.mark.parametrize("text, values", [
    ("Hankkeessa oli kaikkiaan sataneljäkymmentäkaksi... ei kun anteeksi, sataneljäkymmentäneljä asiakasta.", [144]),
    ("ESR:n osuus oli neljäsataa... anteeksi, neljäsataakolmekymmentä.", [430]),
    ("Työllistyi 41 henkeä... eli siis kolmannes.", [41]),  # not a correction
])
def test_a_figure_the_speaker_takes_back(nlp, text: str, values: list):
    from extractor.candidates import find_candidates
    from extractor.segment import segment
    assert [c.value for c in find_candidates(segment(text, nlp)) if c.unit is None] == values


def test_two_days_of_one_month_are_a_period():
    from extractor.dates import find_periods
    assert [(p.start, p.end) for p in find_periods("Virtuaaliset rekrymessut | 14.–15.10.2020 | verkossa")] == [
        ("2020-10-14", "2020-10-15")]


def test_a_thread_of_dated_posts():
    from extractor.posts import thread

    text = ("Hyppyri @HyppyriLahti · 1.3.2018\n1/ Tänään se alkaa!\n\n"
            "    ↳ Maija K. @maijakoo · 2.3.2018\n    Onko tää vain keskustan väelle?\n\n"
            "22.1.2019 klo 10.15 · Hyppyri\nPuoliväli!\n")
    posts = thread(text)
    assert posts.dates == ("2018-03-01", "2018-03-02", "2019-01-22")
    assert posts.date_at(text.index("Puoliväli")) == "2019-01-22"
    assert posts.date_at(text.index("Tänään")) == "2018-03-01"


@pytest.mark.parametrize("text", [
    "Aloituspäivä | 1.3.2018\nLopetuspäivä | 28.2.2021\nPäätöspäivä | 3.3.2021\n",  # a table of fields
    "1.3.2018 – 28.2.2021 hanke\n1.3.2019 – 28.2.2020 jatko\n1.3.2020 – 28.2.2021 toinen\n",  # periods
    "Hyppyri · 1.3.2019\nHyppyri · 1.3.2018\nHyppyri · 1.3.2020\n",  # not in the order of time
    "Hyppyri · 1.3.2018\nHyppyri · 2.3.2018\n",  # two dates are no thread
])
def test_no_thread(text):
    from extractor.posts import thread

    assert thread(text) is None
