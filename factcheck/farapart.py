"""Figures too far apart to be one fact, whatever their frames say: the only checks of discovery that read
values.  A figure of a stated period or day three or more times away from one of no time ("10.2 million visitors
in 2018" beside "seen by 1,071,840 visitors"; "78,011 spectators" at a final "on Sunday" beside a tournament's
3,031,768), and a measurement said of something ten or more times away from
one said of nothing ("The canal, 193 km long" beside "Length overall: 400 m") are another thing or another
period far more often than a slip, so discovery never merges them; nor any two figures fifty or more times
apart, unless a power of ten alone sets them apart (a slip of scale, which must be seen)."""
from __future__ import annotations

import math
from typing import Callable, Optional, Sequence

from .model import Claim, Located

PERIOD_FAR = 3.0
GROSS_FAR = 50.0
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
SUBJECT_FAR = 10.0


def too_far_apart(a: Sequence[Sequence[Located]], b: Sequence[Sequence[Located]], base: Callable) -> bool:
    """Whether any figure of the parts ``a`` is too far from any of ``b`` (``base``: ``UnitConverter.base``)."""
    xs = [m.claim for part in a for m in part]
    ys = [m.claim for part in b for m in part]
    return any(_far(x, y, base) for x in xs for y in ys)


def spread_too_far(part: Sequence[Located], base: Callable) -> bool:
    """Whether the largest figure of one frame signature is fifty or more times its smallest (not by a power of
    ten alone): two things, whichever is which.  Linear in the part (signatures can hold thousands)."""
    values, dimensions = [], set()
    one_unit = len({m.claim.unit for m in part}) == 1
    for m in part:
        v = _middle(m.claim)
        if v is None or v <= 0:
            continue
        if not one_unit:
            b = base(m.claim.unit) if m.claim.unit else None
            if b is None:
                return False  # (units that cannot be put in one: nothing to compare, as in _ratio)
            v *= b[1]
            dimensions.add(b[0])
        values.append(v)
    if len(values) < 2 or len(dimensions) > 1:
        return False
    ratio = max(values) / min(values)
    return ratio >= GROSS_FAR and not _scale_slip(ratio)


def _far(x: Claim, y: Claim, base: Callable) -> bool:
    ratio = _ratio(x, y, base)
    if ratio is None:
        return False
    if ratio >= GROSS_FAR and not _scale_slip(ratio):
        return True  # "a closing price of $38.77" beside "integration costs: $400 million"
    if ratio >= PERIOD_FAR and (_dated_beside_timeless(x, y) or _dated_beside_timeless(y, x)):
        return True
    return ratio >= SUBJECT_FAR and x.kind == y.kind == "measure" and bool(x.frame.subject) != bool(y.frame.subject)


def _scale_slip(ratio: float) -> bool:
    """Whether two figures differ by a power of ten alone (within 2%): "$2.6 million" beside "$2.6 billion" is a
    slip of scale a reader must see, not two things."""
    power = 10 ** round(math.log10(ratio))
    return abs(ratio / power - 1) <= 0.02


def _dated_beside_timeless(dated: Claim, timeless: Claim) -> bool:
    g = timeless.frame
    said_of_a_day = any(len(w := q.split()) == 2 and w[0] in ("on", "last", "this") and w[1] in _WEEKDAYS
                        for q in dated.frame.qualifiers)
    return bool(dated.frame.period or said_of_a_day) and not (g.period or g.time or g.as_of or g.relative)


def _ratio(x: Claim, y: Claim, base: Callable) -> Optional[float]:
    """How many times the larger of two figures is the smaller, in one unit; None when they cannot be put in one."""
    vx, vy = _middle(x), _middle(y)
    if vx is None or vy is None:
        return None
    if x.unit != y.unit:
        bx, by = (base(x.unit) if x.unit else None), (base(y.unit) if y.unit else None)
        if bx is None or by is None or bx[0] != by[0]:
            return None
        vx, vy = vx * bx[1], vy * by[1]
    lo, hi = sorted((vx, vy))
    return hi / lo if lo > 0 else None


def _middle(c: Claim) -> Optional[float]:
    """A figure's value, or the middle of its bounded interval; None for a date or an open interval."""
    if c.kind in ("date", "date_range"):
        return None
    if c.value is not None:
        return abs(c.value)
    if c.low is not None and c.high is not None:
        return abs(c.low + c.high) / 2
    return None
