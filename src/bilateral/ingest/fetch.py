"""Fetch one web page safely: http(s) only, public addresses only, bounded size and redirects.

The transport and the resolver are injectable so that tests never touch the network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import IngestConfig
from ..errors import IngestError

Resolver = Callable[[str], list[str]]


def system_resolver(host: str) -> list[str]:
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestError("B210", reason=f"cannot resolve host {host!r}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    content: bytes
    is_html: bool


class Fetcher:
    """Fetches pages with one reusable client; call ``close()`` when done."""

    def __init__(
        self,
        cfg: IngestConfig,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.cfg = cfg
        self.resolver = resolver
        self.client = httpx.Client(
            transport=transport,
            timeout=cfg.fetch_timeout_s,
            follow_redirects=False,  # redirects are followed by hand so that each hop is checked
            headers={"User-Agent": cfg.user_agent},
        )

    def close(self) -> None:
        self.client.close()

    def check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise IngestError("B208", scheme=parts.scheme)
        host = parts.hostname
        if not host:
            raise IngestError("B210", reason="URL has no host")
        if self.cfg.allow_private_addresses:
            return
        for address in self.resolver(host):
            ip = ipaddress.ip_address(address.split("%")[0])
            if not ip.is_global:
                raise IngestError("B209", host=host, reason=f"{address} is not a public address")

    def fetch(self, url: str) -> FetchedPage:
        for _ in range(self.cfg.max_redirects + 1):
            self.check_url(url)
            try:
                with self.client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise IngestError("B211", status=response.status_code)
                    content = self._read_capped(response)
                    media = response.headers.get("content-type", "").lower()
                    return FetchedPage(url=url, content=content, is_html="html" in media)
            except httpx.HTTPError as exc:
                raise IngestError("B210", reason=f"{type(exc).__name__}: {exc}") from exc
        raise IngestError("B210", reason=f"more than {self.cfg.max_redirects} redirects")

    def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.cfg.max_bytes:
            raise IngestError("B205", size=int(declared), limit=self.cfg.max_bytes)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.cfg.max_bytes:
                raise IngestError("B205", size=f"more than {size}", limit=self.cfg.max_bytes)
            chunks.append(chunk)
        return b"".join(chunks)
