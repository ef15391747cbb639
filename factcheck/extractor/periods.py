"""A claim's time: the written phrase turned into a period, an as-of date, or a time relative to the document.

``time_of`` reads a scope phrase found by ``find_scopes`` (its kind and named
groups); ``resolve`` places a relative time against the document's date.
Dates are ISO strings; a period is (first day, last day).
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from typing import Optional

import regex

from ..model import Frame
from ..vocab import Vocabulary
from .chinese.dates import year_part
from .chinese.numerals import chinese_number
from .numbers import word_value
from .relative_periods import last_month_year, week_span
from .scopes import ScopeMatch

_FISCAL = regex.compile(r"(?i)(?:\s*(?:in|for|during)\s+)?\b(?:fiscal(?:\s+year)?|FY)\s*'?(?P<year>(?:19|20)\d\d)\b")
_END_OF = regex.compile(r"(?i)\bend\s+of\s+(?:the\s+)?$")
"""A fiscal year right after or before a figure ("in fiscal 2022"); one closed at its end ("at the end of")."""
_MONTHS3 = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_QUARTERS = {"q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12), "h1": (1, 6), "h2": (7, 12),
             "the first quarter": (1, 3), "the second quarter": (4, 6), "the third quarter": (7, 9),
             "the fourth quarter": (10, 12)}


@dataclass(frozen=True)
class TimeOf:
    """What a time phrase says: a period, an as-of date, a relative time, and the aggregation it implies."""

    period: Optional[tuple[str, str]] = None
    as_of: Optional[str] = None
    relative: Optional[tuple[str, float]] = None
    aggregation: str = ""


_NO_TIME = TimeOf()
_YEARS_IN = {"dec": 10, "cen": 100}
"""Years in a decade and a century, by the first letters of the word ("decades ago", "eight centuries ago")."""
_OCCASION_DAYS = (("month", 240.0), ("week", 60.0), ("days", 14.0))
"""How long an occasion of no date may last, by the word that says so (else a day)."""


def year_span(first: int, last: int, first_month: int = 1, last_month: int = 12) -> tuple[str, str]:
    """ISO first and last day of the months ``first_month`` of ``first`` to ``last_month`` of ``last``."""
    return f"{first:04d}-{first_month:02d}-01", month_end(last, last_month)


def month_end(year: int, month: int) -> str:
    """ISO date of a month's last day."""
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _year(text: Optional[str]) -> Optional[int]:
    return int(text) if text and text.isascii() and text.isdigit() and 1 <= int(text) <= 9999 else None


