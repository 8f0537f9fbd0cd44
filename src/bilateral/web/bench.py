"""How fast the web app answers: p50, p95 and max per page over a realistic mix of URLs.

Requests go through ``fastapi.testclient.TestClient``: the app runs in this process on its own
event loop, with no socket and no server. That times what the app itself does per request (routing,
parameter checks, the DuckDB queries, Python work on the rows, template rendering) and leaves out
the network and uvicorn's HTTP parsing, which cost well under a millisecond on localhost and are
the same for every page; it also keeps the timings free of a server process competing for the
machine's two cores with the client. The app's handlers are coroutines run one at a time on one
connection, so requests are sent one after another, as a single analyst's browser would.

The URLs are drawn from the store itself (its busiest dyads and their months, its actors, speakers,
words of its quotes, its measures, its articles and the offsets of their records), so the same
bench runs on a synthetic store or a real one. Each URL pattern gets one warm-up request that is
not counted. The overview caches each dyad's timeline once computed, so besides the mix of cached
and first views on ``/``, the row ``/ (first view of a dyad)`` times each request on a fresh app,
as the first analyst to open a dyad after the server starts would see it.
"""

from __future__ import annotations

import math
import random
import re
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

with warnings.catch_warnings():  # Starlette asks for httpx2 in place of httpx; the client works the same
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

from ..knowledge.countries import country_name_or
from ..store import Store, views
from .app import PAGE_SIZE, create_app
from .synthetic import build_synthetic_store

Progress = Callable[[str], None]
_WORD = re.compile(r"[A-Za-z][a-z]{4,}")
_FILLER = frozenset({"about", "after", "their", "there", "which", "would", "could", "should", "these", "those", "without", "continue"})


@dataclass(frozen=True, slots=True)
class WebBenchRow:
    page: str
    requests: int  # timed requests (warm-ups left out)
    p50_ms: float
    p95_ms: float
    max_ms: float
    statuses: tuple[int, ...]  # every status code seen, warm-ups included


