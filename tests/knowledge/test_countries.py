from __future__ import annotations

import pytest

from bilateral.knowledge.countries import country_code, country_name, is_capital, is_demonym, misspelt_country


@pytest.mark.parametrize(
    ("surface", "iso3"),
    [
        ("Pakistan", "PAK"),
        ("Pakistani", "PAK"),
        ("Pakistanis", "PAK"),
        ("the United States", "USA"),
        ("The United States", "USA"),
        ("United States of America", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Washington", "USA"),
        ("Washington, D.C.", "USA"),
        ("Islamabad", "PAK"),
        ("New Delhi", "IND"),
        ("Delhi", "IND"),
        ("Kabul", "AFG"),
        ("Afghan", "AFG"),
        ("Afghans", "AFG"),
        ("Afghani", "AFG"),
        ("Beijing", "CHN"),
        ("Chinese", "CHN"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Russia", "RUS"),
        ("Moscow", "RUS"),
        ("Iran", "IRN"),
        ("Tehran", "IRN"),
        ("Saudi", "SAU"),
        ("Saudis", "SAU"),
        ("Riyadh", "SAU"),
        ("Pakistan's", "PAK"),
        ("Pakistan\u2019s", "PAK"),
        ("Washington's", "USA"),
        ("U.S.'s", "USA"),
        ("Philippines'", "PHL"),
        ("UAE", "ARE"),
        ("Emirates", "ARE"),
        ("Emirati", "ARE"),
        ("Taiwan", "TWN"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Czechia", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Vietnam", "VNM"),
        ("Laos", "LAO"),
        ("Syria", "SYR"),
        ("PRC", "CHN"),
        ("KSA", "SAU"),
        ("pakistan", "PAK"),
        ("PAKISTAN", "PAK"),
        ("Islamic Republic of Pakistan", "PAK"),
        ("Georgia", "GEO"),
        ("Jordan", "JOR"),
        ("Chad", "TCD"),
        ("Guinea", "GIN"),
        ("Guinea-Bissau", "GNB"),
        ("China", "CHN"),
        ("the Hague", "NLD"),
        ("Tokyo", "JPN"),
        ("Abu Dhabi", "ARE"),
        ("Doha", "QAT"),
        ("Ankara", "TUR"),
    ],
)
def test_countries_surface_forms(surface: str, iso3: str) -> None:
    assert country_code(surface) == iso3


@pytest.mark.parametrize(
    "surface",
    [
        "Dawn",
        "Khan",
        "Reuters",
        "Georgia Tech",
        "Congress",
        "us",
        "Us",
        "uk",
        "usa",
        "",
        "  ",
        "the",
        "Brussels",
        "Korea",
        "Congo",
        "Male",
        "china",
        "turkey",
        "polish",
        "Taliban",
        "Kashmir",
    ],
)
def test_countries_non_countries_and_ambiguous_words(surface: str) -> None:
    assert country_code(surface) is None


def test_countries_capitalised_only_words() -> None:
    assert country_code("Polish") == "POL" and country_code("polish") is None
    assert country_code("Jersey") == "JEY" and country_code("jersey") is None


def test_countries_capital_and_demonym_flags() -> None:
    assert is_capital("Islamabad") and is_capital("Washington's") and is_capital("New Delhi")
    assert not is_capital("Pakistan") and not is_capital("Pakistani") and not is_capital("US")
    assert is_demonym("Pakistani") and is_demonym("Afghans") and is_demonym("British") and is_demonym("Saudi")
    assert not is_demonym("Pakistan") and not is_demonym("Kabul") and not is_demonym("us")


@pytest.mark.parametrize(
    ("iso3", "name"),
    [
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("IRN", "Iran"),
        ("RUS", "Russia"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("PAK", "Pakistan"),
        ("AFG", "Afghanistan"),
        ("SYR", "Syria"),
        ("VNM", "Vietnam"),
        ("TUR", "Turkey"),
        ("pak", "Pakistan"),
    ],
)
def test_countries_short_names(iso3: str, name: str) -> None:
    assert country_name(iso3) == name


def test_countries_unknown_code_raises() -> None:
    with pytest.raises(KeyError):
        country_name("XXX")


def test_countries_every_name_round_trips() -> None:
    for iso3 in ("PAK", "USA", "GBR", "IND", "AFG", "CHN", "RUS", "IRN", "SAU", "ARE", "KOR", "CIV", "COD", "PSE"):
        assert country_code(country_name(iso3)) == iso3


@pytest.mark.parametrize(
    ("surface", "iso3"),
    [("Zaire", "COD"), ("Soviet", "RUS"), ("USSR", "RUS"), ("Yugoslav", "SRB"), ("Kampuchean", "KHM"), ("Ceylon", "LKA")],
)
def test_countries_former_names_read_as_successor_states(surface: str, iso3: str) -> None:
    assert country_code(surface) == iso3


def test_countries_every_sovereign_state_has_a_demonym() -> None:
    for surface, iso3 in [("Fijian", "FJI"), ("Gambian", "GMB"), ("Togolese", "TGO"), ("Timorese", "TLS"), ("Trinidadian", "TTO")]:
        assert country_code(surface) == iso3 and is_demonym(surface), surface


@pytest.mark.parametrize(
    ("surface", "iso3"),
    [("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Phillippines", "PHL"), ("Quatar", "QAT"), ("Isreal", "ISR"), ("Mexcio", "MEX")],
)
def test_countries_one_letter_slips(surface: str, iso3: str) -> None:
    assert misspelt_country(surface) == iso3


@pytest.mark.parametrize("surface", ["Pakistan", "Prussia", "Brittan", "Omar", "Nigel", "ethopia", "Gordon", "Iceland"])
def test_countries_no_slip_for_names_words_or_exact_matches(surface: str) -> None:
    assert misspelt_country(surface) is None