def time_of(scope: Optional[ScopeMatch], vocab: Vocabulary) -> TimeOf:
    """The time a scope phrase names (nothing when it names none)."""
    if scope is None:
        return _NO_TIME
    g = dict(scope.groups)
    text = scope.text.lower()
    kind = scope.kind
    if kind == "relative":
        n = word_value(g.get("n", "").strip(), vocab) or chinese_number(g.get("n")) or 1.0
        span = g.get("span", "year").lower()
        return TimeOf(relative=("years_back", n * (10 if span.startswith("decade") else 1)), aggregation="flow")
    if kind == "absolute":
        start, end = _year(g.get("from")), _year(g.get("to"))
        if start and end and end < start:
            return TimeOf()  # a period that ends before it starts: no time rather than a wrong one
        if start and "since" in text:
            return TimeOf(period=(f"{start:04d}-01-01", ""), relative=("since", start), aggregation="cumulative")
        if start and end:
            return TimeOf(period=year_span(start, end), aggregation="flow")
        if start:
            return TimeOf(period=year_span(start, start), aggregation="flow")
        if end:  # "by the end of 2021" counts up to then; "as of 2021" states a level then
            return TimeOf(as_of=month_end(end, 12), aggregation="cumulative" if text.startswith("by") else "level")
        return TimeOf()
    if kind == "anchored":
        for anchor, year in vocab.scope_anchors:
            if anchor.search(g.get("anchor", scope.text)):
                return TimeOf(period=(f"{year:04d}-01-01", ""), relative=("since", year), aggregation="cumulative")
        return TimeOf()
    if kind == "current":
        return TimeOf(relative=("now", 0.0), aggregation="cumulative")
    if kind == "as_of_month":
        year, month = _year(g.get("to")), _month(g.get("month", ""), vocab) if g.get("month") else 12
        aggregation = "cumulative" if text.startswith("by") else "level"
        if month and not year:  # "at the end of March", "at year end": the last one before the document's date
            return TimeOf(relative=("last_month_end", float(month)), aggregation=aggregation)
        return TimeOf(as_of=month_end(year, month), aggregation=aggregation) if year and month else TimeOf()
    if kind == "offset":
        which = g.get("which", "").lower()
        offset = _YEAR_OFFSETS.get(which, 0)
        if g.get("ago"):  # "three years ago it won 77 seats": the year three before the document's
            ago = g["ago"].lower()
            offset = -(1.0 if ago in ("a", "one") else float(ago) if ago.isdigit() else word_value(ago, vocab) or 0.0)
            offset *= _YEARS_IN.get((g.get("ago_unit") or "y")[:3].lower(), 1)  # "eight centuries ago"
        span = (g.get("span") or "year").lower()  # "last month", "last week", "last quarter": a calendar one
        if span == "quarter" and which == "the":
            offset = -1  # "revenue for the quarter": the one a report gives, the calendar quarter before its date
        return TimeOf(relative=(f"{span}_offset", float(offset)), aggregation="" if g.get("ago") else "flow")
        # ("149 countries a year ago": then, a level or a flow as the rest of the frame says)
    if kind == "partial":
        return _partial(g, vocab)
    if kind == "occasion":  # "that day", "in the weeks after the crash": a short time the text does not date
        days = next((n for word, n in _OCCASION_DAYS if word in text), 1.0)
        return TimeOf(relative=("occasion", days), aggregation="flow")
    return TimeOf()


_YEAR_OFFSETS = {"last": -1, "previous": -1, "past": -1, "next": 1, "去": -1, "上": -1, "明": 1}
"""Years from the document's year a scope's ``which`` names ("last year", 去年; "this", 今年, 本年: 0)."""


_MONTH_OF_NO_YEAR = {"": "month_on_or_before", "last": "month_before", "past": "month_before"}
"""A month of no year, as a figure's period: the last one on or before the document's month ("in May"), or the
last one before it ("last March")."""


def _month(name: str, vocab: Vocabulary) -> Optional[int]:
    if name.isascii() and name.isdigit():  # 2023年9月
        return int(name) if 1 <= int(name) <= 12 else None
    return vocab.months.get(name) or vocab.months.get(name.capitalize()) or _MONTHS3.get(name[:3].lower())


def _partial(g: dict, vocab: Vocabulary) -> TimeOf:
    part = g.get("part", "").lower()
    if g.get("month"):  # "in September 2023", "between January and September 2023"
        first = _month(g["month"], vocab)
        last = _month(g["month2"], vocab) if g.get("month2") else first
        if not first or not last or (last < first and not g.get("from")):
            return TimeOf()
        months = (first, last)
    elif part == "half":
        months = (1, 6)
    elif part == "quarter":
        months = (1, 3)
    elif part in _QUARTERS or year_part(part):
        months = _QUARTERS.get(part) or year_part(part)
    else:
        n = word_value(g.get("n", "").strip(), vocab) if g.get("n") else None
        if not n or not 1 <= n <= 12 or not float(n).is_integer():
            return TimeOf()
        months = (1, int(n))
    year = _year(g.get("to"))
    first_year = _year(g.get("from")) or year
    if year and first_year and (first_year, months[0]) <= (year, months[1]):
        return TimeOf(period=year_span(first_year, year, *months), aggregation="flow")
    which = g.get("which", "").lower()
    if g.get("month") and not g.get("month2") and not year and which in _MONTH_OF_NO_YEAR:  # "in May": the
        return TimeOf(relative=(_MONTH_OF_NO_YEAR[which], float(months[0])), aggregation="flow")  # latest such month
    offset = float(min(0, _YEAR_OFFSETS.get(which, 0)))
    return TimeOf(relative=(f"months_{months[0]}_{months[1]}", offset), aggregation="flow")


