"""Amounts stated in plain text: figures, money, percentages and durations, normalised.

One regex finds where each figure begins: digits (with a currency symbol or code before
them), number words, "a million", or a vague "thousands of". Small readers then take what
follows it (scale words, a currency, percent or a time unit) and the qualifier before it
("more than"). What only looks like an amount is dropped: dates, times, phone numbers,
calendar years, labels ("F-16", "Article 370") and pronoun "one". Last, a range shares its
scale and currency ("$40-50 billion"), and an amount takes the parenthesised equivalents
that follow it ("$150 billion (£108 bn)") as alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import takewhile


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount. Offsets cover the expression without its qualifier.

    A vague amount ("hundreds of", "several thousand") has the implied qualifier "over",
    and its qualifier_start is its own start.
    """

    start: int
    end: int
    text: str
    value: float
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    qualifier_start: int | None = None
    usd_value: float | None = None
    alternatives: tuple[Amount, ...] = ()


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first ("bln" before "b"); a space in a phrase matches any run of spaces."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- vocabulary -------------------------------------------------------------------------------

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SMALL_NUMBERS = _UNITS | _TEENS | _TENS

_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "arab": 1e9,
    "bn": 1e9, "bln": 1e9, "b": 1e9, "trn": 1e12, "tr": 1e12, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "cr": 1e7,
}  # fmt: skip
_ABBREVIATIONS = frozenset({"bn", "bln", "b", "trn", "tr", "mn", "mln", "m", "k", "cr"})
_SPACED_ABBREVIATIONS = frozenset({"bn", "bln"})  # unambiguous even after a space without money
_CASE_SENSITIVE_SCALES = frozenset({"arab"})  # "Arab" with a capital is the adjective ("20 Arab states")
_WORD_SCALES = frozenset(_SCALES) - _ABBREVIATIONS - _CASE_SENSITIVE_SCALES

# "hundreds of", "tens of thousands": the least each can mean
_VAGUE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "lakhs": 1e5, "crores": 1e7}  # fmt: skip

_ISO_CODES = _words("USD GBP EUR PKR INR CNY JPY SAR AED AFN QAR KWD OMR BDT LKR NPR IRR TRY RUB CAD AUD CHF SGD HKD")
_PREFIX_CURRENCIES = {
    "US$": "USD", "$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD",
    "£": "GBP", "€": "EUR", "₹": "INR", "¥": "JPY", "₨": "PKR", "Rs.": "PKR", "Rs": "PKR", "RMB": "CNY",
} | {code: code for code in _ISO_CODES}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "rupee": "PKR", "pound": "GBP", "sterling": "GBP", "euro": "EUR", "yuan": "CNY",
    "renminbi": "CNY", "riyal": "SAR", "rial": "IRR", "dirham": "AED", "afghani": "AFN", "yen": "JPY",
    "taka": "BDT", "lira": "TRY", "rouble": "RUB", "ruble": "RUB",
}  # fmt: skip
# A nationality before the currency word overrides its default ("Indian rupees" are not PKR).
_NATIONAL_CURRENCIES = {
    ("US", "dollar"): "USD", ("U.S.", "dollar"): "USD", ("American", "dollar"): "USD",
    ("Canadian", "dollar"): "CAD", ("Australian", "dollar"): "AUD", ("Hong Kong", "dollar"): "HKD",
    ("Singapore", "dollar"): "SGD", ("Indian", "rupee"): "INR", ("Pakistani", "rupee"): "PKR",
    ("Sri Lankan", "rupee"): "LKR", ("Nepali", "rupee"): "NPR", ("Nepalese", "rupee"): "NPR",
    ("Saudi", "riyal"): "SAR", ("Qatari", "riyal"): "QAR", ("Omani", "rial"): "OMR", ("Iranian", "rial"): "IRR",
    ("Emirati", "dirham"): "AED", ("UAE", "dirham"): "AED", ("Chinese", "yuan"): "CNY", ("Japanese", "yen"): "JPY",
    ("Afghan", "afghani"): "AFN", ("Bangladeshi", "taka"): "BDT", ("Turkish", "lira"): "TRY", ("Russian", "rouble"): "RUB",
}  # fmt: skip

