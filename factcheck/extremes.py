"""Large groups: the pairs that carry a group's worst verdict, found in near-linear time.

On a line, a set of intervals has a disjoint pair exactly when the highest
lower bound lies above the lowest upper bound, so per set of mutually
comparable claims (same counted class, role and qualifiers; the same period;
for a fact that changes over time, the same as-of date) only the two extreme
claims need judging; other classes and periods are compared by
representatives.  Near periods overlap (a year apart is the same period),
so each set is a union of per-period parts; a part's extremes are found once
and a union's from its parts' extremes, so many periods cost no more than
their claims.  Every pair found is judged in full by the Judge, so this
path can miss a verdict only towards other_scope, never invent a
contradiction.
"""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple, Sequence

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
    for cls in dict.fromkeys(k[0] for k in definite):  # other periods: the most distant starts and ends
        mine = [k for k in definite if k[0] == cls]
        for pick in (lambda k: k[1][0], lambda k: k[1][1]):
            a, b = min(mine, key=pick), max(mine, key=pick)
            if a != b:
                pairs.append(judge.judge(by_scope[a][0], by_scope[b][0], tol))
    for cls in dict.fromkeys(k[0] for k in keys):  # in first-seen order: the pairs found keep one order
        open_key = (cls, None)
        mine = [k for k in definite if k[0] == cls]
        # periods a year apart are the same period, and that is not transitive:
        # every pair of near periods (with the open-period claims) is one set of mutually comparable claims
        subsets = [[a] + ([b] if b is not a else []) + [open_key]
                   for i, a in enumerate(mine) for b in mine[i:] if same_period(a[1], b[1])] or [[open_key]]
        parts: dict = {}
        if tol.changes_over_time:
            for subset in subsets:
                group = [m for k in subset for m in _part_of(parts, judge, by_scope, k, base_unit, tol, dated=True)]
                pairs += _extreme_pairs(judge, group, base_unit, tol)
            continue
        for subset in subsets:
            pairs += _merged_pairs(judge, [_part_of(parts, judge, by_scope, k, base_unit, tol) for k in subset],
                                   base_unit, tol)
    first = distinct[0]
    for m in distinct[1:]:  # agree or rounded: the first claim that does not state the same thing
        p = judge.judge(first, m, tol)
        if p.verdict != "agree":
            pairs.append(p)
            break
    return pairs


class Part(NamedTuple):
    """What one set of comparable claims contributes to the extremes of any union it is part of.

    Each list holds members in the set's own order, so scanning the lists of
    several parts in turn finds the same member a scan of their concatenation
    would (ties go to the first, as in ``Judge.extremes`` and ``farthest``).
    """

    extremes: list
    above: list
    below: list
    up: list
    down: list


def part(judge, members: Sequence, unit, tol) -> Part:
    """The extreme claims of one set: highest low and lowest high, open hedges' shortest reaches, and the
    claims lying farthest up and down."""
    order = {id(m): i for i, m in enumerate(members)}
    low, high = judge.extremes(members, unit, tol)
    ends = sorted({id(m): m for m in (low, high) if m is not None}.values(), key=lambda m: order[id(m)])
    above, below = [], []
    for m in members:
        reach = judge.reach(m, unit)
        if reach is not None:
            (above if m.located.claim.hedge in OPEN_ABOVE else below).append((reach, m))
    up = judge.farthest([m for m in members if m.located.claim.hedge not in OPEN_ABOVE], unit, True)
    down = judge.farthest([m for m in members if m.located.claim.hedge not in OPEN_BELOW], unit, False)
    return Part(ends, [min(above, key=lambda r: r[0])] if above else [],
                [max(below, key=lambda r: r[0])] if below else [], [up] if up else [], [down] if down else [])


def dated_candidates(judge, members: Sequence, unit, tol) -> list:
    """The members that can be an extreme of any union of as-of dates of this set and others: each date's
    ``part`` members, in the set's order (``_extreme_pairs`` on them finds what it finds on all members)."""
    order = {id(m): i for i, m in enumerate(members)}
    by_date: dict = defaultdict(list)
    for m in members:
        by_date[judge.as_of(m.located)].append(m)
    kept: dict = {}
    for same_date in by_date.values():
        p = part(judge, same_date, unit, tol)
        for m in p.extremes + [r[1] for r in p.above + p.below] + p.up + p.down:
            kept[id(m)] = m
    return sorted(kept.values(), key=lambda m: order[id(m)])


