"""Find the actors an article names: people with their roles, organisations and countries.

spaCy's entities are the starting point, corrected by our tables: a newspaper tagged as a
person becomes an organisation, "Washington" the United States, a title swallowed into an
organisation ("Interior Minister Mohsin Naqvi") a role of a person. Mentions of one person
within the article ("Imran Khan" ... "Khan") are grouped; roles come from titles before the
name, appositions and possessives, and from the office-holder table for the article's date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..knowledge.countries import country_code, country_name_or, is_capital, is_demonym, misspelt_country
from ..knowledge.organizations import Organization, organization_for, sector_of
from ..knowledge.places import place_country, shared_with_a_us_state, us_state_context
from ..nlp.tokens import after_new, head_of, names_currency, span_text
from ..records import ActorMention, Article, Role
from .known import KnownActor, KnownActors, name_key, similar_names
from .titles import (
    FEMALE_WORDS,
    HONORIFICS,
    MALE_WORDS,
    TITLE_MODIFIERS,
    is_role_word,
    is_title_word,
    parse_role,
)

_NAME_PARTICLES = frozenset({"bin", "bint", "al", "el", "de", "da", "van", "von", "ul", "ud", "ur", "e", "der", "la", "du"})
_MAX_NAME_TOKENS = 5
_CHAIN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "POS", "IN", "CC", "DT", "HYPH", "VBN"})


@dataclass
class _Entity:
    kind: str
    name: str
    key: tuple[str, ...] = ()
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    known: KnownActor | None = None
    gender: str | None = None

    def mention(self, text: str, start: int, end: int) -> None:
        if text not in self.aliases:
            self.aliases.append(text)
        self.spans.append((start, end))


def article_day(article: Article) -> str | None:
    """The day roles are checked against: the publication date, or the latest possible one."""
    published = article.published
    return published.date or published.latest or published.earliest


def find_actors(doc: Doc, article: Article, known: KnownActors) -> tuple[ActorMention, ...]:
    finder = _Finder(doc, article, known)
    for ent in doc.ents:
        finder.add_entity(ent)
    finder.add_loose_countries()
    finder.add_titled_names()
    finder.add_untagged_known_people()
    return finder.result()


class _Finder:
    def __init__(self, doc: Doc, article: Article, known: KnownActors) -> None:
        self.doc = doc
        self.article = article
        self.known = known
        self.day = article_day(article)
        self.people: list[_Entity] = []
        self.others: dict[tuple[str, str], _Entity] = {}
        self.taken: set[int] = set()  # token indices already part of a mention

    # -- entities ---------------------------------------------------------------------------

    def add_entity(self, ent: Span) -> None:
        tokens = _strip_possessive(list(ent))
        if not tokens:
            return
        text = span_text(tokens)
        label = ent.label_
        if label not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            return
        user = self.known.exact(text)
        if user is not None and user.kind != "person":
            self._add_known(user, tokens)
            return
        org = organization_for(text)
        if org is not None:
            self._add_org(org, tokens)
            return
        code = self.known.country_code(text)
        if code is None and label != "PERSON" and len(tokens) == 1 and not self._known_person(text):
            code = _misspelt_country(tokens[0])  # ("Cameron", "Hollande" are people, not Cameroon or Holland)
        if code and label != "PERSON" or code and len(tokens) == 1:
            self._add_country(code, tokens, text)
            return
        if label in ("GPE", "LOC", "FAC"):
            if self._known_person(text):
                self._add_person(tokens)  # the small model tags "Obama" or "Modi" as a place in short sentences
            return
        if label == "NORP":
            return
        if label == "ORG" and self._known_person(text):
            self._add_person(tokens)
            return
        if label == "ORG":
            self._add_org_like(tokens, text)
            return
        self._add_person(tokens)

    def _add_org_like(self, tokens: list[Token], text: str) -> None:
        """An ORG entity: a title swallowed with a name, a known person, or an organisation."""
        lead = 0
        while lead < len(tokens) and (
            is_title_word(tokens[lead].text) or tokens[lead].lower_ in HONORIFICS
            or self.known.country_code(tokens[lead].text) or organization_for(tokens[lead].text) is not None
        ):
            lead += 1
        if 0 < lead < len(tokens) and any(is_role_word(t.text) for t in tokens[:lead]) and _looks_like_name(tokens[lead:]):
            self._add_person(tokens[lead:])
            return
        if len(tokens) > 1 and self.known.find(text) is not None:
            self._add_person(tokens)
            return
        if not any(t.text[:1].isupper() for t in tokens) or len(tokens) > 8 or any(t.like_num for t in tokens):
            return
        if len(tokens) == 1:
            surname = self._person_named(text)
            if surname is not None:
                surname.mention(text, tokens[0].idx, _end(tokens))  # "Trump" tagged as an organisation
                return
            if not (text.isupper() and len(text) > 1):
                return  # a lone capitalised word ("Interior", "State") is rarely an organisation
        country = next((c for c in (self.known.country_code(t.text) for t in tokens) if c), None)
        sector = sector_of(text)
        inner = _organization_inside(tokens) if country is None else None
        if inner is not None:  # "Fatah Party", "United Nations Emergency Relief Coordinator": a part of a body we know
            country, sector = inner.country, (inner.sector if inner.country is None else sector or inner.sector)
        entity = self.others.setdefault(("organization", text.lower()), _Entity("organization", text, country=country, sector=sector))
        entity.mention(text, tokens[0].idx, _end(tokens))
        self.taken.update(t.i for t in tokens)

    def _add_org(self, org: Organization, tokens: list[Token]) -> None:
        entity = self.others.setdefault((org.kind, org.name), _Entity(org.kind, org.name, country=org.country, sector=org.sector))
        entity.mention(span_text(tokens), tokens[0].idx, _end(tokens))
        self.taken.update(t.i for t in tokens)

    def _add_known(self, actor: KnownActor, tokens: list[Token]) -> None:
        """An organisation, group or country from the user's actors file."""
        if actor.kind == "country" and actor.country:
            self._add_country(actor.country, tokens, span_text(tokens), actor.name)
            return
        entity = self.others.setdefault((actor.kind, actor.name), _Entity(actor.kind, actor.name, country=actor.country, sector=actor.sector))
        entity.mention(span_text(tokens), tokens[0].idx, _end(tokens))
        self.taken.update(t.i for t in tokens)

    def _add_country(self, code: str, tokens: list[Token], text: str, name: str | None = None) -> None:
        if shared_with_a_us_state(text) and us_state_context([t.text for t in tokens[0].sent]):
            return  # "Georgia voters", "the Georgia primary": the US state, no country
        if names_currency(tokens[-1]):
            return
        entity = self.others.setdefault(("country", code), _Entity("country", name or country_name_or(code, code), country=code))
        if is_capital(text):
            entity.sector = "GOV"  # "Washington", "Islamabad": the capital stands for the government
        entity.mention(text, tokens[0].idx, _end(tokens))
        self.taken.update(t.i for t in tokens)

    def add_loose_countries(self) -> None:
        """Countries, demonyms and known organisations spaCy left untagged ("Pakistani", "Dawn")."""
        for token in self.doc:
            if token.i in self.taken or not token.text[:1].isupper() or token.tag_ not in ("NNP", "NNPS", "JJ") or after_new(token):
                continue
            code = self.known.country_code(token.text) or (
                _misspelt_country(token) if token.ent_type_ != "PERSON" and not self._known_person(token.text) else None)
            code = people_country(token) or code
            org = organization_for(token.text) if token.tag_ == "NNP" and not token.ent_type_ else None
            if code:
                self._add_country(code, [token], token.text)
            elif org is not None:
                self._add_org(org, [token])

    def add_titled_names(self) -> None:
        """Names spaCy missed right after a title: "DG ISPR Lt Gen Ahmed Sharif Chaudhry"."""
        doc = self.doc
        i = 1
        while i < len(doc):
            before = doc[i - 1]
            titled = is_title_word(before.text) or before.lower_ in HONORIFICS or organization_for(before.text) is not None
            if titled and i not in self.taken and not doc[i].ent_type_ and _name_start(doc[i]):
                run = [doc[i]]
                while run[-1].i + 1 < len(doc) and len(run) < _MAX_NAME_TOKENS and _name_start(doc[run[-1].i + 1]):
                    run.append(doc[run[-1].i + 1])
                if len(run) >= 2 and not self.known.country_code(span_text(run)):
                    self._add_person(run)
                i = run[-1].i + 1
                continue
            i += 1

    def add_untagged_known_people(self) -> None:
        """A known person's surname the model left untagged, as a noun ("Trump blamed China"): the
        person, when the word is capitalised and stands as a whole noun phrase (not "Rice prices")."""
        for token in self.doc:
            if (token.i in self.taken or token.ent_type_ or not token.text[:1].isupper() or token.tag_ not in ("NN", "NNP")
                    or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos")
                    or any(c.dep_ in ("amod", "det", "compound") for c in token.children)):  # "radical Islam", "the Fox"
                continue
            if self.known.by_surname(token.text, self.day)[0] is not None and not self.known.country_code(token.text):
                self._add_person([token])

    # -- people -----------------------------------------------------------------------------

    def _add_person(self, tokens: list[Token]) -> None:
        lead_title: list[Token] = []
        while tokens and (
            tokens[0].lower_ in HONORIFICS or is_title_word(tokens[0].text) or self.known.country_code(tokens[0].text)
            or organization_for(tokens[0].text) is not None  # "ISPR" in "DG ISPR Lt Gen ..."
        ):
            lead_title.append(tokens[0])
            tokens = tokens[1:]
        if not tokens or not _looks_like_name(tokens):
            return
        tokens = _with_name_head(_with_name_tail(tokens))
        name = span_text(tokens)
        if organization_for(name) is not None or self.known.country_code(name):
            return
        entity = self._person_for(name, tokens[0].idx)
        entity.mention(name, tokens[0].idx, _end(tokens))
        self.taken.update(t.i for t in tokens)
        self._read_gender(entity, lead_title or _left_chain(tokens[0], self.known.country_code))
        home = self._country_after(tokens)
        for phrase, possessor_is_person in self._role_phrases(tokens, lead_title):
            self._add_role(entity, phrase, possessor_is_person, home)

    def _country_after(self, name: list[Token]) -> str | None:
        """ "Prime Minister Teodor Halk of Kostrava": the state named right after the name."""
        doc = name[0].doc
        i = name[-1].i + 1
        if i + 1 < len(doc) and doc[i].lower_ == "of":
            for n in (3, 2, 1):
                if i + 1 + n <= len(doc):
                    code = self.known.country_code(doc[i + 1 : i + 1 + n].text)
                    if code:
                        return code
        return None

    def _known_person(self, text: str) -> bool:
        """A name of one known person, in full or as the one surname of that name ("Putin")."""
        found = self.known.find(text) if len(name_key(text)) > 1 else self.known.by_surname(text, self.day)[0]
        return found is not None and found.kind == "person"

    def _person_named(self, surname: str) -> _Entity | None:
        key = name_key(surname)
        return next((p for p in reversed(self.people) if key and p.key[-len(key) :] == key), None)

    def _person_for(self, name: str, start: int) -> _Entity:
        """The article's entity for this name: the same person named before, or a new one."""
        key = name_key(name)
        for entity in reversed(self.people):  # most recent first: "Sharif" is the last Sharif named
            if key == entity.key or similar_names(key, entity.key):
                return entity
            if len(key) < len(entity.key) and _is_part_of(key, entity.key):
                return entity
            if len(key) > len(entity.key) and _is_part_of(entity.key, key):
                entity.key, entity.name = key, name  # "Khan" then "Imran Khan": keep the fuller name
                entity.known = entity.known or self.known.find(name)
                return entity
        entity = _Entity("person", name, key=key, known=self.known.find(name) if len(key) > 1 else None)
        self.people.append(entity)
        return entity

    def _role_phrases(self, name: list[Token], lead_title: list[Token]) -> list[tuple[list[Token], bool]]:
        phrases = []
        chain = _left_chain(lead_title[0] if lead_title else name[0], self.known.country_code) + lead_title
        if chain:
            phrases.append((chain, self._possessor_is_person(chain)))
        root = head_of(name)
        for child in root.children:
            if child.dep_ == "appos" and child.i > name[-1].i and child.tag_ in ("NN", "NNS", "NNP"):
                phrases.append((_appositive(child), False))
        if root.dep_ == "appos" and root.head.i < name[0].i and root.head.tag_ in ("NN", "NNS"):
            phrases.append(([t for t in root.head.subtree if t.i < name[0].i and not t.is_punct], False))
        return phrases

    def _possessor_is_person(self, chain: list[Token]) -> bool:
        owner = [t for t in chain[: next((i for i, t in enumerate(chain) if t.tag_ == "POS"), 0)]]
        if not owner:
            return False
        text = span_text(owner)
        return not self.known.country_code(text) and organization_for(text) is None and _looks_like_name(owner)

    def _add_role(self, entity: _Entity, phrase: list[Token], possessor_is_person: bool, home: str | None = None) -> None:
        parsed = parse_role(phrase, possessor_is_person, self.known.country_code)
        if parsed is not None:
            entity.roles.append(
                Role(
                    parsed.title, parsed.country or home, parsed.organization, None, None, self.article.id,
                    span_text(phrase), phrase[0].idx, _end(phrase), parsed.former, self.day,
                )
            )

    def _read_gender(self, entity: _Entity, words: list[Token]) -> None:
        for t in words:
            if t.lower_ in FEMALE_WORDS:
                entity.gender = "f"
            elif t.lower_ in MALE_WORDS:
                entity.gender = "m"

    # -- result -----------------------------------------------------------------------------

    def _with_office(self, role: Role, held: list, ended: list) -> Role:  # type: ignore[type-arg]
        """A stated role matched to the table's office: its country and term when the text lacks them."""
        for office in ended if role.former else held:
            if _same_office(office.title, role.title):
                title = f"former {office.title}" if role.former else office.title  # one spelling per office
                return replace(role, title=title, country=role.country or office.country, valid_from=office.start, valid_to=office.end)
        return role

    def _possessor_countries(self) -> None:
        """ "Trump's aide": the aide serves the possessor's state."""
        for entity in self.people:
            for n, role in enumerate(entity.roles):
                if role.country is None and " to " in role.title:
                    owner = self._person_named(role.title.rsplit(" to ", 1)[1])
                    if owner is not None and owner.country:
                        entity.roles[n] = replace(role, country=owner.country)
            if entity.country is None:
                entity.country = next((r.country for r in entity.roles if r.country), None)

    def _fold_people_tagged_as_organisations(self) -> None:
        """spaCy may tag one person's name as an organisation in one sentence and a person in another."""
        for slot, entity in list(self.others.items()):
            if entity.kind != "organization" or entity.sector is not None:
                continue
            key = name_key(entity.name)
            person = next((p for p in self.people if key == p.key or _is_part_of(p.key, key) or _is_part_of(key, p.key)), None)
            if person is not None and _looks_like_name_text(entity.name):
                if len(key) > len(person.key):
                    person.key, person.name = key, entity.name  # "Ilse Varnov" (tagged ORG) then "Varnov"
                    person.known = person.known or self.known.find(entity.name)
                for (start, end), alias in zip(entity.spans, entity.aliases * len(entity.spans), strict=False):
                    person.mention(alias, start, end)
                del self.others[slot]

    def result(self) -> tuple[ActorMention, ...]:
        self._fold_people_tagged_as_organisations()
        for entity in self.people:
            self._complete_person(entity)
        self._possessor_countries()
        entities = self.people + list(self.others.values())
        entities.sort(key=lambda e: e.spans[0])
        return tuple(
            ActorMention(
                key=i, article_id=self.article.id, kind=e.kind, name=e.name, aliases=tuple(e.aliases),
                country=e.country, sector=e.sector, roles=tuple(e.roles), spans=tuple(sorted(e.spans)),
                known_as=e.known.name if e.known else None, gender=e.gender,
            )
            for i, e in enumerate(entities)
        )

    def _complete_person(self, entity: _Entity) -> None:
        """Roles from the office-holder table for the article's date; country and sector from roles."""
        known = entity.known
        surname_country = None
        if known is None and len(entity.key) == 1:
            known, surname_country = self.known.by_surname(entity.name, self.day)
            entity.known = known
        if known is not None:
            held, ended = known.offices_at(self.day)
            entity.roles = [self._with_office(r, held, ended) for r in entity.roles]
            stated = {r.title.lower() for r in entity.roles}
            table = held or ([] if stated else ended[-1:])  # "former" only when the text gives no role
            for office in table:
                if not any(_same_office(office.title, title) for title in stated):
                    former = office not in held
                    title = f"former {office.title}" if former else office.title
                    entity.roles.append(
                        Role(title, office.country, office.organization, office.start, office.end, self.article.id, "office-holder table", former=former, as_of=self.day)
                    )
        entity.roles = _unique(entity.roles)
        entity.country = next((r.country for r in entity.roles if r.country), known.country if known else surname_country)
        entity.sector = next((s for s in (sector_of(r.title) for r in entity.roles if not r.former) if s), None)
        if entity.sector is None and entity.roles and all(r.former for r in entity.roles):
            entity.sector = "ELI"  # CAMEO's elites: former officials
        _international_office(entity)


