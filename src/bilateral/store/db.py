"""The DuckDB store: input log, raw content, articles. Only this package imports duckdb."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import numpy as np

from ..errors import StoreError
from ..records import (
    Actor,
    ActorMention,
    Article,
    ArticleAnalysis,
    Claim,
    Disagreement,
    Event,
    Passage,
    PublicationDate,
    Quote,
    RawDocument,
)
from .migrations import MIGRATIONS
from .statements import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    actor_from_row,
    actor_row,
    claim_from_row,
    claim_row,
    event_from_row,
    event_row,
    mention_from_row,
    mention_row,
    prefixed,
    quote_from_row,
    quote_row,
)

T = TypeVar("T")

_ARTICLE_COLUMNS = (
    "id, source, url, title, subtitle, byline, dateline, outlet, credited_sources, published, "
    "published_earliest, published_latest, published_evidence, published_method, body, raw_sha256, "
    "extractor, duplicate_of"
)


@dataclass(frozen=True, slots=True)
class InputLogRow:
    source: str
    raw_sha256: str
    status: str
    code: str | None
    reason: str | None
    article_id: str | None


class Store:
    """One DuckDB file. Writes are idempotent: the same input or article is never stored twice."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self._types: dict[tuple[str, tuple[str, ...] | None], list[str]] = {}
        try:
            if not read_only and self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = duckdb.connect(self.path, read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise StoreError("B401", path=self.path, reason=str(exc).splitlines()[0]) from exc
        if not read_only:
            self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        done = {row[0] for row in self.db.execute("SELECT name FROM migrations").fetchall()}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            self.db.execute("BEGIN")
            self.db.execute(sql)
            self.db.execute("INSERT INTO migrations VALUES (?, ?)", [name, _now()])
            self.db.execute("COMMIT")

    # -- writes -----------------------------------------------------------------------------

    def write(self, batch: WriteBatch) -> None:
        """Write one batch atomically: raw documents, new articles, input-log rows."""
        self.db.execute("BEGIN")
        try:
            if batch.raws:
                self._insert(
                    "raw_documents",
                    "(sha256, media_type, url, content)",
                    [(sha, raw.media_type, raw.url, raw.content) for sha, raw in batch.raws.items()],
                    "ON CONFLICT DO NOTHING",
                )
            if batch.articles:
                self._insert(
                    "articles",
                    f"({_ARTICLE_COLUMNS}, minhash, stored_at)",
                    [_article_row(article, values) for article, values in batch.articles],
                    "ON CONFLICT DO NOTHING",
                )
            if batch.inputs:
                now = _now()
                latest = {(row.source, row.raw_sha256): row for row in batch.inputs}  # one row per key and statement
                self._insert(
                    "inputs",
                    "(source, raw_sha256, status, code, reason, article_id, first_seen, last_seen)",
                    [
                        (row.source, row.raw_sha256, row.status, row.code, row.reason, row.article_id, now, now)
                        for row in latest.values()
                    ],
                    """ON CONFLICT (source, raw_sha256) DO UPDATE SET status = excluded.status, code = excluded.code,
                   reason = excluded.reason, article_id = excluded.article_id, last_seen = excluded.last_seen""",
                )
            self.db.execute("COMMIT")
        except duckdb.Error as exc:
            self.db.execute("ROLLBACK")
            raise StoreError("B402", path=self.path, reason=str(exc).splitlines()[0]) from exc

    def write_analyses(self, analyses: Sequence[ArticleAnalysis], method: str) -> None:
        """Store what the NLP stages found, replacing any earlier analysis of the same articles."""
        if not analyses:
            return
        ids = [a.article_id for a in analyses]
        self.db.execute("BEGIN")
        try:
            for table in ("actor_mentions", "quotes", "events", "claims", "article_tone", "analyses"):
                self.db.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [ids])
            rows = {
                ("actor_mentions", ""): [mention_row(m) for a in analyses for m in a.actors],
                ("quotes", f"({QUOTE_COLUMNS})"): [quote_row(q) for a in analyses for q in a.quotes],
                ("events", f"({EVENT_COLUMNS})"): [event_row(e) for a in analyses for e in a.events],
                ("claims", f"({CLAIM_COLUMNS})"): [claim_row(c) for a in analyses for c in a.claims],
                ("article_tone", ""): [(a.article_id, a.tone) for a in analyses if a.tone is not None],
            }
            for (table, columns), values in rows.items():
                self._insert(table, columns, values, "")
            now = _now()
            self._insert("analyses", "", [(a.article_id, method, a.skipped or a.error, now) for a in analyses], "")
            self.db.execute("COMMIT")
        except duckdb.Error as exc:
            self.db.execute("ROLLBACK")
            raise StoreError("B402", path=self.path, reason=str(exc).splitlines()[0]) from exc

    def replace_actors(self, actors: Sequence[Actor], links: dict[tuple[str, int], str]) -> None:
        """Swap in a new corpus-wide merge of the actors."""
        self._replace({
            "actors": [actor_row(a) for a in actors],
            "actor_links": [(aid, key, actor_id) for (aid, key), actor_id in links.items()],
        })

    def _replace(self, tables: dict[str, list[tuple[Any, ...]]]) -> None:
        """Replace the whole contents of corpus-wide tables in one transaction."""
        self.db.execute("BEGIN")
        try:
            for table, rows in tables.items():
                self.db.execute(f"DELETE FROM {table}")
                self._insert(table, "", rows, "")
            self.db.execute("COMMIT")
        except duckdb.Error as exc:
            self.db.execute("ROLLBACK")
            raise StoreError("B402", path=self.path, reason=str(exc).splitlines()[0]) from exc

    def _insert(self, table: str, columns: str, rows: list[tuple[Any, ...]], conflict: str) -> None:
        # Column-wise: one list parameter per column, unnested in lockstep. DuckDB binds a list
        # far faster than thousands of scalar placeholders (about 15x on 500-row batches).
        if not rows:
            return
        names = [c.strip() for c in columns.strip("()").split(",")] if columns else None
        types = self._column_types(table, tuple(names) if names else None)
        selected = ", ".join(f"unnest(?::{kind}[])" for kind in types)
        self.db.execute(f"INSERT INTO {table} {columns} SELECT {selected} {conflict}", [list(c) for c in zip(*rows, strict=True)])

    def _column_types(self, table: str, names: tuple[str, ...] | None) -> list[str]:
        key = (table, names)
        if key not in self._types:
            found = dict(
                self.db.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    [table],
                ).fetchall()
            )
            self._types[key] = [found[n] for n in names] if names else list(found.values())
        return self._types[key]

    # -- reads ------------------------------------------------------------------------------

    def stored_ids(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these article ids are already stored."""
        if not article_ids:
            return set()
        rows = self.db.execute("SELECT id FROM articles WHERE list_contains(?, id)", [list(article_ids)]).fetchall()
        return {row[0] for row in rows}

    def logged_inputs(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
        """The article each (source, raw sha256) produced when it was last read."""
        if not keys:
            return {}
        rows = self.db.execute(
            "SELECT source, raw_sha256, article_id FROM inputs WHERE list_contains(?, source)", [[k[0] for k in keys]]
        ).fetchall()
        wanted = set(keys)
        return {(source, sha): aid for source, sha, aid in rows if (source, sha) in wanted}

    def signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        for article_id, values in self.db.execute("SELECT id, minhash FROM articles ORDER BY seq").fetchall():
            yield article_id, np.array(values, dtype=np.uint64)

    def articles(self) -> Iterator[Article]:
        cursor = self.db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq")
        while rows := cursor.fetchmany(256):
            for row in rows:
                yield _article(row)

    def unanalysed(self, method: str) -> Iterator[Article]:
        """Stored articles with no analysis by this method (new, or analysed by an older version)."""
        cursor = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.method = ?) ORDER BY seq",
            [method],
        )
        while rows := cursor.fetchmany(256):
            for row in rows:
                yield _article(row)

    def actor_mentions(self) -> list[ActorMention]:
        cols = "article_id, key, kind, name, aliases, country, sector, roles, spans, known_as, gender"
        return [mention_from_row(r) for r in self.db.execute(f"SELECT {cols} FROM actor_mentions ORDER BY article_id, key").fetchall()]

    def actors(self) -> list[Actor]:
        rows = self.db.execute("SELECT id, name, kind, aliases, country, sector, roles FROM actors ORDER BY kind, name").fetchall()
        return [actor_from_row(r) for r in rows]

    def actor_links(self) -> dict[tuple[str, int], str]:
        return {(a, k): actor for a, k, actor in self.db.execute("SELECT article_id, key, actor_id FROM actor_links").fetchall()}

    def replace_stories(self, stories: dict[str, str]) -> None:
        """Swap in a new grouping of articles into stories (article id -> story id)."""
        self._replace({"stories": list(stories.items())})

    def replace_disagreements(self, found: Sequence[Disagreement]) -> None:
        self._replace({"disagreements": [(d.measure, list(d.claim_ids), list(d.values), d.note, d.kind, d.subject) for d in found]})

    def replace_passages(self, found: Iterable[Passage]) -> None:
        """Swap in the passages questions are answered from, with their BM25 postings in term order."""
        rows, postings = [], []
        for p in found:
            rows.append((p.id, p.article_id, p.kind, p.text, p.start, p.end, p.speaker, p.speaker_code, p.length))
            postings += [(term, p.id, count) for term, count in p.terms]
        postings.sort()
        self._replace({"passages": rows, "passage_terms": postings})

    def speaker_codes(self) -> dict[tuple[str, int], str]:
        """(article id, mention key) -> country of each actor the articles name with one."""
        rows = self.db.execute("SELECT article_id, key, country || coalesce(sector, '') FROM actor_mentions WHERE country IS NOT NULL")
        return {(a, k): code for a, k, code in rows.fetchall()}

    def disagreements(self) -> list[Disagreement]:
        rows = self.db.execute("SELECT measure, claim_ids, claim_values, note, kind, subject FROM disagreements ORDER BY measure, note").fetchall()
        return [Disagreement(m, tuple(ids), tuple(values), note, kind, subject) for m, ids, values, note, kind, subject in rows]

    def stories(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT article_id, story_id FROM stories").fetchall())

    def tones(self) -> dict[str, float]:
        return dict(self.db.execute("SELECT article_id, tone FROM article_tone WHERE tone IS NOT NULL").fetchall())

    def events(self) -> Iterator[Event]:
        sql = f"SELECT {prefixed(EVENT_COLUMNS, 'e')} FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.seq, e.start_offset, e.trigger_start"
        return self._stream(sql, event_from_row)

    def claims(self) -> Iterator[Claim]:
        sql = f"SELECT {prefixed(CLAIM_COLUMNS, 'c')} FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.seq, c.start_offset"
        return self._stream(sql, claim_from_row)

    def quotes(self) -> Iterator[Quote]:
        sql = f"SELECT {prefixed(QUOTE_COLUMNS, 'q')} FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.seq, q.start_offset"
        return self._stream(sql, quote_from_row)

    def _stream(self, sql: str, from_row: Callable[[tuple[Any, ...]], T]) -> Iterator[T]:
        """Records of a query, read a thousand rows at a time (corpus-wide tables need not fit in memory)."""
        cursor = self.db.execute(sql)
        while rows := cursor.fetchmany(1024):
            yield from (from_row(row) for row in rows)

    def input_log(self) -> list[InputLogRow]:
        rows = self.db.execute(
            "SELECT source, raw_sha256, status, code, reason, article_id FROM inputs ORDER BY first_seen, source"
        ).fetchall()
        return [InputLogRow(*row) for row in rows]

    def count(self, table: str) -> int:
        if table not in ("articles", "inputs", "raw_documents", "quotes", "actors", "actor_mentions", "analyses", "events", "claims", "stories", "disagreements", "passages"):
            raise ValueError(table)
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]

    def copy_to_parquet(self, table: str, path: Path) -> None:
        if table not in ("articles", "inputs", "quotes", "actors", "events", "claims"):
            raise ValueError(table)
        columns = _ARTICLE_COLUMNS if table == "articles" else "*"
        self.db.execute(f"COPY (SELECT {columns} FROM {table}) TO '{path.as_posix()}' (FORMAT parquet)")


@dataclass
class WriteBatch:
    """Everything one batch adds to the store, written in one transaction."""

    raws: dict[str, RawDocument] = field(default_factory=dict)
    articles: list[tuple[Article, np.ndarray]] = field(default_factory=list)
    inputs: list[InputLogRow] = field(default_factory=list)


def _article_row(article: Article, values: np.ndarray) -> tuple[Any, ...]:
    pub = article.published
    return (
        article.id,
        article.source,
        article.url,
        article.title,
        article.subtitle,
        article.byline,
        article.dateline,
        article.outlet,
        list(article.credited_sources),
        pub.date,
        pub.earliest,
        pub.latest,
        pub.evidence,
        pub.method,
        article.body,
        article.raw_sha256,
        article.extractor,
        article.duplicate_of,
        [int(v) for v in values],
        _now(),
    )


def _article(row: Sequence[Any]) -> Article:
    (
        aid,
        source,
        url,
        title,
        subtitle,
        byline,
        dateline,
        outlet,
        credited,
        published,
        earliest,
        latest,
        evidence,
        method,
        body,
        sha,
        extractor,
        duplicate_of,
    ) = row
    return Article(
        id=aid,
        source=source,
        url=url,
        title=title,
        subtitle=subtitle,
        byline=byline,
        dateline=dateline,
        outlet=outlet,
        credited_sources=tuple(credited or ()),
        published=PublicationDate(
            date=_iso(published),
            earliest=_iso(earliest),
            latest=_iso(latest),
            evidence=evidence,
            method=method or "dates.none",
        ),
        body=body,
        raw_sha256=sha,
        extractor=extractor,
        duplicate_of=duplicate_of,
    )


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def article_json(article: Article) -> dict[str, Any]:
    """The ``articles.jsonl`` shape fixed by SPEC.md."""
    pub = article.published
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "dateline": article.dateline,
        "outlet": article.outlet,
        "credited_sources": list(article.credited_sources),
        "published": pub.date,
        "published_range": list(pub.range) if pub.range else None,
        "published_evidence": pub.evidence,
        "body": article.body,
        "duplicate_of": article.duplicate_of,
        "url": article.url,
        "extractor": article.extractor,
    }


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)
