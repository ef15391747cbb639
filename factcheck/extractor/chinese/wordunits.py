"""Figures whose unit a word before them tells: "N分" after a scoring or marking word is points, not minutes
(砍下42分, 考了95分, 以98分的成绩), and a bare "N度" is degrees Celsius after a word of heat (今天最高38度, 气温零下5度)
or right after 摄氏 (摄氏8.3度; 华氏98度: Fahrenheit); "N节" after a word of speed is knots (航速30节; not 第3节).
or kilowatt-hours after a word of power (每月用电300度).  A bare 度 with neither (转了90度) is left unread.
Also the informal 万 written as a letter among Chinese characters: 粉丝涨到10w (100,000 followers), and the
spoken price "两块五" (2.5 yuan: a digit after 块 is the 角) where the clause names money (卖, 花, 价 ...).
"""
from __future__ import annotations

from typing import Optional

import regex

from ...intervals import figure_precision
from ..hedgewords import add_hedged
from .identifiers import spoken_yuan
from .numerals import chinese_number
from .phrases import hedge_before, read_tail, tail_kind

_SCORE_BEFORE = regex.compile(r"(?:砍下|拿下|攻下|狂砍|独得|得到|得了|获得|取得|考了|考到|得分|总分|满分|成绩)[^，。；！？,;]{0,4}$|以$")
_HEAT_BEFORE = regex.compile(r"(?:气温|温度|体温|水温|最高|最低|高温|低温|零下)[^，。；！？,;]{0,4}$")
_SPEED_BEFORE = regex.compile(r"(?:航速|船速|速度|风速|时速)[^，。；！？,;]{0,4}$")
_POWER_BEFORE = regex.compile(r"(?:用电|电量|发电|耗电|电费)[^，。；！？,;]{0,4}$")
_HAN = regex.compile(r"\p{Han}")
_SPOKEN_PRICE = regex.compile(r"(?<![〇零一二两三四五六七八九十百千万亿0-9])(?P<y>[一二两三四五六七八九十]{1,3}|[0-9]{1,4})块"
                           r"(?P<j>[一二三四五六七八九1-9])(?![〇零一二两三四五六七八九十百千万亿0-9角毛个块元])")


def read_spoken_prices(ex, zh) -> None:
    """Claim each spoken price "两块五" (2.5 yuan) in a clause that names money."""
    norm = ex.norm
    for m in _SPOKEN_PRICE.finditer(norm):
        yuan, jiao = chinese_number(m.group("y")), chinese_number(m.group("j"))
        if yuan is None or jiao is None or not ex.taken.free(m.start(), m.end()) or not spoken_yuan(norm, m.start()):
            continue
        _add(ex, zh, m.start(), m.end(), "money", yuan + jiao / 10, f"{int(yuan)}.{int(jiao)}", 1.0, unit="CNY")


_LETTER_WAN = regex.compile(r"(?<![0-9.A-Za-z])(?P<n>[0-9]+(?:\.[0-9]+)?)w(?![A-Za-z0-9])")


def read_letter_wan(ex, zh) -> None:
    """Claim each figure written with the letter w for 万 between Chinese characters ("涨到10w啦", "10w+粉丝")."""
    norm = ex.norm
    for m in _LETTER_WAN.finditer(norm):
        if not (ex.taken.free(m.start(), m.end()) and (_HAN.match(norm, max(0, m.start() - 1)) or _HAN.match(
                norm, m.end()))):
            continue
        tail = read_tail(norm, m.end(), zh, arabic=True, allow_above=True)
        kind, unit = tail_kind(tail) if tail is not None else ("count", None)
        if kind not in ("count", "money") or (tail is not None and tail.multiplier != 1.0):
            continue
        value = float(m.group("n")) * 1e4
        _add(ex, zh, m.start(), tail.end if tail is not None else m.end(), kind, value, m.group("n"), 1e4, unit=unit,
             counted=tail.counted if tail is not None and kind == "count" else None)


def read_word_unit(ex, zh, s: int, e: int, value: float, digits: str, multiplier: float) -> Optional[bool]:
    """Record the figure at ``s``..``e`` (``value``) when a word before it tells its unit (see the module); None when
    none does, else whether it was recorded."""
    norm = ex.norm
    if norm.startswith("分", e) and not norm.startswith("钟", e + 1) and _SCORE_BEFORE.search(norm, max(0, s - 12), s):
        return _add(ex, zh, s, e + 1, "count", value, digits, multiplier, counted="point")
    if norm.startswith("节", e) and _SPEED_BEFORE.search(norm, max(0, s - 10), s):
        return _add(ex, zh, s, e + 1, "measure", value, digits, multiplier, unit="knot")  # 航速30节: knots
    if not norm.startswith("度", e) or _HAN.match(norm, e + 1):
        return None
    scale = norm[s - 2:s] if s >= 2 and norm[s - 2:s] in ("摄氏", "华氏") else ""  # 摄氏8.3度, 华氏98度
    unit = ("degree_Fahrenheit" if scale == "华氏" else "degree_Celsius" if scale or _HEAT_BEFORE.search(
        norm, max(0, s - 10), s) else "kilowatt_hour" if _POWER_BEFORE.search(norm, max(0, s - 10), s) else None)
    if unit is None:
        return None
    s -= len(scale)
    below = norm.endswith("零下", 0, s)
    return _add(ex, zh, s - 2 if below else s, e + 1, "measure", -value if below else value, digits, multiplier,
                unit=unit)


def _add(ex, zh, s: int, end: int, kind: str, value: float, digits: str, multiplier: float, **fields) -> bool:
    """Record one such figure, with the hedge before it (约38度)."""
    precision, step = figure_precision(digits, multiplier)
    hedge, start = hedge_before(ex.norm, s, zh)
    return add_hedged(ex, start, end, kind, value, hedge, precision, step, **fields)
