"""The claims suite: our exhaustive coding of the figures in the seed articles and a sample of PolNeAR
dev articles (``data/claims_gold.jsonl``: file, offset and length of each figure, with its value,
unit, qualifier, measure, subject, scope and claimant; no text of the corpus).

Each gold figure is found in the clean body by the raw text around it, and matched to a predicted
claim whose span overlaps it. Reported per half (``half_of`` the file name): recall of the gold
figures, the share of predicted claims that are gold figures, and, of the matched ones, value and
unit, measure, claimant and subject right.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..claims.measures import AMOUNT, SHARE
from ..knowledge.countries import country_code
from .common import EvalContext, EvalRow, half_of, read_jsonl, skipped
from .ingest import run_store

SUITE = "claims"
_CONTEXT = (40, 20, 8)  # characters of raw text before a figure tried, longest first, to find it in the body


@cache
def gold_claims() -> tuple[dict[str, Any], ...]:
    text = resources.files(__package__).joinpath("data", "claims_gold.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def claims_suite(context: EvalContext) -> list[EvalRow]:
    files = sorted({g["file"] for g in gold_claims()})
    paths = {f: context.shared / f for f in files}
    if not all(p.exists() for p in paths.values()):
        return skipped(SUITE, "the seeds or the PolNeAR dev texts are not in the shared folder")
    export, _ = run_store(context, "claims", [str(p) for p in paths.values()], jobs=2)
    articles = defaultdict(list)
    for article in read_jsonl(export / "articles.jsonl"):
        articles[Path(article["source"]).resolve()].append(article)
    predicted = defaultdict(list)
    for claim in read_jsonl(export / "claims.jsonl"):
        predicted[claim["article_id"]].append(claim)
    rows: list[EvalRow] = []
    for half in ("tune", "check"):
        scores = _score([g for g in gold_claims() if half_of(Path(g["file"]).name) == half], paths, articles, predicted)
        rows += _rows(half, scores)
    return rows


def _score(gold: list[dict[str, Any]], paths: dict[str, Path], articles: dict[Path, list[dict[str, Any]]],
           predicted: dict[str, list[dict[str, Any]]]) -> dict[str, list[bool]]:
    scores: dict[str, list[bool]] = defaultdict(list)
    matched: set[str] = set()
    files = {g["file"] for g in gold}
    texts = {f: paths[f].read_text(encoding="utf-8") for f in files}
    for item in gold:
        raw = texts[item["file"]]
        claim = _match(item, raw, articles.get(paths[item["file"]].resolve(), []), predicted)
        scores["recall"].append(claim is not None)
        if claim is None:
            continue
        matched.add(claim["id"])
        scores["value and unit"].append(abs(claim["value"] - item["value"]) <= 0.005 * abs(item["value"]) and claim["unit"] == item["unit"])
        scores["measure"].append(_same_measure(claim, item))
        scores["claimant"].append(_same_claimant(claim, item))
        scores["subject"].append(_same_subject(claim, item))
    for path in {paths[f].resolve() for f in files}:
        for article in articles.get(path, []):
            scores["precision"] += [c["id"] in matched for c in predicted[article["id"]]]
    return scores


def _match(item: dict[str, Any], raw: str, articles: list[dict[str, Any]], predicted: dict[str, list[dict[str, Any]]]) -> dict[str, Any] | None:
    figure = raw[item["offset"]: item["offset"] + item["length"]]
    for size in _CONTEXT:
        before = raw[max(0, item["offset"] - size): item["offset"]]
        for article in articles:
            at = article["body"].find(before + figure)
            if at < 0:
                continue
            start = at + len(before)
            end = start + len(figure)
            return next((c for c in predicted[article["id"]] if c["start"] < end and start < c["end"]), None)
    return None


def _same_measure(claim: dict[str, Any], item: dict[str, Any]) -> bool:
    mine = claim.get("measure_id") or AMOUNT
    return (mine in (AMOUNT, SHARE) and item["measure"] == AMOUNT) or mine == item["measure"]


def _same_claimant(claim: dict[str, Any], item: dict[str, Any]) -> bool:
    said = item.get("claimant")
    name = ((claim.get("claimant") or {}).get("name") or "") if claim.get("claimed_by") != "outlet" else ""
    if said in (None, "OUTLET"):
        return not name
    words = {w.lower() for w in said.replace(".", " ").split()}
    return bool(name) and (name.split()[-1].lower() in words or said.split()[-1].lower() in name.lower())


def _same_subject(claim: dict[str, Any], item: dict[str, Any]) -> bool:
    said = item.get("subject")
    mine = claim.get("subject")
    if said is None or mine is None:
        return said is None and mine is None
    return (country_code(mine) or mine.lower()) == (said if len(said) == 3 and said.isupper() else country_code(said) or said.lower())


def _rows(half: str, scores: dict[str, list[bool]]) -> list[EvalRow]:
    targets = {"measure": "≥ 0.900", "claimant": "≥ 0.850", "value and unit": "≥ 0.950"} if half == "check" else {}
    labels = {"recall": "gold figures found", "precision": "found claims that are gold figures", "value and unit": "value and unit right (found)",
              "measure": "measure right (found)", "claimant": "claimant right (found)", "subject": "subject right (found)"}
    return [EvalRow(SUITE, f"{half}: {label}", sum(scores[name]) / len(scores[name]) if scores[name] else 0.0, targets.get(name),
                    f"{sum(scores[name])}/{len(scores[name])}") for name, label in labels.items()]
