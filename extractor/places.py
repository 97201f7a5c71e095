"""Municipalities where the project worked and their regions, from gazetteer mentions in context.

Every mention of a municipality is weighed by its sentence (a labelled field, a seminar, a study
visit, an address, a negation); a municipality counts when its weight is near the top one's, when
the parse says the project worked there or the municipality carried the project out, or when it is
listed together with one that counts. A merged municipality that still existed when the project
started is its own item.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from extractor.gazetteer import PlaceMatch, gazetteer
from extractor.mentions import FOLLOW_UP_PREFIXES, OTHER_PROJECT_MODIFIERS, names_other_project
from extractor.scope import ProjectScope
from extractor.orgs import (
    IMPLEMENTER_WORDS, MERGE_VERBS, MUNICIPAL_HEADS, continuation, field_label, negated, runs_named_other
)
from extractor.records import Document, Evidence, Fact
from extractor.dates import dated_after
from extractor.segment import Sentence

PLACE_AWAY = ("opintomatka", "retki", "vierailu", "vierailla", "tutustumiskäynti", "tutustua", "seminaari",
              "konferenssi", "pääkonttori", "kotipaikka", "vertailu", "verrata",
              "valtakunnallinen", "naapuri", "messu", "koulutuspäivä", "opintokäynti", "kävi", "käydä",
              "matka", "vieras", "benchmark", "kiinnostus", "levittää", "levitä", "suositella",
              "arvioija", "toimisto", "foorumi", "esitellä", "sijaita", "tiedustelu", "lisätieto", "kopio")
PLACE_STRONG_LABELS = ("kunta", "kunnat", "alue", "toteutusalue", "toiminta-alue", "sijainti", "kohdealue",
                       "maakunta", "paikkakunta", "paikkakunnat", "toimintakunnat")


OPERATE_VERBS = ("toimia", "toteuttaa", "kattaa", "ulottua", "palvella", "tukea", "työskennellä", "asua",
                 "laajentua", "laajeta", "toteutua", "tarjota")
OPERATE_SUBJECTS = ("hanke", "projekti", "toiminta", "valmenta", "palvelu", "kokeilu", "asiakas")
WEAK_TOTAL = 0.75  # at most what weak mentions of one place (aside, an institution's seat) add up to
CLIENT_NOUNS = ("asiakas", "valmentautuja", "osallistuja")


@dataclass(frozen=True)
class PlaceMention:
    key: str  # municipality code, or 'code:Name' for a merged municipality that still existed
    weight: float
    anchored: bool  # the sentence says the project worked there or the municipality carried it out
    group: int | None  # the first conjunct of the coordination ('Lohjan, Karkkilan ja Vihdin alueella') it is listed in
    sentence: Sentence
    token: Any
    hit: PlaceMatch
    doubtful: bool = False  # capitalised only as the sentence's first word, and tagged a common noun


def find_places(doc: Document, sentences: list[Sentence], start: str | None = None,
                implementers: tuple[str, ...] = (), scope: ProjectScope | None = None,
                end: str | None = None, other_unit: list[bool] | None = None) -> list[Fact]:
    """Municipalities where the project worked: mentions weighted by their context; a municipality
    also counts when the parse says the project worked there or it carried the project out (also
    as an implementer found elsewhere: 'Virtain kaupunki'), or when it is listed together with one
    that counts. `scope`: the report's own project and the others it names (a city running another
    named project is no project municipality for that). `end`: the project's end; a paragraph dated
    after it tells of what came later. `other_unit`: per sentence, whether it stands in another numbered
    unit's section of an annual report ('3.1 Nuorten työpaja Väylä, Kokkola')."""
    other_unit = other_unit or [False] * len(sentences)
    mentions = [m for s, o in zip(sentences, other_unit)
                for m in _mentions(s, start, doc.text, scope, _after(s, end) or o)]
    certain = {m.key for m in mentions if not m.doubtful}  # 'Euroissa rahoitus …' alone is no Eura
    mentions = [m for m in mentions if m.key in certain]
    score: dict[str, float] = defaultdict(float)
    weak: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.weight < 1.0:
            weak[m.key] += m.weight
        else:
            score[m.key] += m.weight
    for key, w in weak.items():  # many mentions as a seat, an address or an office add up to little
        score[key] += min(w, WEAK_TOTAL)
    if not score:
        return []
    top = max(score.values())
    others = _other_projects_places(doc.text, scope) if scope is not None else set()
    chosen = {k for k, v in score.items() if v >= 0.9 and v >= 0.3 * top and k not in others}
    chosen |= {m.key for m in mentions if m.anchored}
    chosen |= {m.key for m in mentions if m.weight >= 1.0 and m.hit.municipality.code in _implementing(implementers)}
    chosen |= _listed_with(mentions, chosen)
    chosen -= _successors(chosen, score, {m.key for m in mentions if m.anchored} | _conjoined_with_ceased(mentions))
    facts = []
    for key in [k for k in dict.fromkeys(m.key for m in mentions) if k in chosen]:
        own = [m for m in mentions if m.key == key]
        first = own[0]
        mun = first.hit.municipality
        names = {m.hit.name_in_text for m in own}
        name = first.hit.name_in_text if ":" in key else mun.name if mun.name in names else sorted(names)[0]
        s, tok = first.sentence, first.token
        at = s.start + tok.idx - s.span.start_char
        ev = _evidence(doc, s, at, at + len(tok.text))
        facts.append(_fact("municipalities", name, ev, min(0.95, 0.5 + score[key] / 10), code=mun.code,
                           region=mun.region, region_code=mun.region_code, name_in_text=tok.text))
    return facts


