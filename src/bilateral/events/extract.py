"""Dyadic events from the parse: for each clause, who did what to whom, coded in CAMEO.

The act and both actors come from the same clause (GDELT's failure is to take them from
unrelated parts of a story). An act's source is its grammatical agent (subject, "by" phrase,
the possessor of a noun: "Pakistan's offer"); its target the object, the recipient or the object
of its preposition ("met with X", "sanctions on X"). Frame words code the act they govern in
their frame: "agreed to release" is an intent, "demanded the release" a demand. "will" makes an
act an intent (meetings excepted: a scheduled meeting is a meeting); "must" in reported speech a
demand by the speaker. Negated acts and acts under "if" are kept but marked, not asserted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors.extract import article_day
from ..knowledge.countries import country_code
from ..nlp.tokens import span_text
from ..records import ActorMention, Article, Event, EventActor, Quote
from .cameo import cameo
from .lexicon import FAMILIES, INTENT_ADJECTIVES, Trigger, object_matches, triggers_by_form, verb_forms
from .sides import EDGES, Sides, located_country

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "upon", "at", "into", "toward", "towards", "from", "for", "over", "of", "between", "onto", "inside"}
)
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
_DOING_VERBS = frozenset(
    {"stage", "staged", "stages", "staging", "launch", "launched", "launches", "launching", "hold", "held", "holds", "holding",
     "conduct", "conducted", "conducts", "conducting", "mount", "mounted", "begin", "began", "begun", "begins", "start", "started",
     "starts", "resume", "resumed", "resumes", "continue", "continued", "continues", "undertake", "undertook", "undertaken",
     "initiate", "initiated", "organize", "organized", "organised", "organise", "carry", "carried", "impose", "imposed", "declare",
     "declared", "engage", "engaged", "engages", "engaging"}
)
# Prepositions of time and circumstance: "offered talks following the invasions" -- the invasions are not offered.
_ADJUNCT_PREPS = frozenset({"following", "after", "before", "since", "during", "despite", "amid", "amidst", "until", "like", "unlike"})
_WILL = frozenset({"will", "'ll", "shall", "wo"})
_MUST = frozenset({"must", "should", "ought"})
_MAYBE = frozenset({"would", "could", "might", "may", "'d"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_BLAME_WORDS = frozenset({"responsible", "complicit", "involved", "culpable", "guilty", "behind"})
_MAX_SENTENCE_TOKENS = 150  # longer "sentences" are tables or run-on lists: their parse is not worth coding


@dataclass(frozen=True, slots=True)
class _Act:
    token: Token
    trigger: Trigger


def find_events(doc: Doc, article: Article, actors: tuple[ActorMention, ...], quotes: tuple[Quote, ...]) -> tuple[Event, ...]:
    sides = Sides(doc, actors, quotes)
    date = article_day(article)
    events: list[Event] = []
    seen: set[tuple[str, str, str, int]] = set()
    for sent in doc.sents:
        if len(sent) > _MAX_SENTENCE_TOKENS:
            continue
        for event in _sentence_events(sent, sides, article, date, events):
            key = (event.source.code, event.target.code if event.target else "", event.cameo, event.start)
            if key not in seen:
                seen.add(key)
                events.append(event)
    return tuple(events)


def _sentence_events(sent: Span, sides: Sides, article: Article, date: str | None, earlier: list[Event]) -> Iterator[Event]:
    acts = [act for token in sent if (act := _trigger_at(token)) is not None]
    governed: set[int] = set()
    for act in acts:
        if act.trigger.frame:
            governed.update(a.token.i for a in _governed_chain(act.token, acts))
    for act in acts:
        if act.token.i in governed:
            continue
        yield from _code(act, acts, sent, sides, article, date, earlier)
    yield from _blame_events(sent, sides, article, date)
    yield from _must_events(sent, sides, article, date, acts)


def _blame_events(sent: Span, sides: Sides, article: Article, date: str | None) -> Iterator[Event]:
    """ "He said India is behind the attacks": reported blame is an accusation by the speaker."""
    for token in sent:
        if token.lower_ not in _BLAME_WORDS or token.dep_ not in ("prep", "acomp", "attr"):
            continue
        quote = sides.quote_at(token.idx)
        speaker = sides.speaker_of(quote) if quote is not None else None
        if quote is None or speaker is None:
            continue
        for subject in _subject_tokens(token.head):
            accused = sides.of_phrase(subject, avoid=speaker.code)
            if accused is not None and accused.code[:3] != speaker.code[:3]:
                yield _event(article, sent, speaker, accused, "112", token, "asserted", quote, date)


def _must_events(sent: Span, sides: Sides, article: Article, date: str | None, acts: list[_Act]) -> Iterator[Event]:
    """ "X declared that China must drop barriers": a demand by the speaker on China, whatever the act."""
    coded = {a.token.i for a in acts}
    for verb in sent:
        if verb.i in coded or not verb.tag_.startswith("VB") or not any(c.lower_ in _MUST and c.dep_ == "aux" for c in verb.children):
            continue
        quote = sides.quote_at(verb.idx)
        if quote is not None:
            yield from _reported_demand(verb, "100", sent, sides, quote, article, date)


# Heads that name an act only through their modifier: "a mediation effort", "an aid package".
_GENERIC_ACT_HEADS = frozenset(
    {"effort", "efforts", "mission", "missions", "bid", "attempt", "initiative", "process", "campaign", "drive", "programme",
     "program", "package", "plan", "operation", "operations", "move"}
)


def _trigger_at(token: Token) -> _Act | None:
    if token.lower_ in _GENERIC_ACT_HEADS and token.tag_ in ("NN", "NNS"):
        named = next((a for c in token.children if c.dep_ == "compound" and (a := _noun_trigger(c)) is not None), None)
        if named is not None:
            return _Act(token, named)  # the head stands in the clause for the act its modifier names
    pos = "v" if token.tag_.startswith("VB") else "n" if token.tag_ in ("NN", "NNS") else None
    if pos is None or token.dep_ in ("aux", "auxpass", "amod", "compound"):
        return None
    candidates = triggers_by_form().get((pos, token.lower_))
    if not candidates:
        return None
    fitting = [t for t in candidates if _fits(token, t)]
    if not fitting:
        return None
    return _Act(token, max(fitting, key=lambda t: t.specificity))


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


def _governed_chain(frame: Token, acts: list[_Act]) -> list[_Act]:
    """The frame words and the act a frame word governs, outermost first: "rejected an offer of talks" -> offer, talks."""
    chain: list[_Act] = []
    node: Token | None = frame
    while node is not None and len(chain) < 4:
        found = _governed_act(node, acts)
        if found is None:
            break
        chain.append(found)
        node = found.token if found.trigger.frame else None
    return chain


def _governed_act(frame: Token, acts: list[_Act]) -> _Act | None:
    """The act or frame word a frame word governs: its infinitive, that-clause, object noun or prepositional object."""
    by_token = {a.token.i: a for a in acts}
    for child in _frame_children(frame):
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


def _frame_children(frame: Token) -> list[Token]:
    """A frame word's dependents; for a frame noun, also the clause the parser hung on its verb
    ("reiterated its demand today that Israel ease ...")."""
    children = list(frame.children)
    if frame.tag_.startswith("NN") and frame.dep_ == "dobj":
        children += [c for c in frame.head.children if c.dep_ == "ccomp" and c.i > frame.i]
    return children


def _act_below(token: Token, by_token: dict[int, _Act]) -> _Act | None:
    """An act one clause down: "agreed to set up a centre" -> "set up"; "to hold talks" -> "talks"."""
    for child in token.children:
        # the object of an unlisted verb is not what was agreed: "agreed to postpone the march" is no march
        governed = child.dep_ in ("xcomp", "conj") or (child.dep_ == "dobj" and (_verb_in(token, _LIGHT_VERBS) or not token.tag_.startswith("VB")))
        if governed and child.i in by_token:
            return by_token[child.i]
    return None


def _code(act: _Act, acts: list[_Act], sent: Span, sides: Sides, article: Article, date: str | None, earlier: list[Event]) -> Iterator[Event]:
    token, trigger = act.token, act.trigger
    code, inner = trigger.code, act
    frame = trigger.frame
    chain = _governed_chain(token, acts) if frame else []
    if frame and chain:
        inner = chain[-1]
        if not inner.trigger.frame:
            code = getattr(FAMILIES[inner.trigger.family], frame)
    verb = _clause_verb(token)
    quote = sides.quote_at(token.idx)
    mood = "hypothetical" if _in_leading_condition(token, sent) else _mood(verb, quote)
    if mood == "intent" and not frame:
        if trigger.family != "consult" or quote is not None:  # a scheduled meeting is a meeting
            code = FAMILIES[trigger.family].intent
        condition = _condition(verb)
        if condition == "unless" or (condition and int(trigger.code[:2]) >= 10):
            code = FAMILIES[trigger.family].threaten  # "will withdraw unless ...": a threat; "will meet if ...": an offer
        mood = "asserted"
    elif mood == "demand" and not frame and quote is not None:
        yield from _reported_demand(act.token, FAMILIES[trigger.family].demand, sent, sides, quote, article, date)
        return
    elif mood == "refused":
        code = FAMILIES[inner.trigger.family].reject
        mood = "asserted"
    elif mood == "demand":
        mood = "hypothetical"
    sources = _sources(token, verb, sides, quote, code)
    for source in sources:
        targets = _opposed(verb, source, sides)
        if frame in _ADDRESSED_FRAMES and not targets:  # "demanded that its partners refuse to recognise X": the partners
            targets = _addressees(token, source, sides)
        for link in reversed(chain):
            targets = targets or _targets(link.token, token, source, sides, quote, sent)
        targets = targets or _targets(token, token, source, sides, quote, sent)
        if not targets and _in_purpose_clause(verb):
            targets = _targets(verb.head, verb.head, source, sides, quote, sent)  # "sent experts to Bosnia to investigate"
        if not targets and frame:
            targets = _reported_subjects(token, source, sides)
        if not targets:
            targets = [s for s in sources if s.code != source.code]  # "X and Y agreed": each to the other
        if not targets:
            targets = _fallback_targets(code, source, sides, sent, earlier, token)
        if not targets:
            targets = _clause_actors(verb, source, sides)
        if not targets and code[:2] in ("03", "13"):  # offers and threats
            targets = _conditioned(token, [link.token for link in chain], source, sides)
        targets = [t for t in targets if t.code != source.code and (t.actor_key is None or t.actor_key != source.actor_key)]
        if not targets:
            acted = inner.trigger.code  # "threatened to impose martial law": imposing is the domestic act
            targets = _located_targets(token, verb, acted, source) or _domestic_targets(token, acted, source, sides, sent)
        if not targets and ((token.tag_.startswith("NN") and _noun_agent(token, sides) is None and not _verb_in(verb, _DOING_VERBS))
                            or (frame and inner is act and not _has_complement(token))):
            continue  # a noun or a bare frame word ("asked") with no one acted upon says nothing dyadic
        sides_acted_on: list[EventActor | None] = list(targets) or [None]
        for target in sides_acted_on:
            yield _event(article, sent, source, target, code, token, mood, quote, date)


def _in_purpose_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_complement(frame: Token) -> bool:
    """ "agreed to postpone the march", "accepted a formula": the frame word says what was agreed or refused."""
    return any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ in ("pcomp", "pobj") for g in c.children))
               for c in frame.children)  # "committed to opening up the economy"


def _event(article: Article, sent: Span, source: EventActor, target: EventActor | None, code: str, token: Token, mood: str,
           quote: Quote | None, date: str | None) -> Event:
    info = cameo(code)
    ident = hashlib.sha1(f"{article.id}:{sent.start_char}:{token.idx}:{source.code}:{target.code if target else '-'}:{code}".encode()).hexdigest()[:16]
    text = sent.text.rstrip()
    return Event(
        id=ident, article_id=article.id, sentence=text, start=sent.start_char, end=sent.start_char + len(text),
        source=source, target=target, cameo=code, root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
        plover=info.plover, date=date, trigger=token.text, trigger_start=token.idx, trigger_end=token.idx + len(token.text),
        mood=mood, quote_id=quote.id if quote is not None else None,
    )


def _verb_in(verb: Token, forms: frozenset[str]) -> bool:
    """The verb is one of ``forms``, or one of them done again ("reimposed", "reopened")."""
    low = verb.lower_
    return low in forms or (low.startswith("re") and low[2:] in forms)


def _clause_verb(token: Token) -> Token:
    """The verb whose auxiliaries and subject an act shares: itself, or the light verb over a noun."""
    if token.tag_.startswith("VB") and not (token.tag_ == "VBG" and token.dep_ == "pobj"):  # "engaged in fighting"
        return token
    first = token
    while first.dep_ == "conj" and first.head.tag_.startswith("NN"):
        first = first.head  # "launched artillery, mortar and rocket fire": each shares the verb
    head = first.head
    while head.dep_ in ("prep", "pobj") and head.head is not head and head.lower_ not in _ADJUNCT_PREPS:
        head = head.head
    if head.tag_.startswith("VB") and _verb_in(head, _LIGHT_VERBS):
        return head
    return token


def _mood(verb: Token, quote: Quote | None) -> str:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" or c.lower_ in _NEGATIONS and c.dep_ == "advmod" for c in verb.children)
    chain = verb
    while chain.dep_ in ("xcomp", "conj") and chain.head is not chain:
        chain = chain.head
        auxes |= {c.lower_ for c in chain.children if c.dep_ in ("aux", "auxpass")}
        negated = negated or any(c.dep_ == "neg" for c in chain.children)
        if chain.head.lower_ in INTENT_ADJECTIVES or chain.lower_ in INTENT_ADJECTIVES:
            auxes.add("will")
    if verb.dep_ == "xcomp" and verb.head.lower_ in INTENT_ADJECTIVES:
        auxes.add("will")
    if _conditional(verb) or (auxes & _MAYBE and "have" in auxes):
        return "hypothetical"  # "would have resolved": a counterfactual
    future = bool(auxes & _WILL) or ("would" in auxes and quote is not None) or ("going" in auxes)
    if negated:
        return "refused" if future else "negated"
    if future:
        return "intent"
    if auxes & _MUST:
        return "demand"
    if auxes & _MAYBE:
        return "hypothetical"
    return "asserted"


def _condition(verb: Token) -> str | None:
    """The word ("if", "unless") of a condition clause hanging from the verb."""
    for clause in verb.children:
        if clause.dep_ == "advcl":
            mark = next((m.lower_ for m in clause.children if m.dep_ == "mark" and m.lower_ in _CONDITIONS), None)
            if mark:
                return mark
    return None


def _conditioned(token: Token, governed: list[Token], source: EventActor, sides: Sides) -> list[EventActor]:
    """ "threatened to stop the talks if the United States deploys missiles": a threat or an offer is
    made to the one its condition is about."""
    heads = [token, *governed]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "xcomp"]  # "threatened to stop ... if"
    found = [a for head in heads for clause in head.children
             if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children)
             for subject in _subject_tokens(clause) if (a := sides.of_phrase(subject, avoid=source.code)) is not None]
    return _unique(found)


def _in_leading_condition(token: Token, sent: Span) -> bool:
    """ "If Pakistan attacks, India will respond": the act before the comma of an opening "if" is
    hypothetical, whatever the parser made of the clause."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in _CONDITIONS or first.i > token.i:
        return False
    comma = next((t.i for t in sent if t.text == "," and t.i > first.i), None)
    return comma is not None and token.i < comma


