"""Infer when a plain-text article was published, from the words of its header and body.

A scrape of a page's text has lost its metadata, and the dates it shows near the article
(captions of other stories, the day the page was saved) are not the publication date.
We read evidence from the article alone, each piece narrowing the set of possible days:

* a labelled date in the header ("Date: 5 June 2023") pins the day;
* office holders named with their title ("US President Joe Biden") bound the date to
  their term, "former ..." to after it, "the new administration led by ..." to its first weeks;
* dates the body mentions: a past event precedes publication, a coming one follows it;
* a weekday with a day number ("on Friday (25)") or a month and day without a year
  ("from June 29 to July 2") place the article within days of that date, once the
  other evidence settles the year.

Evidence that contradicts what is already known is set aside, not forced in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..knowledge.offices import TERMS, Term
from ..records import PublicationDate
from .lexicon import DATE_LABELS, MONTHS, WEEKDAYS

Interval = tuple[date, date]
EARLIEST = date(1990, 1, 1)
RECENT_PAST_DAYS = 7  # a weekday or month-day without a year names a day of the past week
UPCOMING_DAYS = 2  # reports of a scheduled event appear shortly before it
NEW_ADMINISTRATION_DAYS = 60

_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_WEEKDAY_NAMES = "|".join(d.capitalize() for d in WEEKDAYS)


def _month(group: str) -> str:
    return rf"(?P<{group}>{_MONTH_NAMES})\.?"


_YEAR = r"(?:19|20)\d\d"
_FULL_DATE = re.compile(
    rf"\b(?:{_month('month')}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{_YEAR})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_month('month2')}\s*,?\s+(?P<year2>{_YEAR}))\b"
)
_MONTH_YEAR = re.compile(rf"\b{_month('month')}\s+(?P<year>{_YEAR})\b")
_ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAMES})\s*\((?P<day>\d{{1,2}})\)"
    rf"|\b(?P<weekday2>{_WEEKDAY_NAMES}),?\s+{_month('month')}\s+(?P<day2>\d{{1,2}})\b(?!,?\s*{_YEAR})"
)
_MONTH_DAY = re.compile(
    rf"\b{_month('month')}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*{_YEAR})"
    rf"(?:\s*(?:to|until|till|through|and|-|–)\s*(?:{_month('month_end')}\s+)?(?P<day_end>\d{{1,2}})\b(?!,?\s*{_YEAR}))?"
)
_FUTURE = re.compile(
    r"\b(will|shall|is set to|are set to|scheduled|is expected to|are expected to|is due to|are due to|next|upcoming)\b", re.I
)
_NEW_ADMINISTRATION = re.compile(r"\bnew\b[^.]{0,40}\b(administration|government|cabinet)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’']*|$)")
_LABELLED = re.compile(r"^\s*(?:" + "|".join(DATE_LABELS) + r")\s*[:\-–]?\s*(?P<value>.*\d.*)$", re.I)


@dataclass(frozen=True, slots=True)
class Evidence:
    intervals: tuple[Interval, ...]
    text: str


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return [m[:3] for m in MONTHS].index(key) + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text.replace("\n", " ")) if s.strip()]


def labelled_date(header: Iterable[str]) -> PublicationDate | None:
    """A date given by a label in the page header, such as "Published: 05 Jun 2023"."""
    import dateparser  # slow to import; only needed for scrapes with a labelled date

    for line in header:
        match = _LABELLED.match(line)
        if not match:
            continue
        parsed = dateparser.parse(match["value"], settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"})
        if parsed is not None:
            day = parsed.date().isoformat()
            return PublicationDate(date=day, earliest=day, latest=day, evidence=line.strip(), method="dates.label.v1")
    return None


def office_evidence(sentence: str) -> Iterable[Evidence]:
    """Bounds from office holders named with a title: within, after, or early in their term."""
    lowered = sentence.lower()
    for person, terms in _TERMS_BY_PERSON.items():
        for at in sorted({m.start() for m in _NAME_PATTERNS[person].finditer(sentence)}):
            before = lowered[max(0, at - 60) : at]
            after = lowered[at : at + 80]
            held = [t for t in terms if _titled(before, after, t.titles) or "counterpart" in before[-30:]]
            if not held:
                continue
            if re.search(r"\b(former|ex-|ousted|late)\s*(?:[\w’'-]+\s+){0,3}$", before):
                yield Evidence(((date.fromisoformat(held[0].end or held[0].start), date.max),), sentence)
            elif _NEW_ADMINISTRATION.search(sentence):
                spans = tuple(
                    (date.fromisoformat(t.start), date.fromisoformat(t.start) + timedelta(NEW_ADMINISTRATION_DAYS)) for t in held
                )
                yield Evidence(spans, sentence)
            else:
                yield Evidence(tuple(_term_interval(t) for t in held), sentence)


def _term_interval(term: Term) -> Interval:
    return (date.fromisoformat(term.start), date.fromisoformat(term.end) if term.end else date.max)


def _titled(before: str, after: str, titles: tuple[str, ...]) -> bool:
    for title in titles:
        if re.search(rf"\b{re.escape(title)}\s+(?:[\w.’'-]+\s+){{0,1}}$", before):
            return True
        if re.match(rf"^[^,]{{0,40}},\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){{0,3}}{re.escape(title)}\b", after):
            return True
    return False


def _name_pattern(term: Term) -> re.Pattern[str]:
    """The person's names as one pattern, compiled once."""
    forms = []
    for name in (term.person, *term.aliases):
        first, *_, last = name.split()
        # a typo in the last letters of the surname still names the person ("Ashraf Ghan")
        stem = re.escape(last[: max(4, len(last) - 1)])
        forms.append(rf"\b{re.escape(first)}\s+(?:[\w.]+\s+){{0,2}}{stem}\w*\b" if first != last else rf"\b{stem}\w*\b")
    return re.compile("|".join(forms))


