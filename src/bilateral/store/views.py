"""Read-only queries behind the dashboard and the report: small result sets, bounded by the caller.

Every function takes an open ``Store`` and returns plain records or dicts ready to render; none
writes. Filters arrive already validated by the web layer; values are always bound as
parameters, never formatted into SQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..records import Event
from .db import Store
from .statements import EVENT_COLUMNS, event_from_row

_K1, _B = 1.2, 0.75  # BM25's usual constants


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    speaker: str | None = None  # part of the speaker's name
    country: str | None = None  # ISO3 of the speaker's country
    since: date | None = None
    until: date | None = None
    words: str | None = None  # every word must occur in the quote
    limit: int = 100
    offset: int = 0


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def dyads(store: Store, limit: int = 40) -> list[dict[str, Any]]:
    """Country pairs with the most asserted events between them, either direction."""
    return _dicts(store.db.execute(
        """
        SELECT least(left(source_code, 3), left(target_code, 3)) AS a, greatest(left(source_code, 3), left(target_code, 3)) AS b,
               count(*) AS events
        FROM events
        WHERE target_code IS NOT NULL AND mood = 'asserted' AND left(source_code, 3) <> left(target_code, 3)
              AND left(source_code, 3) NOT IN ('IGO', 'NGO') AND left(target_code, 3) NOT IN ('IGO', 'NGO')
        GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?
        """,
        [limit],
    ))


def dyad_events(store: Store, a: str, b: str) -> list[Event]:
    """Asserted events from ``a`` to ``b`` or back (ISO3 prefixes of the actor codes)."""
    columns = ", ".join(f"e.{c.strip()}" for c in EVENT_COLUMNS.split(","))
    rows = store.db.execute(
        f"""
        SELECT {columns} FROM events e
        WHERE e.mood = 'asserted' AND e.target_code IS NOT NULL
          AND ((left(e.source_code, 3) = ? AND left(e.target_code, 3) = ?) OR (left(e.source_code, 3) = ? AND left(e.target_code, 3) = ?))
        ORDER BY e.event_date NULLS LAST, e.article_id, e.start_offset
        """,
        [a, b, b, a],
    ).fetchall()
    return [event_from_row(r) for r in rows]


def stories_of(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    rows = store.db.execute("SELECT article_id, story_id FROM stories WHERE list_contains(?, article_id)", [list(article_ids)])
    return dict(rows.fetchall())


def tones_of(store: Store, article_ids: Sequence[str]) -> dict[str, float]:
    rows = store.db.execute(
        "SELECT article_id, tone FROM article_tone WHERE tone IS NOT NULL AND list_contains(?, article_id)", [list(article_ids)]
    )
    return dict(rows.fetchall())


def article_briefs(store: Store, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date and URL of each article, by id."""
    rows = _dicts(store.db.execute(
        "SELECT id, title, outlet, url, source, published FROM articles WHERE list_contains(?, id)", [list(article_ids)]
    ))
    return {r["id"]: r for r in rows}


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = _dicts(store.db.execute(
        "SELECT id, title, outlet, url, source, byline, published, body, duplicate_of FROM articles WHERE id = ?", [article_id]
    ))
    return rows[0] if rows else None


def article_records(store: Store, article_id: str) -> dict[str, list[dict[str, Any]]]:
    """The quotes, events and claims of one article, in text order."""
    return {
        "quotes": _dicts(store.db.execute(
            "SELECT id, kind, text, start_offset, end_offset, speaker_name, cue FROM quotes WHERE article_id = ? ORDER BY start_offset",
            [article_id],
        )),
        "events": _dicts(store.db.execute(
            """SELECT id, sentence, start_offset, end_offset, source_code, source_name, target_code, target_name, cameo, plover,
                      goldstein, trigger, trigger_start, trigger_end, mood
               FROM events WHERE article_id = ? ORDER BY trigger_start""",
            [article_id],
        )),
        "claims": _dicts(store.db.execute(
            "SELECT id, text, start_offset, end_offset, measure, value, unit, qualifier, claimant FROM claims WHERE article_id = ? ORDER BY start_offset",
            [article_id],
        )),
    }


