"""Turn labelled candidates into the record's items: merge, choose, derive, dedupe."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from extractor.candidates import Candidate
from extractor.cue_match import Label, cue_distance_score, cues, head_lemma, is_base, token_lemma
from extractor.dates import dated_after, find_dates
from extractor.figure_context import TIME_LABEL
from extractor.gazetteer import gazetteer
from extractor.indicator_rules import AREA_SUM, indicator_date
from extractor.money_rules import EXPLICIT_OWN
from extractor.orgs import MUNICIPAL_HEADS
from extractor.participant_rules import distinct_people
from extractor.posts import Thread, thread
from extractor.scope import project_scope
from extractor.records import Document, Evidence, Fact

Labelled = tuple[Candidate, Label]
MULTI_VALUE = {("participants", "attendees"), ("indicators", "activation_rate"),
               ("indicators", "unemployed"), ("indicators", "long_term_unemployed")}
SHARE_WORDS = ("osuus", "rahoitus", "rahoittaa", "kattaa", "tuki", "omarahoitus")


def resolve(doc: Document, labelled: list[Labelled], all_candidates: list[Candidate],
            project_name: str | None = None, project_end: str | None = None,
            project_places: tuple[str, ...] = ()) -> list[Fact]:
    """The record's figures from the labelled candidates; `project_end` (the end date) tells a later
    year's budget from the project's money; `project_places` (its municipalities) tell its rows of an
    area table from the other towns'."""
    items = [x for x in labelled if not (x[1].planned and x[1].group in ("participants", "outcomes", "indicators"))]
    if project_end:  # 'Vuoden 2023 talousarviossa … palkkatuen osuus on 210 000 euroa' after a project of 2019–2022
        items = [x for x in items if not (x[1].group == "money" and x[1].kind not in LATER_MONEY and (
            dated_after(x[0].sentence.text, project_end, years_only=True) or _after_a_later_start(x[0], project_end)))]
        posts = thread(doc.text)
        items = [(c, replace(lb, split=True)) if lb.group in ("participants", "outcomes") and
                 (_as_of_earlier(c, project_end) or _interim_post(posts, c, project_end)) else (c, lb)
                 for c, lb in items]
    scope = project_scope(doc.text, project_name)
    sections = scope.sections(doc.text)
    items = [x for x in items if not scope.foreign_figure(x[0]) and (x[1].group == "indicators" or not (
        scope.several(x[0].sentence) or sections.outside(x[0].sentence) or
        x[1].group == "participants" and scope.joined_several(x[0].sentence)))]
    items = _without_corrected_away(doc, _drop_splits(_newest_message(doc, items)))  # a reply's split beats a quote
    items = _own_town_rows(_without_regions_figures(items, project_places), project_places)
    items = _without_rows_of_totalled_tables(items, all_candidates)
    facts: list[Fact] = []
    by_kind: dict[tuple[str, str], list[Labelled]] = defaultdict(list)
    for c, label in items:
        by_kind[(label.group, label.kind)].append((c, label))
    clients = _clients(by_kind[("participants", "clients")]) if by_kind.get(("participants", "clients")) else None
    outcome_facts = _outcomes(doc, {k: v for k, v in by_kind.items() if k[0] == "outcomes"},
                              clients[0] if clients else None, all_candidates)
    facts += outcome_facts
    for key, group in by_kind.items():
        if key[0] == "outcomes":
            continue
        if key == ("participants", "attendees"):
            facts += _distinct(doc, _without_parts(_without_one_days_events(group)))
        elif key in MULTI_VALUE:
            facts += _distinct(doc, _without_town_rows_of_a_total(group) if key[0] == "indicators" else group)
        elif key == ("participants", "clients"):
            facts.append(_fact(doc, *clients))
        elif key[0] != "money":
            facts.append(_fact(doc, *_best(group)))
    facts += _money(doc, {k: v for k, v in by_kind.items() if k[0] == "money"}, all_candidates)
    return facts


LATER_START = re.compile(r"\b(?:alka\w*|alkoi|käynnisty\w*|jatketaan|jatkaminen|jatkamista)\b", re.IGNORECASE)


def _after_a_later_start(c: Candidate, project_end: str) -> bool:
    """'… jatketaan 1.4.2020 alkavassa Pielisen Työvoimala -hankkeessa. … sen kokonaisbudjetti on 395 000
    euroa': an undated sentence in a paragraph that opens with something starting after the project."""
    if dated_after(c.sentence.text, project_end) is not None:
        return False
    opening = re.split(r"(?<=[.!?])\s+", c.sentence.before.strip())[0] if c.sentence.before.strip() else ""
    starts = [d.start for d in find_dates(opening)]
    return bool(LATER_START.search(opening)) and bool(starts) and all(
        t[:len(project_end)] > project_end[:len(t)] for t in starts)


LATER_MONEY = ("savings", "award")  # counted or granted after the project too


SPLIT_GIVES_WAY_TO = {("money", "total_cost"): ("money", "budget")}


# the end of the original period: 'Alkuperäisen toteutusajan päättyessä 31.8.2011'
ORIGINAL_END = re.compile(r"\balkuperäi\w*\s+(?:\w+\s+){0,2}?(?:päättyessä|loppuessa|lopussa)\s+"
                          r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})", re.IGNORECASE)


def _as_of_earlier(c: Candidate, project_end: str) -> bool:
    """The figure's sentence counts up to the end of the original period, before the project ended
    ('Alkuperäisen toteutusajan päättyessä 31.8.2011 asiakkaita oli ollut 87'): an interim count."""
    return len(project_end) >= 7 and any(f"{m[3]}-{int(m[2]):02d}" < project_end[:7]
                                         for m in ORIGINAL_END.finditer(c.sentence.text))


INTERIM_MONTHS = 3  # a post this long before the project's end reports on the way ('Puoliväli! Mukana on ollut 96')


