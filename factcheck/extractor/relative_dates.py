"""Dates written against the document's own date ("yesterday", "on Tuesday", "last Sunday", "two months ago",
"the first Friday of July 2024", "the 20th of next month") and days of no stated month ("on the 27th",
"Wednesday the 27th").

Each is read as a date claim whose ``date`` holds what the words say, to be placed later against the document's
date (``place``):
  ``--rel:D-1``, ``--rel:M-1,D-21``  an offset from the document's date in days (D), weeks (W), months (M) or
                                   years (Y); ``--rel?:...`` when a hedge makes it loose ("more than a year ago")
  ``--wd:1:last``                  a weekday (Monday 0) and which one: "" (bare), this, last, next, week-1/0/+1
  ``--nth:1:4:+0``                 the first Friday (4) of this month (+0; -1 last, +1 next; =7: of July)
  ``--dom:20:+1``                  the 20th of next month
  ``--ssn:6:8:last:summer``        a season (its months, which one, its name): "last summer"
  ``--mon:3:last``, ``--wk:-1``    a month of no year ("last March", "in June"), a week ("last week"):
  ``--yr:-1:3``                    ``relative_periods``, which reads months and periods ("last year": --rel:Y-1)
  ``---27``                        a day of no stated month (the day form of ISO 8601), placed in the document's
                                   month when that month has come to it
Every such value opens with "--", so a date left unplaced is never a fact's (see ``discover.eligible``).
Chinese forms (昨天, 上周五, 25年前, 20日) are read by ``chinese.relative`` into the same notation.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
from typing import Iterator, Optional

import regex

from ..vocab import Vocabulary, build_automaton
from .chinese.relative import WORDING as CHINESE_WORDING
from .dates import MONTHS, WEEKDAYS
from .numbers import ordinal_value, word_value
from .relative_periods import CALENDAR_WORDS, calendar_dates, calendar_word_spans, place_period
from .windows import word_hits

_WD = (r"(?P<wd>(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w-])|(?:Tues?|Thu(?:rs?)?|Fri)\b)")
"""A weekday, whole in any case or cut short with a capital ("Tues", "Thurs", "Fri"; never "Sat", "Sun", "Wed"
or "Mon", which are words or names too)."""
_WHICH = r"(?P<which>this|next|last|past|coming)"
_UNIT = r"(?:day|week|fortnight|month|year|decade)s?"
_AMOUNT = r"(?:\d{1,3}|an?|[a-z]+(?:-[a-z]+)?)"
_DAY_WORD = (r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
             r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
             r"|twentieth|thirtieth)")
_DAY_END = (r"(?=\s*(?:[.,;:!?)\]]|$)"
            r"|\s+(?i:at|in|on|when|until|till|and|or|but|with|for|to|from|after|before|amid|as)\b)")
"""What may follow a day of no month: the sentence goes on as after a date, never with a noun the ordinal could
count ("on the 27th floor", "for the second time")."""

_PATTERNS = (
    ("days", regex.compile(r"(?i)\b(?:the\s+day\s+(?P<dir>before)\s+yesterday|the\s+day\s+(?P<dir>after)\s+tomorrow"
                           r"|(?P<word>yesterday|tomorrow))(?![\w-])")),
    ("ago", regex.compile(  # "two months ago", "1 month 21 days ago", "three weeks from now"
        rf"(?i)\b(?P<hedge>(?:more|less|fewer)\s+than\s+|over\s+|under\s+|nearly\s+|almost\s+|about\s+|around\s+"
        rf"|some\s+|roughly\s+|at\s+least\s+|up\s+to\s+)?(?P<parts>{_AMOUNT}\s+{_UNIT}"
        rf"(?:,?\s+(?:and\s+)?{_AMOUNT}\s+{_UNIT}){{0,3}})\s+(?P<dir>ago|from\s+now|hence)\b")),
    ("nth", regex.compile(  # "the first Friday of July 2024", "the second Tuesday in this month"
        rf"(?i)\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+{_WD}\s+(?:of|in)\s+"
        rf"(?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)"
        rf"(?:,?\s+(?P<y>1[89]\d\d|20\d\d))?|(?P<mwhich>this|next|last)\s+month)\b")),
    ("week", regex.compile(  # "next week on Friday", "this week Friday", "Friday of next week", "Friday this week"
        rf"(?i)\b(?:(?P<wwhich>this|next|last)\s+week(?:\s+on)?\s+{_WD}|{_WD}\s+(?:of\s+)?(?P<wwhich>this|next|last)"
        rf"\s+week\b)")),
    ("month_day", regex.compile(  # "the 20th of next month", "the 31st of this month", "the fifth next month"
        rf"(?i)\b(?:the\s+)?(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?P<dw>{_DAY_WORD}))\s+(?:of\s+)?"
        rf"(?P<mwhich>this|next|last)\s+month\b")),
    ("weekday_day", regex.compile(  # "Wednesday the 27th", "Friday the twenty second"
        rf"\b{_WD},?\s+(?i:the)\s+(?:(?P<d>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?\b|(?P<dw>(?i:{_DAY_WORD}|fifteen"
        rf"|twenty|thirty)))(?!\s+of\b)")),
    ("which_weekday", regex.compile(rf"(?i)\b{_WHICH}\s+{_WD}")),
    ("season", regex.compile(  # "last summer", "this spring", "next winter" (never "last winter Olympics")
        rf"(?i)\b{_WHICH}\s+(?P<season>spring|summer|autumn|fall|winter)(?![\w-])(?!\s+(?-i:[A-Z]))")),
    ("weekday", regex.compile(  # "on Tuesday", "said Tuesday", "late Friday"
        rf"(?<=\b(?i:on|by|until|till|since|before|after|from|through|late|early|said|says|\w\w+ed)\s+){_WD}")),
    ("day_only", regex.compile(  # "on the 27th", "for the 21st", "on twenty second"
        rf"(?i)\b(?:on\s+(?:the\s+)?|(?:for|by|until|till|since)\s+the\s+)(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
        rf"|(?P<dw>{_DAY_WORD})){_DAY_END}")),
)
_CLUE = regex.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tomorrow|\b(?:ago|hence|from\s+now)\b"
                      r"|\b(?:this|next|last|past|coming)\s+(?:spring|summer|autumn|fall|winter)\b"
                      r"|\b(?-i:Tues?|Thu|Thurs|Fri)\b|\d(?:st|nd|rd|th)\b"
                      r"|\b(?:on|for|by|until|till|since)\s+(?:the\s+)?"
                      r"(?:twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
                      r"|twelfth|\w+teenth)\b")
_CLUE_WORDS = ("monday tuesday wednesday thursday friday saturday sunday tues tue thurs thu fri yesterday tomorrow "
               "ago hence first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
               "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth "
               "twenty thirty spring summer autumn fall winter".split() + ["from now"] + list(CALENDAR_WORDS))
"""A word of every ``_CLUE`` match but an ordinal in digits, within 24 characters of the match's start."""
_DIGIT_ORDINAL = regex.compile(r"\d(?:st|nd|rd|th)\b")
"""An ordinal in digits, the one clue ``relative_word_automaton`` cannot find."""
_NAMED_DAY_BEFORE = regex.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$")
"""A capitalised word before a weekday, not at a sentence's start: a named day ("Good Friday", "Super Tuesday")."""
_NAMED_DAY_AFTER = regex.compile(r"\s+[A-Z][a-z]")
"""A capitalised word after a weekday: a name ("the Sunday Times", "Monday Night Football")."""
_KIND_AFTER = regex.compile(r"\s+([a-z]+)\b")
_KIND_NOUNS = frozenset("prayer prayers school service services mass worship league edition editions paper papers "
                        "newspaper supplement roast lunch brunch".split())
