"""Numeric claims: figures with their unit, qualifier, measure, subject and claimant."""

from .extract import find_claims
from .numbers import Amount, find_amounts

__all__ = ["Amount", "find_amounts", "find_claims"]