def _successors(chosen: set[str], score: dict[str, float], anchored: set[str]) -> set[str]:
    """The town a project municipality merged into after the project, named less than it and only as its
    successor ('Sastamalan kaupunki' wrote the report of Kiikoinen's project), not a town that took part
    (Loimaa beside Alastaro and Mellilä)."""
    return {k for k in chosen if ":" not in k and k not in anchored and
            any(c.startswith(k + ":") and score[k] < score[c] for c in chosen)}


def _conjoined_with_ceased(mentions: list[PlaceMention]) -> set[str]:
    """Towns named in one phrase with a municipality that later merged into them ('työllisyyspolku Nurmeksessa
    ja Valtimolla', Valtimo merged into Nurmes after the project): both were the project's towns."""
    ceased = {(id(m.sentence), m.token.i): m for m in mentions if ":" in m.key and m.weight >= 1.0}
    out = set()
    for m in (m for m in mentions if m.weight >= 1.0):  # (not in a sentence about something else: a merger, an
        # umbrella's towns, a comparison)
        near = (m.token.head, *m.token.children)
        for other in (ceased.get((id(m.sentence), t.i)) for t in near):
            if other is not None and other.key.startswith(m.key + ":") and \
                    "conj" in (m.token.dep_, other.token.dep_):
                out.add(m.key)
    return out


def _other_projects_places(text: str, scope: ProjectScope) -> set[str]:
    """Codes of the places that another named project is labelled with ('Työpolku (Parainen, S21588)',
    a column 'Työpolku (Parainen)'): that project's town, a project municipality only where the parse
    says the project worked there."""
    out = set()
    for pattern in scope.other_patterns:
        for m in pattern.finditer(text):
            place = OTHER_PLACE.match(text, m.end())
            hit = gazetteer().match(place["place"]) if place else None
            if hit is not None and hit.municipality is not None:
                out.add(hit.municipality.code)
    return out


OTHER_PLACE = re.compile(r"\s*\((?P<place>[A-ZÅÄÖ][\w-]+)[,)]")


def _implementing(implementers: tuple[str, ...]) -> set[str]:
    """Codes of the municipalities that are implementers themselves ('Virtain kaupunki')."""
    codes = set()
    for name in implementers:
        words = name.split()
        if len(words) == 2 and words[1].casefold() in MUNICIPAL_HEADS:
            hit = gazetteer().match(words[0])
            if hit is not None and hit.municipality is not None:
                codes.add(hit.municipality.code)
    return codes


