"""Rows for the NLP stages' records: actor mentions, quotes, merged actors."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..records import Actor, ActorMention, Claim, Disagreement, Event, EventActor, Quote, Role, Speaker

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


EVENT_COLUMNS = (
    "id, article_id, sentence, start_offset, end_offset, source_code, source_name, source_key, source_start, source_end, "
    "target_code, target_name, target_key, target_start, target_end, cameo, root, quad_class, goldstein, plover, event_date, "
    "trigger, trigger_start, trigger_end, mood, quote_id, confidence, confident, evidence"
)


def event_row(e: Event) -> tuple[Any, ...]:
    s, t = e.source, e.target
    target = (t.code, t.name, t.actor_key, t.start, t.end) if t is not None else (None,) * 5
    return (
        e.id, e.article_id, e.sentence, e.start, e.end, s.code, s.name, s.actor_key, s.start, s.end,
        *target, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.date,
        e.trigger, e.trigger_start, e.trigger_end, e.mood, e.quote_id, e.confidence, e.confident, list(e.evidence),
    )


def prefixed(columns: str, alias: str) -> str:
    """A column list qualified by a table alias: "id, name" -> "e.id, e.name"."""
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def event_from_row(row: tuple[Any, ...]) -> Event:
    (eid, article_id, sentence, start, end, s_code, s_name, s_key, s_start, s_end, t_code, t_name, t_key, t_start, t_end,
     code, root, quad, goldstein, plover, day, trigger, tr_start, tr_end, mood, quote_id, confidence, confident, evidence) = row
    return Event(
        eid, article_id, sentence, start, end, EventActor(s_code, s_name, s_key, s_start, s_end),
        EventActor(t_code, t_name, t_key, t_start, t_end) if t_code is not None else None, code, root, quad, goldstein, plover,
        day.isoformat() if day is not None else None, trigger, tr_start, tr_end, mood, quote_id, confidence, tuple(evidence or ()),
        bool(confident),
    )


def event_json(event: Event, source_id: str | None, target_id: str | None, names: dict[str, str]) -> dict[str, Any]:
    """The ``events.jsonl`` shape fixed by SPEC.md, plus the trigger, mood and quote."""

    def side(actor: EventActor | None, actor_id: str | None) -> dict[str, Any]:
        if actor is None:
            return {"actor_id": None, "name": None, "code": None, "start": None, "end": None}
        return {"actor_id": actor_id, "name": names.get(actor_id or "", actor.name), "code": actor.code,
                "start": actor.start, "end": actor.end}

    return {
        "id": event.id, "article_id": event.article_id, "sentence": event.sentence, "start": event.start, "end": event.end,
        "source": side(event.source, source_id), "target": side(event.target, target_id),
        "cameo": event.cameo, "root": event.root, "quad_class": event.quad_class, "goldstein": event.goldstein,
        "plover": event.plover, "date": event.date, "trigger": event.trigger, "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end, "mood": event.mood, "quote_id": event.quote_id,
        "confidence": round(event.confidence, 3), "confident": event.confident, "evidence": list(event.evidence),
    }


CLAIM_COLUMNS = (
    "id, article_id, measure, value, unit, text, start_offset, end_offset, qualifier, claimant_key, claimant, usd_value, "
    "subject, sentence_start, sentence_end, quote_id, measure_id, scope, period_start, period_end, claimed_by"
)


def claim_row(c: Claim) -> tuple[Any, ...]:
    return (
        c.id, c.article_id, c.measure, c.value, c.unit, c.text, c.start, c.end, c.qualifier, c.claimant_key, c.claimant,
        c.usd_value, c.subject, c.sentence_start, c.sentence_end, c.quote_id, c.measure_id, c.scope, c.period_start,
        c.period_end, c.claimed_by,
    )


def claim_from_row(row: tuple[Any, ...]) -> Claim:
    return Claim(*row)


def claim_json(claim: Claim, claimant_id: str | None, names: dict[str, str]) -> dict[str, Any]:
    """The ``claims.jsonl`` shape fixed by SPEC.md, plus the USD value, subject and sentence."""
    claimant = None
    if claim.claimant is not None or claimant_id is not None:
        claimant = {"actor_id": claimant_id, "name": names.get(claimant_id or "", claim.claimant)}
    return {
        "id": claim.id, "article_id": claim.article_id, "claimant": claimant, "measure": claim.measure, "value": claim.value,
        "unit": claim.unit, "qualifier": claim.qualifier, "text": claim.text, "start": claim.start, "end": claim.end,
        "usd_value": claim.usd_value, "subject": claim.subject, "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end, "quote_id": claim.quote_id, "measure_id": claim.measure_id, "scope": claim.scope,
        "period": [claim.period_start, claim.period_end] if claim.period_start is not None else None, "claimed_by": claim.claimed_by,
    }


def disagreement_json(d: Disagreement) -> dict[str, Any]:
    """The ``disagreements.jsonl`` shape fixed by SPEC.md."""
    return {"measure": d.measure, "claims": list(d.claim_ids), "values": list(d.values), "note": d.note, "kind": d.kind,
            "subject": d.subject}
