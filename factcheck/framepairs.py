"""Tests on two claims' frames that discovery reads when it links them: one thing named twice, a whole beside
its part, two roles, a count to a date beside a figure of no time."""
from __future__ import annotations

from .extractor.frame_qualifiers import WHOLE
from .model import Located
from .scope import name_words, one_stated_period


def subject_named(fa, fb) -> bool:
    """``fa``'s subject is a word of a name ``fb`` states ("the library opens on ..." beside "the Riverside
    Library opens on ..."): one thing, the second time named by its kind."""
    return bool(fa.subject) and not fa.entities and fa.subject in name_words(fb.entities)


def whole_beside_part(whole, other) -> bool:
    """A figure of a whole ("global", "worldwide", "combined") beside one that names a name it does not."""
    return WHOLE in whole.qualifiers and bool(whole.entities) and bool(name_words(other.entities) - name_words(whole.entities))


def roles_differ(fa, fb) -> bool:
    """Two roles in a frame: a level and a change, a share, a rate -- but an earlier value stated with its own
    period ("up from 8.1 million in 2018") is the level of that period."""
    return fa.role != fb.role and not ({fa.role, fb.role} == {"level", "previous"} and one_stated_period(fa, fb))


def dated_count_and_timeless(la: Located, lb: Located) -> bool:
    """``a`` counts up to a known date and ``b`` states no time at all (and its document no date)."""
    a, b = la.claim, lb.claim
    return (a.frame.aggregation == "cumulative" and bool(a.frame.as_of) and not b.frame.aggregation
            and not b.frame.as_of and not b.frame.time and not lb.doc.date)


def past_period_and_later_timeless(la: Located, lb: Located) -> bool:
    """``a`` is of a period that ended more than a year before ``b``'s document was written, and ``b`` states
    no time ("three years ago it won 77 seats" beside a later report's "fell ... to 58" seats): ``b`` is more
    likely of its own time than of ``a``'s, and no contradiction can be told."""
    fa, fb = la.claim.frame, lb.claim.frame
    if not fa.period or fb.period or fb.as_of or fb.time or not lb.doc.date or len(fa.period[1]) < 10:
        return False
    end = fa.period[1]
    return f"{int(end[:4]) + 1:04d}{end[4:]}" < lb.doc.date[:10]
