"""Story clustering: reports of the same event or statement from different outlets become one story.

A timeline can then count an event once and say how many sources reported it.

Method (``METHOD``): each document is a TF-IDF vector over lowercase word tokens (sublinear term
frequency, smoothed IDF computed over the given documents, the project's function words removed,
numbers and names kept). Two documents match when their published dates are at most
``window_days`` apart and their cosine similarity, plus ``KEY_WEIGHT`` times the Jaccard overlap of
their event ``keys``, reaches the threshold. Matches are joined single-link (union-find), so a story
is a connected group of matching reports.

Documents are sorted by date and each is compared only with the earlier documents inside its window,
through an inverted index, so no N x N matrix is ever built.

Undated documents form their own pool: they are compared with each other as if published on one day,
and never with dated ones. Letting them match everything would let one undated report chain stories
from months apart into one.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..ingest.lexicon import STOP_WORDS  # function words only; words common to a whole corpus are weighed down by IDF

METHOD = "stories.tfidf.v1"  # for records that store story ids
# Chosen on the hand-written reports in tests/analysis/test_stories.py: different wordings of one event
# score 0.21-0.52 (the lowest for a terse wire item against full reports), unrelated stories about the
# same two countries within a day at most 0.16. The threshold sits low in that gap because a larger
# corpus sharpens IDF and lowers both, same-topic noise faster than shared names and figures.
DEFAULT_THRESHOLD = 0.18
# Shared event signatures or actors nudge a borderline pair over the line, but alone (adding at most
# KEY_WEIGHT) they never reach the default threshold: distinct events often share a signature.
KEY_WEIGHT = 0.1

_TOKEN = re.compile(r"[^\W_]{2,}|\d")  # words of two or more characters, and single digits


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """One article as story clustering sees it."""

    article_id: str
    published: datetime.date | None
    text: str  # title + the first paragraphs of the body
    keys: frozenset[str] = frozenset()  # optional event signatures such as "PAK>USA:04" or actor ids


def cluster_stories(docs: Sequence[StoryDoc], *, window_days: int = 3, threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """Map each article_id to its story id: the article_id of the story's earliest member.

    Earliest is by published date, then article_id (undated documents come last); a lone article
    is its own story. The result does not depend on the order of ``docs``.
    """
    if window_days < 0:
        raise ValueError(f"window_days must be 0 or more, not {window_days}")
    if threshold <= 0:
        raise ValueError(f"threshold must be above 0, not {threshold}")
    ids = [doc.article_id for doc in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique")

    ordered = sorted(docs, key=_story_order)
    texts = _Postings.build([_term_counts(doc.text) for doc in ordered], tfidf=True)
    keys = _Postings.build([Counter(doc.keys) for doc in ordered], tfidf=False)
    key_sizes = np.array([len(doc.keys) for doc in ordered], dtype=np.float64)
    days = _day_numbers(ordered, window_days)
    window_starts = np.searchsorted(days, days - window_days, side="left")

    stories = _UnionFind(len(ordered))
    for i in range(len(ordered)):
        first = int(window_starts[i])
        scores = texts.dots_with_earlier(i, first) + KEY_WEIGHT * _jaccard(
            keys.dots_with_earlier(i, first), key_sizes[i], key_sizes[first:i]
        )
        for j in np.flatnonzero(scores >= threshold):
            stories.union(first + int(j), i)
    return {doc.article_id: ordered[stories.find(i)].article_id for i, doc in enumerate(ordered)}


def _story_order(doc: StoryDoc) -> tuple[bool, datetime.date, str]:
    return (doc.published is None, doc.published or datetime.date.min, doc.article_id)


def _term_counts(text: str) -> Counter[str]:
    """Lowercase word tokens without stopwords; capitalised acronyms such as "US" are kept as names."""
    return Counter(token.lower() for token in _TOKEN.findall(text) if token.lower() not in STOP_WORDS or token.isupper())


def _day_numbers(ordered: Sequence[StoryDoc], window_days: int) -> np.ndarray:
    """Day ordinals, non-decreasing in story order; undated documents share one day beyond every window."""
    dated = [doc.published.toordinal() for doc in ordered if doc.published is not None]
    undated_day = (dated[-1] if dated else 0) + window_days + 1
    return np.array(dated + [undated_day] * (len(ordered) - len(dated)), dtype=np.int64)


def _jaccard(shared: np.ndarray, size: float, earlier_sizes: np.ndarray) -> np.ndarray:
    """Jaccard overlap of one key set with each earlier one, given the counts of shared keys."""
    union = size + earlier_sizes - shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)


@dataclass(frozen=True, slots=True)
class _Postings:
    """A sparse documents x features matrix kept as an inverted index (entries sorted by feature, then document)."""

    doc_starts: np.ndarray  # document i's own entries are [doc_starts[i], doc_starts[i + 1]) of the row arrays
    row_features: np.ndarray
    row_weights: np.ndarray
    posting_keys: np.ndarray  # feature * n_docs + document, sorted, for range look-ups
    posting_docs: np.ndarray
    posting_weights: np.ndarray

    @classmethod
    def build(cls, counts: Sequence[Counter[str]], *, tfidf: bool) -> _Postings:
        """Index per-document counts: as L2-normalised TF-IDF weights, or as plain 0/1 memberships."""
        vocabulary: dict[str, int] = {}
        docs, features, tf = _entries(counts, vocabulary)
        if tfidf:
            weights = _tfidf_weights(docs, features, tf, len(counts), len(vocabulary))
        else:
            weights = np.ones(len(features), dtype=np.float64)
        doc_starts = np.searchsorted(docs, np.arange(len(counts) + 1), side="left")
        posting_keys = features * len(counts) + docs
        by_feature = np.argsort(posting_keys, kind="stable")
        return cls(doc_starts, features, weights, posting_keys[by_feature], docs[by_feature], weights[by_feature])

    def dots_with_earlier(self, i: int, first: int) -> np.ndarray:
        """Dot products of document i with documents first, ..., i - 1, as a dense vector."""
        n_docs = len(self.doc_starts) - 1
        own = slice(self.doc_starts[i], self.doc_starts[i + 1])
        base = self.row_features[own] * n_docs
        # For each feature of document i, the postings of earlier documents in the window are one contiguous run.
        starts = np.searchsorted(self.posting_keys, base + first, side="left")
        ends = np.searchsorted(self.posting_keys, base + i, side="left")
        lengths = ends - starts
        owner = np.repeat(np.arange(len(lengths)), lengths)
        postings = starts[owner] + np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        products = self.row_weights[own][owner] * self.posting_weights[postings]
        dots = np.bincount(self.posting_docs[postings] - first, weights=products, minlength=i - first)
        return dots.astype(np.float64, copy=False)  # bincount answers in integers when nothing is shared


def _entries(counts: Iterable[Counter[str]], vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(document, feature, count) triples in document order, growing the vocabulary as features appear."""
    docs: list[int] = []
    features: list[int] = []
    tf: list[int] = []
    for doc, counter in enumerate(counts):
        for term, count in counter.items():
            docs.append(doc)
            features.append(vocabulary.setdefault(term, len(vocabulary)))
            tf.append(count)
    return np.array(docs, dtype=np.int64), np.array(features, dtype=np.int64), np.array(tf, dtype=np.float64)


def _tfidf_weights(docs: np.ndarray, features: np.ndarray, tf: np.ndarray, n_docs: int, n_features: int) -> np.ndarray:
    """Sublinear TF times smoothed IDF, each document scaled to unit length so dot products are cosines."""
    df = np.bincount(features, minlength=n_features)
    # The +1 smoothing keeps words shared by every document from weighing zero in very small batches.
    idf = np.log((1 + n_docs) / (1 + df)) + 1
    weights = (1 + np.log(tf)) * idf[features]
    norms = np.sqrt(np.bincount(docs, weights=weights**2, minlength=n_docs))
    return weights / norms[docs]


class _UnionFind:
    """Disjoint sets whose root is always the smallest index, i.e. the earliest document in story order."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # path halving keeps later look-ups short
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self._parent[max(root_a, root_b)] = min(root_a, root_b)
