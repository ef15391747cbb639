"""The property a figure's clause names for it ("240 metres long": length; "the highest temperature": none of
another dimension), and whether a unit can measure a property."""
from __future__ import annotations

import bisect

import regex

from ..vocab import Vocabulary
from .frame_verbs import NOT_VERBS
from .nouns import singular
from .wordtest import may_hold, phrases_in

_PROPERTY_REACH = 40
_AT_OPENER = regex.compile(r"(?i)\s*at\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?")
_LONGEST_PROPERTY = 64
"""Longer than any property phrase (characters): how far before a figure a property word may start."""
_NEXT_WORD = regex.compile(r" ([a-z]+)\b")


def dimension_of(unit: str, vocab: Vocabulary) -> str:
    """A unit's pint dimension ("[length]"), "" when unknown."""
    pint_units = vocab.compiled.get("pint_units")
    return pint_units.dimension_of(unit) if pint_units is not None and unit else ""


_LENGTHS = frozenset("length height depth width distance clearance".split())


def fits_unit(prop: str, unit: str, vocab: Vocabulary) -> bool:
    """Whether a figure in ``unit`` can measure the property (a height is a length: "the highest ... 40.3C" is no
    height); True when either is unknown."""
    if not unit or prop not in _LENGTHS and prop not in ("weight", "temperature"):
        return True
    dimension = dimension_of(unit, vocab)
    want = "[length]" if prop in _LENGTHS else "[mass]" if prop == "weight" else "[temperature]"
    return dimension == want if dimension or "/" in unit or "*" in unit else True  # ("running at 250 km/h")


def property_after_opener(norm: str, sentence: tuple[int, int], c: dict, vocab: Vocabulary, cache: dict) -> str:
    """The property a sentence opening "At 57.1 kilometres, ..." names after its figure ("it is the longest
    railway tunnel": length), read in the whole sentence; "" when the figure does not open it so (tested before
    the sentence is read, so a sentence of many figures is not copied for each)."""
    if c["kind"] != "measure" or not _AT_OPENER.fullmatch(norm, sentence[0], c["start"]):
        return ""
    return nearest_property(norm[sentence[0]:sentence[1]], c["start"] - sentence[0], c["end"] - sentence[0],
                             c["kind"], vocab, cache, c.get("unit") or "", opener=True)


_ARTICLES = ("the", "a", "an")
"""After "above", the place a height is measured from ("270 metres above the river")."""


def nearest_property(text: str, at: int, until: int, kind: str, vocab: Vocabulary, cache: dict,
                      unit: str = "", opener: bool = False) -> str:
    """The property named nearest the figure that a figure of this kind can measure ("240 metres long": length);
    a word before a noun it qualifies names none ("at high tide"), nor one of another dimension ("the highest
    temperature": no height); a superlative after the figure counts only for an opener (``opener``)."""
    fv = vocab.frames
    if fv.property_words is None:
        return ""
    best, distance = "", None
    key = ("properties", text)
    found = cache.get(key)
    if found is None:  # the clause's property words, found once for all its figures (and their starts)
        matches = phrases_in(fv.property_words, text, fv.property_of, cache) if may_hold(
            text, fv.property_of, cache) else []
        found = cache[key] = (matches, [m.start() for m in matches])
    matches, starts = found
    first = bisect.bisect_left(starts, at - _PROPERTY_REACH - _LONGEST_PROPERTY)
    last = bisect.bisect_right(starts, until + _PROPERTY_REACH)
    for m in matches[first:last]:  # (only words within reach: a clause of a thousand figures stays linear)
        if at <= m.start() < until:
            continue
        nxt = _NEXT_WORD.match(text, m.end())
        superlative = m.group().endswith("est")
        if m.start() > until and (superlative and not opener or nxt and nxt.group(1) not in vocab.stop_words
                                  and nxt.group(1) not in NOT_VERBS and not superlative
                                  and not (m.group().lower() == "above" and nxt.group(1).lower() in _ARTICLES)) or (
                m.group().lower() == "above" and m.start() - until > 1):  # (not "1.5 miles we were above the clouds")
            continue  # (a superlative after a figure is only an "At 57 km, it is the longest ..." opener's)
        word = " ".join(m.group().lower().split())
        if m.end() <= at and word in fv.properties_after:
            continue
        prop = fv.property_of.get(word, "")
        if kind not in fv.property_kinds.get(prop, (kind,)) or not fits_unit(prop, unit, vocab):
            continue
        d = at - m.end() if m.end() <= at else m.start() - until
        if d <= _PROPERTY_REACH and (distance is None or d < distance or (d == distance and m.start() > until)):
            # (a word right after the figure wins over one as near before it: "runs 270 metres above the river")
            best, distance = (_joined_measure(_part_of(prop, text, m.start(), fv), text, m.end(), vocab)
                              if m.end() <= at else prop), d
    return best


_WORD_BEFORE = regex.compile(r"(?i)\b([a-z][a-z-]+)\s+$")


def _part_of(prop: str, text: str, start: int, fv) -> str:
    """A property with the word before it that makes it a part's ("the urban population", "the resident
    population": urban population), else the property."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    word = before.group(1).lower() if before else ""
    return f"{word} {prop}" if word in fv.part_modifiers else prop


_AND_NOUN = regex.compile(r"(?i)\s+and\s+(?:the\s+|its\s+|their\s+)?([a-z]+)\b")


def _joined_measure(measure: str, text: str, end: int, vocab: Vocabulary) -> str:
    """A measure and the one "and" joins to it after its word, as one sum ("the bill for damage and losses":
    cost and loss), never either part; ``measure`` alone when no noun of another measure follows at ``end``.
    (Never a word before "and": "employees and spent $77.6 billion" joins two clauses, not two measures.)"""
    after = _AND_NOUN.match(text, end)
    return (sum_of(measure, sum_part(after.group(1).lower(), vocab)) if after else "") or measure


def sum_of(first: str, second: str) -> str:
    """The measure of a sum of two measures, written in one order whatever the text's ("cost and loss"); "" when
    one is missing or both are one."""
    return " and ".join(sorted((first, second))) if first and second and first != second else ""


def sum_part(word: str, vocab: Vocabulary) -> str:
    """What a word joined by "and" to a measure's word measures: a property ("damage": cost), a measure noun,
    or a plural noun in the singular ("losses": loss); "" for any other word."""
    if word in vocab.stop_words:
        return ""
    fv = vocab.frames
    noun = singular(word, vocab)
    return fv.property_of.get(word) or fv.noun_measure.get(noun) or (noun if noun != word else "")