def _mentions(s: Sentence, start: str | None, text: str, scope: ProjectScope | None = None,
              later: bool = False) -> list[PlaceMention]:
    """The municipalities a sentence names, each weighted; `later`: the sentence tells of a time after
    the project ('Työllisyyden kuntakokeilu alkaa Forssan seudulla 1.3.2021. Kokeiluun osallistuvat …')."""
    g = gazetteer()
    own = list(scope.own) if scope else []
    foreign = scope is not None and (scope.foreign(s) or scope.umbrellas(s))
    away = later or _away_context(s) or _comparison_goes_on(s) or foreign or \
        s.text.lstrip()[:1] in NOTE_MARKERS or _statistics_row(s) or continuation(list(s.span))
    statistic = _statistic_changed(s)
    strong = field_label(s) in PLACE_STRONG_LABELS
    away = away or field_label(s) in AUTHOR_LABELS or REFERENCES.match(s.heading.strip())  # 'Raportin laatija:
    # Sastamalan kaupunki' wrote it; 'Lähteet' / '… Helsinki: Tilastokeskus.' names a publisher's town
    persons = {t.i for ent in s.span.ents if ent.label_ in ("PERSON", "PER") and len(ent) > 1 for t in ent}
    out = []
    for tok in s.span:
        people = _people_of_place(tok)  # 'pitkään työttömänä olleille nousiaislaisille ja mynämäkeläisille'
        if people is None and (tok.i in persons or not tok.text[:1].isupper() or
                               not tok.is_alpha and "-" not in tok.text):
            continue
        hit = people or g.match(tok.text, tok.nbor().text if tok.i + 1 < len(tok.doc) else "")
        if hit is None or hit.municipality is None or _names_a_system(tok) or ROMAN_NUMERAL.fullmatch(tok.text):
            continue
        if _in_own_name(tok, own) and not _inflected_as_place(tok):
            continue  # a word of the project's own name: 'Virtaa työhön -hanke' (not Virrat)
        key = hit.municipality.code
        if hit.ceased and start and hit.ceased > start:  # a municipality of its own during the project
            key += ":" + hit.name_in_text
        if _district_of(tok, hit):
            continue  # 'Iin Haminan vanhalla koululla': a village of Ii, not the town of Hamina
        moved = _merged_into(tok) or _merged_away(tok) or _address(text, s.start + tok.idx - s.span.start_char, tok)
        aside = away or moved or negated(tok) or _other_project(tok) or _partner(tok) or _members_of_area(tok) \
            or _destination(tok) or _origin_of_person(tok) or _in_a_life(tok) or _of_named_other(tok, own) \
            or _border(tok) \
            or _owner_of_others_runner(tok, own) \
            or _likened_to(tok) \
            or _adopts_model(tok) or _names_area_body(tok) or _compared_in_heading(s, hit) or \
            statistic and tok.morph.get("Case") in (["Ine"], ["Ade"])
        weight = 0.25 if moved or foreign else 3.0 if strong else 0.25 if aside else 0.5 if _institution(tok) else 1.0
        # (a labelled field of another project's is that project's: 'Toiminta-alue | Heinola' under 'Sisarhanke …')
        anchored = not aside and (_operates_in(tok) or _carries_out(tok, s, own))
        group = None if aside else _group(tok)
        doubtful = _common_noun_first(tok, s) and tok.head.lemma_.casefold() not in MUNICIPAL_HEADS
        out.append(PlaceMention(key, weight, anchored, group, s, tok, hit, doubtful))
    return out


REFERENCES = re.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?(?:lähteet|lähdeluettelo|kirjallisuus|viitteet|lähteet ja "
                        r"kirjallisuus)\s*$", re.IGNORECASE)


def _in_own_name(tok, own: list[frozenset[str]]) -> bool:
    """The token and the word after it are words of the project's own name ('Virtaa työhön')."""
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return after is not None and any(tok.lower_ in words and after.lower_ in words for words in own)


PLACE_CASES = ("Gen", "Ine", "Ela", "Ill", "Ade", "Abl", "All")


def _inflected_as_place(tok) -> bool:
    """'Porin Työpolku', '… työtä Kerimäelle': a name that names its town does so in a case of place or the
    genitive; 'Virtaa työhön' is a word of the name."""
    return any(case in PLACE_CASES for case in tok.morph.get("Case")) or tok.lower_.endswith("n")  # 'Kosken Tl'


AUTHOR_LABELS = ("raportin laatija", "laatija", "kuvauksen laatija", "kirjoittaja", "raportin kirjoittaja")
PEOPLE_NOUNS = CLIENT_NOUNS + ("työtön", "henkilö", "työnhakija", "nuori", "ihminen", "aikuinen", "kuntalainen",
                               "asukas")


def _people_of_place(tok) -> PlaceMatch | None:
    """A lower-case inhabitant word for people ('sotkamolaista', 'mynämäkeläisiä työnhakijoita'), not for a
    body or a thing ('helsinkiläinen yritys')."""
    if not tok.text[:1].islower() or (hit := gazetteer().demonym(tok.text.casefold())) is None:
        return None
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and not tok.head.lemma_.casefold().endswith(PEOPLE_NOUNS):
        return None
    return hit


def _district_of(tok, hit: PlaceMatch) -> bool:
    """A place name right after another municipality's genitive names a part of that one ('Iin Haminan
    vanhalla koululla', 'Porin Noormarkussa' for a place that is a municipality elsewhere too)."""
    if tok.i == 0 or not tok.text[:1].isupper():
        return False
    before = tok.doc[tok.i - 1]
    owner = gazetteer().match(before.text) if before.text[:1].isupper() and before.text.endswith("n") else None
    return owner is not None and owner.municipality is not None and hit.municipality is not None and \
        owner.municipality.code != hit.municipality.code and before.whitespace_ != ""


def _common_noun_first(tok, s: Sentence) -> bool:
    """'Euroissa rahoitus toteutui …': a capital only because the word opens the sentence, read by the
    tagger as a common noun ('euro'), not the place ('Eura'); such a place needs another mention."""
    opens = all(t.is_punct or t.is_space for t in s.span[:tok.i - s.span.start])
    return opens and tok.pos_ == "NOUN" and tok.lemma_[:1].islower()


