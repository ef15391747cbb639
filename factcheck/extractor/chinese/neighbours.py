"""Two neighbouring numerals written together as an estimate: 两三百人 (200 to 300 people), 三五天 (three to
five days), 七八十岁 (70 to 80 years old), 一两个月 (one or two months).

Chinese writes a rough figure as two numerals side by side; the pair is a range between them, scaled by
the 十, 百 or 千 and the scale character (万, 亿) after it.  Only a pair followed by what it counts (a measure word, a
unit, a currency or a noun) is read, as for the vague quantities (数十, 上百), so "三五成群" is left alone.
"""
from __future__ import annotations

import regex

from .numerals import numeral_value
from .phrases import read_tail, tail_kind

_PAIR = regex.compile(r"(?<![零〇一二两三四五六七八九十百千万亿0-9])(?P<a>[一两三四五六七八])(?P<b>[两三四五六七八九])"
                      r"(?P<s>[十百千]?[万亿]?)(?![零〇一二三四五六七八九])")
_PAIRS = {("一", "两"), ("两", "三"), ("三", "四"), ("四", "五"), ("五", "六"), ("六", "七"), ("七", "八"), ("八", "九"),
          ("三", "五")}
"""The neighbours an estimate is written with (三五 too, by custom: "three or five")."""
_STEPS = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 1e4, "亿": 1e8}


def read_neighbour_ranges(ex, zh) -> None:
    """Claim each estimate written as two neighbouring numerals (see the module) through ``ex.add``."""
    norm = ex.norm
    for m in _PAIR.finditer(norm):
        if (m.group("a"), m.group("b")) not in _PAIRS or not ex.taken.free(m.start(), m.end()):
            continue
        tail = read_tail(norm, m.end(), zh, arabic=False, allow_above=False)
        if tail is None or tail.above or not (tail.classifier or tail.unit or tail.currency or tail.counted):
            continue
        step = tail.multiplier
        for character in m.group("s"):  # 两三百 (hundreds), 四五十万 (hundreds of thousands)
            step *= _STEPS[character]
        low, high = numeral_value(m.group("a")) * step, numeral_value(m.group("b")) * step
        kind, unit = tail_kind(tail)
        ex.add(m.start(), tail.end, "number_range", value=None, low=low, high=high, low_inclusive=True,
               high_inclusive=True, hedge="range", unit=unit, counted=tail.counted if kind == "count" else None,
               precision=step, step=step)
