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

from .extractor.frame_qualifiers import names_a_weekday
from .model import Claim, Located

PERIOD_FAR = 3.0
GROSS_FAR = 50.0
SUBJECT_FAR = 10.0


def too_far_apart(a: Sequence[Sequence[Located]], b: Sequence[Sequence[Located]], base: Callable) -> bool:
    """Whether any figure of the parts ``a`` is too far from any of ``b`` (``base``: ``UnitConverter.base``)."""
    xs = [m.claim for part in a for m in part]
    ys = [m.claim for part in b for m in part]
    return any(_far(x, y, base) for x in xs for y in ys)


def spread_too_far(part: Sequence[Located], base: Callable) -> bool:
    """Whether the largest figure of one frame signature is fifty or more times its smallest (not by a power of
    ten alone): two things, whichever is which.  Linear in the part (signatures can hold thousands)."""
    values = _in_one_unit([m.claim for m in part], base)
    values = [v for v in values or () if v is not None and v > 0]
    if len(values) < 2:
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
    return bool(dated.frame.period or any(names_a_weekday(q) for q in dated.frame.qualifiers)) and not (g.period or g.time or g.as_of or g.relative)


def _ratio(x: Claim, y: Claim, base: Callable) -> Optional[float]:
    """How many times the larger of two figures is the smaller, in one unit; None when they cannot be put in one."""
    values = _in_one_unit([x, y], base)
    if values is None or None in values:
        return None
    lo, hi = sorted(values)
    return hi / lo if lo > 0 else None


def _in_one_unit(claims: Sequence[Claim], base: Callable) -> Optional[list]:
    """The figures of ``claims`` (see ``_middle``; None where there is none) in one unit: as written when they
    share one, else in the base unit of their one dimension; None when they cannot be put in one."""
    values = [_middle(c) for c in claims]
    if len({c.unit for c in claims}) == 1:
        return values
    dimensions = set()
    for i, (c, v) in enumerate(zip(claims, values)):
        if v is None:
            continue
        b = base(c.unit) if c.unit else None
        if b is None:
            return None
        dimensions.add(b[0])
        values[i] = v * b[1]
    return values if len(dimensions) <= 1 else None


def _middle(c: Claim) -> Optional[float]:
    """A figure's value, or the middle of its bounded interval; None for a date or an open interval."""
    if c.kind in ("date", "date_range"):
        return None
    if c.value is not None:
        return abs(c.value)
    if c.low is not None and c.high is not None:
        return abs(c.low + c.high) / 2
    return None
