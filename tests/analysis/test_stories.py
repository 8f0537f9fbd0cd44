"""Story clustering on hand-written reports about two fictional countries, Veloria and Kestrany."""

from __future__ import annotations

import datetime
import random
from dataclasses import replace

import pytest

from bilateral.analysis.stories import StoryDoc, cluster_stories

D = datetime.date

VISIT = (
    "Varnek arrives in Marbury for grain corridor talks. Veloria's Foreign Minister Ilsa Varnek landed in Marbury on Tuesday "
    "for two days of talks with her Kestrani counterpart Tomas Orlen. The ministers are expected to discuss reopening the "
    "northern grain corridor and cutting port fees at Sellin, officials in Dornholt said."
)

DOCS = [
    StoryDoc("herald-visit", D(2025, 3, 4), VISIT),
    StoryDoc(
        "daily-visit",
        D(2025, 3, 5),
        "Kestrany and Veloria agree to reopen northern grain route after Marbury meeting. Foreign Minister Tomas Orlen hosted "
        "his Velorian counterpart Ilsa Varnek in the capital, where both sides agreed to restart grain shipments through the "
        "northern corridor. Orlen told reporters that charges at Sellin port would be reviewed by June.",
    ),
    StoryDoc(
        "wire-visit",
        D(2025, 3, 4),
        "Velorian top diplomat visits Kestrany. MARBURY - Ilsa Varnek, Veloria's foreign minister, began a visit to Kestrany "
        "on Tuesday focused on grain exports and shipping charges, her office said.",
    ),
    StoryDoc(
        "herald-trawler",
        D(2025, 3, 4),
        "Kestrany coast guard detains Velorian fishing trawler. Kestrany's coast guard seized a Velorian fishing boat and its "
        "crew of eleven off the Harl islands on Tuesday, saying it had entered a protected zone. Veloria's embassy in Marbury "
        "demanded consular access to the crew.",
    ),
    StoryDoc(
        "daily-rates",
        D(2025, 3, 4),
        "Veloria central bank holds interest rate at 4.5 percent. The Bank of Veloria left its main rate unchanged on Tuesday, "
        "citing slowing inflation and weak demand for exports, including grain.",
    ),
    StoryDoc(
        "daily-embassy",
        D(2025, 3, 5),
        "Veloria protests over embassy guard cuts. Veloria's foreign ministry summoned Kestrany's ambassador on Wednesday to "
        "protest a decision to reduce police protection at its embassy in Marbury.",
    ),
    StoryDoc(
        "daily-drill",
        D(2025, 3, 6),
        "Veloria and Kestrany hold joint flood drill on the Ostra. Rescue teams from both countries practised evacuating "
        "villages along the Ostra river on Thursday, the first joint exercise since 2019, Kestrany's interior ministry said.",
    ),
    StoryDoc(
        "herald-tariffs",
        D(2025, 3, 10),
        "Kestrani president slams Velorian steel tariffs. President Mirela Sand of Kestrany on Monday called Veloria's new "
        "25 percent duties on steel a betrayal of the 2019 trade pact and said Marbury would take the matter to arbitration.",
    ),
    StoryDoc(
        "wire-tariffs",
        D(2025, 3, 11),
        "Sand threatens arbitration over Veloria's steel duties. Kestrany will seek arbitration unless Veloria withdraws its 25 "
        "percent tariff on Kestrani steel, President Mirela Sand said, calling the measure a breach of the 2019 trade agreement.",
    ),
    # The same report again a month later (a second visit, or a republished item): a new story.
    StoryDoc("herald-visit-later", D(2025, 4, 3), VISIT),
]


def stories_of(result: dict[str, str]) -> set[frozenset[str]]:
    members: dict[str, set[str]] = {}
    for article_id, story_id in result.items():
        members.setdefault(story_id, set()).add(article_id)
    return {frozenset(group) for group in members.values()}


def with_keys(docs: list[StoryDoc], keys: dict[str, frozenset[str]]) -> list[StoryDoc]:
    return [replace(doc, keys=keys.get(doc.article_id, doc.keys)) for doc in docs]