def quotes(store: Store, f: QuoteFilter) -> list[dict[str, Any]]:
    """Statements with speaker, office at the article's date, outlet and date, newest first."""
    where, params = ["q.speaker_name IS NOT NULL"], list[Any]()
    if f.speaker:
        where.append("(q.speaker_name ILIKE ? OR coalesce(act.name, '') ILIKE ?)")
        params += [f"%{f.speaker}%", f"%{f.speaker}%"]
    if f.country:
        where.append("m.country = ?")
        params.append(f.country)
    if f.since:
        where.append("a.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("a.published <= ?")
        params.append(f.until)
    for word in (f.words or "").split():
        where.append("q.text ILIKE ?")
        params.append(f"%{word}%")
    rows = _dicts(store.db.execute(
        f"""
        SELECT q.id, q.article_id, q.kind, q.text, q.start_offset, q.end_offset, q.speaker_name, m.country, m.roles,
               act.id AS actor_id, act.name AS actor_name, a.title, a.outlet, a.published
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN actor_mentions m ON m.article_id = q.article_id AND m.key = q.speaker_key
        LEFT JOIN actor_links l ON l.article_id = q.article_id AND l.key = q.speaker_key
        LEFT JOIN actors act ON act.id = l.actor_id
        WHERE {" AND ".join(where)}
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_offset
        LIMIT ? OFFSET ?
        """,
        [*params, f.limit, f.offset],
    ))
    for row in rows:
        row["office"] = _office(row.pop("roles"))
    return rows


def _office(roles_json: str | None) -> str | None:
    """The first role the article gives its speaker that was held then (not a former one)."""
    roles = json.loads(roles_json or "[]")
    held = [r for r in roles if not r.get("former")] or roles
    if not held:
        return None
    role = held[0]
    return f"{role['title']} ({role['country']})" if role.get("country") else role["title"]


def actors(store: Store, name: str | None, country: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """People and institutions with how many statements and events each has, busiest first."""
    where, params = ["TRUE"], []
    if name:
        where.append("act.name ILIKE ?")
        params.append(f"%{name}%")
    if country:
        where.append("act.country = ?")
        params.append(country)
    rows = _dicts(store.db.execute(
        f"""
        WITH said AS (SELECT l.actor_id, count(*) AS n FROM quotes q JOIN actor_links l ON l.article_id = q.article_id AND l.key = q.speaker_key GROUP BY 1),
             did AS (SELECT l.actor_id, count(*) AS n FROM events e JOIN actor_links l ON l.article_id = e.article_id AND l.key = e.source_key GROUP BY 1),
             named AS (SELECT actor_id, count(*) AS n FROM actor_links GROUP BY 1)
        SELECT act.id, act.name, act.kind, act.country, act.sector, act.roles,
               coalesce(said.n, 0) AS statements, coalesce(did.n, 0) AS events, coalesce(named.n, 0) AS articles
        FROM actors act LEFT JOIN said ON said.actor_id = act.id LEFT JOIN did ON did.actor_id = act.id LEFT JOIN named ON named.actor_id = act.id
        WHERE {" AND ".join(where)}
        ORDER BY statements + events DESC, articles DESC, act.name
        LIMIT ? OFFSET ?
        """,
        [*params, limit, offset],
    ))
    for row in rows:
        row["roles"] = json.loads(row["roles"] or "[]")
    return rows


def actor(store: Store, actor_id: str) -> dict[str, Any] | None:
    """One actor with the offices the corpus gives them over time, what they said and what they did."""
    found = _dicts(store.db.execute("SELECT id, name, kind, aliases, country, sector, roles FROM actors WHERE id = ?", [actor_id]))
    if not found:
        return None
    row = found[0]
    row["roles"] = sorted(json.loads(row["roles"] or "[]"), key=lambda r: (r.get("as_of") or r.get("valid_from") or "", r["title"]))
    row["statements"] = _dicts(store.db.execute(
        """SELECT q.id, q.article_id, q.text, q.start_offset, q.end_offset, a.published, a.outlet, a.title
           FROM quotes q JOIN actor_links l ON l.article_id = q.article_id AND l.key = q.speaker_key JOIN articles a ON a.id = q.article_id
           WHERE l.actor_id = ? ORDER BY a.published NULLS LAST, q.start_offset LIMIT 200""",
        [actor_id],
    ))
    row["events"] = _dicts(store.db.execute(
        """SELECT e.id, e.article_id, e.sentence, e.start_offset, e.end_offset, e.cameo, e.plover, e.goldstein, e.target_code, e.target_name,
                  e.mood, a.published, a.outlet
           FROM events e JOIN actor_links l ON l.article_id = e.article_id AND l.key = e.source_key JOIN articles a ON a.id = e.article_id
           WHERE l.actor_id = ? ORDER BY a.published NULLS LAST, e.start_offset LIMIT 200""",
        [actor_id],
    ))
    return row


def claims_by_measure(store: Store, measure: str | None, limit: int) -> list[dict[str, Any]]:
    """Figures with their claimant, article and date, grouped by measure (most claimed first)."""
    where, params = "TRUE", []
    if measure:
        where, params = "c.measure ILIKE ?", [f"%{measure}%"]
    return _dicts(store.db.execute(
        f"""
        SELECT c.id, c.article_id, c.measure, c.value, c.unit, c.qualifier, c.text, c.claimant, c.start_offset, c.end_offset,
               c.usd_value, a.published, a.outlet, a.title, count(*) OVER (PARTITION BY c.measure) AS per_measure
        FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE {where}
        ORDER BY per_measure DESC, c.measure, c.value
        LIMIT ?
        """,
        [*params, limit],
    ))


def disagreements(store: Store) -> list[dict[str, Any]]:
    """Each disagreement with its claims side by side (claimant, value, sentence, article)."""
    out = []
    for measure, ids, values, note in store.db.execute(
        "SELECT measure, claim_ids, claim_values, note FROM disagreements ORDER BY measure, note"
    ).fetchall():
        sides = _dicts(store.db.execute(
            """SELECT c.id, c.article_id, c.value, c.unit, c.qualifier, c.text, c.claimant, c.start_offset, c.end_offset, a.outlet, a.published, a.title
               FROM claims c JOIN articles a ON a.id = c.article_id WHERE list_contains(?, c.id) ORDER BY c.value""",
            [list(ids)],
        ))
        out.append({"measure": measure, "values": list(values), "note": note, "claims": sides})
    return out


def search(store: Store, query_terms: Sequence[str], limit: int) -> list[dict[str, Any]]:
    """Passages ranked by BM25 over the query's terms, with their article's title, outlet and date."""
    if not query_terms:
        return []
    return _dicts(store.db.execute(
        f"""
        WITH q AS (SELECT unnest(?::VARCHAR[]) AS term),
             stats AS (SELECT count(*) AS n, avg(length) AS avgdl FROM passages),
             hits AS (SELECT t.term, t.passage_id, t.tf FROM passage_terms t JOIN q ON q.term = t.term),
             df AS (SELECT term, count(*) AS df FROM hits GROUP BY term),
             scored AS (
                SELECT h.passage_id,
                       sum(ln(1 + (s.n - df.df + 0.5) / (df.df + 0.5)) * h.tf * ({_K1} + 1)
                           / (h.tf + {_K1} * (1 - {_B} + {_B} * p.length / s.avgdl))) AS score,
                       count(*) AS matched
                FROM hits h JOIN df ON df.term = h.term JOIN passages p ON p.id = h.passage_id CROSS JOIN stats s
                GROUP BY h.passage_id)
        SELECT p.id, p.article_id, p.kind, p.text, p.start_offset, p.end_offset, p.speaker, p.speaker_code,
               round(scored.score, 3) AS score, scored.matched, a.title, a.outlet, a.published
        FROM scored JOIN passages p ON p.id = scored.passage_id JOIN articles a ON a.id = p.article_id
        ORDER BY scored.score DESC, a.published DESC NULLS LAST, p.id
        LIMIT ?
        """,
        [list(query_terms), limit],
    ))


def countries(store: Store) -> list[str]:
    """ISO3 codes that occur as an event side or a speaker's country, for the pickers."""
    rows = store.db.execute(
        """SELECT DISTINCT c FROM (
               SELECT left(source_code, 3) AS c FROM events UNION SELECT left(target_code, 3) FROM events WHERE target_code IS NOT NULL
               UNION SELECT country FROM actor_mentions WHERE country IS NOT NULL)
           WHERE c NOT IN ('IGO', 'NGO') ORDER BY c"""
    ).fetchall()
    return [r[0] for r in rows]


def term_document_counts(store: Store, query_terms: Sequence[str]) -> dict[str, int]:
    """How many passages hold each term."""
    rows = store.db.execute(
        "SELECT term, count(*) FROM passage_terms WHERE list_contains(?, term) GROUP BY term", [list(query_terms)]
    ).fetchall()
    return dict(rows)


def country_label(store: Store, code: str) -> str | None:
    """The name the store's country actor goes by (user-defined countries have no ISO name)."""
    row = store.db.execute("SELECT name FROM actors WHERE kind = 'country' AND country = ? ORDER BY name LIMIT 1", [code]).fetchone()
    return str(row[0]) if row else None