_QUALIFIERS = {
    "over": "over", "more than": "over", "above": "over", "in excess of": "over", "upwards of": "over",
    "upward of": "over", "exceeding": "over", "greater than": "over", "well over": "over", "well above": "over",
    "just over": "over",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "approx.": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly", "just below": "nearly",
    "just shy of": "nearly",
    "at least": "at least", "no less than": "at least", "no fewer than": "at least", "a minimum of": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "a maximum of": "up to",
    "under": "under", "less than": "under", "below": "under", "fewer than": "under",
    "exactly": "exactly", "precisely": "exactly",
}  # fmt: skip

# A bare year-like number followed by one of these counts things: "2000 troops", "1800 people".
_COUNT_NOUNS = _words(
    """people persons troops soldiers personnel civilians deaths casualties refugees migrants workers pilgrims
    prisoners students families children women men policemen militants fighters officers tourists visitors
    patients cases homes houses jobs vehicles trucks villages tonnes tons km kilometres kilometers miles acres
    hectares megawatts barrels containers doses beds seats votes weapons missiles rockets drones"""
)
# After these, "one" is a pronoun: "one of the", "one another", "one who".
_FUNCTION_WORDS = _words(
    """of another who whom whose that which is was are were has had have would could can will should must might
    may does did do and or but in on at to for by with from as than the a an he she it they we you i his her
    their its our my your"""
)

# --- patterns -------------------------------------------------------------------------------------

_LT_HUNDRED = rf"(?:(?:{_alternation(_TENS)})(?:[-\s](?:{_alternation(_UNITS)}))?|{_alternation(_TEENS)}|{_alternation(_UNITS)})"
_WORD_NUMBER = rf"{_LT_HUNDRED}(?:\s+hundred(?:\s+(?:and\s+)?{_LT_HUNDRED})?)?"
_WORD_SCALE = rf"(?:{_alternation(_WORD_SCALES)})\b"
_VAGUE_AMOUNT = (
    r"(?:tens|dozens|hundreds)\s+of\s+(?:thousands|millions|billions|lakhs|crores)"
    r"|(?:dozens|hundreds|thousands|millions|billions|lakhs|crores)(?=\s+of\b)"
)
# Thousands separators in Western (1,234,567) or South Asian (12,34,567) grouping.
_DIGITS = r"(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.\d+)?(?![.,]?\d)"

_CORE = re.compile(
    rf"""
    (?:
        (?<![^\W\d_])(?P<prefix>{_alternation(_PREFIX_CURRENCIES)})\s?
      | (?<![\w.,:/#+])(?<![^\W\d_]-)   # not inside a word or label: "G20", "F-16", "COVID-19"
    )(?P<digits>{_DIGITS})
  | (?<![\w-])(?i:
        (?P<vague>{_VAGUE_AMOUNT})
      | (?P<few>several|a\s+few)(?=\s+{_WORD_SCALE})
      | (?P<article>a)(?=\s+{_WORD_SCALE})
      | (?P<word>{_WORD_NUMBER})\b
    )
    """,
    re.VERBOSE,
)
_SCALE = re.compile(
    rf"(?P<gap>\s?|-)(?P<scale>(?i:{_alternation(_SCALES.keys() - _CASE_SENSITIVE_SCALES)})|{_alternation(_CASE_SENSITIVE_SCALES)})(?![^\W\d_])"
)
_CURRENCY_AFTER = re.compile(
    rf"\s+(?:(?P<adjective>{_alternation({adjective for adjective, _ in _NATIONAL_CURRENCIES})})\s+)?"
    r"(?P<word>(?i:(?:dollar|rupee|pound|euro|riyal|rial|dirham|afghani|rouble|ruble)s?|yuan|renminbi|yen|taka|lira|sterling))\b"
    r"(?:\s+(?i:sterling)\b)?"
    rf"|\s+(?P<code>{_alternation(_ISO_CODES)})\b"
)
_PERCENT = re.compile(r"\s?%|[\s-]?(?i:per[\s-]?cent|percent)\b|\s?pc\b")
_POINTS = re.compile(r"\s+(?i:percentage[\s-]+points?)\b")
_TIME_UNIT = re.compile(r"(?:\s+|-)(?i:(?P<unit>year|month|week|day|hour|minute|decade)s?)\b")
_OF = re.compile(r"\s+of(?=\s)")
# "two-thirds" and "ten-fold" are ratios, not counts.
_RATIO_AFTER = re.compile(r"-(?i:half|halves|(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?|fold)\b")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_GLUED_AFTER = re.compile(r"\w|['’]s\b")  # "21st", "1990s", "3pm", "5G", "the 90's"
_LEADING_ZERO = re.compile(r"0\d")

