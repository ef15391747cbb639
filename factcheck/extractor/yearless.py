"""The year of a date written without one ("found them on 22 September"), from the story or the document's date.

A yearless day and month takes a year only when the text leaves no doubt which:
  * the story's own: the last full date (with a day or month) before it, whose year puts the yearless
    date on or after that date and within four months of it ("collapsed on 5 August 2010 ... found them
    on 22 September": 2010);
  * else the document's: the year that puts it at most ten months before and two months after the
    document's date, when no date or year before it names another year ("On 15 January the bank gave up"
    in a piece of 20 January 2015: 2015; after "launched on 5 May 2018" it stays without a year).
A month of no year ("in March", "since June") is placed by the same two rules (the story's: the month of the last
full date or one of the four after it). In a clause of the future ("will open on 15 September", "is due in May")
the document's rule takes the first such day or month on or after the document's date, within a year.
Otherwise it keeps no year, and discovery leaves it alone; so does a day of every year ("on 1 August each year").
A day counted from the story's ("the next day", "the same day") is the day after (or of) the last date before it
that names a day; with none before it, it stays unplaced.
A relative date ("on Tuesday", "two months ago": ``relative_dates``) is placed against the document's date under
the second rule's guard: only while no date or year before it names a year other than the document's.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from typing import Optional, Sequence

from ..model import Claim
from .relative_dates import NEAR_AFTER_DAYS, NEAR_BEFORE_DAYS, is_relative, place, speaks_of_future

_STORY_DAYS = 122
_STORY_REACH = 1500
"""How far (characters) "the next day" may stand from the date it counts from."""


def with_years(claims: Sequence[Claim], doc_date: Optional[str], text: str = "") -> list[Claim]:
    """``claims`` with each yearless day-and-month date given the year its text leaves no doubt of, and each
    relative date ("on Tuesday", "two months ago") placed against the document's date while the story stays in
    the document's year (no date or year before it names another; ``text``: the document's, for its tense)."""
    out = list(claims)
    last_full: Optional[dt.date] = None  # the first day of the last full date read so far
    last_day: Optional[tuple[dt.date, int]] = None  # the last date read so far that names a day, and where
    years: set = set()  # every year a date or year read so far names
    published = _published(doc_date)
    for i, c in enumerate(out):
        if c.kind not in ("date", "date_range") or not c.date:
            continue
        if c.date.startswith("--mon:") and c.date.endswith(":"):  # "in March": the story's year, or the document's
            month = int(c.date[6:-1])
            year = _story_month_year(last_full, month) or _document_year(years, published, month, 0, _future(c, text))
            out[i] = c = replace(c, date=f"{year:04d}-{month:02d}") if year else c
            continue  # (a month placed so is no full date the story goes on from)
        elif c.date.startswith("--story:D"):  # "the next day": the day after the story's last, if it is near
            if last_day and c.start - last_day[1] <= _STORY_REACH:
                day = last_day[0] + dt.timedelta(days=int(c.date[9:]))
                out[i] = c = replace(c, date=day.isoformat())
                last_day = (day, c.start)  # ("the next day ... the next day": the day after that)
            continue
        elif is_relative(c.date):
            if published and not years - {f"{published.year:04d}"}:
                placed = place(c.date, published, text[c.clause[0]:c.clause[1]])
                out[i] = c = replace(c, date=placed) if placed else c
            last_day = _day_at(c) or last_day
            continue
        if c.date.startswith("--") and len(c.date) == 7 and c.kind == "date" and not (
                c.frame.relative and c.frame.relative[0].startswith("per_")):  # (not "on 1 August each year")
            month, day = int(c.date[2:4]), int(c.date[5:7])
            year = _story_year(last_full, month, day) or _document_year(years, published, month, day, _future(c, text))
            if year:
                out[i] = c = replace(c, date=f"{year:04d}-{month:02d}-{day:02d}")
        if c.date[:1].isdigit():
            years.add(c.date[:4])
            last_full = _first_day(c.date) or last_full
            last_day = _day_at(c) or last_day
    return out


def _future(c: Claim, text: str) -> bool:
    """Whether a claim's clause speaks of what is to come ("will open on 15 September")."""
    return speaks_of_future(text[c.clause[0]:c.clause[1]])


def _published(doc_date: Optional[str]) -> Optional[dt.date]:
    """The document's date as a day; None when it has none or names no day."""
    try:
        return dt.date.fromisoformat(doc_date[:10]) if doc_date and len(doc_date) >= 10 else None
    except ValueError:
        return None


def _day(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February of another year
        return None


def _day_at(c: Claim) -> Optional[tuple[dt.date, int]]:
    """The day a date claim names and where it stands; None for a month, a year, a range or an unplaced one."""
    try:
        return (dt.date.fromisoformat(c.date), c.start) if len(c.date) == 10 and c.date[:1].isdigit() else None
    except ValueError:
        return None


def _first_day(iso: str) -> Optional[dt.date]:
    """The first day a full date or a month names ("2010-08-05", "2010-08"); None for a bare year or a range."""
    parts = iso.split("T", 1)[0].split("-")
    if "/" in iso or len(parts) < 2:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def _story_year(last_full: Optional[dt.date], month: int, day: int) -> Optional[int]:
    """The year of the last full date before, when the yearless date follows it within four months."""
    if last_full is None:
        return None
    when = _day(last_full.year, month, day)
    return last_full.year if when and 0 <= (when - last_full).days <= _STORY_DAYS else None


def _story_month_year(last_full: Optional[dt.date], month: int) -> Optional[int]:
    """The year of the last full date before, when a month of no year is its month or one of the four after it."""
    return last_full.year if last_full and 0 <= month - last_full.month <= 4 else None


def _document_year(years: set, published: Optional[dt.date], month: int, day: int, future: bool) -> Optional[int]:
    """The year that puts a day (``day`` 0: a whole month) near the document's date, unless a date or year before
    names another: from ten months before to two after it, or, in a clause of the future, the first on or after
    it."""
    if published is None:
        return None
    for year in (published.year, published.year - 1, published.year + 1):
        first, last = _day(year, month, day or 1), _day(year, month, day or calendar.monthrange(year, month)[1])
        if not (first and last):
            continue
        if (published <= last and (first - published).days < 366) if future else (
                -NEAR_BEFORE_DAYS <= (last - published).days and (first - published).days <= NEAR_AFTER_DAYS):
            return None if years - {f"{year:04d}"} else year
    return None
