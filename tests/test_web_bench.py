from __future__ import annotations

from pathlib import Path

from bilateral.store import Store
from bilateral.web.bench import run_web_bench
from bilateral.web.synthetic import build_synthetic_store

PAGES = {"/", "/actors", "/actors/{id}", "/quotes", "/quotes?format=csv", "/figures", "/articles/{id}", "/ask", "/ (first view of a dyad)"}


def test_synthetic_store_is_consistent_and_deterministic(tmp_path: Path) -> None:
    counts = build_synthetic_store(tmp_path / "a.duckdb", articles=60, seed=3)
    again = build_synthetic_store(tmp_path / "b.duckdb", articles=60, seed=3)
    assert {k: v for k, v in counts.items() if k != "seconds"} == {k: v for k, v in again.items() if k != "seconds"}
    assert counts["articles"] == 60 and counts["quotes"] >= 4 * 60 and counts["events"] >= 3 * 60 and counts["claims"] >= 60
    assert counts["actors"] and counts["passages"] and counts["stories"] <= 60
    with Store(tmp_path / "a.duckdb", read_only=True) as store:
        bodies = {a.id: a.body for a in store.articles()}
        assert all(len(aid) == 16 and int(aid, 16) >= 0 for aid in bodies)
        assert all(bodies[q.article_id][q.start : q.end] == q.text for q in store.quotes())
        assert all(bodies[e.article_id][e.start : e.end] == e.sentence for e in store.events())
        assert all(bodies[c.article_id][c.start : c.end] == c.text for c in store.claims())
        words = sorted(len(b.split()) for b in bodies.values())
        assert 400 < words[len(words) // 2] < 800


def test_web_bench_times_every_page(tmp_path: Path) -> None:
    db = tmp_path / "small.duckdb"
    build_synthetic_store(db, articles=200)
    messages: list[str] = []
    rows = run_web_bench(db, requests_per_page=4, progress=messages.append)
    assert {r.page for r in rows} == PAGES
    for row in rows:
        assert row.requests == 4
        assert row.statuses == (200,), row
        assert row.max_ms >= row.p95_ms >= row.p50_ms > 0
    assert not any(m.startswith("building") for m in messages)  # the store given is reused, not rebuilt
