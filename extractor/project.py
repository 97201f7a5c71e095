"""Project-level facts: EURA code and period here; name (names.py), organisations (orgs.py),
municipalities and regions (places.py) from their modules."""

from __future__ import annotations

import re
from typing import Callable

from extractor.cue_match import verb_above
from extractor.dates import find_dates, find_edges, find_periods, find_yearless_days
from extractor.mentions import PROJECT_NOUNS, other_project
from extractor.scope import SECTION_NUMBER, ProjectScope, project_scope
from extractor.names import project_name
from extractor.orgs import field_label, find_organisations
from extractor.places import find_places, find_regions
from extractor.posts import thread
from extractor.records import Document, Evidence, Fact
from extractor.segment import Sentence

CODE = re.compile(r"\b([SA]\d{5})\b")
PERIOD_CUES = ("hanke", "projekt", "toteutusaika", "ajalla", "aikana", "toteut", "toimi", "kest", "käynnist",
               "kesto", "ajanjakso", "aika", "alka", "päätty", "toiminta")
NOT_PERIOD_CUES = ("hallitus", "ohjelmakau", "ohjelma", "rakennerahasto", "strategia", "seuranta",
                   "tilasto", "vertailu", "päivitetty", "julkaistu", "mennessä", "edellinen", "alkuperäinen",
                   "aiempi", "jatkohank", "jatkoprojekt", "edeltä",  # 'edeltäjä, vuosina 2011–2014 …'
                   "keskeyty", "keskeytys", "tauko",  # 'Ryhmätoiminta oli keskeytyksissä 18.3.–31.5.2020'
                   # the programme: 'Kestävää kasvua ja työtä 2014–2020', its toimintalinja and erityistavoite
                   "toimintalinja", "erityistavoite", "kestävä kasvu",
                   "seuraaja", "säästö",  # 'säästöjä … vuosien 2017–2019 aikana': the years of a saving
                   "hoitovapaa", "virkavapaa", "vanhempainvapaa", "opintovapaa", "sairausloma", "äitiysloma",
                   "isyysloma", "vuosiloma")  # 'työvalmentaja oli hoitovapaalla 1.3.–31.8.2018': a person's leave
PROGRAMME_CUES = ("ohjelmakau", "ohjelma", "rakennerahasto", "toimintalinja", "erityistavoite", "kestävä kasvu")
START_LABELS = ("aloituspäivä", "alkamispäivä", "alkupäivä", "alkaa", "aloitus", "alkamisaika", "alkoi", "alkanut",
                "käynnistyi", "käynnistynyt")
END_LABELS = ("lopetuspäivä", "päättymispäivä", "loppupäivä", "päättyy", "päättyminen", "päättymisaika", "päättyi",
              "päättynyt", "loppui", "loppunut")
PERIOD_LABELS = ("toteutusaika", "hankkeen kesto", "kesto", "toiminta-aika", "hankeaika", "projektiaika",
                 "toteutusaikataulu", "aikataulu", "hankkeen toteutusaika", "projektin kesto")


def evidence(doc: Document, sent: Sentence, start: int, end: int, method: str) -> Evidence:
    return Evidence(doc.page_at(start), start, end, sent.text, method)


