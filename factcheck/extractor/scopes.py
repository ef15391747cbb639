"""Time scopes: "over the past ten years", "2012 to 2017", "since the 18th CPC National Congress".

``find_scopes`` finds the phrases in a text; ``scope_period`` turns one into
the years it covers, so the verdict code can tell whether two claims
measure the same period.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

import regex

from ..triggers import TextProbe
from ..vocab import REGEX_TIMEOUT, Vocabulary
from .chinese.numerals import chinese_number
from .chinese.script import has_cjk
from .numbers import word_value
from .windows import scan

_AS_OF = regex.compile(r"(?i)\b(?:by|as of|as at|end of)\b")
_APPOSED_THEN_TIME = regex.compile(r",[ \t]+")
"""Only a comma between a figure set off by commas and a time phrase after it."""
_IN_DATED = regex.compile(r"(?i)in\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b")
"""A time phrase of a month and year or a year ("in October 2019", "in 2024")."""
_FIGURE_NEXT = regex.compile(r"[ \t]*[-+(]?[$€£¥]?\d")
_IN_YEAR = regex.compile(r"(?i)(?:in|for|during)\s+(?:fiscal\s+)?(?:1[89]|20)\d\d(?!\d)")
"""A period that is a year ("in 2021"), written right after a figure: that figure's own year."""


@dataclass(frozen=True)
class ScopeMatch:
    """A scope phrase found in the text."""

    start: int
    end: int
    kind: str
    text: str
    groups: tuple = ()
    """The pattern's named groups that matched, as (name, text) pairs."""


@dataclass(frozen=True)
class Period:
    """Years a scope covers; ``end=None`` means up to the as-of date."""

    kind: str  # relative | absolute | current | vague
    start: Optional[int] = None
    end: Optional[int] = None
    length: Optional[float] = None


def find_scopes(norm: str, vocab: Vocabulary, windows=None, probe: Optional[TextProbe] = None) -> list[ScopeMatch]:
    """All scope phrases in a normalised text (or in its ``windows``), earliest first, never overlapping (a
    pattern whose trigger words the text lacks is not run; ``probe``: the text's ``triggers.TextProbe``)."""
    found = []
    if has_cjk(norm):
        windows = None  # Chinese lines are dense with figures: one scan per pattern beats one per window
    triggers = vocab.compiled["triggers"]
    probe = TextProbe(norm) if probe is None else probe
    held = probe.held() if windows != [] else 0  # (no window: nothing to find)
    for kind, pattern in _scope_patterns(norm, vocab):
        trigger = triggers.get(pattern)
        if trigger is not None and trigger.mask & held != trigger.mask:
            continue  # (its needs are missing: the test scan makes, without the call)
        try:
            for m in scan(pattern, norm, windows, trigger, probe, timeout=REGEX_TIMEOUT):
                if m.end() > m.start():
                    groups = tuple(sorted((k, v) for k, v in m.groupdict().items() if v))
                    found.append(ScopeMatch(m.start(), m.end(), kind, m.group().strip(), groups))
        except TimeoutError:
            continue
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out, end = [], -1
    for s in found:
        if s.start >= end:
            out.append(s)
            end = s.end
    return out


def _scope_patterns(norm: str, vocab: Vocabulary) -> tuple:
    """The vocabulary's scope patterns worth running on ``norm``: those written in Chinese only on text with
    Han characters (the split is kept in ``vocab.compiled``, built once per vocabulary)."""
    split = vocab.compiled.get("scope_patterns_by_script")
    if split is None:
        latin = tuple(p for p in vocab.scopes if not has_cjk(p[1].pattern))
        split = vocab.compiled["scope_patterns_by_script"] = (latin, vocab.scopes)
    return split[1] if has_cjk(norm) else split[0]


