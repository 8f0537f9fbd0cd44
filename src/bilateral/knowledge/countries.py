"""How news copy names countries: names, demonyms, capitals and abbreviations to ISO 3166-1 alpha-3.

``country_code("Pakistani")`` -> ``"PAK"``; ``country_code("Washington's")`` -> ``"USA"``.

Names come from pycountry (name, common name, official name) plus hand-written tables of common
short names, demonyms and capitals whose use stands for a government. Lookups are dict lookups on a
normalised key: case-folded, accents dropped, dots and commas removed, hyphens read as spaces, a
leading "the" and a trailing possessive ('s, ’s, or a bare apostrophe) ignored.

Two kinds of surface are case-sensitive on purpose:

* all-caps abbreviations (US, U.S., UK, UAE, USA, PRC, DPRK, KSA, ROK, DRC) match only in capitals,
  so the pronoun "us" is never the United States;
* a few names and demonyms that are also common lower-case English words (china, turkey, chile,
  guinea, jersey, polish, pole, swede) match only with an initial capital.

Otherwise country names stay countries whatever their other readings ("Georgia", "Jordan", "Chad"):
callers that see them in running text check capitalisation themselves. Ambiguous words are left out
of the tables: bare "Korea", "Korean", "Congo" and "Congolese"; capitals that are also common words
or given names (Male, Victoria, Sofia, Santiago, Kingston, Wellington, San Jose, Georgetown,
Hamilton); Brussels (it stands for the EU more often than for Belgium); and Jerusalem (contested).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import jellyfish
import pycountry

__all__ = ["country_code", "country_name", "country_name_or", "is_capital", "is_demonym"]


# Case-sensitive abbreviations, compared with dots and spaces removed ("U.S." -> "US").
_ABBREVIATIONS: dict[str, str] = {
    "US": "USA",
    "USA": "USA",
    "UK": "GBR",
    "GB": "GBR",
    "UAE": "ARE",
    "PRC": "CHN",
    "DPRK": "PRK",
    "ROK": "KOR",
    "KSA": "SAU",
    "DRC": "COD",
}

# Common English short names and older or alternative names that pycountry lacks.
_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("United States", "United States of America", "America"),
    "GBR": ("United Kingdom", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"),
    "RUS": ("Russia",),
    "IRN": ("Iran", "Islamic Republic of Iran"),
    "SYR": ("Syria",),
    "KOR": ("South Korea", "Republic of Korea"),
    "PRK": ("North Korea", "Democratic People's Republic of Korea"),
    "VNM": ("Vietnam", "Viet Nam"),
    "LAO": ("Laos",),
    "TWN": ("Taiwan", "Republic of China"),
    "ARE": ("United Arab Emirates", "Emirates"),
    "SAU": ("Saudi Arabia", "Kingdom of Saudi Arabia"),
    "TUR": ("Turkey", "Turkiye", "Türkiye"),
    "CZE": ("Czechia", "Czech Republic"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "MMR": ("Myanmar", "Burma"),
    "NLD": ("Netherlands", "Holland"),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "MKD": ("North Macedonia", "Macedonia"),
    "SWZ": ("Eswatini", "Swaziland"),
    "TLS": ("Timor-Leste", "East Timor"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "BRN": ("Brunei",),
    "PSE": ("Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories"),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "FSM": ("Micronesia",),
    "COD": ("DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "COG": ("Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"),
    "CHN": ("China", "People's Republic of China", "Mainland China"),
    "PAK": ("Pakistan", "Islamic Republic of Pakistan"),
    "AFG": ("Afghanistan", "Islamic Republic of Afghanistan"),
    "IND": ("India", "Republic of India", "Bharat"),
    "BGD": ("Bangladesh",),
    "GMB": ("Gambia",),
    "BHS": ("Bahamas",),
    "STP": ("Sao Tome and Principe", "São Tomé and Príncipe"),
    "FLK": ("Falkland Islands", "Falklands"),
    "MAC": ("Macau", "Macao"),
    "HKG": ("Hong Kong",),
    "KGZ": ("Kyrgyzstan", "Kyrgyz Republic"),
    "SVK": ("Slovakia", "Slovak Republic"),
}

# Demonyms: adjective, singular noun and plural noun forms, "|"-separated.
_DEMONYMS: dict[str, str] = {
    # South and Central Asia
    "PAK": "Pakistani|Pakistanis",
    "AFG": "Afghan|Afghans|Afghani|Afghanis|Afghanistani",
    "IND": "Indian|Indians",
    "BGD": "Bangladeshi|Bangladeshis",
    "LKA": "Sri Lankan|Sri Lankans",
    "NPL": "Nepali|Nepalis|Nepalese",
    "BTN": "Bhutanese",
    "MDV": "Maldivian|Maldivians",
    "IRN": "Iranian|Iranians",
    "KAZ": "Kazakh|Kazakhs|Kazakhstani|Kazakhstanis",
    "UZB": "Uzbek|Uzbeks|Uzbekistani|Uzbekistanis",
    "TJK": "Tajik|Tajiks|Tajikistani|Tajikistanis",
    "TKM": "Turkmen|Turkmens|Turkmenistani",
    "KGZ": "Kyrgyz|Kyrgyzstani|Kyrgyzstanis",
    # East and Southeast Asia, Pacific
    "CHN": "Chinese",
    "JPN": "Japanese",
    "KOR": "South Korean|South Koreans",
    "PRK": "North Korean|North Koreans",
    "TWN": "Taiwanese",
    "MNG": "Mongolian|Mongolians",
    "IDN": "Indonesian|Indonesians",
    "MYS": "Malaysian|Malaysians",
    "SGP": "Singaporean|Singaporeans",
    "THA": "Thai|Thais",
    "VNM": "Vietnamese",
    "PHL": "Filipino|Filipinos|Filipina|Filipinas|Philippine",
    "MMR": "Burmese|Myanmarese",
    "KHM": "Cambodian|Cambodians",
    "LAO": "Laotian|Laotians|Lao",
    "AUS": "Australian|Australians|Aussie|Aussies",
    "NZL": "New Zealander|New Zealanders",
    # Middle East and North Africa
    "SAU": "Saudi|Saudis|Saudi Arabian|Saudi Arabians",
    "ARE": "Emirati|Emiratis",
    "QAT": "Qatari|Qataris",
    "KWT": "Kuwaiti|Kuwaitis",
    "BHR": "Bahraini|Bahrainis",
    "OMN": "Omani|Omanis",
    "YEM": "Yemeni|Yemenis",
    "IRQ": "Iraqi|Iraqis",
    "SYR": "Syrian|Syrians",
    "LBN": "Lebanese",
    "JOR": "Jordanian|Jordanians",
    "ISR": "Israeli|Israelis",
    "PSE": "Palestinian|Palestinians",
    "TUR": "Turkish|Turk|Turks",
    "EGY": "Egyptian|Egyptians",
    "LBY": "Libyan|Libyans",
    "TUN": "Tunisian|Tunisians",
    "DZA": "Algerian|Algerians",
    "MAR": "Moroccan|Moroccans",
    "SDN": "Sudanese",
    "SSD": "South Sudanese",
    "CYP": "Cypriot|Cypriots",
    # Europe
    "GBR": "British|Briton|Britons|Brit|Brits|Englishman|Englishmen",
    "IRL": "Irish|Irishman|Irishmen",
    "FRA": "French|Frenchman|Frenchmen|Frenchwoman",
    "DEU": "German|Germans",
    "ITA": "Italian|Italians",
    "ESP": "Spanish|Spaniard|Spaniards",
    "PRT": "Portuguese",
    "NLD": "Dutch|Dutchman|Dutchmen",
    "BEL": "Belgian|Belgians",
    "LUX": "Luxembourger|Luxembourgers|Luxembourgish",
    "CHE": "Swiss",
    "AUT": "Austrian|Austrians",
    "DNK": "Danish|Dane|Danes",
    "SWE": "Swedish|Swede|Swedes",
    "NOR": "Norwegian|Norwegians",
    "FIN": "Finnish|Finn|Finns",
    "ISL": "Icelandic|Icelander|Icelanders",
    "POL": "Polish|Pole|Poles",
    "CZE": "Czech|Czechs",
    "SVK": "Slovak|Slovaks|Slovakian",
    "HUN": "Hungarian|Hungarians",
    "ROU": "Romanian|Romanians",
    "BGR": "Bulgarian|Bulgarians",
    "GRC": "Greek|Greeks",
    "SRB": "Serbian|Serbians|Serb|Serbs",
    "HRV": "Croatian|Croatians|Croat|Croats",
    "BIH": "Bosnian|Bosnians",
    "SVN": "Slovenian|Slovenians|Slovene|Slovenes",
    "ALB": "Albanian|Albanians",
    "MKD": "Macedonian|Macedonians",
    "MNE": "Montenegrin|Montenegrins",
    "MLT": "Maltese",
    "EST": "Estonian|Estonians",
    "LVA": "Latvian|Latvians",
    "LTU": "Lithuanian|Lithuanians",
    "BLR": "Belarusian|Belarusians",
    "UKR": "Ukrainian|Ukrainians",
    "MDA": "Moldovan|Moldovans",
    "RUS": "Russian|Russians",
    "GEO": "Georgian|Georgians",
    "ARM": "Armenian|Armenians",
    "AZE": "Azerbaijani|Azerbaijanis|Azeri|Azeris",
    # Americas
    "USA": "American|Americans",
    "CAN": "Canadian|Canadians",
    "MEX": "Mexican|Mexicans",
    "CUB": "Cuban|Cubans",
    "HTI": "Haitian|Haitians",
    "DOM": "Dominican|Dominicans",
    "JAM": "Jamaican|Jamaicans",
    "GTM": "Guatemalan|Guatemalans",
    "HND": "Honduran|Hondurans",
    "SLV": "Salvadoran|Salvadorans|Salvadorean|Salvadoreans",
    "NIC": "Nicaraguan|Nicaraguans",
    "CRI": "Costa Rican|Costa Ricans",
    "PAN": "Panamanian|Panamanians",
    "COL": "Colombian|Colombians",
    "VEN": "Venezuelan|Venezuelans",
    "ECU": "Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans",
    "PER": "Peruvian|Peruvians",
    "BOL": "Bolivian|Bolivians",
    "BRA": "Brazilian|Brazilians",
    "ARG": "Argentine|Argentines|Argentinian|Argentinians",
    "CHL": "Chilean|Chileans",
    "URY": "Uruguayan|Uruguayans",
    "PRY": "Paraguayan|Paraguayans",
    # Sub-Saharan Africa
    "NGA": "Nigerian|Nigerians",
    "NER": "Nigerien|Nigeriens",
    "GHA": "Ghanaian|Ghanaians",
    "KEN": "Kenyan|Kenyans",
    "ETH": "Ethiopian|Ethiopians",
    "ERI": "Eritrean|Eritreans",
    "DJI": "Djiboutian|Djiboutians",
    "SOM": "Somali|Somalis|Somalian|Somalians",
    "UGA": "Ugandan|Ugandans",
    "TZA": "Tanzanian|Tanzanians",
    "RWA": "Rwandan|Rwandans",
    "BDI": "Burundian|Burundians",
    "ZAF": "South African|South Africans",
    "ZWE": "Zimbabwean|Zimbabweans",
    "ZMB": "Zambian|Zambians",
    "MWI": "Malawian|Malawians",
    "MOZ": "Mozambican|Mozambicans",
    "AGO": "Angolan|Angolans",
    "NAM": "Namibian|Namibians",
    "SEN": "Senegalese",
    "MLI": "Malian|Malians",
    "BFA": "Burkinabe|Burkinabé",
    "TCD": "Chadian|Chadians",
    "CMR": "Cameroonian|Cameroonians",
    "CIV": "Ivorian|Ivorians",
    "LBR": "Liberian|Liberians",
    "SLE": "Sierra Leonean|Sierra Leoneans",
    "GIN": "Guinean|Guineans",
    "MRT": "Mauritanian|Mauritanians",
    "MDG": "Malagasy",
    "BEN": "Beninese|Beninois",
    "BWA": "Botswanan|Motswana|Batswana",
    "CAF": "Central African|Central Africans",
    "COM": "Comoran|Comorian|Comorans",
    "CPV": "Cape Verdean|Cape Verdeans",
    "GAB": "Gabonese",
    "GMB": "Gambian|Gambians",
    "GNB": "Bissau-Guinean|Bissau-Guineans",
    "GNQ": "Equatoguinean|Equatorial Guinean|Equatorial Guineans",
    "LSO": "Basotho|Mosotho",
    "MUS": "Mauritian|Mauritians",
    "SWZ": "Swazi|Swazis|Emaswati",
    "SYC": "Seychellois",
    "STP": "Santomean|Sao Tomean",
    "TGO": "Togolese",
    "ESH": "Sahrawi|Sahrawis|Saharawi",
    # Americas, Caribbean
    "BHS": "Bahamian|Bahamians",
    "BRB": "Barbadian|Barbadians|Bajan",
    "BLZ": "Belizean|Belizeans",
    "GUY": "Guyanese",
    "SUR": "Surinamese",
    "TTO": "Trinidadian|Trinidadians|Tobagonian",
    "GRD": "Grenadian|Grenadians",
    "ATG": "Antiguan|Antiguans",
    "LCA": "Saint Lucian|St Lucian",
    "VCT": "Vincentian|Vincentians",
    "KNA": "Kittitian|Nevisian",
    "PRI": "Puerto Rican|Puerto Ricans",
    # Asia and the Pacific
    "BRN": "Bruneian|Bruneians",
    "TLS": "Timorese|East Timorese",
    "HKG": "Hongkonger|Hong Konger|Hong Kongers",
    "MAC": "Macanese",
    "FJI": "Fijian|Fijians",
    "PNG": "Papua New Guinean|Papua New Guineans",
    "SLB": "Solomon Islander|Solomon Islanders",
    "VUT": "Ni-Vanuatu",
    "WSM": "Samoan|Samoans",
    "TON": "Tongan|Tongans",
    "KIR": "I-Kiribati",
    "NRU": "Nauruan|Nauruans",
    "TUV": "Tuvaluan|Tuvaluans",
    "PLW": "Palauan|Palauans",
    "MHL": "Marshallese",
    "FSM": "Micronesian|Micronesians",
    # Europe
    "AND": "Andorran|Andorrans",
    "LIE": "Liechtensteiner|Liechtensteiners",
    "MCO": "Monegasque|Monacan",
    "SMR": "Sammarinese",
    "VAT": "Vatican",
    "GRL": "Greenlandic|Greenlanders",
}

# Capitals (and seats of government) whose use in news copy stands for the government.
_CAPITALS: dict[str, tuple[str, ...]] = {
    "USA": ("Washington", "Washington DC", "Washington, D.C."),
    "PAK": ("Islamabad",),
    "IND": ("New Delhi", "Delhi"),
    "AFG": ("Kabul",),
    "CHN": ("Beijing",),
    "RUS": ("Moscow",),
    "GBR": ("London",),
    "IRN": ("Tehran", "Teheran"),
    "SAU": ("Riyadh",),
    "TUR": ("Ankara",),
    "QAT": ("Doha",),
    "ARE": ("Abu Dhabi",),
    "JPN": ("Tokyo",),
    "FRA": ("Paris",),
    "DEU": ("Berlin",),
    "BGD": ("Dhaka", "Dacca"),
    "LKA": ("Colombo",),
    "NPL": ("Kathmandu",),
    "BTN": ("Thimphu",),
    "KAZ": ("Astana", "Nur-Sultan"),
    "UZB": ("Tashkent",),
    "TJK": ("Dushanbe",),
    "TKM": ("Ashgabat",),
    "KGZ": ("Bishkek",),
    "KOR": ("Seoul",),
    "PRK": ("Pyongyang",),
    "TWN": ("Taipei",),
    "MNG": ("Ulaanbaatar", "Ulan Bator"),
    "VNM": ("Hanoi",),
    "THA": ("Bangkok",),
    "IDN": ("Jakarta",),
    "MYS": ("Kuala Lumpur",),
    "PHL": ("Manila",),
    "MMR": ("Naypyidaw", "Naypyitaw", "Nay Pyi Taw"),
    "KHM": ("Phnom Penh",),
    "LAO": ("Vientiane",),
    "AUS": ("Canberra",),
    "KWT": ("Kuwait City",),
    "BHR": ("Manama",),
    "OMN": ("Muscat",),
    "YEM": ("Sanaa", "Sana'a"),
    "IRQ": ("Baghdad",),
    "SYR": ("Damascus",),
    "LBN": ("Beirut",),
    "JOR": ("Amman",),
    "EGY": ("Cairo",),
    "LBY": ("Tripoli",),
    "TUN": ("Tunis",),
    "DZA": ("Algiers",),
    "MAR": ("Rabat",),
    "SDN": ("Khartoum",),
    "CYP": ("Nicosia",),
    "AZE": ("Baku",),
    "ARM": ("Yerevan",),
    "GEO": ("Tbilisi",),
    "UKR": ("Kyiv", "Kiev"),
    "BLR": ("Minsk",),
    "POL": ("Warsaw",),
    "CZE": ("Prague",),
    "SVK": ("Bratislava",),
    "HUN": ("Budapest",),
    "ROU": ("Bucharest",),
    "SRB": ("Belgrade",),
    "HRV": ("Zagreb",),
    "SVN": ("Ljubljana",),
    "BIH": ("Sarajevo",),
    "ALB": ("Tirana",),
    "MKD": ("Skopje",),
    "MNE": ("Podgorica",),
    "GRC": ("Athens",),
    "ITA": ("Rome",),
    "ESP": ("Madrid",),
    "PRT": ("Lisbon",),
    "NLD": ("Amsterdam", "The Hague"),
    "CHE": ("Bern", "Berne"),
    "AUT": ("Vienna",),
    "DNK": ("Copenhagen",),
    "SWE": ("Stockholm",),
    "NOR": ("Oslo",),
    "FIN": ("Helsinki",),
    "ISL": ("Reykjavik",),
    "IRL": ("Dublin",),
    "EST": ("Tallinn",),
    "LVA": ("Riga",),
    "LTU": ("Vilnius",),
    "MDA": ("Chisinau",),
    "MLT": ("Valletta",),
    "CAN": ("Ottawa",),
    "MEX": ("Mexico City",),
    "CUB": ("Havana",),
    "VEN": ("Caracas",),
    "COL": ("Bogota",),
    "PER": ("Lima",),
    "ECU": ("Quito",),
    "BRA": ("Brasilia",),
    "ARG": ("Buenos Aires",),
    "URY": ("Montevideo",),
    "PRY": ("Asuncion",),
    "HTI": ("Port-au-Prince",),
    "DOM": ("Santo Domingo",),
    "NGA": ("Abuja",),
    "GHA": ("Accra",),
    "KEN": ("Nairobi",),
    "ETH": ("Addis Ababa",),
    "ERI": ("Asmara",),
    "SOM": ("Mogadishu",),
    "UGA": ("Kampala",),
    "RWA": ("Kigali",),
    "TZA": ("Dodoma",),
    "ZAF": ("Pretoria",),
    "ZWE": ("Harare",),
    "ZMB": ("Lusaka",),
    "AGO": ("Luanda",),
    "COD": ("Kinshasa",),
    "SEN": ("Dakar",),
    "MLI": ("Bamako",),
    "NER": ("Niamey",),
    "BFA": ("Ouagadougou",),
    "TCD": ("N'Djamena", "Ndjamena"),
}

# Former names and states still met in archives, read as their successor states (as PLOVER's
# gold and the ISO3 tables do: the Soviet Union is RUS, Yugoslavia SRB, Zaire COD).
_FORMER_NAMES: dict[str, tuple[str, ...]] = {
    "RUS": ("Soviet Union", "USSR", "U.S.S.R.", "Soviet", "Soviets"),
    "SRB": ("Yugoslavia", "Yugoslav", "Yugoslavs", "Federal Republic of Yugoslavia", "Serbia and Montenegro"),
    "CZE": ("Czechoslovakia", "Czechoslovak"),
    "COD": ("Zaire", "Zairean", "Zairian", "Zaireans"),
    "KHM": ("Kampuchea", "Kampuchean", "Kampucheans"),
    "ZWE": ("Rhodesia", "Rhodesian"),
    "LKA": ("Ceylon",),
    "DEU": ("West Germany", "East Germany", "West German", "East German"),
    "BFA": ("Upper Volta",),
    "BEN": ("Dahomey",),
    "MKD": ("Macedonia", "Macedonian", "Macedonians"),
    "SWZ": ("Swaziland",),
}

# Short, common English names where pycountry's common name (or name) is not the one news copy uses.
_SHORT_NAMES: dict[str, str] = {
    "RUS": "Russia",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "CPV": "Cape Verde",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "VAT": "Vatican City",
    "BRN": "Brunei",
    "FSM": "Micronesia",
    "MAC": "Macau",
    "FLK": "Falkland Islands",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
    "SHN": "Saint Helena",
    "CCK": "Cocos Islands",
    "BES": "Caribbean Netherlands",
}

# Lower-case keys that are also common English words: they match only with an initial capital.
_PROPER_ONLY: frozenset[str] = frozenset(
    {"china", "turkey", "chile", "guinea", "jersey", "polish", "pole", "poles", "swede", "swedes"}
)

# Keys dropped after building because news copy uses them for more than one country.
_AMBIGUOUS: frozenset[str] = frozenset({"congo", "korea", "korean", "koreans", "congolese"})


def _strip_surface(surface: str) -> str:
    """Collapse whitespace, drop a trailing possessive and a leading "the"."""
    text = " ".join(surface.replace("\u2019", "'").replace("\u2018", "'").split())
    if text[-2:] in ("'s", "'S"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.strip()


def _key(text: str) -> str:
    """Case-folded, accent-free key with dots and commas removed and hyphens read as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = plain.casefold().replace(".", "").replace(",", " ").replace("-", " ").replace("&", " and ")
    return " ".join(folded.split())


