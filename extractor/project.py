"""Project-level facts: name, EURA code, period, municipalities, regions, organisations."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from extractor.dates import find_dates, find_edges, find_periods
from extractor.gazetteer import PlaceMatch, gazetteer
from extractor.names import project_name
from extractor.orgs import IMPLEMENTER_WORDS, field_label, find_organisations, negated
from extractor.records import Document, Evidence, Fact
from extractor.segment import Sentence

CODE = re.compile(r"\b([SA]\d{5})\b")
PERIOD_CUES = ("hanke", "projekt", "toteutusaika", "ajalla", "aikana", "toteut", "toimi", "kest", "käynnist",
               "kesto", "ajanjakso", "aika", "alka", "päätty", "toiminta")
NOT_PERIOD_CUES = ("hallitus", "ohjelmakau", "ohjelma", "rakennerahasto", "strategia", "seuranta",
                   "tilasto", "vertailu", "päivitetty", "julkaistu", "mennessä", "edellinen", "alkuperäinen",
                   "aiempi")
START_LABELS = ("aloituspäivä", "alkamispäivä", "alkupäivä", "alkaa", "aloitus", "alkamisaika")
END_LABELS = ("lopetuspäivä", "päättymispäivä", "loppupäivä", "päättyy", "päättyminen", "päättymisaika")
PERIOD_LABELS = ("toteutusaika", "hankkeen kesto", "kesto", "toiminta-aika", "hankeaika", "projektiaika",
                 "toteutusaikataulu", "aikataulu", "hankkeen toteutusaika", "projektin kesto")
PLACE_AWAY = ("opintomatka", "vierailu", "vierailla", "tutustumiskäynti", "tutustua", "seminaari",
              "konferenssi", "pääkonttori", "kotipaikka", "esimerkki", "vertailu", "verrata",
              "valtakunnallinen", "naapuri", "messu", "koulutuspäivä", "opintokäynti", "kävi", "käydä",
              "matka", "vieras", "benchmark", "kiinnostus", "levittää", "levitä", "suositella",
              "arvioija", "toimisto", "foorumi", "esitellä", "sijaita", "tiedustelu", "lisätieto", "kopio")
PLACE_STRONG_LABELS = ("kunta", "kunnat", "alue", "toteutusalue", "toiminta-alue", "sijainti", "kohdealue",
                       "maakunta", "paikkakunta", "paikkakunnat", "toimintakunnat")


def evidence(doc: Document, sent: Sentence, start: int, end: int, method: str) -> Evidence:
    return Evidence(doc.page_at(start), start, end, sent.text, method)


def project_facts(doc: Document, sentences: list[Sentence]) -> list[Fact]:
    facts: list[Fact] = []
    organisations = find_organisations(doc, sentences)
    facts += project_name(doc, sentences, [f.values["value"] for f in organisations])
    facts += _code(doc, sentences)
    names = [f.values["value"] for f in facts if f.kind == "name"]
    period = _period(doc, sentences, names[0] if names else None)
    facts += period
    start = next((f.values["value"] for f in period if f.kind == "start_date"), None)
    places = _places(doc, sentences, start)
    facts += places
    facts += _regions(doc, sentences, places)
    facts += organisations
    return facts


def _fact(kind: str, value, ev: Evidence, confidence: float = 0.9, **extra) -> Fact:
    return Fact("project", kind, {"value": value}, (ev,), confidence, extra)


def _code(doc: Document, sentences: list[Sentence]) -> list[Fact]:
    for s in sentences:
        m = CODE.search(s.text)
        if m:
            ev = evidence(doc, s, s.start + m.start(), s.start + m.end(), "rule:eura_code")
            return [_fact("code", m.group(1), ev, 0.95)]
    return []


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
    year = _document_year(sentences)
    cued_start = _cued_date(sentences, "start", name, year)
    cued_end = _cued_date(sentences, "end", name, year)
    if best is not None and cued_start and cued_end and best[2] < 0.7 and cued_start[0] < cued_end[0]:
        best = None  # 'käynnistyi 1.9.2011 ... päättyi 31.8.2014' beats a weak range elsewhere
    if best is not None:
        p, s, score = best
        if start is None:
            start = (p.start, s, score)
        if end is None:
            end = (p.end, s, score)
    start, end = start or cued_start, end or cued_end
    facts = []
    for kind, item in (("start_date", start), ("end_date", end)):
        if item:
            value, s, score = item
            facts.append(_fact(kind, value, evidence(doc, s, s.start, s.end, "rule:period"), score))
    return facts


def _date_label(s: Sentence) -> str:
    """The field label of a line, also when the line has no separator ('Aloituspäivä 01.08.2015')."""
    label = field_label(s)
    if not label and len(s.text) < 60 and (m := re.match(r"\s*([^\W\d][^\d]*?)\s+\d", s.text)):
        label = m[1].casefold()
    return label


def _best_period(sentences: list[Sentence]):
    scored = []
    for s in sentences:
        for p in find_periods(s.text):
            lemmas = _lemmas_around(s, p.char_start) + " " + s.label.casefold()
            lemmas = re.sub(r"\w*(?:kaupungin|kunnan)(?:hallitus|valtuusto)", "", lemmas)  # not a government
            score = 0.5 + 0.1 * sum(c in lemmas for c in PERIOD_CUES)
            score -= 0.4 * sum(c in lemmas for c in NOT_PERIOD_CUES)
            if any(_date_label(s).startswith(x) for x in PERIOD_LABELS):
                score += 0.6
            score += 0.15 * (len(p.start) == 10) + 0.05 * (len(p.start) >= 7)
            scored.append((score, -s.start, p, s))
    if not scored:
        return None
    score, _, p, s = max(scored, key=lambda x: (x[0], x[1]))
    return (p, s, min(0.95, max(0.3, score))) if score > 0.3 else None


def _lemmas_around(s: Sentence, char: int) -> str:
    """The lemmas of the parser's sentence that holds character `char` of `s` (a labelled line or a
    table row may hold several sentences)."""
    at = s.span.start_char + char
    tokens = next((sent for sent in s.span.sents if sent.start_char <= at < sent.end_char), s.span)
    return " ".join(t.lemma_.casefold() for t in tokens)


START_VERBS = ("alkaa", "käynnistyä", "aloittaa", "alkaessa", "käynnistää", "alusta", "startata")
END_VERBS = ("päättyä", "loppua", "päättää", "lopussa", "päättyessä", "viimeinen")
PROJECT_WORDS = ("hanke", "projekt", "toiminta", "kokeilu")


def _cued_date(sentences: list[Sentence], edge: str, name: str | None, year: str | None):
    """The first start (or end) date of the project: a date right after a start (end) verb or right
    before its participle ('käynnistyi 1.9.2011', 'Syyskuussa 2019 käynnistynyt hanke'), or one its
    case marks ('tammikuusta 2011', 'toukokuun 2021 loppuun'), in a sentence about the project."""
    verbs = START_VERBS if edge == "start" else END_VERBS
    for s in sentences:
        if not _about_project(s, name):
            continue
        found = [(d.char_start, d.start) for e, d in find_edges(s.text, year) if e == edge]
        for tok in s.span:
            if not tok.lemma_.casefold().startswith(verbs) or _not_project_period(tok):
                continue
            at = tok.idx - s.span.start_char
            found += [(at + d.char_start, d.start) for d in find_dates(s.text[at:]) if d.char_start < 60][:1]
            found += [(d.char_start, d.start) for d in find_dates(s.text[:at]) if at - d.char_end <= 2]
        found = [f for f in found if not _not_project_period(_token_at(s, f[0]))]
        if found:
            return min(found)[1], s, 0.6
    return None


def _about_project(s: Sentence, name: str | None) -> bool:
    """A sentence about the project: a project word, the project's name, or 'se' as the subject."""
    lemmas = [t.lemma_.casefold() for t in s.span]
    if any(w in lemma for lemma in lemmas for w in PROJECT_WORDS):
        return True
    if name and name.split()[0].casefold()[:5] in s.text.casefold():
        return True
    return any(t.lemma_.casefold() == "se" and t.dep_.startswith("nsubj") for t in s.span)


