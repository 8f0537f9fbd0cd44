"""Statements in an article: who said what, direct, reported or mixed.

Two sources of evidence meet here. The dependency parse gives attributions: a reporting verb,
its subject (the speaker) and its clause (the content), or "according to X". Quote marks give
quoted stretches. A quoted stretch inside or beside an attribution's content widens it; one
with no cue of its own continues the last speaker ("floating" quotes) or, when short and
unattributed, is a scare quote or a title and no statement at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..nlp.tokens import head_of, span_text
from ..records import ActorMention, Article, Quote, Speaker
from .cues import (
    ACCORDING,
    ADJACENT_ONLY,
    ALWAYS,
    BELIEF,
    COMPLEMENT,
    EVIDENCE,
    INFINITIVE,
    INTENT,
    NOUN_CUES,
    PREDICATE,
    SPEECH,
    STANCE_NOUNS,
    STANCE_PREPOSITIONS,
    is_cue_verb,
)
from .marks import QuoteSpan, quote_spans
from .speakers import SpeakerResolver

_MIN_CONTENT_WORDS = 3
_REPORTING_NOUNS = NOUN_CUES | STANCE_NOUNS
_ADDRESSED = frozenset(["speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking"])
_SCARE_QUOTE_WORDS = 5  # an unattributed quoted phrase shorter than this is no statement
_CONTEXT_PARAGRAPHS = 2  # a floating quote continues a speaker quoted this recently
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Passive cues whose subject is still the speaker; for the rest ("is expected to", "was asked")
# the subject is what the statement is about, and only "by X" names a speaker.
_PASSIVE_SPEAKERS = frozenset({"quoted", "heard", "recorded", "overheard"})
_CONTENT_DEPS = ("ccomp", "dobj", "xcomp", "advcl", "conj", "parataxis")


@dataclass
class _Attribution:
    start: int
    end: int
    cue: Token | None
    source: list[Token]
    sentence: Span
    speaker: Speaker | None = None
    pieces: int = 1
    verbatim: bool = False  # the speaker's own words without quote marks (a transcript turn)
    inferred: bool = False  # no cue: the speaker is read from the sentence before
    beside: bool = False  # the content is a quotation right beside the cue


def find_quotes(doc: Doc, article: Article, actors: tuple[ActorMention, ...]) -> tuple[Quote, ...]:
    body = article.body
    marks = quote_spans(body)
    resolver = SpeakerResolver(doc, actors, marks)
    attributions = _parse_attributions(doc, marks, body)
    attributions = _widen_to_marks(attributions, marks, body)
    attributions = _attach_loose_marks(doc, attributions, marks, body)
    turns = _transcript_turns(doc, body)
    if turns:  # words said within a turn belong to it: "PENCE: Well, you know, ..."
        attributions = [a for a in attributions if not any(t.start <= a.start < t.end for t in turns)] + turns
    attributions.sort(key=lambda a: a.start)
    quotes = []
    for n, attribution in enumerate(attributions):
        speaker = attribution.speaker or resolver.resolve(attribution.source, attribution.start)
        if attribution.inferred and speaker.resolved_by in ("name", "pronoun", "description"):
            # no words in the quotation's own sentence name the speaker (SPEC: surface is those words)
            speaker = replace(speaker, resolved_by="context", surface=None, start=None, end=None)
        resolver.spoke(speaker, attribution.start)
        text = body[attribution.start : attribution.end]
        cue = attribution.cue
        quotes.append(
            Quote(
                id=f"{article.id}:q{n + 1}",
                article_id=article.id,
                kind="direct" if attribution.verbatim else _kind(attribution.start, attribution.end, marks, body),
                text=text,
                start=attribution.start,
                end=attribution.end,
                speaker=speaker,
                cue=_cue_text(cue) if cue is not None else None,
                cue_start=cue.idx if cue is not None else None,
                cue_end=cue.idx + len(cue.text) if cue is not None else None,
            )
        )
    return tuple(_with_context(quotes))


# -- attributions from the parse -------------------------------------------------------------


def _parse_attributions(doc: Doc, marks: list[QuoteSpan], body: str) -> list[_Attribution]:
    inside = _Inside(marks, body)
    found: list[_Attribution] = []
    for sent in doc.sents:
        for token in sent:
            if inside.inner(token.idx):
                continue  # a verb inside a quotation belongs to the quoted speech
            if token.lower_ in ACCORDING and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                attribution = _according_to(token, sent)
            elif (token.tag_.startswith("VB") or token.lower_ in ALWAYS) and is_cue_verb(token.text):
                attribution = _verb_attribution(token, sent, inside)
            elif token.lower_ in ADJACENT_ONLY and not token.text[:1].isupper():  # the tagger may call "answers" a noun
                attribution = _beside_only(token, sent, inside)
            elif token.tag_ in ("NN", "NNS") and token.lower_ in _REPORTING_NOUNS:
                attribution = _noun_attribution(token, sent) or _stance_attribution(token, sent)
            else:
                continue
            if attribution is not None:
                found.append(attribution)
    return _drop_nested(found)


def _with_conjuncts(verb: Token, content: list[Token]) -> list[Token]:
    """ "agreed to share a currency and rely on one another": a coordinated predicate with no
    subject of its own, hung on the cue by the parse, continues the content."""
    if not content:
        return content
    end = content[-1].i
    extra: list[Token] = []
    for child in verb.children:
        if child.i <= end or child.dep_ not in ("conj", "cc"):
            continue
        if child.dep_ == "conj" and (is_cue_verb(child.text) or any(c.dep_ in _SUBJECTS for c in child.children)):
            break
        extra.extend(child.subtree)
    return _trim(content + extra) if extra and any(t.dep_ == "conj" for t in extra) else content


def _verb_attribution(verb: Token, sent: Span, inside: _Inside) -> _Attribution | None:
    low = verb.lower_
    if verb.dep_ in ("amod", "compound") or verb.tag_ == "VBN" and verb.dep_ == "acl":
        return None  # "the said agreement", "a widely reported deal"
    if verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children) and not is_cue_verb(verb.head.text):
        return None  # "will meet officials to discuss ...": a purpose, not a statement
    source = _subject(verb, inside.inner) or _loose_subject(verb, inside)
    if not source and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "Asked about ...": a passive participle reports nothing by itself
    beside = _adjacent_quote(verb, inside, source)
    if beside is not None:
        return _Attribution(beside.start, beside.end, verb, source, sent, beside=True)
    content = _content_tokens(verb, low)
    if content is None:
        return None
    content = _with_conjuncts(verb, content)
    words = [t for t in content if t.is_alpha]
    needed = 2 if low in COMPLEMENT else _MIN_CONTENT_WORDS  # "called him a charlatan"
    if low in COMPLEMENT and len(words) == 1 and content[0].tag_ in ("NNP", "NNPS"):
        needed = 1  # "endorsed Trump"
    if len(words) < needed and not any(inside.inner(t.idx) for t in content):
        return None
    start, end = _extent(content)
    return _Attribution(start, end, verb, source, sent)


def _beside_only(verb: Token, sent: Span, inside: _Inside) -> _Attribution | None:
    """Verbs that report speech only right beside a quotation: '"...," Bozell answers'."""
    source = _subject(verb, inside.inner) or _loose_subject(verb, inside)
    beside = _adjacent_quote(verb, inside, source) if source else None
    return _Attribution(beside.start, beside.end, verb, source, sent, beside=True) if beside else None


def _adjacent_quote(verb: Token, inside: _Inside, source: list[Token]) -> QuoteSpan | None:
    """ '"...," he said' or 'said Khan: "..."': a quotation right beside the speaker and cue."""
    doc, marks, body = verb.doc, inside.marks, inside.body
    core = [verb, *source] + [
        t for c in verb.children if c.dep_ in _SUBJECTS + ("aux", "neg", "advmod", "dative") and not inside.inner(c.idx) for t in c.subtree
    ]
    core += [t for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and not c.is_quote for t in c.subtree]  # "told reporters"
    first, last = min(t.i for t in core), max(t.i for t in core)
    nearest = [min(source, key=lambda t: abs(t.i - verb.i))] if source else []
    heads = [verb] + [c for c in verb.children if c.dep_ in _SUBJECTS and not inside.inner(c.idx)] + nearest
    if max(t.i for t in heads) - min(t.i for t in heads) > 12:
        return None
    left_edge, right_edge = doc[first].idx, doc[last].idx + len(doc[last].text)
    before = next((m for m in marks if 0 <= left_edge - m.end <= 3 and not body[m.end : left_edge].strip(" ,")), None)
    after = next((m for m in marks if 0 <= m.start - right_edge <= 3 and not body[right_edge : m.start].strip(" ,:")), None)
    if before is not None and before.start > verb.sent.start_char and body[verb.sent.start_char : before.start].strip(" \t\n\"“‘'(—–-"):
        before = None  # 'relations with India "right now", Khan said': the whole clause is the statement
    if before is not None and any(c.dep_ == "ccomp" and c.i > verb.i and not (after and after.start <= c.idx < after.end) for c in verb.children):
        before = None  # 'Amid chants of "Marco!", the senator said his campaign ...': the clause is the content
    if after is not None and verb.lower_ in COMPLEMENT and any(c.dep_ == "dobj" and not inside.inner(c.idx) for c in verb.children):
        after = None  # 'called half of his supporters "deplorables"': the object belongs to the statement
    if after is not None and after.end < verb.sent.end_char and body[after.end : verb.sent.end_char].strip(" \t\n.,;!?)\"”’'"):
        after = None  # 'Obama said "it gets me mad" every time ...': the quotation is part of a longer clause
    if before is not None and after is not None:
        # '"A," he said, "B."': one statement in two pieces
        return QuoteSpan(before.start, after.end, before.inner_start, after.inner_end, after.closed)
    return before or after


def _content_tokens(verb: Token, low: str) -> list[Token] | None:
    """The clause a reporting verb governs, or the clause it interrupts ('"...," he said')."""
    if low in PREDICATE:
        right = [t for t in verb.subtree if t.i >= verb.i and t.dep_ not in ("punct",)]
        return _trim(right)
    complements = _complements(verb)
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and (low in INFINITIVE or low in INTENT)) or (child.dep_ == "parataxis" and child.i > verb.i):
            tokens = [t for t in child.subtree]
            if child.dep_ == "xcomp":
                obj = [t for c in verb.children if c.dep_ in ("dobj",) and c.i < child.i for t in c.subtree]
                tokens = obj + tokens
            tokens = _trim(_without_mark(tokens))
            if verb.dep_ == "parataxis" and verb.head.i < verb.i and _is_interjected(verb):
                # "Mr. Trump is so reckless, the vice president said, that if ...": both sides
                lead = [t for t in verb.head.subtree if t.i < verb.left_edge.i]
                tokens = _trim(lead) + tokens
            return tokens
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in noun.children:
            if clause.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return _trim(_without_mark(list(clause.subtree)))  # "expressed optimism that ..."
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and head.i != verb.i and verb.tag_ in ("VBD", "VBZ", "VBP") and _is_interjected(verb):
        tokens = [t for t in head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        return _trim(tokens)  # "The museum, Mr. Bush said, celebrated ..."
    that_clause = _that_clause(verb)
    if that_clause and (low in SPEECH or low in BELIEF or low in EVIDENCE):
        return that_clause  # "told a meeting of island leaders that ...": the parse hung the clause elsewhere
    if low in BELIEF and low not in SPEECH or low in INTENT and low not in SPEECH:
        return None
    if complements and (low in COMPLEMENT or low in INFINITIVE or low in EVIDENCE or _is_said_thing(complements)):
        return complements  # "Polls show a close contest", "described X as ..."
    if low in COMPLEMENT or low in EVIDENCE:
        return None
    if verb.dep_ == "ROOT":
        # '"...," he said.' parsed with the quote as the verb's object or left dependent
        left = [t for c in verb.children if c.i < verb.i and c.dep_ in _CONTENT_DEPS + ("dep",) for t in c.subtree]
        if left:
            return _trim(left)
    return None


def _that_clause(verb: Token) -> list[Token]:
    """Everything after the first "that" to the right of the verb, within the verb's phrase."""
    right = [t for t in verb.subtree if t.i > verb.i]
    for n, t in enumerate(right[:12]):
        if t.lower_ == "that" and t.dep_ == "mark":
            return _trim(right[n + 1 :])
        if t.is_punct and t.text not in ("'s",) or is_cue_verb(t.text):
            break
    return []


