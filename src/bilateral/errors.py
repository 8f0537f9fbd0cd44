"""Errors raised by bilateral.

The tree::

    BilateralError            anything bilateral raises on purpose
    ├── ConfigError           bad configuration or command-line arguments
    ├── IngestError           one input could not be read or turned into an article
    ├── StageError            a pipeline stage failed on one article
    └── StoreError            the store cannot be opened, migrated or written

Messages are coded constants (``B1xx`` config, ``B2xx`` ingest, ``B3xx`` stages,
``B4xx`` store) so that logs and the input log can be grepped and counted.
An ``IngestError`` on one input is recorded as a rejected input; it never aborts a batch.
"""

from __future__ import annotations


class Messages:
    """Coded message templates; ``code`` is stored in the input log next to the text."""

    B101 = "unknown configuration key {key!r} in {path}"
    B102 = "cannot read configuration file {path}: {reason}"
    B103 = "bad value for {key!r}: {reason}"
    B201 = "no such file or folder"
    B202 = "cannot read: {reason}"
    B203 = "empty input"
    B204 = "binary content ({kind}), not a text or HTML page"
    B205 = "too large: {size} bytes (limit {limit})"
    B207 = "no article text found"
    B208 = "unsupported URL scheme {scheme!r} (only http and https)"
    B209 = "refused address {host!r}: {reason}"
    B210 = "cannot fetch URL: {reason}"
    B211 = "HTTP status {status}"
    B213 = "broken gzip data: {reason}"
    B301 = "cannot load the spaCy pipeline {model!r}: {reason} (install the project with pip to get it)"
    B302 = "cannot read actors file {path}: {reason}"
    B401 = "cannot open store {path}: {reason}"
    B402 = "cannot write store {path}: {reason}"


class BilateralError(Exception):
    """Base class; ``code`` is the message code such as ``"B201"``."""

    def __init__(self, code: str, **fields: object) -> None:
        template = getattr(Messages, code)
        self.code = code
        self.reason = template.format(**fields)
        super().__init__(f"[{code}] {self.reason}")


class ConfigError(BilateralError):
    """Bad configuration or arguments."""


class IngestError(BilateralError):
    """One input could not be read or yielded no article."""


class StageError(BilateralError):
    """A stage failed on one article."""


class StoreError(BilateralError):
    """The store could not be opened or written."""
