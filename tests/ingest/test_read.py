from __future__ import annotations

import gzip
import io
from pathlib import Path

from bilateral.config import IngestConfig
from bilateral.ingest.read import read_inputs
from bilateral.records import RawDocument, Rejection


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_read_walks_folders_in_order_and_skips_unknown(tmp_path: Path, ingest_cfg: IngestConfig) -> None:
    _write(tmp_path, "b/story.txt", b"Words of a story.")
    _write(tmp_path, "a/page.html.gz", gzip.compress(b"<html><body><p>x</p></body></html>"))
    _write(tmp_path, "a/notes.md", b"not an input")
    _write(tmp_path, ".hidden/secret.txt", b"hidden")
    results = list(read_inputs([str(tmp_path)], ingest_cfg))
    assert [Path(r.source).name for r in results] == ["page.html.gz", "story.txt"]
    page, story = results
    assert isinstance(page, RawDocument) and page.media_type == "html" and page.content.startswith(b"<html>")
    assert isinstance(story, RawDocument) and story.media_type == "text"


def test_read_rejects_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    cfg = IngestConfig(max_bytes=1000)
    good = _write(tmp_path, "good.txt", b"A line of news.")
    big = _write(tmp_path, "big.html", b"<p>" + b"x" * 5000 + b"</p>")
    empty = _write(tmp_path, "empty.txt", b"")
    binary = _write(tmp_path, "scan.txt", b"%PDF-1.4 binary")
    broken = _write(tmp_path, "broken.txt.gz", gzip.compress(b"some text")[:12])
    names = [str(p) for p in (big, empty, binary, broken)] + [str(tmp_path / "missing.txt"), str(tmp_path), str(good)]
    results = list(read_inputs(names, cfg))
    codes = [r.code if isinstance(r, Rejection) else "ok" for r in results]
    assert codes[:5] == ["B205", "B203", "B204", "B213", "B201"]
    assert codes[-1] == "ok"  # a good file after bad ones is still read


def test_read_stdin_sniffs_html(ingest_cfg: IngestConfig) -> None:
    (doc,) = read_inputs(["-"], ingest_cfg, stdin=io.BytesIO(b"<html><body><p>Hi</p></body></html>"))
    assert isinstance(doc, RawDocument) and doc.source == "-" and doc.media_type == "html"