def _interim_post(posts: Thread | None, c: Candidate, project_end: str) -> bool:
    """The figure is in a post of a thread dated months before the project ended: a count on the way, which
    the last posts' totals replace."""
    dated = posts.date_at(c.start) if posts else None
    if not dated or len(project_end) < 7:
        return False
    year, month = int(project_end[:4]), int(project_end[5:7]) - INTERIM_MONTHS
    year, month = (year - 1, month + 12) if month < 1 else (year, month)
    return dated[:7] < f"{year}-{month:02d}"


def _drop_splits(items: list[Labelled]) -> list[Labelled]:
    """Per-year and gender splits give way to totals of the same kind; a yearly cost also gives way
    to a budget ('kokonaisbudjetti 598 000 euroa' is the total when no realised total is given).
    Indicators are dated by nature: every year of them is kept."""
    whole = {(lb.group, lb.kind) for _, lb in items if not lb.split}
    return [(c, lb) for c, lb in items if not lb.split or lb.group == "indicators" or not (
        {(lb.group, lb.kind), SPLIT_GIVES_WAY_TO.get((lb.group, lb.kind))} & whole)]


def _own_town_rows(items: list[Labelled], places: tuple[str, ...]) -> list[Labelled]:
    """'Kunta | 12/2022 | 12/2021' + 'Uusikaupunki | 612 | 655' + 'Laitila | 241 | 262' + 'Vakka-Suomi | 1 059 …':
    in an area table with rows of the project's towns, the other rows (other towns, the wider area) are
    not the project area's indicators; so too 'Aktivointiaste, Uusimaa' beside 'Aktivointiaste, Espoo'."""
    own = {p.casefold() for p in places}

    def town(c: Candidate) -> str | None:
        label = c.sentence.label.strip(" |")
        m = gazetteer().municipality(label.split(" ")[0]) if label else None
        return m.name.casefold() if m is not None else None

    def area_after_comma(c: Candidate) -> str | None:
        """'Aktivointiaste, Uusimaa': the area a statistic's row label names after its comma."""
        label = c.sentence.label.strip(" |")
        hit = gazetteer().match(label.rsplit(",", 1)[1].strip()) if "," in label else None
        return None if hit is None else hit.municipality.name.casefold() if hit.municipality else hit.region.casefold()

    rows = [(c, lb) for c, lb in items if lb.group == "indicators" and c.sentence.is_row and c.sentence.columns]
    tables = {c.sentence.columns for c, lb in rows if town(c) in own}
    mixed = {c.sentence.columns for c, lb in rows if town(c) not in own | {None}}  # other towns' rows too

    def own_sum(c: Candidate) -> bool:  # 'Yhteensä | 5 842 | 4 917' under rows of the project's towns only
        return town(c) is None and c.sentence.columns not in mixed and \
            bool(AREA_SUM.match(c.sentence.label.strip(" |")))
    by_comma = {c.sentence.columns for c, lb in rows if area_after_comma(c) in own}
    return [(c, lb) for c, lb in items if not (
        lb.group == "indicators" and c.sentence.is_row and (
            c.sentence.columns in tables and town(c) not in own and not own_sum(c) or
            c.sentence.columns in by_comma and area_after_comma(c) not in own | {None}))]


def _other_towns_figure(tokens, own: set[str]) -> bool:
    """'Kuopion kaupungissa (ilman Maaningan aluetta) työttömiä oli 8 912': the figure's place, a town in a
    locative case ('Kuopiossa', 'Kuopion kaupungissa'), is another town than the project's."""
    towns = []
    for t in tokens:
        if t.morph.get("Case") not in (["Ine"], ["Ade"]):
            continue
        owners = [ch for ch in t.children if ch.dep_ == "nmod:poss"] if t.lemma_.casefold() in MUNICIPAL_HEADS else []
        place = t if t.pos_ == "PROPN" else owners[0] if owners else None
        hit = gazetteer().match(place.text) if place is not None else None
        if hit is not None and hit.municipality is not None:
            towns.append({hit.name_in_text.casefold(), hit.municipality.name.casefold()})
    return bool(towns) and not any(names & own for names in towns)


def _without_regions_figures(items: list[Labelled], places: tuple[str, ...]) -> list[Labelled]:
    """'Etelä-Savossa oli kesäkuussa 2019 noin 3 100 pitkäaikaistyötöntä' in a report on a project in Pieksämäki
    and Kangasniemi that gives their own figures: a statistic told of a region, in a sentence naming none of the
    project's towns, is the wider area's when the report gives the same statistic for a finer area; so too
    one told of another town ('Kuopion kaupungissa … 8 912' beside Maaninka's). A table headed by a region of which
    the project has only some towns ('Keski-Suomi | 12/2016 | 12/2018') is the region's, finer figures or not."""
    if not places:
        return items
    own = {p.casefold() for p in places}

    def regions_figure(c: Candidate) -> bool:
        tokens = list(c.sentence.span)
        named = {m.name.casefold() for t in tokens if (m := gazetteer().municipality(t.text)) is not None}
        return not named & own and any(
            t.morph.get("Case") in (["Ine"], ["Ade"]) and t.lemma_.casefold() in gazetteer().regions
            for t in tokens[:c.first])

    def regions_table(c: Candidate) -> bool:
        s = c.sentence
        caption = "" if s.caption.rstrip().endswith(".") else s.caption  # prose above the table is no caption
        words = re.findall(r"[\w-]+", " ".join([caption, s.label, *s.columns]))
        regions = {hit.region for w in words if w[:1].isupper() and (hit := gazetteer().match(w)) is not None and
                   hit.municipality is None}
        named = {m.name.casefold() for w in words if (m := gazetteer().municipality(w)) is not None}
        return bool(regions) and not named & own and all(_part_of_region(region, own) for region in regions)

    wider = {id(c) for c, lb in items if lb.group == "indicators" and not c.sentence.is_row and regions_figure(c)}
    finer = {lb.kind for c, lb in items if lb.group == "indicators" and id(c) not in wider}
    items = [(c, lb) for c, lb in items if not (lb.group == "indicators" and c.sentence.is_row and regions_table(c))]
    return [(c, lb) for c, lb in items if not (id(c) in wider and lb.kind in finer) and not (
        lb.group == "indicators" and not c.sentence.is_row and
        _other_towns_figure(list(c.sentence.span)[:c.first], own))]