def _international_office(entity: _Entity) -> None:
    """The head of an international body acts for the body, not for their country ("Kofi Annan" -> IGO)."""
    current = [r for r in entity.roles if not r.former]
    offices: list[str | None] = [r.organization for r in current if r.organization and not r.country]
    if not current and entity.known is not None and entity.known.offices and all(o.organization for o in entity.known.offices):
        offices = [entity.known.offices[-1].organization]  # undated: a person known only for such an office
    body = organization_for(offices[0]) if offices and offices[0] and not any(r.country for r in current) else None
    if body is not None and body.sector in ("IGO", "NGO"):
        entity.country, entity.sector = None, body.sector


def _unique(roles: list[Role]) -> list[Role]:
    seen: dict[tuple[str, str | None], Role] = {}
    for role in roles:
        seen.setdefault((role.title.lower(), role.country), role)
    return list(seen.values())


_ABBREVIATIONS = {"dg": "director general", "pm": "prime minister", "fm": "foreign minister", "coas": "chief of army staff"}


def _same_office(office: str, title: str) -> bool:
    def words(text: str) -> set[str]:
        expanded = " ".join(_ABBREVIATIONS.get(w, w) for w in text.lower().split())
        return set(expanded.split()) - {"of", "the", "for", "former"}

    a, b = words(office), words(title)
    return bool(a) and (a <= b or b <= a)


