"""Figures written as people write them: "$150 billion", "Rs 2.5 trillion", "70,000 people", "40%"."""

from __future__ import annotations

import math

_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "PKR": "Rs ", "INR": "₹", "JPY": "¥"}
_CURRENCIES = frozenset({"USD", "GBP", "EUR", "PKR", "INR", "CNY", "JPY", "SAR", "AED", "AFN", "QAR", "KWD", "OMR", "BDT", "LKR", "NPR",
                         "IRR", "TRY", "RUB", "CAD", "AUD", "CHF", "SGD", "HKD"})
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number_text(value: float) -> str:
    """ "150 billion", "2.5 million", "70,000", "0.5"."""
    if not math.isfinite(value):
        return str(value)
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{_trim(value / size)} {word}"
    return f"{value:,.0f}" if value == int(value) else _trim(value)


def amount_text(value: float, unit: str) -> str:
    """The figure with its unit: money with its symbol or code, a share with "%", a count with its noun."""
    number = number_text(value)
    if unit in _CURRENCIES:
        symbol = _SYMBOLS.get(unit)
        return f"{symbol}{number}" if symbol else f"{unit} {number}"
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}"


def _trim(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text or "0"
