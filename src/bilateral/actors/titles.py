"""Role phrases: which words make a title, and how a phrase becomes a Role.

"Pakistan's Defence Minister", "former US Secretary of State", "Trump's aide" and "the State
Department spokesperson" are read into a title, a country, an organization and a former flag.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..knowledge.countries import country_code as gazetteer_country
from ..knowledge.organizations import organization_for
from ..knowledge.places import is_us_state
from ..nlp.tokens import after_new, span_text

# Head nouns of titles and functions. A chain of words before or after a name is a role only
# when it holds one of these.
ROLE_NOUNS = frozenset(
    ["minister", "ministers", "secretary", "president", "premier", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "chief", "general", "adviser", "advisor", "aide", "senator", "congressman", "congresswoman", "governor", "chairman", "chairwoman", "chairperson", "chair", "director", "commander", "diplomat", "official", "leader", "head", "justice", "judge", "speaker", "mayor", "lawmaker", "legislator", "lieutenant", "colonel", "major", "admiral", "marshal", "chancellor", "king", "queen", "prince", "emir", "deputy", "undersecretary", "under-secretary", "consul", "counsellor", "counselor", "administrator", "coordinator", "representative", "ceo", "founder", "analyst", "professor", "expert", "scholar", "editor", "correspondent", "negotiator", "attorney", "prosecutor", "commissioner", "inspector", "superintendent", "officer", "strategist", "lobbyist", "candidate", "nominee", "monarch", "ayatollah", "mullah", "cleric", "member", "members", "mna", "mpa", "mp", "dg", "coas", "cjp", "pm", "fm", "vice-president", "vp", "envoys", "officials", "diplomats", "spokespersons", "spokespeople", "aides", "advisers", "leaders", "generals"]
)
# Words that may sit inside a title chain without being its head.
TITLE_MODIFIERS = frozenset(
    ["former", "ex", "ex-", "then", "acting", "caretaker", "interim", "outgoing", "incoming", "senior", "top", "special", "deputy", "assistant", "foreign", "federal", "state", "national", "provincial", "chief", "principal", "additional", "joint", "vice", "first", "second", "defence", "defense", "interior", "finance", "information", "military", "army", "naval", "air", "security", "intelligence", "external", "home", "commerce", "trade", "energy", "petroleum", "planning", "law", "justice", "human", "rights", "health", "education", "water", "climate", "religious", "affairs", "parliamentary", "prime", "general", "executive", "managing", "political", "economic", "press", "media", "public", "relations", "communications", "de", "facto"]
)
CHAIN_LINKS = frozenset({"of", "for", "and", "on", "to", "the", "&"})
FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "sen.", "rep.", "prof.", "prof"}
    # military ranks as news copy abbreviates them: "Lt Gen", "Maj. Gen.", "Brig", "Air Chief Marshal"
    | {"gen.", "gen", "lt", "lt.", "col", "col.", "maj", "maj.", "brig", "brig.", "capt", "capt.", "adm", "adm.", "cdr", "cdr.", "sgt", "sgt."}
)
FEMALE_WORDS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "spokeswoman", "congresswoman", "chairwoman", "queen", "princess", "madam", "begum"})
MALE_WORDS = frozenset({"mr", "mr.", "sir", "spokesman", "congressman", "chairman", "king", "prince", "emir"})

_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})


@dataclass(frozen=True, slots=True)
class ParsedRole:
    title: str
    country: str | None
    organization: str | None
    former: bool
    possessor: str | None  # "Trump" in "Trump's aide": the role is held towards that person


def is_role_word(word: str) -> bool:
    return word.lower().strip(".") in ROLE_NOUNS or word.lower() in ROLE_NOUNS


def is_title_word(word: str) -> bool:
    low = word.lower()
    return low in ROLE_NOUNS or low in TITLE_MODIFIERS or low.strip(".") in ROLE_NOUNS


CountryLookup = Callable[[str], "str | None"]


def parse_role(tokens: list[Token], possessor_is_person: bool = False, country_code: CountryLookup = gazetteer_country) -> ParsedRole | None:
    """Read a role phrase given as its tokens ("Pakistan's Defence Minister")."""
    tokens = _trim([t for t in tokens if t.lower_ not in HONORIFICS])  # "Maj Gen" is a rank, not the office
    if not any(is_role_word(t.text) for t in tokens):
        return None
    former = any(t.lower_ in FORMER_WORDS for t in tokens)
    country, possessor, rest = _leading_owner(tokens, country_code)
    rest = _trim([t for t in rest if t.lower_ not in FORMER_WORDS])
    if country is None:
        country = _country_in(rest, country_code)
    title_tokens = _strip_leading_countries(rest, country_code)
    if not title_tokens or not any(is_role_word(t.text) for t in title_tokens):
        return None
    title = span_text(title_tokens)
    if possessor and possessor_is_person:
        title = f"{title} to {possessor}"
    organization = _organization_in(title_tokens)
    if former:
        title = f"former {title}"
    return ParsedRole(title, country, organization, former, possessor if possessor_is_person else None)


def _trim(tokens: list[Token]) -> list[Token]:
    tokens = list(tokens)
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].lower_ in CHAIN_LINKS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in CHAIN_LINKS or tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    return tokens


def _leading_owner(tokens: list[Token], country_code: CountryLookup) -> tuple[str | None, str | None, list[Token]]:
    """A possessor before the title ("Pakistan's", "Trump's"): a country, or someone else."""
    for i, t in enumerate(tokens):
        if t.tag_ == "POS" and i > 0:
            owner = span_text(tokens[:i])
            code = country_code(owner)
            if code:
                return code, None, tokens[i + 1 :]
            org = organization_for(owner)
            if org is not None:
                return org.country, None, tokens[i + 1 :]
            return None, owner, tokens[i + 1 :]
    return None, None, tokens


def _country_in(tokens: list[Token], country_code: CountryLookup) -> str | None:
    """The first country word outside a "to X"/"in X" phrase, which names the host, not the role's state."""
    for i, t in enumerate(tokens):
        if t.lower_ in ("to", "in", "with", "on", "at"):
            return None
        for n in (3, 2, 1):
            if i + n <= len(tokens) and t.text[:1].isupper() and not after_new(t):
                text = span_text(tokens[i : i + n])
                code = country_code(text) or _state_country(text)
                if code:
                    return code
    return None


def _state_country(text: str) -> str | None:
    """ "the former Arkansas governor", "Calif. Rep.": an office of a US state is an American's.
    (Two-letter postal codes are left out: "IN" or "OR" in a title is rarely a state.)"""
    return "USA" if is_us_state(text) and not (len(text) == 2 and text.isupper()) else None


def _strip_leading_countries(tokens: list[Token], country_code: CountryLookup) -> list[Token]:
    out = list(tokens)
    while out:
        for n in (3, 2, 1):
            if n <= len(out) and out[0].text[:1].isupper() and not is_role_word(out[n - 1].text) and country_code(span_text(out[:n])):
                out = out[n:]
                break
        else:
            break
    return _trim(out)


def _organization_in(tokens: list[Token]) -> str | None:
    for n in range(min(5, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            org = organization_for(span_text(tokens[i : i + n]))
            if org is not None and org.sector != "MED":
                return org.name
    return None
