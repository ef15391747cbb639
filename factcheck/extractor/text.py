"""Offset-preserving text normalisation, sentences and clauses.

Every normalisation maps one character to one character, so an offset in
the normalised text is the same offset in the original.
"""
from __future__ import annotations

import bisect
import unicodedata

import regex

_SAME_LENGTH = {
    **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060"},
    **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\t"},
    **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"},
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "\uff05": "%", "\uff0c": ",", "\uff0e": ".", "\uff1a": ":", "\uff1b": ";",
    "\u2026": ".", "\uff04": "$", "\uffe5": "\u00a5",
}
_NON_ASCII = regex.compile(
    "[" + regex.escape("".join(c for c in _SAME_LENGTH if not c.isascii())) + r"]|(?=\p{Nd})[^\x00-\x7f]")
"""The characters ``normalize`` changes: the table's, and digits of other scripts (Han text is left alone fast)."""


_ANY_SCRIPT_DIGIT = regex.compile(r"\d")
"""The regex module's digits (its Unicode tables may be newer than ``unicodedata``'s)."""


def _fold_char(m) -> str:
    ch = m.group()
    folded = _SAME_LENGTH.get(ch)
    if folded is not None:
        return folded
    if unicodedata.category(ch) == "Nd" or _ANY_SCRIPT_DIGIT.match(ch):  # a digit of another script
        value = unicodedata.decimal(ch, None)
        return str(value) if value is not None else "#"  # (one newer than Python's Unicode tables: no value)
    return ch


def normalize(text: str) -> str:
    """Fold quotes, dashes, odd spaces and digits of every script to ASCII; same length as ``text``."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(_fold_char, text)


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vs etc inc ltd co corp jr sr gen gov sen rep e.g i.e u.s u.k "
    "d.c n.w n.e s.w s.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec fig approx est".split()
)
_BOUNDARY = regex.compile(r"\n\s*|[.!?]+[\"')\]]*\s+|[.!?](?=[A-Z][a-z])|[。！？]+[\"'」』）)\]]*\s*")


_INITIALS = regex.compile(r"[a-z]|(?:[a-z]\.)+[a-z]")


def sentences(norm: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of a normalised text."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(norm):
        if m.group()[0] == "." and not _ends_sentence(norm, start, m):
            continue
        end = m.start() if m.group()[0].isspace() else m.start() + len(m.group().rstrip())
        if norm[start:end].strip():
            spans.append(_trim(norm, start, end))
        start = m.end()
    if norm[start:].strip():
        spans.append(_trim(norm, start, len(norm)))
    return spans


def _ends_sentence(norm: str, start: int, m) -> bool:
    """Whether the full stop matched by ``m`` closes a sentence (not an abbreviation)."""
    end = k = m.start()
    floor = max(start, end - 40)
    while k > floor and (norm[k - 1].isalnum() or norm[k - 1] in "._"):
        k -= 1
    token = norm[k:end].lower()
    if token in _ABBREVIATIONS or (len(token) < 8 and (len(token) == 1 or "." in token) and _INITIALS.fullmatch(token)):
        return False
    return not (m.end() < len(norm) and norm[m.end()].islower())


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


_CLAUSE_BREAK = regex.compile(r"[;()\[\]「」『』（）]|,(?:(?=\s)|(?<=\p{Han},)|(?=\p{Han}))|\s-\s|--|\.\.\.")
"""Clause breaks; the Chinese comma ， (folded to ",") breaks a clause when a Han character stands beside it.
The enumeration comma 、 is not folded and breaks nothing: "149个国家、32个国际组织" is one list."""


_CONVERSION = regex.compile(r"\(\s*(?:about\s+|c\.\s*|~\s*)?[-−]?[$€£¥]?\d[^()\n;]{0,30}\)")
"""A bracket that restates a figure in another unit ("(3,501 ft)", "(4.6 billion euros)")."""
_FIGURE_BEFORE = regex.compile(r"(?<![\w.,])\d[\d,.]*(?:\s*[^\s()\d]{1,12})?\s*$")
_AND_AFTER = regex.compile(r"\s+(?:and|but|while|whereas)\s")


def clauses(norm: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """(start, end) spans of the clauses of one sentence (split at , ; parentheses and dashes, but not at a
    bracket that restates the figure before it: "1,067 metres (3,501 ft) long" is one clause, which then ends
    at an "and" that opens another: "winds of 175 mph (280 km/h) and a pressure of 908 mbar")."""
    s, e = sentence
    out = []
    start = s
    restated = -1
    for m in _CLAUSE_BREAK.finditer(norm, s, e):
        if m.start() < restated:
            continue
        if m.group() == "(" and (conversion := _CONVERSION.match(norm, m.start(), e)) and _FIGURE_BEFORE.search(
                norm, max(s, m.start() - 24), m.start()):
            restated = conversion.end()
            joined = _AND_AFTER.match(norm, restated, e)
            if joined is None:
                continue
            out.append(_trim(norm, start, restated))
            start = restated = joined.start() + 1
            continue
        if norm[start:m.start()].strip():
            out.append(_trim(norm, start, m.start()))
        start = m.end()
    if norm[start:e].strip():
        out.append(_trim(norm, start, e))
    return out or [sentence]


def enclosing(spans: list[tuple[int, int]], starts: list[int], offset: int) -> tuple[int, int]:
    """The span of ``spans`` (sorted, with their ``starts``) that holds ``offset``, or the nearest before it."""
    i = bisect.bisect_right(starts, offset) - 1
    return spans[max(i, 0)] if spans else (0, 0)
