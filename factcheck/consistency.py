"""A source never contradicts itself: what each source states of one quantity, per time it names.

Discovery merges claims only while every source in the group could hold all
its own figures at once: two figures of one source for the same time (or one
of them of no stated time) whose intervals cannot overlap say that the frames
do not name one quantity after all, so the merge is refused.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from .intervals import comparison_interval
from .model import Located


def source_spans(members: Sequence[Located], source_of: Callable, base: Optional[Callable] = None) -> Optional[dict]:
    """What each source states, as a :class:`SourceSpan` per (source, unit); None when one source states two
    figures of one time -- or one of them of no stated time -- that cannot both hold (two dates of one event
    that do not overlap, too).  ``base``: a unit -> (base unit, factor) reader (``UnitConverter.base``), so
    that "399.94 m" and "193 km" of one source are two figures of one unit."""
    out: dict = {}
    for m in members:
        c = m.claim
        iv = comparison_interval(c)
        low = -float("inf") if iv.low is None else iv.low
        high = float("inf") if iv.high is None else iv.high
        unit = c.unit
        into = base(unit) if base is not None and unit and c.kind in ("measure", "duration") else None
        if into:
            unit, low, high = into[0], low * into[1], high * into[1]
        if low == high:
            low, high = low - 1e-9, high + 1e-9
        dated = (c.frame.period or c.frame.as_of) and c.kind not in ("date", "date_range")
        time = (c.frame.period, c.frame.as_of) if dated else None
        key = (source_of(m), unit)
        span = SourceSpan({time: (low, high)}) if key not in out else out[key].add(time, low, high)
        if span is None:
            return None
        out[key] = span
    return out


def joined_spans(a: dict, b: dict) -> Optional[dict]:
    """The spans of two clusters together, None when a source would contradict itself."""
    out = dict(a)
    for key, span in b.items():
        if key in out:
            for time, (low, high) in span.by_time.items():
                out[key] = out[key].add(time, low, high)
                if out[key] is None:
                    return None
        else:
            out[key] = span
    return out


@dataclass(frozen=True)
class SourceSpan:
    """The (highest low, lowest high) of one source's figures for each time they state (None: no time)."""

    by_time: dict

    def add(self, time, low: float, high: float) -> "Optional[SourceSpan]":
        """The span with one more figure, None when it cannot hold beside a figure of its time or of none."""
        old = self.by_time.get(time)
        if old is not None:
            low, high = max(low, old[0]), min(high, old[1])
        if low >= high:
            return None
        others = [iv for t, iv in self.by_time.items() if t is not None] if time is None else (
            [self.by_time[None]] if None in self.by_time else [])
        if any(max(low, lo) >= min(high, hi) for lo, hi in others):
            return None
        return SourceSpan({**self.by_time, time: (low, high)})
