"""The Chinese reading pass: names, dates, ordinals, percentages, vague quantities and figures.

``read_chinese(ex)`` runs on one extraction (``ex``: the ``_Extraction`` of
core.py, with its Simplified, normalised text ``ex.norm``) before the
English passes; every span it claims -- or blocks, for figures it will not
read, such as the 9 of a bare "9月" -- is out of the English passes' reach,
so they never give those digits a made-up meaning.
"""
from __future__ import annotations

import math

import regex

from ...intervals import figure_precision, hedge_interval
from ...model import Interval
from ...vocab_zh import CN_NUMERAL_CHARS, ChineseVocab
from ..hedgewords import add_hedged
from ..numbers import digits_value
from .compound import read_compound_durations
from .dates import find_chinese_dates
from .fractions import plain_value, read_halves, read_percent_words
from .relative import chinese_dates_of_months, chinese_relative_dates
from .identifiers import model_number, spoken_yuan
from .mixed import read_mixed
from .neighbours import read_neighbour_ranges
from .numerals import numeral_value, spelled_digits, split_numeral
from .phrases import (
    GENERIC_LEMMAS,
    Tail,
    counted_before,
    currency_before,
    hedge_before,
    read_tail,
    tail_kind,
    unknown_noun_after,
)
from .ranges import TIME_AFTER, adjacent_range, range_second, times
from .wordunits import read_letter_wan, read_spoken_prices, read_word_unit

