"""Numeric claims: each figure a sentence states, what it measures, whose it is, its scope and period,
and who claims it.

The amount comes from ``numbers.find_amounts``; the parse and the measures table
(``measures.toml``) say what it measures. A number on a noun measures what the noun names ("70,000
deaths", "a $6 billion loan"); people counted take the measure of what happened to them ("70,000
Pakistanis died": deaths); money takes it from the noun it funds or the verb that spends or loses
it ("$2 billion in aid", "lost $150 billion"); "the toll rose to 70" measures what rose. A figure
no word places is an uncategorised amount, kept and never compared.

Whose: the country of the people counted ("Pakistanis"), the owner of what is measured
("Pakistan's losses"), a country after "to", "for", "of" or "in", the country that is the
clause's subject ("Pakistan has lost", "we have lost" in the words of a Pakistani official), or
the one country the sentence names, unless it is among those who did what the figure counts.
Claimant: the speaker of the quotation, or of the reported speech holding the figure when its cue
is one of saying ("said", "estimated"; not "wants to" or "called for", which report a plan); else
of such a statement just before it in the same paragraph ("X said ... . The country has lost
..."); else the outlet.
"""

from __future__ import annotations

import hashlib
import tomllib
from bisect import bisect_left, bisect_right
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..knowledge.countries import country_code, country_name_or, is_capital, is_demonym
from ..records import ActorMention, Article, Claim, Quote
from .context import Scopes, period_of
from .measures import AMOUNT, SHARE, Measure, by_money_verb, by_noun, by_people_verb, label_of, people_nouns
from .numbers import Amount, find_amounts

# "the toll rose to 70", "losses stood at $150 billion": the figure measures the clause's subject.
_LEVEL_VERBS = frozenset({"rose", "risen", "rise", "rises", "climbed", "reached", "reach", "reaches", "stood", "stands", "stand",
                          "hit", "topped", "exceeded", "exceeds", "surpassed", "crossed", "totalled", "totaled", "totals",
                          "amounted", "amounts", "jumped", "increased", "grew", "fell", "dropped", "declined", "was", "is", "were"})
_FIRST_PERSON = frozenset({"we", "us", "our"})
_VAGUE_WORDS = frozenset({"thousands", "millions", "hundreds", "dozens", "tens", "billions", "lakhs", "crores"})
_PLACES = frozenset({"nation", "country", "city", "state", "province", "town", "region", "population"})
_COUNTRY_WORDS = frozenset({"country", "nation", "state"})  # "our country", "the country has lost"
_LOOK_BACK = 3  # statements looked back at for a figure with none of its own
_SPEECH_RUN = 2000  # characters back within which one speaker's earlier statements set a figure's scope
_MIN_BARE_COUNT = 10  # "the two countries", "three officials": below this, a spelt-out number only describes


def find_claims(doc: Doc, article: Article, actors: tuple[ActorMention, ...], quotes: tuple[Quote, ...]) -> tuple[Claim, ...]:
    reader = _Reader(doc, article, actors, quotes)
    return tuple(claim for sent in doc.sents for amount in find_amounts(sent.text) if (claim := reader.claim(sent, amount)) is not None)


