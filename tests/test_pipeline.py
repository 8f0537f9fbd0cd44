from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from bilateral import analyze
from bilateral.store import Store, export_store

SPEC_FIELDS = {
    "id",
    "source",
    "title",
    "subtitle",
    "byline",
    "dateline",
    "outlet",
    "credited_sources",
    "published",
    "published_range",
    "published_evidence",
    "body",
    "duplicate_of",
}


def test_pipeline_stores_once_and_marks_near_duplicates(examples: Path, config_in, tmp_path: Path) -> None:
    first = analyze([str(examples)], config_in, today=date(2026, 1, 1))
    assert (first.stored, first.near_duplicates, len(first.rejected)) == (5, 1, 0)
    again = analyze([str(examples)], config_in, today=date(2026, 1, 1))
    assert (again.stored, again.unchanged) == (0, 5)
    copy = tmp_path / "copy.txt"
    shutil.copy(examples / "kostrava-envoy-recalled.txt", copy)
    other = analyze([str(copy)], config_in)
    assert (other.stored, other.duplicates) == (0, 1)
    with Store(config_in.store.path, read_only=True) as store:
        assert store.count("articles") == 5 and store.count("raw_documents") == 5
        statuses = {Path(row.source).name: row.status for row in store.input_log()}
        assert statuses["copy.txt"] == "duplicate"
        articles = {Path(a.source).name: a for a in store.articles()}
    syndicated = articles["kostrava-envoy-recalled-syndicated.txt"]  # read first: folders are walked in name order
    original = articles["kostrava-envoy-recalled.txt"]
    assert original.duplicate_of == syndicated.id and syndicated.duplicate_of is None
    assert sum(a.duplicate_of is not None for a in articles.values()) == 1


def test_pipeline_logs_rejections_and_goes_on(examples: Path, config_in, tmp_path: Path) -> None:
    (tmp_path / "blob.html").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB page
    names = [str(tmp_path / n) for n in ("blob.html", "empty.txt", "nav.html", "huge.html", "missing.txt")]
    summary = analyze([*names, str(examples / "arvenia-aid-package.html")], config_in)
    assert summary.stored == 1
    assert [r.code for r in summary.rejected] == ["B204", "B203", "B207", "B205", "B201"]
    with Store(config_in.store.path, read_only=True) as store:
        log = {Path(row.source).name: (row.status, row.code) for row in store.input_log()}
    assert log["nav.html"] == ("rejected", "B207") and log["arvenia-aid-package.html"][0] == "stored"


