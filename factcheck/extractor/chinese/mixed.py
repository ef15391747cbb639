"""Figures written in digits across two scales: 1亿200万人 (102 million people), 3万5千元 (35,000 yuan), 2亿零500万元.

Chinese may write a large figure as digits before each scale character rather than as one decimal
("1亿200万" for 1.02亿).  Such a figure is read whole, with what it counts or costs after it, and its
precision is that of its last part (1亿200万: to the million, as 1.02亿; 3万5千: to the thousand).  A figure
of two scales whose second part has no scale of its own ("3万5", which may mean 3.5万 or 30,005) is never
read, nor half-read.
"""
from __future__ import annotations

import regex

from ...intervals import figure_precision
from ..hedgewords import add_hedged
from .phrases import currency_before, hedge_before, read_tail, tail_kind

MIXED = regex.compile(r"(?<![0-9.])(?P<a>[0-9]+)(?P<s1>万亿|亿|万)零?(?P<b>[0-9]+)(?P<s2>千万|百万|万|千|百)?(?![0-9])")
"""Digits, a scale, digits and (for a reading) a smaller scale: 1亿200万, 3万5千."""
_SCALES = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}


def read_mixed(ex, zh) -> None:
    """Claim each figure written in digits across two scales (see the module) through ``ex.add``; one it cannot
    read whole is taken, so no pass reads a half of it."""
    norm = ex.norm
    for m in MIXED.finditer(norm):
        if not ex.taken.free(m.start(), m.end()):
            continue
        first, second = _SCALES[m.group("s1")], _SCALES.get(m.group("s2") or "")
        if second is None or second >= first or int(m.group("b")) * second >= first:
            ex.taken.add(m.start(), m.end())  # 3万5: 3.5万 or 30,005; 1万20000: no reading
            continue
        value = int(m.group("a")) * first + int(m.group("b")) * second
        precision, step = figure_precision(m.group("b"), second, True)  # (200万: to the million, as "1.02亿")
        tail = read_tail(norm, m.end(), zh, arabic=True, allow_above=True)
        end = tail.end if tail is not None else m.end()
        kind, unit = tail_kind(tail) if tail is not None else ("count", None)
        if kind not in ("count", "money"):
            ex.taken.add(m.start(), m.end())
            continue
        if tail is not None and tail.multiplier != 1.0:
            ex.taken.add(m.start(), m.end())  # 1亿200万万: no reading
            continue
        hedge, start = hedge_before(norm, m.start(), zh)
        currency = currency_before(norm, start, zh) if kind == "count" else None
        if currency:
            kind, unit, start = "money", currency[0], currency[1]
        counted = tail.counted if tail is not None and kind == "count" else None
        if tail is not None and tail.above:  # 3万5千多人: more than 35,000, below the next step
            ex.add(start, end, kind, value=value, low=value, high=value + precision, low_inclusive=False,
                   high_inclusive=False, hedge="more_than", unit=unit, counted=counted, precision=precision, step=step)
            continue
        if end == m.end() and norm[end:end + 1] in ("多", "余"):
            ex.taken.add(m.start(), end + 1)  # (a 多 the tail did not read: no exact figure)
            continue
        add_hedged(ex, start, end, kind, value, hedge, precision, step, unit=unit, counted=counted)