def _part_of_region(region: str, own: set[str]) -> bool:
    """The project's towns are only some of the region's ('Keski-Suomi | 12/2016 | 12/2018' in a report on Jämsä
    and Kuhmoinen): the region's table is the wider area's."""
    towns = [m for m in gazetteer().by_code.values() if m.region == region]
    return sum(1 for m in towns if m.name.casefold() in own) < len(towns)


# 'heitä oli 246 eikä 264', '… 116 eikä loppuraportissa ilmoitettu 118'
CORRECTED_AWAY = re.compile(r"\d(?:[\d ]*\d)?(?:,\d+)?\s+(?:eikä|eivätkä|ei siis)\s+(?:[^\W\d]+\s+){0,3}"
                            r"(\d(?:[\d ]*\d)?(?:,\d+)?)(?![\d,])")


TOTAL_ROW = re.compile(r"[\W_]*(?:yhteensä|kaikki yhteensä|summa)\b", re.IGNORECASE)


def _without_rows_of_totalled_tables(items: list[Labelled], all_candidates: list[Candidate]) -> list[Labelled]:
    """In a table with a total row ('Yhteensä | 11 tilaisuutta | | 263'), a row of one event or one month is a
    part: of the total row's figure of its kind, or, a month's row under a column the total row leaves empty (a
    stock like 'Aktiiviset kk lopussa'), of nothing the record keeps."""
    totalled = {c.sentence.columns for c in all_candidates if c.sentence.is_row and c.sentence.columns and
                TOTAL_ROW.match(c.sentence.label)}
    kinds = {(c.sentence.columns, lb.group, lb.kind) for c, lb in items if c.sentence.is_row and
             c.sentence.columns in totalled and TOTAL_ROW.match(c.sentence.label)}

    def part(c: Candidate, lb: Label) -> bool:
        if lb.group not in ("participants", "outcomes") or not c.sentence.is_row or c.unit == "pct" or \
                c.sentence.columns not in totalled or TOTAL_ROW.match(c.sentence.label):
            return False  # (not a shares row: 'Osuus asiakkaista % | | | 29,3')
        month_row = bool(TIME_LABEL.fullmatch(c.sentence.label.strip()))  # '8/2012', '2019'
        return (c.sentence.columns, lb.group, lb.kind) in kinds or month_row

    return [(c, lb) for c, lb in items if not part(c, lb)]



def _without_corrected_away(doc: Document, items: list[Labelled]) -> list[Labelled]:
    """'heitä oli Kokemäellä 246 eikä 264': a figure the text corrects to another is wrong wherever it stands."""
    wrong = {float(m[1].replace(" ", "").replace(",", ".")) for m in CORRECTED_AWAY.finditer(doc.text)}
    return [(c, lb) for c, lb in items if c.value not in wrong] if wrong else items


def _newest_message(doc: Document, items: list[Labelled]) -> list[Labelled]:
    """In an e-mail chain, a single figure of a kind from the least deeply quoted message: a reply corrects
    the figures of the message it quotes ('Asiakkaita oli kaikkiaan 151 eikä 146' above '> Asiakkaat: 146')."""
    if not doc.quotes:
        return items
    depth = {id(c): doc.quote_depth(c.start) for c, _ in items}
    newest: dict[tuple[str, str], int] = {}
    for c, lb in items:
        key = (lb.group, lb.kind)
        newest[key] = min(newest.get(key, depth[id(c)]), depth[id(c)])
    return [(c, lb) for c, lb in items if (lb.group, lb.kind) in MULTI_VALUE or
            depth[id(c)] == newest[(lb.group, lb.kind)]]


def _rank(x: Labelled) -> tuple:
    c, lb = x
    first = (not lb.planned, not lb.split, not asked(c), revised(c))
    if lb.kind == "clients":  # sub-groups are smaller than the whole
        return first + (bool(lb.features.get("joins")), field_label(c), lb.total, c.value)
    if c.unit == "pct":  # a stated percentage before a fraction word ('kolmannes' in a headline)
        return first + (c.source not in ("fraction", "every_nth"), lb.total, round(lb.score, 1), c.value)
    if c.unit == "eur":  # what was spent before what was granted ('Myönnetty … rahoitus 143 200 €' | 'Toteutunut')
        return first + (not _granted(c), lb.total, round(lb.score, 1), c.value)
    return first + (lb.total, round(lb.score, 1), c.value)


GRANTED_REACH = 6  # tokens before an amount to the grant's verb or participle


def _granted(c: Candidate) -> bool:
    """'Myönnetty ESR- ja valtion rahoitus: 143 200 €', 'ELY-keskus myönsi hankkeelle 150 000 euroa': a grant,
    which what was realised replaces."""
    tokens = list(c.sentence.span)[max(0, c.first - GRANTED_REACH):c.first]
    words = [t.lemma_.casefold() for t in tokens] + c.sentence.label.casefold().split()
    return any(w.startswith(("myöntää", "myönnetty")) for w in words) and \
        not any(w.startswith(("toteutu", "toteuma")) for w in words)


def field_label(c: Candidate) -> bool:
    """The figure's line is a labelled field ('Asiakkaita: 97'), not a clause before a colon ('Pienissä
    kunnissa liikkuminen on este: 2 asiakasta sai …')."""
    label = c.sentence.label
    if not label:
        return False
    end = c.sentence.span.start_char + len(label)
    return not any(t.idx < end and "Fin" in t.morph.get("VerbForm") for t in c.sentence.span)


def asked(c: Candidate) -> bool:
    """The figure is in a question ('Teillä oli niinku kakssataa asiakasta?'): a statement's figure of its kind
    comes first."""
    return c.sentence.text.rstrip().endswith("?")


