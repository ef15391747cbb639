"""What follows a figure: units (hand list, areas and volumes, rates, pint),
compound measures, scientific notation, and interval phrases with two bounds."""
from __future__ import annotations

from typing import Optional

import regex

from ..vocab import Vocabulary
from .numbers import word_value

_BLANKS = regex.compile(r"\s+")
_POWER_BEFORE = regex.compile(r"(?i)(?:\s*|-)(square|sq\.?|cubic|cu\.?)[\s-]+")
_POWER_AFTER = regex.compile(r"(?i)(?:\^?([23])|([²³])|[\s-]+(squared|cubed))(?![\w])")
TIME_SHIFT = r"(?:ago|earlier|later|before|after|prior|back)"
"""Words after "a year", "a week" ... that make it a time shifted back or forth, never a rate's period."""
_PER = regex.compile(rf"(?i)(?:/|\s+per\s+|\s+an?\s+(?=\w+\b(?!\s+(?:{TIME_SHIFT}|or)\b)))")
"""Between a unit and a duration, a rate: "40 mg/h", "5 km per hour", "20 miles a day" (never "5 kg a year ago")."""
_POWERS = {"square": 2, "sq": 2, "sq.": 2, "cubic": 3, "cu": 3, "cu.": 3, "2": 2, "3": 3, "²": 2, "³": 3,
           "squared": 2, "cubed": 3}
_LENGTH = "[length]"
_EXPRESSION_GLUE = frozenset("/^²³⁻·*")
_BLANK_OR_HYPHEN = frozenset(" -")
_AGE_AFTER = regex.compile(r"(?i)(?:[\s-]old|-olds|\s+of\s+age)(?![\w-])")
_POWER_START = frozenset("^²³23 -")
_NOT_A_UNIT = frozenset(" \t\n.,;:!?()[]{}\"'%$€£¥&+=<>|~#@")

SCIENTIFIC = regex.compile(
    r"(?<![\w.,])(?:(?P<m>\d+(?:\.\d+)?)\s*(?:[×xX*·∙]\s*)(?=10))?(?P<ten>10)\s*(?:\^|\*\*)\s*\(?(?P<e1>[-+]?\d{1,6})\)?"
    r"(?!\.?\d)"
    r"|(?<![\w.,])(?P<m2>\d+(?:\.\d+)?)\s*[×xX*·∙]\s*10-(?P<e2>\d{1,6})(?!\.?\d|\s*(?:-|to)\s*\d)"
    r"|(?<![\w.,])(?P<m3>\d+(?:\.\d+)?)\s*[×xX*·∙]\s*10(?P<e3>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|(?<![\w.,])(?P<m4>\d+(?:\.\d+)?)[eE](?P<e4>[-+]?\d{1,6})(?!\w|\.\w)"
)
SCIENTIFIC_HINT = regex.compile(r"\d[eE][-+]?\d|[×^·∙*⁰¹²³⁴⁵⁶⁷⁸⁹]|\d\s*[xX]\s*10")
"""Cheap test of a window: without a hit, SCIENTIFIC cannot match in it (every match holds one)."""


