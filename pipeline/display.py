"""Figures as people read them: values the Korean way and sentences cut around a figure.

Shared by the command line's tables and every other place that shows a value to a reader; the
store, CSV and JSON keep the exact value.
"""

from __future__ import annotations

from decimal import Decimal

_KRW_UNITS = ((Decimal(10) ** 12, "조"), (Decimal(10) ** 8, "억"), (Decimal(10) ** 4, "만"))


def format_value(value: Decimal, unit: str, value_max: Decimal | None = None) -> str:
    """A figure's value as a Korean reader writes it: won in 조/억/만 groups (`4,222억 2,000만 원`),
    rates with their sign (`67%`, `0.6%p`), counts with thousands separators (`26,000개`)."""
    if value_max is not None:
        return f"{_number(value, unit)}~{format_value(value_max, unit)}"
    return _number(value, unit) + _unit_suffix(unit)


def format_exact(value: Decimal, unit: str) -> str:
    """The exact value with thousands separators and its unit, no 조/억/만 grouping:
    `422,220,000,000 원`, `60.8%`."""
    return _thousands(value) + _unit_suffix(unit)


def _number(value: Decimal, unit: str) -> str:
    if unit == "KRW" and value == value.to_integral_value() and abs(value) >= 10**4:
        return _korean_grouped(int(value))
    return _thousands(value)


def _korean_grouped(amount: int) -> str:
    sign, rest = ("-" if amount < 0 else ""), abs(amount)
    parts = []
    for size, name in _KRW_UNITS:
        chunk, rest = divmod(rest, int(size))
        if chunk:
            parts.append(f"{chunk:,}{name}")
    if rest:
        parts.append(f"{rest:,}")
    return sign + " ".join(parts)


def _thousands(value: Decimal) -> str:
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unit_suffix(unit: str) -> str:
    if unit == "KRW":
        return " 원"
    if unit in ("%", "%p"):
        return unit
    if unit.isascii() and unit.isalpha():  # currency codes: USD, JPY …
        return f" {unit}"
    return unit  # counters attach to the number: 26,000개


def shorten(sentence: str, surface: str, width: int = 40) -> str:
    """The sentence on one line, cut to `width` terminal cells (Hangul takes two) around the
    figure's surface, with "…" where it was cut."""
    from rich.cells import cell_len

    sentence = " ".join(sentence.split())
    if cell_len(sentence) <= width:
        return sentence
    at = sentence.find(surface) if surface else -1
    start, end = (at, at + len(surface)) if at >= 0 else (0, 0)
    used = cell_len(sentence[start:end]) + 2  # room for an ellipsis on each side
    # Grow the window one character at a time, alternately right and left, while it fits.
    grew = True
    while grew:
        grew = False
        for side in ("right", "left"):
            if side == "right" and end < len(sentence):
                step = cell_len(sentence[end])
                if used + step <= width:
                    end, used, grew = end + 1, used + step, True
            elif side == "left" and start > 0:
                step = cell_len(sentence[start - 1])
                if used + step <= width:
                    start, used, grew = start - 1, used + step, True
    return ("…" if start > 0 else "") + sentence[start:end] + ("…" if end < len(sentence) else "")
