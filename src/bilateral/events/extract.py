"""Dyadic events from the parse: for each clause, who did what to whom, coded in CAMEO.

The act and both actors come from the same clause (GDELT's failure is to take them from
unrelated parts of a story): ``acts`` finds the acts, ``parties`` their sources and targets.
Frame words code the act they govern in their frame: "agreed to release" is an intent, "demanded
the release" a demand. "will" makes an act an intent (meetings excepted: a scheduled meeting is a
meeting); "must" in reported speech a demand by the speaker. Negated acts and acts under "if" are
kept but marked, not asserted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from ..actors.extract import article_day
from ..knowledge.organizations import sector_of
from ..records import ActorMention, Article, Event, EventActor, Quote
from .acts import DOING_VERBS, Act, clause_verb, governed_chain, trigger_at, verb_in
from .cameo import cameo
from .confidence import confidence, is_confident
from .lexicon import FAMILIES, INTENT_ADJECTIVES
from .parties import (
    ADDRESSED_FRAMES,
    act_sources,
    act_targets,
    addressees,
    clause_actors,
    domestic_targets,
    fallback_targets,
    in_purpose_clause,
    is_talk,
    located_targets,
    noun_agent,
    opposed,
    reported_subjects,
    subject_tokens,
    unique,
)
from .sides import Sides
from .speech import causative_acts, judging_acts, naming_acts
from .words import words

# Consultations are mutual, as CAMEO codes them: one side visits (042), the other hosts (043).
_MUTUAL = {"040": "040", "041": "041", "042": "043", "043": "042", "044": "044", "046": "046"}
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_DENY = frozenset({"deny", "denies", "denied", "denying"})
_WILL = frozenset({"will", "'ll", "shall", "wo"})
_MUST = frozenset({"must", "should", "ought"})
_MAYBE = frozenset({"would", "could", "might", "may", "'d"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_BLAME_WORDS = frozenset({"responsible", "complicit", "involved", "culpable", "guilty", "behind"})
_NEAR = 40  # characters between the act word and the target's words
_LONG_SENTENCE = 40  # tokens: beyond it the parser's attachments grow less reliable
_MAX_SENTENCE_TOKENS = 150  # longer "sentences" are tables or run-on lists: their parse is not worth coding


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
    acts = [act for token in sent if (act := trigger_at(token)) is not None and not _courtesy(token) and not _other_sense(act)]
    governed: set[int] = set()
    for act in acts:
        if act.trigger.frame:
            governed.update(a.token.i for a in governed_chain(act.token, acts))
    for act in acts:
        if act.token.i in governed:
            continue
        yield from _code(act, acts, sent, sides, article, date, earlier)
    yield from _blame_events(sent, sides, article, date)
    yield from _judgement_events(sent, sides, article, date)
    yield from _must_events(sent, sides, article, date, acts)
    yield from _spoken_events(sent, sides, article, date, acts)
    yield from _received_events(sent, sides, article, date, acts)


def _received_events(sent: Span, sides: Sides, article: Article, date: str | None, acts: list[Act]) -> Iterator[Event]:
    """ "The plan drew criticism from Britain", "Iran faced sanctions from the EU": the "from" phrase
    does the act the object names, to the subject (or its owner)."""
    for act in acts:
        noun, receiver = act.token, act.token.head
        if not noun.tag_.startswith("NN") or noun.dep_ != "dobj" or receiver.lower_ not in words("receiving"):
            continue
        givers = [o for h in (noun, receiver) for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
        quote = sides.quote_at(noun.idx)
        if _mood(receiver, quote) != "asserted":
            continue
        for source in (s for giver in givers if (s := sides.of_phrase(giver)) is not None):
            for subject in subject_tokens(receiver):
                target = sides.of_phrase(subject, avoid=source.code)
                if target is not None and target.code != source.code:
                    evidence = ("source:giver", "target:receiver", "act:noun")
                    yield _event(sides, article, sent, source, target, act.trigger.code, noun, "asserted", quote, date, evidence)


def _spoken_events(sent: Span, sides: Sides, article: Article, date: str | None, acts: list[Act]) -> Iterator[Event]:
    """Criticism or praise by naming ("called Putin a bully") and demands by making someone act
    ("vowed to make Canada pay"), where no act word of the lexicon is the verb."""
    by_token = {a.token.i: a for a in acts}
    for spoken in (*naming_acts(sent), *causative_acts(sent)):
        verb = spoken.verb
        quote = sides.quote_at(verb.idx)
        if verb.i in by_token or _mood(verb, quote) in ("negated", "refused", "hypothetical") or _in_leading_condition(verb, sent):
            continue
        code = spoken.code
        inner = by_token.get(spoken.inner.i) if spoken.inner is not None else None
        if inner is not None and not inner.trigger.frame:
            code = FAMILIES[inner.trigger.family].demand  # "make Iran release the sailors": a demand for their release
        for subject in subject_tokens(verb):
            source = sides.of_phrase(subject)
            target = sides.of_phrase(spoken.target, avoid=source.code) if source is not None else None
            if source is not None and target is not None and target.code != source.code:
                evidence = ("source:subject", "target:made" if spoken.inner is not None else "target:named", "act:verb")
                yield _event(sides, article, sent, source, target, code, verb, "asserted", quote, date, evidence)


def _blame_events(sent: Span, sides: Sides, article: Article, date: str | None) -> Iterator[Event]:
    """ "He said India is behind the attacks": reported blame is an accusation by the speaker."""
    for token in sent:
        if token.lower_ not in _BLAME_WORDS or token.dep_ not in ("prep", "acomp", "attr"):
            continue
        quote = sides.quote_at(token.idx)
        speaker = sides.speaker_of(quote) if quote is not None else None
        if quote is None or speaker is None:
            continue
        for subject in subject_tokens(token.head):
            accused = sides.of_phrase(subject, avoid=speaker.code)
            if accused is not None and accused.code[:3] != speaker.code[:3]:
                yield _event(sides, article, sent, speaker, accused, "112", token, "asserted", quote, date, ("source:speaker", "target:blamed", "speech"))


def _judgement_events(sent: Span, sides: Sides, article: Article, date: str | None) -> Iterator[Event]:
    """ "Clinton said Putin is a bully": saying what another is, in charged words, is criticism or
    praise by the speaker."""
    for judged in judging_acts(sent, lambda word: sides.quote_at(word.idx) is not None):
        quote = sides.quote_at(judged.verb.idx)
        speaker = sides.speaker_of(quote) if quote is not None else None
        if speaker is None or _mood(judged.verb, quote) != "asserted" or not _is_actor_word(judged.target, sides):
            continue  # "the weather in Paris was terrible" judges no actor
        target = sides.of_phrase(judged.target, avoid=speaker.code)
        if target is not None and target.code[:3] != speaker.code[:3]:
            evidence = ("source:speaker", "target:judged", "act:verb", "speech")
            yield _event(sides, article, sent, speaker, target, judged.code, judged.verb, "asserted", quote, date, evidence)


def _is_actor_word(head: Token, sides: Sides) -> bool:
    """The word names an actor itself ("Putin", "the Chinese government"), not a thing of one."""
    return head.i in sides.by_token or sector_of(head.text) is not None


def _must_events(sent: Span, sides: Sides, article: Article, date: str | None, acts: list[Act]) -> Iterator[Event]:
    """ "X declared that China must drop barriers": a demand by the speaker on China, whatever the act."""
    coded = {a.token.i for a in acts}
    for verb in sent:
        if verb.i in coded or not verb.tag_.startswith("VB") or not any(c.lower_ in _MUST and c.dep_ == "aux" for c in verb.children):
            continue
        quote = sides.quote_at(verb.idx)
        if quote is not None:
            yield from _reported_demand(verb, "100", sent, sides, quote, article, date)


def _code(act: Act, acts: list[Act], sent: Span, sides: Sides, article: Article, date: str | None, earlier: list[Event]) -> Iterator[Event]:
    token, trigger = act.token, act.trigger
    code, inner = trigger.code, act
    frame = trigger.frame
    if frame == "intent" and token.lower_ in words("desire") and _asks_another(token):
        frame, code = "appeal", FAMILIES[trigger.family].appeal  # "want Japan to spend more": an appeal to Japan
    if frame == "reject" and token.lower_ in _DENY and any(c.dep_ == "ccomp" for c in token.children):
        frame, code = None, "016"  # "denied that its troops were in Ukraine": a denial, not a refusal
    chain = governed_chain(token, acts) if frame else []
    if frame and chain:
        inner = chain[-1]
        if not inner.trigger.frame:
            code = getattr(FAMILIES[inner.trigger.family], frame)
    if code[:2] in ("18", "19", "20") and _through_media(token):
        code = "111"  # "attacked China in a televised speech", "targeted Canada on social media": words, not force
    verb = clause_verb(token)
    quote = sides.quote_at(token.idx)
    mood = "hypothetical" if _in_leading_condition(token, sent) else _mood(verb, quote)
    if _ended(token, verb):
        mood = "negated"  # "had stopped supporting the group": the act is no longer done
    if token.tag_.startswith("NN") and not frame and any(c.dep_ == "amod" and c.lower_ in words("planned") for c in token.children):
        code = FAMILIES[trigger.family].intent  # "a planned trip to Serbia": an intent to visit, not a visit
    if mood == "intent" and not frame:
        if trigger.family != "consult" or quote is not None:  # a scheduled meeting is a meeting
            code = FAMILIES[trigger.family].intent
        if int(trigger.code[:2]) >= 10 and code[:2] == "03":
            code = FAMILIES[trigger.family].threaten  # "would sue the US": an announced hostile act is a threat
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
    sources = act_sources(token, verb, sides, quote, code)
    source_by = _source_evidence(token, sources)
    for source in sources:
        code = _irregular(code, source)
        targets, target_by = _targets(act, inner, chain, frame, code, verb, source, sources, sides, quote, sent, earlier)
        if not targets and ((token.tag_.startswith("NN") and noun_agent(token, sides) is None and not verb_in(verb, DOING_VERBS))
                            or (frame and inner is act and not _has_complement(token))):
            continue  # a noun or a bare frame word ("asked") with no one acted upon says nothing dyadic
        if frame == "appeal" and inner is not act and target_by != "addressed" and int(inner.trigger.code[:2]) >= 15:
            code = FAMILIES[inner.trigger.family].threaten  # "called for tariffs on China": force or sanctions against it
        evidence = _evidence(token, sent, quote, frame, source_by, target_by)
        sides_acted_on: list[EventActor | None] = list(targets) or [None]
        for target in sides_acted_on:
            yield _event(sides, article, sent, source, target, code, token, mood, quote, date, evidence)
            if target is not None and code in _MUTUAL:  # a meeting or talks: each side meets the other
                yield _event(sides, article, sent, target, source, _MUTUAL[code], token, mood, quote, date, (*evidence, "mutual"))


def _targets(act: Act, inner: Act, chain: list[Act], frame: str | None, code: str, verb: Token, source: EventActor,
             sources: list[EventActor], sides: Sides, quote: Quote | None, sent: Span, earlier: list[Event]) -> tuple[list[EventActor], str]:
    """Who the act is done to, and how they were found: the first rule that names someone, from the
    act's own arguments down to guesses from the rest of the sentence."""
    token = act.token
    tries: list[tuple[str, Callable[[], list[EventActor]]]] = [
        ("opposed", lambda: opposed(verb, source, sides)),
        ("addressed", lambda: addressees(token, source, sides) if frame in ADDRESSED_FRAMES else []),
        *(("argument", lambda link=link: act_targets(link.token, token, source, sides, quote, sent)) for link in reversed(chain)),
        ("argument", lambda: act_targets(token, token, source, sides, quote, sent)),
        ("purpose", lambda: act_targets(verb.head, verb.head, source, sides, quote, sent) if in_purpose_clause(verb) else []),
        ("consequence", lambda: _affected(verb, source, sides)),
        ("reported-subject", lambda: reported_subjects(token, source, sides) if frame else []),
        ("co-agent", lambda: [s for s in sources if s.code != source.code] if _mutual(code) else []),  # "X and Y agreed": each to the other
        ("accuser", lambda: fallback_targets(code, source, earlier)),
        ("clause", lambda: clause_actors(verb, source, sides)),
        ("condition", lambda: _conditioned(token, [link.token for link in chain], source, sides) if code[:2] in ("03", "13") else []),
    ]
    for name, find in tries:
        found = find()
        targets = _others(found, source)
        if targets:
            return targets, name
        if name == "argument" and (found or _object_actor(token, sides)):
            return [], name  # "Rubio mocked Trump": the act names its own target, of the source's side; none is guessed
        if name == "argument" and is_talk(token):
            return [], name  # a talk's other words are its topic
    acted = inner.trigger.code  # "threatened to impose martial law": imposing is the domestic act
    located = located_targets(token, verb, acted, source)
    if located:
        return located, "place"
    return domestic_targets(token, acted, source, sides, sent), "domestic"