def project_facts(doc: Document, sentences: list[Sentence]) -> list[Fact]:
    facts: list[Fact] = []
    organisations = find_organisations(doc, sentences)
    facts += project_name(doc, sentences, [f.values["value"] for f in organisations])
    names = [f.values["value"] for f in facts if f.kind == "name"]
    scope = project_scope(doc.text, names[0] if names else None)
    facts += _code(doc, sentences, scope)
    own = list(scope.own)
    if own and other_project(doc.text, own):  # only then can an organisation run another named project
        organisations = find_organisations(doc, sentences, own)
    if scope.subproject:  # the umbrella's administrator is not the sub-project's
        organisations = find_organisations(doc, [s for s in sentences if not scope.foreign(s)], own)
    others = [False] * len(sentences)
    if not scope.subproject and any(others := [scope.in_others_section(s) or scope.beside(s) or
                                               scope.about_new_project(s) for s in sentences]):
        # nor another project's, in a section of its own or in a sentence about a sister project
        organisations = find_organisations(doc, [s for s, o in zip(sentences, others) if not o], own)
    sections = scope.sections(doc.text)
    other_unit = [bool(sections.own_headings and sections.outside(s) and SECTION_NUMBER.match(s.heading))
                  for s in sentences]
    if any(other_unit):  # an annual report: the funders and towns of its other numbered units are not the project's
        organisations = find_organisations(doc, [s for s, o, u in zip(sentences, others, other_unit)
                                                 if not o and not u], own)
    period = _period(doc, [s for s in sentences if not scope.foreign(s)], names[0] if names else None)
    facts += period
    start = next((f.values["value"] for f in period if f.kind == "start_date"), None)
    end = next((f.values["value"] for f in period if f.kind == "end_date"), None)
    implementers = tuple(f.values["value"] for f in organisations if f.kind == "implementers")
    places = find_places(doc, sentences, start, implementers, scope, end, other_unit)
    facts += places
    facts += find_regions(doc, sentences, places)
    facts += organisations
    return facts


def _fact(kind: str, value, ev: Evidence, confidence: float = 0.9, **extra) -> Fact:
    return Fact("project", kind, {"value": value}, (ev,), confidence, extra)


def _code(doc: Document, sentences: list[Sentence], scope: ProjectScope | None = None) -> list[Fact]:
    """The project's EURA code: the first one outside sentences about another project ('Saarijärven kaupungin
    hallinnoiman Seututyö-hankkeen (S21170)'), or when that one follows another name, the first one right after
    the project's own name; else the first."""
    found = [(s, m) for s in sentences if (m := CODE.search(s.text))]
    own = [x for x in found if (scope is None or not scope.foreign(x[0])) and not _containers_code(*x)]
    def before(x) -> str:
        return x[0].text[max(0, x[1].start() - NAME_REACH):x[1].start()]
    named = [x for x in found if scope is not None and scope.names_own(before(x)) and not _containers_code(*x)]
    if scope is not None and own and (m := NAME_BEFORE_CODE.search(before(own[0]))) and not scope.names_own(m[0]):
        own = [x for x in own if x in named] + own  # 'Lyhde (S21953) toimi …' after '… myös Vinssin (S21311)':
        # a code right after another name gives way to the one after the project's own
    for s, m in own[:1] or named[:1] or found[:1]:  # also in a sentence about the next project only ('uusi
        # Revontuli-hanke jatkaa siitä, mihin … päättynyt Ruska – … (S21926) jäi')

        ev = evidence(doc, s, s.start + m.start(), s.start + m.end(), "rule:eura_code")
        return [_fact("code", m.group(1), ev, 0.95)]
    return []


NAME_REACH = 60  # characters before a code that may hold the project's name
NAME_BEFORE_CODE = re.compile(r"[A-ZÅÄÖ][\w–-]+\s*\(\s*$")  # 'Vinssin (' right before the code


CONTAINERS = ("koordinaatiohanke", "kattohanke", "sateenvarjohanke", "koordinaatioprojekti", "kattoprojekti",
              "kokonaisuus", "ohjelma")  # not 'TyöVire-hankkeessa (S22419)': the project itself
WITHIN_CASES = ("Ine", "Ill", "Ela")


def _containers_code(s: Sentence, m: re.Match) -> bool:
    """'Osahanke Lakeus-Linkki – … koordinaatiohankkeessa (S11205)': the code of what the project is a part of."""
    before = [t for t in s.span if t.idx - s.span.start_char < m.start() and not t.is_punct]
    return bool(before) and any(case in WITHIN_CASES for case in before[-1].morph.get("Case")) and \
        before[-1].lemma_.casefold().endswith(CONTAINERS)


