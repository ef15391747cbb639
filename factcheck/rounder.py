"""Rounder statements of a group's specific figure: "about 14,000" beside a group that holds "13,972 homes".

A source that rounds a figure or hedges it ("nearly 19,000 structures", "more than 1,700 deaths") often
writes it in a sentence whose frame names less than the source that states it exactly -- no measure, another
verb -- so discovery, which groups by frames alone, leaves it out, and a fact that sources round differently
reads as one where they agree.  Such a claim joins a group when the group states one specific figure (four
or more significant digits, or three not ending in zero), the claim's interval holds it and is narrow (so it
speaks of that figure, not of any figure of its size), nothing in its frame names something else, and no
other group holds a figure it could as well round.  It joins only where it agrees: this step can never make
a contradiction, only a rounding.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from .corroborate import as_twin, compatible, significant_digits, specific
from .model import Claim, Located
from .units import UnitConverter

NUMERIC_KINDS = ("count", "money", "percent", "measure", "duration")
MAX_WIDTH = 0.12
"""Widest interval, relative to the figure, a rounder statement may assert and still join it ("about 14,000"
of 13,972 is 7%; "about 300" of 256 would be 39%)."""
OPEN_REACH = 0.08
"""How far above an open bound ("more than 1,700") the figure may lie for the bound to be its rounding."""


def join_rounder(groups: list, claims: Iterable[Located], units: UnitConverter,
                 quantity: Callable[[Claim], str]) -> None:
    """Claims in no group that round or hedge the one specific figure of exactly one of ``groups``
    ((members, ...) tuples, members changed in place) join it."""
    anchors = []  # (group index, quantity, figure in base units, twin)
    for i, group in enumerate(groups):
        figure = _one_figure(group[0], units, quantity)
        if figure is not None:
            anchors.append((i, *figure))
    if not anchors:
        return
    taken = {(m.doc.path, m.claim.start) for group in groups for m in group[0]}
    joins: list = []
    for loc in claims:
        if (loc.doc.path, loc.claim.start) in taken or not may_round(loc.claim):
            continue
        kind = quantity(loc.claim)
        interval = units.base_interval(loc.claim)
        if interval is None:
            continue
        fits = [(i, twin) for i, q, value, twin in anchors
                if q == kind and _holds(loc.claim, interval, value)
                and all(_may_join(loc.claim, m.claim) for m in groups[i][0])
                and (loc.claim.frame.restates or all(m.doc.path != loc.doc.path for m in groups[i][0]))]
        if len(fits) == 1:
            joins.append((loc, *fits[0]))
    for loc, i, twin in joins:
        members = groups[i][0]
        members.append(as_twin(loc, twin))
        members.sort(key=lambda m: (m.doc.path, m.claim.start))


def _one_figure(members, units: UnitConverter, quantity) -> Optional[tuple]:
    """(quantity, value in base units, the member that states it) when the group's specific figures are one
    figure of one quantity, stated exactly by one member at least; else None."""
    found = None
    for m in members:
        c = m.claim
        if c.kind not in NUMERIC_KINDS or not specific(c) or not _telling(c):
            continue
        value = units.base_value(c)
        if value is None:
            return None
        if found is None:
            found = (quantity(c), value, m)
        elif found[0] != quantity(c) or abs(found[1] - value) > 1e-9 * abs(value):
            return None  # two figures: a group that may not agree is no anchor
    return found


def _telling(claim: Claim) -> bool:
    """A figure no one writes by chance: four or more significant digits, or three not ending in zero."""
    digits = significant_digits(claim)
    return digits >= 4 or (digits == 3 and round(claim.value / claim.step) % 10 != 0)


def may_round(claim: Claim) -> bool:
    """A figure stated less exactly than a specific one: hedged, or unhedged to two significant digits."""
    if claim.kind not in NUMERIC_KINDS or claim.value is None or claim.frame.role in ("rank", "reference", "multiple"):
        return False
    return claim.hedge in ("approx", "nearly", "more_than", "at_least", "plus") or (
        claim.hedge == "none" and significant_digits(claim) == 2)


def _holds(claim: Claim, interval, value: float) -> bool:
    """Whether the claim's interval holds ``value`` and is narrow enough to be its rounding."""
    if not interval.contains(value) or value <= 0:
        return False
    if interval.high is None:  # "more than 1,700": the bound is the figure rounded down (but "peaks higher
        # than 8,000 metres" sets a threshold: a bound on a dimension is one far more often than a count's)
        return interval.low is not None and claim.kind in ("count", "money") and value <= interval.low * (1 + OPEN_REACH)
    if interval.low is None:
        return False
    return (interval.high - interval.low) <= MAX_WIDTH * value


def _may_join(claim: Claim, member: Claim) -> bool:
    """Nothing in the claim's frame says it is of another thing, time or part than ``member``."""
    fa, fb = claim.frame, member.frame
    if not compatible(claim, member, alike=True) or (fa.subject and fb.subject and fa.subject != fb.subject):
        return False
    return set(fa.qualifiers) <= set(fb.qualifiers)
