"""Score predicted records against gold records by the rules of ../shared/extraction-schema.md.

The matching follows the reference scorer (shared/eval/score.py) exactly; a test checks that
both give the same figures on the development set.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

GROUPS = ("project", "money", "participants", "outcomes", "indicators")


def _words(text: Any) -> set[str]:
    return set(re.findall(r"\w+", str(text or "").casefold()))


def jaccard(a: Any, b: Any) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def close(a, b, rel: float = 0.005, abs_: float = 0.0) -> bool:
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= max(abs_, rel * max(abs(float(a)), abs(float(b))))


def _kinds(item: dict) -> set:
    k = item.get("kind")
    return set(k) if isinstance(k, list) else {k}


def project_items(record: dict) -> list[tuple[str, Any, bool]]:
    p = record.get("project") or {}
    items = []
    for name in ("name", "code", "start_date", "end_date"):
        v = p.get(name)
        if isinstance(v, dict):
            items.append((name, v.get("value"), bool(v.get("optional"))))
        elif v not in (None, "", []):
            items.append((name, v, False))
    for name in ("municipalities", "regions", "implementers", "funders"):
        for v in p.get(name) or []:
            items.append((name, v.get("value"), bool(v.get("optional"))) if isinstance(v, dict)
                         else (name, v, False))
    return items


def project_match(name: str, gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return False
    if isinstance(gold, list):
        return any(project_match(name, g, pred) for g in gold)
    if name == "name":
        return jaccard(gold, pred) >= 0.6
    if name in ("implementers", "funders"):
        return jaccard(gold, pred) >= 0.5
    if name in ("municipalities", "regions"):
        return str(gold).casefold().strip() == str(pred).casefold().strip()
    return str(gold).strip() == str(pred).strip()


def value_match(group: str, gold: dict, pred: dict) -> bool:
    if not (_kinds(pred) & _kinds(gold)):
        return False
    if group == "money":
        if gold.get("eur") is not None:
            return close(gold["eur"], pred.get("eur"))
        return close(gold.get("eur_min"), pred.get("eur_min")) and close(gold.get("eur_max"), pred.get("eur_max"))
    if group == "participants":
        return gold.get("count") is not None and pred.get("count") == gold.get("count")
    if group == "outcomes":
        shared = 0
        for key, tol in (("count", 0.0), ("percent", 0.1)):
            g, p = gold.get(key), pred.get(key)
            if g is not None and p is not None:
                if not close(g, p, rel=0.0, abs_=tol):
                    return False
                shared += 1
        return shared > 0
    return close(gold.get("value"), pred.get("value"), rel=0.0, abs_=0.1)


@dataclass
class GroupResult:
    tp: int = 0
    missed: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)


def _match(matches: Callable, gold: list, pred: list, optional: Callable) -> GroupResult:
    """Greedy one-to-one matching, as the reference scorer does it."""
    used: set[int] = set()
    matched: list = []
    out = GroupResult()
    for p in pred:
        hit = next((i for i, g in enumerate(gold) if i not in used and matches(g, p)), None)
        if hit is not None:
            used.add(hit)
            matched.append(gold[hit])
            out.tp += 0 if optional(gold[hit]) else 1
        elif any(matches(g, p) for g in gold if optional(g)):
            continue
        elif any(matches(g, p) for g in matched if isinstance(g, dict) and isinstance(g.get("kind"), list)):
            continue
        else:
            out.false_positives.append(p)
    out.missed = [g for i, g in enumerate(gold) if i not in used and not optional(g)]
    return out


def score_record(gold: dict, pred: dict) -> dict[str, GroupResult]:
    results = {"project": _match(lambda g, p: g[0] == p[0] and project_match(g[0], g[1], p[1]),
                                 project_items(gold), project_items(pred), lambda g: g[2])}
    for group in GROUPS[1:]:
        results[group] = _match(lambda g, p, group=group: value_match(group, g, p),
                                list(gold.get(group) or []), list(pred.get(group) or []),
                                lambda g: bool(g.get("optional")))
    return results


def prf(tp: int, nfn: int, nfp: int) -> tuple[float, float, float]:
    p = tp / (tp + nfp) if tp + nfp else 1.0
    r = tp / (tp + nfn) if tp + nfn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summarise(per_doc: dict[str, dict[str, GroupResult]]) -> dict[str, dict]:
    """Precision, recall and F1 per group and micro-averaged over all items ('ALL')."""
    totals = {g: [0, 0, 0] for g in GROUPS}
    for res in per_doc.values():
        for g, r in res.items():
            totals[g][0] += r.tp
            totals[g][1] += len(r.missed)
            totals[g][2] += len(r.false_positives)
    totals["ALL"] = [sum(t[i] for t in totals.values()) for i in range(3)]
    out = {}
    for g, (tp, nfn, nfp) in totals.items():
        p, r, f = prf(tp, nfn, nfp)
        out[g] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fn": nfn, "fp": nfp}
    return out


def score_dirs(gold_dir: Path, predictions: dict[str, dict], stems: set[str] | None = None) -> tuple[dict, dict]:
    """Score `predictions` (stem -> record) against every NAME.gold.json in gold_dir (or those in
    `stems`)."""
    per_doc = {}
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        stem = path.name[: -len(".gold.json")]
        if stems is not None and stem not in stems:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        per_doc[stem] = score_record(gold, predictions.get(stem, {}))
    return summarise(per_doc), per_doc


def format_table(summary: dict) -> str:
    lines = [f"{'group':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fn':>6}{'fp':>6}"]
    for g, v in summary.items():
        lines.append(f"{g:<14}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}"
                     f"{v['tp']:>6}{v['fn']:>6}{v['fp']:>6}")
    return "\n".join(lines)


def format_errors(per_doc: dict[str, dict[str, GroupResult]]) -> str:
    lines = []
    for stem, res in per_doc.items():
        for g, r in res.items():
            lines += [f"# {stem} {g} missed: {json.dumps(x, ensure_ascii=False)}" for x in r.missed]
            lines += [f"# {stem} {g} false positive: {json.dumps(_strip(x), ensure_ascii=False)}"
                      for x in r.false_positives]
    return "\n".join(lines)


def _strip(item: Any) -> Any:
    return {k: v for k, v in item.items() if k != "evidence"} if isinstance(item, dict) else item


def find_documents(gold_dir: Path, docs_dir: Path) -> dict[str, Path]:
    """stem -> document path for every gold file that has a document in docs_dir."""
    from extractor.settings import SUPPORTED_SUFFIXES

    docs = {p.stem: p for p in sorted(Path(docs_dir).iterdir()) if p.suffix.lower() in SUPPORTED_SUFFIXES}
    stems = [p.name[: -len(".gold.json")] for p in sorted(Path(gold_dir).glob("*.gold.json"))]
    return {s: docs[s] for s in stems if s in docs}


def evaluate_folder(gold_dir: Path, docs_dir: Path, use_model: bool = True,
                    stems: Callable[[str], bool] = lambda stem: True) -> dict[str, tuple[dict, dict]]:
    """Extract every document that has a gold record (and whose stem passes `stems`) and score
    the predictions of the rules alone and, with `use_model`, of rules + model.
    Returns {"rules": (summary, per_doc), "rules+model": (summary, per_doc)}."""
    from extractor.extract import analyse, finish
    from extractor.model import load_model
    from extractor.read import read_document

    model = load_model() if use_model else None
    predictions: dict[str, dict[str, dict]] = {"rules": {}, "rules+model": {}}
    for stem, path in find_documents(gold_dir, docs_dir).items():
        if not stems(stem):
            continue
        analysis = analyse(read_document(path))
        predictions["rules"][stem] = finish(analysis, None).to_json()
        if model is not None:
            predictions["rules+model"][stem] = finish(analysis, model).to_json()
    gold = {p.name[: -len(".gold.json")]: p for p in Path(gold_dir).glob("*.gold.json")}
    wanted = {s for s in gold if stems(s)}
    return {name: score_dirs(gold_dir, preds, wanted) for name, preds in predictions.items() if preds}


def format_comparison(results: dict[str, tuple[dict, dict]]) -> str:
    """F1 per group, one column per method ('rules', 'rules+model')."""
    names = list(results)
    lines = [f"{'group':<14}" + "".join(f"{n:>13}" for n in names)]
    for g in results[names[0]][0]:
        lines.append(f"{g:<14}" + "".join(f"{results[n][0][g]['f1']:>13.3f}" for n in names))
    return "\n".join(lines)
