"""Less certain events: left out of the overview, the report, the timeline and the actor page by default,
shown (marked) with the switch; target-less and same-actor events never; most significant events ranked by
|Goldstein| x confidence x sources.

The store holds real articles (read and stored by the pipeline, NLP off) with events written by hand, so
each event's confidence, sources and target are known.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from bilateral.actors import merge_actors
from bilateral.cli import cli
from bilateral.config import load_config
from bilateral.events import cameo
from bilateral.pipeline import analyze
from bilateral.records import ActorMention, ArticleAnalysis, Event, EventActor
from bilateral.store import Store, views
from bilateral.web.app import create_app
from bilateral.web.report import render_report

TEXTS = {
    "talks": [
        "Pakistan and United States officials hold talks in Islamabad",
        "Pakistan held talks with the United States in Islamabad on Monday about trade and security cooperation.",
        "The talks lasted two days, officials from both foreign ministries said in a joint statement.",
    ],
    "talks-again": [
        "Islamabad talks between Pakistan and the United States reported",
        "Pakistan met United States envoys in Islamabad on Monday for a round of talks on trade and security.",
        "Both sides described the meeting as constructive, a spokesman for the foreign ministry said on Tuesday.",
    ],
    "threat": [
        "United States sharpens tone towards Pakistan over border raids",
        "The United States threatened Pakistan with sanctions over the border raids on Wednesday, diplomats said.",
        "Some observers said the United States may have struck a militant camp in Pakistan during the night.",
        "The United States reviewed its own aid programmes in the region, officials in Washington said.",
    ],
    "quiet": [
        "Pakistan cabinet meets to discuss the budget for the coming year",
        "Pakistan surrendered its claim in the long dispute after a night of negotiations, the minister said.",
        "The cabinet will meet again next week to settle the remaining questions, officials added on Thursday.",
    ],
}

SURE_TALKS = "Pakistan held talks with the United States"  # confident, two sources (one story): 2.8 x 0.9 x 2 = 5.04
SURE_THREAT = "The United States threatened Pakistan"  # confident, one source: |-8| x 0.6 x 1 = 4.8
UNSURE_STRIKE = "may have struck a militant camp"  # unsure, one source, the largest |Goldstein|: |-10| x 0.3 x 1 = 3.0
NO_TARGET = "Pakistan surrendered its claim"  # no target: never a dyadic event, though its flag says confident
SELF = "The United States reviewed its own aid"  # USA -> USA: never shown


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("confidence")
    for name, lines in TEXTS.items():
        (folder / f"{name}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    path = folder / "confidence.duckdb"
    summary = analyze([str(folder)], load_config(overrides={"store": {"path": str(path)}, "nlp": {"enabled": False}}))
    assert not summary.rejected, summary
    with Store(path) as store:
        stored = store.db.execute("SELECT id, body FROM articles").fetchall()
        assert len(stored) == 4, stored
        by_name = {name: next((aid, body) for aid, body in stored if lines[1] in body) for name, lines in TEXTS.items()}

        def event(name: str, words: str, source: str, target: str | None, code: str, confidence: float,
                  confident: bool = True, day: str = "2024-03-04") -> Event:
            aid, body = by_name[name]
            at = body.index(words)
            start, end = body.rfind("\n", 0, at) + 1, body.index(".", at) + 1
            info = cameo(code)
            return Event(
                f"{name}:{code}", aid, body[start:end], start, end,
                EventActor(source, source, 0 if source.startswith("PAK") else 1),
                EventActor(target, target, 0 if target.startswith("PAK") else 1) if target else None,
                code, info.root, info.quad_class, info.goldstein, info.plover, day, words.split()[-1], at, at + len(words),
                confidence=confidence, confident=confident,
            )

        events = {
            "talks": [event("talks", SURE_TALKS, "PAK", "USA", "043", 0.9)],
            "talks-again": [event("talks-again", "Pakistan met United States envoys", "PAKGOV", "USA", "043", 0.8, day="2024-03-05")],
            "threat": [
                event("threat", SURE_THREAT, "USA", "PAK", "163", 0.6),
                event("threat", UNSURE_STRIKE, "USA", "PAK", "190", 0.3, confident=False),
                event("threat", SELF, "USA", "USA", "043", 1.0),
            ],
            "quiet": [event("quiet", NO_TARGET, "PAK", None, "0874", 1.0)],  # a stale flag: still never dyadic
        }
        mentions = {
            aid: (ActorMention(0, aid, "country", "Pakistan", country="PAK", spans=((0, 8),)),
                  ActorMention(1, aid, "country", "United States", country="USA", spans=((0, 8),)))
            for aid, _ in by_name.values()
        }
        store.write_analyses(
            [ArticleAnalysis(by_name[name][0], mentions[by_name[name][0]], (), tuple(found), (), 0.1) for name, found in events.items()],
            "test",
        )
        store.replace_stories({by_name["talks"][0]: "s1", by_name["talks-again"][0]: "s1"})
        actors, links = merge_actors(store.actor_mentions())
        store.replace_actors(actors, links)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _sentences(html: str, table: str) -> list[str]:
    found = re.search(rf'<table class="{table}">(.*?)</table>', html, re.S)
    assert found, f"no {table} table"
    return re.findall(r'<td class="sentence">(?:<a [^>]+>)?([^<]+)', found.group(1))


# -- the store's queries -----------------------------------------------------------------------------------


def test_dyad_queries_leave_out_unsure_events_by_default_and_target_less_ones_always(db: Path) -> None:
    with Store(db, read_only=True) as store:
        sure = views.dyad_events(store, "PAK", "USA")
        every = views.dyad_events(store, "PAK", "USA", include_unsure=True)
        months = views.dyad_months(store, "PAK", "USA")
        months_all = views.dyad_months(store, "PAK", "USA", include_unsure=True)
        pairs = views.dyads(store)
        pairs_all = views.dyads(store, include_unsure=True)
        unsure = views.dyad_unsure(store, "PAK", "USA")
    assert sorted(e.cameo for e in sure) == ["043", "043", "163"]
    assert sorted(e.cameo for e in every) == ["043", "043", "163", "190"]
    assert all(e.target is not None for e in every)
    assert (months[0].a_to_b, months[0].b_to_a) == (1, 1)  # the two reports of the talks are one story
    assert (months_all[0].a_to_b, months_all[0].b_to_a) == (1, 2)
    assert pairs == [{"a": "PAK", "b": "USA", "events": 3}] and pairs_all == [{"a": "PAK", "b": "USA", "events": 4}]
    assert unsure == 1


def test_most_significant_is_goldstein_times_confidence_times_sources(db: Path) -> None:
    with Store(db, read_only=True) as store:
        sure = views.dyad_top_events(store, "PAK", "USA", 10)
        every = views.dyad_top_events(store, "PAK", "USA", 10, include_unsure=True)
    # |2.8| x 0.9 x 2 sources = 5.04 beats |-8| x 0.6 x 1 = 4.8; the unsure |-10| x 0.3 x 1 = 3.0 comes last
    assert [(t.event.cameo, t.sources) for t in sure] == [("043", 2), ("163", 1)]
    assert [t.event.cameo for t in every] == ["043", "163", "190"]
    assert every[0].confidence == 0.9 and every[-1].confident is False


# -- the web app ------------------------------------------------------------------------------------------


def test_overview_shows_confident_events_and_says_so_with_a_switch(client: TestClient) -> None:
    page = client.get("/?a=PAK&b=USA")
    assert page.status_code == 200
    switch = re.search(r'<p class="switch" id="switch">(.*?)</p>', page.text, re.S)
    assert switch and "Showing confident events only." in switch.group(1)
    assert 'href="/?a=PAK&amp;b=USA&amp;all=1">Show 1 less certain event</a>' in switch.group(1)
    top = _sentences(page.text, "top-events")
    assert len(top) == 2 and SURE_TALKS in top[0] and SURE_THREAT in top[1]
    assert UNSURE_STRIKE not in page.text and NO_TARGET not in page.text and SELF not in page.text
    assert "90%" in page.text  # each event shows its confidence

    month = client.get("/?a=PAK&b=USA&month=2024-03")
    listed = _sentences(month.text, "month-events")
    assert len(listed) == 2 and not any(UNSURE_STRIKE in s for s in listed)


def test_the_switch_shows_the_less_certain_events_marked_but_never_target_less_or_same_actor_ones(client: TestClient) -> None:
    page = client.get("/?a=PAK&b=USA&all=1")
    switch = re.search(r'<p class="switch" id="switch">(.*?)</p>', page.text, re.S)
    assert switch and "Showing all events" in switch.group(1) and 'href="/?a=PAK&amp;b=USA">Show confident events only</a>' in switch.group(1)
    top = _sentences(page.text, "top-events")
    assert len(top) == 3 and UNSURE_STRIKE in top[-1]  # ranked last despite the largest |Goldstein|
    assert re.search(r'<tr class="unsure">.*?' + re.escape(UNSURE_STRIKE) + r".*?30% · unsure", page.text, re.S)
    assert 'month=2024-03&amp;all=1#month"' in page.text  # the charts' months keep the switch on

    month = client.get("/?a=PAK&b=USA&month=2024-03&all=1")
    listed = _sentences(month.text, "month-events")
    assert len(listed) == 3 and any(UNSURE_STRIKE in s for s in listed)
    assert NO_TARGET not in month.text and SELF not in month.text
    rows = [json.loads(line) for line in client.get("/?a=PAK&b=USA&month=2024-03&all=1&format=jsonl").text.splitlines()]
    assert sorted((r["cameo"], r["confident"]) for r in rows) == [("043", True), ("163", True), ("190", False)]
    assert all(r["target"] for r in rows)
    assert client.get("/?a=PAK&b=USA&all=perhaps").status_code == 400


def test_the_article_page_lists_every_event_and_marks_the_unsure(client: TestClient, db: Path) -> None:
    with Store(db, read_only=True) as store:
        threat, quiet = (store.db.execute("SELECT id FROM articles WHERE title LIKE ?", [f"{w}%"]).fetchone()[0] for w in ("United", "Pakistan cabinet"))
    listed = re.search(r'<table class="article-events">(.*?)</table>', client.get(f"/articles/{threat}").text, re.S)
    assert listed
    rows = re.findall(r"<tr( class=\"unsure\")?><td>(.*?)</tr>", listed.group(1), re.S)
    assert len(rows) == 3
    marked = [cells for unsure, cells in rows if unsure]
    assert len(marked) == 1 and "190" in marked[0] and "30% · unsure" in marked[0]
    quiet_page = client.get(f"/articles/{quiet}").text
    assert "no target" in quiet_page


def test_the_actor_page_lists_acts_upon_others_confident_first_and_unsure_with_the_switch(client: TestClient) -> None:
    actor_id = re.search(r'href="/actors/([^"]+)">United States', client.get("/actors").text)
    assert actor_id
    sure = client.get(f"/actors/{actor_id.group(1)}").text
    every = client.get(f"/actors/{actor_id.group(1)}?all=1").text
    assert _sentences(sure, "actor-events") == [s for s in _sentences(sure, "actor-events") if UNSURE_STRIKE not in s]
    assert any(SURE_THREAT in s for s in _sentences(sure, "actor-events"))
    assert "Show 1 less certain event" in sure
    assert any(UNSURE_STRIKE in s for s in _sentences(every, "actor-events"))
    assert SELF not in sure and SELF not in every


# -- the report and the commands ------------------------------------------------------------------------


def test_report_says_which_events_it_counts(db: Path) -> None:
    with Store(db, read_only=True) as store:
        sure = render_report(store, "PAK", "USA", "2026-01-01")
        every = render_report(store, "PAK", "USA", "2026-01-01", include_unsure=True)
    assert "Confident events only: 1 less certain event left out" in sure and UNSURE_STRIKE not in sure
    assert "All events, including the 1 less certain event marked unsure." in every and UNSURE_STRIKE in every
    assert NO_TARGET not in every and SELF not in every


def test_timeline_and_report_commands_take_all_events(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    sure = runner.invoke(cli, ["timeline", "PAK", "USA", "--db", str(db), "--out", str(tmp_path / "sure")])
    assert sure.exit_code == 0, sure.output
    assert "Confident events only; 1 less certain left out (--all-events includes them)." in sure.stdout
    every = runner.invoke(cli, ["timeline", "PAK", "USA", "--db", str(db), "--all-events", "--out", str(tmp_path / "all")])
    assert every.exit_code == 0, every.output
    assert "All events, including 1 less certain" in every.stdout
    rows = {name: [json.loads(line) for line in (tmp_path / name / "timeline_PAK_USA.jsonl").read_text().splitlines()] for name in ("sure", "all")}
    assert rows["sure"][0]["events_counted"] == "confident" and rows["all"][0]["events_counted"] == "all"
    assert rows["sure"][0]["events_USA_to_PAK"] == 1 and rows["all"][0]["events_USA_to_PAK"] == 2
    assert [(e["cameo"], e["sources"]) for e in rows["all"][0]["top_events"]] == [("043", 2), ("163", 1), ("190", 1)]
    assert rows["all"][0]["top_events"][-1]["confident"] is False

    report = runner.invoke(cli, ["report", "PAK", "USA", "--db", str(db), "--all-events", "--out", str(tmp_path / "r.html")])
    assert report.exit_code == 0, report.output
    assert "(all events)" in " ".join(report.stderr.split()) and UNSURE_STRIKE in (tmp_path / "r.html").read_text(encoding="utf-8")