STATISTICS_WORDS = ("työttömät", "työttömien", "työtön", "pitkäaikaistyöttöm", "aktivointiaste", "työttömyysaste",
                    "työllisyysaste", "väkiluku", "asukasluku", "avoimet työpaikat")


def _statistics_row(s: Sentence) -> bool:
    """'Laitila | 241 | 262 | -21' under 'Taulukko 1. Työttömät työnhakijat kuukauden lopussa': a town in a
    table of area statistics is compared, not served (a table of the project's clients by town is no such)."""
    if not s.is_row or not s.columns:
        return False
    context = (s.caption + " " + " ".join(s.columns)).casefold()
    return any(w in context for w in STATISTICS_WORDS) and not any(w in context for w in ("asiak", "osallistuj"))


STATISTIC_SUBJECTS = ("työttömyys", "pitkäaikaistyöttömyys", "työttömyysaste", "aktivointiaste", "työllisyysaste")


def _statistic_changed(s: Sentence) -> bool:
    """'Suhteellisesti eniten työttömyys väheni Pyhärannassa ja Taivassalossa': a statistic told of towns
    (those in a locative), in a sentence that does not speak of the project."""
    return any(t.dep_.startswith("nsubj") and t.lemma_.casefold() in STATISTIC_SUBJECTS for t in s.span) and \
        not any(t.lemma_.casefold().endswith(("hanke", "projekti", "kokeilu")) for t in s.span)


NOTE_MARKERS = "¹²³⁴⁵⁶⁷⁸⁹†‡"  # '¹ Tampereen yliopisto, …': an author's affiliation or a footnote


DATELINE = re.compile(r"\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?|,\s+[a-zåäö]+kuu(?:ssa)?\s+)(?:19|20)\d\d")
ROMAN_NUMERAL = re.compile(r"[IVX]{2,}")  # 'Duunikaista II' is no 'Ii'
POSTCODE = re.compile(r"\b\d{5}\s*$")


def _address(text: str, at: int, tok) -> bool:
    """A postal address ('20100 Turku', also across a line break) or a dateline ('Oulussa 30.6.2018',
    'Kajaani 22.1.2018'): where the document was written or sent from. `at`: the word's offset in `text`."""
    return bool(POSTCODE.search(text[max(0, at - 12):at]) or DATELINE.match(text[at + len(tok.text):at + 40]))


INSTITUTIONS = ("opisto", "oppilaitos", "korkeakoulu", "sairaala", "yliopisto", "toimisto", "kuntayhtymä",
                "seurakunta", "koulutuskeskus", "terveyskeskus", "instituutti", "virasto", "kaupungintalo",
                "kunnantalo", "virastotalo")  # a venue: 'Saarijärven kaupungintalo, valtuustosali, …'


def _institution(tok) -> bool:
    """The seat of a school, hospital or office ('useimmat Kajaanin ammattiopistossa', 'Seinäjoen
    seudun TE-toimisto') says little of where the project worked."""
    if tok.dep_.startswith("obl") and tok.head.dep_ == "acl":  # 'Varkaudessa toimivassa koulutuskeskuksessa'
        return tok.head.head.lemma_.casefold().endswith(INSTITUTIONS)
    if tok.dep_ != "nmod:poss":
        return False
    head = tok.head
    if head.lemma_.casefold().endswith(AREA_WORDS) and head.dep_ == "nmod:poss":
        head = head.head  # 'Seinäjoen seudun TE-toimisto'
    return head.lemma_.casefold().endswith(INSTITUTIONS)


def _names_area_body(tok) -> bool:
    """'Pietarsaaren seudun työllisyyspalvelujen kuntayhtymä': a town that names the area of a body (a joint
    authority, an office) is no place the project worked in for that."""
    if tok.dep_ != "nmod:poss" or not tok.head.lemma_.casefold().endswith(AREA_WORDS):
        return False
    node = tok.head
    for _ in range(3):
        if node.dep_ != "nmod:poss" or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.casefold().endswith(INSTITUTIONS):
            return True
    return False


MOVE_VERBS = ("hakeutua", "siirtyä", "muuttaa", "lähteä", "matkustaa", "mennä", "palata", "ohjautua")


def _of_named_other(tok, own: list[set[str]]) -> bool:
    """'- Kotopolku (Turku, 2016–2019) tarjosi …': the place in brackets after another name (a list of
    other projects), unless the name is the report's own project."""
    at = tok.i - 1
    doc = tok.doc
    if at < 1 or doc[at].text != "(":
        return False
    name = doc[at - 1]
    if not name.text[:1].isupper() or gazetteer().match(name.text) is not None:
        return False
    return not any(name.text.casefold() in words for words in own)


def _owner_of_others_runner(tok, own: list[set[str]]) -> bool:
    """'Heinolan Työvoimayhdistys ry:n hallinnoima Jyränkö': the town in the name of a body that runs another
    project."""
    org = tok.head if tok.dep_ == "nmod:poss" else None
    return org is not None and org.i == tok.i + 1 and runs_named_other(org, own)


