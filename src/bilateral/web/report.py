"""``bilateral report A B``: one self-contained HTML file with the dyad overview, key statements,
disagreements and the sources list. Styles and charts are inline; it loads nothing from anywhere.
Confident events only, unless ``include_unsure``; the report says which.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import StoreError
from ..knowledge.countries import country_code, country_name_or
from ..store import Store, views
from . import filters
from .overview import QUADS, dyad_overview, month_events

HERE = Path(__file__).parent
_STATEMENTS = 12  # key statements per side


def render_report(store: Store, a: str, b: str, generated: str, include_unsure: bool = False) -> str:
    view = dyad_overview(store, a, b, lambda m: f"#m-{m}", top=15, include_unsure=include_unsure)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    filters.install(env)
    names = {a: _name(store, a), b: _name(store, b)}
    statements = {a: key_statements(store, a, b, names[b]), b: key_statements(store, b, a, names[a])}
    months = month_events(store, a, b, None, include_unsure)
    ids = {aid for m in months for r in m.all_events for aid in r.article_ids}
    for rows in statements.values():
        ids.update(r["article_id"] for r in rows)
    sources = sorted(views.article_briefs(store, sorted(ids)).values(), key=lambda r: (str(r["published"] or "9999"), r["id"]))
    return env.get_template("report.html").render(
        a=a, b=b, names=names, view=view, month_events=months, quads=QUADS, statements=statements,
        disagreements=views.disagreements(store, article_ids=sorted(ids)), sources=sources, generated=generated,
    )


def key_statements(store: Store, speaker_country: str, about: str, about_name: str) -> list[dict[str, Any]]:
    """Statements by one side's speakers that name the other side ("the US", "Washington", "American"), newest first."""
    found = views.quotes(store, views.QuoteFilter(country=speaker_country, limit=2_000, originals_only=True))
    return [r for r in found if names_country(r["text"], about, about_name)][:_STATEMENTS]


_CAPITALISED = re.compile(r"\b(?:U\.S\.|[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}")


def names_country(text: str, code: str, name: str) -> bool:
    """Whether the text names the country: its name, a demonym, its capital or an abbreviation."""
    if name.lower() in text.lower():
        return True
    for run in _CAPITALISED.findall(text):
        words = run.split()
        spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        if any(country_code(span) == code for span in spans):
            return True
    return False


def write_report(store: Store, a: str, b: str, out: Path, generated: str, include_unsure: bool = False) -> Path:
    html = render_report(store, a, b, generated, include_unsure)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise StoreError("B402", path=str(out), reason=str(exc)) from exc
    return out


def _name(store: Store, code: str) -> str:
    return country_name_or(code, "") or views.country_label(store, code) or code
