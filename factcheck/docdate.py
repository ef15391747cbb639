"""A document's own date: what the document says about itself, and where that came from.

In this order (SEMANTICS.md section 5 and the issue on time): front matter
``date:``, the page's metadata (``article:published_time`` and friends, read
by the HTML loader into ``meta``), a dateline ("GENEVA, March 3 (Wire) -",
"October 20, 2022 —", "Updated: 2023-10-18 09:12"), a date in the file name
("2023-10-18-report.txt").  A configured or command-line date for the file
overrides all of them.  A date that cannot exist is never used, and a
dateline without a year takes one only from another date the document gives (its metadata, its file
name, else the latest year that puts it at most a year after a day or month its text gives).
"""
from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass
from pathlib import PurePath
from typing import Mapping, Optional, Sequence

import regex

from .extractor.chinese import chinese_dateline, has_cjk
from .extractor.dates import find_dates
from .vocab import Vocabulary

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.S)
_FM_DATE = regex.compile(r"(?m)^date:[ \t]*['\"]?(?P<d>[^'\"\n]+)")
_KEYED = regex.compile(r"(?i)^\s*(?:date|published|posted|updated|dated|last updated|first published)\b\s*(?:on\s*)?[:\-]?\s*")
_DATELINE = regex.compile(r"^\s*(?:\p{Lu}[\p{Lu} .'-]{1,40},\s*(?:\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3},\s*)?)?(?P<rest>.{4,60}?)\s*(?:\([^)]{1,40}\)\s*)?(?:--?|—|–|:)\s")
_FILE_DATE = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
_ISO = regex.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_CLOCK = regex.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\b")
_HEAD_LINES = 12
_TEXT_HEAD = 3000
"""How much of a text a yearless dateline's year may be read from."""


@dataclass(frozen=True)
class DocumentDate:
    """A document's date (ISO day), where it came from, and notes on dates that were set aside."""

    date: Optional[str] = None
    source: str = ""
    notes: tuple[str, ...] = ()


def valid_day(iso: str) -> Optional[str]:
    """``YYYY-MM-DD`` when ``iso`` starts with a day that exists, else None."""
    m = _ISO.match(iso or "")
    if not m:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def document_date(text: str, path: str, vocab: Vocabulary, meta: Optional[Mapping] = None,
                  overrides: Sequence[tuple[str, Mapping[str, str]]] = ()) -> DocumentDate:
    """The date a document carries for itself (see the module's docstring for the order).

    ``overrides``: (source, {path or glob: date}) layers, the first that names the file wins
    (("command line", ...), ("config", ...)).
    """
    notes: list[str] = []
    found: list[tuple[str, str]] = []  # (date, source), best first
    fm = _FRONT_MATTER.match(text)
    if fm:
        m = _FM_DATE.search(fm.group("body"))
        if m:
            _add(found, notes, _full_date(m.group("d"), vocab), "front matter", m.group("d"))
    stated = str(meta["published"]) if meta and meta.get("published") else ""
    weak = bool(meta) and meta.get("format") == "pdf"  # a PDF's creation date may be a later export's
    if stated and not weak:
        _add(found, notes, valid_day(stated), "html meta", stated)
    head = text[fm.end() if fm else 0:][:4000].splitlines()[:_HEAD_LINES]
    yearless = None
    if has_cjk(text[:600]):  # "新华社北京10月20日电", "2022年10月20日"
        zh = chinese_dateline(text)
        if zh and zh.startswith("--"):
            yearless = (zh, zh)
        elif zh:
            _add(found, notes, valid_day(zh), "dateline", zh)
    for line in head if not any(src == "dateline" for _, src in found) else ():
        day, partial = _dateline(line[:200], vocab)
        if day:
            _add(found, notes, day, "dateline", line.strip()[:60])
            break
        if partial and yearless is None:
            yearless = (partial, line.strip()[:60])
    if stated and weak:
        _add(found, notes, valid_day(stated), "pdf metadata", stated)
    file_day = _file_date(path)
    if file_day:
        found.append((file_day, "file name"))
    in_text = _year_from_text(text[fm.end() if fm else 0:][:_TEXT_HEAD], yearless[0], vocab) \
        if yearless and not found else None
    if in_text:
        found.append((in_text[0], f"dateline (year from {in_text[1]} in the text)"))
    elif yearless and not found:
        notes.append(f"dateline {yearless[1]!r} gives no year; no document date taken from it")
    elif yearless:
        month_day = yearless[0]
        year = found[0][0][:4]
        guess = valid_day(f"{year}{month_day[1:]}")
        if guess and not any(src == "dateline" for _, src in found):
            found.insert(1 if found[0][1] in ("front matter", "html meta", "pdf metadata") else 0,
                         (guess, f"dateline (year from the {found[0][1]})"))
    override = _override(path, overrides)
    if override is not None:
        written, source = override
        day = valid_day(written)
        if day:
            found.insert(0, (day, source))
        else:
            notes.append(f"{source} date {written!r} for {path} is not a date; ignored")
    if not found:
        return DocumentDate(None, "", tuple(notes))
    best, source = found[0]
    for other, other_source in found[1:]:
        if other != best and other_source != "file name":
            notes.append(f"{source} date {best} wins over {other_source} date {other}")
    return DocumentDate(best, source, tuple(notes))