class _Reader:
    """Reads the claims of one article."""

    def __init__(self, doc: Doc, article: Article, actors: tuple[ActorMention, ...], quotes: tuple[Quote, ...]) -> None:
        self.article = article
        self.actors = {a.key: a for a in actors}
        self.countries: dict[int, str] = {}  # token index -> country of the mention there
        for actor in actors:
            if actor.country and actor.kind in ("country", "organization"):
                for start, end in actor.spans:
                    for token in doc.char_span(start, end, alignment_mode="expand") or ():
                        self.countries.setdefault(token.i, actor.country)
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.scopes = Scopes.of(article.body)
        self.year = _year(article)

    def claim(self, sent: Span, amount: Amount) -> Claim | None:
        start, end = sent.start_char + amount.start, sent.start_char + amount.end
        tokens = [t for t in sent if start <= t.idx < end]
        if not tokens:
            return None
        measure_id, unit, counted = _measure(tokens[-1], amount)
        if measure_id is None or unit is None:
            return None
        quote, claimed_by = self._statement(start, sent)
        speaker = self.actors.get(quote.speaker.actor_key) if quote is not None and quote.speaker.actor_key is not None else None
        subject = self._subject(counted or tokens[-1], speaker)
        scope = self._scope(start, sent, quote) if measure_id not in (AMOUNT, SHARE) else None
        label = label_of(measure_id) if measure_id != SHARE else f"share of {_phrase(counted)}" if counted is not None else "share"
        text = sent.text.rstrip()
        period = period_of(text, self.year)
        claimant = (speaker.known_as or speaker.name) if speaker is not None else quote.speaker.name if quote is not None else None
        if claimant is None:
            claimant, claimed_by = self.article.outlet, "outlet" if self.article.outlet else None
        return Claim(
            id=hashlib.sha1(f"{self.article.id}:{start}:{end}".encode()).hexdigest()[:16], article_id=self.article.id,
            measure=f"{label} in {scope}" if scope else label, value=amount.value, unit=unit, text=amount.text, start=start, end=end,
            qualifier=amount.qualifier, claimant_key=speaker.key if speaker is not None else None, claimant=claimant,
            usd_value=amount.usd_value, subject=subject, sentence_start=sent.start_char, sentence_end=sent.start_char + len(text),
            quote_id=quote.id if quote is not None else None, measure_id=measure_id, scope=scope,
            period_start=period[0] if period else None, period_end=period[1] if period else None, claimed_by=claimed_by,
        )

    def _scope(self, offset: int, sent: Span, quote: Quote | None) -> str | None:
        """The sentence's or paragraph's scope, else the one the same speaker named in the statements
        just before, unless the sentence sets a place or time of its own (a speech runs on across paragraphs: "the war on terror was lopsided," he said.
        ... "70,000 Pakistanis died," he said)."""
        scope = self.scopes.at(offset, (sent.start_char, sent.end_char))
        if scope is not None or quote is None or quote.speaker.actor_key is None or _own_setting(sent, self.year):
            return scope
        window = self.quotes[bisect_left(self.quote_starts, quote.start - _SPEECH_RUN): bisect_left(self.quote_starts, quote.start)]
        earlier = [q for q in window if q.speaker.actor_key == quote.speaker.actor_key]
        named = [name for q in reversed(earlier) for name in self.scopes.named_in(q.start, q.end)]
        return named[0] if named else None

    def _statement(self, offset: int, sent: Span) -> tuple[Quote | None, str | None]:
        """The quotation or reported speech holding the figure, else a statement just before it in
        its paragraph, when nothing between them is said by anyone else."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end:
            quote = self.quotes[i]
            if quote.kind == "direct" or (quote.cue or "").lower() in _saying():
                return quote, "quote"
            return None, None  # "Clinton wants to make tuition free below $125,000": the writer's account of a plan
        paragraph_start = self.article.body.rfind("\n", 0, sent.start_char) + 1
        for quote in reversed(self.quotes[max(0, i - _LOOK_BACK + 1): i + 1]):  # the last few: cost stays linear
            if quote.end <= paragraph_start:
                break
            if quote.speaker.actor_key is not None and quote.end <= sent.start_char and (quote.cue or "").lower() in _saying():
                return quote, "paragraph"
        return None, None

    def _subject(self, counted: Token, speaker: ActorMention | None) -> str | None:
        code = self._country_of_words(counted) or self._clause_country(counted, speaker) or self._only_country(counted)
        return country_name_or(code, code) if code else None

    def _only_country(self, counted: Token) -> str | None:
        """The one country the sentence names, when it is not among the doers of the figure's act
        ("... cost Pakistan a lot: over $150 billion were lost"; but not "US strikes killed 40")."""
        verb = next((t for t in (counted, *counted.ancestors) if t.tag_.startswith("VB")), None)
        doers = {t.i for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "agent") for t in c.subtree}
        found = {code for t in counted.sent if t.i not in doers and (code := self.countries.get(t.i))}
        everywhere = {code for t in counted.sent if (code := self.countries.get(t.i))}
        return next(iter(found)) if len(found) == 1 and found == everywhere else None

    def _country_of_words(self, counted: Token) -> str | None:
        """ "70,000 Pakistanis", "Pakistani soldiers", "Pakistan's losses", "losses to Pakistan"."""
        if is_demonym(counted.text) and (code := country_code(counted.text)):
            return code
        for node in (counted, *list(counted.ancestors)[:3]):
            for child in node.children:
                if child.dep_ in ("amod", "compound", "poss") and child.i != counted.i and (code := self._country_at(child)):
                    return code
                if child.dep_ == "prep" and child.lower_ in ("to", "for", "of", "in", "on"):
                    for obj in (o for o in child.children if o.dep_ == "pobj"):
                        owner = next((m for m in obj.children if m.dep_ in ("poss", "amod", "compound") and self._country_at(m)), None)
                        if code := self._country_at(obj) or (self._country_at(owner) if owner is not None else None):
                            return code  # "in Pakistan", "in Pakistan's tribal areas"
        return None

    def _clause_country(self, counted: Token, speaker: ActorMention | None) -> str | None:
        """ "Pakistan has lost 70,000 lives", "we have sacrificed ...": the subject of the figure's verb."""
        verb = next((t for t in (counted, *counted.ancestors) if t.tag_.startswith("VB")), None)
        # "has given Pakistan $33 billion": the receiver's figure before the giver's
        subjects = [c for c in verb.children if c.dep_ in ("dative", "iobj", "nsubj", "nsubjpass")] if verb is not None else []
        subjects.sort(key=lambda c: c.dep_ not in ("dative", "iobj"))
        for subject in subjects:
            if code := self._country_at(subject):
                return code
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            own = subject.lower_ in _FIRST_PERSON or (subject.lower_ in _COUNTRY_WORDS and owner is not None and owner.lower_ in _FIRST_PERSON)
            if own and speaker is not None and speaker.country:
                return speaker.country
        return None

    def _country_at(self, token: Token) -> str | None:
        return self.countries.get(token.i) or (country_code(token.text) if token.tag_ in ("NNP", "NNPS") else None)


