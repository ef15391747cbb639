"""The second figure of two: the one closing a range ("20-30 percent", "$5-$10 million", "between 5% and 7%")
and the one closing a change ("from 20 to 30 kg"), whose scale, currency and unit the first figure shares."""
from __future__ import annotations

from typing import NamedTuple, Optional

import regex

from .measures import YEAR_LIKE, unit_at
from .numbers import DIGITS, digits_value, number_word_runs, scaled, word_value

RANGE_JOIN = regex.compile(r"(?i)\s*(?:-\s*(?=to\b|through\b))?(?:-|~|to|through|thru|and"
                        r"|or(?!\s+(?:more|less|so|fewer|over|under|above|below)\b))\s*")
BETWEEN = regex.compile(r"(?i)\bbetween\s*$")
FROM = regex.compile(r"(?i)\bfrom\s*$")
SPAN_FROM = regex.compile(r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)(?:\s+in\s+[a-z]+)?\s+from\s*$")
"""A verb of spread before "from": the two figures bound one range ("prices range from $350 to $680")."""
_CHANGED = regex.compile(r"(?i)\b(?:rose|risen|rises|fell|fallen|falls|climbed|climbs|gained|gains|jumped|jumps|"
                      r"dropped|drops|slipped|slid|added|lost|shed|surged|soared|plunged|plummeted|tumbled|sank|"
                      r"increased|decreased|declined|grew|edged\s+(?:up|down|higher|lower)|up|down)\s+(?:by\s+)?$")
"""A verb of change right before a figure: "rose $2 to $85" is a change and the new level, never a range."""
_OR = regex.compile(r"(?i)\s*or\b")
_YEAR = regex.compile(YEAR_LIKE)
_TIME_BEFORE = regex.compile(r"(?i)\b(?:in|since|by|during|until|of)\s+$")
_CHANGE_JOIN = regex.compile(r"(?i)\s*(?:to|-)\s*")
_BLANKS = regex.compile(r"\s+")


class Partner(NamedTuple):
    """The figure closing a range: its value (signed), where its digits end, and whether a verb of spread
    opened the range (then its bounds may come in either order)."""
    value: float
    end: int
    span: bool


class Closing(NamedTuple):
    """What the figure closing a change says after its digits: its value with its scale, the scale's factor,
    the value of one of its currency's units (0.01 for cents), its currency and unit (with the unit's kind)."""
    value: float
    scale: float
    one: float
    currency: Optional[str]
    unit: Optional[str]
    kind: Optional[str]


