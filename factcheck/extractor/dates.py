"""Dates, date ranges and seasons written in English prose."""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from ..triggerhints import fast_form
from ..triggers import TextProbe, Trigger, trigger_of
from ..vocab import Vocabulary, build_automaton
from .numbers import ordinal_value
from .windows import scan

_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_OLD_YEAR = r"(?:1[0-7]\d\d(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|or|but|when|while|after|before|to|in|at|with)\b))"
"""An earlier year after a day and month, where nothing or a new phrase follows it ("on 10 August 1793, ...",
"on 10 August 1793 and drew crowds"): never a count."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|to|until|through|and)\s*"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The days of the week, lower-cased."""
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
"""The months, lower-cased, in order."""
_WEEKDAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\.?,?\s+)?"
"""A weekday before a day and month belongs to the date ("Monday, January 12, 2016", "Wed, 22 Jan")."""
_BARE_DAY_BEFORE = (r"(?:(?<=^|[.;:(]\s*)|(?<=\b(?i:on|by|from|until|till|since|before|after|through|to|back)\s+)"
                    r"|(?<=\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+))")
"""Where an ordinal-word day may open a date without "the" ("second of Aug", "on twenty second of June"); never
after a count ("one fifth of June's rain") or inside a phrase ("every second of March")."""
_BLANK = regex.compile(r"\s+")
_IN_MONTH_COUNT = regex.compile(r"(?i)\bin\s+$")
_WORD_NEXT = regex.compile(r"\s+[a-z]")
_OF_YEAR = r"(?:,?\s+|\s+of\s+)"
"""Between a day and its year: "January 12, 2016", "January 12 of 2016"."""
_DATE_ENDS = (r"(?=\s*(?:[.,;:!?)\]]|$)|\s+(?i:at|in|on|was|is|will|would|when|until|till|through|this|next|last"
              r"|the|we|they|he|she|it|i|you)\b)")
"""What may follow a day written as an ordinal word with no year: the sentence goes on as after a date
("by May first, ...", "on the second of June at noon"), never with a noun the ordinal could count ("In March the
second wave", "In May the first 200 ships")."""


@dataclass(frozen=True)
class DateMatch:
    """A date found in the text: its span, ISO form and optional season."""

    start: int
    end: int
    kind: str  # date | date_range
    iso: str
    season: Optional[str] = None


def _month_names(vocab: Vocabulary) -> str:
    """The alternation of month names the date patterns read (the vocabulary's, and whole names in capitals)."""
    month = vocab.pattern("month_name").pattern
    names = [n for n in regex.sub(r"^\(\?:|\)$", "", month).split("|") if n.isalpha()]
    if names:  # datelines write months in capitals ("12 DECEMBER 2019"); whole names only, never "MAY" alone
        month = month[:-1] + "|" + "|".join(n.upper() for n in names if len(n) > 3) + ")"
    return month