def _period(doc: Document, sentences: list[Sentence], name: str | None = None) -> list[Fact]:
    start = end = None
    for s in sentences:
        label = _date_label(s)
        dates = find_dates(s.text.split(":", 1)[-1] if ":" in s.text else s.text)
        if dates and any(label.startswith(x) for x in START_LABELS) and start is None:
            start = (dates[0].start, s, 0.95)
        if dates and any(label.startswith(x) for x in END_LABELS) and end is None:
            end = (dates[0].start, s, 0.95)
    best = _best_period(sentences)
    dated = _dated_by(doc.text, sentences)
    cued_start = _cued_date(sentences, "start", name, dated)
    cued_end = _cued_date(sentences, "end", name, dated)
    if best is not None and cued_start and cued_end and cued_start[0] < cued_end[0] and (
            best[2] < 0.7 or len(best[0].start) == 4 and len(cued_start[0]) == 10 and
            cued_start[0][:4] != best[0].start):
        best = None  # 'käynnistyi 1.9.2011 ... päättyi 31.8.2014' beats a weak range elsewhere, or years that do not
        # hold its start ('on toiminut 1.8.2019 alkaen … päättyy 31.12.2022' beside 'arvioi … vuosina 2021–2022')
    if best is not None:
        p, s, score = best
        later = [x for x in sentences if x.start > s.start] if _planned_period(s, p.char_start) else []
        naming = [x for x in sentences if name and name.split()[0].casefold()[:5] in x.text.casefold()]
        if start is None:  # refined by the first start date, else by one in a sentence that names the project
            later_start = [] if PLANNED_END_NOTE.search(s.text) else later  # not when only the end was planned
            # ('Toteutusaika | 1.3.2016–28.2.2019 (alkuperäinen päättymispäivä 31.12.2018)')
            start = _finer(cued_start, p.start) or _finer(_cued_date(naming, "start", name, dated), p.start) or \
                _as_precise(_cued_date(later_start, "start", name, dated), p.start) or (p.start, s, score)
        if end is None:  # ('Turku on ollut mukana kuntakokeilussa 1.3.2021 alkaen' + 'Kykyverstas aloitti 1.3.2018')
            end = _finer(cued_end, p.end) or _finer(_cued_date(naming, "end", name, dated), p.end) or \
                _as_precise(_cued_date(later, "end", name, dated), p.end) or (p.end, s, score)
    start, end = start or cued_start, end or cued_end
    end = _changed_end(sentences, start, end) or end
    start, end = _same_period_finer(sentences, start, end)
    facts = []
    for kind, item in (("start_date", start), ("end_date", end)):
        if item:
            value, s, score = item
            facts.append(_fact(kind, value, evidence(doc, s, s.start, s.end, "rule:period"), score))
    return facts


def _same_period_finer(sentences: list[Sentence], start, end):
    """The same period said to the day elsewhere ('Toteutusaika: 08/2018–07/2020' + 'ajalla 1.8.2018 -
    31.7.2020'): the finer dates, both or neither."""
    if not start or not end or len(start[0]) == 10 and len(end[0]) == 10:
        return start, end
    for s in sentences:
        for p in find_periods(s.text):
            if any(c in _lemmas_around(s, p.char_start) for c in NOT_PERIOD_CUES):
                continue
            if p.start.startswith(start[0]) and p.end.startswith(end[0]) and \
                    len(p.start) + len(p.end) > len(start[0]) + len(end[0]):
                return (p.start, s, start[2]), (p.end, s, end[2])
    return start, end


PLANNED_END_NOTE = re.compile(r"\balkuperäi\w*\s+(?:päättymis|lopetus|loppu)\w*", re.IGNORECASE)
PLANNED_CUES = ("suunnitella", "suunniteltu", "alkuperäinen", "alun perin")


