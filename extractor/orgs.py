"""Implementers and funders: labelled fields and role words (verbs and nouns) in the parse."""

from __future__ import annotations

import re
from itertools import accumulate
from typing import TYPE_CHECKING

from extractor.gazetteer import gazetteer
from extractor.mentions import (
    COUNTED_PROJECTS, FOLLOW_UP_PREFIXES, GENERIC_SUBJECTS, PROJECT_NOUNS, names_other_project, other_project,
    other_project_modifier, same_project, words_of
)
from extractor.records import Document, Evidence, Fact

if TYPE_CHECKING:  # segment -> triage -> orgs: the role words are shared, sentences only typed
    from extractor.segment import Sentence

IMPLEMENTER_LABELS = ("toteuttaja", "toteuttajat", "toteuttajaorganisaatio", "hallinnoija", "päätoteuttaja",
                      "hallinnoiva organisaatio", "hakija", "osatoteuttaja", "osatoteuttajat", "toteuttava organisaatio",
                      "hankkeen toteuttaja", "projektin toteuttaja", "hankkeen hallinnoija", "tuensaaja", "tuen saaja",
                      "tuen hakija", "vastuukunta", "kokeilukunnat", "kokeilukunta", "sopijakunta",
                      "sopijakunnat")
FUNDER_LABELS = ("rahoittaja", "rahoittajat", "hankkeen rahoittaja", "myöntäjä", "rahoituksen myöntäjä",
                 "vastuuviranomainen", "rahoittava viranomainen", "välittävä toimielin", "projektin rahoittaja")
NAME_LABELS = ("nimi", "organisaatio", "organisaation nimi", "virallinen nimi")  # under a role heading
SOURCE_LABELS = ("rahoitus", "rahoituslähde", "rahoituslähteet")  # may also name a fund or a share
IMPLEMENTER_WORDS = ("hallinnoida", "toteuttaa", "koordinoida", "toteuttaja", "hallinnoija", "päätoteuttaja",
                     "osatoteuttaja", "hallinnoima", "toteuttama", "koordinoima", "vetää", "hallinnointi",
                     "vastuukunta", "alaisuus", "ylläpitää", "ylläpitämä")
FUNDER_WORDS = ("rahoittaa", "rahoittaja", "myöntää", "rahoittama", "myöntäjä", "rahoitus", "rahoittanut",
                "valtionavustus", "avustus", "tukipäätös", "raha",  # 'tukipäätöksen teki X', 'Rahat tuli X:n kautta'
                "rahotta", "rahotus")  # as spoken: 'ELY-keskus on rahottanu sitä', 'Rahotus tuli ELY-keskuksen kautta'
ORG_HEADS = ("kaupunki", "kunta", "yhdistys", "ry", "r.y.", "rf", "säätiö", "sr", "keskus", "oy", "ab",
             "kuntayhtymä", "yhtymä", "liitto", "seurakunta", "palvelu", "toimisto", "opisto", "yliopisto",
             "korkeakoulu", "osuuskunta", "järjestö", "oppilaitos", "instituutti", "sosiaalirahasto", "valtio",
             "ministeriö", "virasto", "kela", "sairaanhoitopiiri", "yritys", "verkosto", "työpaja", "kirkko", "killta",
             "seura", "akatemia", "osakeyhtiö", "kuntaliitto", "hyvinvointialue", "ely", "te-keskus", "te-toimisto",
             "ely-keskus", "rahasto", "ympäristökeskus")
LONG_HEADS = tuple(h for h in ORG_HEADS if len(h) > 4)
AREAS = ("maakunta", "seutukunta")  # 'myönsi ESR-rahoitusta maakuntaan': a region, not a body
LEGAL_FORMS = ("ry", "sr", "Oy", "Ab", "ry.", "r.y.", "oy", "rf")  # rf: a Swedish-speaking association
GENERIC_HEADS = ("kaupunki", "kunta", "yhdistys", "säätiö", "keskus", "palvelu", "toimisto", "yritys", "järjestö",
                 "oppilaitos", "seurakunta", "työpaja", "verkosto", "yhtymä", "kuntayhtymä", "liitto", "opisto",
                 "rahasto", "osuuskunta", "virasto")
MUNICIPAL_HEADS = ("kunta", "kaupunki")
NOT_PROJECTS = ("työkokeilu",)  # a service for clients: 'TE-toimiston työkokeiluna'
FUNDING_NOUNS = ("rahoitus", "avustus", "määräraha")  # 'ESR:n rahoituksella', 'ELY-keskukselta haettu tuki'
EMPLOYMENT_OFFICES = ("te-toimisto", "työvoimatoimisto")  # its wage-subsidy appropriations are no grant to the project
PRIVATE = ("yksityinen",)  # 'yksityinen rahoitus koostuu Yrittäjät ry:n osuuksista': a co-financier, no funder
APPLY = ("hakea", "saada", "anoa", "tulla")  # 'hakea X:ltä rahoitusta', 'X:n kautta tuleva rahoitus'
RUNNING = ("toiminta", "hallinnointi", "toteutus", "toteuttaminen")
FUNDING_BODIES = ("rahasto", "ministeriö", "ely-keskus", "te-keskus", "ympäristökeskus")
AUTHORITIES = ("ministeriö", "ely-keskus", "te-keskus", "ympäristökeskus")
DECIDE = ("hyväksyä", "päättää", "tarkastaa")  # also the funder that checks a payment claim
HONOURS = ("merkki", "palkinto", "tunnustus", "sertifikaatti", "arvonimi", "kunniamaininta")  # granted, not funded
SUBCONTRACTED = ("arvio", "selvitys", "tutkimus", "kysely", "koulutus")  # 'Arvioinnin toteutti X Oy'
SPLIT = re.compile(r"(?<!-)(?<!-\s)\s*(?:,|;|\bja\b|\bsekä\b|&)\s*")  # not 'Työ- ja Toimintakeskus ry'
ELY_LONG = re.compile(r"elinkeino-,\s*liikenne-\s*ja\s*ympäristökeskus", re.IGNORECASE)
TE_LONG = re.compile(r"työvoima-\s*ja\s*elinkeinokeskus", re.IGNORECASE)  # 'Kaakkois-Suomen TE-keskus'
NEXT_LABEL = re.compile(r"\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+){0,2}:\s)")  # another field's label after the value
UNIT_WORDS = ("palvelut", "palvelu", "toimi", "yksikkö", "osasto", "tulosalue", "vastuualue")
# 'valtio Lapin ELY-keskuksen kautta': the centre the money came through is the funder
VIA_CENTRE = re.compile(r"((?:[A-ZÅÄÖ][\w-]*\s+)*(?:ELY|TE)-keskuksen)\s+kautta$")
SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
ADDRESS = re.compile(r"\b\d{5}\b|\w(?:tie|katu|kuja|tori|kaari|raitti|väylä|polku)\s+\d|y-tunnus", re.IGNORECASE)


def find_organisations(doc: Document, sentences: list[Sentence], own: list[set[str]] = ()) -> list[Fact]:
    """Implementers and funders; `own`: the report's project names, so that the organisation running
    another named project is left out."""
    found: dict[tuple[str, str], Fact] = {}
    for s in sentences:
        for role, name, method in _labelled(s, doc.text) or _from_parse(s, own):
            if name in MUNICIPAL_HEADS + BODY_HEADS:  # 'Kaupungin työllisyyspalvelujen hallinnoima'
                bare, name = name, _the_body(doc.text, name)
                own_money = role == "funders" and bare in MUNICIPAL_HEADS and _own_money_sentence(s)
                if name is None or role != "implementers" and not own_money:
                    continue  # a bare 'säätiön' near a money word is no grant-giver (but 'kunnan omalla rahalla' is)
                method = OWN_MONEY if own_money else method
            key = (role, _org_key(name))
            if role == "implementers" and _ministry(name) and not name[:1].isupper():
                continue  # a ministry coordinates programmes and grants money; it runs no project
            if key not in found and _looks_like_org(name):
                ev = Evidence(doc.page_at(s.start), s.start, s.end, s.text, method)
                conf = 0.9 if method.endswith("label") else 0.7
                found[key] = Fact("project", role, {"value": name}, (ev,), conf)
        if not any(role == "implementers" for role, _ in found) and _run_by_ownerless_unit(s) and \
                (name := _the_municipal_body(doc.text, [f.values["value"] for f in found.values()])) is not None:
            ev = Evidence(doc.page_at(s.start), s.start, s.end, s.text, "rule:org_unit")
            found[("implementers", _org_key(name))] = Fact("project", "implementers", {"value": name}, (ev,), 0.6)
    facts = _without_acronyms(_without_parts(_without_own_share(list(found.values()))))
    funding = {_org_key(f.values["value"]) for f in facts if f.kind == "funders"}
    if not any(f.kind == "implementers" for f in facts) and (signed := _signing_body(doc.text, funding)) is not None:
        name, at = signed  # no role word names who ran it: the body that signs the text or compiled it
        ev = Evidence(doc.page_at(at), at, at + len(name), name, "rule:org_signature")
        facts.append(Fact("project", "implementers", {"value": name}, (ev,), 0.5))
    return facts


