"""The annotated corpus is a test suite: one test per report, aggregate floors, and the model
measured against the rules on the held-out split."""

from __future__ import annotations

import json

import pytest

from extractor.evaluate import find_documents, score_record, summarise
from extractor.extract import analyse, finish
from extractor.model import load_model
from extractor.read import read_document
from extractor.training import is_held_out

from conftest import ROOT

CORPORA = [ROOT / "corpora" / "annotated", ROOT / "corpora" / "sample"]
DOCUMENTS = {f"{folder.name}/{stem}": (folder / f"{stem}.gold.json", path)
             for folder in CORPORA for stem, path in find_documents(folder, folder).items()}
PER_DOCUMENT_FLOOR = 0.7  # the weakest report is at 0.79
ALL_F1_FLOOR = 0.95  # the corpus is at 0.98


@pytest.fixture(scope="session")
def results() -> dict[str, dict]:
    """key -> {"rules": scores, "rules+model": scores}; each document is analysed once."""
    model = load_model()
    out = {}
    for key, (gold_path, doc_path) in DOCUMENTS.items():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        analysis = analyse(read_document(doc_path))
        out[key] = {name: score_record(gold, finish(analysis, m).to_json())
                    for name, m in (("rules", None), ("rules+model", model))}
    return out


def test_corpus_is_large_and_varied():
    formats = {p.suffix for _, p in DOCUMENTS.values()}
    assert len(DOCUMENTS) >= 60 and formats >= {".txt", ".pdf", ".html", ".md"}


@pytest.mark.parametrize("key", sorted(DOCUMENTS))
def test_document(results: dict, key: str):
    scores = results[key]["rules+model"]
    summary = summarise({key: scores})
    assert summary["ALL"]["f1"] >= PER_DOCUMENT_FLOOR, {g: (r.missed, r.false_positives) for g, r in scores.items()}


def test_aggregate_floor(results: dict):
    summary = summarise({k: v["rules+model"] for k, v in results.items()})
    assert summary["ALL"]["f1"] >= ALL_F1_FLOOR, summary


def test_model_improves_on_the_held_out_split(results: dict):
    held = {k: v for k, v in results.items() if is_held_out(k.split("/")[1])}
    assert len(held) >= 12
    rules = summarise({k: v["rules"] for k, v in held.items()})["ALL"]["f1"]
    model = summarise({k: v["rules+model"] for k, v in held.items()})["ALL"]["f1"]
    # the rules now reach the ceiling of the number groups on this split (0.968 on 44 reports): the
    # model must not lose more than one item net (about 0.0007 of micro-F1 here)
    assert model >= rules - 0.001, (rules, model)
