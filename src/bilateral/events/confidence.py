"""How sure the coder is of an event: a logistic weighing of the evidence it can name.

Each event lists its evidence (how the source and the target were found, the act word's part of
speech, mood, reported speech, a governing frame, sentence length, quad class). The weights live in
``confidence.json`` beside this module: a small model trained by ``bilateral train-events`` on the
tuning halves of the event gold sets, never on their check halves. Evidence the model has no
weight for counts as nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

MODEL_FILE = "confidence.json"


@cache
def model() -> dict[str, Any]:
    """The shipped weights: ``{"bias": float, "weights": {evidence: float}, ...}``."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def is_confident(confidence: float) -> bool:
    """At or above the threshold chosen with the model on the tuning halves: shown by default."""
    return confidence >= model()["threshold"]


def confidence(evidence: Iterable[str]) -> float:
    """The probability, under the shipped model, that an event with this evidence is right."""
    weights = model()["weights"]
    score = model()["bias"] + sum(weights.get(name, 0.0) for name in set(evidence))
    return 1.0 / (1.0 + math.exp(-score))
