"""Quoted stretches of text, whatever the quote marks.

Marks are read by their surroundings, not only their glyph: a mark after a space and before a
letter opens, one after a letter and before a space or punctuation closes. That copes with
straight quotes, curly quotes, mismatched pairs (an opening `"` closed by `”`), quotes that
run over several paragraphs (each new paragraph reopens the quote without closing the last)
and single quotes, which are told from apostrophes by the same test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = "\"“”„‟«»"
_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPEN_BEFORE = " \t\n([{—–-/…"  # characters that may precede an opening mark
_CLOSE_AFTER = " \t\n.,;:!?)]}—–-…"  # characters that may follow a closing mark
_PARAGRAPH = re.compile(r"\n\s*\n")
_MAX_SINGLE = 400  # single-quoted stretches longer than this are apostrophes gone astray


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool  # False when the paragraph ended first (a quote continued or never closed)

    @property
    def inner(self) -> tuple[int, int]:
        return self.inner_start, self.inner_end


def quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch in ``text``, in order; single quotes only outside double ones."""
    spans: list[QuoteSpan] = []
    for start, end in _paragraphs(text):
        doubles = _scan(text, start, end, _double_marks(text, start, end))
        spans.extend(doubles)
        for gap_start, gap_end in _gaps(start, end, doubles):
            spans.extend(s for s in _scan(text, gap_start, gap_end, _single_marks(text, gap_start, gap_end)) if s.closed and s.end - s.start <= _MAX_SINGLE)
    spans.sort(key=lambda s: s.start)
    return _join_continued(text, spans)


def _join_continued(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quote left open at a paragraph's end and reopened at the next one's start is one quote."""
    out: list[QuoteSpan] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and not last.closed and "\n" in text[last.end : span.start] and not text[last.end : span.start].strip():
            out[-1] = QuoteSpan(last.start, span.end, last.inner_start, span.inner_end, span.closed)
        else:
            out.append(span)
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def _gaps(start: int, end: int, spans: list[QuoteSpan]) -> list[tuple[int, int]]:
    gaps, pos = [], start
    for s in spans:
        gaps.append((pos, s.start))
        pos = s.end
    gaps.append((pos, end))
    return [(s, e) for s, e in gaps if e > s]


# A mark: (offset, length, role) with role "open", "close" or "either".
Mark = tuple[int, int, str]


def _role(text: str, i: int, n: int, glyph_open: bool, glyph_close: bool) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    opens = (before in _OPEN_BEFORE or before in _DOUBLE) and not after.isspace()
    closes = not before.isspace() and (after in _CLOSE_AFTER or after in _DOUBLE or after in "’'")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if glyph_open:
        return "open"
    if glyph_close:
        return "close"
    return "either"


def _double_marks(text: str, start: int, end: int) -> list[Mark]:
    marks: list[Mark] = []
    i = start
    while i < end:
        c = text[i]
        if c in _DOUBLE:
            marks.append((i, 1, _role(text, i, 1, c in _DOUBLE_OPEN, c in _DOUBLE_CLOSE)))
        elif text.startswith("``", i) or text.startswith("''", i):
            marks.append((i, 2, _role(text, i, 2, c == "`", c == "'")))
            i += 1
        i += 1
    return marks


def _single_marks(text: str, start: int, end: int) -> list[Mark]:
    marks: list[Mark] = []
    for i in range(start, end):
        c = text[i]
        if c not in "'‘’":
            continue
        role = _role(text, i, 1, c == _SINGLE_OPEN, c == _SINGLE_CLOSE)
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: don't, Pakistan’s
        if role == "close" and before == "s" and not any(m[2] == "open" for m in marks):
            continue  # a plural possessive, not a closing quote
        if role != "either":
            marks.append((i, 1, role))
    return marks


def _scan(text: str, start: int, end: int, marks: list[Mark]) -> list[QuoteSpan]:
    """Pair marks left to right; an unclosed quote ends with the paragraph."""
    spans: list[QuoteSpan] = []
    opened: Mark | None = None
    floor = start  # nothing before this offset can belong to a new quote
    for mark in marks:
        i, n, role = mark
        if opened is None:
            if role in ("open", "either"):
                opened = mark
            elif role == "close" and text[i] != "'":
                orphan = _orphan(text, max(floor, start), i + n)  # a closing mark whose opener was lost
                if orphan is not None:
                    spans.append(orphan)
                    floor = i + n
            continue
        if role in ("close", "either"):
            spans.append(QuoteSpan(opened[0], i + n, opened[0] + opened[1], i, True))
            opened = None
            floor = i + n
        else:  # a second opener: the first quote was never closed
            spans.append(_unclosed(text, opened, i))
            opened = mark
    if opened is not None:
        spans.append(_unclosed(text, opened, end))
    return [s for s in spans if s.inner_end > s.inner_start and text[s.inner_start : s.inner_end].strip()]


_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s+")


def _orphan(text: str, floor: int, end: int) -> QuoteSpan | None:
    """A quote closed but never opened (the scrape lost the mark): it runs from its sentence's start."""
    begin = floor
    for m in _SENTENCE_END.finditer(text, floor, end - 2):
        begin = m.end()
    while begin < end and text[begin].isspace():
        begin += 1
    if end - begin < 2 or not text[begin].isalnum():
        return None
    return QuoteSpan(begin, end, begin, end - 1, True)


def _unclosed(text: str, opened: Mark, end: int) -> QuoteSpan:
    stop = end
    while stop > opened[0] and text[stop - 1].isspace():
        stop -= 1
    return QuoteSpan(opened[0], stop, opened[0] + opened[1], stop, False)