_QUALIFIER_BEFORE = re.compile(
    rf"(?<![\w.])(?P<qualifier>{_alternation(_QUALIFIERS)})\s+\Z",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"(?<![\w.])(?:articles?|sections?|clauses?|resolutions?|chapter|paragraph|para|schedule|rule|amendment|annex|appendix"
    r"|item|page|flight|route|highway|no\.|number|room|gate|platform|sector|phase|category|level|version|block|plot|unit)\s+\Z",
    re.IGNORECASE,
)
_PRONOUN_ONE_BEFORE = re.compile(r"(?<![\w.])(?:no|the|any|every|each|which|this|that)\s+\Z", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?<![\w.])between\s+\Z", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*[-–]\s*|\s+(?:to|and)\s+")
_OPEN_PAREN = re.compile(r"\s*\(")
_EQUIVALENT_SEPARATORS = re.compile(r"(?:[\s,;/]|\bor\b)*")

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_DAYS = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9]))?(?!\d|[.,]\d)"
# Stretches whose digits are never amounts.
_NOT_AMOUNTS = re.compile(
    "|".join(
        [
            rf"\b(?:{_MONTHS})\.?\s+{_DAYS}",  # June 29, Sept. 5-6
            rf"(?<![\d.,]){_DAYS}\s+(?:of\s+)?(?:{_MONTHS})\b",  # 29 June, 5th of May
            r"(?<![\d.,])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?!\d)",  # 29/06/2021, 2021-06-29
            r"\d+(?:[/:]\d+)+",  # 24/7, 9/11, 10:30
            r"(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?",  # 3pm, 10.30 a.m.
            r"(?<![\d.,])\d{1,2}\s+o'clock",
            r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|IST|PKT|PST|EST|hrs)\b",
            r"(?<![\d.,])(?:18|19|20)\d{2}\s*[-–/]\s*(?:(?:18|19|20)\d{2}|\d{2})(?!\d)",  # 2019-20, 1947-1948
            r"\+\d[\d\s().-]{6,}\d",  # phone numbers: +92 51 1234567
            r"\(\d{2,5}\)\s?\d[\d\s-]{4,}\d",  # (202) 555-0143
            r"(?<![\d.,])\d{2,5}(?:-\d{2,8}){2,}(?!\d)",  # 555-123-4567
            r"(?<![\d.,])0\d{2,4}[-\s]?\d{6,8}(?!\d)",  # 051-1234567
            r"(?<![\d.,])\d{9,}",  # account numbers and such: nobody writes amounts that long unseparated
        ]
    )
)


# --- reading one amount ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    number: float  # the figure before its scale words
    scale: float
    currency: str | None
    unit: str | None
    qualifier: str | None = None
    qualifier_start: int | None = None

    def amount(self, text: str) -> Amount:
        value = self.number * self.scale
        return Amount(
            start=self.start,
            end=self.end,
            text=text[self.start : self.end],
            value=value,
            currency=self.currency,
            unit=self.unit,
            qualifier=self.qualifier,
            qualifier_start=self.qualifier_start,
            usd_value=value if self.currency == "USD" else None,
        )


def _core_number(core: re.Match[str]) -> float | None:
    """The figure the core match spells, before scale words; None for digits with a leading zero (codes, not amounts)."""
    if digits := core["digits"]:
        return None if _LEADING_ZERO.match(digits) else float(digits.replace(",", ""))
    if vague := core["vague"]:
        product = 1.0
        for word in vague.lower().split():
            product *= _VAGUE.get(word, 1.0)  # skips "of"
        return product
    if words := core["word"]:
        return float(_word_value(words))
    return 1.0  # "a million", "several thousand": the scale says it all


def _word_value(phrase: str) -> int:
    value = 0
    for token in re.split(r"[\s-]+", phrase.lower()):
        if token == "hundred":
            value *= 100
        elif token != "and":
            value += _SMALL_NUMBERS[token]
    return value


