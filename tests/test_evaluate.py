"""`extractor evaluate` scores exactly as the reference scorer does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.evaluate import score_dirs
from extractor.extract import extract

from conftest import SHARED

DEVSET = SHARED / "devset"
needs_devset = pytest.mark.skipif(not (DEVSET / "gold").is_dir(), reason="../shared/devset not present")


def reference(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["summary"]


@needs_devset
def test_same_figures_as_reference_scorer_on_devset(tmp_path: Path):
    predictions = {}
    for doc in sorted((DEVSET / "docs").iterdir()):
        predictions[doc.stem] = extract(doc)[1].to_json()
        (tmp_path / f"{doc.stem}.json").write_text(json.dumps(predictions[doc.stem], ensure_ascii=False))
    ours, _ = score_dirs(DEVSET / "gold", predictions)
    assert ours == reference(DEVSET / "gold", tmp_path)


@needs_devset
def test_perfect_predictions_score_one(tmp_path: Path):
    subprocess.run([sys.executable, str(DEVSET / "tools" / "perfect_preds.py"), str(DEVSET / "gold"), str(tmp_path)],
                   check=True, capture_output=True)
    predictions = {p.stem: json.loads(p.read_text()) for p in tmp_path.glob("*.json")}
    ours, _ = score_dirs(DEVSET / "gold", predictions)
    assert ours["ALL"]["f1"] == 1.0
    assert ours == reference(DEVSET / "gold", tmp_path)