def _origin_of_person(tok) -> bool:
    """'ryhmäpäällikkö Jussi Turunen Joensuusta': where a person comes from or works; 'yrityksiä Luvialta,
    Eurajoelta ja Porista': where the partner firms came from."""
    root = _conj_root(tok)
    if root.morph.get("Case") in (["Ela"], ["Abl"]) and root.head.i < tok.i and \
            root.head.lemma_.casefold().endswith(FIRM_WORDS):
        return True
    head = tok.head
    named = head.pos_ == "PROPN" or any(c.dep_ == "flat:name" for c in head.children)
    return tok.morph.get("Case") == ["Ela"] and named and head.i < tok.i


FIRM_WORDS = ("yritys", "työnantaja", "yrittäjä", "firma")


def _in_a_life(tok) -> bool:
    """'Ylitalo syntyi Pelkosenniemellä', 'hän toimi marketin osastovastaavana Kemijärvellä', 'Aikuiset lapset
    asuvat Oulussa': where a person (named, 'hän' or a relative) was born, lived or worked, not the project."""
    place = _conj_root(tok)
    verb = place.head
    if not place.dep_.startswith("obl") or verb.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return False
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if verb.dep_ == "conj" and not subjects:  # '… syntyi Pelkosenniemellä ja muutti Rovaniemelle'
        subjects = [c for c in verb.head.children if c.dep_.startswith("nsubj")]
    born = verb.lemma_.casefold() == "syntyä" and any(c.pos_ == "PROPN" and gazetteer().match(c.text) is None
                                                      for c in subjects)  # 'Ylitalo syntyi Pelkosenniemellä'
    return born or any(c.lemma_.casefold() in LIFE_SUBJECTS or c.ent_type_ in ("PERSON", "PER") for c in subjects) \
        and verb.lemma_.casefold() in LIFE_VERBS


LIFE_SUBJECTS = ("hän", "lapsi", "puoliso", "mies", "vaimo", "äiti", "isä", "sisko", "veli", "perhe", "vanhempi")
LIFE_VERBS = ("syntyä", "asua", "toimia", "työskennellä", "muuttaa", "kasvaa", "opiskella", "käydä", "elää")


def _destination(tok) -> bool:
    """Where clients moved on to ('muut hakeutuivat koulutukseen Seinäjoelle tai Kurikkaan', 'muutti
    Tampereelle'): not where the project worked."""
    place = _conj_root(tok)
    if tok.morph.get("Case") not in (["Ill"], ["All"]):
        return False
    if not place.dep_.startswith(("obl", "nmod")):  # 'lähti kuusi: viisi Imatralle ammattiopistoon': elliptic
        return place.dep_ == "amod" and tok.sent.root.lemma_.casefold() in MOVE_VERBS
    verb = place.head
    for _ in range(2):  # 'kaksi heistä ammattiopistoon Imatralle': an elliptic clause under its number
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.casefold() in MOVE_VERBS or verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in MOVE_VERBS


def _after(s: Sentence, end: str | None) -> bool:
    """Every date or year of the sentence, or when it has none, of the sentence before it in its
    paragraph, is later than the project's end."""
    if not end or any(t.lemma_.casefold() in MERGE_VERBS for t in s.span):
        return False  # a merger after the project names its place once more
    last_before = re.split(r"(?<=[.!?])\s+", s.before.strip())[-1] if s.before.strip() else ""
    later = dated_after(s.text, end)
    return later if later is not None else bool(dated_after(last_before, end))


def _adopts_model(tok) -> bool:
    """'Malli on otettu käyttöön myös Uudessakaupungissa', 'Sallan kunta ottaa mallimme käyttöön': a place
    that took the project's way of working up, not one where the project worked."""
    place = _conj_root(tok.head) if tok.dep_ == "nmod:poss" else _conj_root(tok)
    verb = place.head
    return place.dep_.startswith(("obl", "nsubj")) and verb.lemma_.casefold() == "ottaa" and any(
        t.lemma_.casefold() == "käyttö" and t.morph.get("Case") == ["Ill"] for t in verb.sent)


def _partner(tok) -> bool:
    """The owner of a partner organisation: 'Viitasaaren lukion ja Jyväskylän koulutuskuntayhtymän
    kanssa sovittiin'."""
    if tok.dep_ != "nmod:poss" or tok.head.lemma_.casefold() in MUNICIPAL_HEADS:
        return False
    org = tok.head
    return any(c.lemma_.casefold() == "kanssa" for o in (org, _conj_root(org)) for c in o.children)


