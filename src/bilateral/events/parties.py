"""The parties to an act: who does it (its source) and who it is done to (its targets).

An act's source is its grammatical agent (subject, "by" phrase, the possessor of a noun:
"Pakistan's offer"), or for force used by no one named, the unidentified forces or the state of
the country where it happened. Its target is the object, the recipient or the object of its
preposition ("met with X", "sanctions on X"), the one a demand or threat addresses, or the one an
act opposes; when the clause names no one acted upon, another actor in it or the country the act
was done in.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..knowledge.countries import country_code
from ..nlp.tokens import span_text
from ..records import Event, EventActor, Quote
from .acts import clause_verb, frame_children, trigger_at
from .lexicon import verb_forms
from .sides import EDGES, Sides, located_country, names_venue
from .words import words

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "upon", "at", "into", "toward", "towards", "from", "for", "over", "of", "between", "onto", "inside"}
)


def act_sources(token: Token, verb: Token, sides: Sides, quote: Quote | None, code: str) -> list[EventActor]:
    """The agents of an act: subject (and its conjuncts), "by" phrase, or a noun's possessor or modifier.
    Force used by no one named is done by the state (coercion) or by unidentified armed forces
    (violence) of the country where it happened."""
    forceful = code[:2] in _FORCE_ROOTS
    if token.tag_.startswith("NN"):
        own = noun_agent(token, sides)
        if own is not None:
            return [own]
        if verb is token and code[:2] == "04" and token.dep_ == "pobj" and token.head.lower_ in _ADJUNCTS_OF_TIME and not any(
                c.dep_ == "poss" for c in token.children):  # ("after her meeting with Obama": hers, whoever she is)
            verb = token.head.head  # "spoke to reporters during a visit to Ottawa": the speaker made the visit
        elif verb is token:
            return _unnamed_attacker(token) if forceful and (_has_target_prep(token) or _of_a_facility(token)) else []
    subjects = subject_tokens(verb, patients=not forceful or verb is not token)  # "were engaged in ethnic cleansing"
    found = [a for s in subjects if (a := sides.of_phrase(s)) is not None]
    if not found and forceful:
        return _unidentified_agent(token, verb, code)
    return unique(found)


_ADJUNCTS_OF_TIME = frozenset({"during", "on", "after", "before", "following", "since", "ahead", "while"})

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


def _unnamed_attacker(act: Token) -> list[EventActor]:
    """ "the attack on the embassy in Kabul": force named by a noun, with its target and
    no agent, was used by unidentified forces of the place it happened."""
    place = next((country for _, country in _places([act], where_done=True)), None)
    return [EventActor(place + "UAF", "unidentified forces")] if place else []


def _is_weapon_or_act(token: Token) -> bool:
    """ "a roadside bombing killed", "killed by an explosive device": the subject is the act or its means."""
    head = token
    if token.dep_ == "agent":
        head = next((c for c in token.children if c.dep_ == "pobj"), token)
    return head.tag_ in ("NN", "NNS") and (trigger_at(head) is not None or head.lower_ in _MEANS_OF_FORCE)


_MEANS_OF_FORCE = frozenset(
    {"bomb", "bombs", "device", "devices", "ied", "ieds", "mine", "mines", "rocket", "rockets", "shell", "shells", "missile", "missiles",
     "grenade", "grenades", "gunfire", "fire", "bullet", "bullets", "blast", "blasts", "explosive", "explosives", "booby-trap"}
)


def _place_of(act: Token, verb: Token) -> str | None:
    """The country a clause says an act happened in, its subject's phrase included ("a roadside
    bomb near Samarra")."""
    heads = [verb, act] + [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return next((country for _, country in _places(heads, where_done=True)), None)


def _places(heads: list[Token], where_done: bool = False) -> Iterator[tuple[Token, str]]:
    """Places the heads' clauses name, with their countries, nearest phrase first: "in central
    Baghdad", "near the town of Samarra", "outside the Iraqi city of Basra", "in the capital Kabul",
    "power lines leading into Kabul" (a participle describing an object counts). ``where_done``
    asks where the act happened, so the target of "an attack on the US embassy" is no place."""
    for head in dict.fromkeys(heads):
        for prep in (c for c in head.subtree if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS and _in_clause(c, head, allow_acl=True)
                     and not (where_done and _aims_act(c))):
            for place in (c for c in prep.subtree if c.dep_ in ("pobj", "appos")):
                country = located_country(place) or next((code for m in place.children if m.dep_ == "amod" and (code := country_code(m.text))), None)
                if country:
                    yield place, country


def _aims_act(prep: Token) -> bool:
    """ "an attack on the American embassy": "on" after an act noun names its target, not a place."""
    return prep.lower_ in ("on", "at", "upon") and prep.head.tag_.startswith("NN") and trigger_at(prep.head) is not None


def noun_agent(noun: Token, sides: Sides) -> EventActor | None:
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and not names_venue(child, noun):
            actor = sides.of_phrase(child)
            if actor is not None:
                return actor
        if child.dep_ == "prep" and (child.lower_ == "by" or (child.lower_ == "of" and _has_target_prep(noun))):
            for obj in child.children:
                actor = sides.of_phrase(obj) if obj.dep_ == "pobj" else None
                if actor is not None:
                    return actor
    return None


def _of_a_facility(noun: Token) -> bool:
    """ "the attack of the U.S. consulate": "of" names what was attacked when it is a place people hold."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in words("facilities") for g in c.children)
               for c in noun.children)


def _has_target_prep(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with", "against", "on") and not _is_assistance(c) for c in noun.children)


_ASSISTANCE = frozenset({"help", "support", "assistance", "backing", "cooperation", "aid", "consent", "approval"})


def _is_assistance(prep: Token) -> bool:
    """ "with Albania's help": a helper, not one acted upon."""
    return prep.lower_ == "with" and any(c.dep_ == "pobj" and c.lower_ in _ASSISTANCE for c in prep.children)


def subject_tokens(verb: Token, patients: bool = True) -> list[Token]:
    """The agents of a verb; ``patients`` lets a passive subject stand in when there is none
    ("Vietnam is committed to opening up", "guerrillas have been demobilized")."""
    node = verb
    for _ in range(5):
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "csubj")] or agents
        if not subjects and patients:
            subjects = [c for c in node.children if c.dep_ == "nsubjpass"]
        if subjects:
            subjects = [_past_dateline(s) for s in subjects]
            return [s2 for s in subjects for s2 in (s, *conjuncts(s))]
        if node.dep_ == "xcomp" and node.head.i != node.i and _controls_object(node.head):
            controller = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
            if controller:
                return controller  # "urged Pakistan to release": Pakistan releases
        if node.dep_ in ("xcomp", "conj", "advcl", "acomp") and node.head.i != node.i:
            node = node.head  # "is willing to withdraw": the subject of "is"
            continue
        owner = [c for c in node.head.children if c.dep_ == "poss"] if node.dep_ == "acl" and node.head.tag_.startswith("NN") else []
        if owner:
            return owner  # "hailed Britain's vote to leave the EU": Britain leaves
        if node.dep_ == "acl" and node.head.dep_ in ("dobj", "attr") and node.head.head.i != node.head.i:
            node = node.head.head  # "issued a declaration demanding ...": the declaration's issuer
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.dep_ == "prep" and node.head.head.tag_.startswith("VB"):
            governor = node.head.head  # "resorted to throwing stones"; but "accused India of sponsoring": India
            controller = [c for c in governor.children if c.dep_ == "dobj"] if node.head.lower_ not in _ADJUNCTS_OF_TIME else []
            if controller:  # ("made the comments before ending a trip": the one who made them)
                return controller
            node = governor
            continue
        if node.dep_ == "relcl":
            return [node.head]
        break
    return []


_DASHES = frozenset({"-", "–", "—", "--"})


def _past_dateline(subject: Token) -> Token:
    """ "New York (AFP) – Vice President Joe Biden accused ...": the parser makes the dateline the subject
    and the real one its apposition; the words after the dash are the subject."""
    doc = subject.doc
    dash = next((t for t in doc[subject.sent.start : subject.i + 8] if t.text in _DASHES and t.i > subject.i), None)
    if dash is None or subject.i - subject.sent.start > 3:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash.i), subject)


_OBJECT_CONTROL = frozenset(
    {"persuade", "convince", "allow", "permit", "help", "tell", "cause", "enable", "compel", "oblige", "lead", "get", "want",
     "expect", "advise", "remind", "warn", "authorize", "authorise", "empower", "prompt", "inspire"}
)


_OBJECT_CONTROL_FORMS = frozenset(form for word in _OBJECT_CONTROL for form in verb_forms(word))


def _controls_object(verb: Token) -> bool:
    """ "urged Pakistan to release", "allowed them to leave": the object does the infinitive's act;
    in "used tear gas to disperse" it does not."""
    act = trigger_at(verb)
    if act is not None and act.trigger.frame in ("appeal", "demand", "threaten"):
        return True
    return verb.lower_ in _OBJECT_CONTROL_FORMS


def act_targets(act: Token, frame: Token, source: EventActor, sides: Sides, quote: Quote | None, sent: Span) -> list[EventActor]:
    """The patients or recipients of an act, none of them the source."""
    pairs: list[tuple[Token, EventActor]] = []
    for obj in _target_tokens(act, frame):
        actor = sides.of_phrase(obj, avoid=source.code) or _possessor(obj, source, sides)
        if actor is not None and not (obj.head.lower_ == "in" and actor.code[:3] == source.code[:3]):  # "met Modi in Washington"
            pairs.append((obj, actor))
    if any(obj.dep_ in ("dobj", "dative") for obj, _ in pairs):  # "blamed China for the loss of jobs": a reason
        pairs = [(obj, actor) for obj, actor in pairs if not _in_reason(obj, act, frame)]
    found = [actor for _, actor in pairs]
    if found:
        return unique(found)
    # the act's own subject ("demanded that the US cancel"), or the one it lets or makes act ("allow UN planes to land")
    subjects = [] if act is frame else [g for c in (act, *(c for c in act.children if c.dep_ == "ccomp")) for g in c.children
                                        if g.dep_ in ("nsubj", "nsubjpass") and (c is act or _controls_object(act))]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    found = [a for s in subjects if (a := sides.of_phrase(s, avoid=source.code)) is not None]
    if found:
        return unique(found)
    if act.tag_.startswith("NN") and act is not frame:
        own = noun_agent(act, sides)
        if own is not None and own.code != source.code:
            return [own]
    return []


def _in_reason(obj: Token, act: Token, frame: Token) -> bool:
    """The word sits in a "for" or "at" phrase of an act with an object: the reason for praise or blame,
    or where it happened ("attacked Trump at a rally"), not one acted upon."""
    node = obj
    while node.head.i != node.i and node not in (act, frame):
        if node.dep_ == "prep" and node.lower_ in ("for", "at") and node.head in (act, frame):
            return True
        node = node.head
    return False


def _possessor(obj: Token, source: EventActor, sides: Sides) -> EventActor | None:
    """ "praised Chile's decision", "criticised India's policy": an object that is no actor stands
    for the one who owns it."""
    if obj.dep_ not in ("dobj", "pobj") or not obj.tag_.startswith("NN"):
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    return sides.of_phrase(owner, avoid=source.code) if owner is not None else None


def in_purpose_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _target_tokens(act: Token, frame: Token) -> Iterator[Token]:
    if frame is act and is_talk(act):
        yield from _partners(act)
        return
    heads = [frame, act] if frame is not act else [act]
    heads += [v for v in _light_verb(act) if v not in heads]
    if act is frame and act.tag_.startswith("VB"):
        heads += [c for c in act.children if c.dep_ == "xcomp"]  # "offered to hand over to Britain"
    for token in heads:
        for child in token.children:
            if child.dep_ in ("dobj", "dative", "iobj", "attr", "oprd") or (child.dep_ == "nsubjpass" and token.tag_.startswith("VB")):
                if child.tag_ == "IN":  # "granted asylum to X": the parser's dative is the preposition
                    child = next((g for g in child.children if g.dep_ == "pobj"), child)
                for obj in (child, *conjuncts(child)):
                    yield obj
                    yield from _prep_objects(obj)
                    yield from _origin_conjuncts(obj)
            elif child.dep_ in ("prep", "prt") and (child.lower_ in _TARGET_PREPS or (child.lower_ == "in" and _is_arrival(token))) and not _is_assistance(child):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        yield obj
                        yield from conjuncts(obj)
                        yield from _origin_conjuncts(obj)
            elif child.dep_ in ("prep", "prt", "advmod") and child.lower_ == "out":  # "pulled its troops out of Iraq"
                yield from (o for of in child.children if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj")
    if act.tag_.startswith("NN"):
        yield from _prep_objects(act)


def is_talk(token: Token) -> bool:
    """Talking, discussing, negotiating: their object and "over"/"about" phrases are topics."""
    act = trigger_at(token)
    return act is not None and act.trigger.code in ("040", "041", "046")


def _partners(talk: Token) -> Iterator[Token]:
    """ "negotiated with Iran over Yemen", "held talks with ministers from Brazil and India": who takes
    part, not what about."""
    for head in (talk, *(c for c in talk.children if c.dep_ == "dobj"), *_light_verb(talk)):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "between", "among"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        yield obj
                        yield from conjuncts(obj)
                        yield from _origin_conjuncts(obj)


def _light_verb(noun: Token) -> list[Token]:
    """ "held meetings with officials from Japan", "made a visit to Mexico": the verb over an act noun
    carries the noun's partner."""
    verb = clause_verb(noun) if noun.tag_.startswith("NN") and noun.dep_ == "dobj" else noun
    return [verb] if verb is not noun else []


def _is_arrival(token: Token) -> bool:
    """ "arrived in Islamabad": the place visited stands for its government. (Where others meet,
    "met in Geneva", names no party.)"""
    act = trigger_at(token)
    return act is not None and act.trigger.code == "042"


def _origin_conjuncts(noun: Token) -> Iterator[Token]:
    """ "officials from Japan, South Korea and China": every country after the first of the list."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield from conjuncts(obj)


def _prep_objects(noun: Token) -> Iterator[Token]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and not _is_assistance(child):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from conjuncts(obj)


# Frames whose target is the one addressed, not the one the demanded or threatened act falls on.
ADDRESSED_FRAMES = frozenset({"appeal", "demand", "threaten"})


def addressees(frame: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """ "urged Pakistan to ...", "called on the US to ...", "appealed to India", "demanded that India ...":
    who is asked or warned."""
    heads = [c for c in frame.children if c.dep_ in ("dobj", "dative", "iobj") and not trigger_at(c)]
    heads += [g for c in frame.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for g in c.children if g.dep_ == "pobj"]
    heads += [g for c in frame_children(frame) if c.dep_ in ("ccomp", "acl") for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]  # "demanded that X ..."
    return unique([a for h in heads if (a := sides.of_phrase(h, avoid=source.code)) is not None])


_OPPOSING = frozenset({"defiance", "protest", "opposition"})


def opposed(verb: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """ "blocked streets in defiance of Chinese authorities", "in protest at the Israeli raids": who the act opposes."""
    found = [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
             for noun in prep.children if noun.dep_ == "pobj" and noun.lower_ in _OPPOSING
             for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in ("of", "against", "at", "over", "to")
             for obj in inner.children if obj.dep_ == "pobj" and (a := sides.of_phrase(obj, avoid=source.code)) is not None]
    return unique(found)


def reported_subjects(frame: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """ "demanded that the US cancel ...": the one asked or refused is the clause's subject."""
    found = [a for c in frame.children if c.dep_ in ("ccomp", "xcomp") for s in subject_tokens(c)
             if (a := sides.of_phrase(s, avoid=source.code)) is not None]
    return unique(found)


def clause_actors(verb: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """Any actor named inside the act's own clause, nearest first: "lifted a curfew in Montenegro";
    not in its subject ("Vietnamese-led forces") nor a border's side ("on the Thai border")."""
    agents = {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree if c.left_edge.i <= t.i <= c.i}
    for token in sorted(verb.subtree, key=lambda t: abs(t.i - verb.i)):
        if (token.i in agents or token.tag_ not in ("NNP", "NNPS", "NN", "NNS") or not _in_clause(token, verb)
                or token.lower_ in EDGES or token.head.lower_ in EDGES or _compared(token, verb) or names_venue(token, token.head)):
            continue
        actor = sides.of_phrase(token, avoid=source.code)
        if actor is not None:
            return [actor]
    return []


def _compared(token: Token, verb: Token) -> bool:
    """ "unlike in Peru", "more than China": set beside the act by a comparison, not acted upon."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.lower_ in words("comparisons"):
            return True
        node = node.head
    return False


def _in_clause(token: Token, verb: Token, allow_acl: bool = False) -> bool:
    """The token hangs from the verb without crossing into a clause of its own; ``allow_acl`` lets
    it sit in a participle describing an object ("power lines leading into Kabul")."""
    node = token
    while node.i != verb.i:
        if node.dep_ in ("relcl", "advcl", "ccomp", "conj") or (node.dep_ == "acl" and not allow_acl) or node.head.i == node.i:
            return False
        node = node.head
    return True


def fallback_targets(code: str, source: EventActor, earlier: list[Event]) -> list[EventActor]:
    """A target the clause leaves implicit: the accuser of a denial. (A meeting's partner is no longer
    guessed from the rest of the sentence: on real news the guess was wrong more often than right.)"""
    if code == "016":
        for event in reversed(earlier):
            if event.root == "11" and event.target is not None and event.target.code[:3] == source.code[:3]:
                return [event.source]
    return []


# Acts that, naming no one else, are done within the actor's own country: easing or imposing
# restrictions, protests, mobilising, coercion ("lifted the state of emergency in Darfur").
_DOMESTIC_ROOTS = frozenset({"08", "14", "15", "17"})


_LOCATION_PREPS = frozenset({"in", "into", "inside", "near", "outside", "across", "throughout", "at", "on"})


def located_targets(act: Token, verb: Token, code: str, source: EventActor) -> list[EventActor]:
    """Force used, or restrictions imposed, in a place name no one else: the place's country is acted
    upon ("fired shells at targets in Jericho", "imposed a curfew in Cizre")."""
    if code[:2] not in _DOMESTIC_ROOTS and int(code[:2]) < 18:
        return []
    for place, country in _places([act, verb]):
        if country != source.code[:3]:
            return [EventActor(country, span_text([t for t in place.subtree if t.i <= place.i and t.dep_ != "det"]))]
        return [EventActor(country, country)]
    return []


def domestic_targets(act: Token, code: str, source: EventActor, sides: Sides, sent: Span) -> list[EventActor]:
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


def conjuncts(token: Token) -> Iterator[Token]:
    """Every word joined to this one by "and" or commas: "Germany, France and Italy" (the parser nests them)."""
    for child in token.children:
        if child.dep_ == "conj":
            yield child
            yield from conjuncts(child)


def unique(actors: list[EventActor]) -> list[EventActor]:
    seen: dict[str, EventActor] = {}
    for actor in actors:
        seen.setdefault(actor.code, actor)
    return list(seen.values())
