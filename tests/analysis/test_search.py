from __future__ import annotations

from bilateral.analysis.search import fold, passages, query_terms, terms
from bilateral.records import Article, Event, EventActor, Quote, Speaker


def test_terms_fold_plurals_and_possessives_and_drop_stop_words():
    assert terms("The sanctions on Pakistan's economy") == ["sanction", "pakistan", "economy"]
    assert fold("Policies") == "policy" and fold("talks") == "talk" and fold("crisis") == "crisis"
    assert fold("losses") == "loss" and fold("taxes") == "tax" and fold("bus") == "bus"


def test_us_in_capitals_is_the_country_not_the_pronoun():
    assert terms("Pakistan asked the U.S. and the US for aid") == ["pakistan", "asked", "us", "us", "aid"]
    assert terms("let us talk") == ["let", "talk"]


def test_question_words_are_not_topics():
    assert query_terms("What did Pakistan say about US aid? aid!") == ["pakistan", "us", "aid"]


def test_passages_are_quotes_then_uncovered_event_sentences_with_their_speaker_country():
    body = "Pakistan said it wants trade. Pakistan condemned the strikes."
    article = Article(id="a1", source="x", body=body)
    quote = Quote("a1:q1", "a1", "indirect", "it wants trade", 14, 28, Speaker("name", 0, "Pakistan"))
    covered = Event("e1", "a1", "Pakistan said it wants trade.", 0, 29, EventActor("PAK", "Pakistan"), None, "030", "03", 1, 4.0,
                    "AGREE", None, "wants", 17, 22)
    own = Event("e2", "a1", "Pakistan condemned the strikes.", 30, 61, EventActor("PAKGOV", "Pakistan"), EventActor("USA", "US"),
                "122", "12", 3, -2.0, "ACCUSE", None, "condemned", 39, 48)
    hypothetical = Event("e3", "a1", "x", 62, 63, EventActor("PAK", "Pakistan"), None, "190", "19", 4, -10.0, "ASSAULT", None, "x",
                         62, 63, mood="hypothetical")
    found = list(passages({"a1": article}, [quote], [covered, own, hypothetical], [], {("a1", 0): "PAK"}))
    # the first event's sentence holds the quote: the quote stands for it
    assert [(p.id, p.kind, p.speaker_code) for p in found] == [("a1:q1", "quote", "PAK"), ("e2", "event", "PAKGOV")]
    assert dict(found[0].terms)["pakistan"] == 2  # the speaker's name and country count as words of the passage
