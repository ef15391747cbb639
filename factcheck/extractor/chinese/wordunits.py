"""Figures whose unit a word before them tells: "N分" after a scoring or marking word is points, not minutes
(砍下42分, 考了95分, 以98分的成绩), and a bare "N度" is degrees Celsius after a word of heat (今天最高38度, 气温零下5度)
or kilowatt-hours after a word of power (每月用电300度).  A bare 度 with neither (转了90度) is left unread.
"""
from __future__ import annotations

from typing import Optional

import regex

from ...intervals import figure_precision, hedge_interval
from .phrases import hedge_before

_SCORE_BEFORE = regex.compile(r"(?:砍下|拿下|攻下|狂砍|独得|得到|得了|获得|取得|考了|考到|得分|总分|满分|成绩)[^，。；！？,;]{0,4}$|以$")
_HEAT_BEFORE = regex.compile(r"(?:气温|温度|体温|水温|最高|最低|高温|低温|零下)[^，。；！？,;]{0,4}$")
_POWER_BEFORE = regex.compile(r"(?:用电|电量|发电|耗电|电费)[^，。；！？,;]{0,4}$")
_HAN = regex.compile(r"\p{Han}")


def read_word_unit(ex, zh, s: int, e: int, value: float, digits: str, multiplier: float) -> Optional[bool]:
    """Record the figure at ``s``..``e`` (``value``) when a word before it tells its unit (see the module); None when
    none does, else whether it was recorded."""
    norm = ex.norm
    if norm.startswith("分", e) and not norm.startswith("钟", e + 1) and _SCORE_BEFORE.search(norm, max(0, s - 12), s):
        return _add(ex, zh, s, e + 1, "count", value, digits, multiplier, counted="point")
    if not norm.startswith("度", e) or _HAN.match(norm, e + 1):
        return None
    unit = ("degree_Celsius" if _HEAT_BEFORE.search(norm, max(0, s - 10), s) else
            "kilowatt_hour" if _POWER_BEFORE.search(norm, max(0, s - 10), s) else None)
    if unit is None:
        return None
    below = norm.endswith("零下", 0, s)
    return _add(ex, zh, s - 2 if below else s, e + 1, "measure", -value if below else value, digits, multiplier,
                unit=unit)


def _add(ex, zh, s: int, end: int, kind: str, value: float, digits: str, multiplier: float, **fields) -> bool:
    """Record one such figure, with the hedge before it (约38度)."""
    precision, step = figure_precision(digits, multiplier)
    hedge, start = hedge_before(ex.norm, s, zh)
    iv = hedge_interval(value, hedge, precision, whole=True)
    return ex.add(start, end, kind, value=value, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
                  high_inclusive=iv.high_inclusive, hedge=hedge, precision=precision, step=step, **fields)
