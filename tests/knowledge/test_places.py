from __future__ import annotations

import pytest

from bilateral.knowledge.places import place_country, town_country


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Kirkuk", "IRQ"), ("Sindh", "PAK"), ("Khyber Pakhtunkhwa", "PAK"), ("West Darfur", "SDN"), ("Jericho", "PSE"),
     ("Tel Aviv", "ISR"), ("Anbar", "IRQ"), ("al-Anbar", "IRQ"), ("Peshawar", "PAK")],
)
def test_places_inside_countries(name: str, iso3: str) -> None:
    assert place_country(name) == iso3


@pytest.mark.parametrize("name", ["Punjab", "Georgia", "Central", "central", "Springfield", ""])
def test_shared_or_unknown_places_say_nothing(name: str) -> None:
    assert place_country(name) is None  # Punjab is in two countries; Georgia is a country; lower case is no name


@pytest.mark.parametrize(("name", "iso3"), [("Calgary", "CAN"), ("Genoa", "ITA"), ("Medellín", "COL"), ("Gaza", "PSE")])
def test_world_towns_name_their_country(name: str, iso3: str) -> None:
    assert town_country(name) == iso3


@pytest.mark.parametrize("name", ["Victoria", "Hyderabad", "calgary", "Nowhereville"])
def test_towns_shared_by_countries_or_unknown_say_nothing(name: str) -> None:
    assert town_country(name) is None


def test_us_states_after_a_town_and_no_country_among_them():
    from bilateral.knowledge.places import is_us_state

    assert is_us_state("N.H.") and is_us_state("New Hampshire") and is_us_state("Calif.")
    assert not is_us_state("Georgia")  # also a country: says nothing sure
    assert not is_us_state("Kent")
