"""The measures a figure can have (``measures.toml``), and the words that name each.

A measure belongs to one kind of figure: "people", "money", "count" or "duration". A word is
looked up among the measures of the figure's kind only, so "toll" is deaths for people and
losses for money. A figure no word places is the uncategorised ``AMOUNT``, never compared.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

AMOUNT = "amount"  # the measure of a figure no word places
SHARE = "share"  # percentages: shares of different wholes are rarely comparable


@dataclass(frozen=True, slots=True)
class Measure:
    id: str
    label: str
    kind: str  # people | money | count | duration
    nouns: frozenset[str]
    people_verbs: frozenset[str]
    money_verbs: frozenset[str]


@cache
def _table() -> dict[str, Any]:
    return tomllib.loads(resources.files(__package__).joinpath("measures.toml").read_text(encoding="utf-8"))


@cache
def measures() -> dict[str, Measure]:
    table = _table()["measures"]
    return {
        key: Measure(key, row["label"], row["kind"], frozenset(row.get("nouns", ())), frozenset(row.get("people_verbs", ())),
                     frozenset(row.get("money_verbs", ())))
        for key, row in table.items()
    }


@cache
def _index(field: str, kind: str) -> dict[str, Measure]:
    """Word -> measure, for one field and kind; the first measure of the file wins a shared word."""
    found: dict[str, Measure] = {}
    for measure in measures().values():
        if measure.kind == kind or kind == "*":
            for word in getattr(measure, field):
                found.setdefault(word, measure)
    return found


def by_noun(word: str, kind: str) -> Measure | None:
    """The measure a noun names for a figure of this kind ("lives" for people: deaths)."""
    return _index("nouns", kind).get(word.lower())


def by_people_verb(word: str) -> Measure | None:
    """ "killed", "arrested": what happened to the people counted."""
    return _index("people_verbs", "*").get(word.lower())


def by_money_verb(word: str) -> Measure | None:
    """ "lost", "pledged": what was done with the money."""
    return _index("money_verbs", "money").get(word.lower())


@cache
def people_nouns() -> frozenset[str]:
    return frozenset(_table()["people_nouns"])


def label_of(measure_id: str) -> str:
    measure = measures().get(measure_id)
    return measure.label if measure is not None else measure_id


def is_comparable(measure_id: str) -> bool:
    return measure_id in measures()
