"""Clean plain-text scrapes: separate the article from the page furniture around it.

Existing extractors work on HTML trees; a text scrape has lost its tree, so we classify
lines instead. Each line gets general features (length, stop-word density, closing
punctuation, words of site furniture, markup debris, truncation, repetition) and a kind:
``prose``, ``heading`` or ``junk``. The article is the longest run of prose; it ends where,
after a break in the prose (a heading or debris), the text turns to another topic
(for instance a "more stories" block), or at an author blurb.

Short texts are articles too: a headline, a wire line, a sentence of three words, a list of
headlines. When no run of prose is found, or the input is a few lines with no furniture, the
lines that read as sentences or headlines are the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from .lexicon import BYLINE_PREFIXES, INTERFACE_WORDS, MONTHS, READER_ADDRESS, STOP_WORDS, WEEKDAYS

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_TERMINAL = re.compile(r"""[.!?…:]["”’'»)\]}]*\s*(?:[—–-]+\s*\([^()]{2,60}\))?\s*$""")
_STATEMENT_END = re.compile(r"""[.?]["”’'»)\]]*\s*$""")
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
_MARKUP = re.compile(r"</?[a-zA-Z!][^<>]*>|[<>]{2,}")
_LABEL_ONLY = re.compile(r"^[\w ]{1,20}:\s*$")
_NOT_NAMES = STOP_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)
_DATE_WORDS = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | frozenset(m[:3] for m in MONTHS)
    | frozenset({"sept", "am", "pm", "gmt", "utc", "pst", "est", "ist", "pkt", "a.m", "p.m", "th", "st", "nd", "rd"})
)

MIN_PROSE_WORDS = 8
MIN_TEXT_WORDS = 3  # a sentence or headline naming who did what: "Egypt thanked Sudan."
FEW_LINES = 6  # an input of at most this many lines and no furniture is read line by line
FEW_AMID_FURNITURE = 3  # text lines that still make an article when furniture sits beside them


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


