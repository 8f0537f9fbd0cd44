"""The report on the example corpus, without a browser."""

from __future__ import annotations

from pathlib import Path

from bilateral.store import Store
from bilateral.web.report import render_report


def test_report_names_user_defined_countries_and_leaves_out_syndicated_copies(example_db: Path) -> None:
    with Store(example_db, read_only=True) as store:
        html = render_report(store, "XKO", "XAR", "2026-01-01")
    assert "<h1>Kostrava and Arvenia: the relationship by month</h1>" in html
    statements = html[html.index("Key statements") : html.index("Where sources disagree")]
    assert statements.count("recalled its ambassador from Arvenia") == 1  # the syndicated copy is not a second statement
