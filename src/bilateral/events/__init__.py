"""Dyadic events coded in CAMEO, with Goldstein scores, quad classes and PLOVER events."""

from .cameo import cameo
from .extract import find_events

__all__ = ["cameo", "find_events"]