def _group_terms(terms: Iterable[Term]) -> dict[str, list[Term]]:
    grouped: dict[str, list[Term]] = {}
    for term in terms:
        grouped.setdefault(term.person, []).append(term)
    return grouped


_TERMS_BY_PERSON = _group_terms(TERMS)
_NAME_PATTERNS = {person: _name_pattern(terms[0]) for person, terms in _TERMS_BY_PERSON.items()}


def mentioned_dates(sentence: str) -> Iterable[Evidence]:
    """Bounds from full dates in the text: past events precede publication, coming ones follow it."""
    future = bool(_FUTURE.search(sentence))
    found: list[date] = []
    for m in _FULL_DATE.finditer(sentence):
        if m["month"]:
            day = _safe_date(int(m["year"]), month_number(m["month"]), int(m["day"]))
        else:
            day = _safe_date(int(m["year2"]), month_number(m["month2"]), int(m["day2"]))
        if day:
            found.append(day)
    for m in _ISO_DATE.finditer(sentence):
        day = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if day:
            found.append(day)
    if not found:
        for m in _MONTH_YEAR.finditer(sentence):
            found.append(date(int(m["year"]), month_number(m["month"]), 1))
    for day in found:
        yield Evidence(((date.min, day),) if future else ((day, date.max),), sentence)


def anchored_days(sentence: str, known: list[Interval]) -> Iterable[Evidence]:
    """Days without a year ("Friday (25)", "June 29 to July 2"), resolved within what is known."""
    future = bool(_FUTURE.search(sentence))
    lo, hi = known[0][0], known[-1][1]
    for m in _WEEKDAY_DAY.finditer(sentence):
        weekday = WEEKDAYS.index((m["weekday"] or m["weekday2"]).lower())
        day_number = int(m["day"] or m["day2"])
        month = month_number(m["month"]) if m["month"] else None
        days = [d for d in _days_between(lo, hi) if d.weekday() == weekday and d.day == day_number and month in (None, d.month)]
        if 0 < len(days) <= 12:
            yield Evidence(tuple(_around(d, d, future) for d in days), sentence)
    for m in _MONTH_DAY.finditer(sentence):
        if _WEEKDAY_DAY.search(sentence[max(0, m.start() - 12) : m.end()]):
            continue
        month, day = month_number(m["month"]), int(m["day"])
        end_month = month_number(m["month_end"]) if m["month_end"] else month
        spans = []
        for year in range(max(lo.year, EARLIEST.year), min(hi.year, date.today().year) + 1):
            start = _safe_date(year, month, day)
            end = _safe_date(year + (end_month < month), end_month, int(m["day_end"])) if m["day_end"] else start
            if start and end and end >= start:
                spans.append(_around(start, end, future))
        if 0 < len(spans) <= 3:
            yield Evidence(tuple(spans), sentence)


def _days_between(lo: date, hi: date) -> Iterable[date]:
    day, hi = max(lo, EARLIEST), min(hi, date.today())
    while day <= hi:
        yield day
        day += timedelta(1)


def _around(start: date, end: date, future: bool) -> Interval:
    if future:
        return (start - timedelta(UPCOMING_DAYS), end)
    return (start, end + timedelta(RECENT_PAST_DAYS))


def intersect(known: list[Interval], allowed: Iterable[Interval]) -> list[Interval]:
    out = [(max(a, c), min(b, d)) for a, b in known for c, d in allowed if max(a, c) <= min(b, d)]
    return sorted(out)


def infer_date(body: str, header: Iterable[str] = (), today: date | None = None) -> PublicationDate:
    """The publication date (or range) that the article's own words support."""
    header = list(header)
    labelled = labelled_date(header)
    if labelled is not None:
        return labelled
    today = today or date.today()
    known: list[Interval] = [(EARLIEST, today)]
    used: list[str] = []
    text_sentences = sentences(body)
    for gather in (office_evidence, mentioned_dates):
        for sentence in text_sentences:
            for evidence in gather(sentence):
                known, used = _apply(known, used, evidence)
    for sentence in text_sentences:
        for evidence in anchored_days(sentence, known):
            known, used = _apply(known, used, evidence)
    return _conclude(known, used, today)


def _apply(known: list[Interval], used: list[str], evidence: Evidence) -> tuple[list[Interval], list[str]]:
    narrowed = intersect(known, evidence.intervals)
    if not narrowed or narrowed == known:
        return known, used  # contradicts what we know, or adds nothing
    return narrowed, used + ([evidence.text] if evidence.text not in used else [])


def _conclude(known: list[Interval], used: list[str], today: date) -> PublicationDate:
    lo, hi = known[0][0], known[-1][1]
    if not used or (lo == EARLIEST and hi == today):
        return PublicationDate()
    evidence = " | ".join(used)
    if lo == hi:
        return PublicationDate(
            date=lo.isoformat(), earliest=lo.isoformat(), latest=hi.isoformat(), evidence=evidence, method="dates.text.v1"
        )
    return PublicationDate(earliest=lo.isoformat(), latest=hi.isoformat(), evidence=evidence, method="dates.text.v1")