def _conditional(verb: Token) -> bool:
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or node.head is node:
            return False
        if node.dep_ == "ccomp":
            return False
        node = node.head
    return False


def _sources(token: Token, verb: Token, sides: Sides, quote: Quote | None, code: str) -> list[EventActor]:
    """The agents of an act: subject (and its conjuncts), "by" phrase, or a noun's possessor or modifier.
    Force used by no one named is done by the state (coercion) or by unidentified armed forces
    (violence) of the country where it happened."""
    forceful = code[:2] in _FORCE_ROOTS
    if token.tag_.startswith("NN"):
        own = _noun_agent(token, sides)
        if own is not None:
            return [own]
        if verb is token:
            return []
    subjects = _subject_tokens(verb, patients=not forceful or verb is not token)  # "were engaged in ethnic cleansing"
    found = [a for s in subjects if (a := sides.of_phrase(s)) is not None]
    if not found and forceful:
        return _unidentified_agent(token, verb, code)
    return _unique(found)


# Acts of force: a passive subject is their victim, and a perpetrator left unnamed is unknown, not absent.
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def _unidentified_agent(act: Token, verb: Token, code: str) -> list[EventActor]:
    """ "Three soldiers were killed by a roadside bomb near Samarra", "a missionary was arrested in
    Lebanon": CAMEO's unidentified armed forces (UAF) of the place, or, for coercion, its state."""
    agentive = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    if agentive and not all(_is_weapon_or_act(c) for c in agentive):
        return []
    if not agentive and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []  # a gerund or a bare mention ("a truce to fighting in Gaza") tells of no one act
    place = _place_of(act, verb)
    if place is None:
        return []
    sector = "GOV" if code[:2] == "17" else "UAF"
    return [EventActor(place + sector, "unidentified forces" if sector == "UAF" else "authorities")]