def _own_setting(sent: Span, year: int | None) -> bool:
    """The sentence sets its figure somewhere or some time of its own ("when Reagan was president, in
    Beirut"): a speaker's earlier scope does not carry into it."""
    places = any(e.label_ in ("GPE", "LOC", "FAC") and (not country_code(e.text) or is_capital(e.text)) for e in sent.ents)
    return places or period_of(sent.text, year) is not None


@cache
def _saying() -> frozenset[str]:
    text = resources.files(__package__).joinpath("words.toml").read_text(encoding="utf-8")
    return frozenset(tomllib.loads(text)["saying"])


def _year(article: Article) -> int | None:
    published = article.published
    if published.date:
        return int(published.date[:4])
    if published.earliest and published.latest and published.earliest[:4] == published.latest[:4]:
        return int(published.earliest[:4])
    return None


def _measure(last: Token, amount: Amount) -> tuple[str | None, str | None, Token | None]:
    """The measure's id, the unit and the word counted or funded, or Nones for no claim."""
    if amount.currency is not None:
        measure, funded = _money_measure(last)
        return measure, amount.currency, funded
    vague = last.lower_ in _VAGUE_WORDS
    counted = last if amount.unit is None and last.tag_.startswith("NN") and not last.like_num and not vague else _counted_noun(last)
    if amount.unit == "percent":
        return SHARE, "percent", _of_object(last) or counted
    if amount.unit is not None:  # years, days ...
        owner = _of_object(last) or (counted if counted is not None and counted is not last else None) or _clause_subject(last)
        found = by_noun(owner.lower_, "duration") if owner is not None and owner.tag_.startswith("NN") else None
        return (found.id if found else AMOUNT), amount.unit, owner
    counted = counted or _level_subject(last)
    if counted is None:
        return None, None, None
    word = counted.lower_
    if amount.value < _MIN_BARE_COUNT and not amount.text[:1].isdigit() and by_noun(word, "people") is None and by_noun(word, "count") is None:
        return None, None, None
    if word in people_nouns() or is_demonym(counted.text) or by_noun(word, "people") is not None or counted.ent_type_ == "NORP":
        return _people_measure(counted), "people", counted
    if counted.tag_ in ("PRP", "WDT", "WP", "DT"):
        return None, None, None  # "537 of which": the thing counted is named elsewhere
    found = by_noun(word, "count") or by_noun(word, "people")
    return (found.id if found else AMOUNT), _plural(word) if counted.tag_ in ("NN", "NNP") else word, counted


