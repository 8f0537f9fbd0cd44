"""Organisations named in South Asia, US foreign-policy and world news, and CAMEO actor sectors for roles.

``organization_for("ISPR")`` gives the Pakistani military's media wing (sector MIL);
``sector_of("the military spokesperson")`` gives ``"MIL"``.

Sectors are CAMEO actor-type codes: GOV government, MIL military, LEG legislature, JUD judiciary,
COP police, BUS business, MED media, EDU education and research, OPP opposition, PTY political party,
REB rebels and militants, SEP separatists, IGO intergovernmental organisation, NGO non-governmental
organisation, HLH health, CVL civilians, SPY intelligence, UAF unidentified armed forces.

Matching rules for organisation names:

* case-insensitive, tolerant of a leading "the" and a trailing possessive;
* acronyms (an alias without spaces and with two or more capitals: ISI, ISPR, CIA, UN, PTI, LeT,
  PML-N) match only as written, so "who", "raw" and "un" are never the WHO, RAW or UN;
* a one-word name that needs its article ("The Nation", "The News", "The Hindu", "The Guardian")
  matches only with it, and names that are also common words ("Dawn", "Congress", "Pentagon")
  match only capitalised, and multi-word names that are also ordinary phrases ("an Islamic state",
  "Islamic jihad", "Muslim brotherhood", "a shining path") match only title-cased;
* acronyms that stand for something else in South Asian news are left out ("ICC" is the cricket
  council, "IEA" the Islamic Emirate, "EC" an election commission, "RSF" and "FDD" are ambiguous):
  the written-out names still match;
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
    {"GOV", "MIL", "LEG", "JUD", "COP", "BUS", "MED", "EDU", "OPP", "PTY", "REB", "SEP", "IGO", "NGO", "HLH", "CVL", "SPY", "UAF"}
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
    # Armed groups and movements elsewhere (world news)
    _group("Palestine Liberation Organization", ("PLO", "Palestine Liberation Organisation"), "PSE", "REB"),
    _group("Fatah", ("al-Fatah", "Fateh"), "PSE", "REB"),
    _group(
        "Palestinian Islamic Jihad",
        ("Islamic Jihad", "PIJ", "Islamic Jihad Movement in Palestine", "Islamic Jihad Movement"),
        "PSE",
        "REB",
    ),
    _group("Popular Front for the Liberation of Palestine", ("PFLP",), "PSE", "REB"),
    _group("Popular Front for the Liberation of Palestine-General Command", ("PFLP-GC",), "PSE", "REB"),
    _group("Democratic Front for the Liberation of Palestine", ("DFLP",), "PSE", "REB"),
    _group(
        "Al-Aqsa Martyrs' Brigades",
        ("Al-Aqsa Martyrs Brigades", "al-Aqsa Martyrs' Brigade", "al-Aqsa Martyrs Brigade", "Aqsa Martyrs Brigades"),
        "PSE",
        "REB",
    ),
    _group("Abu Nidal Organization", ("Abu Nidal group", "Abu Nidal Organisation", "Fatah Revolutionary Council"), "PSE", "REB"),
    _org("Palestinian Authority", ("Palestinian National Authority",), "PSE", "GOV"),
    _group("South Lebanon Army", ("South Lebanese Army",), "LBN", "REB"),
    _group("Egyptian Islamic Jihad", (), "EGY", "REB"),
    _group("Gamaa Islamiya", ("al-Gamaa al-Islamiya", "Gama'a al-Islamiyya", "al-Gama'a al-Islamiyya"), "EGY", "REB"),
    _org("Muslim Brotherhood", ("Society of the Muslim Brothers",), "EGY", "OPP"),
    _org("Islamic Salvation Front", ("FIS", "Front Islamique du Salut"), "DZA", "OPP"),
    _group("Armed Islamic Group", ("GIA",), "DZA", "REB"),
    _group(
        "al-Qaeda in the Islamic Maghreb",
        ("AQIM", "al Qaeda in the Islamic Maghreb", "Salafist Group for Preaching and Combat", "GSPC"),
        "DZA",
        "REB",
    ),
    _group("al-Qaeda in the Arabian Peninsula", ("AQAP", "al Qaeda in the Arabian Peninsula"), "YEM", "REB"),
    _group("al-Qaeda in Iraq", ("AQI", "al Qaeda in Iraq", "al-Qaeda in Mesopotamia"), "IRQ", "REB"),
    _group("Mahdi Army", ("Mehdi Army", "Jaish al-Mahdi"), "IRQ", "REB"),
    _org("Kurdistan Democratic Party", ("KDP",), "IRQ", "PTY"),
    _org("Patriotic Union of Kurdistan", ("PUK",), "IRQ", "PTY"),
    _group(
        "Kurdistan Workers' Party",
        ("PKK", "Kurdistan Workers Party", "Kongra-Gel", "Partiya Karkeren Kurdistan"),
        "TUR",
        "SEP",
    ),
    _group(
        "Mujahedin-e Khalq",
        (
            "MEK",
            "MKO",
            "Mujahideen-e-Khalq",
            "Mojahedin-e Khalq",
            "People's Mujahedin of Iran",
            "People's Mojahedin Organization of Iran",
        ),
        "IRN",
        "REB",
    ),
    _group(
        "Hezb-e-Islami",
        ("Hizb-e-Islami", "Hizb-i-Islami", "Hezb-i-Islami", "Hizb-e-Islami Gulbuddin", "Hezb-e-Islami Gulbuddin"),
        "AFG",
        "REB",
    ),
    _group("Northern Alliance", ("United Islamic Front for the Salvation of Afghanistan",), "AFG", "REB"),
    _group("Liberation Tigers of Tamil Eelam", ("LTTE", "Tamil Tigers", "Tamil Tiger rebels"), "LKA", "SEP"),
    _group("East Turkestan Islamic Movement", ("ETIM",), "CHN", "SEP"),
    _group("Khmer Rouge", (), "KHM", "REB"),
    _group("Abu Sayyaf", ("Abu Sayyaf Group",), "PHL", "REB"),
    _group("Moro Islamic Liberation Front", ("MILF",), "PHL", "SEP"),
    _group("Moro National Liberation Front", ("MNLF",), "PHL", "SEP"),
    _group("New People's Army", ("NPA",), "PHL", "REB"),
    _group("Jemaah Islamiyah", ("Jemaah Islamiah", "Jemaah Islamiya"), "IDN", "REB"),
    _group("Free Aceh Movement", ("GAM", "Gerakan Aceh Merdeka"), "IDN", "SEP"),
    _group(
        "Revolutionary Armed Forces of Colombia",
        ("FARC", "Farc", "FARC-EP", "Fuerzas Armadas Revolucionarias de Colombia"),
        "COL",
        "REB",
    ),
    _group(
        "National Liberation Army of Colombia",
        ("ELN", "Ejercito de Liberacion Nacional", "Ejército de Liberación Nacional"),
        "COL",
        "REB",
    ),
    _group("United Self-Defense Forces of Colombia", ("AUC", "United Self-Defence Forces of Colombia"), "COL", "REB"),
    _group("Shining Path", ("Sendero Luminoso",), "PER", "REB"),
    _group("Tupac Amaru Revolutionary Movement", ("MRTA",), "PER", "REB"),
    _group(
        "Zapatista National Liberation Army",
        ("EZLN", "Zapatistas", "Zapatista rebels", "Zapatista Army of National Liberation"),
        "MEX",
        "REB",
    ),
    _group("Contras", ("Contra rebels", "Nicaraguan Contras", "Nicaraguan Resistance"), "NIC", "REB"),
    _org("Sandinista National Liberation Front", ("FSLN", "Sandinistas", "Sandinista Front"), "NIC", "PTY"),
    _group("Farabundo Marti National Liberation Front", ("FMLN", "Farabundo Martí National Liberation Front"), "SLV", "REB"),
    _group("Guatemalan National Revolutionary Unity", ("URNG",), "GTM", "REB"),
    _group("ETA", ("Euskadi Ta Askatasuna",), "ESP", "SEP"),
    _org("Batasuna", ("Herri Batasuna",), "ESP", "PTY"),
    _group("Irish Republican Army", ("IRA", "Provisional IRA", "Provisional Irish Republican Army"), "GBR", "SEP"),
    _group("Real IRA", ("Real Irish Republican Army",), "GBR", "SEP"),
    _group("Continuity IRA", ("Continuity Irish Republican Army",), "GBR", "SEP"),
    _org("Sinn Fein", ("Sinn Féin",), "GBR", "PTY"),
    _group("Ulster Defence Association", ("UDA", "Ulster Defense Association"), "GBR", "REB"),
    _group("Ulster Volunteer Force", ("UVF",), "GBR", "REB"),
    _group("Red Brigades", ("Brigate Rosse",), "ITA", "REB"),
    _group("Red Army Faction", ("Baader-Meinhof gang", "Baader-Meinhof Group"), "DEU", "REB"),
    _group("Kosovo Liberation Army", ("KLA", "UCK"), "SRB", "SEP"),
    _group("Polisario Front", ("Polisario", "POLISARIO", "Frente Polisario"), "ESH", "SEP"),
    _group("National Union for the Total Independence of Angola", ("UNITA", "Unita"), "AGO", "REB"),
    _org("Popular Movement for the Liberation of Angola", ("MPLA",), "AGO", "PTY"),
    _group("Renamo", ("RENAMO", "Mozambican National Resistance"), "MOZ", "REB"),
    _org("Frelimo", ("FRELIMO", "Front for the Liberation of Mozambique"), "MOZ", "PTY"),
    _group(
        "Sudan People's Liberation Movement",
        (
            "SPLM",
            "SPLA",
            "SPLM/A",
            "Sudan People's Liberation Army",
            "Sudanese People's Liberation Army",
            "Sudan People's Liberation Movement/Army",
            "Sudan Peoples Liberation Army",
            "Sudan Peoples Liberation Movement",
        ),
        "SDN",
        "REB",
    ),
    _group("Sudan Liberation Army", ("Sudan Liberation Movement", "SLM/A", "SLM"), "SDN", "REB"),
    _group("Justice and Equality Movement", (), "SDN", "REB"),
    _group("Janjaweed", ("Janjawid", "Janjaweed militia", "Janjaweed militias"), "SDN", "REB"),
    _group("Revolutionary United Front", ("RUF",), "SLE", "REB"),
    _group("National Patriotic Front of Liberia", ("NPFL",), "LBR", "REB"),
    _group("Liberians United for Reconciliation and Democracy", ("LURD",), "LBR", "REB"),
    _group("Lord's Resistance Army", ("LRA", "Lords Resistance Army"), "UGA", "REB"),
    _group(
        "al-Shabaab",
        ("al-Shabab", "al Shabaab", "al Shabab", "Shabaab", "Harakat al-Shabaab al-Mujahideen"),
        "SOM",
        "REB",
    ),
    _group("Boko Haram", (), "NGA", "REB"),
    _group("Interahamwe", (), "RWA", "REB"),
    _group(
        "Forces for the Defence of Democracy",
        (
            "CNDD-FDD",
            "Forces for Defence of Democracy",
            "Forces for the Defense of Democracy",
            "Forces for Defense of Democracy",
        ),
        "BDI",
        "REB",
    ),
    _group("Palipehutu-FNL", ("FNL", "Forces for National Liberation"), "BDI", "REB"),
    _org("African National Congress", ("ANC",), "ZAF", "PTY"),
    _org("Inkatha Freedom Party", ("Inkatha", "IFP"), "ZAF", "PTY"),
    _org(
        "South West Africa People's Organisation",
        ("SWAPO", "Swapo", "South West Africa People's Organization"),
        "NAM",
        "PTY",
    ),
    _org("ZANU-PF", ("Zanu-PF", "Zimbabwe African National Union-Patriotic Front"), "ZWE", "PTY"),
    _org("Movement for Democratic Change", ("MDC",), "ZWE", "OPP"),
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
    _org(
        "European Community",
        ("European Communities", "European Economic Community", "EEC", "Common Market"),
        None,
        "IGO",
    ),
    _org("European Parliament", (), None, "IGO"),
    _org("European Council", ("Council of the European Union",), None, "IGO"),
    _org("European Central Bank", ("ECB",), None, "IGO"),
    _org("European Court of Justice", ("ECJ",), None, "IGO"),
    _org("European Court of Human Rights", (), None, "IGO"),
    _org("Western European Union", ("WEU",), None, "IGO"),
    _org("Council of Europe", (), None, "IGO"),
    _org(
        "Organization for Security and Cooperation in Europe",
        (
            "OSCE",
            "Organization for Security and Co-operation in Europe",
            "Organisation for Security and Cooperation in Europe",
            "Organisation for Security and Co-operation in Europe",
            "CSCE",
            "Conference on Security and Cooperation in Europe",
            "Conference on Security and Co-operation in Europe",
        ),
        None,
        "IGO",
    ),
    _org("Warsaw Pact", ("Warsaw Treaty Organization", "Warsaw Treaty Organisation"), None, "IGO"),
    _org("Council for Mutual Economic Assistance", ("Comecon", "COMECON", "CMEA"), None, "IGO"),
    _org("Commonwealth of Independent States", ("CIS",), None, "IGO"),
    _org("Commonwealth of Nations", ("Commonwealth", "British Commonwealth", "Commonwealth Secretariat"), None, "IGO"),
    _org("African Union", ("AU",), None, "IGO"),
    _org("African Union Mission in Somalia", ("AMISOM",), None, "IGO"),
    _org("Organization of African Unity", ("OAU", "Organisation of African Unity"), None, "IGO"),
    _org("Economic Community of West African States", ("ECOWAS", "Ecowas"), None, "IGO"),
    _org("ECOWAS Monitoring Group", ("ECOMOG", "Ecomog", "ECOWAS Cease-fire Monitoring Group"), None, "IGO"),
    _org("Southern African Development Community", ("SADC",), None, "IGO"),
    _org("Intergovernmental Authority on Development", ("IGAD",), None, "IGO"),
    _org("East African Community", ("EAC",), None, "IGO"),
    _org("African Development Bank", ("AfDB",), None, "IGO"),
    _org("Organization of American States", ("OAS", "Organisation of American States"), None, "IGO"),
    _org("Inter-American Development Bank", ("IADB",), None, "IGO"),
    _org("Andean Community", ("Andean Pact", "Andean Community of Nations", "Comunidad Andina"), None, "IGO"),
    _org("Mercosur", ("MERCOSUR", "Mercosul", "Southern Common Market"), None, "IGO"),
    _org("Caribbean Community", ("CARICOM", "Caricom"), None, "IGO"),
    _org(
        "Asia-Pacific Economic Cooperation",
        ("APEC", "Apec", "Asia Pacific Economic Cooperation", "Asia-Pacific Economic Cooperation forum"),
        None,
        "IGO",
    ),
    _org("Economic Cooperation Organization", ("ECO", "Economic Cooperation Organisation"), None, "IGO"),
    _org("Islamic Development Bank", ("IsDB",), None, "IGO"),
    _org(
        "Organization of the Petroleum Exporting Countries",
        (
            "OPEC",
            "Opec",
            "Organization of Petroleum Exporting Countries",
            "Organisation of the Petroleum Exporting Countries",
            "Organisation of Petroleum Exporting Countries",
        ),
        None,
        "IGO",
    ),
    _org("International Energy Agency", (), None, "IGO"),  # no "IEA": that is the Islamic Emirate of Afghanistan here
    _org(
        "Organisation for Economic Co-operation and Development",
        (
            "OECD",
            "Organization for Economic Cooperation and Development",
            "Organisation for Economic Cooperation and Development",
        ),
        None,
        "IGO",
    ),
    _org("European Bank for Reconstruction and Development", ("EBRD",), None, "IGO"),
    _org("Paris Club", (), None, "IGO"),
    _org("General Agreement on Tariffs and Trade", ("GATT",), None, "IGO"),
    _org("Group of Eight", ("G8", "G-8", "G 8", "Group of 8"), None, "IGO"),
    _org("Group of 77", ("G77", "G-77", "Group of Seventy-Seven"), None, "IGO"),
    _org(
        "Non-Aligned Movement",
        ("NAM", "Nonaligned Movement", "Movement of Non-Aligned Countries"),
        None,
        "IGO",
    ),
    _org(
        "Interpol",
        ("INTERPOL", "International Criminal Police Organization", "International Criminal Police Organisation"),
        None,
        "IGO",
    ),
    # United Nations bodies, agencies, courts and missions
    _org(
        "UNESCO",
        (
            "Unesco",
            "United Nations Educational, Scientific and Cultural Organization",
            "UN Educational, Scientific and Cultural Organization",
        ),
        None,
        "IGO",
    ),
    _org(
        "UN Development Programme",
        ("UNDP", "United Nations Development Programme", "United Nations Development Program", "UN Development Program"),
        None,
        "IGO",
    ),
    _org(
        "UN Relief and Works Agency",
        (
            "UNRWA",
            "Unrwa",
            "United Nations Relief and Works Agency",
            "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
        ),
        None,
        "IGO",
    ),
    _org(
        "International Labour Organization",
        (
            "ILO",
            "International Labor Organization",
            "International Labour Organisation",
            "International Labour Office",
            "International Labor Office",
        ),
        None,
        "IGO",
    ),
    _org(
        "Food and Agriculture Organization",
        (
            "FAO",
            "Food and Agriculture Organisation",
            "UN Food and Agriculture Organization",
            "United Nations Food and Agriculture Organization",
        ),
        None,
        "IGO",
    ),
    _org("UN Conference on Trade and Development", ("UNCTAD", "United Nations Conference on Trade and Development"), None, "IGO"),
    _org("UN Environment Programme", ("UNEP", "United Nations Environment Programme", "UN Environment Program"), None, "IGO"),
    _org("UN Population Fund", ("UNFPA", "United Nations Population Fund"), None, "IGO"),
    _org(
        "UN Office for the Coordination of Humanitarian Affairs",
        ("OCHA", "United Nations Office for the Coordination of Humanitarian Affairs"),
        None,
        "IGO",
    ),
    _org("International Organization for Migration", ("IOM", "International Organisation for Migration"), None, "IGO"),
    _org("UN Human Rights Council", ("UNHRC", "United Nations Human Rights Council"), None, "IGO"),
    _org(
        "UN Commission on Human Rights",
        ("United Nations Commission on Human Rights", "UN Human Rights Commission", "United Nations Human Rights Commission"),
        None,
        "IGO",
    ),
    _org(
        "Office of the UN High Commissioner for Human Rights",
        ("OHCHR", "UN human rights office", "Office of the United Nations High Commissioner for Human Rights"),
        None,
        "IGO",
    ),
    _org(
        "Organisation for the Prohibition of Chemical Weapons",
        ("OPCW", "Organization for the Prohibition of Chemical Weapons"),
        None,
        "IGO",
    ),
    _org(
        "Comprehensive Nuclear-Test-Ban Treaty Organization",
        ("CTBTO", "Comprehensive Nuclear-Test-Ban Treaty Organisation"),
        None,
        "IGO",
    ),
    _org("Conference on Disarmament", ("UN Conference on Disarmament",), None, "IGO"),
    _org("UN Special Commission", ("UNSCOM", "United Nations Special Commission"), None, "IGO"),
    _org(
        "UN Monitoring, Verification and Inspection Commission",
        ("UNMOVIC", "United Nations Monitoring, Verification and Inspection Commission"),
        None,
        "IGO",
    ),
    _org("International Criminal Court", (), None, "IGO"),  # no "ICC": in South Asian news that is the cricket council
    _org(
        "International Criminal Tribunal for the former Yugoslavia",
        (
            "ICTY",
            "UN war crimes tribunal",
            "United Nations war crimes tribunal",
            "Hague tribunal",
            "Yugoslav war crimes tribunal",
            "UN war crimes tribunal for the former Yugoslavia",
        ),
        None,
        "IGO",
    ),
    _org(
        "International Criminal Tribunal for Rwanda",
        ("ICTR", "Rwanda war crimes tribunal", "UN Rwanda tribunal", "UN war crimes tribunal for Rwanda"),
        None,
        "IGO",
    ),
    _org("Special Court for Sierra Leone", (), None, "IGO"),
    _org("Special Tribunal for Lebanon", (), None, "IGO"),
    _org("Permanent Court of Arbitration", (), None, "IGO"),
    _org(
        "UN peacekeeping forces",
        (
            "UN peacekeepers",
            "United Nations peacekeepers",
            "UN peace-keepers",
            "UN peacekeeping force",
            "United Nations peacekeeping force",
            "United Nations peacekeeping forces",
            "UN peacekeeping troops",
            "UN peacekeeping mission",
            "UN peace-keeping force",
            "UN peace-keeping forces",
        ),
        None,
        "IGO",
    ),
    _org(
        "UN Military Observer Group in India and Pakistan",
        ("UNMOGIP", "United Nations Military Observer Group in India and Pakistan"),
        None,
        "IGO",
    ),
    _org("UN Protection Force", ("UNPROFOR", "United Nations Protection Force"), None, "IGO"),
    _org("UN Interim Force in Lebanon", ("UNIFIL", "Unifil", "United Nations Interim Force in Lebanon"), None, "IGO"),
    _org("UN Operation in Somalia", ("UNOSOM", "United Nations Operation in Somalia"), None, "IGO"),
    _org("UN Transitional Authority in Cambodia", ("UNTAC", "United Nations Transitional Authority in Cambodia"), None, "IGO"),
    _org("UN Peacekeeping Force in Cyprus", ("UNFICYP", "United Nations Peacekeeping Force in Cyprus"), None, "IGO"),
    _org("UN Mission in Sierra Leone", ("UNAMSIL", "United Nations Mission in Sierra Leone"), None, "IGO"),
    _org("UN Mission in Liberia", ("UNMIL", "United Nations Mission in Liberia"), None, "IGO"),
    _org(
        "UN Interim Administration Mission in Kosovo",
        ("UNMIK", "United Nations Interim Administration Mission in Kosovo", "UN Mission in Kosovo"),
        None,
        "IGO",
    ),
    _org("UN Mission in the Democratic Republic of Congo", ("MONUC", "MONUSCO", "UN Mission in Congo"), None, "IGO"),
    _org("UN Stabilization Mission in Haiti", ("MINUSTAH", "United Nations Stabilization Mission in Haiti"), None, "IGO"),
    _org(
        "African Union-United Nations Hybrid Operation in Darfur",
        ("UNAMID", "AU-UN Hybrid Operation in Darfur"),
        None,
        "IGO",
    ),
    _org("International Security Assistance Force", ("ISAF",), None, "IGO"),
    _org("Kosovo Force", ("KFOR",), None, "IGO"),
    _org("Stabilisation Force in Bosnia and Herzegovina", ("SFOR", "Stabilization Force"), None, "IGO"),
    _org("Implementation Force", ("IFOR",), None, "IGO"),
    # Non-governmental organisations
    _org("Amnesty International", ("Amnesty",), None, "NGO"),
    _org("Human Rights Watch", ("HRW",), None, "NGO"),
    _org("Human Rights Commission of Pakistan", ("HRCP",), "PAK", "NGO"),
    _org("International Committee of the Red Cross", ("ICRC", "Red Cross", "International Red Cross"), None, "NGO"),
    _org("Doctors Without Borders", ("MSF", "Medecins Sans Frontieres", "Médecins Sans Frontières"), None, "NGO"),
    _org("Edhi Foundation", (), "PAK", "NGO"),
    _org(
        "International Federation of Red Cross and Red Crescent Societies",
        ("IFRC", "International Federation of the Red Cross", "International Federation of Red Cross"),
        None,
        "NGO",
    ),
    _org("Red Crescent", ("Red Crescent Society",), None, "NGO"),
    _org("Oxfam", ("OXFAM", "Oxfam International"), None, "NGO"),
    _org("Save the Children", ("Save the Children Fund",), None, "NGO"),
    _org("Greenpeace", ("Greenpeace International",), None, "NGO"),
    _org("Reporters Without Borders", ("Reporters Sans Frontieres", "Reporters Sans Frontières"), None, "NGO"),
    _org("Committee to Protect Journalists", ("CPJ",), None, "NGO"),
    _org("International Federation of Journalists", ("IFJ",), None, "NGO"),
    _org("Transparency International", (), None, "NGO"),
    _org("International Crisis Group", ("ICG", "Crisis Group"), None, "NGO"),
    _org("International Rescue Committee", (), None, "NGO"),
    _org("CARE International", ("CARE",), None, "NGO"),
    _org("World Vision", ("World Vision International",), None, "NGO"),
    _org("Caritas", ("Caritas Internationalis",), None, "NGO"),
    _org("Physicians for Human Rights", (), None, "NGO"),
    _org("Freedom House", (), "USA", "NGO"),
    _org("B'Tselem", ("B'tselem",), "ISR", "NGO"),
    _org("Peace Now", (), "ISR", "NGO"),
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
    _org("Fox News", ("Fox", "Fox News Channel", "Fox Business"), "USA", "MED"),
    _org("MSNBC", (), "USA", "MED"),
    _org("NBC News", ("NBC",), "USA", "MED"),
    _org("CBS News", ("CBS",), "USA", "MED"),
    _org("ABC News", ("ABC",), "USA", "MED"),
    _org("Ford Motor Company", ("Ford Motor", "Ford Motor Co."), "USA", "BUS"),
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
    ("COL", ("national liberation army",), "National Liberation Army of Colombia"),
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
        "commonwealth",
        "caritas",
        "contras",
        "interahamwe",
    }
)

# Multi-word keys that are also ordinary phrases ("an Islamic state", "Islamic jihad", "a shining path"):
# they match only when every word other than a short function word is capitalised.
_TITLE_CASE_ONLY: frozenset[str] = frozenset(
    {
        "islamic state",
        "islamic jihad",
        "islamic jihad movement",
        "muslim brotherhood",
        "shining path",
        "common market",
        "northern alliance",
        "crisis group",
        "save the children",
        "world vision",
        "freedom house",
        "peace now",
        "red crescent",
        "paris club",
        "implementation force",
        "stabilization force",
        "conference on disarmament",
    }
)
_FUNCTION_WORDS: frozenset[str] = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to"})


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


def _title_cased(text: str) -> bool:
    words = text.replace("-", " ").replace("/", " ").split()
    return all(word[:1].isupper() for word in words if word.lower() not in _FUNCTION_WORDS)


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
            if key in _TITLE_CASE_ONLY and not _title_cased(_drop_the(candidate)):
                return None
            return org
    return None


@lru_cache(maxsize=65536)  # the same surfaces recur in every article
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
    "forces": "MIL",
    "tanks": "MIL",
    "warplanes": "MIL",
    "fighter jets": "MIL",
    "jets": "MIL",
    "helicopters": "MIL",
    "gunships": "MIL",
    "warships": "MIL",
    "gunboats": "MIL",
    "artillery": "MIL",
    "border guards": "MIL",
    "coast guard": "MIL",
    "peacekeepers": "MIL",
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
    "political opponent": "OPP",
    "opponent": "OPP",
    "party": "PTY",
    "party worker": "PTY",
    # rebels, militants, separatists
    "militant": "REB",
    "militants": "REB",
    "guerrillas": "REB",
    "guerrilla": "REB",
    "militia": "REB",
    "militias": "REB",
    "militiamen": "REB",
    "bombers": "REB",
    "insurgent": "REB",
    "rebel": "REB",
    "terrorist": "REB",
    "fighter": "REB",
    "jihadist": "REB",
    "extremist": "REB",
    "fundamentalist": "REB",
    "radical": "REB",
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
    # kinds of body that, named with no country, are civil society ("the Association of African Jurists")
    "association": "NGO",
    "forum": "NGO",
    "federation": "NGO",
    "foundation": "NGO",
    "society": "NGO",
    "institute": "EDU",
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
    "immigrant": "CVL",
    "migrant": "CVL",
    "worshipper": "CVL",
    "pilgrim": "CVL",
    "settler": "CVL",
    "worker": "CVL",
    "farmer": "CVL",
    "youth": "CVL",
    "prisoner": "CVL",
    "detainee": "CVL",
    "hostage": "CVL",
    "tourist": "CVL",
    "elder": "CVL",
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
