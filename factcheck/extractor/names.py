"""Figures that name something rather than count it ("G20", "COVID-19", "the Two Centenary Goals"),
and bare four-digit years: checks the figure reader runs before it records a count."""
from __future__ import annotations

import regex

from .dates import WEEKDAYS
from .measures import unit_at
from .nouns import is_plural

_NEXT_WORD = regex.compile(r"\s+([a-z][a-z-]*)")
_IDENT_LETTERS = regex.compile(r"[A-Za-z][A-Za-z.]*-?$")
_NAME_AFTER = regex.compile(r"""-[A-Z][\w-]*|["']?\s*["']?[A-Z][a-z]""")
_QUOTED_NAME = regex.compile(r"""[^"'\n]{0,60}(?=["'])""")
_CAPITAL_NAME = regex.compile(r"""["']?\s*["']?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*""")
_IDENT_TAIL = regex.compile(r"[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_LETTERS = regex.compile(r"[A-Za-z]+")
_GLUE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
"""Characters that can end _IDENT_LETTERS (letters, ".", "-") or open _IDENT_TAIL (letters, digits, "-")."""


_CAPITAL_BEFORE = regex.compile(r"\b((?:[A-Z]|[a-z](?=[A-Z]))[A-Za-z&]*[A-Za-z]) $")
_NUMBER_GOES_ON = frozenset(",.%/:-'")  # ("Labour 202," is a list's figure; "Apollo 11" ends before a space)
_NEXT_TWO = regex.compile(r"\s+([A-Za-z][a-z-]*)(?:\s+([A-Za-z][a-z-]*))?")
_LIST_WORDS = frozenset("and or to vs versus v in of on at for with from by than but while after before since "
                        "during per a an the".split())
_WEEKDAYS = frozenset(WEEKDAYS) | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_OPENERS = frozenset("the up down another only just all exactly more less fewer many most first last top total no "
                     "perhaps maybe still then those these other further additional some any".split())
"""Words that open a sentence before a count ("Another 12 died", "Only 5 survived"): never a name's first word
(a sentence may open with a name and its number: "Apollo 11 lifted off", "Windows 10 shipped")."""
_AMPERSAND_NAME = regex.compile(r"[A-Za-z]+(?:&[A-Z][A-Za-z]*)+")
_GLUED_LETTER_UNITS = frozenset("WV")
"""One-letter unit symbols read glued to a figure ("15W", "9V"); other letters name ("5G", "4K", "3D")."""
_RESOLUTIONS = frozenset(("240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"))
"""Video resolutions: "1080p" is no sum of pence."""
_PLURAL_AFTER = regex.compile(r" [a-z]+s\b")
_DATING_WORD = regex.compile(r"(?i)\b(?:in|since|until|till|by|from|circa|c\.|year)\s+$")


class NameRules:
    """Mixin of the extraction run: identifier and year checks (needs ``norm``, ``vocab``, ``v``, ``add``,
    ``_search_before``)."""

    def _identifier_around(self, start: int, end: int) -> bool:
        """Digits glued to letters ("G20", "COVID-19", "5G") name something; record them as identifiers."""
        norm = self.norm
        # (cheap tests first: letters must touch the digits for either pattern to count)
        before = _IDENT_LETTERS.search(norm, max(0, start - 12), start) if norm[start - 1:start] in _GLUE else None
        tail = _IDENT_TAIL.match(norm, end).group() if norm[end:end + 1] in _GLUE else ""
        if before and before.end() == start:
            letters = before.group().rstrip("-")
            if letters in self.vocab.currency_before or letters.upper() in self.vocab.currency_before \
                    or letters.lower() == "magnitude":  # ("a magnitude-6.3 quake": a reading on a scale)
                return False
            self.add(before.start(), end + len(tail), "identifier")
            return True
        if tail and tail[0].isalpha():
            word = _LETTERS.match(tail).group()
            scale = word.lower() in self.vocab.scale_abbreviations and (
                word.islower() or len(word) > 1 or self._after_currency(start)
                or ("." in norm[start:end] and _PLURAL_AFTER.match(norm, end + len(word))))
            # ("5G" names a network, "573.15K" is a temperature; "2.5K runners" counts them)
            known = (scale or word.lower() in self.vocab.scales
                     or word in self.vocab.units or (len(word) > 2 and word.lower() in self.vocab.units)
                     or (word in self.vocab.currency_subunits and self.norm[start:end] not in _RESOLUTIONS)
                     or ((len(word) > 1 or word in _GLUED_LETTER_UNITS) and len(tail) == len(word)
                         and (found := unit_at(norm, end, self.vocab)) is not None and found[2] == len(word)))
            # ("3.2GHz", "15W", "20kW" are measures; "5G", "4K", "3D" name things)
            if not known:
                self.add(start, end + len(tail), "identifier")
                return True
        if tail.startswith("-") and tail[1:2].isalpha() and tail[1:2].isupper():
            self.add(start, end + len(tail), "identifier")
            return True
        return False

    def _model_number(self, start: int, end: int) -> bool:
        """A bare number right after a capitalised word inside a sentence, counting nothing after it, names
        something: "Windows 10 shipped", "a Boeing 737 MAX", "the Apollo 11 crew", "Apollo 11 lifted off"
        (never "Biden won 306 electoral votes", "Paris 3 times", "Only 5 survived", a month's day or an amount);
        recorded as an identifier."""
        norm = self.norm
        if end - start > 4 or not norm[start:end].isdigit() or norm[start - 1:start] != " ":
            return False
        word = _CAPITAL_BEFORE.search(norm, max(0, start - 30), start)
        if word is None or norm[end:end + 1] in _NUMBER_GOES_ON:
            return False
        name = word.group(1)
        if word.start() <= self.sentence_of(start)[0] and (name.lower() in _OPENERS or name.endswith("ly")
                                                           or is_plural(name.lower(), self.vocab)):
            return False  # ("The 2020 fair", "Another 12 died", "Barely 20 came", "Readings 12 thru 18")
        if "&" in name and not _AMPERSAND_NAME.fullmatch(name):
            return False  # ("S&P" and "AT&T" name; "R&d" does not)
        lower = name.lower()
        if (name in self.vocab.months or lower in _WEEKDAYS or lower in self.vocab.stop_words
                or lower in self.vocab.hedges or name in self.vocab.currency_before or name.upper() in self.vocab.currency_before):
            return False
        after = _NEXT_TWO.match(norm, end)
        if after is None or after.group(1) in _LIST_WORDS:
            return False  # "Labour 202 and the SNP 48": figures of a list; "... won by Labour 202."
        if any(w and (is_plural(w.lower(), self.vocab) or w.lower() in self.vocab.scales)
                         for w in after.groups()):
            return False  # "Biden 306 electoral votes", "Texas 40 years ago", "Brazil 2 million"
        if self._unit_at(end):
            return False
        self.add(start, end, "identifier")
        return True

    def _after_currency(self, start: int) -> bool:
        """Whether a currency sign or code is written right before offset ``start`` ("$", "US$", "EUR ")."""
        m = self._search_before("currency_before", start, 8)
        return bool(m and m.end() == start)

    def _named(self, start: int, end: int) -> bool:
        """Number words inside a name ("the Two Centenary Goals", "one-China") are identifiers."""
        norm = self.norm
        after = _NAME_AFTER.match(norm, end, end + 40)
        word = norm[start:end]
        if after and after.group().startswith("-"):
            self.add(start, after.end(), "identifier")
            return True
        sentence_start = self.sentence_of(start)[0]
        quoted = start > 0 and norm[start - 1] in "\"'"
        if quoted or (word[:1].isupper() and after and start > sentence_start):
            name = (_QUOTED_NAME if quoted else _CAPITAL_NAME).match(norm, end, end + 80)
            self.add(start, name.end() if name else end, "identifier")
            return True
        return False

    def _is_year(self, digits, multiplier, hedge, range_high, e, in_words) -> bool:
        """A bare four-digit figure in the year range reads as a year unless it counts something."""
        if in_words or multiplier != 1.0 or hedge != "none" or range_high is not None or "." in digits:
            return False
        if len(digits) != 4 or not self.vocab.year_range[0] <= int(digits) <= self.vocab.year_range[1]:
            start = e - len(digits)  # an older year needs a word that dates: "opened in 1793", "since 1492"
            if not (len(digits) == 4 and 1000 <= int(digits) < self.vocab.year_range[0] and self.norm[start:e] == digits
                    and _DATING_WORD.search(self.norm, max(0, start - 8), start)):
                return False
        nxt = _NEXT_WORD.match(self.norm, e, e + 40)
        if not nxt or not is_plural(nxt.group(1), self.vocab) or (
                self.vocab.year_range[0] <= int(digits) and _DATING_WORD.search(
                    self.norm, max(0, e - len(digits) - 8), e - len(digits))):  # "In 2019 sales rose": a year
            return True  # (but "In 1500 homes the power failed": too early a year to read one there)
        word = nxt.group(1).lower()  # "In 2019 hundreds of houses burned": a year, then a vague quantity
        return word in self.vocab.vague_quantities
