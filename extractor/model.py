"""The learned half: a scikit-learn classifier that re-scores the rules' candidates.

The model is a stock `Pipeline(DictVectorizer, LogisticRegression)` saved with skops and loaded
with an explicit list of trusted types, so loading never executes code from the file. Its card
(`models/candidates.card.json`) holds the file's SHA-256, which is checked before loading.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from extractor.candidates import Candidate, blockers_of
from extractor.cue_match import Label
from extractor.errors import ModelError
from extractor.features import candidate_features
from extractor.figure_context import context_flags
from extractor.indicator_rules import benchmark

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_FILE = "candidates.skops"
CARD_FILE = "candidates.card.json"
NONE = "none"
TRUSTED_TYPES = [
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
    "numpy.dtype",
    "numpy.float64",
    "builtins.float",
]


@dataclass(frozen=True)
class Thresholds:
    """When the model overrules the rules: drop a rule label, add a label the rules missed."""

    drop: float = 0.9
    add: float = 0.9


def compatible(key: str, c: Candidate) -> bool:
    """Money is euros and euros are money; counts are whole; indicators are not euros."""
    group = key.split(":")[0]
    if (group == "money") != (c.unit == "eur"):
        return False
    if group == "participants":
        return c.unit is None and c.value == int(c.value)
    return True


class CandidateModel:
    """A fitted pipeline plus the thresholds tuned for it by cross-validation."""

    def __init__(self, pipeline, thresholds: Thresholds):
        self.pipeline = pipeline
        self.thresholds = thresholds

    def proba(self, features: list[dict]) -> list[dict[str, float]]:
        if not features:
            return []
        classes = list(self.pipeline.classes_)
        return [dict(zip(classes, row)) for row in self.pipeline.predict_proba(features)]

    def rescore(self, candidates: list[Candidate], labelled: list) -> list:
        """Labels for the candidates: the rules' labels, confirmed, dropped or added by the model.
        A label's confidence is the model's probability of it; its score (which ranks rival
        candidates of one kind) averages the rules' score with that probability."""
        rule = {id(c): lb for c, lb in labelled}
        blockers = blockers_of(candidates)
        features = [candidate_features(c, rule.get(id(c)), blockers[c.sentence.start] - {c.token_i})
                    for c in candidates]
        out = []
        for c, p in zip(candidates, self.proba(features)):
            lb = rule.get(id(c))
            best = max((k for k in p if k != NONE and compatible(k, c)), key=p.get, default=None)
            if lb is not None:
                if p.get(NONE, 0.0) >= self.thresholds.drop:
                    continue
                confidence = p.get(f"{lb.group}:{lb.kind}", 0.0)
                out.append((c, replace(lb, score=(lb.score + confidence) / 2, confidence=round(confidence, 3))))
            elif best is not None and p[best] >= self.thresholds.add:
                group, kind = best.split(":")
                if group == "indicators" and benchmark(c):
                    continue  # a wider area's figure or another area's given for comparison ('koko maassa')
                planned, split, total = context_flags(c)
                out.append((c, Label(group, kind, p[best], planned, split, total, confidence=round(p[best], 3))))
        return out


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def model_dir() -> Path:
    return Path(os.environ.get("HANKERAPORTTI_MODELS", MODELS_DIR))


@lru_cache(maxsize=4)
def load_model(directory: Path | None = None) -> CandidateModel:
    """Load the shipped model after checking it against its card; never unpickles."""
    import skops.io as sio

    directory = Path(directory or model_dir())
    path, card_path = directory / MODEL_FILE, directory / CARD_FILE
    if not path.exists() or not card_path.exists():
        raise ModelError(str(path), "model not found; build it with `extractor train`")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        expected = card["model_sha256"]
    except (ValueError, KeyError) as exc:
        raise ModelError(str(card_path), f"unreadable model card ({exc}); rebuild with `extractor train`")
    if sha256_of(path) != expected:
        raise ModelError(str(path), "file does not match the SHA-256 in its card (corrupted or tampered); "
                                    "rebuild with `extractor train`")
    try:
        pipeline = sio.load(path, trusted=TRUSTED_TYPES)
    except Exception as exc:  # skops raises several types for bad or untrusted content
        raise ModelError(str(path), f"cannot load model ({type(exc).__name__}: {exc}); "
                                    "rebuild with `extractor train`")
    return CandidateModel(pipeline, Thresholds(**card.get("thresholds", {})))
