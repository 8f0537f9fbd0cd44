"""Main text and metadata of HTML pages: trafilatura and readability, the better kept per page."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from readability import Document as ReadabilityDocument

from ..errors import IngestError

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th"}
_SPACE = re.compile(r"[ \t\u00a0\u200b]+")


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    body: str
    method: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    outlet: str | None = None
    description: str | None = None


def paragraphs(text: str) -> str:
    """Normalise extracted text to paragraphs separated by one blank line."""
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def trafilatura_text(html: str, url: str | None) -> tuple[str, trafilatura.settings.Document | None]:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if document is None or not document.text:
        return "", document
    return paragraphs(document.text), document


def readability_text(html: str) -> str:
    try:
        summary = ReadabilityDocument(html).summary(html_partial=True)
        tree = lxml.html.fromstring(summary)
    except Exception:  # readability raises bare Exceptions on pages it cannot parse
        return ""
    parts: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        if any(isinstance(a.tag, str) and a.tag in _BLOCKS for a in element.iterancestors()):
            continue  # counted with its enclosing block
        text = _SPACE.sub(" ", element.text_content()).strip()
        if text:
            parts.append(text)
    return "\n\n".join(parts)


def choose(traf: str, read: str) -> tuple[str, str]:
    """Pick one extraction per page."""
    if len(traf) >= 200 or len(read) <= len(traf):
        return traf, "html.trafilatura.v1"
    return read, "html.readability.v1"


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """The article text of a page, or ``IngestError`` when the page holds none."""
    traf, meta = trafilatura_text(html, url)
    read = readability_text(html)
    body, method = choose(traf, read)
    if len(body.split()) < 5:
        raise IngestError("B207")
    return HtmlExtraction(
        body=body,
        method=method,
        title=meta.title if meta else None,
        byline=meta.author if meta else None,
        date=meta.date if meta else None,
        outlet=(meta.sitename or meta.hostname) if meta else None,
        description=meta.description if meta else None,
    )
