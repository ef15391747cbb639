"""What surrounds a Chinese figure: scale, 多/余, measure word, unit or currency, counted noun, hedges.

``read_tail`` reads what follows a figure; ``hedge_before``, ``currency_before``
and ``counted_before`` what precedes it.  Used by figures.py.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

import regex

from ...vocab_zh import ChineseVocab
from ..nouns import lemma
from .script import has_cjk

_HAN = regex.compile(r"\p{Han}")
_BEFORE_NOUN_STOP = regex.compile(r"[,;:。！？!?\"「」『』()、]")
_HEDGE_FILLER = "有达为"
_NOUN_GAP = 10
"""Characters of modifiers allowed between a measure word and its noun ("200多份共建“一带一路”合作文件")."""
_ABOVE_AFTER_UNIT = regex.compile(r"(?:多|余)(?![次个项家地种名国年人位件条批场届所处样方面些])")
_HALVES = frozenset({"year", "day", "hour", "week"})
_NOT_HALF = regex.compile(r"[数导岛决年月天夜场价径山坡边截生期小时]")
"""After 年半 / 天半 these make another word (半数, 半导体, 半岛 …), not "and a half"."""
_ALNUM = regex.compile(r"[0-9A-Za-z\p{Han}]")
GENERIC_LEMMAS = frozenset({"person", "time"})
"""Measure words that say little: a noun named before them in the clause says what is counted
("派出维和人员5万余人次" counts peacekeepers, "出访42次" trips)."""


@dataclass
class Tail:
    """What follows a figure: scale, 多/余, measure word, unit or currency, counted noun, hedge."""

    end: int
    multiplier: float = 1.0
    above: bool = False
    unit: Optional[tuple[str, str]] = None
    currency: Optional[str] = None
    currency_word: str = ""
    classifier: bool = False
    bare_classifier: bool = False  # a measure word with no noun after it ("出访42次", "5万余人次")
    counted: Optional[str] = None
    hedge: str = "none"
    half: bool = False  # 两个半小时, 三年半: a half after the measure word or unit
    classifier_word: str = ""


def read_tail(norm: str, pos: int, zh: ChineseVocab, arabic: bool, allow_above: bool) -> Optional[Tail]:
    """Read scale, 多/余, unit or currency or measure word, noun and hedge after a figure ending at ``pos``
    (one blank between the figure and its Chinese words is allowed: "181 个国家")."""
    if norm.startswith(" ", pos) and _HAN.match(norm, pos + 1):
        pos += 1
    t = Tail(end=pos)
    p = zh.pattern
    if allow_above and (m := p("above").match(norm, t.end)):
        t.above, t.end = True, m.end()
    if arabic and (m := p("scale").match(norm, t.end)):
        unit = p("unit").match(norm, t.end)
        if not (unit and unit.end() > m.end()):  # 5300千米 is kilometres, not 5300 thousand metres
            t.multiplier, t.end = zh.scales[m.group()], m.end()
    if allow_above and not t.above and (m := p("above").match(norm, t.end)):
        t.above, t.end = True, m.end()
    if m := p("hedge_after").match(norm, t.end):
        t.hedge, t.end = zh.hedge_suffixes[m.group()], m.end()
    elif norm.startswith("来", t.end) and (p("classifier").match(norm, t.end + 1) or p("unit").match(norm, t.end + 1)):
        t.hedge, t.end = "approx", t.end + 1  # 十来个, 二十来岁: about (not 三年来, where 来 follows the unit)
    if m := p("currency").match(norm, t.end):
        t.currency, t.currency_word, t.end = zh.currencies[m.group()], m.group(), m.end()
    elif m := p("unit").match(norm, t.end):
        t.unit, t.end = zh.units[m.group()], m.end()
        t.multiplier *= zh.unit_factors.get(m.group(), 1.0)
        t.above = t.above or "多" in m.group()
        if t.unit[0] in _HALVES and norm.startswith("半", t.end) and not _NOT_HALF.match(norm, t.end + 1):
            t.half, t.end = True, t.end + 1  # 三年半, 两天半: and a half
        if allow_above and not t.above and (a := _ABOVE_AFTER_UNIT.match(norm, t.end)):
            t.above, t.end = True, a.end()  # 三年多, 5公里多 (not 3年多次)
    elif (m := p("classifier").match(norm, t.end)) and not _longer_noun(norm, t.end, m.end(), zh):
        t.classifier, t.end, t.classifier_word = True, m.end(), m.group()
        t.counted = zh.classifiers[m.group()]
        if allow_above and not t.above and (a := p("above").match(norm, t.end)) and (
                p("unit").match(norm, a.end()) or m.group() == "倍"):
            t.above, t.end = True, a.end()  # 三个多月, 两倍多
        if u := p("unit").match(norm, t.end):
            t.unit, t.end, t.counted = zh.units[u.group()], u.end(), None
            t.multiplier *= zh.unit_factors.get(u.group(), 1.0)
        elif m.group() == "个" and norm.startswith("半", t.end) and (u := _half_unit(norm, t.end + 1, zh)):
            t.unit, t.end, t.counted, t.half = zh.units[u[0]], u[1], None, True
        elif noun := _noun_after(norm, t.end, zh, gap=_NOUN_GAP):
            t.counted, t.end = noun
        else:
            t.bare_classifier = True
    elif noun := _noun_after(norm, t.end, zh, gap=0):
        t.counted, t.end = noun
    if t.hedge == "none" and (m := p("hedge_after").match(norm, t.end)):
        t.hedge, t.end = zh.hedge_suffixes[m.group()], m.end()
    if t.hedge == "none" and norm.startswith("+", t.end) and not _ALNUM.match(norm, t.end + 1):
        t.hedge, t.end = "plus", t.end + 1  # 100万+, 500+: N or more, as the English "100,000+"
    if t.end == pos:
        return None
    return t


def _half_unit(norm: str, pos: int, zh: ChineseVocab) -> Optional[tuple[str, int]]:
    """(unit word, end) of the unit after "个半" at ``pos``, read with its 个 ("两个半月": 个月)."""
    for word in (norm[pos:pos + 4], "个" + norm[pos:pos + 3]):
        u = zh.pattern("unit").match(word)
        if u:
            return u.group(), pos + u.end() - (1 if word[0] == "个" and norm[pos] != "个" else 0)
    return None


def _longer_noun(norm: str, pos: int, end: int, zh: ChineseVocab) -> bool:
    """Whether a noun at ``pos`` reaches past a measure word ending at ``end`` (人口 is a noun, not 人 + 口)."""
    m = zh.pattern("noun").match(norm, pos)
    return bool(m and m.end() > end)


def _noun_after(norm: str, pos: int, zh: ChineseVocab, gap: int) -> Optional[tuple[str, int]]:
    """(English lemma, end) of a counted noun at ``pos``, or after up to ``gap`` Han characters of modifiers."""
    noun = zh.pattern("noun")
    for k in range(gap + 1):
        i = pos + k
        if k and (i > len(norm) or not (_HAN.match(norm, i - 1) or norm[i - 1] in "\"'") or norm[i - 1] in "的和与及或等"):
            return None
        m = noun.match(norm, i)
        if m and not norm.startswith("级", m.end()):  # 国家级新区: national-level, no country counted  # after modifiers the quote stops at the measure word: the modifiers may hold a name
            return zh.nouns[m.group()], (m.end() if k == 0 else pos)
    return None


_NOUN_STOPS = frozenset("的和与及或等在是为将从向对到由共均都也又并且而但就才还其该这那此每各以已了被获入参进出达约近超逾")
_UNKNOWN_NOUN = 3
_CHANGE_VERB = regex.compile(r"增长|增加|提高|提升|下降|减少|上升|上涨|下滑|回落|降低|扩大|缩小|增至|减至|降至|升至|翻番|翻了")
"""Verbs of change that may follow a bare measure word where a counted noun would stand."""
"""How many Han characters after a bare measure word are read as the noun it counts when the vocabulary does not
know it ("4.8万所幼儿园": 幼儿园; a longer noun is cut alike in every source, so it still names one thing)."""


def unknown_noun_after(norm: str, pos: int) -> Optional[str]:
    """The Han characters at ``pos`` (at most ``_UNKNOWN_NOUN``, up to a particle, a conjunction or a verb of
    counting) taken as the noun a bare measure word counts, in Chinese; None when none stand there."""
    if _CHANGE_VERB.match(norm, pos):
        return None  # "比1971年的51个增加了130个": a verb of change follows, no noun
    end = pos
    while end < len(norm) and end - pos < _UNKNOWN_NOUN and _HAN.match(norm, end) and norm[end] not in _NOUN_STOPS:
        end += 1
    return norm[pos:end] if end > pos else None


def counted_before(ex, start: int, zh: ChineseVocab, gap: Optional[int] = None) -> Optional[str]:
    """The counted noun named earlier in the clause, after any earlier claim ("建交国家增至181个" counts countries);
    with ``gap``, only a noun ending at most ``gap`` characters before the figure ("派出维和人员5万余人次")."""
    norm = ex.norm
    lo = max(0, start - 24)
    i = bisect.bisect_left(ex.taken.starts, start) - 1
    if i >= 0:
        lo = max(lo, ex.taken.ends[i])
    stop = None
    for stop in _BEFORE_NOUN_STOP.finditer(norm, lo, start):
        pass
    lo = stop.end() if stop else lo
    last = None
    for last in zh.pattern("noun_long").finditer(norm, lo, start):
        pass
    if last is None or (gap is not None and last.end() < start - gap):
        return None
    return zh.nouns[last.group()]


def hedge_before(norm: str, s: int, zh: ChineseVocab) -> tuple[str, int]:
    """(hedge, new start) for a hedge word written right before offset ``s`` (约, 超过, 近 …; also 约有)."""
    end = s
    if end > 0 and norm[end - 1] == " ":  # "超过 181 个"
        end -= 1
    ends = (end, end - 1) if end > 0 and norm[end - 1] in _HEDGE_FILLER else (end,)  # 多达 is a hedge, 约有 one + 有
    best = None
    for end in ends:
        lo = max(0, end - 4)
        m = zh.pattern("hedge_before").search(norm, lo, end)
        if m and not zh.pattern("hedge_blocker").search(norm, lo, end) and (best is None or m.start() < best.start()):
            best = m  # the longest reading: 大约 + 为 rather than 约为
    return (zh.hedges[best.group()], best.start()) if best else ("none", s)


def currency_before(norm: str, s: int, zh: ChineseVocab) -> Optional[tuple[str, int]]:
    """(ISO code, start) of a currency written right before offset ``s`` (人民币1000元, 新台币500元)."""
    m = zh.pattern("currency_before").search(norm, max(0, s - 4), s)
    return (zh.currency_before[m.group()], m.start()) if m else None


def tail_kind(tail: Tail) -> tuple[str, Optional[str]]:
    """(claim kind, unit) of a figure with this tail: money and its code, a unit's kind and name, else a count."""
    if tail.currency:
        return "money", tail.currency
    if tail.unit:
        return tail.unit[1], tail.unit[0]
    return "count", None




