from __future__ import annotations

import pytest

from bilateral.ingest.textclean import Kind, classify, clean_text, split_units

STORY = """Home | Politics | World | Sport
Search
Top Stories

Ministers of Arvenia and Kostrava meet in Velmora to restart talks

Ministers of Arvenia and Kostrava meet in Velmora to restart talks

VELMORA – The foreign ministers of Arvenia and Kostrava met in Velmora on Tuesday for the first time in two years, agreeing to restart talks on their disputed border.

Arvenian Foreign Minister Dalen Orsk said the meeting had been "frank and useful", and that officials would meet again next month in Grenholt.

The road ahead

Kostrava's Ilse Varnov said her government would put forward a proposal on the Selt river before the next round of talks in Grenholt.

Mira Santel is a senior correspondent for the Velmora Ledger covering diplomacy.

Most Read

Heatwave closes schools across the southern plains as temperatures climb

The weather service on Monday said temperatures in the southern plains would stay above forty degrees for another week, closing schools.

Port Aldis, May 2: Dock workers began a strike on...
Share your thoughts: leave a comment below and follow us on Facebook.
"""


def test_textclean_keeps_the_article_and_drops_furniture() -> None:
    cleaned = clean_text(STORY)
    assert cleaned.title == "Ministers of Arvenia and Kostrava meet in Velmora to restart talks"
    assert cleaned.body[0].startswith("VELMORA – The foreign ministers")
    assert cleaned.body[-1].startswith("Kostrava's Ilse Varnov said")
    assert "The road ahead" in cleaned.body  # a subheading inside the article stays
    text = "\n".join(cleaned.body)
    for clutter in ("Search", "Top Stories", "Mira Santel is", "Most Read", "Heatwave", "Dock workers", "comment"):
        assert clutter not in text


@pytest.mark.parametrize(
    "line, kind",
    [
        ("The foreign ministers met in Velmora on Tuesday and agreed to restart talks.", Kind.PROSE),
        ("Skip to content", Kind.JUNK),
        ("Keep ReadingShow less", Kind.JUNK),
        ("spot_imgspot_img", Kind.JUNK),
        ('[tds_leads title_text="Subscribe" input_placeholder="Email address"]', Kind.JUNK),
        ("Date:", Kind.JUNK),
        ("Grenholt, April 2: The election commission on Friday announced...", Kind.JUNK),
        ("This website uses cookies to improve your experience. We'll assume you're ok with this. Accept", Kind.JUNK),
        ("A man walks past the ministry in Velmora. (Photo by Jane Roe/Agency)", Kind.JUNK),
        ("Home | World | Business | Sport", Kind.JUNK),
        ("Border talks resume after two years", Kind.HEADING),
    ],
)
def test_textclean_classifies_lines(line: str, kind: Kind) -> None:
    assert classify(line) is kind


def test_textclean_joins_hard_wrapped_paragraphs() -> None:
    text = (
        "The foreign ministers of Arvenia and Kostrava met in Velmora on Tuesday\n"
        "for the first time in two years, agreeing to restart talks on their\n"
        "disputed border.\n\nNext paragraph here."
    )
    units = split_units(text)
    assert units[0].endswith("on their disputed border.") and units[1] == "Next paragraph here."


def test_textclean_returns_no_body_for_pure_furniture() -> None:
    cleaned = clean_text("Home\nSearch\nSign in\nSubscribe to our newsletter\n")
    assert cleaned.body == [] and cleaned.title is None


def test_clean_text_without_furniture_is_kept_whole():
    # A live blog: time stamps and separators between items on unrelated topics.
    items = [
        "The foreign minister arrived in Washington on Monday for two days of talks on trade, security, "
        "counterterrorism cooperation, visas for students, investment in energy projects and regional stability "
        "with senior officials from the administration and members of Congress.",
        "___.",
        "6:05 p.m.",
        "Flooding in the northern valleys has displaced thousands of families, destroyed bridges and crops, "
        "and cut roads to remote villages, the disaster management agency said in its evening bulletin.",
        "___.",
        "5:30 p.m.",
        "The central bank kept its policy rate unchanged and said inflation was expected to ease next year.",
    ]
    cleaned = clean_text("\n\n".join(items))
    assert cleaned.body[0].startswith("The foreign minister") and cleaned.body[-1].startswith("The central bank")


def test_a_bare_statement_with_names_is_its_own_body():
    # few stop words (names and titles), but a full sentence and nothing around it
    text = "Lt. Gen. Halvard Brenn resigned yesterday to allow Kostrava's first free elections to take place.\n"
    assert clean_text(text).body == [text.strip()]


def test_furniture_alone_is_still_no_article():
    assert clean_text("Search\nSkip to content\nMenu\nSubscribe now to read more.").body == []