def _complements(verb: Token) -> list[Token]:
    """The object and complements right of the verb: "the holiday 'a celebration of ...'"."""
    tokens: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in ("about", "of", "on") and verb.lower_ in _ADDRESSED:
            continue  # "spoke to the media", "spoke at a rally": not what was said
        if child.i > verb.i and child.dep_ in ("dobj", "oprd", "prep", "xcomp", "ccomp", "dative", "attr", "acomp"):
            tokens.extend(child.subtree)
        elif child.i > verb.i and child.dep_ in ("cc", "conj", "punct") and tokens:
            break
    return _trim(tokens)


def _is_said_thing(tokens: list[Token]) -> bool:
    """An object that is itself what was said, not its hearer ("added the words ..." but not "told reporters")."""
    head = head_of(tokens)
    return any(t.is_quote for t in tokens) and head.ent_type_ not in ("PERSON", "ORG", "NORP") and head.tag_ != "PRP"


def _is_interjected(verb: Token) -> bool:
    """ "he said" set off by commas or quote marks inside or after the clause it reports."""
    first = next(t for t in verb.subtree if not t.is_punct or t.i == verb.i)  # the parse may hang the comma on the verb
    before = verb.doc[first.i - 1] if first.i > 0 else None
    return before is not None and (before.is_punct or before.is_quote)


