"""The learned model: reproducible training, safe loading, a clear error when it is missing or
tampered with, and confidences that reach the database and `extractor review`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.errors import ModelError
from extractor.model import CARD_FILE, MODEL_FILE, MODELS_DIR, load_model, sha256_of
from extractor.training import corpus_documents, corpus_hash, examples, is_held_out, split, train

from conftest import ROOT

EXTRACTOR = [sys.executable, "-m", "extractor"]


@pytest.mark.parametrize("stem, held_out", [("a04-uutinen-kokkola", True), ("d12-x", True), ("a03-x", False),
                                            ("b10-x", False), ("s04-x", False), ("c08-x", True)])
def test_split_is_fixed_by_file_name(stem: str, held_out: bool):
    assert is_held_out(stem) is held_out


def test_shipped_model_is_trained_on_the_current_corpus():
    card = json.loads((MODELS_DIR / CARD_FILE).read_text(encoding="utf-8"))
    train_docs, test_docs = split(corpus_documents())
    assert card["training_data"]["sha256"] == corpus_hash(train_docs), "corpus changed: run `extractor train`"
    assert set(card["held_out"]) == {d[0] for d in test_docs}
    assert not set(card["held_out"]) & set(card["training_data"]["documents"])


def test_untrained_reports_stay_out_of_the_training_data_until_the_next_training(tmp_path: Path):
    (tmp_path / "annotated").mkdir()
    for stem in ("a01", "a02"):
        for path in (ROOT / "corpora" / "annotated").glob(f"{stem}-*"):
            shutil.copy(path, tmp_path / "annotated" / path.name)
    (tmp_path / "untrained.txt").write_text("# added after training\na02-uutinen-ylivieska\n", encoding="utf-8")
    assert [d[0] for d in corpus_documents(tmp_path)] == ["a01-uutinen-jamsa"]
    assert [d[0] for d in corpus_documents(tmp_path, include_untrained=True)] == ["a01-uutinen-jamsa",
                                                                                 "a02-uutinen-ylivieska"]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """Five annotated reports: four to train on, a04 held out."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "annotated").mkdir()
    for stem in ("a01", "a02", "a03", "b01", "a04"):
        for path in (ROOT / "corpora" / "annotated").glob(f"{stem}-*"):
            shutil.copy(path, root / "annotated" / path.name)
    return root


def test_training_is_reproducible(small_corpus: Path, tmp_path: Path):
    cards = [train(tmp_path / name, root=small_corpus, echo=lambda line: None) for name in ("one", "two")]
    assert cards[0]["thresholds"] == cards[1]["thresholds"]
    assert cards[0]["training_data"] == cards[1]["training_data"]
    assert cards[0]["held_out"] == ["a04-uutinen-kokkola"]
    from extractor.extract import analyse
    from extractor.read import read_document

    stem, path, gold = split(corpus_documents(small_corpus))[1][0]
    features, _ = examples(analyse(read_document(path)), json.loads(gold.read_text(encoding="utf-8")))
    predictions = [load_model(tmp_path / name).proba(features) for name in ("one", "two")]
    assert predictions[0] == predictions[1] and len(predictions[0]) == len(features) > 5


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    for name in (MODEL_FILE, CARD_FILE):
        shutil.copy(MODELS_DIR / name, folder / name)
    return folder


def _run(args: list[str], models: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HANKERAPORTTI_MODELS": str(models)}
    return subprocess.run(EXTRACTOR + args, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def test_shipped_model_loads_from_its_own_folder_and_scores(model_copy: Path, tmp_path: Path):
    report = tmp_path / "tiedote.txt"
    report.write_text("Hankkeeseen osallistui 212 asiakasta vuosina 2017–2019. Asiakkaista 35 % työllistyi.\n",
                      encoding="utf-8")
    done = _run(["extract", str(report), "--json"], model_copy, tmp_path)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    item = record["participants"][0]
    assert item["count"] == 212 and item["evidence"][0]["method"] == "rules+model:participants"


def test_missing_model_names_the_train_command(tmp_path: Path):
    report = tmp_path / "tiedote.txt"
    report.write_text("Hankkeeseen osallistui 212 asiakasta.\n", encoding="utf-8")
    done = _run(["extract", str(report)], tmp_path / "no-models", tmp_path)
    assert done.returncode == 1 and "extractor train" in done.stderr
    assert _run(["extract", str(report), "--rules-only"], tmp_path / "no-models", tmp_path).returncode == 0
    batch = _run(["ingest", str(report), "--db", str(tmp_path / "r.db")], tmp_path / "no-models", tmp_path)
    assert batch.returncode != 0 and "extractor train" in batch.stderr and "Traceback" not in batch.stderr


def test_tampered_model_is_refused(model_copy: Path):
    data = bytearray((model_copy / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (model_copy / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="tampered"):
        load_model(model_copy)


def test_model_with_untrusted_content_is_refused_even_with_a_matching_card(model_copy: Path):
    import skops.io as sio
    from sklearn.tree import DecisionTreeClassifier

    sio.dump(DecisionTreeClassifier().fit([[0], [1]], [0, 1]), model_copy / MODEL_FILE)
    card = json.loads((model_copy / CARD_FILE).read_text(encoding="utf-8"))
    card["model_sha256"] = sha256_of(model_copy / MODEL_FILE)
    (model_copy / CARD_FILE).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match="cannot load model"):
        load_model(model_copy)


def test_confidences_are_stored_and_reviewable(populated_db: Path):
    import sqlite_utils

    db = sqlite_utils.Database(populated_db)
    rows = list(db.query("select confidence, method from money union all select confidence, method "
                         "from participants union all select confidence, method from outcomes"))
    assert rows and all(0.0 <= r["confidence"] <= 1.0 for r in rows)
    assert any(r["method"].startswith("rules+model:") for r in rows)
    everything = subprocess.run(EXTRACTOR + ["review", "--db", str(populated_db), "--below", "1.01"],
                                capture_output=True, text=True, timeout=60)
    lines = everything.stdout.splitlines()
    confidences = [float(line.split()[0]) for line in lines[:-1]]
    assert confidences == sorted(confidences) and len(confidences) >= len(rows)
    assert lines[-1] == f"{len(confidences)} values below 1.01"
    none = subprocess.run(EXTRACTOR + ["review", "--db", str(populated_db), "--below", "0"],
                          capture_output=True, text=True, timeout=60)
    assert none.stdout.strip() == "0 values below 0.0"
