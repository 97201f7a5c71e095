"""Readable features of a candidate number for the learned model: lemma window, syntax, section,
hedge, magnitude and what the rules said of it."""

from __future__ import annotations

import math

from extractor.candidates import Candidate
from extractor.cue_match import Label, cue_distance_score, cues, head_lemma
from extractor.figure_context import context_flags

WINDOW = 5
STEM = 7  # lemmas are cut to a prefix so that compounds share a feature ('asiakasmäärä' ~ 'asiakas')


def _stem(word: str) -> str:
    return word.casefold()[:STEM]


def _governing_verb(tok) -> str:
    """The lemma of the first verb above the number in the dependency tree."""
    seen = 0
    while tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.casefold()
    return ""


def _magnitude(c: Candidate) -> str:
    if c.value <= 0:
        return "0"
    return str(min(7, int(math.log10(c.value))))


def cue_scores(c: Candidate, blockers: set[int]) -> dict[str, float]:
    """Distance-weighted cue scores per group:kind, the rules' evidence as numbers."""
    scores = {}
    for group in ("money", "participants", "outcomes", "indicators"):
        for kind, fragments in cues()[group].items():
            score = cue_distance_score(c, fragments, blockers)
            if score > 0:
                scores[f"cue:{group}:{kind}"] = round(score, 3)
    return scores


def candidate_features(c: Candidate, label: Label | None, blockers: set[int]) -> dict[str, float | str]:
    """One candidate as a dict for `DictVectorizer`: strings become one-hot, numbers stay numbers."""
    tokens = list(c.sentence.span)
    tok = tokens[c.token_i]
    planned, split, total = context_flags(c)
    f: dict[str, float | str] = {
        "unit": c.unit or "none", "source": c.source, "magnitude": _magnitude(c),
        "integer": float(c.value == int(c.value)), "range": float(c.value_max is not None),
        "approx": float(c.approx), "qualifier": c.qualifier or "none",
        "head": _stem(head_lemma(c)), "dep": tok.dep_, "head_pos": tok.head.pos_,
        "verb": _governing_verb(tok), "row": float(c.sentence.is_row),
        "planned": float(planned), "split": float(split), "total": float(total),
        "rule": f"{label.group}:{label.kind}" if label else "none",
        "rule_group": label.group if label else "none",
        "rule_score": label.score if label else 0.0,
        "position": min(c.token_i, 20) / 20,
    }
    for j in range(max(0, c.token_i - WINDOW), min(len(tokens), c.token_i + WINDOW + 1)):
        if j == c.token_i or tokens[j].is_punct:
            continue
        side = "L" if j < c.token_i else "R"
        lemma = _stem(tokens[j].lemma_)
        f[f"{side}:{lemma}"] = 1.0
        if abs(j - c.token_i) <= 2:
            f[f"{side}{abs(j - c.token_i)}:{lemma}"] = 1.0
    for word in c.sentence.heading.split()[:6]:
        f[f"heading:{_stem(word)}"] = 1.0
    for word in c.sentence.label.split()[:4]:
        f[f"rowlabel:{_stem(word)}"] = 1.0
    f.update(cue_scores(c, blockers))
    return f