def has_perfect_marker(clause: str, vocab) -> bool:
    """Whether a Chinese clause marks a level reached by now (已, 累计, 十年来 …: zh.yaml ``perfect_markers``),
    as an English present perfect does ("has established relations with 181")."""
    zh = vocab.chinese
    return zh is not None and zh.pattern("perfect").search(clause) is not None


_SENTENCE_END = regex.compile(r"[。！？!?]")
_QUALIFIER_REACH = 8
"""Characters before a figure in which a region or a subset word narrows it ("向非洲的12个国家")."""


def chinese_qualifiers(norm: str, start: int, clause_start: int, vocab) -> tuple[str, ...]:
    """Qualifiers of a figure in a Chinese clause, in the English form of frames: "of which" for 其中, "in africa"
    for a region written just before the figure (at most one of each)."""
    zh = vocab.chinese
    lo = max(clause_start, start - _QUALIFIER_REACH)
    if zh is None or not _HAN.search(norm, lo, start):
        return ()
    out = []
    sentence_lo = max(0, start - 24)
    for stop in _SENTENCE_END.finditer(norm, sentence_lo, start):
        sentence_lo = stop.end()
    if zh.pattern("subset").search(norm, sentence_lo, start):  # "其中，非洲国家53个": 其中 may head the sentence
        out.append("of which")
    region = None
    for region in zh.pattern("region").finditer(norm, lo, start):
        pass
    if region is not None:
        out.append(f"in {zh.regions[region.group()]}")
    return tuple(out)