def run_web_bench(db_path: str | Path | None = None, articles: int = 10_000, requests_per_page: int = 40,
                  progress: Progress | None = None, seed: int = 0) -> list[WebBenchRow]:
    """Time every page of the app on the store at ``db_path``, built synthetically first when there is none."""
    say = progress or (lambda _: None)
    with tempfile.TemporaryDirectory(prefix="bilateral-web-bench-") as tmp:
        path = Path(db_path) if db_path is not None else Path(tmp) / "synthetic.duckdb"
        if not path.exists():
            say(f"building a synthetic store of {articles:,} articles at {path}")
            counts = build_synthetic_store(path, articles, seed)
            say("built: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        # This connection stays open while the bench runs, so the fresh apps of the first-view row
        # share the open database (and its cache) rather than reopening the file.
        with Store(path, read_only=True) as store:
            say("drawing URLs from the store")
            pages = _urls(store, random.Random(seed))
            rows = []
            app = create_app(path)
            try:
                with TestClient(app) as client:
                    for page, patterns in pages.items():
                        say(f"timing {page}")
                        rows.append(_time_page(page, patterns, requests_per_page, client.get))
            finally:
                app.state.store.close()
            say("timing / (first view of a dyad)")
            rows.append(_time_first_views(path, pages["/"], requests_per_page))
    return rows


def _time_page(page: str, patterns: dict[str, list[str]], requests: int, get: Callable[[str], Any]) -> WebBenchRow:
    statuses: Counter[int] = Counter()
    for urls in patterns.values():  # one warm-up per pattern, not timed
        statuses[get(urls[0]).status_code] += 1
    timings = []
    cursors = dict.fromkeys(patterns, 1)
    names = list(patterns)
    for n in range(requests):  # round robin over the patterns, each walking its own URLs
        name = names[n % len(names)]
        urls = patterns[name]
        url = urls[cursors[name] % len(urls)]
        cursors[name] += 1
        started = time.perf_counter()
        response = get(url)
        timings.append((time.perf_counter() - started) * 1000)
        statuses[response.status_code] += 1
    return _row(page, timings, statuses)


def _time_first_views(path: Path, overview: dict[str, list[str]], requests: int) -> WebBenchRow:
    """Each dyad's overview on a new app, whose cache is empty: the cost of its first view."""
    urls = overview["other dyads"][:9]
    urls.insert(0, overview["top dyad"][0])
    warm = overview["top dyad"][0]
    timings, statuses = [], Counter[int]()
    for n in range(requests + 1):
        app = create_app(path)
        try:
            with TestClient(app) as client:
                if n == 0:  # the warm-up: the first request of all pays for loading the templates
                    statuses[client.get(warm).status_code] += 1
                    continue
                started = time.perf_counter()
                response = client.get(urls[(n - 1) % len(urls)])
                timings.append((time.perf_counter() - started) * 1000)
                statuses[response.status_code] += 1
        finally:
            app.state.store.close()
    return _row("/ (first view of a dyad)", timings, statuses)


def _row(page: str, timings: list[float], statuses: Counter[int]) -> WebBenchRow:
    ordered = sorted(timings)
    return WebBenchRow(page, len(ordered), round(_percentile(ordered, 50), 1), round(_percentile(ordered, 95), 1),
                       round(ordered[-1], 1) if ordered else 0.0, tuple(sorted(statuses)))


def _percentile(ordered: list[float], p: float) -> float:
    """Nearest-rank percentile of sorted values."""
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def _urls(store: Store, rng: random.Random) -> dict[str, dict[str, list[str]]]:
    """URL patterns per page, each with the concrete URLs it walks through."""
    def shuffled(items: list[str]) -> list[str]:
        rng.shuffle(items)
        return items or ["/"]

    dyads = [(d["a"], d["b"]) for d in views.dyads(store, 12)] or [("PAK", "USA")]
    months = {(a, b): sorted({e.date[:7] for e in views.dyad_events(store, a, b) if e.date}) for a, b in dyads[:4]}
    top = dyads[0]
    overview = {
        "top dyad": ["/", f"/?a={top[0]}&b={top[1]}"],
        "top dyad, a month": shuffled([f"/?a={top[0]}&b={top[1]}&month={m}" for m in months[top]]),
        "other dyads": [f"/?a={a}&b={b}" for a, b in dyads[1:]] or ["/"],
        "other dyads, a month": shuffled([f"/?a={a}&b={b}&month={m}" for (a, b), ms in list(months.items())[1:] for m in ms]),
    }

    busiest = views.actors(store, None, None, 300, 0)
    people = [r for r in busiest if r["kind"] == "person"]
    surnames = sorted({r["name"].split()[-1] for r in people}) or ["Khan"]
    fragments = sorted({r["name"][:4] for r in people} | set(surnames[:20])) or ["Kha"]
    countries = [c for c in views.countries(store) if c in {r["country"] for r in busiest}] or ["PAK"]
    pages_of_actors = max(1, len(busiest) // PAGE_SIZE)
    actors = {
        "all": ["/actors"],
        "a page": [f"/actors?page={n}" for n in range(2, pages_of_actors + 2)],
        "by name": shuffled([f"/actors?{urlencode({'name': f})}" for f in fragments]),
        "by country": shuffled([f"/actors?country={c}" for c in countries]),
        "by name and country": shuffled([f"/actors?{urlencode({'name': f, 'country': r['country']})}"
                                         for r in people[:60] if r["country"] for f in [r["name"].split()[-1][:5]]]),
    }
    chosen = busiest[:15] + rng.sample(busiest[15:], min(45, max(0, len(busiest) - 15)))
    actor = {"busiest and others": [f"/actors/{r['id']}" for r in chosen] or ["/actors/none"]}

    total = store.count("quotes")
    sample: list[dict[str, Any]] = []
    for _ in range(12):  # quotes from all over the store, newest to oldest
        sample += views.quotes(store, views.QuoteFilter(limit=25, offset=rng.randrange(max(1, total - 25))))
    words = sorted({w.lower() for r in sample for w in _WORD.findall(r["text"])} - _FILLER) or ["talks"]
    years = sorted({r["published"].year for r in sample if r["published"]}) or [2020]
    quote_countries = sorted({r["country"] for r in sample if r["country"]}) or ["PAK"]
    last = max(1, total // PAGE_SIZE)
    quotes = {
        "all": ["/quotes"],
        "a page": [f"/quotes?page={n}" for n in rng.sample(range(2, last + 2), min(60, last))] or ["/quotes?page=1"],
        "by speaker": shuffled([f"/quotes?{urlencode({'speaker': s})}" for s in surnames]),
        "by country": shuffled([f"/quotes?country={c}" for c in quote_countries]),
        "by date": shuffled([f"/quotes?since={y}-{m:02d}-01&until={y}-{m:02d}-28" for y in years for m in (1, 4, 7, 10)]),
        "by words": [f"/quotes?{urlencode({'q': ' '.join(rng.sample(words, rng.randint(1, 2)))})}" for _ in range(40)],
        "combined": shuffled([f"/quotes?{urlencode({'country': r['country'], 'since': r['published'].replace(month=1, day=1), 'q': w[0].lower()})}"
                              for r in sample[:60] if r["country"] and r["published"] for w in [_WORD.findall(r["text"]) or ["the"]]]),
    }
    csv = {
        "all": ["/quotes?format=csv"],
        "filtered": shuffled([f"/quotes?format=csv&country={c}" for c in quote_countries]
                             + [f"/quotes?format=csv&{urlencode({'speaker': s})}" for s in surnames[:20]]),
    }
    if total > 5_000:
        csv["a page"] = [f"/quotes?format=csv&page={n}" for n in range(2, 2 + total // 5_000)]

    measures = sorted({c["measure"].split()[0] for c in views.claims_by_measure(store, None, 10, 2_000)}) or ["deaths"]
    figures = {"all": ["/figures"], "by measure": shuffled([f"/figures?{urlencode({'measure': m})}" for m in measures])}

    spans = [(r["article_id"], r["start_offset"], r["end_offset"]) for r in sample]
    article = {
        "with a record in focus": [f"/articles/{a}?start={s}&end={e}" for a, s, e in spans[:150]],
        "plain": [f"/articles/{a}" for a, _, _ in spans[150:]] or [f"/articles/{a}" for a, _, _ in spans] or ["/articles/0"],
    }

    names = sorted({country_name_or(c, c) for c in quote_countries})
    ask = {"questions": [f"/ask?{urlencode({'q': _question(rng, words, names, surnames)})}" for _ in range(80)]}
    return {"/": overview, "/actors": actors, "/actors/{id}": actor, "/quotes": quotes, "/quotes?format=csv": csv,
            "/figures": figures, "/articles/{id}": article, "/ask": ask}


def _question(rng: random.Random, words: list[str], countries: list[str], surnames: list[str]) -> str:
    """A question of two to six words as an analyst would type it."""
    w = rng.sample(words, 4)
    country, other = rng.choice(countries), rng.choice(countries)
    return rng.choice((
        f"what did {country} say about {w[0]}",
        f"{country} {w[0]}",
        f"{rng.choice(surnames)} on {w[0]} {w[1]}",
        f"{w[0]} {w[1]} {country}",
        f"why did {country} criticise {other}",
        f"{w[0]} {w[1]}",
        f"{country} position on {w[0]} and {w[1]}",
        f"{w[0]} {w[1]} {w[2]} {w[3]}",
    ))
