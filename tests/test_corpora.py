"""The annotated corpus is a test suite: one test per report, plus aggregate floors."""

from __future__ import annotations

import json

import pytest

from extractor.evaluate import find_documents, score_record, summarise
from extractor.extract import extract

from conftest import ROOT

CORPORA = [ROOT / "corpora" / "annotated", ROOT / "corpora" / "sample"]
DOCUMENTS = {f"{folder.name}/{stem}": (folder / f"{stem}.gold.json", path)
             for folder in CORPORA for stem, path in find_documents(folder, folder).items()}
PER_DOCUMENT_FLOOR = 0.55
ALL_F1_FLOOR = 0.85


@pytest.fixture(scope="session")
def results() -> dict:
    out = {}
    for key, (gold_path, doc_path) in DOCUMENTS.items():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out[key] = score_record(gold, extract(doc_path)[1].to_json())
    return out


def test_corpus_is_large_and_varied():
    formats = {p.suffix for _, p in DOCUMENTS.values()}
    assert len(DOCUMENTS) >= 36 and formats >= {".txt", ".pdf", ".html", ".md"}


@pytest.mark.parametrize("key", sorted(DOCUMENTS))
def test_document(results: dict, key: str):
    summary = summarise({key: results[key]})
    assert summary["ALL"]["f1"] >= PER_DOCUMENT_FLOOR, {g: (r.missed, r.false_positives) for g, r in results[key].items()}


def test_aggregate_floor(results: dict):
    summary = summarise(results)
    assert summary["ALL"]["f1"] >= ALL_F1_FLOOR, summary
