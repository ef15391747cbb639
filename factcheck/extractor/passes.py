"""The simpler passes of an extraction run: dates, identifiers, frequencies, fractions and ordinals in
words, vague quantities ("dozens of").  Each records claims through the run's ``add``; a later pass never
takes characters an earlier one claimed."""
from __future__ import annotations

import bisect
import re

import regex

from ..triggers import trigger_of
from ..vocab import REGEX_TIMEOUT
from .dates import find_dates
from .hedgewords import add_hedged, hedges_here
from .measures import PER_NUMBER, TIME_SHIFT, pounds_of_money, unit_at
from .nouns import counted_phrase
from .numbers import ordinal_value, word_value
from .people import decade_ages
from .relative_dates import relative_dates
from .windows import scan, word_windows

FREQUENCY_AFTER = regex.compile(
    r"(?i)(?:\s+times?)?(?:\s+(?:a|an|per|each|every)\s+|\s*/\s*)(?P<p>day|week|month|year|hour|minute|second)\b"
    rf"(?!\s+{TIME_SHIFT}\b)")
"""A rate's period after a figure ("20 times a day", "5/week"); never a time ("2,500 a year earlier")."""
_UNIT_BRACKET = regex.compile(r"\((?:in\s+)?(?:[^\s\d()]{1,4}\s?)?$")
"""An opening bracket, maybe "in" and a currency, before a scale word that names a table's unit."""
_WEB_ADDRESS = regex.compile(r"""(?i)\b(?:https?://|ftp://|www\.)[^\s<>"')\]]++"""
                            r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}\b")
"""A web address (to the next blank; a closing stop or comma is the sentence's) or a mail address."""
_FREQUENCY_TOKEN = regex.compile(r"\b24/7\b|\b24/365\b|\b365/24\b")
_FREQUENCY_WORD = regex.compile(
    r"(?i)\b(?P<n>once|twice|thrice)\s+(?:(?:a|an|per|each|every)\s+(?P<p>day|week|fortnight|month|year|hour|minute|second)"
    r"|(?P<a>daily|weekly|fortnightly|monthly|yearly|annually|hourly))\b")
_ADVERB_PERIOD = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month", "yearly": "year",
                  "annually": "year", "hourly": "hour"}
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO = regex.compile(rf"(?i)\b(?:{_SMALL}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_SMALL}|twenty|hundred|"
                       r"a\s+hundred|thousand|a\s+thousand|a\s+million)\b|\b(?:one|1)\s+in\s+(?:every\s+)?\d{1,4}(?![\d,.])"
                       r"|(?<![\d,.])\d\s+(?:in|out\s+of)\s+(?:every\s+)?(?:10|100|1,?000|[2-9])(?![\d,.])|\b[\w.]+-fold\b")
"""A ratio ("one in five", "three in four voters", "two out of three", "7 out of 10", "a 10-fold increase"): no
figure of its own ("365 out of 650 seats" is two)."""
_MULTIPLE = regex.compile(rf"(?i)\b(?:\d+(?:\.\d+)?|{_SMALL}|twenty|a\s+hundred|a\s+thousand|hundreds\s+of|thousands\s+of)"
                       r"\s+times\s+(?=(?:as|what|more|less|fewer|larger|bigger|higher|greater|smaller|lower|faster|"
                       r"slower|longer|shorter|heavier|stronger|wider|deeper|costlier|cheaper)\b)")
"""A multiple ("three times as much", "ten times what he paid", "5 times higher"): no figure of its own."""
_MONEY_OF_A_YEAR = regex.compile(r"\bin\s+(?:constant\s+|real\s+)?((?:19|20)\d\d)\s+(?:[A-Z][\w.]*\s+)?"
                                 r"(?:dollars|euros|pounds|yen|yuan|francs|rupees|prices|terms|money)\b")
_RATIO_CLUES = (" in ", " IN ", " out of ", " OUT OF ", "fold")
_RATIO_TAIL = regex.compile(rf"(?i)\s(?:in|out\s+of)\s+(?:every\s+)?(?:{_SMALL}|twenty|hundred|a\s+hundred|thousand|"
                            r"a\s+thousand|a\s+million|\d)")