def test_pipeline_export_matches_spec(examples: Path, config_in, tmp_path: Path) -> None:
    analyze([str(examples)], config_in, jobs=2)
    with Store(config_in.store.path, read_only=True) as store:
        counts = export_store(store, tmp_path / "out")
    assert counts["articles.jsonl"] == 5 and counts["quotes.jsonl"] > 0 and counts["actors.jsonl"] > 0
    records = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(set(r) >= SPEC_FIELDS for r in records)
    by_name = {Path(r["source"]).name: r for r in records}
    talks = by_name["arvenia-kostrava-water-talks.txt"]
    assert talks["published"] == "2024-03-14" and talks["dateline"] == "VELMORA" and talks["credited_sources"] == ["KNA"]
    assert talks["body"].count("\n\n") == 5 and "newsletter" not in talks["body"]
    trade = by_name["kostrava-trade-deal.html"]  # a cp1252 page
    assert "Kostrava’s parliament — led by the Café Reform bloc" in trade["body"]
    assert (tmp_path / "out" / "articles.parquet").exists()
    bodies = {r["id"]: r["body"] for r in records}
    quotes = [json.loads(line) for line in (tmp_path / "out" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    actors = {a["id"]: a for a in map(json.loads, (tmp_path / "out" / "actors.jsonl").read_text(encoding="utf-8").splitlines())}
    for q in quotes:
        assert set(q) >= {"id", "article_id", "kind", "text", "speaker", "cue", "start", "end"}
        assert set(q["speaker"]) >= {"actor_id", "name", "surface", "resolved_by"}
        assert bodies[q["article_id"]][q["start"] : q["end"]] == q["text"]  # provenance: offsets into the body
        assert q["speaker"]["actor_id"] is None or q["speaker"]["actor_id"] in actors
    for a in actors.values():
        assert set(a) >= {"id", "name", "kind", "aliases", "country", "roles"}
        assert all(set(r) >= {"title", "country", "organization", "valid_from", "valid_to", "article_id", "evidence"} for r in a["roles"])


def test_reanalysis_adds_nothing_twice(examples: Path, config_in) -> None:
    analyze([str(examples)], config_in)
    with Store(config_in.store.path, read_only=True) as store:
        first = (store.count("quotes"), store.count("actors"), store.count("actor_mentions"))
    summary = analyze([str(examples)], config_in)
    assert summary.analysed == 0
    with Store(config_in.store.path, read_only=True) as store:
        assert (store.count("quotes"), store.count("actors"), store.count("actor_mentions")) == first


def test_one_article_failing_in_nlp_does_not_stop_the_run(examples: Path, config_in, monkeypatch) -> None:
    import bilateral.pipeline as pipeline

    real = pipeline.find_quotes

    def flaky(doc, article, actors):
        if "water" in article.source:
            raise ValueError("boom")
        return real(doc, article, actors)

    monkeypatch.setattr(pipeline, "find_quotes", flaky)
    summary = analyze([str(examples)], config_in)
    assert summary.analysed == summary.stored == 5
    assert len(summary.failed) == 1 and "arvenia-kostrava-water-talks.txt" in summary.failed[0] and "boom" in summary.failed[0]
    assert summary.quotes > 0


def test_new_analysis_method_redoes_stored_articles_without_duplicates(examples: Path, config_in, monkeypatch) -> None:
    import bilateral.pipeline as pipeline

    analyze([str(examples)], config_in)
    with Store(config_in.store.path, read_only=True) as store:
        before = store.count("quotes")
    monkeypatch.setattr(pipeline, "ANALYSIS_METHOD", pipeline.ANALYSIS_METHOD + "-next")
    summary = analyze([str(examples)], config_in)
    assert summary.stored == 0 and summary.analysed == 5  # nothing re-read, everything re-analysed
    with Store(config_in.store.path, read_only=True) as store:
        assert store.count("quotes") == before and store.count("analyses") == 5


def test_nlp_can_be_left_for_a_later_run(examples: Path, tmp_path: Path) -> None:
    from bilateral.config import load_config

    db = str(tmp_path / "later.duckdb")
    first = analyze([str(examples)], load_config(overrides={"store": {"path": db}, "nlp": {"enabled": False}}))
    assert first.stored == 5 and first.analysed == 0
    later = analyze([str(examples)], load_config(overrides={"store": {"path": db}}))
    assert later.stored == 0 and later.analysed == 5 and later.quotes > 0


def test_articles_not_in_english_are_stored_but_not_analysed(config_in, tmp_path: Path) -> None:
    page = tmp_path / "de.txt"
    page.write_text(
        "Die Regierung in Islamabad hat am Montag neue Gespräche mit Washington angekündigt. "
        "Der Außenminister sagte, man wolle die Beziehungen auf eine neue Grundlage stellen und "
        "die Zusammenarbeit in der Wirtschaft und bei der Sicherheit ausbauen.\n\n"
        "„Wir sind bereit“, sagte er vor Journalisten in der Hauptstadt, die Gespräche würden im Mai beginnen.",
        encoding="utf-8",
    )
    summary = analyze([str(page)], config_in)
    assert summary.stored == 1 and summary.analysed == 1 and summary.not_english == 1 and summary.quotes == 0


def test_a_batch_with_an_unparsable_article_analyses_the_others(examples: Path, config_in, monkeypatch) -> None:
    import bilateral.pipeline as pipeline

    real = pipeline.parse

    def picky(texts, batch_size=32):
        texts = list(texts)
        if any("Kostrava" in t and "drought" in t for t in texts):
            if len(texts) > 1:
                raise ValueError("batch failed")
            raise ValueError("this one")
        return real(texts, batch_size)

    monkeypatch.setattr(pipeline, "parse", picky)
    summary = analyze([str(examples)], config_in)
    assert summary.analysed == 5 and len(summary.failed) == 1 and "spaCy could not parse it" in summary.failed[0]
    assert summary.quotes > 0
