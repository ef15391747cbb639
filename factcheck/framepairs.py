"""Tests on two claims' frames that discovery and verdicts read: one thing named twice, a whole beside its part,
two roles, a count to a date beside a figure of no time, two days each counted from its own document."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .extractor.frame_qualifiers import WHOLE, names_a_weekday
from .extractor.relative_dates import placed_from_words
from .model import Located
from .scope import name_words, one_stated_period, share_a_name


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


OWN_DAYS_APART = 7
"""Days between two documents' dates beyond which a day each names only against its own date ("on Wednesday")
cannot be one day."""


def own_days_apart(la: Located, lb: Located) -> str:
    """Why two claims are no one fact's: each is of a day named only against its own document's date (a date
    "on Wednesday", "yesterday"; a figure "raised to 2.5% on Wednesday"), and the documents are more than a week
    apart (two reports of two decisions, two races); "" otherwise."""
    a, b = la.claim, lb.claim
    if not (la.doc.date and lb.doc.date):
        return ""
    if a.kind == b.kind == "date":
        if a.date == b.date or not (placed_from_words(a.text) and placed_from_words(b.text)):
            return ""
        what = f"{a.date} vs {b.date}"
    elif any(names_a_weekday(q) for q in a.frame.qualifiers) and any(names_a_weekday(q) for q in b.frame.qualifiers):
        what = f"the week of {la.doc.date[:10]} vs of {lb.doc.date[:10]}"
    else:
        return ""
    apart = _days_between(la, lb)
    return f"different occasions: each a day of its own document ({what})" if (apart or 0) > OWN_DAYS_APART else ""


AGE_SLIP = 2.0
"""Years by which a source may misstate an age; two ages of no name in common further apart are two people's."""


def unnamed_ages_apart(la: Located, lb: Located, gap: float) -> str:
    """Why two ages ``gap`` years apart (beyond the years between their documents) are no contradiction: no name
    says whose they are ("The 23-year-old" beside "the 30-year-old's third title"), and no source misstates an
    age by so much; "" otherwise."""
    a, b = la.claim, lb.claim
    if not (names_an_age(a.frame.measure) and names_an_age(b.frame.measure)) or share_a_name(
            a.frame.entities, b.frame.entities):
        return ""
    years = (_days_between(la, lb) or 0) / 365.25
    return f"ages {gap:g} years apart and no name in common: two people's" if gap > years + AGE_SLIP else ""


def _days_between(la: Located, lb: Located) -> Optional[int]:
    """Days between two claims' documents' dates; None when either has no date of a day."""
    try:
        return abs((dt.date.fromisoformat(la.doc.date[:10]) - dt.date.fromisoformat(lb.doc.date[:10])).days)
    except (TypeError, ValueError):
        return None


def names_an_age(measure: str) -> bool:
    """Whether a measure is an age ("age", "endurance swimmer age"; never "gross tonnage")."""
    return measure == "age" or measure.endswith(" age")
