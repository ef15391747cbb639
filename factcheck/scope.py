"""Of what and when a figure speaks: comparing two claims' frames (SEMANTICS.md section 5, checks 1-3).

Pure functions on ``model.Frame``: the verdict code asks them whether two
claims measure the same quantity before it compares values.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .extractor.frame_qualifiers import names_a_day_or_month
from .model import Claim, Frame

OPEN_ABOVE = ("more_than", "at_least", "plus")
OPEN_BELOW = ("up_to", "less_than")


def period_years(frame: Frame) -> Optional[tuple[float, float]]:
    """A frame's period as fractional years (start, end); an open end is +inf."""
    if not frame.period:
        return None
    start, end = frame.period
    return _year_of(start), (_year_of(end) if end else float("inf"))


def _year_of(iso: str) -> float:
    try:
        year, month = int(iso[:4]), int(iso[5:7] or 1)
        return year + (month - 1) / 12
    except ValueError:
        return float("nan")


def same_period(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two periods are the same when both ends are at most a year apart (writers restate "the past decade")."""
    return abs(a[0] - b[0]) <= 1 and (abs(a[1] - b[1]) <= 1 or a[1] == b[1])


def show_period(frame: Frame) -> str:
    """A frame's time as written, with what it resolved to: "'in 2021' (2021)"."""
    years = period_years(frame)
    if not years:
        return repr(frame.time) if frame.time else "no stated period"
    a, b = years
    span = f"{int(a)}" if b != float("inf") and int(a) == int(b - 1e-9) else (
        f"{int(a)}–{int(b - 1e-9)}" if b != float("inf") else f"{int(a)}–…")
    return f"{frame.time!r} ({span})" if frame.time else span


def aggregation_of(claim: Claim) -> str:
    """flow | level | "" -- cumulative and point-in-time levels are both levels here."""
    agg = claim.frame.aggregation
    return "level" if agg == "cumulative" else agg


def one_stated_period(fa, fb) -> bool:
    """Whether two frames state one and the same period: an earlier value that states its own ("up from 8.1
    million in 2017") is then that period's level, to be compared with the other figure as one."""
    return bool(fa.period) and fa.period == fb.period


def role_difference(a: Claim, b: Claim) -> Optional[str]:
    """Why two claims cannot be compared as the same quantity (role or aggregation), else None.

    A ``previous`` value is not a difference: it is the same fact at an earlier time.
    """
    ra, rb = a.frame.role, b.frame.role
    if "previous" in (ra, rb):
        return None
    if ra != rb:
        return f"{_role_name(a)} vs {_role_name(b)}"
    ga, gb = aggregation_of(a), aggregation_of(b)
    if ga and gb and ga != gb:
        return f"{_agg_name(a)} vs {_agg_name(b)}"
    return None


def _role_name(c: Claim) -> str:
    return {"level": "a level", "change": "a change", "share": "a share", "rate": "a rate", "rank": "a rank"}.get(
        c.frame.role, c.frame.role)


def _agg_name(c: Claim) -> str:
    if c.frame.aggregation == "flow":
        return f"flow {show_period(c.frame)}" if c.frame.time else "flow"
    return "cumulative level" if c.frame.aggregation == "cumulative" else "level"


def _period_clash(a: Claim, b: Claim) -> Optional[str]:
    """How two claims' periods differ: "days" (two short spans apart), "years" (calendar spans apart), "written"
    (other wording), else None."""
    if a.kind in ("date", "date_range") or not (a.frame.time and b.frame.time):
        return None
    short = _short_periods(a.frame, b.frame)
    if short is not None:  # a week beside a week, a month beside a month: to the day
        return None if short else "days"
    ya, yb = period_years(a.frame), period_years(b.frame)
    if ya and yb:
        # "the past decade" restated a year later is one period; calendar periods must match
        relative = any(f.relative and f.relative[0] == "years_back" for f in (a.frame, b.frame))
        if same_period(ya, yb) if relative else (abs(ya[0] - yb[0]) < 0.04 and (
                abs(ya[1] - yb[1]) < 0.04 or ya[1] == yb[1])):  # (periods are read to the month: 1/12 apart)
            return None
        return "years"
    ra, rb = a.frame.relative, b.frame.relative
    if ra and rb and ra[0] == rb[0] == "years_back" and abs(ra[1] - rb[1]) > 1:
        return "written"
    if ra and rb and ra[0].startswith("month_") and rb[0].startswith("month_") and ra[1] != rb[1]:
        return "written"  # "in May" beside "in April", with no document date to place them
    for r, y in ((ra, yb), (rb, ya)):
        if r and r[0] == "occasion" and y and (y[1] - y[0]) * 365 > 3 * r[1]:
            return "written"  # "that day" beside "between 1969 and 1972" (not "in the weeks after" beside "in June")
    if (yearly(a.frame) or yearly(b.frame)) and _length(a.frame) != _length(b.frame):
        return "written"
    return None


def _short_periods(fa: Frame, fb: Frame) -> Optional[bool]:
    """For two periods of days shorter than two months ("last week", "in May"): whether they are one (both ends
    within two days); None when either is longer or open."""
    try:
        spans = [(dt.date.fromisoformat(f.period[0]), dt.date.fromisoformat(f.period[1])) for f in (fa, fb)
                 if f.period and len(f.period[0]) == len(f.period[1]) == 10]
    except ValueError:
        return None
    if len(spans) < 2 or any((end - start).days > 62 for start, end in spans):
        return None
    (sa, ea), (sb, eb) = spans
    return abs((sa - sb).days) <= 2 and abs((ea - eb).days) <= 2


def periods_differ(a: Claim, b: Claim) -> bool:
    """Whether two claims state different periods (``period_difference`` without its reason, for hot loops)."""
    return _period_clash(a, b) is not None


def period_difference(a: Claim, b: Claim) -> Optional[str]:
    """A reason when two claims state different periods, else None (an unstated period differs from none)."""
    clash = _period_clash(a, b)
    if clash == "days":
        return "different periods: " + " vs ".join(
            f"{f.time!r} ({f.period[0]} to {f.period[1]})" for f in (a.frame, b.frame))
    if clash == "years":
        return f"different periods: {show_period(a.frame)} vs {show_period(b.frame)}"
    return f"different periods: {a.frame.time!r} vs {b.frame.time!r}" if clash else None


def yearly(frame: Frame) -> bool:
    """A figure stated for any one year ("$1.2 million a year", "annually")."""
    return bool(frame.relative) and frame.relative[0] == "per_year"


def _length(frame: Frame) -> Optional[int]:
    """A period's length in whole years (1 for "a year"), None when not known."""
    if yearly(frame):
        return 1
    if frame.relative and frame.relative[0] == "years_back":
        return int(frame.relative[1])
    years = period_years(frame)
    if years and years[1] != float("inf"):
        return max(1, round(years[1] - years[0]))
    return None


def qualifier_difference(a: Claim, b: Claim, both: bool = False) -> Optional[str]:
    """Part vs whole: one claim narrows what it counts ("in africa") and the other does not, or differently
    (``both``: only when both narrow it, and differently)."""
    qa = {q for q in a.frame.qualifiers if not _said_in_measure(q, b)}
    qb = {q for q in b.frame.qualifiers if not _said_in_measure(q, a)}
    days_a, days_b = {q for q in qa if names_a_day_or_month(q)}, {q for q in qb if names_a_day_or_month(q)}
    if bool(days_a) != bool(days_b):  # "on tuesday" beside a figure of no day: when it was said, not a part
        qa, qb = qa - days_a, qb - days_b  # ("in march" beside "in april" stays two)
    if qa == qb or (both and not (qa - qb and qb - qa)):
        return None
    left = ", ".join(sorted(qa)) or "all"
    right = ", ".join(sorted(qb)) or "all"
    return f"part vs whole: {left} vs {right}"


_LINKS = frozenset("for of in to from by with among".split())


def _said_in_measure(qualifier: str, other: Claim) -> bool:
    """Whether a narrowing is said by the other claim's own measure or counted noun ("evacuation operations for
    citizens" beside "overseas citizen evacuation operations")."""
    words = {stem(w) for w in qualifier.split() if w not in _LINKS}
    said = {stem(w) for w in f"{other.frame.measure} {other.counted or ''}".lower().split()}
    return bool(words) and words <= said


def name_words(names) -> set:
    """The words of some names, a plural's "s" dropped ("Conservatives" and "Conservative" share a word)."""
    return {stem(w) for n in names for w in n.split()}


def stem(word: str) -> str:
    """A name's word without a plural "s" ("democrats" -> "democrat"; "texas" and "ss" words kept)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as")) else word


def share_a_name(a: tuple, b: tuple) -> bool:
    """Whether one name of ``a`` and one of ``b`` are one name, the shorter's words all in the longer
    ("Lusitania" and "RMS Lusitania"; not "United Kingdom" and "United States", nor "Greater Tokyo" and "Tokyo")."""
    words_a, words_b = [name_words((n,)) for n in a], [name_words((n,)) for n in b]
    return any((wa <= wb or wb <= wa) and not (wa ^ wb) & _WIDER_PLACE for wa in words_a if wa for wb in words_b if wb)


_WIDER_PLACE = frozenset("greater metropolitan metro inner outer".split())
"""Words that make a place's name another, wider or narrower place ("Greater Tokyo" is no "Tokyo")."""


def entity_difference(a: Claim, b: Claim, prepositions: frozenset = frozenset()) -> Optional[str]:
    """Names that show two claims speak of different things: both clauses name something, and nothing in common
    (the places their narrowings name count as names: "killed by Maria, in Dominica" shares Dominica)."""
    ea, eb = a.frame.entities, b.frame.entities
    if not ea or not eb:
        return None
    if share_a_name(ea + place_names(a.frame, prepositions), eb + place_names(b.frame, prepositions)):
        return None
    return f"different names: {', '.join(ea)} vs {', '.join(eb)}"


def place_names(frame, prepositions: frozenset) -> tuple:
    """The places a frame's narrowings name ("in dominica" -> "dominica"), for a place preposition."""
    return tuple(q.split(" ", 1)[1] for q in frame.qualifiers if " " in q and q.split(" ", 1)[0] in prepositions)


def predicate_difference(a: Claim, b: Claim, broad: bool, neutral: frozenset = frozenset()) -> Optional[str]:
    """Different verbs on a broad measure ("established relations with 181 countries" vs "signed with 149");
    verbs that only state a level ("has", "reached", "grew to") differ from no other such verb."""
    pa, pb = a.frame.predicate, b.frame.predicate
    if not broad or pa == pb or (pa in neutral and pb in neutral):
        return None
    return f"different actions: {pa or 'none stated'} vs {pb or 'none stated'}"


def measure_difference(a: Claim, b: Claim) -> Optional[str]:
    """Different measures (one of them narrower in words is still the same measure)."""
    ma, mb = a.frame.measure, b.frame.measure
    if not ma or not mb or ma == mb:
        return None
    wa, wb = set(ma.split()), set(mb.split())
    if wa <= wb or wb <= wa:
        return None
    return f"different measures: {ma} vs {mb}"


def expectations_apart(a: Claim, b: Claim) -> Optional[str]:
    """Why two expectations that disagree contradict nothing: two forecasts or two planned dates (plans change;
    forecasters differ), else None."""
    for mark, why in (("forecast", "two forecasts"), ("planned", "two planned dates")):
        if mark in a.frame.qualifiers and mark in b.frame.qualifiers:
            return f"{why}: expectations differ without contradicting each other"
    return None


def narrower_measure(a: Claim, b: Claim) -> Optional[str]:
    """Why two counts or sums of one measure, one of them narrower in words ("rail tunnel" beside "tunnel",
    "insured loss" beside "loss"), may be of a part and its whole (read only when their values disagree: "seven
    concrete piers" beside "seven piers" agree)."""
    ma, mb = a.frame.measure, b.frame.measure
    if a.kind == "measure" or not ma or not mb or ma == mb or not (
            set(ma.split()) <= set(mb.split()) or set(mb.split()) <= set(ma.split())):
        return None  # (a measurement's property is its measure: "rock overburden" is the overburden)
    return f"one measure is narrower: {ma} vs {mb}"
