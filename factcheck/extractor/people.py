"""Figures said of people: an age written before its number ("aged 34", "at the age of 87", "Age at finish:
64"), an age set between commas after a name or role ("Jane Smith, 45, was arrested"), and the word "one"
counting a person ("One person died"), which on its own counts nothing."""
from __future__ import annotations

import regex

from ..vocab import Vocabulary
from .dates import WEEKDAYS

_AGED = regex.compile(r"(?i)(?:\baged|\bage\s+of|\bage\b[^\n.:;]{0,14}:)\s+"
                      r"(?:(?:between|from|over|under|about|around|just|nearly|almost)\s+)?$")
_BEFORE_APPOSITIVE = regex.compile(r"\b([A-Za-z][a-z]+),[ \t]+$")
_PERSON_ROLES = frozenset((
    "founder", "victim", "driver", "owner", "director", "chief", "mother", "father", "son", "daughter", "wife",
    "husband", "brother", "sister", "teacher", "student", "suspect", "president", "manager", "executive",
    "officer", "worker", "player", "singer", "actor", "actress", "chairman", "chairwoman", "widow", "pilot",
    "nurse", "doctor", "farmer", "captain", "coach", "striker", "mayor", "minister", "grandmother", "grandfather"))
"""Nouns naming a person, after which ", 58," is the person's age."""
_ONE_HEAD = regex.compile(r"\s+([a-z]+)\b(?!['’]s|-)")
_NOT_ONE = regex.compile(r"(?i)\b(?:no|any|every|each|the|that|this|which)\s+$")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
_DECADE_AGE = regex.compile(
    r"(?i)\b(?:his|her|their|its|my|your|our|one's)\s+(?:(?P<part>early|mid|late)[\s-]+)?"
    rf"(?:(?P<d>[1-9])0['’]?s|(?P<w>{'|'.join(_DECADE_WORDS)}))\b")
_PARTS = {None: (0, 10), "early": (0, 4), "mid": (3, 7), "late": (6, 10)}
"""The years of a decade of age that "early", "mid" and "late" leave (about a third each, as for the 1990s)."""


def decade_ages(norm: str) -> list[tuple[int, int, float, float]]:
    """(start, end, low, high) of each age given as a decade of life ("in his 40s", "in her late thirties"):
    the years from ``low`` up to, not including, ``high``; the quote starts at the decade."""
    if "0s" not in norm and "0's" not in norm and "ties" not in norm:
        return []
    out = []
    for m in _DECADE_AGE.finditer(norm):
        tens = 10 * (int(m.group("d")) if m.group("d") else _DECADE_WORDS[m.group("w").lower()])
        a, b = _PARTS[m.group("part").lower() if m.group("part") else None]
        start = m.start("part") if m.group("part") else m.start("d") if m.group("d") else m.start("w")
        out.append((start, m.end(), float(tens + a), float(tens + b)))
    return out


def aged_before(norm: str, s: int) -> bool:
    """Whether an age is named right before the figure starting at ``s`` ("aged", "at the age of", "Age:")."""
    before = norm[max(0, s - 16):s]
    return ("ge" in before or "GE" in before) and bool(_AGED.search(norm, max(0, s - 16), s))


def appositive_age(norm: str, s: int, e: int, value: float, sentence_start: int, vocab: Vocabulary) -> bool:
    """Whether a whole number between commas right after a person's name or role is an age: "Jane Smith, 45,
    was arrested", "The company's founder, 58, stepped down" (never "In 2019, 45, ..." opening a sentence)."""
    if not (1 <= value <= 120 and value == int(value) and norm.startswith(",", e)):
        return False
    m = _BEFORE_APPOSITIVE.search(norm, max(0, s - 30), s)
    if not m or m.start() <= sentence_start:
        return False
    word = m.group(1)
    if word[:1].isupper():
        return word not in vocab.months and word.lower() not in WEEKDAYS
    return word.lower() in _PERSON_ROLES or (vocab.frames is not None and word.lower() in vocab.frames.generic_heads)


def one_person(norm: str, start: int, e: int, vocab: Vocabulary) -> bool:
    """Whether the word "one" ending at ``e`` counts a person the frames count ("One person died", "killing
    one man"), never "no one person", "one man's view" or "each one"."""
    m = _ONE_HEAD.match(norm, e)
    fv = vocab.frames
    return bool(m and fv is not None and m.group(1).lower() in fv.generic_heads
                and not _NOT_ONE.search(norm, max(0, start - 8), start))