def _members_of_area(tok) -> bool:
    """A list in brackets after a named area only spells the area out: 'Tunturi-Lapin seutukunnan
    (Kolari, Muonio, Enontekiö ja Kittilä) työttömiä oli 840'."""
    first = _conj_root(tok)
    before = first.doc[first.i - 2] if first.i >= 2 else None
    return before is not None and first.doc[first.i - 1].text == "(" and \
        before.lemma_.casefold().endswith(AREA_WORDS)


AREA_WORDS = ("seutukunta", "maakunta", "seutu", "talousalue")


def _listed_with(mentions: list[PlaceMention], chosen: set[str]) -> set[str]:
    """Municipalities coordinated with a chosen one: 'Lohjan, Karkkilan ja Vihdin alueella'; not in
    a comparison of area figures ('Työttömyysaste oli Joensuussa 14 % ja Kuopiossa 11 %') nor in a tagline."""
    groups: dict[tuple[int, int], set[str]] = defaultdict(set)
    for m in mentions:
        if m.group is not None and not _comparison(m.token) and (_has_verb(m.sentence) or field_label(m.sentence)):
            groups[(m.sentence.start, m.group)].add(m.key)
    return {k for keys in groups.values() if keys & chosen and len(keys) > 1 for k in keys}


def _has_verb(s: Sentence) -> bool:
    """Not a tagline with no verb ('Seutuviesti Haapaveden, Kärsämäen, Pyhännän ja Siikalatvan paikallinen'):
    the area a newspaper covers is no list of the project's towns."""
    return any(t.pos_ in ("VERB", "AUX") for t in s.span)


COMPARISON_WORDS = ("aste", "keskiarvo", "verrattuna", "vastaava", "verrata")


def _comparison(tok) -> bool:
    return any(t.lemma_.casefold().endswith(COMPARISON_WORDS) for t in tok.sent)


def _group(tok) -> int:
    """The coordination a place name belongs to: the first conjunct of its list, or of the list of
    the nouns it modifies ('Taipalsaaren kirkonkylällä' belongs to the list of 'kirkonkylällä')."""
    root = _conj_root(tok)
    if root.dep_.startswith("nmod") and root.head.i != root.i:
        root = _conj_root(root.head)
    return root.i


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
    if place.dep_ == "nmod:poss" and place.head.lemma_.casefold().startswith(CLIENT_NOUNS):
        return True  # 'Rantasalmen asiakkaat saivat valmennuksen'
    if place.dep_.startswith("nmod"):
        if place.head.lemma_.casefold() not in AREA_NOUNS:
            return False
        place = _conj_root(place.head)
    if not place.dep_.startswith("obl") and place.dep_ != "ROOT":
        return False
    verb = place.head if place.dep_ != "ROOT" else place
    if verb.dep_ == "acl" and not verb.head.lemma_.casefold().startswith(OPERATE_SUBJECTS):
        return False  # 'Varkaudessa toimivassa aikuiskoulutuskeskuksessa': where the school works
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if v.lemma_.casefold() in OPERATE_VERBS:
            return True
        if any(c.dep_.startswith("nsubj") and c.lemma_.casefold().startswith(OPERATE_SUBJECTS) for c in v.children):
            return True
    return False


def _other_project(tok) -> bool:
    """'Helsingissä toimi samankaltainen hanke', 'Oulun seudun vastaavissa hankkeissa': the place of
    another project."""
    owner = tok.head.head if tok.head.lemma_.casefold().endswith(AREA_WORDS) else tok.head
    if tok.dep_ == "nmod:poss" and _project_noun(owner) and any(
            c.dep_ == "amod" and c.lemma_.casefold() in OTHER_PROJECT for c in owner.children):
        return True
    verb = _conj_root(tok).head
    if verb.pos_ != "VERB" and verb.head.pos_ == "VERB" and verb.lemma_.casefold() in MUNICIPAL_HEADS:
        verb = verb.head  # 'yhdessä Sievin kunnan kanssa': the town's body, then its verb
    # a project word as the subject, not the project's own name ('Uusi Suunta'); a follow-up as the object
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and _project_noun(c)]
    objects = [c for c in verb.children if c.dep_ == "obj" and _project_noun(c)]  # 'suunnittelee jatkohanketta'
    return any(s.lemma_.casefold().startswith(FOLLOW_UP_PREFIXES) for s in subjects + objects) or \
        any(c.lemma_.casefold() in OTHER_PROJECT for s in subjects for c in s.children if c.dep_ == "amod")


def _project_noun(tok) -> bool:
    return tok.lemma_.casefold().endswith(("hanke", "projekti", "kokeilu"))


OTHER_PROJECT = OTHER_PROJECT_MODIFIERS + ("oma",)  # 'Espoon oma hanke': the city's own, not this one


AREA_NOUNS = ("alue", "seutu", "keskusta", "kirkonkylä", "palvelupiste", "toimipiste", "kunnantalo", "kirjasto")


