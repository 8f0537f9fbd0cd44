import dataclasses

import pytest

from bilateral.claims.numbers import Amount, find_amounts


def amounts(text: str) -> list[Amount]:
    found = find_amounts(text)
    for amount in (*found, *(alt for a in found for alt in a.alternatives)):
        assert text[amount.start : amount.end] == amount.text
    return found


def only(text: str) -> Amount:
    found = amounts(text)
    assert len(found) == 1, [a.text for a in found]
    return found[0]


def texts(text: str) -> list[str]:
    return [a.text for a in amounts(text)]


def values(text: str) -> list[float]:
    return [a.value for a in amounts(text)]


# --- figures ---------------------------------------------------------------------------------------


def test_digits_with_separators_and_decimals():
    text = "The port handled 48,000 containers, 2,345,678 tonnes of cargo and a 3.75 rise in fees."
    assert texts(text) == ["48,000", "2,345,678", "3.75"]
    assert values(text) == [48_000, 2_345_678, 3.75]


def test_south_asian_grouping():
    assert values("The scheme covers 2,40,000 farmers and 12,34,567 acres.") == [240_000, 1_234_567]


def test_malformed_grouping_is_no_amount():
    assert amounts("Codes 12,34 and 1,2345 were listed.") == []


def test_word_numbers():
    text = "Seventeen envoys, twenty-five guards, ninety nine flags and three hundred and twenty chairs arrived."
    assert values(text) == [17, 25, 99, 320]
    assert texts(text)[1] == "twenty-five"


def test_dozens():
    assert values("A dozen drones and two dozen trucks crossed.") == [12, 24]


def test_a_million_and_a_billion():
    text = "Nearly a million pilgrims came, and a billion dollars was spent."
    first, second = amounts(text)
    assert (first.text, first.value, first.qualifier) == ("a million", 1e6, "nearly")
    assert (second.text, second.value, second.currency, second.usd_value) == ("a billion dollars", 1e9, "USD", 1e9)


def test_a_on_its_own_is_no_amount():
    assert amounts("A delegation stayed a week and signed a pact.") == []


def test_hyphenated_compounds():
    text = "After a six-day tour, the 68-year-old envoy unveiled a 12-point agenda."
    tour, age, agenda = amounts(text)
    assert (tour.text, tour.value, tour.unit) == ("six-day", 6, "days")
    assert (age.text, age.value, age.unit) == ("68-year", 68, "years")
    assert (agenda.text, agenda.value, agenda.unit) == ("12", 12, None)


def test_time_units_normalised_to_plural():
    text = "It took 1 day, then 3 weeks, 18 months, 48 hours and two decades; ties span 63 years."
    assert [(a.value, a.unit) for a in amounts(text)] == [
        (1, "days"),
        (3, "weeks"),
        (18, "months"),
        (48, "hours"),
        (20, "years"),  # a decade is written as ten years, so the two compare
        (63, "years"),
    ]


def test_ratios_are_not_counts():
    assert amounts("Two-thirds of the assembly backed a ten-fold rise.") == []


# --- scales ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It owes 7 thousand.", 7e3),
        ("It owes 4.2 million.", 4.2e6),
        ("It owes 3 Billion.", 3e9),
        ("It owes 1.1 trillion.", 1.1e12),
        ("It owes 6 bn.", 6e9),
        ("It owes 6bn.", 6e9),
        ("It owes 150m.", 150e6),
        ("It owes 20mn.", 20e6),
        ("It owes 20mln.", 20e6),
        ("It owes 5k.", 5e3),
        ("It owes 2.5tr.", 2.5e12),
        ("It owes 4 lakh.", 4e5),
        ("It owes 4 Lakhs.", 4e5),
        ("It owes 9 lac.", 9e5),
        ("It owes 1.2 crore.", 1.2e7),
        ("It owes 30 crores.", 3e8),
        ("It owes Rs 8 arab.", 8e9),
        ("It owes Rs 1.5 lakh crore.", 1.5e12),
        ("It owes a hundred thousand.", 1e5),
        ("It owes seventy thousand.", 7e4),
    ],
)
def test_scale_words(text: str, value: float):
    assert only(text).value == pytest.approx(value)