def _planned_period(s: Sentence, char: int) -> bool:
    """'Suunniteltu toteutusaika: 1.3.2016–31.12.2018', 'alkuperäisen suunnitelman mukaan …', 'hyväksyttiin alun
    perin …': the plan's period, which a start or end a verb dates after it tells how it went ('käynnistyi
    kuukauden suunniteltua myöhemmin 1.4.2016', 'Hanke päättyi 31.12.2021')."""
    lemmas = _lemmas_around(s, char) + " " + s.label.casefold()
    return any(c in lemmas for c in PLANNED_CUES)


def _as_precise(cued, planned: str):
    """A date at least as precise as the planned one ('käynnistyi … 1.4.2016' for 1.3.2016; not 'projektin
    käynnistyessä elokuussa 2009' for 1.9.2009)."""
    return cued if cued and len(cued[0]) >= len(planned) else None


def _finer(cued, year: str | None):
    """A month or day of the same year (or month) said elsewhere refines a range of years or months
    ('TUKIVERKKO 2014–2016' + 'käynnistyi tammikuussa 2014', '… jatkuu vuoden 2021 loppuun' + 'Merituuli päättyy
    31.12.2021')."""
    if cued and year and len(year) in (4, 7) and cued[0][:len(year)] == year and len(cued[0]) > len(year) and \
            any(lemma.startswith(EDGE_VERBS) for lemma in cued[1].lemmas):
        return cued
    return None


EDGE_VERBS = ("alkaa", "käynnistyä", "aloittaa", "päättyä", "loppua", "päättää")  # not 'viimeinen kausi'


CHANGE_CUES = ("muuttaa", "muutettu", "muutos", "jatkaa", "pidentää", "jatkoaika")


def _changed_end(sentences: list[Sentence], start, end):
    """A change decision's new period: 'Muutettu toteutusaika on siis 1.3.2016–31.8.2018' replaces
    the original 1.3.2016–28.2.2018 (same start, later end); so does an extension to a later month
    ('myönsi jatkoaikaa … toukokuun 2018 loppuun'), to the day where an end sentence gives it."""
    if not start or not end:
        return None
    later = []
    for s in sentences:
        if any(c in lemma for lemma in s.lemmas for c in CHANGE_CUES):
            later += [(p.end, s) for p in find_periods(s.text) if p.start == start[0] and p.end > end[0]]
            if EXTENSION.search(s.text) and not find_periods(s.text):  # 'myönsi jatkoaikaa … toukokuun 2018 loppuun'
                later += [(d.start, s) for d in find_dates(s.text) if d.start[:7] > end[0][:7] and (
                    UNTIL_AFTER.match(s.text, d.char_end) or ENDS_BEFORE.search(s.text[:d.char_start]))]
    if not later:
        return None
    value, s = max(later, key=lambda x: x[0])
    if len(value) == 7:  # a month: 'Työtalli päättyi 31.5.2018' gives its day
        value = next((d.start for x in sentences if END_VERB.search(x.text) for d in find_dates(x.text)
                      if len(d.start) == 10 and d.start.startswith(value)), value)
    return value, s, end[2]


EXTENSION = re.compile(r"\bjatkoai\w*|\bjatkettiin\b|\b(?:toteutus|hanke|projekti)ai\w*\s+jatketaan\b|\bpidenn\w*",
                       re.IGNORECASE)  # 'toteutusaikaa jatketaan 31.12.2019 saakka'; not 'työvalmennusta jatketaan'
END_VERB = re.compile(r"\bpäätty\w*", re.IGNORECASE)
UNTIL_AFTER = re.compile(r"\s*(?:loppuun|asti|saakka)\b", re.IGNORECASE)  # 'toukokuun 2018 loppuun asti'
ENDS_BEFORE = re.compile(r"\bpäätty\w*\s+$", re.IGNORECASE)  # 'ja se päättyy 31.12.2024'; not '(… 1.1.2025)'


