"""Months and calendar periods named against the document's date ("last March", "this September", "in June",
"since august", "last year", "next month", "this week") or against the story's last day ("the next day"), read
where a paragraph's calendar words stand, and placed against the document's date (or the story's day).  Part of
the relative-date reader (see ``relative_dates``), in its notation:
  ``--mon:3:last``   a month of no year and which one: "" (bare: "in March"), this, last, next
  ``--rel:Y-1``      a year or month counted from the document's ("last year", "next month")
  ``--wk:-1``        a week counted from the document's ("last week": Monday to Sunday of the week before)
  ``--yr:-1:3:15``   a month (and day) of a year counted from the document's (去年3月15日, read by ``chinese``)
  ``--story:D+1``    a day counted from the last day the story dates ("the next day", "the following day",
                     "the same day"; placed by ``yearless``)
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Iterator, Optional

import regex

from .dates import MONTHS

_PERIODS = ("year", "month", "week")
CALENDAR_WORDS = frozenset(MONTHS + _PERIODS + ("day",))
"""The words every form this module reads holds (the relative-date reader's clue automaton finds them)."""
_CALENDAR_WORD = regex.compile(rf"(?i)\b(?:{'|'.join(MONTHS + _PERIODS)}|day)\b")
_STORY_DAY_BEFORE = regex.compile(r"(?i)\b(?:the\s+)?(next|following|same)\s+$")
"""A day counted from the story's last dated day ("the next day", "on the following day", "the same day")."""

_WHICH_BEFORE = regex.compile(r"(?i)\b(this|next|last|past|coming)\s+$")
"""Which one a month or period is, written before it ("last March", "this September", "next year")."""
_THE_BEFORE = regex.compile(r"(?i)\b(?:the|every|each)\s+$")
"""A word before "last year" that makes it a span ("in the last year", "over the past month") or a rule."""
_MONTH_BEFORE = regex.compile(r"(?i)\b(?:in|since|until|till|during|through|from|early|late|mid|(?:the\s+)?(?:end"
                              r"|beginning|start|middle)\s+of)[\s-]+$")
"""What stands before a month of no year that dates something in it ("in March", "since June", "mid-April",
"at the end of May"; never "before"/"after" March, a bound and no month)."""
_MONTH_GOES_ON = regex.compile(r"[\w-]|\.?\s*\d|,?\s+(?:of\s+)?'?\d\d")
"""What after a month makes it part of another date or a word ("March 5", "June 2021", "May of 2019",
"July '09", "Mayfair")."""
_PERIOD_GOES_ON = regex.compile(r"(?i)[\w-]|\s+(?:or\s+(?:so|two)|and\s+a\s+half|of\b)")
"""What after "last year" makes it a span or a part ("the last year or so", "next year and a half", "last week of
July")."""
_PLAIN_MONTHS = frozenset(MONTHS) - {"may", "march", "august"}
"""Months whose name is no other word: after "this", "last" ... one in lower case is still a month (never "the
last march", a walk; after a preposition any month is: "since august")."""
_OFFSET = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}


def calendar_word_spans(norm: str) -> list[tuple[int, int]]:
    """Where the calendar words of a paragraph stand (when its clue automaton cannot say)."""
    return [m.span() for m in _CALENDAR_WORD.finditer(norm)]


def calendar_dates(norm: str, words: list[tuple[int, int]]) -> Iterator[tuple[str, int, int, str]]:
    """(name, start, end, date) of each month of no year that dates something ("last March", "in June", "since
    august", "mid-April") and each period counted from the document's ("last year", "this month", "next week"),
    read at the calendar ``words`` a paragraph's clues found."""
    for start, end in words:
        word = norm[start:end]
        low = word.lower()
        if word[0].islower() and word != low:
            continue
        if low == "day":
            story = _STORY_DAY_BEFORE.search(norm, max(0, start - 14), start)
            if story and not _PERIOD_GOES_ON.match(norm, end):  # (not "the next day or two", "the same day of ...")
                yield "story_day", story.start(), end, f"--story:D{0 if story.group(1).lower() == 'same' else 1:+d}"
            continue
        which = _WHICH_BEFORE.search(norm, max(0, start - 8), start)
        if low in _PERIODS:
            if which and which.group(1).lower() != "past" and not _THE_BEFORE.search(
                    norm, max(0, which.start() - 8), which.start()) and not _PERIOD_GOES_ON.match(norm, end):
                offset = _OFFSET[which.group(1).lower()]
                value = f"--wk:{offset:+d}" if low == "week" else f"--rel:{low[0].upper()}{offset:+d}"
                yield "period", which.start(), end, value
            continue
        if _MONTH_GOES_ON.match(norm, end):
            continue
        if which and (word[0].isupper() or low in _PLAIN_MONTHS):
            name = which.group(1).lower()
            name = "last" if name == "past" else "next" if name == "coming" else name
            yield "month", which.start(), end, f"--mon:{MONTHS.index(low) + 1}:{name}"
        elif not which and _MONTH_BEFORE.search(norm, max(0, start - 24), start):
            yield "month", start, end, f"--mon:{MONTHS.index(low) + 1}:"


def week_span(day: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week ``offset`` weeks from the one ``day`` lies in (weeks open on Monday)."""
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7 * offset)
    return monday, monday + dt.timedelta(days=6)


def last_month_year(month: int, year: int, current: int, inclusive: bool) -> int:
    """The year of the last ``month`` before month ``current`` of ``year`` (``inclusive``: or that month itself)."""
    return year - (month > current or (month == current and not inclusive))


def place_period(kind: str, fields: list[str], published: dt.date) -> Optional[str]:
    """A month or week of this module's notation placed against the document's date; None for a bare month
    (``yearless`` places it by the story's year) or a day its month lacks."""
    if kind == "wk":  # "last week": Monday to Sunday of the week before the document's
        monday, sunday = week_span(published, int(fields[0]))
        return f"{monday.isoformat()}/{sunday.isoformat()}"
    if kind == "yr":  # 去年3月 (``--yr:-1:3``), 今年5月20日 (``--yr:0:5:20``): a month or day of a year counted
        year, month = published.year + int(fields[0]), int(fields[1])  # from the document's
        if len(fields) < 3:
            return f"{year:04d}-{month:02d}"
        day = int(fields[2])
        return dt.date(year, month, day).isoformat() if day <= calendar.monthrange(year, month)[1] else None
    month, year = int(fields[0]), published.year  # "this March": of the document's year; "last March": the one
    if fields[1] == "last":  # before its month
        year = last_month_year(month, published.year, published.month, inclusive=False)
    elif fields[1] == "next":
        year += month <= published.month
    return f"{year:04d}-{month:02d}" if fields[1] else None
