from __future__ import annotations

from importlib.metadata import version

import pytest

from bilateral.analysis.tone import TONE_LEXICON, document_tone, sentence_tones

WARM = "The two leaders praised their excellent friendship and welcomed a generous new trade agreement."
HOSTILE = "The ministry condemned the brutal attack and warned of a dangerous, hostile escalation."
NEUTRAL = "The delegation arrived in the capital on Tuesday morning."


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        (WARM, 1),
        ("Both sides hailed the talks as a great success.", 1),
        (HOSTILE, -1),
        ("Officials accused the neighbours of lying and threatened sanctions.", -1),
    ],
)
def test_tone_sentence_sign(sentence: str, sign: int) -> None:
    assert sentence_tones([sentence])[0] * sign > 0


def test_tone_sentences_in_range_and_order() -> None:
    tones = sentence_tones([WARM, NEUTRAL, HOSTILE])
    assert all(-1.0 <= tone <= 1.0 for tone in tones)
    assert tones[0] > tones[1] == 0.0 > tones[2]


@pytest.mark.parametrize("sentences", [[], [NEUTRAL, "The talks lasted three hours."]])
def test_tone_document_without_sentiment_is_none(sentences: list[str]) -> None:
    assert document_tone(sentences) is None


def test_tone_mixed_document_lies_between_its_sentences() -> None:
    warm, hostile = sentence_tones([WARM, HOSTILE])
    tone = document_tone([WARM, NEUTRAL, HOSTILE])
    assert tone is not None
    assert hostile < tone < warm
    assert tone == pytest.approx((warm + hostile) / 2)  # the neutral sentence is not averaged in


def test_tone_lexicon_names_installed_version() -> None:
    assert version("vaderSentiment") in TONE_LEXICON
