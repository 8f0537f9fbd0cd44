"""``bilateral serve``: a read-only web app over the store.

Pages: the dyad overview (click a month to see its events and sentences), actors, quotes,
figures and disagreements, one article with its records highlighted, and questions answered
with ranked evidence. The overview and an actor's events show confident events only; ``all=1``
adds the less certain ones (marked), and each page says which it shows and links to the other. Every value is escaped by the templates; every query parameter is
checked, and a bad one gets a 400 naming the parameter. Tables export as CSV or JSONL.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import OrderedDict
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates

from ..analysis.search import query_terms
from ..store import Store, views
from . import filters
from .highlight import marks_of, runs
from .overview import QUADS, dyad_overview, month_events

HERE = Path(__file__).parent
_ALL = "&all=1"  # the switch that adds the less certain events, kept on every link of a page that shows them
COUNTRY = r"^[A-Z]{3}$"
MONTH = r"^(\d{4}-(0[1-9]|1[0-2])|undated)$"
PAGE_SIZE = 50
Format = Literal["html", "csv", "jsonl"]


class NotFound(Exception):
    def __init__(self, what: str) -> None:
        self.what = what


def create_app(db_path: str | Path) -> FastAPI:
    """The app over one store file, opened read-only once and shared by every request."""
    store = Store(db_path, read_only=True)
    app = FastAPI(title="bilateral", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.add_middleware(_BlankParameters)
    # Handlers are coroutines on purpose: they run one at a time on the event loop, so the one
    # DuckDB connection (not safe to share between threads) is never used by two at once.
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.autoescape = True
    filters.install(templates.env)
    # the store is read-only: a dyad's overview never changes
    overviews: OrderedDict[tuple[str, str, bool], Any] = OrderedDict()

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context)

    @cache
    def corpus_pickers(include_unsure: bool) -> tuple[list[dict[str, Any]], list[str]]:
        return views.dyads(store, include_unsure=include_unsure), views.countries(store, include_unsure)

    def overview_of(a: str, b: str, include_unsure: bool) -> Any:
        key = (a, b, include_unsure)
        if key not in overviews:
            keep = _ALL if include_unsure else ""
            overviews[key] = dyad_overview(store, a, b, lambda m: f"/?a={a}&b={b}&month={m}{keep}#month", include_unsure=include_unsure)
            if len(overviews) > 64:
                overviews.popitem(last=False)
        return overviews[key]

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> PlainTextResponse:
        problems = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"][1:]) or "request"
            problems.append(f"bad parameter {where!r}: {error['msg']}")
        return PlainTextResponse("\n".join(problems) + "\n", status_code=400)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> PlainTextResponse:
        return PlainTextResponse(f"not found: {exc.what}\n", status_code=404)

    @app.get("/", response_class=HTMLResponse)
    async def overview(
        request: Request,
        a: str | None = Query(None, pattern=COUNTRY, description="ISO3 of the first country"),
        b: str | None = Query(None, pattern=COUNTRY),
        month: str | None = Query(None, pattern=MONTH),
        show_all: bool = Query(False, alias="all", description="also the less certain events"),
        format: Format = "html",
    ) -> Response:
        pairs, countries = corpus_pickers(show_all)
        if a is None or b is None:
            a, b = (pairs[0]["a"], pairs[0]["b"]) if pairs else ("PAK", "USA")
        if a == b:
            raise RequestValidationError([{"loc": ("query", "b"), "msg": "must differ from a", "type": "value_error"}])
        view = overview_of(a, b, show_all)
        if month and not view.has(month):
            less = "" if show_all else " (confident events only; all=1 adds the less certain)"
            raise NotFound(f"no events between {a} and {b} in {month}{less}")
        chosen = month_events(store, a, b, month, show_all)[0] if month else None
        briefs = views.article_briefs(store, sorted({r.event.article_id for r in chosen.all_events})) if chosen else {}
        if format != "html":
            if chosen is None:
                raise RequestValidationError([{"loc": ("query", "month"), "msg": "an export needs a month", "type": "value_error"}])
            return _export([_event_row(r, briefs) for r in chosen.all_events], format, f"events_{a}_{b}_{month}")
        here = f"/?a={a}&b={b}" + (f"&month={month}" if month else "")
        switch = here + ("" if show_all else _ALL) + ("#month" if month else "")
        return page(request, "overview.html", a=a, b=b, pairs=pairs, countries=countries, view=view, month=chosen, briefs=briefs,
                    quads=QUADS, show_all=show_all, keep=_ALL if show_all else "", switch=switch)

    @app.get("/actors", response_class=HTMLResponse)
    async def actors(
        request: Request,
        name: str | None = Query(None, max_length=100),
        country: str | None = Query(None, pattern=COUNTRY),
        page_no: int = Query(1, alias="page", ge=1, le=10_000),
        format: Format = "html",
    ) -> Response:
        rows = views.actors(store, name, country, PAGE_SIZE, (page_no - 1) * PAGE_SIZE)
        if format != "html":
            return _export(rows, format, "actors")
        return page(request, "actors.html", rows=rows, name=name or "", country=country or "", page=page_no, size=PAGE_SIZE)

    @app.get("/actors/{actor_id:path}", response_class=HTMLResponse)
    async def actor(
        request: Request, actor_id: str, show_all: bool = Query(False, alias="all", description="also the less certain events")
    ) -> Response:
        if len(actor_id) > 200:
            raise RequestValidationError([{"loc": ("path", "actor_id"), "msg": "longer than 200 characters", "type": "value_error"}])
        found = views.actor(store, actor_id, show_all)
        if found is None:
            raise NotFound(f"actor {actor_id!r}")
        switch = f"/actors/{quote(actor_id, safe=':/')}" + ("" if show_all else "?all=1") + "#events"
        return page(request, "actor.html", actor=found, show_all=show_all, switch=switch)

    @app.get("/quotes", response_class=HTMLResponse)
    async def quotes(
        request: Request,
        speaker: str | None = Query(None, max_length=100),
        country: str | None = Query(None, pattern=COUNTRY),
        since: date | None = None,
        until: date | None = None,
        q: str | None = Query(None, max_length=200, description="words that must all occur in the quote"),
        page_no: int = Query(1, alias="page", ge=1, le=10_000),
        format: Format = "html",
    ) -> Response:
        size = PAGE_SIZE if format == "html" else 5_000
        found = views.quotes(store, views.QuoteFilter(speaker, country, since, until, q, size, (page_no - 1) * size))
        if format != "html":
            return _export(found, format, "quotes")
        filters = {"speaker": speaker or "", "country": country or "", "since": since or "", "until": until or "", "q": q or ""}
        return page(request, "quotes.html", rows=found, filters=filters, page=page_no, size=size, query=_query(filters))

    @app.get("/figures", response_class=HTMLResponse)
    async def figures(request: Request, measure: str | None = Query(None, max_length=100), format: Format = "html") -> Response:
        # a page shows the latest claims of each measure; a filtered page or an export shows them all
        per = 10 if format == "html" and not measure else 5_000
        claims = views.claims_by_measure(store, measure, per, 5_000 if format != "html" else 600)
        if format != "html":
            return _export(claims, format, "figures")
        grouped: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
        for claim in claims:
            grouped.setdefault(claim["measure"], []).append(claim)
        return page(request, "figures.html", grouped=grouped, disagreements=views.disagreements(store, measure), measure=measure or "")

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    async def article(
        request: Request, article_id: str, start: int | None = Query(None, ge=0, le=10_000_000), end: int | None = Query(None, ge=0, le=10_000_000)
    ) -> Response:
        if not re.fullmatch(r"[0-9a-f]{1,64}", article_id):
            raise RequestValidationError([{"loc": ("path", "article_id"), "msg": "an article id is hexadecimal", "type": "value_error"}])
        found = views.article(store, article_id)
        if found is None:
            raise NotFound(f"article {article_id!r}")
        records = views.article_records(store, article_id)
        focus = (start, end) if start is not None and end is not None and start < end else None
        return page(request, "article.html", article=found, records=records, runs=runs(found["body"], marks_of(records, focus)))

    @app.get("/ask", response_class=HTMLResponse)
    async def ask(request: Request, q: str = Query("", max_length=300), format: Format = "html") -> Response:
        terms = query_terms(q)
        found = views.search(store, terms, 60)
        if format != "html":
            return _export(found, format, "answers")
        groups: OrderedDict[tuple[str, str], list[dict[str, Any]]] = OrderedDict()
        for row in found:  # in rank order: a speaker's best passage places their group
            groups.setdefault((row["speaker"] or "unattributed", str(row["published"] or "undated")), []).append(row)
        return page(request, "ask.html", q=q, terms=terms, groups=groups, count=len(found))

    return app


class _BlankParameters:
    """A form sends its empty fields ("country=&since="); an empty value means the filter is not set."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            kept = [(k, v) for k, v in parse_qsl(scope["query_string"].decode("utf-8", "replace"), keep_blank_values=True) if v.strip()]
            scope = dict(scope, query_string=urlencode(kept).encode("ascii"))
        await self.app(scope, receive, send)


def _query(filters: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in filters.items() if v})


def _event_row(reported: Any, articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    e = reported.event
    brief = articles.get(e.article_id, {})
    return {
        "event_id": e.id, "article_id": e.article_id, "date": e.date, "source": e.source.code, "source_name": e.source.name,
        "target": e.target.code if e.target else None, "target_name": e.target.name if e.target else None, "cameo": e.cameo,
        "plover": e.plover, "goldstein": e.goldstein, "quad_class": e.quad_class, "sources": reported.sources,
        "confidence": round(reported.confidence, 3), "confident": reported.confident,
        "sentence": e.sentence, "start": e.start, "end": e.end, "outlet": brief.get("outlet"), "title": brief.get("title"),
    }


def _export(rows: list[dict[str, Any]], format: str, name: str) -> Response:
    if format == "jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
        return Response(body, media_type="application/x-ndjson", headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v) for k, v in r.items()} for r in rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
