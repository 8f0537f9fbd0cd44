"""One actor per real-world actor across the corpus.

People merge when the office-holder table or the user's file knows them under one name, when
their full names are the same or spelling variants ("Aizaz Chaudhary" / "Aizaz Ahmad
Chaudhry") with compatible countries, and a lone surname joins the only person in the corpus
who bears it. Different people sharing a surname ("Nawaz Sharif", "Shehbaz Sharif") stay apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..records import Actor, ActorMention, Role
from .known import name_key, similar_names

ActorLinks = dict[tuple[str, int], str]  # (article id, actor key in the article) -> actor id


def merge_actors(mentions: Iterable[ActorMention]) -> tuple[list[Actor], ActorLinks]:
    groups: dict[str, list[ActorMention]] = defaultdict(list)
    people: list[ActorMention] = []
    for m in mentions:
        if m.kind == "person":
            people.append(m)
        else:
            groups[f"{m.kind}:{m.country if m.kind == 'country' else m.name.lower()}"].append(m)
    for n, group in enumerate(_group_people(people)):
        groups[f"person:{n}"] = group
    actors: list[Actor] = []
    links: ActorLinks = {}
    used: Counter[str] = Counter()
    for group in sorted(groups.values(), key=lambda g: (g[0].kind, _canonical(g))):
        actor = _actor(group, used)
        actors.append(actor)
        for m in group:
            links[(m.article_id, m.key)] = actor.id
    return actors, links


def _group_people(people: list[ActorMention]) -> list[list[ActorMention]]:
    parent = list(range(len(people)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    keys = [name_key(p.name) for p in people]
    by_known: dict[str, int] = {}
    by_last: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        if p.known_as:
            if p.known_as in by_known:
                union(i, by_known[p.known_as])
            else:
                by_known[p.known_as] = i
        if keys[i]:
            by_last[keys[i][-1][:2]].append(i)
    for block in by_last.values():
        full = [i for i in block if len(keys[i]) > 1]
        for a, i in enumerate(full):
            for j in full[a + 1 :]:
                if find(i) != find(j) and similar_names(keys[i], keys[j]) and _compatible(people[i], people[j]):
                    union(i, j)
        for i in (i for i in block if len(keys[i]) == 1):
            owners = {find(j) for j in full if keys[j][-1] == keys[i][0] and _compatible(people[i], people[j])}
            if len(owners) == 1:
                union(i, owners.pop())
    groups: dict[int, list[ActorMention]] = defaultdict(list)
    for i, p in enumerate(people):
        groups[find(i)].append(p)
    return list(groups.values())


def _compatible(a: ActorMention, b: ActorMention) -> bool:
    if a.known_as and b.known_as and a.known_as != b.known_as:
        return False
    return a.country is None or b.country is None or a.country == b.country


def _canonical(group: list[ActorMention]) -> str:
    known = Counter(m.known_as for m in group if m.known_as)
    if known:
        return known.most_common(1)[0][0]
    names = Counter(m.name for m in group)
    return max(names, key=lambda n: (len(name_key(n)), names[n], n))


def _actor(group: list[ActorMention], used: Counter[str]) -> Actor:
    first = group[0]
    name = _canonical(group)
    base = f"{first.kind}:{first.country}" if first.kind == "country" else f"{first.kind}:{_slug(name)}"
    used[base] += 1
    actor_id = base if used[base] == 1 else f"{base}-{used[base]}"
    aliases = sorted({alias for m in group for alias in m.aliases} - {name})
    countries = Counter(m.country for m in group if m.country)
    # the latest article decides the sector: a prime minister then is an elite (ELI) once out of office
    dated = sorted((max((r.as_of or "" for r in m.roles), default=""), m.sector) for m in group if m.sector)
    roles: dict[tuple[str, str | None, str | None], Role] = {}
    for m in group:
        for role in m.roles:
            roles.setdefault((role.title.lower(), role.country, role.article_id), role)
    return Actor(
        id=actor_id,
        name=name,
        kind=first.kind,
        aliases=tuple(aliases),
        country=countries.most_common(1)[0][0] if countries else None,
        sector=dated[-1][1] if dated else None,
        roles=tuple(roles.values()),
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unnamed"
