from __future__ import annotations

import pytest

from bilateral.knowledge.peoples import people_countries


@pytest.mark.parametrize(("word", "first"), [("Baloch", "PAK"), ("Kurds", "IRQ"), ("Karen", "MMR"), ("Yoruba", "NGA"), ("Tamils", "LKA")])
def test_peoples_live_in_their_countries(word: str, first: str) -> None:
    assert people_countries(word)[0] == first


@pytest.mark.parametrize("word", ["Pakistanis", "Smith", "rebels", ""])
def test_words_that_name_no_stateless_people(word: str) -> None:
    assert people_countries(word) == ()