def scope_period(text: Optional[str], vocab: Vocabulary) -> Optional[Period]:
    """The period a scope phrase names, or None when it names none."""
    if not text:
        return None
    for kind, pattern in vocab.scopes:
        try:
            m = pattern.search(text, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            continue
        if not m:
            continue
        g = {k: v for k, v in m.groupdict().items() if v}
        if kind == "relative":
            n = word_value(g.get("n", "").strip(), vocab) or chinese_number(g.get("n")) or 1.0
            span = g.get("span", "year").lower()
            years = n * (10 if span.startswith("decade") else 1)
            return Period("relative", length=years)
        if kind == "absolute":
            start = int(g["from"]) if "from" in g else None
            end = int(g["to"]) if "to" in g else (start if "from" in g and "since" not in text.lower() else None)
            return Period("absolute", start, end)
        if kind == "anchored":
            for anchor, year in vocab.scope_anchors:
                if anchor.search(g.get("anchor", text)):
                    return Period("absolute", year, None)
            return Period("vague")
        return Period(kind)
    return None


def as_of_year(text: Optional[str], vocab: Vocabulary) -> Optional[int]:
    """The year a scope says its figure stands at ("by the end of 2021" -> 2021)."""
    period = scope_period(text, vocab)
    if period and period.kind == "absolute" and period.end is not None and _AS_OF.search(text or ""):
        return period.end
    return None


def nearest_scope(scopes, starts, sentence, clause, start, end, norm: str = "") -> Optional[ScopeMatch]:
    """The scope phrase of a claim: the last one before it in its sentence, else the first after it in its clause
    -- "in <year>" after it in its own clause wins over a phrase of an earlier clause.  A phrase before the
    claim in a clause the claim is not part of (``norm``: the text) is not its scope (see ``_closed_off``)."""
    i = bisect.bisect_left(starts, sentence[0])
    before = after = None
    while i < len(scopes) and scopes[i].start < sentence[1]:
        sc = scopes[i]
        if sc.end <= start:
            if not (norm and (_closed_off(norm, sentence[0], sc, start) or _earlier_figures(norm, sentence[0], sc,
                                                                                              start)
                              or _compared_figures(norm, sentence[0], sc)
                              or (possessive(sc.text) and _DIGIT_RUN.search(norm, sc.end, start)))):
                # (a month's own figure, "April's peak of 14.7%", is no later figure's month)
                before = sc
        elif sc.start >= end and sc.end <= clause[1] and after is None and not (
                norm and not right_after(norm, end, sc) and (_compared_figures(norm, end, sc)
                                                             or _nearer_figure(norm, end, sc))):
            after = sc  # (not "rose to $81.5 billion from $53.8 billion in 2021": 2021 is the $53.8 billion's)
        elif after is None and norm and sc.start >= end and _APPOSED_THEN_TIME.fullmatch(norm, end, sc.start) and (
                _IN_DATED.match(sc.text)) and not _FIGURE_NEXT.match(norm, sc.end):
            return sc  # "its final report, of about 1,700 pages, in September 2024": the aside's thing's time (not
            # "earned $5 million, in 2019 $7 million": the next figure's)
        i += 1
    in_year = after is not None and _IN_YEAR.match(after.text) is not None
    own = norm and right_after(norm, end, after) and (in_year or after.text[:3].lower() == "in ") if after else False
    if own or in_year and (before is None or before.end <= clause[0]):
        return after  # "In 2022, revenue rose to $31.6 billion, compared with $29.7 billion in 2021"; "rose from
        # 8.1 million in 2017 to 10.2 million in 2018", "4.25% in December 2022": the time right after a figure is
        # its own
    return before or after


_ASIDE_OPENS = regex.compile(r"(?i)\s*(?:which|who|whom|whose|where|when|[a-z]{3,}(?:ed|en)|built|set up|held|made|won)\b")
"""What opens a clause set off by commas inside a sentence: a relative word or a participle ("China, which
took over the seat in 1971, now has ...", "the initiative, launched in 2021, has been joined by ...")."""
_NEW_CLAUSE = regex.compile(
    r",\s*(?:and\s+|but\s+)?(?:that|which|who|whom|whose|where|while|whereas|although|though|because|if"
    r"|(?:under|in|by|through|with|for|of|from|to)\s+(?:which|whom))\b")
"""A comma and a word that opens a clause of its own ("proposed in 2013, under which China has signed ...",
"made four trips in 2023, that the railway ...")."""


def possessive(phrase: str) -> bool:
    """Whether a phrase of time is a month's possessive ("April's peak of 14.7%"): its own figure's time alone."""
    return phrase[-2:] in ("'s", "’s")


def right_after(norm: str, end: int, scope: ScopeMatch) -> bool:
    """Whether a scope phrase follows a figure ending at ``end`` with nothing but blanks between ("8.1 million in
    2017"): the figure's own time, whatever the sentence says elsewhere."""
    return scope.start >= end and not norm[end:scope.start].strip()


_COMPARED_FIGURE = regex.compile(r"(?i)\b(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+\S*\d[\d.,]*"
                                 r"(?:\s+(?:million|billion|trillion|thousand|percent|per\s+cent))?"
                                 r"(?:\s+[a-z]+){0,2}\s*$")
"""A figure another is compared with, right before a phrase of time ("against 936,222 in 2021", "from $53.8
billion in 2021"): the time is that figure's."""


_DIGIT_RUN = regex.compile(r"\d")
_LAST_FIGURE = regex.compile(r"\d[\d,.]*%?[^\d]*$")


def _nearer_figure(norm: str, end: int, scope: ScopeMatch) -> bool:
    """Whether another figure stands between a claim ending at ``end`` and a phrase of time after it, with no
    comma between that figure and the phrase ("well below 14.7% but far above the 3.6% recorded in February":
    February is the 3.6%'s)."""
    last = _LAST_FIGURE.search(norm, end, scope.start)
    return last is not None and "," not in last.group()


def _compared_figures(norm: str, lo: int, scope: ScopeMatch) -> bool:
    """Whether a scope phrase is the time of a figure that another is compared with, right before it."""
    return _IN_YEAR.match(scope.text) is not None and bool(
        _COMPARED_FIGURE.search(norm, max(lo, scope.start - 60), scope.start))


_FROM_FIGURE = regex.compile(r"(?i)\bfrom\s+\S*\d[\d.,]*(?:\s+[a-z]+){0,2}\s*$")
_TO_NEXT = regex.compile(r"\s*(?:to|-|–)\s*$")


def _earlier_figures(norm: str, sentence_start: int, scope: ScopeMatch, claim_start: int) -> bool:
    """Whether a scope phrase is the year of the earlier figure of a change, between it and the claim ("rose
    from $5 in 2019 to $7": 2019 is the $5's year, not the $7's)."""
    return bool(_TO_NEXT.fullmatch(norm, scope.end, claim_start)) and bool(
        _FROM_FIGURE.search(norm, max(sentence_start, scope.start - 60), scope.start))


_ORIGIN_BEFORE = regex.compile(r"(?i)\b(?:founded|established|formed|created|incorporated|born|launched|set\s+up)\s+$")
_FINITE = regex.compile(r"(?i)\b(?:has|have|had|is|are|was|were|will|would)\b")
_JOINED_CLAUSE = regex.compile(r"\s*(?:,\s*(?:and|but|while|whereas)|;)\s")
"""A comma and a word that joins a clause of its own, or a semicolon."""


def _closed_off(norm: str, sentence_start: int, scope: ScopeMatch, claim_start: int) -> bool:
    """Whether a scope phrase before a claim lies in a clause that closes before the claim: an aside set off by
    commas that a relative word or participle opens, or a clause followed by one that opens a clause of its own.
    A phrase that opens the sentence ("Since 2013, ...") is the whole sentence's."""
    if not norm[sentence_start:scope.start].strip(" \t\n\"'(-*•"):
        return False
    between = norm[scope.end:claim_start]
    if _NEW_CLAUSE.search(between):
        return True
    if _ORIGIN_BEFORE.search(norm, max(sentence_start, scope.start - 16), scope.start) and _FINITE.search(between):
        return True  # "the company founded in 2003 has now built more than 3 million cars": when it was founded
    joined = _JOINED_CLAUSE.search(between) if scope.text[:3].lower() == "in " else None
    if joined and not any(ch.isdigit() for ch in between[:joined.start()]):
        opened = max(norm.rfind(",", sentence_start, scope.start), norm.rfind(";", sentence_start, scope.start))
        if not any(ch.isdigit() for ch in norm[max(opened, sentence_start):scope.start]):
            return True  # "Excavation began in January 2004, and some 12,000 workers were on the site each day":
            # the date of an event a clause of no figure tells, not the period of the next clause's figure
    comma_after = between.find(",")
    if comma_after < 0:
        return False
    comma_before = norm.rfind(",", sentence_start, scope.start)
    if comma_before < 0:  # "Built in 2018 by Imabari, the Ever Given is 399.94 m long": an opening participle
        return bool(_ASIDE_OPENS.match(norm, sentence_start, scope.start))
    return bool(_ASIDE_OPENS.match(norm, comma_before + 1, scope.start))