REVISED = ("tarkentua", "tarkentunut", "tarkennettu", "tarkentaa", "korjata", "korjattu", "oikaista", "oikaistu",
           "vahvistaa", "vahvistettu")  # 'kokonaiskustannuksiksi vahvistetaan 295 415,88 euroa' after an audit
REVISED_REACH = 5


def revised(c: Candidate) -> bool:
    """A figure given as corrected ('Tarkentunut asiakasmäärä on 94', 'korjattu luku 94') replaces the
    one first reported; the cue is the figure's own, with no other number between."""
    for t in reversed(c.sentence.span[max(0, c.first - REVISED_REACH):c.first]):
        if t.like_num:
            return False
        if t.lemma_.casefold() in REVISED or t.text.casefold() in REVISED:
            return True
    return False


def _best(group: list[Labelled]) -> Labelled:
    return max(group, key=_rank)


RELATIONSHIPS = ("asiakkuus", "käynti", "asiakaskerta")  # counted per client relationship or visit, not per person


def _clients(group: list[Labelled]) -> Labelled:
    """The project's client count; of people referred to it, those who then started are the clients
    ('ohjasivat hankkeeseen 163 työnhakijaa' + 'heistä 131 sitoutui valmennukseen')."""
    best = _best(group)
    relationships = any(x[0].value == best[0].value and head_lemma(x[0]).endswith(RELATIONSHIPS) for x in group)
    distinct = [x for x in group if distinct_people(x[0]) and not x[1].split and not x[1].planned and
                x[0].value < best[0].value]
    if relationships and distinct:  # 'yhteensä 215 asiakkuutta … eri henkilöitä oli 209': the persons
        return _best(distinct)
    exact = [x for x in group if not x[0].approx and not x[1].split and not x[1].planned and
             _within_hedge(best[0], x[0].value)]
    if best[0].approx and exact:  # 'runsaat 130 työnhakijaa' in the lead, 'mukana 134 ihmistä' in the story
        return _best(exact)
    if best[1].features.get("intake") != "inflow":
        return best
    committed = [x for x in group if x[1].features.get("intake") == "committed" and not x[1].split and
                 x[0].value < best[0].value]
    return _best(committed) if committed else best


def _within_hedge(hedged: Candidate, value: float) -> bool:
    """The exact figure the hedged one rounds, by its last non-zero digit: 130-140 for 'runsaat'/'yli 130', 120-130
    for 'vajaa'/'alle 130', 125-135 for 'noin 130' (not a target of 120 beside it)."""
    n, unit = int(hedged.value), 1
    while n and n % (unit * 10) == 0:
        unit *= 10
    if unit == 1 or value == hedged.value:
        return False
    if hedged.qualifier == "more_than":
        return hedged.value < value <= hedged.value + unit
    if hedged.qualifier == "less_than":
        return hedged.value - unit <= value < hedged.value
    return abs(value - hedged.value) < unit / 2


def _values(c: Candidate, lb: Label) -> dict:
    if lb.group == "participants":
        return {"count": int(c.value), "approx": c.approx or None, "qualifier": c.qualifier}
    if lb.group == "indicators":
        return {"value": c.value, "date": indicator_date(c)}
    if lb.group == "outcomes":
        key = "percent" if c.unit == "pct" else "count"
        return {key: c.value if key == "percent" else int(c.value), "approx": c.approx or None,
                "qualifier": c.qualifier}
    return {"eur": c.value}


def _evidence(doc: Document, c: Candidate, method: str) -> Evidence:
    return Evidence(doc.page_at(c.start), c.start, c.end, c.sentence.text, method)


def _fact(doc: Document, c: Candidate, lb: Label, values: dict | None = None,
          more: tuple[Candidate, ...] = ()) -> Fact:
    method = f"rules+model:{lb.group}" if lb.confidence is not None else f"rule:{lb.group}"
    ev = tuple(_evidence(doc, x, method) for x in (c, *more))
    confidence = lb.confidence if lb.confidence is not None else min(1.0, lb.score)
    return Fact(lb.group, lb.kind, values or _values(c, lb), ev, round(confidence, 3))


PARTS_TOLERANCE = 0.05  # 'lähes 1 600' for 310 + 1 100 + 186
MAX_PARTS = 8


ONE_DAY = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?!\d{1,2}\.)")  # '16.3.', '16.3.2022'; not '1.–3.3.'


def _without_one_days_events(group: list[Labelled]) -> list[Labelled]:
    """The attendance of one day's event ('rekrytointipäivä 16.3. keräsi noin 260 kävijää') is a part of a larger
    attendance of events not tied to a day ('Tapahtumien kävijöitä: noin 900')."""
    undated = [c.value for c, lb in group if not ONE_DAY.search(c.sentence.text) and _over_events(c)]
    return [(c, lb) for c, lb in group if not (ONE_DAY.search(c.sentence.text) and any(v > c.value for v in undated))]


def _without_town_rows_of_a_total(group: list[Labelled]) -> list[Labelled]:
    """Rows of a statistic per town that add up to the area's figure stated for the same date ('Sysmä | 68',
    'Padasjoki | 49', 'Asikkala | 97' beside 'Kolmen kunnan alueella … yhteensä 214') are its parts."""
    by_date: dict[str | None, list[Labelled]] = defaultdict(list)
    for x in group:
        by_date[indicator_date(x[0])].append(x)
    parts: set[int] = set()
    for same in by_date.values():
        rows = [x for x in same if x[0].sentence.is_row]
        values = sorted({x[0].value for x in same})
        if len(rows) >= 2 and len(values) <= MAX_PARTS:
            summed = _summed_parts(values, lambda total: 0.5)
            parts |= {id(x) for x in rows if x[0].value in summed}
    return [x for x in group if id(x) not in parts]