def _end(tokens: list[Token]) -> int:
    return tokens[-1].idx + len(tokens[-1].text)


def _strip_possessive(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


def _with_name_tail(tokens: list[Token]) -> list[Token]:
    """spaCy often stops a long name early ("Bilawal Bhutto" of "Bilawal Bhutto Zardari")."""
    doc = tokens[0].doc
    i = tokens[-1].i + 1
    while i < len(doc) and len(tokens) < _MAX_NAME_TOKENS and doc[i].tag_ == "NNP" and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].ent_type_ and not is_title_word(doc[i].text) and not country_code(doc[i].text):
        tokens = [*tokens, doc[i]]
        i += 1
    return tokens


def _name_start(t: Token) -> bool:
    return t.tag_ == "NNP" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not is_title_word(t.text) and t.lower_ not in HONORIFICS


def _with_name_head(tokens: list[Token]) -> list[Token]:
    """ "Imran" left out of "Imran Khan" at the start of a sentence."""
    doc = tokens[0].doc
    i = tokens[0].i - 1
    while i >= 0 and len(tokens) < _MAX_NAME_TOKENS and doc[i].tag_ == "NNP" and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].ent_type_ and not is_title_word(doc[i].text) and not country_code(doc[i].text) and doc[i].lower_ not in HONORIFICS:
        tokens = [doc[i], *tokens]
        i -= 1
    return tokens


