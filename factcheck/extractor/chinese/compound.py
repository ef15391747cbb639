"""Chinese spans of time written in two units: 五年零三个月, 2小时30分钟, 1小时25分, 2分03秒, and race times 9秒83.

Read as one duration in the larger unit, as the English "2 hours 30 minutes" is (2.5 hours), to the
precision of the smaller unit, so that "2小时30分钟" meets "two and a half hours" and its first part is never
compared on its own.
"""
from __future__ import annotations

import regex

from ...vocab_zh import CN_NUMERAL_CHARS
from ..hedgewords import add_hedged
from .numerals import chinese_number
from .phrases import hedge_before

_NUMBER = rf"[0-9]+(?:\.[0-9]+)?|[{CN_NUMERAL_CHARS}]+"
# (never the minutes and seconds of a clock time, 10时14分30秒, nor the tail of a longer numeral)
_COMPOUND = regex.compile(
    rf"(?<![0-9{CN_NUMERAL_CHARS}][时点:：])(?<![0-9.{CN_NUMERAL_CHARS}])(?P<a>{_NUMBER})(?P<u1>年|天|个小时|小时|分钟|分)零?又?(?P<b>{_NUMBER})(?P<u2>个月|个小时|小时|分钟|分|秒钟|秒)")
_UNITS = {"年": "year", "个月": "month", "天": "day", "个小时": "hour", "小时": "hour", "分钟": "minute", "分": "minute",
          "秒钟": "second", "秒": "second"}
_PARTS = {("year", "month"): 12, ("day", "hour"): 24, ("hour", "minute"): 60, ("minute", "second"): 60}
"""The pairs of units a span is written in, and how many of the smaller make one of the larger."""


_RACE_TIME = regex.compile(r"(?<![0-9.])(?P<s>[0-9]{1,2})秒(?P<f>[0-9]{1,2})(?![0-9.秒])")
"""A race time with its fraction after 秒: 9秒83 is 9.83 seconds."""


def read_compound_durations(ex, zh) -> None:
    """Claim each span of time written in two units (see the module), and each race time written 9秒83,
    through ``ex.add``."""
    norm = ex.norm
    if "秒" in norm:
        for m in _RACE_TIME.finditer(norm):
            if ex.taken.free(m.start(), m.end()):
                step = 10.0 ** -len(m.group("f"))
                value = int(m.group("s")) + int(m.group("f")) * step
                ex.add(m.start(), m.end(), "duration", value=value, low=value, high=value, hedge="none",
                       precision=step, step=step, unit="second")
    if not any(u in norm for u in ("年", "天", "时", "分")):
        return
    for m in _COMPOUND.finditer(norm):
        big, small = _UNITS[m.group("u1")], _UNITS[m.group("u2")]
        per = _PARTS.get((big, small))
        a, b = chinese_number(m.group("a")), chinese_number(m.group("b"))
        if per is None or a is None or b is None or not 0 <= b < per or not ex.taken.free(m.start(), m.end()):
            continue
        if big == "year" and a >= 1000:
            continue  # 2023年3个月: a year's date, then a span
        value, step = a + b / per, 1 / per
        hedge, start = hedge_before(norm, m.start(), zh)
        add_hedged(ex, start, m.end(), "duration", value, hedge, step, step, unit=big)
