"""Disagreements between claims, on Claim records built by hand."""

from __future__ import annotations

import math

import pytest

from bilateral.analysis.disagreements import claim_range, find_disagreements
from bilateral.records import Claim


def claim(
    ident: str,
    value: float,
    *,
    article: str = "a",
    claimant: str | None = None,
    qualifier: str | None = None,
    measure: str = "deaths",
    unit: str = "people",
    subject: str | None = "Pakistan",
    scope: str | None = "the war on terror",
    period: tuple[int, int] | None = None,
) -> Claim:
    text = f"{value:,.0f}"
    return Claim(
        id=ident, article_id=article, measure=measure + (f" in {scope}" if scope else ""), value=value, unit=unit, text=text, start=0,
        end=len(text), qualifier=qualifier, claimant=claimant, subject=subject, measure_id=measure, scope=scope,
        period_start=period[0] if period else None, period_end=period[1] if period else None,
    )


def test_figures_that_cannot_both_hold_disagree():
    low = claim("c1", 40_000, article="a", claimant="Minister X")
    high = claim("c2", 55_000, article="b", claimant="Analyst Y", qualifier="over")
    found = find_disagreements([high, low])
    assert len(found) == 1
    disagreement = found[0]
    assert disagreement.values == (40_000, 55_000)
    assert disagreement.claim_ids == ("c1", "c2")
    assert disagreement.measure == "deaths in the war on terror"
    assert "40,000" in disagreement.note and "55,000" in disagreement.note
    assert "Minister X" in disagreement.note and "Analyst Y" in disagreement.note


def test_rounding_is_no_disagreement():
    assert find_disagreements([claim("c1", 70_000, article="a"), claim("c2", 70_500, article="b")]) == []


def test_about_covers_a_nearby_figure():
    first = claim("c1", 50_000, article="a", qualifier="about")
    second = claim("c2", 53_000, article="b")
    assert find_disagreements([first, second]) == []


def test_same_article_and_claimant_is_no_disagreement():
    first = claim("c1", 40_000, article="a", claimant="Minister X")
    second = claim("c2", 90_000, article="a", claimant="Minister X")
    assert find_disagreements([first, second]) == []
    # The same figures from another article do disagree: it is the shared source that rules it out.
    assert len(find_disagreements([first, claim("c3", 90_000, article="b", claimant="Minister X")])) == 1


def test_different_measures_do_not_disagree():
    deaths = claim("c1", 40_000, article="a", measure="deaths")
    injuries = claim("c2", 90_000, article="b", measure="injuries")
    assert find_disagreements([deaths, injuries]) == []


def test_an_uncategorised_amount_a_share_or_a_figure_of_no_one_is_never_compared():
    assert find_disagreements([claim("c1", 150e9, article="a", measure="amount", unit="USD"),
                               claim("c2", 916e6, article="b", measure="amount", unit="USD")]) == []
    assert find_disagreements([claim("c1", 10, article="a", measure="share", unit="percent"),
                               claim("c2", 60, article="b", measure="share", unit="percent")]) == []
    assert find_disagreements([claim("c1", 40_000, article="a", subject=None), claim("c2", 90_000, article="b", subject=None)]) == []
    assert find_disagreements([claim("c1", 40_000, article="a", scope=None), claim("c2", 90_000, article="b", scope=None)]) == []


def test_figures_of_other_scopes_or_years_are_not_compared():
    war = claim("c1", 70_000, article="a", scope="the war on terror")
    floods = claim("c2", 1_700, article="b", scope="the floods")
    assert find_disagreements([war, floods]) == []
    early = claim("c3", 2_000, article="a", period=(2009, 2009))
    late = claim("c4", 9_000, article="b", period=(2014, 2015))
    assert find_disagreements([early, late]) == []
    assert len(find_disagreements([early, claim("c5", 9_000, article="b", period=(2008, 2010))])) == 1


def test_figures_that_can_both_hold_but_differ_notably_differ():
    over = claim("c1", 60_000, article="a", claimant="X", qualifier="over")
    plain = claim("c2", 70_000, article="b", claimant="Y")
    found = find_disagreements([over, plain])
    assert [d.kind for d in found] == ["differ"]
    assert found[0].subject == "Pakistan"
    assert find_disagreements([claim("c3", 70_000, article="a"), claim("c4", 72_000, article="b")]) == []


def test_one_story_by_one_outlet_is_one_source():
    first, second = claim("c1", 40_000, article="a"), claim("c2", 90_000, article="b")
    same_outlet = {"a": ("s1", "Dawn"), "b": ("s1", "Dawn")}
    assert find_disagreements([first, second], same_outlet) == []
    other_outlets = {"a": ("s1", "Dawn"), "b": ("s1", "Reuters")}
    assert len(find_disagreements([first, second], other_outlets)) == 1


def test_notes_write_figures_as_people_do():
    found = find_disagreements([claim("c1", 150e9, article="a", measure="economic_losses", unit="USD", claimant="X"),
                                claim("c2", 68e9, article="b", measure="economic_losses", unit="USD", claimant="Y")])
    assert "$150 billion" in found[0].note and "$68 billion" in found[0].note


def test_disagreements_are_independent_of_input_order():
    claims = [
        claim("c1", 40_000, article="a", claimant="X"),
        claim("c2", 55_000, article="b", claimant="Y", qualifier="over"),
        claim("c3", 90_000, article="c", measure="injuries"),
        claim("c4", 10_000, article="d", measure="injuries"),
    ]
    assert find_disagreements(claims) == find_disagreements(list(reversed(claims)))


@pytest.mark.parametrize(
    ("qualifier", "low", "high"),
    [
        (None, 95.0, 105.0),
        ("about", 90.0, 110.0),
        ("over", 100.0, math.inf),
        ("at least", 100.0, math.inf),
        ("under", 0.0, 100.0),
        ("up to", 0.0, 100.0),
        ("nearly", 90.0, 100.0),
    ],
)
def test_claim_range(qualifier: str | None, low: float, high: float):
    got_low, got_high = claim_range(claim("c1", 100, qualifier=qualifier))
    assert got_low == pytest.approx(low)
    assert got_high == pytest.approx(high)