def _looks_like_name_text(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= _MAX_NAME_TOKENS and all(w[:1].isupper() and not is_title_word(w) for w in words)


def _looks_like_name(tokens: list[Token]) -> bool:
    if not tokens or len(tokens) > _MAX_NAME_TOKENS:
        return False
    for t in tokens:
        if t.lower_ in _NAME_PARTICLES or t.text in (".", "-"):
            continue
        if not t.text[:1].isupper() or t.like_num or is_role_word(t.text) and len(tokens) == 1:
            return False
    return any(t.is_alpha and len(t.text) > 1 for t in tokens)


def _is_part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "Khan" in "Imran Khan", "Ahmad Chaudhry" in "Aizaz Ahmad Chaudhry": the name's tail."""
    if not short or len(short) >= len(full):
        return False
    return full[-len(short) :] == short


def _left_chain(first: Token, country_code: Callable[[str], str | None] = country_code) -> list[Token]:
    """Title words right before a name: "Pakistan's Defence Minister", "US President", "Trump's aide"."""
    doc = first.doc
    i = first.i - 1
    chain: list[Token] = []
    while i >= 0:
        t = doc[i]
        if t.is_punct and t.text not in ("-", "’s", "'s"):
            break
        if t.tag_ == "POS" or is_title_word(t.text) or country_code(t.text) or t.lower_ in HONORIFICS:
            chain.insert(0, t)
        elif t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper():
            if (t.ent_type_ == "PERSON" or i > 0 and doc[i - 1].ent_type_ == "PERSON") and not (chain and chain[0].tag_ == "POS"):
                break  # another person's name ends the title: "... Bilawal Bhutto Zardari US Secretary"
            chain.insert(0, t)  # part of an organisation or a possessor: "State Department", "Trump's"
        elif t.text == "-" and chain and i > 0 and is_title_word(doc[i - 1].text):
            chain.insert(0, t)  # "Secretary-General", "Director-General": one title
        elif t.lower_ in ("of", "for", "and", "&", "the") and chain and i > 0 and (
            is_title_word(doc[i - 1].text) or doc[i - 1].tag_ in ("NNP", "NNPS") or doc[i - 1].lower_ in ("of", "for")
        ):
            chain.insert(0, t)
        else:
            break
        i -= 1
    while chain and not (is_role_word(chain[0].text) or chain[0].tag_ in ("NNP", "NNPS", "POS") or chain[0].lower_ in TITLE_MODIFIERS or country_code(chain[0].text)):
        chain = chain[1:]
    if not any(is_role_word(t.text) for t in chain):
        return []
    return chain


def _appositive(head: Token) -> list[Token]:
    """The appositive's words up to a relative clause or the closing comma."""
    out: list[Token] = []
    for t in head.subtree:
        if t.dep_ in ("relcl", "acl") or t.lower_ in ("who", "which"):
            break
        out.append(t)
    return [t for t in out if not t.is_punct or t.text in ("-",)]


def _misspelt_country(token: Token) -> str | None:
    """A lone proper noun one letter from a country's name ("Ethopia", "Afganistan"); a word that
    belongs to a longer name ("Frances Smith") or names a known place ("Indiana") is left alone."""
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    if token.tag_ not in ("NNP", "NNPS") or any(t.tag_ in ("NNP", "NNPS") for t in beside) or place_country(token.text):
        return None
    return misspelt_country(token.text)


def _organization_inside(tokens: list[Token]) -> Organization | None:
    """The longest known organisation named inside a longer name, shorter than the whole."""
    for size in range(len(tokens) - 1, 0, -1):
        for start in range(len(tokens) - size + 1):
            org = organization_for(span_text(tokens[start : start + size]))
            if org is not None:
                return org
    return None


# Nationalities of citizenship, not descent: "Pakistani Americans" are Americans.
_CIVIC_PEOPLES = frozenset({"americans", "canadians", "australians", "britons", "british", "new zealanders"})


def people_country(token: Token) -> str | None:
    """ "Bosnian Serbs", "Croatian Serbs", "Kosovo Albanians": a people named after a country's
    demonym lives in that country, not in the people's own."""
    if token.tag_ not in ("NNPS", "NNS") or token.lower_ in _CIVIC_PEOPLES or not is_demonym(token.text):
        return None
    own = country_code(token.text)
    before = token.nbor(-1) if token.i > 0 else None
    outer = country_code(before.text) if before is not None and before.text[:1].isupper() and before.head.i == token.i else None
    return outer if outer and outer != own else None