def scientific_windows(norm: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The digit ``windows`` of ``norm`` in which SCIENTIFIC may match: those holding a hit of SCIENTIFIC_HINT (every
    match holds one), searched window by window rather than in the whole line."""
    return [(s, e) for s, e in windows if SCIENTIFIC_HINT.search(norm, s, e) is not None]


_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
MAX_EXPONENT = 300
"""Exponents beyond this are not a figure anyone writes about (and would overflow a float)."""

COMPOUND_NEXT = regex.compile(r"[\s,]*(?:and\s+)?(\d+(?:\.\d+)?|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"eleven|twelve|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?|[a-z]+teen)\b)(?=\s?[A-Za-z\"'°′″])")
_LOWER_HEDGES = {"more_than": False, "at_least": True, "plus": True}
_UPPER_HEDGES = {"up_to": True, "less_than": False}
_INTERVAL_JOIN = regex.compile(r"(?i)\s*,?\s*(?:and|but)\s*")


def scientific(m) -> Optional[tuple[float, str, float]]:
    """(mantissa, mantissa digits, power of ten) of a SCIENTIFIC match, or None when the exponent is absurd."""
    g = m.groupdict()
    mantissa = g["m"] or g["m2"] or g["m3"] or g["m4"] or "1"
    if g["e1"] is not None:
        exponent = int(g["e1"])
    elif g["e2"] is not None:
        exponent = -int(g["e2"])
    elif g["e3"] is not None:
        raw = g["e3"].translate(_SUPER)
        if not raw.lstrip("+-").isdigit():
            return None
        exponent = int(raw)
    else:
        exponent = int(g["e4"])
    if abs(exponent) > MAX_EXPONENT:
        return None
    return float(mantissa), mantissa, 10.0 ** exponent


def unit_at(norm: str, e: int, vocab: Vocabulary, after_unit: bool = False,
            openings: Optional[dict] = None) -> Optional[tuple[str, str, int]]:
    """(unit, kind, length) of a unit written at offset ``e``: the vocabulary's spellings first (with
    "square"/"cubic" before or "^2"/"²"/"squared" after a length, "/h" or "per hour" after any unit, and
    "old" or "of age" after a duration, an age), then any unit or unit expression pint knows (``openings``: see
    ``triggers.Edge.may_match``)."""
    if norm[e:e + 1] in _MARKS:
        return _marked_unit(norm, e, after_unit, vocab)
    pint_units = vocab.compiled.get("pint_units")
    power = 1
    start = e
    first = norm[e + 1:e + 2] if norm[e:e + 1] in _BLANK_OR_HYPHEN else norm[e:e + 1]  # cheap tests before regexes
    if first in "sScC":
        m = _POWER_BEFORE.match(norm, e)
        if m:
            power, e = _POWERS[m.group(1).lower()], m.end()
    found = _listed_unit(norm, e, vocab, openings)
    if found is None and pint_units is not None and first and not first.isdigit() and first not in _NOT_A_UNIT:
        found = pint_units.at(norm, e, after_unit=after_unit or power > 1)
        if found and power > 1 and pint_units.dimension_of(found[0]) != _LENGTH:
            return None
        if found:
            unit, kind, length = found
            return (f"{unit} ** {power}" if power > 1 else unit), kind, e + length - start
    if found is None:
        return None
    unit, kind, length = found
    end = e + length
    if norm[end:end + 1] == "-" and len(norm[e:end].strip()) == 1 and _LETTER_WORD.match(norm, end):
        return None  # "Four L-shaped rooms", "a T-shirt": a letter of a word, no unit (but "a 5 m-high wall")
    if pint_units is not None and norm[end:end + 1] in _EXPRESSION_GLUE and power == 1:  # "m/s²", "kg·m"
        longer = pint_units.at(norm, e, after_unit=True)
        if longer and longer[2] > length:
            return longer[0], longer[1], e + longer[2] - start
    if pint_units is not None and pint_units.dimension_of(unit) == _LENGTH:
        if power == 1 and norm[end:end + 1] in _POWER_START:
            m = _POWER_AFTER.match(norm, end)
            if m:
                power, end = _POWERS[(m.group(1) or m.group(2) or m.group(3)).lower()], m.end()
        if power > 1:
            unit, kind = f"{unit} ** {power}", "measure"
    elif power > 1:
        return None
    m = _PER.match(norm, end) if norm[end:end + 1] in "/ " else None
    if m and kind == "measure" and pint_units is not None:  # "40 mg/h", "5 km per hour"
        per = _listed_unit(norm, m.end(), vocab) or pint_units.at(norm, m.end(), after_unit=True)
        if per and per[1] == "duration" and "/" not in per[0]:
            return f"{unit} / {per[0]}", "measure", m.end() + per[2] - start
    if kind == "duration" and norm[end:end + 1] in _BLANK_OR_HYPHEN:  # an age: "29 years old", "a 6-month-old"
        m = _AGE_AFTER.match(norm, end)
        end = m.end() if m else end
    return unit, kind, end - start


_MARKS = frozenset("\"'′″")
_FEET_INCHES = regex.compile(r"'\s?\d{1,2}(?:\.\d+)?(?:\"|″|'')")
_QUOTE_REACH = 600
"""How far back (characters) a quotation that an inch mark might close is looked for."""
_OPENING_QUOTE = regex.compile(r'(?:^|(?<=[\s(\[]))"(?=\S)', regex.M)


def _inside_quotation(norm: str, e: int) -> bool:
    """Whether a double quote at ``e`` closes a quotation its paragraph opened ("he said \"I bought 5\""; the
    paragraph's lines may be wrapped)."""
    lo = max(0, e - _QUOTE_REACH)
    paragraph = norm.rfind("\n\n", lo, e)
    last = None
    for last in _OPENING_QUOTE.finditer(norm, paragraph + 2 if paragraph >= 0 else lo, e):
        pass
    return last is not None and '"' not in norm[last.end():e]

_AFTER_INCHES = regex.compile(r" (\w+)")
"""What follows an inch mark before a noun: a word ("a 55\" TV"); punctuation after it more often ends a quotation."""
YEAR_LIKE = r"(?:1[5-9]|20)\d\d"
"""Four digits that may be a year (1500-2099): no inch mark after them, no "or" range between two."""
_YEAR_BEFORE = regex.compile(rf"(?<![\d.,]){YEAR_LIKE}$")


def _marked_unit(norm: str, e: int, after_unit: bool, vocab: Vocabulary) -> Optional[tuple[str, str, int]]:
    """A foot or an inch written as a mark glued to the figure: a prime or a double prime ("6′", "12″"), an
    apostrophe before inches ("5'10\""), a double quote after feet or before a word when it closes no quotation
    of its paragraph, after a figure that is no year and before a word that is no verb ("a 55\" TV"; never the
    quote ending "he said \"I bought 5\"" or "work started in 1996\" joined")."""
    mark = norm[e]
    if mark in "′″":
        return ("foot" if mark == "′" else "inch"), "measure", 1
    if mark == "'":
        return ("foot", "measure", 1) if _FEET_INCHES.match(norm, e) else None
    if after_unit:
        return "inch", "measure", 1
    nxt = _AFTER_INCHES.match(norm, e + 1)
    if not (nxt and norm[e - 1:e].isdigit()) or _YEAR_BEFORE.search(norm, max(0, e - 5), e) or _inside_quotation(
            norm, e):
        return None
    word = nxt.group(1).lower()
    if word in vocab.verbs or (word.endswith("ed") and len(word) > 4):
        return None
    return "inch", "measure", 1


_LETTER_WORD = regex.compile(r"-(?!(?:long|high|wide|deep|tall|thick|thin|broad)\b)[A-Za-z]")
"""A hyphen joining a one-letter unit symbol to a word it spells ("L-shaped", "T-shirt"), not to a property."""


def _listed_unit(norm: str, e: int, vocab: Vocabulary, openings: Optional[dict] = None
                 ) -> Optional[tuple[str, str, int]]:
    """(unit, kind, length) of a unit from the vocabulary's hand list written at ``e`` (a pattern its
    ``triggers.Edge`` rules out is not run)."""
    edges = vocab.compiled.get("edges", {})
    for name in ("unit_long", "unit_short"):
        edge = edges.get(name)
        m = vocab.pattern(name).match(norm, e) if edge is None or edge.may_match(norm, e, openings) else None
        if m:
            alias = m.group(1)
            entry = vocab.units.get(alias) or vocab.units_folded.get(_BLANKS.sub(" ", alias.lower()))
            if entry:
                return entry[0], entry[1], m.end() - e
    return None


_TIME_LETTERS = {"m": "minute", "s": "second"}
"""Letters that stand for a time's smaller units after an hour or a minute ("1h 45m"), not for metres."""


def compound(norm: str, e: int, value: float, unit: str, vocab: Vocabulary):
    """The smaller units that complete a measure ("882 ft 9 in", "2 h 30 min", "3 lb 4 oz", "1 h 2 min 3 s"):
    (value, unit, precision, end), in the larger unit when that reads as a short decimal
    (882.75 ft), else in the smaller one (5 ft 11 in = 71 in); None when nothing follows."""
    smaller = vocab.compound_units.get(unit)
    if not smaller:
        return None
    m = COMPOUND_NEXT.match(norm, e)
    if not m:
        return None
    found = unit_at(norm, m.end(1), vocab, after_unit=True)
    if found and found[0] not in smaller and "second" in smaller:  # "1h 45m", "2h 14m 4s": a time's minutes
        short = _TIME_LETTERS.get(norm[m.end(1):m.end(1) + found[2]].strip())
        found = (short, found[1], found[2]) if short else found
    if not found or found[0] not in smaller:
        return None
    written = m.group(1)
    part = float(written) if written[0].isdigit() else (1.0 if written.lower() in ("a", "an") else word_value(written, vocab))
    per = smaller[found[0]]
    if part is None or part >= per:
        return None  # ("three hours and one minute", "two years and six months": the words count too)
    end = m.end(1) + found[2]
    decimals = len(written.partition(".")[2]) if written[0].isdigit() else 0
    total_small = value * per + part
    if round(total_small / per, 3) == total_small / per:
        found = total_small / per, unit, 10.0 ** -decimals / per, end
    else:
        found = total_small, found[0], 10.0 ** -decimals, end
    return compound(norm, end, found[0], found[1], vocab) or found  # "2 hours 1 minute 39 seconds"


_ELAPSED = regex.compile(r":([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:])")
_CLOCK_BEFORE = regex.compile(r"(?i)(?:\b(?:at|from|until|till|since|before|after|between|to)|[\dT])\s*$")
_CLOCK_AFTER = regex.compile(r"(?i)\s*(?:[ap]\.?m\b|UTC|GMT|Z\b|[A-Z]{2,4}T\b|local\b|hours?\b|hrs\b|h\b|o'clock)")


def clock_figure(norm: str, start: int, end: int) -> tuple[int, str, dict]:
    """(end, kind, claim fields) of a figure written "h:mm…" at ``start``..``end``: a duration in seconds
    when "h:mm:ss" counts time spent ("won in 2:01:39", "ran 2:18:11.5"), else an identifier, the name of a
    time of day ("at 14:32:05", "10:30", "09:15:00 GMT")."""
    m = _ELAPSED.match(norm, end)
    if not m or end - start > 2 or _CLOCK_BEFORE.search(norm, max(0, start - 8), start) \
            or _CLOCK_AFTER.match(norm, m.end()):
        return end + 3, "identifier", {}
    fraction = m.group(3) or ""
    precision = 10.0 ** -len(fraction)
    seconds = int(norm[start:end]) * 3600 + int(m.group(1)) * 60 + int(m.group(2)) + float("0." + (fraction or "0"))
    return m.end(), "duration", dict(value=seconds, low=seconds - precision / 2, high=seconds + precision / 2,
                                     high_inclusive=False, hedge="none", precision=precision, step=precision,
                                     unit="second")


_DEGREES_MINUTES = regex.compile(
    r"\s?°\s?(?P<m>[0-5]?\d(?:\.\d+)?)\s?'(?:\s?(?P<s>[0-5]?\d(?:\.\d+)?)\s?(?:\"|''))?")


def degrees_minutes(norm: str, e: int, value: float) -> Optional[tuple[float, float, int]]:
    """(degrees, precision, end) of an angle in degrees and minutes (and seconds) written at ``e``
    ("45° 30′", "12°5'30\"" -- primes are folded to ' and " by normalisation); None otherwise."""
    m = _DEGREES_MINUTES.match(norm, e)
    if not m:
        return None
    last = m.group("s") or m.group("m")
    per = 3600.0 if m.group("s") else 60.0
    precision = 10.0 ** -len(last.partition(".")[2]) / per
    total = value + float(m.group("m")) / 60 + (float(m.group("s")) / 3600 if m.group("s") else 0.0)
    return total, precision, m.end()


def merge_intervals(claims: list[dict], norm: str) -> list[dict]:
    """Two bounds of one quantity joined by "and" ("more than 20 and at most 35", "at most 100 and at
    least 20 apples") become one range claim with the bounds' inclusiveness."""
    out: list[dict] = []
    for c in claims:
        prev = out[-1] if out else None
        if prev and _bounds_pair(prev, c) and _INTERVAL_JOIN.fullmatch(norm, prev["end"], c["start"]):
            lo, hi = (prev, c) if prev["hedge"] in _LOWER_HEDGES else (c, prev)
            if lo["value"] < hi["value"]:
                out[-1] = dict(start=prev["start"], end=c["end"], kind="number_range", value=None,
                               low=lo["value"], high=hi["value"], low_inclusive=_LOWER_HEDGES[lo["hedge"]],
                               high_inclusive=_UPPER_HEDGES[hi["hedge"]], hedge="range",
                               unit=c.get("unit") or prev.get("unit"), counted=c.get("counted") or prev.get("counted"),
                               precision=min(lo["precision"], hi["precision"]), step=min(lo["step"], hi["step"]))
                continue
        out.append(c)
    return out


_LIST_JOIN = regex.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_AND_OR = regex.compile(r"\b(?:and|or)\b")
_UNIT_LAST = regex.compile(r"[\d.,]+[ \t]?(?:%|-?[^\W\d][^\d]*)")
"""A figure whose digits come first and its unit after them, nothing else ("50 mg", "30 dollars", "10%")."""
_SHARED_KINDS = ("measure", "money", "duration", "percent")


def shared_units(claims: list[dict], norm: str, scales: dict) -> list[dict]:
    """Bare numbers listed before a figure with its unit take that unit: "45 and 50 mg", "300, 320 and
    350 metres", "20 or 30 dollars" (never across a scale word: "3 and 5 million" is left as it is)."""
    out = list(claims)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if last["kind"] not in _SHARED_KINDS or not last.get("unit") or last.get("hedge", "none") != "none":
            continue
        written = norm[last["start"]:last["end"]]
        if not _UNIT_LAST.fullmatch(written) or any(w in scales for w in written.lower().split()):
            continue
        j = i  # the list runs back to out[j]: the last two joined by "and"/"or", any before them by commas
        while j > 0 and _plain_count(out[j - 1]):
            join = _LIST_JOIN.fullmatch(norm, out[j - 1]["end"], out[j]["start"])
            if not join or (j == i) != bool(_AND_OR.search(join.group())):
                break
            j -= 1
        oxford = j == i - 1 and "," in norm[out[i - 1]["end"]:last["start"]]
        if j < i and not oxford:  # (", and" closes a list of three or more, never a clause: "a loss of 60, and 32%")
            for k in range(j, i):
                out[k] = {**out[k], "kind": last["kind"], "unit": last["unit"]}
    return out


def _plain_count(c: dict) -> bool:
    """A plain count: no unit, no counted noun, no hedge."""
    return (c["kind"] == "count" and c.get("value") is not None and not c.get("unit") and not c.get("counted")
            and c.get("hedge", "none") == "none")


def _bounds_pair(a: dict, b: dict) -> bool:
    """Whether ``a`` and ``b`` are a lower and an upper bound (either order) of the same kind of quantity."""
    hedges = {a.get("hedge"), b.get("hedge")}
    if not (hedges & set(_LOWER_HEDGES) and hedges & set(_UPPER_HEDGES)):
        return False
    if a.get("value") is None or b.get("value") is None:
        return False
    if a["kind"] != b["kind"] and not any(c["kind"] == "count" and not c.get("counted") for c in (a, b)):
        return False  # "at least 18 but under 65 years": the bare bound takes the other's unit
    return not (a.get("unit") and b.get("unit") and a["unit"] != b["unit"])


_POUNDS_WORD = regex.compile(r"\s*pounds?\b(?!\s+of\b)", regex.I)
_MONEY_WORD = regex.compile(
    r"(?i)\b(?:paid|pay|pays|paying|costs?|costing|price[ds]?|worth|fund(?:s|ing|ed)?|budget|revenue|sales|profits?|"
    r"loss(?:es)?|fined?|spen[dt]|spending|raised?|sold|bought|salar(?:y|ies)|wages?|tax(?:es)?|bills?|invest(?:ed|ment)?|"
    r"shares?|loans?|debts?|compensation|awarded|prize|deal|valued|contract|bonus|earn(?:ed|ings)?|income|million|billion)\b")
_WEIGHT_WORD = regex.compile(r"(?i)\b(?:weigh(?:s|ed|ing|t|ts)?|heavy|heavier|ounces?|oz|kg|kilo(?:gram)?s?|lbs?|tons?|tonnes?)\b")


def pounds_of_money(norm: str, e: int, sentence: tuple[int, int]) -> bool:
    """Whether "pounds" right after a figure ending at ``e`` are money: written as a word (never "lb", never
    "pounds of ..."), with a money word and no weight word in the sentence ("paid 361 million pounds")."""
    if not _POUNDS_WORD.match(norm, e):
        return False
    text = norm[sentence[0]:sentence[1]]
    return bool(_MONEY_WORD.search(text)) and not _WEIGHT_WORD.search(text)


_MILLIONS_M = regex.compile(r"(?<![\w.])\d(?:[\d.,]*\d)?m\s+(?!(?:long|tall|high|deep|wide|away|from|above|below"
                            r"|hurdles|relays|sprints|heats|finals|races|events|laps)\b)"
                            r"[a-z]+s\b")
"""A figure earlier in the sentence whose "m" is a million: a plural noun follows it ("3.2m units")."""
_LENGTH_AFTER = regex.compile(r"\s+(?:long|tall|high|deep|wide|away|above|below"
                              r"|in\s+(?:length|height|depth|diameter))\b")


def millions_before(norm: str, start: int, end: int) -> bool:
    """Whether an "m" glued to the figure at ``start``..``end`` is a million because an earlier figure of its
    sentence wrote one so ("Sales fell to 3.2m units from 3.9m a year ago"), and no length word follows it."""
    lo = max(0, start - 160)
    stop = max(norm.rfind(". ", lo, start), norm.rfind("\n", lo, start))
    return not _LENGTH_AFTER.match(norm, end) and bool(_MILLIONS_M.search(norm, stop + 1 if stop >= 0 else lo, start))

PER_NUMBER = regex.compile(r"(?i)\s*(?<!\bparts?\s*)per\s+(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?P<scale>thousand|million|billion))?"
                           r"|(?:a\s+|one\s+)?(?P<word>hundred|thousand|million|billion))\b(?!\.\d)")
"""A rate's denominator written as a number ("5.3 per 100,000 people", "12 cases per million")."""


def per_number(after: str, scales: dict) -> str:
    """The qualifier of a rate per a number of things (``scales``: the vocabulary's), its denominator as digits ("per 100,000 people": "per 100000",
    "per million": "per 1000000"), so rates per the same number compare and rates per different numbers never do."""
    m = PER_NUMBER.match(after)
    if m is None:
        return ""
    if m.group("word"):
        return f"per {int(scales[m.group('word').lower()])}"
    scale = int(scales[m.group("scale").lower()]) if m.group("scale") else 1
    return f"per {int(m.group('n').replace(',', '')) * scale}"