def resolve(frame: Frame, doc_date: Optional[str]) -> Frame:
    """The frame with its relative time placed against the document's date (unchanged without one)."""
    if not doc_date or len(doc_date) < 10:
        return frame
    year = int(doc_date[:4])
    rel = frame.relative
    period, as_of = frame.period, frame.as_of
    if rel is not None:
        kind, amount = rel
        if kind == "years_back":
            period, as_of = (_years_before(doc_date, amount), doc_date), doc_date
        elif kind == "since":
            period, as_of = (period[0] if period else f"{int(amount):04d}-01-01", doc_date), doc_date
        elif kind == "now":
            as_of = doc_date
        elif kind == "year_offset":
            y = year + int(amount)
            period = year_span(y, y)
            as_of = doc_date if amount == 0 else period[1]
        elif kind == "last_month_end":
            as_of = month_end(year, int(amount))
            as_of = as_of if as_of <= doc_date[:10] else month_end(year - 1, int(amount))
        elif kind in ("month_offset", "quarter_offset"):  # "last month": the calendar month before the document's
            months = 1 if kind == "month_offset" else 3
            first = (int(doc_date[5:7]) - 1) // months * months + int(amount) * months  # (months from January)
            y, first = year + first // 12, first % 12 + 1
            period = year_span(y, y, first, first + months - 1)
        elif kind == "week_offset":  # "last week": Monday to Sunday of the week before the document's
            period = tuple(d.isoformat() for d in week_span(dt.date.fromisoformat(doc_date[:10]), int(amount)))
        elif kind in ("month_on_or_before", "month_before"):
            month = int(amount)
            y = last_month_year(month, year, int(doc_date[5:7]), inclusive=kind == "month_on_or_before")
            period = year_span(y, y, month, month)
        elif kind.startswith("months_"):
            first, last = (int(x) for x in kind.split("_")[1:3])
            y = year + int(amount)
            period = year_span(y, y, first, last)
    elif frame.aggregation == "cumulative" and as_of is None:
        as_of = doc_date
    if (period, as_of) == (frame.period, frame.as_of):
        return frame
    return replace(frame, period=period, as_of=as_of)


def ahead_of(frame: Frame, kind: str, doc_date: Optional[str]) -> Frame:
    """The frame of a figure of a time after its document's date -- a period that starts after it, or a level
    as of a later year ("its target of 25 million visitors by 2025" written in 2024) -- narrowed to a forecast:
    what was expected, never what came to be.  A date, or a frame of no later time, is unchanged."""
    if not doc_date or kind in ("date", "date_range", "identifier") or "forecast" in frame.qualifiers:
        return frame
    day = doc_date[:10]
    later = (frame.period and frame.period[0] > day) or (frame.as_of and frame.as_of[:4] > day[:4] and not frame.period)
    # (a level as of a later year only: "as of 2022" written in 2022 is the year so far, not a forecast)
    return replace(frame, qualifiers=frame.qualifiers + ("forecast",)) if later else frame


def _years_before(iso: str, years: float) -> str:
    whole = int(years)
    return f"{int(iso[:4]) - whole:04d}{iso[4:10]}" if iso[4:10] != "-02-29" else f"{int(iso[:4]) - whole:04d}-02-28"


_QUARTER_BEFORE = regex.compile(r"(?i)\b(?:Q[1-4]|[1-4]Q|H[12]|quarter|half)\b(?:\s+of)?[\s,(]*$")
"""A quarter or a half right before a fiscal year ("Q3 FY2024", "the third quarter of fiscal 2024")."""


