"""Who a speaker mention refers to, by rules over the parse and the article's discourse.

A name is looked up among the article's actors; "he"/"she" is the most recent compatible
person (the last speaker first); "the minister" is the most recent person holding a matching
role; "a senior Pakistani diplomat" stays anonymous; "who" is its antecedent; "the State
Department" or "Washington" is the institution or government itself.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.titles import is_role_word
from ..knowledge.countries import country_code
from ..knowledge.organizations import organization_for
from ..nlp.tokens import head_of, span_text
from ..records import ActorMention, Speaker
from .marks import QuoteSpan

_MALE = frozenset({"he", "him", "his"})
_FEMALE = frozenset({"she", "her", "hers"})
_PLURAL = frozenset({"they", "them", "their", "we", "us"})
_INDEFINITE = frozenset({"a", "an", "some", "several", "many", "one", "two", "three", "few", "other", "another", "various", "most", "unnamed", "anonymous"})
_ANONYMOUS_HEADS = frozenset(
    ["source", "sources", "official", "officials", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "observer", "observers", "insider", "insiders", "aide", "aides", "person", "people", "member", "members", "insider", "officer", "officers", "spokesperson", "spokesman", "spokeswoman", "resident", "residents"]
)
_RECENT_SPEAKER_CHARS = 600  # "he said" prefers a speaker quoted this recently


class SpeakerResolver:
    def __init__(self, doc: Doc, actors: tuple[ActorMention, ...], marks: list[QuoteSpan]) -> None:
        self.doc = doc
        self.actors = {a.key: a for a in actors}
        # Names inside quotations are rarely what a later "he" refers to; leave them out.
        quoted = [(m.inner_start, m.inner_end) for m in marks]
        mentions = sorted((s, e, a.key) for a in actors for s, e in a.spans if not any(qs <= s < qe for qs, qe in quoted))
        self.starts = [m[0] for m in mentions]
        self.mentions = mentions
        self.last: tuple[int, Speaker] | None = None  # offset and speaker of the last attribution

    def spoke(self, speaker: Speaker, offset: int) -> None:
        if speaker.actor_key is not None or speaker.resolved_by == "anonymous":
            self.last = (offset, speaker)

    def resolve(self, source: list[Token], offset: int) -> Speaker:
        if not source:
            return Speaker("unresolved")
        surface = span_text(source)
        where = _Where(surface, source[0].idx, source[-1].idx + len(source[-1].text))
        head = head_of(source)
        named = self._named(head.idx, head.idx + len(head.text)) if head.tag_ in ("NNP", "NNPS") else None
        if named is None and head.tag_ not in ("NN", "NNS", "PRP", "WP"):
            named = self._named(source[0].idx, where.end)
        if named is not None:
            return where.speaker("name", named.key, _display(named))
        low = head.lower_
        if head.tag_ == "WP" or low in ("who", "that", "which"):
            return self._antecedent(head, where)
        if head.tag_ in ("PRP", "PRP$"):
            return self._pronoun(low, source[0].idx, where)
        for appos in (c for c in head.children if c.dep_ == "appos"):
            named = self._named(appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge.text))
            if named is not None and named.kind == "person":
                return where.speaker("name", named.key, _display(named))  # "Apple's chief executive, Tim Cook,"
        anonymous = _anonymous(source, head)
        if anonymous is not None:
            return where.speaker("anonymous", None, anonymous)
        described = self._described(source, head, source[0].idx)
        if described is not None:
            return where.speaker("description", described.key, _display(described))
        named = self._named(source[0].idx, where.end)
        if named is not None:
            return where.speaker("name", named.key, _display(named))  # "Dawn newspaper", "the Pakistani government"
        org = organization_for(surface) or (organization_for(head.text) if head.tag_.startswith("NNP") else None)
        if org is not None:
            return where.speaker("name", None, org.name)
        if head.tag_ in ("NNP", "NNPS") and not country_code(surface):
            person = self._by_surname(head.text, source[0].idx)
            if person is not None:
                return where.speaker("name", person.key, _display(person))  # "Halk", untagged by spaCy
            return where.speaker("name", None, surface)
        return where.speaker("unresolved", None, _strip_determiner(surface))

    # -- strategies ------------------------------------------------------------------------

    def _named(self, start: int, end: int) -> ActorMention | None:
        """The actor named inside the speaker's words, a person before an institution."""
        i = bisect.bisect_left(self.starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            found.append(self.actors[self.mentions[i][2]])
            i += 1
        people = [a for a in found if a.kind == "person"]
        return (people or found)[0] if found else None

    def _by_surname(self, word: str, offset: int) -> ActorMention | None:
        low = word.lower()
        return self._recent(offset, lambda a: a.kind == "person" and a.name.split()[-1].lower() == low)

    def _pronoun(self, low: str, offset: int, where: _Where) -> Speaker:
        if low in _PLURAL:
            actor = self._recent(offset, lambda a: a.kind != "person")
        else:
            gender = "m" if low in _MALE else "f" if low in _FEMALE else None
            actor = self._recent_person(offset, gender)
        if actor is None:
            if self.last is not None and self.last[1].resolved_by == "anonymous" and low not in _PLURAL:
                return where.speaker("anonymous", None, self.last[1].name)
            return where.speaker("unresolved", None, None)
        return where.speaker("pronoun", actor.key, _display(actor))

    def _recent_person(self, offset: int, gender: str | None) -> ActorMention | None:
        def fits(a: ActorMention) -> bool:
            return a.kind == "person" and (gender is None or a.gender in (None, gender))

        if self.last is not None and offset - self.last[0] < _RECENT_SPEAKER_CHARS:
            if self.last[1].resolved_by == "anonymous" and not self._other_person_since(self.last[0], offset, -1):
                return None  # "a senior diplomat said ... he told": the same anonymous source
            key = self.last[1].actor_key
            actor = self.actors.get(key) if key is not None else None
            if actor is not None and fits(actor) and not self._other_person_since(self.last[0], offset, actor.key):
                return actor
        return self._recent(offset, fits)

    def _other_person_since(self, start: int, end: int, key: int) -> bool:
        """Another person was named as a sentence subject between the last quote and now."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            s, _, k = self.mentions[i]
            if k != key and self.actors[k].kind == "person":
                span = self.doc.char_span(s, self.mentions[i][1], alignment_mode="expand")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                    return True
            i += 1
        return False

    def _recent(self, offset: int, fits) -> ActorMention | None:  # type: ignore[no-untyped-def]
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            actor = self.actors[self.mentions[i][2]]
            if fits(actor):
                return actor
            i -= 1
        return None

    def _antecedent(self, who: Token, where: _Where) -> Speaker:
        clause = who.head
        for _ in range(3):  # "who ..., saying": climb to the relative clause
            if clause.dep_ == "relcl" or clause.head.i == clause.i:
                break
            clause = clause.head
        noun = clause.head if clause.dep_ == "relcl" else None
        if noun is None:
            return where.speaker("unresolved", None, None)
        phrase = [t for t in noun.subtree if t.i < clause.left_edge.i and not t.is_punct]
        inner = self.resolve(phrase or [noun], noun.idx)
        return where.speaker(inner.resolved_by, inner.actor_key, inner.name)

    def _described(self, source: list[Token], head: Token, offset: int) -> ActorMention | None:
        """ "the minister", "the prime minister": the latest person whose role fits the words."""
        if not is_role_word(head.text):
            return None
        words = {t.lower_ for t in source if t.is_alpha} - {"the", "former", "'s"}
        def fits(a: ActorMention) -> bool:
            if a.kind != "person":
                return False
            for role in a.roles:
                title = set(role.title.lower().split())
                if head.lower_ in title or head.lower_.rstrip("s") in title:
                    modifiers = words - {head.lower_}
                    if all(m in title or country_code(m) or m in ("top", "senior", "federal") for m in modifiers):
                        return True
            return False
        return self._recent(offset, fits)


@dataclass(frozen=True, slots=True)
class _Where:
    """Where the speaker is named: the words and their offsets."""

    surface: str
    start: int
    end: int

    def speaker(self, resolved_by: str, actor_key: int | None = None, name: str | None = None) -> Speaker:
        return Speaker(resolved_by, actor_key, name, self.surface, self.start, self.end)


def _anonymous(source: list[Token], head: Token) -> str | None:
    """ "a senior Pakistani diplomat", "officials", "sources close to the PM"."""
    if head.tag_ not in ("NN", "NNS") or head.lower_ not in _ANONYMOUS_HEADS:
        return None
    first = source[0].lower_
    plural_bare = head.tag_ == "NNS" and first not in ("the", "these", "those") and not any(t.tag_ == "POS" for t in source)
    if first in _INDEFINITE or plural_bare:
        words = source[1:] if first in ("a", "an") else source
        return span_text(words) if words else None
    return None


def _strip_determiner(text: str) -> str:
    for det in ("the ", "The "):
        if text.startswith(det):
            return text[len(det) :]
    return text


def _display(actor: ActorMention) -> str:
    return actor.known_as or actor.name
