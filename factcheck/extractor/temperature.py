"""Degrees after a figure whose scale the words around it settle: "98 degrees" or "85°" in a sentence about
the weather or a fever is a temperature (its scale unstated), "turn 90 degrees" an angle; a bare "C" or "F"
after the digits ("-10C", "30 C") is a temperature scale when the sentence speaks of temperature, the figure
is below zero, or it is written onto a reading ("40.2C", "reached 41C").  (A bare "K" is not read: "573.15K"
and "a 50K race" cannot be told apart.)"""
from __future__ import annotations

from typing import Callable, Optional

import regex

UNSTATED = "degree (temperature scale unstated)"
"""The unit of "98 degrees" said of the weather: Fahrenheit or Celsius, the text does not say; such a figure
compares only with another written the same way."""
_DEGREES = regex.compile(r"(?i)\s?(?:degrees?|°)(?![\w°'\"])")
_LETTER = regex.compile(r"\s?([CF])(?![\w°'-]|\.\w)")
_LETTERS = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
_READING = regex.compile(r"(?i)(?:\d\.\d+|\b(?:reached|reaching|hit|hitting|topped|topping|peaked at|soared to|climbed to|"
                         r"rose to|fell to|dropped to|plunged to|highs? of|lows? of)\s+-?\d+)$")
"""A figure a "C" or "F" is written onto that reads as a temperature without a word of heat around it: one with
decimals ("40.2C") or one a reading reached ("Heathrow reached 41C"); "seat 14C", "Form 4C" are neither."""
_HEAT_WORDS = regex.compile(
    r"(?i)\b(?:temperatures?|temps?|weather|heat(?:wave)?s?|thermostats?|thermometers?|outside|outdoors|fevers?|"
    r"forecasts?|freezing|frost|warm(?:er|est)?|cold(?:er|est)?|hot(?:ter|test)?|chilly|boil(?:s|ing|ed)?|"
    r"melt(?:s|ing|ed)?|ovens?|celsius|fahrenheit|kelvin|centigrade|bak(?:e|es|ed|ing)|roast(?:s|ed|ing)?|"
    r"preheat(?:s|ed|ing)?|simmer(?:s|ed|ing)?|grill(?:s|ed|ing)?)\b")
_ANGLE_WORDS = regex.compile(
    r"(?i)\b(?:angles?|turn(?:s|ed|ing)?|rotat\w*|tilt\w*|slopes?|sloping|inclin\w*|latitude|longitude|bearings?|"
    r"arcs?|headings?|azimuth|compass|clockwise|counterclockwise|anticlockwise)\b")


def sentence_words(norm: str, span: tuple[int, int], memo: dict) -> tuple[bool, bool]:
    """(speaks of heat or weather, speaks of turning or slope) of the sentence at ``span``, read once per
    sentence (``memo``: the extraction run's)."""
    if span not in memo:
        memo[span] = (bool(_HEAT_WORDS.search(norm, *span)), bool(_ANGLE_WORDS.search(norm, *span)))
    return memo[span]


def degrees_at(norm: str, e: int, words: Callable[[], tuple[bool, bool]]) -> Optional[tuple[str, str, int]]:
    """(unit, kind, length) of "degrees" or "°" written at ``e`` after a figure with no scale named, as the words
    of its sentence (``words()``: see ``sentence_words``) settle them: a temperature, an angle, or None."""
    if norm[e:e + 2].lstrip()[:1] not in "dD°":
        return None
    m = _DEGREES.match(norm, e)
    if not m:
        return None
    heat, angle = words()
    if heat:
        return UNSTATED, "measure", m.end() - e
    if angle:
        return "degree", "measure", m.end() - e
    return None


def scale_letter(norm: str, e: int, negative: bool, words: Callable[[], tuple[bool, bool]]
                 ) -> Optional[tuple[str, str, int]]:
    """(unit, kind, length) of "C" or "F" right after a figure ending at ``e`` ("-10C", "30 C"), when no letter,
    digit or hyphen follows it and the figure is below zero or its sentence (``words()``: see ``sentence_words``)
    speaks of temperature; None otherwise."""
    if norm[e:e + 2].lstrip()[:1] not in _LETTERS:
        return None
    m = _LETTER.match(norm, e)
    if not m or not (negative or (m.group()[0] != " " and _READING.search(norm, max(0, e - 24), e)) or words()[0]):
        return None
    return _LETTERS[m.group(1)], "measure", m.end() - e


_BELOW_ZERO = regex.compile(r"(?i)\s+(?:degrees?\s+)?below\s+zero\b")
_TEMPERATURE_UNITS = (None, UNSTATED, "degree_Celsius", "degree_Fahrenheit")


def below_zero(claims: list[dict], norm: str) -> list[dict]:
    """A figure "below zero" is a temperature under zero: "fell to 10 below zero", "12 degrees below zero" are
    -10 and -12 degrees (scale unstated unless written), and "below zero" itself is no claim (claims in order)."""
    if "below zero" not in norm.lower():
        return claims
    out: list[dict] = []
    for c in claims:
        if out and c["start"] < out[-1]["end"]:
            continue  # ("zero" of a "below zero" read onto the figure before it)
        m = _BELOW_ZERO.match(norm, c["end"]) if c["kind"] in ("count", "measure") and c.get(
            "unit") in _TEMPERATURE_UNITS and c.get("value") is not None and c["value"] > 0 else None
        if m:
            low, high = c.get("low"), c.get("high")
            c = {**c, "end": m.end(), "kind": "measure", "unit": c.get("unit") or UNSTATED, "value": -c["value"],
                 "low": None if high is None else -high, "high": None if low is None else -low,
                 "low_inclusive": c.get("high_inclusive", True), "high_inclusive": c.get("low_inclusive", True)}
        out.append(c)
    return out