def _date_label(s: Sentence) -> str:
    """The field label of a line, also when the line has no separator ('Aloituspäivä 01.08.2015')."""
    label = field_label(s)
    if not label and len(s.text) < 60 and (m := re.match(r"\s*([^\W\d][^\d]*?)\s+\d", s.text)) and \
            len(m[1].split()) <= UNSEPARATED_LABEL_WORDS:
        label = m[1].casefold()
    return label


UNSEPARATED_LABEL_WORDS = 2  # not a badge before a line: 'Päättynyt Hanketiedot päivitetty 14.11.2018'


def _best_period(sentences: list[Sentence]):
    scored = []
    for s in sentences:
        for p in find_periods(s.text):
            lemmas = _lemmas_around(s, p.char_start) + " " + s.label.casefold()
            lemmas = re.sub(r"\w*(?:kaupungin|kunnan)(?:hallitus|valtuusto)", "", lemmas)  # not a government
            score = 0.5 + 0.1 * sum(c in lemmas for c in PERIOD_CUES)
            clause = " ".join(t.lemma_.casefold() for t in _clause_of(_token_at(s, p.char_start))) + " " + \
                s.label.casefold()  # not another clause's programme: 'Hanke toteutettiin ajalla …, ja sen
            # rahoitti ELY-keskus … Kestävää kasvua ja työtä 2014–2020 -ohjelmasta'
            score -= 0.4 * sum(c in (clause if c in PROGRAMME_CUES else lemmas) for c in NOT_PERIOD_CUES)
            score -= 0.4 * _of_several_projects(s, p.char_start)
            score -= 0.4 * _continued_later(s, p.char_start)
            if any(_date_label(s).startswith(x) for x in PERIOD_LABELS):
                score += 0.6
            elif _named_period(s, p.char_start):
                score += 0.3  # 'koko hankeajalta 1.1.2012–31.12.2013' in a sentence on statistics
            if s.label.casefold().startswith("muutos"):
                score -= 0.4  # 'Muutos 12/2012–12/2013: työttömät -17': the span of a statistic's change
            score += 0.15 * (len(p.start) == 10) + 0.05 * (len(p.start) >= 7)
            scored.append((score, -s.start, p, s))
    dated = _document_date(sentences)
    if dated and any(sc >= 0.6 and q.end and q.end <= dated for sc, _, q, _ in scored):
        # an application written before its project: 'Kyyjärvi 27.9.2019' + 'Suunniteltu toteutusaika
        # 1.1.2020–31.12.2022' beside the finished project's 'ajalla 1.9.2016–31.8.2019', which it reports on
        scored = [(sc - 0.5 if q.start > dated else sc, at, q, x) for sc, at, q, x in scored]
    if not scored:
        return None
    score, _, p, s = max(scored, key=lambda x: (x[0], x[1]))
    return (p, s, min(0.95, max(0.3, score))) if score > 0.3 else None


PERIOD_NOUNS = ("hankeaika", "toteutusaika", "projektiaika")


def _named_period(s: Sentence, char: int) -> bool:
    """'koko hankeajalta 1.1.2012–31.12.2013': the period right after the project's time named."""
    before = [t for t in s.span if t.idx - s.span.start_char < char][-1:]
    return bool(before) and before[0].lemma_.casefold() in PERIOD_NOUNS


def _continued_later(s: Sentence, char: int) -> bool:
    """'toimintaa jatketaan ajalla 1.1.2023–31.12.2024', 'Toiminnan jatkaminen vuosina 2023–2024', 'kehitetty
    työvalmennus jatkuu kunnan omana toimintana 1.3.2022–31.12.2023': the work's continuation after the
    project, proposed or to come (not 'hanketta jatkettiin', an extension, nor 'hanke jatkuu', its time)."""
    def to_come(t) -> bool:
        return "Past" not in t.morph.get("Tense") and "Past" not in t.morph.get("PartForm")

    def of_project(t) -> bool:  # 'TyöVäylä-hanke käynnistyi helmikuussa ja jatkuu …': a shared subject too
        verbs = (t, t.head) if t.dep_ == "conj" else (t,)
        return any(c.dep_.startswith("nsubj") and c.lemma_.casefold().endswith(PROJECT_NOUNS)
                   for v in verbs for c in v.children)
    return any(t.lemma_.casefold() == "jatkaa" and to_come(t) or t.lemma_.casefold().startswith("jatkamin") or
               t.lemma_.casefold() == "jatkua" and to_come(t) and not of_project(t)
               for t in _parser_sentence(s, char))


