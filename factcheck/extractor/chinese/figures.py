"""The Chinese reading pass: names, dates, ordinals, percentages, vague quantities and figures.

``read_chinese(ex)`` runs on one extraction (``ex``: the ``_Extraction`` of
core.py, with its Simplified, normalised text ``ex.norm``) before the
English passes; every span it claims -- or blocks, for figures it will not
read, such as the 9 of a bare "9月" -- is out of the English passes' reach,
so they never give those digits a made-up meaning.
"""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Optional

import regex

from ...intervals import figure_precision, hedge_interval
from ...model import Interval
from ...vocab_zh import CN_NUMERAL_CHARS, ChineseVocab
from ..numbers import digits_value
from .dates import find_chinese_dates
from .numerals import numeral_value, spelled_digits, split_numeral
from .phrases import (
    GENERIC_LEMMAS,
    Tail,
    counted_before,
    currency_before,
    hedge_before,
    read_tail,
    tail_kind,
)

_HAN = regex.compile(r"\p{Han}")
_ORDINAL = regex.compile(r"第(?P<n>[0-9]+|[零〇一二两三四五六七八九十百千]+)(?P<scale>万亿|万|亿)?")
_ORDINAL_SCALES = {None: 1.0, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_SESSION = regex.compile(r"(?<![第0-9零〇一二两三四五六七八九十百])(?P<n>[一二三四五六七八九十]+)(?=届(?:全国|中央|中共|人大|政协|[一二三四五六七八九十]+(?:中全会|次))"
                        r"|中全会|次(?:会议|全体会议)(?<=(?:人大|政协|届|常委会)[一二三四五六七八九十]+次(?:会议|全体会议)))")
"""Ordinals without 第 in the names of sessions: 十四届全国人大二次会议, 二十届三中全会."""
_PERCENT_WORDS = regex.compile(r"百分之(?P<n>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百点]+)")
_WHOLE = "百"
"""百分之百: a hundred percent (a bare 百 parses as no numeral)."""
_FRACTION = regex.compile(r"(?P<d>[0-9]+|[一二两三四五六七八九十百千万]+)分之(?P<n>[0-9]+|[一二两三四五六七八九十]+)")
_TENTHS = regex.compile(r"(?<![0-9零〇一二两三四五六七八九十百千万亿])(?P<n>[一二两三四五六七八九]|[1-9])成"
                        r"(?:(?P<t>[一二三四五六七八九])(?![0-9零〇一二两三四五六七八九十百千万亿个年月日天名位人次项家岁号届期元倍])"
                        r"|(?![为立功绩果员本熟就长交效品都年型]))")
"""三成 = 30%, 七成五 = 75% (a digit after 成 is the next place)."""
_TIME_AFTER = regex.compile(r"[月日号时点]|分(?![之钟])|秒(?!钟)")
_LETTER = regex.compile(r"[A-Za-z]")
_SINCE_AFTER = regex.compile(r"(?:来|以来)")
_LIST_MARKER = regex.compile(r"(?m)^[ \t\u3000]*[（(]?([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[、)）]|\.(?![0-9]))")
_DAY_RANGE = regex.compile(r"(?<![0-9])[0-9]{1,2}\s*(?:至|到|-|~)\s*[0-9]{1,2}[月日号]")
_MIXED_NUMERAL = regex.compile(r"[0-9]+[万亿][0-9零〇一二两三四五六七八九]+[千百十]?")
_LEADING_ZERO = regex.compile(r"0[0-9]+(?:-[0-9]+)*")
_DOC_NUMBER = regex.compile(r"[〔\[［【(（](?:19|20)[0-9]{2}[〕\]］】)）][0-9]+号")
"""国发〔2023〕5号: the number of an official document."""
_TENS_AND_SOME = regex.compile(rf"(?<![{CN_NUMERAL_CHARS}0-9])([二三四五六七八九])十几")
_SLOGAN = regex.compile(r"[“\"「『][一二两三四五六七八九十]+个(?![人国])[^”\"」』，。]{1,8}[”\"」』]")
"""“两个毫不动摇”, “四个意识”: a slogan in quotes names its parts, it counts nothing."""
_PERSON_GAP = 2
"""How close a noun must stand before "N人" / "N人次" to say who they are ("派出维和人员5万余人次")."""
_PLAN_NAME = regex.compile(r"第[一二三四五六七八九十]+个五年(?:规划|计划)")
"""第十四个五年规划: the name of a plan, neither an ordinal nor a span of five years."""
_DIAL_BEFORE = regex.compile(r"(?:电话|热线|号码|编码|邮编|编号|传真|手机|专线|拨打|致电)\s*[:：]?\s*(?:为|是)?\s*$")
"""Words before digits that make them a number to dial or a code ("举报电话12345", "拨打120")."""
_DIAL = regex.compile(r"[0-9]+(?:-[0-9]+)*")
_MODEL_WORD_BEFORE = regex.compile(r"(?:^|(?<=\p{Han}|\s))(?P<w>[A-Za-z]*[A-Z][A-Za-z]*) $")
"""A product or standard name in Latin letters, a blank, then its number: 华为Mate 60, iOS 17.2, ISO 9001."""
_MODEL_WORD_AFTER = regex.compile(r" (?:Pro|PRO|Max|MAX|Plus|PLUS|Ultra|ULTRA|Mini|Air|Lite|SE)(?![A-Za-z])")
"""A model's suffix after its number: 波音737 MAX, Mate 60 Pro."""
_BRAND_BEFORE = regex.compile(r"(?:小米|红米|华为|荣耀|魅族|一加|问界|小鹏|极氪|iPhone|Galaxy)$")
"""Brands whose products are named by a bare number (小米14, 问界M9 aside: the letters mark those)."""
_MONEY_CUE = regex.compile(r"花|钱|薪|工资|收入|赚|挣|价|卖|买|付|费|租|补贴|奖金|罚款|成本|存款|贷款|红包")
"""Words that make a bare 块 after a figure the spoken yuan ("月薪八千块", "花了三千块"; not "切成三块")."""
_CLAUSE_STOP = regex.compile(r"[。，；！？,;!?\n]")
_SIGN_BEFORE = "为是长达至到降于"
"""Characters before a minus that make it a sign ("增长-1.5%", "净利润为-3.5亿元"), not a model's hyphen (运-20)."""
_CLAUSE_END = regex.compile(r"[。，；！？,;!?]|$")
_SPEED = "时速"
_ADJACENT = regex.compile(r"(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<u>十万|百万|千万|[十百千万亿])")
"""Two neighbouring digits before a unit ("二三十人", "三四百万"): a range, twenty to thirty."""
_NEIGHBOURS = regex.compile(r"(?P<p>[一二三四五六七八九]?十|[一二三四五六七八九]百零?)?(?P<a>[一二三四五六七八])(?P<b>[两二三四五六七八九])")
_DIGIT_ORDER = "一二三四五六七八九"
_PLACES = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8}
_BELOW_ZERO = "零下"
_SPOKEN_DECIMAL = regex.compile(r"[一二三四五六七八九][〇一二三四五六七八九]?(?![〇零一二两三四五六七八九十百千万亿\d.])")
"""Digits spoken after a metre ("一米八", "一米七五"): its decimals."""
_BARE_UNITS = {"百": 100.0, "千": 1000.0, "万": 10000.0, "亿": 1e8, "百万": 1e6, "千万": 1e7, "百亿": 1e10, "千亿": 1e11,
               "万亿": 1e12}


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
    for d in find_chinese_dates(norm, zh):
        ex.add(d.start, d.end, d.kind, date=d.iso, season=d.season)
    for pattern in (_ORDINAL, _SESSION):
        for m in pattern.finditer(norm):
            n = m.group("n")
            value = float(n) if n.isdigit() else numeral_value(n)
            if value is not None and pattern is _ORDINAL:
                value = _times(value, _ORDINAL_SCALES[m.group("scale")])  # 第1000万辆: the ten millionth
            if value is not None and value >= 1:
                ex.add(m.start(), m.end(), "ordinal", value=value, low=value, high=value)
    _percent_words(ex, zh)
    _vague(ex, zh)
    for m in _LIST_MARKER.finditer(norm):
        if ex.taken.free(m.start(1), m.end(1)):
            ex.add(m.start(1), m.end(1), "identifier", value=_plain_value(m.group(1)))
    for m in _DAY_RANGE.finditer(norm):  # 1至9月, 3-5日: parts of dates, never counts
        if ex.taken.free(m.start(), m.end()):
            ex.taken.add(m.start(), m.end())
    for m in _MIXED_NUMERAL.finditer(norm):  # 3万5千: digits on both sides of a scale; never half-read
        if ex.taken.free(m.start(), m.end()):
            ex.taken.add(m.start(), m.end())
    _bare_units(ex, zh)
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