_HAN = regex.compile(r"\p{Han}")
_ORDINAL = regex.compile(r"第(?P<n>[0-9]+|[零〇一二两三四五六七八九十百千]+)(?P<scale>万亿|万|亿)?")
_ORDINAL_SCALES = {None: 1.0, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_SESSION = regex.compile(r"(?<![第0-9零〇一二两三四五六七八九十百])(?P<n>[一二三四五六七八九十]+)(?=届(?:全国|中央|中共|人大|政协|[一二三四五六七八九十]+(?:中全会|次))"
                        r"|中全会|次(?:会议|全体会议)(?<=(?:人大|政协|届|常委会)[一二三四五六七八九十]+次(?:会议|全体会议)))")
"""Ordinals without 第 in the names of sessions: 十四届全国人大二次会议, 二十届三中全会."""
_LETTER = regex.compile(r"[A-Za-z]")
_SINCE_AFTER = regex.compile(r"(?:来|以来)")
_LIST_MARKER = regex.compile(r"(?m)^[ \t\u3000]*[（(]?([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[、)）]|\.(?![0-9]))")
_DAY_RANGE = regex.compile(r"(?<![0-9])[0-9]{1,2}\s*(?:至|到|-|~)\s*[0-9]{1,2}[月日号]")
_LEADING_ZERO = regex.compile(r"0[0-9]+(?:-[0-9]+)*")
_DOC_NUMBER = regex.compile(r"[〔\[［【(（](?:19|20)[0-9]{2}[〕\]］】)）][0-9]+号")
"""国发〔2023〕5号: the number of an official document."""
_TENS_AND_SOME = regex.compile(rf"(?<![{CN_NUMERAL_CHARS}0-9])([二三四五六七八九])十几")
_YUAN_JIAO = regex.compile(r"(?<![0-9.])(?P<y>[0-9]+)元(?P<j>[0-9])角(?:(?P<f>[0-9])分)?")
_HALF_SPAN = regex.compile(r"(?<![0-9零〇一二两三四五六七八九十百千万个上下前后多大])半(?P<u>个多?月|年|个小时|小时|个星期|星期|周)")  # (半天: "a long while")
_HALF_UNITS = {"个月": "month", "个多月": "month", "年": "year", "个小时": "hour", "小时": "hour",
               "个星期": "week", "星期": "week", "周": "week"}
_SLOGAN = regex.compile(r"[“\"「『][一二两三四五六七八九十]+个(?![人国])[^”\"」』，。]{1,8}[”\"」』]")
"""“两个毫不动摇”, “四个意识”: a slogan in quotes names its parts, it counts nothing."""
_PERSON_GAP = 2
"""How close a noun must stand before "N人" / "N人次" to say who they are ("派出维和人员5万余人次")."""
_PER_ITEM = regex.compile(r"[一每](?:[斤个笼杯瓶张碗盒包袋只件条根]|公斤|千克)")
"""A price per item after a bare 块 ("15块一笼", "5块一斤"): the spoken yuan."""
_ITEM_PRICED = regex.compile(r"一[斤个笼杯瓶张碗盒包袋只件条根份][^，。；！？,;]{0,6}(?:要|卖|是|得)$")
"""One item and the verb that prices it before a bare 块 ("一杯奶茶要28块"): the spoken yuan."""
_PLAN_NAME = regex.compile(r"第[一二三四五六七八九十]+个五年(?:规划|计划)")
"""第十四个五年规划: the name of a plan, neither an ordinal nor a span of five years."""
_DIAL_BEFORE = regex.compile(r"(?:电话|热线|号码|编码|邮编|编号|传真|手机|专线|拨打|致电|舷号|代号|番号|工号|学号|车号)\s*[:：]?"
                          r"\s*(?:为|是)?\s*$")
"""Words before digits that make them a number to dial or a code ("举报电话12345", "拨打120", "舷号为18")."""
_PLUS_NAME = regex.compile(r"(?<![0-9.])[0-9]{1,3}\+[0-9]{1,3}(?![0-9.%])")
"""Two numbers joined by "+" in Chinese text: a grouping's name ("东盟与中日韩（10+3）", "16+1合作"), no figure."""
_DIAL = regex.compile(r"[0-9]+(?:-[0-9]+)*")
_SIGN_BEFORE = "为是长达至到降于"
"""Characters before a minus that make it a sign ("增长-1.5%", "净利润为-3.5亿元"), not a model's hyphen (运-20)."""
_CLAUSE_END = regex.compile(r"[。，；！？,;!?]|$")
_SPEED = regex.compile(r"时速(?:为|达|达到|可达|高达|在)?$")
_BELOW_ZERO = "零下"
_SPOKEN_DECIMAL = regex.compile(r"[一二三四五六七八九][〇一二三四五六七八九]?(?![〇零一二两三四五六七八九十百千万亿\d.])")
"""Digits spoken after a metre ("一米八", "一米七五"): its decimals."""
_BARE_UNITS = {"百": 100.0, "千": 1000.0, "万": 10000.0, "亿": 1e8, "百万": 1e6, "千万": 1e7, "百亿": 1e10, "千亿": 1e11,
               "万亿": 1e12}


def _scaled(numeral: str, multiplier: float) -> bool:
    """Whether a figure carries a scale: split off (十二万) or inside a numeral read whole (一亿二千万)."""
    return multiplier != 1.0 or "万" in numeral or "亿" in numeral


def read_chinese(ex) -> None:
    """Claim the Chinese figures and dates of ``ex.norm`` through ``ex.add`` / ``ex.taken``."""
    zh: ChineseVocab = ex.vocab.chinese
    if zh is None:
        return
    norm = ex.norm
    for pattern in (zh.pattern("names"), _PLAN_NAME, _SLOGAN):
        for m in pattern.finditer(norm):
            if ex.taken.free(m.start(), m.end()):
                ex.taken.add(m.start(), m.end())
    for m in _DOC_NUMBER.finditer(norm):
        ex.add(m.start(), m.end(), "identifier")
    for m in _PLUS_NAME.finditer(norm) if "+" in norm else ():
        if _HAN.search(norm, max(0, m.start() - 4), min(len(norm), m.end() + 4)):
            ex.add(m.start(), m.end(), "identifier")
    for start, end, iso in chinese_dates_of_months(norm):  # 去年3月, 本月15日, 3月，
        ex.add(start, end, "date", date=iso)
    for d in find_chinese_dates(norm, zh):
        ex.add(d.start, d.end, d.kind, date=d.iso, season=d.season)
    for start, end, iso in chinese_relative_dates(norm):  # 昨天, 上周五, 25年前, 20日，
        ex.add(start, end, "date", date=iso)
    for pattern in (_ORDINAL, _SESSION):
        for m in pattern.finditer(norm):
            n = m.group("n")
            value = float(n) if n.isdigit() else numeral_value(n)
            if value is not None and pattern is _ORDINAL:
                value = times(value, _ORDINAL_SCALES[m.group("scale")])  # 第1000万辆: the ten millionth
            if value is not None and value >= 1:
                ex.add(m.start(), m.end(), "ordinal", value=value, low=value, high=value)
    read_percent_words(ex, zh)
    read_halves(ex, zh)
    _vague(ex, zh)
    read_neighbour_ranges(ex, zh)
    for m in _LIST_MARKER.finditer(norm):
        if ex.taken.free(m.start(1), m.end(1)):
            ex.add(m.start(1), m.end(1), "identifier", value=plain_value(m.group(1)))
    for m in _DAY_RANGE.finditer(norm):  # 1至9月, 3-5日: parts of dates, never counts
        if ex.taken.free(m.start(), m.end()):
            ex.taken.add(m.start(), m.end())
    read_mixed(ex, zh)  # 1亿200万人, 3万5千元: digits on both sides of a scale, read whole or not at all
    read_letter_wan(ex, zh)  # 粉丝涨到10w: the informal 万
    read_spoken_prices(ex, zh)  # 一斤青菜卖两块五: 2.5 yuan
    _bare_units(ex, zh)
    read_compound_durations(ex, zh)
    for m in _YUAN_JIAO.finditer(norm):  # 2元5角: 2.5 yuan (角 a tenth, 分 a hundredth)
        if ex.taken.free(m.start(), m.end()):
            value = int(m.group("y")) + int(m.group("j")) / 10 + int(m.group("f") or 0) / 100
            step = 0.01 if m.group("f") else 0.1
            ex.add(m.start(), m.end(), "money", value=value, low=value, high=value, unit="CNY", precision=step, step=step)
    for m in _HALF_SPAN.finditer(norm):  # 半个月, 半年: half a month, half a year (一年半 is read as a figure)
        if ex.taken.free(m.start(), m.end()):
            ex.add(m.start(), m.end(), "duration", value=0.5, low=0.5, high=0.5, unit=_HALF_UNITS[m.group("u")],
                   precision=0.5, step=0.5)
    for m in zh.pattern("core").finditer(norm):
        if ex.taken.free(m.start(), m.end()):
            _figure(ex, zh, m)


def _bare_units(ex, zh: ChineseVocab) -> None:
    """A bare 百 / 千 / 万 / 千亿 after a hedge ("近千人", "逾万名", "近千亿元"; "上亿元" is vague) or before 余 / 多
    ("千余名", "万余人", "百余家"): a round figure of one unit."""
    pattern = zh.compiled.get("bare_unit")
    if pattern is None:
        pattern = zh.compiled["bare_unit"] = regex.compile(
            rf"(?:(?P<h>{zh.pattern('hedge_before').pattern[:-1]})|(?<![{CN_NUMERAL_CHARS}0-9]))"
            rf"(?P<u>千亿|百亿|万亿|百万|千万|[百千万亿])(?P<a>余|多)?(?![{CN_NUMERAL_CHARS}])")
    norm = ex.norm
    for m in pattern.finditer(norm):
        if m.group("h") is None and m.group("a") is None:
            continue
        if m.group("h") and zh.pattern("hedge_blocker").search(norm, max(0, m.start() - 3), m.end("h")):
            continue
        tail = read_tail(norm, m.end(), zh, arabic=False, allow_above=False)
        if tail is None or not (tail.classifier or tail.unit or tail.currency or tail.counted):
            continue
        value = _BARE_UNITS[m.group("u")]
        precision, step = figure_precision(str(int(value)))
        hedge = "more_than" if m.group("a") else zh.hedges[m.group("h")]
        kind, unit = tail_kind(tail)
        iv = hedge_interval(value, hedge, precision)
        if m.group("a"):  # 千余人: above 1,000, below 1,100 (SEMANTICS.md §6)
            iv = Interval(value, value + precision, False, False)
        ex.add(m.start(), tail.end, kind, value=value, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
               high_inclusive=iv.high_inclusive, hedge=hedge, precision=precision, step=step, unit=unit,
               counted=tail.counted if kind == "count" else None)


def _vague(ex, zh: ChineseVocab) -> None:
    """数十, 上百, 数千, 上万 (+ a scale: 数十万), 十几, 二十几: count ranges of SEMANTICS.md §6."""
    norm = ex.norm
    found = [(m, *zh.vague[m.group()]) for m in zh.pattern("vague").finditer(norm)]
    found += [(m, 10 * numeral_value(m.group(1)) + 1, 10 * numeral_value(m.group(1)) + 10)
              for m in _TENS_AND_SOME.finditer(norm)]  # 二十几: 21 to 29
    for m, low, high in found:
        if not ex.taken.free(m.start(), m.end()):
            continue
        tail = read_tail(norm, m.end(), zh, arabic=True, allow_above=False)
        if tail is None and norm.startswith("的", m.end()):  # 数以万计的游客
            tail = read_tail(norm, m.end() + 1, zh, arabic=False, allow_above=False)
        if tail is None:
            if m.group().endswith("计") or m.group() == "成千上万":  # 市民数以万计, 游客成千上万: a count by itself
                ex.add(m.start(), m.end(), "count", hedge="plural_of_scale", low=low, high=high, low_inclusive=True,
                       high_inclusive=False)
            continue
        kind, unit = tail_kind(tail)
        counted = tail.counted if kind == "count" else None
        ex.add(m.start(), tail.end, kind, hedge="plural_of_scale", low=low * tail.multiplier,
               high=high * tail.multiplier, low_inclusive=True, high_inclusive=False, unit=unit, counted=counted)


def _figure(ex, zh: ChineseVocab, m) -> None:
    """Read one figure core (Arabic or Chinese numerals) with what surrounds it; a core it cannot
    place is blocked, so no later pass reads it without its Chinese context."""
    if not _read_figure(ex, zh, m) and m.group("ar") is not None and _chinese_context(ex.norm, m.start(), m.end()):
        if ex.taken.free(m.start(), m.end()):
            ex.taken.add(m.start(), m.end())


def _read_figure(ex, zh: ChineseVocab, m) -> bool:
    """True when the figure at ``m`` was recorded (or deliberately left to the English passes)."""
    norm = ex.norm
    s, e = m.start(), m.end()
    arabic = m.group("ar") is not None
    if arabic and m.group().startswith("0") and len(m.group()) > 1 and m.group()[1].isdigit():
        code = _LEADING_ZERO.match(norm, s)
        return ex.add(s, code.end(), "identifier")  # 010-12345678, 0871: a number to dial or a code
    if arabic and _DIAL_BEFORE.search(norm, max(0, s - 8), s) and read_tail(norm, e, zh, True, True) is None and not (
            zh.pattern("identifier_after").match(norm, e)):
        return ex.add(s, _DIAL.match(norm, s).end(), "identifier")  # 举报电话12345, 拨打120: numbers to dial
    signed = False
    if arabic and s > 1 and norm[s - 1] in "-−" and _HAN.match(norm, s - 2):
        probe = read_tail(norm, e, zh, True, True)
        if not (norm[s - 2] in _SIGN_BEFORE or (probe and (probe.unit or probe.currency or probe.multiplier != 1.0))):
            return ex.add(s - 2, e, "identifier")  # 运-20, 歼-20: a model's name
        signed = True  # 增长-1.5%, 为-3.5亿元: a negative figure
    if arabic and not signed and model_number(ex, zh, s, e):
        return True
    if arabic:
        if not signed and (_LETTER.match(norm, e) or (s > 0 and (_LETTER.match(norm, s - 1) or norm[s - 1] in ".-"))):
            return True  # G20, COVID-19, 5G: the English passes read these
        if norm.startswith(" ", e) and _LETTER.match(norm, e + 1):
            return True  # "中国已同181 countries建交": an English figure inside a Chinese sentence
        if not signed and not _chinese_context(norm, s, e):
            return True
        value, digits = digits_value(m.group())
        multiplier = 1.0
    else:
        parsed = split_numeral(m.group(), zh.scales)
        if parsed is None:
            return adjacent_range(ex, zh, m)  # 一百百, a lone 万: no value, no claim; 二三十人: a range
        value, digits, multiplier = parsed
    found = arabic and zh.pattern("identifier_after").match(norm, e)
    if found:
        return ex.add(s, found.end(), "identifier", value=value)
    if (found := read_word_unit(ex, zh, s, e, value * multiplier, digits, multiplier)) is not None:
        return found  # 砍下42分: points; 最高38度: degrees Celsius
    if (t := TIME_AFTER.match(norm, e)) and not (t.group() == "秒" and not norm.endswith("分", 0, s)):
        if arabic:
            ex.taken.add(s, e)  # 9月, 29日, 10点: a date or time without its year, never a count
        return True
    tail = read_tail(norm, e, zh, arabic=arabic or multiplier == 1.0, allow_above=True)
    second = None
    if tail is None:
        probe = Tail(end=e)
        if zh.pattern("range_join").match(norm, e) and (second := range_second(ex, zh, probe, e, value * multiplier)) is not None:
            tail = probe  # 三到五毫米, 2000至3000人: the second figure's words serve both
        elif not arabic and not (_scaled(m.group(), multiplier) and _CLAUSE_END.match(norm, e)):
            return False  # 一千二百五十万。, 一亿二千万。 are figures on their own
        else:
            low, high = ex.vocab.year_range
            if len(m.group()) == 4 and m.group().isdigit() and low <= value <= high:
                return ex.add(s, e, "date", date=m.group())  # 2022北京冬奥会: a year, as in English
            tail = Tail(end=e)
    tail.multiplier *= multiplier
    if tail.bare_classifier and tail.classifier_word == "块" and (((spoken_yuan(norm, s) or _ITEM_PRICED.search(
            norm, max(0, s - 12), s)) and (not _HAN.match(norm, tail.end) or norm[tail.end] in "的了")) or (
            _PER_ITEM.match(norm, tail.end) and not norm.endswith("成", 0, s))):  # (三块蛋糕, 分成三块: pieces)
        tail.currency, tail.classifier, tail.bare_classifier, tail.counted = "CNY", False, False, None
    if second is None:
        second = range_second(ex, zh, tail, e, value * multiplier)
    structured = tail.classifier or tail.unit or tail.currency or tail.multiplier != 1.0 or tail.above or (
        not arabic and _scaled(m.group(), 1.0))  # (一亿二千万 is read whole: its scales are inside it)
    if not arabic and not structured:
        return False  # 一些, 十分, 两国关系: numerals in words, not figures
    if not arabic and value == 1 and tail.multiplier == 1.0 and not (tail.unit or tail.currency or second):
        return False  # 一个: "one" counts nothing on its own
    hedge, start = hedge_before(norm, s - signed, zh)
    if hedge == "nearly" and _SINCE_AFTER.match(norm, tail.end):
        hedge, start = "none", s - signed  # 近十年来: "the past ten years", not "nearly ten"
    currency = currency_before(norm, start, zh)
    if currency and not tail.unit and (tail.currency in (None, currency[0]) or tail.currency_word == "元"):
        tail.currency, start = currency[0], currency[1]  # 人民币1000元
        if hedge == "none":
            hedge, start = hedge_before(norm, start, zh)  # 约人民币2.7亿元
    if tail.hedge != "none" and hedge == "none":
        hedge = tail.hedge
    kind, unit = tail_kind(tail)
    speed = _SPEED.search(norm, max(0, start - 5), start) if unit == "kilometer" else None
    if speed:
        unit, start = "kilometer / hour", speed.start()  # 时速350公里, 时速达350公里: a speed
    counted = None
    if kind == "count":
        generic = not tail.counted or (tail.bare_classifier and tail.counted in GENERIC_LEMMAS)
        gap = _PERSON_GAP if tail.counted == "person" else None  # 该项目带动就业超过2万人 counts people, not projects
        before = counted_before(ex, start, zh, gap) if generic else None
        counted = before or tail.counted or (unknown_noun_after(norm, tail.end) if tail.bare_classifier else None)
    full = times(value, tail.multiplier)
    if signed:
        full, second = -full, None
    if kind == "count" and norm.endswith("每", 0, start) and full > 0 and math.log10(full).is_integer():
        ex.taken.add(s, tail.end)  # 每十万人口: the base of a rate, not a count
        return True
    if norm.startswith(_BELOW_ZERO, start - len(_BELOW_ZERO)) and second is None and not tail.above:
        full, start = -full, start - len(_BELOW_ZERO)  # 零下十五摄氏度: fifteen below zero
    scale_word = tail.multiplier != 1.0
    precision, step = figure_precision(digits, tail.multiplier, scale_word)
    if tail.half:  # 两个半小时: two and a half hours
        full += 0.5 * tail.multiplier
        precision = step = 0.5 * tail.multiplier
    tenths = _SPOKEN_DECIMAL.match(norm, tail.end) if (
        tail.unit and tail.unit[0] == "meter" and not scale_word and second is None and full == int(full)) else None
    if tenths:  # 一米八 is 1.8 metres, 一米七五 1.75: the digits after the unit are its decimals
        places = len(tenths.group())
        full += spelled_digits(tenths.group()) / 10 ** places
        precision = step = 10.0 ** -places
        tail.end = tenths.end()
    if second is not None:
        high, end = second
        if high > full:
            return ex.add(start, end, "number_range", low=full, high=high, hedge="range", unit=unit,
                          counted=counted, precision=precision, step=step)
    if tail.above:  # 3年多: (3, 4); 1年多, 1倍多: (1, 2), never (1, 1.1) -- a whole one is one unit, not a tenth
        above = max(precision, 1.0) if full >= 1 and full == int(full) else precision
        return ex.add(start, tail.end, kind, value=full, low=full, high=full + above, low_inclusive=False,
                      high_inclusive=False, hedge="more_than", precision=precision, step=step, unit=unit,
                      counted=counted)
    return add_hedged(ex, start, tail.end, kind, full, hedge, precision, step, unit=unit, counted=counted,
                      whole=kind in ("count", "money", "measure", "duration", "percent"))


def _chinese_context(norm: str, s: int, e: int) -> bool:
    """Whether the digits at ``s``..``e`` stand among Han characters (spaces and % aside)."""
    i = s - 1
    while i >= 0 and i > s - 3 and norm[i] in " ¥":  # 售价¥1,299: the yuan sign between the words and the digits
        i -= 1
    if i >= 0 and _HAN.match(norm, i):
        return True
    j = e
    while j < len(norm) and j < e + 3 and norm[j] in " %":
        j += 1
    return j < len(norm) and bool(_HAN.match(norm, j))
