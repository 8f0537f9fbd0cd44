from __future__ import annotations

import gzip

import pytest

from bilateral.errors import IngestError
from bilateral.ingest.decode import check_not_binary, decode, gunzip, looks_like_html


@pytest.mark.parametrize(
    "data, code",
    [
        (b"%PDF-1.7\n%binary", "B204"),
        (b"\x89PNG\r\n\x1a\n....", "B204"),
        (b"abc\x00\x00def", "B204"),
        (b"", "B203"),
        (b"   \n\t ", "B203"),
    ],
)
def test_decode_rejects_binary_and_empty(data: bytes, code: str) -> None:
    with pytest.raises(IngestError) as raised:
        check_not_binary(data)
    assert raised.value.code == code


def test_decode_accepts_text() -> None:
    check_not_binary("Islamabad — talks resumed.".encode())


@pytest.mark.parametrize(
    "data, is_html, expected",
    [
        ("Café “quoted”".encode(), False, "Café “quoted”"),
        ("Café “quoted”".encode("cp1252"), False, "Café “quoted”"),
        (b'<meta charset="windows-1252"><p>caf\xe9 \x93x\x94</p>', True, "<p>café “x”</p>"),
        (b'<meta charset="iso-8859-1"><p>\x93x\x94</p>', True, "“x”"),
        ("\ufeffBOM text".encode(), False, "BOM text"),
    ],
)
def test_decode_detects_encoding(data: bytes, is_html: bool, expected: str) -> None:
    assert expected in decode(data, is_html)


def test_decode_gunzip_roundtrip_and_limits() -> None:
    packed = gzip.compress(b"hello world " * 100)
    assert gunzip(packed, 10_000).startswith(b"hello world")
    with pytest.raises(IngestError) as too_big:
        gunzip(packed, 100)
    assert too_big.value.code == "B205"
    with pytest.raises(IngestError) as truncated:
        gunzip(packed[: len(packed) // 2], 10_000)
    assert truncated.value.code == "B213"


def test_decode_sniffs_html() -> None:
    assert looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>")
    assert not looks_like_html(b"Plain words about <b> tags in text")
