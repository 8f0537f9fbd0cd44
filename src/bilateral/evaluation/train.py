"""``bilateral train-events``: fit the event confidence model on the tuning halves of the event gold.

The coder's candidates on the tuning halves of ``events_polnear`` (exhaustive cross-border gold), of
our labels of candidates on PolNeAR articles (``labelled``) and of PLOVER (one gold event a sentence)
are labelled right or wrong, each described by the evidence the coder names; an L2-regularised
logistic regression over that evidence gives the weights. The threshold is the cut with the best F0.5
on the first two that costs PLOVER's tuning half at most one point. Check halves are never read here.
The result is written as ``events/confidence.json``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from .common import NON_STATE, EvalContext, half_of, load_tool, read_jsonl
from .ingest import run_store
from .labelled import labelled_candidates, labels

_L2 = 1.0


def train_events(context: EvalContext, model_path: Path) -> dict[str, Any]:
    """Train on the tuning halves, write the model, and return it."""
    scorer = load_tool(context.shared, "score_events")
    if scorer is None:
        raise FileNotFoundError(f"no score_events.py in {context.shared / 'tools'}")
    polnear, gold_events = _polnear_examples(context, scorer)
    labelled = _labelled_examples(context)
    polnear += labelled
    gold_events += sum(example.right for example in labelled)  # the right ones labelled are all we know of
    plover = _plover_examples(context, scorer)
    examples = polnear + plover
    if not examples:
        raise FileNotFoundError(f"no event gold under {context.shared / 'eval'}")
    names = sorted({name for example in examples for name in example.evidence})
    features = np.array([[name in example.evidence for name in names] for example in examples], dtype=float)
    labels = np.array([example.right for example in examples], dtype=float)
    bias, weights = _fit(features, labels)
    scores = 1.0 / (1.0 + np.exp(-(features @ weights + bias)))
    model = {
        "bias": round(float(bias), 4),
        "weights": {name: round(float(w), 4) for name, w in zip(names, weights, strict=True)},
        "threshold": _threshold(scores[: len(polnear)], polnear, gold_events, scores[len(polnear):], plover),
        "trained_on": f"{len(examples)} candidate events of the tuning halves of events_polnear, PolNeAR articles (our labels) "
                      f"and PLOVER ({int(labels.sum())} right); bilateral train-events",
    }
    model_path.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return model


@dataclass(frozen=True, slots=True)
class Example:
    """A candidate event of a tuning sentence: its evidence, whether the gold has it, and its key."""

    item: str
    evidence: frozenset[str]
    right: bool
    key: tuple[str, str, str] = ("", "", "")


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Newton's method on the penalised log-likelihood (the bias is not penalised); deterministic."""
    design = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * _L2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (y - p) - penalty @ beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-8:
            break
    return float(beta[0]), beta[1:]


def _threshold(polnear_scores: np.ndarray, polnear: list[Example], gold_events: int,
               plover_scores: np.ndarray, plover: list[Example]) -> float:
    """The cut with the best F0.5 (precision weighing twice as much as recall) on the events_polnear and
    labelled PolNeAR tuning halves, scored as the gold is (distinct source, target and root a sentence),
    among the cuts that keep PLOVER's tuning sentences with a right event within one point of keeping
    every event."""
    def polnear_f_half(cut: float) -> float:
        kept = {(e.item, e.key): e.right for e, score in zip(polnear, polnear_scores, strict=True) if score >= cut}
        right = sum(kept.values())
        if not right:
            return 0.0
        precision, recall = right / len(kept), right / max(1, gold_events)
        return 1.25 * precision * recall / (0.25 * precision + recall)

    def plover_share(cut: float) -> float:
        sentences = {e.item for e in plover}
        right = {e.item for e, score in zip(plover, plover_scores, strict=True) if score >= cut and e.right}
        return len(right) / max(1, len(sentences))

    floor = plover_share(0.0) - 0.01
    cuts = [c / 20 for c in range(19) if plover_share(c / 20) >= floor]
    return max(cuts, key=lambda cut: (round(polnear_f_half(cut), 6), -cut))


def _candidates(export: Path, stems: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Asserted, dyadic events of the export by gold id (the input file's stem)."""
    by_article = {a["id"]: Path(a["source"]).name.removesuffix(".txt") for a in read_jsonl(export / "articles.jsonl")}
    found: dict[str, list[dict[str, Any]]] = {}
    for event in read_jsonl(export / "events.jsonl"):
        stem = by_article.get(event["article_id"], "")
        if stem in stems and event["mood"] == "asserted" and event["target"]["code"]:
            found.setdefault(stems[stem], []).append(event)
    return found


def _analysed(context: EvalContext, scorer: ModuleType, name: str, items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    inputs = context.work / f"{name}-tune-inputs"
    scorer.write_inputs(items, str(inputs))
    export, _ = run_store(context, f"{name}-tune", [str(inputs)], jobs=min(2, os.cpu_count() or 1))
    return _candidates(export, {item["file"]: item["id"] for item in items})


def _polnear_examples(context: EvalContext, scorer: ModuleType) -> tuple[list[Example], int]:
    """The cross-border candidates of the tuning half, and how many gold events that half has."""
    gold = context.shared / "eval" / "events_polnear" / "gold.jsonl"
    if not gold.exists():
        return [], 0
    halves = {row["id"]: row.get("half") for row in read_jsonl(gold)}
    items = [item for item in scorer.read_petr(str(gold)) if halves.get(item["id"]) == "tune"]
    examples = []
    for item_id, events in _analysed(context, scorer, "events-polnear", items).items():
        item = next(i for i in items if i["id"] == item_id)
        keys = scorer.keys(item["events"], "root")
        for event in events:
            source, target = scorer.country(event["source"]), scorer.country(event["target"])
            if source == target and source not in NON_STATE:
                continue  # the gold leaves domestic events out: no label
            key = (source, target, event["root"])
            examples.append(Example(item_id, frozenset(event["evidence"]), key in keys, key))
    return examples, sum(len(scorer.keys(item["events"], "root")) for item in items)


def _labelled_examples(context: EvalContext) -> list[Example]:
    """Our labelled candidates on the tuning half of the PolNeAR articles."""
    known = labels()
    return [Example(key[1], frozenset(event["evidence"]), known[key], key[3:])
            for key, event in labelled_candidates(context, "tune") or [] if key in known]


def _plover_examples(context: EvalContext, scorer: ModuleType) -> list[Example]:
    gold = context.shared / "eval" / "plover" / "PLOVER_GSR_CAMEO.json"
    if not gold.exists():
        return []
    items = [item for item in scorer.read_plover(str(gold)) if half_of(item["id"]) == "tune"]
    by_id = {item["id"]: item for item in items}

    def right(item: dict[str, Any], event: dict[str, Any]) -> bool:
        """Type, source and target as the gold has them (a side the gold leaves empty accepts any)."""
        return bool((scorer.plover_name(event["plover"]) or scorer.plover_of_cameo(event["cameo"])) == item["event"]
                    and (not item["sources"] or scorer.country(event["source"]) in item["sources"])
                    and (not item["targets"] or scorer.country(event["target"]) in item["targets"]))

    # PLOVER codes one direction of a meeting; the coder's mirrored side is no error there, so it is no example
    return [Example(item_id, frozenset(event["evidence"]), right(by_id[item_id], event))
            for item_id, events in _analysed(context, scorer, "plover", items).items() for event in events
            if "mutual" not in event["evidence"]]
