"""The dyad overview: monthly index, volume, quad classes and tone, shared by the pages and the report.

The monthly figures and the most significant events are computed in the store; only the events
of the month a reader opens are loaded, so a busy dyad's page stays fast. Confident events only,
unless ``include_unsure``; the overview counts the less certain ones either way, for the switch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..analysis.timeline import Month, build_timeline
from ..store import Store, views
from .charts import QUAD_COLOURS, bar_chart, line_chart

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass
class Overview:
    a: str
    b: str
    months: list[views.MonthFigures]
    charts: dict[str, str]
    top: list[views.TopEvent]  # largest |Goldstein| × confidence × sources first
    articles: dict[str, dict[str, Any]]
    include_unsure: bool = False  # whether the less certain events are in
    unsure: int = 0  # how many events (each story once) only the switch shows

    def has(self, month: str) -> bool:
        return any(m.month == month for m in self.months)


def dyad_overview(store: Store, a: str, b: str, link: Callable[[str], str] | None, top: int = 10,
                  include_unsure: bool = False) -> Overview:
    months = views.dyad_months(store, a, b, include_unsure)
    labels = [m.month for m in months]
    charts = {
        "index": line_chart(
            f"Mean Goldstein score by month, {a} and {b}", labels,
            {f"{a} → {b}": [m.goldstein_a_to_b for m in months], f"{b} → {a}": [m.goldstein_b_to_a for m in months]}, link,
        ),
        "volume": bar_chart(
            "Events by month in each direction", labels, {f"{a} → {b}": [m.a_to_b for m in months], f"{b} → {a}": [m.b_to_a for m in months]},
            link=link,
        ),
        "quads": bar_chart("Quad classes by month", labels, {q: [m.quads[n] for m in months] for n, q in enumerate(QUADS)}, QUAD_COLOURS, link),
        "tone": line_chart("Mean tone (VADER compound) by month", labels, {"tone": [m.tone for m in months]}, link, -1.0, 1.0),
    }
    significant = views.dyad_top_events(store, a, b, top, include_unsure)
    briefs = views.article_briefs(store, sorted({t.event.article_id for t in significant}))
    return Overview(a, b, months, charts, significant, briefs, include_unsure, views.dyad_unsure(store, a, b))


def month_events(store: Store, a: str, b: str, month: str | None, include_unsure: bool = False) -> list[Month]:
    """The events of one month (or of every month), each story once with its number of sources."""
    events = views.dyad_events(store, a, b, month, include_unsure)
    ids = sorted({e.article_id for e in events})
    return build_timeline(events, a, b, views.stories_of(store, ids), views.tones_of(store, ids), include_unsure)