def _subject(verb: Token, quoted: Callable[[int], bool] = lambda _offset: False) -> list[Token]:
    """The speaker's words; a "subject" inside a quotation is the parse misreading the quote."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _noun_phrase(objects[0])  # "was described by Khan as ..."
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and not quoted(child.idx):
            return _noun_phrase(child)
        if child.dep_ == "nsubjpass" and verb.lower_ in _PASSIVE_SPEAKERS and not quoted(child.idx):
            return _noun_phrase(child)  # "Khan was quoted as saying"
    if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head.i != verb.i and verb.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VB"):
        return _subject(verb.head, quoted)  # "..., saying that ...", "said X and added Y"
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.tag_.startswith("NN"):
        return _noun_phrase_without(verb.head, verb)  # "Paul Ryan, admitting that ..."
    if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
        return _subject(verb.head.head, quoted)  # "... by saying that ..."
    return []


def _loose_subject(verb: Token, inside: _Inside) -> list[Token]:
    """A speaker the parse failed to attach, between a quotation and the verb:
    '"...," Flynn, a top Trump surrogate, said'."""
    if verb.lower_ not in SPEECH and verb.lower_ not in ADJACENT_ONLY:
        return []
    doc = verb.doc
    left: list[Token] = []
    i = verb.i - 1
    while i >= verb.sent.start and len(left) < 14 and not (doc[i].is_quote or inside.inner(doc[i].idx)):
        left.insert(0, doc[i])
        i -= 1
    left = _trim(left)
    if left and i >= verb.sent.start and doc[i].is_quote and left[0].tag_ in ("NNP", "NNPS", "PRP"):
        return left
    return []


def _noun_phrase_without(head: Token, clause: Token) -> list[Token]:
    skip = {t.i for t in clause.subtree}
    return _trim([t for t in head.subtree if t.i not in skip])


def _noun_phrase(head: Token) -> list[Token]:
    """The speaker's words: the whole subject, appositions and relative clauses included
    ("Michael Mulgrew, president of the United Federation of Teachers")."""
    return _trim(list(head.subtree))


def _noun_attribution(noun: Token, sent: Span) -> _Attribution | None:
    """ "Khan's claim that 70,000 Pakistanis died": a reporting noun with a that-clause."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "ccomp", "relcl") and clause.i > noun.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
        ):
            content = _trim(_without_mark(list(clause.subtree)))
            if len([t for t in content if t.is_alpha]) < _MIN_CONTENT_WORDS:
                return None
            owner = [c for c in noun.children if c.dep_ == "poss"]
            source = _trim([t for t in owner[0].subtree if t.tag_ != "POS"]) if owner else []
            start, end = _extent(content)
            return _Attribution(start, end, noun, source, sent)
    return None