def _counts_as_scale(word: str, gap: str, *, first: bool, after_digits: bool, has_currency: bool) -> bool:
    """Scale words always count. Most abbreviations are also letters or units ("150 m" of road), so they count
    only right after digits, and then only glued to them ("150m") or in money ("$150 m")."""
    if word not in _ABBREVIATIONS:
        return True
    if not (first and after_digits) or gap == "-":
        return False
    glued = not gap
    if word in _SPACED_ABBREVIATIONS:
        return True
    if word == "k":
        return glued
    if word == "b":
        return has_currency
    return glued or has_currency


def _read_scales(text: str, pos: int, *, after_digits: bool, has_currency: bool) -> tuple[float, int]:
    """Multiply out the scale words after a figure: "2.5 trillion", "$3bn", "1.5 lakh crore"."""
    scale, start = 1.0, pos
    while (match := _SCALE.match(text, pos)) and _counts_as_scale(
        match["scale"].lower(), match["gap"], first=pos == start, after_digits=after_digits, has_currency=has_currency
    ):
        scale *= _SCALES[match["scale"].lower()]
        pos = match.end()
    return scale, pos


def _read_suffix(text: str, pos: int, currency: str | None, *, vague: bool) -> tuple[str | None, str | None, int]:
    """The currency, percent sign or time unit after a figure, as (currency, unit, end).

    A vague figure takes them after "of": "millions of dollars", "hundreds of years".
    """
    if currency is not None:
        return currency, None, pos
    after = pos
    if vague and (of := _OF.match(text, pos)):
        after = of.end()
    if money := _CURRENCY_AFTER.match(text, after):
        return _suffix_currency(money), None, money.end()
    if not vague and (points := _POINTS.match(text, pos)):
        return None, "percentage points", points.end()
    if not vague and (percent := _PERCENT.match(text, pos)):
        return None, "percent", percent.end()
    if time := _TIME_UNIT.match(text, after):
        return None, time["unit"].lower() + "s", time.end()
    return None, None, pos


def _suffix_currency(match: re.Match[str]) -> str:
    if match["code"]:
        return match["code"]
    stem = match["word"].lower().removesuffix("s")
    return _NATIONAL_CURRENCIES.get((match["adjective"], stem)) or _CURRENCY_WORDS[stem]


def _read_amount(text: str, core: re.Match[str]) -> _Draft | None:
    """The whole amount starting at a core match, or None when the figure there is no amount."""
    number = _core_number(core)
    if number is None:
        return None
    prefix = core["prefix"]
    scale, pos = _read_scales(text, core.end(), after_digits=core["digits"] is not None, has_currency=prefix is not None)
    currency = _PREFIX_CURRENCIES[prefix] if prefix else None
    currency, unit, end = _read_suffix(text, pos, currency, vague=core["vague"] is not None)
    if _GLUED_AFTER.match(text, end):
        return None
    if unit == "decades":  # "two decades" is twenty years, comparable with figures in years
        scale, unit = scale * 10, "years"
    draft = _Draft(core.start(), end, number, scale, currency, unit)
    if _is_not_a_count(text, core, draft):
        return None
    if qualifier := _QUALIFIER_BEFORE.search(text, max(0, draft.start - 40), draft.start):
        draft.qualifier = _QUALIFIERS[" ".join(qualifier["qualifier"].lower().split())]
        draft.qualifier_start = qualifier.start("qualifier")
    elif core["vague"] or core["few"]:
        draft.qualifier, draft.qualifier_start = "over", draft.start
    return draft


def _is_not_a_count(text: str, core: re.Match[str], draft: _Draft) -> bool:
    """A ratio ("two-thirds"), a year, a label ("Article 370") or the pronoun "one"."""
    bare = draft.scale == 1.0 and draft.currency is None and draft.unit is None
    if not bare:
        return False
    if _RATIO_AFTER.match(text, core.end()):
        return True
    if digits := core["digits"]:
        return _is_year(text, digits, draft) or bool(_LABEL_BEFORE.search(text, max(0, draft.start - 20), draft.start))
    return (core["word"] or "").lower() == "one" and _is_pronoun_one(text, draft)


