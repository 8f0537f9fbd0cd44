"""``bilateral report A B``: one self-contained HTML file with the dyad overview, key statements,
disagreements and the sources list. Styles and charts are inline; it loads nothing from anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import StoreError
from ..knowledge.countries import country_name
from ..store import Store, views
from .overview import QUADS, dyad_overview

HERE = Path(__file__).parent
_STATEMENTS = 12  # key statements per side


def render_report(store: Store, a: str, b: str, generated: str) -> str:
    view = dyad_overview(store, a, b, lambda m: f"#m-{m}", top=15)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    env.filters["signed"] = lambda v: "—" if v is None else f"{v:+.2f}"
    statements = {a: key_statements(store, a, b), b: key_statements(store, b, a)}
    ids = set(view.articles)
    for rows in statements.values():
        ids.update(r["article_id"] for r in rows)
    sources = sorted(views.article_briefs(store, sorted(ids)).values(), key=lambda r: (str(r["published"] or "9999"), r["id"]))
    return env.get_template("report.html").render(
        a=a, b=b, names={a: _name(a), b: _name(b)}, view=view, quads=QUADS, statements=statements,
        disagreements=views.disagreements(store), sources=sources, generated=generated,
    )


def key_statements(store: Store, speaker_country: str, about: str) -> list[dict[str, Any]]:
    """Statements by one side's speakers that name the other side, newest first."""
    words = {about, _name(about)}
    found = views.quotes(store, views.QuoteFilter(country=speaker_country, limit=2_000))
    return [r for r in found if any(w.lower() in r["text"].lower() for w in words if w)][:_STATEMENTS]


def write_report(store: Store, a: str, b: str, out: Path, generated: str) -> Path:
    html = render_report(store, a, b, generated)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise StoreError("B402", path=str(out), reason=str(exc)) from exc
    return out


def _name(code: str) -> str:
    try:
        return country_name(code)
    except KeyError:
        return code
