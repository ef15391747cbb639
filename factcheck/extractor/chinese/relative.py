"""Chinese dates written against the document's own date (昨天, 上周五, 周二, 25年前, 三个月前, 去年3月, 本月15日),
days of the dateline's month (20日，…; 于5日) and months of no year (3月，…; 于5月): the notation of
``extractor.relative_dates``, placed later by ``yearless``.

Runs on Simplified, normalised text (full-width digits already folded).
"""
from __future__ import annotations

from typing import Iterator

import regex

from .numerals import numeral_value

_CN_NUMBER = r"[0-9]{1,3}|[〇零一二两三四五六七八九十百]{1,4}"
_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_UNIT = {"年": "Y", "个月": "M", "个星期": "W", "个礼拜": "W", "周": "W", "星期": "W", "礼拜": "W", "天": "D"}
_WHICH = {"上": "week-1", "下": "week+1", "本": "week+0", "这个": "week+0", "这": "week+0", "": ""}
"""上周五 is the Friday of last week, whatever the day it is written on."""
_DAYS = {"昨天": "D-1", "昨日": "D-1", "前天": "D-2", "明天": "D+1", "明日": "D+1"}
_DAY = r"[12][0-9]|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_YEAR_WORDS = {"前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2}
_MONTH_WORDS = {"上月": -1, "上个月": -1, "本月": 0, "这个月": 0, "下月": 1, "下个月": 1}
_CN_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"


def _alternation(words) -> str:
    """A regex alternation of literal words, the longest first (这个 before 这)."""
    return "|".join(sorted((w for w in words if w), key=len, reverse=True))


_AGO = rf"(?P<n>{_CN_NUMBER})(?P<more>多)?(?P<u>{_alternation(_UNIT)})(?P<more2>多)?(?:之|以)?前"
_WEEKDAY = rf"(?P<which>{_alternation(_WHICH)})?(?:个)?(?:周|星期|礼拜)(?P<wd>[{''.join(_WEEKDAY_INDEX)}])"
_ONE_DAY = rf"(?P<word>{_alternation(_DAYS)})"
_DAY_ONLY = rf"(?P<d>{_DAY})日"
_OF_YEAR = rf"(?P<yw>{_alternation(_YEAR_WORDS)})(?P<m>{_CN_MONTH})月份?(?:(?P<d>{_DAY})[日号])?"
_OF_MONTH = rf"(?P<mw>{_alternation(_MONTH_WORDS)})(?P<d>{_DAY})[日号]"
WORDING = "|".join((_AGO, _WEEKDAY, _ONE_DAY, _DAY_ONLY, _OF_YEAR, _OF_MONTH))
"""What a relative Chinese date is written as, without the context its patterns test around it (for
``relative_dates.placed_from_words``)."""

_PATTERNS = (
    ("ago", regex.compile(  # 25年前, 三个月前, 两周前, 一年多前 (loose), 10天之前; never 2015年前 (before 2015)
        rf"(?<![0-9〇零一二两三四五六七八九十百]){_AGO}(?![往进来后])")),
    ("weekday", regex.compile(  # 周二, 上周五, 本星期三, 下个礼拜一; never 每周一 (every Monday) or 周一至周五
        rf"(?<![每至到~\-—、]){_WEEKDAY}(?![至到~\-—、]|年|刊|报)")),
    ("days", regex.compile(_ONE_DAY)),
    ("day_only", regex.compile(  # 20日，… ; 于5日 (the dateline's month); never 3日内 or 5日游
        rf"(?:(?<=[于在])|(?<=^|[。，；！？\n])){_DAY_ONLY}"
        r"(?=[，,]|(?:上午|下午|晚间|晚上|凌晨|早上|中午|夜间|起|召开|举行|正式|宣布|发布|表示))")),
)
_YEAR_WORD_PATTERNS = (
    ("of_year", regex.compile(rf"{_OF_YEAR}(?![0-9])")),  # 去年3月, 今年5月20日, 明年6月份
    ("of_month", regex.compile(_OF_MONTH)),  # 本月15日, 上个月20号
    ("month_only", regex.compile(  # 3月，… ; 于5月 (a month of no year); never 1至9月, 3个月, 十月革命, 3月15日
        r"(?:(?<=[于在从自])(?P<m>1[0-2]|[1-9])月份?(?![0-9日号])"
        r"|(?<=^|[。，；！？\n])(?P<m>1[0-2]|[1-9])月份?(?=[，,]|(?:以来|起|底|初|中旬|下旬|上旬|末|间)))")),
)
"""Dates that hold a month: read before the calendar's dates, which would take 3月15日 out of 去年3月15日."""
_CLUE = regex.compile(r"前|周|星期|礼拜|昨|明[天日]|日")
"""Every match of ``_PATTERNS`` holds one of these."""


def chinese_relative_dates(norm: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, date in ``relative_dates``' notation) of every relative Chinese date in ``norm``."""
    if _CLUE.search(norm) is not None:
        yield from _dates(norm, _PATTERNS)


def chinese_dates_of_months(norm: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, date in ``relative_dates``' notation) of every Chinese date that holds a month named against
    the document's date or of no year: 去年3月 (``--yr:-1:3``), 今年5月20日 (``--yr:0:5:20``), 本月15日
    (``--dom:15:+0``), 3月， (``--mon:3:``)."""
    if "月" in norm:
        yield from _dates(norm, _YEAR_WORD_PATTERNS)


def _dates(norm: str, patterns) -> Iterator[tuple[int, int, str]]:
    """(start, end, date) of every match of ``patterns`` (name, pattern) that says a date."""
    for name, pattern in patterns:
        for m in pattern.finditer(norm):
            value = _read(name, m)
            if value:
                yield m.start(), m.end(), value


def _read(name: str, m) -> str:
    """What a match says, in ``relative_dates``' notation; "" when it is no date."""
    if name == "of_year":
        month, day = _number(m.group("m")), _number(m.group("d")) if m.group("d") else None
        if not month or not 1 <= month <= 12 or (m.group("d") and not (day and 1 <= day <= 31)):
            return ""
        return f"--yr:{_YEAR_WORDS[m.group('yw')]}:{month}" + (f":{day}" if day else "")
    if name == "of_month":
        day = _number(m.group("d"))
        return f"--dom:{day}:{_MONTH_WORDS[m.group('mw')]:+d}" if day and 1 <= day <= 31 else ""
    if name == "month_only":
        return f"--mon:{int(m.group('m'))}:"
    if name == "ago":
        n = _number(m.group("n"))
        if n is None or n <= 0:
            return ""
        loose = "?" if m.group("more") or m.group("more2") else ""
        return f"--rel{loose}:{_UNIT[m.group('u')]}-{n}"
    if name == "weekday":
        return f"--wd:{_WEEKDAY_INDEX[m.group('wd')]}:{_WHICH[m.group('which') or '']}"
    if name == "days":
        return f"--rel:{_DAYS[m.group('word')]}"
    day = _number(m.group("d"))
    return f"---{day:02d}" if day and 1 <= day <= 31 else ""


def _number(text: str) -> int | None:
    """The whole number a run of digits or Chinese numerals writes; None when it writes none."""
    value = int(text) if text.isdigit() else numeral_value(text)
    return int(value) if value is not None and value == int(value) else None