def _part_of(parts: dict, judge, by_scope: dict, key, unit, tol, dated: bool = False):
    """The (memoised) ``part`` of one set of claims, or with ``dated`` its ``dated_candidates``."""
    if key not in parts:
        members = by_scope.get(key, [])
        parts[key] = dated_candidates(judge, members, unit, tol) if dated else part(judge, members, unit, tol)
    return parts[key]


def _merged_pairs(judge, parts: Sequence[Part], unit, tol) -> list:
    """The pairs ``_extreme_pairs`` finds on the union of the parts' claims, from the parts' extremes alone."""
    pairs = []
    low, high = judge.extremes([m for p in parts for m in p.extremes], unit, tol)
    if low is not None and high is not None and low is not high:
        pairs.append(judge.judge(low, high, tol))
    return pairs + _loose_pairs(judge, parts, unit, tol)


def _loose_pairs(judge, parts: Sequence[Part], unit, tol) -> list:
    """The open hedge with the shortest reach against the claim, not bounded the same way, that lies
    farthest beyond it -- each way -- in the union of the parts' claims."""
    pairs = []
    above = [r for p in parts for r in p.above]
    if above:
        far = judge.farthest([m for p in parts for m in p.up], unit, True)
        if far is not None:
            pairs.append(judge.judge(min(above, key=lambda r: r[0])[1], far, tol))
    below = [r for p in parts for r in p.below]
    if below:
        far = judge.farthest([m for p in parts for m in p.down], unit, False)
        if far is not None:
            pairs.append(judge.judge(max(below, key=lambda r: r[0])[1], far, tol))
    return pairs


def _extreme_pairs(judge, group: Sequence, base_unit, tol) -> list:
    """The extreme pairs of one set of comparable claims, per as-of date when the fact changes over time."""
    pairs = []
    low, high = judge.extremes(group, base_unit, tol)
    if low is not None and high is not None and low is not high:
        pairs.append(judge.judge(low, high, tol))
    pairs += _loose_pairs(judge, [part(judge, group, base_unit, tol)], base_unit, tol)
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
    if len(buckets) + bool(undated) > 1:
        pairs += _cross_date_pairs(judge, group, buckets, base_unit, tol)
    return pairs


def _cross_date_pairs(judge, group: Sequence, buckets: dict, unit, tol) -> list:
    """Per as-of date, its open hedge of shortest reach against the farthest figure of any other date: a hedge
    left behind by a later (or earlier) figure is an update, or a move against the fact's trend.

    The farthest figure of "any other date" is the farthest overall, or, for that figure's own date, the
    farthest of the other dates: two scans, whatever the number of dates.
    """
    date_of = {id(m): judge.as_of(m.located) for m in group}
    far = {}
    for up, hedges in ((True, OPEN_ABOVE), (False, OPEN_BELOW)):
        plain = [m for m in group if m.located.claim.hedge not in hedges]
        first = judge.farthest(plain, unit, up)
        second = None if first is None else judge.farthest(
            [m for m in plain if date_of[id(m)] != date_of[id(first)]], unit, up)
        far[up] = (first, second)
    pairs = []
    for date, mine in buckets.items():
        reaches = [(judge.reach(m, unit), m) for m in mine]
        above = [(r, m) for r, m in reaches if r is not None and m.located.claim.hedge in OPEN_ABOVE]
        below = [(r, m) for r, m in reaches if r is not None and m.located.claim.hedge not in OPEN_ABOVE]
        for hedged, up, pick in ((above, True, min), (below, False, max)):
            first, second = far[up]
            other = first if first is not None and date_of[id(first)] != date else second
            if hedged and other is not None:
                pairs.append(judge.judge(pick(hedged, key=lambda r: r[0])[1], other, tol))
    return pairs
