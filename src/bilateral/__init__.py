"""bilateral: turn news coverage of relations between countries into an evidence-linked store.

>>> from bilateral import analyze, load_config
>>> summary = analyze(["clips/"], load_config())
"""

import logging

from .config import BilateralConfig, load_config
from .errors import BilateralError, ConfigError, IngestError, StageError, StoreError
from .pipeline import RunSummary, analyze
from .records import Article, PublicationDate, RawDocument, Rejection

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "BilateralConfig",
    "BilateralError",
    "ConfigError",
    "IngestError",
    "PublicationDate",
    "RawDocument",
    "Rejection",
    "RunSummary",
    "StageError",
    "StoreError",
    "analyze",
    "load_config",
]
