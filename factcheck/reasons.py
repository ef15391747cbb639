"""One-line reasons that show the numbers: "149 ∈ (140, ∞)", "[179.5, 180.5) ∩ [180.5, 181.5) = ∅"."""
from __future__ import annotations

from .intervals import format_interval, format_number
from .model import Claim, Interval

_HEDGE_WORDS = {"none": "", "more_than": "more than ", "at_least": "at least ", "plus": "", "nearly": "nearly ",
                "approx": "about ", "up_to": "up to ", "less_than": "less than "}


def show_claim(c: Claim) -> str:
    """A claim's normalised statement: "more than 140", "1,035 kilometer", "2013 (autumn)"."""
    if c.kind in ("date", "date_range"):
        return f"{c.date} ({c.season})" if c.season else str(c.date)
    unit = f" {c.unit}" if c.unit else ""
    if c.value is None:
        return f"{format_interval(c.interval)}{unit}"
    plus = "+" if c.hedge == "plus" else ""
    return f"{_HEDGE_WORDS.get(c.hedge, '')}{format_number(c.value)}{plus}{unit}"


def agree_reason(ca: Claim, cb: Claim, vb, converted: bool) -> str:
    """Why two claims state the same thing."""
    if converted:
        return f"{show_claim(ca)} ≈ {show_claim(cb)} (= {format_number(round(vb, 1))} {ca.unit})"
    return f"{show_claim(ca)} = {show_claim(cb)}"


def overlap_reason(ca: Claim, cb: Claim, va, vb, ia: Interval, ib: Interval) -> str:
    """Why two claims are compatible though they state different things."""
    if ca.kind in ("date", "date_range"):
        return f"{show_claim(ca)} and {show_claim(cb)} overlap"
    if ca.hedge == "none" and va is not None and ib.contains(va):
        return f"{format_number(va)} ∈ {format_interval(ib)}"
    if cb.hedge == "none" and vb is not None and ia.contains(vb):
        return f"{format_number(vb)} ∈ {format_interval(ia)}"
    return f"{format_interval(ia)} ∩ {format_interval(ib)} ≠ ∅"


def disjoint_reason(ca: Claim, cb: Claim, ia: Interval, ib: Interval) -> str:
    """Why two claims cannot both hold: their intervals, or two dates that do not overlap."""
    if ca.kind in ("date", "date_range") and cb.kind in ("date", "date_range"):
        return f"{show_claim(ca)} and {show_claim(cb)} do not overlap"
    return f"{format_interval(ia)} ∩ {format_interval(ib)} = ∅"


def loose_reason(other: Interval, hedged: Interval, reach: float) -> str:
    """Why a pair is compatible only through an open hedge read far beyond its conventional reach."""
    return (f"{format_interval(other)} ⊂ {format_interval(hedged)} but beyond its conventional reach "
            f"{format_number(reach)}")
