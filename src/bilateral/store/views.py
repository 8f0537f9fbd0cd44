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
from .statements import EVENT_COLUMNS, event_from_row, prefixed

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
    originals_only: bool = False  # leave out near-duplicate (syndicated) copies


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# What the timeline, the dashboard and the report count as an event between two countries: it has a
# target, its sides are of different countries, it is asserted, and (unless $unsure) it is confident.
# A target-less or same-country event is never one, whatever the switch.
_BETWEEN_COUNTRIES = """
    e.target_code IS NOT NULL AND left(e.source_code, 3) <> left(e.target_code, 3) AND e.mood = 'asserted' AND ($unsure OR e.confident)
"""
# What an actor's event list shows: an act upon someone else (never a target-less or self-directed one),
# confident unless $unsure; negated and hypothetical acts are confident never, so they too need the switch.
_UPON_OTHERS = "e.target_code IS NOT NULL AND e.source_code <> e.target_code AND ($unsure OR e.confident)"
_CONFIDENT_UPON_OTHERS = _UPON_OTHERS.replace("($unsure OR e.confident)", "e.confident")  # for queries with positional parameters


def dyads(store: Store, limit: int = 40, include_unsure: bool = False) -> list[dict[str, Any]]:
    """Country pairs with the most asserted events between them, either direction (confident ones unless ``include_unsure``)."""
    return _dicts(store.db.execute(
        f"""
        SELECT least(left(e.source_code, 3), left(e.target_code, 3)) AS a, greatest(left(e.source_code, 3), left(e.target_code, 3)) AS b,
               count(*) AS events
        FROM events e
        WHERE {_BETWEEN_COUNTRIES}
              AND left(e.source_code, 3) NOT IN ('IGO', 'NGO') AND left(e.target_code, 3) NOT IN ('IGO', 'NGO')
        GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT $limit
        """,
        {"limit": limit, "unsure": include_unsure},
    ))


_DYAD_EVENTS = f"""
    SELECT e.*, CASE WHEN left(e.source_code, 3) = $a THEN 'a_to_b' ELSE 'b_to_a' END AS direction,
           coalesce(strftime(e.event_date, '%Y-%m'), 'undated') AS month, coalesce(s.story_id, e.article_id) AS story
    FROM events e LEFT JOIN stories s ON s.article_id = e.article_id
    WHERE {_BETWEEN_COUNTRIES}
      AND ((left(e.source_code, 3) = $a AND left(e.target_code, 3) = $b) OR (left(e.source_code, 3) = $b AND left(e.target_code, 3) = $a))
"""
# One row per story, direction, month and act: the story's reports counted once, as the timeline does. A
# reported event is as sure as its surest report, and confident when any report is.
_REPORTED = f"""
    WITH d AS ({_DYAD_EVENTS}),
    reported AS (
        SELECT month, direction, story, cameo, any_value(goldstein) AS goldstein, any_value(quad_class) AS quad_class,
               arg_min(id, (coalesce(CAST(event_date AS VARCHAR), ''), article_id, start_offset)) AS first_id,
               count(DISTINCT article_id) AS sources, list(DISTINCT article_id) AS article_ids,
               max(confidence) AS confidence, bool_or(confident) AS confident
        FROM d GROUP BY month, direction, story, cameo)
"""


@dataclass(frozen=True, slots=True)
class TopEvent:
    """One of a dyad's most significant events: its first report, how many sources reported it, how sure it is."""

    event: Event
    sources: int
    confidence: float  # of its surest report
    confident: bool  # whether any report is confident


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """One month of a dyad: events each way (each story once), mean Goldstein, quad classes, tone."""

    month: str
    a_to_b: int
    b_to_a: int
    goldstein: float | None
    goldstein_a_to_b: float | None
    goldstein_b_to_a: float | None
    quads: tuple[int, int, int, int]
    tone: float | None

    @property
    def events(self) -> int:
        return self.a_to_b + self.b_to_a


