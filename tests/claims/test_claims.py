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
    "carried": "Foreign Minister Ishaq Dar underlined the nation's resolve. Pakistan has sacrificed over 80,000 lives, he added.",
    "next_sentence": "Foreign Minister Ishaq Dar stressed that the nation stood firm. Pakistan has sacrificed over 80,000 lives.",
    "not_speech": "Foreign Minister Ishaq Dar praised the troops. Pakistan has sacrificed over 80,000 lives.",
    "scope_paragraph": "The war on terror changed the region. Pakistan has lost 70,000 people, officials say.\nThe floods of 2022 were worse.",
    "given": "The United States has given Pakistan $33 billion in aid since 2002.",
    "population": "Officials hope for more investment in the nation of 53 million people.",
    "vague": "Thousands of refugees fled Syria last year.",
    "uncategorised": "The museum displays 37,000 objects.",
    "agent_country": "American drone strikes killed 40 people in the tribal areas.",
    "speech_run": (
        '"Our ties during the war on terror were lopsided," Prime Minister Imran Khan said.\nHe spoke for an hour.\n'
        '"More than 70,000 Pakistanis died," he said.'
    ),
    "own_setting": (
        '"We lost four Americans in the war on terror last year," Senator Jane Moss said.\n'
        '"We lost 241 Americans when Reagan was president, in Beirut," she said.'
    ),
    "plan": "Senator Jane Moss wants to give Pakistan $2 billion in aid next year.",
    "estimate": "The Pakistani finance minister, Ishaq Dar, estimated that the floods caused losses of $30 billion.",
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
    assert claim.measure_id == "budget" and claim.measure == "budget"


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


def test_a_figure_after_a_statement_in_its_paragraph_is_the_speakers(found):
    for name in ("carried", "next_sentence"):
        claim = only(found, name)
        assert (claim.measure_id, claim.subject, claim.claimant, claim.qualifier) == ("deaths", "Pakistan", "Ishaq Dar", "over"), name
    praised = only(found, "not_speech")
    assert praised.claimant != "Ishaq Dar" and praised.claimed_by != "paragraph"


def test_a_scope_named_in_the_paragraph_is_the_figures(found):
    claim = only(found, "scope_paragraph")
    assert (claim.measure_id, claim.scope, claim.measure) == ("deaths", "the war on terror", "deaths in the war on terror")


def test_aid_given_is_the_receivers_and_since_a_year_runs_to_the_article(found):
    article, claims = found["given"]
    claim = only(found, "given")
    assert (claim.measure_id, claim.subject, claim.period_start) == ("aid", "Pakistan", 2002)
    assert claim.period_end == int(article.published.date[:4]) if article.published.date else claim.period_end is None


def test_people_of_a_place_are_its_population_and_vague_counts_count_their_noun(found):
    assert only(found, "population").measure_id == "population"
    vague = only(found, "vague")
    assert (vague.unit, vague.measure_id, vague.qualifier) == ("people", "refugees", "over")


def test_a_figure_no_measure_fits_is_an_uncategorised_amount(found):
    claim = only(found, "uncategorised")
    assert (claim.measure_id, claim.unit) == ("amount", "objects")


def test_the_country_of_those_who_did_it_is_not_whose_figure_it_is(found):
    assert only(found, "agent_country").subject is None


def test_two_officials_death_tolls_in_two_articles_disagree(analyse_batch):
    from bilateral.analysis.disagreements import find_disagreements

    texts = {
        "first": '"More than 80,000 Pakistanis have died in the war on terror," the Pakistani foreign minister, Ishaq Dar, said.',
        "second": "Prime Minister Imran Khan addressed the assembly on the war on terror. He said that 70,000 Pakistanis had died.",
    }
    claims = [c for _, found in analyse_batch(texts, find_claims).values() for c in found]
    assert {(c.measure, c.subject) for c in claims} == {("deaths in the war on terror", "Pakistan")}
    found = find_disagreements(claims)
    assert [d.kind for d in found] == ["conflict"] and sorted(found[0].values) == [70_000, 80_000]


def test_a_plan_reported_is_the_writers_account_and_an_estimate_the_speakers(found):
    plan = only(found, "plan")
    assert (plan.measure_id, plan.subject, plan.claimant_key) == ("aid", "Pakistan", None)
    assert plan.claimed_by in (None, "outlet")  # the outlet's, when the article names one
    estimate = only(found, "estimate")
    assert (estimate.measure_id, estimate.claimant, estimate.claimed_by, estimate.scope) == ("economic_losses", "Ishaq Dar", "quote", "the floods")


def test_a_speakers_scope_runs_on_through_the_speech(found):
    claim = only(found, "speech_run")
    assert (claim.measure, claim.claimant, claim.subject) == ("deaths in the war on terror", "Imran Khan", "Pakistan")


def test_a_figure_set_in_a_place_of_its_own_takes_no_earlier_scope(found):
    beirut = [c for c in found["own_setting"][1] if c.value == 241]
    assert beirut and beirut[0].scope is None and beirut[0].measure == "deaths"