def _of_several_projects(s: Sentence, char: int) -> bool:
    """'Kolme vuonna 2019–2020 päättynyttä hanketta': a count of projects, so not this one's period."""
    return any(t.dep_ == "nummod" and t.head.lemma_.casefold().endswith(PROJECT_WORDS) and
               t.head.morph.get("Case") == ["Par"] for t in _parser_sentence(s, char))


def _lemmas_around(s: Sentence, char: int) -> str:
    """The lemmas of the parser's sentence that holds character `char` of `s`."""
    return " ".join(t.lemma_.casefold() for t in _parser_sentence(s, char))


def _parser_sentence(s: Sentence, char: int):
    """The parser's sentence that holds character `char` of `s` (a labelled line or a table row may
    hold several sentences)."""
    at = s.span.start_char + char
    return next((sent for sent in s.span.sents if sent.start_char <= at < sent.end_char), s.span)


START_VERBS = ("alkaa", "käynnistyä", "aloittaa", "alkaessa", "käynnistää", "alusta", "startata", "ensimmäinen",
               "aloituspäivä", "alkamispäivä")  # 'virallinen aloituspäivä oli maanantai 3.9.2018'
END_VERBS = ("päättyä", "loppua", "päättää", "lopussa", "päättyessä", "viimeinen", "lopetuspäivä", "päättymispäivä")
PROJECT_WORDS = ("hanke", "projekt", "toiminta", "kokeilu", "pilot")


def _cued_date(sentences: list[Sentence], edge: str, name: str | None, dated: Callable[[Sentence], str | None]):
    """The first start (or end) date of the project: a date right after a start (end) verb or right
    before its participle ('käynnistyi 1.9.2011', 'Syyskuussa 2019 käynnistynyt hanke'), or one its
    case marks ('tammikuusta 2011', 'toukokuun 2021 loppuun'), in a sentence about the project. A first
    date to the month gives way to the day of that month in a later sentence ('31. toukokuuta')."""
    verbs = START_VERBS if edge == "start" else END_VERBS
    first = None  # a month ('päättynyt toukokuun lopussa') that a later sentence may give to the day
    planned = None  # a plan's date ('oli määrä päättyä'), only when nothing tells how it went
    for s in sentences:
        if first and len(first[0]) != 7:
            break
        if not _about_project(s, name):
            continue
        day = dated(s)
        year = day[:4] if day else None
        found = [(d.char_start, d.start) for e, d in find_edges(s.text, year) if e == edge]
        edge_verbs = [tok for tok in s.span if tok.lemma_.casefold().startswith(verbs) or
                      edge == "end" and _brought_to_end(tok)]
        for tok in edge_verbs:
            if _not_project_period(tok) or _decides(tok) or _of_plural_projects(tok) or \
                    _only_planned(tok) and not all(_only_planned(t) for t in edge_verbs):
                continue  # not 'oli alun perin määrä päättyä 28.2.2019, mutta … päättyi 31.12.2019'
            at = tok.idx - s.span.start_char
            if day and len(day) == 10 and any(ch.lower_ == "tänään" for ch in tok.children):
                found.append((at, day))  # 'Tänään se alkaa!' in a post of 1.3.2018
            after = sorted(find_dates(s.text[at:]) + find_yearless_days(s.text[at:], year),
                           key=lambda d: d.char_start)
            found += [(at + d.char_start, d.start) for d in after if d.char_start < 60
                      and not _other_edge_between(s, tok, at + d.char_start, verbs)
                      and not (edge == "end" and SINCE.match(s.text, at + d.char_end))][:1]
            found += [(d.char_start, d.start) for d in find_dates(s.text[:at])
                      if DATE_TO_VERB.fullmatch(s.text[d.char_end:at])]
        found = [f for f in found if not _not_project_period(_token_at(s, f[0])) and not _continued_later(s, f[0])]
        date = min(found)[1] if found else None
        if date and edge_verbs and all(_only_planned(t) for t in edge_verbs):
            planned = planned or (date, s, 0.6)  # 'Sen oli määrä päättyä 31.8.2020' + later 'Hanke päättyi 31.12.2020'
            continue
        if date and first and date.startswith(first[0]) and len(date) > len(first[0]):
            return date, s, 0.6
        if date and not first:
            first = date, s, 0.6
    return first or planned