def _carries_out(tok, s: Sentence, own: list[set[str]] = ()) -> bool:
    """'osatoteuttajana toimi Pyhtään kunta', 'jota hallinnoi Seinäjoen kaupunki': the municipality
    is one of the organisations that carried the project out (an implementer word is its verb, a
    sibling or its own modifier)."""
    head = tok.head
    if not tok.dep_.startswith("nmod") or head.lemma_.casefold() not in MUNICIPAL_HEADS:
        return False
    org = _conj_root(head)
    near = {org.i, org.head.i}
    return any(t.lemma_.casefold().startswith(IMPLEMENTER_WORDS) and (t.i in near or t.head.i in near)
               and not names_other_project(t, own) for t in s.span)


def _merged_into(tok) -> bool:
    """The municipality a merger created, not one the project worked in: 'Nilsiä liittyy Kuopioon',
    'kuntaliitos Kurikkaan', 'uuden Kuopion työllisyyspalvelut', 'liittyy … uuteen Oulun kaupunkiin'."""
    noun = tok.head if tok.dep_ == "nmod:poss" and tok.head.lemma_.casefold() in MUNICIPAL_HEADS else tok
    if any(c.dep_ == "amod" and c.lemma_.casefold() == "uusi" for c in [*tok.children, *noun.children]):
        return True  # 'uuden Kuopion', 'uuteen Oulun kaupunkiin'
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "osa" and tok.morph.get("Case") == ["Par"]:
        return True  # '(Ylämaa 1.1.2010 alkaen osa Lappeenrantaa)'
    if any(c.lemma_.casefold() == "kanssa" for c in [*tok.children, *_conj_root(tok).children]) and \
            any(t.lemma_.casefold().startswith(MERGING) for t in tok.sent):
        return True  # 'Kunnat valmistelevat yhdistymistään Oulun kanssa', '… yhdessä Elimäen ja Valkealan kanssa'
    if _later_name(tok):
        return True
    return any(_merger_target(t) and t.lemma_.casefold() == tok.lemma_.casefold() for t in tok.sent)


def _merged_away(tok) -> bool:
    """'Nurmo ja Ylistaro liitettiin Seinäjoen kaupunkiin': the others merged beside the first named (the
    report's own) are named for the merger, and so are all of the towns that merged with one another ('kun
    Vammala, Äetsä ja Mouhijärvi yhdistyivät'); they count as the project's only where the report names them
    again."""
    if tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head  # 'Loviisa (Lovisa)': the other language's name is the same town
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubj:pass", "obj") or verb.lemma_.casefold() not in MERGE_VERBS:
        return False
    if not any(c.dep_ == "conj" for c in head.children) or any(_merger_target(t) for t in tok.sent):
        return tok.dep_ == "conj" and any(_merger_target(t) for t in tok.sent)
    return True  # 'kun Vammala, Äetsä ja Mouhijärvi yhdistyivät': towns merged with one another, all named for it


def _merger_target(tok) -> bool:
    """'Nilsiä liittyy Kuopioon', 'Maaninka liittyi Kuopion kaupunkiin 1.1.2015', 'kuntaliitos Kurikkaan',
    'Tarvasjoki liitettiin Liedon kuntaan':
    the place merged into (its other mentions in the sentence are the merged place too: '… tehtävät ovat
    Kuopiolla')."""
    target = tok.head if tok.morph.get("Case") == ["Gen"] and tok.dep_ == "nmod:poss" and \
        tok.head.lemma_.casefold() in MUNICIPAL_HEADS else tok
    if target.morph.get("Case") not in (["Ill"], ["Tra"]):  # 'yhdistyivät … uudeksi Kauhavan kaupungiksi'
        return False
    head = target.head.head if target.head.pos_ == "NUM" else target.head  # 'liittyy 1.1.2013 Savonlinnaan'
    return head.lemma_.casefold() == "kuntaliitos" or head.lemma_.casefold() in MERGE_VERBS and \
        any(c.dep_ in ("nsubj", "obj", "nsubj:pass") and _a_municipality(c) for c in head.children)


def _a_municipality(tok) -> bool:
    """'Nilsiä', 'Haukiputaan kunta'."""
    return gazetteer().match(tok.text) is not None or tok.lemma_.casefold() in MUNICIPAL_HEADS and \
        any(c.dep_ == "nmod:poss" and gazetteer().match(c.text) is not None for c in tok.children)


LATER = ("alkaen", "lähtien", "nykyään", "nykyisin", "nyk.", "myöhemmin")


def _later_name(tok) -> bool:
    """'Hämeenkosken kunta (1.1.2016 alkaen Hollolan kunta)': a bracket giving the name a place has
    had since a date, not another place the project worked in."""
    seen = False
    for t in reversed(tok.doc[max(0, tok.i - 6):tok.i]):
        if t.text in ("(", ")"):
            return t.text == "(" and seen
        seen = seen or t.lower_ in LATER
    return False


