"""Identity and near-duplicates of articles.

An article's id is a hash of its normalised body, so the same story read twice (from any
path or URL) gets the same id and is stored once. Near-duplicates (the same wire story with
other clutter or small edits) are found with MinHash over word 5-grams.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"  # recorded with the signatures: stored values stay comparable
_TOKEN = re.compile(r"\w+", re.UNICODE)


def content_id(body: str) -> str:
    normalised = " ".join(_TOKEN.findall(body.lower()))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def raw_sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def signature(body: str) -> np.ndarray:
    """MinHash signature (uint64 array) of the body's word 5-grams."""
    tokens = _TOKEN.findall(body.lower())
    shingles = {" ".join(tokens[i : i + SHINGLE]).encode("utf-8") for i in range(max(1, len(tokens) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(shingles))
    return minhash.hashvalues


class DuplicateIndex:
    """Finds an earlier article whose estimated Jaccard similarity is above ``threshold``."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, np.ndarray] = {}

    def add(self, article_id: str, hashvalues: np.ndarray) -> None:
        if article_id in self.signatures:
            return
        self.signatures[article_id] = hashvalues
        self.lsh.insert(article_id, MinHash(num_perm=NUM_PERM, hashvalues=hashvalues, scheme=SCHEME))

    def find(self, article_id: str, hashvalues: np.ndarray) -> str | None:
        """The most similar earlier article above the threshold, or None."""
        query = MinHash(num_perm=NUM_PERM, hashvalues=hashvalues, scheme=SCHEME)
        best, best_score = None, self.threshold
        for other in self.lsh.query(query):
            if other == article_id:
                continue
            score = float(np.mean(self.signatures[other] == hashvalues))
            if score >= best_score:
                best, best_score = other, score
        return best
