"""The user's actors file: people, organisations and places our tables lack.

    [[actor]]
    name = "Aizaz Ahmad Chaudhry"
    kind = "person"            # person | organization | country | group
    country = "PAK"
    aliases = ["Aizaz Chaudhry"]
    roles = [{ title = "Foreign Secretary", country = "PAK", from = "2013-12-01", to = "2017-03-01" }]
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import StageError
from .known import KnownActor, KnownActors, Office, office_holders

KINDS = frozenset({"person", "organization", "country", "group"})


def read_actors_file(path: str | Path) -> list[KnownActor]:
    """Parse an actors file; a bad file raises StageError naming the file and the problem."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StageError("B302", path=str(path), reason=str(exc)) from exc
    entries = data.get("actor", [])
    if not isinstance(entries, list):
        raise StageError("B302", path=str(path), reason="[[actor]] tables expected")
    return [_actor(entry, path, n) for n, entry in enumerate(entries, 1)]


def _actor(entry: Any, path: str | Path, n: int) -> KnownActor:
    def bad(reason: str) -> StageError:
        return StageError("B302", path=str(path), reason=f"actor #{n}: {reason}")

    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise bad("needs a name")
    kind = entry.get("kind", "person")
    if kind not in KINDS:
        raise bad(f"kind must be one of {', '.join(sorted(KINDS))}, not {kind!r}")
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or len(country) != 3 or not country.isalpha()):
        raise bad(f"country must be an ISO 3166 alpha-3 code, not {country!r}")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise bad("aliases must be a list of strings")
    offices = []
    for role in entry.get("roles", []):
        if not isinstance(role, dict) or not isinstance(role.get("title"), str):
            raise bad("each role needs a title")
        offices.append(Office(role["title"], role.get("country", country), role.get("from"), role.get("to"), role.get("organization")))
    return KnownActor(entry["name"].strip(), kind, country.upper() if country else None, entry.get("sector"), set(aliases), offices)


@cache
def known_actors(user_file: str | None = None) -> KnownActors:
    """The office-holder table plus the user's file, built once per process."""
    actors = office_holders()
    if user_file:
        extra = read_actors_file(user_file)
        by_name = {a.name: a for a in actors}
        for actor in extra:
            if actor.name in by_name and actor.kind == "person":
                by_name[actor.name].aliases |= actor.aliases
                by_name[actor.name].offices.extend(actor.offices)
            else:
                actors.append(actor)
    return KnownActors(actors)
