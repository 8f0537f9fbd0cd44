from __future__ import annotations

import httpx
import pytest

from bilateral.config import IngestConfig
from bilateral.errors import IngestError
from bilateral.ingest.fetch import Fetcher
from bilateral.ingest.read import read_inputs
from bilateral.records import RawDocument, Rejection

PAGE = b"<html><body><article><p>Envoys met in Velmora.</p></article></body></html>"


def public(_host: str) -> list[str]:
    return ["93.184.216.34"]


def make(handler, resolver=public, **cfg) -> Fetcher:
    return Fetcher(IngestConfig(**cfg), transport=httpx.MockTransport(handler), resolver=resolver)


def test_fetch_follows_bounded_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})

    page = make(handler).fetch("https://news.example/old")
    assert page.url == "https://news.example/new" and page.is_html and page.content == PAGE


def test_fetch_stops_redirect_loops() -> None:
    fetcher = make(lambda r: httpx.Response(302, headers={"location": "/again"}), max_redirects=3)
    with pytest.raises(IngestError, match="redirects"):
        fetcher.fetch("https://news.example/loop")


@pytest.mark.parametrize(
    "url, resolver, code",
    [
        ("file:///etc/passwd", public, "B208"),
        ("ftp://news.example/a", public, "B208"),
        ("http://intranet.local/a", lambda h: ["10.0.0.7"], "B209"),
        ("http://localhost/a", lambda h: ["127.0.0.1"], "B209"),
        ("http://[::1]/a", lambda h: ["::1"], "B209"),
    ],
)
def test_fetch_refuses_schemes_and_private_addresses(url, resolver, code) -> None:
    fetcher = make(lambda r: httpx.Response(200, content=PAGE), resolver=resolver)
    with pytest.raises(IngestError) as raised:
        fetcher.fetch(url)
    assert raised.value.code == code


def test_fetch_refuses_redirect_to_private_address() -> None:
    def resolver(host: str) -> list[str]:
        return ["192.168.1.1"] if host == "router" else ["93.184.216.34"]

    fetcher = make(lambda r: httpx.Response(302, headers={"location": "http://router/admin"}), resolver=resolver)
    with pytest.raises(IngestError) as raised:
        fetcher.fetch("https://news.example/a")
    assert raised.value.code == "B209"


@pytest.mark.parametrize(
    "handler, code",
    [
        (lambda r: httpx.Response(404), "B211"),
        (lambda r: httpx.Response(200, content=b"x" * 5000), "B205"),
        (lambda r: (_ for _ in ()).throw(httpx.ConnectTimeout("timed out")), "B210"),
    ],
)
def test_fetch_reports_failures(handler, code) -> None:
    with pytest.raises(IngestError) as raised:
        make(handler, max_bytes=1000).fetch("https://news.example/a")
    assert raised.value.code == code


def test_read_inputs_turns_unreachable_url_into_rejection() -> None:
    fetcher = make(lambda r: (_ for _ in ()).throw(httpx.ConnectError("unreachable")))
    good = make(lambda r: httpx.Response(200, content=PAGE, headers={"content-type": "text/html"}))
    bad, ok = list(read_inputs(["https://down.example/a"], IngestConfig(), fetcher=fetcher)) + list(
        read_inputs(["https://up.example/b"], IngestConfig(), fetcher=good)
    )
    assert isinstance(bad, Rejection) and bad.code == "B210" and "unreachable" in bad.reason
    assert isinstance(ok, RawDocument) and ok.media_type == "html" and ok.url == "https://up.example/b"