def _token_at(s: Sentence, char: int):
    at = s.span.start_char + char
    return next((t for t in s.span if t.idx <= at < t.idx + len(t.text) + 1), s.span[0])


def _not_project_period(tok) -> bool:
    lemmas = " ".join(t.lemma_.casefold() for t in tok.sent)
    lemmas = re.sub(r"\w*(?:kaupungin|kunnan)(?:hallitus|valtuusto)", "", lemmas)
    return any(c in lemmas for c in NOT_PERIOD_CUES) or "päivitetty" in tok.sent.text.casefold()


def _document_year(sentences: list[Sentence]) -> str | None:
    """The year of the document's own date (a dateline or 'Julkaistu 18.12.2013' near the top), which
    'tämän vuoden loppuun' refers to."""
    for s in sentences[:12]:
        dates = find_dates(s.text)
        if dates and len(s.text) < 80:
            return dates[0].start[:4]
    return None


OPERATE_VERBS = ("toimia", "toteuttaa", "kattaa", "ulottua", "palvella", "tukea", "työskennellä", "asua",
                 "laajentua", "laajeta", "toteutua", "tarjota")
OPERATE_SUBJECTS = ("hanke", "projekti", "toiminta", "valmenta", "palvelu", "kokeilu", "asiakas")
MUNICIPALITY_NOUNS = ("kunta", "kaupunki")


