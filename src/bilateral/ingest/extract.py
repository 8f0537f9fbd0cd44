"""Raw documents to articles: decode, extract or clean the body, read the metadata.

``ingest_batch`` is a pure function over a batch (no I/O, no state), so that any engine can
run it; identity and near-duplicates across the corpus are the store's business.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..errors import IngestError
from ..records import Article, PublicationDate, RawDocument, Rejection
from . import metadata
from .dates import infer_date
from .decode import decode
from .dedup import content_id, raw_sha256
from .html import extract_html
from .textclean import clean_text


def ingest_document(raw: RawDocument, today: date | None = None) -> Article:
    """One raw document to one article; raises ``IngestError`` when there is no article."""
    text = decode(raw.content, raw.media_type == "html")
    if raw.media_type == "html":
        return _from_html(raw, text, today)
    return _from_text(raw, text, today)


def _from_text(raw: RawDocument, text: str, today: date | None) -> Article:
    cleaned = clean_text(text)
    if not cleaned.body:
        raise IngestError("B207")
    body = "\n\n".join(cleaned.body)
    return Article(
        id=content_id(body),
        source=raw.source,
        body=body,
        title=cleaned.title,
        subtitle=cleaned.subtitle,
        byline=metadata.byline(cleaned.header + cleaned.body[:1]),
        dateline=metadata.dateline(body),
        outlet=metadata.outlet_from_url(raw.url),
        credited_sources=tuple(metadata.credited_sources(body)),
        published=infer_date(body, cleaned.header, today),
        url=raw.url,
        raw_sha256=raw_sha256(raw.content),
        extractor="text.lines.v1",
    )


def _from_html(raw: RawDocument, text: str, today: date | None) -> Article:
    page = extract_html(text, raw.url)
    body = page.body
    if page.title and body.startswith(page.title + "\n\n"):
        body = body[len(page.title) + 2 :]  # the headline is metadata, not body text
    if page.date:
        published = PublicationDate(
            date=page.date, earliest=page.date, latest=page.date, evidence="page metadata", method="dates.htmldate.v1"
        )
    else:
        published = infer_date(body, (), today)
    return Article(
        id=content_id(body),
        source=raw.source,
        body=body,
        title=page.title,
        subtitle=page.description,
        byline=page.byline,
        dateline=metadata.dateline(body),
        outlet=page.outlet or metadata.outlet_from_url(raw.url),
        credited_sources=tuple(metadata.credited_sources(body)),
        published=published,
        url=raw.url,
        raw_sha256=raw_sha256(raw.content),
        extractor=page.method,
    )


def ingest_batch(raws: Sequence[RawDocument], today: date | None = None) -> list[Article | Rejection]:
    """Articles or rejections for a batch of raw documents, in input order."""
    results: list[Article | Rejection] = []
    for raw in raws:
        try:
            results.append(ingest_document(raw, today))
        except IngestError as exc:
            results.append(Rejection(raw.source, exc.code, exc.reason, raw_sha256(raw.content)))
    return results
