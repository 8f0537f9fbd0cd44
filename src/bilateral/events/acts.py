"""Acts in a sentence: which words name an act of our lexicon, and which act a frame word governs.

A verb or noun is an act when one of its lexicon triggers fits it (its particle, object and
modifier as the trigger asks); a generic head stands for the act its modifier names ("a mediation
effort"). A frame word ("agreed", "demanded", "an offer of") governs the act of its infinitive,
clause, object or prepositional object, down a chain of frame words; a noun act shares the
auxiliaries and subject of the light verb over it ("held talks").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import Trigger, object_matches, triggers_by_form

_GOVERNED_PREPS = frozenset({"to", "for", "on", "upon", "in", "of", "about"})
_LIGHT_VERBS = frozenset(
    {"have", "has", "had", "having", "hold", "holds", "held", "holding", "make", "makes", "made", "making", "launch", "launched",
     "launches", "launching", "carry", "carried", "carries", "conduct", "conducted", "conducts", "conducting", "pay", "paid", "pays",
     "give", "gave", "given", "gives", "offer", "offered", "offers", "extend", "extended", "extends", "sign", "signed", "signs",
     "reach", "reached", "reaches", "issue", "issued", "issues", "lodge", "lodged", "impose", "imposed", "imposes", "stage", "staged",
     "stages", "mount", "mounted", "begin", "began", "begun", "start", "started", "resume", "resumed", "continue", "continued", "seek",
     "sought", "announce", "announced", "announces", "express", "expressed", "expresses", "voice", "voiced", "receive", "received",
     "renew", "renewed", "renews", "open", "opened", "opens", "undertake", "undertook", "undertaken", "conclude", "concluded",
     "complete", "completed", "initiate", "initiated", "pursue", "pursued", "step", "stepped", "intensify", "intensified", "organize", "organized", "organised", "organise", "declare",
     "declared", "declares", "engage", "engaged", "engages", "engaging", "tighten", "tightened", "tightens", "tightening",
     "speed", "speeded", "sped", "accelerate", "accelerated", "expand", "expanded", "escalate", "escalated"}
)
# Light verbs by which the subject itself does the act its object names ("staged a hunger strike"),
# so the act stands even when no one is acted upon; "received aid" or "has a deal" are not among them.
DOING_VERBS = frozenset(
    {"stage", "staged", "stages", "staging", "launch", "launched", "launches", "launching", "hold", "held", "holds", "holding",
     "conduct", "conducted", "conducts", "conducting", "mount", "mounted", "begin", "began", "begun", "begins", "start", "started",
     "starts", "resume", "resumed", "resumes", "continue", "continued", "continues", "undertake", "undertook", "undertaken",
     "initiate", "initiated", "organize", "organized", "organised", "organise", "carry", "carried", "impose", "imposed", "declare",
     "declared", "engage", "engaged", "engages", "engaging"}
)
# Prepositions of time and circumstance: "offered talks following the invasions" -- the invasions are not offered.
_ADJUNCT_PREPS = frozenset({"following", "after", "before", "since", "during", "despite", "amid", "amidst", "until", "like", "unlike"})


@dataclass(frozen=True, slots=True)
class Act:
    token: Token
    trigger: Trigger


# Heads that name an act only through their modifier: "a mediation effort", "an aid package".
_GENERIC_ACT_HEADS = frozenset(
    {"effort", "efforts", "mission", "missions", "bid", "attempt", "initiative", "process", "campaign", "drive", "programme",
     "program", "package", "plan", "operation", "operations", "move"}
)


def trigger_at(token: Token) -> Act | None:
    if token.lower_ in _GENERIC_ACT_HEADS and token.tag_ in ("NN", "NNS"):
        named = next((a for c in token.children if c.dep_ == "compound" and (a := _noun_trigger(c)) is not None), None)
        if named is not None:
            return Act(token, named)  # the head stands in the clause for the act its modifier names
    pos = "v" if token.tag_.startswith("VB") else "n" if token.tag_ in ("NN", "NNS") else None
    if pos is None or token.dep_ in ("aux", "auxpass", "amod", "compound"):
        return None
    candidates = triggers_by_form().get((pos, token.lower_))
    if not candidates:
        return None
    fitting = [t for t in candidates if _fits(token, t)]
    if not fitting:
        return None
    return Act(token, max(fitting, key=lambda t: t.specificity))


def _noun_trigger(token: Token) -> Trigger | None:
    fitting = [t for t in triggers_by_form().get(("n", token.lower_), ()) if not t.modifiers]
    return max(fitting, key=lambda t: t.specificity) if fitting else None


def _fits(token: Token, trigger: Trigger) -> bool:
    if trigger.particle and not _has_particle(token, trigger.particle):
        return False
    if trigger.objects and not any(object_matches(o.text, trigger.objects) for o in _objects(token)):
        return False
    return not (trigger.modifiers and not any(object_matches(c.text, trigger.modifiers) for c in token.children if c.dep_ in ("amod", "compound", "nmod")))


def _has_particle(token: Token, particle: str) -> bool:
    first = particle.split()[0]
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ == first and nxt.dep_ in ("prt", "prep", "advmod"):
        return True
    return any(c.lower_ == first and c.dep_ in ("prt", "prep", "dobj", "advmod", "acomp") for c in token.children)


def _objects(token: Token) -> Iterator[Token]:
    """The object nouns of a verb: its direct object, and the objects of its prepositions and particles."""
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "oprd", "dative", "acomp", "nsubjpass"):
            yield child
            yield from (c for c in child.children if c.dep_ in ("conj", "compound"))  # "ended mediation efforts"
            yield from (g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)  # "tons of aid"
        elif child.dep_ in ("prep", "prt", "agent"):
            yield from (c for c in child.children if c.dep_ == "pobj")
            if child.dep_ == "prt":
                yield from (c for c in token.children if c.dep_ == "dobj")
        elif child.dep_ in ("xcomp", "advmod") and child.tag_.startswith("VB"):
            yield child  # "tried to assassinate"


def governed_chain(frame: Token, acts: list[Act]) -> list[Act]:
    """The frame words and the act a frame word governs, outermost first: "rejected an offer of talks" -> offer, talks."""
    chain: list[Act] = []
    node: Token | None = frame
    while node is not None and len(chain) < 4:
        found = _governed_act(node, acts)
        if found is None:
            break
        chain.append(found)
        node = found.token if found.trigger.frame else None
    return chain


def _governed_act(frame: Token, acts: list[Act]) -> Act | None:
    """The act or frame word a frame word governs: its infinitive, that-clause, object noun or prepositional object."""
    by_token = {a.token.i: a for a in acts}
    for child in frame_children(frame):
        candidates: list[Token] = []
        if child.dep_ in ("xcomp", "ccomp", "dobj", "advcl", "acl", "relcl"):
            candidates = [child]
        elif child.dep_ == "prep" and child.lower_ in _GOVERNED_PREPS:
            candidates = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        elif child.dep_ == "acomp":
            candidates = [c for c in child.children if c.dep_ == "xcomp"]
        for candidate in candidates:
            found = by_token.get(candidate.i) or _act_below(candidate, by_token)
            if found is not None:
                return found
    return None


def frame_children(frame: Token) -> list[Token]:
    """A frame word's dependents; for a frame noun, also the clause the parser hung on its verb
    ("reiterated its demand today that Israel ease ...")."""
    children = list(frame.children)
    if frame.tag_.startswith("NN") and frame.dep_ == "dobj":
        children += [c for c in frame.head.children if c.dep_ == "ccomp" and c.i > frame.i]
    return children


def _act_below(token: Token, by_token: dict[int, Act]) -> Act | None:
    """An act one clause down: "agreed to set up a centre" -> "set up"; "to hold talks" -> "talks"."""
    for child in token.children:
        # the object of an unlisted verb is not what was agreed: "agreed to postpone the march" is no march
        governed = child.dep_ in ("xcomp", "conj") or (child.dep_ == "dobj" and (verb_in(token, _LIGHT_VERBS) or not token.tag_.startswith("VB")))
        if governed and child.i in by_token:
            return by_token[child.i]
    return None


def verb_in(verb: Token, forms: frozenset[str]) -> bool:
    """The verb is one of ``forms``, or one of them done again ("reimposed", "reopened")."""
    low = verb.lower_
    return low in forms or (low.startswith("re") and low[2:] in forms)


def clause_verb(token: Token) -> Token:
    """The verb whose auxiliaries and subject an act shares: itself, or the light verb over a noun."""
    if token.tag_.startswith("VB") and not (token.tag_ == "VBG" and token.dep_ == "pobj"):  # "engaged in fighting"
        return token
    first = token
    while first.dep_ == "conj" and first.head.tag_.startswith("NN"):
        first = first.head  # "launched artillery, mortar and rocket fire": each shares the verb
    head = first.head
    while head.dep_ in ("prep", "pobj") and head.head.i != head.i and head.lower_ not in _ADJUNCT_PREPS:
        head = head.head
    if head.tag_.startswith("VB") and verb_in(head, _LIGHT_VERBS):
        return head
    return token