@dataclass(frozen=True)
class PlaceMention:
    key: str  # municipality code, or 'code:Name' for a merged municipality that still existed
    weight: float
    anchored: bool  # the sentence says the project worked there or the municipality carried it out
    group: tuple[int, int] | None  # the coordination ('Lohjan, Karkkilan ja Vihdin alueella') it is listed in
    sentence: Sentence
    token: Any
    hit: PlaceMatch


def _places(doc: Document, sentences: list[Sentence], start: str | None = None) -> list[Fact]:
    """Municipalities where the project worked: mentions weighted by their context; a municipality
    also counts when the parse says the project worked there or it carried the project out, or when
    it is listed together with one that counts."""
    mentions = [m for s in sentences for m in _mentions(s, start)]
    score: dict[str, float] = defaultdict(float)
    for m in mentions:
        score[m.key] += m.weight
    if not score:
        return []
    top = max(score.values())
    chosen = {k for k, v in score.items() if v >= 0.9 and v >= 0.3 * top}
    chosen |= {m.key for m in mentions if m.anchored}
    chosen |= _listed_with(mentions, chosen)
    facts = []
    for key in [k for k in dict.fromkeys(m.key for m in mentions) if k in chosen]:
        own = [m for m in mentions if m.key == key]
        first = own[0]
        mun = first.hit.municipality
        names = {m.hit.name_in_text for m in own}
        name = first.hit.name_in_text if ":" in key else mun.name if mun.name in names else sorted(names)[0]
        s, tok = first.sentence, first.token
        at = s.start + tok.idx - s.span.start_char
        ev = evidence(doc, s, at, at + len(tok.text), "rule:gazetteer")
        facts.append(_fact("municipalities", name, ev, min(0.95, 0.5 + score[key] / 10), code=mun.code,
                           region=mun.region, region_code=mun.region_code, name_in_text=tok.text))
    return facts


def _mentions(s: Sentence, start: str | None) -> list[PlaceMention]:
    g = gazetteer()
    away = _away_context(s)
    strong = field_label(s) in PLACE_STRONG_LABELS
    persons = {t.i for ent in s.span.ents if ent.label_ in ("PERSON", "PER") and len(ent) > 1 for t in ent}
    out = []
    for tok in s.span:
        if tok.i in persons or not tok.text[:1].isupper() or not tok.is_alpha and "-" not in tok.text:
            continue
        hit = g.match(tok.text)
        if hit is None or hit.municipality is None or _names_a_system(tok):
            continue
        key = hit.municipality.code
        if hit.ceased and start and hit.ceased > start:  # a municipality of its own during the project
            key += ":" + hit.name_in_text
        aside = away or negated(tok) or _merged_into(tok) or _other_project(tok)
        weight = 3.0 if strong else 0.25 if aside else 1.0
        anchored = not aside and (_operates_in(tok) or _carries_out(tok, s))
        out.append(PlaceMention(key, weight, anchored, None if aside else _group(tok), s, tok, hit))
    return out


def _listed_with(mentions: list[PlaceMention], chosen: set[str]) -> set[str]:
    """Municipalities coordinated with a chosen one: 'Lohjan, Karkkilan ja Vihdin alueella'; not in
    a comparison of area figures ('Työttömyysaste oli Joensuussa 14 % ja Kuopiossa 11 %')."""
    groups: dict[tuple, set[str]] = defaultdict(set)
    for m in mentions:
        if m.group is not None and not _comparison(m.token):
            groups[(m.sentence.start, m.group)].add(m.key)
    return {k for keys in groups.values() if keys & chosen and len(keys) > 1 for k in keys}


COMPARISON_WORDS = ("aste", "keskiarvo", "verrattuna", "vastaava", "verrata")


def _comparison(tok) -> bool:
    return any(t.lemma_.casefold().endswith(COMPARISON_WORDS) for t in tok.sent)


def _group(tok) -> tuple[int, int]:
    """The coordination a place name belongs to: the first conjunct of its list, or of the list of
    the nouns it modifies ('Taipalsaaren kirkonkylällä' belongs to the list of 'kirkonkylällä')."""
    root = _conj_root(tok)
    if root.dep_.startswith("nmod") and root.head.i != root.i:
        root = _conj_root(root.head)
    return (root.i, 0)


