"""Export the store as the JSON Lines files of SPEC.md, plus Parquet twins."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .db import Store, article_json, dumps


def export_store(store: Store, out_dir: str | Path, parquet: bool = True) -> dict[str, int]:
    """Write ``articles.jsonl`` (and ``articles.parquet``) into ``out_dir``; returns counts per file."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        count = 0
        with (out / "articles.jsonl").open("w", encoding="utf-8") as handle:
            for article in store.articles():
                handle.write(dumps(article_json(article)) + "\n")
                count += 1
        if parquet:
            store.copy_to_parquet("articles", out / "articles.parquet")
    except OSError as exc:
        raise StoreError("B402", path=str(out), reason=str(exc)) from exc
    return {"articles.jsonl": count}
