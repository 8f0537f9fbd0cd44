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
) -> Claim:
    text = f"{value:,.0f}"
    return Claim(
        id=ident, article_id=article, measure=measure, value=value, unit=unit, text=text, start=0, end=len(text),
        qualifier=qualifier, claimant=claimant, subject=subject,
    )


def test_figures_that_cannot_both_hold_disagree():
    low = claim("c1", 40_000, article="a", claimant="Minister X")
    high = claim("c2", 55_000, article="b", claimant="Analyst Y", qualifier="over")
    found = find_disagreements([high, low])
    assert len(found) == 1
    disagreement = found[0]
    assert disagreement.values == (40_000, 55_000)
    assert disagreement.claim_ids == ("c1", "c2")
    assert disagreement.measure == "deaths"
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


def test_death_toll_and_deaths_are_one_measure():
    toll = claim("c1", 40_000, article="a", measure="death toll")
    deaths = claim("c2", 90_000, article="b", measure="deaths")
    found = find_disagreements([toll, deaths])
    assert len(found) == 1
    assert found[0].claim_ids == ("c1", "c2")
    assert found[0].values == (40_000, 90_000)


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
