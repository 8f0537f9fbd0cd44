"""Ingest: read inputs, clean them into articles, with metadata and publication dates."""

from .extract import ingest_batch, ingest_document
from .read import read_inputs

__all__ = ["ingest_batch", "ingest_document", "read_inputs"]