def _conj_root(tok):
    """The first conjunct of the list a word is in; elliptic conjuncts ('151 asui Joensuussa, 34
    Kontiolahdella') hang on their number as 'orphan' or 'flat:name'."""
    while tok.dep_ in ("conj", "orphan", "flat:name") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _operates_in(tok) -> bool:
    """The place is where the project (its staff, clients, services) worked: 'Hanke toimi Salossa
    ja Somerolla', 'toiminta ulottui myös Tervolaan', 'Asiakkaista 34 asui Kontiolahdella'."""
    if tok.morph.get("Case") not in (["Ine"], ["Ade"], ["Ill"], ["All"], ["Gen"]):
        return False
    place = _conj_root(tok)
    if place.dep_.startswith("nmod"):
        if place.head.lemma_.casefold() not in AREA_NOUNS:
            return False
        place = _conj_root(place.head)
    if not place.dep_.startswith("obl") and place.dep_ != "ROOT":
        return False
    verb = place.head if place.dep_ != "ROOT" else place
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if v.lemma_.casefold() in OPERATE_VERBS:
            return True
        if any(c.dep_.startswith("nsubj") and c.lemma_.casefold().startswith(OPERATE_SUBJECTS) for c in v.children):
            return True
    return False


def _other_project(tok) -> bool:
    """'Helsingissä toimi samankaltainen hanke': the place of another project."""
    verb = _conj_root(tok).head
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.lemma_.casefold().endswith(
        ("hanke", "projekti", "kokeilu"))]  # not the project's own name 'Uusi Suunta'
    return any(c.lemma_.casefold() in OTHER_PROJECT for s in subjects for c in s.children if c.dep_ == "amod")


OTHER_PROJECT = ("samankaltainen", "vastaava", "toinen", "muu", "uusi", "oma", "aiempi", "edellinen")


AREA_NOUNS = ("alue", "seutu", "keskusta", "kirkonkylä", "palvelupiste", "toimipiste", "kunnantalo", "kirjasto")


def _carries_out(tok, s: Sentence) -> bool:
    """'osatoteuttajana toimi Pyhtään kunta', 'jota hallinnoi Seinäjoen kaupunki': the municipality
    is one of the organisations that carried the project out (an implementer word is its verb, a
    sibling or its own modifier)."""
    head = tok.head
    if not tok.dep_.startswith("nmod") or head.lemma_.casefold() not in MUNICIPALITY_NOUNS:
        return False
    org = _conj_root(head)
    near = {org.i, org.head.i}
    return any(t.lemma_.casefold().startswith(IMPLEMENTER_WORDS) and (t.i in near or t.head.i in near)
               for t in s.span)


def _merged_into(tok) -> bool:
    """The municipality a merger created, not one the project worked in: 'Nilsiä liittyy Kuopioon',
    'kuntaliitos Kurikkaan', 'uuden Kuopion työllisyyspalvelut'."""
    if any(c.dep_ == "amod" and c.lemma_.casefold() == "uusi" for c in tok.children):
        return True
    if tok.morph.get("Case") != ["Ill"]:
        return False
    head = tok.head
    return head.lemma_.casefold() == "kuntaliitos" or head.lemma_.casefold() == "liittyä" and \
        any(c.dep_ == "nsubj" and gazetteer().match(c.text) is not None for c in head.children)


def _names_a_system(tok) -> bool:
    """'EURA 2014': an upper-case name followed by a year is a system or programme, not a place."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.text.isupper() and nxt is not None and bool(re.fullmatch(r"(?:19|20)\d\d", nxt.text))


def _away_context(s: Sentence) -> bool:
    lemmas = " ".join(t.lemma_.casefold() for t in s.span)  # no cue holds a space: none spans two lemmas
    heading = s.heading.casefold()
    return any(w in lemmas for w in PLACE_AWAY) or "yhteystie" in heading or \
        bool(re.search(r"\b\d{5}\s+[A-ZÅÄÖ]", s.text))


def _regions(doc: Document, sentences: list[Sentence], places: list[Fact]) -> list[Fact]:
    seen, facts = set(), []
    for f in places:
        region = f.extra["region"]
        if region not in seen:
            seen.add(region)
            facts.append(_fact("regions", region, f.evidence[0], f.confidence))
    if facts:
        return facts
    g = gazetteer()
    for s in sentences:
        for tok in s.span:
            hit = g.match(tok.text) if tok.text[:1].isupper() else None
            if hit and hit.municipality is None and hit.region not in seen and not _away_context(s):
                seen.add(hit.region)
                start = s.start + tok.idx - s.span.start_char
                facts.append(_fact("regions", hit.region, evidence(doc, s, start, start + len(tok.text),
                                                                   "rule:gazetteer"), 0.6))
    return facts