def classify(text: str, min_stop_ratio: float = 0.15, lenient: bool = False) -> Kind:
    """The kind of one line, from its own features.

    ``min_stop_ratio`` is lowered to 0 for text in a language our stop words don't cover.
    A short line that uses one word of furniture is furniture unless it closes a sentence
    ("The ministry declined to comment."); ``lenient`` also lets a headline use one ("Chile and
    Peru sign accord"), for texts that hold little else.
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
    uses_word = _uses_interface_word(lowered, interface, addressed) and (lenient or _closes_sentence(text))
    if (interface and not uses_word) or (len(words) <= 6 and _GLUED.search(text)):
        return Kind.JUNK  # short furniture: "Search", "Skip to content", "Keep ReadingShow less"
    return Kind.HEADING


def _uses_interface_word(lowered: list[str], interface: int, addressed: bool) -> bool:
    """A headline or short sentence that merely uses one word of furniture ("Chile and Peru sign
    accord", "The ministry declined to comment."): furniture leads with its word ("Share this",
    "Read more") or speaks to the reader."""
    return interface == 1 and len(lowered) >= 4 and lowered[0] not in INTERFACE_WORDS and not addressed


def _closes_sentence(text: str) -> bool:
    """A statement's full stop or a question mark, not a shouted "NOW ON YOUTUBE!" or a lead-in
    ("Leave a comment:")."""
    return bool(_STATEMENT_END.search(text)) and not text.isupper()


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
    capitals = [_all_capitals(ln) for ln in lines]
    if any(capitals) and not all(capitals):
        return False  # a wire headline in capitals over its lead
    if not any(_TERMINAL.search(ln) for ln in lines) and all(_opens_line(ln) for ln in lines):
        return False  # a list of headlines: a wrapped paragraph ends a sentence, and breaks mid-phrase
    return (
        min(widths) >= 40
        and max(len(ln) for ln in lines) <= 100
        and not any(_TERMINAL.search(ln) and len(ln) < 0.8 * max(widths) for ln in lines[:-1])
    )


def _all_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 10 and all(c.isupper() for c in letters)


def _opens_line(line: str) -> bool:
    first = line.lstrip("\"'“‘«([-–— ")[:1]
    return first.isupper() or first.isdigit()


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
    if not any(_furniture(u) and words_of(u.text) for u in units):
        # no furniture at all: a headline may use a word of it ("Chile and Peru sign accord")
        units = [Unit(t, classify(t, min_stop_ratio, lenient=True)) for t in texts]
    start, end = _body_bounds(units)
    if start is not None and end is not None:
        kept = [i for i in range(start, end + 1) if units[i].kind is not Kind.JUNK]
    else:
        kept = _text_lines(units)
    if not kept:
        return CleanText(body=[], title=None, subtitle=None, header=texts, dropped=texts)
    start = kept[0]
    body = [units[i].text for i in kept]
    title, subtitle = _title_lines(units[:start], body[:3], counts)
    body = [b for b in body if b not in (title, subtitle)]
    in_body = set(kept)
    dropped = [u.text for i, u in enumerate(units) if i not in in_body]
    return CleanText(body=body, title=title, subtitle=subtitle, header=texts[:start], dropped=dropped)


def reads_as_text(unit: Unit) -> bool:
    """A sentence or a headline, however short: not furniture, at least ``MIN_TEXT_WORDS`` words
    of letters, not a bare date, time stamp, byline or label ("Updated May 3, 2016 8:58 PM"), no
    markup debris."""
    if _furniture(unit) or _MARKUP.search(unit.text):
        return False
    words = [w for w in words_of(unit.text) if len(w) >= 2 or w.isupper()]
    dated = [w for w in words if w.lower().rstrip(".") in _DATE_WORDS]
    if len(words) - len(dated) < MIN_TEXT_WORDS and len(unit.text) // 8 < MIN_TEXT_WORDS:
        return False
    return not _byline(unit.text)


def _byline(text: str) -> bool:
    """A byline ("By Jane Roe and John Doe"), not a sentence ("By Tuesday the talks had stalled.")."""
    lowered = text.lower()
    prefix = next((p for p in BYLINE_PREFIXES if lowered.startswith(p)), None)
    if prefix is None or _ends_like_sentence(text):
        return False
    names = [w for w in words_of(text[len(prefix) :]) if w.lower() not in ("and", "in", "for")]
    return len(names) <= 6 and all(w[0].isupper() for w in names)


def _furniture(unit: Unit) -> bool:
    """Junk even to a lenient eye: not a headline that merely uses a word of furniture."""
    return unit.kind is Kind.JUNK and classify(unit.text, lenient=True) is Kind.JUNK


def _ends_like_sentence(text: str) -> bool:
    """Closing punctuation, or a closing quote or semicolon a sentence can end on in a short input."""
    return bool(_TERMINAL.search(text)) or text.rstrip().endswith((";", '"', "”", "’", "»"))


def _text_lines(units: list[Unit]) -> list[int]:
    """The body of a text with no run of prose: a headline, a short sentence, a wire alert, a
    list of them. With no furniture every line that reads as text is kept; beside furniture
    ("Share this"), only a few such lines that outnumber it make an article (not a menu, not an
    error page)."""
    lines = [i for i, u in enumerate(units) if reads_as_text(u)]
    furniture = sum(1 for u in units if _furniture(u) and words_of(u.text))
    if furniture and (len(lines) > FEW_AMID_FURNITURE or furniture > len(lines)):
        return []
    return lines


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
        return _whole_text(units, start)
    best: tuple[int, int, int] | None = None  # (prose words, start, end)
    while start is not None:
        end, resume = _run(units, start)
        words = sum(len(words_of(u.text)) for u in units[start : end + 1] if u.kind is Kind.PROSE)
        if best is None or words > best[0]:
            best = (words, start, end)
        start = resume
    return (best[1], best[2]) if best else (None, None)


def _whole_text(units: list[Unit], start: int) -> tuple[int, int]:
    """Bounds of a text with no furniture: from its lead to its last paragraph, which may be a short
    sentence ("He declined to comment."); in an input of a few lines (a wire alert, a list of
    sentences) to its last line of text. Lines before the lead are the header (a headline, often
    closed by a full stop in archives, stays the title)."""
    end = max(i for i, u in enumerate(units) if u.kind is Kind.PROSE)
    text = [i for i, u in enumerate(units) if reads_as_text(u)]
    if len(units) > FEW_LINES:
        text = [i for i in text if _ends_like_sentence(units[i].text)]
    return start, max([end, *text])


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
