"""The pipeline: read -> segment -> find candidates -> classify -> resolve -> Record."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from extractor.candidates import Candidate, blockers_of, find_candidates
from extractor.classify import classify
from extractor.cue_match import DASHES, YEAR, Label, restatements
from extractor.figure_context import difference, per_unit
from extractor.indicator_rules import anaphor_before, area_statistic, benchmark, last_sentence_lemmas, sentences_before
from extractor.model import CandidateModel, load_model
from extractor.nlp import load_pipeline
from extractor.project import project_facts
from extractor.read import read_document
from extractor.ocr import OCR_METHOD_PREFIX
from extractor.records import Document, Fact, Record
from extractor.resolve import resolve
from extractor.segment import Sentence, segment
from extractor.settings import DEFAULT_MAX_BYTES


def extract(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
            use_model: bool = True) -> tuple[Document, Record]:
    """Read one report and extract its record (a pure function of the file and the package)."""
    doc = read_document(path, max_bytes)
    return doc, extract_document(doc, use_model)


def extract_document(doc: Document, use_model: bool = True) -> Record:
    """The stages: segment, find candidates, classify (rules, then the model), resolve."""
    analysis = analyse(doc)
    return finish(analysis, load_model() if use_model else None)


@dataclass(frozen=True)
class Analysis:
    """A document after the rules: what the model re-scores and `resolve` turns into a record."""

    doc: Document
    sentences: list[Sentence]
    candidates: list[Candidate]
    labelled: list
    project: list[Fact]


def analyse(doc: Document, triage: bool = True) -> Analysis:
    """The rules' pass over a document (`triage=False` parses every sentence, to check triage)."""
    sentences = segment(doc.text, load_pipeline(), triage)
    candidates = find_candidates(sentences)
    return Analysis(doc, sentences, candidates, classify_all(candidates), project_facts(doc, sentences))


def finish(a: Analysis, model: CandidateModel | None) -> Record:
    labelled = model.rescore(a.candidates, a.labelled) if model is not None else a.labelled
    name = next((f.values["value"] for f in a.project if f.kind == "name"), None)
    end = next((f.values["value"] for f in a.project if f.kind == "end_date"), None)
    places = tuple(f.values["value"] for f in a.project if f.kind == "municipalities")
    facts = a.project + resolve(a.doc, labelled, a.candidates, name, end, places)
    return Record(a.doc.file_name, tuple(mark_ocr(facts) if a.doc.ocr else facts))


def mark_ocr(facts: list[Fact]) -> list[Fact]:
    """Values read from OCR text say so in their evidence method ('ocr+rules')."""
    return [replace(f, evidence=tuple(replace(e, method=OCR_METHOD_PREFIX + e.method) for e in f.evidence))
            for f in facts]


def classify_all(candidates: list[Candidate]):
    by_sentence = blockers_of(candidates)
    out = []
    for c in candidates:
        blockers = by_sentence[c.sentence.start] - {c.token_i}
        label = classify(c, blockers)
        if label is not None:
            out.append((c, label))
    out = out + indicator_anaphora(candidates, out)
    out = out + indicator_siblings(candidates, out)
    out = out + money_series(candidates, out)
    return row_totals(restated_kinds(candidates, by_sentence, out + realised_of_targets(candidates, out)))


def restated_kinds(candidates: list[Candidate], blockers: dict[int, set[int]], labelled: list) -> list:
    """'Avoimille työmarkkinoille työllistyi 1 840 asiakasta eli 28,7 prosenttia': a percentage that
    restates an outcome count is of the count's kind, labelled or not."""
    counts = [(c, lb) for c, lb in labelled if lb.group == "outcomes" and c.unit is None]
    kind_of = {id(c): lb for c, lb in labelled}
    out = [(c, lb) for c, lb in labelled if not (lb.group == "outcomes" and c.unit == "pct")]
    for c in candidates:
        lb = kind_of.get(id(c))
        if c.unit != "pct" or (lb is not None and lb.group != "outcomes"):
            continue
        count = next((lb2 for c2, lb2 in counts if c2.sentence is c.sentence and
                      c.token_i in restatements(c2, blockers[c.sentence.start] - {c2.token_i})), None)
        if count is not None and (lb is None or count.kind != lb.kind):
            lb = replace(lb, kind=count.kind) if lb is not None else Label("outcomes", count.kind, count.score * 0.9,
                                                                          count.planned, count.split, count.total)
        if lb is not None:
            out.append((c, lb))
    return _counts_restated(candidates, blockers, out)


