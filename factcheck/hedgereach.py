"""How far an open hedge reaches ("over 3,400" reaches 3,500, one step of its last stated digit), and the
pairs compatible only through a hedge the other figure leaves behind that reach (``loose``, SEMANTICS §2)."""
from __future__ import annotations

from typing import Optional

from .model import Claim, Interval
from .reasons import loose_reason
from .scope import OPEN_ABOVE, OPEN_BELOW


def hedge_reach(c: Claim, value: Optional[float]) -> Optional[float]:
    """How far an open hedge conventionally reaches: one step of its last stated digit (in ``value``'s unit)."""
    if value is None or not c.value or not c.precision:
        return None
    step = c.precision * (value / c.value)
    return value + step if c.hedge in OPEN_ABOVE else value - step


def loose_pair(ca: Claim, ia: Interval, va, cb: Claim, ib: Interval, vb) -> Optional[str]:
    """A reason when a pair is compatible only through an open hedge the other figure leaves far behind."""
    for hedged, hv, hi, other_claim, other, ov in ((ca, va, ia, cb, ib, vb), (cb, vb, ib, ca, ia, va)):
        if hedged.hedge not in OPEN_ABOVE + OPEN_BELOW:
            continue
        same_way = OPEN_ABOVE if hedged.hedge in OPEN_ABOVE else OPEN_BELOW
        if other_claim.hedge in same_way:
            continue  # two bounds the same way ("more than 140", "more than 150"): one is only the weaker
        reach = hedge_reach(hedged, hv)
        if reach is None:
            continue
        low, high = stated_bounds(other_claim, other, ov)
        if hedged.hedge in OPEN_ABOVE and low is not None and (low[0] > reach or (low[0] == reach and not low[1])):
            return loose_reason(other, hi, reach)
        if hedged.hedge in OPEN_BELOW and high is not None and (high[0] < reach or (high[0] == reach and not high[1])):
            return loose_reason(other, hi, reach)
    return None


def stated_bounds(claim: Claim, iv: Interval, value) -> tuple[Optional[tuple], Optional[tuple]]:
    """The (bound, inclusive) pairs of what a figure states, for the reach of a hedge: an unhedged figure its
    value ("4,000" lies beyond the reach 3,500 of "over 3,400", though its rounding reaches down to 3,500),
    a hedged one its interval."""
    if claim.hedge == "none" and value is not None:
        return (value, True), (value, True)
    return (None if iv.low is None else (iv.low, iv.low_inclusive),
            None if iv.high is None else (iv.high, iv.high_inclusive))
