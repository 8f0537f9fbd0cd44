"""Where sources disagree: claims on the same measure and subject whose values cannot both be true.

Each claim becomes the range its words allow: "over 55,000" is 55,000 and up, "about 40,000" is
40,000 give or take 10%, a plain round figure allows for its rounding (5% either side), "nearly
75" is just under 75. Claims from different articles or claimants on the same measure, unit and
subject whose ranges do not overlap disagree. Measures match when their labels share their key
word after normalising ("deaths" = "death toll" = "fatalities").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from ..records import Claim, Disagreement

_ROUNDING = 0.05
_ABOUT = 0.10
_SYNONYMS = {"death toll": "deaths", "fatalities": "deaths", "killed": "deaths", "casualties": "deaths", "lives": "deaths",
             "economic losses": "losses", "losses": "losses", "damage": "losses", "aid": "aid", "assistance": "aid",
             "relations": "relations", "ties": "relations"}
_UNCOUNTABLE_UNITS = frozenset({"percent"})  # shares of different wholes are rarely the same thing


def claim_range(claim: Claim) -> tuple[float, float]:
    """The values a claim's words allow."""
    v = claim.value
    q = claim.qualifier
    if q == "over" or q == "at least":
        return v, math.inf
    if q in ("under", "up to"):
        return 0.0, v
    if q == "nearly":
        return v * (1 - _ABOUT), v
    if q == "about":
        return v * (1 - _ABOUT), v * (1 + _ABOUT)
    return v * (1 - _ROUNDING), v * (1 + _ROUNDING)


def measure_key(claim: Claim) -> tuple[str, str, str]:
    label = claim.measure.lower()
    for phrase, key in _SYNONYMS.items():
        if label.startswith(phrase):
            label = key + label[len(phrase):]
            break
    return label, claim.unit, (claim.subject or "").lower()


def find_disagreements(claims: Iterable[Claim]) -> list[Disagreement]:
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.unit not in _UNCOUNTABLE_UNITS:
            groups[measure_key(claim)].append(claim)
    found = []
    for key, members in sorted(groups.items()):
        pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1:] if _apart(a, b) and _conflict(a, b)]
        if pairs:
            involved = sorted({c.id: c for pair in pairs for c in pair}.values(), key=lambda c: (c.value, c.id))
            found.append(Disagreement(involved[0].measure, tuple(c.id for c in involved), tuple(c.value for c in involved), _note(key, involved)))
    return found


def _apart(a: Claim, b: Claim) -> bool:
    """Two claims come from different sources: other articles or other claimants."""
    return a.article_id != b.article_id or (a.claimant or "") != (b.claimant or "")


def _conflict(a: Claim, b: Claim) -> bool:
    (a_low, a_high), (b_low, b_high) = claim_range(a), claim_range(b)
    return a_high < b_low or b_high < a_low


def _note(key: tuple[str, str, str], claims: list[Claim]) -> str:
    measure, unit, subject = key
    def said(c: Claim) -> str:
        who = c.claimant or f"article {c.article_id}"
        qualifier = f"{c.qualifier} " if c.qualifier else ""
        return f"{who}: {qualifier}{c.value:,.0f} {unit}"
    whose = f" ({subject})" if subject else ""
    return f"{measure}{whose}: the figures cannot all hold, even allowing for their qualifiers and rounding: " + "; ".join(said(c) for c in claims)
