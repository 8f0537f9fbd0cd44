"""Export the store as the JSON Lines files of SPEC.md, plus Parquet twins."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .db import Store, article_json, dumps
from .statements import actor_json, quote_json


def export_store(store: Store, out_dir: str | Path, parquet: bool = True) -> dict[str, int]:
    """Write ``articles.jsonl``, ``actors.jsonl`` and ``quotes.jsonl`` into ``out_dir``; returns counts per file."""
    out = Path(out_dir)
    counts: dict[str, int] = {}
    try:
        out.mkdir(parents=True, exist_ok=True)
        with (out / "articles.jsonl").open("w", encoding="utf-8") as handle:
            counts["articles.jsonl"] = 0
            for article in store.articles():
                handle.write(dumps(article_json(article)) + "\n")
                counts["articles.jsonl"] += 1
        actors = store.actors()
        names = {a.id: a.name for a in actors}
        with (out / "actors.jsonl").open("w", encoding="utf-8") as handle:
            for actor in actors:
                handle.write(dumps(actor_json(actor)) + "\n")
        counts["actors.jsonl"] = len(actors)
        links = store.actor_links()
        with (out / "quotes.jsonl").open("w", encoding="utf-8") as handle:
            counts["quotes.jsonl"] = 0
            for quote in store.quotes():
                key = quote.speaker.actor_key
                actor_id = links.get((quote.article_id, key)) if key is not None else None
                handle.write(dumps(quote_json(quote, actor_id, names.get(actor_id) if actor_id else None)) + "\n")
                counts["quotes.jsonl"] += 1
        if parquet:
            for table in ("articles", "quotes", "actors"):
                store.copy_to_parquet(table, out / f"{table}.parquet")
    except OSError as exc:
        raise StoreError("B402", path=str(out), reason=str(exc)) from exc
    return counts