def _percent_words(ex, zh: ChineseVocab) -> None:
    """百分之三十 (30 percent), 三成 (30 percent) and 三分之一 (a third, read like the English "a third")."""
    norm = ex.norm
    for m in _PERCENT_WORDS.finditer(norm):
        n = m.group("n")
        value = float(n) if n[0].isdigit() else 100.0 if n == _WHOLE else numeral_value(n)
        if value is None:
            continue
        digits = n if n[0].isdigit() else _digits_of(value)
        hedge, s, end = _hedged(norm, m.start(), m.end(), zh)  # 约百分之十五, 百分之八十以上
        precision, step = figure_precision(digits)
        iv = hedge_interval(value, hedge, precision)
        ex.add(s, end, "percent", value=value, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
               high_inclusive=iv.high_inclusive, hedge=hedge, precision=precision, step=step, unit="percent")
    for m in _TENTHS.finditer(norm):  # 三成 = 30%, 七成以上
        n = m.group("n")
        value = 10.0 * (float(n) if n.isdigit() else numeral_value(n))
        place = 10.0
        if m.group("t"):
            value, place = value + numeral_value(m.group("t")), 1.0
        hedge, s, end = _hedged(norm, m.start(), m.end(), zh)
        iv = hedge_interval(value, hedge, place)
        ex.add(s, end, "percent", value=value, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
               high_inclusive=iv.high_inclusive, hedge=hedge, precision=place, step=place, unit="percent")
    for m in _FRACTION.finditer(norm):  # 三分之二, 约三分之一, 三分之二以上
        d, n = (_plain_value(m.group(k)) for k in ("d", "n"))
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


