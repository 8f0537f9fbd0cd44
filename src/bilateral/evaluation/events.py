"""Suites for events and claims: the PLOVER gold sentences and the seed articles' gold.

PLOVER: each gold sentence is analysed as its own input file (written by the shared scorer's
``write_inputs``) and scored by the shared ``score_events.py``: the share of sentences where some
predicted event has the right PLOVER type, source country and target country, and per event type.
Seeds: recall of the gold events (source, target, CAMEO root, sentence) and of the gold claims
(value, unit, claimant; a null gold claimant accepts any).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .common import EvalContext, EvalRow, load_tool, read_jsonl, skipped
from .ingest import no_seeds, run_seeds, run_store


def plover_suite(context: EvalContext) -> list[EvalRow]:
    gold = context.shared / "eval" / "plover" / "PLOVER_GSR_CAMEO.json"
    scorer = load_tool(context.shared, "score_events")
    if not gold.exists() or scorer is None:
        return skipped("plover", f"no {gold} or score_events.py")
    items = scorer.read_plover(str(gold))
    inputs = context.work / "plover-inputs"
    scorer.write_inputs(items, str(inputs))
    jobs = min(2, os.cpu_count() or 1)
    export, seconds = run_store(context, "plover", [str(inputs)], jobs=jobs)
    result, details, _ = scorer.run_score(str(gold), "plover", items, str(export))
    accuracy = result["accuracy"]
    targets = {"event": "≥ 0.700", "source": "≥ 0.850", "target": "≥ 0.850"}
    labels = {"event": "PLOVER event type right", "source": "source country right", "target": "target country right",
              "joint": "type, source and target in one event", "any_prediction": "sentences with any event"}
    rows = [
        EvalRow("plover", label, accuracy[name]["share"], targets.get(name), f"{accuracy[name]['right']}/{accuracy[name]['n']}")
        for name, label in labels.items()
    ]
    rows += _per_type_rows(details)
    rows.append(EvalRow("plover", f"end to end, {jobs} processes", f"{len(items) / seconds:.1f} sentences/s"))
    return rows


def _per_type_rows(details: list[dict[str, Any]]) -> list[EvalRow]:
    """Per gold event type: type, source and target right (sentences with no gold target left out
    of the target count), from the scorer's per-sentence details."""
    tallies: dict[str, dict[str, list[int]]] = {}
    for detail in details:
        counts = tallies.setdefault(detail["gold"][0], {"event": [0, 0], "source": [0, 0], "target": [0, 0]})
        for name, tally in counts.items():
            if detail[name] is not None:
                tally[0] += bool(detail[name])
                tally[1] += 1
    rows = []
    for event_type, counts in sorted(tallies.items()):
        parts = [f"{name} {right}/{n}" for name, (right, n) in counts.items() if n]
        right, n = counts["event"]
        rows.append(EvalRow("plover", f"{event_type}: type right", right / n if n else 0.0, None, ", ".join(parts)))
    return rows


def seeds_events_suite(context: EvalContext) -> list[EvalRow]:
    run = run_seeds(context, "seeds-events")
    if run is None:
        return no_seeds("seeds-events")
    gold, export = run
    articles = {Path(a["source"]).name: a for a in read_jsonl(export / "articles.jsonl")}
    events, claims = read_jsonl(export / "events.jsonl"), read_jsonl(export / "claims.jsonl")
    found_events = missed_events = found_claims = missed_claims = 0
    misses: list[str] = []
    for name, expected in gold["articles"].items():
        article_id = articles.get(name, {}).get("id")
        mine = [e for e in events if e["article_id"] == article_id and e.get("mood", "asserted") == "asserted"]
        for source, target, root, snippet in expected.get("events", []):
            if any(_event_matches(e, source, target, root, snippet) for e in mine):
                found_events += 1
            else:
                missed_events += 1
                misses.append(f"event {source}>{target} {root}: {snippet[:40]}")
        mine_claims = [c for c in claims if c["article_id"] == article_id]
        for claim in expected.get("claims", []):
            if any(_claim_matches(c, claim) for c in mine_claims):
                found_claims += 1
            else:
                missed_claims += 1
                misses.append(f"claim {claim['value']:g} {claim['unit']}")
    total_events, total_claims = found_events + missed_events, found_claims + missed_claims
    return [
        EvalRow("seeds-events", "gold events found (source, target, root)", f"{found_events}/{total_events}", f"{total_events}/{total_events}",
                "; ".join(m for m in misses if m.startswith("event")) or None),
        EvalRow("seeds-events", "gold claims found (value, unit, claimant)", f"{found_claims}/{total_claims}", f"{total_claims}/{total_claims}",
                "; ".join(m for m in misses if m.startswith("claim")) or None),
    ]


def _event_matches(event: dict[str, Any], source: str, target: str, root: str, snippet: str) -> bool:
    codes = ((event["source"] or {}).get("code") or "")[:3], ((event["target"] or {}).get("code") or "")[:3]
    return codes == (source, target) and event["root"] == root and _squash(snippet) in _squash(event["sentence"])


def _claim_matches(claim: dict[str, Any], gold: dict[str, Any]) -> bool:
    if abs(claim["value"] - gold["value"]) > 1e-6 * max(1.0, abs(gold["value"])) or claim["unit"] != gold["unit"]:
        return False
    if gold.get("qualifier") and claim.get("qualifier") != gold["qualifier"]:
        return False
    wanted = gold.get("claimant")
    return wanted is None or ((claim.get("claimant") or {}).get("name") or "").lower() == wanted.lower()


def _squash(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).lower()
