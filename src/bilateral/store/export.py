"""Export the store as the JSON Lines files of SPEC.md, plus Parquet twins."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from ..errors import StoreError
from .db import Store, article_json, dumps
from .statements import actor_json, claim_json, disagreement_json, event_json, quote_json

T = TypeVar("T")


def export_store(store: Store, out_dir: str | Path, parquet: bool = True) -> dict[str, int]:
    """Write the SPEC files (articles, actors, quotes, events, claims, disagreements) into ``out_dir``; returns counts per file."""
    out = Path(out_dir)
    counts: dict[str, int] = {}
    try:
        out.mkdir(parents=True, exist_ok=True)
        counts["articles.jsonl"] = _write(out / "articles.jsonl", store.articles(), article_json)
        actors = store.actors()
        names = {a.id: a.name for a in actors}
        counts["actors.jsonl"] = _write(out / "actors.jsonl", actors, actor_json)
        links = store.actor_links()

        def linked(article_id: str, key: int | None) -> str | None:
            return links.get((article_id, key)) if key is not None else None

        counts["quotes.jsonl"] = _write(
            out / "quotes.jsonl", store.quotes(),
            lambda q: quote_json(q, aid := linked(q.article_id, q.speaker.actor_key), names.get(aid) if aid else None),
        )
        counts["events.jsonl"] = _write(
            out / "events.jsonl", store.events(),
            lambda e: event_json(e, linked(e.article_id, e.source.actor_key), linked(e.article_id, e.target.actor_key if e.target else None), names),
        )
        counts["claims.jsonl"] = _write(
            out / "claims.jsonl", store.claims(), lambda c: claim_json(c, linked(c.article_id, c.claimant_key), names)
        )
        counts["disagreements.jsonl"] = _write(out / "disagreements.jsonl", store.disagreements(), disagreement_json)
        if parquet:
            for table in ("articles", "quotes", "actors", "events", "claims"):
                store.copy_to_parquet(table, out / f"{table}.parquet")
    except OSError as exc:
        raise StoreError("B402", path=str(out), reason=str(exc)) from exc
    return counts


def _write(path: Path, records: Iterable[T], to_json: Callable[[T], dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(dumps(to_json(record)) + "\n")
            count += 1
    return count