def test_stories_group_reports_of_one_event_and_nothing_else() -> None:
    assert stories_of(cluster_stories(DOCS)) == {
        frozenset({"herald-visit", "daily-visit", "wire-visit"}),
        frozenset({"herald-tariffs", "wire-tariffs"}),
        frozenset({"herald-trawler"}),
        frozenset({"daily-rates"}),
        frozenset({"daily-embassy"}),
        frozenset({"daily-drill"}),
        frozenset({"herald-visit-later"}),
    }


def test_stories_id_is_earliest_member_by_date_then_id() -> None:
    result = cluster_stories(DOCS)
    # herald-visit and wire-visit share the earliest date; the article_id breaks the tie
    assert {result[a] for a in ("herald-visit", "daily-visit", "wire-visit")} == {"herald-visit"}
    assert result["wire-tariffs"] == "herald-tariffs"
    assert result["daily-rates"] == "daily-rates"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("herald-visit", "herald-trawler"),  # same day, same two countries, same capital named
        ("herald-trawler", "daily-embassy"),  # both about Veloria's embassy in Marbury
        ("wire-visit", "daily-rates"),  # both mention grain exports on Tuesday
        ("herald-visit", "herald-visit-later"),  # identical text, 30 days apart
    ],
)
def test_stories_keep_different_events_apart(first: str, second: str) -> None:
    result = cluster_stories(DOCS)
    assert result[first] != result[second]


@pytest.mark.parametrize(("window_days", "joined"), [(0, False), (1, True)])
def test_stories_window_bounds_the_date_gap(window_days: int, joined: bool) -> None:
    result = cluster_stories(DOCS, window_days=window_days)
    assert result["wire-visit"] == "herald-visit"  # same day
    assert (result["daily-visit"] == "herald-visit") is joined  # one day later


def test_stories_wide_window_joins_identical_reports_a_month_apart() -> None:
    assert cluster_stories(DOCS, window_days=30)["herald-visit-later"] == "herald-visit"


def test_stories_shared_keys_tip_a_borderline_pair() -> None:
    keys = frozenset({"KES>VEL:11", "actor:veloria-embassy-marbury"})
    result = cluster_stories(with_keys(DOCS, {"herald-trawler": keys, "daily-embassy": keys}))
    assert result["daily-embassy"] == "herald-trawler"


def test_stories_shared_keys_alone_do_not_group() -> None:
    keys = frozenset({"VEL>KES:04"})
    result = cluster_stories(with_keys(DOCS, {"daily-rates": keys, "daily-drill": keys}))
    assert result["daily-drill"] == "daily-drill"


def test_stories_undated_reports_match_only_each_other() -> None:
    undated = [StoryDoc("undated-b", None, VISIT), StoryDoc("undated-a", None, VISIT)]
    result = cluster_stories(DOCS + undated)
    assert result["undated-b"] == result["undated-a"] == "undated-a"
    assert result["herald-visit"] == "herald-visit"


def test_stories_do_not_depend_on_input_order() -> None:
    shuffled = list(DOCS)
    random.Random(7).shuffle(shuffled)
    assert cluster_stories(shuffled) == cluster_stories(DOCS)
    assert cluster_stories(DOCS[::-1]) == cluster_stories(DOCS)


def test_stories_empty_input_and_empty_texts() -> None:
    assert cluster_stories([]) == {}
    blank = [StoryDoc("a", D(2025, 1, 1), ""), StoryDoc("b", D(2025, 1, 1), "the and of")]
    assert cluster_stories(blank) == {"a": "a", "b": "b"}


@pytest.mark.parametrize(
    ("docs", "options"),
    [
        ([StoryDoc("a", None, "x"), StoryDoc("a", None, "y")], {}),
        (DOCS, {"window_days": -1}),
        (DOCS, {"threshold": 0.0}),
    ],
)
def test_stories_reject_bad_input(docs: list[StoryDoc], options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        cluster_stories(docs, **options)  # type: ignore[arg-type]
