"""Who an event's source or target is: noun phrases resolved to actors and CAMEO actor codes.

A phrase is looked for in this order: an actor the actors stage found there; a pronoun ("I" in
a quotation is its speaker, "it" the latest country or organisation, "he" by the quote stage's
resolver); the phrase's own modifiers ("Trump's team", "US strikes", "his Afghan counterpart");
a sector noun qualified by a country ("Hungarian officials" -> HUNGOV); "members of X".
Capitals stand for governments ("Washington" -> USAGOV).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actors.extract import people_country
from ..knowledge.countries import country_code, is_capital
from ..knowledge.organizations import sector_of
from ..knowledge.peoples import people_countries
from ..knowledge.places import is_us_state, place_country, shared_with_a_us_state, town_country, us_state_context
from ..nlp.tokens import after_new, names_currency, span_text
from ..quotes.speakers import SpeakerResolver
from ..records import ActorMention, EventActor, Quote
from .words import words as listed

_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_NEUTER = frozenset({"it", "its", "itself"})
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})
_MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "appos", "npadvmod")
# Actors of no country: CAMEO codes bodies of states (IGO), other bodies (NGO) and armed groups
# that act across borders ("al-Qaeda": IMG, international militarised group) by kind, not country.
_NON_STATE = {"IGO": "IGO", "NGO": "NGO"}
_ARMED_GROUPS = frozenset({"REB", "SEP"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "pobj", "conj")
_ACTED_UPON = frozenset({"against", "with", "to", "toward", "towards"})


def actor_code(mention: ActorMention, surface: str = "") -> str | None:
    """The CAMEO actor code of an actor: country plus sector ("PAKGOV"); None when no country is known."""
    sector = mention.sector
    if mention.kind == "country":
        sector = "GOV" if surface and is_capital(surface) else None
    if mention.country is None:
        if sector in _ARMED_GROUPS and mention.kind in ("group", "organization"):
            return "IMG"
        return _NON_STATE.get(sector or "")
    return mention.country + (sector or "")


class Sides:
    """Resolves the words of a clause to event actors, within one article."""

    def __init__(self, doc: Doc, actors: tuple[ActorMention, ...], quotes: tuple[Quote, ...]) -> None:
        self.doc = doc
        self.actors = {a.key: a for a in actors}
        self.by_token: dict[int, ActorMention] = {}
        for actor in actors:
            for start, end in actor.spans:
                span = doc.char_span(start, end, alignment_mode="expand")
                for token in span or ():
                    self.by_token.setdefault(token.i, actor)
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.resolver = SpeakerResolver(doc, actors, [])
        self.mention_starts = sorted((s, a.key) for a in actors for s, _ in a.spans)
        self._sentence_countries: dict[tuple[int, int, bool], frozenset[str]] = {}
        self._named_countries: dict[tuple[int, int], frozenset[str]] = {}

    def countries_in(self, sent: Span, home_only: bool = False) -> frozenset[str]:
        """The countries a sentence names (its actors' and the country names it holds). ``home_only``
        leaves out those it acts upon ("threatened action against Russia") and people's nationalities:
        they are no clue to where the sentence's officials and groups belong."""
        key = (sent.start, sent.end, home_only)
        if key not in self._sentence_countries:
            found: set[str] = set()
            for t in sent:
                if (home_only and (t.dep_ == "pobj" and t.head.lower_ in _ACTED_UPON or t.dep_ in ("dobj", "dative") or _nationality(t))) or t.head.lower_ in EDGES:
                    continue  # nor the side of a border ("a stronghold on the Thai border")
                mention = self.by_token.get(t.i)
                if mention is not None and mention.country and not (home_only and mention.kind == "person"):
                    found.add(mention.country)
                elif mention is None and t.dep_ != "compound" and (code := name_country(t)):
                    found.add(code)
            self._sentence_countries[key] = frozenset(found)
        return self._sentence_countries[key]

    def named_countries(self, sent: Span) -> frozenset[str]:
        """The countries a sentence names outright: a country's name, demonym or capital, or a known
        person or body of it. (An actor's country guessed from its place or its sector is not named.)"""
        key = (sent.start, sent.end)
        if key not in self._named_countries:
            found = {code for t in sent if (code := name_country(t))}
            found |= {m.country for t in sent if (m := self.by_token.get(t.i)) is not None and m.country
                      and (m.kind == "country" or m.known_as is not None)}
            self._named_countries[key] = frozenset(found)
        return self._named_countries[key]

    def quote_at(self, offset: int) -> Quote | None:
        for quote in self.quotes:
            if quote.start <= offset < quote.end:
                return quote
        return None

    def speaker_of(self, quote: Quote) -> EventActor | None:
        key = quote.speaker.actor_key
        mention = self.actors.get(key) if key is not None else None
        if mention is None:
            return None
        code = self._code_of(mention, self._first_token(mention))
        return EventActor(code, mention.known_as or mention.name, mention.key) if code else None

    def _first_token(self, mention: ActorMention) -> Token | None:
        span = self.doc.char_span(*mention.spans[0], alignment_mode="expand") if mention.spans else None
        return span[-1] if span else None

    def _code_of(self, mention: ActorMention, token: Token | None, surface: str = "") -> str | None:
        """The mention's actor code; an official of no known country takes one from the phrase or the sentence."""
        code = actor_code(mention, surface)
        if code is None and token is not None:
            code = self._sector_with_country(token, mention) or self._country_in_sentence(token, mention)
        elif code == "IMG" and token is not None:
            code = self._sector_with_country(token, mention) or code  # "Iraq's al-Qaeda" is of Iraq
        return code

    def of_phrase(self, head: Token, avoid: str | None = None, depth: int = 0) -> EventActor | None:
        """The actor a noun phrase names, trying the head, its modifiers, then "of" phrases. A border
        is no actor ("a stronghold on the Thai border")."""
        if head.lower_ in EDGES:
            return None
        found = self._ethnic_residents(head, avoid) or self._at(head, avoid)
        if found is not None or depth > 2:
            return found
        for child in head.children:
            if child.dep_ in _MODIFIER_DEPS and not names_venue(child, head):
                found = self._at(child, avoid) or (self.of_phrase(child, avoid, depth + 1) if child.dep_ == "poss" else None)
                if found is not None:
                    return found
        found = self._qualified_sector(head, avoid) or self._group_in_sentence(head, avoid)
        if found is not None:
            return found
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "from"):  # "a camp for Congolese refugees", "goods from China"
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = self.of_phrase(obj, avoid, depth + 1)
                        if found is not None:
                            return found
        return None

    def _ethnic_residents(self, head: Token, avoid: str | None) -> EventActor | None:
        """An ethnic group is coded by the country it lives in: "ethnic Albanians in Macedonia",
        "ethnic Albanian guerrillas operating in Macedonia", "ethnic Turks demonstrated in Serbia",
        and "Bosnian Serbs" or "Iraqi Kurds" (a country's demonym before a people's); a people with no
        state ("Baloch separatists") lives where its clause or sentence says, or in its only country."""
        if head.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            return None  # checked on every phrase: the cheap test first
        words = _phrase_words(head)
        home = None
        named = self.by_token.get(head.i)
        stateless = [] if named is not None and named.kind == "person" else [  # "Karen Bass" is a person
            t for t in words if t.text[:1].isupper() and t.ent_type_ != "PERSON" and people_countries(t.text)]
        if stateless:  # "Iraqi Kurds", "Baloch separatists in Iran", "Karen guerrillas": where the people lives
            home = (next((c for t in words if t.i < head.i and (c := country_code(t.text))), None)
                    or _country_after(head) or _country_after_clause(head) or self._people_home(people_countries(stateless[0].text), head.sent))
        elif any(t.lower_ == "ethnic" for t in words):
            home = _country_after(head) or _country_after_clause(head)
        elif head.tag_ in ("NNPS", "NNS") and (people := country_code(head.text)):
            home = people_country(head)
            place = _country_after(head)  # "the Albanians of southern Serbia"
            home = home or (place if place != people else None)
        if home is None:
            return None
        code = home + (sector_of(span_text(words)) or "CVL")  # a people, not its state: "ethnic Albanian guerrillas" -> MKDREB
        return None if code == avoid else EventActor(code, span_text(words), None, words[0].idx, head.idx + len(head.text))

    def _people_home(self, countries: tuple[str, ...], sent: Span) -> str | None:
        """The one of a people's countries its sentence names, or its only country."""
        named = [c for c in countries if c in self.countries_in(sent)]
        if len(named) == 1:
            return named[0]
        return countries[0] if len(countries) == 1 else None

    def _at(self, token: Token, avoid: str | None) -> EventActor | None:
        low = token.lower_
        if token.tag_ in ("PRP", "PRP$"):
            return self._pronoun(token, low, avoid)
        if is_attitude(token):
            return None
        mention = self.by_token.get(token.i)
        if mention is None:
            return self._unlisted_country(token, avoid)
        code = self._code_of(mention, token, token.text)
        if code is None or code == avoid:
            return None
        first = self.doc[token.left_edge.i] if token.left_edge.i >= token.i - 3 else token
        return EventActor(code, mention.known_as or mention.name, mention.key, first.idx, token.idx + len(token.text))

    def _unlisted_country(self, token: Token, avoid: str | None) -> EventActor | None:
        """A country name the actors stage passed over ("PAKISTAN" in capitals, tagged as a noun)."""
        code = name_country(token) if token.dep_ not in ("amod",) else None
        if code is None:
            return None
        code += "GOV" if is_capital(token.text) else ""
        return None if code == avoid else EventActor(code, token.text, None, token.idx, token.idx + len(token.text))

    def _country_in_sentence(self, token: Token, mention: ActorMention) -> str | None:
        """An official the tables don't know takes the one country their sentence names ("President X ... Kyrgyzstan")."""
        if mention.kind != "person" or mention.sector is None:
            return None
        countries = self.countries_in(token.sent, home_only=True)
        return next(iter(countries)) + mention.sector if len(countries) == 1 else None

    def _sector_with_country(self, token: Token, mention: ActorMention) -> str | None:
        """An organisation with no country of its own takes one from its phrase ("Pakistan's Senate")."""
        if mention.sector is None:
            return None
        for child in token.children:
            code = country_code(child.text) if child.dep_ in ("compound", "amod", "poss") else None
            if code:
                return code + mention.sector
        return None

    def _pronoun(self, token: Token, low: str, avoid: str | None) -> EventActor | None:
        quote = self.quote_at(token.idx)
        if low in _FIRST_PERSON:
            return self.speaker_of(quote) if quote is not None else None
        holder = self._holder_of_content(token, low, avoid)
        if holder is not None:
            return holder
        if quote is not None and quote.kind in ("indirect", "mixed"):
            speaker = self.speaker_of(quote)
            # "India said it desires ...", "he said he would ...": the reported subject is the speaker.
            if speaker is not None and speaker.code != avoid and self._kind_fits(speaker, low):
                return speaker
        if low in _NEUTER or low in ("they", "them", "their"):
            return self._recent_institution(token.idx, avoid)
        if low in _PERSONAL:
            resolved = self.resolver.resolve([token], token.idx)
            mention = self.actors.get(resolved.actor_key) if resolved.actor_key is not None else None
            code = self._code_of(mention, self._first_token(mention)) if mention is not None else None
            if mention is not None and code and code != avoid:
                return EventActor(code, mention.known_as or mention.name, mention.key, token.idx, token.idx + len(token.text))
        return None

    def _holder_of_content(self, token: Token, low: str, avoid: str | None) -> EventActor | None:
        """ "North Korea's claim that it had tested a bomb", "his promise that he would": the subject of
        what a possessed claim or promise says is its holder, when the pronoun fits the holder's kind."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("acl", "ccomp") or not clause.head.tag_.startswith("NN"):
            return None
        owner = next((c for c in clause.head.children if c.dep_ == "poss"), None)
        holder = self.of_phrase(owner, avoid) if owner is not None and owner.tag_ not in ("PRP$",) else None
        return holder if holder is not None and self._kind_fits(holder, low) else None

    def _kind_fits(self, speaker: EventActor, low: str) -> bool:
        mention = self.actors.get(speaker.actor_key) if speaker.actor_key is not None else None
        is_person = mention is not None and mention.kind == "person"
        return (low in _NEUTER or low in ("they", "them", "their")) != is_person

    def _recent_institution(self, offset: int, avoid: str | None) -> EventActor | None:
        for start, key in reversed(self.mention_starts):
            if start >= offset:
                continue
            mention = self.actors[key]
            code = actor_code(mention)
            if mention.kind != "person" and code and code != avoid:
                return EventActor(code, mention.known_as or mention.name, key)
        return None

    def unqualified_group(self, head: Token, home: str) -> EventActor | None:
        """A group the clause names with no country ("the demonstrators", "20 people"): of ``home``."""
        if head.tag_ not in ("NN", "NNS") or head.i in self.by_token:
            return None
        words = _phrase_words(head)
        if any(country_code(t.text) for t in words) or _country_after(head):
            return None
        sector = sector_of(span_text(words))
        if sector is None or sector in _NON_STATE:
            return None
        return EventActor(home + sector, span_text(words), None, words[0].idx, head.idx + len(head.text))

    def _group_in_sentence(self, head: Token, avoid: str | None) -> EventActor | None:
        """ "Islamic fundamentalists ... Algerian President": a group with no country of its own is of
        the place where its clause says it acts, or of the one country its sentence names (not as the
        one acted upon)."""
        if head.tag_ not in ("NNS", "NNPS") or head.dep_ not in _SUBJECT_DEPS:
            return None
        words = _phrase_words(head)
        sector = sector_of(span_text(words))
        if sector is None or sector in _NON_STATE:
            return None
        place = _country_after_clause(head)  # "people blocked streets in Hong Kong in defiance of Chinese authorities"
        countries = {place} if place else self.countries_in(head.sent, home_only=True)
        if len(countries) != 1:
            return None
        code = next(iter(countries)) + sector
        return None if code == avoid else EventActor(code, span_text(words), None, words[0].idx, head.idx + len(head.text))

    def _organization_after(self, head: Token) -> str | None:
        """ "activists from the Fatah party", "members of the Awami League": the body's country."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                for obj in prep.children:
                    mention = self.by_token.get(obj.i) if obj.dep_ == "pobj" else None
                    if mention is not None and mention.kind in ("organization", "group") and mention.country:
                        return mention.country
        return None

    def _qualified_sector(self, head: Token, avoid: str | None) -> EventActor | None:
        """ "senior Hungarian officials", "Serbian forces", "the Turkish government": country + sector.

        A group the sector table doesn't know still takes its country ("Fijian rebels", "Nigerians").
        """
        if head.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            return None
        words = _phrase_words(head)
        sector = sector_of(span_text(words))
        country = next((c for t in words if t.i != head.i and not is_attitude(t) and not names_venue(t, head)
                        and (c := name_country(t) if t.dep_ != "compound" or t.text[:1].isupper() else None)), None)
        country = country or _country_after(head) or self._organization_after(head)
        if country is None and sector not in _NON_STATE:
            return None
        code = country + (sector or "") if country else str(sector)  # "American aid groups" -> USA
        if code == avoid:
            return None
        return EventActor(code, span_text(words), None, words[0].idx, head.idx + len(head.text))