def _stance_attribution(noun: Token, sent: Span) -> _Attribution | None:
    """ "Trump's criticism of the deal", "calls from lawmakers for an inquiry": a held stance."""
    if noun.lower_ not in STANCE_NOUNS:
        return None
    owner = [c for c in noun.children if c.dep_ == "poss"]
    agents = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"]
    holder = owner or agents
    if not holder:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in STANCE_PREPOSITIONS:
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                content = _trim(list(objects[0].subtree))
                source = _trim([t for t in holder[0].subtree if t.tag_ != "POS"])
                start, end = _extent(content)
                return _Attribution(start, end, noun, source, sent)
    return None


def _according_to(according: Token, sent: Span) -> _Attribution | None:
    to = according.doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = _noun_phrase(objects[0])
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree} | {according.i}
    content = _trim([t for t in sent if t.i not in phrase])
    if len([t for t in content if t.is_alpha]) < _MIN_CONTENT_WORDS:
        return None
    start, end = _extent(content)
    return _Attribution(start, end, according, source, sent)


def _without_mark(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether", "if"):
        tokens = tokens[1:]
    return tokens


def _trim(tokens: list[Token]) -> list[Token]:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct and not tokens[0].is_quote or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and not tokens[-1].is_quote or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _extent(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _drop_nested(found: list[_Attribution]) -> list[_Attribution]:
    """Of attributions whose contents overlap, keep the outermost (the reporting one)."""
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[_Attribution] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            outer = kept[-1]
            if a.beside and not outer.beside and outer.cue is not None and outer.cue.lower_ not in SPEECH:
                kept[-1] = a  # a quotation right beside its cue beats a looser reading around it
                continue
            if a.cue is not None and outer.cue is not None and outer.start <= a.cue.idx < outer.end:
                continue  # a cue inside another statement's content: "X said Y told him ..."
            if a.end <= outer.end:
                continue
        kept.append(a)
    return kept


# -- quote marks ---------------------------------------------------------------------------


class _Inside:
    """Is an offset inside quoted text?"""

    def __init__(self, marks: list[QuoteSpan], body: str) -> None:
        self.starts = [m.inner_start for m in marks]
        self.marks = marks
        self.body = body

    def inner(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.marks[i].inner_end


def _widen_to_marks(attributions: list[_Attribution], marks: list[QuoteSpan], body: str) -> list[_Attribution]:
    """A content that reaches into a quotation takes in all of it, across sentences."""
    for a in attributions:
        for m in marks:
            if m.start < a.end and a.start < m.end:
                a.start, a.end = min(a.start, m.start), max(a.end, m.end)
    return attributions


def _attach_loose_marks(doc: Doc, attributions: list[_Attribution], marks: list[QuoteSpan], body: str) -> list[_Attribution]:
    """Quotations no attribution covers: colon lead-ins, continuations, or scare quotes."""
    covered = [(a.start, a.end) for a in attributions]
    out = list(attributions)
    for m in marks:
        if any(s <= m.inner_start and m.inner_end <= e for s, e in covered):
            continue
        words = body[m.inner_start : m.inner_end].split()
        lead = _colon_lead(doc, m, body) or _dash_credit(doc, m, body)
        previous = _previous([a for a in out if a.beside or a.cue is not None and a.cue.lower_ in SPEECH], m.start)
        if lead is not None:
            out.append(_Attribution(m.start, m.end, lead[0], lead[1], doc[lead[0].i : lead[0].i + 1]))
        elif (
            previous is not None
            and _starts_sentence(body, m.start)
            and _same_paragraph(body, previous.end, m.start)
            and (_only_reporting_between(body, previous.end, m.start) or _cue_between(previous, m.start))
        ):
            previous.end = m.end  # '"A," he said. "B."' is one statement in two pieces, however short
            previous.pieces += 1
        elif len(words) >= _SCARE_QUOTE_WORDS and not _looks_like_title(words):
            sent = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sent is not None:
                out.append(_Attribution(m.start, m.end, None, _previous_subject(doc, sent), sent, inferred=True))
        covered.append((m.start, m.end))
    return out


_TURN = re.compile(r"(?m)^[\"“']?([A-Z][A-Z.'’\- ]{1,30}[A-Z.]):[ \t]+(?=\S)")


def _transcript_turns(doc: Doc, body: str) -> list[_Attribution]:
    """ "PENCE: Well, look, ...": a transcript turn is a statement by the speaker named in capitals."""
    turns = []
    for m in _TURN.finditer(body):
        line_end = body.find("\n", m.end())
        end = len(body) if line_end < 0 else line_end
        while end > m.end() and body[end - 1].isspace():
            end -= 1
        if len(body[m.end() : end].split()) < _MIN_CONTENT_WORDS:
            continue
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        colon = doc.char_span(m.end(1), m.end(1) + 1, alignment_mode="expand")
        if name is None or colon is None:
            continue
        turns.append(_Attribution(m.end(), end, colon[0], list(name), name.sent, verbatim=True))
    return turns


def _colon_lead(doc: Doc, m: QuoteSpan, body: str) -> tuple[Token, list[Token]] | None:
    """ 'Khan told reporters: "..."': a cue or a speaker before a colon right before the quote."""
    i = m.start - 1
    while i >= 0 and body[i].isspace():
        i -= 1
    if i < 0 or body[i] != ":":
        return None
    colon = doc.char_span(i, i + 1, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    quoted = lambda offset: m.inner_start <= offset < m.inner_end  # noqa: E731
    lead = [t for t in sent if t.i < colon[0].i]
    for token in reversed(lead):
        if token.tag_.startswith("VB") and (is_cue_verb(token.text) or token.lower_ in ADJACENT_ONLY):
            inverted = _trim([t for t in lead if t.i > token.i])  # 'Said Ellis: "..."'
            if not _subject(token, quoted) and 0 < len(inverted) <= 6 and inverted[0].tag_ in ("NNP", "NNPS", "PRP"):
                return token, inverted
            return token, _subject(token, quoted)
    # no cue: 'Hoff's letter makes a libertarian-style case: "..."' - the clause's subject speaks
    verbs = [t for t in lead if t.dep_ == "ROOT" and t.tag_.startswith("VB")]
    subject = _subject(verbs[0], quoted) if verbs else []
    return (colon[0], subject) if subject else None


def _dash_credit(doc: Doc, m: QuoteSpan, body: str) -> tuple[Token, list[Token]] | None:
    """ '"..." ― Sonya Herridge': a name after a dash that closes the quotation's line."""
    i = m.end
    while i < len(body) and body[i] in " \t.":
        i += 1
    if i >= len(body) or body[i] not in "―—–-":
        return None
    line_end = body.find("\n", i)
    credit = doc.char_span(i, line_end if line_end >= 0 else len(body), alignment_mode="expand")
    if credit is None or len(credit) < 2 or len(credit) > 12:
        return None
    dash, name = credit[0], [t for t in credit[1:] if not t.is_punct or t.text in (".", "-")]
    if not name or not name[0].text[:1].isupper():
        return None
    return dash, name


_SMALL_WORDS = frozenset(["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "from", "as"])


def _looks_like_title(words: list[str]) -> bool:
    """ "Justice Against Sponsors of Terrorism Act": a title in quote marks, not a statement."""
    content = [w for w in words if w.lower().strip(",.:;!?") not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or not w[:1].isalpha())
    return bool(content) and capitalised / len(content) >= 0.8 and not any(w.endswith((".", "?", "!")) for w in words[:-1])


def _previous_subject(doc: Doc, sent: Span) -> list[Token]:
    """ 'Smith was blunt. "Quote."': a person introduced as the subject of the sentence before a
    quotation that has no cue of its own is taken to be its speaker."""
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    head = subjects[0]
    if head.ent_type_ == "PERSON" or head.tag_ == "PRP" and head.lower_ in ("he", "she"):
        return _trim([t for t in head.subtree if t.i <= head.i or t.dep_ not in ("relcl", "acl", "appos")])
    return []


def _starts_sentence(body: str, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and body[i] in " \t":
        i -= 1
    return i < 0 or body[i] in ".!?\n:\"”’"


def _previous(attributions: list[_Attribution], offset: int) -> _Attribution | None:
    before = [a for a in attributions if a.end <= offset]
    return max(before, key=lambda a: a.end) if before else None


def _same_paragraph(body: str, start: int, end: int) -> bool:
    return "\n" not in body[start:end]


def _only_reporting_between(body: str, start: int, end: int) -> bool:
    """Only a short "he said." or nothing between two quoted pieces."""
    gap = body[start:end]
    return len(gap.split()) <= 6 and any(w.strip(".,;") in SPEECH for w in gap.lower().split()) or not gap.strip(" .,")


def _cue_between(previous: _Attribution, offset: int) -> bool:
    """ '"A," said Caddell, speaking of X. "B."': the cue sits between the two quoted pieces."""
    cue = previous.cue
    return cue is not None and previous.end <= cue.idx < offset and offset - previous.end < 300


def _kind(start: int, end: int, marks: list[QuoteSpan], body: str) -> str:
    """direct: only quoted words, save the "he said" between two quoted pieces; mixed: some quoted."""
    inside = [m for m in marks if m.start < end and start < m.end]
    if not inside:
        return "indirect"
    lead, tail = body[start : inside[0].start], body[inside[-1].end : end]
    return "mixed" if any(c.isalnum() for c in lead + tail) else "direct"


def _cue_text(cue: Token) -> str:
    if cue.lower_ in ACCORDING:
        return "according to"
    parts = [c for c in cue.children if c.dep_ in ("aux", "neg", "prt") and abs(c.i - cue.i) <= 2] + [cue]
    parts.sort(key=lambda t: t.i)
    return span_text(parts)


def _with_context(quotes: list[Quote]) -> list[Quote]:
    """Quotes with no cue continue the last identified speaker, if one spoke recently."""
    out: list[Quote] = []
    last: Quote | None = None
    for q in quotes:
        if q.cue is None and q.speaker.resolved_by == "unresolved":
            if last is not None and _near(last, q):
                q = replace(q, speaker=replace(last.speaker, resolved_by="context", surface=None, start=None, end=None))
            elif len(q.text.split()) < 2 * _SCARE_QUOTE_WORDS:
                continue
        out.append(q)
        if q.speaker.resolved_by not in ("unresolved",):
            last = q
    return out


def _near(last: Quote, q: Quote) -> bool:
    return q.start - last.end < 1500 and q.text.count("\n\n") == 0
