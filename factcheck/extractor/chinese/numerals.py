"""Chinese numerals to numbers: 一百八十一 = 181, 两千 = 2000, 廿 = 20, 一点五 = 1.5.

The arithmetic is ``cn2an`` (strict mode); this module only folds the
variant digits cn2an's strict mode refuses (两, 〇, 廿, 卅) and turns every
refusal into None -- a numeral that does not parse ("一百百") never yields a
made-up value.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import cn2an
import regex

_VARIANTS = str.maketrans({"两": "二", "俩": "二", "〇": "零", "廿": "二十", "卅": "三十"})
_DIGIT_BY_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")
_SCALE_CHARS = "万亿"
_UNIT_CHARS = "十百千"


@lru_cache(maxsize=4096)
def numeral_value(run: str) -> Optional[float]:
    """The value of a Chinese numeral (no scale split), or None when it does not parse."""
    if not run or run[0] in "百千万亿点" or run.endswith("点"):
        return None
    text = run.translate(_VARIANTS)
    try:
        value = cn2an.cn2an(text, "strict")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    return float(value) if isinstance(value, (int, float)) else None


def split_numeral(run: str, scales: dict) -> Optional[tuple[float, str, float]]:
    """(coefficient value, coefficient digits, scale multiplier) of a Chinese numeral run.

    A trailing scale (万, 亿, 万亿) is split off when the coefficient holds no
    scale of its own ("二十二亿" = 22 x 10^8, "三千万" = 3000 x 10^4), so the
    precision is that of the written coefficient, as for "2.2 billion";
    "一亿五千万" is read whole.  None when the numeral does not parse.
    """
    multiplier = 1.0
    coefficient = run
    for suffix in sorted((s for s in scales if all(ch in _SCALE_CHARS for ch in s)), key=len, reverse=True):
        if run.endswith(suffix) and len(run) > len(suffix):
            head = run[: -len(suffix)]
            if not any(ch in _SCALE_CHARS for ch in head):
                coefficient, multiplier = head, scales[suffix]
            break
    value = numeral_value(coefficient)
    if value is None:
        return None
    return value, numeral_digits(coefficient, value), multiplier


def numeral_digits(run: str, value: float) -> str:
    """The digits a numeral writes, for precision: 一千零三十五 -> "1035", 一点五 -> "1.5"."""
    if "点" in run:
        decimals = len(run) - run.index("点") - 1
        return f"{value:.{decimals}f}"
    return str(int(value))


def year_digits(run: str) -> Optional[int]:
    """A year written digit by digit (二〇一三 -> 2013), or None."""
    if len(run) != 4 or any(ch in _UNIT_CHARS for ch in run):
        return None
    return spelled_digits(run)


def spelled_digits(run: str) -> Optional[int]:
    """A number written digit by digit, no unit characters (二〇一三 -> 2013, 七五 -> 75), or None."""
    digits = run.translate(_DIGIT_BY_DIGIT)
    return int(digits) if digits.isdigit() else None


def chinese_number(text: str) -> Optional[float]:
    """A Chinese numeral or an Arabic figure as a number (十 -> 10, "9" -> 9, "2.5" -> 2.5), else None."""
    text = (text or "").strip()
    if text.isdigit() or _DECIMAL.fullmatch(text):
        return float(text)
    return numeral_value(text)


_DECIMAL = regex.compile(r"[0-9]+\.[0-9]+")
