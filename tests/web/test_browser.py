"""The web app and the report driven in headless Chromium, on stores built by the real pipeline.

Each test clicks and reads what a person would: the charts' month columns, the month's table,
the cited sentence highlighted in its article, the quote filters, the answers, a bad parameter,
and the report opened from disk with the network cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from bilateral.store import Store, views
from bilateral.web.report import write_report

from .conftest import build_store, serve

pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
from playwright.sync_api import expect  # noqa: E402


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module")
def site(browser: Any, example_db: Path) -> Iterator[str]:
    """The app over the example store, served for the module's browser; the base URL."""
    with serve(example_db) as base:
        yield base


def shoot(page: Any, folder: Path, name: str) -> Path:
    path = folder / name
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5_000  # a real picture, not an empty page
    print(f"screenshot: {path}")
    return path


def test_a_month_column_opens_its_events_and_a_sentence_opens_highlighted_in_its_article(page, site, screenshots):
    page.goto(site + "/")
    index = page.locator("svg.chart").first
    assert "Goldstein" in (index.locator("title").first.text_content() or "")
    months = index.locator("a.month-link")
    assert months.count() >= 1
    month = months.first.get_attribute("data-month")
    assert month and re.fullmatch(r"\d{4}-\d{2}|undated", month)

    months.first.click()
    page.wait_for_url(re.compile(r"[?&]month=" + re.escape(month)))
    assert f"month={month}" in page.url
    rows = page.locator("table.month-events tr:has(td.sentence)")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 1
    expect(page.locator("h2#month")).to_contain_text(month)
    shoot(page, screenshots, "overview-month.png")

    link = rows.first.locator("td.sentence a")
    href = link.get_attribute("href") or ""
    assert re.fullmatch(r"/articles/[0-9a-f]+\?start=\d+&end=\d+#focus", href), href
    sentence = squash(link.text_content())
    assert sentence

    link.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+\?start=\d+&end=\d+#focus$"))
    assert page.locator("#focus").count() == 1
    focused = page.locator("div.body span.focus")
    assert focused.count() >= 1
    expect(focused.first).to_be_in_viewport()
    shown = squash("".join(focused.all_text_contents()))
    assert shown == sentence or sentence in shown, (shown, sentence)
    shoot(page, screenshots, "article-focus.png")


def test_the_article_view_highlights_its_quotes_in_the_unchanged_text(page, site, example_db):
    page.goto(site + "/quotes")
    first = page.locator("table.quotes td.sentence a").first
    quoted = squash(first.text_content())
    first.click()
    page.wait_for_url(re.compile(r"/articles/([0-9a-f]+)"))
    opened = re.search(r"/articles/([0-9a-f]+)", page.url)
    assert opened is not None
    article_id = opened.group(1)

    with Store(example_db, read_only=True) as store:
        stored = views.article(store, article_id)
        records = views.article_records(store, article_id)
    assert stored is not None and records["quotes"]
    body = page.locator("div.body")
    assert body.text_content() == stored["body"]  # cutting into highlighted runs loses or repeats nothing

    quotes = body.locator("span.quote")
    assert quotes.count() >= 1
    for text in quotes.all_text_contents():
        assert text and text in stored["body"]
    # Consecutive quote runs joined (the empty anchors between them skipped): every stored quote is highlighted whole.
    highlighted = body.evaluate(
        """el => Array.from(el.childNodes)
            .filter(n => !(n.nodeType === 1 && n.id && !n.textContent))
            .map(n => n.nodeType === 1 && n.classList.contains('quote') ? n.textContent : '\\u0000').join('')"""
    )
    for quote in records["quotes"]:
        assert any(quote["text"] in run for run in highlighted.split("\u0000")), quote["text"]
    assert any(quoted in squash(run) for run in highlighted.split("\u0000")), quoted
    assert "quote:" in (quotes.first.get_attribute("title") or "")


HOSTILE = """Kostrava and Arvenia trade words <script>window.__pwned = 1</script>

GRENHOLT \u2014 Kostrava's foreign minister said: "We <script>alert(1)</script> will talk," on Monday, after a week of sharp exchanges with Arvenia over the Selt river.

The ministry in Grenholt said <img src=x onerror="window.__pwned = 2"> was not a threat, and that officials from both countries would meet in Velmora next month.

Arvenia's government said it welcomed the offer of talks and would send a delegation.
"""


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page, tmp_path):
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    db = build_store([source], tmp_path / "hostile.duckdb")
    with Store(db, read_only=True) as store:
        article_id = store.db.execute("SELECT id FROM articles").fetchall()[0][0]
        quotes = store.db.execute("SELECT count(*) FROM quotes").fetchall()[0][0]
    assert quotes >= 1

    dialogs: list[str] = []

    def dialog(opened: Any) -> None:
        dialogs.append(opened.message)
        opened.dismiss()

    page.on("dialog", dialog)
    with serve(db) as base:
        for path in (f"/articles/{article_id}", "/quotes", "/quotes?q=talk", "/ask?q=talk+Selt+river", "/"):
            response = page.goto(base + path)
            assert response is not None and response.status == 200, path
            assert page.evaluate("window.__pwned") is None, path
            assert page.locator("main script, main img").count() == 0, path
        page.goto(base + f"/articles/{article_id}")
        text = page.inner_text("div.body")
        assert "<script>alert(1)</script>" in text
        assert '<img src=x onerror="window.__pwned = 2">' in text
        assert "<script>window.__pwned = 1</script>" in page.inner_text("h1")
        assert page.locator("div.body span.quote").count() >= 1
    assert dialogs == []


