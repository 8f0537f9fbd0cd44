"""Evidence for questions: statements and event sentences as BM25-ranked passages.

Each passage is one quote or one sentence that carries an event or a figure, with its speaker
(or the event's source) and the article's date, so an answer can be grouped by who said it and
when. Terms are lower-cased words without stop words, with plural and possessive endings
folded ("sanctions" finds "sanction"); the store ranks them with BM25.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from ..knowledge.countries import country_name_or
from ..records import Article, Claim, Event, Passage, Quote

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Question words carry no topic: "what did Pakistan say about aid" asks about Pakistan and aid.
_QUESTION_WORDS = frozenset({"say", "said", "says", "tell", "told", "think", "thought", "stance", "position", "view", "views"})


def fold(word: str) -> str:
    """One form per word: lower case, no possessive, singular for regular plurals."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms(text: str) -> list[str]:
    """The index terms of a text, in order."""
    words = _WORD.findall(text.replace("U.S.", "US").replace("U.K.", "UK"))
    return [fold(w) for w in words if len(w) > 1 and (w.lower() not in STOP_WORDS or w.isupper())]  # "US" the country, not "us"


def query_terms(question: str) -> list[str]:
    """The distinct terms of a question, question words left out."""
    seen: dict[str, None] = {}
    for term in terms(question):
        if term not in _QUESTION_WORDS:
            seen.setdefault(term, None)
    return list(seen)


def passages(articles: dict[str, Article], quotes: Iterable[Quote], events: Iterable[Event], claims: Iterable[Claim],
             speaker_codes: dict[tuple[str, int], str]) -> Iterator[Passage]:
    """Quotes first, then the sentences of events and figures no quote already covers."""
    covered: set[tuple[str, int]] = set()
    quoted: dict[str, list[tuple[int, int]]] = {}
    for quote in quotes:
        key = quote.speaker.actor_key
        code = speaker_codes.get((quote.article_id, key)) if key is not None else None
        quoted.setdefault(quote.article_id, []).append((quote.start, quote.end))
        yield _passage(quote.id, quote.article_id, "quote", quote.text, quote.start, quote.end, quote.speaker.name, code)
    for event in events:
        spans = quoted.get(event.article_id, ())
        if (event.article_id, event.start) in covered or event.mood != "asserted" or any(s < event.end and event.start < e for s, e in spans):
            continue
        covered.add((event.article_id, event.start))
        yield _passage(event.id, event.article_id, "event", event.sentence, event.start, event.end, event.source.name, event.source.code)
    for claim in claims:
        article = articles.get(claim.article_id)
        if article is None or (claim.article_id, claim.sentence_start) in covered:
            continue
        covered.add((claim.article_id, claim.sentence_start))
        text = article.body[claim.sentence_start : claim.sentence_end]
        name = claim.claimant
        yield _passage(claim.id, claim.article_id, "figure", text, claim.sentence_start, claim.sentence_end, name, None)


def _passage(ident: str, article_id: str, kind: str, text: str, start: int, end: int, speaker: str | None, code: str | None) -> Passage:
    words = terms(text)
    # The speaker's name and country count as words of the passage: "what did Pakistan say" finds Pakistan's statements.
    words += terms(speaker or "") + (terms(country_name_or(code[:3], "")) if code else [])
    return Passage(ident, article_id, kind, text, start, end, speaker, code, tuple(sorted(Counter(words).items())), len(words))
