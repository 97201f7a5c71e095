"""Implementers and funders: labelled fields and role words (verbs and nouns) in the parse."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractor.records import Document, Evidence, Fact

if TYPE_CHECKING:  # segment -> triage -> orgs: the role words are shared, sentences only typed
    from extractor.segment import Sentence

IMPLEMENTER_LABELS = ("toteuttaja", "toteuttajat", "toteuttajaorganisaatio", "hallinnoija", "päätoteuttaja",
                      "hallinnoiva organisaatio", "hakija", "osatoteuttaja", "osatoteuttajat", "toteuttava organisaatio",
                      "hankkeen toteuttaja", "projektin toteuttaja", "hankkeen hallinnoija", "tuensaaja")
FUNDER_LABELS = ("rahoittaja", "rahoittajat", "hankkeen rahoittaja", "myöntäjä", "rahoituksen myöntäjä",
                 "vastuuviranomainen", "rahoittava viranomainen", "välittävä toimielin", "projektin rahoittaja")
IMPLEMENTER_WORDS = ("hallinnoida", "toteuttaa", "koordinoida", "toteuttaja", "hallinnoija", "päätoteuttaja",
                     "osatoteuttaja", "hallinnoima", "toteuttama", "koordinoima", "vetää", "hallinnointi")
FUNDER_WORDS = ("rahoittaa", "rahoittaja", "myöntää", "rahoittama", "myöntäjä", "rahoitus", "rahoittanut")
ORG_HEADS = ("kaupunki", "kunta", "yhdistys", "ry", "r.y.", "säätiö", "sr", "keskus", "oy", "ab", "kuntayhtymä",
             "yhtymä", "liitto", "seurakunta", "palvelu", "toimisto", "opisto", "yliopisto", "korkeakoulu",
             "osuuskunta", "järjestö", "oppilaitos", "instituutti", "sosiaalirahasto", "valtio", "ministeriö",
             "virasto", "kela", "sairaanhoitopiiri", "yritys", "verkosto", "työpaja", "kirkko", "killta",
             "seura", "akatemia", "osakeyhtiö", "kuntaliitto", "hyvinvointialue", "ely", "te-keskus", "te-toimisto",
             "ely-keskus", "rahasto", "ympäristökeskus")
LONG_HEADS = tuple(h for h in ORG_HEADS if len(h) > 4)
SPLIT = re.compile(r"\s*(?:,|;|\bja\b|\bsekä\b|&)\s*")


def find_organisations(doc: Document, sentences: list[Sentence]) -> list[Fact]:
    found: dict[tuple[str, str], Fact] = {}
    for s in sentences:
        for role, name, method in _labelled(s) or _from_parse(s):
            key = (role, name.split()[0].casefold())  # one organisation per owner: 'Jämsän kaupunki'
            if key not in found and _looks_like_org(name):
                ev = Evidence(doc.page_at(s.start), s.start, s.end, s.text, method)
                conf = 0.9 if method.endswith("label") else 0.7
                found[key] = Fact("project", role, {"value": name}, (ev,), conf)
    return list(found.values())


def _labelled(s: Sentence) -> list[tuple[str, str, str]]:
    label = s.label.casefold()
    role = ("implementers" if label in IMPLEMENTER_LABELS else "funders" if label in FUNDER_LABELS else None)
    if role is None:
        return []
    value = s.text.split("|", 1)[1] if "|" in s.text else s.text.split(":", 1)[-1]
    value = re.sub(r"\(.*?\)", "", value).strip(" .|")
    parts = [p.strip(" .") for p in SPLIT.split(value) if p.strip(" .")]
    if len(parts) > 1 and not all(_looks_like_org(p) for p in parts):
        parts = [p.strip() for p in value.split(";")] if ";" in value else [value]
    return [(role, p, "rule:org_label") for p in parts]


def _from_parse(s: Sentence) -> list[tuple[str, str, str]]:
    """Organisation noun phrases in sentences with a role word, role by the nearest role word."""
    tokens = list(s.span)
    roles = [(i, "implementers") for i, t in enumerate(tokens) if _is_role(t, IMPLEMENTER_WORDS)]
    roles += [(i, "funders") for i, t in enumerate(tokens) if _is_role(t, FUNDER_WORDS)]
    if not roles:
        return []
    out = []
    for head_i, tok in enumerate(tokens):
        if not _is_org_head(tok):
            continue
        phrase = _phrase(tokens, head_i)
        if phrase is None:
            continue
        nearest = min(roles, key=lambda r: (abs(r[0] - head_i) + (0 if r[0] in _related(tokens, head_i) else 4)))
        if abs(nearest[0] - head_i) <= 12:
            out.append((nearest[1], phrase, "rule:org_parse"))
    return out


def _is_role(tok, words: tuple[str, ...]) -> bool:
    return tok.lemma_.casefold().startswith(words)


def _is_org_head(tok) -> bool:
    lemma = tok.lemma_.casefold()
    if tok.pos_ not in ("NOUN", "PROPN", "X", "SYM"):
        return False
    return lemma in ORG_HEADS or lemma.endswith(LONG_HEADS) or \
        tok.text in ("ry", "Oy", "sr", "Ab", "ELY-keskus", "TE-keskus", "TE-toimisto")


def _related(tokens, i: int) -> set[int]:
    """Indices of the head chain of token i (its verb and that verb's head)."""
    out, tok = set(), tokens[i]
    base = tokens[0].i
    for _ in range(3):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.add(tok.i - base)
    return out


def _phrase(tokens, head_i: int) -> str | None:
    """The organisation's name in nominative: modifiers as written, head in base form."""
    head = tokens[head_i]
    start = head_i
    while start > 0:
        prev = tokens[start - 1]
        if _is_org_head(prev) or prev.text in ("ry", "sr", "Oy", "Ab"):
            break  # the previous organisation ends here
        if prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN", "ADJ", "X", "SYM") or \
                prev.dep_ in ("nmod:poss", "amod", "compound", "flat:name") and prev.pos_ != "PRON" and \
                prev.head.i >= prev.i and prev.text not in ("hankkeen", "projektin", "Hankkeen", "Projektin"):
            start -= 1
            continue
        if prev.text in ("-", "–") and start > 1:
            start -= 1
            continue
        break
    words = [t for t in tokens[start:head_i + 1]]
    while words and (words[0].is_punct or words[0].lemma_.casefold() in ("hanke", "projekti", "ja")):
        words = words[1:]
    if not words:
        return None
    text = " ".join(_nominative(t, t is head) for t in words)
    text = re.sub(r"\s+([-–])\s*", r"\1 ", text).replace("- ", "-") if " -" in text else text
    if head_i + 1 < len(tokens) and tokens[head_i + 1].text in ("ry", "sr", "Oy", "Ab", "ry.", "r.y."):
        text += " " + tokens[head_i + 1].text
    return text.strip() or None


def _nominative(tok, is_head: bool) -> str:
    case = tok.morph.get("Case")
    if not case or case == ["Nom"] or not (is_head or tok.dep_ == "amod"):
        return tok.text
    lemma = tok.lemma_
    if tok.text[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    if tok.text.isupper():
        lemma = lemma.upper()
    return lemma


def _looks_like_org(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 9 or len(name) < 3 or not any(w[:1].isupper() for w in words):
        return False
    low = name.casefold()
    return any(h in low for h in ORG_HEADS) or words[0][:1].isupper() and len(words) <= 5 and \
        any(w[:1].isupper() for w in words)