def chinese_frame_words(norm: str, start: int, end: int, clause: tuple[int, int], vocab) -> tuple[str, tuple[str, ...]]:
    """(predicate lemma, names) of the figure at ``start:end`` in a Chinese clause, read through the glossary in
    English so a Chinese claim meets its English translation: the verb gloss nearest the figure, counted in the
    characters between them ("建立外交关系" -> "established diplomatic relations" -> "establish"; the 受伤 of
    "100余人受伤", not the 死亡 before it), and the glossed proper names (中国 -> "china")."""
    zh = vocab.chinese
    if zh is None or not has_cjk(norm[clause[0]:clause[1]]):  # (an ASCII clause is ruled out without a search)
        return "", ()
    best, distance, names = "", None, []
    for m in zh.pattern("gloss").finditer(norm, clause[0], clause[1]):
        english = zh.glossary[m.group()]
        if english[:1].isupper():
            names.append(english.lower())
            continue
        first = next((w for w in english.split() if w.endswith("ed")), "")  # ("officially opened")
        verb = lemma(first) if first else ""
        d = m.start() - end if m.start() >= end else max(0, start - m.end())  # the gap: "35人死亡、100余人受伤"
        if verb and verb != first and (distance is None or d < distance):
            best, distance = verb, d
    return best, tuple(dict.fromkeys(names))


