from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from bilateral.ingest.dates import infer_date
from bilateral.knowledge.offices import TERMS

TODAY = date(2026, 1, 1)


def test_offices_dates_are_iso_and_start_before_end() -> None:
    for term in TERMS:
        start = date.fromisoformat(term.start)
        assert term.start == start.isoformat(), term
        if term.end is not None:
            end = date.fromisoformat(term.end)
            assert term.end == end.isoformat(), term
            assert start < end, term


def test_offices_countries_are_iso3_codes() -> None:
    for term in TERMS:
        assert re.fullmatch(r"[A-Z]{3}", term.country), term


def test_offices_no_duplicate_person_office_start() -> None:
    seen: set[tuple[str, str, str]] = set()
    for term in TERMS:
        key = (term.person, term.office, term.start)
        assert key not in seen, key
        seen.add(key)


def test_offices_terms_of_one_office_do_not_overlap_for_one_person() -> None:
    by_holder: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for term in TERMS:
        end = date.fromisoformat(term.end) if term.end else date.max
        by_holder[(term.person, term.office)].append((date.fromisoformat(term.start), end))
    for holder, spans in by_holder.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, holder


def test_offices_names_and_titles_are_usable_by_the_dates_module() -> None:
    for term in TERMS:
        # the dates module needs a first and a last name to build its pattern
        for name in (term.person, *term.aliases):
            assert len(name.split()) >= 2 and name == name.strip(), (term.person, name)
        assert term.person not in term.aliases, term
        assert len(set(term.aliases)) == len(term.aliases), term
        assert term.titles, term
        for title in term.titles:
            assert title == title.lower() and title == title.strip() and title, (term.person, title)


def test_offices_rows_of_one_person_share_aliases() -> None:
    # the dates module builds a person's name pattern from the first row only
    aliases: dict[str, tuple[str, ...]] = {}
    for term in TERMS:
        assert aliases.setdefault(term.person, term.aliases) == term.aliases, term.person


def test_offices_rows_are_sorted_by_country_office_start() -> None:
    keys = [(term.country, term.office, term.start) for term in TERMS]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("body", "earliest", "latest"),
    [
        ("Field Marshal Asim Munir met the delegation.", "2025-05-20", "2026-01-01"),
        ("Army chief Gen Asim Munir met the delegation.", "2022-11-29", "2026-01-01"),
        ("DG ISPR Maj Gen Asif Ghafoor told reporters in Rawalpindi.", "2016-12-25", "2020-02-01"),
    ],
)
def test_offices_titles_bound_publication_dates(body: str, earliest: str, latest: str) -> None:
    found = infer_date(body, today=TODAY)
    assert (found.earliest, found.latest) == (earliest, latest)