"""Nouns after which a weekday is a kind of thing, not a day ("Friday prayers", "the Sunday edition")."""
_NOT_NAME_WORDS = frozenset("on by until till since before after from through late early last next this past "
                            "coming the that said says".split())
_UNIT_DAYS = {"day": ("D", 1), "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1), "year": ("Y", 1),
              "decade": ("X", 1)}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1, "2nd": 2, "3rd": 3,
        "4th": 4, "5th": 5}
_WEEK_OFFSET = {"last": -1, "this": 0, "next": 1}


_WORDING = regex.compile(
    rf"(?i)(?:on\s+)?(?:{_WHICH}\s+)?{_WD}"
    + "".join(f"|{dict(_PATTERNS)[name].pattern.removeprefix('(?i)')}"
              for name in ("days", "ago", "week", "month_day", "day_only", "season"))
    + f"|{CHINESE_WORDING}")
"""What a placed relative date is written as ("yesterday", "last Sunday", "two months ago", "Friday of next week",
"the 20th of next month", "on the 27th", 上周五, 三个月前, 20日)."""


def placed_from_words(text: str) -> bool:
    """Whether a date claim's text names its day only against the document's date ("Monday", "two days ago"),
    so that two sources writing it alike do not write one date."""
    return _WORDING.fullmatch(text.strip()) is not None