def test_money_only_abbreviations():
    assert only("The grant is $4b.").value == 4e9
    assert only("The grant is US$ 4 b.").value == 4e9
    assert only("The grant is £70 m.").value == 70e6
    assert only("The grant is Rs 3 trn.").value == 3e12
    assert amounts("Flight 4b was late.") == []  # neither money nor a label we know, but "4b" is no amount
    road = only("The road runs 150 m past the gate.")
    assert (road.text, road.value) == ("150", 150)


def test_digit_glued_to_other_letters_is_no_amount():
    assert amounts("A 5km run, 4x4 vans and 5G masts.") == []


def test_capitalised_arab_is_the_adjective():
    assert only("Ministers from 20 Arab states met.").value == 20


# --- percent -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["12%", "12 %", "12 per cent", "12 percent", "12-per-cent", "12pc", "12 pc"])
def test_percent_forms(written: str):
    amount = only(f"Exports fell {written} last quarter.")
    assert (amount.text, amount.value, amount.unit, amount.currency) == (written, 12, "percent", None)


def test_percentage_points_are_not_percent():
    amount = only("Rates rose 3 percentage points.")
    assert (amount.value, amount.unit, amount.text) == (3, "percentage points", "3 percentage points")


# --- money ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value", "currency"),
    [
        ("$12 million", 12e6, "USD"),
        ("US$12m", 12e6, "USD"),
        ("USD 12 million", 12e6, "USD"),
        ("Rs 12 billion", 12e9, "PKR"),
        ("Rs.12bn", 12e9, "PKR"),
        ("PKR 12 crore", 12e7, "PKR"),
        ("£12bn", 12e9, "GBP"),
        ("€12 million", 12e6, "EUR"),
        ("₹12 lakh", 12e5, "INR"),
        ("INR 12 lakh", 12e5, "INR"),
        ("RMB 12 billion", 12e9, "CNY"),
        ("12 billion dollars", 12e9, "USD"),
        ("12 billion US dollars", 12e9, "USD"),
        ("12 trillion rupees", 12e12, "PKR"),
        ("12 trillion Pakistani rupees", 12e12, "PKR"),
        ("12 crore Indian rupees", 12e7, "INR"),
        ("12 million pounds sterling", 12e6, "GBP"),
        ("12 million euros", 12e6, "EUR"),
        ("twelve million euros", 12e6, "EUR"),
        ("12 billion yuan", 12e9, "CNY"),
        ("12 million riyals", 12e6, "SAR"),
        ("12 million dirhams", 12e6, "AED"),
        ("12 million afghanis", 12e6, "AFN"),
        ("12 billion yen", 12e9, "JPY"),
        ("12 billion USD", 12e9, "USD"),
    ],
)
def test_currencies(written: str, value: float, currency: str):
    amount = only(f"The fund received {written} this year.")
    assert (amount.text, amount.value, amount.currency, amount.unit) == (written, pytest.approx(value), currency, None)
    assert amount.usd_value == (amount.value if currency == "USD" else None)


def test_currency_needs_a_word_boundary_before_it():
    amount = only("Mrs 5 visitors came.")
    assert (amount.text, amount.currency) == ("5", None)


# --- parenthesised equivalents -------------------------------------------------------------------------


def test_usd_amount_with_pound_equivalent():
    text = "Investors pledged more than $150 billion (£108 bn) to the corridor."
    [pledge] = amounts(text)
    assert (pledge.text, pledge.value, pledge.currency, pledge.qualifier) == ("$150 billion", 150e9, "USD", "over")
    assert text[pledge.qualifier_start : pledge.start] == "more than "
    assert pledge.usd_value == 150e9
    [pounds] = pledge.alternatives
    assert (pounds.text, pounds.value, pounds.currency, pounds.usd_value) == ("£108 bn", 108e9, "GBP", 150e9)


def test_rupee_amount_with_dollar_equivalent():
    text = "The budget sets aside Rs 3.2 trillion (about $11.5 billion) for defence."
    [budget] = amounts(text)
    assert (budget.currency, budget.value, budget.usd_value) == ("PKR", pytest.approx(3.2e12), pytest.approx(11.5e9))
    [dollars] = budget.alternatives
    assert (dollars.text, dollars.qualifier, dollars.currency) == ("$11.5 billion", "about", "USD")


def test_several_equivalents_in_one_parenthesis():
    [main] = amounts("A deal worth €20bn ($22bn; £17bn) was signed.")
    assert [a.currency for a in main.alternatives] == ["USD", "GBP"]
    assert main.usd_value == 22e9