def _counts_restated(candidates: list[Candidate], blockers: dict[int, set[int]], labelled: list) -> list:
    """'asiakkaista 29 eli joka kolmas (34 %) sai työpaikan': a count that a labelled outcome share
    restates, its cue beyond the share, is of the share's kind."""
    kind_of = {id(c): lb for c, lb in labelled}
    shares = [(c, lb) for c, lb in labelled if lb.group == "outcomes" and c.unit == "pct"]
    out, relabelled = [], set()
    for c in candidates:
        lb = kind_of.get(id(c))
        if c.unit is not None or c.value != int(c.value) or lb is not None and lb.kind != "clients":
            continue
        restated = restatements(c, blockers[c.sentence.start] - {c.token_i})
        share = next(((p, s) for p, s in shares if p.sentence is c.sentence and p.token_i in restated and
                      p.token_i > c.token_i and not any(q.sentence is c.sentence and c.token_i < q.token_i < p.first
                                                        for q in candidates)), None)
        if share is None or lb is not None and not _eli_between(c, share[0]):
            continue  # 'Yhteensä 55 asiakasta eli 33,5 prosenttia sai työpaikan': not '164 asiakasta (30 % …)'
        out.append((c, replace(share[1], score=share[1].score * 0.9)))
        relabelled.add(id(c))
    return [x for x in labelled if id(x[0]) not in relabelled] + out


def _eli_between(c: Candidate, p: Candidate) -> bool:
    """'55 asiakasta eli 33,5 prosenttia', '65 asiakasta – runsas kolmannes – työllistyi': the share restates the
    count."""
    tokens = list(c.sentence.span)
    between = tokens[c.token_i + 1:p.first]
    closed = p.token_i + 1 < len(tokens) and tokens[p.token_i + 1].text in DASHES
    aside = closed and any(t.text in DASHES for t in between)
    return any(t.lower_ == "eli" for t in between) or aside



def money_series(candidates: list[Candidate], labelled: list) -> list:
    """'säästöjä vuonna 2011 noin 96 t€, vuonna 2012 noin 141 t€ ja vuonna 2013 noin 153 t€, eli
    yhteensä noin 390 t€': amounts whose last is the sum of the others are one kind of money."""
    kind_of = {id(c): lb for c, lb in labelled}
    by_sentence: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.unit == "eur" and c.value_max is None:
            by_sentence.setdefault(c.sentence.start, []).append(c)
    out = []
    for series in by_sentence.values():
        series.sort(key=lambda c: c.start)
        values = [c.value for c in series]
        labels = {kind_of[id(c)].kind: kind_of[id(c)] for c in series if id(c) in kind_of}
        if len(series) < 3 or len(labels) != 1 or abs(sum(values[:-1]) - values[-1]) > 0.005 * values[-1]:
            continue
        label = next(iter(labels.values()))
        out += [(c, Label("money", label.kind, label.score * 0.9)) for c in series if id(c) not in kind_of]
    return out


def realised_of_targets(candidates: list[Candidate], labelled: list) -> list:
    """'tavoitteena oli 30 % …; toteutuma oli 26 prosenttia': a bare realised figure next to a
    target takes the target's kind."""
    done = {id(c) for c, _ in labelled}
    out = []
    for c in candidates:
        if id(c) in done:
            continue
        before = [t.lemma_.casefold() for t in list(c.sentence.span)[max(0, c.token_i - 3):c.token_i]]
        if not any(b.startswith("toteutu") for b in before):
            continue
        target = next((lb for p, lb in labelled if p.sentence is c.sentence and lb.planned and p.unit == c.unit
                       and p.start < c.start), None)
        if target is not None:
            out.append((c, Label(target.group, target.kind, target.score * 0.9)))
    return out


def row_totals(labelled: list) -> list:
    """In a run of three or more numbers whose last is the sum of the others (a yearly row with
    its total), the last is the total and the others are splits."""
    by_sentence: dict[int, list] = {}
    for c, label in labelled:
        by_sentence.setdefault(c.sentence.start, []).append((c, label))
    out = []
    for group in by_sentence.values():
        group.sort(key=lambda x: x[0].start)
        values = [c.value for c, _ in group]
        if len(group) >= 3 and abs(sum(values[:-1]) - values[-1]) <= 0.005 * values[-1] and \
                len({lb.kind for _, lb in group}) == 1 and group[0][0].unit != "pct":
            group = [(c, replace(lb, split=True)) for c, lb in group[:-1]] + \
                [(group[-1][0], replace(group[-1][1], total=True))]
        out.extend(group)
    return out


ANAPHORA_REACH = 100  # characters between the sentence of the indicator and the one that continues it


