"""The quotes stage: direct, reported and mixed statements attributed to resolved speakers."""

from .extract import find_quotes
from .marks import QuoteSpan, quote_spans

__all__ = ["QuoteSpan", "find_quotes", "quote_spans"]
