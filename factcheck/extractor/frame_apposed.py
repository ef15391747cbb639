"""The measure of a figure set off by commas after the noun phrase it gives the value of ("The Treasury's estimate
of the cost of the rebuild, about NZ$40 billion, was ..."): read as if the phrase said "was" it.  Part of the frame
reader (see ``frames``)."""
from __future__ import annotations

import regex

from ..vocab import Vocabulary
from .frame_measures import measure_of
from .frame_verbs import predicate_of

_FIGURE_AT_END = regex.compile(r"(?:\d[^\s,]*|%|\b(?:hundred|thousand|million|billion))(?:\s+[^\s\d,]+){0,2}\s*$")
"""A figure, its unit or noun at most two words, ending a text ("2.4 metres", "12", "35,000 feet")."""


def appositive_measure(norm: str, c: dict, clause: tuple[int, int], sentence: tuple[int, int], vocab: Vocabulary,
                       cache: dict) -> tuple[str, int]:
    """The measure of a figure set off by commas right after the noun phrase it gives the value of ("The
    Treasury's estimate of the cost of the rebuild, about NZ$40 billion, was ...": cost), read as if the phrase
    said "was" it, and where the text read for that phrase opens; ("", -1) for a figure that is not its clause
    alone or follows another figure ("12, 15, and 18")."""
    start, end = c["start"], c["end"]
    if c["kind"] in ("date", "date_range") or clause[0] <= sentence[0] or (
            norm[clause[0]:clause[1]].strip() != norm[start:end].strip()):
        return "", -1
    opens = max(sentence[0], clause[0] - 120)
    lead = norm[opens:clause[0]].rstrip()
    if not lead.endswith(",") or not norm.startswith(",", end) or _FIGURE_AT_END.search(lead[:-1]):
        return "", -1
    text = f"{lead[:-1]} was {norm[start:end]}"
    at = len(text) - (end - start)
    verbs = predicate_of(text, at, len(text), vocab, cache)[1]
    measure = measure_of(c, text, at, len(text), verbs, vocab, cache)[0]
    return (measure, opens) if measure else ("", -1)
