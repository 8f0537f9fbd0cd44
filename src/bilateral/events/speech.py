"""Acts done in words that no act word names: naming someone as something ("called Putin a bully",
"described Mexico as corrupt") is criticism or praise by the complement's sentiment, and so is
saying what they are ("Clinton said Putin is a bully"); making someone do something ("vowed to make
Canada pay") is a demand on them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp.sentiment import sentiment_analyzer
from .words import words

_CHARGED = 0.3  # VADER compound score beyond which a complement criticises or praises
_FORMS_OF_BE = frozenset({"is", "are", "was", "were", "'s", "’s", "'re", "’re"})  # no "be": "could be" is no judgement


@dataclass(frozen=True, slots=True)
class SpokenAct:
    verb: Token  # "called", "make"
    target: Token  # the one named or made to act
    code: str  # CAMEO: 111 criticise, 051 praise, 100 demand
    inner: Token | None = None  # the act demanded ("pay"), when there is one


def naming_acts(sent: Span) -> Iterator[SpokenAct]:
    """ "called Putin a bully" (111), "described India as a great friend" (051)."""
    for verb in sent:
        if verb.lower_ not in words("naming") or not verb.tag_.startswith("VB"):
            continue
        named = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        complement = _complement(verb, named)
        if named is None or complement is None:
            continue
        text = " ".join(t.text for t in complement.subtree)
        score = sentiment_analyzer().polarity_scores(text)["compound"]
        if abs(score) >= _CHARGED:
            yield SpokenAct(verb, named, "111" if score < 0 else "051")


def judging_acts(sent: Span, reported: Callable[[Token], bool]) -> Iterator[SpokenAct]:
    """ "Putin is a bully", "Mexico is a great friend": a named subject given a charged complement by
    "be" (never "is not", never a pronoun: who "they" are is too often a guess). Only reported speech
    makes this an act, of its speaker: ``reported`` says whether a word is in reported speech."""
    for copula in sent:
        if copula.lower_ not in _FORMS_OF_BE or copula.dep_ in ("aux", "auxpass") or any(c.dep_ == "neg" for c in copula.children):
            continue
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        complement = next((c for c in copula.children if c.dep_ in ("attr", "acomp")), None)
        if subject is None or complement is None or subject.tag_ in ("PRP", "PRP$", "WP", "DT", "EX"):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") for c in complement.children) or not reported(copula):
            continue  # "ISIS was able to grow", "Iran is ready to talk": a capacity or a stance, not a judgement
        score = sentiment_analyzer().polarity_scores(" ".join(t.text for t in complement.subtree))["compound"]
        if abs(score) >= _CHARGED:
            yield SpokenAct(copula, subject, "111" if score < 0 else "051")


def _complement(verb: Token, named: Token | None) -> Token | None:
    """What the named one is called: "a bully" (oprd), "as corrupt" ("as" phrase), "a currency manipulator"."""
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "acomp") or (child.dep_ == "dobj" and named is not None and named.dep_ == "dative"):
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return child
    return None


def causative_acts(sent: Span) -> Iterator[SpokenAct]:
    """ "make Canada pay for the bridge", "forced Iran to return": the one made to act is asked to."""
    for verb in sent:
        if verb.lower_ not in words("causative") or not verb.tag_.startswith("VB"):
            continue
        for clause in verb.children:
            if clause.dep_ in ("ccomp", "xcomp") and clause.tag_ == "VB":
                made = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                made = made or next((c for c in verb.children if c.dep_ == "dobj"), None)
                if made is not None:
                    yield SpokenAct(verb, made, "100", clause)