def _plural(noun: str) -> str:
    """ "a 46-page report" counts pages."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("s", "sh", "ch", "x")) else noun + "s"


def _people_measure(counted: Token) -> str:
    """People counted take the measure of what happened to them, else of the noun counting them."""
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lower_ in _PLACES:
        return "population"  # "the nation of 53 million people"
    for token in (counted, *list(counted.ancestors)[:3]):
        if token.tag_.startswith("VB") or token.dep_ in ("acomp", "amod"):
            found = by_people_verb(token.lower_)
            if found is not None:
                return found.id
            if token.tag_.startswith("VB"):
                break
    for child in counted.children:  # "70,000 people killed", "the dead"
        if child.dep_ in ("acl", "amod") and (found := by_people_verb(child.lower_)) is not None:
            return found.id
    found = by_noun(counted.lower_, "people")
    return found.id if found else AMOUNT


def _money_measure(last: Token) -> tuple[str, Token | None]:
    """ "a $6bn loan", "$2 billion in aid", "lost $150 billion", "losses of $30 billion"."""
    funded = _money_noun(last)
    if funded is not None:
        return funded
    for token in last.ancestors:
        if token.tag_.startswith("VB"):
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")):
                for obj in prep.children:
                    if (found := by_noun(obj.lower_, "money")) is not None:
                        return found.id, obj
            verb = by_money_verb(token.lower_)
            if verb is not None:
                return verb.id, None
            subject = _level_subject(last)
            if subject is not None and (found := by_noun(subject.lower_, "money")) is not None:
                return found.id, subject
            return AMOUNT, None
    return AMOUNT, None


def _money_noun(last: Token) -> tuple[str, Token] | None:
    candidates: list[Token] = []
    if last.head.tag_.startswith("NN") and last.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod"):
        candidates.append(last.head)
    for holder in (last, last.head):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")):
            candidates += [o for o in prep.children if o.dep_ == "pobj"]
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.tag_.startswith("NN"):
        candidates.append(last.head.head)  # "losses of $30 billion"
    for noun in candidates:
        found = _money_noun_measure(noun)
        if found is not None:
            return found.id, noun
    return None


def _money_noun_measure(noun: Token) -> Measure | None:
    found = by_noun(noun.lower_, "money")
    if found is not None:
        return found
    for child in noun.children:  # "military aid", "trade deficit": the compound names it when the head does not
        if child.dep_ in ("compound", "amod") and (found := by_noun(child.lower_, "money")) is not None:
            return found
    return None


def _level_subject(number: Token) -> Token | None:
    """ "the death toll rose to 70", "losses stood at $150 billion": what reached the figure."""
    node = number
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "at", "over"):
        node = node.head
    verb = node.head
    if verb.lower_ not in _LEVEL_VERBS or node.dep_ not in ("prep", "dobj", "attr", "npadvmod"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _counted_noun(number: Token) -> Token | None:
    if number.dep_ in ("nummod", "quantmod", "amod") and number.head.tag_.startswith("NN"):
        return number.head
    for child in number.children:  # "70,000 of them"; "two of its nationals" counts nationals
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    if number.dep_ in ("nsubj", "nsubjpass", "dobj") and number.tag_ == "NNPS":
        return number
    return None


def _of_object(token: Token) -> Token | None:
    node = token if token.tag_.startswith("NN") else token.head if token.head.tag_.startswith("NN") else token
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _clause_subject(token: Token) -> Token | None:
    """ "for 75 years, the relationship has been ...": the clause's subject is what lasted."""
    verb = next((t for t in (token, *token.ancestors) if t.tag_.startswith("VB")), None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None


def _phrase(noun: Token) -> str:
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound") or t.i == noun.i]
    return " ".join(t.lower_ for t in words)
