"""Clean plain-text scrapes: separate the article from the page furniture around it.

Existing extractors work on HTML trees; a text scrape has lost its tree, so we classify
lines instead. Each line gets general features (length, stop-word density, closing
punctuation, words of site furniture, markup debris, truncation, repetition) and a kind:
``prose``, ``heading`` or ``junk``. The article is the longest run of prose; it ends where,
after a break in the prose (a heading or debris), the text turns to another topic
(for instance a "more stories" block), or at an author blurb.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from .lexicon import INTERFACE_WORDS, MONTHS, READER_ADDRESS, STOP_WORDS, WEEKDAYS

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_TERMINAL = re.compile(r"""[.!?…:]["”’'»)\]}]*\s*(?:[—–-]+\s*\([^()]{2,60}\))?\s*$""")
_SHORTCODE = re.compile(r"\[/?[a-z][a-z0-9_]*(?:\s+[a-z_]+=|\])")
_IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b")
_GLUED = re.compile(r"\b[A-Z][a-z]{3,}[A-Z][a-z]+\b")
_TRUNCATED = re.compile(r"(\.\.\.|…)\s*$")
_URLISH = re.compile(r"https?://|www\.|\.com\b|@\w+\.")
_NAV_SEPARATORS = re.compile(r"\s[|/»›•·>]\s")
_PHOTO_CREDIT = re.compile(
    r"\((?:photo|image|picture|file photo)\b[^)]*\)|\b(?:photo|image|picture)s?\s*(?::|by\b|credit|courtesy)", re.IGNORECASE
)
_AUTHOR_BLURB = re.compile(
    r"^(?:the\s+)?(?:writer|author|columnist|reporter)s?\s+(?:is|are|was)\b"
    r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,4}"
    r"(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|analyst|fellow)\b"
)
_LABEL_ONLY = re.compile(r"^[\w ]{1,20}:\s*$")
_NOT_NAMES = STOP_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)

MIN_PROSE_WORDS = 8


class Kind(Enum):
    PROSE = "prose"
    HEADING = "heading"
    JUNK = "junk"