def test_the_speaker_filter_keeps_only_that_speakers_quotes(page, site):
    page.goto(site + "/quotes")
    rows = page.locator("table.quotes tr:has(td.sentence)")
    before = rows.count()
    names = [squash(t) for t in rows.locator("td:nth-child(2)").all_text_contents()]
    assert before >= 2 and all(names)
    speaker = min(set(names), key=lambda n: (names.count(n), n))  # the rarest, so the filter must drop rows
    assert names.count(speaker) < before

    page.fill("input[name=speaker]", speaker)
    with page.expect_navigation() as navigation:
        page.click("form.filters button[type=submit]")
    response = navigation.value
    assert response is not None and response.status == 200, f"{response.url} -> {response.status}: {response.text()}"
    assert "speaker=" in page.url
    after = [squash(t) for t in rows.locator("td:nth-child(2)").all_text_contents()]
    assert 1 <= len(after) < before
    assert all(speaker.lower() in name.lower() for name in after), after
    expect(page.locator("input[name=speaker]")).to_have_value(speaker)

    for export in page.locator("form.filters .exports a").all():
        got = page.request.get(urljoin(page.url, export.get_attribute("href") or ""))
        assert got.status == 200 and speaker in got.text(), (got.url, got.status, got.text()[:300])


def test_the_actor_filter_and_its_exports_keep_only_matching_actors(page, site):
    page.goto(site + "/actors")
    page.fill("input[name=name]", "Halk")
    with page.expect_navigation() as navigation:
        page.click("form.filters button[type=submit]")
    response = navigation.value
    assert response is not None and response.status == 200, f"{response.url} -> {response.status}: {response.text()}"
    names = [squash(t) for t in page.locator("main table tr td:first-child a").all_text_contents()]
    assert names and all("halk" in n.lower() for n in names), names
    for export in page.locator("form.filters .exports a").all():
        got = page.request.get(urljoin(page.url, export.get_attribute("href") or ""))
        assert got.status == 200 and "Halk" in got.text(), (got.url, got.status, got.text()[:300])


def test_a_question_is_answered_with_passages_that_use_its_words(page, site):
    page.goto(site + "/ask")
    page.fill("input[name=q]", "What did Kostrava say about the Selt river talks?")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"/ask\?q="))
    answers = page.locator("li.answer")
    assert answers.count() >= 1
    first = answers.first.locator(".sentence").inner_text().lower()
    assert any(word in first for word in ("kostrava", "selt", "river", "talks")), first
    href = answers.first.locator("a").get_attribute("href") or ""
    assert re.fullmatch(r"/articles/[0-9a-f]+\?start=\d+&end=\d+#focus", href), href


def test_a_bad_parameter_gets_a_400_that_names_it(page, site):
    response = page.goto(site + "/?a=pak")
    assert response is not None and response.status == 400
    assert re.search(r"""['"]a['"]""", page.inner_text("body")), page.content()


def test_the_report_opens_from_disk_with_the_network_cut_off(page, example_db, tmp_path, screenshots):
    out = tmp_path / "report.html"
    with Store(example_db, read_only=True) as store:
        write_report(store, "XAR", "XKO", out, "2025-01-01 00:00 UTC")

    blocked: list[str] = []

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    response = page.goto(out.as_uri())
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    charts = page.locator("svg.chart")
    assert charts.count() >= 4
    links = page.locator("svg.chart a.month-link")
    assert links.count() >= 1
    month = links.first.get_attribute("data-month")
    links.first.click()
    page.wait_for_url(re.compile(re.escape(f"#m-{month}") + "$"))
    expect(page.locator(f"h3[id='m-{month}']")).to_be_in_viewport()
    assert blocked == [], blocked
    shoot(page, screenshots, "report.png")


@pytest.fixture(scope="module")
def seeds_site(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over the real seed articles in ../shared (skipped when they are absent)."""
    seeds = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside the checkout")
    db = build_store(sorted(p for p in seeds.iterdir() if p.is_file()), tmp_path_factory.mktemp("seeds_store") / "seeds.duckdb")
    with serve(db) as base:
        yield base


def test_seeds_overview_charts_pakistan_and_the_us_by_month_and_a_month_reaches_its_sentences(page, seeds_site):
    page.goto(seeds_site + "/?a=PAK&b=USA")
    months = page.locator("svg.chart").first.locator("a.month-link")
    assert months.count() >= 2  # the seeds span 2021 to 2025
    months.first.click()
    page.wait_for_url(re.compile(r"[?&]month=\d{4}-\d{2}"))
    sentences = page.locator("table.month-events td.sentence a")
    assert sentences.count() >= 1 and all("Pakistan" in t or "US" in t or "Washington" in t for t in sentences.all_text_contents())


def test_seeds_question_on_a_topic_returns_the_statement_first(page, seeds_site):
    page.goto(seeds_site + "/ask?q=" + "war on terror lopsided relationship".replace(" ", "+"))
    first = page.locator("div.group").first
    expect(first.locator("strong").first).to_have_text("Imran Khan")
    assert "lopsided" in (first.locator("li.answer").first.text_content() or "")
