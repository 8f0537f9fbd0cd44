"""Numeric claims: each figure a sentence states, what it counts, whose it is and who claims it.

The amount comes from ``numbers.find_amounts``; the parse says what it counts. A number on a
noun counts that noun ("5,000 troops"); a number of people whose verb says what happened to them
counts that ("70,000 Pakistanis died" -> deaths of Pakistan); money takes its measure from the
noun it funds or the verb that spends or loses it ("$150 billion were lost" -> economic losses;
"$2 billion in aid" -> aid). A figure inside a quotation or reported speech is the speaker's claim.
Figures that count nothing we can name (a bare "two of them") are left out.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc, Span, Token

from ..knowledge.countries import country_code, country_name, is_demonym
from ..records import ActorMention, Article, Claim, Quote
from .numbers import Amount, find_amounts

# People counted by what happened to them: the verb names the measure.
_PEOPLE_VERBS = {
    "died": "deaths", "die": "deaths", "killed": "deaths", "perished": "deaths", "martyred": "deaths", "dead": "deaths",
    "lost": "deaths", "injured": "injuries", "wounded": "injuries", "hurt": "injuries", "displaced": "displaced people",
    "fled": "refugees", "arrested": "arrests", "detained": "detentions", "deployed": "troops deployed",
    "stationed": "troops stationed", "evacuated": "evacuations", "missing": "missing people", "kidnapped": "abductions",
    "abducted": "abductions", "affected": "people affected", "rescued": "people rescued", "deported": "deportations",
}
_PEOPLE_NOUNS = frozenset(
    {"people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops", "men", "women", "children",
     "refugees", "migrants", "workers", "residents", "citizens", "nationals", "militants", "terrorists", "fighters", "officers",
     "personnel", "policemen", "prisoners", "detainees", "students", "pilgrims", "lives", "individuals", "victims", "casualties",
     "deaths", "fatalities", "members", "families", "protesters", "voters"}
)
# Nouns that name a measure outright ("deaths", "aid"), with the label we give it.
_MEASURE_NOUNS = {
    "deaths": "deaths", "death": "deaths", "fatalities": "deaths", "lives": "deaths", "toll": "deaths", "casualties": "casualties",
    "injuries": "injuries", "losses": "economic losses", "loss": "economic losses", "damage": "damage", "damages": "damage",
    "aid": "aid", "assistance": "aid", "grant": "aid", "grants": "aid", "loan": "loans", "loans": "loans", "bailout": "loans",
    "package": "aid", "trade": "trade volume", "exports": "exports", "imports": "imports", "investment": "investment",
    "investments": "investment", "debt": "debt", "budget": "budget", "spending": "spending", "cost": "costs", "costs": "costs",
    "refugees": "refugees", "troops": "troops", "soldiers": "troops", "remittances": "remittances", "reserves": "reserves",
    "deficit": "deficit", "revenue": "revenue", "gdp": "GDP", "growth": "growth", "inflation": "inflation", "tariff": "tariffs",
    "tariffs": "tariffs", "sales": "sales", "compensation": "compensation", "funding": "funding", "funds": "funding",
    "reimbursements": "reimbursements", "subsidy": "subsidies", "subsidies": "subsidies", "bill": "costs", "ties": "relations",
    "relations": "relations", "relationship": "relations", "partnership": "relations", "war": "war", "conflict": "conflict",
}
_MONEY_VERBS = {"lost": "economic losses", "lose": "economic losses", "cost": "costs", "spent": "spending", "paid": "payments",
                "pledged": "pledges", "gave": "aid", "given": "aid", "provided": "aid", "received": "aid", "owed": "debt",
                "borrowed": "loans", "invested": "investment", "exported": "exports", "imported": "imports", "earned": "revenue",
                "allocated": "budget", "approved": "budget", "sought": "requests", "demanded": "demands", "raised": "funds raised"}
_CONTEXT_PHRASES = ("war on terror", "war against terror", "war on terrorism", "war against terrorism", "flood", "floods", "earthquake")


def find_claims(doc: Doc, article: Article, actors: tuple[ActorMention, ...], quotes: tuple[Quote, ...]) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    for sent in doc.sents:
        for amount in find_amounts(sent.text):
            claim = _claim(sent, amount, article, actors, quotes)
            if claim is not None:
                claims.append(claim)
    return tuple(claims)


def _claim(sent: Span, amount: Amount, article: Article, actors: tuple[ActorMention, ...], quotes: tuple[Quote, ...]) -> Claim | None:
    start, end = sent.start_char + amount.start, sent.start_char + amount.end
    tokens = [t for t in sent if start <= t.idx < end]
    if not tokens:
        return None
    last = tokens[-1]
    measure, unit, subject = _measure(last, amount, sent)
    if measure is None or unit is None:
        return None
    context = _context(sent.text.lower())
    if context and context not in measure:
        measure = f"{measure} in the {context}"
    quote = next((q for q in quotes if q.start <= start < q.end), None)
    claimant_key = quote.speaker.actor_key if quote is not None else None
    claimant = None
    if quote is not None:
        mention = next((a for a in actors if a.key == claimant_key), None)
        claimant = (mention.known_as or mention.name) if mention is not None else quote.speaker.name
    ident = hashlib.sha1(f"{article.id}:{start}:{end}".encode()).hexdigest()[:16]
    text = sent.text.rstrip()
    return Claim(
        id=ident, article_id=article.id, measure=measure, value=amount.value, unit=unit, text=amount.text, start=start, end=end,
        qualifier=amount.qualifier, claimant_key=claimant_key, claimant=claimant, usd_value=amount.usd_value, subject=subject,
        sentence_start=sent.start_char, sentence_end=sent.start_char + len(text), quote_id=quote.id if quote is not None else None,
    )


def _measure(last: Token, amount: Amount, sent: Span) -> tuple[str | None, str | None, str | None]:
    """What the figure counts, in which unit, and whose it is."""
    if amount.currency is not None:
        return _money_measure(last, sent), amount.currency, _subject(last, sent)
    counted = last if amount.unit is None and last.tag_.startswith("NN") and not last.like_num else _counted_noun(last)
    if amount.unit == "percent":
        owner = _of_object(last) or counted
        return (f"share of {_phrase(owner)}" if owner is not None else None), "percent", _subject(last, sent)
    if amount.unit is not None:  # years, days ...
        owner = _of_object(last) or (counted if counted is not None and counted is not last else None) or _clause_subject(last)
        label = f"{amount.unit} of {_measure_word(owner)}" if owner is not None else None
        return label, amount.unit, _subject(last, sent)
    if counted is None:
        return None, None, None
    word = counted.lower_
    if amount.value < 10 and word not in _MEASURE_NOUNS and not amount.text[:1].isdigit():
        return None, None, None  # "the two countries", "three officials": a description, not a figure
    if word in _PEOPLE_NOUNS or is_demonym(counted.text):
        verb = _verb_of(counted)
        label = _PEOPLE_VERBS.get(verb.lower_) if verb is not None else None
        label = label or _MEASURE_NOUNS.get(word) or word
        subject = country_name(code) if (code := country_code(counted.text)) and is_demonym(counted.text) else _subject(counted, sent)
        return label, "people", subject
    return _MEASURE_NOUNS.get(word, word), word, _subject(counted, sent)


def _money_measure(last: Token, sent: Span) -> str | None:
    for token in (last, *last.ancestors):
        label = _MEASURE_NOUNS.get(token.lower_)
        if label is not None and token.tag_.startswith("NN"):
            return label
        if token.tag_.startswith("VB"):
            for child in token.children:  # "$2 billion in aid"
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
                    for obj in child.children:
                        if obj.lower_ in _MEASURE_NOUNS:
                            return _MEASURE_NOUNS[obj.lower_]
            return _MONEY_VERBS.get(token.lower_, "amount")
    for child in last.children:
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.lower_ in _MEASURE_NOUNS:
                    return _MEASURE_NOUNS[obj.lower_]
    return "amount"


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


def _verb_of(noun: Token) -> Token | None:
    for token in (noun, *noun.ancestors):
        if token.tag_.startswith("VB") or token.lower_ in _PEOPLE_VERBS:
            return token
    return None


def _measure_word(noun: Token) -> str:
    return _MEASURE_NOUNS.get(noun.lower_, _phrase(noun))


def _phrase(noun: Token) -> str:
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound") or t.i == noun.i]
    return " ".join(t.lower_ for t in words)


def _subject(token: Token, sent: Span) -> str | None:
    """Whose figure it is: a possessor or "to"/"of"/"for" country near the figure, else none."""
    for node in (token, *list(token.ancestors)[:3]):
        for child in node.children:
            if child.dep_ == "poss" and (code := country_code(child.text)):
                return country_name(code)
            if child.dep_ == "prep" and child.lower_ in ("to", "for", "of", "in", "on"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (code := country_code(obj.text)):
                        return country_name(code)
    return None


def _context(low: str) -> str | None:
    for phrase in _CONTEXT_PHRASES:
        if phrase in low:
            return "war on terror" if "terror" in phrase else phrase
    return None
