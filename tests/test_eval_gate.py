"""Score floors on the shared gold data (skipped when ../shared is absent).

Lowering a floor is a decision to write down in the changelog, not a test to edit quietly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.evaluation import run_evaluation

FLOORS = {"body F1 (lowest article)": 0.99, "body F1 (benchmark metric)": 0.965}

# Check halves only (errors are read on the tune halves, never on these).
# measured values minus a small margin; the targets are P 0.75 / R 0.45 (events_polnear check) and 0.75 / 0.80 / 0.80 (PLOVER check)
EVENT_FLOORS = {
    # Check halves, confident events only (the events a user sees and outside checks score). The
    # issue's targets: events_polnear check P 0.75 / R 0.45 (not met: measured 0.600 / 0.123);
    # PLOVER check 0.75 / 0.80 / 0.80 (met: 0.795 / 0.833 / 0.857), held as floors themselves.
    "check: root P (confident)": 0.55,
    "check: root R (confident)": 0.10,
    "check: PLOVER event type right": 0.75,
    "check: source country right": 0.80,
    "check: target country right": 0.80,
    # Our labels of the coder's candidates on PolNeAR dev and train articles, check half of the
    # articles: mostly US domestic politics, where most foreign-looking candidates are wrong (measured 0.290).
    "check: precision of confident labelled events": 0.26,
}


def _rows(shared: Path, suite: str, tmp_path: Path) -> dict[str, object]:
    rows = run_evaluation(str(shared), str(tmp_path), [suite])
    if rows[0].metric == "skipped":
        pytest.skip(rows[0].detail or "no data")
    return {row.metric: row.value for row in rows}


def test_eval_gate_seeds(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "seeds-ingest", tmp_path)
    assert values["body F1 (lowest article)"] >= FLOORS["body F1 (lowest article)"]  # type: ignore[operator]
    assert values["clutter strings left (all)"] == 0
    assert values["titles right"] == "3/3" and values["dates within gold range"] == "3/3"


def test_eval_gate_scrapinghub(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "scrapinghub", tmp_path)
    assert values["body F1 (benchmark metric)"] >= FLOORS["body F1 (benchmark metric)"]  # type: ignore[operator]


def test_eval_gate_seed_statements(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "seeds-statements", tmp_path)
    found, total = map(int, str(values["direct quotes with right speaker"]).split("/"))
    assert found == total
    assert values["direct quotes not in gold (false)"] == 0
    assert values["indirect sample with right speaker"] >= 0.9  # type: ignore[operator]
    assert values["quotes not from the article text"] == 0
    people, of = map(int, str(values["people with right role and country"]).split("/"))
    assert people == of


def test_eval_gate_polnear(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "polnear", tmp_path)
    assert values["content overlap F1 (with quote marks)"] >= 0.88  # type: ignore[operator]
    assert values["source overlap F1 (with quote marks)"] >= 0.83  # type: ignore[operator]
    assert values["content overlap F1 (all)"] >= 0.71  # type: ignore[operator]
    assert values["source overlap F1 (all)"] >= 0.66  # type: ignore[operator]


def test_eval_gate_seed_events_and_claims(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "seeds-events", tmp_path)
    for metric in ("gold events found (source, target, root)", "gold claims found (value, unit, claimant)"):
        found, total = map(int, str(values[metric]).split("/"))
        assert found == total, metric


def test_eval_gate_plover(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "plover", tmp_path)
    for metric in ("check: PLOVER event type right", "check: source country right", "check: target country right"):
        assert values[metric] >= EVENT_FLOORS[metric], metric  # type: ignore[operator]
    # The whole set, tuning half included (0.733 / 0.813 / 0.847 measured on confident events; issue 4's
    # 0.789 / 0.875 / 0.865 counted every event, unsure and target-less ones too): a guard, not a target.
    assert values["PLOVER event type right"] >= 0.71  # type: ignore[operator]
    assert values["source country right"] >= 0.79  # type: ignore[operator]
    assert values["target country right"] >= 0.82  # type: ignore[operator]


def test_eval_gate_events_labelled_check_half(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "events-labelled", tmp_path)
    metric = "check: precision of confident labelled events"
    assert values[metric] >= EVENT_FLOORS[metric], metric  # type: ignore[operator]


def test_eval_gate_events_polnear_check_half(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "events-polnear", tmp_path)
    for metric in ("check: root P (confident)", "check: root R (confident)"):
        assert values[metric] >= EVENT_FLOORS[metric], metric  # type: ignore[operator]


def test_eval_gate_seed_questions(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "seeds-ask", tmp_path)
    pointed, of = map(int, str(values["pointed question (two rarest words): gold statement ranked first"]).split("/"))
    assert pointed >= 0.95 * of
    vague, of = map(int, str(values["vague question (three commonest shared words): gold statement ranked first"]).split("/"))
    assert vague >= 0.7 * of


# Today's check-half figures less a little slack; the targets (0.95 / 0.90 / 0.85) are not met yet.
CLAIM_FLOORS = {
    "check: value and unit right (found)": 0.85,
    "check: measure right (found)": 0.69,
    "check: claimant right (found)": 0.79,
    "check: found claims that are gold figures": 0.85,
    "check: gold figures found": 0.74,
}


def test_eval_gate_claims_check_half(shared: Path, tmp_path: Path) -> None:
    values = _rows(shared, "claims", tmp_path)
    for metric, floor in CLAIM_FLOORS.items():
        assert values[metric] >= floor, metric  # type: ignore[operator]
