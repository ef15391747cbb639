"""What a written figure asserts: precision, hedge intervals and comparison intervals.

This module is SEMANTICS.md sections 1 and 2 in code; the extractor uses it
to fill a Claim, the verdict code to compare two claims.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
from typing import Optional

from .model import Claim, Interval


def figure_precision(digits: str, multiplier: float = 1.0, scale_word: bool = False) -> tuple[float, float]:
    """(precision, step) of a figure written as ``digits`` (no separators) times ``multiplier``.

    precision: place value of the last non-zero digit (of the last written
    digit for decimals), one place lower when the only significant digit of
    a whole number is a 1 (1,000 -> 100).  step: the place value an
    unhedged figure is rounded to -- the last written digit, unless a whole
    number has two or more trailing zeros or carries a scale word; then the
    zeros are rounding and step equals precision.
    """
    whole, _, decimals = digits.partition(".")
    whole = whole.lstrip("0") or "0"
    if decimals:
        place = -len(decimals)
        precision = step = 10.0 ** place
    else:
        stripped = whole.rstrip("0")
        trailing = len(whole) - len(stripped)
        if not stripped:  # the figure zero
            return multiplier, multiplier
        place = trailing - 1 if stripped == "1" else trailing
        precision = 10.0 ** place
        step = precision if (trailing >= 2 or scale_word) else 1.0
    return precision * multiplier, step * multiplier


def hedge_interval(value: float, hedge: str, precision: float, whole: bool = True) -> Interval:
    """The interval a hedged figure literally asserts (SEMANTICS.md section 2)."""
    whole = whole and value >= 0
    floor = 0.0 if whole else None
    if hedge == "more_than":
        return Interval(value, None, False, False)
    if hedge in ("at_least", "plus"):
        return Interval(value, None, True, False)
    if hedge == "nearly":
        low = value - precision
        return Interval(max(low, 0.0) if whole else low, value, True, False)
    if hedge == "approx":
        low = value - precision / 2
        return Interval(max(low, 0.0) if whole else low, value + precision / 2, True, True)
    if hedge == "up_to":
        return Interval(floor, value, True, True)
    if hedge == "less_than":
        return Interval(floor, value, True, False)
    return Interval(value, value, True, True)


NORTHERN_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def comparison_interval(claim: Claim, seasons: Optional[dict] = None) -> Interval:
    """The interval a claim is compared on: hedged figures as recorded, unhedged ones widened to their rounding.

    ``seasons`` maps a season name to its (first, last) month; northern-hemisphere months by default.
    """
    if claim.kind in ("date", "date_range"):
        months = (seasons or NORTHERN_SEASONS).get(claim.season) if claim.season else None
        return date_interval(claim.date, months)
    if claim.hedge != "none" or claim.value is None:
        return claim.interval
    half = (claim.step or 0.0) / 2
    if half == 0 or claim.kind in ("ordinal", "identifier"):
        return Interval(claim.value, claim.value)
    return Interval(claim.value - half, claim.value + half, True, False)


def date_interval(iso: Optional[str], season: Optional[tuple[int, int]] = None) -> Interval:
    """The days (proleptic ordinals, end exclusive) an ISO date, month, year, season or range covers."""
    if not iso:
        return Interval(None, None)
    if "/" in iso:
        a, b = iso.split("/", 1)
        first, last = date_interval(a), date_interval(b)
        return Interval(first.low, last.high, True, False)
    if season:
        year = int(iso[:4])
        first_month, last_month = season
        start = dt.date(year, first_month, 1)
        end_year = year + 1 if last_month < first_month else year
        end = dt.date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])
        return Interval(start.toordinal(), end.toordinal() + 1, True, False)
    iso = iso.split("T", 1)[0]
    parts = iso.lstrip("-").split("-")
    try:
        if iso.startswith("--"):
            return Interval(None, None)  # month-day with no year
        year = int(parts[0])
        if len(parts) == 1:
            return Interval(dt.date(year, 1, 1).toordinal(), dt.date(year + 1, 1, 1).toordinal(), True, False)
        month = int(parts[1])
        if len(parts) == 2:
            days = calendar.monthrange(year, month)[1]
            start = dt.date(year, month, 1).toordinal()
            return Interval(start, start + days, True, False)
        day = dt.date(year, month, int(parts[2])).toordinal()
        return Interval(day, day + 1, True, False)
    except (ValueError, IndexError):
        return Interval(None, None)


def format_interval(iv: Interval) -> str:
    """Render an interval as ``[180.5, 181.5)`` or ``(140, ∞)``."""
    lo = "-∞" if iv.low is None else format_number(iv.low)
    hi = "∞" if iv.high is None else format_number(iv.high)
    left = "[" if iv.low is not None and iv.low_inclusive else "("
    right = "]" if iv.high is not None and iv.high_inclusive else ")"
    return f"{left}{lo}, {hi}{right}"


def format_number(x: float) -> str:
    """A compact human form of a number: 181, 2.2e9 as 2,200,000,000, 180.5."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.12g}"  # a rounding bound such as 345,997.5 must not print as 345,998
