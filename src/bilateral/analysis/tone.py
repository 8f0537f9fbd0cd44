"""Document tone from VADER, a rule-based sentiment lexicon tuned for short, news-like sentences.

The lexicon ships inside the ``vaderSentiment`` package, so nothing is fetched at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..nlp.sentiment import sentiment_analyzer

TONE_LEXICON = "VADER 3.3.2 (vaderSentiment)"  # named in outputs so users know the method


def sentence_tones(sentences: Iterable[str]) -> list[float]:
    """VADER's compound score of each sentence, from -1 (most negative) to 1 (most positive)."""
    analyzer = sentiment_analyzer()
    return [float(analyzer.polarity_scores(sentence)["compound"]) for sentence in sentences]


def document_tone(sentences: Sequence[str]) -> float | None:
    """Mean compound score over the sentences that carry sentiment; None when none do.

    Neutral sentences (compound exactly 0) are left out, so a few charged sentences are not
    diluted by the long factual stretches that make up most news reports.
    """
    charged = [tone for tone in sentence_tones(sentences) if tone != 0.0]
    return sum(charged) / len(charged) if charged else None
