"""The dyad overview: monthly index, volume, quad classes and tone, shared by the pages and the report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..analysis.timeline import Month, ReportedEvent, build_timeline
from ..store import Store, views
from .charts import QUAD_COLOURS, bar_chart, line_chart

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass
class Overview:
    a: str
    b: str
    months: list[Month]
    charts: dict[str, str]
    top: list[ReportedEvent]
    articles: dict[str, dict[str, Any]]

    def month(self, label: str) -> Month | None:
        return next((m for m in self.months if m.month == label), None)


def dyad_overview(store: Store, a: str, b: str, link: Callable[[str], str] | None, top: int = 10) -> Overview:
    events = views.dyad_events(store, a, b)
    ids = sorted({e.article_id for e in events})
    months = build_timeline(events, a, b, views.stories_of(store, ids), views.tones_of(store, ids))
    labels = [m.month for m in months]
    charts = {
        "index": line_chart(
            f"Mean Goldstein score by month, {a} and {b}", labels,
            {f"{a} → {b}": [m.mean_goldstein("a_to_b") for m in months], f"{b} → {a}": [m.mean_goldstein("b_to_a") for m in months]},
            link,
        ),
        "volume": bar_chart(
            "Events by month in each direction", labels,
            {f"{a} → {b}": [len(m.events["a_to_b"]) for m in months], f"{b} → {a}": [len(m.events["b_to_a"]) for m in months]},
            link=link,
        ),
        "quads": bar_chart(
            "Quad classes by month", labels, {q: [m.quad_counts()[n] for m in months] for n, q in enumerate(QUADS, 1)}, QUAD_COLOURS, link
        ),
        "tone": line_chart("Mean tone (VADER compound) by month", labels, {"tone": [m.tone for m in months]}, link, -1.0, 1.0),
    }
    significant = sorted((r for m in months for r in m.all_events), key=lambda r: (-abs(r.event.goldstein), -r.sources, r.event.id))[:top]
    return Overview(a, b, months, charts, significant, views.article_briefs(store, ids))