def has_relative_date(norm: str, vocab: Vocabulary) -> bool:
    """Whether a normalised paragraph may hold a relative date (a quick test before ``relative_dates``)."""
    other, words = _clues(norm, vocab)
    return other or next(calendar_dates(norm, words), None) is not None  # (a bare "year" holds none)


def _clues(norm: str, vocab: Vocabulary) -> tuple[bool, list[tuple[int, int]]]:
    """Whether a paragraph holds a clue of a relative date other than a calendar word, and where its calendar
    words (months; "year", "month", "week") stand."""
    if "relative_word_automaton" not in vocab.compiled:  # (built once per vocabulary, as its other automata)
        vocab.compiled["relative_word_automaton"] = build_automaton(_CLUE_WORDS)
    hits = word_hits(norm, vocab, "relative_word_automaton")  # (a regex of many alternatives scans slowly: it
    if hits is None:  # reads only near a clue word)
        return (_DIGIT_ORDINAL.search(norm) is not None or _CLUE.search(norm) is not None,
                calendar_word_spans(norm))
    words = [(start, end) for start, end, word in hits if word in CALENDAR_WORDS]
    other = _DIGIT_ORDINAL.search(norm) is not None or any(
        word not in CALENDAR_WORDS and _CLUE.search(norm, max(0, start - 24), end + 24) for start, end, word in hits)
    return other, words


def relative_dates(norm: str, vocab: Vocabulary) -> Iterator[tuple[int, int, str]]:
    """(start, end, date as the module's docstring writes it) of every relative date in ``norm``, leftmost first;
    a later pattern never takes what an earlier one read, and a month or period ("last year") comes last."""
    other, months = _clues(norm, vocab)
    found: list[tuple[int, int, str]] = []  # (kept sorted: a paragraph of thousands stays n log n)
    matches = ((name, m.start(), m.end(), _read(name, m, norm, vocab)) for name, pattern in (
        _PATTERNS if other else ()) for m in pattern.finditer(norm))
    for name, start, end, value in itertools.chain(matches, calendar_dates(norm, months)):
        at = bisect.bisect_left(found, (start,))
        overlaps = (at and found[at - 1][1] > start) or (at < len(found) and found[at][0] < end)
        if value and not overlaps:
            found.insert(at, (start, end, value))
    yield from found


def _read(name: str, m, norm: str, vocab: Vocabulary) -> Optional[str]:
    """What a match says, in the module's notation; None when it is no date."""
    if name == "days":
        if m.group("word"):
            return "--rel:D-1" if m.group("word").lower() == "yesterday" else "--rel:D+1"
        return "--rel:D-2" if m.group("dir") == "before" else "--rel:D+2"
    if name == "ago":
        return _offsets(m, vocab)
    if name == "season":
        months = vocab.seasons.get(m.group("season").lower())
        which = m.group("which").lower()
        which = "last" if which == "past" else "next" if which == "coming" else which
        return f"--ssn:{months[0]}:{months[1]}:{which}:{m.group('season').lower()}" if months else None
    weekday = _weekday(m.group("wd")) if "wd" in m.groupdict() else None
    if "wd" in m.groupdict() and (weekday is None or _named_day(norm, m)):
        return None
    if name == "nth":
        return _nth(m, weekday)
    if name == "week":
        return f"--wd:{weekday}:week{_WEEK_OFFSET[m.group('wwhich').lower()]:+d}"
    if name == "which_weekday":
        which = m.group("which").lower()
        return f"--wd:{weekday}:{'last' if which == 'past' else 'next' if which == 'coming' else which}"
    if name == "weekday":
        return f"--wd:{weekday}:"
    day = int(m.group("d")) if m.group("d") else (
        ordinal_value(m.group("dw"), vocab) or word_value(m.group("dw").lower(), vocab))  # ("Friday the fifteen")
    if not day or not 1 <= day <= 31 or not float(day).is_integer():
        return None
    if name == "month_day":
        return f"--dom:{int(day)}:{_WEEK_OFFSET[m.group('mwhich').lower()]:+d}"
    return f"---{int(day):02d}"


def _weekday(written: str) -> Optional[int]:
    """Monday 0 ... Sunday 6, from a weekday written whole or cut short."""
    return next((i for i, d in enumerate(WEEKDAYS) if d.startswith(written.lower()[:3])), None)


