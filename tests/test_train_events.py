"""The confidence model's fitting and threshold choice, on made-up candidates (no shared data)."""

from __future__ import annotations

import numpy as np

from bilateral.evaluation.train import Example, _fit, _threshold


def test_fit_weighs_up_the_evidence_that_comes_with_right_events():
    features = np.array([[1, 0], [1, 0], [1, 1], [0, 1], [0, 1], [0, 0]] * 5, dtype=float)
    labels = np.array([1, 1, 1, 0, 0, 0] * 5, dtype=float)
    bias, weights = _fit(features, labels)
    assert weights[0] > 0 > weights[1]
    assert np.isfinite(bias)


def test_threshold_prefers_precision_but_keeps_plover_within_a_point():
    polnear = [Example("s1", frozenset(), True, ("USA", "PAK", "04")), Example("s2", frozenset(), False, ("USA", "IND", "11")),
               Example("s3", frozenset(), True, ("CHN", "USA", "11"))]
    polnear_scores = np.array([0.9, 0.3, 0.6])
    plover = [Example(f"p{i}", frozenset(), True) for i in range(10)]
    # every PLOVER candidate scores 0.5 or more: cutting at 0.35 or 0.4 costs PLOVER nothing and drops the wrong event
    cut = _threshold(polnear_scores, polnear, 2, np.full(10, 0.5), plover)
    assert 0.3 < cut <= 0.5
    # a PLOVER candidate scoring 0.2 forbids any cut above it
    low = np.array([0.2] + [0.9] * 9)
    assert _threshold(polnear_scores, polnear, 2, low, plover) <= 0.2
