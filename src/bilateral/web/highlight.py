"""An article's clean text cut into runs, each marked with the quotes, events and claims that cover it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str  # quote | event | claim | focus
    ident: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    kinds: tuple[str, ...]
    labels: tuple[str, ...]
    anchors: tuple[str, ...]  # ids of the records that start here


def marks_of(records: dict[str, list[dict[str, Any]]], focus: tuple[int, int] | None) -> list[Mark]:
    marks = [Mark("quote", q["id"], q["start_offset"], q["end_offset"], f"quote: {q['speaker_name'] or 'unattributed'}") for q in records["quotes"]]
    marks += [
        Mark("event", e["id"], e["trigger_start"], e["trigger_end"],
             f"event {e['cameo']} {e['source_code']} → {e['target_code'] or '—'} ({e['mood']})")
        for e in records["events"]
    ]
    marks += [Mark("claim", c["id"], c["start_offset"], c["end_offset"], f"figure: {c['measure']} {c['value']:g} {c['unit']}") for c in records["claims"]]
    if focus is not None:
        marks.append(Mark("focus", "focus", *focus, "the cited span"))
    return marks


def runs(body: str, marks: list[Mark]) -> list[Run]:
    """Cut the body at every mark boundary; each run lists the marks covering it and the marks starting at it."""
    cuts = sorted({0, len(body), *(m.start for m in marks if 0 <= m.start <= len(body)), *(m.end for m in marks if 0 <= m.end <= len(body))})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        starting = tuple(m.ident for m in marks if m.start == start)
        out.append(Run(body[start:end], tuple(sorted({m.kind for m in covering})), tuple(m.label for m in covering), starting))
    return out
