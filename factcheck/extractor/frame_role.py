"""A figure's role in its frame, read from the words on either side of it: a level, a change ("up 9"), an
earlier value ("from 51 to ...", "to 17 euros from 15 euros"), a share ("30% of"), a rate ("a day"), a rank, a
score ("four games to three"), a reference back ("the two countries") or a multiple of something else ("three
times the width").  Part of the frame reader (see
``frames``)."""
from __future__ import annotations

import regex

from ..vocab import Vocabulary
from .chinese import chinese_role
from .wordtest import ends_with, may_open

_FROM_BEFORE = regex.compile(r"(?i)\b(?:from|up from|down from|compared with|compared to|against)\s*$")
_TO_AFTER = regex.compile(r"(?i)(?:\s+(?:in|by|at\s+the\s+end\s+of|as\s+of)\s+(?:[a-z]+\.?\s+)?(?:1[5-9]|20)\d\d,?)?"
                        r"\s*(?:to|-)\s*(?:about\s+|around\s+|nearly\s+|more than\s+|over\s+)?(?:[$€£]?\s*[0-9]|"
                        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                        r"sixty|seventy|eighty|ninety|a hundred|a thousand)\b)")
_TO_THEN_FROM = regex.compile(r"(?i)\bto\s+(?:[$€£]\s*)?[\d.,]+(?:\s+[a-z]+){0,2}"
                              r"(?:,?\s+(?:in|by)\s+(?:1[5-9]|20)\d\d,?)?\s+from\s*$")
"""An earlier value written after the new one ("will rise to 17 euros from 15 euros", "rose to $10 billion in 2022
from $8 billion")."""
_SCORE_AFTER = regex.compile(r"(?i)\s+to\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|nil|zero|\d{1,2})\b"
                             r"(?!\s*(?:%|percent|per\s+cent|[a-z]+s\b|-))")
