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