PLAN_HEADS = ("määrä", "tarkoitus", "pitää", "suunnitella")


def _only_planned(verb) -> bool:
    """'Sen oli alun perin määrä päättyä 28.2.2019': an infinitive of a plan, not what happened."""
    return verb.morph.get("VerbForm") == ["Inf"] and verb.head.lemma_.casefold() in PLAN_HEADS


SINCE = re.compile(r"\s*(?:lähtien|alkaen)\b", re.IGNORECASE)  # 'loppuu … huhtikuusta 2007 lähtien'


def _of_plural_projects(verb) -> bool:
    """'… hankkeisiin, joista useimmat päättyivät vuoden 2018 lopussa', 'Hankkeet päättyivät …': the dates of
    several projects, not this one's."""
    def plural_project(t) -> bool:
        return t.morph.get("Number") == ["Plur"] and t.lemma_.casefold().endswith(PROJECT_WORDS)
    return verb.dep_ == "acl:relcl" and plural_project(verb.head) or \
        any(ch.dep_.startswith("nsubj") and plural_project(ch) for ch in verb.children)


def _brought_to_end(tok) -> bool:
    """'Hanke saatiin päätökseen 31.12.2020', 'vietiin päätökseen', '-hanke tuli päätökseensä joulukuun 2013
    lopussa': finished."""
    return tok.text.casefold() in ("päätökseen", "päätökseensä") and \
        tok.head.lemma_.casefold() in ("saada", "viedä", "tulla", "päästä")


# between a date and the participle it dates: 'Syyskuun 2012 alussa käynnistynyt hanke'
DATE_TO_VERB = re.compile(r"[\s,]*(?:(?:alussa|alusta|lopussa|puolivälissä|aikana)\s*)?")


def _other_edge_between(s: Sentence, verb, char: int, verbs: tuple[str, ...]) -> bool:
    """'käynnistynyt Työn Siemen -hanke päättyi elokuun 2014 lopussa': the date after another edge's
    verb is that edge's, not this one's."""
    other = END_VERBS if verbs is START_VERBS else START_VERBS
    at = s.span.start_char + char
    return any(verb.i < t.i and t.idx < at and t.lemma_.casefold().startswith(other) for t in s.span)


