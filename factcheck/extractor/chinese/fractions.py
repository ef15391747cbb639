"""Chinese shares of a whole in words: 百分之三十 (30 percent), 千分之五 (per mille), 三成 (30 percent), 三分之一 (a
third) and 一半 (half), each with the hedge written before or after it."""
from __future__ import annotations

from typing import Optional

import regex

from ...intervals import figure_precision, hedge_interval
from ...vocab_zh import ChineseVocab
from ..hedgewords import add_hedged
from .numerals import numeral_value
from .phrases import hedge_before

_PERCENT_WORDS = regex.compile(r"(?P<base>[百千])分之(?P<n>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百点]+)")
_WHOLE = "百"
"""百分之百: a hundred percent (a bare 百 parses as no numeral)."""
_PER_BASE = {"百": "percent", "千": "permille"}
"""百分之三十: 30 percent; 千分之五: 5 per mille."""
_FRACTION = regex.compile(r"(?P<d>[0-9]+|[一二两三四五六七八九十百千万]+)分之(?P<n>[0-9]+|[一二两三四五六七八九十]+)")
_TENTHS = regex.compile(r"(?<![0-9零〇一二两三四五六七八九十百千万亿])(?P<n>[一二两三四五六七八九]|[1-9])成"
                        r"(?:(?P<t>[一二三四五六七八九])(?![0-9零〇一二两三四五六七八九十百千万亿个年月日天名位人次项家岁号届期元倍])"
                        r"|(?![为立功绩果员本熟就长交效品都年型]))")
"""三成 = 30%, 七成五 = 75% (a digit after 成 is the next place)."""


def read_percent_words(ex, zh: ChineseVocab) -> None:
    """百分之三十 (30 percent), 千分之五 (5 per mille), 三成 (30 percent) and 三分之一 (a third, read like the English
    "a third")."""
    norm = ex.norm
    for m in _PERCENT_WORDS.finditer(norm):
        n = m.group("n")
        value = float(n) if n[0].isdigit() else 100.0 if n == _WHOLE else numeral_value(n)
        if value is None:
            continue
        digits = n if n[0].isdigit() else _digits_of(value)
        hedge, s, end = _hedged(norm, m.start(), m.end(), zh)  # 约百分之十五, 百分之八十以上
        precision, step = figure_precision(digits)
        add_hedged(ex, s, end, "percent", value, hedge, precision, step, unit=_PER_BASE[m.group("base")])
    for m in _TENTHS.finditer(norm):  # 三成 = 30%, 七成以上
        n = m.group("n")
        value = 10.0 * (float(n) if n.isdigit() else numeral_value(n))
        place = 10.0
        if m.group("t"):
            value, place = value + numeral_value(m.group("t")), 1.0
        hedge, s, end = _hedged(norm, m.start(), m.end(), zh)
        if hedge == "none" and not m.group("t") and norm[end:end + 1] in zh.above_suffixes:  # 两成多: (20%, 30%)
            ex.add(s, end + 1, "percent", value=value, low=value, high=value + place, low_inclusive=False,
                   high_inclusive=False, hedge="more_than", precision=place, step=place, unit="percent")
            continue
        add_hedged(ex, s, end, "percent", value, hedge, place, place, unit="percent")
    for m in _FRACTION.finditer(norm):  # 三分之二, 约三分之一, 三分之二以上
        d, n = (plain_value(m.group(k)) for k in ("d", "n"))
        if d and n is not None and 0 < n < d:
            value = n / d
            precision, step = figure_precision(repr(round(value, 6)))
            hedge, s, end = _hedged(norm, m.start(), m.end(), zh)
            if hedge == "none":
                ex.add(s, end, "count", value=value, low=value, high=value, precision=precision, step=step)
                continue
            iv = hedge_interval(value, hedge, 1 / d)  # "about two thirds": within a 1/d step, as in English
            ex.add(s, end, "count", value=value, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
                   high_inclusive=iv.high_inclusive, hedge=hedge, precision=precision, step=step)


_HALF = regex.compile(r"一半|半数|(?<![超将接几逼])(?P<short>过|逾|近)半(?![年月天日小个数])")
"""一半, 半数 (half of a whole), 过半 and 逾半 (more than half), 近半 (nearly half); never 半年, 过半个月."""
_HALF_HEDGES = {"过": "more_than", "逾": "more_than", "近": "nearly"}


def read_halves(ex, zh: ChineseVocab) -> None:
    """Half of a whole (将近一半的居民, 过半, 半数以上): a share of 0.5, read like the English "nearly half of"."""
    norm = ex.norm
    for m in _HALF.finditer(norm):
        mark = m.group("short")
        hedge, s, end = (_HALF_HEDGES[mark], m.start(), m.end()) if mark else _hedged(norm, m.start(), m.end(), zh)
        iv = hedge_interval(0.5, hedge, 0.1)
        ex.add(s, end, "count", value=0.5, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
               high_inclusive=iv.high_inclusive, hedge=hedge, precision=0.1, step=0.1)


def _hedged(norm: str, start: int, end: int, zh: ChineseVocab) -> tuple[str, int, int]:
    """(hedge, start, end) of a figure word at ``start``..``end`` with the hedge written before it (约三成) or,
    failing that, after it (七成以上, 三分之二以上)."""
    hedge, start = hedge_before(norm, start, zh)
    after = zh.pattern("hedge_after").match(norm, end)
    if after and hedge == "none":
        hedge, end = zh.hedge_suffixes[after.group()], after.end()
    return hedge, start, end


def plain_value(text: str) -> Optional[float]:
    """The value of digits or of a Chinese numeral ("12", "十二")."""
    return float(text) if text.isdigit() else numeral_value(text)


def _digits_of(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)
