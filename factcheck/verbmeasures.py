"""Measures named by a verb in one source and by the same word as a noun in another.

"The film grossed $858.4 million" names no measure in its frame (a verb, no noun), while another source's
"Domestic gross: $858,373,000" names the gross.  When a claim's frame has no measure, its verb is not one
that only states a level (be, have, reach ...), and the verb's lemma is the head of a measure another source
names for a quantity of the same kind (not a measure that its own counted noun contradicts: "Highest score:
98 balls"), the claim is read as measuring that word: it may then join the fact
its frames describe, under every other test discovery makes (names, time, role, qualifiers).

Likewise when two sources use one such verb, in one role, for a quantity of one kind and of one name and
neither names a measure ("the SMI closed 8.7% lower" beside "the SMI closed 7.8% lower"): the verb and the
name say what both measure.  A verb alone is not enough (too many facts share "won" or "took").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from .model import Located


def borrow_verb_measures(claims: Iterable[Located], eligible: Callable, quantity: Callable, frames,
                         source_of: Callable = lambda m: m.doc.path) -> list[Located]:
    """``claims`` with the measure of each claim that names none but whose verb another source's measure
    names as its head, or another source uses with one of its names (the others unchanged, in order)."""
    claims = list(claims)
    acting = [_acting(loc.claim, frames) for loc in claims]
    kinds = [quantity(loc.claim) if alone or eligible(loc.claim) else None for loc, alone in zip(claims, acting)]
    heads: dict = {}  # (measure head, quantity) -> sources that name it
    acts: dict = {}  # (verb, quantity, role, name) -> sources of claims that name no measure
    for loc, kind, alone in zip(claims, kinds, acting):
        c = loc.claim
        noun = c.counted.split()[-1].lower() if c.counted else ""
        if eligible(c) and not (noun and noun not in frames.generic_heads and noun not in c.frame.measure.split()):
            key = (c.frame.measure.rsplit(" ", 1)[-1], kind)  # (not "Highest score: 98 balls")
            heads.setdefault(key, set()).add(source_of(loc))
        if alone:
            for name in c.frame.entities:
                acts.setdefault((c.frame.predicate, kind, c.frame.role, name), set()).add(source_of(loc))
    out = []
    for loc, kind, alone in zip(claims, kinds, acting):
        c, mine = loc.claim, {source_of(loc)}
        verb = c.frame.predicate
        if alone and (heads.get((verb, kind), set()) - mine or any(
                acts[(verb, kind, c.frame.role, name)] - mine for name in c.frame.entities)):
            loc = Located(loc.doc, replace(c, frame=replace(c.frame, measure=verb)))
        out.append(loc)
    return out


def _acting(c, frames) -> bool:
    """A claim of no measure whose verb tells what it measures (not a level's, a speaker's, a date's)."""
    verb = c.frame.predicate
    return (not c.frame.measure and bool(verb) and verb not in frames.neutral_verbs
            and verb not in frames.reporting_verbs and c.kind not in ("date", "date_range"))