def _is_weapon_or_act(token: Token) -> bool:
    """ "a roadside bombing killed", "killed by an explosive device": the subject is the act or its means."""
    head = token
    if token.dep_ == "agent":
        head = next((c for c in token.children if c.dep_ == "pobj"), token)
    return head.tag_ in ("NN", "NNS") and (_trigger_at(head) is not None or head.lower_ in _MEANS_OF_FORCE)


_MEANS_OF_FORCE = frozenset(
    {"bomb", "bombs", "device", "devices", "ied", "ieds", "mine", "mines", "rocket", "rockets", "shell", "shells", "missile", "missiles",
     "grenade", "grenades", "gunfire", "fire", "bullet", "bullets", "blast", "blasts", "explosive", "explosives", "booby-trap"}
)


def _place_of(act: Token, verb: Token) -> str | None:
    """The country a clause says an act happened in: "in central Baghdad", "near the town of
    Samarra", "outside the Iraqi city of Basra"."""
    heads = [verb, act] + [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    for head in dict.fromkeys(heads):
        for prep in (c for c in head.subtree if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS and _in_clause(c, verb)):
            for place in (c for c in prep.subtree if c.dep_ == "pobj"):
                country = located_country(place) or next((code for m in place.children if m.dep_ == "amod" and (code := country_code(m.text))), None)
                if country:
                    return country
    return None


def _noun_agent(noun: Token, sides: Sides) -> EventActor | None:
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            actor = sides.of_phrase(child)
            if actor is not None:
                return actor
        if child.dep_ == "prep" and (child.lower_ == "by" or (child.lower_ == "of" and _has_target_prep(noun))):
            for obj in child.children:
                actor = sides.of_phrase(obj) if obj.dep_ == "pobj" else None
                if actor is not None:
                    return actor
    return None


def _has_target_prep(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with", "against", "on") and not _is_assistance(c) for c in noun.children)


_ASSISTANCE = frozenset({"help", "support", "assistance", "backing", "cooperation", "aid", "consent", "approval"})


def _is_assistance(prep: Token) -> bool:
    """ "with Albania's help": a helper, not one acted upon."""
    return prep.lower_ == "with" and any(c.dep_ == "pobj" and c.lower_ in _ASSISTANCE for c in prep.children)


def _subject_tokens(verb: Token, patients: bool = True) -> list[Token]:
    """The agents of a verb; ``patients`` lets a passive subject stand in when there is none
    ("Vietnam is committed to opening up", "guerrillas have been demobilized")."""
    node = verb
    for _ in range(5):
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "csubj")] or agents
        if not subjects and patients:
            subjects = [c for c in node.children if c.dep_ == "nsubjpass"]
        if subjects:
            return [s2 for s in subjects for s2 in (s, *(c for c in s.children if c.dep_ == "conj"))]
        if node.dep_ == "xcomp" and node.head is not node and _controls_object(node.head):
            controller = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
            if controller:
                return controller  # "urged Pakistan to release": Pakistan releases
        if node.dep_ in ("xcomp", "conj", "advcl", "acomp") and node.head is not node:
            node = node.head  # "is willing to withdraw": the subject of "is"
            continue
        if node.dep_ == "acl" and node.head.dep_ in ("dobj", "attr") and node.head.head is not node.head:
            node = node.head.head  # "issued a declaration demanding ...": the declaration's issuer
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.dep_ == "prep" and node.head.head.tag_.startswith("VB"):
            governor = node.head.head  # "resorted to throwing stones"; but "accused India of sponsoring": India
            controller = [c for c in governor.children if c.dep_ == "dobj"]
            if controller:
                return controller
            node = governor
            continue
        if node.dep_ == "relcl":
            return [node.head]
        break
    return []


