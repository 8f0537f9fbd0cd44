"""Numeric claims on short texts written for these tests."""

from __future__ import annotations

import pytest

from bilateral.claims import find_claims
from bilateral.records import Article, Claim

TEXTS = {
    "indirect": "Prime Minister Imran Khan told parliament that 70,000 Pakistanis had died in the war.",
    "direct": '"More than 80,000 Pakistanis died in that war," Prime Minister Imran Khan said.',
    "floods": "The floods caused losses of over $30 billion (£24 bn).",
    "budget": "The government approved Rs 2.5 trillion ($9 billion) for the budget.",
    "no_figure": "Relations between the two countries have improved since the visit.",
    "paragraph": (
        "The minister arrived on Monday. The monsoon floods caused losses of over $30 billion (£24 bn), officials said. "
        "The government approved Rs 2.5 trillion ($9 billion) for the budget."
    ),
}


@pytest.fixture(scope="module")
def found(analyse_batch) -> dict[str, tuple[Article, tuple[Claim, ...]]]:
    """Every text parsed once, in one batch, and run through actors, quotes and claims."""
    return analyse_batch(TEXTS, find_claims)


def only(found, name: str) -> Claim:
    claims = found[name][1]
    assert len(claims) == 1, [(c.text, c.value, c.unit, c.measure) for c in claims]
    return claims[0]


def test_deaths_in_reported_speech_are_the_speakers_claim(found):
    claim = only(found, "indirect")
    assert claim.value == 70_000
    assert claim.unit == "people"
    assert "deaths" in claim.measure
    assert claim.qualifier is None
    assert claim.claimant == "Imran Khan"
    assert claim.subject == "Pakistan"
    assert claim.quote_id is not None


def test_deaths_in_a_direct_quote_with_more_than(found):
    claim = only(found, "direct")
    assert (claim.value, claim.unit, claim.qualifier) == (80_000, "people", "over")
    assert "deaths" in claim.measure
    assert claim.claimant == "Imran Khan"
    assert claim.text == "80,000"


def test_dollar_losses_with_a_sterling_conversion(found):
    claim = only(found, "floods")
    assert claim.value == 3e10
    assert claim.unit == "USD"
    assert claim.qualifier == "over"
    assert claim.usd_value == 3e10
    assert "losses" in claim.measure
    assert claim.text == "$30 billion"


def test_rupees_carry_their_dollar_value(found):
    claim = only(found, "budget")
    assert claim.value == 2.5e12
    assert claim.unit == "PKR"
    assert claim.usd_value == 9e9
    assert claim.measure == "budget"


def test_a_number_that_only_describes_is_no_claim(found):
    assert found["no_figure"][1] == ()


def test_claim_offsets_point_into_the_body(found):
    checked = 0
    for article, claims in found.values():
        for claim in claims:
            assert article.body[claim.start : claim.end] == claim.text
            assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
            checked += 1
    assert checked >= 6
    article, claims = found["paragraph"]
    assert [c.text for c in claims] == ["$30 billion", "Rs 2.5 trillion"]
    assert all(c.start > len("The minister arrived on Monday.") for c in claims)