def _affected(verb: Token, source: EventActor, sides: Sides) -> list[EventActor]:
    """ "lifted sanctions, giving Iran access to its funds", "withdrew, allowing the rebels to enter": a
    participle of giving or letting names who the act falls on."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lower_ in words("consequences")]
    who = [w for c in clauses for w in c.children if w.dep_ in ("dative", "dobj")]
    who += [w for c in clauses for inner in c.children if inner.dep_ == "ccomp" for w in inner.children if w.dep_ == "nsubj"]
    return [a for w in who if (a := sides.of_phrase(w, avoid=source.code)) is not None]


def _object_actor(act: Token, sides: Sides) -> bool:
    """The act's direct object is an actor, whoever it is."""
    return any(c.dep_ in ("dobj", "dative") and sides.of_phrase(c) is not None for c in act.children)


def _irregular(code: str, source: EventActor) -> str:
    """CAMEO's fight (19) is conventional force by organised armed forces (rebels included); violence
    by unidentified attackers or terrorist groups is an assault (18): "the attack on the embassy
    in Kabul"."""
    if code[:2] == "19" and (source.code[3:] == "UAF" or source.code[:3] == "IMG"):
        return "180"
    return code


def _mutual(code: str) -> bool:
    """Acts two subjects do with each other: agreeing, meeting, signing, cooperating ("China and Russia
    support the government" is no support of one another)."""
    return code[:2] in ("03", "04", "06") or code == "057"


