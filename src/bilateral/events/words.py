"""Word classes the event coder reads as rules of English news (``words.toml``, package data)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def words(kind: str) -> frozenset[str]:
    """The forms of one class: ``cessation``, ``desire``, ``conveying`` or ``media``; a KeyError otherwise."""
    table = tomllib.loads(resources.files(__package__).joinpath("words.toml").read_text(encoding="utf-8"))
    return frozenset(table[kind])
