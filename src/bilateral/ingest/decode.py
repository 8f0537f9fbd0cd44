"""Bytes to text: gzip, binary sniffing, encoding detection."""

from __future__ import annotations

import re
import zlib

from charset_normalizer import from_bytes

from ..errors import IngestError

# Magic numbers of formats people drop into news folders by mistake.
_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "executable",
    b"MZ": "executable",
    b"\xd0\xcf\x11\xe0": "Office document",
    b"RIFF": "RIFF media",
    b"\x1f\x8b": "gzip data",
}
_HTML_SNIFF = re.compile(rb"<(!doctype html|html|head|body|div|p|article|meta|title)[\s>]", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing output larger than ``limit`` bytes."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise IngestError("B213", reason=str(exc)) from exc
    if len(out) > limit:
        raise IngestError("B205", size=f"more than {limit}", limit=limit)
    if not decompressor.eof:
        raise IngestError("B213", reason="truncated archive")
    return out


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def check_not_binary(data: bytes) -> None:
    """Raise ``IngestError`` for content that is plainly not text."""
    if not data.strip():
        raise IngestError("B203")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise IngestError("B204", kind=kind)
    head = data[:8192]
    if head.count(b"\x00") > 0 or _control_ratio(head) > 0.1:
        raise IngestError("B204", kind="control bytes")


def _control_ratio(head: bytes) -> float:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(head))


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_SNIFF.search(data[:4096]))


def decode(data: bytes, is_html: bool) -> str:
    """Decode bytes to text: BOM, then UTF-8, then a declared HTML charset, then cp1252 or detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    # Valid UTF-8 is almost never anything else, and pages often declare a charset they don't use.
    text = _try(data, "utf-8")
    if text is not None:
        return text
    if is_html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            text = _try(data, declared.group(1).decode("ascii", "ignore"))
            if text is not None:
                return text
    # English-language pages that are not UTF-8 are nearly always cp1252; detectors guess
    # Cyrillic code pages for short Latin text, so cp1252 goes first when it reads as Latin.
    text = _try(data, "cp1252")
    if text is not None and _reads_as_latin(text):
        return text
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("cp1252", errors="replace")


def _reads_as_latin(text: str) -> bool:
    """Whether the non-ASCII characters are Latin letters and typographic punctuation."""
    foreign = [c for c in text if ord(c) > 127]
    latin = sum(1 for c in foreign if ord(c) <= 0x24F or 0x2010 <= ord(c) <= 0x2044 or c in "€™")
    return latin >= 0.9 * len(foreign)


def _try(data: bytes, encoding: str) -> str | None:
    if encoding.lower().replace("_", "-") in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        encoding = "cp1252"  # browsers treat these labels as windows-1252
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