def _others(targets: list[EventActor], source: EventActor) -> list[EventActor]:
    return [t for t in targets if t.code != source.code and (t.actor_key is None or t.actor_key != source.actor_key)]


def _source_evidence(token: Token, sources: list[EventActor]) -> str:
    if any(s.name in ("unidentified forces", "authorities") and s.actor_key is None for s in sources):
        return "source:unnamed"
    if token.tag_.startswith("NN"):
        return "source:possessor"
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
        return "source:passive"  # "Turkey has been criticised": the one named is more often the one acted upon
    return "source:subject"


def _evidence(token: Token, sent: Span, quote: Quote | None, frame: str | None, source_by: str, target_by: str) -> tuple[str, ...]:
    """The named evidence an event's confidence is weighed from (see confidence.py)."""
    found = [source_by, f"target:{target_by}", _act_form(token)]
    if quote is not None:
        found.append("speech")
    if frame:
        found.append("frame")
    if len(sent) > _LONG_SENTENCE:
        found.append("long-sentence")
    return tuple(found)


def _other_sense(act: Act) -> bool:
    """Act words used in another sense: "refugees arriving", "when it comes to trade" (no visit),
    "helped sway the vote" (a helping verb, no aid), "wants a war" (a wish)."""
    token = act.token
    if token.lower_ in words("desire") and not _asks_another(token):
        return True  # "voters want to know", "wants a war": a wish, no act on anyone (wanting another to act is an appeal)
    if act.trigger.code[:2] == "04" and any(c.dep_ == "dobj" and c.lower_ in words("measures") for c in token.children):
        return True  # "meet the bar", "met the deadline"
    if act.trigger.code == "042" and token.dep_ == "acl" and (token.head.lower_ in words("movers") or token.head.ent_type_ == "NORP"):
        return True  # "the Syrians arriving in the United States": a people moving, no visit
    if act.trigger.code == "042" and token.tag_.startswith("VB"):
        return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in words("movers") or any(
            g.dep_ == "pobj" and g.head.head.i == c.i and g.lower_ in words("movers") for g in c.subtree)) for c in token.children)
    if act.trigger.family == "aid" and token.lower_.startswith("help") and token.tag_.startswith("VB"):
        return any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" for c in token.children)
    return False


