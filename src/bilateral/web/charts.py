"""Charts drawn on the server as inline SVG: no script, no network, the same in a page and a report.

Every month is a column one can click: the column is a link to that month's events.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

_W, _H = 760, 220
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 12, 14, 34
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd")
QUAD_COLOURS = ("#2ca02c", "#98df8a", "#ff9896", "#d62728")  # verbal / material cooperation, verbal / material conflict


def _x(i: int, n: int) -> float:
    width = _W - _LEFT - _RIGHT
    return _LEFT + (i + 0.5) * width / max(n, 1)


def _y(value: float, low: float, high: float) -> float:
    span = (high - low) or 1.0
    return _TOP + (high - value) * (_H - _TOP - _BOTTOM) / span


def _frame(title: str, low: float, high: float, months: Sequence[str], link: Callable[[str], str] | None, ticks: Sequence[float]) -> list[str]:
    n = len(months)
    parts = [
        f'<svg class="chart" viewBox="0 0 {_W} {_H}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in ticks:
        y = _y(tick, low, high)
        parts.append(f'<line x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd" stroke-width="{2 if tick == 0 else 1}"/>')
        parts.append(f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#555">{tick:g}</text>')
    step = max(1, n // 12)  # at most about twelve month labels
    column = (_W - _LEFT - _RIGHT) / max(n, 1)
    for i, month in enumerate(months):
        x = _x(i, n)
        if i % step == 0:
            parts.append(f'<text x="{x:.1f}" y="{_H - 12}" text-anchor="middle" font-size="11" fill="#555">{escape(month)}</text>')
        if link is not None:
            parts.append(
                f'<a href="{escape(link(month))}" class="month-link" data-month="{escape(month)}"><rect x="{x - column / 2:.1f}" y="{_TOP}" '
                f'width="{column:.1f}" height="{_H - _TOP - _BOTTOM}" fill="transparent"><title>{escape(month)}</title></rect></a>'
            )
    return parts


def line_chart(title: str, months: Sequence[str], series: dict[str, Sequence[float | None]], link: Callable[[str], str] | None = None,
               low: float = -10.0, high: float = 10.0) -> str:
    """One line per series; a gap where a month has no value. Points are drawn over the click columns."""
    ticks = [low, (low + high) / 2, high] if low < 0 < high else [low, high]
    parts = _frame(title, low, high, months, link, sorted({*ticks, 0.0} if low < 0 < high else set(ticks)))
    for colour, (name, values) in zip(PALETTE, series.items(), strict=False):
        points = [(i, v) for i, v in enumerate(values) if v is not None]
        for run in _runs(points):
            coords = " ".join(f"{_x(i, len(months)):.1f},{_y(v, low, high):.1f}" for i, v in run)
            parts.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for i, v in points:
            parts.append(
                f'<circle cx="{_x(i, len(months)):.1f}" cy="{_y(v, low, high):.1f}" r="3" fill="{colour}" pointer-events="none">'
                f"<title>{escape(name)} {escape(months[i])}: {v:+.2f}</title></circle>"
            )
    parts.append(_legend(list(series)))
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(title: str, months: Sequence[str], stacks: dict[str, Sequence[int]], colours: Sequence[str] = PALETTE,
              link: Callable[[str], str] | None = None) -> str:
    """Stacked bars per month (event counts)."""
    totals = [sum(values[i] for values in stacks.values()) for i in range(len(months))]
    high = float(max(totals, default=0) or 1)
    parts = _frame(title, 0.0, high, months, None, [0.0, high])
    width = (_W - _LEFT - _RIGHT) / max(len(months), 1) * 0.7
    for i, month in enumerate(months):
        base = 0.0
        for colour, (name, values) in zip(colours, stacks.items(), strict=False):
            if not values[i]:
                continue
            top = base + values[i]
            y1, y0 = _y(top, 0.0, high), _y(base, 0.0, high)
            parts.append(
                f'<rect x="{_x(i, len(months)) - width / 2:.1f}" y="{y1:.1f}" width="{width:.1f}" height="{y0 - y1:.1f}" fill="{colour}">'
                f"<title>{escape(name)} {escape(month)}: {values[i]}</title></rect>"
            )
            base = top
    if link is not None:  # click columns over the bars
        parts += [p for p in _frame(title, 0.0, high, months, link, [])[2:] if p.startswith("<a ")]
    parts.append(_legend(list(stacks), colours))
    parts.append("</svg>")
    return "".join(parts)


def _runs(points: list[tuple[int, float]]) -> list[list[tuple[int, float]]]:
    """Consecutive months as one line; a month without a value breaks it."""
    runs: list[list[tuple[int, float]]] = []
    for i, v in points:
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, v))
        else:
            runs.append([(i, v)])
    return runs


def _legend(names: list[str], colours: Sequence[str] = PALETTE) -> str:
    items = []
    x = _LEFT
    for colour, name in zip(colours, names, strict=False):
        items.append(f'<rect x="{x}" y="2" width="10" height="10" fill="{colour}"/><text x="{x + 14}" y="11" font-size="11">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    return "".join(items)
