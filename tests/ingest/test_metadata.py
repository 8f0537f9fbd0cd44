from __future__ import annotations

import pytest

from bilateral.ingest.metadata import byline, credited_sources, dateline


@pytest.mark.parametrize(
    "body, place",
    [
        ("ISLAMABAD    –  Pakistan and the United States ...", "ISLAMABAD"),
        ("Islamabad — The minister said ...", "Islamabad"),
        ("WASHINGTON (Reuters) - The State Department said ...", "WASHINGTON"),
        ("NEW DELHI, June 5 -- Officials said ...", "NEW DELHI"),
        ("The minister said on Monday that talks would go on.", None),
    ],
)
def test_metadata_dateline(body: str, place: str | None) -> None:
    assert dateline(body) == place


def test_metadata_credited_sources() -> None:
    body = (
        "WASHINGTON (Reuters) - Talks went on.\n\n"
        "Khan made the comments in an interview with The New York Times, Dawn newspaper reported.\n\n"
        "A diplomat told The Nation.\n\nThe talks will go on. — (Express Tribune)"
    )
    assert credited_sources(body) == ["Reuters", "The New York Times", "Dawn", "The Nation", "Express Tribune"]


def test_metadata_credits_ignore_people() -> None:
    assert credited_sources("The plan was approved, according to Dalen Orsk.") == []


def test_metadata_byline() -> None:
    assert byline(["Top Stories", "By Mira Santel and Jonas Brekke", "x"]) == "Mira Santel and Jonas Brekke"
    assert byline(["Nothing here"]) is None