def test_parenthesis_that_is_no_equivalent():
    assert texts("Deaths reached 4,000 (including 900 children).") == ["4,000", "900"]
    assert texts("Output was 70,000 tonnes (12 per cent of demand).") == ["70,000", "12 per cent"]
    [loan] = amounts("A $6bn loan (2019) helped.")
    assert loan.alternatives == ()


def test_unparenthesised_alternative_stays_separate():
    assert texts("It costs $150 billion, or £108bn.") == ["$150 billion", "£108bn"]


def test_non_usd_amount_has_no_usd_value():
    amount = only("The bill is Rs 40 billion.")
    assert amount.usd_value is None
    assert amount.alternatives == ()


# --- qualifiers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("over", "over"),
        ("More than", "over"),
        ("above", "over"),
        ("in excess of", "over"),
        ("upwards of", "over"),
        ("exceeding", "over"),
        ("about", "about"),
        ("around", "about"),
        ("roughly", "about"),
        ("approximately", "about"),
        ("some", "about"),
        ("an estimated", "about"),
        ("estimated", "about"),
        ("nearly", "nearly"),
        ("almost", "nearly"),
        ("close to", "nearly"),
        ("just under", "nearly"),
        ("at least", "at least"),
        ("up to", "up to"),
        ("as many as", "up to"),
        ("under", "under"),
        ("less than", "under"),
        ("below", "under"),
        ("fewer than", "under"),
        ("exactly", "exactly"),
    ],
)
def test_qualifiers(words: str, qualifier: str):
    text = f"The camp held {words} 3,500 families."
    amount = only(text)
    assert (amount.text, amount.qualifier) == ("3,500", qualifier)
    assert amount.qualifier_start is not None
    assert text[amount.qualifier_start : amount.start].strip() == words


def test_qualifier_before_currency_and_units():
    years = only("The treaty has held for almost 64 years.")
    assert (years.value, years.unit, years.qualifier) == (64, "years", "nearly")
    jobs = only("The plan adds up to 3 lakh jobs.")
    assert (jobs.value, jobs.qualifier) == (3e5, "up to")
    share = only("At least 40 per cent of voters stayed home.")
    assert (share.value, share.unit, share.qualifier, share.qualifier_start) == (40, "percent", "at least", 0)


def test_no_qualifier():
    amount = only("They seized 212 rifles.")
    assert (amount.qualifier, amount.qualifier_start) == (None, None)


# --- vague amounts ---------------------------------------------------------------------------------------


def test_vague_amounts_mean_at_least():
    text = "Hundreds of students, thousands of police and dozens of buses joined; tens of thousands watched."
    found = amounts(text)
    assert [(a.text, a.value, a.qualifier) for a in found] == [
        ("Hundreds", 100, "over"),
        ("thousands", 1000, "over"),
        ("dozens", 12, "over"),
        ("tens of thousands", 10_000, "over"),
    ]
    assert all(a.qualifier_start == a.start for a in found)


def test_vague_money():
    amount = only("The floods caused hundreds of millions of dollars in damage.")
    assert (amount.text, amount.value, amount.currency) == ("hundreds of millions of dollars", 1e8, "USD")


def test_several_and_a_few_with_a_scale():
    assert [(a.value, a.qualifier) for a in amounts("Several thousand troops and a few hundred advisers left.")] == [
        (1000, "over"),
        (100, "over"),
    ]


def test_plural_scale_without_of_is_no_amount():
    assert amounts("They came in their thousands.") == []


# --- ranges ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["between 40,000 and 55,000 people", "from 40,000 to 55,000 people", "40,000-55,000 people", "40,000–55,000 people"],
)
def test_ranges_give_two_amounts(text: str):
    low, high = amounts(text)
    assert (low.text, low.value, high.text, high.value) == ("40,000", 40_000, "55,000", 55_000)


def test_range_shares_scale_currency_and_unit():
    text = "Estimates ran to $40-50 billion, a 10 to 15 per cent cut, over 3-4 days."
    found = amounts(text)
    assert [(a.text, a.value, a.currency, a.unit) for a in found] == [
        ("$40", 40e9, "USD", None),
        ("50 billion", 50e9, "USD", None),
        ("10", 10, None, "percent"),
        ("15 per cent", 15, None, "percent"),
        ("3", 3, None, "days"),
        ("4 days", 4, None, "days"),
    ]
    assert [a.usd_value for a in found[:2]] == [40e9, 50e9]