def _over_events(c: Candidate) -> bool:
    """The figure counts the attendance of all the events ('Tapahtumien kävijöitä: noin 900'; not
    'rekrytointitapahtumissa kävi noin 720', events of one kind)."""
    return any(token_lemma(t) in ALL_EVENTS and t.morph.get("Number") == ["Plur"] for t in c.sentence.span)


ALL_EVENTS = ("tapahtuma", "tilaisuus")


def _without_parts(group: list[Labelled]) -> list[Labelled]:
    """Figures that add up to another of their kind are its parts and give way to it: attendance per
    kind of event ('Infoissa 310, rekrytointitapahtumissa 1 100 ja työpajoissa 186 … Kaikkiaan lähes
    1 600 henkilöä'), an outcome's rows ('Oppisopimuskoulutus 6', 'Muu koulutus 10', 'Koulutukseen 16')."""
    values = sorted({c.value for c, _ in group})
    if len(values) > MAX_PARTS:
        return _without_table_rows(group)
    if len(values) < 3:
        return group
    hedged = {c.value for c, lb in group if c.approx and lb.total}  # 'Kaikkiaan … lähes 1 600', not 'noin 350'
    # an exact total adds up exactly
    parts = _summed_parts(values, lambda total: PARTS_TOLERANCE * total if total in hedged else 0.5)
    return [x for x in group if x[0].value not in parts]


def _summed_parts(values: list[float], tolerance) -> set[float]:
    """The values that, two or more together, add up to a larger one (within `tolerance(total)`)."""
    parts: set[float] = set()
    for total in values:
        others = [v for v in values if v < total]
        for mask in range(1, 1 << len(others)):
            chosen = [v for k, v in enumerate(others) if mask >> k & 1]
            if len(chosen) >= 2 and abs(sum(chosen) - total) <= tolerance(total):
                parts.update(chosen)
    return parts


def _without_table_rows(group: list[Labelled]) -> list[Labelled]:
    """Too many figures to try every sum: only a table's total row ('Yhteensä | | | 2 420') and the rows
    above it with the same columns that add up to it exactly."""
    parts: set[float] = set()
    for c, lb in group:
        if lb.total and c.sentence.is_row and c.sentence.columns:
            rows = {o.value for o, _ in group if o is not c and o.sentence.is_row and o.value < c.value and
                    o.sentence.columns == c.sentence.columns}
            if len(rows) >= 2 and abs(sum(rows) - c.value) <= 0.5:
                parts |= rows
    return [x for x in group if x[0].value not in parts]


def _distinct(doc: Document, group: list[Labelled]) -> list[Fact]:
    """One fact per value; an indicator's same value at two dates ('6/2013 | 66', '7/2013 | 66') is two."""
    clusters: list[tuple[str | None, list[Labelled]]] = []
    for c, lb in group:
        date = indicator_date(c) if lb.group == "indicators" else None
        same = next((x for d, x in clusters if x[0][0].value == c.value and (d is None or date is None or d == date)),
                    None)
        if same is None:
            clusters.append((date, [(c, lb)]))
        else:
            same.append((c, lb))
    return [_fact(doc, *xs[0], more=tuple(c for c, _ in xs[1:])) for _, xs in clusters]


def _outcomes(doc: Document, by_kind: dict, clients: Candidate | None = None,
              all_candidates: list[Candidate] = ()) -> list[Fact]:
    """One outcome per kind; a count and a percentage of the same kind in one sentence merge; the
    base is filled when the text states it, or is the group figure of the text whose share the
    percentage is."""
    facts = []
    by_kind = _without_cross_kind_totals(by_kind)
    employed = by_kind.get(("outcomes", "employed"))
    employed_count = _best([x for x in employed if x[0].unit != "pct"] or employed)[0] if employed else None
    for (_, kind), group in by_kind.items():
        counts = _without_parts([x for x in group if x[0].unit != "pct" and not _beyond_clients(x[0], clients)])
        pcts = [x for x in group if x[0].unit == "pct"]
        if not counts and not pcts:
            continue
        paired = [x for x in counts if any(p[0].sentence is x[0].sentence for p in pcts)]
        if kind == "employed":
            paired = _of_all_clients(paired, pcts, clients) or paired
        best_count = _best(paired or counts) if counts else None  # a row's count with its share: 'Työ | 17 | 9,2'
        exact = [x for x in counts if not x[0].approx and not x[1].split and best_count and
                 _within_hedge(best_count[0], x[0].value)]
        if best_count and best_count[0].approx and exact:  # 'lähes viisikymmentä töihin' in the headline, '47
            best_count = _best(exact)  # hankkeen asiakasta on löytänyt töitä' in the story
        best_pct = _best(pcts) if pcts else None
        if best_count and best_pct and best_count[0].sentence is not best_pct[0].sentence:
            same = [p for p in pcts if p[0].sentence is best_count[0].sentence]
            best_pct = _best(same) if same else best_pct
        values: dict = {}
        main = best_count or best_pct
        more = ()
        if best_count:
            values.update(_values(*best_count))
        if best_pct:
            values["percent"] = best_pct[0].value
            if best_count:
                more = (best_pct[0],)
        dup = tuple(c for c, _ in counts if c is not main[0] and best_count and c.value == best_count[0].value)
        base = _base(main[0], clients, employed_count if kind != "employed" else None, all_candidates)
        if "count" in values and "percent" in values and not _share_of_base(values, base):
            base = next((int(o.value) for o in all_candidates if o.unit is None and o.value == int(o.value)
                         and o.value > values["count"] and _share_of_base(values, o.value)), base)
        if base is not None and base != values.get("count"):
            values["base"] = base
        facts.append(_fact(doc, *main, values=values, more=more + dup))
    return _results_base(facts, clients)


def _of_all_clients(paired: list[Labelled], pcts: list[Labelled], clients: Candidate | None) -> list[Labelled]:
    """Of counts given with their share ('71 asiakasta eli 33,5 prosenttia' beside a subgroup's 'heistä 21 eli
    45,7 prosenttia'), those whose share is of all the clients."""
    if clients is None:
        return []
    return [x for x in paired if any(p[0].sentence is x[0].sentence and
                                     _share_of_base({"count": x[0].value, "percent": p[0].value}, clients.value)
                                     for p in pcts)]