def _add(table: dict[str, str], surface: str, iso3: str, source: str) -> None:
    key = _key(_strip_surface(surface))
    if not key:
        return
    known = table.get(key)
    if known is not None and known != iso3:
        raise ValueError(f"{source}: {surface!r} maps to both {known} and {iso3}")
    table[key] = iso3


def _pycountry_names() -> dict[str, str]:
    """Keys from pycountry's names; a parenthesised part is also dropped ("Holy See (Vatican City State)")."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        iso3 = str(country.alpha_3)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            for form in {str(value), str(value).split(" (")[0]}:
                # pycountry's own data never gives one form two codes; keep the first if it ever does
                names.setdefault(_key(_strip_surface(form)), iso3)
    return names


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names = _pycountry_names()
    for iso3, aliases in _ALIASES.items():
        for alias in aliases:
            names[_key(_strip_surface(alias))] = iso3  # hand-written aliases override pycountry
    for iso3, former in _FORMER_NAMES.items():
        for name in former:
            names.setdefault(_key(_strip_surface(name)), iso3)
    demonyms: dict[str, str] = {}
    for iso3, forms in _DEMONYMS.items():
        for form in forms.split("|"):
            _add(demonyms, form, iso3, "demonym")
    capitals: dict[str, str] = {}
    for iso3, cities in _CAPITALS.items():
        for city in cities:
            _add(capitals, city, iso3, "capital")
    for table in (names, demonyms, capitals):
        for key in _AMBIGUOUS:
            table.pop(key, None)
    # one merged table: a key shared by two tables must agree ("Djibouti", "Kuwait" are name and city)
    merged: dict[str, str] = {}
    for source, table in (("name", names), ("demonym", demonyms), ("capital", capitals)):
        for key, iso3 in table.items():
            known = merged.setdefault(key, iso3)
            if known != iso3:
                raise ValueError(f"{source}: {key!r} maps to both {known} and {iso3}")
    return merged, demonyms, capitals


_LOOKUP, _DEMONYM_KEYS, _CAPITAL_KEYS = _build()
_ISO3: frozenset[str] = frozenset(str(c.alpha_3) for c in pycountry.countries)


def _resolve_key(surface: str) -> tuple[str, str] | None:
    """(stripped surface, key) for a lower-case table lookup, or None when the surface cannot match."""
    text = _strip_surface(surface)
    if not text:
        return None
    key = _key(text)
    if key in _PROPER_ONLY and not text[:1].isupper():
        return None
    return text, key


@lru_cache(maxsize=65536)  # the same surfaces recur in every article
def country_code(surface: str) -> str | None:
    """ISO 3166-1 alpha-3 code for a country name, demonym, capital or abbreviation, else None."""
    text = _strip_surface(surface)
    if not text:
        return None
    compact = text.replace(".", "").replace(" ", "")
    if compact in _ABBREVIATIONS:
        return _ABBREVIATIONS[compact]
    resolved = _resolve_key(surface)
    if resolved is None:
        return None
    return _LOOKUP.get(resolved[1])


def is_capital(surface: str) -> bool:
    """True when the surface is a capital city (or seat of government) in the gazetteer."""
    resolved = _resolve_key(surface)
    return resolved is not None and resolved[1] in _CAPITAL_KEYS


def is_demonym(surface: str) -> bool:
    """True when the surface is a demonym ("Pakistani", "Afghans", "British")."""
    resolved = _resolve_key(surface)
    return resolved is not None and resolved[1] in _DEMONYM_KEYS


def country_name(iso3: str) -> str:
    """Short, common English name for an ISO 3166-1 alpha-3 code; KeyError for an unknown code."""
    code = iso3.strip().upper()
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    country = pycountry.countries.get(alpha_3=code) if code in _ISO3 else None
    if country is None:
        raise KeyError(f"unknown ISO 3166-1 alpha-3 code: {iso3!r}")
    return str(getattr(country, "common_name", None) or country.name)


def country_name_or(iso3: str, default: str) -> str:
    """The country's short name, or ``default`` for a code ISO does not have (user-defined X-codes)."""
    try:
        return country_name(iso3)
    except KeyError:
        return default


_MIN_MISSPELT_LENGTH = 6  # shorter names sit one letter from real words and names ("Oman"/"Omar", "Niger"/"Nigel")


@lru_cache(maxsize=4096)
def misspelt_country(surface: str) -> str | None:
    """The country a one-word name is a one-letter slip from ("Ethopia", "Afganistan", "Phillippines",
    "Quatar"): a swapped, missing, extra or wrong letter after the first. None when no name, or more
    than one country, is that close. For words the NER tags as places or nationalities, whose exact
    lookup failed."""
    text = _strip_surface(surface)
    if len(text) < _MIN_MISSPELT_LENGTH or not text.isalpha() or not text[:1].isupper() or country_code(text):
        return None
    key = _key(text)
    found = {iso3 for name, iso3 in _LOOKUP.items()
             if name[:1] == key[:1] and abs(len(name) - len(key)) <= 1 and name not in _CAPITAL_KEYS
             and jellyfish.damerau_levenshtein_distance(name, key) == 1}
    return found.pop() if len(found) == 1 else None

