"""Dates and periods written in Chinese: 2022年9月29日, 2022年9月, 9月29日, 2013年秋,
二〇一三年, 上世纪90年代, 2012年至2017年, 2023年1月至9月, and datelines (新华社北京10月20日电).

Runs on Simplified, normalised text (full-width digits already folded).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from ...vocab_zh import ChineseVocab
from .numerals import numeral_value, year_digits

_CN = "〇零一二两三四五六七八九十"
_YEAR = rf"(?P<y>(?<![0-9])(?:1[89]|20)[0-9]{{2}}|[{_CN}]{{4}})年"
_MONTH = r"(?P<m>(?<![0-9])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])月份?"
_DAY = r"(?P<d>[12][0-9]|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"


@dataclass(frozen=True)
class ZhDate:
    """A Chinese date or period: span, kind (date | date_range), ISO form, season."""

    start: int
    end: int
    kind: str
    iso: str
    season: Optional[str] = None


def _patterns(zh: ChineseVocab) -> list[tuple[str, "regex.Pattern"]]:
    season = zh.pattern("season").pattern
    year2 = _YEAR.replace("?P<y>", "?P<y2>")
    month2, day2 = _MONTH.replace("?P<m>", "?P<m2>"), _DAY.replace("?P<d>", "?P<d2>")
    return [
        ("decade", regex.compile(r"(?P<c>上世纪|上个世纪|二十世纪|20世纪|本世纪|二十一世纪|21世纪)?(?P<dec>[1-9]0|[一二三四五六七八九]十)年代")),
        ("year_range", regex.compile(r"(?P<y>(?<![0-9])(?:1[89]|20)[0-9]{2})(?:年)?\s*(?:至|到|-|~)\s*(?P<y2>(?:1[89]|20)[0-9]{2})年")),
        ("year_range_cn", regex.compile(rf"{_YEAR}\s*(?:至|到|-|~)\s*{year2}")),
        ("day_range", regex.compile(rf"(?:{_YEAR})?{_MONTH}{_DAY}\s*(?:至|到|-|~)\s*(?:{month2})?{day2}")),
        ("month_range", regex.compile(rf"{_YEAR}{_MONTH}\s*(?:至|到|-|~)\s*(?:{year2})?{month2}(?![0-9{_CN}]+[日号])")),
        ("month_range", regex.compile(rf"{_YEAR}{_MONTH.replace('月份?', '')}\s*(?:至|到|-|~)\s*{month2}(?![0-9{_CN}]*[日号])")),
        ("part", regex.compile(rf"{_YEAR}(?:的)?(?P<part>上半年|下半年|前三季度|第?[一二三四1-4]季度?)(?!节)")),
        ("ymd", regex.compile(rf"{_YEAR}(?:的)?(?:{_MONTH}(?:{_DAY})?|(?P<s>{season})(?:季|天)?)?")),
        # an earlier year after a verb that dates ("始建于1300年", "生于公元960年"): a year, not 1,300 years
        ("ymd", regex.compile(r"(?<=(?:建于|建成于|成立于|始于|创建于|创立于|生于|出生于|卒于|公元))(?P<y>[1-9][0-9]{2,3})年")),
        ("md", regex.compile(rf"{_MONTH}{_DAY}")),
    ]


def _number(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    value = numeral_value(text)
    return int(value) if value is not None and value == int(value) else None


def _year(text: str) -> Optional[int]:
    return int(text) if text.isdigit() else year_digits(text)


def find_chinese_dates(norm: str, zh: ChineseVocab) -> Iterator[ZhDate]:
    """Every Chinese date, month, year, season, decade and year range in ``norm``, never overlapping."""
    taken: list[tuple[int, int]] = []
    compiled = zh.compiled.get("date_patterns")
    if compiled is None:
        compiled = zh.compiled["date_patterns"] = _patterns(zh)
    found = []
    for name, pattern in compiled:
        for m in pattern.finditer(norm):
            d = _build(name, m, zh)
            if d and not any(s < d.end and d.start < e for s, e in taken):
                taken.append((d.start, d.end))
                found.append(d)
    return iter(sorted(found, key=lambda d: d.start))


def _build(name: str, m, zh: ChineseVocab) -> Optional[ZhDate]:
    g = m.groupdict()
    if name == "decade":
        dec = _number(g["dec"])
        century = 2000 if g["c"] in ("本世纪", "二十一世纪", "21世纪") else 1900
        if dec is None or not 10 <= dec <= 90:
            return None
        return ZhDate(m.start(), m.end(), "date_range", f"{century + dec}/{century + dec + 9}")
    if name in ("year_range", "year_range_cn"):
        a, b = _year(g["y"]), _year(g["y2"])
        if a is None or b is None or not a < b:
            return None
        return ZhDate(m.start(), m.end(), "date_range", f"{a:04d}/{b:04d}")
    if name == "part":
        return _part(m, g)
    if name == "month_range":
        return _month_range(m, g)
    year = _year(g["y"]) if g.get("y") else None
    month, day = _number(g.get("m")), _number(g.get("d"))
    if name == "ymd" and year is None:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not _valid(year or 2000, month or 1, day):
        return None
    if name == "day_range":
        month2, day2 = _number(g.get("m2")) or month, _number(g.get("d2"))
        if not (month2 and day2 and 1 <= month2 <= 12 and _valid(year or 2000, month2, day2)) or (month2, day2) <= (month, day):
            return None
        head = f"{year:04d}" if year else "-"
        return ZhDate(m.start(), m.end(), "date_range", f"{head}-{month:02d}-{day:02d}/{head}-{month2:02d}-{day2:02d}")
    if name == "md":
        return ZhDate(m.start(), m.end(), "date", f"--{month:02d}-{day:02d}")
    if g.get("s"):
        return ZhDate(m.start(), m.end(), "date", f"{year:04d}", zh.seasons.get(g["s"]))
    iso = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    return ZhDate(m.start(), m.end(), "date", iso)


_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "一季度": (1, 3), "二季度": (4, 6),
          "三季度": (7, 9), "四季度": (10, 12)}
_ARABIC_QUARTER = str.maketrans("1234", "一二三四")


def year_part(text: str) -> Optional[tuple[int, int]]:
    """The first and last month of a half or a quarter of a year written in Chinese (上半年, 第3季度, 第2季), or None."""
    text = text.lstrip("第").translate(_ARABIC_QUARTER)
    return _PARTS.get(text if text.endswith(("年", "度")) else text + "度")  # 第2季 (Hong Kong, Taiwan): a quarter


def _part(m, g: dict) -> Optional[ZhDate]:
    """2022年上半年, 2023年第三季度: the months of a half or a quarter of a year."""
    year, months = _year(g["y"]), year_part(g["part"])
    if year is None or months is None:
        return None
    first, last = months
    return ZhDate(m.start(), m.end(), "date_range", f"{year:04d}-{first:02d}/{year:04d}-{last:02d}")


def _month_range(m, g: dict) -> Optional[ZhDate]:
    """2023年1月至9月, 2022年10月至2023年3月: the months from one to the other."""
    year, month, month2 = _year(g["y"]), _number(g["m"]), _number(g["m2"])
    year2 = _year(g["y2"]) if g.get("y2") else year
    if None in (year, month, month2, year2) or not (1 <= month <= 12 and 1 <= month2 <= 12) or (
            (year2, month2) <= (year, month)):
        return None
    return ZhDate(m.start(), m.end(), "date_range", f"{year:04d}-{month:02d}/{year2:04d}-{month2:02d}")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


_DATELINE = regex.compile(
    r"(?:(?P<y>(?:19|20)[0-9]{2})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>[12][0-9]|3[01]|0?[1-9])日(?P<wire>电|讯)?")
_YEAR_ANYWHERE = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:年|-[01][0-9]-)")


def chinese_dateline(text: str, year: Optional[int] = None) -> Optional[str]:
    """The document date of a Chinese text, ISO, from its dateline in the first lines.

    "新华社北京10月20日电" and "2022年10月20日" are read; a dateline without a
    year takes ``year``, else the first year written in the head of the text,
    else it is returned as "--10-20".  None when there is no dateline.
    """
    head = text[:600]
    from ..text import normalize
    from .script import to_simplified

    head = to_simplified(normalize(head))
    best = None
    for m in _DATELINE.finditer(head):
        if m.group("y") or m.group("wire"):
            best = m
            break
        best = best or m
    if best is None:
        return None
    month, day = int(best.group("m")), int(best.group("d"))
    y = best.group("y")
    if y is None and year is None:
        found = _YEAR_ANYWHERE.search(head)
        year = int(found.group(1)) if found else None
    elif y is not None:
        year = int(y)
    if year is not None and _valid(year, month, day):
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"--{month:02d}-{day:02d}" if _valid(2000, month, day) else None
