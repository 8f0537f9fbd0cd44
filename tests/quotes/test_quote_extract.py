"""Quote extraction and speaker resolution on short texts written for these tests."""


def by_text(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote with {fragment!r} in {[q.text for q in quotes]}"
    return found[0]


def test_direct_quote_with_speaker_after(analyse):
    article, _, quotes = analyse("“We want a relationship based on trust and respect,” Prime Minister Shehbaz Sharif said on Friday.")
    q = by_text(quotes, "relationship based on trust")
    assert q.kind == "direct"
    assert q.speaker.name == "Shehbaz Sharif" and q.speaker.resolved_by == "name"
    assert q.cue == "said"
    assert article.body[q.start : q.end] == q.text


def test_indirect_speech_and_pronoun(analyse):
    text = (
        "Defence Minister Khawaja Asif met the visiting delegation in Islamabad on Monday. "
        "He said that Pakistan would continue to cooperate with Washington on counterterrorism."
    )
    _, _, quotes = analyse(text)
    q = by_text(quotes, "Pakistan would continue to cooperate")
    assert q.kind == "indirect"
    assert (q.speaker.name, q.speaker.resolved_by, q.speaker.surface) == ("Khawaja Asif", "pronoun", "He")


def test_according_to(analyse):
    _, _, quotes = analyse("The talks will resume next month in Doha, according to Foreign Office spokesperson Mumtaz Zahra Baloch.")
    q = by_text(quotes, "talks will resume")
    assert q.cue == "according to"
    assert q.speaker.name == "Mumtaz Zahra Baloch"


def test_description_resolves_to_the_person_with_that_role(analyse):
    text = (
        "Interior Minister Mohsin Naqvi arrived in Washington on Tuesday for three days of meetings. "
        "The minister said the visit would open a new chapter in security cooperation between the two countries."
    )
    _, _, quotes = analyse(text)
    q = by_text(quotes, "open a new chapter")
    assert (q.speaker.name, q.speaker.resolved_by) == ("Mohsin Naqvi", "description")


def test_anonymous_source_stays_anonymous(analyse):
    _, _, quotes = analyse("A senior Pakistani diplomat said that signals from Washington were positive after the meeting.")
    q = by_text(quotes, "signals from Washington")
    assert q.speaker.resolved_by == "anonymous"
    assert q.speaker.name == "senior Pakistani diplomat"
    assert q.speaker.actor_key is None


def test_floating_quote_continues_the_last_speaker(analyse):
    text = (
        "Prime Minister Shehbaz Sharif said Pakistan wanted trade, not aid, from the United States.\n\n"
        "“We have paid a heavy price for this war and our people expect a fair partnership now.”"
    )
    _, _, quotes = analyse(text)
    q = by_text(quotes, "heavy price")
    assert (q.speaker.name, q.speaker.resolved_by) == ("Shehbaz Sharif", "context")
    assert q.speaker.surface is None  # no words in the quotation's sentence name him


def test_scare_quotes_are_not_statements(analyse):
    _, _, quotes = analyse("The so-called “strategic dialogue” resumed in Islamabad after a two-year pause in the talks.")
    assert quotes == ()


def test_colon_lead_in(analyse):
    text = "Foreign Minister Ishaq Dar told reporters: “Our ties with the United States are broader than any one issue.”"
    _, _, quotes = analyse(text)
    q = by_text(quotes, "broader than any one issue")
    assert q.kind == "direct" and q.speaker.name == "Ishaq Dar"


def test_quote_in_two_pieces_is_one_statement(analyse):
    text = "“The door is open,” the ambassador, Masood Khan, said, “and we intend to walk through it together.”"
    _, _, quotes = analyse(text)
    assert len(quotes) == 1
    assert "door is open" in quotes[0].text and "walk through it" in quotes[0].text


def test_institution_as_speaker(analyse):
    _, _, quotes = analyse("The State Department said the United States valued its long partnership with Pakistan.")
    q = by_text(quotes, "valued its long partnership")
    assert q.speaker.name == "US State Department" and q.speaker.resolved_by == "name"


def test_transcript_turns_are_direct_statements(analyse):
    text = (
        "Foreign Minister Ishaq Dar spoke to the host on Sunday.\n\n"
        "HOST: Will Pakistan join the new trade corridor this year?\n\n"
        "DAR: Well, you know, we are studying the proposal with our partners and will decide soon."
    )
    _, _, quotes = analyse(text)
    turn = by_text(quotes, "we are studying the proposal")
    assert turn.kind == "direct" and turn.cue == ":"
    assert turn.speaker.name == "Ishaq Dar"  # "DAR" is the surname of the minister named before
    assert not any("we are studying" in q.text and q.cue == "know" for q in quotes)


def test_reporting_noun_with_that_clause(analyse):
    text = "Imran Khan spoke in Lahore. His claim that 70,000 Pakistanis died in the war was repeated by his aides."
    _, _, quotes = analyse(text)
    q = by_text(quotes, "70,000 Pakistanis died")
    assert q.cue == "claim" and q.speaker.surface == "His" and q.speaker.name == "Imran Khan"


def test_quote_over_two_paragraphs_is_one_statement(analyse):
    text = (
        'Foreign Minister Ishaq Dar told the Senate: "Our relationship with Washington is broad and deep.\n\n'
        '"It does not depend on one party or one person, and it will outlast both," he added.'
    )
    _, _, quotes = analyse(text)
    assert len(quotes) == 1
    assert quotes[0].kind == "direct" and "broad and deep" in quotes[0].text and "outlast both" in quotes[0].text
    assert quotes[0].speaker.name == "Ishaq Dar"


def test_colon_lead_without_cue_and_verbs_that_report_only_beside_a_quote(analyse):
    text = (
        "The ministry's letter makes a blunt case: “Our partnership cannot rest on aid alone.”\n\n"
        "“We will decide our own policy, now and always,” Asif answers."
    )
    _, _, quotes = analyse(text)
    letter = by_text(quotes, "cannot rest on aid")
    assert letter.cue == ":" and letter.speaker.surface == "The ministry's letter"
    answer = by_text(quotes, "decide our own policy")
    assert answer.cue == "answers" and answer.speaker.surface == "Asif"
    _, _, none = analyse("The talks will continue next week in Doha, officials in both capitals confirmed on Monday.")
    assert all(q.cue != "continue" for q in none)


def test_stance_nouns_with_a_holder(analyse):
    _, _, quotes = analyse("Pakistan's opposition to the drone strikes has hardened since March.")
    q = by_text(quotes, "the drone strikes")
    assert q.cue == "opposition" and q.speaker.name == "Pakistan" and q.kind == "indirect"
    _, _, none = analyse("Opposition to the drone strikes has hardened since March.")
    assert not any(q.cue == "Opposition" for q in none)  # a stance nobody is said to hold is no statement


def test_inverted_cue_before_a_colon(analyse):
    _, _, quotes = analyse("Experts doubt the plan will pass. Said Ellis: “I don’t see any interest in tax reform at all.”")
    q = by_text(quotes, "interest in tax reform")
    assert q.kind == "direct" and q.speaker.surface == "Ellis"
