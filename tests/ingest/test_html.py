from __future__ import annotations

import pytest

from bilateral.errors import IngestError
from bilateral.ingest.html import combine, extract_html

PARAGRAPHS = [
    "VELMORA – Arvenia will send engineers to Kostrava after floods destroyed bridges in three districts, the government said.",
    "The package was announced by President Sela Montrey after a telephone call with Prime Minister Teodor Halk on Monday.",
    "Halk thanked Arvenia for what he called a generous and timely gesture, and said the engineers would be welcome.",
    "The floods have killed at least 37 people and displaced more than 9,000, according to the emergency service.",
]
PAGE = f"""<html><head><title>Arvenia sends engineers to Kostrava | The Courier</title>
<meta property="og:site_name" content="The Courier"><meta name="author" content="By Petra Lind">
<meta property="article:published_time" content="2024-05-06T08:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Arvenia sends engineers to Kostrava</h1>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</article>
<aside><h2>Most read</h2><ul><li><a href="/1">Storm season forecast to be the longest in decades</a></li></ul></aside>
<footer>Copyright 2024 The Courier. Privacy policy.</footer></body></html>"""


def test_html_extracts_article_and_metadata() -> None:
    page = extract_html(PAGE)
    assert page.body.split("\n\n")[-4:] == PARAGRAPHS
    assert "Storm season" not in page.body and "Privacy" not in page.body
    assert page.title == "Arvenia sends engineers to Kostrava"
    assert page.outlet == "The Courier" and page.date == "2024-05-06"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><p>Too short.</p>",
        "<<<>>> not really html </div></span>",
    ],
)
def test_html_without_article_is_rejected(html: str) -> None:
    with pytest.raises(IngestError) as raised:
        extract_html(html)
    assert raised.value.code == "B207"


def test_html_truncated_markup_still_yields_text() -> None:
    page = extract_html(PAGE[: PAGE.index("</article>")])  # cut mid-page, no closing tags
    assert PARAGRAPHS[0] in page.body


def test_html_combine_rules() -> None:
    article = "\n\n".join(PARAGRAPHS)
    menu = "Home World Sport Business Opinion Video Podcasts Newsletters"
    assert combine(article + "\n\n" + menu, article)[0] == article  # furniture only one kept is dropped
    assert combine(PARAGRAPHS[0], article) == (article, "html.readability.v1")  # cut short: superset wins
    assert combine(article, menu) == (article, "html.trafilatura.v1")  # no agreement: trafilatura
    assert combine("", article) == (article, "html.readability.v1")