"""A score after a count of games, sets or goals ("won the series four games to three"): no count of games."""
_SCORE_BEFORE = regex.compile(r"(?i)(?<!\bfrom\s+)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                              r"\s+[a-z]+s\s+to\s*$")
"""The other side of such a score ("four games to three": the three)."""
_FROM_END = regex.compile(r"(?i)\bfrom\s*$")
_POINTING_BEFORE = regex.compile(r"(?i)\b(?:the|these|those)\s+$")
"""What makes a small count in words point back to things already named ("the two countries", "these three
nations"): a reference, not a figure stated of them."""
_EACH_BEFORE = regex.compile(r"(?i)\b(?:each|every)\s+(?!one\b|year\b|day\b|week\b|month\b|time\b)[a-z]+\b")
"""A distributive subject before a figure ("each trip took 15 minutes", "each of the cables has 27,572 wires"):
the figure is per one, a rate -- unless it is the figure the distributive counts ("each of the 33 miners")."""
_EACH_OF_END = regex.compile(r"(?i)\b(?:each|every one|every) of(?: the| its| their| these| those)?\s*$")
_MAKE_UP = regex.compile(r"(?i)\b(?:make|makes|made|making)\s+up\s*$")
""""Women make up 48% of the workforce": a share, not a change ("up")."""
_BEYOND_REFERENCE = regex.compile(
    r"(?i)\s+(?:over|above|under|below|short\s+of|beyond)\s+(?:(?:its|the|their|his|her|our|a)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:budget|target|estimate|forecast|goal|plan|projection|expectations?|schedule|quota)\b")
"""A figure beyond a reference ("£4 billion over its original budget", "2% below target"): a difference."""
_CHANGE_FROM = regex.compile(r"(?i)\d\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?)\s+from\s*$")
"""A change in percent or points right before "from" ("rose 25% from 8.1 million"): the figure after is the earlier
value the change is of."""
_UP_FROM = regex.compile(r"(?i)\b(?:up|down|higher|lower|rising|falling|increasing|decreasing)\s+from\s+$")
_SHARE_OF = regex.compile(r"\s+of\s+(?!which\b|whom\b)[a-z]")
_MULTIPLE_AFTER = regex.compile(r"(?i)\s*(?:the|that|those|its|their|his|her|as|more|less|fewer|greater|larger|"
                                r"bigger|smaller|higher|lower|faster|slower|longer|shorter|heavier|wider|over)\b")
"""What follows "N times" that makes it a ratio to something else, not a count of occasions."""
_SMALL = frozenset(float(n) for n in range(2, 11))


def _points_back(counted, fv) -> bool:
    """Whether a counted noun is one "the two ..." points back with ("countries", "heads of state")."""
    if not counted:
        return False
    low = " ".join(counted.lower().split())
    return low in fv.pointing_heads or low.rsplit(" ", 1)[-1] in fv.pointing_heads


def _opens(fv, name: str, after: str) -> bool:
    """False when no phrase of the frame pattern ``name`` (built by ``framevocab._starting``) can open ``after``."""
    return may_open(after, fv.cue_phrases.get(name))


def role_of(c: dict, quote: str, before: str, after: str, vocab: Vocabulary) -> str:
    """A figure's role in its frame: level, change, previous value, share, rate, rank, score, or a reference back
    ("the two countries"); ``before``/``after``: its clause's text on either side of ``quote``."""
    fv = vocab.frames
    if c["kind"] == "ordinal":
        return "rank"
    if c["kind"] == "count" and c.get("value") in _SMALL and _points_back(c.get("counted"), fv) and not any(
            ch.isdigit() for ch in quote) and _POINTING_BEFORE.search(before):
        return "reference"  # "relations between the two countries", "the two heads of state met"
    if c["kind"] == "count" and c.get("counted") == "time" and _MULTIPLE_AFTER.match(after):
        return "multiple"  # "almost three times the width of Hubble's", "six times that of Hubble": a ratio
    if c["kind"] in ("date", "date_range"):
        return "level"  # "from 14 June to 15 July": a span's first day, not an earlier value
    if c["kind"] == "frequency" or (c["kind"] == "money" and " / " in (c.get("unit") or "")) or (
            fv.rate_after and _opens(fv, "rate_after", after) and fv.rate_after.match(after)) or (
            _EACH_BEFORE.search(before) and not _EACH_OF_END.search(before)):
        return "rate"  # "per day", "15 minutes each", "each trip took 15 minutes": so much per one
    if _FROM_BEFORE.search(before) and (_TO_AFTER.match(after) or "from" not in before[-6:].lower()
                                         or _UP_FROM.search(before) or _CHANGE_FROM.search(before)):
        return "previous"  # "from 51 to 193", "up from 4,000 in 2018", "from 51 in 1945 to 193 in 2011"
    if before.endswith(("from ", "from")) and _TO_THEN_FROM.search(before):
        return "previous"  # "will rise to 17 euros from 15 euros"
    if c["kind"] == "count" and ((c.get("counted") and after[:4].lower() == " to " and _SCORE_AFTER.match(after)
                                  and not _FROM_END.search(before)) or (
            not c.get("counted") and before.endswith(("to ", "to")) and _SCORE_BEFORE.search(before))):
        return "score"  # "won the series four games to three", "trailing three games to one"
    zh_role = chinese_role(before)
    if zh_role:
        return zh_role
    if c["kind"] == "count" and quote.endswith(("倍", "倍多")):
        return "multiple"  # "这一数字是十年前的三倍": three times another figure, no count of its own
    unit = c.get("unit") or ""
    if "point" in unit or (fv.change_before and ends_with(fv.change_before, before) and not _MAKE_UP.search(before)) or (
            fv.change_after and _opens(fv, "change_after", after) and fv.change_after.match(after)) or _BEYOND_REFERENCE.match(after):
        return "change"
    if c["kind"] == "percent" and ((fv.share_after and _opens(fv, "share_after", after) and fv.share_after.match(after)) or _SHARE_OF.match(after)):
        return "share"
    if c["kind"] == "count" and c.get("value") is not None and 0 < c["value"] < 1:
        return "share"  # "two thirds of all votes", "half": nobody counts 0.67 votes
    return "level"
