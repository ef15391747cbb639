"""Large groups: the pairs that carry a group's worst verdict, found in near-linear time.

On a line, a set of intervals has a disjoint pair exactly when the highest
lower bound lies above the lowest upper bound, so per set of mutually
comparable claims (same counted class, role and qualifiers; the same period;
for a fact that changes over time, the same as-of date) only the two extreme
claims need judging; other classes and periods are compared by
representatives.  Every pair found is judged in full by the Judge, so this
path can miss a verdict only towards other_scope, never invent a
contradiction.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from .scope import OPEN_ABOVE, OPEN_BELOW, period_years, same_period


def representative_pairs(judge, distinct: Sequence, tol) -> list:
    """Judged pairs of a large group (``distinct``: Members stating different things) that carry its worst verdict."""
    pairs = [judge.judge(distinct[0], m, tol) for m in distinct[1:2]]
    base_unit = distinct[0].located.claim.unit
    previous = [m for m in distinct if m.located.claim.frame.role == "previous"]
    current = [m for m in distinct if m.located.claim.frame.role != "previous"] or list(distinct)
    pairs += [judge.judge(current[0], m, tol) for m in previous[:1]]
    by_scope: dict = defaultdict(list)
    for m in current:
        f = m.located.claim.frame
        years = period_years(f) if f.time else None
        by_scope[((m.counted_class, f.role, f.qualifiers), years)].append(m)
    keys = list(by_scope)
    for k in keys[1:]:  # another counted thing, role or part: one representative pair each
        if k[0] != keys[0][0]:
            pairs.append(judge.judge(by_scope[keys[0]][0], by_scope[k][0], tol))
    definite = [k for k in keys if k[1] is not None]
    for cls in {k[0] for k in definite}:  # other periods: the most distant starts and ends
        mine = [k for k in definite if k[0] == cls]
        for pick in (lambda k: k[1][0], lambda k: k[1][1]):
            a, b = min(mine, key=pick), max(mine, key=pick)
            if a != b:
                pairs.append(judge.judge(by_scope[a][0], by_scope[b][0], tol))
    for cls in {k[0] for k in keys}:
        open_scope = by_scope.get((cls, None), [])
        mine = [k for k in definite if k[0] == cls]
        # periods a year apart are the same period, and that is not transitive:
        # every pair of near periods is one set of mutually comparable claims
        groups = [by_scope[a] + (by_scope[b] if b is not a else []) + open_scope
                  for i, a in enumerate(mine) for b in mine[i:] if same_period(a[1], b[1])] or [open_scope]
        for group in groups:
            pairs += _extreme_pairs(judge, group, base_unit, tol)
    first = distinct[0]
    for m in distinct[1:]:  # agree or rounded: the first claim that does not state the same thing
        p = judge.judge(first, m, tol)
        if p.verdict != "agree":
            pairs.append(p)
            break
    return pairs


def _loose_pairs(judge, group: Sequence, base_unit, tol) -> list:
    """The open hedge with the shortest reach against the claim, not bounded the same way, that lies
    farthest beyond it -- each way."""
    above, below = [], []
    for m in group:
        reach = judge.reach(m, base_unit)
        if reach is not None:
            (above if m.located.claim.hedge in OPEN_ABOVE else below).append((reach, m))
    pairs = []
    if above:
        low, _ = judge.extremes([m for m in group if m.located.claim.hedge not in OPEN_ABOVE], base_unit, tol)
        if low is not None:
            pairs.append(judge.judge(min(above, key=lambda r: r[0])[1], low, tol))
    if below:
        _, high = judge.extremes([m for m in group if m.located.claim.hedge not in OPEN_BELOW], base_unit, tol)
        if high is not None:
            pairs.append(judge.judge(max(below, key=lambda r: r[0])[1], high, tol))
    return pairs


def _extreme_pairs(judge, group: Sequence, base_unit, tol) -> list:
    """The extreme pairs of one set of comparable claims, per as-of date when the fact changes over time."""
    pairs = []
    low, high = judge.extremes(group, base_unit, tol)
    if low is not None and high is not None and low is not high:
        pairs.append(judge.judge(low, high, tol))
    pairs += _loose_pairs(judge, group, base_unit, tol)
    if not tol.changes_over_time:
        return pairs
    buckets: dict = defaultdict(list)
    for m in group:
        buckets[judge.as_of(m.located)].append(m)
    undated = buckets.pop(None, [])
    if undated:  # no as-of date: a disjoint partner of any date is a contradiction
        low_u, high_u = judge.extremes(undated, base_unit, tol)
        for a, b in ((low_u, high), (low, high_u)):
            if a is not None and b is not None and a is not b:
                pairs.append(judge.judge(a, b, tol))
    top = bottom = None  # extremes of everything stated earlier
    for date in sorted(buckets, key=lambda d: d or ""):
        low, high = judge.extremes(buckets[date], base_unit, tol)
        if low is not None and high is not None and low is not high:
            pairs.append(judge.judge(low, high, tol))  # same as-of date: differ
        for a, b in ((top, high), (bottom, low)):  # a later figure below (or above) all before it
            if a is not None and b is not None:
                pairs.append(judge.judge(a, b, tol))
        known = [m for m in (top, bottom, low, high) if m is not None]
        top, bottom = judge.extremes(known, base_unit, tol) if known else (None, None)
    return pairs