def _own_money_sentence(s: Sentence) -> bool:
    return any(t.dep_ == "nmod:poss" and t.lemma_.casefold() in MUNICIPAL_HEADS and _own_money_funds(t) for t in s.span)


STAFF_TITLES = ("projektipäällikkö", "projektikoordinaattori", "hankekoordinaattori", "projektityöntekijä",
                "hanketyöntekijä", "työvalmentaja", "projektisihteeri", "hankepäällikkö")
SIGNING_HEADS = ("kunta", "kaupunki", "kuntayhtymä", "ry", "rf", "sr", "säätiö", "yhdistys", "oy")
SIGNATURE_REACH = 2  # lines between the body's name and its address or its staff member


def _signing_body(text: str, funding: set[str] = frozenset()) -> tuple[str, int] | None:
    """The one body named on a line of its own (up to a comma) beside its address, business id or a
    project worker's title: the letterhead or the signature of the body that ran the project
    ('Koonnut: Katja Pesonen, projektikoordinaattori' / 'Lemin kunta, hyvinvointi- ja elinvoimapalvelut');
    not a funder the report is addressed to (`funding`: their keys)."""
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    found: dict[str, int] = {}
    for i, line in enumerate(lines):
        cells = [c.strip(" *#_").split(",")[0].split(" · ")[0].split(":")[-1].strip(" *#_") for c in line.split("|")]
        name = next((c for c in cells if any(w.casefold().rstrip(".") in SIGNING_HEADS for w in c.split()[-3:])),
                    cells[0])  # a running header's cells: 'Pajapirtti – vuositilasto 2012 | Multian kunta, …'
        words = name.split()
        if not 1 < len(words) <= 8 or not name[:1].isupper() or \
                not any(w.casefold().rstrip(".") in SIGNING_HEADS for w in words[-3:]) or \
                words[-1].casefold() == "oy" and any(w in name.casefold() for w in SUBCONTRACTED + ("konsult",)):
            continue  # a company that evaluated or studied the project ('Arviointitoimisto Kaarna Oy') ran nothing
        near = lines[max(0, i - SIGNATURE_REACH):i + SIGNATURE_REACH + 1]
        if any(ADDRESS.search(n) or any(t in n.casefold() for t in STAFF_TITLES) for n in near) and \
                not any(a in name.casefold() for a in AUTHORITIES) and _org_key(_title_case(name)) not in funding:
            found.setdefault(_title_case(name), starts[i] + line.find(name))
    return next(iter(found.items())) if len(found) == 1 else None


def _title_case(name: str) -> str:
    """'NOUSIAISTEN MONIPALVELU OY' in a letterhead -> 'Nousiaisten Monipalvelu Oy'."""
    if not name.isupper():
        return name
    return " ".join(w.casefold() if w.casefold() in ("ry", "sr", "rf") else "-".join(p.capitalize() for p in w.split("-"))
                    for w in name.split())


MUNICIPAL_OWNER = re.compile(r"\b([A-ZÅÄÖ][\w-]+n)\s+(kaupun|kunna|kunta)", re.IGNORECASE)


def _the_municipality(text: str, head: str) -> str | None:
    """The one city (or municipality) whose bodies the text names ('Forssan kaupunki, Työllisyyspalvelut'
    in the footer), for a bare 'kaupungin' or 'kunnan' in an annual report of its own; None when
    the text names none or several."""
    owners = {m[1] for m in MUNICIPAL_OWNER.finditer(text) if m[1][:1].isupper() and
              m[2].casefold().startswith(head[:3]) and (hit := gazetteer().match(m[1])) and hit.municipality}
    owners = {_title_case(o) for o in owners}
    return f"{owners.pop()} {head}" if len(owners) == 1 else None  # 'NURMIJÄRVEN KUNTA' in a letterhead


BODY_HEADS = ("kuntayhtymä", "säätiö", "yhdistys")
BODY_NAMES = {  # the body's full name: 'Pietarsaaren seudun työllisyyspalvelujen kuntayhtymä',
    # 'Keski-Pohjanmaan Työtoimintasäätiö sr', 'Auranlaakson Työ ja Toiminta ry'
    "kuntayhtymä": re.compile(r"\b[A-ZÅÄÖ][\w-]*n(?: [a-zåäö][\w-]*n){0,3} kuntayhtymä\b"),
    "säätiö": re.compile(r"\b[A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*){0,3}? ?[\w-]*säätiö(?: sr)?\b"),
    "yhdistys": re.compile(r"\b[A-ZÅÄÖ][\w-]*(?: (?:[A-ZÅÄÖ][\w-]*|ja)){0,4} ry\b"),
}


def _the_body(text: str, head: str) -> str | None:
    """The one body of its kind the text names in full, for a bare 'Kuntayhtymän hallinnoima', 'säätiön
    hallinnoima', 'yhdistyksen toteuttama' or 'kaupungin työllisyyspalvelujen hallinnoima'."""
    if head in MUNICIPAL_HEADS:
        return _the_municipality(text, head)
    names = {_without_role_label(m.strip()) for m in BODY_NAMES[head].findall(text)}
    if not names and head == "yhdistys":  # a letterhead in capitals: 'KÖYLIÖN SEUDUN TYÖTTÖMÄT RY'
        names = {" ".join(w.capitalize() for w in m.split()[:-1]) + " ry" for m in CAPITAL_ASSOCIATION.findall(text)}
    names = {n for n in names if not any(n != o and n in o for o in names)}  # a name inside a longer one
    return names.pop() if len(names) == 1 else None


CAPITAL_ASSOCIATION = re.compile(r"^[ \t]*((?:[A-ZÅÄÖ][A-ZÅÄÖ-]+ ){1,4}RY)[ \t]*$", re.MULTILINE)