def _courtesy(token: Token) -> bool:
    """ "I wish to convey my thanks", "would like to express our gratitude": a formula of politeness
    that does the inner act and announces no intent."""
    return token.lower_ in words("desire") and any(c.dep_ == "xcomp" and c.lower_ in words("conveying") for c in token.children)


def _asks_another(token: Token) -> bool:
    """ "want Japan to spend more", "wished the talks to succeed": someone else is to do the infinitive."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
            return True
        if child.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in token.children):
            return True
    return False


def _through_media(token: Token) -> bool:
    """The act's clause says it was done in words: "on social media", "in a speech", "via Twitter"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "via", "through", "during"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lower_ in words("media") or any(c.lower_ in words("media") for c in obj.children)):
                    return True
    return False


def _ended(token: Token, verb: Token) -> bool:
    """The act is the verb a verb of ending governs: "stopped supplying gas", "ceased to fund". (An
    event named by a noun has happened when it ends: "ended a three-day visit".)"""
    return any(node.tag_.startswith("VB") and node.dep_ in ("xcomp", "pcomp") and node.head.lower_ in words("cessation")
               for node in (token, verb))


def _has_complement(frame: Token) -> bool:
    """ "agreed to postpone the march", "accepted a formula": the frame word says what was agreed or refused."""
    return any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ in ("pcomp", "pobj") for g in c.children))
               for c in frame.children)  # "committed to opening up the economy"