def _hedged(norm: str, start: int, end: int, zh: ChineseVocab) -> tuple[str, int, int]:
    """(hedge, start, end) of a figure word at ``start``..``end`` with the hedge written before it (约三成) or,
    failing that, after it (七成以上, 三分之二以上)."""
    hedge, start = hedge_before(norm, start, zh)
    after = zh.pattern("hedge_after").match(norm, end)
    if after and hedge == "none":
        hedge, end = zh.hedge_suffixes[after.group()], after.end()
    return hedge, start, end


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
    if arabic and not signed and _model_number(ex, zh, s, e):
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
            return _adjacent_range(ex, zh, m)  # 一百百, a lone 万: no value, no claim; 二三十人: a range
        value, digits, multiplier = parsed
    found = arabic and zh.pattern("identifier_after").match(norm, e)
    if found:
        return ex.add(s, found.end(), "identifier", value=value)
    if (t := _TIME_AFTER.match(norm, e)) and not (t.group() == "秒" and not norm.endswith("分", 0, s)):
        if arabic:
            ex.taken.add(s, e)  # 9月, 29日, 10点: a date or time without its year, never a count
        return True
    tail = read_tail(norm, e, zh, arabic=arabic or multiplier == 1.0, allow_above=True)
    second = None
    if tail is None:
        probe = Tail(end=e)
        if zh.pattern("range_join").match(norm, e) and (second := _range_second(ex, zh, probe, e, value * multiplier)) is not None:
            tail = probe  # 三到五毫米, 2000至3000人: the second figure's words serve both
        elif not arabic and not (multiplier != 1.0 and _CLAUSE_END.match(norm, e)):
            return False  # 一千二百五十万。 is a figure on its own
        else:
            low, high = ex.vocab.year_range
            if len(m.group()) == 4 and m.group().isdigit() and low <= value <= high:
                return ex.add(s, e, "date", date=m.group())  # 2022北京冬奥会: a year, as in English
            tail = Tail(end=e)
    tail.multiplier *= multiplier
    if tail.bare_classifier and tail.classifier_word == "块" and _spoken_yuan(norm, s) and (
            not _HAN.match(norm, tail.end) or norm[tail.end] in "的了"):  # (三块蛋糕: cakes)
        tail.currency, tail.classifier, tail.bare_classifier, tail.counted = "CNY", False, False, None
    if second is None:
        second = _range_second(ex, zh, tail, e, value * multiplier)
    structured = tail.classifier or tail.unit or tail.currency or tail.multiplier != 1.0 or tail.above
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
    if unit == "kilometer" and norm.endswith(_SPEED, 0, start):
        unit, start = "kilometer / hour", start - len(_SPEED)  # 时速350公里: a speed
    counted = None
    if kind == "count":
        generic = not tail.counted or (tail.bare_classifier and tail.counted in GENERIC_LEMMAS)
        gap = _PERSON_GAP if tail.counted == "person" else None  # 该项目带动就业超过2万人 counts people, not projects
        before = counted_before(ex, start, zh, gap) if generic else None
        counted = before or tail.counted
    full = _times(value, tail.multiplier)
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
    if tail.above:
        return ex.add(start, tail.end, kind, value=full, low=full, high=full + precision, low_inclusive=False,
                      high_inclusive=False, hedge="more_than", precision=precision, step=step, unit=unit,
                      counted=counted)
    iv = hedge_interval(full, hedge, precision, whole=kind in ("count", "money", "measure", "duration", "percent"))
    return ex.add(start, tail.end, kind, value=full, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive,
                  high_inclusive=iv.high_inclusive, hedge=hedge, precision=precision, step=step, unit=unit,
                  counted=counted)


