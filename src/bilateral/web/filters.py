"""Template filters shared by the pages and the report."""

from __future__ import annotations

from jinja2 import Environment

from ..format import amount_text


def signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def count_of(n: int, noun: str) -> str:
    """ "1 event", "3 events"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def amount(value: float, unit: str, qualifier: str | None = None) -> str:
    """ "over $150 billion", "70,000 people": a claim as people write it."""
    return f"{qualifier} {amount_text(value, unit)}" if qualifier else amount_text(value, unit)


def install(env: Environment) -> None:
    env.filters["amount"] = amount
    env.filters["signed"] = signed
    env.filters["count_of"] = count_of