@dataclass(frozen=True, slots=True)
class Unit:
    """A line (or a hard-wrapped paragraph joined back) of the scrape."""

    text: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class CleanText:
    """What the cleaner found: title lines, body paragraphs and the lines it left out."""

    body: list[str]
    title: str | None
    subtitle: str | None
    header: list[str]  # lines before the body (for bylines, date labels)
    dropped: list[str]


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def classify(text: str, min_stop_ratio: float = 0.15) -> Kind:
    """The kind of one line, from its own features.

    ``min_stop_ratio`` is lowered to 0 for text in a language our stop words don't cover.
    """
    words = words_of(text)
    lowered = [w.lower().strip("'’") for w in words]
    if not words or _SHORTCODE.search(text) or _LABEL_ONLY.match(text):
        return Kind.JUNK
    if len(_IDENTIFIER.findall(text)) >= max(1, len(words) // 4):
        return Kind.JUNK
    interface = sum(1 for w in lowered if w in INTERFACE_WORDS)
    addressed = any(w in READER_ADDRESS for w in lowered)
    if interface >= 2 and (addressed or interface / len(words) >= 0.15):
        return Kind.JUNK
    if _PHOTO_CREDIT.search(text) or _URLISH.search(text) or len(_NAV_SEPARATORS.findall(text)) >= 2:
        return Kind.JUNK
    if _TRUNCATED.search(text) and len(words) <= 40:
        return Kind.JUNK  # a teaser of another story
    stop_ratio = sum(1 for w in lowered if w in STOP_WORDS) / len(words)
    ends_sentence = bool(_TERMINAL.search(text))
    size = max(len(words), len(text) // 8)  # scripts written without spaces count by characters
    if size >= MIN_PROSE_WORDS and stop_ratio >= min_stop_ratio and (ends_sentence or size >= 25):
        return Kind.PROSE
    if interface or (len(words) <= 6 and _GLUED.search(text)):
        return Kind.JUNK  # short furniture: "Search", "Skip to content", "Keep ReadingShow less"
    return Kind.HEADING


def split_units(text: str) -> list[str]:
    """Lines of the scrape; a hard-wrapped paragraph is joined back into one unit."""
    units: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if _hard_wrapped(lines):
            units.append(" ".join(lines))
        else:
            units.extend(lines)
    return [re.sub(r"[ \t\u00a0]+", " ", u) for u in units]


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    widths = [len(ln) for ln in lines[:-1]]
    return (
        min(widths) >= 40
        and max(len(ln) for ln in lines) <= 100
        and not any(_TERMINAL.search(ln) and len(ln) < 0.8 * max(widths) for ln in lines[:-1])
    )


class Topic:
    """Vocabulary of the article so far, to tell its paragraphs from other stories'."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.names: set[str] = set()

    def add(self, text: str) -> None:
        self.words |= _content_words(text)
        self.names |= _names(text)

    def established(self) -> bool:
        """Enough vocabulary to judge a change of topic."""
        return len(self.words) >= 30

    def continues(self, text: str) -> bool:
        if _names(text) & self.names:
            return True
        words = _content_words(text)
        return bool(words) and len(words & self.words) / len(words) >= 0.3


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in words_of(text) if len(w) >= 4 and w.lower() not in STOP_WORDS}


def _names(text: str) -> set[str]:
    return {w for w in words_of(text) if w[0].isupper() and not w.isupper() and w.lower() not in _NOT_NAMES}


def clean_text(text: str) -> CleanText:
    """Split a plain-text scrape into title, subtitle, body paragraphs and dropped lines."""
    texts = split_units(text)
    counts = Counter(texts)
    min_stop_ratio = 0.15 if _english_share(texts) >= 0.1 else 0.0
    units = [Unit(t, classify(t, min_stop_ratio)) for t in texts]
    start, end = _body_bounds(units)
    if start is None:
        start, end = _bare_statement(units)
    if start is None or end is None:
        return CleanText(body=[], title=None, subtitle=None, header=texts, dropped=texts)
    body = [u.text for u in units[start : end + 1] if u.kind is not Kind.JUNK]
    title, subtitle = _title_lines(units[:start], body[:3], counts)
    body = [b for b in body if b not in (title, subtitle)]
    dropped = [u.text for i, u in enumerate(units) if not (start <= i <= end) or u.kind is Kind.JUNK]
    return CleanText(body=body, title=title, subtitle=subtitle, header=texts[:start], dropped=dropped)


def _bare_statement(units: list[Unit]) -> tuple[int | None, int | None]:
    """A text of a sentence or two and nothing else ("Lt. Gen. Avril resigned yesterday ..."): names
    can push its stop words below the prose threshold, but with no furniture around it, its full
    sentences are the body."""
    if any(u.kind is Kind.JUNK for u in units):
        return None, None
    sentences = [i for i, u in enumerate(units) if _TERMINAL.search(u.text) and len(words_of(u.text)) >= MIN_PROSE_WORDS]
    return (sentences[0], sentences[-1]) if sentences else (None, None)


def _english_share(texts: list[str]) -> float:
    words = [w.lower() for t in texts for w in words_of(t)]
    return sum(1 for w in words if w in STOP_WORDS) / max(1, len(words))


def _body_bounds(units: list[Unit]) -> tuple[int | None, int | None]:
    """The largest run of prose on one topic: page text may hold several stories.

    A text with no page furniture at all is an article already cleaned (an archive export, a
    feed): it is kept whole, from its lead to its last paragraph, whatever its topics.
    """
    start = _lead(units)
    if start is not None and not any(u.kind is Kind.JUNK and words_of(u.text) for u in units):  # "___." is no furniture
        return start, max(i for i, u in enumerate(units) if u.kind is Kind.PROSE)
    best: tuple[int, int, int] | None = None  # (prose words, start, end)
    while start is not None:
        end, resume = _run(units, start)
        words = sum(len(words_of(u.text)) for u in units[start : end + 1] if u.kind is Kind.PROSE)
        if best is None or words > best[0]:
            best = (words, start, end)
        start = resume
    return (best[1], best[2]) if best else (None, None)


def _run(units: list[Unit], start: int) -> tuple[int, int | None]:
    """Where the run of prose from ``start`` ends, and where the next run starts (if any)."""
    topic = Topic()
    end = start
    broken = False  # a heading or debris since the last prose paragraph
    for i in range(start, len(units)):
        unit = units[i]
        if unit.kind is not Kind.PROSE:
            broken = True
            continue
        if _AUTHOR_BLURB.search(unit.text):
            return end, _lead(units, i + 1)
        if broken and topic.established() and not topic.continues(unit.text):
            return end, i
        topic.add(unit.text)
        end, broken = i, False
    return end, None


def _lead(units: list[Unit], after: int = 0) -> int | None:
    """The first prose unit that opens a run of prose (two of the next four units)."""
    prose = [i for i, u in enumerate(units) if u.kind is Kind.PROSE and i >= after]
    for i in prose:
        if sum(1 for u in units[i : i + 4] if u.kind is Kind.PROSE) >= 2:
            return i
    return prose[0] if prose else None


def _title_lines(header: list[Unit], lead: list[str], counts: Counter[str]) -> tuple[str | None, str | None]:
    candidates = [u.text for u in header if u.kind is Kind.HEADING and len(words_of(u.text)) >= 3]
    candidates = [c for c in candidates if not c.lower().startswith(("by ", "date", "published", "updated"))]
    if not candidates:
        return None, None
    lead_words = _content_words(" ".join(lead))
    repeated = [c for c in candidates if counts[c] > 1]
    related = [c for c in candidates if _content_words(c) & lead_words]
    title = (repeated or related or candidates[-1:])[0]
    after = candidates[candidates.index(title) + 1 :]
    subtitle = next((c for c in after if c != title), None)
    return title, subtitle
