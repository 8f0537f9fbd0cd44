"""Small helpers over runs of spaCy tokens, shared by the stages that read the parse."""

from __future__ import annotations

from spacy.tokens import Token


def span_text(tokens: list[Token]) -> str:
    """The document's own text from the first token to the last (Doc.text would join the whole document)."""
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def head_of(tokens: list[Token]) -> Token:
    """The token of a run whose syntactic head lies outside it: the phrase's head."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[-1]


_CURRENCY_WORDS = frozenset({"$", "dollar", "dollars"})


def names_currency(token: Token) -> bool:
    """ "US $50 million", "50 US dollars": the country word before it names a currency, not an actor."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return after is not None and (after.lower_ in _CURRENCY_WORDS or after.tag_ == "$")



def after_new(token: Token) -> bool:
    """ "New Jersey", "New Mexico": a country's name after "New" is another place (callers try the
    whole name first, so "New Zealand" and "New Delhi" still find their countries)."""
    return token.i > 0 and token.doc[token.i - 1].text == "New"