_ATTITUDE_PREFIXES = frozenset({"anti", "pro"})


_PEOPLE_SECTORS = frozenset({"CVL", "REF", "EDU"})


def _nationality(token: Token) -> bool:
    """ "any Syrian refugee", "Mexican students": a country word that says where people are from,
    not whose state an official serves."""
    return token.dep_ in ("amod", "compound", "poss") and sector_of(token.head.text) in _PEOPLE_SECTORS


def names_venue(modifier: Token, head: Token) -> bool:
    """ "the Kyoto protocol", "the Warsaw summit": a city naming an agreement or a gathering is where
    it was made or held. (A country is a party: "the Iran deal".)"""
    return modifier.dep_ == "compound" and head.lower_ in listed("agreements") and (is_capital(modifier.text) or place_country(modifier.text) is not None)


def is_attitude(token: Token) -> bool:
    """ "an anti-Syria journalist", "pro-Pakistan militants": the country is a stance, not a nationality."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in _ATTITUDE_PREFIXES


def _phrase_words(head: Token) -> list[Token]:
    """A noun phrase up to its head: "senior Hungarian officials", not the "of ..." after it."""
    return [t for t in head.subtree if head.left_edge.i <= t.i <= head.i]


def _country_after(head: Token) -> str | None:
    """ "rebels in Sudan", "students throughout Indonesia": a country in the noun's own prepositional phrase."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of", "throughout", "across"):
            for obj in prep.children:
                code = located_country(obj) if obj.dep_ == "pobj" else None
                if code:
                    return code
    return None


