"""Where a figure belongs: its scope (a war, a disaster, a programme) and its period.

Scopes come from ``scopes.toml``: a figure takes the scope its sentence names (the one nearest
the figure when it names several), else the one its paragraph names, else (for a figure in a
statement) the one its speaker named in the statements just before. (The one scope an article
names elsewhere was tried and dropped: on 926 real articles it tied donations to 9/11 and
refugee numbers to Benghazi.) Periods are read from the sentence's years: "in 2009" is 2009, "since
2001" runs from 2001 to the article's year, "last year" is the year before the article's.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources


@cache
def _scope_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files(__package__).joinpath("scopes.toml").read_text(encoding="utf-8")
    names = {}
    for row in tomllib.loads(text)["scopes"].values():
        for phrase in row["phrases"]:
            names[phrase] = row["name"]
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), names


@dataclass(frozen=True, slots=True)
class Scopes:
    """The scopes an article names, by offset, and its paragraph breaks."""

    starts: tuple[int, ...]
    names: tuple[str, ...]
    breaks: tuple[int, ...]  # offsets of the newlines that end paragraphs

    @classmethod
    def of(cls, body: str) -> Scopes:
        pattern, names = _scope_pattern()
        found = [(m.start(), names[" ".join(m.group().lower().split())]) for m in pattern.finditer(body)]
        breaks = tuple(m.start() for m in re.finditer(r"\n", body))
        return cls(tuple(s for s, _ in found), tuple(n for _, n in found), breaks)

    def at(self, offset: int, sentence: tuple[int, int]) -> str | None:
        """The scope of a figure at ``offset`` in the given sentence."""
        in_sentence = self._between(*sentence)
        if in_sentence:
            return min(in_sentence, key=lambda found: abs(found[0] - offset))[1]
        paragraph = self._between(*self._paragraph(offset))
        return paragraph[0][1] if len({name for _, name in paragraph}) == 1 else None

    def named_in(self, start: int, end: int) -> list[str]:
        """The scopes named between two offsets, last first."""
        return [name for _, name in reversed(self._between(start, end))]

    def _between(self, start: int, end: int) -> list[tuple[int, str]]:
        low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [(self.starts[i], self.names[i]) for i in range(low, high)]

    def _paragraph(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.breaks, offset)
        start = self.breaks[i - 1] + 1 if i > 0 else 0
        end = self.breaks[i] if i < len(self.breaks) else 1 << 62
        return start, end


_YEAR = re.compile(r"(?<![\d$£€.,])(?P<since>since\s+|from\s+)?(?P<year>(?:19|20)\d\d)(?![\d,.]\d)", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?P<which>last|this|next|past)\s+year\b", re.IGNORECASE)


def period_of(sentence: str, article_year: int | None) -> tuple[int, int] | None:
    """The years a sentence's figures are about, or None when it names none."""
    years: list[int] = []
    for match in _YEAR.finditer(sentence):
        year = int(match["year"])
        years.append(year)
        if match["since"] and match["since"].lower().startswith("since") and article_year is not None:
            years.append(article_year)
    if article_year is not None:
        for match in _RELATIVE.finditer(sentence):
            years.append(article_year + {"last": -1, "past": -1, "this": 0, "next": 1}[match["which"].lower()])
    return (min(years), max(years)) if years else None