def _spoken_yuan(norm: str, s: int) -> bool:
    """Whether the clause before ``s`` names money, so that a bare 块 after the figure is the yuan."""
    lo = max(0, s - 16)
    for stop in _CLAUSE_STOP.finditer(norm, lo, s):
        lo = stop.end()
    return _MONEY_CUE.search(norm, lo, s) is not None


def _model_number(ex, zh: ChineseVocab, s: int, e: int) -> bool:
    """Record the name of a product, standard or floor whose number stands at ``s``..``e`` ("华为Mate 60 Pro",
    "iOS 17.2版本", "ISO 9001认证", "波音737 MAX", "小米14", "T3座15层") as an identifier: a number that names
    something counts nothing.  False when the number has a unit, currency or measure word after it."""
    norm = ex.norm
    floor = s > 1 and norm[s - 1] in "座楼栋幢" and (norm[s - 2].isalnum() and norm[s - 2].isascii() or norm[s - 2] == "号") \
        and norm.startswith("层", e)  # A座15层, 3号楼12层 (not 这座楼15层以上, a count of storeys)
    after = None if floor else _MODEL_WORD_AFTER.match(norm, e)
    word = None
    if not floor and s > 1 and norm[s - 1] == " ":
        word = _MODEL_WORD_BEFORE.search(norm, max(0, s - 16), s)
    brand = not (floor or after or word) and _BRAND_BEFORE.search(norm, max(0, s - 6), s)
    if not (floor or after or word or brand):
        return False  # (the cheap tests first: most figures stop here)
    end = after.end() if after else e
    if floor:
        return ex.add(s, e + 1, "identifier")
    if after is None and not (end == len(norm) or _HAN.match(norm, end) or norm[end] in "，。、；：！？）)》”,;:!?"):
        return False
    tail = read_tail(norm, e, zh, True, True)
    if tail is not None and (tail.unit or tail.currency or tail.classifier or tail.multiplier != 1.0 or tail.counted):
        return False
    if word:
        return ex.add(word.start("w"), end, "identifier")
    if brand or (after and _HAN.match(norm, s - 1)):
        return ex.add(s, end, "identifier")
    return False


def _adjacent_range(ex, zh: ChineseVocab, m) -> bool:
    """Record "二三十人" (20 to 30 people) when the numeral at ``m`` is two neighbouring digits and a unit."""
    run = _ADJACENT.fullmatch(m.group())
    if run is None:
        return _adjacent_digits(ex, zh, m)
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


def _adjacent_digits(ex, zh: ChineseVocab, m) -> bool:
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
    low, high = _times(low, tail.multiplier), _times(high, tail.multiplier)
    return ex.add(m.start(), tail.end, "number_range", low=low, high=high, hedge="range", unit=unit,
                  counted=tail.counted if kind == "count" else None, precision=tail.multiplier, step=tail.multiplier)


def _range_second(ex, zh: ChineseVocab, tail: Tail, e: int, first: float) -> Optional[tuple[float, int]]:
    """(high value, end) when the figure ``first`` opens a range "20至30个", "5%-7%", "1.5万到2万", "8000至1.2万"."""
    if tail.above or tail.hedge != "none":
        return None
    join = zh.pattern("range_join").match(ex.norm, tail.end) or zh.pattern("range_join").match(ex.norm, e)
    if not join:
        return None
    m = zh.pattern("core").match(ex.norm, join.end())
    if not m or not ex.taken.free(m.start(), m.end()) or _TIME_AFTER.match(ex.norm, m.end()):
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
    return _times(high, mult), second.end


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


def _times(value: float, multiplier: float) -> float:
    """``value`` x ``multiplier`` in decimal, so 4.35亿 is 435,000,000 and not 434,999,999.99999994."""
    return float(Decimal(repr(value)) * Decimal(repr(multiplier)))


def _plain_value(text: str) -> Optional[float]:
    return float(text) if text.isdigit() else numeral_value(text)


def _digits_of(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)