_LINKERS = ("", "达", "为", "是", "约为", "达到", "共")
"""What may stand between a one-character measure word and its figure ("全长为55公里")."""
_DIGIT = regex.compile(r"\d")
_MAKERS = frozenset("提升增降抬拔延加拓缩严")
"""Characters before a one-character measure word that make it a verb of change ("水位提高1.5米", "延长5公里")."""


_GOES_ON = regex.compile(r"(?:并|且|已|均|共|累计|总计|同比)?(?:达到|达|为|增至|增长到|增加到|升至|降至|减至|下降到|突破|超过|约为|约)")
"""Verbs a Chinese clause opens with when it goes on with the subject of the clause before."""


def chinese_measure(norm: str, start: int, end: int, clause_start: int, kind: str, vocab) -> str:
    """What the figure of ``kind`` at ``start:end`` in a Chinese clause measures, in English, from the nearest
    measure word written before its digits in the clause -- in its quote ("时速350公里") or before it -- and past
    any other figure (zh.yaml ``measures``: "大桥全长55公里" -> "length"); "" when there is none."""
    zh = vocab.chinese
    if zh is None or kind not in zh.measures or not _HAN.search(norm, max(clause_start, start - 12), end):
        return ""
    if _GOES_ON.match(norm, clause_start, start) and clause_start > 0 and norm[clause_start - 1] in "，,；;":
        # a clause that opens with its verb goes on with the clause before ("出口额较去年同期翻了一番，达到2.4万亿美元")
        before = max(norm.rfind(p, 0, clause_start - 1) for p in "，,；;。！？\n") + 1
        clause_start = before if not _DIGIT.search(norm, before, clause_start) else clause_start
    digit = _DIGIT.search(norm, start, end)
    last = None
    for last in zh.pattern(f"measure:{kind}").finditer(norm, clause_start, digit.start() if digit else start):
        pass
    if last is None or _DIGIT.search(norm, last.end(), start):
        return ""
    if len(last.group()) == 1 and (norm[last.end():start] not in _LINKERS or norm[last.start() - 1:last.start()] in _MAKERS):
        return ""
    return zh.measures[kind][last.group()]


_ZH_CHANGE_BEFORE = regex.compile(r"(?:增长|增加|提高|提升|下降|减少|上升|上涨|下滑|回落|降低|扩大|缩小|增|降)了?\s*$")
_ZH_FROM_BEFORE = regex.compile(r"(?:由|从|(?<![占对相之])比)(?:(?:(?:18|19|20)\d\d年(?:底|末)?|上年|去年|上一年|前一年)的?)?\s*$")


def chinese_role(before: str) -> str:
    """The role the Chinese words right before a figure give it: "previous" (由2012年的21.63%提高到…, 比1971年的51个
    增加了130个: the earlier value), "change" (同比增长21.4%, 比上年增加177.6亿斤; 增长到 / 增至 name the new level instead), else ""."""
    if before.isascii():  # (both patterns need Han characters)
        return ""
    if _ZH_FROM_BEFORE.search(before):
        return "previous"
    return "change" if _ZH_CHANGE_BEFORE.search(before) else ""
