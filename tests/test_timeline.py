"""The monthly timeline: directions, one count per story, moods, tone, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from bilateral.analysis.timeline import build_timeline, month_json
from bilateral.cli import cli
from bilateral.events import cameo
from bilateral.records import Event, EventActor


def _event(eid: str, article: str, day: str | None, source: str, target: str | None, code: str, mood: str = "asserted",
           confidence: float = 1.0, confident: bool = True) -> Event:
    info = cameo(code)
    return Event(
        eid, article, f"sentence {eid}", 0, 10, EventActor(source, source), EventActor(target, target) if target else None,
        code, info.root, info.quad_class, info.goldstein, info.plover, day, "did", 0, 3, mood,
        confidence=confidence, confident=confident,
    )


EVENTS = [
    _event("e1", "a1", "2024-03-02", "PAKGOV", "USA", "043"),
    _event("e2", "a2", "2024-03-03", "PAK", "USAGOV", "043"),  # the same meeting reported by another outlet
    _event("e3", "a3", "2024-03-20", "USA", "PAK", "163"),
    _event("e4", "a3", "2024-03-20", "USA", "PAK", "190", mood="hypothetical"),
    _event("e5", "a4", "2024-05-01", "IND", "PAK", "111"),
    _event("e6", "a5", None, "PAK", None, "0874"),
]


def test_events_count_once_per_story_and_only_when_asserted() -> None:
    stories = {"a1": "a1", "a2": "a1", "a3": "a3"}
    months = build_timeline(EVENTS, "PAK", "USA", stories, {"a1": 0.5, "a2": 0.1, "a3": -0.4})
    assert [m.month for m in months] == ["2024-03"]
    march = months[0]
    assert len(march.events["a_to_b"]) == 1 and march.events["a_to_b"][0].sources == 2
    assert [r.event.cameo for r in march.events["b_to_a"]] == ["163"]
    assert march.mean_goldstein() == round((2.8 - 8.0) / 2, 2)
    assert march.quad_counts() == {1: 1, 2: 0, 3: 0, 4: 1}
    assert march.tone == round((0.5 + 0.1 - 0.4) / 3, 3)
    row = month_json(march, "PAK", "USA", top=1)
    assert row["events_PAK_to_USA"] == 1 and row["events_USA_to_PAK"] == 1
    assert row["top_events"][0]["cameo"] == "163"  # the largest |Goldstein| first


def test_without_stories_each_report_counts() -> None:
    months = build_timeline(EVENTS, "PAK", "USA", {}, {})
    assert len(months[0].events["a_to_b"]) == 2


SURENESS = [
    _event("t1", "b1", "2024-06-01", "PAK", "USA", "043", confidence=0.9),  # 2.8 x 0.9 x 2 sources = 5.04
    _event("t2", "b2", "2024-06-02", "PAKGOV", "USA", "043", confidence=0.7),  # the same story, another outlet
    _event("t3", "b3", "2024-06-03", "USA", "PAK", "163", confidence=0.6),  # |-8| x 0.6 x 1 = 4.8
    _event("t4", "b4", "2024-06-04", "USA", "PAK", "190", confidence=0.3, confident=False),  # |-10| x 0.3 = 3.0, unsure
    _event("t5", "b5", "2024-06-05", "USA", None, "190"),  # no target, though flagged confident: never counted
    _event("t6", "b6", "2024-06-06", "USA", "USAGOV", "190"),  # within one country: never counted
]
SURE_STORIES = {"b1": "s", "b2": "s"}


def test_unsure_events_are_left_out_unless_asked_for_and_target_less_ones_always() -> None:
    sure = build_timeline(SURENESS, "PAK", "USA", SURE_STORIES, {})
    every = build_timeline(SURENESS, "PAK", "USA", SURE_STORIES, {}, include_unsure=True)
    assert [r.event.id for r in sure[0].all_events] == ["t1", "t3"]
    assert sorted(r.event.id for r in every[0].all_events) == ["t1", "t3", "t4"]
    assert every[0].mean_goldstein("b_to_a") == -9.0
    assert build_timeline(SURENESS, "USA", "USA", {}, {}, include_unsure=True) == []
    unsure = next(r for r in every[0].all_events if r.event.id == "t4")
    assert (unsure.confidence, unsure.confident) == (0.3, False)
    talks = next(r for r in every[0].all_events if r.event.id == "t1")
    assert (talks.sources, talks.confidence, talks.confident) == (2, 0.9, True)  # as sure as its surest report


def test_most_significant_weighs_goldstein_by_confidence_and_sources() -> None:
    every = build_timeline(SURENESS, "PAK", "USA", SURE_STORIES, {}, include_unsure=True)[0]
    assert [r.event.id for r in every.most_significant(3)] == ["t1", "t3", "t4"]  # not t4 (|-10|) first, as |Goldstein| alone would
    row = month_json(every, "PAK", "USA", top=3, include_unsure=True)
    assert row["events_counted"] == "all"
    assert [(e["event_id"], e["confidence"], e["confident"]) for e in row["top_events"]] == [
        ("t1", 0.9, True), ("t3", 0.6, True), ("t4", 0.3, False)]
    assert month_json(build_timeline(SURENESS, "PAK", "USA", SURE_STORIES, {})[0], "PAK", "USA", top=3)["events_counted"] == "confident"


def test_timeline_command_prints_and_exports(tmp_path: Path, examples: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "t.duckdb")
    actors = Path(__file__).resolve().parents[1] / "examples" / "actors.toml"
    assert runner.invoke(cli, ["analyze", str(examples), "--db", db, "--actors", str(actors)]).exit_code == 0
    result = runner.invoke(cli, ["timeline", "XAR", "XKO", "--db", db, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "out" / "timeline_XAR_XKO.jsonl").read_text().splitlines()]
    assert rows and all(r["top_events"] for r in rows)
    assert (tmp_path / "out" / "timeline_XAR_XKO.csv").read_text().startswith("month,")
    assert "Confident events only;" in result.stdout
    bad = runner.invoke(cli, ["timeline", "Narnia", "XKO", "--db", db])
    assert bad.exit_code == 2 and "not a country" in bad.output
