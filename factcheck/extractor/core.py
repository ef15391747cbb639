"""The claim extractor: every figure and date in a text, with its meaning.

Passes run from the most specific to the most general (dates, identifiers,
frequencies, ordinals, vague quantities, figures); a later pass never takes
characters an earlier one already claimed.  All matching runs on the
normalised text (same length as the original), so offsets point into the
original text.  The simpler passes live in ``passes.py``, identifier checks
in ``names.py``, signs and currencies in ``currencies.py``, what follows a figure (units, compound measures, scientific
notation, two-bound intervals) in ``measures.py`` and ``..pintunits``, figures
with their uncertainty ("5.2 ± 0.3 kg") in ``uncertainty.py``, the
claims' sentences, clauses, scopes and frames in ``finish.py``, and the
document-level driver in ``document.py``; this module reads the figures.
"""
from __future__ import annotations

import math
import unicodedata
from typing import Optional

import regex

from ..intervals import figure_precision
from ..model import Claim
from ..triggers import TextProbe, trigger_of
from ..vocab import Vocabulary
from .chinese import has_cjk, read_chinese, to_simplified
from .currencies import CurrencyRules, money_rate, scale_after_currency
from .finish import Finish
from .hedgewords import add_hedged, hedges_here
from .labelunits import label_unit
from .measures import (
    SCIENTIFIC,
    clock_figure,
    compound,
    degrees_minutes,
    millions_before,
    pounds_of_money,
    scientific,
    scientific_windows,
    unit_at,
)
from .names import NameRules
from .nouns import counted_before, counted_phrase, is_plural
from .numbers import (
    DIGITS,
    digits_value,
    joined_words,
    number_word_runs,
    scaled,
    with_fractions,
    word_digits,
    word_value,
)
from .passes import FREQUENCY_AFTER, SimplePasses
from .ranges import BETWEEN, FROM, RangeRules
from .people import aged_before, appositive_age, one_person
from .taken import Taken
from .temperature import degrees_at, scale_letter, sentence_words
from .text import enclosing, normalize, sentences
from .uncertainty import plus_minus
from .windows import digit_windows, number_word_starts, scan, scan_at, windows_around, word_hits

_FRACTION = regex.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")
_SLASH_DIGIT = regex.compile(r"/\d")
_FRACTION_DENOMINATORS = frozenset((2, 3, 4, 5, 6, 8, 10, 12, 16))
_WHOLE_BEFORE = regex.compile(r"(?<![\d.,])(\d{1,3})[ \t]+$")
_OF_AN = regex.compile(r"(?i)\s+of\s+an?(?=\s)")
_OF_A_SCALE = regex.compile(r"\s+(?:of\s+an?\s+)?([A-Za-z]+)\b")
_TIME_AFTER = regex.compile(r":\d\d\b")
_YEAR_DIGITS = regex.compile(r"(?:1[5-9]|20)\d\d")
_VULGAR = regex.compile(r"(?:(?<![\d.,])(\d{1,6})[ \t]?)?([\u00bc-\u00be\u2150-\u215e])(?!\d)")
"""A vulgar fraction character, with the whole number before it: "½ tbsp", "2½ miles", "10 ¾"."""
_VULGAR_CHAR = regex.compile(r"[\u00bc-\u00be\u2150-\u215e]")
"""Searched before _VULGAR (which every match of holds), several times faster on a line without one (and not at all
on a line of ASCII: the characters are not)."""
_BLANKS = regex.compile(r"\s+")
_WORD_SPLIT = regex.compile(r"[\s-]+")
_NEXT_WORD = regex.compile(r"\s+([A-Za-z][A-Za-z-]*)")
_RACES = frozenset(("hurdles", "relays", "sprints", "heats", "finals", "races", "events", "laps"))
"""Plurals after "100m" that name races run over metres, not millions of things ("the 400m hurdles")."""
_FRACTION_TRIGGER = trigger_of(_FRACTION)