"""What follows a ratio's first number ("... in five", "... out of 3"): searched before ``_RATIO``, which is slow."""
_RATIO_TAIL_LOWER = re.compile(_RATIO_TAIL.pattern.removeprefix("(?i)"))
"""``_RATIO_TAIL`` for Python's re on the lower-cased line (``TextProbe.fast_text``), where it finds the same
matches twice as fast."""
_RATIO_HEAD = regex.compile(rf"(?i)(?:{_SMALL}|\d)\Z")
_SPACE = regex.compile(r"\s")
_FOLD = regex.compile(r"\b[\w.]+-fold\b")
"""``_RATIO``'s last branch: where no ratio of numbers can match, ``_RATIO`` finds what this finds."""
_FREQUENCY_CLUES = ("ce a", "ce p", "ce e", "ce d", "ce w", "CE A", "CE P", "CE E", "CE D", "CE W")
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_PER_BEFORE = regex.compile(r"(?i)\b(?:per|each|every|times\s+an?)\s+$")
_ORDINAL_DIGITS = regex.compile(r"(?<![\w.])(\d+)(?:st|nd|rd|th)\b")
_ARTICLE = regex.compile(r"an?\s+(?=\S)")
_WHOLE_AND = regex.compile(r"(?i)(?:(?<![\w.,])(?P<d>\d+)|\b(?P<w>[a-z]+))\s+and\s+$")
_BY_BEFORE = regex.compile(r"(?i)\bby\s+$")
_CLAUSE_GOES_ON = regex.compile(r"(?i)\s*(?:[,.;:)]|$)|\s+(?:in|on|from|to|since|over|between|during|after|before|"
                                r"compared|year|last|this|and|or|while|as|when|than|at)\b")
"""What may follow "by a third" for it to be a share of a change ("rose by a third in 2021"), not a noun's
ordinal ("won by a third goal")."""
_OF = regex.compile(r"\s+of\b", regex.I)
_STATE_AFTER = regex.compile(r"(?i)\s+(?:full|empty|done|finished|complete|completed|built|filled|occupied|booked"
                             r"|submerged|flooded)\b")
"""A state a fraction measures the degree of ("three quarters full", "a third built")."""
_HALF = regex.compile(r"(?i)\b(?:an?|one)[\s-]half\b(?=[\s-])")
"""Half of one unit written in words ("a half mile", "one-half miles"): a figure only when a unit follows."""
_UNIT_AND_A_HALF = regex.compile(rf"(?i)\b(?P<n>an?|\d{{1,3}}|{_SMALL})\s+(?P<u>[a-z]+)\s+and\s+a\s+half\b")
_HALF_A = regex.compile(r"(?i)\bhalf\s+an?(?=\s)")
_HALF_OF = regex.compile(r"(?i)(?<!\b(?:a|an|one|the|first|second|other|latter|former|back|front|top|bottom|upper|"
                         r"lower|northern|southern|eastern|western|and|its|their|his|her|our|my|your)[\s-]+)"
                         r"\bhalf(?=\s+of\s)")
"""Half of a whole on its own ("half of the residents", "nearly half of all voters"), not one of two halves
("the first half of 2023", "the other half of the team")."""
_NEXT_WORD = regex.compile(r"\s+([A-Za-z]+)")
_CLOSES = regex.compile(r"\s*(?:[.,;:)!?]|$)")
"""A fraction word that ends its phrase ("nearly a third."): no noun after it to make it an ordinal."""
_LIST_MARKER = regex.compile(r"(?m)^[ \t]*(\d{1,3})[.)](?=\s)")
_LIST_MARKER_TRIGGER, _FREQUENCY_TOKEN_TRIGGER, _ORDINAL_DIGITS_TRIGGER = (
    trigger_of(p) for p in (_LIST_MARKER, _FREQUENCY_TOKEN, _ORDINAL_DIGITS))
_BLANKS = regex.compile(r"\s+")
_NUMBER_BEFORE = regex.compile(r"(?i)(?:(?<![\w.,])\d{1,3}(?:\.\d+)?|\b(?P<w>[a-z]+))\s+$")