_OBJECT_CONTROL = frozenset(
    {"persuade", "convince", "allow", "permit", "help", "tell", "cause", "enable", "compel", "oblige", "lead", "get", "want",
     "expect", "advise", "remind", "warn", "authorize", "authorise", "empower", "prompt", "inspire"}
)


_OBJECT_CONTROL_FORMS = frozenset(form for word in _OBJECT_CONTROL for form in verb_forms(word))


def _controls_object(verb: Token) -> bool:
    """ "urged Pakistan to release", "allowed them to leave": the object does the infinitive's act;
    in "used tear gas to disperse" it does not."""
    act = _trigger_at(verb)
    if act is not None and act.trigger.frame in ("appeal", "demand", "threaten"):
        return True
    return verb.lower_ in _OBJECT_CONTROL_FORMS


def _targets(act: Token, frame: Token, source: EventActor, sides: Sides, quote: Quote | None, sent: Span) -> list[EventActor]:
    """The patients or recipients of an act, none of them the source."""
    found: list[EventActor] = []
    for obj in _target_tokens(act, frame):
        actor = sides.of_phrase(obj, avoid=source.code)
        if actor is not None:
            found.append(actor)
    if found:
        return _unique(found)
    # the act's own subject ("demanded that the US cancel"), or the one it lets or makes act ("allow UN planes to land")
    subjects = [] if act is frame else [g for c in (act, *(c for c in act.children if c.dep_ == "ccomp")) for g in c.children
                                        if g.dep_ in ("nsubj", "nsubjpass") and (c is act or _controls_object(act))]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    found = [a for s in subjects if (a := sides.of_phrase(s, avoid=source.code)) is not None]
    if found:
        return _unique(found)
    if act.tag_.startswith("NN") and act is not frame:
        own = _noun_agent(act, sides)
        if own is not None and own.code != source.code:
            return [own]
    return []


