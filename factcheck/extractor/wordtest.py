"""Cheap tests before patterns run over a clause: are all the words of one phrase there (``may_hold``), is one
of a pattern's clues written (``written``), can a phrase open the text after a figure (``may_open``)?  And a
``$``-anchored pattern searched backwards (``ends_with``).  None changes what a pattern finds.

The frame vocabulary's phrase patterns (``framevocab._anywhere``: measure
nouns, property words) are long alternations that the regex engine tries at
every offset of a clause, while most clauses hold none of the phrases.  A
match of such a pattern holds each run of letters of its phrase as a whole
run of letters of the clause (the pattern is bounded by ``(?<![\\w-])`` and
``(?![\\w-])``, and inside a phrase only blanks, hyphens and other non-letters
separate its words), so a clause whose words (lower case) miss a word of
every phrase cannot match.  The test does not tell when the lower case of
the clause has another length or the clause holds a character the regex
module matches to an ASCII letter (``triggers.CASE_ODDITIES``): the pattern
then runs.
"""
from __future__ import annotations

from typing import Optional

import regex

from ..triggers import CASE_ODDITIES, edge_of

_LETTERS = regex.compile(r"[a-z]+")
_INDEXES: dict = {}
"""id(phrases) -> (phrases, index); the phrases are held, so their id is not reused while the entry lives."""


def _index(phrases) -> Optional[dict]:
    """First word -> the word sets of the phrases opening with it; None when a phrase does not open with an
    ASCII letter (the test would not tell)."""
    entry = _INDEXES.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        return entry[1]
    index: Optional[dict] = {}
    for phrase in phrases:
        words = _LETTERS.findall(" ".join(str(phrase).lower().split()))
        if not words or not str(phrase).lower().lstrip().startswith(words[0]):
            index = None
            break
        index.setdefault(words[0], []).append(frozenset(words))
    if len(_INDEXES) > 16:  # vocabularies built by tests
        _INDEXES.clear()
    _INDEXES[id(phrases)] = (phrases, index)
    return index


def clause_words(text: str, cache: dict) -> Optional[frozenset]:
    """The runs of letters of a clause in lower case, once per clause; None when they would not tell."""
    key = ("letter runs", text)
    if key not in cache:
        low = text.lower()
        cache[key] = None if len(low) != len(text) or (not text.isascii() and any(
            ch in text for ch in CASE_ODDITIES)) else frozenset(
            _LETTERS.findall(low))
    return cache[key]


def may_hold(text: str, phrases, cache: dict) -> bool:
    """False when no phrase of ``phrases`` (the phrases a ``framevocab._anywhere`` pattern was built from, or
    the measure phrases, bounded by ``(?<!\\w)`` and ``(?!\\w)``) can match in ``text``; True when ``phrases``
    is None (not known)."""
    index = _index(phrases) if phrases is not None else None
    words = clause_words(text, cache) if index is not None else None
    if words is None:
        return True
    for first in index.keys() & words:
        for need in index[first]:
            if need <= words:
                return True
    return False


def phrases_in(pattern: "regex.Pattern", text: str, phrases, cache: dict) -> list:
    """``list(pattern.finditer(text))`` for a pattern built from ``phrases`` as ``may_hold`` reads them, matched
    only where a run of letters that opens one of the phrases starts (every match starts there), not at every
    offset; the letter runs of a clause are read once."""
    index = _index(phrases) if phrases is not None else None
    runs = _letter_runs(text, cache) if index is not None else None
    if runs is None:
        return list(pattern.finditer(text))
    found, end = [], 0
    for start, word in runs:
        if start >= end and word in index:
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def _letter_runs(text: str, cache: dict) -> Optional[list]:
    """(start, run) of every run of letters of a clause in lower case, once per clause; None when they would
    not tell (as ``clause_words``)."""
    key = ("letter run starts", text)
    if key not in cache:
        words = clause_words(text, cache)
        cache[key] = None if words is None else [(m.start(), m.group()) for m in _LETTERS.finditer(text.lower())]
    return cache[key]


def in_clause(pattern: "regex.Pattern", text: str, cache: dict, clues: tuple = ()):
    """``pattern.search(text)``, once per clause; None at once when the clause holds none of ``clues``."""
    key = (id(pattern), text)
    if key not in cache:
        cache[key] = pattern.search(text) if written(text, clues, cache) else None
    return cache[key]


def written(text: str, clues: tuple, cache: dict) -> bool:
    """Whether one of ``clues`` is written in ``text`` in any case (always, with no clues).  Every match of the
    pattern a clue list stands for holds one of them; none holds i, s or k, which the regex module also reads
    in İ, ſ and the Kelvin sign, so lower case tells."""
    if not clues:
        return True
    key = ("lower", text)
    low = cache.get(key)
    if low is None:
        low = cache[key] = text.lower()
    for clue in clues:
        if clue in low:
            return True
    return False


_REVERSED: dict = {}
"""A pattern's source -> the same pattern searched backwards (``(?r)``)."""


def ends_with(pattern: regex.Pattern, text: str) -> bool:
    """Whether ``pattern`` (one anchored at the end with ``$``, as ``framevocab._ending`` builds) matches in
    ``text``: searched backwards from the end, where it can only match, instead of from every offset."""
    reverse = _REVERSED.get(pattern.pattern)
    if reverse is None:
        reverse = _REVERSED[pattern.pattern] = regex.compile("(?r)" + pattern.pattern, pattern.flags)
    return reverse.search(text) is not None


_EDGES: dict = {}
"""id(phrases) -> (phrases, their ``triggers.Edge``)."""


def may_open(text: str, phrases) -> bool:
    """False when no phrase of ``phrases`` (a ``framevocab._starting`` pattern's) can open ``text`` past its
    blanks, by the one-character test of ``triggers.Edge``; True when it cannot tell (or ``phrases`` is None)."""
    if phrases is None:
        return True
    entry = _EDGES.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        if len(_EDGES) > 64:  # vocabularies built by tests
            _EDGES.clear()
        entry = _EDGES[id(phrases)] = (phrases, edge_of(phrases, folded=True))
    return entry[1] is None or entry[1].may_match(text, 0)
