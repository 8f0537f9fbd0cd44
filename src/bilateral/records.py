"""Typed records that flow between stages.

Records are frozen, slotted dataclasses. Extracted records point into an article's clean
``body`` with character offsets instead of copying text, and carry a versioned ``method``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input as read: bytes plus where they came from."""

    source: str  # path or URL as the user gave it (or "-" for stdin)
    content: bytes
    media_type: str  # "html" or "text"
    url: str | None = None  # the final URL after redirects, for fetched pages


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """When an article was published, as far as the evidence goes."""

    date: str | None = None  # ISO date when pinned to one day
    earliest: str | None = None
    latest: str | None = None
    evidence: str | None = None
    method: str = "dates.none"

    @property
    def range(self) -> tuple[str, str] | None:
        if self.date is None and self.earliest and self.latest:
            return (self.earliest, self.latest)
        return None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article with its metadata, ready for the NLP stages."""

    id: str
    source: str
    body: str
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    credited_sources: tuple[str, ...] = ()
    published: PublicationDate = field(default_factory=PublicationDate)
    url: str | None = None
    raw_sha256: str = ""
    extractor: str = ""  # method that produced the body, e.g. "html.trafilatura.v1"
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that produced no article, with the reason."""

    source: str
    code: str
    reason: str
    raw_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """An office or function a text gives an actor, tied to the article that states it."""

    title: str  # as news copy names it, e.g. "Defence Minister", "former Prime Minister"
    country: str | None = None  # ISO3 of the state the role belongs to
    organization: str | None = None
    valid_from: str | None = None  # from the office-holder table when it knows the term
    valid_to: str | None = None
    article_id: str | None = None
    evidence: str | None = None  # the phrase that states it
    start: int | None = None  # offsets of that phrase in the body
    end: int | None = None
    former: bool = False
    as_of: str | None = None  # the article's date: the day the text says this role is (or was) held


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor as one article names it: every mention of it there, with the roles given."""

    key: int  # position among the article's actors
    article_id: str
    kind: str  # person | organization | country | group
    name: str  # the fullest name the article uses
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None  # CAMEO sector code (GOV, MIL, ...) when known
    roles: tuple[Role, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    known_as: str | None = None  # canonical name from the office-holder table or the user's file
    gender: str | None = None  # "m" | "f" when the text shows it


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to, and how that was decided."""

    resolved_by: str  # name | pronoun | description | context | anonymous | unresolved
    actor_key: int | None = None  # ActorMention.key within the article
    name: str | None = None
    surface: str | None = None  # the words in the sentence that name the speaker
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement: the quoted or reported words, who said them and the cue that says so."""

    id: str
    article_id: str
    kind: str  # direct | indirect | mixed
    text: str  # body[start:end]
    start: int
    end: int
    speaker: Speaker
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class EventActor:
    """One side of an event: the actor as the article names it, and its CAMEO actor code."""

    code: str  # "PAKGOV", "USA", "IGO" ...
    name: str
    actor_key: int | None = None  # ActorMention.key within the article
    start: int | None = None  # offsets of the words that name it in this sentence
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, as one sentence says it, coded in CAMEO."""

    id: str
    article_id: str
    sentence: str
    start: int  # offsets of the sentence in the body
    end: int
    source: EventActor
    target: EventActor | None  # None when the clause names no one acted upon ("the rebels surrendered")
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    date: str | None
    trigger: str  # the words that say what was done
    trigger_start: int
    trigger_end: int
    mood: str = "asserted"  # asserted | negated | hypothetical: only asserted events count as facts
    quote_id: str | None = None  # set when the event is reported speech
    confidence: float = 1.0  # 0..1, from the evidence the coder can name (see events/confidence.py)
    evidence: tuple[str, ...] = ()  # that evidence: how the source and target were found, mood, speech, ...
    confident: bool = True  # shown by default: asserted, dyadic and at least the model's threshold


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure an article states: what is counted, how many, by whose account."""

    id: str
    article_id: str
    measure: str  # normalised label of what is counted, "deaths in the war on terror"
    value: float
    unit: str  # people | USD | PKR | years | percent | ...
    text: str  # body[start:end], the amount as written
    start: int
    end: int
    qualifier: str | None = None
    claimant_key: int | None = None
    claimant: str | None = None
    usd_value: float | None = None
    subject: str | None = None  # whose or which: "Pakistan", "the war on terror"
    sentence_start: int = 0
    sentence_end: int = 0
    quote_id: str | None = None
    measure_id: str = "amount"  # the measures table's id ("deaths"), "share" or "amount" (uncategorised, never compared)
    scope: str | None = None  # what the figure belongs to: "the war on terror", "the floods"
    period_start: int | None = None  # the years the figure is about, when its sentence says
    period_end: int | None = None
    claimed_by: str | None = None  # quote | paragraph (a statement just before it) | outlet


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Claims on the same measure, subject and scope whose values cannot all hold ("conflict"), or
    can but differ notably ("differ")."""

    measure: str
    claim_ids: tuple[str, ...]
    values: tuple[float, ...]
    note: str
    kind: str = "conflict"  # conflict | differ
    subject: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What the NLP stages found in one article."""

    article_id: str
    actors: tuple[ActorMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    tone: float | None = None  # mean VADER compound score of the sentences that carry sentiment
    error: str | None = None  # why the stages failed on this article, which then has no records
    skipped: str | None = None  # why the stages were not run (a language the English pipeline can't read)


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world actor, merged across the corpus."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Passage:
    """A quote, or a sentence with an event or a figure, as the evidence a question is answered from."""

    id: str
    article_id: str
    kind: str  # quote | event | figure
    text: str
    start: int
    end: int
    speaker: str | None  # who said it, or the event's source
    speaker_code: str | None  # the speaker's country or actor code
    terms: tuple[tuple[str, int], ...]  # (term, count)
    length: int