def _results_base(facts: list[Fact], clients: Candidate | None) -> list[Fact]:
    """When the employed share is of another group than the clients ('Valmennuksen päättäneistä 41 eli
    36,6 %' of 112 finishers), the report's results are of that group: the other kinds that only
    defaulted to the clients take it too."""
    employed = next((f for f in facts if f.kind == "employed" and "percent" in f.values), None)
    if clients is None or employed is None or employed.values.get("base") in (None, int(clients.value)):
        return facts
    group = employed.values["base"]
    return [replace(f, values={**f.values, "base": group}) if f.values.get("base") == int(clients.value)
            and f.values.get("count", 0) < group else f for f in facts]


def _share_of_base(values: dict, base: float | None) -> bool:
    """'41 henkilöä eli 36,6 %' is of 112: the count over the base gives the percentage as written."""
    if not base:
        return False
    written = f"{values['percent']:g}"
    decimals = len(written.split(".")[1]) if "." in written else 0
    return round(100 * values["count"] / base, decimals) == values["percent"]


WIDER_KINDS = {"employed": ("employed_open_market", "employed_subsidised")}


def _without_cross_kind_totals(by_kind: dict) -> dict:
    """A count that adds up the counts of several other kinds ('Palvelujen piiriin saatiin 93' after the
    rows 27 + 14 + 9 + 12 + 31) is a total over kinds, not a figure of the one kind its words name; it
    gives way to a count of its own kind among the parts."""
    counts_by_kind = {kind: {c.value for c, _ in group if c.unit is None and c.value == int(c.value)}
                      for (_, kind), group in by_kind.items()}
    out = {}
    for key, group in by_kind.items():
        kind = key[1]
        counts = counts_by_kind[kind]
        totals = {v for v in counts if len(counts) > 1 and _sums_other_kinds(v, kind, counts_by_kind)}
        if not totals or not counts - totals:
            out[key] = group
            continue
        dropped = [c.sentence for c, _ in group if c.unit is None and c.value in totals]
        out[key] = [x for x in group if not (x[0].unit is None and x[0].value in totals) and
                    not (x[0].unit == "pct" and any(x[0].sentence is s for s in dropped))]  # nor its share
    return out


def _sums_other_kinds(total: float, kind: str, counts: dict[str, set[float]]) -> bool:
    """A smaller count of this kind and the largest count of every other kind, at least two of them,
    add up to `total` exactly (a wider kind stands for its parts, 'employed' for the open-market and
    subsidised work it holds)."""
    narrower = set(WIDER_KINDS.get(kind, ()))
    others = [max(values) for k, values in counts.items() if k != kind and k not in narrower and values and
              not any(k in parts and counts.get(wide) for wide, parts in WIDER_KINDS.items())]
    return len(others) >= 2 and any(own + sum(others) == total for own in counts[kind] if own < total)


IMPLAUSIBLE_RATIO = 3  # no outcome counts three times the project's clients


def _beyond_clients(c: Candidate, clients: Candidate | None) -> bool:
    """'palkkatukityö … 41 500' beside 97 clients: a count no outcome of this project can have."""
    return clients is not None and c.value > IMPLAUSIBLE_RATIO * clients.value


ANAPHORIC_GROUPS = ("heistä", "joista", "näistä")
EMPLOYED_GROUP = "työllistyneistä"


def _base(c: Candidate, clients: Candidate | None, employed: Candidate | None,
          all_candidates: list[Candidate]) -> int | None:
    """The group an outcome is of: stated ('164 asiakkaasta 78 työllistyi', '236 asiakasta, joista 64',
    'Työllistyneistä kaksi kolmasosaa', 'Asiakkaita oli 97. Heistä 24 työllistyi'), else, as the
    annotations read every report, the project's clients."""
    tokens = list(c.sentence.span)
    before = [o for o in all_candidates if o.sentence is c.sentence and o.unit is None and o.token_i < c.first
              and o.value == int(o.value)]
    clause = tokens[before[-1].token_i + 1 if before else 0:c.first]  # back to the number before, if any
    words = [t.text.casefold() for t in clause] + ([t.text.casefold() for t in c.lead.span] if c.lead else [])
    if before and (is_base(before[-1]) or any(w in ANAPHORIC_GROUPS for w in words)):
        return int(before[-1].value)
    if employed is not None and employed.unit is None and EMPLOYED_GROUP in words:
        return int(employed.value)
    if any(w in ANAPHORIC_GROUPS for w in words):
        previous = _previous_count(c, all_candidates)
        if previous is not None:
            return int(previous.value)
    return int(clients.value) if clients is not None else None


def _previous_count(c: Candidate, all_candidates: list[Candidate]) -> Candidate | None:
    """The last whole count of people in the sentence right before ('Asiakkaita oli yhteensä 97.' + 'Heistä
    ...'), not of places or things ('kahden pienen kunnan mittakaavassa')."""
    start = c.lead.start if c.lead is not None else c.sentence.start
    counts = [o for o in all_candidates if o.unit is None and o.value == int(o.value) and o.value > 1 and
              0 <= start - o.sentence.end <= 3 and not head_lemma(o).endswith(tuple(cues()["distractor_heads"]))]
    return counts[-1] if counts else None


