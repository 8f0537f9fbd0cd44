"""The embedded store (DuckDB) and its exports; the only package that imports duckdb."""

from .db import InputLogRow, Store, WriteBatch, article_json
from .export import export_store

__all__ = ["InputLogRow", "Store", "WriteBatch", "article_json", "export_store"]