def _country_after_clause(head: Token) -> str | None:
    """Where a group acts or lives by its clause: "guerrillas operating in Macedonia", "Turks demonstrated in Serbia"."""
    verbs = [c for c in head.children if c.dep_ in ("acl", "relcl")]
    anchor = head
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.i != anchor.head.i:
        anchor = anchor.head.head  # "thousands of students marched in Hong Kong"
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj"):  # "killed three ethnic Albanians in a gunbattle in Serbia"
        verbs.append(anchor.head)
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "blocked streets in Hong Kong"
        for prep in (p for h in (verb, *objects) for p in h.children):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "throughout", "across", "at", "near"):
                # "rioted at a jail in Dili": the place may sit one phrase deeper
                code = next((c for obj in prep.subtree if obj.dep_ == "pobj" and (c := located_country(obj))), None)
                if code:
                    return code
    return None


EDGES = frozenset({"border", "borders", "frontier", "boundary"})


def _in_a_us_state(token: Token) -> bool:
    """The place is followed by a comma and a US state: "Portsmouth, N.H.", "Derry, New Hampshire"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    return any(is_us_state(doc[token.i + 2 : token.i + 2 + n].text) for n in (1, 2, 3) if token.i + 2 + n <= len(doc))


def located_country(token: Token) -> str | None:
    """The country a place noun lies in or is: a country, its capital, a province or a city. A
    border lies between two ("a stronghold on the Thai border"): it names neither."""
    if token.lower_ in EDGES:
        return None
    if _in_a_us_state(token):
        return "USA"  # "a rally in Portsmouth, N.H.", "Manchester, New Hampshire"
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.text[:1].isupper()]
    for words in ([*parts, token], [token], parts):  # "Sindh province": the name alone
        text = span_text(words)
        code = country_code(text) if text[:1].isupper() else None
        code = code or place_country(text)
        if code:
            return code
    if token.ent_type_ in ("GPE", "LOC", "FAC"):  # a town the tables don't hold
        return town_country(span_text([*parts, token]))
    return None


def name_country(token: Token) -> str | None:
    """The country a proper noun names with its compound parts: "Sri Lanka", "the Ivory Coast", "North Korea"."""
    if names_currency(token):
        return None
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.text[:1].isupper()]
    if parts:
        code = country_code(span_text([*parts, token]))
        if code:
            return code
    if shared_with_a_us_state(token.text) and us_state_context([t.text for t in token.sent]):
        return None  # "a rally in Georgia, courting black voters": the US state
    return country_code(token.text) if token.text[:1].isupper() and not after_new(token) else None