def indicator_anaphora(candidates: list[Candidate], labelled: list) -> list:
    """'Pitkäaikaistyöttömiä oli ... 1 512. Kaksi vuotta myöhemmin heitä oli 1 688.': a dated number
    whose clause's subject is 'heitä', 'se' or 'määrä' continues the indicator of the sentence before."""
    done = {id(c) for c, _ in labelled}
    indicators = [(c, lb) for c, lb in labelled if lb.group == "indicators"]
    out = []
    for c in candidates:
        if id(c) in done or c.source != "digits" or anaphor_before(c) is None:
            continue
        before = [(p, lb) for p, lb in indicators if p.sentence.end <= c.sentence.start and
                  c.sentence.start - p.sentence.end <= ANAPHORA_REACH and (p.unit == "pct") == (c.unit == "pct")]
        if before and area_statistic(c, before[-1][1].kind) and not difference(c) and not benchmark(c):
            out.append((c, Label("indicators", before[-1][1].kind, before[-1][1].score * 0.8)))
        elif not before and c.unit is None and (kind := _people_statistic_before(c)) is not None and \
                area_statistic(c, kind) and not difference(c) and not benchmark(c):
            out.append((c, Label("indicators", kind, 0.5)))
    return out


def _people_statistic_before(c: Candidate) -> str | None:
    """'Pitkäaikaistyöttömien määrä laski molemmissa kunnissa. Ylöjärvellä heitä oli syyskuussa 2015 yhteensä 411':
    the statistic of people the sentence before names without a figure, which 'heitä' goes on from."""
    tokens = list(c.sentence.span)
    anaphor = anaphor_before(c)
    if anaphor is None or tokens[anaphor].lemma_.casefold() not in PEOPLE_ANAPHORS:
        return None
    before = c.sentence.before.strip()
    if not before or re.search(r"\d", sentences_before(before)[-1]):
        return None
    forms = last_sentence_lemmas(before)
    if any(w.startswith("pitkäaikaistyötön") for w in forms):
        return "long_term_unemployed"
    if "työtön" in forms and "työnhakija" in forms:
        return "unemployed"
    return None


PEOPLE_ANAPHORS = ("he", "hän")  # 'heitä oli'; not 'se' or 'määrä', which a rate may be


DATED = re.compile(r"(?:(?:19|20)\d{2}|\d{1,2}/(?:19|20)\d{2})\)?:?\s+"
                   r"(?:(?:enää|vielä|jo|noin|n\.|yli|alle|vain)\s+)?$", re.IGNORECASE)


def _dated(c: Candidate) -> bool:
    """'joulukuussa 2018 enää 13', 'heinäkuun 2020 lopussa heitä oli 19': a small number right after a date of
    its own (or one with the statistic's pronoun after the date in its clause) is a value at that date."""
    before = c.sentence.text[:c.start - c.sentence.start]
    clause = re.split(r"[,;:]", before)[-1]
    return c.source == "digits" and (bool(DATED.search(before)) or
                                     anaphor_before(c) is not None and bool(YEAR.search(clause)))


def _clause_break(a: Candidate, b: Candidate) -> bool:
    """A semicolon or a colon stands between two numbers of a sentence."""
    lo, hi = sorted((a.token_i, b.token_i))
    return any(t.text in (";", ":") for t in list(a.sentence.span)[lo:hi])


def indicator_siblings(candidates: list[Candidate], labelled: list) -> list:
    """'2 412 (12/2010) ja 2 986 (12/2013)': an unlabelled number of the same unit in the sentence
    of an indicator is the same indicator at another date."""
    done = {id(c) for c, _ in labelled}
    indicators = [(c, label) for c, label in labelled if label.group == "indicators"]
    out = []
    for other in candidates:
        if id(other) in done:
            continue
        near = [(_clause_break(other, c), abs(other.token_i - c.token_i), other.token_i < c.token_i, label)
                for c, label in indicators
                if other.sentence is c.sentence and other.unit == c.unit and abs(other.token_i - c.token_i) <= 14]
        if not near or difference(other) or per_unit(other) or benchmark(other):
            continue  # '1 794, mikä on 412 vähemmän kuin vuotta aiemmin'; a region's column beside the area's
        if other.value > 20 or other.unit == "pct" or _dated(other):
            # the nearest: '131:stä … 117:ään …, ja pitkäaikaistyöttömiä oli vastaavasti 34 ja 29'
            label = min(near, key=lambda x: x[:3])[3]  # (not across a semicolon: '… 2 451; pitkäaikaistyöttömiä …')
            out.append((other, Label("indicators", label.kind, label.score * 0.8)))
    return out