def _named_day(norm: str, m) -> bool:
    """Whether a weekday is part of a name ("Good Friday", "Black Friday", "the Sunday Times") or names a kind of
    thing held on such days ("after Friday prayers", "Sunday school")."""
    at, end = m.start("wd"), m.end("wd")
    before = _NAMED_DAY_BEFORE.search(norm, max(0, at - 20), at)
    if before and before.group().strip().lower() not in _NOT_NAME_WORDS and at > 0:
        return True
    after = _NAMED_DAY_AFTER.match(norm, end)
    if after is not None and norm[end:end + 1] != ",":
        return True
    kind = _KIND_AFTER.match(norm, end)
    return kind is not None and kind.group(1).lower() in _KIND_NOUNS


def _offsets(m, vocab: Vocabulary) -> Optional[str]:
    """``--rel:M-1,D-21`` for "1 month 21 days ago" (``--rel?:`` after a hedge); None when an amount is no number."""
    sign = -1 if m.group("dir").lower() == "ago" else 1
    parts = []
    for amount, unit in regex.findall(r"(?i)(\S+)\s+(day|week|fortnight|month|year|decade)s?", m.group("parts")):
        n = 1.0 if amount.lower() in ("a", "an") else float(amount) if amount.isdigit() else word_value(
            amount.replace("-", " ").lower(), vocab)
        if not n or not float(n).is_integer() or n > 999:
            return None
        letter, times = _UNIT_DAYS[unit.lower()]
        parts.append(f"{letter}{sign * int(n) * times:+d}")
    return f"--rel{'?' if m.group('hedge') else ''}:{','.join(parts)}" if parts else None


def _nth(m, weekday: int) -> Optional[str]:
    """The nth weekday of a month: a day when the year is written, else ``--nth`` against this/next/last month."""
    nth = _NTH[m.group("nth").lower()]
    if m.group("month"):
        month = MONTHS.index(m.group("month").lower()) + 1
        if not m.group("y"):
            return f"--nth:{nth}:{weekday}:={month}"  # "the first Friday of July": the year placing finds
        day = nth_weekday(int(m.group("y")), month, nth, weekday)
        return day.isoformat() if day else None
    return f"--nth:{nth}:{weekday}:{_WEEK_OFFSET[m.group('mwhich').lower()]:+d}"


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> Optional[dt.date]:
    """The ``nth`` ``weekday`` (Monday 0) of a month (``nth`` -1: the last); None when the month has none."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    if nth == -1:
        return dt.date(year, month, days[-1])
    return dt.date(year, month, days[nth - 1]) if nth <= len(days) else None


_FUTURE = regex.compile(r"(?i)\b(?:will|shall|'ll|going\s+to|due\s+to|is\s+due|are\s+due|scheduled|expected\s+to"
                        r"|plans?\s+to|set\s+to|to\s+be\s+held)\b|'ll\b|将|拟于|预计|计划于|即将")
"""A clause that speaks of what is to come: its bare weekday is the next one ("will meet on Tuesday", 将于周二)."""


NEAR_BEFORE_DAYS, NEAR_AFTER_DAYS = 305, 61
"""A day of a named month and no year is placed in the year that puts it this near the document's date (as
``yearless`` places "on 15 January")."""


_RELATIVE_KINDS = ("--rel:", "--rel?:", "--wd:", "--nth:", "--dom:", "--mon:", "--yr:", "--wk:", "--ssn:", "--story:",
                   "---")


def is_relative(iso: Optional[str]) -> bool:
    """Whether a date claim's value is one this module reads, not yet placed against the document's date."""
    return bool(iso) and iso.startswith(_RELATIVE_KINDS)


def speaks_of_future(clause: str) -> bool:
    """Whether a clause speaks of what is to come ("will meet on Tuesday", "is due to open in May", 将于周二)."""
    return _FUTURE.search(clause) is not None


def place(iso: str, published: dt.date, clause: str) -> Optional[str]:
    """A relative date placed against the document's date: a day, a month, a year or a range of days
    ("2024-05-03/2024-05-10", when the words allow two readings: "next Friday", "last Sunday"); None when it
    cannot be placed (a loose offset: "more than a year ago")."""
    if iso.startswith("---"):  # a day of no month: of the document's month, if that month has come to it
        return _day_of_month(published, int(iso[3:]), speaks_of_future(clause))
    kind, _, rest = iso[2:].partition(":")
    if kind == "rel":
        return _shifted(published, rest.split(","))
    fields = rest.split(":")
    if kind == "wd":
        return _weekday_date(published, int(fields[0]), fields[1], speaks_of_future(clause))
    if kind in ("yr", "mon", "wk"):
        return place_period(kind, fields, published)
    if kind == "ssn":
        return _season(published, int(fields[0]), int(fields[1]), fields[2])
    if kind == "nth":
        if fields[2].startswith("="):  # a named month of no year: the one near the document's date
            days = [nth_weekday(year, int(fields[2][1:]), int(fields[0]), int(fields[1]))
                    for year in (published.year - 1, published.year, published.year + 1)]
            near = [d for d in days if d and -NEAR_BEFORE_DAYS <= (d - published).days <= NEAR_AFTER_DAYS]
            return near[0].isoformat() if len(near) == 1 else None
        year, month = _month_shift(published.year, published.month, int(fields[2]))
        day = nth_weekday(year, month, int(fields[0]), int(fields[1]))
        return day.isoformat() if day else None
    if kind == "dom":
        year, month = _month_shift(published.year, published.month, int(fields[1]))
        day = int(fields[0])
        return dt.date(year, month, day).isoformat() if day <= calendar.monthrange(year, month)[1] else None
    return None


def _season(published: dt.date, first: int, last: int, which: str) -> Optional[str]:
    """The year of the season "this", "last" or "next" names, seen from the document's date ("last summer" in
    November 2024: 2024; in July 2024, the summer before, 2023; a winter is the year of its December); the
    claim keeps the season's name, whose months the run's hemisphere gives."""
    spans = []
    for year in range(published.year - 2, published.year + 2):
        end_year = year + (last < first)
        spans.append((dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1])))
    if which == "this":
        found = [s for s in spans if s[0] <= published <= s[1]] or [s for s in spans if s[0].year == published.year]
    elif which == "last":
        found = [s for s in spans if s[1] < published][-1:]
    else:
        found = [s for s in spans if s[0] > published][:1]
    if not found:
        return None
    return f"{found[0][0].year:04d}"


def _shifted(published: dt.date, parts: list[str]) -> Optional[str]:
    """The document's date moved by "M-1", "D-21"...: written to the smallest unit named (a week: its seven days)."""
    day, finest = published, "Y"
    for part in parts:
        letter, n = part[0], int(part[1:])
        if letter == "X":
            return None  # "a decade ago": a round figure of years, no year to compare
        if letter in "DW":
            day += dt.timedelta(days=n * (7 if letter == "W" else 1))
        else:
            year, month = _month_shift(day.year, day.month, n * (12 if letter == "Y" else 1))
            day = dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
        finest = min(finest, letter, key="DWMY".index)
    if finest == "D":
        return day.isoformat()
    if finest == "W":
        return f"{(day - dt.timedelta(days=3)).isoformat()}/{(day + dt.timedelta(days=3)).isoformat()}"
    return f"{day.year:04d}-{day.month:02d}" if finest == "M" else f"{day.year:04d}"