def _target_tokens(act: Token, frame: Token) -> Iterator[Token]:
    heads = [frame, act] if frame is not act else [act]
    if act is frame and act.tag_.startswith("VB"):
        heads += [c for c in act.children if c.dep_ == "xcomp"]  # "offered to hand over to Britain"
    for token in heads:
        for child in token.children:
            if child.dep_ in ("dobj", "dative", "iobj", "attr", "oprd") or (child.dep_ == "nsubjpass" and token.tag_.startswith("VB")):
                if child.tag_ == "IN":  # "granted asylum to X": the parser's dative is the preposition
                    child = next((g for g in child.children if g.dep_ == "pobj"), child)
                for obj in (child, *(c for c in child.children if c.dep_ == "conj")):
                    yield obj
                    yield from _prep_objects(obj)
            elif child.dep_ in ("prep", "prt") and (child.lower_ in _TARGET_PREPS or (child.lower_ == "in" and _is_arrival(token))) and not _is_assistance(child):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        yield obj
                        yield from (c for c in obj.children if c.dep_ == "conj")
    if act.tag_.startswith("NN"):
        yield from _prep_objects(act)


def _is_arrival(token: Token) -> bool:
    """ "arrived in Islamabad", "talks in Washington": the place stands for its government."""
    act = _trigger_at(token)
    return act is not None and act.trigger.code in ("042", "043", "044")