def _without_role_label(name: str) -> str:
    """'Osatoteuttaja Tornion Työvoimayhdistys ry' (a running header's field) -> 'Tornion Työvoimayhdistys ry'."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() in IMPLEMENTER_LABELS + FUNDER_LABELS else name


def _without_own_share(facts: list[Fact]) -> list[Fact]:
    """A funder read from the parse that also carries the project out pays its own share
    ('Outokummun kaupungin omarahoitusosuus 20 %', 'Kuntien rahoitusosuudesta Kangasalan kaupunki
    vastaa'): co-financing, which the money's own funding records; it granted nothing. A labelled
    funder ('Rahoittajat: ..., Porin kaupunki') stays."""
    running = {_org_key(f.values["value"]) for f in facts if f.kind == "implementers"}
    kept = [f for f in facts if not (f.kind == "funders" and f.evidence[0].method in ("rule:org_parse", OWN_MONEY)
                                     and _org_key(f.values["value"]) in running)]
    if any(f.kind == "funders" for f in kept):
        return kept
    return [f for f in facts if f in kept or f.evidence[0].method == OWN_MONEY]  # 'rahoitettiin kokonaan kunnan
    # omalla rahalla' with no grant from anyone: the municipality that runs it is its one funder


OWN_MONEY = "rule:org_own_money"


def _org_key(name: str) -> str:
    """One organisation per owner and its units: 'Porin kaupunki' and 'Porin työllisyyspalvelut' are
    one, 'Porvoon kaupunki' and 'Porvoon Työpaja ry' two; 'Lapin elinkeino-, liikenne- ja ympäristökeskus' is
    'Lapin ELY-keskus', 'Kaakkois-Suomen työvoima- ja elinkeinokeskus' 'Kaakkois-Suomen TE-keskus'."""
    name = TE_LONG.sub("TE-keskus", ELY_LONG.sub("ELY-keskus", name))
    first, *rest = name.split()
    if rest and all(w[:1].islower() or not w[:1].isalpha() for w in rest) and \
            not rest[-1].casefold().endswith(OWN_ENTITIES):
        return first.casefold()
    return name.casefold()


# bodies of their own beside the municipality whose name they carry: 'Rautjärven seurakunta', 'Rautjärven kunta'
OWN_ENTITIES = ("seurakunta", "yhdistys", "säätiö", "kuntayhtymä", "osuuskunta", "sairaanhoitopiiri", "oppilaitos",
                "opisto", "korkeakoulu")


def _without_parts(facts: list[Fact]) -> list[Fact]:
    """Drop a name whose words all occur in another name of the same role ('ELY-keskus' beside
    'Kainuun ELY-keskus', 'Työvalmennussäätiö' beside 'Työvalmennussäätiö Saarni sr')."""
    def words(f: Fact) -> set[str]:
        return set(re.findall(r"\w+", f.values["value"].casefold()))
    return [f for f in facts if not any(g is not f and g.kind == f.kind and words(f) < words(g) for g in facts)]


def _without_acronyms(facts: list[Fact]) -> list[Fact]:
    """Drop a short name made of the first letters of another name's words ('HiPeTo ry' beside
    'Hirvensalmen ja Pertunmaan Työ- ja Toimintakeskus ry'): the same organisation, written short."""
    def short(f: Fact) -> str:
        return re.sub(r"\s+(?:ry|sr|oy|ab)\.?$", "", f.values["value"], flags=re.IGNORECASE)
    return [f for f in facts if not any(g is not f and g.kind == f.kind and _acronym_of(short(f), short(g))
                                        for g in facts)]


def _acronym_of(abbreviation: str, name: str) -> bool:
    """Each capitalised segment of a one-word abbreviation starts a later word of the name, in order."""
    segments = re.findall(r"[A-ZÅÄÖ][a-zåäö]*", abbreviation)
    if " " in abbreviation or len(segments) < 2 or "".join(segments) != abbreviation:
        return False
    words = iter(w.casefold() for w in re.findall(r"[\w]+", name))
    return all(any(w.startswith(seg.casefold()) for w in words) for seg in segments)


def field_label(s: Sentence) -> str:
    """The label of a labelled line, normalised: 'Hankkeen nimi:' -> 'hankkeen nimi', '1. Hankkeen nimi |' ->
    'hankkeen nimi' (a form's numbered question)."""
    return SECTION_NUMBER.sub("", s.label.strip().rstrip(":").strip().casefold())


LABEL_BEFORE = re.compile(r"(?:^|[.\n]\s*)(?P<label>[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?):\s*$")


def line_label(s: Sentence, text: str) -> str:
    """The label of a line, also of a value whose label stands alone on the line above ('Tuen saaja' /
    'Suomussalmen kunta, Y-tunnus 0193177-1'): a short heading right above a verbless line."""
    label = field_label(s)
    heading = s.heading.strip()
    role_heading = heading.rstrip(":").strip().casefold()
    if label in NAME_LABELS and role_heading in IMPLEMENTER_LABELS + FUNDER_LABELS:
        return role_heading  # 'TUENSAAJA' / 'Nimi | Kaustisen kunta'
    if label or any(t.pos_ in ("VERB", "AUX") for t in s.span):
        return label
    before = LABEL_BEFORE.search(text[max(0, s.start - 60):s.start])
    if before and before["label"].casefold() in IMPLEMENTER_LABELS + FUNDER_LABELS:
        return before["label"].casefold()  # '… työllisyyspalvelut. Rahoittaja:' + 'Hämeen ELY-keskus, …' wrapped
    if not heading or len(heading.split()) > 5:
        return label
    above = text[:s.start].rstrip(" \t")
    return heading.rstrip(":").strip().casefold() if above.endswith("\n") and above.rstrip().endswith(heading) else ""


def _labelled(s: Sentence, text: str = "") -> list[tuple[str, str, str]]:
    parts_of_label = [p.strip() for p in line_label(s, text).split("/")]
    role = ("implementers" if any(p in IMPLEMENTER_LABELS for p in parts_of_label)
            else "funders" if any(p in FUNDER_LABELS + SOURCE_LABELS for p in parts_of_label) else None)
    if role is None:
        return []
    if s.is_row and len(s.columns) >= 3 and (s.is_header_row or s.row_cells == s.columns):
        return []  # a table's header row: 'Rahoittaja | Euroa | Osuus', or that row again after a page break
    value = NEXT_LABEL.split(_field_value(s), 1)[0]  # 'Hakija: Kyyjärven kunta Haettava rahoittaja: …' on one line
    if _project_lemma(value.split()[-1].casefold() if value.split() else ""):
        return []  # 'Toteuttajat: Liedon kunnan ja Paimion kaupungin yhteishanke': the parse has the owners
    if _clause_value(s):
        return []  # 'Toteuttajat: Hankkeen toteuttivat X yhdessä Y:n kanssa': the parse reads the clause
    earlier = [m["org"].strip() for m in SUCCESSION.finditer(value) if _names_org_head(m["org"]) and not (
        m["when"] in ("alkaen", "lähtien") and _municipal_body(m["org"]))]
    value = re.sub(r"\(.*?\)", "", value).strip(" .|") + "".join(f"; {e}" for e in earlier)
    value = DATED_PREFIX.sub("", value)  # 'X (Y-tunnus …), 31.12.2008 saakka Nurmon kunta'
    if (owned := _municipalities_money(value)):
        return [(role, name, "rule:org_label") for name in owned]
    value = ",".join(p for p in value.split(",") if not ADDRESS.search(p)).strip(" ,")  # 'X, Kolarintie 28'
    parts = _name_coordinations([p.strip(" .") for p in SPLIT.split(value) if p.strip(" .")])
    if len(parts) > 1 and not all(_looks_like_org(p) or _is_place(p) for p in parts):
        named = [p for p in parts if (p[:1].isupper() or _ministry(p)) and _names_org_head(p)]  # not 'X, Elinkeinot,
        parts = named or ([p.strip() for p in value.split(";")] if ";" in value else [value])  # … -vastuualue'
    parts = [p for p in parts if p.casefold() not in GENERIC_HEADS]  # 'Toteuttaja: Kunta' names no one
    if len(parts) > 1:  # 'Kuopion kaupunki, Työllisyyspalvelut': the body's unit, no body of its own
        parts = [p for p in parts if len(p.split()) > 1 or not p.casefold().endswith(UNIT_WORDS)]
    parts = [re.sub(r"keskuksen$", "keskus", m[1]) if (m := VIA_CENTRE.search(p)) else p for p in parts]
    if not any(p in FUNDER_LABELS + IMPLEMENTER_LABELS for p in parts_of_label):  # 'Rahoitus: ESR / X ELY-keskus'
        parts = [q.strip() for p in parts for q in p.split("/") if _names_org_head(q)]
    else:  # 'Rahoittaja: Pirkanmaan ELY-keskus / Euroopan sosiaalirahasto': two, when both are organisations
        parts = [q.strip() for p in parts for q in (p.split("/") if all(map(_names_org_head, p.split("/"))) else [p])]
    return [(role, p, "rule:org_label") for p in parts if not _is_place(p)]


# the money of towns named by their owners: 'Vaalan ja Utajärven kuntien talousarviomäärärahat'
MUNICIPALITIES_MONEY = re.compile(r"(?P<owners>[A-ZÅÄÖ][\w-]+n(?:\s*(?:,|ja|sekä)\s*[A-ZÅÄÖ][\w-]+n)*)\s+"
                                  r"(?P<head>kun(?:nan|tien)|kaupun(?:gin|kien))\s+\w*(?:raha|määräraha|varat|budjetti)\w*$")


def _municipalities_money(value: str) -> list[str]:
    """The municipalities whose money the field names, in nominative: 'Vaalan ja Utajärven kuntien
    talousarviomäärärahat' -> 'Vaalan kunta', 'Utajärven kunta'."""
    m = MUNICIPALITIES_MONEY.fullmatch(value.strip())
    if m is None:
        return []
    owners = re.split(r"\s*(?:,|\bja\b|\bsekä\b)\s*", m["owners"])
    head = "kunta" if m["head"].startswith("kun") else "kaupunki"
    if not all((hit := gazetteer().match(o)) is not None and hit.municipality for o in owners):
        return []
    return [f"{o} {head}" for o in owners]


# 'Satakunnan ELY-keskus (31.12.2009 asti Satakunnan TE-keskus)': the body that held the role before
# (not a merged municipality's successor, 'Hämeenkosken kunta (1.1.2016 alkaen Hollolan kunta)': the same body)
SUCCESSION = re.compile(r"\((?:\d{1,2}\.\d{1,2}\.\d{4}\s+(?P<when>asti|saakka|alkaen|lähtien)|aiemmin|ent\.|entinen)"
                        r"\s+(?P<org>[^()]+?)\)")
DATED_PREFIX = re.compile(r"(?:(?<=[,;])|^)\s*\d{1,2}\.\d{1,2}\.\d{4}\s+(?:asti|saakka|alkaen|lähtien)\s+")


def _municipal_body(name: str) -> bool:
    """'Hollolan kunta', 'Kuopion kaupunki'."""
    words = name.split()
    return len(words) == 2 and words[1].casefold() in MUNICIPAL_HEADS and gazetteer().municipality(words[0]) is not None


def _name_coordinations(parts: list[str]) -> list[str]:
    """'Auranlaakson Työ' + 'Toiminta ry': a capitalised part with no organisation head joined by 'ja' to one
    that has it is one name ('Auranlaakson Työ ja Toiminta ry')."""
    out: list[str] = []
    for p in parts:
        if out and not _names_org_head(out[-1]) and p[:1].isupper() and _names_org_head(p) and \
                out[-1].split()[-1][:1].isupper() and not _is_place(out[-1]):
            out[-1] = f"{out[-1]} ja {p}"
        else:
            out.append(p)
    return out


def _clause_value(s: Sentence) -> bool:
    """The value after the label is a clause with a finite verb of its own."""
    end = s.span.start_char + len(s.label)
    return bool(s.label) and not s.is_row and any(t.idx >= end and "Fin" in t.morph.get("VerbForm") for t in s.span)


def _names_org_head(text: str) -> bool:
    return any(w in ORG_HEADS or w.endswith(LONG_HEADS) for w in re.findall(r"[\w-]+", text.casefold()))


def _field_value(s: Sentence) -> str:
    """The value of a labelled line or table row ('| Hallinnoija | X ry, Seinäjoki |' -> 'X ry, Seinäjoki')."""
    if "|" in s.text:
        cells = [c.strip() for c in s.text.strip().strip("|").split("|")]
        return " | ".join(cells[1:]) if len(cells) > 1 else cells[0]
    return s.text.split(":", 1)[-1]


def _is_place(name: str) -> bool:
    """A bare municipality or region name, as in 'Työvalmennusyhdistys Kivijalka ry, Seinäjoki' or
    'Rahoittaja: Satakunta'."""
    words = name.split()
    return len(words) == 1 and gazetteer().match(words[0]) is not None


def _from_parse(s: Sentence, own: list[set[str]] = ()) -> list[tuple[str, str, str]]:
    """Organisation noun phrases in sentences with a role word, role by the nearest role word (one
    in the organisation's own clause first); the recipient of a grant and the owner of the project
    ('Kemin kaupungille myönnetty', 'Raision kaupungin ja Naantalin kaupungin yhteinen kokeilu')
    carry it out."""
    tokens = list(s.span)
    roles = [(i, "implementers") for i, t in enumerate(tokens) if _is_role(t, IMPLEMENTER_WORDS)]
    roles += [(i, "funders") for i, t in enumerate(tokens) if _is_role(t, FUNDER_WORDS)]
    roles = [r for r in roles if not names_other_project(tokens[r[0]], own) and not _describes_a_service(tokens[r[0]])]
    out = []
    if _partner_project(tokens) or continuation(tokens) or COUNTED_PROJECTS.search(s.text):
        return []  # '… myönsi Keski-Suomessa ESR-rahoitusta 58,6 miljoonaa euroa 214 hankkeelle': a programme's
    for head_i, tok in enumerate(tokens):
        if not _is_org_head(tok) or _is_role(tok, IMPLEMENTER_WORDS + FUNDER_WORDS) or negated(tok, True) or \
                _abbreviation(tokens, head_i) or _kind_owner(tok) or _names_an_area(tok) or _merged_into(tok) or \
                _services_for_people(tok):
            continue
        role = OTHERS if names_other_project(tok, own) or runs_named_other(tok, own) or _runs_wider_thing(tok) else \
            _own_role(tok, own) or _nearest_role(tokens, head_i, roles) or _role_of_list(tok) or \
            _shared_subject_role(tok) or \
            _first_of_plural_subject(tokens, head_i, roles)
        if role == "implementers" and tok.lemma_.casefold().endswith("rahasto"):
            continue  # 'Euroopan sosiaalirahaston hanke, jota hallinnoi X': a fund carries nothing out
        if role in (None, OTHERS) or role == "funders" and (any(t.lemma_.casefold() in PRIVATE for t in tokens)
                                                  or tok.lemma_.casefold().endswith(EMPLOYMENT_OFFICES)
                                                  and not _grants_to_project(tok)
                                                  or _paid_to(tok)):
            continue  # 'maksoi Tornion kaupunki avustuksena Tornion Työvoimayhdistykselle': paid to, not paying
        out += [(role, name, "rule:org_parse") for name in _names(tokens, head_i)]
    return out


def _paid_to(tok) -> bool:
    """'maksoi Tornion kaupunki avustuksena Tornion Työvoimayhdistykselle': the allative of a verb with a
    payer of its own receives; not the one thanked ('kiitos Hämeen ELY-keskukselle rahoituksesta')."""
    verb = tok.head.head if tok.dep_ == "nmod" and tok.head.dep_ in ("obl", "obj") else tok.head  # 'avustuksena X:lle'
    return tok.morph.get("Case") == ["All"] and verb.pos_ == "VERB" and \
        any(ch.dep_.startswith("nsubj") and ch.i != tok.i for ch in verb.children)


def _grants_to_project(office) -> bool:
    """'Pohjois-Pohjanmaan TE-toimisto myönsi hankkeelle työllisyyspoliittista avustusta': an employment office
    granting the project itself money (not wage subsidies for its clients) funds it."""
    verb = office.head
    return office.dep_.startswith("nsubj") and verb.lemma_.casefold() == "myöntää" and \
        any(ch.morph.get("Case") == ["All"] and _project_lemma(ch.lemma_.casefold()) for ch in verb.children) and \
        not any("palkka" in ch.lemma_.casefold() for ch in verb.children)


def _services_for_people(tok) -> bool:
    """'Pitkäaikaistyöttömien palveluista merkittävä osa on rahoitettu ESR:stä': services owned by a group of
    people (a genitive plural that is no organisation and no place) are what is done, not who does it."""
    return tok.lemma_.casefold() == "palvelu" and any(
        ch.dep_.startswith("nmod") and ch.morph.get("Number") == ["Plur"] and ch.morph.get("Case") == ["Gen"] and
        ch.pos_ in ("NOUN", "ADJ") and not _is_org_head(ch) and gazetteer().match(ch.text) is None
        for ch in tok.children)


AREA_WORDS = ("alue", "seutu")
MERGE_VERBS = ("liittyä", "liittää", "yhdistyä", "yhdistää", "sulautua")  # 'Tarvasjoki liitettiin Liedon kuntaan'


def _merged_into(tok) -> bool:
    """'Vähänkyrön kunta, joka liittyi 1.1.2013 Vaasan kaupunkiin': the town a municipality merged into is
    no party to the project."""
    return tok.morph.get("Case") == ["Ill"] and tok.head.lemma_.casefold() in MERGE_VERBS and \
        tok.lemma_.casefold().endswith(MUNICIPAL_HEADS)


def _names_an_area(tok) -> bool:
    """'toteutettiin … Kemin ja Tornion kaupunkien alueella': the towns' area, a place and no body."""
    head = tok.head if tok.dep_ == "conj" else tok
    return head.dep_.startswith("nmod") and head.head.lemma_.casefold() in AREA_WORDS


def _first_of_plural_subject(tokens, head_i: int, roles: list[tuple[int, str]]) -> str | None:
    """'Hyvinkään kaupunki ja Keski-Uudenmaan Työpajasäätiö ovat toteuttaneet …', parsed with the first
    organisation apart: a nominative organisation joined by 'ja' to the subject of a plural role verb shares
    its role."""
    tok = tokens[head_i]
    if tok.morph.get("Case") != ["Nom"] or head_i + 1 >= len(tokens) or \
            tokens[head_i + 1].lower_ not in ("ja", "sekä"):
        return None
    for j in range(head_i + 2, min(len(tokens), head_i + 6)):
        other = tokens[j]
        if _is_org_head(other) and other.morph.get("Case") == ["Nom"]:
            verb = other.head
            plural = "Plur" in verb.morph.get("Number") or any(
                ch.dep_ == "aux" and "Plur" in ch.morph.get("Number") for ch in verb.children)
            if other.dep_.startswith("nsubj") and plural:
                return next((r for i, r in roles if tokens[i].i == verb.i), None)
            return None
    return None


def _describes_a_service(tok) -> bool:
    """'kunnan ja TE-toimiston yhteinen, lähipalveluna toteutettu asiakasohjaus': a passive participle that
    describes a service or an activity, not the project, gives no one a role."""
    head = tok.head
    return "Part" in tok.morph.get("VerbForm") and "Pass" in tok.morph.get("Voice") and \
        tok.dep_ in ("amod", "acl") and head.pos_ == "NOUN" and head.text[:1].islower() and \
        not _project_lemma(head.lemma_.casefold())


def runs_named_other(org, own: list[set[str]]) -> bool:
    """'Forssan seudun hyvinvointikuntayhtymän hallinnoimassa Osaajaksi-hankkeessa', 'Heinolan Työvoimayhdistys
    ry:n hallinnoima Jyränkö': the agent of a role participle right before another project's name."""
    doc, at = org.doc, org.i + 1
    if at < len(doc) and doc[at].text.split(":")[0] in LEGAL_FORMS and org.text.split(":")[0] not in LEGAL_FORMS:
        at += 1  # 'Työvoimayhdistys ry:n hallinnoima'
    verb = doc[at] if at < len(doc) else org
    if not (org.dep_.startswith(("nsubj", "nmod:poss", "conj")) and _is_role(verb, IMPLEMENTER_WORDS) and
            verb.lower_.startswith(AGENT_PARTICIPLES)):
        return False
    if names_other_project(verb, own):
        return True
    name = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return bool(own) and name is not None and name.text[:1].isupper() and name.is_alpha and \
        not _project_lemma(name.lemma_.casefold()) and gazetteer().match(name.text) is None and \
        not any(w[:OWN_STEM] == name.lower_[:OWN_STEM] for o in own for w in o)


AGENT_PARTICIPLES = ("hallinnoima", "toteuttama", "koordinoima", "ylläpitämä", "vetämä")
OWN_STEM = 5  # letters an inflected form shares with the own name's word ('Harjutuulen' – 'harjutuuli')


WIDER_THINGS = ("verkosto", "ohjelma", "kampanja", "foorumi", "kokonaisuus")


def _runs_wider_thing(org) -> bool:
    """'… -kehittämisverkostoon, jota koordinoi Helsingin kaupunki': the subject of a role verb in a relative
    clause about a network or a programme runs that, not the project."""
    verb = org.head
    if not (org.dep_.startswith("nsubj") and _is_role(verb, IMPLEMENTER_WORDS)):
        return False
    if verb.dep_ == "acl:relcl":
        return verb.head.lemma_.casefold().endswith(WIDER_THINGS)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None  # 'Seinäjoen ammattikorkeakoulun
    return after is not None and "Fin" not in verb.morph.get("VerbForm") and \
        after.lemma_.casefold().endswith(WIDER_THINGS)  # koordinoimaan Lakeus-Linkki-kokonaisuuteen


def continuation(tokens) -> bool:
    """'Yhdistys jatkaa ryhmätoimintaa omana toimintanaan Auran ja Pöytyän kuntien avustuksen turvin', 'työvalmennusta
    jatketaan 1.5.2022 alkaen ostopalveluna Auran kunnalta', 'Työtupa jatkaa verstastoimintaa vuoden 2020 alusta STEA:n
    avustuksella': who pays for or sells what goes on after the project is no funder of it."""
    lemmas = [t.lemma_.casefold() for t in tokens]
    if any(t.lemma_.casefold() in ("jatkaa", "jatkua") and "Past" not in t.morph.get("Tense") and
           any(c.lower_ in FROM_DATE for d in t.children for c in (d, *d.children)) and
           not any(c.dep_ in ("obj", "nsubj") and _project_lemma(c.lemma_.casefold()) for c in t.children)
           for t in tokens):
        return True
    if any(t.lemma_.casefold() == "jatkua" and "Pres" in t.morph.get("Tense") and
           any(c.dep_ == "nsubj" and c.lemma_.casefold() in GOING_ON for c in t.children) for t in tokens):
        return True  # 'Toiminta jatkuu Eurajoella' (a heading of what comes after the project)
    return any(v in lemmas for v in ("jatkaa", "jatkua")) and any(
        t.lower_ in ("omana", "omaksi") and i + 1 < len(tokens) and tokens[i + 1].lemma_.casefold() == "toiminta"
        for i, t in enumerate(tokens))


GOING_ON = ("toiminta", "työ", "malli", "palvelu", "valmennus")  # what goes on after the project


FROM_DATE = ("alkaen", "lähtien", "alusta")  # '1.5.2022 alkaen', 'vuoden 2020 alusta'


def _partner_project(tokens) -> bool:
    """'yhteistyötä Kiuruveden kaupungin hallinnoiman Askel arkeen -hankkeen kanssa, jota rahoittaa X':
    the roles in the sentence are those of a named partner project."""
    for i, t in enumerate(tokens[1:-1], 1):
        named = t.text.startswith("-") or tokens[i - 1].text in ("-", "–") or "-" in t.text[1:]
        if named and _project_lemma(t.lemma_.casefold()) and tokens[i + 1].lemma_.casefold() == "kanssa":
            return True
    return False


def _project_lemma(lemma: str) -> bool:
    return any(w in lemma for w in PROJECT_NOUNS) and not lemma.endswith(NOT_PROJECTS)


def _abbreviation(tokens, head_i: int) -> bool:
    """'Uudenmaan elinkeino-, liikenne- ja ympäristökeskus (Uudenmaan ELY-keskus)': the name in
    brackets is the same organisation again."""
    start = _phrase_start(tokens, head_i)
    return start > 1 and tokens[start - 1].text == "(" and _is_org_head(tokens[start - 2])


def _role_of_list(tok) -> str | None:
    """'Hanketta rahoittavat X Euroopan sosiaalirahastosta sekä Loviisan kaupunki ja Lapinjärven kunta':
    a later organisation in a list has the role of the verb the list's first one depends on."""
    first = _conj_root(tok)
    if first is tok or not _is_org_head(first):
        return None
    if _is_role(first.head, FUNDER_WORDS):
        return "funders"
    return "implementers" if _is_role(first.head, IMPLEMENTER_WORDS) else None


def _shared_subject_role(tok) -> str | None:
    """'Tuen myönsi ja hankkeen maksatukset käsitteli Satakunnan ELY-keskus': the subject after two coordinated
    verbs is the first one's too, when that one has no organisation of its own as subject."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    first = verb.head
    if any(ch.dep_.startswith("nsubj") and _is_org_head(ch) for ch in first.children):
        return None
    if _is_role(first, FUNDER_WORDS):
        return "funders"
    return "implementers" if _is_role(first, IMPLEMENTER_WORDS) else None


def _nearest_role(tokens, head_i: int, roles: list[tuple[int, str]]) -> str | None:
    if not roles:
        return None
    base = tokens[0].i
    phrase = set(range(_phrase_start(tokens, head_i), head_i + 1))
    related = _related(tokens, head_i) | {tokens[i].head.i - base for i in phrase}

    def near(r: tuple[int, str]) -> bool:
        """The role word is the organisation's verb, a sibling or one of its own words' heads."""
        return r[0] in related or tokens[r[0]].head.i - base in related | phrase

    def owned_by_another(r: tuple[int, str]) -> bool:
        """'ministeriö selvittää …, miten kuntien työmarkkinatuen rahoitusvastuu …': a role noun whose
        possessor is another organisation is that one's role."""
        if tokens[r[0]].pos_ != "NOUN":
            return False  # 'Vieremän kunnan elinvoimapalvelujen hallinnoima': the agent of a participle
        owners = [ch for ch in tokens[r[0]].children if ch.dep_ == "nmod:poss"]
        owners += [g for ch in owners for g in ch.children if g.dep_ == "nmod:poss"]
        return any(_is_org_head(o) for o in owners) and not any(o.i - base in phrase for o in owners)

    roles = [r for r in roles if not owned_by_another(r)]

    linked = [r for r in roles if near(r) and abs(r[0] - head_i) <= 12]
    adjacent = [r for r in roles if abs(r[0] - head_i) <= 3]
    found = linked or adjacent
    return min(found, key=lambda r: abs(r[0] - head_i))[1] if found else None


OTHERS = "others"  # the owner of another project: no role in this one, whatever role words stand near


def _own_role(tok, own: list[set[str]] = ()) -> str | None:
    """'myöntää Kemin kaupungille rahoitusta': the allative recipient of a funding verb; 'Kemijärven
    kaupungin ja Itä-Lapin kuntayhtymän yhteinen -hanke': the genitive owner of the project; an
    authority that approves or decides ('ELY-keskus hyväksyy muutoksen'): the funder. OTHERS for the
    owner of another project ('Vuokatin Nuorisopaja ry:n Nuoret liikkeelle -hankkeessa')."""
    first = _conj_root(tok)
    if _agent_of_funding(tok) or _agent_of_funding(first):
        return "funders"  # 'Etelä-Savon ELY-keskuksen Euroopan sosiaalirahastosta … rahoittama hanke'
    if first.dep_ == "nsubj" and first.head.lemma_.casefold() == "osallistua" and any(
            ch.dep_ == "obl" and ch.lemma_.casefold() in ("toteuttaminen", "toteutus", "hallinnointi")
            for ch in first.head.children):
        return "implementers"  # 'Pyhäjoen kunta osallistui sen toteuttamiseen omalla henkilöstöllään'
    if first.dep_ == "obj" and _is_org_head(first) and _is_role(first.head, IMPLEMENTER_WORDS):
        return OTHERS  # 'Se ylläpitää … Pöytyän Kyrössä puutyöpajaa': what a body runs, not who runs it
    if _funds(first):
        return "funders"
    if _together_with(first):
        return "implementers"
    if first.morph.get("Case") == ["All"] and first.head.lemma_.casefold().startswith(("myöntää", "rahoittaa")):
        return "implementers"
    if first.dep_ == "nsubj" and first.lemma_.casefold().endswith(AUTHORITIES) and \
            first.head.lemma_.casefold() in DECIDE:
        return "funders"  # 'Varsinais-Suomen ELY-keskus hyväksyy muutoksen' in a decision
    if first.dep_ == "nsubj" and first.lemma_.casefold().endswith(AUTHORITIES) and _made_decision(first.head) and \
            any(_funding_lemma(t) for t in first.sent):
        return "funders"  # 'Rahoitus tuli Euroopan sosiaalirahastosta, ja päätöksen teki Lapin ELY-keskus'
    if first.dep_ == "nsubj" and first.head.lemma_.casefold() == "vastata":
        return _responsible_for(first.head)  # 'Hankkeesta vastasi Salon kaupunki'
    if first.dep_ != "nmod:poss" or first.lemma_.casefold().endswith(FUNDING_BODIES):
        return None
    node = first
    for _ in range(3):
        node = node.head
        if _project_lemma(node.lemma_.casefold()):
            other = any(other_project_modifier(c) for c in node.children) or \
                _joined_by_org(node) or bool(own) and other_project(node.doc[first.i:node.i + 1].text, own) or \
                _predicated_of_other(node, own)
            return OTHERS if other else "implementers"
        if node.text[:1].isupper() and not _is_org_head(node) and _project_word_follows(node):
            return "implementers"  # the project's name: 'Kaamosvalo – osallisuutta ja työtä -hanke'
        if node.dep_ not in ("nmod:poss", "amod") or node.head.i == node.i:
            return None
    return None


FUNDING_PARTICIPLES = ("rahoittaa", "osarahoittaa", "myöntää")
AGENT_REACH = 7  # tokens from a genitive body to the agent participle whose agent it is


def _agent_of_funding(tok) -> bool:
    """'X:n (Euroopan sosiaalirahastosta ja valtion varoista) rahoittama hanke', 'Euroopan sosiaalirahaston
    osarahoittama hanke': the genitive before a funding agent participle, or the elative source of its money."""
    if tok.morph.get("Case") not in (["Gen"], ["Ela"]):
        return False
    for t in tok.doc[tok.i + 1:tok.i + 1 + AGENT_REACH]:
        if "Fin" in t.morph.get("VerbForm") or t.text in (".", ";", ":"):
            return False
        if "Agt" in t.morph.get("PartForm"):
            return t.lemma_.casefold().startswith(FUNDING_PARTICIPLES)
    return False


def _predicated_of_other(project, own: list[set[str]]) -> bool:
    """'Työpolku (Parainen, S21588) on Paraisten kaupungin oma hanke': the project a copula says a name is,
    when the name is not the report's own."""
    if not own or not any(c.dep_ == "cop" for c in project.children):
        return False
    subjects = [c for c in project.children if c.dep_ in ("nsubj", "nsubj:cop") and c.text[:1].isupper()
                and c.pos_ in ("NOUN", "PROPN") and c.lemma_.casefold() not in GENERIC_SUBJECTS]  # not 'Hanke'
    return bool(subjects) and not any(same_project(words_of(subjects[0].text), o) for o in own if o)


def _joined_by_org(project) -> bool:
    """'kaupunki osallistui Seinäjoen koulutuskuntayhtymän oppisopimushankkeeseen': an organisation
    took part in the project of the genitive owner, which is another project than the report's."""
    verb = project.head
    if project.morph.get("Case") != ["Ill"] or verb.lemma_.casefold() != "osallistua":
        return False
    return any(c.dep_ == "nsubj" and (_is_org_head(c) or gazetteer().match(c.text) is not None)
               for c in verb.children)


def _funds(org) -> bool:
    """The organisation's funding: 'Euroopan sosiaalirahaston rahoituksella', 'hakea X:ltä
    ESR-rahoitusta', 'X:n kautta tuleva rahoitus', 'ELY-keskukselta saadulla ESR:n tuella'."""
    head = org.head
    if org.dep_ == "nmod:poss":  # 'Euroopan sosiaalirahaston tuella': a fund's support is its money
        return _funding_lemma(head) or _own_money_funds(org) or \
            head.lemma_.casefold() == "tuki" and org.lemma_.casefold().endswith(FUNDING_BODIES)
    source = org.morph.get("Case") == ["Abl"] or any(c.lemma_.casefold() == "kautta" for c in org.children)
    if not source or not head.lemma_.casefold().startswith(APPLY):
        return False
    after = head.doc[head.i + 1:head.i + 5]  # 'X:n kautta tuleva ESR- ja valtionrahoitus'
    participle = head.morph.get("VerbForm") == ["Part"]
    return any(_funding_lemma(c) for c in head.children if c.dep_ in ("obj", "nsubj")) or \
        participle and any(_funding_lemma(t) for t in after) or \
        participle and head.dep_ == "acl" and head.head.lemma_.casefold() == "tuki"  # 'X:ltä saadulla … tuella'


MONEY_NOUNS = ("raha", "vara", "rahoitus", "budjetti")


def _own_money_funds(org) -> bool:
    """'se rahoitettiin kokonaan kunnan omalla rahalla', 'rahoitettiin kaupungin omin varoin', '… kaupungin omalla
    työllisyydenhoidon määrärahalla': the body whose own money paid for the project is its funder."""
    money = org.head
    owned = any(ch.lemma_.casefold() == "oma" for ch in money.children)
    if not money.lemma_.casefold().endswith(MONEY_NOUNS) and money.dep_ == "nmod:poss":
        money = money.head  # 'kaupungin omalla työllisyydenhoidon määrärahalla'
        owned = owned or any(ch.lemma_.casefold() == "oma" for ch in money.children)
    return owned and money.lemma_.casefold().endswith(MONEY_NOUNS) and \
        money.head.lemma_.casefold() in ("rahoittaa", "kustantaa")


def _made_decision(verb) -> bool:
    """'teki päätöksen': the verb 'tehdä' with a decision as its object."""
    return verb.lemma_.casefold() == "tehdä" and any(
        ch.dep_ == "obj" and ch.lemma_.casefold().endswith("päätös") for ch in verb.children)


def _funding_lemma(tok) -> bool:
    lemma = tok.lemma_.casefold()
    own_or_wages = any(w in lemma for w in ("palkka", "oma"))  # 'omarahoitusosuus', 'palkkatukirahoitus'
    return tok.pos_ == "NOUN" and any(w in lemma for w in FUNDING_NOUNS) and not own_or_wages


def _together_with(org) -> bool:
    """'käynnistää yhdessä Virtain kaupungin kanssa työllisyyspilotin': a partner who runs it together."""
    if not any(c.lemma_.casefold() == "kanssa" for c in org.children):
        return False
    verb = org.head
    if not any(c.lemma_.casefold() == "yhdessä" for c in list(verb.children) + list(org.children)):
        return False
    if any(c.dep_ == "obj" and c.lemma_.casefold().startswith(FOLLOW_UP_PREFIXES) for c in verb.children):
        return False  # 'suunnittelee jatkohanketta yhdessä Sievin kunnan kanssa': a partner of the follow-up
    return _is_role(verb, IMPLEMENTER_WORDS) or any(c.dep_ == "obj" and _project_lemma(c.lemma_.casefold())
                                                    for c in verb.children)


def _responsible_for(verb) -> str | None:
    """'vastasi hankkeesta / toiminnasta / hallinnoinnista' -> implementer, 'rahoituksesta' -> funder."""
    for c in verb.children:
        lemma = c.lemma_.casefold()
        if c.morph.get("Case") == ["Ela"] and lemma.startswith(("rahoitus", "rahoittaminen")):
            return "funders"
        if c.morph.get("Case") == ["Ela"] and any(w in lemma for w in PROJECT_NOUNS + RUNNING):
            return "implementers"
    return None


def _project_word_follows(tok) -> bool:
    after = tok.doc[tok.i + 1:tok.i + 9]
    for t in after:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.lemma_.casefold().lstrip("-") in PROJECT_NOUNS:
            return True
    return False


def _conj_root(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def negated(tok, past_relatives: bool = False) -> bool:
    """The word's sentence (by the parser) is negative: 'Työvoimayhdistyksen talkootyötä ei laskettu
    rahoitukseen', 'Ypäjän kunta on ilmoittanut, ettei se osallistu hankkeen jatkoon'. With `past_relatives`, not by
    a relative clause on another word ('niille, jotka eivät hanketta tunne: … hanke, jota hallinnoi X')."""
    aside = {t.i for ch in tok.sent if ch.dep_ == "acl:relcl" and tok not in ch.subtree for t in ch.subtree} \
        if past_relatives else set()
    return any(t.lemma_.casefold() == "ei" and t.pos_ in ("AUX", "VERB") and t.i not in aside for t in tok.sent)


def _is_role(tok, words: tuple[str, ...]) -> bool:
    lemma = tok.lemma_.casefold()
    if not lemma.startswith(words) or lemma.endswith(LONG_HEADS) and lemma not in words:
        return False  # 'avustuskeskus' is an organisation, not a grant
    objects = [c for c in tok.children if c.dep_ == "obj"]
    if lemma == "vetää" and "Fin" in tok.morph.get("VerbForm") and not objects:
        return False  # 'Hankkeen kanssa samaan köyteen vetivät X, Y ja Z': partners pulling together, not leading it
    objects += [a for c in objects for a in c.children if a.dep_ == "appos"]  # 'liiton … -tunnustus'
    return not any(c.lemma_.casefold().startswith(SUBCONTRACTED) or c.lemma_.casefold().endswith(HONOURS)
                   for c in objects)


def _named_authority(tok) -> bool:
    """A joint municipal authority's name after its kind: 'Peruspalvelukuntayhtymä Kallio', 'Kuntayhtymä
    Kaksineuvoinen'."""
    prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return tok.pos_ == "PROPN" and prev is not None and prev.head.i == tok.i and prev.dep_ == "compound:nn" and \
        prev.lemma_.casefold().endswith("kuntayhtymä")


def _is_org_head(tok) -> bool:
    lemma = tok.lemma_.casefold()
    if tok.pos_ not in ("NOUN", "PROPN", "X", "SYM"):
        return False
    if tok.text.split(":")[0] in LEGAL_FORMS or tok.text in ("ELY-keskus", "TE-keskus", "TE-toimisto"):
        return True
    if lemma in ORG_HEADS:
        return True
    if _named_authority(tok):
        return True
    return lemma.endswith(LONG_HEADS) and not lemma.endswith(AREAS) and tok.pos_ != "PROPN" and \
        not (tok.text[:1].isupper() and gazetteer().match(tok.text))  # 'Satakunnan', 'Pohjois-Satakunnan'



def _related(tokens, i: int) -> set[int]:
    """Indices of the head chain of token i (its verb and that verb's head)."""
    out, tok = set(), tokens[i]
    base = tokens[0].i
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            break  # not into another clause: 'hallinnoi X, ja sen mallia on hyödynnetty Y:ssä'

        tok = tok.head
        out.add(tok.i - base)
    return out


def _names(tokens, head_i: int) -> list[str]:
    """The organisation's name, or one name per owner of a plural head ('Sysmän ja Hartolan kunnat')."""
    head = tokens[head_i]
    name = _phrase(tokens, head_i)
    if name is None:
        return []
    words = name.split()
    if len(words) == 1 and head.lemma_.casefold() in MUNICIPAL_HEADS and head.morph.get("Number") == ["Sing"] and \
            (_unit_of(head) or _own_money_funds(head)):
        return [head.lemma_.casefold()]  # 'Kaupungin työllisyyspalvelujen hallinnoima', 'kunnan omalla rahalla'
    if len(words) == 1 and head.lemma_.casefold() in BODY_HEADS and head.morph.get("Number") == ["Sing"]:
        return [head.lemma_.casefold()]  # 'Kuntayhtymän hallinnoima hanke': the body the text names in full
    if len(words) == 1 and (head.lemma_.casefold() in GENERIC_HEADS or
                            head.i == head.sent.start and head.lemma_.casefold().endswith(GENERIC_HEADS)):
        return []  # 'Kuntien rahoitusosuus', 'Työllisyyspalvelujen uusi hanke': no organisation named
    if len(words) == 2 and head.lemma_.casefold() in MUNICIPAL_HEADS and head.morph.get("Number") == ["Sing"] and \
            gazetteer().match(words[0]) is None and tokens[head_i - 1].pos_ == "ADJ":
        return []  # 'Pienen kunnan työllisyyshankkeen tulokset' in a title: a kind of town, no town named
    if head.morph.get("Number") == ["Plur"] and head.lemma_.casefold() in MUNICIPAL_HEADS:
        owners = [t for t in head.children if t.dep_ == "nmod:poss" and t.text[:1].isupper()]
        owners += [c for o in owners for c in o.children if c.dep_ == "conj" and c.text[:1].isupper()]
        owners = [o for o in owners if not _region_name(o.text)]  # 'Kainuun kuntien yhteinen hanke': no one body
        return [f"{o.text} {head.lemma_.casefold()}" for o in sorted(owners, key=lambda t: t.i)]
    return [name]


def _region_name(word: str) -> bool:
    hit = gazetteer().match(word)
    return hit is not None and hit.municipality is None


def _unit_of(city) -> bool:
    """'Kaupungin työllisyyspalvelut', 'kunnan työllisyysyksikön': the city owns a unit of its own."""
    unit = city.head
    return city.dep_ == "nmod:poss" and unit.i > city.i and unit.lemma_.casefold().endswith(UNIT_HEADS)


UNIT_HEADS = ("palvelu", "palvelut", "yksikkö", "toimi", "keskus", "tiimi")


def _run_by_ownerless_unit(s: Sentence) -> bool:
    """'Hanke toteutettiin sosiaali- ja terveyspalvelujen aikuissosiaalityön yksikössä': a unit carried the
    project out, its owner not named (no capitalised word, no association or foundation in the phrase)."""
    return any(tok.dep_ == "obl" and tok.morph.get("Case") == ["Ine"] and tok.lemma_.casefold().endswith(UNIT_HEADS)
               and _is_role(tok.head, IMPLEMENTER_WORDS) and tok.head.pos_ == "VERB" and
               not any(t.text[:1].isupper() or t.lemma_.casefold() in BODY_HEADS for t in tok.subtree)
               for tok in s.span)


def _the_municipal_body(text: str, named: list[str]) -> str | None:
    """The one city or municipality the text names as a body ('KUUSAMON KAUPUNKI' in the letterhead); of a
    city and a municipality, the one already found in a role ('rahoitettiin kokonaan kaupungin omin varoin')."""
    found = [name for head in MUNICIPAL_HEADS if (name := _the_municipality(text, head)) is not None]
    if len(found) > 1:
        found = [name for name in found if name in named]
    return found[0] if len(found) == 1 else None


def _phrase(tokens, head_i: int) -> str | None:
    """The organisation's name in nominative: modifiers as written, head in base form."""
    head = tokens[head_i]
    legal = head.text.split(":")[0] in LEGAL_FORMS
    start = _phrase_start(tokens, head_i)
    words = [t for t in tokens[start:head_i + 1]]
    while words and (words[0].is_punct or words[0].lemma_.casefold() in ("hanke", "projekti", "ja")):
        words = words[1:]
    if not words:
        return None
    text = "".join(_nominative(t, t is head) + (t.whitespace_ if t is not head else "") for t in words)
    if head_i + 1 < len(tokens) and tokens[head_i + 1].text.split(":")[0] in LEGAL_FORMS and not legal:
        text += " " + tokens[head_i + 1].text.split(":")[0]
    return re.sub(r"\b(ry|sr|Oy|oy|Ab)\.$", r"\1", text.strip()) or None  # the sentence's full stop


def _fronted(word, head) -> bool:
    """A sentence's first word that the verb governs, not the name ('Tarkoitustaan yhdistys toteuttaa …')."""
    return word.i == word.sent.start and word.pos_ == "NOUN" and word.dep_ in ("obj", "obl") and word.head.i > head.i


def _phrase_start(tokens, head_i: int) -> int:
    """Where the organisation's name begins: genitive owners, capitalised words and hyphen
    coordinations before its head, up to a role word, a run-in heading or another organisation."""
    legal = tokens[head_i].text.split(":")[0] in LEGAL_FORMS
    start = head_i
    while start > 0:
        prev = tokens[start - 1]
        step = _hyphen_step(tokens, start)
        if step:
            start -= step
            continue
        if _kind_owner(prev):
            start -= 1  # 'Sosiaali- ja terveysjärjestöjen avustuskeskus': the owners name a kind, not another one
            continue
        if legal and prev.pos_ == "NOUN" and prev.text.islower() and start >= 2 and \
                tokens[start - 2].text[:1].isupper() and tokens[start - 2].pos_ in ("PROPN", "NOUN"):
            start -= 1  # a company's name with a common noun in it: 'Hyria koulutus Oy'
            continue
        if start == head_i and _named_authority(tokens[head_i]):
            start -= 1  # the authority's kind before its name: 'Peruspalvelukuntayhtymä Kallio'
            continue
        if (_is_org_head(prev) and not legal) or prev.text.split(":")[0] in LEGAL_FORMS:
            break  # the previous organisation ends here
        if _is_role(prev, IMPLEMENTER_WORDS + FUNDER_WORDS) or _heading_word(tokens, start - 1):
            break
        if prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN", "ADJ", "X", "SYM") and \
                not _fronted(prev, tokens[head_i]) or \
                prev.dep_ in ("nmod:poss", "amod", "compound", "flat:name") and prev.pos_ != "PRON" and \
                prev.head.i >= prev.i and prev.text not in ("hankkeen", "projektin", "Hankkeen", "Projektin"):
            start -= 1
            continue
        if prev.morph.get("Case") == ["Gen"] and prev.pos_ == "NOUN" and start > 1 and _hyphen_step(tokens, start - 1):
            start -= 1  # 'sosiaali- ja terveydenhuollon kuntayhtymä': the last conjunct of a hyphen coordination
            continue
        if prev.text in ("-", "–") and start > 1 and not tokens[start - 2].whitespace_:
            start -= 1  # a hyphenated name, not a spaced dash before a subtitle ('Lankku – työpajasta')
            continue
        if prev.lemma_ in ("ja", "&") and start > 1 and tokens[start].text[:1].isupper() and legal and \
                tokens[start - 2].text[:1].isupper() and tokens[start - 2].pos_ in ("NOUN", "ADJ") and \
                not _is_org_head(tokens[start - 2]) and tokens[start].morph.get("Case") != ["Gen"]:
            start -= 2  # 'Auranlaakson Työ ja Toiminta ry': a coordination inside the name (not 'Harjutuuli ja
            continue  # Heinolan Työvoimayhdistys ry:n', a project and another body's name)
        if _joint_owners(tokens, start, head_i):
            start -= 2  # 'Hirvensalmen ja Pertunmaan Työ- ja Toimintakeskus ry': one body of two places
            continue
        break
    return start


def _joint_owners(tokens, start: int, head_i: int) -> bool:
    """'X:n ja Y:n' right before a singular name that is no municipality: both own one organisation."""
    if start < 2 or tokens[start - 1].lower_ not in ("ja", "sekä"):
        return False
    before, after, head = tokens[start - 2], tokens[start], tokens[head_i]
    return all(t.pos_ == "PROPN" and "Gen" in t.morph.get("Case") for t in (before, after)) and \
        head.lemma_.casefold() not in MUNICIPAL_HEADS and "Plur" not in head.morph.get("Number")


def _kind_owner(tok) -> bool:
    """An organisation word in the genitive plural that owns the next organisation word
    ('terveysjärjestöjen avustuskeskus', 'kuntien takauskeskus'): part of that one's name."""
    if tok.morph.get("Case") != ["Gen"] or tok.morph.get("Number") != ["Plur"] or not _is_org_head(tok):
        return False
    owner = tok.head if tok.dep_ != "conj" else tok.head.head
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and owner == nxt and _is_org_head(nxt)


def _hyphen_step(tokens, start: int) -> int:
    """How many tokens left of `start` belong to a hyphen coordination ('Työ- ja elinkeinoministeriö',
    'elinkeino-, liikenne- ja ympäristökeskus'): a word with a hyphen, and the comma or 'ja' after it."""
    prev = tokens[start - 1]
    word = tokens[start - 2] if start > 1 else prev
    if prev.text == "-" and start > 1 and word.is_alpha and not word.text.isupper() and not word.whitespace_ \
            and tokens[start].text in (",", "ja", "sekä"):
        return 2
    if prev.text in (",", "ja", "sekä") and start > 2 and tokens[start - 2].text == "-" and \
            not tokens[start - 3].whitespace_ and not tokens[start - 3].text.isupper():
        return 1  # not 'ESR- ja valtion rahoitus'
    return 0


def _heading_word(tokens, i: int) -> bool:
    """'Yhteenveto Tornion kaupungin ...': a capitalised nominative noun before a genitive is a
    heading or label run into the sentence, not part of the name (but a legal form's genitive closes
    the name itself: 'Pohjois-Kymen Työ ja Toiminta ry:n')."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tok.pos_ == "NOUN" and tok.morph.get("Case") == ["Nom"] and nxt is not None and \
        nxt.morph.get("Case") == ["Gen"] and tok.dep_ not in ("compound", "compound:nn", "flat:name") and \
        nxt.text.split(":")[0] not in LEGAL_FORMS


def _nominative(tok, is_head: bool) -> str:
    case = tok.morph.get("Case")
    agrees = is_head or tok.dep_ == "amod" and tok.pos_ == "ADJ" and case == tok.head.morph.get("Case") and \
        not (tok.text[:1].isupper() and gazetteer().municipality(tok.text) is not None)  # not 'Kaavin',
    # 'Hyvinkään' or 'Kaskisten' tagged amod: a town's name is its owner, in the genitive
    if not case or case == ["Nom"] or not agrees:
        return tok.text.split(":")[0] if tok.text.split(":")[0] in LEGAL_FORMS else tok.text
    lemma = tok.lemma_
    if tok.text[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    if tok.text.isupper():
        lemma = lemma.upper()
    return lemma


def _ministry(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1].casefold().endswith("ministeriö") and len(words) <= 6


def _looks_like_org(name: str) -> bool:
    words = name.split()
    if _ministry(name):
        return True  # 'sosiaali- ja terveysministeriö' is written in lower case
    if not words or len(words) > 9 or len(name) < 3 or not any(w[:1].isupper() for w in words):
        return False
    low = name.casefold()
    return any(h in low for h in ORG_HEADS) or words[0][:1].isupper() and len(words) <= 5 and \
        any(w[:1].isupper() for w in words)
