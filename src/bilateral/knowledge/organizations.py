"""Organisations named in South Asia and US foreign-policy news, and CAMEO actor sectors for roles.

``organization_for("ISPR")`` gives the Pakistani military's media wing (sector MIL);
``sector_of("the military spokesperson")`` gives ``"MIL"``.

Sectors are CAMEO actor-type codes: GOV government, MIL military, LEG legislature, JUD judiciary,
COP police, BUS business, MED media, EDU education and research, OPP opposition, PTY political party,
REB rebels and militants, SEP separatists, IGO intergovernmental organisation, NGO non-governmental
organisation, HLH health, CVL civilians, SPY intelligence.

Matching rules for organisation names:

* case-insensitive, tolerant of a leading "the" and a trailing possessive;
* acronyms (an alias without spaces and with two or more capitals: ISI, ISPR, CIA, UN, PTI, LeT,
  PML-N) match only as written, so "who", "raw" and "un" are never the WHO, RAW or UN;
* a one-word name that needs its article ("The Nation", "The News", "The Hindu", "The Guardian")
  matches only with it, and names that are also common words ("Dawn", "Congress", "Pentagon")
  match only capitalised;
* institutions whose bare name is ambiguous across countries (Foreign Office, Senate, Supreme Court,
  foreign ministry, army, parliament) are not aliases of any entry: they resolve only when a country
  word qualifies them ("Pakistan's Foreign Office", "UK Foreign Office", "Indian Army").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bilateral.knowledge.countries import country_code

__all__ = [
    "ORGANIZATIONS",
    "SECTORS",
    "SECTOR_WORDS",
    "Organization",
    "organization_for",
    "sector_of",
]

SECTORS: frozenset[str] = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "COP", "BUS", "MED", "EDU", "OPP", "PTY", "REB", "SEP", "IGO", "NGO", "HLH", "CVL", "SPY"}
)


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    kind: str  # "organization", or "group" for armed non-state groups


def _org(name: str, aliases: tuple[str, ...], country: str | None, sector: str, kind: str = "organization") -> Organization:
    return Organization(name, aliases, country, sector, kind)


def _group(name: str, aliases: tuple[str, ...], country: str | None, sector: str) -> Organization:
    return Organization(name, aliases, country, sector, "group")


ORGANIZATIONS: tuple[Organization, ...] = (
    # United States
    _org(
        "US State Department",
        ("State Department", "U.S. State Department", "Department of State", "US Department of State", "Foggy Bottom"),
        "USA",
        "GOV",
    ),
    _org("White House", ("the White House",), "USA", "GOV"),
    _org(
        "Pentagon",
        ("US Department of Defense", "Department of Defense", "Defense Department", "US Defense Department", "DoD", "DOD"),
        "USA",
        "MIL",
    ),
    _org(
        "US Armed Forces",
        ("US military", "U.S. military", "American military", "US forces", "U.S. forces", "American forces", "US troops"),
        "USA",
        "MIL",
    ),
    _org("US Army", ("U.S. Army", "United States Army"), "USA", "MIL"),
    _org("US Central Command", ("CENTCOM", "Centcom", "Central Command", "U.S. Central Command"), "USA", "MIL"),
    _org("Central Intelligence Agency", ("CIA",), "USA", "SPY"),
    _org("National Security Agency", ("US National Security Agency",), "USA", "SPY"),
    _org("Federal Bureau of Investigation", ("FBI",), "USA", "COP"),
    _org("US Congress", ("Congress", "U.S. Congress", "United States Congress"), "USA", "LEG"),
    _org("US Senate", ("U.S. Senate", "United States Senate"), "USA", "LEG"),
    _org(
        "US House of Representatives",
        ("House of Representatives", "U.S. House of Representatives", "US House", "U.S. House"),
        "USA",
        "LEG",
    ),
    _org("Senate Foreign Relations Committee", ("US Senate Foreign Relations Committee",), "USA", "LEG"),
    _org("House Foreign Affairs Committee", ("US House Foreign Affairs Committee",), "USA", "LEG"),
    _org(
        "US Agency for International Development", ("USAID", "United States Agency for International Development"), "USA", "GOV"
    ),
    _org(
        "US Treasury",
        ("U.S. Treasury", "Treasury Department", "US Treasury Department", "Department of the Treasury"),
        "USA",
        "GOV",
    ),
    _org(
        "US National Security Council",
        ("National Security Council", "U.S. National Security Council", "White House National Security Council"),
        "USA",
        "GOV",
    ),
    _org(
        "US Department of Justice", ("Justice Department", "Department of Justice", "US Justice Department", "DOJ"), "USA", "JUD"
    ),
    _org("US Department of Homeland Security", ("Department of Homeland Security", "Homeland Security", "DHS"), "USA", "GOV"),
    _org("Office of the US Trade Representative", ("USTR", "US Trade Representative"), "USA", "GOV"),
    _org(
        "US Embassy",
        ("U.S. Embassy", "American Embassy", "US Embassy in Islamabad", "US Consulate", "U.S. Consulate"),
        "USA",
        "GOV",
    ),
    _org("Supreme Court of the United States", ("US Supreme Court", "U.S. Supreme Court"), "USA", "JUD"),
    _org("Democratic Party", ("Democrats", "US Democratic Party"), "USA", "PTY"),
    _org("Republican Party", ("Republicans", "GOP", "US Republican Party"), "USA", "PTY"),
    # Pakistan: government, military, legislature, courts
    _org(
        "Pakistan Ministry of Foreign Affairs",
        ("Pakistan Foreign Office", "Pakistani Foreign Office", "Pakistan Foreign Ministry", "Pakistani Foreign Ministry"),
        "PAK",
        "GOV",
    ),
    _org("Pakistan Prime Minister's Office", ("PM Office Islamabad",), "PAK", "GOV"),
    _org("Pakistan Ministry of Defence", ("Pakistan Defence Ministry", "Pakistani Defence Ministry"), "PAK", "GOV"),
    _org("Pakistan Ministry of Interior", ("Pakistan Interior Ministry", "Pakistani Interior Ministry"), "PAK", "GOV"),
    _org("Pakistan Ministry of Finance", ("Pakistan Finance Ministry", "Pakistani Finance Ministry"), "PAK", "GOV"),
    _org("Inter-Services Public Relations", ("ISPR", "Inter Services Public Relations"), "PAK", "MIL"),
    _org(
        "Inter-Services Intelligence",
        ("ISI", "Inter Services Intelligence", "Directorate for Inter-Services Intelligence"),
        "PAK",
        "SPY",
    ),
    _org("Pakistan Army", ("Pakistani Army", "Pak Army"), "PAK", "MIL"),
    _org(
        "Pakistan Armed Forces",
        ("Pakistani military", "Pakistan military", "Pakistani armed forces", "Pakistani forces"),
        "PAK",
        "MIL",
    ),
    _org("General Headquarters", ("GHQ",), "PAK", "MIL"),
    _org("Pakistan Air Force", ("PAF", "Pakistani Air Force"), "PAK", "MIL"),
    _org("Pakistan Navy", ("Pakistani Navy",), "PAK", "MIL"),
    _org("Frontier Corps", ("Frontier Corps Balochistan", "Frontier Corps Khyber Pakhtunkhwa"), "PAK", "MIL"),
    _org("Pakistan Rangers", ("Rangers", "Sindh Rangers", "Punjab Rangers"), "PAK", "MIL"),
    _org("National Assembly of Pakistan", ("National Assembly", "Pakistan National Assembly"), "PAK", "LEG"),
    _org("Senate of Pakistan", ("Pakistan Senate", "Pakistani Senate"), "PAK", "LEG"),
    _org(
        "Parliament of Pakistan",
        ("Pakistani parliament", "Pakistan parliament", "Majlis-e-Shoora", "Majlis-i-Shoora"),
        "PAK",
        "LEG",
    ),
    _org("Supreme Court of Pakistan", ("Pakistan Supreme Court", "Pakistani Supreme Court"), "PAK", "JUD"),
    _org("Islamabad High Court", ("IHC",), "PAK", "JUD"),
    _org("Lahore High Court", ("LHC",), "PAK", "JUD"),
    _org("National Accountability Bureau", ("NAB",), "PAK", "GOV"),
    _org("Federal Investigation Agency", ("FIA",), "PAK", "COP"),
    _org("Counter Terrorism Department", ("CTD", "Counter-Terrorism Department"), "PAK", "COP"),
    _org("Islamabad Police", ("Islamabad Capital Territory Police",), "PAK", "COP"),
    _org("Election Commission of Pakistan", ("ECP", "Pakistan Election Commission"), "PAK", "GOV"),
    _org("State Bank of Pakistan", ("SBP",), "PAK", "GOV"),
    _org("Pakistan Embassy", ("Pakistani Embassy", "Embassy of Pakistan", "Pakistan Embassy in Washington"), "PAK", "GOV"),
    # Pakistan: parties
    _org(
        "Pakistan Tehreek-e-Insaf",
        ("PTI", "Pakistan Tehreek-i-Insaf", "Pakistan Tehrik-e-Insaf", "Tehreek-e-Insaf"),
        "PAK",
        "PTY",
    ),
    _org(
        "Pakistan Muslim League-Nawaz",
        ("PML-N", "PMLN", "PML(N)", "Pakistan Muslim League (Nawaz)", "Pakistan Muslim League Nawaz"),
        "PAK",
        "PTY",
    ),
    _org(
        "Pakistan Peoples Party",
        ("PPP", "Pakistan People's Party", "Pakistan Peoples Party Parliamentarians", "PPPP"),
        "PAK",
        "PTY",
    ),
    _org("Jamiat Ulema-e-Islam-Fazl", ("JUI-F", "JUI(F)", "Jamiat Ulema-e-Islam", "Jamiat Ulema-i-Islam-Fazl"), "PAK", "PTY"),
    _org("Jamaat-e-Islami", ("Jamaat-i-Islami", "Jamaat-e-Islami Pakistan"), "PAK", "PTY"),
    _org("Muttahida Qaumi Movement", ("MQM", "MQM-P", "Muttahida Qaumi Movement-Pakistan"), "PAK", "PTY"),
    _org("Awami National Party", ("ANP",), "PAK", "PTY"),
    _org("Tehreek-e-Labbaik Pakistan", ("TLP", "Tehreek-i-Labbaik Pakistan", "Tehrik-e-Labbaik Pakistan"), "PAK", "PTY"),
    # India
    _org(
        "Ministry of External Affairs",
        ("MEA", "External Affairs Ministry", "Indian External Affairs Ministry", "Indian Foreign Ministry"),
        "IND",
        "GOV",
    ),
    _org("Indian Army", ("Indian army",), "IND", "MIL"),
    _org("Indian Armed Forces", ("Indian military", "Indian forces", "Indian armed forces"), "IND", "MIL"),
    _org("Indian Air Force", ("IAF",), "IND", "MIL"),
    _org("Research and Analysis Wing", ("RAW", "R&AW", "Research & Analysis Wing"), "IND", "SPY"),
    _org("National Investigation Agency", ("NIA",), "IND", "COP"),
    _org("Lok Sabha", (), "IND", "LEG"),
    _org("Rajya Sabha", (), "IND", "LEG"),
    _org("Supreme Court of India", ("Indian Supreme Court",), "IND", "JUD"),
    _org("Bharatiya Janata Party", ("BJP",), "IND", "PTY"),
    _org("Indian National Congress", ("Congress party", "Congress Party", "INC"), "IND", "PTY"),
    # Afghanistan
    _group("Taliban", ("Afghan Taliban", "the Taliban"), "AFG", "REB"),
    _org("Islamic Emirate of Afghanistan", ("Islamic Emirate", "IEA"), "AFG", "GOV"),
    _org("Afghan National Army", ("ANA", "Afghan army"), "AFG", "MIL"),
    _org("National Directorate of Security", ("NDS",), "AFG", "SPY"),
    _org("National Resistance Front of Afghanistan", ("National Resistance Front", "NRF"), "AFG", "REB"),
    # Other governments and militaries often in the same stories
    _org(
        "Foreign, Commonwealth and Development Office",
        ("FCDO", "UK Foreign Office", "British Foreign Office", "Foreign and Commonwealth Office", "FCO"),
        "GBR",
        "GOV",
    ),
    _org("Downing Street", ("Number 10", "No 10", "10 Downing Street"), "GBR", "GOV"),
    _org("Kremlin", ("the Kremlin",), "RUS", "GOV"),
    _org("People's Liberation Army", ("PLA", "Chinese People's Liberation Army"), "CHN", "MIL"),
    _org("Chinese Communist Party", ("CCP", "CPC", "Communist Party of China"), "CHN", "PTY"),
    _org(
        "Islamic Revolutionary Guard Corps",
        ("IRGC", "Revolutionary Guards", "Iran's Revolutionary Guards", "Revolutionary Guard Corps"),
        "IRN",
        "MIL",
    ),
    _org("Israel Defense Forces", ("IDF", "Israeli military", "Israeli army"), "ISR", "MIL"),
    _org("Mossad", (), "ISR", "SPY"),
    # Armed groups
    _group(
        "Tehreek-e-Taliban Pakistan",
        ("TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Pakistani Taliban"),
        "PAK",
        "REB",
    ),
    _group(
        "al-Qaeda",
        ("al Qaeda", "al-Qaida", "al Qaida", "Al-Qaeda", "Al Qaeda", "al-Qa'ida", "al-Qaeda network"),
        None,
        "REB",
    ),
    _group("al-Qaeda in the Indian Subcontinent", ("AQIS", "al Qaeda in the Indian Subcontinent"), None, "REB"),
    _group(
        "Islamic State",
        (
            "ISIS",
            "ISIL",
            "IS",
            "Daesh",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and the Levant",
            "Islamic State group",
            "Islamic State of Iraq",
        ),
        None,
        "REB",
    ),
    _group(
        "Islamic State Khorasan Province",
        ("ISKP", "ISIS-K", "IS-K", "ISIS-Khorasan", "Islamic State Khorasan", "Islamic State-Khorasan"),
        "AFG",
        "REB",
    ),
    _group("Lashkar-e-Taiba", ("LeT", "Lashkar-e-Tayyiba", "Lashkar-i-Taiba", "Jamaat-ud-Dawa", "JuD"), "PAK", "REB"),
    _group("Jaish-e-Mohammed", ("JeM", "Jaish-e-Muhammad", "Jaish-i-Mohammed"), "PAK", "REB"),
    _group("Lashkar-e-Jhangvi", ("LeJ", "Lashkar-i-Jhangvi"), "PAK", "REB"),
    _group("Haqqani network", ("Haqqani Network", "Haqqanis"), "AFG", "REB"),
    _group("Balochistan Liberation Army", ("BLA", "Baloch Liberation Army"), "PAK", "SEP"),
    _group("Balochistan Liberation Front", ("BLF", "Baloch Liberation Front"), "PAK", "SEP"),
    _group("Hizbul Mujahideen", ("Hizb-ul-Mujahideen",), "IND", "SEP"),
    _group("Hamas", ("HAMAS", "Islamic Resistance Movement"), "PSE", "REB"),
    _group("Hezbollah", ("Hizbollah", "Hizballah", "Hizbullah", "Hezbullah"), "LBN", "REB"),
    _group(
        "Houthis",
        ("Houthi rebels", "Ansar Allah", "Ansarallah", "Houthi", "Houthi movement", "Huthis", "Huthi rebels"),
        "YEM",
        "REB",
    ),
    # Intergovernmental organisations
    _org("United Nations", ("UN", "United Nations Organization"), None, "IGO"),
    _org("UN Security Council", ("UNSC", "United Nations Security Council", "Security Council"), None, "IGO"),
    _org("UN General Assembly", ("UNGA", "United Nations General Assembly"), None, "IGO"),
    _org("UN High Commissioner for Refugees", ("UNHCR", "UN refugee agency"), None, "IGO"),
    _org("UNICEF", ("Unicef", "United Nations Children's Fund"), None, "IGO"),
    _org("World Food Programme", ("WFP", "World Food Program"), None, "IGO"),
    _org("UN Assistance Mission in Afghanistan", ("UNAMA", "United Nations Assistance Mission in Afghanistan"), None, "IGO"),
    _org("International Monetary Fund", ("IMF",), None, "IGO"),
    _org("World Bank", ("World Bank Group",), None, "IGO"),
    _org("Asian Development Bank", ("ADB",), None, "IGO"),
    _org("Asian Infrastructure Investment Bank", ("AIIB",), None, "IGO"),
    _org("NATO", ("Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"), None, "IGO"),
    _org("Shanghai Cooperation Organisation", ("SCO", "Shanghai Cooperation Organization"), None, "IGO"),
    _org("South Asian Association for Regional Cooperation", ("SAARC", "Saarc"), None, "IGO"),
    _org(
        "Organisation of Islamic Cooperation",
        (
            "OIC",
            "Organization of Islamic Cooperation",
            "Organisation of the Islamic Conference",
            "Organization of the Islamic Conference",
            "Islamic Conference Organization",
        ),
        None,
        "IGO",
    ),
    _org("Financial Action Task Force", ("FATF",), None, "IGO"),
    _org("European Union", ("EU",), None, "IGO"),
    _org("European Commission", (), None, "IGO"),
    _org("World Health Organization", ("WHO", "World Health Organisation"), None, "IGO"),
    _org("International Atomic Energy Agency", ("IAEA", "UN nuclear watchdog", "UN atomic watchdog"), None, "IGO"),
    _org("World Trade Organization", ("WTO", "World Trade Organisation"), None, "IGO"),
    _org("International Court of Justice", ("ICJ", "World Court"), None, "IGO"),
    _org(
        "Gulf Cooperation Council",
        ("GCC", "Gulf Co-operation Council", "Cooperation Council for the Arab States of the Gulf"),
        None,
        "IGO",
    ),
    _org("Arab League", ("League of Arab States",), None, "IGO"),
    _org("ASEAN", ("Asean", "Association of Southeast Asian Nations"), None, "IGO"),
    _org("BRICS", (), None, "IGO"),
    _org("Group of Twenty", ("G20", "G-20", "G 20", "Group of 20"), None, "IGO"),
    _org("Group of Seven", ("G7", "G-7", "G 7", "Group of 7"), None, "IGO"),
    # Non-governmental organisations
    _org("Amnesty International", ("Amnesty",), None, "NGO"),
    _org("Human Rights Watch", ("HRW",), None, "NGO"),
    _org("Human Rights Commission of Pakistan", ("HRCP",), "PAK", "NGO"),
    _org("International Committee of the Red Cross", ("ICRC", "Red Cross", "International Red Cross"), None, "NGO"),
    _org("Doctors Without Borders", ("MSF", "Medecins Sans Frontieres", "Médecins Sans Frontières"), None, "NGO"),
    _org("Edhi Foundation", (), "PAK", "NGO"),
    # News agencies and outlets
    _org("Reuters", ("Thomson Reuters",), "GBR", "MED"),
    _org("Associated Press", ("AP", "The Associated Press"), "USA", "MED"),
    _org("Agence France-Presse", ("AFP", "Agence France Presse"), "FRA", "MED"),
    _org("Dawn", ("Dawn News", "DawnNews", "Dawn.com"), "PAK", "MED"),
    _org("The Nation", (), "PAK", "MED"),
    _org("The Express Tribune", ("Express Tribune",), "PAK", "MED"),
    _org("Geo News", ("Geo TV", "Geo Television"), "PAK", "MED"),
    _org("The News", ("The News International",), "PAK", "MED"),
    _org("Associated Press of Pakistan", ("APP",), "PAK", "MED"),
    _org("ARY News", (), "PAK", "MED"),
    _org("Dunya News", (), "PAK", "MED"),
    _org("Business Recorder", (), "PAK", "MED"),
    _org("Daily Times", (), "PAK", "MED"),
    _org("Pakistan Television", ("PTV", "PTV News"), "PAK", "MED"),
    _org("Radio Pakistan", (), "PAK", "MED"),
    _org("BBC", ("British Broadcasting Corporation", "BBC News", "BBC Urdu"), "GBR", "MED"),
    _org("CNN", ("Cable News Network",), "USA", "MED"),
    _org("The New York Times", ("New York Times", "NYT"), "USA", "MED"),
    _org("The Washington Post", ("Washington Post",), "USA", "MED"),
    _org("The Wall Street Journal", ("Wall Street Journal", "WSJ"), "USA", "MED"),
    _org("Bloomberg", ("Bloomberg News",), "USA", "MED"),
    _org("The Guardian", (), "GBR", "MED"),
    _org("Al Jazeera", ("Al-Jazeera", "Aljazeera"), "QAT", "MED"),
    _org("Voice of America", ("VOA", "VOA Urdu"), "USA", "MED"),
    _org("Radio Free Europe/Radio Liberty", ("RFE/RL", "Radio Free Europe", "Radio Liberty"), "USA", "MED"),
    _org("Xinhua", ("Xinhua News Agency",), "CHN", "MED"),
    _org("TASS", ("Tass",), "RUS", "MED"),
    _org("Anadolu Agency", ("Anadolu",), "TUR", "MED"),
    _org("The Hindu", (), "IND", "MED"),
    _org("Times of India", ("The Times of India",), "IND", "MED"),
    _org("NDTV", (), "IND", "MED"),
    _org("Tolo News", ("TOLOnews", "Tolonews"), "AFG", "MED"),
    _org("Pajhwok Afghan News", ("Pajhwok",), "AFG", "MED"),
)

# Institutions whose bare name is ambiguous across countries: (qualifying country, generic names, entry).
_QUALIFIED: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "PAK",
        ("foreign office", "foreign ministry", "ministry of foreign affairs", "mofa"),
        "Pakistan Ministry of Foreign Affairs",
    ),
    ("PAK", ("prime minister's office", "pm office", "pmo"), "Pakistan Prime Minister's Office"),
    ("PAK", ("defence ministry", "ministry of defence"), "Pakistan Ministry of Defence"),
    ("PAK", ("interior ministry", "ministry of interior"), "Pakistan Ministry of Interior"),
    ("PAK", ("finance ministry", "ministry of finance"), "Pakistan Ministry of Finance"),
    ("PAK", ("army",), "Pakistan Army"),
    ("PAK", ("military", "armed forces", "forces"), "Pakistan Armed Forces"),
    ("PAK", ("air force",), "Pakistan Air Force"),
    ("PAK", ("navy",), "Pakistan Navy"),
    ("PAK", ("senate",), "Senate of Pakistan"),
    ("PAK", ("parliament",), "Parliament of Pakistan"),
    ("PAK", ("supreme court", "apex court"), "Supreme Court of Pakistan"),
    ("PAK", ("election commission",), "Election Commission of Pakistan"),
    ("PAK", ("embassy",), "Pakistan Embassy"),
    ("USA", ("senate",), "US Senate"),
    ("USA", ("house",), "US House of Representatives"),
    ("USA", ("military", "armed forces", "forces"), "US Armed Forces"),
    ("USA", ("army",), "US Army"),
    ("USA", ("supreme court",), "Supreme Court of the United States"),
    ("USA", ("treasury",), "US Treasury"),
    ("USA", ("embassy", "consulate"), "US Embassy"),
    ("USA", ("foreign ministry", "ministry of foreign affairs"), "US State Department"),
    ("IND", ("foreign ministry", "ministry of foreign affairs", "foreign office"), "Ministry of External Affairs"),
    ("IND", ("army",), "Indian Army"),
    ("IND", ("military", "armed forces", "forces"), "Indian Armed Forces"),
    ("IND", ("air force",), "Indian Air Force"),
    ("IND", ("supreme court",), "Supreme Court of India"),
    ("AFG", ("army",), "Afghan National Army"),
    ("GBR", ("foreign office", "foreign ministry"), "Foreign, Commonwealth and Development Office"),
    ("CHN", ("army", "military"), "People's Liberation Army"),
    ("CHN", ("communist party",), "Chinese Communist Party"),
    ("ISR", ("army", "military"), "Israel Defense Forces"),
    ("RUS", ("government",), "Kremlin"),
)

# Keys that are also common words: they match only when the surface is capitalised.
_PROPER_ONLY: frozenset[str] = frozenset(
    {
        "dawn",
        "the nation",
        "the news",
        "the hindu",
        "the guardian",
        "congress",
        "pentagon",
        "democrats",
        "republicans",
        "security council",
        "rangers",
        "amnesty",
        "anadolu",
        "national assembly",
        "mossad",
        "homeland security",
        "red cross",
        "bloomberg",
    }
)


def _strip(surface: str) -> str:
    """Collapse whitespace and drop a trailing possessive ('s, ’s, or a bare apostrophe)."""
    text = " ".join(surface.replace("\u2019", "'").replace("\u2018", "'").split())
    if text[-2:] in ("'s", "'S"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip()


def _drop_the(text: str) -> str:
    return text[4:].strip() if text[:4].lower() == "the " else text


def _acronym_key(text: str) -> str:
    return " ".join(text.replace(".", "").replace("-", " ").split())


def _key(text: str) -> str:
    """Case-folded, accent-free key with dots and commas removed and hyphens read as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().replace(".", "").replace(",", " ").replace("-", " ").replace("&", " and ").split())


def _is_acronym(alias: str) -> bool:
    """No spaces, two or more capitals, and capitals make up at least half the letters (ISI, LeT, PML-N)."""
    if not alias or any(ch.isspace() for ch in alias):
        return False
    letters = [ch for ch in alias if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return upper >= 2 and 2 * upper >= len(letters)


def _build() -> tuple[dict[str, Organization], dict[str, Organization], dict[tuple[str, str], Organization]]:
    by_acronym: dict[str, Organization] = {}
    by_key: dict[str, Organization] = {}

    def put(table: dict[str, Organization], key: str, org: Organization) -> None:
        known = table.setdefault(key, org)
        if known is not org:
            raise ValueError(f"{key!r} names both {known.name!r} and {org.name!r}")

    for org in ORGANIZATIONS:
        if org.sector not in SECTORS or org.kind not in ("organization", "group"):
            raise ValueError(f"bad sector or kind in {org!r}")
        for surface in (org.name, *org.aliases):
            text = _strip(surface)
            if _is_acronym(_drop_the(text)):
                put(by_acronym, _acronym_key(_drop_the(text)), org)
                continue
            bare = _drop_the(text)
            # a one-word name keeps its article ("The Nation"); longer names are stored without it
            put(by_key, _key(text if bare != text and " " not in bare else bare), org)
    by_name = {org.name: org for org in ORGANIZATIONS}
    qualified: dict[tuple[str, str], Organization] = {}
    for iso3, generics, name in _QUALIFIED:
        for generic in generics:
            qualified[(iso3, _key(generic))] = by_name[name]
    return by_acronym, by_key, qualified


_BY_ACRONYM, _BY_KEY, _QUALIFIED_KEYS = _build()


def _direct(text: str) -> Organization | None:
    """Lookup of an already stripped surface without country qualification."""
    bare = _drop_the(text)
    org = _BY_ACRONYM.get(_acronym_key(bare))
    if org is not None:
        return org
    for candidate in (text, bare):
        key = _key(candidate)
        org = _BY_KEY.get(key)
        if org is not None:
            if key in _PROPER_ONLY and not _drop_the(candidate)[:1].isupper():
                return None
            return org
    return None


def organization_for(surface: str) -> Organization | None:
    """The organisation a name or alias stands for; None when unknown or ambiguous.

    A country word in front qualifies an ambiguous institution ("Pakistan's Foreign Office",
    "the UK Foreign Office", "Indian Army") or an entry of that country ("Pakistan's ISI").
    """
    text = _strip(surface)
    if not text:
        return None
    org = _direct(text)
    if org is not None:
        return org
    words = _drop_the(text).split()
    for cut in range(1, min(3, len(words) - 1) + 1):
        iso3 = country_code(" ".join(words[:cut]))
        if iso3 is None:
            continue
        rest = " ".join(words[cut:])
        org = _direct(rest)
        if org is not None:
            return org if org.country in (iso3, None) else None
        return _QUALIFIED_KEYS.get((iso3, _key(rest)))
    return None


# ---------------------------------------------------------------------------------------------
# Role words and sectors

SECTOR_WORDS: dict[str, str] = {
    # government
    "minister": "GOV",
    "prime minister": "GOV",
    "deputy prime minister": "GOV",
    "foreign minister": "GOV",
    "defence minister": "GOV",
    "defense minister": "GOV",
    "interior minister": "GOV",
    "finance minister": "GOV",
    "chief minister": "GOV",
    "state minister": "GOV",
    "president": "GOV",
    "vice president": "GOV",
    "premier": "GOV",
    "ambassador": "GOV",
    "envoy": "GOV",
    "special envoy": "GOV",
    "diplomat": "GOV",
    "high commissioner": "GOV",
    "consul": "GOV",
    "consul general": "GOV",
    "charge d'affaires": "GOV",
    "spokesperson": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "official": "GOV",
    "officials": "GOV",
    "secretary": "GOV",
    "foreign secretary": "GOV",
    "secretary of state": "GOV",
    "defense secretary": "GOV",
    "defence secretary": "GOV",
    "under secretary": "GOV",
    "undersecretary": "GOV",
    "assistant secretary": "GOV",
    "secretary general": "GOV",
    "general secretary": "GOV",
    "director general": "GOV",
    "auditor general": "GOV",
    "governor general": "GOV",
    "governor": "GOV",
    "adviser": "GOV",
    "advisor": "GOV",
    "aide": "GOV",
    "national security adviser": "GOV",
    "national security advisor": "GOV",
    "chairman": "GOV",
    "chairperson": "GOV",
    "chairwoman": "GOV",
    "director": "GOV",
    "leader": "GOV",
    "head of state": "GOV",
    "head of government": "GOV",
    "government": "GOV",
    "administration": "GOV",
    "cabinet": "GOV",
    "ministry": "GOV",
    "foreign office": "GOV",
    "foreign ministry": "GOV",
    "embassy": "GOV",
    "high commission": "GOV",
    "authorities": "GOV",
    "delegation": "GOV",
    "negotiator": "GOV",
    "bureaucrat": "GOV",
    "civil servant": "GOV",
    "commissioner": "GOV",
    "deputy commissioner": "GOV",
    "mayor": "GOV",
    "king": "GOV",
    "crown prince": "GOV",
    "emir": "GOV",
    "monarch": "GOV",
    "chancellor": "GOV",
    "ruler": "GOV",
    "regime": "GOV",
    "representative": "GOV",
    "special representative": "GOV",
    "pm": "GOV",
    "fm": "GOV",
    "cm": "GOV",
    "dg": "GOV",
    # military
    "general": "MIL",
    "army chief": "MIL",
    "chief of army staff": "MIL",
    "coas": "MIL",
    "commander": "MIL",
    "soldier": "MIL",
    "troops": "MIL",
    "military": "MIL",
    "army": "MIL",
    "navy": "MIL",
    "air force": "MIL",
    "armed forces": "MIL",
    "security forces": "MIL",
    "paramilitary": "MIL",
    "officer": "MIL",
    "colonel": "MIL",
    "lieutenant colonel": "MIL",
    "brigadier": "MIL",
    "brigadier general": "MIL",
    "major general": "MIL",
    "lieutenant general": "MIL",
    "field marshal": "MIL",
    "air chief": "MIL",
    "air chief marshal": "MIL",
    "air marshal": "MIL",
    "naval chief": "MIL",
    "navy chief": "MIL",
    "admiral": "MIL",
    "joint chiefs": "MIL",
    "chairman of the joint chiefs": "MIL",
    "sepoy": "MIL",
    "marines": "MIL",
    "gen": "MIL",
    "lt gen": "MIL",
    "maj gen": "MIL",
    "brig gen": "MIL",
    "brig": "MIL",
    "col": "MIL",
    "lt col": "MIL",
    # legislature
    "senator": "LEG",
    "lawmaker": "LEG",
    "legislator": "LEG",
    "congressman": "LEG",
    "congresswoman": "LEG",
    "mna": "LEG",
    "mpa": "LEG",
    "mp": "LEG",
    "member of parliament": "LEG",
    "parliamentarian": "LEG",
    "speaker": "LEG",
    "deputy speaker": "LEG",
    "senate": "LEG",
    "parliament": "LEG",
    "parliamentary": "LEG",
    "national assembly": "LEG",
    "assembly": "LEG",
    "congress": "LEG",
    "legislature": "LEG",
    # judiciary
    "judge": "JUD",
    "justice": "JUD",
    "chief justice": "JUD",
    "court": "JUD",
    "supreme court": "JUD",
    "high court": "JUD",
    "judiciary": "JUD",
    "magistrate": "JUD",
    "prosecutor": "JUD",
    "tribunal": "JUD",
    "attorney general": "JUD",
    "advocate general": "JUD",
    "solicitor general": "JUD",
    # police
    "police": "COP",
    "policeman": "COP",
    "policewoman": "COP",
    "police chief": "COP",
    "inspector general": "COP",
    "inspector general of police": "COP",
    "constable": "COP",
    "cop": "COP",
    "law enforcement": "COP",
    "station house officer": "COP",
    "sho": "COP",
    "district police officer": "COP",
    "dpo": "COP",
    "superintendent of police": "COP",
    "ssp": "COP",
    "ig": "COP",
    "igp": "COP",
    # business
    "businessman": "BUS",
    "businesswoman": "BUS",
    "executive": "BUS",
    "ceo": "BUS",
    "investor": "BUS",
    "company": "BUS",
    "trader": "BUS",
    "industrialist": "BUS",
    "banker": "BUS",
    "business community": "BUS",
    "chamber of commerce": "BUS",
    # media
    "journalist": "MED",
    "reporter": "MED",
    "editor": "MED",
    "anchor": "MED",
    "columnist": "MED",
    "correspondent": "MED",
    "media": "MED",
    "newspaper": "MED",
    "broadcaster": "MED",
    # education and research
    "professor": "EDU",
    "scholar": "EDU",
    "analyst": "EDU",
    "researcher": "EDU",
    "student": "EDU",
    "university": "EDU",
    "expert": "EDU",
    "academic": "EDU",
    "teacher": "EDU",
    "school": "EDU",
    "think tank": "EDU",
    "lecturer": "EDU",
    "economist": "EDU",
    # opposition and parties
    "opposition": "OPP",
    "opposition leader": "OPP",
    "leader of the opposition": "OPP",
    "dissident": "OPP",
    "party": "PTY",
    "party worker": "PTY",
    # rebels, militants, separatists
    "militant": "REB",
    "militants": "REB",
    "insurgent": "REB",
    "rebel": "REB",
    "terrorist": "REB",
    "fighter": "REB",
    "jihadist": "REB",
    "extremist": "REB",
    "gunman": "REB",
    "suicide bomber": "REB",
    "insurgency": "REB",
    "separatist": "SEP",
    "secessionist": "SEP",
    # non-governmental organisations
    "activist": "NGO",
    "rights activist": "NGO",
    "rights group": "NGO",
    "human rights group": "NGO",
    "ngo": "NGO",
    "charity": "NGO",
    "aid group": "NGO",
    "aid agency": "NGO",
    "aid worker": "NGO",
    # health
    "doctor": "HLH",
    "hospital": "HLH",
    "nurse": "HLH",
    "paramedic": "HLH",
    "health": "HLH",
    "health worker": "HLH",
    "polio worker": "HLH",
    # civilians
    "civilian": "CVL",
    "civilians": "CVL",
    "resident": "CVL",
    "villager": "CVL",
    "protester": "CVL",
    "protesters": "CVL",
    "demonstrator": "CVL",
    "people": "CVL",
    "citizen": "CVL",
    "tribesman": "CVL",
    "tribal elder": "CVL",
    "tribal leader": "CVL",
    "refugee": "CVL",
    "worshipper": "CVL",
    "pilgrim": "CVL",
    # intelligence
    "spy": "SPY",
    "intelligence": "SPY",
    "spy agency": "SPY",
    "intelligence agency": "SPY",
    "spymaster": "SPY",
    "spy chief": "SPY",
}

# Heads whose own sector yields to a more specific modifier ("police officer", "military spokesperson").
_GENERIC_HEADS: frozenset[str] = frozenset(
    {
        "official",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "officer",
        "commander",
        "chairman",
        "chairperson",
        "chairwoman",
        "director",
        "director general",
        "leader",
        "adviser",
        "advisor",
        "aide",
        "secretary",
        "president",
        "chancellor",
        "representative",
        "delegation",
        "authorities",
        "dg",
    }
)
# Words that name a sector only as the last word of the phrase ("General" yes, "general elections" no).
_HEAD_ONLY: frozenset[str] = frozenset({"general", "gen"})
# A GOV head yields to these modifiers even when it is not generic ("military ruler").
_OVERRIDE_GOV: frozenset[str] = frozenset({"MIL", "LEG", "JUD"})


def _plural(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        plural = last[:-1] + "ies"
    elif last.endswith("s"):
        return phrase  # already plural, or a form with no simple plural ("troops", "coas")
    elif last.endswith(("sh", "ch", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _build_sector_lookup() -> tuple[dict[str, str], frozenset[str], int]:
    lookup: dict[str, str] = {}
    for phrase, sector in SECTOR_WORDS.items():
        if sector not in SECTORS:
            raise ValueError(f"bad sector {sector!r} for {phrase!r}")
        lookup[_key(phrase)] = sector
    for phrase, sector in SECTOR_WORDS.items():
        lookup.setdefault(_key(_plural(phrase)), sector)
    generic = frozenset(g for word in _GENERIC_HEADS for g in (_key(word), _key(_plural(word))))
    return lookup, generic, max(len(k.split()) for k in lookup)


_SECTOR_LOOKUP, _GENERIC_KEYS, _MAX_WORDS = _build_sector_lookup()
_ORG_MAX_WORDS = 6
_TOKEN_SPLIT = re.compile(r"[\s\-/]+")
_EDGE_PUNCT = "\"'()[]{},;:!?\u201c\u201d"


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for raw in _TOKEN_SPLIT.split(phrase.replace("\u2019", "'").replace("\u2018", "'")):
        token = raw.strip(_EDGE_PUNCT)
        if token[-2:] in ("'s", "'S"):
            token = token[:-2]
        token = token.rstrip("'").rstrip(".") if not _is_acronym(token) else token
        if token:
            out.append(token)
    return out


def _span_sector(tokens: list[str], start: int, end: int) -> tuple[str, bool] | None:
    """(sector, is a role word) for tokens[start:end], from the role table or an organisation name."""
    text = " ".join(tokens[start:end])
    sector = _SECTOR_LOOKUP.get(_key(text))
    if sector is not None:
        return sector, True
    if end - start <= _ORG_MAX_WORDS:
        org = organization_for(text)
        if org is not None:
            return org.sector, False
    return None


def _known(token: str) -> bool:
    return _key(token) in _SECTOR_LOOKUP or organization_for(token) is not None or country_code(token) is not None


@lru_cache(maxsize=8192)
def sector_of(phrase: str) -> str | None:
    """CAMEO sector for a role phrase ("Pakistan's defence minister" -> GOV), or None.

    The longest known phrase wins at each position; the head (last) match gives the sector unless it is
    a generic role ("official", "spokesperson", "officer", "chairman") with a more specific modifier in
    front, or a GOV role modified by a military, legislative or judicial word.  Trailing capitalised
    words that are not known (a person's name after a title) are ignored. Results are cached.
    """
    tokens = _tokens(phrase)
    while len(tokens) > 1 and tokens[-1][:1].isupper() and not _known(tokens[-1]):
        tokens.pop()
    n = len(tokens)
    matches: list[tuple[int, int, str, str]] = []  # (start, end, sector, key)
    i = 0
    longest = max(_MAX_WORDS, _ORG_MAX_WORDS)
    while i < n:
        found = None
        for end in range(min(n, i + longest), i, -1):
            hit = _span_sector(tokens, i, end)
            if hit is not None:
                found = (i, end, hit[0], _key(" ".join(tokens[i:end])) if hit[1] else "")
                break
        if found is None:
            i += 1
            continue
        matches.append(found)
        i = found[1]
    matches = [m for m in matches if not (m[3] in _HEAD_ONLY and m[1] != n)]
    if not matches:
        return None
    head = matches[-1]
    modifiers = matches[:-1]
    if head[3] in _GENERIC_KEYS:
        for m in reversed(modifiers):
            if m[2] != "CVL":
                return m[2]
    elif head[2] == "GOV":
        for m in reversed(modifiers):
            if m[2] in _OVERRIDE_GOV:
                return m[2]
    return head[2]