def dyad_months(store: Store, a: str, b: str, include_unsure: bool = False) -> list[MonthFigures]:
    """The dyad's monthly figures, computed in the store; months in order, undated last.

    Confident events only, unless ``include_unsure``.
    """
    rows = store.db.execute(
        _REPORTED
        + """,
        months AS (
            SELECT month, count(*) FILTER (WHERE direction = 'a_to_b') AS ab, count(*) FILTER (WHERE direction = 'b_to_a') AS ba,
                   round(avg(goldstein), 2) AS g, round(avg(goldstein) FILTER (WHERE direction = 'a_to_b'), 2) AS g_ab,
                   round(avg(goldstein) FILTER (WHERE direction = 'b_to_a'), 2) AS g_ba,
                   count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4
            FROM reported GROUP BY month),
        reporting AS (SELECT DISTINCT month, unnest(article_ids) AS article_id FROM reported),
        tones AS (SELECT r.month, round(avg(t.tone), 3) AS tone FROM reporting r JOIN article_tone t USING (article_id)
                  WHERE t.tone IS NOT NULL GROUP BY r.month)
        SELECT m.month, ab, ba, g, g_ab, g_ba, q1, q2, q3, q4, tones.tone
        FROM months m LEFT JOIN tones USING (month)
        ORDER BY m.month = 'undated', m.month
        """,
        {"a": a, "b": b, "unsure": include_unsure},
    ).fetchall()
    return [MonthFigures(m, ab, ba, g, gab, gba, (q1, q2, q3, q4), tone) for m, ab, ba, g, gab, gba, q1, q2, q3, q4, tone in rows]


def dyad_top_events(store: Store, a: str, b: str, limit: int, include_unsure: bool = False) -> list[TopEvent]:
    """The most significant events of the dyad, each story once: largest |Goldstein| × confidence × sources first
    (then largest |Goldstein|, then most sources). Confident events only, unless ``include_unsure``."""
    columns = prefixed(EVENT_COLUMNS, "e")
    rows = store.db.execute(
        _REPORTED
        + f"""
        SELECT {columns}, r.sources, r.confidence, r.confident FROM reported r JOIN events e ON e.id = r.first_id
        ORDER BY abs(r.goldstein) * r.confidence * r.sources DESC, abs(r.goldstein) DESC, r.sources DESC, e.id LIMIT $limit
        """,
        {"a": a, "b": b, "limit": limit, "unsure": include_unsure},
    ).fetchall()
    return [TopEvent(event_from_row(row[:-3]), row[-3], row[-2], row[-1]) for row in rows]


def dyad_unsure(store: Store, a: str, b: str) -> int:
    """How many of the dyad's events (each story once) only ``include_unsure`` shows: none of their reports is confident."""
    row = store.db.execute(
        _REPORTED + "SELECT count(*) FROM reported WHERE NOT confident", {"a": a, "b": b, "unsure": True}
    ).fetchone()
    return int(row[0]) if row else 0


def dyad_events(store: Store, a: str, b: str, month: str | None = None, include_unsure: bool = False) -> list[Event]:
    """Asserted events from ``a`` to ``b`` or back (ISO3 prefixes of the actor codes), of one month if given.

    Confident events only, unless ``include_unsure``; never an event without a target.
    """
    columns = prefixed(EVENT_COLUMNS, "d")
    rows = store.db.execute(
        f"WITH d AS ({_DYAD_EVENTS}) SELECT {columns} FROM d WHERE $month IS NULL OR d.month = $month "
        "ORDER BY d.event_date NULLS LAST, d.article_id, d.start_offset",
        {"a": a, "b": b, "month": month, "unsure": include_unsure},
    ).fetchall()
    return [event_from_row(r) for r in rows]


