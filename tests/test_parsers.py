"""Pure parsers: numbers, money, percentages, number words, hedges, dates and periods."""

from __future__ import annotations

import pytest

from extractor.dates import find_dates, find_periods, parse_date
from extractor.numbers import find_numbers, hedge_before, parse_money, parse_number, parse_number_word, parse_percent


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


@pytest.mark.parametrize("word, expected", [
    ("kolme", 3), ("yksi", 1), ("kymmenen", 10), ("yksitoista", 11), ("neljätoista", 14), ("kaksikymmentä", 20),
    ("kolmekymmentäkaksi", 32), ("sata", 100), ("kaksisataa", 200), ("kaksisataaviisikymmentä", 250),
    ("tuhat", 1000), ("kaksituhatta", 2000), ("yhdeksän", 9), ("seitsemänkymmentäyhdeksän", 79),
])
def test_parse_number_word(word, expected):
    assert parse_number_word(word) == expected


@pytest.mark.parametrize("word", ["asiakas", "kolmas", "", "tuhatkunta", "satama"])
def test_parse_number_word_rejects(word):
    with pytest.raises(ValueError):
        parse_number_word(word)


@pytest.mark.parametrize("before, expected", [
    ("hankkeessa oli noin ", (True, None)), ("reilut ", (True, "more_than")), ("yli ", (True, "more_than")),
    ("vajaa ", (True, "less_than")), ("alle ", (True, "less_than")), ("lähes ", (True, "less_than")),
    ("n. ", (True, None)), ("ainakin ", (True, "more_than")), ("jopa ", (True, None)), ("oli ", (False, None)),
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


def test_find_dates_in_text():
    found = find_dates("Raportti päivätty 28.2.2013; hanke alkoi kesäkuussa 2010.")
    assert [d.start for d in found] == ["2013-02-28", "2010-06"]