class _Extraction(SimplePasses, NameRules, RangeRules, CurrencyRules, Finish):
    """State of one extraction run over one text."""

    def __init__(self, text: str, vocab: Vocabulary, norm: Optional[str] = None):
        self.text = text
        self.norm = normalize(text) if norm is None else norm
        self.cjk = has_cjk(self.norm)
        if self.cjk:  # Traditional -> Simplified, same length: the Chinese vocabulary is written in Simplified
            self.norm = to_simplified(self.norm)
        self.vocab = vocab
        self.v = vocab.pattern
        self.taken = Taken()
        self.claims: list[dict] = []
        self.sentences = sentences(self.norm)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.digits = digit_windows(self.norm)
        self.word_hits = word_hits(self.norm, vocab)
        self.words = None if self.word_hits is None else windows_around(self.word_hits, len(self.norm))
        self.fractions: list[tuple[int, int, float]] = []  # "two thirds", "one-fifth": read as figures
        self.fraction_spans = Taken()
        self.probe = TextProbe(self.norm)
        self.triggers = vocab.compiled["triggers"]
        self.edges = vocab.compiled["edges"]
        self.sentence_memo: dict = {}  # a sentence's heat and angle words, read once (temperature.sentence_words)
        self.openings: dict = {}  # what opening Edges read at each offset (triggers.opening_at), read once

    # -- bookkeeping -------------------------------------------------------
    def add(self, start: int, end: int, kind: str, **fields) -> bool:
        """Record a claim if its span is free; True when recorded."""
        while end > start and self.norm[end - 1].isspace():
            end -= 1
        if end <= start or not self.taken.free(start, end):
            return False
        self.taken.add(start, end)
        self.claims.append(dict(start=start, end=end, kind=kind, **fields))
        return True

    def scan_words(self, name: str):
        """Matches of the vocabulary pattern ``name`` in the number-word windows (none when its trigger words
        are missing from the text)."""
        pattern = self.v(name)
        return scan(pattern, self.norm, self.words, self.triggers.get(pattern), self.probe)

    def _match(self, name: str, at: int):
        """``pattern(name).match(norm, at)``, not run when the pattern's Edge rules it out."""
        edge = self.edges[name]
        return self.v(name).match(self.norm, at) if edge is None or edge.may_match(
            self.norm, at, self.openings) else None

    def _search_before(self, name: str, at: int, reach: int):
        """``pattern(name).search(norm, at - reach, at)`` (a phrase ending at ``at``), not run when the pattern's
        Edge rules it out."""
        edge = self.edges[name]
        return self.v(name).search(self.norm, max(0, at - reach), at) if edge is None or edge.may_match(
            self.norm, at) else None

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return enclosing(self.sentences, self.sentence_starts, offset)

    # -- passes -------------------------------------------------------------
    def run(self) -> list[Claim]:
        self.web_addresses()
        self.dates()
        if self.cjk:
            read_chinese(self)
        self.identifiers()
        self.frequencies()
        self.fraction_words()
        self.ordinals()
        self.vague()
        plus_minus(self)
        self.figures()
        return self.finish()

    def figures(self) -> None:
        cores = []
        halves = Taken()
        for m in self.scan_words("half"):
            if self.taken.free(m.start(), m.end()):
                whole = m.group("whole")
                base = 0.0
                if whole:
                    base = float(whole) if whole.isdigit() else (word_value(whole, self.vocab) or 0.0)
                cores.append((m.start(), m.end(), base + 0.5, repr(base + 0.5), bool(whole) and not whole.isdigit()))
                halves.add(m.start(), m.end())
        for m in scan(SCIENTIFIC, self.norm, scientific_windows(self.norm, self.digits)):
            if not self.taken.free(m.start(), m.end()):
                continue
            read = scientific(m)
            if read is None:  # "1e999999", "x10^999": no figure anyone means; its digits count nothing either
                self.add(m.start(), m.end(), "identifier")
                continue
            mantissa, digits, power = read
            cores.append((m.start(), m.end(), mantissa, digits, False, True, power))
            halves.add(m.start(), m.end())
        for m in scan(_FRACTION, self.norm, self.digits, _FRACTION_TRIGGER, self.probe):
            num, den = int(m.group(1)), int(m.group(2))
            # "on 4/22", "the 9/11 attacks": a month and day, not 0.18 or 0.82 (fractions halve, third, quarter ...)
            month_day = num <= 12 and den <= 31 and den not in _FRACTION_DENOMINATORS
            if 0 < num < den and not month_day and self.taken.free(m.start(), m.end()):
                start, value = m.start(), num / den
                whole = _WHOLE_BEFORE.search(self.norm, max(0, start - 12), start)  # "2 1/2": two and a half
                if whole and self.taken.free(whole.start(), start):
                    start, value = whole.start(), int(whole.group(1)) + value
                cores.append((start, m.end(), value, repr(round(value, 6)), False))
                halves.add(start, m.end())
        for m in _VULGAR.finditer(self.norm) if not self.norm.isascii() and _VULGAR_CHAR.search(self.norm) else ():
            value = (int(m.group(1)) if m.group(1) else 0) + unicodedata.numeric(m.group(2))
            if self.taken.free(m.start(), m.end()):
                cores.append((m.start(), m.end(), value, repr(round(value, 6)), False))
                halves.add(m.start(), m.end())
        for start, end, value in self.fractions:
            scale = _OF_A_SCALE.match(self.norm, end)  # "a quarter of a million", "a quarter million": 250,000
            if scale and not scale.group().lstrip().startswith("of") and self._after_whole(start):
                scale = None  # "two and a quarter million": the scale is the whole figure's, read after the sum
            if scale and scale.group(1).lower() in self.vocab.scales:
                value, end = scaled(value, self.vocab.scales[scale.group(1).lower()]), scale.end()
            elif (of_a := _OF_AN.match(self.norm, end)) and self._unit_at(of_a.end()):
                end = of_a.end()  # "a quarter of a percentage point", "a third of a mile": the unit's fraction
            if self.taken.free(start, end):
                cores.append((start, end, value, repr(round(value, 6)), True))
                halves.add(start, end)
        for m in scan(DIGITS, self.norm, self.digits):
            if self.norm.startswith("/", m.end()) and _SLASH_DIGIT.match(self.norm, m.end()):
                continue  # "24/7", "3/2": a ratio or a code, not a figure of its own
            if self.taken.free(m.start(), m.end()) and halves.free(m.start(), m.end()):
                value, digits = digits_value(m.group())
                cores.append((m.start(), m.end(), value, digits, False))
        plain = self.vocab.compiled.get("plain_number_words")  # (tried only where a match can start, if lower case tells)
        for m in scan_at(self.v("number_words"), self.norm, self.words, number_word_starts(
                self.probe.lowered, self.word_hits, self.words, plain)) if plain and self.words and self.probe.lowered \
                is not None else self.scan_words("number_words"):
            for a, b in number_word_runs(m.group(), self.vocab):  # "one four" writes two numbers
                start, end = m.start() + a, m.start() + b
                if self.taken.free(start, end) and halves.free(start, end) and not scale_after_currency(
                        self.norm, start, end, self.vocab.scales):  # ("in US$ million": a table's unit, no figure)
                    value = word_value(self.norm[start:end], self.vocab)
                    if value is not None:  # the run holds its own scales: a next scale word is a next number
                        cores.append((start, end, value, word_digits(value), True, True))
        cores = with_fractions(joined_words(sorted(cores), self.norm, self.vocab), self.norm)
        for core in cores:
            if self.taken.free(core[0], core[1]):
                self.figure(*core)

    # -- one figure ----------------------------------------------------------
    def figure(self, start: int, end: int, value: float, digits: str, written_in_words: bool,
               own_scales: bool = False, power: float = 1.0) -> None:
        norm = self.norm
        scale_word = written_in_words and any(w in self.vocab.scales for w in _WORD_SPLIT.split(norm[start:end].lower()))
        signed = norm[start - 1:start] == "-" and norm[max(0, start - 2):start - 1] in ("", " ", "\t", "\n", "(")
        if not written_in_words and not scale_letter(norm, end, signed, lambda: self._words_of(start)) \
                and (self._identifier_around(start, end) or self._model_number(start, end)):
            return  # ("-10C", "30C" said of the heat: a temperature, no name)
        if written_in_words and self._named(start, end):
            return
        if not written_in_words and norm.startswith(":", end) and _TIME_AFTER.match(norm, end):
            end, kind, fields = clock_figure(norm, start, end)  # "won in 2:01:39" is a duration, "at 10:30" not
            self.add(start, end, kind, **fields)
            return
        multiplier = power
        scale_word = scale_word or power != 1.0
        e = end
        while not own_scales:
            m = self._match("scale_after", e)
            if not m or (multiplier == power and _YEAR_DIGITS.fullmatch(digits) and m.group(1).lower().endswith("s")):
                break  # "In 2019 hundreds of houses burned": a year, then a vague quantity
            multiplier *= self.vocab.scales[m.group(1).lower()]
            scale_word = True
            e = m.end()
        value, s = self._signed(start, value, written_in_words)
        currency, sign, s = self._currency_before(s)
        m = self._match("scale_abbrev", e)
        if m and multiplier == 1.0:
            abbrev = m.group(1).lower()
            attached = not m.group().startswith(" ")
            # a single letter is a scale after a currency ("$3B", "€10M", "$2.1T"); "50m" is metres and
            # "278,000 t" tonnes, but "12.5m people" is millions
            ambiguous = len(abbrev) == 1 and abbrev != "k" and not currency
            if ambiguous and abbrev in ("m", "b"):
                nxt = _NEXT_WORD.match(norm, m.end(), m.end() + 40)
                ambiguous = not (attached and ((nxt and is_plural(nxt.group(1), self.vocab) and nxt.group(
                    1).lower() not in _RACES and not self._unit_at(m.end())) or millions_before(norm, start, m.end())))
            if not ambiguous and (attached or len(abbrev) > 1):
                multiplier *= self.vocab.scale_abbreviations[abbrev]
                scale_word = True
                e = m.end()
        if written_in_words and value == 1 and multiplier == 1 and not (
                self._unit_at(e) or self.vocab.pattern("currency_subunit").match(norm, e) or one_person(norm, start, e, self.vocab)):
            return  # the word "one" counts nothing on its own ("one of", "one another"); "one penny" is money
        hedge = "none"
        m = self._match("hedge_after", e)
        if m:
            hedge = self.vocab.hedge_suffixes[m.group(1).lower()]
            e = m.end()
        unit, kind = None, None
        fixed_precision = None
        # a range: "between 20 and 30", "20-30 percent", "20 to 30"
        range_high = None
        if hedge == "none":
            second = self._range_partner(s, e, sign)
            if second:
                high, e2 = second.value, second.end
                sm = self._match("scale_after", e2)
                high_mult = low_mult = multiplier
                if sm:
                    high_mult = self.vocab.scales[sm.group(1).lower()]
                    e2 = sm.end()
                    if multiplier == 1.0:
                        low_mult = high_mult
                elif multiplier != 1.0 and (ab := self._match("scale_abbrev", e2)) and not ab.group().startswith(" ") \
                        and self.vocab.scale_abbreviations.get(ab.group(1).lower()) == multiplier:
                    e2 = ab.end()  # "$10m-$12m": the second bound repeats the first's scale
                low, top = value * low_mult, high * high_mult
                if top > low or (second.span and top != low):  # after "ranged from": either order
                    range_high = scaled(high, high_mult)
                    multiplier, e = low_mult, e2  # (a range refused leaves the first figure's scale alone:
                    # "8.1 million in 2017 to 10.2 million" is no 2017 million)
        if currency is None:
            currency, one, e = self._currency_after(e, s)
            multiplier *= one
            if range_high is not None and one != 1.0:  # "10 to 20 cents": both bounds in cents
                range_high = scaled(range_high, one)
        angle = (degrees_minutes(norm, e, value) if currency is None and range_high is None
                 and norm[e:e + 2].lstrip()[:1] == "°" else None)
        if angle:  # "45° 30′ 15″": one angle in degrees
            value, fixed_precision, e = angle
            unit, kind = "degree", "measure"
        if currency is None and not angle:
            words = lambda: self._words_of(s)  # noqa: E731 (read only when degrees or a C or F follow)
            found = scale_letter(norm, e, value < 0, words) or self._unit_at(e) or degrees_at(norm, e, words)
            if found and found[0] == "pound" and pounds_of_money(self.norm, e, self.sentence_of(s)):
                currency, e, found = "GBP", e + found[2], None  # "paid 361 million pounds": sterling, not weight
            if found:
                unit, kind, length = found
                e += length
                if range_high is None and hedge == "none":  # "between 5% and 7%", "44 mg to 50 mg"
                    found = self._unit_range(s, e, value, unit)
                    if found:
                        range_high, e = scaled(found[0], multiplier), found[1]
                if range_high is None and multiplier == 1.0:  # "882 ft 9 in", "2 h 30 min"
                    found = compound(norm, e, value, unit, self.vocab)
                    if found:
                        value, unit, fixed_precision, e = found
        if currency is None and unit is None and (aged_before(norm, s) or appositive_age(
                norm, s, e, value, self.sentence_of(s)[0], self.vocab)):
            unit, kind = "year", "duration"  # "a man aged 34", "at the age of 64", "Age at finish: 64": years
        elif currency is None and unit is None and range_high is None and not written_in_words and (
                labelled := label_unit(norm, s, e, self.vocab)):  # "Length (km): 57", "Cost (US$ million): 350"
            multiplier, scale_word = multiplier * labelled.scale, scale_word or labelled.scale != 1.0
            currency = labelled.unit if labelled.kind == "money" else None
            unit, kind = (None, None) if currency or not labelled.unit else (labelled.unit, labelled.kind)
        closing = self._change_closing(s, e, sign) if range_high is None and not angle else None
        if closing:  # "from 20 to 15 million people", "from 5 to 7%", "from 30 to 40 cents": one scale and unit
            if multiplier == 1.0 and not scale_word and self.shares_scale(value, digits, closing):
                multiplier, scale_word = closing.scale, True
            if currency is None and unit is None and closing.currency:
                currency, multiplier = closing.currency, multiplier * closing.one
            elif currency is None and unit is None and closing.unit:
                unit, kind = closing.unit, closing.kind
        if hedge == "none":
            m = self._match("hedge_after", e)
            if m:
                hedge = self.vocab.hedge_suffixes[m.group(1).lower()]
                e = m.end()
        m = self._search_before("hedge_before", s, 32)
        if m and not hedges_here(norm, m.start(1), m.group(1), kind):
            m = None  # "played over 46 days": the span it took; "twice as many as 200": the figure compared with
        if m and hedge == "none":
            hedge = self.vocab.hedges[_BLANKS.sub(" ", m.group(1).lower())]
            s = m.start(1)
        if range_high is not None:
            hedge = "range"
            bs = BETWEEN.search(norm, max(0, s - 9), s) or FROM.search(norm, max(0, s - 6), s)
            if bs:
                s = bs.start()
        full_value = scaled(value, multiplier)
        if not (math.isfinite(full_value) and (range_high is None or math.isfinite(range_high))):
            self.add(start, end, "identifier")  # a 400-digit "number" names or garbles something; it counts nothing
            return
        precision, step = figure_precision(digits, multiplier, scale_word)
        if fixed_precision:
            precision = step = fixed_precision
        if currency:
            kind, unit = "money", currency
            if per := money_rate(norm, e, self.vocab):  # "$15.40/hour", "£9 an hour": a wage, not a sum
                unit, e = f"{currency} / {per[0]}", per[1]
        frequency = FREQUENCY_AFTER.match(norm, e)
        if frequency and (kind in (None, "duration")) and range_high is None:
            # "about 20 times a day": [15, 25]
            add_hedged(self, s, frequency.end(), "frequency", full_value, hedge, precision, step,
                       unit=unit or f"1 / {frequency.group('p').lower()}")
            return
        counted = None
        if kind is None:
            if "," not in norm[start:end] and self._is_year(digits, multiplier, hedge, range_high, e,
                                                            written_in_words):  # "1,980" is never a year
                self.add(start, end, "date", date=f"{int(value):04d}")
                return
            counted, e_noun = counted_phrase(norm, e, self.vocab, single=(full_value == 1))
            if counted is None:
                sentence = self.sentence_of(s)
                counted = counted_before(norm, s, sentence[0], self.vocab)
            else:
                e = e_noun
            kind = "count"
        if range_high is not None:
            low, high = sorted((full_value, range_high))  # "ranged from -18 to -34": the bounds in order
            self.add(s, e, "number_range", value=None, low=low, high=high, hedge="range",
                     unit=unit, counted=counted, precision=precision, step=step)
            return
        add_hedged(self, s, e, kind, full_value, hedge, precision, step, unit=unit, counted=counted,
                   whole=kind in ("count", "money", "measure", "duration", "percent"))

    def _words_of(self, at: int) -> tuple[bool, bool]:
        """Whether the sentence at offset ``at`` speaks of heat, and of turning (see temperature.sentence_words)."""
        return sentence_words(self.norm, self.sentence_of(at), self.sentence_memo)

    def _unit_at(self, e: int) -> Optional[tuple[str, str, int]]:
        """(unit, kind, length) of a unit written at offset ``e``, if any (see measures.unit_at)."""
        return unit_at(self.norm, e, self.vocab, openings=self.openings)