def _money(doc: Document, by_kind: dict, all_candidates: list[Candidate]) -> list[Fact]:
    by_kind = _without_funding_parts(_without_public_totals(by_kind))
    chosen = {kind: _own_share(group, all_candidates) if kind == "own_funding" else _best(_first_items(kind, group))
              for (_, kind), group in by_kind.items()}
    if "budget" in chosen and "total_cost" not in chosen and chosen["budget"][0].value_max is None:
        c, lb = chosen.pop("budget")
        chosen["total_cost"] = (c, Label("money", "total_cost", lb.score, lb.planned))
    facts = []
    total = chosen.get("total_cost")
    picks = list(chosen.items())
    if "budget" in chosen and chosen["budget"][0].value_max is not None and total is not None:
        figures = [x for x in by_kind.get(("money", "budget"), []) if x[0].value_max is None]
        if figures:  # 'Budjetti: 250 000–500 000 €' and the planned total beside the realised one
            picks.append(("budget", max(figures, key=lambda x: (x[1].planned, _rank(x)))))  # the plan's figure
    for kind, (c, lb) in picks:
        values = {"eur": c.value} if c.value_max is None else {"eur_min": c.value, "eur_max": c.value_max}
        values.update(_share_dict(c, all_candidates))
        dups = tuple(x for group in by_kind.values() for x, _ in group if x is not c and x.value == c.value)
        facts.append(_fact(doc, c, lb, values, more=dups))
    if "own_funding" in chosen:
        facts += [_fact(doc, c, lb, {"eur": c.value, **_share_dict(c, all_candidates)}) for c, lb in
                  _further_payers(chosen["own_funding"], by_kind[("money", "own_funding")], all_candidates)]
    for kind in ADDED_KINDS:  # 'Lisäksi säästöä kertyi 95 000 euroa toimeentulotuen menoista': one more
        if kind in chosen:
            facts += [_fact(doc, c, lb, {"eur": c.value}) for c, lb in by_kind[("money", kind)]
                      if c is not chosen[kind][0] and c.value != chosen[kind][0].value and not lb.split and
                      c.value_max is None and _additional(c)]
    facts += _derived_shares(doc, chosen, total, all_candidates)
    return facts


ADDED_KINDS = ("savings", "award")
SUM_TOLERANCE = 0.5  # euros: the rows of a financing table add up to the cent


def _further_payers(chosen: Labelled, group: list[Labelled], all_candidates: list[Candidate]) -> list[Labelled]:
    """'Virolahden kunnan omarahoitusosuus oli 12 % eli 40 494 euroa ja Miehikkälän kunnan 8 % eli 26 996 euroa',
    a financing table's rows 'Tampereen kaupunki | 164 462 | 15 %' and 'Valmennussäätiö Tähkä sr | 54 820 | 5 %':
    with no sum of them stated (it would have taken their place), each payer's realised own share is an item."""
    first = chosen[0]
    if _not_own_money(first):
        return []
    out: list[Labelled] = []
    for c, lb in group:
        if c.value in {first.value} | {x.value for x, _ in out} or lb.planned or lb.split or c.value_max is not None \
                or c.value < MIN_PAYERS_SHARE or _not_own_money(c):
            continue
        if c.sentence is first.sentence and PART_OF.search(c.sentence.text[first.end - c.sentence.start:
                                                                         c.start - c.sentence.start]):
            continue  # '… 97 583 €; siitä Iisalmen kaupunki maksoi 68 309 €, Vieremän kunta 14 637 €': its parts
        if c.sentence is not first.sentence and not (_payers_share(first, all_candidates) and
                                                     _payers_share(c, all_candidates)):
            continue
        same_table = c.sentence.is_row and first.sentence.is_row and c.sentence.columns == first.sentence.columns \
            and c.sentence.caption == first.sentence.caption
        if c.sentence is first.sentence or same_table:  # 'X:n omarahoitusosuus oli … ja Y:n …'; the table's rows
            out.append((c, lb))
    return out


NOT_OWN_MONEY = re.compile(r"yksityi|avustu|lahjoi|ESR|valtio", re.IGNORECASE)  # private money, grants
ROW_SHARE = re.compile(r"\d\s?%")


MIN_PAYERS_SHARE = 1000  # euros: a smaller figure in a funding row is its percentage ('| 49 446 | 30')
PART_OF = re.compile(r"\b(?:siitä|josta|joista|mistä)\b", re.IGNORECASE)
CLAUSE_EDGE = re.compile(r"[,;:]|\sja\s|\ssekä\s")


def _not_own_money(c: Candidate) -> bool:
    """Private money or a grant, by the row's label or the amount's own clause."""
    before = c.sentence.text[:c.start - c.sentence.start]
    words = c.sentence.label if c.sentence.is_row else CLAUSE_EDGE.split(before)[-1]
    return bool(NOT_OWN_MONEY.search(words))


def _payers_share(c: Candidate, all_candidates: list[Candidate]) -> bool:
    """An own share of a payer stated with its percentage ('Tampereen kaupunki | 164 462 | 15 %', 'Helsingin
    kaupungin rahoitus (22 %) | …', '… 12 % eli 40 494 euroa')."""
    return _share_of(c, all_candidates) is not None or (c.sentence.is_row and (
        bool(ROW_SHARE.search(c.sentence.label)) or _share_column(c, all_candidates)))


def _share_column(c: Candidate, all_candidates: list[Candidate]) -> bool:
    """A percentage in the same table row as the amount."""
    return any(o.sentence is c.sentence and o.unit == "pct" for o in all_candidates)


def _share_dict(c: Candidate, all_candidates: list[Candidate]) -> dict:
    share = _share_of(c, all_candidates)
    return {} if share is None else {"share_pct": share}


def _without_public_totals(by_kind: dict) -> dict:
    """'Julkinen rahoitus yhteensä | 475 519,95' under the EU and state grant's row (366 536,45) and the
    municipalities' rows (74 284,72 + 34 698,78): a table's public total that is the grant plus the
    co-funding above it is not the grant, and gives way to it."""
    public, own = by_kind.get(("money", "public_funding"), []), by_kind.get(("money", "own_funding"), [])
    public_values = {c.value for c, _ in public}
    kept = [x for x in public if not _grant_plus_cofunding(x[0], [c for c, _ in public if c is not x[0]],
                                                          [c for c, _ in own if c.value not in public_values])]
    return {**by_kind, ("money", "public_funding"): kept} if public and kept else by_kind