def test_range_with_between_and_trailing_currency():
    assert [(a.value, a.currency) for a in amounts("between 2 and 3 billion rupees")] == [(2e9, "PKR"), (3e9, "PKR")]


def test_range_does_not_scale_a_larger_figure():
    assert values("Membership grew from 800,000 to 1.2 million.") == [800_000, 1.2e6]


def test_and_without_between_is_no_range():
    assert values("5 were hurt and 2 million fled.") == [5, 2e6]


# --- things that are not amounts -------------------------------------------------------------------------------


def test_calendar_years_are_skipped():
    assert amounts("In 2019 the talks failed; by 1947 the border was drawn; the 2030 target stands.") == []


def test_year_like_count_before_a_count_noun_is_kept():
    text = "In 2021, 2000 troops and 1850 refugees crossed."
    assert values(text) == [2000, 1850]


def test_year_with_separator_or_money_is_kept():
    assert values("It sent 2,019 tents and $2019 in cash.") == [2019, 2019]


def test_fiscal_years_are_skipped():
    assert amounts("The fiscal 2022-23 plan replaced the 1998-1999 one.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The summit opened on June 14 in the capital.",
        "The summit opened on 14 June in the capital.",
        "The summit opened on Sept. 3-4 in the capital.",
        "The summit opened on the 3rd of March.",
        "The summit opened on 14/06/2023 in the capital.",
        "The summit opened on 2023-06-14 in the capital.",
        "The summit opened at 09:45 sharp.",
        "The summit opened at 4pm sharp.",
        "The summit opened at 4 p.m. sharp.",
        "The summit opened at 1600 GMT sharp.",
    ],
)
def test_dates_and_times_are_skipped(text: str):
    assert amounts(text) == []


def test_number_after_a_month_is_kept_when_it_is_no_day():
    assert values("In June 4,500 families moved.") == [4500]


def test_ordinals_are_skipped():
    assert amounts("The first round, the 2nd session and the 33rd meeting.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Call +92 42 1234567 for details.",
        "Call 0300-7654321 for details.",
        "Call (212) 555-0187 for details.",
        "Call 212-555-0187 for details.",
        "Use reference 8123456789 for details.",
        "Dial 007 for details.",
    ],
)
def test_phone_like_numbers_are_skipped(text: str):
    assert amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The F-16 fleet was grounded.",
        "The G20 met.",
        "COVID-19 spread.",
        "Security Council Resolution 1172 was cited.",
        "Voting in PS-5 was delayed.",
        "Article 370 was revoked.",
        "Section 144 was imposed.",
        "The 1990s were turbulent, as were the '80s and the 70's.",
        "The P5+1 talks resumed.",
        "It runs 24/7.",
    ],
)
def test_labels_and_identifiers_are_skipped(text: str):
    assert amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "One of the ministers resigned.",
        "It was the one that mattered.",
        "No one was hurt.",
        "They blamed one another.",
        "He was the only one.",
        "A one-off payment was made.",
        "No-one came.",
    ],
)
def test_pronoun_one_is_skipped(text: str):
    assert amounts(text) == []


def test_counting_one_is_kept():
    assert [(a.text, a.value) for a in amounts("One soldier died and one Afghan trader was hurt.")] == [
        ("One", 1),
        ("one", 1),
    ]
    assert only("a one-day halt").unit == "days"


# --- the whole ---------------------------------------------------------------------------------------------------


def test_offsets_order_and_no_overlap_in_a_paragraph():
    text = (
        "Officials said on March 3 that some 12,000 workers had been paid Rs 4.5bn ($16m) since 2020, "
        "while nearly two dozen factories, one of them in Karachi, cut output by 8pc over six months."
    )
    found = amounts(text)
    assert [(a.text, a.qualifier) for a in found] == [
        ("12,000", "about"),
        ("Rs 4.5bn", None),
        ("two dozen", "nearly"),
        ("8pc", None),
        ("six months", "over"),
    ]
    assert found[1].usd_value == 16e6
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_empty_and_figureless_text():
    assert find_amounts("") == []
    assert find_amounts("The ministers met and talked.") == []


def test_amount_is_frozen():
    amount = only("It cost $5.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        amount.value = 6  # type: ignore[misc]
