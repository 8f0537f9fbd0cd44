"""Metadata found in an article's own words: dateline, byline, credited sources, outlet."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from .lexicon import BYLINE_PREFIXES, KNOWN_OUTLETS, OUTLET_NOUNS

_PLACE = r"[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2}"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})\s*(?:,\s*(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}))?"
    r"\s*(?:\((?P<agency>[^()]{2,30})\))?\s*(?:[—–]|--?|:)\s+"
)
_TRAILING_CREDIT = re.compile(r"[—–-]+\s*\((?P<credit>[^()]{2,50})\)\s*$", re.M)
_NAME = r"(?:The )?[A-Z][\w.&’'-]*(?: (?:of )?[A-Z][\w.&’'-]*){0,4}"
_NAMED_OUTLET = re.compile(
    rf"\b(?P<name>{_NAME})\s+(?:{'|'.join(OUTLET_NOUNS)})\b(?=[^.]{{0,30}}\b(?:reported|said|quoted|wrote|reports|says|cited))"
)
_CREDITED = re.compile(
    rf"\b(?:told|interview with|according to|reported by|quoted by|report by|reports? in|cited by|speaking to)\s+(?:the\s+(?=[a-z]))?(?P<name>{_NAME})"
)
_BYLINE = re.compile(
    r"^(?i:" + "|".join(BYLINE_PREFIXES) + r")"
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?: (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?)"
)


def dateline(body: str) -> str | None:
    """The place a story is filed from: "ISLAMABAD –", "Islamabad —", "WASHINGTON (Reuters) -"."""
    match = _DATELINE.match(body)
    if not match:
        return None
    place = match["place"].strip()
    return place if _looks_like_place(place) else None


def _looks_like_place(place: str) -> bool:
    words = place.split()
    return 1 <= len(words) <= 3 and (place.isupper() or all(w[0].isupper() for w in words))


def credited_sources(body: str) -> list[str]:
    """Agencies and papers the text credits, in order of first mention."""
    found: list[str] = []
    first = _DATELINE.match(body)
    if first and first["agency"]:
        found.append(first["agency"].strip())
    found_at: list[tuple[int, str]] = []
    for trailing in _TRAILING_CREDIT.finditer(body.replace("\n\n", "\n")):
        found_at.append((trailing.start(), trailing["credit"]))
    found_at += [(m.start(), m["name"]) for m in _NAMED_OUTLET.finditer(body)]
    found_at += [(m.start("name"), m["name"]) for m in _CREDITED.finditer(body) if _is_outlet(m["name"])]
    found += [name.strip() for _, name in sorted(found_at)]
    return _unique(_trim_outlet(name) for name in found)


def _is_outlet(name: str) -> bool:
    return name in KNOWN_OUTLETS or _trim_outlet(name) in KNOWN_OUTLETS or (name.startswith("The ") and len(name.split()) >= 2)


def _trim_outlet(name: str) -> str:
    name = name.strip().rstrip(".,;:")
    return re.sub(r"\s+(?:" + "|".join(OUTLET_NOUNS) + r")$", "", name, flags=re.I)


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def byline(lines: Iterable[str]) -> str | None:
    """An author line such as "By Jane Doe" among the given lines."""
    for line in lines:
        match = _BYLINE.match(line.strip())
        if match:
            return match["name"]
    return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