def _same_side(source: EventActor, target: EventActor) -> bool:
    """ "The United States said it would protect the United States": one actor on both sides is no
    dyad. (A president acting on his country's opposition, or protesters on their state, are.)"""
    if source.actor_key is not None and source.actor_key == target.actor_key:
        return True
    return source.code == target.code and source.name.lower() == target.name.lower()


def _act_form(token: Token) -> str:
    """A verb does the act; a noun does it as the object or subject of its clause ("launched an
    attack", "the attack killed ten"); elsewhere a noun only mentions it ("an example of retaliation")."""
    if not token.tag_.startswith("NN"):
        return "act:verb"
    if token.dep_ in ("dobj", "nsubjpass", "ROOT") or (token.dep_ == "nsubj" and token.head.lower_ not in _BE):
        return "act:noun"
    return "act:noun-mention"  # "the agreement with Iran is not good": the act is what the sentence is about, not what it reports


def _event(sides: Sides, article: Article, sent: Span, source: EventActor, target: EventActor | None, code: str, token: Token,
           mood: str, quote: Quote | None, date: str | None, evidence: tuple[str, ...]) -> Event:
    info = cameo(code)
    named = sides.named_countries(sent)
    evidence = (*evidence, f"mood:{mood}", f"quad:{info.quad_class}", f"root:{info.root}",
                *(f"{side}:country-named" for side, actor in (("source", source), ("target", target))
                  if actor is not None and actor.code[:3] in named),
                *(f"{side}:unplaced-body" for side, actor in (("source", source), ("target", target))
                  if actor is not None and actor.code == "NGO"))  # a foundation or union of no known country
    if target is not None and target.start is not None and abs(target.start - token.idx) <= _NEAR:
        evidence = (*evidence, "target:near")
    sure = confidence(evidence) if target is not None and not _same_side(source, target) else 0.0
    ident = hashlib.sha1(f"{article.id}:{sent.start_char}:{token.idx}:{source.code}:{target.code if target else '-'}:{code}".encode()).hexdigest()[:16]
    text = sent.text.rstrip()
    return Event(
        id=ident, article_id=article.id, sentence=text, start=sent.start_char, end=sent.start_char + len(text),
        source=source, target=target, cameo=code, root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
        plover=info.plover, date=date, trigger=token.text, trigger_start=token.idx, trigger_end=token.idx + len(token.text),
        mood=mood, quote_id=quote.id if quote is not None else None,
        confidence=sure, evidence=evidence, confident=mood == "asserted" and is_confident(sure),
    )


def _mood(verb: Token, quote: Quote | None) -> str:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" or c.lower_ in _NEGATIONS and c.dep_ == "advmod" for c in verb.children)
    chain = verb
    while chain.dep_ in ("xcomp", "conj") and chain.head.i != chain.i:
        chain = chain.head
        auxes |= {c.lower_ for c in chain.children if c.dep_ in ("aux", "auxpass")}
        negated = negated or any(c.dep_ == "neg" for c in chain.children)
        if chain.head.lower_ in INTENT_ADJECTIVES or chain.lower_ in INTENT_ADJECTIVES:
            auxes.add("will")
    if verb.dep_ == "xcomp" and verb.head.lower_ in INTENT_ADJECTIVES:
        auxes.add("will")
    if _conditional(verb) or (auxes & _MAYBE and "have" in auxes) or _ability(verb):
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


def _ability(verb: Token) -> bool:
    """ "being able to negotiate", "capable of striking": what one can do is not what one did."""
    head = verb.head
    return verb.dep_ in ("xcomp", "pcomp") and (head.lower_ in ("able", "unable", "capable") or head.head.lower_ in ("able", "unable", "capable"))


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
             for subject in subject_tokens(clause) if (a := sides.of_phrase(subject, avoid=source.code)) is not None]
    return unique(found)


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
        if node.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or node.head.i == node.i:
            return False
        if node.dep_ == "ccomp":
            return False
        node = node.head
    return False


def _reported_demand(verb: Token, code: str, sent: Span, sides: Sides, quote: Quote, article: Article, date: str | None) -> Iterator[Event]:
    """ "X said Y must do Z": a demand by the speaker on Y (the act's own demand code when it is in
    our lexicon, 100 otherwise). Advice to one's own side is no demand."""
    speaker = sides.speaker_of(quote)
    if speaker is None:
        return
    for subject in subject_tokens(verb):
        target = sides.of_phrase(subject, avoid=speaker.code)
        if target is not None and target.code[:3] != speaker.code[:3]:
            yield _event(sides, article, sent, speaker, target, code, verb, "asserted", quote, date, ("source:speaker", "target:demanded", "speech"))
