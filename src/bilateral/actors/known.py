"""People we know before reading: the office-holder table plus the user's actors file.

Names match exactly, through aliases, or as spelling variants: the same first name (or an
initial) and a surname that differs by a letter or two ("Chaudhary" / "Chaudhry"), with middle
names optional ("Aizaz Chaudhary" is "Aizaz Ahmad Chaudhry").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import jellyfish

from ..knowledge.countries import country_code as gazetteer_country
from ..knowledge.leaders import LEADER_ROWS
from ..knowledge.offices import TERMS

_SIMILAR = 0.9  # Jaro-Winkler similarity for a spelling variant of one name part


@dataclass(frozen=True, slots=True)
class Office:
    title: str
    country: str | None
    start: str | None
    end: str | None
    organization: str | None = None


@dataclass
class KnownActor:
    name: str
    kind: str = "person"
    country: str | None = None
    sector: str | None = None
    aliases: set[str] = field(default_factory=set)
    offices: list[Office] = field(default_factory=list)

    def offices_at(self, day: str | None) -> tuple[list[Office], list[Office]]:
        """Offices held on ``day`` and offices that had ended by then."""
        if day is None:
            return [], []
        held = [o for o in self.offices if (o.start or "") <= day and (o.end is None or day < o.end)]
        ended = [o for o in self.offices if o.end is not None and o.end <= day and o not in held]
        return held, ended


def name_key(name: str) -> tuple[str, ...]:
    """Lower-case name parts without accents, dots or honorifics."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    parts = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.replace("’", "'").replace("'s ", " "))
    return tuple(p for p in parts if p not in _HONORIFIC_PARTS)


_HONORIFIC_PARTS = frozenset({"mr", "mrs", "ms", "dr", "sir", "gen", "lt", "col", "prof", "jr", "sr"})


def similar_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Spelling variants of one person's name: first and last parts agree, middle names optional."""
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    if not _same_part(a[-1], b[-1]):
        return False
    first_a, first_b = a[0], b[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return _same_part(first_a, first_b)


def _same_part(x: str, y: str) -> bool:
    if x == y:
        return True
    if min(len(x), len(y)) < 4 or x[0] != y[0]:
        return False
    return jellyfish.jaro_winkler_similarity(x, y) >= _SIMILAR


class KnownActors:
    """Lookup of known people by any written form of their name."""

    def __init__(self, actors: list[KnownActor]) -> None:
        self.actors = actors
        self._exact: dict[tuple[str, ...], KnownActor] = {}
        self._countries = {
            name_key(form): actor.country for actor in actors if actor.kind == "country" and actor.country for form in {actor.name, *actor.aliases}
        }
        self._by_last: dict[str, list[tuple[tuple[str, ...], KnownActor]]] = defaultdict(list)
        for actor in actors:
            for form in {actor.name, *actor.aliases}:
                key = name_key(form)
                if not key:
                    continue
                self._exact.setdefault(key, actor)
                self._by_last[key[-1][:2]].append((key, actor))

    def country_code(self, surface: str) -> str | None:
        """ISO3 for a country name, demonym or capital, the user's countries included."""
        return gazetteer_country(surface) or (self._countries.get(name_key(surface)) if self._countries else None)

    def exact(self, name: str) -> KnownActor | None:
        """The known actor written exactly this way (any kind), without spelling variants."""
        return self._exact.get(name_key(name))

    def by_surname(self, surname: str, day: str | None) -> tuple[KnownActor | None, str | None]:
        """A lone surname ("Putin"): the one known person of that name, or the one in office on ``day``,
        and the country all people of that name share (two Bushes, one country)."""
        key = name_key(surname)
        if len(key) != 1:
            return None, None
        people = list({id(a): a for k, a in self._by_last.get(key[0][:2], ()) if k[-1] == key[0] and a.kind == "person"}.values())
        countries = {a.country for a in people}
        country = countries.pop() if len(countries) == 1 else None
        if len(people) > 1 and day is not None:
            people = [a for a in people if a.offices_at(day)[0]]
        return (people[0] if len(people) == 1 else None), country

    def find(self, name: str) -> KnownActor | None:
        key = name_key(name)
        if not key:
            return None
        if key in self._exact:
            return self._exact[key]
        if len(key) < 2:
            return None
        found = {id(a): a for k, a in self._by_last.get(key[-1][:2], ()) if similar_names(key, k)}
        return next(iter(found.values())) if len(found) == 1 else None


def office_holders() -> list[KnownActor]:
    """The office-holder tables as known people, one per person with all their offices.

    Pakistan–US officials first (``offices``), then the world's heads of state and government,
    foreign ministers and heads of international organisations (``leaders``).
    """
    people: dict[str, KnownActor] = {}
    rows: list[tuple[str, tuple[str, ...], str | None, str, str, str | None, str | None]]
    rows = [(t.person, t.aliases, t.country, t.office, t.start, t.end, None) for t in TERMS]
    rows += [(person, aliases, country, office, start, end, org) for person, aliases, country, office, _, start, end, org in LEADER_ROWS]
    for person, aliases, country, office, start, end, organization in rows:
        actor = people.setdefault(person, KnownActor(person, country=country))
        actor.country = actor.country or country
        actor.aliases.update(aliases)
        actor.offices.append(Office(office, country, start, end, organization))
    return list(people.values())