def fiscal_time(text: str, at: int, until: int) -> Optional[tuple[TimeOf, str]]:
    """The fiscal year a figure speaks of ("in fiscal 2022", "FY2023") and the phrase as written: the one right
    after it, else the nearest before it in its clause ("at the end of fiscal 2023": a level then); None when
    there is none."""
    low = text.lower()  # "fiscal" or "fy" must be there, unless İ or ſ is (the regex module reads them as i, s)
    if "fy" not in low and "fiscal" not in low and not any(ch in text for ch in "\u0130\u017f"):
        return None
    found = _FISCAL.match(text, until)
    if found is None:
        for found in _FISCAL.finditer(text, 0, at):
            pass
    if found is None or _QUARTER_BEFORE.search(text, max(0, found.start() - 24), found.start()):
        return None  # ("Q3 FY2024", "the third quarter of fiscal 2024": a part of the year, its months unknown)
    year = int(found.group("year"))
    if _END_OF.search(text, 0, found.start()):
        return TimeOf(as_of=month_end(year, 12), aggregation="level"), found.group().strip()
    return TimeOf(period=year_span(year, year), aggregation="flow"), found.group().strip()


_YEAR_BEFORE_NOUN = regex.compile(r"(?<![\w$€£.,-])(?P<year>(?:19|20)\d\d)(?:\s+|-)(?!(?:and|to|or|through|until|in|"
                                  r"on|at|by|has|have|had|is|are|was|were|will|would|when|after|before)\b)[a-z]+")
"""A year before a noun, naming which one ("the 2023 edition", "its 2024 budget"): the figure's year."""
_YEAR_NOUN_AFTER = regex.compile(r"(?i)\b(?:during|in|for|at|over|throughout|of)\s+(?:the|its|their|this|that)\s+"
                                 + _YEAR_BEFORE_NOUN.pattern)
"""The same after the figure ("17 climbers died during the 2023 season")."""
_DETERMINER_BEFORE = regex.compile(r"(?i)\b(?:the|its|their|this|that|his|her|our|a)\s+$")
_YEAR_IN_BRACKET = regex.compile(r"\(\s*(?:FY\s?)?(?P<year>(?:19|20)\d\d)\s*:\s*$")
"""A year labelling a bracketed earlier figure ("Turnout: 68.7% (2021: 62.6%)"): the figure's year."""


def named_year(norm: str, text: str, at: int, until: int, start: int, apposed: tuple[int, int],
               alone: bool) -> Optional[tuple[TimeOf, str]]:
    """The year a figure's clause names which one by ("the 2023 race had 48,547 finishers and the 2024 race a
    record 52,150": the nearest before it; "(2021: 62.6%)"; "died during the 2023 season"; "the 2013 estimate,
    $5 billion,": ``apposed``, where the phrase a figure in commas restates opens, and the clause's start), with
    its text; None when it names none.  ``alone``: no time phrase in the sentence (else only a year before the
    figure in its own clause, which is nearer than a time phrase of another clause)."""
    year = _YEAR_IN_BRACKET.search(norm, max(0, start - 12), start) if alone else None
    if year is None:
        year = next(reversed(list(_YEAR_BEFORE_NOUN.finditer(text, 0, at))), None)  # the nearest before it
    if year is not None and not alone and not _DETERMINER_BEFORE.search(text, max(0, year.start() - 8), year.start()):
        return None  # (beside a time phrase of another clause, only "the 2024 race", "its 2023 budget")
    if year is None and alone:
        year = _YEAR_NOUN_AFTER.search(text, until) or (
            _YEAR_BEFORE_NOUN.search(norm, apposed[0], apposed[1]) if apposed[0] >= 0 else None)
    if year is None:
        return None
    y = int(year.group("year"))
    return TimeOf(period=year_span(y, y), aggregation="flow"), year.group().strip("(: ")


_GAPPED_YEAR = regex.compile(r"(?:,|\band)\s+(?:the|its|their)\s+(?:19|20)\d\d\s+[a-z]+(?:\s+(?:a|an)"
                             r"(?:\s+(?:new|record|all-time))?(?:\s+(?:high|low|record))?)?\s*$")
"""A clause of no verb that names another year's one of the same thing ("..., and the 2024 race a record 52,150")."""


def gapped_year(before: str) -> bool:
    """Whether the text right before a figure opens a clause of no verb naming another year's one of the thing the
    figure before it measured ("the 2023 race had 48,547 finishers and the 2024 race a record 52,150")."""
    return _GAPPED_YEAR.search(before) is not None
