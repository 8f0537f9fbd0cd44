"""Fixtures for the web tests: a store built by the real pipeline, the app served over HTTP, a headless Chromium.

The browser is Debian's ``chromium`` (CI installs it with apt); Playwright drives it and never
downloads one. Without either, the browser tests skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bilateral.config import load_config
from bilateral.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def build_store(inputs: list[Path], db: Path) -> Path:
    """Run the whole pipeline (read, clean, store, NLP) on ``inputs`` into a new store at ``db``."""
    config = load_config(overrides={"store": {"path": str(db)}, "nlp": {"actors_file": str(EXAMPLES / "actors.toml")}})
    summary = analyze([str(p) for p in inputs], config, jobs=1)
    assert not summary.rejected and not summary.failed, summary
    return db


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus (Arvenia XAR and Kostrava XKO) analysed into a fresh store."""
    corpus = sorted(p for p in (EXAMPLES / "corpus").iterdir() if p.is_file())
    return build_store(corpus, tmp_path_factory.mktemp("example_store") / "examples.duckdb")


@contextmanager
def serve(db: Path) -> Iterator[str]:
    """The real app over ``db``, served by uvicorn on a free port of 127.0.0.1 in a thread; yields the base URL."""
    import uvicorn

    from bilateral.web.app import create_app

    app = create_app(db)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web app did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.store.close()


def chromium_path() -> str | None:
    """Debian's chromium, or whatever ``BILATERAL_CHROMIUM`` names; never a downloaded browser."""
    for candidate in (
        os.environ.get("BILATERAL_CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for a whole test module."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = chromium_path()
    if executable is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page in its own context; any uncaught script error on it fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    yield opened
    context.close()
    assert not errors, f"script errors on the page: {errors}"


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: ``$BILATERAL_SCREENSHOTS`` if set, else a temporary folder."""
    chosen = os.environ.get("BILATERAL_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