def _patterns(vocab: Vocabulary) -> list[tuple[str, "regex.Pattern"]]:
    """The date patterns, by name (see ``_build``)."""
    month = _month_names(vocab)
    season = vocab.pattern("season").pattern.removeprefix("(?i)")  # (the date pattern is case-insensitive as a whole)
    # "Dec. 3": the full stop after a short form belongs to the month; after "March." it ends the sentence
    short = [n for n, k in vocab.months.items()
             if n.isalpha() and any(len(o) > len(n) and j == k for o, j in vocab.months.items())]
    dot = rf"(?:(?<=\b(?i:{'|'.join(sorted(short, key=len, reverse=True))}))\.)?" if short else ""
    m1 = rf"(?P<m1>{month})\b{dot}"
    m2 = rf"(?P<m2>{month})\b{dot}"
    # lower-case month names next to a year ("the april 2017 bonus"); never a lower-case "may" after a year
    ci1 = rf"(?i:(?P<m1>{month}))\b{dot}"
    ci_after = rf"(?!may\b|mar\b|jan\b|jun\b)(?i:(?P<m1>{month}))\b"
    to_y = r"\s*(?:-|~|to|until|through|thru|till)\s*"
    # a day as an ordinal word ("fourth", "twenty-first", "thirty first"), from the vocabulary's own words
    tens = [w for w, n in vocab.number_words.items() if n in (20, 30) and w.endswith("ty")]  # not "score"
    days = [w for w, n in vocab.ordinal_words.items() if n <= 31]
    word_day = rf"(?i:(?:(?:{'|'.join(tens)})[\s-])?(?:{'|'.join(sorted(days, key=len, reverse=True))}))"
    return [
        ("iso", regex.compile(
            rf"(?:\b|(?<=[\u4e00-\u9fff]))(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>{_DAY})"  # (自2023-09-01起)
            rf"(?:[ T](?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![0-9A-Za-z_:])")),
        ("month_day", regex.compile(
            rf"\b{_WEEKDAY}{m1}\s+(?P<d1>{_DAY}){_ORD}\b(?:{_TO}(?:{m2}\s+)?(?P<d2>{_DAY}){_ORD}\b)?"
            rf"(?:{_OF_YEAR}(?P<y>{_YEAR}|{_OLD_YEAR})\b)?")),
        ("day_month", regex.compile(
            rf"\b{_WEEKDAY}(?:the\s+)?(?P<d1>{_DAY}){_ORD}(?:{_TO}(?P<d2>{_DAY}){_ORD})?\s+(?:of\s+)?{m1}"
            rf"(?:,?\s+(?P<y>{_YEAR}|{_OLD_YEAR})\b)?")),
        ("day_dash_month", regex.compile(  # "28-Nov-2019", "1-Jan": tables and forms
            rf"(?<![\w-])(?P<d1>{_DAY})-(?P<m1>{month})(?:-(?P<y>{_YEAR}))?(?![\w-])")),
        ("word_day_month", regex.compile(  # "the fourth of May 2019"; "second of Aug" after a preposition
            rf"(?:\b(?i:the\s+)|{_BARE_DAY_BEFORE})(?P<dw>{word_day})\s+(?i:of\s+){ci1}(?!')"
            rf"(?:{_OF_YEAR}(?P<y>{_YEAR}|{_OLD_YEAR})\b)?")),
        ("ordinal_of_month", regex.compile(  # "the 4th of march": a month in any case after "Nth of"
            rf"\b(?:(?i:the)\s+)?(?P<d1>{_DAY})(?i:st|nd|rd|th)\s+(?i:of)\s+{ci1}(?!')"
            rf"(?:{_OF_YEAR}(?P<y>{_YEAR}|{_OLD_YEAR})\b)?")),
        ("month_word_day", regex.compile(  # "May twenty-first, 2019", "Jan first", "may the eleventh" (never "In
            # May the first was launched": a month after "in" is a time span, and "the first" a thing in it)
            rf"(?:\b{m1}\s+|(?<!\b(?i:in|during|throughout|of)\s+)\b{ci1}\s+(?i:the)\s+)(?P<dw>{word_day})\b(?![-'])"
            rf"(?:{_OF_YEAR}(?P<y>{_YEAR}|{_OLD_YEAR})\b|{_DATE_ENDS})")),
        ("month_dash_day", regex.compile(  # "Jan-1", "Mar-15-2020": tables and forms
            rf"(?<![\w-]){m1}-(?P<d1>{_DAY})(?:-(?P<y>{_YEAR}))?(?![\w-])")),
        ("season", regex.compile(
            rf"(?i)\b(?:the\s+)?(?:(?:golden|early|late|mid|high|deep)[\s-]+)?(?P<season>{season})\s+(?:of\s+)?(?P<y>{_YEAR})\b")),
        ("month_year", regex.compile(  # "March 2009", "april 2017", "March 2010 to June 2012", "May 2014 to 2018"
            rf"\b{ci1}(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"
            rf"(?:{_TO}{m2},?\s+(?P<y2>{_YEAR})\b|(?i:{to_y})(?P<y3>{_YEAR})\b(?![-/.]\d))?")),
        ("month_range", regex.compile(rf"\b{m1}{_TO}{m2},?\s+(?P<y>{_YEAR})\b")),  # "January to March 2021"
        ("numeric", regex.compile(rf"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_YEAR})\b(?![/.-]\d)")),
        ("numeric", regex.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<yy>\d\d)\b(?![/.-]\d)")),  # "21/04/16"
        ("numeric_day", regex.compile(  # "on 4/22", "until 22/04", "back 11/12, 2016": a day one of whose numbers
            # is no month, after a word that dates (never "on 1/3 of the land", "cut by 1/3", "from 1/2 to 3/4")
            rf"(?<=\b(?i:on|until|till|since|back)\s)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:,\s?(?P<y>{_YEAR}))?\b"
            rf"(?![/.]?\d|\s+(?i:of)\b){_DATE_ENDS}")),
        ("decade", regex.compile(r"(?i)\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<y>1[89]\d0|20\d0)'?s\b")),
        ("short_decade", regex.compile(r"(?i)\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?['’](?P<yy>[3-9]0|00|10)s\b")),
        ("short_year", regex.compile(  # "in '98", "the class of '69" (never a quoted '98' or a count)
            r"(?i)(?<=\b(?:in|of|since|from|until|till|by|to|through|and|before|after|during)\s)['’](?P<yy>\d\d)\b(?!['’\w]|[.,]\d)")),
        ("century", regex.compile(  # "the 19th century", "the late twentieth century", never "5th century BC"
            rf"(?i)\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
            rf"(?:(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?P<cw>{word_day}))"
            rf"[\s-]+century\b(?!\s+(?:BC|BCE|B\.C)|(?-i:\s+[A-Z]))")),  # (nor a name: "20th Century Fox")
        ("year_part", regex.compile(rf"(?i)\b(?:early|mid|late|end)[\s-]+(?P<y>{_YEAR})\b(?![-/.]\d)")),
        ("quarter", regex.compile(rf"(?i)\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|(?:the\s+)?(?P<qw>first|second|third|fourth)\s+quarter\s+of"
                                  rf"|H(?P<h>[12])|(?P<h2>[12])H|(?:the\s+)?(?P<hw>first|second)\s+half\s+of)\s+(?P<y>{_YEAR})\b")),
        ("year_then_month", regex.compile(  # "in 2017 april", "2014 through May 2018"
            rf"\b(?:(?i:from)\s+(?=\d{{4}}(?i:{to_y})))?(?P<y>{_YEAR})"
            rf"(?:(?i:{to_y}){m2},?\s+(?P<y2>{_YEAR})\b|,?\s+{ci_after}(?!\s+\d))")),
        ("year_range", regex.compile(
            rf"(?i)\b(?:(?P<from>from|between)\s+)?(?P<y>{_YEAR})(?:\s*(?:-|~|to|until|through|thru|till)\s*|\s+and\s+(?=(?:18|19|20)\d\d\b)|/(?=\d\d\b))(?P<y2>{_YEAR}|\d\d)\b(?![-/.:]\d)")),
        ("year_month", regex.compile(  # "2015-3", "3/2015"
            rf"(?<![\d/.-])(?:(?P<y>{_YEAR})[-/.](?P<m>1[0-2]|0?[1-9])\b(?![-/.]\d|\.\d)"
            rf"|(?P<m>1[0-2]|0?[1-9])/(?P<y>{_YEAR})\b(?![/.-]\d))")),
    ]


