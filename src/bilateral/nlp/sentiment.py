"""One VADER analyzer per process, for every stage that weighs sentiment (events, tone).

The lexicon ships inside the ``vaderSentiment`` package, so nothing is fetched at run time;
building the analyzer reads it from disk, so it is built once, on first use.
"""

from __future__ import annotations

from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


@cache
def sentiment_analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()
