"""Figures that several sources state identically where their frames do not say what they measure.

Discovery groups claims by their frames and never by their values: a value-based group could only hide
a contradiction.  A figure written to four or more significant digits ("2:01:39", "153,336 acres",
"61,181,072") or a full date, stated exactly alike by two sources on one topic, is one figure all the
same -- however differently the sentences around it are built.  Such a claim joins the one group of the
frames that holds its figure (``join_identical``), else claims that state it alike form a candidate of low
confidence (``same_figures``); they never split a group, and a group of them can only agree.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace
from typing import Callable, Iterable, Optional, Sequence

import regex

from .extractor.relative_dates import placed_from_words
from .model import Claim, Located
from .scope import periods_differ, share_a_name
from .units import UnitConverter

MIN_DIGITS = 3
"""Significant digits a number needs before two sources writing it alike are taken to mean one figure."""
SURE_DIGITS = 4
"""From this many significant digits on, frames that name different things do not keep two alike figures apart
("153,336 acres" beside "Area burned: 153,336"); below it, they must not name different things ("241 runs"
beside "241 days" of a count, "181 countries" beside "181 projects")."""
_CAPTION = regex.compile(r"(?i)\b(?:photo(?:graph)?s?|pictured|file image)\b")
_MAX_SUBSET = 8
CONFIDENCE = 0.5
"""Below discovery's fact confidence: a group of identical figures is a candidate, never a fact."""


def significant_digits(claim: Claim) -> int:
    """Digits a figure is written to, from its leading digit down to its rounding step (0 when unknown)."""
    value, step = claim.value, claim.step
    if value is None or not step or step <= 0 or value == 0:
        return 0
    return int(math.floor(math.log10(abs(value))) - math.floor(math.log10(step) + 1e-9)) + 1


def specific(claim: Claim) -> bool:
    """Whether a figure is specific enough that two sources writing it alike state one figure: a full date, or
    an unhedged number of ``MIN_DIGITS`` significant digits (not a round number, a month, a range)."""
    if claim.kind == "date":
        return bool(claim.date) and len(claim.date) == 10 and claim.date[0] != "-" and not placed_from_words(claim.text)
    return (claim.kind in ("count", "money", "measure", "duration", "percent") and claim.hedge == "none"
            and significant_digits(claim) >= MIN_DIGITS)


def figure_key(claim: Claim, units: UnitConverter) -> Optional[tuple]:
    """What two specific claims must share to be one figure: the date, or the kind and the value in its
    dimension's base unit ("2:01:39" and "2 hours 1 minute 39 seconds"); None for a figure not specific."""
    if not specific(claim):
        return None
    if claim.kind == "date":
        return "date", claim.date
    base = units.base(claim.unit) if claim.unit and claim.kind in ("measure", "duration") else None
    unit, value = (base[0], claim.value * base[1]) if base else (claim.unit, claim.value)
    return claim.kind, unit, float(f"{value:.6g}")


def compatible(a: Claim, b: Claim, alike: bool = False) -> bool:
    """Whether two figures may be one: one role and period, and names in common when both name any; two
    written alike (``alike``) to fewer than ``SURE_DIGITS`` digits also count no other noun and measure
    nothing else."""
    fa, fb = a.frame, b.frame
    if fa.role != fb.role or periods_differ(a, b) or (fa.aggregation and fb.aggregation and fa.aggregation != fb.aggregation):
        return False
    if alike and a.kind != "date" and significant_digits(a) < SURE_DIGITS and (
            (a.counted and b.counted and a.counted != b.counted) or _measures_differ(fa.measure, fb.measure)):
        return False
    return not (fa.entities and fb.entities) or share_a_name(fa.entities, fb.entities)


def _measures_differ(a: str, b: str) -> bool:
    """Two measures both named, neither a narrowing of the other ("death" and "injured", not "aircraft" and
    "airbus aircraft")."""
    if not a or not b or a == b:
        return False
    wa, wb = set(a.split()), set(b.split())
    return not (wa <= wb or wb <= wa)