class SimplePasses:
    """Mixin of the extraction run (needs ``norm``, ``vocab``, ``v``, ``digits``, ``words``, ``taken``, ``probe``,
    ``add``)."""

    def dates(self) -> None:
        date_words = word_windows(self.norm, self.vocab, "date_word_automaton")
        found = list(find_dates(self.norm, self.vocab, self.digits, date_words, self.probe))
        relative = list(relative_dates(self.norm, self.vocab))  # "on Tuesday", "two months ago"
        starts = sorted(d.start for d in found)
        for start, end, iso in relative:  # one that holds a whole date first ("the first Friday of July 2024")
            if not iso.startswith("-") and bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end):
                self.add(start, end, "date", date=iso)
        for d in found:
            self.add(d.start, d.end, d.kind, date=d.iso, season=d.season)
        for start, end, iso in relative:  # ("last summer": the season by name, its year placed later)
            self.add(start, end, "date", date=iso, season=iso.rsplit(":", 1)[1] if iso.startswith("--ssn:") else None)
        for start, end, low, high in decade_ages(self.norm):  # "in his 40s": an age, not the 1940s
            self.add(start, end, "number_range", low=low, high=high, low_inclusive=True, high_inclusive=False,
                     hedge="range", unit="year", precision=1.0, step=1.0)

    def web_addresses(self) -> None:
        """A web or mail address is one identifier, whatever digits it holds ("example.com/2019/05/report-150",
        "?q=30%25", "www.who.int/news/12-03-2020"): never a date, a count or a percent."""
        if "://" in self.norm or "www." in self.norm or "@" in self.norm:
            for m in _WEB_ADDRESS.finditer(self.norm):
                address = m.group().rstrip(".,;:!?")
                if any(ch.isdigit() for ch in address):
                    self.add(m.start(), m.start() + len(address), "identifier")

    def identifiers(self) -> None:
        held = self.probe.held() if self.digits else 0  # (no window: nothing to find)
        for pattern in self.vocab.identifiers:
            trigger = self.triggers.get(pattern)
            if trigger is not None and trigger.mask & held != trigger.mask:
                continue  # (its needs are missing: the test scan makes, without the call)
            try:
                for m in scan(pattern, self.norm, self.digits, trigger, self.probe, timeout=REGEX_TIMEOUT):
                    self.add(m.start(), m.end(), "identifier")
            except TimeoutError:
                continue
        for m in scan(_LIST_MARKER, self.norm, self.digits, _LIST_MARKER_TRIGGER, self.probe):
            self.add(m.start(1), m.end(1), "identifier", value=float(m.group(1)))

    def frequencies(self) -> None:
        """Rates written as words or tokens ("twice a week", "3x/day"); "one in five" and "a 10-fold rise" are
        ratios, never a count of five or of ten, and "in 2017 US dollars" names a year's money, not $2,017:
        their numbers are set aside."""
        for m in scan(_FREQUENCY_TOKEN, self.norm, self.digits, _FREQUENCY_TOKEN_TRIGGER, self.probe):
            self.add(m.start(), m.end(), "frequency")
        if any(clue in self.norm for clue in _RATIO_CLUES):
            ratio = _RATIO if self._may_hold_ratio() else _FOLD if "fold" in self.norm else None
            for m in ratio.finditer(self.norm) if ratio else ():
                self.taken.add(m.start(), m.end())
        if " times " in self.norm or " TIMES " in self.norm:
            for m in _MULTIPLE.finditer(self.norm):  # "three times as much power": a multiple, no count of times
                self.taken.add(m.start(), m.end())
        if " per " in self.norm or " PER " in self.norm:  # "5.3 per 100,000 people": a rate's base, no figure
            for m in PER_NUMBER.finditer(self.norm):
                self.taken.add(m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
        if " in " in self.norm:
            for m in _MONEY_OF_A_YEAR.finditer(self.norm):
                self.taken.add(m.start(1), m.end())
        if not (("ce " in self.norm or "CE " in self.norm)  # (in every clue: four lines in five have neither)
                and any(w in self.norm for w in _FREQUENCY_CLUES)):  # "once a", "twice per", "thrice each" ...
            return
        for m in _FREQUENCY_WORD.finditer(self.norm):  # "twice a week": one pass over the line
            period = m.group("p").lower() if m.group("p") else _ADVERB_PERIOD[m.group("a").lower()]
            self.add(m.start(), m.end(), "frequency", value=_TIMES[m.group("n").lower()],
                     unit=f"1 / {period}", precision=1.0, step=1.0)

    def _may_hold_ratio(self) -> bool:
        """Whether ``_RATIO``'s number branches could match: a number word or digit, spaces, "in"/"out of" and
        a number (a necessary condition, tested where "in"/"out of" is followed by a number)."""
        norm, lowered = self.norm, self.probe.fast_text
        for m in _RATIO_TAIL.finditer(norm) if lowered is None else _RATIO_TAIL_LOWER.finditer(lowered):
            q = m.start()
            while q > 0 and _SPACE.match(norm, q - 1):
                q -= 1
            if _RATIO_HEAD.search(norm, max(0, q - 6), q):
                return True
        return False

    def fraction_words(self) -> None:
        """Fractions in words: "two thirds", "one-fifth", "a third of" (not "a third term", "twenty-third"), "a
        half mile"."""
        for m in self.scan_words("fraction_word"):
            d = m.group("d").lower()
            plural = m.group("s") is not None
            den = 4 if d == "quarter" else 2 if d == "halve" and plural else self.vocab.ordinal_words.get(d, 0)
            n, start = m.group("n").lower(), m.start()
            article = _ARTICLE.match(n)
            if article and n.split()[1] not in self.vocab.scales:  # "a two-thirds majority" (not "a hundred ...")
                n, start = n[article.end():], start + article.end()
            num = 1.0 if n in ("a", "an") else word_value(n, self.vocab)
            big = den >= 100  # "a hundred trillionths", "three thousandths"
            # ("three halves", "twenty-three fifths": a plural after a number is a fraction, whatever its size)
            if (den < 3 and d != "halve") or not num or (num >= 20 and not big and not plural) or (
                    plural and num < 2) or (not plural and num != 1 and not (
                    d == "quarter" and "-" in m.group() and num < 4)):  # "three-quarter hours"
                continue
            # "a third term", "the last three quarters": only "of" (or a hyphen, or "by" before: "rose by a
            # third", "cut by a quarter") makes these fractions
            if (n in ("a", "an") or d == "quarter") and not (_OF.match(self.norm, m.end()) or "-" in m.group()
                                                             or _STATE_AFTER.match(self.norm, m.end())
                                                             or self._match("scale_after", m.end())
                                                             or (d != "quarter" and self._ends_phrase(m.end()))
                                                             or self._after_whole(start)
                                                             or (_BY_BEFORE.search(self.norm, max(0, start - 4), start)
                                                                 and _CLAUSE_GOES_ON.match(self.norm, m.end()))):
                continue
            if self.taken.free(start, m.end()):
                self.fractions.append((start, m.end(), num / den))
                self.fraction_spans.add(start, m.end())
        if " and a half" in self.norm:
            self._and_a_half()
        for half in (_HALF_A, _HALF):  # "half a mile", "half an hour"; "a half mile", "one-half miles"
            for m in scan(half, self.norm, self.words):
                if unit_at(self.norm, m.end(), self.vocab) and self.taken.free(m.start(), m.end()):
                    self.fractions.append((m.start(), m.end(), 0.5))
                    self.fraction_spans.add(m.start(), m.end())
        for m in scan(_HALF_OF, self.norm, self.words):  # "nearly half of the residents": a share of them
            if self.taken.free(m.start(), m.end()):
                self.fractions.append((m.start(), m.end(), 0.5))
                self.fraction_spans.add(m.start(), m.end())

    def _and_a_half(self) -> None:
        """A unit and a half ("an hour and a half", "two days and a half"): one figure, the whole plus 0.5."""
        for m in _UNIT_AND_A_HALF.finditer(self.norm):
            n = m.group("n").lower()
            whole = 1.0 if n in ("a", "an") else float(n) if n.isdigit() else word_value(n, self.vocab)
            found = unit_at(self.norm, m.end("n"), self.vocab)
            if whole and found and m.end("n") + found[2] == m.end("u") and self.taken.free(m.start(), m.end()):
                start, hedge = m.start(), "none"
                h = self._search_before("hedge_before", start, 32)
                if h and hedges_here(self.norm, h.start(1), h.group(1), found[1]):  # "about a year and a half"
                    start, hedge = h.start(1), self.vocab.hedges[_BLANKS.sub(" ", h.group(1).lower())]
                add_hedged(self, start, m.end(), found[1], whole + 0.5, hedge, 0.5, 0.5, unit=found[0])

    def _after_whole(self, start: int) -> bool:
        """A fraction after a whole number and "and" ("five and a quarter hours", "3 and three quarters"): the
        fraction part of one figure."""
        m = _WHOLE_AND.search(self.norm, max(0, start - 24), start)
        return bool(m) and (m.group("d") is not None or m.group("w").lower() in self.vocab.number_words)

    def _ends_phrase(self, end: int) -> bool:
        """Nothing a fraction word could be the ordinal of follows it: the phrase ends ("nearly a third.") or a
        verb comes next ("A third said yes"; "a third term" is an ordinal)."""
        if _CLOSES.match(self.norm, end):
            return True
        nxt = _NEXT_WORD.match(self.norm, end)
        return nxt is not None and nxt.group(1).lower() in self.vocab.verbs

    def ordinals(self) -> None:
        for m in scan(_ORDINAL_DIGITS, self.norm, self.digits, _ORDINAL_DIGITS_TRIGGER, self.probe):
            self.add(m.start(), m.end(), "ordinal", value=float(m.group(1)))
        for m in self.scan_words("ordinal_word"):
            if not self.fraction_spans.free(m.start(), m.end()) or _PER_BEFORE.search(self.norm, max(0, m.start() - 12), m.start()):
                continue  # "80 times per second": a unit of time, not an ordinal
            value = ordinal_value(m.group(), self.vocab)
            if value:
                self.add(m.start(), m.end(), "ordinal", value=float(value))

    def _number_before(self, start: int) -> bool:
        """A small number in digits or a number word ends right before ``start``."""
        m = _NUMBER_BEFORE.search(self.norm, max(0, start - 24), start)
        return bool(m) and (m.group("w") is None or m.group("w").lower() in self.vocab.number_words)

    def vague(self) -> None:
        for m in self.scan_words("vague"):
            if self._number_before(m.start()):
                continue  # "3 dozens of eggs", "two hundreds": a number of dozens, read as a number
            if self.norm.startswith(")", m.end()) and _UNIT_BRACKET.search(self.norm, max(0, m.start() - 12),
                                                                            m.start()):
                continue  # "Population (millions): 4.5", "(US$ billions)": a table's unit, no quantity
            low, high = self.vocab.vague_quantities[_BLANKS.sub(" ", m.group().lower())]
            start, end = m.start(), m.end()
            currency, one, past = self._currency_after(end, start)
            unit = None if currency else self._unit_at(end)
            if currency:  # "several million dollars", "thousands of euros"
                end, kind, fields, low, high = past, "money", {"unit": currency}, low * one, high * one
            elif unit and unit[0] == "pound" and pounds_of_money(self.norm, end, self.sentence_of(start)):
                end, kind, fields = end + unit[2], "money", {"unit": "GBP"}  # "it cost millions of pounds"
            elif unit:  # "dozens of kilometres", "a few thousand km"
                end, kind, fields = end + unit[2], unit[1], {"unit": unit[0]}
            else:
                counted, past = counted_phrase(self.norm, end, self.vocab)
                end, kind, fields = (past if counted else end), "count", {"counted": counted}
            self.add(start, end, kind, hedge="plural_of_scale", low=low, high=high, low_inclusive=True,
                     high_inclusive=False, **fields)