def _decides(tok) -> bool:
    """'Kaupunginhallitus päätti 14.12.2020 käynnistää pilotin': 'päättää' with an infinitive decides; the
    infinitive is what was decided, not done."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.casefold() == "päättää":
        return True
    return tok.lemma_.casefold() == "päättää" and any(ch.dep_ == "xcomp" and ch.pos_ == "VERB" for ch in tok.children)


STAFF_ENDINGS = ("koordinaattori", "päällikkö", "työntekijä", "sihteeri", "vetäjä", "ohjaaja", "assistentti")


def _about_project(s: Sentence, name: str | None) -> bool:
    """A sentence about the project: a project word, the project's name, or 'se' as a main clause's subject."""
    lemmas = [t.lemma_.casefold() for t in s.span]
    if any(w in lemma and not lemma.endswith(STAFF_ENDINGS) for lemma in lemmas for w in PROJECT_WORDS):
        return True  # not 'projektikoordinaattori Minna Salmi (30.1.2015 saakka)': a person's time
    if name and name.split()[0].casefold()[:5] in s.text.casefold():
        return True
    # not 'Työttömyysaste oli tammikuun lopussa 10,1 %, kun koko maassa se oli 9,0': another thing's 'se'
    return any(t.lemma_.casefold() == "se" and t.dep_.startswith("nsubj") and t.head.dep_ in ("ROOT", "conj")
               for t in s.span)


def _token_at(s: Sentence, char: int):
    at = s.span.start_char + char
    return next((t for t in s.span if t.idx <= at < t.idx + len(t.text) + 1), s.span[0])


def _not_project_period(tok) -> bool:
    """The date's clause speaks of a programme, a board, statistics, a plan's first version … (not another
    clause joined to it: 'Hanke käynnistyi 1.3.2012, ja sille oli myönnetty tukea … ESR-ohjelmasta')."""
    lemmas = " ".join(t.lemma_.casefold() for t in _clause_of(tok))
    lemmas = re.sub(r"\w*(?:kaupungin|kunnan)(?:hallitus|valtuusto)", "", lemmas)
    return any(c in lemmas for c in NOT_PERIOD_CUES) or "päivitetty" in tok.sent.text.casefold()


def _clause_of(tok) -> list:
    """The tokens of the clause that holds `tok`: its verb's subtree without the clauses coordinated to it."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else verb_above(tok) or tok.sent.root
    joined = [ch for ch in verb.children if ch.dep_ in ("conj", "parataxis") and ch.pos_ in ("VERB", "AUX") and
              ch.i > tok.i]
    cut = {t.i for ch in joined for t in ch.subtree}
    return [t for t in verb.subtree if t.i not in cut] or list(tok.sent)


# a dateline that may run long: 'Julkaistu 15.2.2023 · Kirjoittaja: …'
PUBLISHED = re.compile(r"\s*(?:julkaistu|päivitetty|kirjoitettu)\b", re.IGNORECASE)
# an issue of a periodical: 'Vesilahden kunnan tiedotuslehti 3/2018 · syyskuu', 'Sotkamo-tiedote 2/2022'
ISSUE = re.compile(r"(?<![\d./])\d{1,2}\s?/\s?(?P<y>(?:19|20)\d{2})(?![\d/])")


DATELINE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäö-]+\s+(\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})\s*$")  # 'Kyyjärvi 27.9.2019'


def _document_date(sentences: list[Sentence]) -> str | None:
    """The day a document was signed or dated on a line of its own near the top ('Kyyjärvi 27.9.2019',
    'Lahdessa 31.10.2019')."""
    for s in sentences[:TOP_SENTENCES]:
        for line in s.text.split("\n"):
            if (m := DATELINE.match(line)):
                return find_dates(m[1])[0].start
    return None


TOP_SENTENCES = 20


def _document_day(sentences: list[Sentence]) -> str | None:
    """The document's own date at the precision given (a dateline, 'Julkaistu 18.12.2013' or an issue
    'tiedotuslehti 3/2018' near the top), which 'tämän vuoden loppuun' and 'päättyi toukokuun lopussa' refer to."""
    for s in sentences[:12]:
        dates = find_dates(s.text)
        if dates and (len(s.text) < 80 or PUBLISHED.match(s.text)):
            return dates[0].start
        issue = ISSUE.search(s.text)
        if issue and len(s.text) < 80:
            return issue["y"]
    return None


def _dated_by(text: str, sentences: list[Sentence]) -> Callable[[Sentence], str | None]:
    """The date that a sentence's 'tänään', 'tämän vuoden loppuun' or yearless '1.9.' refers to: in a thread
    of dated posts, the date of the post the sentence is in; else the document's."""
    own = _document_day(sentences)
    posts = thread(text)

    def dated(s: Sentence) -> str | None:
        return (posts.date_at(s.start) if posts else None) or own
    return dated
