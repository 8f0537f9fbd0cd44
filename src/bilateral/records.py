"""Typed records that flow between stages.

Records are frozen, slotted dataclasses. Extracted records point into an article's clean
``body`` with character offsets instead of copying text, and carry a versioned ``method``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input as read: bytes plus where they came from."""

    source: str  # path or URL as the user gave it (or "-" for stdin)
    content: bytes
    media_type: str  # "html" or "text"
    url: str | None = None  # the final URL after redirects, for fetched pages


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """When an article was published, as far as the evidence goes."""

    date: str | None = None  # ISO date when pinned to one day
    earliest: str | None = None
    latest: str | None = None
    evidence: str | None = None
    method: str = "dates.none"

    @property
    def range(self) -> tuple[str, str] | None:
        if self.date is None and self.earliest and self.latest:
            return (self.earliest, self.latest)
        return None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article with its metadata, ready for the NLP stages."""

    id: str
    source: str
    body: str
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    credited_sources: tuple[str, ...] = ()
    published: PublicationDate = field(default_factory=PublicationDate)
    url: str | None = None
    raw_sha256: str = ""
    extractor: str = ""  # method that produced the body, e.g. "html.trafilatura.v1"
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that produced no article, with the reason."""

    source: str
    code: str
    reason: str
    raw_sha256: str | None = None