def _add(found: list, notes: list, day: Optional[str], source: str, written: str) -> None:
    if day:
        found.append((day, source))
    else:
        notes.append(f"{source} date {written.strip()!r} is not a valid date; ignored")


def _full_date(text: str, vocab: Vocabulary) -> Optional[str]:
    day = valid_day(text)
    if day:
        return day
    for d in find_dates(text[:80], vocab):
        if d.kind == "date" and not d.iso.startswith("--"):
            return valid_day(d.iso)
    return None


def _dateline(line: str, vocab: Vocabulary) -> tuple[Optional[str], Optional[str]]:
    """(day, None) for a dateline with a full date; (None, "--MM-DD") for one without a year; else (None, None)."""
    keyed = _KEYED.match(line)
    candidate = line[keyed.end():] if keyed else None
    if candidate is None:
        m = _DATELINE.match(line)
        candidate = m.group("rest") if m else line  # a line that holds nothing but a date also dates the text
    for d in find_dates(candidate, vocab):
        if d.kind != "date" or len(d.iso) < 7:
            return None, None
        rest = _CLOCK.sub("", candidate[:d.start] + candidate[d.end:]).strip(" ,.-—–:()")
        if not keyed and regex.search(r"[A-Za-z]{3,}", rest):
            return None, None  # a sentence that happens to start with a date, not a dateline
        if d.iso.startswith("--"):
            return None, d.iso
        return valid_day(d.iso), None
    return None, None


def _year_from_text(text: str, month_day: str, vocab: Vocabulary) -> Optional[tuple[str, str]]:
    """A yearless dateline's day in the latest year that puts it on or after a date the text gives (a day or a
    month) and at most a year later ("BEIJING, Oct. 18 (Xinhua) -- ... opened on Oct. 16, 2022": 2022-10-18;
    "... in March 2023": 2023), with the date it was told by; None when no date the text gives places it."""
    best = None
    for d in find_dates(text, vocab):
        written = valid_day(d.iso if len(d.iso) == 10 else f"{d.iso}-01") if d.kind == "date" and len(
            d.iso) in (7, 10) and not d.iso.startswith("-") else None
        if written is None:
            continue
        for year in (int(written[:4]), int(written[:4]) + 1):
            day = valid_day(f"{year:04d}{month_day[1:]}")
            gap = (dt.date.fromisoformat(day) - dt.date.fromisoformat(written)).days if day else -1
            if 0 <= gap <= 366 and (best is None or day > best[0]):
                best = (day, d.iso)
    return best


def _file_date(path: str) -> Optional[str]:
    m = _FILE_DATE.search(PurePath(path).name)
    return valid_day(f"{m['y']}-{m['m']}-{m['d']}") if m else None


def _override(path: str, layers: Sequence[tuple[str, Mapping[str, str]]]) -> Optional[tuple[str, str]]:
    """(date, source) given for a file by the first layer that names it: an exact path, else a glob."""
    posix = PurePath(path).as_posix()
    for source, dates in layers:
        if posix in dates:
            return str(dates[posix]), source
        for pattern, day in dates.items():
            if fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(PurePath(path).name, pattern):
                return str(day), source
    return None