MERGING = ("yhdistyä", "yhdistymi", "kuntaliitos", "liitos", "yhdistää", "kuntaliitok")


LIKENESS = ("tavoin", "tapaan", "lailla")  # 'koko Tampereen seudun tavoin'


def _likened_to(tok) -> bool:
    """'parani … koko Tampereen seudun tavoin': a place the project's area is likened to, not one it worked in."""
    node = tok
    for _ in range(2):
        if node.dep_ != "nmod:poss":
            return False
        node = node.head
        if node.lower_ in LIKENESS:
            return True
    return False


def _border(tok) -> bool:
    """'Hyrynsalmen rajalta Raatteeseen': the border with a place is where the project's area ends;
    'Oulun eteläpuolisella Lakeudella', 'Kajaanin lähellä', 'Kangasalan puolelle sijoittuviin työpaikkoihin':
    a place named as a landmark or across the border."""
    if tok.morph.get("Case") != ["Gen"]:
        return False
    lemma = tok.head.lemma_.casefold()
    return lemma in BORDER_WORDS or bool(RELATIVE_SIDE.match(lemma)) or \
        lemma == "puoli" and tok.head.morph.get("Case") in (["All"], ["Ade"], ["Abl"])


BORDER_WORDS = ("raja", "rajaseutu", "kuntaraja", "läheisyys", "lähistö", "lähellä", "lähelle", "läheltä")


RELATIVE_SIDE = re.compile(r"(?:etelä|pohjois|itä|länsi|lounais|kaakkois|luoteis|koillis)puol")


def _names_a_system(tok) -> bool:
    """'EURA 2014', 'EURA S21977', 'EURA-koodi': an upper-case name followed by a year or a project code
    is a system or programme, not a place."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if "-" in tok.text:
        return tok.text.split("-")[0].isupper() and tok.text.split("-")[1].islower()
    return tok.text.isupper() and nxt is not None and bool(re.fullmatch(r"(?:19|20)\d\d|[A-Z]\d{5}", nxt.text))


EXAMPLE = ("esimerkki", "esimerkiksi")  # whole words: a 'malliesimerkki' is the project itself


OTHER_PROJECTS_HEADING = re.compile(r"\b(?:muut|muita|muiden|muista|muu)\s+(?:hank|projekt)")  # '4.2 Muut hankkeet'


PARAGRAPH_REACH = 290  # Sentence.before holds at most 300 characters: a shorter one starts at its paragraph
COMPARISON_OPENING = re.compile(r"^\W*(?:vertailu\w*|verrattuna)\b", re.IGNORECASE)


COMPARISON_HEADING = re.compile(r"^[\W\d]*(?:vertailu\w*|verrattuna)\b", re.IGNORECASE)  # '4) Vertailu Auran kuntaan'


def _compared_in_heading(s: Sentence, hit) -> bool:
    """A place that a comparison's heading names ('4) Vertailu Auran kuntaan'): its section compares it."""
    if not COMPARISON_HEADING.match(s.heading):
        return False
    named = (gazetteer().match(w) for w in re.findall(r"[A-ZÅÄÖ][\w-]+", s.heading))
    return any(m is not None and m.municipality is not None and m.municipality.code == hit.municipality.code
               for m in named)


def _comparison_goes_on(s: Sentence) -> bool:
    """'Vertailun vuoksi: Raaseporin vastaavassa hankkeessa …' + 'Ero selittyy osin Raaseporin …': a paragraph
    that opens with a comparison stays one."""
    return 0 < len(s.before.strip()) < PARAGRAPH_REACH and bool(COMPARISON_OPENING.match(s.before.strip()))


def _away_context(s: Sentence) -> bool:
    lemmas = " ".join(t.lemma_.casefold() for t in s.span)  # no cue holds a space: none spans two lemmas
    heading = s.heading.casefold()
    return any(w in lemmas for w in PLACE_AWAY) or "yhteystie" in heading or OTHER_PROJECTS_HEADING.search(heading) or \
        any(t.lemma_.casefold() in EXAMPLE for t in s.span) or \
        bool(re.search(r"\b\d{5}\s+[A-ZÅÄÖ]", s.text))


def find_regions(doc: Document, sentences: list[Sentence], places: list[Fact]) -> list[Fact]:
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
                facts.append(_fact("regions", hit.region, _evidence(doc, s, start, start + len(tok.text)), 0.6))
    return facts


def _evidence(doc: Document, sent: Sentence, start: int, end: int) -> Evidence:
    return Evidence(doc.page_at(start), start, end, sent.text, "rule:gazetteer")


def _fact(kind: str, value, ev: Evidence, confidence: float, **extra) -> Fact:
    return Fact("project", kind, {"value": value}, (ev,), confidence, extra)
