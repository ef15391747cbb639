"""Hedge words before a figure that do not hedge it there ("played over 46 days", "three times as much as $40 million"),
and the recording of a figure with the interval its hedge asserts (``add_hedged``, for every reader)."""
from __future__ import annotations

import regex

from ..intervals import hedge_interval

_SPREAD_OVER = regex.compile(r"(?i)\b(?:played|held|staged|spread|stretched|run|ran|conducted|paid|repaid|phased|"
                             r"built|taken\s+place|took\s+place|takes\s+place|unfolded|split|spaced|divided)"
                             r"(?:\s+out)?\s+$")
"""A verb after which "over" a span says during it, not more than it ("played over 46 days")."""
_AMOUNT_OVER = regex.compile(r"\d(?:[\d.,]*\d)?(?:\s+(?:million|billion|trillion|thousand))?(?:\s*%|\s*[A-Za-z]+)\s+$")
"""An amount right before "over" a span is spread across it ("6.4 billion kilometres over nine years")."""
_MULTIPLE_AS = regex.compile(r"(?i)\b(?:times|twice|thrice|half|double|triple|quadruple|fold|percent|per\s+cent|%)\s+$")
"""A multiple before "as much as" / "as many as" compares with the figure, and states it exactly ("three times
as much as $40 million", "twice as many as 200 people")."""


def add_hedged(ex, start: int, end: int, kind: str, value: float, hedge: str, precision: float, step: float,
               whole: bool = True, **fields) -> bool:
    """Record a figure through ``ex.add`` with the interval its hedge asserts (SEMANTICS.md section 2)."""
    iv = hedge_interval(value, hedge, precision, whole=whole)
    return ex.add(start, end, kind, value=value, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
                  high_inclusive=iv.high_inclusive, hedge=hedge, precision=precision, step=step, **fields)


def hedges_here(norm: str, phrase_start: int, phrase: str, kind: str) -> bool:
    """Whether a hedge phrase found before a figure (``phrase``, starting at ``phrase_start`` of ``norm``) hedges
    it: not "over" a span after a verb of spreading or an amount, not "as ... as" after a multiple."""
    word = phrase.lower()
    if word == "over" and kind == "duration":
        return not (_SPREAD_OVER.search(norm, max(0, phrase_start - 24), phrase_start)
                    or _AMOUNT_OVER.search(norm, max(0, phrase_start - 40), phrase_start))
    if word.startswith("as "):
        return not _MULTIPLE_AS.search(norm, max(0, phrase_start - 16), phrase_start)
    return True
