"""Short inputs are articles: a headline, a wire line, a sentence of three words, a list of them.

Every sentence here is made up for the tests.
"""

from __future__ import annotations

import pytest

from bilateral.errors import IngestError
from bilateral.ingest.extract import ingest_document
from bilateral.ingest.html import extract_html
from bilateral.ingest.textclean import clean_text
from bilateral.records import RawDocument

ONE_LINERS = [
    "Norway and Chile sign fisheries accord in Oslo",  # a headline with no full stop
    "OSLO, June 9 (Reuters) - Norway expelled a Chilean diplomat on Friday.",  # a wire line
    "Will Peru and Bolivia reopen the lake crossing?",  # a question
    'Ghana urged Togo to "close the camps now."',  # closed by a quote mark
    'The envoy said Spain would back Morocco "without delay"',  # a quote mark and no full stop
    "Latvia accused Belarus of flying drones over its border;",  # a trailing semicolon
    "- Fiji recalled its envoy to Tonga.",  # a dash before the sentence
    "— Fiji recalled its envoy to Tonga.",  # an em dash
    "NORWAY EXPELS CHILEAN DIPLOMAT OVER SPY CLAIM",  # an all-caps wire headline
    "Nepal thanked Bhutan.",  # three words
    "Chile: Make Norway Pay For The Nets",  # a headline with a colon
]


@pytest.mark.parametrize("line", ONE_LINERS)
def test_a_one_line_text_is_its_own_body(line: str) -> None:
    cleaned = clean_text(line + "\n")
    assert cleaned.body == [line] and cleaned.title is None


@pytest.mark.parametrize("line", ONE_LINERS)
def test_a_one_line_file_is_an_article(line: str) -> None:
    article = ingest_document(RawDocument("alert.txt", line.encode(), "text"))
    assert article.body == line


def test_a_list_of_headlines_is_kept_line_by_line() -> None:
    lines = [
        "Norway and Chile sign fisheries accord in Oslo",
        "Peru and Bolivia hold fresh border talks in La Paz",
        "Ghana recalls envoy from Togo",
    ]
    assert clean_text("\n".join(lines)).body == lines  # not glued into one wrapped paragraph


def test_a_list_of_sentences_is_kept_whole() -> None:
    text = "Peru and Bolivia held border talks on Monday.\nNepal thanked Bhutan for the flood relief."
    body = " ".join(clean_text(text).body)
    assert body == text.replace("\n", " ")


def test_a_wire_headline_in_capitals_is_not_glued_to_its_lead() -> None:
    text = "NORWAY EXPELS CHILEAN DIPLOMAT OVER SPY CLAIM\nOSLO, June 9 (Reuters) - Norway expelled a Chilean diplomat on Friday."
    cleaned = clean_text(text)
    assert cleaned.title == "NORWAY EXPELS CHILEAN DIPLOMAT OVER SPY CLAIM"
    assert cleaned.body == ["OSLO, June 9 (Reuters) - Norway expelled a Chilean diplomat on Friday."]


def test_a_short_last_sentence_of_a_clean_text_stays() -> None:
    text = (
        "Peru and Bolivia agreed on Monday to reopen the lake crossing after talks between their foreign ministers.\n\n"
        "The crossing has been closed to trucks since the floods of last spring, officials in both capitals said.\n\n"
        "Bolivia declined to comment."
    )
    assert clean_text(text).body[-1] == "Bolivia declined to comment."


def test_a_headline_beside_a_share_link_is_kept() -> None:
    assert clean_text("Norway and Chile sign fisheries accord in Oslo\nShare this").body == [
        "Norway and Chile sign fisheries accord in Oslo"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Share on Facebook\nSubscribe\nCookie settings",
        "Read more\nAccept all cookies\nFollow us on Twitter",
        "Skip to content\nMenu\nHome\nNews\nPage not found\nSorry, that page has gone.\nCopyright 2020 All rights reserved",
        "By Jane Roe\nJune 9, 2021 8:58 PM",
    ],
)
def test_furniture_alone_is_still_no_article(text: str) -> None:
    assert clean_text(text).body == []
    with pytest.raises(IngestError) as raised:
        ingest_document(RawDocument("page.txt", text.encode(), "text"))
    assert raised.value.code == "B207"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway expelled a Chilean diplomat on Friday over spying claims.",
        "Nepal thanked Bhutan.",
        "Norway and Chile sign fisheries accord",
    ],
)
def test_an_html_page_of_one_short_paragraph_is_an_article(sentence: str) -> None:
    page = f"<html><head><title>Alert</title></head><body><p>{sentence}</p></body></html>"
    assert extract_html(page).body == sentence
    assert ingest_document(RawDocument("alert.html", page.encode(), "html")).body == sentence


def test_an_html_page_of_markup_debris_is_no_article() -> None:
    with pytest.raises(IngestError):
        extract_html("<html><body><p>&lt;&lt;div&gt;&gt; not an article</p></body></html>")


def test_a_headline_using_a_furniture_word_is_the_title_of_a_clean_text() -> None:
    text = (
        "Norway and Chile sign fisheries accord in Oslo\n\n"
        "The fisheries ministers of Norway and Chile signed an accord on Monday that sets quotas for the southern cod stocks."
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Norway and Chile sign fisheries accord in Oslo" and len(cleaned.body) == 1


def test_a_short_sentence_using_a_furniture_word_stays_in_a_scrape() -> None:
    scrape = (
        "Home | World | Sport\nSubscribe to our newsletter\n\n"
        "Peru and Bolivia agreed on Monday to reopen the lake crossing after talks between their foreign ministers.\n\n"
        "The Bolivian ministry declined to comment.\n\n"
        "The crossing has been closed to trucks since the floods of last spring, officials in both capitals said.\n\n"
        "Share on Facebook\nFollow us on Twitter"
    )
    body = clean_text(scrape).body
    assert body[1] == "The Bolivian ministry declined to comment." and len(body) == 3