def stories_of(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    rows = store.db.execute("SELECT article_id, story_id FROM stories WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)])
    return dict(rows.fetchall())


def tones_of(store: Store, article_ids: Sequence[str]) -> dict[str, float]:
    rows = store.db.execute(
        "SELECT article_id, tone FROM article_tone WHERE tone IS NOT NULL AND article_id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)]
    )
    return dict(rows.fetchall())


def article_briefs(store: Store, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date and URL of each article, by id."""
    rows = _dicts(store.db.execute(
        "SELECT id, title, outlet, url, source, coalesce(published, published_latest, published_earliest) AS published FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)]
    ))
    return {r["id"]: r for r in rows}


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = _dicts(store.db.execute(
        "SELECT id, title, outlet, url, source, byline, coalesce(published, published_latest, published_earliest) AS published, published IS NULL AS estimated, body, duplicate_of FROM articles WHERE id = ?", [article_id]
    ))
    return rows[0] if rows else None


def article_records(store: Store, article_id: str) -> dict[str, list[dict[str, Any]]]:
    """The quotes, events and claims of one article, in text order; every event, each with its confidence."""
    return {
        "quotes": _dicts(store.db.execute(
            "SELECT id, kind, text, start_offset, end_offset, speaker_name, cue FROM quotes WHERE article_id = ? ORDER BY start_offset",
            [article_id],
        )),
        "events": _dicts(store.db.execute(
            """SELECT id, sentence, start_offset, end_offset, source_code, source_name, target_code, target_name, cameo, plover,
                      goldstein, trigger, trigger_start, trigger_end, mood, confidence, confident
               FROM events WHERE article_id = ? ORDER BY trigger_start""",
            [article_id],
        )),
        "claims": _dicts(store.db.execute(
            "SELECT id, text, start_offset, end_offset, measure, value, unit, qualifier, claimant FROM claims WHERE article_id = ? ORDER BY start_offset",
            [article_id],
        )),
    }


def quotes(store: Store, f: QuoteFilter) -> list[dict[str, Any]]:
    """Statements with speaker, office at the article's date, outlet and date, newest first.

    The page is chosen first from quotes and articles alone (speaker and country filters as
    EXISTS tests); the speaker's details are joined for that page only.
    """
    where, params = ["q.speaker_name IS NOT NULL"], list[Any]()
    if f.speaker:
        where.append(
            "(q.speaker_name ILIKE ? OR EXISTS (SELECT 1 FROM actor_links l JOIN actors act ON act.id = l.actor_id"
            " WHERE l.article_id = q.article_id AND l.key = q.speaker_key AND act.name ILIKE ?))"
        )
        params += [f"%{f.speaker}%", f"%{f.speaker}%"]
    if f.country:
        where.append("EXISTS (SELECT 1 FROM actor_mentions m WHERE m.article_id = q.article_id AND m.key = q.speaker_key AND m.country = ?)")
        params.append(f.country)
    if f.since:
        where.append("coalesce(a.published, a.published_latest, a.published_earliest) >= ?")
        params.append(f.since)
    if f.until:
        where.append("coalesce(a.published, a.published_latest, a.published_earliest) <= ?")
        params.append(f.until)
    for word in (f.words or "").split():
        where.append("q.text ILIKE ?")
        params.append(f"%{word}%")
    if f.originals_only:
        where.append("a.duplicate_of IS NULL")
    rows = _dicts(store.db.execute(
        f"""
        WITH chosen AS (
            SELECT q.id, q.article_id, q.kind, q.text, q.start_offset, q.end_offset, q.speaker_name, q.speaker_key,
                   a.title, a.outlet, coalesce(a.published, a.published_latest, a.published_earliest) AS published
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE {" AND ".join(where)}
            ORDER BY coalesce(a.published, a.published_latest, a.published_earliest) DESC NULLS LAST, q.article_id, q.start_offset
            LIMIT ? OFFSET ?)
        SELECT c.id, c.article_id, c.kind, c.text, c.start_offset, c.end_offset, c.speaker_name, m.country, m.roles,
               act.id AS actor_id, act.name AS actor_name, c.title, c.outlet, c.published
        FROM chosen c
        LEFT JOIN actor_mentions m ON m.article_id = c.article_id AND m.key = c.speaker_key
        LEFT JOIN actor_links l ON l.article_id = c.article_id AND l.key = c.speaker_key
        LEFT JOIN actors act ON act.id = l.actor_id
        ORDER BY c.published DESC NULLS LAST, c.article_id, c.start_offset
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
    """People and institutions with how many statements and (confident, upon others) events each has, busiest first."""
    where, params = ["TRUE"], list[Any]()
    if name:
        where.append("act.name ILIKE ?")
        params.append(f"%{name}%")
    if country:
        where.append("act.country = ?")
        params.append(country)
    rows = _dicts(store.db.execute(
        f"""
        WITH said AS (SELECT l.actor_id, count(*) AS n FROM quotes q JOIN actor_links l ON l.article_id = q.article_id AND l.key = q.speaker_key GROUP BY 1),
             did AS (SELECT l.actor_id, count(*) AS n FROM events e JOIN actor_links l ON l.article_id = e.article_id AND l.key = e.source_key
                     WHERE {_CONFIDENT_UPON_OTHERS} GROUP BY 1),
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


def actor(store: Store, actor_id: str, include_unsure: bool = False) -> dict[str, Any] | None:
    """One actor with the offices the corpus gives them over time, what they said and what they did.

    What they did: acts upon someone else, confident ones unless ``include_unsure``; ``unsure_events``
    counts the ones only the switch shows.
    """
    found = _dicts(store.db.execute("SELECT id, name, kind, aliases, country, sector, roles FROM actors WHERE id = ?", [actor_id]))
    if not found:
        return None
    row = found[0]
    row["roles"] = sorted(json.loads(row["roles"] or "[]"), key=lambda r: (r.get("as_of") or r.get("valid_from") or "", r["title"]))
    row["statements"] = _dicts(store.db.execute(
        """SELECT q.id, q.article_id, q.text, q.start_offset, q.end_offset, coalesce(a.published, a.published_latest, a.published_earliest) AS published, a.outlet, a.title
           FROM quotes q JOIN actor_links l ON l.article_id = q.article_id AND l.key = q.speaker_key JOIN articles a ON a.id = q.article_id
           WHERE l.actor_id = ? ORDER BY coalesce(a.published, a.published_latest, a.published_earliest) NULLS LAST, q.start_offset LIMIT 200""",
        [actor_id],
    ))
    row["events"] = _dicts(store.db.execute(
        f"""SELECT e.id, e.article_id, e.sentence, e.start_offset, e.end_offset, e.cameo, e.plover, e.goldstein, e.target_code, e.target_name,
                  e.mood, e.confidence, e.confident, coalesce(a.published, a.published_latest, a.published_earliest) AS published, a.outlet
           FROM events e JOIN actor_links l ON l.article_id = e.article_id AND l.key = e.source_key JOIN articles a ON a.id = e.article_id
           WHERE l.actor_id = $id AND {_UPON_OTHERS}
           ORDER BY coalesce(a.published, a.published_latest, a.published_earliest) NULLS LAST, e.start_offset LIMIT 200""",
        {"id": actor_id, "unsure": include_unsure},
    ))
    unsure = store.db.execute(
        f"""SELECT count(*) FROM events e JOIN actor_links l ON l.article_id = e.article_id AND l.key = e.source_key
            WHERE l.actor_id = $id AND {_UPON_OTHERS} AND NOT e.confident""",
        {"id": actor_id, "unsure": True},
    ).fetchone()
    row["unsure_events"] = int(unsure[0]) if unsure else 0
    return row


def claims_by_measure(store: Store, measure: str | None, per_measure: int, limit: int) -> list[dict[str, Any]]:
    """Figures with their claimant, article and date, grouped by measure (most claimed first).

    Each measure shows its ``per_measure`` latest claims and the count of all of them.
    """
    return _dicts(store.db.execute(
        """
        WITH c AS (
            SELECT c.id, c.article_id, c.measure, c.value, c.unit, c.qualifier, c.text, c.claimant, c.start_offset, c.end_offset,
                   c.usd_value, coalesce(a.published, a.published_latest, a.published_earliest) AS published, a.outlet, a.title, count(*) OVER (PARTITION BY c.measure) AS per_measure,
                   row_number() OVER (PARTITION BY c.measure ORDER BY coalesce(a.published, a.published_latest, a.published_earliest) DESC NULLS LAST, c.id) AS latest
            FROM claims c JOIN articles a ON a.id = c.article_id
            WHERE $measure IS NULL OR c.measure ILIKE '%' || $measure || '%')
        SELECT * EXCLUDE (latest) FROM c WHERE latest <= $per
        ORDER BY per_measure DESC, measure, value
        LIMIT $limit
        """,
        {"measure": measure, "per": per_measure, "limit": limit},
    ))


def disagreements(store: Store, measure: str | None = None, article_ids: Sequence[str] | None = None,
                  sides: int = 2) -> list[dict[str, Any]]:
    """Each disagreement with its lowest and highest claims side by side (claimant, value, sentence, article).

    ``sides`` claims from each end of the range are shown, with the count of all; one query for all.
    """
    rows = _dicts(store.db.execute(
        """
        WITH d AS (
            SELECT row_number() OVER (ORDER BY subject, measure, kind, note) AS n, measure, note, claim_ids, claim_values, kind, subject
            FROM disagreements
            WHERE ($measure IS NULL OR measure ILIKE '%' || $measure || '%')),
        sided AS (
            SELECT d.n, c.id, c.value, row_number() OVER (PARTITION BY d.n ORDER BY c.value, c.id) AS low,
                   row_number() OVER (PARTITION BY d.n ORDER BY c.value DESC, c.id) AS high, count(*) OVER (PARTITION BY d.n) AS total
            FROM d, unnest(d.claim_ids) AS u(claim_id) JOIN claims c ON c.id = u.claim_id)
        SELECT d.n, d.measure, d.note, d.claim_values, d.kind, d.subject, s.total, c.id, c.article_id, c.value, c.unit, c.qualifier, c.text, c.claimant,
               c.start_offset, c.end_offset, a.outlet, coalesce(a.published, a.published_latest, a.published_earliest) AS published, a.title,
               substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence
        FROM sided s JOIN d ON d.n = s.n JOIN claims c ON c.id = s.id JOIN articles a ON a.id = c.article_id
        WHERE (s.low <= $sides OR s.high <= $sides)
          AND ($ids IS NULL OR d.n IN (SELECT s2.n FROM sided s2 JOIN claims c2 ON c2.id = s2.id WHERE list_contains($ids, c2.article_id)))
        ORDER BY d.n, c.value, c.id
        """,
        {"measure": measure, "ids": list(article_ids) if article_ids is not None else None, "sides": sides},
    ))
    out: dict[int, dict[str, Any]] = {}
    for row in rows:
        group = out.setdefault(row["n"], {"measure": row["measure"], "note": row["note"], "values": list(row["claim_values"]),
                                          "total": row["total"], "kind": row["kind"], "subject": row["subject"], "claims": []})
        group["claims"].append({k: row[k] for k in ("id", "article_id", "value", "unit", "qualifier", "text", "claimant", "start_offset",
                                                   "end_offset", "outlet", "published", "title", "sentence")})
    return list(out.values())


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
               round(scored.score, 3) AS score, scored.matched, a.title, a.outlet, coalesce(a.published, a.published_latest, a.published_earliest) AS published
        FROM scored JOIN passages p ON p.id = scored.passage_id JOIN articles a ON a.id = p.article_id
        ORDER BY scored.score DESC, published DESC NULLS LAST, p.id
        LIMIT ?
        """,
        [list(query_terms), limit],
    ))


def countries(store: Store, include_unsure: bool = False) -> list[str]:
    """ISO3 codes that occur as a side of an event between countries (confident unless ``include_unsure``) or as a
    speaker's country, for the pickers."""
    rows = store.db.execute(
        f"""WITH sides AS (SELECT e.source_code, e.target_code FROM events e WHERE {_BETWEEN_COUNTRIES})
            SELECT DISTINCT c FROM (
               SELECT left(source_code, 3) AS c FROM sides UNION SELECT left(target_code, 3) FROM sides
               UNION SELECT country FROM actor_mentions WHERE country IS NOT NULL)
           WHERE c NOT IN ('IGO', 'NGO') ORDER BY c""",
        {"unsure": include_unsure},
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
