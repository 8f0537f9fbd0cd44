"""The web app and the report on a store built by the real pipeline from articles written for these tests."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bilateral.config import load_config
from bilateral.pipeline import analyze
from bilateral.store import Store
from bilateral.web.app import create_app
from bilateral.web.report import render_report

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{outlet}"><meta property="article:published_time" content="{day}T09:00:00+00:00">
</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""

ARTICLES = {
    "talks": ("2024-03-04", "Kestrel Times", "Pakistan and US hold talks on aid", [
        "Pakistan and the United States held talks in Islamabad on Monday about economic aid and counterterrorism cooperation.",
        "\u201cWe want a partnership with the United States built on trade, not aid,\u201d Pakistan's foreign minister Ishaq Dar said.",
        "The United States praised Pakistan for its cooperation against militant groups.",
    ]),
    "strikes": ("2024-05-12", "Harbor Post", "Pakistan condemns US drone strikes", [
        "Pakistan condemned the United States over drone strikes in the tribal areas on Sunday.",
        "The strikes in the war on terror killed 40 people in Pakistan, the provincial government said.",
        "Foreign Office spokesperson Mumtaz Zahra Baloch said the strikes violated Pakistan's sovereignty <script>window.__pwned = 1</script>.",
    ]),
    "toll": ("2024-05-13", "Ridge Daily", "Toll from drone strikes disputed", [
        "A local official said the drone strikes of the war on terror killed more than 90 people in Pakistan's tribal areas.",
        "Pakistan accused the United States of violating its airspace.",
    ]),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web_corpus")
    for name, (day, outlet, title, paragraphs) in ARTICLES.items():
        body = "".join(f"<p>{p.replace('<script>', '&lt;script&gt;').replace('</script>', '&lt;/script&gt;')}</p>" for p in paragraphs)
        (folder / f"{name}.html").write_text(PAGE.format(title=title, outlet=outlet, day=day, paragraphs=body), encoding="utf-8")
    path = folder / "web.duckdb"
    analyze([str(folder)], load_config(overrides={"store": {"path": str(path)}}))
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def test_overview_charts_the_dyad_by_month_and_a_month_lists_its_sentences(client):
    page = client.get("/?a=PAK&b=USA")
    assert page.status_code == 200
    months = re.findall(r'class="month-link" data-month="([\d-]+)"', page.text)
    assert {"2024-03", "2024-05"} <= set(months)
    opened = client.get("/?a=PAK&b=USA&month=2024-05")
    assert opened.status_code == 200
    rows = re.findall(r'<td class="sentence"><a href="(/articles/[0-9a-f]+\?start=\d+&amp;end=\d+#focus)">([^<]+)</a>', opened.text)
    assert any("condemned" in sentence for _, sentence in rows), rows


def test_a_month_cited_sentence_opens_highlighted_in_its_article(client):
    opened = client.get("/?a=PAK&b=USA&month=2024-05&format=jsonl")
    event = next(json.loads(line) for line in opened.text.splitlines() if "condemned" in json.loads(line)["sentence"])
    article = client.get(f"/articles/{event['article_id']}?start={event['start']}&end={event['end']}")
    assert article.status_code == 200
    focused = re.search(r'<span id="focus"></span>(.*?)</div>', article.text, re.S)
    assert focused and "Pakistan condemned" in re.sub(r"<[^>]+>", "", focused.group(1))
    assert 'class="event' in article.text or 'class="event focus' in article.text


def test_untrusted_text_is_shown_as_text(client):
    quotes = client.get("/quotes?q=sovereignty")
    assert "&lt;script&gt;window.__pwned" in quotes.text
    assert "<script>window.__pwned" not in quotes.text
    article_id = re.search(r"/articles/([0-9a-f]+)\?", quotes.text).group(1)
    assert "<script>" not in client.get(f"/articles/{article_id}").text


@pytest.mark.parametrize(
    ("url", "parameter"),
    [("/?a=pak&b=USA", "a"), ("/?a=PAK&b=PAK", "b"), ("/?a=PAK&b=USA&month=2024-13", "month"), ("/quotes?since=yesterday", "since"),
     ("/actors?page=0", "page"), ("/quotes?format=xml", "format"), ("/ask?q=" + "x" * 301, "q"), ("/articles/not-an-id", "article_id")],
)
def test_a_bad_parameter_gets_400_naming_it(client, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    assert f"'{parameter}'" in response.text


def test_unknown_records_are_404(client):
    assert client.get("/articles/0123456789abcdef").status_code == 404
    assert client.get("/actors/person:nobody-at-all").status_code == 404
    assert client.get("/?a=PAK&b=USA&month=1999-01").status_code == 404


def test_quotes_filter_by_speaker_and_export_what_is_filtered(client):
    page = client.get("/quotes?speaker=Dar")
    assert page.status_code == 200 and "trade, not aid" in page.text and "sovereignty" not in page.text
    table = list(csv.DictReader(io.StringIO(client.get("/quotes?speaker=Dar&format=csv").text)))
    assert table and all("Dar" in (row["speaker_name"] + row["actor_name"]) for row in table)
    assert all(row["published"] == "2024-03-04" for row in table)
    lines = client.get("/quotes?since=2024-05-01&format=jsonl").text.splitlines()
    assert lines and all(json.loads(line)["published"] >= "2024-05-01" for line in lines)


def test_ask_ranks_the_statement_that_answers_first(client):
    page = client.get("/ask?q=What did Pakistan say about aid and trade?")
    answers = re.findall(r'<li class="answer"><span class="sentence"><a [^>]+>([^<]+)</a>', page.text)
    assert answers and "trade, not aid" in answers[0], answers


def test_figures_set_disagreeing_sources_side_by_side(client):
    page = client.get("/figures")
    assert page.status_code == 200
    block = re.search(r'<div class="disagreement">(.*?)</div>\s*</div>\s*</div>', page.text, re.S)
    assert block, page.text[:2000]
    assert "40" in block.group(1) and "90" in block.group(1)


def test_actor_page_lists_offices_and_statements(client):
    actors = client.get("/actors?name=Dar")
    actor_id = re.search(r'href="/actors/([^"]+)">Ishaq Dar', actors.text).group(1)
    page = client.get(f"/actors/{actor_id}")
    assert page.status_code == 200 and "foreign minister" in page.text.lower() and "trade, not aid" in page.text


def test_report_is_one_self_contained_file(db):
    with Store(db, read_only=True) as store:
        html = render_report(store, "PAK", "USA", "2026-01-01")
    assert html.count('<svg class="chart"') == 4
    assert not re.search(r'<(script|link|img|iframe)\b', html)  # nothing to fetch
    assert re.findall(r'href="#m-2024-05"', html) and 'id="m-2024-05"' in html
    assert "trade, not aid" in html  # Pakistan's statement naming the US is a key statement

