"""Suites for events and claims: the PLOVER gold sentences, the events_polnear sentences and the
seed articles' gold.

PLOVER: each gold sentence is analysed as its own input file (written by the shared scorer's
``write_inputs``) and scored by the shared ``score_events.py`` on confident events: the share of
sentences where some predicted event has the right PLOVER type, source country and target country,
on the whole set and on each half (``half_of`` the id), and per event type on the tune half.
events_polnear: cross-border events hand-coded in PolNeAR sentences, scored the same way at root
and dyad level on each half of the gold (its ``half`` field).
Tune and check halves: errors are read (``*-tune-details.json`` in the work folder) on the tune
half only; the check half is reported, never written out sentence by sentence.
Seeds: recall of the gold events (source, target, CAMEO root, sentence) and of the gold claims
(value, unit, claimant; a null gold claimant accepts any).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .common import EvalContext, EvalRow, half_of, load_tool, read_jsonl, skipped
from .ingest import no_seeds, run_seeds, run_store
from .labelled import exhaustive_gold, labelled_candidates, labels

HALVES = ("tune", "check")


def plover_suite(context: EvalContext) -> list[EvalRow]:
    """One store, scored (confident events only) on the whole set and on each half; the halves are
    fixed by ``half_of`` the item id. Per-type rows and details are for the tune half only."""
    gold = context.shared / "eval" / "plover" / "PLOVER_GSR_CAMEO.json"
    scorer = load_tool(context.shared, "score_events")
    if not gold.exists() or scorer is None:
        return skipped("plover", f"no {gold} or score_events.py")
    items = scorer.read_plover(str(gold))
    inputs = context.work / "plover-inputs"
    scorer.write_inputs(items, str(inputs))
    jobs = min(2, os.cpu_count() or 1)
    export, seconds = run_store(context, "plover", [str(inputs)], jobs=jobs)
    labels = {"event": "PLOVER event type right", "source": "source country right", "target": "target country right",
              "joint": "type, source and target in one event", "any_prediction": "sentences with any event"}
    result, _, _ = scorer.run_score(str(gold), "plover", items, str(export), confident=True)
    rows = _plover_rows(result["accuracy"], labels, {})  # the targets are the check half's (tuning on the whole set is no test)
    for half in HALVES:
        part = [item for item in items if half_of(item["id"]) == half]
        result, details, _ = scorer.run_score(str(gold), "plover", part, str(export), confident=True)
        targets = {"event": "≥ 0.750", "source": "≥ 0.800", "target": "≥ 0.800"} if half == "check" else {}
        rows += _plover_rows(result["accuracy"], {name: f"{half}: {label}" for name, label in labels.items()}, targets)
        if half == "tune":
            rows += _per_type_rows(details)
            _write_details(context.work / "plover-tune-details.json", scorer, part, details, export)
    rows.append(EvalRow("plover", f"end to end, {jobs} processes", f"{len(items) / seconds:.1f} sentences/s"))
    return rows


def _plover_rows(accuracy: dict[str, Any], labels: dict[str, str], targets: dict[str, str]) -> list[EvalRow]:
    return [
        EvalRow("plover", label, accuracy[name]["share"], targets.get(name), f"{accuracy[name]['right']}/{accuracy[name]['n']}")
        for name, label in labels.items()
    ]


def events_polnear_suite(context: EvalContext) -> list[EvalRow]:
    """Cross-border events in PolNeAR sentences: root-level P/R/F1 per half (the gold's ``half``),
    for confident events (the headline) and for all events, and dyad-level P/R for confident ones."""
    suite = "events-polnear"
    gold = context.shared / "eval" / "events_polnear" / "gold.jsonl"
    if not gold.exists():
        return skipped(suite, f"no {gold}")
    halves = {record["id"]: record.get("half") for record in read_jsonl(gold)}
    return _sentence_gold_rows(context, suite, gold, halves, targets=("≥ 0.750", "≥ 0.450"))


def events_exhaustive_suite(context: EvalContext) -> list[EvalRow]:
    """Our own exhaustive coding of 240 more PolNeAR sentences (``data/polnear_events_exhaustive.jsonl``:
    article and offsets, no corpus text), scored like events_polnear; halves by ``half_of`` the id. No
    rule was written with it in view: it measures the coder on sentences it was never tuned on."""
    suite = "events-exhaustive"
    records = exhaustive_gold(context.shared / "eval" / "polnear")
    if not records:
        return skipped(suite, "no polnear texts in the shared folder")
    gold = context.work / "events-exhaustive-gold.jsonl"
    gold.parent.mkdir(parents=True, exist_ok=True)
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return _sentence_gold_rows(context, suite, gold, {r["id"]: r["half"] for r in records}, targets=(None, None))


def _sentence_gold_rows(context: EvalContext, suite: str, gold: Path, halves: dict[str, str | None],
                        targets: tuple[str | None, str | None]) -> list[EvalRow]:
    scorer = load_tool(context.shared, "score_events")
    if scorer is None:
        return skipped(suite, "no score_events.py")
    items = scorer.read_petr(str(gold))
    inputs = context.work / f"{suite}-inputs"
    scorer.write_inputs(items, str(inputs))
    jobs = min(2, os.cpu_count() or 1)
    export, seconds = run_store(context, suite, [str(inputs)], jobs=jobs)
    rows: list[EvalRow] = []
    for half in HALVES:
        part = [item for item in items if halves.get(item["id"]) == half]
        sure, details, _ = scorer.run_score(str(gold), "petr", part, str(export), cross_border=True, confident=True)
        every, _, _ = scorer.run_score(str(gold), "petr", part, str(export), cross_border=True, confident=False)
        for result, which in ((sure, "confident"), (every, "all events")):
            level = result["levels"]["root"]
            counts = f"tp {level['tp']} fp {level['fp']} fn {level['fn']} ({len(part)} sentences)"
            gate = targets if half == "check" and which == "confident" else (None, None)
            rows += [
                EvalRow(suite, f"{half}: root P ({which})", level["precision"], gate[0], counts),
                EvalRow(suite, f"{half}: root R ({which})", level["recall"], gate[1], counts),
                EvalRow(suite, f"{half}: root F1 ({which})", level["f1"], None, counts),
            ]
        dyad = sure["levels"]["dyad"]
        counts = f"tp {dyad['tp']} fp {dyad['fp']} fn {dyad['fn']}"
        rows += [
            EvalRow(suite, f"{half}: dyad P (confident)", dyad["precision"], None, counts),
            EvalRow(suite, f"{half}: dyad R (confident)", dyad["recall"], None, counts),
        ]
        if half == "tune":  # never the check half's: its errors are not to be read
            _write_details(context.work / f"{suite}-tune-details.json", scorer, part, details, export)
    rows.append(EvalRow(suite, f"end to end, {jobs} processes", f"{len(items) / seconds:.1f} sentences/s"))
    return rows


def events_labelled_suite(context: EvalContext) -> list[EvalRow]:
    """Precision of confident cross-border events on PolNeAR articles, from our labels of the coder's
    candidates, per half of the articles (the tuning half trains the confidence model). Candidates
    the labels do not cover (new since labelling) are counted, not scored."""
    known = labels()
    rows = []
    for half in HALVES:
        found = labelled_candidates(context, half)
        if found is None:
            return skipped("events-labelled", "no polnear texts in the shared folder")
        scored = [(known[key], event["confident"]) for key, event in found if key in known]
        shown = [right for right, confident in scored if confident]
        right = sum(r for r, _ in scored)
        rows += [
            EvalRow("events-labelled", f"{half}: precision of confident labelled events", sum(shown) / len(shown) if shown else 0.0,
                    "≥ 0.750" if half == "check" else None, f"{sum(shown)} right of {len(shown)} confident"),
            EvalRow("events-labelled", f"{half}: right labelled events kept confident", sum(shown) / right if right else 0.0, None,
                    f"{sum(shown)} of {right}"),
            EvalRow("events-labelled", f"{half}: candidates not labelled", f"{len(found) - len(scored)}/{len(found)}", None,
                    f"{sum(1 for _, event in found if event['confident'])} confident in all"),
        ]
    return rows


def _write_details(path: Path, scorer: Any, items: list[dict[str, Any]], details: list[dict[str, Any]], export: Path) -> None:
    """The scorer's per-sentence details with the sentence and every event predicted for it
    (confident or not, domestic or not), for reading a tune half's errors."""
    predicted, _ = scorer.load_predictions(str(export), items)
    texts = {item["id"]: item["text"] for item in items}
    rows = [
        {**detail, "text": texts.get(detail["id"]), "events": [_event_fields(e) for e in predicted.get(detail["id"], [])]}
        for detail in details
    ]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def _event_fields(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "cameo": event.get("cameo"),
        "source": (event.get("source") or {}).get("code"),
        "target": (event.get("target") or {}).get("code"),
        "trigger": event.get("trigger"),
        "mood": event.get("mood"),
        "confidence": event.get("confidence"),
        "confident": event.get("confident"),
    }


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