def join_identical(groups: list, claims: Iterable[Located], units: UnitConverter) -> set:
    """Claims no group holds join the one group (of ``groups``: (members, ...) tuples, members a list, changed
    in place) that holds the same specific figure and whose every member they are compatible with: "the fire
    burned 153,336 acres" in a sentence that names no measure beside a group holding "Area burned: 153,336
    acres".  The keys ``(path, start)`` of every claim now in a group."""
    taken = {(m.doc.path, m.claim.start) for group in groups for m in group[0]}
    keys = {id(m): figure_key(m.claim, units) for group in groups for m in group[0]}  # (each read once)
    holders: dict = defaultdict(set)
    for i, group in enumerate(groups):
        for m in group[0]:
            if keys[id(m)] is not None:
                holders[keys[id(m)]].add(i)
    for loc in claims:
        if (loc.doc.path, loc.claim.start) in taken or dates_itself(loc):
            continue
        key = figure_key(loc.claim, units)
        found = holders.get(key) if key is not None else None
        if not found or len(found) != 1:
            continue
        members = groups[next(iter(found))][0]
        if all(compatible(loc.claim, m.claim, keys.get(id(m)) == key) and not (  # (another figure of its source)
                m.doc.path == loc.doc.path and keys.get(id(m)) != key) for m in members):
            twin = next(m for m in members if keys.get(id(m)) == key)
            joined = as_twin(loc, twin)
            keys[id(joined)] = key
            members.append(joined)
            members.sort(key=lambda m: (m.doc.path, m.claim.start))
            taken.add((loc.doc.path, loc.claim.start))
    return taken


def same_figures(claims: Iterable[Located], taken: set, source_of: Callable[[Located], object],
                 units: UnitConverter, min_sources: int = 2) -> list[list[Located]]:
    """Groups of claims not in ``taken`` (keys ``(path, start)``) that state one specific figure alike, from
    ``min_sources`` sources or more, every two of them compatible; the others are left alone."""
    buckets: dict = defaultdict(list)
    for loc in claims:
        if (loc.doc.path, loc.claim.start) in taken or dates_itself(loc):
            continue
        key = figure_key(loc.claim, units)
        if key is not None:
            buckets[key].append(loc)
    out = []
    for key in sorted(buckets, key=repr):
        members = sorted(_compatible_members(buckets[key]), key=lambda m: (m.doc.path, m.claim.start))
        if len({source_of(m) for m in members}) >= min_sources:
            twin = max(members, key=lambda m: (bool(m.claim.frame.measure), len(m.claim.frame.entities)))
            out.append([as_twin(m, twin) for m in members])
    return out


def as_twin(loc: Located, twin: Located) -> Located:
    """``loc`` stating ``twin``'s figure: what its frame says the figure is of (measure, verb, names,
    narrowings, subject) is its twin's; its own role and time stay (a figure of one source, read as one figure
    with another's, is judged by its values alone)."""
    if loc is twin:
        return loc
    f, t = loc.claim.frame, twin.claim.frame
    frame = replace(f, measure=t.measure, predicate=t.predicate, entities=t.entities, qualifiers=t.qualifiers,
                    subject=t.subject)
    return Located(loc.doc, replace(loc.claim, frame=frame))


def dates_itself(loc: Located) -> bool:
    """A date that dates its own document or a photo (a dateline, "Published: ...", "(photo taken on ...)"):
    two reports of one day, or two photos of one day, are not one event."""
    c = loc.claim
    if c.kind != "date":
        return False
    return c.date == loc.doc.date or bool(_CAPTION.search(loc.doc.text, *c.sentence))


def _compatible_members(members: Sequence[Located]) -> list[Located]:
    """The members when every two are compatible; else the one largest set of members every two of which are
    (a figure one source writes in a frame that names something else stays out), or none when a source states
    the figure twice, the members are many, or two such sets tie (a figure said of two things is not one)."""
    n = len(members)
    ok = [[compatible(a.claim, b.claim, alike=True) for b in members] for a in members]
    if all(ok[i][j] for i in range(n) for j in range(i + 1, n)):
        return list(members)
    if n > _MAX_SUBSET or len({m.doc.path for m in members}) < n:
        return []
    best: list = []
    tied = False
    for mask in range(1, 1 << n):
        chosen = [i for i in range(n) if mask >> i & 1]
        if len(chosen) < len(best) or not all(ok[i][j] for i in chosen for j in chosen if i < j):
            continue
        tied = len(chosen) == len(best)
        if not tied:
            best = chosen
    return [] if tied or len(best) < 2 else [members[i] for i in best]