def _window_hints(vocab: Vocabulary) -> dict[str, tuple["regex.Pattern", bool]]:
    """What every match of some date patterns holds side by side (for patterns whose trigger is missing or says
    little): a month and a day in digits or words, a day's suffix and "of", a year and a month, a quarter or half
    and its year, two years joined.  With each, whether
    it opens with the month (it is then tried only where a month name starts, see ``_held``)."""
    month = _month_names(vocab)
    tens = [w for w, n in vocab.number_words.items() if n in (20, 30) and w.endswith("ty")]
    days = rf"(?i:{'|'.join(sorted((w for w, n in vocab.ordinal_words.items() if n <= 31), key=len, reverse=True))})"
    word_day = rf"(?i:(?:(?:{'|'.join(tens)})[\s-])?{days})"  # (as _patterns reads a day in words)
    return {name: (regex.compile(source), source.startswith(month) or source.startswith(f"(?i:{month})"))
            for name, source in (
                ("month_day", rf"{month}\.?\s+{_DAY}{_ORD}\b"),
                ("month_word_day", rf"(?i:{month})\.?\s+(?:(?i:the)\s+)?{word_day}"),
                ("month_range", rf"{month}\.?{_TO}{month}"),
                ("month_year", rf"(?i:{month})\.?(?:\s+of)?,?\s+{_YEAR}"),
                ("month_dash_day", rf"{month}\.?-\d"),
                ("day_month", rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{month}"),
                ("ordinal_of_month", r"\d(?i:st|nd|rd|th)\s+(?i:of)\s"),
                ("word_day_month", rf"{days}\s+(?i:of\s+)(?i:{month})"),
                ("year_then_month", rf"\d\d(?:(?i:\s*(?:-|~|to|until|through|thru|till)\s*)|,?\s+)(?i:{month})"),
                ("quarter", rf"(?i:q[1-4]|[1-4]q|quarter\s+of|h[12]|[12]h|half\s+of)\s+{_YEAR}"),
                ("year_range", rf"{_YEAR}(?i:\s*(?:-|~|to|until|through|thru|till)\s*|\s+and\s+|/)\d\d"),
            )}


_HINTS = {"year_month": regex.compile(r"\d{4}[-/.]\d|\d/\d{4}")}
"""Hints of patterns whose trigger says too little: every match holds a hit, so only windows holding one are searched."""
_NEEDS_MONTH = {"ordinal_of_month", "month_day", "day_month", "day_dash_month", "month_year", "month_range",
                "year_then_month", "word_day_month", "month_word_day", "month_dash_day"}
"""Patterns every match of which holds a month name (in any letter case)."""
_NEEDS_DATE_WORD = _NEEDS_MONTH | {"century", "season", "quarter"}


@dataclass(frozen=True)
class _DateReader:
    """The date patterns of a vocabulary with the tests run before them (built once per vocabulary)."""

    patterns: tuple
    """(name, pattern, trigger, hint opening with a month or None), in the order they run."""
    month_names: "regex.Pattern"
    """Any month name the patterns read, in any letter case."""
    month_automaton: object = None
    """The same names in lower case as an Aho-Corasick automaton (searched on the lower-cased text), or None when
    a name is not plain ASCII letters (lower case would not tell) or pyahocorasick is missing."""

    def month_starts(self, norm: str, lowered: Optional[str], start: int, end: int) -> list[int]:
        """Every offset in ``norm[start:end]`` where a month name starts, in order (``lowered``: ``norm`` in lower
        case, None when it would not tell)."""
        if self.month_automaton is None or lowered is None:
            return [m.start() for m in self.month_names.finditer(norm, start, end, overlapped=True)]
        return sorted({last + 1 - len(name) for last, name in self.month_automaton.iter(lowered, start, end)})


def _reader(vocab: Vocabulary) -> _DateReader:
    """The date patterns of ``vocab`` with their triggers; a hint of ``_window_hints`` replaces the trigger's
    own (or, when it opens with a month, is tested at month names before the pattern runs)."""
    pool = vocab.compiled.get("trigger_pool")
    hints = _window_hints(vocab)
    patterns = []
    for name, pattern in _patterns(vocab):
        trigger = trigger_of(pattern, pool)
        hint, opens_with_month = hints.get(name, (None, False))
        if hint is not None and not opens_with_month:
            trigger = Trigger(trigger.needs if trigger else (), hint, trigger.opening if trigger else "",
                              fast_form(hint))
        elif hint is not None and trigger is not None:
            trigger = Trigger(trigger.needs, None, trigger.opening)
        patterns.append((name, pattern, trigger, hint if opens_with_month else None))
    month = _month_names(vocab)
    names = regex.sub(r"^\(\?:|\)$", "", month).split("|")
    plain = all(n.isascii() and n.isalpha() for n in names)
    return _DateReader(tuple(patterns), regex.compile(f"(?i:{month})"), build_automaton(names) if plain else None)


def find_dates(norm: str, vocab: Vocabulary, windows=None, word_windows=None, probe: Optional[TextProbe] = None
               ) -> Iterator[DateMatch]:
    """Every date, month, season or date range in a normalised text, leftmost-longest.

    With ``windows`` (see ``windows.digit_windows``) only those spans are
    searched; patterns that need a month, season or quarter word search only
    ``word_windows`` (around such words) when it is given, and of those only
    windows holding a month name when they need a month.  A pattern whose
    trigger words the text lacks is not run (``probe``: the text's
    ``triggers.TextProbe``).
    """
    found: list[DateMatch] = []
    reader = vocab.compiled.get("dates")
    if reader is None:
        reader = vocab.compiled.setdefault("dates", _reader(vocab))
    probe = TextProbe(norm) if probe is None else probe
    month_starts, month_windows = [], word_windows
    if word_windows:
        month_starts = reader.month_starts(norm, probe.lowered, word_windows[0][0], word_windows[-1][1])
        month_windows = _held(reader.month_names, norm, month_starts, word_windows)
    for name, pattern, trigger, month_hint in reader.patterns:
        where = windows if name not in _NEEDS_DATE_WORD or word_windows is None else (
            month_windows if name in _NEEDS_MONTH else word_windows)
        if month_hint is not None and where is month_windows and where:
            where = _held(month_hint, norm, month_starts, where)
        hint = _HINTS.get(name)
        if hint is not None and where != []:  # (every match holds a hit: only the windows holding one are searched)
            where = [w for w in where or [(0, len(norm))] if hint.search(norm, *w) is not None]
        # overlapped: a failed long reading must not hide a short one
        for m in scan(pattern, norm, where, trigger, probe, overlapped=True):
            dm = _build(name, m, vocab)
            if dm is not None:
                found.append(dm)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    end = -1
    for d in found:
        if d.start >= end:
            yield d
            end = d.end


def _held(hint: "regex.Pattern", norm: str, starts: list[int], windows: list[tuple[int, int]]
          ) -> list[tuple[int, int]]:
    """The windows in which ``hint`` matches at one of ``starts`` (every offset where a month name starts, in
    order): where a match of ``hint``, which opens with a month name, can be."""
    kept = []
    for s, e in windows:
        i = bisect.bisect_left(starts, s)
        while i < len(starts) and starts[i] < e and not hint.match(norm, starts[i], e):
            i += 1
        if i < len(starts) and starts[i] < e:
            kept.append((s, e))
    return kept


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _month(vocab: Vocabulary, name: str) -> int:
    """The month number of a month name in any letter case."""
    return vocab.months.get(name) or vocab.months.get(name.title()) or vocab.months.get(name.upper(), 0)


def _part_of(first: int, last: int, part: Optional[str]) -> tuple[int, int]:
    """The years of a span ("the 1990s", "the 20th century") that "early", "mid" or "late" leave: a third each
    (the 1990s 1990-1993, 1993-1996, 1996-1999); the whole span without one."""
    third = (last - first) // 3
    return {None: (first, last), "early": (first, first + third), "mid": (first + third, first + 2 * third),
            "late": (first + 2 * third, last)}[part.lower() if part else None]


def _build(name: str, m, vocab: Vocabulary) -> Optional[DateMatch]:
    g = m.groupdict()
    if name == "year_then_month":
        if g.get("y2"):
            y1, y2, mo = int(g["y"]), int(g["y2"]), _month(vocab, g["m2"])
            return DateMatch(m.start(), m.end(), "date_range", f"{y1:04d}/{y2:04d}-{mo:02d}") if y2 > y1 and mo else None
        mo = _month(vocab, g["m1"])
        return DateMatch(m.start(), m.end(), "date", f"{int(g['y']):04d}-{mo:02d}") if mo else None
    if name == "year_month":
        return DateMatch(m.start(), m.end(), "date", f"{int(g['y']):04d}-{int(g['m']):02d}")
    if name == "iso":
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if not _valid(y, mo, d):  # "2022-02-30" looks like a date but is none: no claim, its digits count nothing
            return DateMatch(m.start(), m.end(), "identifier", None)
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        if g.get("H"):
            iso += f"T{int(g['H']):02d}:{g['M']}"
        return DateMatch(m.start(), m.end(), "date", iso)
    if name in ("month_day", "day_month", "day_dash_month", "word_day_month", "month_word_day", "month_dash_day",
                "ordinal_of_month"):
        if name == "month_day" and not g.get("y") and not g.get("d2") and _IN_MONTH_COUNT.search(
                m.string, max(0, m.start() - 4), m.start()) and _WORD_NEXT.match(m.string, m.end()):
            return None  # "In March 20 people died": the month, then a count of people, no day
        mo = _month(vocab, g["m1"])
        mo2 = _month(vocab, g["m2"]) if g.get("m2") else mo
        y = g.get("y")
        d1 = int(g["d1"]) if g.get("d1") else ordinal_value(g["dw"], vocab)
        prefix = f"{int(y):04d}-" if y else "--"
        check_year = int(y) if y else 2000
        if not _valid(check_year, mo, d1):
            return None
        first = f"{prefix}{mo:02d}-{d1:02d}"
        if g.get("d2"):
            d2 = int(g["d2"])
            if not _valid(check_year, mo2, d2) or (mo2, d2) <= (mo, d1):
                return None
            return DateMatch(m.start(), m.end(), "date_range", f"{first}/{prefix}{mo2:02d}-{d2:02d}")
        return DateMatch(m.start(), m.end(), "date", first)
    if name == "year_part":  # "mid-2019", "late 2021": the year, as precisely as the text gives it
        return DateMatch(m.start(), m.end(), "date", g["y"])
    if name == "season":
        season = g["season"].lower()
        return DateMatch(m.start(), m.end(), "date", g["y"], season=season)
    if name == "month_year":
        mo = _month(vocab, g["m1"])
        first = f"{int(g['y']):04d}-{mo:02d}"
        if g.get("y3"):
            return DateMatch(m.start(), m.end(), "date_range", f"{first}/{int(g['y3']):04d}") if int(g["y3"]) > int(g["y"]) else None
        if g.get("y2"):
            last = f"{int(g['y2']):04d}-{_month(vocab, g['m2']):02d}"
            return DateMatch(m.start(), m.end(), "date_range", f"{first}/{last}") if last > first else None
        return DateMatch(m.start(), m.end(), "date", first)
    if name == "month_range":
        y, mo, mo2 = int(g["y"]), _month(vocab, g["m1"]), _month(vocab, g["m2"])
        return DateMatch(m.start(), m.end(), "date_range", f"{y:04d}-{mo:02d}/{y:04d}-{mo2:02d}") if mo2 > mo else None
    if name == "numeric":  # (a two-digit year as POSIX reads it: '69 to '99 the 1900s, '00 to '68 the 2000s)
        a, b = int(g["a"]), int(g["b"])
        y = int(g["y"]) if g.get("y") else int(g["yy"]) + (1900 if int(g["yy"]) >= 69 else 2000)
        month, day = (a, b) if vocab.numeric_date_order == "MDY" else (b, a)
        if month > 12:
            month, day = day, month
        if not _valid(y, month, day):
            return None
        return DateMatch(m.start(), m.end(), "date", f"{y:04d}-{month:02d}-{day:02d}")
    if name == "numeric_day":
        a, b = int(g["a"]), int(g["b"])
        if a > 12 and b > 12 or (a <= 12 and b <= 12 and not g.get("y")):
            return None  # (neither is a month; or both could be, "on 3/4": a fraction as often as a day)
        month, day = (a, b) if (a <= 12 and (b > 12 or vocab.numeric_date_order == "MDY")) else (b, a)
        if not _valid(int(g["y"]) if g.get("y") else 2000, month, day):
            return None
        iso = f"--{month:02d}-{day:02d}"
        return DateMatch(m.start(), m.end(), "date", f"{int(g['y']):04d}{iso[1:]}" if g.get("y") else iso)
    if name == "decade":
        y = int(g["y"])
        first, last = _part_of(y, y + 9, g.get("part"))
        return DateMatch(m.start(), m.end(), "date_range", f"{first}/{last}")
    if name in ("short_decade", "short_year"):  # the two-digit years of POSIX: '69 to '99 the 1900s, '00 to '68 2000s
        yy = int(g["yy"])
        y = yy + (1900 if yy >= 69 or (name == "short_decade" and yy >= 30) else 2000)
        if name == "short_year":
            return DateMatch(m.start(), m.end(), "date", f"{y:04d}")
        first, last = _part_of(y, y + 9, g.get("part"))
        return DateMatch(m.start(), m.end(), "date_range", f"{first}/{last}")
    if name == "century":  # as prose means it: "the 20th century" is the 1900s
        n = int(g["c"]) if g.get("c") else ordinal_value(g["cw"], vocab)
        if not 11 <= n <= 21:  # (years before 1000 are not written as dates here)
            return None
        y = (n - 1) * 100
        first, last = _part_of(y, y + 99, g.get("part"))
        return DateMatch(m.start(), m.end(), "date_range", f"{first:04d}/{last:04d}")
    if name == "quarter":  # a quarter ("Q3 2021", "2Q 2020") or a half ("H1 2022", "the first half of 2022")
        y = int(g["y"])
        half = g.get("h") or g.get("h2") or g.get("hw")
        if half:
            h = int(half) if half.isdigit() else 1 if half.lower() == "first" else 2
            return DateMatch(m.start(), m.end(), "date_range", f"{y:04d}-{6 * h - 5:02d}/{y:04d}-{6 * h:02d}")
        q = int(g.get("q") or g.get("q2") or 0) or ("first", "second", "third", "fourth").index(g["qw"].lower()) + 1
        return DateMatch(m.start(), m.end(), "date_range", f"{y:04d}-{3 * q - 2:02d}/{y:04d}-{3 * q:02d}")
    if name == "year_range":
        y1 = int(g["y"])
        y2s = g["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not (vocab.year_range[0] <= y1 < y2 <= vocab.year_range[1]) or y2 - y1 > 200:
            return None
        between = bool(g.get("from")) and g["from"].lower() == "between"
        if between != (" and " in _BLANK.sub(" ", m.group().lower())):  # "2007 and 2009" are two years
            return None
        return DateMatch(m.start(), m.end(), "date_range", f"{y1}/{y2}")
    return None