def _day_of_month(published: dt.date, day: int, future: bool) -> Optional[str]:
    """A day of no month in the document's month: on or before the document's date in a clause of the past,
    after it in one of the future; None otherwise (another month's day, which the text does not name)."""
    if not (day <= published.day if not future else published.day < day <= calendar.monthrange(
            published.year, published.month)[1]):
        return None
    return published.replace(day=day).isoformat()


def _month_shift(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _weekday_date(published: dt.date, weekday: int, which: str, future: bool) -> Optional[str]:
    """The day a weekday names, seen from the document's date (weeks open on Monday)."""
    monday = published - dt.timedelta(days=published.weekday())
    if which.startswith("week"):
        return (monday + dt.timedelta(days=7 * int(which[4:]) + weekday)).isoformat()
    before = published - dt.timedelta(days=(published.weekday() - weekday) % 7)  # on or before the date
    after = published + dt.timedelta(days=(weekday - published.weekday()) % 7)  # on or after it
    if which == "this":  # the one of this week, past or to come
        return (monday + dt.timedelta(days=weekday)).isoformat()
    if which == "":
        if future and after == published:
            after += dt.timedelta(days=7)  # "will meet on Tuesday", written on a Tuesday: next week's
        return (after if future else before).isoformat()
    if which == "last":  # the last one before the date, or the one of last week
        first = before if before < published else before - dt.timedelta(days=7)
        other = monday - dt.timedelta(days=7 - weekday)
    else:  # "next": the first one after the date, or the one of next week
        first = after if after > published else after + dt.timedelta(days=7)
        other = monday + dt.timedelta(days=7 + weekday)
    low, high = sorted((first, other))
    return low.isoformat() if low == high else f"{low.isoformat()}/{high.isoformat()}"
