"""Turn what the user named (files, folders, URLs, ``-``) into raw documents.

Every input yields either a ``RawDocument`` or a ``Rejection``; nothing here raises for a
bad input, so one unreadable file never stops a batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import BinaryIO

from ..config import IngestConfig
from ..errors import IngestError
from ..records import RawDocument, Rejection
from .decode import check_not_binary, gunzip, is_gzip, looks_like_html
from .fetch import Fetcher

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
KNOWN_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES


def is_url(name: str) -> bool:
    return "://" in name[:16]


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def walk(folder: Path) -> Iterator[Path]:
    """Files with a known suffix under ``folder``, in a stable order, hidden ones skipped."""
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and _suffix(path) in KNOWN_SUFFIXES:
                yield path


def media_type_for(suffix: str, data: bytes) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "html" if looks_like_html(data) else "text"


def prepare_bytes(source: str, data: bytes, suffix: str, cfg: IngestConfig, url: str | None = None) -> RawDocument:
    """Unpack and sniff raw bytes; raises ``IngestError`` for unusable content."""
    if len(data) > cfg.max_bytes:
        raise IngestError("B205", size=len(data), limit=cfg.max_bytes)
    if is_gzip(data):
        data = gunzip(data, cfg.max_bytes)
    check_not_binary(data)
    return RawDocument(source=source, content=data, media_type=media_type_for(suffix, data), url=url)


def read_path(path: Path, cfg: IngestConfig) -> RawDocument:
    source = str(path)
    suffix = _suffix(path)
    try:
        size = path.stat().st_size
        if size > cfg.max_bytes:
            raise IngestError("B205", size=size, limit=cfg.max_bytes)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError("B201") from exc
    except OSError as exc:
        raise IngestError("B202", reason=exc.strerror or str(exc)) from exc
    return prepare_bytes(source, data, suffix, cfg)


def read_stream(stream: BinaryIO, cfg: IngestConfig) -> RawDocument:
    data = stream.read(cfg.max_bytes + 1)
    return prepare_bytes("-", data, "", cfg)


def read_inputs(
    names: Iterable[str], cfg: IngestConfig, fetcher: Fetcher | None = None, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Rejection]:
    """Yield one raw document or rejection per input file, page or stream, in order."""
    own_fetcher: Fetcher | None = None
    try:
        for name in names:
            if name == "-":
                yield _guarded(name, partial(read_stream, stdin or sys.stdin.buffer, cfg))
            elif is_url(name):
                if fetcher is None:
                    fetcher = own_fetcher = Fetcher(cfg)
                yield _guarded(name, partial(_fetch, fetcher, name, cfg))
            elif (path := Path(name).expanduser()).is_dir():
                for file in walk(path):
                    yield _guarded(str(file), partial(read_path, file, cfg))
            else:
                yield _guarded(name, partial(read_path, path, cfg))
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _fetch(fetcher: Fetcher, url: str, cfg: IngestConfig) -> RawDocument:
    page = fetcher.fetch(url)
    suffix = ".html" if page.is_html else _suffix(Path(page.url.split("?")[0]))
    return prepare_bytes(url, page.content, suffix, cfg, url=page.url)


def _guarded(source: str, read: Callable[[], RawDocument]) -> RawDocument | Rejection:
    try:
        return read()
    except IngestError as exc:
        return Rejection(source=source, code=exc.code, reason=exc.reason)
