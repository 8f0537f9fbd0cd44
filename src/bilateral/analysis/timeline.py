"""The relationship over time: per month, the events between two countries in each direction.

An event counts once per story: reports of the same story from several outlets (grouped by
story clustering) that code the same act between the same sides are one event, with the number
of sources that reported it. Only asserted events count (not negated or hypothetical ones), only
events with a target in the other country, and by default only confident ones: ``include_unsure``
adds the less certain. A reported event is as sure as its surest report. The most significant events
are those with the largest |Goldstein| × confidence × sources.
Tone is the mean VADER compound score of the month's articles that carry events between the two.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StoreError
from ..records import Event
from .tone import TONE_LEXICON

UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class ReportedEvent:
    """One event as one or more sources reported it."""

    event: Event
    sources: int  # how many articles reported it
    article_ids: tuple[str, ...]
    confidence: float = 1.0  # of its surest report
    confident: bool = True  # whether any report is confident

    @property
    def significance(self) -> float:
        """|Goldstein| × confidence × sources: how much the event weighs in the relationship."""
        return abs(self.event.goldstein) * self.confidence * self.sources


@dataclass
class Month:
    month: str  # YYYY-MM, or "undated"
    events: dict[str, list[ReportedEvent]] = field(default_factory=lambda: {"a_to_b": [], "b_to_a": []})
    tones: list[float] = field(default_factory=list)

    @property
    def all_events(self) -> list[ReportedEvent]:
        return self.events["a_to_b"] + self.events["b_to_a"]

    def mean_goldstein(self, direction: str | None = None) -> float | None:
        chosen = self.events[direction] if direction else self.all_events
        return round(sum(r.event.goldstein for r in chosen) / len(chosen), 2) if chosen else None

    def quad_counts(self) -> dict[int, int]:
        counts = dict.fromkeys((1, 2, 3, 4), 0)
        for reported in self.all_events:
            counts[reported.event.quad_class] += 1
        return counts

    @property
    def tone(self) -> float | None:
        return round(sum(self.tones) / len(self.tones), 3) if self.tones else None

    def most_significant(self, n: int) -> list[ReportedEvent]:
        """Largest |Goldstein| × confidence × sources first; then largest |Goldstein|, most sources, event id."""
        return sorted(self.all_events, key=lambda r: (-r.significance, -abs(r.event.goldstein), -r.sources, r.event.id))[:n]


def build_timeline(events: Iterable[Event], a: str, b: str, stories: dict[str, str], tones: dict[str, float],
                   include_unsure: bool = False) -> list[Month]:
    """Months in order (undated last) with the story-deduplicated events between ``a`` and ``b`` (ISO3).

    Confident events only, unless ``include_unsure``; never an event without a target or within one country.
    """
    grouped: dict[tuple[str, str, str, str], list[Event]] = defaultdict(list)
    for event in events:
        direction = _direction(event, a, b)
        if direction is None or event.mood != "asserted" or not (include_unsure or event.confident):
            continue
        story = stories.get(event.article_id, event.article_id)
        grouped[(_month(event), direction, story, event.cameo)].append(event)
    months: dict[str, Month] = {}
    for (label, direction, *_), reports in sorted(grouped.items()):
        first = min(reports, key=lambda e: (e.date or "", e.article_id, e.start))
        articles = tuple(sorted({e.article_id for e in reports}))
        reported = ReportedEvent(first, len(articles), articles, max(e.confidence for e in reports), any(e.confident for e in reports))
        months.setdefault(label, Month(label)).events[direction].append(reported)
    for month in months.values():
        reporting = {aid for r in month.all_events for aid in r.article_ids}
        month.tones = [tones[aid] for aid in sorted(reporting) if aid in tones]
    return sorted(months.values(), key=lambda m: (m.month == UNDATED, m.month))


def reported_count(months: Iterable[Month]) -> int:
    """How many events (each story once) the months hold."""
    return sum(len(m.all_events) for m in months)


def month_json(month: Month, a: str, b: str, top: int, include_unsure: bool = False) -> dict[str, object]:
    quads = month.quad_counts()
    return {
        "month": month.month, "dyad": [a, b], "events_counted": "all" if include_unsure else "confident",
        f"events_{a}_to_{b}": len(month.events["a_to_b"]), f"events_{b}_to_{a}": len(month.events["b_to_a"]),
        "mean_goldstein": month.mean_goldstein(),
        f"mean_goldstein_{a}_to_{b}": month.mean_goldstein("a_to_b"), f"mean_goldstein_{b}_to_{a}": month.mean_goldstein("b_to_a"),
        "verbal_cooperation": quads[1], "material_cooperation": quads[2], "verbal_conflict": quads[3], "material_conflict": quads[4],
        "tone": month.tone, "tone_lexicon": TONE_LEXICON,
        "top_events": [
            {"event_id": r.event.id, "article_id": r.event.article_id, "source": r.event.source.code,
             "target": r.event.target.code if r.event.target else None, "cameo": r.event.cameo, "goldstein": r.event.goldstein,
             "sentence": r.event.sentence, "start": r.event.start, "end": r.event.end, "sources": r.sources,
             "confidence": round(r.confidence, 3), "confident": r.confident}
            for r in month.most_significant(top)
        ],
    }


def write_timeline(rows: list[dict[str, object]], out_dir: Path, a: str, b: str) -> list[Path]:
    """``timeline_A_B.jsonl`` (everything) and ``timeline_A_B.csv`` (the monthly figures, one row a month)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        jsonl, table = out_dir / f"timeline_{a}_{b}.jsonl", out_dir / f"timeline_{a}_{b}.csv"
        jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        with table.open("w", encoding="utf-8", newline="") as handle:
            flat = [{k: v for k, v in r.items() if k not in ("top_events", "dyad")} for r in rows]
            writer = csv.DictWriter(handle, fieldnames=list(flat[0]) if flat else ["month"])
            writer.writeheader()
            writer.writerows(flat)
    except OSError as exc:
        raise StoreError("B402", path=str(out_dir), reason=str(exc)) from exc
    return [jsonl, table]


def _direction(event: Event, a: str, b: str) -> str | None:
    if event.target is None:
        return None
    pair = (event.source.code[:3], event.target.code[:3])
    if pair[0] == pair[1]:  # within one country: never an event between two
        return None
    return "a_to_b" if pair == (a, b) else "b_to_a" if pair == (b, a) else None


def _month(event: Event) -> str:
    return event.date[:7] if event.date else UNDATED
