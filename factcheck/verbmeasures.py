"""Measures named by a verb in one source and by the same word as a noun in another.

"The film grossed $858.4 million" names no measure in its frame (a verb, no noun), while another source's
"Domestic gross: $858,373,000" names the gross.  When a claim's frame has no measure, its verb is not one
that only states a level (be, have, reach ...), and the verb's lemma is the head of a measure another source
names for a quantity of the same kind (not a measure that its own counted noun contradicts: "Highest score:
98 balls"), the claim is read as measuring that word: it may then join the fact
its frames describe, under every other test discovery makes (names, time, role, qualifiers).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from .model import Located


def borrow_verb_measures(claims: Iterable[Located], eligible: Callable, quantity: Callable, frames,
                         source_of: Callable = lambda m: m.doc.path) -> list[Located]:
    """``claims`` with the measure of each claim that names none but whose verb another source's measure
    names as its head (the others unchanged, in order)."""
    claims = list(claims)
    heads: dict = {}
    for loc in claims:
        c = loc.claim
        noun = c.counted.split()[-1].lower() if c.counted else ""
        if eligible(c) and not (noun and noun not in frames.generic_heads and noun not in c.frame.measure.split()):
            key = (c.frame.measure.rsplit(" ", 1)[-1], quantity(c))  # (not "Highest score: 98 balls")
            heads.setdefault(key, set()).add(source_of(loc))
    out = []
    for loc in claims:
        c = loc.claim
        verb = c.frame.predicate
        if (not c.frame.measure and verb and verb not in frames.neutral_verbs and verb not in frames.reporting_verbs
                and c.kind not in ("date", "date_range") and heads.get((verb, quantity(c)), set()) - {source_of(loc)}):
            loc = Located(loc.doc, replace(c, frame=replace(c.frame, measure=verb)))
        out.append(loc)
    return out

