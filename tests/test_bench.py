from __future__ import annotations

from pathlib import Path

from bilateral.bench import run_bench


def test_bench_falls_back_to_examples_and_reports_each_set(tmp_path: Path) -> None:
    rows = run_bench(str(tmp_path), pages=3)  # no shared data here: the example corpus is timed
    inputs = [row.input for row in rows]
    assert "HTML pages (examples)" in inputs and "text scrapes (examples)" in inputs
    assert inputs[-1].startswith("analyze → store")
    assert any(i.startswith("spaCy nlp.pipe") for i in inputs) and any(i.startswith("NLP stages") for i in inputs)
    assert all(row.documents == 3 and row.seconds > 0 and row.peak_mib > 0 for row in rows[:-1])
    assert all("spaCy's bare time" in row.note for row in rows if row.input.startswith("NLP stages"))


def test_bench_times_each_stage_against_the_run_before_events(tmp_path: Path) -> None:
    rows = {row.input.split(" (")[0]: row for row in run_bench(str(tmp_path), pages=3) if row.input.startswith("stage: ")}
    assert set(rows) == {f"stage: {s}" for s in ("parse", "actors", "quotes", "events", "claims", "tone")}
    base = sum(rows[f"stage: {s}"].seconds for s in ("parse", "actors", "quotes"))
    assert rows["stage: events"].note == f"{rows['stage: events'].seconds / base:.1%} of parse+actors+quotes"