def _prep_objects(noun: Token) -> Iterator[Token]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and not _is_assistance(child):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from (c for c in obj.children if c.dep_ == "conj")


# Frames whose target is the one addressed, not the one the demanded or threatened act falls on.
_ADDRESSED_FRAMES = frozenset({"appeal", "demand", "threaten"})


def _addressees(frame: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """ "urged Pakistan to ...", "called on the US to ...", "appealed to India", "demanded that India ...":
    who is asked or warned."""
    heads = [c for c in frame.children if c.dep_ in ("dobj", "dative", "iobj") and not _trigger_at(c)]
    heads += [g for c in frame.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for g in c.children if g.dep_ == "pobj"]
    heads += [g for c in _frame_children(frame) if c.dep_ in ("ccomp", "acl") for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]  # "demanded that X ..."
    return _unique([a for h in heads if (a := sides.of_phrase(h, avoid=source.code)) is not None])


_OPPOSING = frozenset({"defiance", "protest", "opposition"})


def _opposed(verb: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """ "blocked streets in defiance of Chinese authorities", "in protest at the Israeli raids": who the act opposes."""
    found = [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
             for noun in prep.children if noun.dep_ == "pobj" and noun.lower_ in _OPPOSING
             for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in ("of", "against", "at", "over", "to")
             for obj in inner.children if obj.dep_ == "pobj" and (a := sides.of_phrase(obj, avoid=source.code)) is not None]
    return _unique(found)


def _reported_subjects(frame: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """ "demanded that the US cancel ...": the one asked or refused is the clause's subject."""
    found = [a for c in frame.children if c.dep_ in ("ccomp", "xcomp") for s in _subject_tokens(c)
             if (a := sides.of_phrase(s, avoid=source.code)) is not None]
    return _unique(found)


def _clause_actors(verb: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """Any actor named inside the act's own clause, nearest first: "lifted a curfew in Montenegro";
    not in its subject ("Vietnamese-led forces") nor a border's side ("on the Thai border")."""
    agents = {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree if c.left_edge.i <= t.i <= c.i}
    for token in sorted(verb.subtree, key=lambda t: abs(t.i - verb.i)):
        if (token.i in agents or token.tag_ not in ("NNP", "NNPS", "NN", "NNS") or not _in_clause(token, verb)
                or token.lower_ in EDGES or token.head.lower_ in EDGES):
            continue
        actor = sides.of_phrase(token, avoid=source.code)
        if actor is not None:
            return [actor]
    return []


def _in_clause(token: Token, verb: Token, allow_acl: bool = False) -> bool:
    """The token hangs from the verb without crossing into a clause of its own; ``allow_acl`` lets
    it sit in a participle describing an object ("power lines leading into Kabul")."""
    node = token
    while node.i != verb.i:
        if node.dep_ in ("relcl", "advcl", "ccomp", "conj") or (node.dep_ == "acl" and not allow_acl) or node.head is node:
            return False
        node = node.head
    return True


def _fallback_targets(code: str, source: EventActor, sides: Sides, sent: Span, earlier: list[Event], token: Token) -> list[EventActor]:
    """A target the clause leaves implicit: the accuser of a denial, or the one other country in the sentence."""
    if code == "016":
        for event in reversed(earlier):
            if event.root == "11" and event.target is not None and event.target.code[:3] == source.code[:3]:
                return [event.source]
    if code[:2] == "04":
        others = {a.code: a for t in sent if t.i != token.i and (a := sides.of_phrase(t, avoid=source.code)) is not None
                  and a.code[:3] != source.code[:3] and t.tag_ in ("NNP", "NNPS", "NN", "NNS", "JJ")}
        if len(others) == 1:
            return list(others.values())
    return []


# Acts that, naming no one else, are done within the actor's own country: easing or imposing
# restrictions, protests, mobilising, coercion ("lifted the state of emergency in Darfur").
_DOMESTIC_ROOTS = frozenset({"08", "14", "15", "17"})


_LOCATION_PREPS = frozenset({"in", "into", "inside", "near", "outside", "across", "throughout", "at", "on"})


def _located_targets(act: Token, verb: Token, code: str, source: EventActor) -> list[EventActor]:
    """Force used, or restrictions imposed, in a place name no one else: the place's country is acted
    upon ("fired shells at targets in Jericho", "imposed a curfew in Cizre")."""
    if code[:2] not in _DOMESTIC_ROOTS and int(code[:2]) < 18:
        return []
    for head in dict.fromkeys((act, verb)):
        for prep in (c for c in head.subtree if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS and _in_clause(c, head, allow_acl=True)):
            for place in (p for c in prep.children if c.dep_ == "pobj" for p in (c, *(a for a in c.children if a.dep_ == "appos"))):
                country = located_country(place)  # "in the capital Kabul": the apposition names it
                if country and country != source.code[:3]:
                    return [EventActor(country, span_text([t for t in place.subtree if t.i <= place.i and t.dep_ != "det"]))]
                if country:
                    return [EventActor(country, country)]
    return []


def _domestic_targets(act: Token, code: str, source: EventActor, sides: Sides, sent: Span) -> list[EventActor]:
    """A target left to the actor's own country: a group with no country of its own ("dispersed the
    demonstrators", "killed 20 people"), or, for a domestic act in a sentence naming no other
    country, the country itself."""
    home = source.code[:3]
    if home in ("IGO", "NGO", "IMG"):  # bodies and groups of no country have no home to act within
        return []
    for obj in _target_tokens(act, act):
        group = sides.unqualified_group(obj, home) or next(
            (g for agent in _agents_of_noun(obj) if (g := sides.unqualified_group(agent, home)) is not None), None)
        if group is not None:
            return [group]
    foreign = any(code3 != home for code3 in sides.countries_in(_reported_part(act, sent, sides)))
    if code[:2] in _DOMESTIC_ROOTS and not foreign:
        return [EventActor(home, home)]
    return []


def _reported_part(act: Token, sent: Span, sides: Sides) -> Span:
    """What a sentence reports, without who reports it: "..., Thai police said" names no place of the act."""
    quote = sides.quote_at(act.idx)
    if quote is None:
        return sent
    part = sent.doc.char_span(max(quote.start, sent.start_char), min(quote.end, sent.end_char), alignment_mode="expand")
    return part if part is not None and len(part) else sent


def _agents_of_noun(noun: Token) -> Iterator[Token]:
    """ "the demonstration staged by students", "a rally by workers": who did what the noun names."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            yield from (g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "acl":
            yield from (p for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")


def _reported_demand(verb: Token, code: str, sent: Span, sides: Sides, quote: Quote, article: Article, date: str | None) -> Iterator[Event]:
    """ "X said Y must do Z": a demand by the speaker on Y (the act's own demand code when it is in
    our lexicon, 100 otherwise). Advice to one's own side is no demand."""
    speaker = sides.speaker_of(quote)
    if speaker is None:
        return
    for subject in _subject_tokens(verb):
        target = sides.of_phrase(subject, avoid=speaker.code)
        if target is not None and target.code[:3] != speaker.code[:3]:
            yield _event(article, sent, speaker, target, code, verb, "asserted", quote, date)


def _unique(actors: list[EventActor]) -> list[EventActor]:
    seen: dict[str, EventActor] = {}
    for actor in actors:
        seen.setdefault(actor.code, actor)
    return list(seen.values())
