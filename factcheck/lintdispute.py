"""Lint's reading of a draft figure that some sources contradict while others state it.

When the sources of a fact contradict each other, a draft that repeats one of them is not simply wrong
(SEMANTICS.md section 3, updated / differ).  The sources' own dates decide:

* the draft agrees with the newest source (by as-of date, else document date) and every source it
  contradicts is older: the draft is up to date; an ``info`` finding with verdict ``agree`` names the older
  figure;
* every source it contradicts is newer than every source it agrees with: the draft may be out of date; a
  ``warning`` with verdict ``updated``;
* otherwise the sources dispute the figure with no date to settle it: a ``warning`` with verdict
  ``disputed``.

A contradiction that no agreeing source disputes (149 beside "more than 140" against a draft's "more than
150") stays an error: the sources agree with each other, and only the draft differs.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from .model import Located
from .verdict import SAME_TIME_DAYS, Judge, _days

COMPATIBLE = ("agree", "rounded")
"""Verdicts of a source that states the draft's figure."""
CONFLICT = ("differ", "updated")
"""Verdicts between two sources that do not state one figure at one time."""


def dispute(against: Sequence[Located], backing: Sequence[Located], judge: Judge,
            verdict_of: Callable[[Located, Located], str]) -> Optional[tuple[str, str]]:
    """(verdict, level) of a draft figure contradicted by ``against`` and stated by ``backing``, or None.

    None means the contradiction stands: no source states the figure, or some contradicting source is
    compatible with every source that states it.  ``verdict_of(a, b)`` judges two sources of the fact.
    """
    if not against or not backing:
        return None
    if any(all(verdict_of(b, a) not in CONFLICT for b in backing) for a in against):
        return None
    contra, pro = _days_of(against, judge), _days_of(backing, judge)
    if pro and len(contra) == len(against) and pro[-1] - contra[-1] >= SAME_TIME_DAYS:
        return "agree", "info"  # the newest source states the draft's figure
    if contra and len(pro) == len(backing) and contra[-1] - pro[-1] >= SAME_TIME_DAYS:
        return "updated", "warning"  # the newest source contradicts it
    return "disputed", "warning"


def _days_of(claims: Sequence[Located], judge: Judge) -> list[int]:
    """The known dates of ``claims`` as day numbers, ascending (claims of unknown date are left out)."""
    return sorted(_days(d) for d in (judge.as_of(c) for c in claims) if d)

