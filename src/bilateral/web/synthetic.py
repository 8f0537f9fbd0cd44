"""A synthetic store for benchmarking the web app: realistic shapes and sizes, no NLP run.

``build_synthetic_store`` writes articles and their analyses through the public ``Store`` API and
the record types, as ``analyze`` would: ~600-word bodies made of sentences, people with roles and
countries, quotes, CAMEO-coded events, figures, tones, stories, disagreements, merged actors and
passages. Every record points into its article's body with real offsets, so the article page
highlights them as it would real ones. The same seed gives the same store.

Shapes follow a Pakistan-centred corpus: about a third of the events are between Pakistan and
the United States, a few other dyads (India, Afghanistan, China ...) follow, the rest are spread
over ~25 countries; most events are asserted; a few hundred people speak, some far more than others.
Events carry a varied confidence (about a quarter under ``CONFIDENT``), so the pages' switch between
confident and all events has work to do.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import Any

import numpy as np

from ..actors import merge_actors
from ..analysis.disagreements import find_disagreements
from ..analysis.search import passages
from ..events.cameo import cameo
from ..knowledge.countries import country_name
from ..records import (
    ActorMention,
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    EventActor,
    PublicationDate,
    Quote,
    Role,
    Speaker,
)
from ..store import Store, WriteBatch
from ..store.db import InputLogRow

METHOD = "synthetic.v1"
FIRST_DAY, LAST_DAY = date(2015, 1, 1), date(2025, 12, 31)
BATCH = 500

OUTLETS = (
    ("Dawn", "dawn.com"), ("The Express Tribune", "tribune.com.pk"), ("The News International", "thenews.com.pk"),
    ("Geo News", "geo.tv"), ("Reuters", "reuters.com"), ("Associated Press", "apnews.com"), ("Agence France-Presse", "afp.com"),
    ("BBC News", "bbc.com"), ("Al Jazeera", "aljazeera.com"), ("The New York Times", "nytimes.com"),
    ("The Washington Post", "washingtonpost.com"), ("The Hindu", "thehindu.com"), ("Hindustan Times", "hindustantimes.com"),
    ("Xinhua", "xinhuanet.com"), ("Global Times", "globaltimes.cn"), ("TOLOnews", "tolonews.com"), ("Arab News", "arabnews.com"),
    ("The Guardian", "theguardian.com"), ("Voice of America", "voanews.com"), ("Business Recorder", "brecorder.com"),
)
DATELINES = ("ISLAMABAD", "WASHINGTON", "KABUL", "NEW DELHI", "BEIJING", "KARACHI", "LAHORE", "PESHAWAR", "UNITED NATIONS", "DOHA")

# ISO3 -> (name pool, how many people)
COUNTRIES: dict[str, tuple[str, int]] = {
    "PAK": ("pk", 60), "USA": ("en", 50), "IND": ("in", 30), "AFG": ("af", 25), "CHN": ("zh", 20), "RUS": ("ru", 8),
    "GBR": ("en", 8), "IRN": ("ir", 8), "SAU": ("ar", 8), "ARE": ("ar", 5), "QAT": ("ar", 5), "TUR": ("tr", 5), "BGD": ("in", 5),
    "JPN": ("ja", 5), "FRA": ("fr", 5), "DEU": ("de", 5), "CAN": ("en", 5), "AUS": ("en", 5), "EGY": ("ar", 5), "UKR": ("ru", 5),
    "ISR": ("en", 5), "LKA": ("in", 5), "NPL": ("in", 5), "KOR": ("ko", 5), "MYS": ("ar", 5),
}
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pk": (("Imran", "Nawaz", "Shehbaz", "Asif", "Bilawal", "Maryam", "Ishaq", "Hina", "Sherry", "Qamar", "Asim", "Aizaz", "Tehmina",
            "Mushahid", "Fawad", "Shireen", "Ahsan", "Khawaja", "Faisal", "Zahid", "Hamid", "Raheel", "Pervez", "Sartaj", "Tariq",
            "Moeed", "Ayesha", "Nafees", "Mumtaz", "Shah Mahmood", "Jalil", "Sadia", "Omar", "Rana", "Ghulam"),
           ("Khan", "Sharif", "Zardari", "Bhutto", "Qureshi", "Dar", "Rabbani", "Rehman", "Bajwa", "Munir", "Chaudhry", "Janjua",
            "Hussain", "Mazari", "Iqbal", "Ahmed", "Malik", "Aziz", "Fatemi", "Yusuf", "Lodhi", "Zakaria", "Baloch", "Abbasi",
            "Gilani", "Tarar", "Khar", "Sanaullah", "Afridi", "Durrani", "Mengal", "Siddiqui", "Awan")),
    "en": (("John", "Mike", "Antony", "Hillary", "Rex", "Jake", "Lloyd", "Ned", "Matthew", "Donald", "Joe", "Kamala", "Susan",
            "Ashton", "Jim", "Mark", "Wendy", "Alice", "David", "Robert", "Lindsey", "Richard", "Elizabeth", "Boris", "James",
            "Sarah", "Emily", "Thomas", "Karen", "Daniel", "Laura", "Peter", "Michael", "Anne", "William"),
           ("Kerry", "Pompeo", "Blinken", "Clinton", "Tillerson", "Sullivan", "Austin", "Price", "Miller", "Trump", "Biden",
            "Harris", "Rice", "Carter", "Mattis", "Esper", "Sherman", "Wells", "Olson", "Blome", "Graham", "Haass", "Warren",
            "Johnson", "Raab", "Cleverly", "Hart", "Brown", "McKenzie", "Nuland", "Lu", "Hale", "Stilwell", "Campbell", "Patel")),
    "in": (("Narendra", "Subrahmanyam", "Rajnath", "Sushma", "Ajit", "Nirmala", "Amit", "Vikram", "Harsh", "Arindam", "Priya",
            "Anil", "Rahul", "Manmohan", "Sheikh", "Shahidul", "Gotabaya", "Ranil", "Pushpa", "Kamal", "Ravish", "Vijay"),
           ("Modi", "Jaishankar", "Singh", "Swaraj", "Doval", "Sitharaman", "Shah", "Misri", "Shringla", "Bagchi", "Gokhale",
            "Kumar", "Menon", "Sharma", "Gandhi", "Hasina", "Alam", "Rajapaksa", "Wickremesinghe", "Dahal", "Thapa", "Kwatra")),
    "af": (("Ashraf", "Hamid", "Abdullah", "Zalmay", "Amrullah", "Hanif", "Zabihullah", "Amir Khan", "Sirajuddin", "Mohammad",
            "Hamdullah", "Rangin", "Suhail", "Abdul Ghani", "Hekmat", "Nasir"),
           ("Ghani", "Karzai", "Abdullah", "Khalilzad", "Saleh", "Atmar", "Mujahid", "Muttaqi", "Haqqani", "Mohib", "Spanta",
            "Stanekzai", "Shaheen", "Baradar", "Akhundzada", "Andar")),
    "zh": (("Wang", "Li", "Zhao", "Hua", "Qin", "Geng", "Nong", "Yao", "Zhang", "Liu", "Chen", "Mao", "Xi"),
           ("Yi", "Keqiang", "Lijian", "Chunying", "Gang", "Shuang", "Rong", "Jing", "Wenbin", "Ning", "Qiang", "Heqing", "Jinping")),
    "ru": (("Vladimir", "Sergey", "Maria", "Dmitry", "Sergei", "Zamir", "Alexey", "Andrey", "Volodymyr", "Dmytro", "Olena"),
           ("Putin", "Lavrov", "Zakharova", "Peskov", "Shoigu", "Kabulov", "Dedov", "Rudenko", "Zelenskyy", "Kuleba", "Shmyhal")),
    "ar": (("Mohammed", "Faisal", "Adel", "Abdullah", "Tamim", "Khalid", "Sameh", "Anwar", "Abdel Fattah", "Majed", "Nawaf"),
           ("bin Salman", "bin Farhan", "al-Jubeir", "Al Thani", "Shoukry", "al-Sisi", "Gargash", "Ibrahim", "al-Ansari",
            "bin Zayed", "Al Saud")),
    "ir": (("Javad", "Hossein", "Ebrahim", "Hassan", "Nasser", "Abbas", "Masoud"), ("Zarif", "Amir-Abdollahian", "Raisi", "Rouhani",
                                                                                    "Kanaani", "Araghchi", "Pezeshkian")),
    "tr": (("Mevlut", "Recep Tayyip", "Hakan", "Ibrahim"), ("Cavusoglu", "Erdogan", "Fidan", "Kalin")),
    "ja": (("Shinzo", "Fumio", "Yoshimasa", "Yoko", "Taro"), ("Abe", "Kishida", "Hayashi", "Kamikawa", "Kono")),
    "fr": (("Emmanuel", "Jean-Yves", "Catherine", "Stephane", "Florence"), ("Macron", "Le Drian", "Colonna", "Sejourne", "Parly")),
    "de": (("Angela", "Olaf", "Annalena", "Heiko", "Christine"), ("Merkel", "Scholz", "Baerbock", "Maas", "Lambrecht")),
    "ko": (("Moon", "Yoon", "Park", "Chung", "Cho"), ("Jae-in", "Suk-yeol", "Jin", "Eui-yong", "Tae-yul")),
}
# (title, CAMEO sector); the first few are the offices news quotes most
OFFICES = (
    ("Prime Minister", "GOV"), ("Foreign Minister", "GOV"), ("President", "GOV"), ("Foreign Office spokesperson", "GOV"),
    ("Finance Minister", "GOV"), ("Interior Minister", "GOV"), ("Defence Minister", "GOV"), ("Foreign Secretary", "GOV"),
    ("National Security Adviser", "GOV"), ("ambassador", "GOV"), ("special envoy", "GOV"), ("Commerce Minister", "GOV"),
    ("Information Minister", "GOV"), ("army chief", "MIL"), ("military spokesman", "MIL"), ("corps commander", "MIL"),
    ("senator", "LEG"), ("opposition leader", "OPP"), ("security analyst", "EDU"), ("professor of international relations", "EDU"),
    ("central bank governor", "GOV"), ("chief justice", "JUD"), ("police chief", "COP"), ("business leader", "BUS"),
)
# (country pair, weight): Pakistan–US coverage dominates, a few dyads follow, the rest is spread thin
DYADS = (
    (("PAK", "USA"), 32.0), (("PAK", "IND"), 12.0), (("PAK", "AFG"), 10.0), (("PAK", "CHN"), 8.0), (("AFG", "USA"), 6.0),
    (("IND", "USA"), 4.0), (("CHN", "USA"), 4.0), (("PAK", "SAU"), 2.0), (("IRN", "PAK"), 2.0), (("PAK", "RUS"), 1.5),
    (("GBR", "PAK"), 1.5),
)
OTHER_DYADS = 17.0  # weight of a random pair of any two countries
# (CAMEO code, trigger, words after it, weight)
CAMEO_USES = (
    ("010", "commented", " on ties with", 6), ("012", "warned", "", 3), ("013", "expressed", " optimism about", 2),
    ("020", "urged", "", 5), ("023", "appealed", " to", 2), ("030", "pledged", " to work with", 4), ("036", "offered", " to meet", 3),
    ("040", "met", " with", 9), ("042", "visited", "", 4), ("043", "hosted", "", 4), ("046", "negotiated", " with", 3),
    ("051", "praised", "", 3), ("057", "signed", " an agreement with", 3), ("061", "expanded", " trade with", 2),
    ("064", "shared", " intelligence with", 2), ("070", "provided", " aid to", 3), ("071", "gave", " economic aid to", 2),
    ("081", "eased", " restrictions on", 1), ("084", "returned", " detainees to", 1), ("100", "demanded", " action from", 4),
    ("111", "criticised", "", 6), ("112", "accused", "", 5), ("120", "rejected", " demands by", 3), ("125", "rebuffed", "", 1),
    ("130", "threatened", "", 2), ("138", "threatened", " military action against", 1), ("141", "protested", " to", 2),
    ("150", "deployed", " troops against", 1), ("160", "cut", " ties with", 1), ("163", "imposed", " an embargo on", 1),
    ("172", "imposed", " sanctions on", 2), ("173", "arrested", " nationals of", 1), ("180", "attacked", "", 2),
    ("183", "bombed", " positions of", 1), ("190", "fought", "", 1), ("193", "clashed", " with", 2),
    ("195", "carried", " out drone strikes against", 2),
)
SUBJECTS = ("Officials", "Diplomats", "Analysts", "The ministry", "The delegation", "Observers", "Lawmakers", "Business leaders",
            "Security forces", "The committee", "Residents", "The government", "Critics", "Military officials", "Negotiators",
            "Economists", "Aid agencies", "Opposition parties", "Western diplomats", "Senior officials")
VERBS = ("discussed", "reviewed", "questioned", "welcomed", "criticised", "examined", "highlighted", "debated", "stressed",
         "underlined", "raised", "noted", "described", "warned about", "pointed to", "played down", "defended", "opposed")
ADJECTIVES = ("bilateral", "regional", "economic", "strategic", "fragile", "long-standing", "renewed", "growing", "military",
              "financial", "diplomatic", "cross-border", "humanitarian", "nuclear", "counter-terrorism", "energy", "trade", "security",
              "political", "historic", "difficult", "stalled", "uneasy", "close", "transactional", "broader", "new", "critical")
NOUNS = ("cooperation", "relations", "talks", "aid", "sanctions", "trade", "security", "border", "militancy", "investment",
         "dialogue", "tensions", "agreement", "framework", "corridor", "drone strikes", "refugees", "elections", "debt", "loan",
         "reforms", "ceasefire", "operations", "intelligence", "visas", "exports", "tariffs", "energy", "water", "peace process",
         "troops", "withdrawal", "strategy", "partnership", "summit", "negotiations", "economy", "inflation", "floods", "vaccines",
         "climate", "technology", "arms", "infrastructure", "insurgency", "terrorism", "extremism", "stability", "sovereignty",
         "airspace", "the IMF programme", "counterterrorism", "nuclear programme", "Taliban", "supply routes", "F-16s", "CPEC",
         "Kashmir", "remittances", "students", "textiles", "wheat", "gas pipeline", "fencing", "madrassas", "blasphemy laws")
PLACES = ("in Islamabad", "in Washington", "in Kabul", "in New Delhi", "in Beijing", "at the United Nations", "in Doha", "in Geneva",
          "along the Durand Line", "in the tribal districts", "in Balochistan", "in Kashmir", "in Khyber Pakhtunkhwa", "in Karachi",
          "in Lahore", "at the border", "in the region", "in Riyadh", "in Moscow", "in Tehran", "in London", "in Brussels",
          "in North Waziristan", "in Peshawar", "in Quetta", "in Rawalpindi", "in Gwadar", "in New York")
TIMES = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "last week",
         "earlier this month", "this year", "in recent months", "after the elections", "before the summit", "late on Tuesday",
         "over the weekend", "for the first time in years", "since the withdrawal")
SOURCES = ("according to officials", "a statement said", "sources said", "the report said", "state media reported",
           "people familiar with the matter said", "a spokesman said", "officials told reporters", "the foreign office said")
FUTURE = ("strengthen", "undermine", "revive", "complicate", "expand", "review", "resolve", "delay", "support", "limit", "protect",
          "restore", "reconsider", "accelerate")
QUALITIES = ("essential", "unacceptable", "encouraging", "deeply worrying", "a priority", "not negotiable", "on track",
             "in everyone's interest", "long overdue", "a serious concern", "a step forward", "misguided")
FILLERS = (
    "{subj} {verb} the {adj} {noun} {place} {time}.",
    "{subj} {verb} {adj} {noun} and {noun2} {place}, {source}.",
    "The {adj} {noun} has drawn criticism {time}, {source}.",
    "{subj} said the {noun} would {future} the {adj} {noun2} {place} {time}.",
    "It was not clear whether the {adj} {noun} would {future} {noun2} {place}.",
    "{subj} {verb} the {noun} {time} amid {adj} {noun2} and concerns over {noun3}.",
    "The talks {place} focused on {noun}, {noun2} and the {adj} {noun3}, {source}.",
    "{country} and {other} have long disagreed over {noun}, though {adj} {noun2} has improved {time}.",
    "Relations between {country} and {other} have been {quality} since the {adj} {noun} {time}.",
)
INTRODUCTIONS = (
    ", arrived {place} {time} for talks on {noun}.",
    ", spoke to reporters {place} {time}.",
    ", has led the {adj} {noun} with {other} {time}.",
    ", told a news conference {place} that the {noun} was {quality}.",
    ", who oversees {adj} {noun}, was also present.",
)
QUOTE_LINES = (
    "we {future} the {adj} {noun} and will continue to {future2} {noun2} {place}",
    "the {noun} is {quality} and {country} must {future} the {adj} {noun2}",
    "{country} has always supported {adj} {noun} with {other}",
    "there can be no {noun} without {adj} {noun2}",
    "our {adj} {noun} with {other} is {quality}, and we expect {noun2} to {future} {time}",
    "the question of {noun} cannot be separated from {adj} {noun2} {place}",
    "{other} should {future} its position on {noun} if it wants {adj} {noun2}",
    "nobody benefits from {adj} {noun}, and the {noun2} {place} proves it",
)
# (measure, unit, how the sentence goes on after the amount, subjects, typical values). Subjects are many, as news
# copy names them, so figures fall into many small groups (measure, unit, subject) and a few hundred disagree.
_TOWNS = ("North Waziristan", "South Waziristan", "Kurram", "Bajaur", "Khyber", "Swat", "Peshawar", "Quetta", "Karachi", "Lahore",
          "Islamabad", "Rawalpindi", "Kabul", "Kandahar", "Jalalabad", "Helmand", "Kunduz", "Mastung", "Turbat", "Gwadar", "Dera Ismail Khan",
          "Bannu", "Lakki Marwat", "Chitral", "Mardan", "Charsadda", "Nowshera", "Sialkot", "Pulwama", "Uri", "Poonch", "Muzaffarabad",
          "Srinagar", "Multan", "Sukkur", "Hyderabad", "Faisalabad", "Zhob", "Khuzdar", "Parachinar")
_INCIDENTS = ("attack", "bombing", "floods", "clashes", "earthquake", "drone strike", "suicide blast", "operation")
_SECTORS = ("health", "education", "energy", "agriculture", "infrastructure", "security", "water", "flood relief", "refugees", "governance")
_PARTNERS = ("Pakistan", "Afghanistan", "India", "the United States", "China", "Saudi Arabia", "Iran", "Bangladesh", "Sri Lanka", "Nepal")
MEASURES = (
    ("deaths in the war on terror", "people", "people have been killed in the war on terror in {subject}",
     ("Pakistan", "Afghanistan", "Khyber Pakhtunkhwa", "Balochistan", "the tribal districts", "the region"), (70_000, 80_000, 35_000)),
    ("deaths", "people", "people were killed in the {subject}", tuple(f"{t} {i}" for t in _TOWNS for i in _INCIDENTS), (12, 45, 120, 1_700)),
    ("aid", "USD", "in aid for {subject}", tuple(f"{p}'s {s} sector" for p in _PARTNERS for s in _SECTORS), (33e9, 1.5e9, 300e6, 50e6)),
    ("losses", "USD", "in economic losses from the {subject}", tuple(f"{t} {i}" for t in _TOWNS[:20] for i in _INCIDENTS[:4]), (150e6, 30e9, 2e9)),
    ("refugees", "people", "refugees living in {subject}", _TOWNS + ("Pakistan", "Iran", "camps"), (1_400_000, 3_000_000, 60_000)),
    ("troops", "people", "troops stationed in {subject}", ("Afghanistan", "the border region", "Kashmir", "the Gulf", *_TOWNS[:12]),
     (8_600, 100_000, 2_500)),
    ("trade", "USD", "in bilateral trade between {subject}", tuple(f"{a} and {b}" for a in _PARTNERS for b in _PARTNERS if a < b), (6.6e9, 25e9, 2e9)),
    ("loan", "USD", "loan for {subject}", tuple(f"{p}'s {s} sector" for p in _PARTNERS[:5] for s in _SECTORS), (3e9, 7e9, 1.1e9)),
    ("drone strikes", "strikes", "drone strikes in {subject}", ("the tribal districts", "North Waziristan", "Pakistan", *_TOWNS[:8]), (400, 430, 35)),
    ("share of exports", "percent", "percent of exports to {subject}", _PARTNERS, (17, 22, 8)),
)
QUALIFIERS = (None, None, None, "about", "over", "nearly", "at least")
QUESTION_LINES = (
    "what did {country} say about {noun}",
    "{country} {noun}",
    "{surname} on {noun}",
    "{adj} {noun} {country}",
    "why did {country} criticise {other}",
    "{noun} {noun2}",
    "{country} position on {noun} and {noun2}",
    "how many people died in {place}",
)


@dataclass
class _Person:
    name: str
    country: str
    offices: tuple[tuple[str, str], ...]  # (title, sector): the office before the switch, and after it
    switch: date
    active: tuple[date, date]
    weight: float
    gender: str | None
    known: bool

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class _Body:
    """An article's text as it is written, sentence by sentence, with offsets of the parts that matter."""

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    words: int = 0
    sentence_start: int = 0
    sentence_part: int = 0

    def put(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def sentence(self, new_paragraph: bool) -> None:
        if self.pos:
            self.put("\n\n" if new_paragraph else " ")
        self.sentence_start = self.pos
        self.sentence_part = len(self.parts)

    def current(self) -> str:
        """The sentence written so far."""
        return "".join(self.parts[self.sentence_part :])

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Mention:
    key: int
    kind: str
    name: str
    country: str
    sector: str | None = None
    person: _Person | None = None
    roles: list[Role] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def said(self, body: _Body, short: bool = False) -> tuple[str, int, int]:
        """Put the name in the text (the surname once it has been given in full); its surface and offsets."""
        surface = self.person.surname if short and self.person is not None and self.spans else self.name
        start, end = body.put(surface)
        self.spans.append((start, end))
        if surface not in self.aliases:
            self.aliases.append(surface)
        return surface, start, end

    def record(self, article_id: str) -> ActorMention:
        person = self.person
        return ActorMention(
            key=self.key, article_id=article_id, kind=self.kind, name=self.name, aliases=tuple(self.aliases), country=self.country,
            sector=self.sector, roles=tuple(self.roles), spans=tuple(self.spans),
            known_as=self.name if person is not None and person.known else None, gender=person.gender if person else None,
        )


CONFIDENT = 0.5  # the synthetic events' threshold for ``confident``


def _confidence(rng: Random) -> float:
    """Most events sure (0.55-1.0), about a quarter less so (0.05-0.5)."""
    return round(rng.uniform(0.05, 0.5) if rng.random() < 0.25 else rng.uniform(0.55, 1.0), 3)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.confidence_rng = Random(seed + 1)  # its own stream: the rest of the store is as it was before events had a confidence
        self.seed = seed
        self.people = self._people()
        self.by_country: dict[str, list[_Person]] = defaultdict(list)
        for p in self.people:
            self.by_country[p.country].append(p)
        self.country_names = {c: country_name(c) for c in COUNTRIES}
        self.dyads = [d for d, _ in DYADS]
        self.dyad_weights = [w for _, w in DYADS] + [OTHER_DYADS]
        self.cameo_weights = [u[3] for u in CAMEO_USES]
        self.cameo_info = {u[0]: cameo(u[0]) for u in CAMEO_USES}
        # each figure has a value most reports agree on; a few reports stray from it
        self.figures = [
            (spec, list(spec[3]), [1.0 / (i + 1) ** 0.7 for i in range(len(spec[3]))], {s: self.rng.choice(spec[4]) * self.rng.uniform(0.5, 1.5) for s in spec[3]})
            for spec in MEASURES
        ]

    def _people(self) -> list[_Person]:
        rng = self.rng
        people, taken = [], set()
        span = (LAST_DAY - FIRST_DAY).days
        for country, (pool, count) in COUNTRIES.items():
            firsts, lasts = NAMES[pool]
            for rank in range(count):
                for _ in range(100):
                    name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
                    if name not in taken:
                        break
                taken.add(name)
                weights = [1.0 / (i + 1) for i in range(len(OFFICES))]
                first = OFFICES[rng.choices(range(len(OFFICES)), weights)[0]]
                second = OFFICES[rng.choices(range(len(OFFICES)), weights)[0]] if rng.random() < 0.4 else first
                begin = FIRST_DAY + timedelta(days=rng.randrange(-400, span - 300))
                length = rng.randrange(700, span + 800)  # the busiest stay in the news for the whole decade
                people.append(_Person(
                    name, country, (first, second), begin + timedelta(days=rng.randrange(0, length)), (begin, begin + timedelta(days=length)),
                    1.0 / (rank + 1) ** 0.8, rng.choice(("m", "m", "f", None)), first[0] in ("Prime Minister", "President", "Foreign Minister"),
                ))
        return people

    def _pick_people(self, country: str, day: date, n: int) -> list[_Person]:
        pool = [p for p in self.by_country[country] if p.active[0] <= day <= p.active[1]] or self.by_country[country]
        chosen: list[_Person] = []
        weights = [p.weight for p in pool]
        for _ in range(min(n, len(pool))):
            p = self.rng.choices(pool, weights)[0]
            if p not in chosen:
                chosen.append(p)
        return chosen

    def fill(self, template: str, country: str, other: str) -> str:
        r = self.rng
        return template.format(
            subj=r.choice(SUBJECTS), verb=r.choice(VERBS), adj=r.choice(ADJECTIVES), noun=r.choice(NOUNS), noun2=r.choice(NOUNS),
            noun3=r.choice(NOUNS), place=r.choice(PLACES), time=r.choice(TIMES), source=r.choice(SOURCES), future=r.choice(FUTURE),
            future2=r.choice(FUTURE), quality=r.choice(QUALITIES), country=self.country_names[country], other=self.country_names[other],
        )

    def dyad(self) -> tuple[str, str]:
        chosen = self.rng.choices(range(len(self.dyad_weights)), self.dyad_weights)[0]
        if chosen < len(self.dyads):
            return self.dyads[chosen]
        a, b = self.rng.sample(sorted(COUNTRIES), 2)
        return (a, b)

    def article(self, n: int, day: date, outlet: tuple[str, str], dyad: tuple[str, str], lead: str | None) -> tuple[Article, ArticleAnalysis]:
        rng = self.rng
        aid = hashlib.sha256(f"synthetic:{self.seed}:{n}".encode()).hexdigest()[:16]
        iso = day.isoformat()
        a, b = dyad if rng.random() < 0.5 else (dyad[1], dyad[0])
        mentions: list[_Mention] = [_Mention(0, "country", self.country_names[a], a), _Mention(1, "country", self.country_names[b], b)]
        for country, count in ((a, rng.randint(1, 3)), (b, rng.randint(0, 2))):
            for person in self._pick_people(country, day, count):
                if len(mentions) < 6:
                    office = person.offices[day >= person.switch]
                    mentions.append(_Mention(len(mentions), "person", person.name, country, office[1], person))
        people = [m for m in mentions if m.person is not None]
        body = _Body()
        quotes: list[Quote] = []
        events: list[Event] = []
        claims: list[Claim] = []

        def event(code: str | None = None) -> None:
            src, tgt = (mentions[0], mentions[1]) if rng.random() < 0.5 else (mentions[1], mentions[0])
            sides = [m for m in people if m.country == src.country]
            if sides and rng.random() < 0.6:
                src = rng.choice(sides)
            targets = [m for m in people if m.country == tgt.country]
            if targets and rng.random() < 0.3:
                tgt = rng.choice(targets)
            use = next(u for u in CAMEO_USES if u[0] == code) if code else rng.choices(CAMEO_USES, self.cameo_weights)[0]
            code, trigger, after = use[0], use[1], use[2]
            body.sentence(rng.random() < 0.35)
            s_surface, s_start, s_end = src.said(body, short=True)
            body.put(" ")
            t0, t1 = body.put(trigger)
            target: EventActor | None = None
            if rng.random() < 0.92:
                body.put(after + " ")
                t_surface, t_start, t_end = tgt.said(body, short=True)
                target = EventActor(_code(tgt, rng), t_surface, tgt.key, t_start, t_end)
            body.put(f" {rng.choice(TIMES)}, {rng.choice(SOURCES)}.")
            info = self.cameo_info[code]
            mood = rng.choices(("asserted", "negated", "hypothetical"), (88, 6, 6))[0]
            sentence = body.current()
            ident = hashlib.sha1(f"{aid}:{body.sentence_start}:{t0}:{code}".encode()).hexdigest()[:16]
            sureness = _confidence(self.confidence_rng)
            events.append(Event(
                ident, aid, sentence, body.sentence_start, body.pos, EventActor(_code(src, rng), s_surface, src.key, s_start, s_end),
                target, code, info.root, info.quad_class, info.goldstein, info.plover, iso, trigger, t0, t1, mood,
                confidence=sureness, confident=target is not None and mood == "asserted" and sureness >= CONFIDENT,
            ))
            body.words += sentence.count(" ") + 1

        def introduce(m: _Mention) -> None:
            assert m.person is not None
            person = m.person
            body.sentence(rng.random() < 0.5)
            m.said(body)
            office = person.offices[day >= person.switch]
            phrase = f"{_possessive(self.country_names[m.country])} {office[0]}" if rng.random() < 0.5 else office[0]
            body.put(", ")
            r0, r1 = body.put(phrase)
            m.roles.append(Role(office[0], m.country, None, None, None, aid, phrase, r0, r1, False, iso))
            if day >= person.switch and person.offices[0] != office and rng.random() < 0.5:
                body.put(" and a former ")
                f0, f1 = body.put(person.offices[0][0])
                m.roles.append(Role(person.offices[0][0], m.country, None, None, None, aid, person.offices[0][0], f0, f1, True, iso))
            text = self.fill(rng.choice(INTRODUCTIONS), m.country, b if m.country == a else a)
            body.put(text)
            body.words += 6 + text.count(" ")

        def quote(n: int) -> None:
            roll = rng.random()
            speaker_m = rng.choice(people) if people else None
            home = speaker_m.country if speaker_m is not None else a
            line = self.fill(rng.choice(QUOTE_LINES), home, b if home == a else a)
            body.sentence(rng.random() < 0.5)
            kind = "direct"
            if speaker_m is None or roll < 0.1:  # officials who would not be named
                q0, q1 = _quoted(body, line)
                cue = "said"
                c0, c1 = body.put(cue)
                body.put(" an official who asked not to be named.")
                speaker = Speaker("anonymous")
            elif roll < 0.55:
                q0, q1 = _quoted(body, line)
                surface, s0, s1 = speaker_m.said(body, short=True)
                body.put(" ")
                cue = "said"
                c0, c1 = body.put(cue)
                body.put(".")
                speaker = Speaker("name", speaker_m.key, speaker_m.name, surface, s0, s1)
            elif roll < 0.65 and speaker_m.spans:
                q0, q1 = _quoted(body, line)
                surface = "she" if speaker_m.person and speaker_m.person.gender == "f" else "he"
                s0, s1 = body.put(surface)
                body.put(" ")
                cue = "added"
                c0, c1 = body.put(cue)
                body.put(".")
                speaker = Speaker("pronoun", speaker_m.key, speaker_m.name, surface, s0, s1)
            else:
                surface, s0, s1 = speaker_m.said(body, short=True)
                body.put(" ")
                cue = rng.choice(("said", "told reporters", "stressed", "warned"))
                c0, c1 = body.put(cue)
                body.put(" that ")
                q0, q1 = body.put(line)
                body.put(".")
                speaker = Speaker("name", speaker_m.key, speaker_m.name, surface, s0, s1)
                kind = "indirect"
            quotes.append(Quote(f"{aid}:q{n}", aid, kind, line if kind == "indirect" else line[0].upper() + line[1:],
                                q0, q1, speaker, cue, c0, c1))
            body.words += line.count(" ") + 4

        def claim() -> None:
            (measure, unit, tail, _, _), subjects, weights, bases = rng.choice(self.figures)
            subject = rng.choices(subjects, weights)[0]
            value = _round(bases[subject] * (rng.uniform(0.4, 2.5) if rng.random() < 0.03 else 1.0), unit)
            qualifier = rng.choice(QUALIFIERS)
            amount = _amount(value, unit, qualifier)
            speaker_m = rng.choice(people) if people and rng.random() < 0.6 else None
            body.sentence(rng.random() < 0.4)
            if speaker_m is not None:
                speaker_m.said(body, short=True)
                body.put(" said ")
            else:
                body.put(rng.choice(("Officials estimate that ", "According to government figures, ", "Data show that ")))
            v0, v1 = body.put(amount)
            body.put(" " + tail.format(subject=subject) + ".")
            claims.append(Claim(
                hashlib.sha1(f"{aid}:{v0}:{v1}".encode()).hexdigest()[:16], aid, measure, value, unit, amount, v0, v1, qualifier,
                speaker_m.key if speaker_m else None, speaker_m.name if speaker_m else None, value if unit == "USD" else None, subject,
                body.sentence_start, body.pos,
            ))
            body.words += 10

        def filler() -> None:
            body.sentence(rng.random() < 0.3)
            text = self.fill(rng.choice(FILLERS), a, b)
            body.put(text)
            body.words += text.count(" ") + 1

        event(lead)
        for m in people:
            introduce(m)
        steps: list[Any] = [quote] * rng.randint(4, 8) + [event] * rng.randint(2, 5) + [claim] * rng.randint(1, 3)
        rng.shuffle(steps)
        target_words = max(300, min(1100, int(rng.gauss(600, 120))))
        filler_count = max(0, (target_words - body.words - 18 * len(steps)) // 12)
        steps += [filler] * filler_count
        rng.shuffle(steps)
        q = 0
        for step in steps:
            if step is quote:
                q += 1
                quote(q)
            else:
                step()
        text = body.text()
        outlet_name, domain = outlet
        title = self.fill(rng.choice(("{country} and {other} {verb} {noun} {place}", "{country} {verb} {adj} {noun} with {other}",
                                      "{adj} {noun} tests {country}–{other} ties")), a, b)
        title = title[0].upper() + title[1:]
        article = Article(
            id=aid, source=f"https://{domain}/{iso[:4]}/{iso[5:7]}/{aid}", body=text, title=title, byline=f"By {rng.choice(self.people).name}",
            dateline=rng.choice(DATELINES), outlet=outlet_name, published=PublicationDate(iso, iso, iso, "page metadata", "dates.htmldate.v1"),
            url=f"https://{domain}/{iso[:4]}/{iso[5:7]}/{aid}", raw_sha256=hashlib.sha256(text.encode()).hexdigest(), extractor="html.trafilatura.v1",
        )
        tone = round(max(-1.0, min(1.0, rng.gauss(-0.05 if "IND" in dyad else 0.05, 0.3))), 3)
        analysis = ArticleAnalysis(aid, tuple(m.record(aid) for m in mentions), tuple(quotes), tuple(events), tuple(claims), tone)
        return article, analysis


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _quoted(body: _Body, line: str) -> tuple[int, int]:
    body.put("“")
    start, end = body.put(line[0].upper() + line[1:])
    body.put(",” ")
    return start, end


def _code(m: _Mention, rng: Random) -> str:
    if m.person is not None:
        return m.country + (m.sector or "")
    return m.country + ("GOV" if rng.random() < 0.3 else "")


def _round(value: float, unit: str) -> float:
    if unit == "USD":
        return float(f"{value:.2g}")
    if unit == "percent":
        return float(round(value))
    return float(round(value, -2) if value > 1000 else round(value))


def _amount(value: float, unit: str, qualifier: str | None) -> str:
    if unit == "USD":
        text = f"${value / 1e9:g} billion" if value >= 1e9 else f"${value / 1e6:g} million"
    elif unit == "percent":
        text = f"{value:g}"
    else:
        text = f"{value:,.0f}"
    return f"{qualifier} {text}" if qualifier else text


def _days(rng: Random, n: int) -> list[date]:
    """Publication days over the decade, coverage growing over time, in order."""
    span = (LAST_DAY - FIRST_DAY).days
    return sorted(FIRST_DAY + timedelta(days=min(span, int(span * rng.random() ** 0.8))) for _ in range(n))


def build_synthetic_store(path: str | Path, articles: int = 10_000, seed: int = 0) -> dict[str, Any]:
    """Write a synthetic store of ``articles`` articles at ``path`` (which must not exist yet); counts of what was written."""
    if Path(path).exists():
        raise FileExistsError(path)
    started = time.perf_counter()
    gen = _Generator(seed)
    rng = gen.rng
    nprng = np.random.default_rng(seed)
    days = _days(rng, articles)
    stories: dict[str, str] = {}
    story_keys: list[tuple[date, str, tuple[str, str], str, int]] = []  # recent articles: day, story, dyad, lead code, outlet
    all_articles: dict[str, Article] = {}
    all_quotes: list[Quote] = []
    all_events: list[Event] = []
    all_claims: list[Claim] = []
    codes: dict[tuple[str, int], str] = {}
    counts: dict[str, Any] = defaultdict(int)
    with Store(path) as store:
        for first in range(0, articles, BATCH):
            batch = WriteBatch()
            analyses = []
            signatures = nprng.integers(0, 2**32, size=(min(BATCH, articles - first), 128), dtype=np.uint64)
            for n in range(first, min(first + BATCH, articles)):
                day = days[n]
                outlet = rng.randrange(len(OUTLETS))
                recent = [k for k in story_keys[-6:] if (day - k[0]).days <= 3 and k[4] != outlet]
                if recent and rng.random() < 0.35:  # another outlet's report of a recent story
                    _, story, dyad, lead, _ = rng.choice(recent)
                else:
                    story, dyad, lead = "", gen.dyad(), rng.choices(CAMEO_USES, gen.cameo_weights)[0][0]
                article, analysis = gen.article(n, day, OUTLETS[outlet], dyad, lead)
                story = story or article.id
                stories[article.id] = story
                story_keys.append((day, story, dyad, lead, outlet))
                batch.articles.append((article, signatures[n - first]))
                batch.inputs.append(InputLogRow(article.source, article.raw_sha256, "stored", None, None, article.id))
                analyses.append(analysis)
                all_articles[article.id] = article
                all_quotes += analysis.quotes
                all_events += analysis.events
                all_claims += analysis.claims
                for m in analysis.actors:
                    codes[(m.article_id, m.key)] = m.country + (m.sector or "") if m.country else ""
                counts["actor_mentions"] += len(analysis.actors)
            store.write(batch)
            store.write_analyses(analyses, METHOD)
        counts["articles"] = len(all_articles)
        counts["quotes"], counts["events"], counts["claims"] = len(all_quotes), len(all_events), len(all_claims)
        actors, links = merge_actors(store.actor_mentions())
        store.replace_actors(actors, links)
        counts["actors"] = len(actors)
        found = find_disagreements(all_claims)
        store.replace_disagreements(found)
        counts["disagreements"] = len(found)
        store.replace_stories(stories)
        counts["stories"] = len(set(stories.values()))
        store.replace_passages(passages(all_articles, all_quotes, all_events, all_claims, codes))
        counts["passages"] = store.count("passages")
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return dict(counts)
