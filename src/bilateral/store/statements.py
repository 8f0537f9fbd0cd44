"""Rows for the NLP stages' records: actor mentions, quotes, merged actors."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..records import Actor, ActorMention, Quote, Role, Speaker

ROLE_FIELDS = ("title", "country", "organization", "valid_from", "valid_to", "article_id", "evidence")


def role_json(role: Role) -> dict[str, Any]:
    """A role in the SPEC shape, plus where its evidence lies and whether it had ended."""
    out = {name: getattr(role, name) for name in ROLE_FIELDS}
    out.update(as_of=role.as_of, start=role.start, end=role.end, former=role.former)
    return out


def role_from_json(data: dict[str, Any]) -> Role:
    return Role(**{f.name: data.get(f.name, f.default) for f in dataclasses.fields(Role)})


def mention_row(m: ActorMention) -> tuple[Any, ...]:
    return (
        m.article_id, m.key, m.kind, m.name, list(m.aliases), m.country, m.sector,
        json.dumps([role_json(r) for r in m.roles], ensure_ascii=False), json.dumps(m.spans), m.known_as, m.gender,
    )


def mention_from_row(row: tuple[Any, ...]) -> ActorMention:
    article_id, key, kind, name, aliases, country, sector, roles, spans, known_as, gender = row
    return ActorMention(
        key=key, article_id=article_id, kind=kind, name=name, aliases=tuple(aliases or ()), country=country, sector=sector,
        roles=tuple(role_from_json(r) for r in json.loads(roles or "[]")),
        spans=tuple((s, e) for s, e in json.loads(spans or "[]")), known_as=known_as, gender=gender,
    )


def quote_row(q: Quote) -> tuple[Any, ...]:
    s = q.speaker
    return (
        q.id, q.article_id, q.kind, q.text, q.start, q.end, s.actor_key, s.name, s.surface, s.start, s.end,
        s.resolved_by, q.cue, q.cue_start, q.cue_end,
    )


QUOTE_COLUMNS = (
    "id, article_id, kind, text, start_offset, end_offset, speaker_key, speaker_name, speaker_surface, "
    "speaker_start, speaker_end, resolved_by, cue, cue_start, cue_end"
)


def quote_from_row(row: tuple[Any, ...]) -> Quote:
    qid, article_id, kind, text, start, end, key, name, surface, s_start, s_end, resolved_by, cue, c_start, c_end = row
    return Quote(qid, article_id, kind, text, start, end, Speaker(resolved_by, key, name, surface, s_start, s_end), cue, c_start, c_end)


def actor_row(a: Actor) -> tuple[Any, ...]:
    return (a.id, a.name, a.kind, list(a.aliases), a.country, a.sector, json.dumps([role_json(r) for r in a.roles], ensure_ascii=False))


def actor_from_row(row: tuple[Any, ...]) -> Actor:
    aid, name, kind, aliases, country, sector, roles = row
    return Actor(aid, name, kind, tuple(aliases or ()), country, sector, tuple(role_from_json(r) for r in json.loads(roles or "[]")))


def actor_json(actor: Actor) -> dict[str, Any]:
    """The ``actors.jsonl`` shape fixed by SPEC.md (plus the CAMEO sector)."""
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases),
        "country": actor.country, "sector": actor.sector, "roles": [role_json(r) for r in actor.roles],
    }


def quote_json(quote: Quote, actor_id: str | None, actor_name: str | None) -> dict[str, Any]:
    """The ``quotes.jsonl`` shape fixed by SPEC.md; the speaker's name is the merged actor's."""
    s = quote.speaker
    return {
        "id": quote.id, "article_id": quote.article_id, "kind": quote.kind, "text": quote.text,
        "speaker": {"actor_id": actor_id, "name": actor_name or s.name, "surface": s.surface, "resolved_by": s.resolved_by,
                    "start": s.start, "end": s.end},
        "cue": quote.cue, "cue_start": quote.cue_start, "cue_end": quote.cue_end,
        "start": quote.start, "end": quote.end,
    }