def _is_year(text: str, digits: str, draft: _Draft) -> bool:
    if len(digits) != 4 or not digits.isdigit() or not 1800 <= draft.number <= 2100:
        return False
    next_word = _NEXT_WORD.match(text, draft.end)
    return next_word is None or next_word[1].lower() not in _COUNT_NOUNS


def _is_pronoun_one(text: str, draft: _Draft) -> bool:
    """ "one of the", "no one", "the one that", "one another": a count needs a noun after it."""
    if _PRONOUN_ONE_BEFORE.search(text, max(0, draft.start - 10), draft.start):
        return True
    next_word = _NEXT_WORD.match(text, draft.end)
    return next_word is None or next_word[1].lower() in _FUNCTION_WORDS


# --- the whole text -------------------------------------------------------------------------------------


def find_amounts(text: str) -> list[Amount]:
    """The amounts in text, in text order and non-overlapping; parenthesised equivalents ride on the amount before them."""
    blocked = [match.span() for match in _NOT_AMOUNTS.finditer(text)]
    drafts: list[_Draft] = []
    for core in _CORE.finditer(text):
        if drafts and core.start() < drafts[-1].end:
            continue
        draft = _read_amount(text, core)
        if draft is not None and not any(start < draft.end and draft.start < end for start, end in blocked):
            drafts.append(draft)
    _share_across_ranges(text, drafts)
    return _attach_equivalents(text, [draft.amount(text) for draft in drafts])


def _share_across_ranges(text: str, drafts: list[_Draft]) -> None:
    """In "$40-50 billion" or "10 to 15 per cent" the scale, currency and unit are written once for both ends."""
    for low, high in zip(drafts, drafts[1:], strict=False):
        if not _is_range(text, low, high):
            continue
        # "from 800 to 1.2 million" is 800, not 800 million: only a smaller bare figure borrows the scale
        if low.scale == 1.0 and high.scale != 1.0 and low.number <= high.number:
            low.scale = high.scale
        low.currency, high.currency = low.currency or high.currency, high.currency or low.currency
        if low.currency is None and low.unit is None:
            low.unit = high.unit


def _is_range(text: str, low: _Draft, high: _Draft) -> bool:
    gap = _RANGE_GAP.fullmatch(text, low.end, high.start)
    if gap is None:
        return False
    return gap[0].strip() != "and" or bool(_BETWEEN_BEFORE.search(text, max(0, low.start - 12), low.start))


def _attach_equivalents(text: str, amounts: list[Amount]) -> list[Amount]:
    grouped: list[Amount] = []
    index = 0
    while index < len(amounts):
        main = amounts[index]
        count = _equivalent_count(text, main, amounts[index + 1 :])
        grouped.append(_with_equivalents(main, amounts[index + 1 : index + 1 + count]))
        index += 1 + count
    return grouped


def _equivalent_count(text: str, main: Amount, following: list[Amount]) -> int:
    """How many of the following amounts restate main in parentheses right after it: "$150 billion (£108 bn)"."""
    opened = _OPEN_PAREN.match(text, main.end)
    if opened is None:
        return 0
    close = text.find(")", opened.end())  # -1 when unclosed, and then nothing is inside
    inside = list(takewhile(lambda amount: amount.end <= close, following))
    if not inside or not all(_same_kind(main, amount) for amount in inside):
        return 0
    # nothing but the amounts, their qualifiers and separators: "(£108 bn)", "(about Rs 2 trillion, or €9bn)"
    bounds = [opened.end()]
    for amount in inside:
        bounds += [amount.start if amount.qualifier_start is None else amount.qualifier_start, amount.end]
    bounds.append(close)
    gaps = zip(bounds[::2], bounds[1::2], strict=True)
    return len(inside) if all(_EQUIVALENT_SEPARATORS.fullmatch(text, start, end) for start, end in gaps) else 0


def _same_kind(main: Amount, other: Amount) -> bool:
    return (main.currency is None) == (other.currency is None) and main.unit == other.unit


def _with_equivalents(main: Amount, equivalents: list[Amount]) -> Amount:
    usd = next((amount.value for amount in (main, *equivalents) if amount.currency == "USD"), None)

    def priced(amount: Amount) -> Amount:
        return replace(amount, usd_value=usd) if amount.currency is not None and usd is not None else amount

    return replace(priced(main), alternatives=tuple(priced(amount) for amount in equivalents))
