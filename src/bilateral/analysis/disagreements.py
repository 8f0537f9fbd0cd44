"""Where sources disagree: claims on the same measure, subject and scope, from different sources.

Only comparable claims are compared: a measure of the measures table (never an uncategorised
amount nor a share), a known subject, a known scope (``claims/scopes.toml``: without one, "deaths"
of a country lump every attack of a year together), the same unit, and periods that overlap (a
claim whose sentence names no years overlaps any). Claims from one article by one claimant are one
source; articles of one story compare only across outlets.

Each claim becomes the range its words allow: "over 55,000" is 55,000 and up, "about 40,000" is
40,000 give or take 10%, a plain figure allows for its rounding (5% either side), "nearly 75" is
just under 75. Two sources' claims are in **conflict** when their ranges cannot both hold, and
**differ** when they can but the figures as stated differ by more than ``DIFFER_MARGIN`` of the
larger ("over 60,000" against "70,000").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..claims.measures import is_comparable
from ..format import amount_text
from ..records import Claim, Disagreement

_ROUNDING = 0.05
_ABOUT = 0.10
DIFFER_MARGIN = 0.10  # stated figures further apart than this share of the larger differ notably
_SHOWN = 4  # claims named in a note: the most different ones (all are listed with the disagreement)

Key = tuple[str, str, str, str]  # measure id, unit, subject, scope


def claim_range(claim: Claim) -> tuple[float, float]:
    """The values a claim's words allow."""
    v = claim.value
    q = claim.qualifier
    if q in ("over", "at least"):
        return v, math.inf
    if q in ("under", "up to"):
        return 0.0, v
    if q == "nearly":
        return v * (1 - _ABOUT), v
    if q == "about":
        return v * (1 - _ABOUT), v * (1 + _ABOUT)
    if q == "exactly":
        return v, v
    return v * (1 - _ROUNDING), v * (1 + _ROUNDING)


def comparison_key(claim: Claim) -> Key | None:
    """The group a claim is compared within, or None when it is compared with nothing."""
    if not is_comparable(claim.measure_id) or not claim.subject or not claim.scope:
        return None  # "deaths in the United States" lumps every shooting of a year: a scope names one story
    return claim.measure_id, claim.unit, claim.subject, claim.scope or ""


def find_disagreements(claims: Iterable[Claim], sources: Mapping[str, tuple[str | None, str | None]] | None = None) -> list[Disagreement]:
    """``sources`` maps an article id to its (story id, outlet), so that one story's articles are
    compared only across outlets."""
    groups: dict[Key, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = comparison_key(claim)
        if key is not None:
            groups[key].append(claim)
    found = []
    for key, members in sorted(groups.items()):
        for kind in ("conflict", "differ"):
            pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1:]
                     if _apart(a, b, sources or {}) and _periods_overlap(a, b) and _kind(a, b) == kind]
            if pairs:
                found.append(_disagreement(kind, key, pairs))
    return found


def _disagreement(kind: str, key: Key, pairs: list[tuple[Claim, Claim]]) -> Disagreement:
    involved = sorted({c.id: c for pair in pairs for c in pair}.values(), key=lambda c: (c.value, c.id))
    measure = involved[0].measure
    return Disagreement(measure, tuple(c.id for c in involved), tuple(c.value for c in involved), _note(kind, key, measure, involved),
                        kind, key[2])


def _apart(a: Claim, b: Claim, sources: Mapping[str, tuple[str | None, str | None]]) -> bool:
    """Two claims come from different sources: other claimants in one article, or other articles
    (but not two versions of one story by one outlet)."""
    if a.article_id == b.article_id:
        return (a.claimant or "") != (b.claimant or "")
    story_a, outlet_a = sources.get(a.article_id, (None, None))
    story_b, outlet_b = sources.get(b.article_id, (None, None))
    return story_a is None or story_a != story_b or (outlet_a or "") != (outlet_b or "")


def _periods_overlap(a: Claim, b: Claim) -> bool:
    if a.period_start is None or b.period_start is None or a.period_end is None or b.period_end is None:
        return True
    return a.period_start <= b.period_end and b.period_start <= a.period_end


def _kind(a: Claim, b: Claim) -> str | None:
    (a_low, a_high), (b_low, b_high) = claim_range(a), claim_range(b)
    if a_high < b_low or b_high < a_low:
        return "conflict"
    larger = max(a.value, b.value)
    if larger > 0 and abs(a.value - b.value) / larger > DIFFER_MARGIN:
        return "differ"
    return None


def _note(kind: str, key: Key, measure: str, claims: list[Claim]) -> str:
    shown = claims if len(claims) <= _SHOWN else [*claims[: _SHOWN // 2], *claims[-(_SHOWN // 2):]]
    def said(c: Claim) -> str:
        who = c.claimant or f"article {c.article_id}"
        qualifier = f"{c.qualifier} " if c.qualifier else ""
        return f"{who}: {qualifier}{amount_text(c.value, c.unit)}"
    why = ("the figures cannot all hold, even allowing for their qualifiers and rounding" if kind == "conflict"
           else f"the figures can all hold, but differ by more than {DIFFER_MARGIN:.0%}")
    more = f" (and {len(claims) - len(shown)} more)" if len(claims) > len(shown) else ""
    return f"{measure} ({key[2]}): {why}: " + "; ".join(said(c) for c in shown) + more