def _grant_plus_cofunding(total: Candidate, grants: list[Candidate], cofunding: list[Candidate]) -> bool:
    def above(c: Candidate) -> bool:  # a row of the same table above the total's row, in euros
        return (c.sentence.is_row and c.sentence.columns == total.sentence.columns and c.start < total.start and
                c.unit == "eur" and c.value_max is None and c.value > 0)
    if not total.sentence.is_row or total.unit != "eur":
        return False
    shares = sorted({c.value for c in cofunding if above(c)})[:MAX_PARTS]
    sums = {sum(v for k, v in enumerate(shares) if mask >> k & 1) for mask in range(1, 1 << len(shares))}
    return any(abs(g.value + s - total.value) <= SUM_TOLERANCE for g in grants if above(g) for s in sums)


FUNDING_KINDS = ("public_funding", "own_funding")


def _without_funding_parts(by_kind: dict) -> dict:
    """'Ranuan kunta | 37 484' and 'Posion kunta | 18 742' beside 'kunnat maksoivat … yhteensä 56 226 euroa': the
    payers' parts give way to the sum they add up to."""
    out = dict(by_kind)
    for kind in FUNDING_KINDS:
        group = by_kind.get(("money", kind), [])
        values = sorted({c.value for c, _ in group if c.value_max is None})[:MAX_PARTS]
        parts = _summed_parts(values, lambda total: SUM_TOLERANCE)
        if parts:
            out[("money", kind)] = [x for x in group if x[0].value not in parts]
    return out


def _first_items(kind: str, group: list[Labelled]) -> list[Labelled]:
    """Of a kind that may have a further item, those not added to it ('Lisäksi …'), if any."""
    first = [x for x in group if not _additional(x[0])] if kind in ADDED_KINDS else group
    return first or group


def _additional(c: Candidate) -> bool:
    """'Lisäksi' opens the figure's clause: a further item of its kind, not the same one again."""
    return any(t.lower_ == "lisäksi" for t in list(c.sentence.span)[max(0, c.first - 6):c.first])


def _own_share(group: list[Labelled], all_candidates: list[Candidate]) -> Labelled:
    """Of co-financing, the implementer's own share ('yhdistyksen omarahoitus 8 %') before the
    municipalities' money that joins it ('Kuntien rahoitus 20 %'), when both are realised."""
    def rank(x: Labelled) -> tuple:
        r = _rank(x)  # (not planned, not split, revised, ...): the explicit own share right after those
        explicit = cue_distance_score(x[0], EXPLICIT_OWN, set(), window=6) >= 0.5
        return r[:3] + (explicit, _with_share(x[0], all_candidates)) + r[3:]
    return max(group, key=rank)


def _with_share(c: Candidate, all_candidates: list[Candidate]) -> bool:
    """'kuntien omarahoitusosuus on 97 150 euroa (25 %)': an amount given with its share of the project's
    money, unlike the city's own spending elsewhere ('kaupunki käytti omaa rahoitustaan 412 000 euroa'); a
    funding table's row has its share in a column of its own."""
    return c.sentence.is_row or _share_of(c, all_candidates) is not None


def _share_of(c: Candidate, all_candidates: list[Candidate]) -> float | None:
    """A percentage right after an amount ('459 360 euroa (75 %)') or restated by it ('20 % eli
    96 000 euroa') is its share."""
    for other in all_candidates:
        if other.sentence is c.sentence and other.unit == "pct" and _attached(other, c):
            return other.value
    return None


def _attached(pct: Candidate, amount: Candidate) -> bool:
    if 0 <= pct.start - amount.end <= 12:
        return True
    gap = pct.sentence.text[pct.end - pct.sentence.start:amount.start - pct.sentence.start]
    words, reach = gap.split(), 18
    if words[:1] and ELATIVE_WORD.fullmatch(words[0]):
        reach += len(words[0]) + 1  # '85 prosenttia kustannuksista eli noin 442 000 euroa'
        words = words[1:]
    return 0 <= amount.start - pct.end <= reach and words[:1] == ["eli"] and \
        all(w in ("eli", "yhteensä", "kaikkiaan", "noin") for w in words)  # '30 % eli yhteensä 56 226 euroa'


ELATIVE_WORD = re.compile(r"\w+(?:sta|stä)", re.IGNORECASE)


def _derived_shares(doc: Document, chosen: dict, total, all_candidates: list[Candidate]) -> list[Fact]:
    """'ESR- ja valtion osuus 80 %' with no amount: eur = share x total cost (marked derived)."""
    if total is None or total[0].value_max is not None:
        return []
    money_cues, exclude = cues()["money"], cues()["money_exclude"]
    amounts = [c for c in all_candidates if c.unit == "eur"]
    out = []
    for c in all_candidates:
        if c.unit != "pct" or not 0 < c.value <= 100 or c.source == "every_nth":
            continue  # 'joka kymmenes … asiakas' is a share of people, never of money
        if any(a.sentence is c.sentence and _attached(c, a) for a in amounts):
            continue  # the share of an amount that is stated
        if cue_distance_score(c, list(SHARE_WORDS), set(), window=6, label_bonus=False) < 0.3:
            continue
        scores = {k: cue_distance_score(c, money_cues[k], set(), window=6, exclude=tuple(exclude[k]),
                                        label_bonus=not c.sentence.label or c.sentence.is_row)
                  for k in ("public_funding", "own_funding")}
        kind = max(scores, key=lambda k: scores[k])
        if scores[kind] < 0.3 or kind in chosen:
            continue
        eur = round(total[0].value * c.value / 100)
        lb = Label("money", kind, 0.6 * scores[kind])
        fact = _fact(doc, c, lb, {"eur": eur, "share_pct": c.value})
        out.append(Fact(fact.group, fact.kind, fact.values, tuple(
            Evidence(e.page, e.char_start, e.char_end, e.sentence, "derived:share_of_total") for e in fact.evidence),
            fact.confidence))
        chosen[kind] = (c, lb)
    return out