class RangeRules:
    """Mixin of the extraction run (needs ``norm``, ``vocab``, ``taken``, ``_match``)."""

    def _range_partner(self, s: int, e: int, sign: str = "") -> Optional[Partner]:
        """The figure that closes a range opened by the figure at ``s``..``e``: after "-" or "to" (or "and"
        after "between"), never after a bare "from" ("rose from 5% to 7%" is a change, not a range) but after
        "from" that a verb of spread opens ("ranged from -18 to -34", "varying from 3 to 7"); a currency sign
        opening the first figure may open the second ("$5-$10 million")."""
        norm = self.norm
        m = RANGE_JOIN.match(norm, e)
        if not m:
            return None
        span = bool(FROM.search(norm, max(0, s - 6), s))
        if span and not SPAN_FROM.search(norm, max(0, s - 40), s):
            return None
        if m.group().strip().lower() == "and" and (span or not BETWEEN.search(norm, max(0, s - 9), s)):
            return None
        if m.group().strip().lower() == "or" and (span or _YEAR.fullmatch(norm, s, e)):
            return None  # "in 2019 or 2020": two years, not a range of figures
        if _YEAR.fullmatch(norm, s, e) and _TIME_BEFORE.search(norm, max(0, s - 8), s):
            return None  # "grew from 5,000 in 1990 to 12,000": a year, then the figure a change reached
        at = m.end()
        minus = span and norm.startswith("-", at) and not norm.startswith("-", at + 1)  # "from -18 to -34"
        at += minus
        at += len(sign) if sign and norm.startswith(sign, at) else 0
        second = DIGITS.match(norm, at)
        if second:
            value, second_end = digits_value(second.group())[0], second.end()
        elif (words := self._words_partner(at)) is not None:
            value, second_end = words  # "between five and six million people", "two to three percent"
        else:
            return None
        if not self.taken.free(at, second_end):
            return None
        if m.group().strip().lower() == "or" and not self._estimate(s, e, value):
            return None
        if m.group().strip().lower() == "to" and _CHANGED.search(norm, max(0, s - 24), s):
            first = DIGITS.search(norm, s, e)  # "Oil rose $2 to $85.40": by how much, then to what
            if first and value >= 4 * max(digits_value(first.group())[0], 1e-9):
                return None
        return Partner(-value if minus else value, second_end, span)

    def _estimate(self, s: int, e: int, second: float) -> bool:
        """Whether "N or M" is an estimate between two figures ("2 or 3 days", "five or six times", "ten or twelve")
        rather than two options ("20 or 30 dollars"): consecutive whole numbers, or numbers written in words."""
        first = DIGITS.search(self.norm, s, e)
        if first is None:
            value = word_value(self.norm[s:e], self.vocab)
            return value is not None and value < second <= 2 * value
        value = digits_value(first.group())[0]
        return value == int(value) and second == value + 1

    def _words_partner(self, at: int) -> Optional[tuple[float, int]]:
        """(value, end) of a number written in words at ``at`` that closes a range, without a last scale of a
        thousand or more, which then scales both bounds as it does after digits ("five to six million")."""
        m = self.v("number_words").match(self.norm, at) if self.norm[at:at + 1].isalpha() else None
        if not m:
            return None
        a, b = number_word_runs(m.group(), self.vocab)[0]
        if a:
            return None
        phrase = m.group()[:b]
        head, _, last = phrase.rpartition(" ")
        if head and self.vocab.scales.get(last.lower(), 0) >= 1000:
            phrase = head.rstrip(" -")
        value = word_value(phrase, self.vocab)
        return (value, at + len(phrase)) if value is not None else None

    def _unit_range(self, s: int, e: int, value: float, unit: str) -> Optional[tuple[float, int]]:
        """(other bound, end) when a figure with ``unit`` ending at ``e`` closes a range with a higher figure
        (any other figure after a verb of spread) in the same unit ("between 5% and 7%", "44 mg to 50 mg")."""
        second = self._range_partner(s, e)
        if not second or _OR.match(self.norm, e):
            return None  # ("4 GB or 8 GB": two options, each a figure of its own)
        found = unit_at(self.norm, second.end, self.vocab)
        if not found or found[0] != unit or second.value == value or (second.value < value and not second.span):
            return None
        return second.value, second.end + found[2]

    def _change_closing(self, s: int, e: int, sign: str = "") -> Optional[Closing]:
        """The figure closing a change opened by "from" and the figure at ``s``..``e`` ("from 20 to 30 kg",
        "from $5 to $7 million", "from 20 to 15 million people"), or None."""
        norm, vocab = self.norm, self.vocab
        if not FROM.search(norm, max(0, s - 6), s):
            return None
        m = _CHANGE_JOIN.match(norm, e)
        if not m:
            return None
        at = m.end()
        if sign and norm.startswith(sign, at):
            at += len(sign)
        second = DIGITS.match(norm, at)
        found = (digits_value(second.group())[0], second.end()) if second else self._words_partner(at)
        if found is None or not self.taken.free(at, found[1]):
            return None
        value, end = found  # ("from 20 to 30 kg", "from two to three percent")
        multiplier = 1.0
        scale = self._match("scale_after", end)
        if scale:
            multiplier, end = vocab.scales[scale.group(1).lower()], scale.end()
        sub = vocab.pattern("currency_subunit").match(norm, end)
        after = self._match("currency_after", end)
        if sub:
            code, one = vocab.currency_subunits[_BLANKS.sub(" ", sub.group(1).lower())]
            return Closing(scaled(value, multiplier), multiplier, one, code, None, None)
        if after:
            return Closing(scaled(value, multiplier), multiplier, 1.0, vocab.currency_after[after.group(1).lower()], None, None)
        found = unit_at(norm, end, vocab)
        return Closing(scaled(value, multiplier), multiplier, 1.0, None, *(found[:2] if found else (None, None)))

    def shares_scale(self, value: float, digits: str, closing: Closing) -> bool:
        """Whether the first figure of a change is in the scale of the second: "from 20 to 15 million" (20
        million), not "from 1,500 to 2 million" nor "from 500 to 2 million" (which, no one can tell)."""
        if closing.scale == 1.0 or value >= 1000 or not value:
            return False
        first = value * closing.scale
        return max(first, closing.value) / min(first, closing.value) <= 100
