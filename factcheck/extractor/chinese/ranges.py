"""Chinese figures that state a span: two neighbouring numerals ("二三十人", "三四个国家", "十五六岁") and a figure
that opens a range ("20至30个", "5%-7%", "1.5万到2万").  Part of the Chinese reading pass (see ``figures``)."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from ...vocab_zh import ChineseVocab
from ..numbers import digits_value
from .numerals import numeral_value, split_numeral
from .phrases import Tail, read_tail, tail_kind

TIME_AFTER = regex.compile(r"[月号时点]|日(?![元圆])|分(?![之钟])|秒(?!钟)")
"""What makes the digits before it a time of day or a date, not a figure ("9月", "10时", "30秒" after 分; "500日元" is yen)."""
_ADJACENT = regex.compile(r"(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<u>十万|百万|千万|[十百千万亿])")
"""Two neighbouring digits before a unit ("二三十人", "三四百万"): a range, twenty to thirty."""
_NEIGHBOURS = regex.compile(r"(?P<p>[一二三四五六七八九]?十|[一二三四五六七八九]百零?)?(?P<a>[一二三四五六七八])(?P<b>[两二三四五六七八九])")
_DIGIT_ORDER = "一二三四五六七八九"
_PLACES = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8}


def times(value: float, multiplier: float) -> float:
    """``value`` x ``multiplier`` in decimal, so 4.35亿 is 435,000,000 and not 434,999,999.99999994."""
    return float(Decimal(repr(value)) * Decimal(repr(multiplier)))


def adjacent_range(ex, zh: ChineseVocab, m) -> bool:
    """Record "二三十人" (20 to 30 people) when the numeral at ``m`` is two neighbouring digits and a unit."""
    run = _ADJACENT.fullmatch(m.group())
    if run is None:
        return adjacent_digits(ex, zh, m)
    if run is None or "一二三四五六七八九".index(run.group("b")) != "一二三四五六七八九".index(run.group("a")) + 1:
        return False
    tail = read_tail(ex.norm, m.end(), zh, arabic=False, allow_above=False)
    if tail is None or tail.above or not (tail.classifier or tail.unit or tail.currency or tail.counted):
        return False
    scale = _PLACES[run.group("u")] * tail.multiplier
    low, high = (numeral_value(run.group(k)) * scale for k in ("a", "b"))
    kind, unit = tail_kind(tail)
    return ex.add(m.start(), tail.end, "number_range", low=low, high=high, hedge="range", unit=unit,
                  counted=tail.counted if kind == "count" else None, precision=scale, step=scale)


def adjacent_digits(ex, zh: ChineseVocab, m) -> bool:
    """Record "三四个国家" (3 to 4), "十五六岁" (15 to 16), "一两天" (1 to 2): two neighbouring last digits and a
    measure word or unit."""
    run = _NEIGHBOURS.fullmatch(m.group())
    if run is None:
        return False
    a, b = (_DIGIT_ORDER.index(run.group(k).replace("两", "二")) for k in ("a", "b"))
    if b != a + 1:
        return False
    tail = read_tail(ex.norm, m.end(), zh, arabic=False, allow_above=False)
    if tail is None or tail.above or tail.hedge != "none" or not (tail.classifier or tail.unit or tail.currency):
        return False
    head = run.group("p") or ""
    low, high = (numeral_value(head + run.group(k)) for k in ("a", "b"))
    if low is None or high is None:
        return False
    kind, unit = tail_kind(tail)
    low, high = times(low, tail.multiplier), times(high, tail.multiplier)
    return ex.add(m.start(), tail.end, "number_range", low=low, high=high, hedge="range", unit=unit,
                  counted=tail.counted if kind == "count" else None, precision=tail.multiplier, step=tail.multiplier)


def range_second(ex, zh: ChineseVocab, tail: Tail, e: int, first: float) -> Optional[tuple[float, int]]:
    """(high value, end) when the figure ``first`` opens a range "20至30个", "5%-7%", "1.5万到2万", "8000至1.2万"."""
    if tail.above or tail.hedge != "none":
        return None
    join = zh.pattern("range_join").match(ex.norm, tail.end) or zh.pattern("range_join").match(ex.norm, e)
    if not join:
        return None
    m = zh.pattern("core").match(ex.norm, join.end())
    if not m or not ex.taken.free(m.start(), m.end()) or TIME_AFTER.match(ex.norm, m.end()):
        return None
    if m.group("ar") is not None:
        high, _ = digits_value(m.group())
        mult = 1.0
    else:
        parsed = split_numeral(m.group(), zh.scales)
        if parsed is None:
            return None
        high, _, mult = parsed
    second = read_tail(ex.norm, m.end(), zh, arabic=True, allow_above=False)
    if second is None:
        return None
    if (tail.unit and second.unit and tail.unit != second.unit) or (
            tail.currency and second.currency and tail.currency != second.currency):
        return None  # 下降2.3个百分点至25.6%: a change, then the level it reached
    if second.multiplier != 1.0 and tail.multiplier == 1.0 and first <= high * mult:
        tail.multiplier = second.multiplier  # "1至2万": the scale after the second figure scales both (not 8000至1.2万)
    mult *= second.multiplier
    if second.unit or second.currency or second.classifier or second.counted:
        tail.unit, tail.currency = second.unit or tail.unit, second.currency or tail.currency
        tail.counted, tail.classifier = second.counted or tail.counted, True
    return times(high, mult), second.end
