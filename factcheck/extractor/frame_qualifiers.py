"""The narrowings of a claim's frame: a place after its counted noun, a subset marker before it, part of a stated
total, some of a group, a group it is for, one arm of a trial, a point of a series, an unnamed place."""
from __future__ import annotations

import regex

from ..vocab import Vocabulary
from .dates import MONTHS, WEEKDAYS
from .frame_measures import STATISTIC_SYNONYMS
from .frame_subjects import WHICH_ONES
from .nouns import is_plural, singular
from .wordtest import written

WHOLE = "whole"
"""The narrowing of a figure said of a whole ("worldwide", "in total", "Combined employees: 20,300")."""
UNNAMED_PLACES = ("capital", "city", "town", "region", "province", "county")
"""Places a frame narrows to without naming them ("87 percent of stations in the capital")."""
_AT_POINT = regex.compile(r"(?i)(?:\s+(?:per|a|an)\s+[a-z]+)?\s+(at|before|after|towards)\s+the\s+(start|end|peak|height|"
                          r"beginning|outset|close)\b")
"""A point of a span a figure is of, right after it ("at the start", "at the peak")."""
_FOR_GROUP = regex.compile(r"\s+(?:\w+\s+)?(?P<prep>for|among|against)\s+(?:the\s+)?(?P<noun>[a-z]{3,})\b")
_IN_GROUP = regex.compile(r"(?i)\s+(?:[a-z]+\s+){0,2}?in\s+the\s+(?P<which>[a-z-]+)\s+(?P<noun>group|arm|cohort|bracket)\b")
_NOT_GROUPS = frozenset("first second third last whole entire example instance".split())
_ALONE = regex.compile(r"\b(?:in|at|on|from|among|for)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}alone\b(?=\s*(?:[,.;:!?)]|$))"
                       r"|\b[A-Z][\w'-]*\s+alone\b(?!\s+(?:in|with|together)\b)")
ALONE = "part alone"
"""A place or a group "alone" narrows a figure to one part of a larger count ("in Wennington alone", "California
alone")."""
_PART_OF = regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+|[A-Z][\w-]*'s\s+)?[0-9]")
_PLACE = regex.compile(r"\s+(?P<prep>[a-z]+)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_SOME_OF = regex.compile(r"\s+of\s+(?:the|its|their|these|those|all)\s+(?:[a-z-]+\s+)?(?:[a-z]+s|injured|dead|wounded|"
                         r"missing|displaced|evacuated|affected|homeless|unemployed|elderly|infected|sick)\b")
"""A bare figure "of the" things it counts some of ("61 of the passengers", "36 of the injured")."""
PART_OF_THEM = regex.compile(r"\s+(?:of|among)\s+(?:them|whom|those|these)\s+(?!(?:and|or|but|in|on|at)\b)[a-z]")
"""A bare figure of some of the things counted before it, doing what the next word says ("881 were infected and
315 of them died"): narrowed as they were."""
_SUBJECT = regex.compile(r"\s*(?:the\s+|some\s+)?(?P<np>[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:were|are|have|had|was|is|remain|remained)\b")
_UNNAMED_PLACE = regex.compile(rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{1,2}}in\s+the\s+({'|'.join(UNNAMED_PLACES)})\b")
WHICH_BEFORE = frozenset("first last final remaining top other next initial".split())
"""Words right before a count that tell which ones of the things it counts ("the first 60 shows", "the remaining
45 hostages"): some, never all."""
_WHICH_BEFORE = regex.compile(rf"(?i)\b(?:the|its|their|his|her)\s+({'|'.join(sorted(WHICH_BEFORE))})\s+$")
_EARLIER_OF = regex.compile(r"(?i)\b(previous|old|former|original|earlier|prior)\s+(?:[a-z]+\s+){1,2}?(?:of|at)\s+$")
"""An earlier one whose value a figure gives ("beaten its previous record of 9.7 million"): not the current one."""
THRESHOLD_WORDS = ("at", "above", "below", "over", "under")
"""Words that open a threshold a count is of ("Stations at 40°C or above: 7"): those past it, not all."""
NOT_EVENTS = frozenset("half quarter year month week day time place one two three four five six seven eight nine ten "
                        "hundred thousand million of".split())


def _last_word(text: str) -> str:
    """The last word of ``text``, in lower case ("" for none)."""
    words = text.rsplit(None, 1)
    return words[-1].lower() if words else ""


def qualifiers_of(norm: str, c: dict, before: str, clause: tuple[int, int], sentence: tuple[int, int], there: str,
                  narrowings: list, vocab: Vocabulary) -> tuple[str, ...]:
    """Words that narrow what is counted: a place after the counted noun, a subset marker before the figure,
    and for a bare figure ("Health workers ...: 450 of them were infected") the group its sentence is about."""
    fv = vocab.frames
    out = []
    if not c.get("counted") and c["kind"] == "count":
        subject = _SUBJECT.match(norm, sentence[0], c["start"])
        if subject:
            words = subject.group("np").lower().split()
            if is_plural(words[-1], vocab) and not {w for w in words} & (vocab.stop_words | fv.not_entities):
                head = singular(words[-1], vocab)
                if head not in fv.generic_heads:
                    out.append(" ".join(words[:-1] + [head]))
    if fv.subset_before is not None:  # (no may_hold: on a figure's own 48 characters the search is cheaper)
        m = None
        for m in fv.subset_before.finditer(before):
            pass
        if m is not None:
            out.append(" ".join(m.group().lower().split()))
    which = [w for w in norm[c["start"]:c["end"]].lower().split() if w in WHICH_ONES] if c.get("counted") else ()
    if which:
        out.append(which[0])  # "10 new stations" beside "41 stations"
    elif c["kind"] == "count" and before[-1:] == " " and _last_word(before) in WHICH_BEFORE and (
            first := _WHICH_BEFORE.search(before)):
        out.append(first.group(1).lower())  # "the first 60 shows" beside "149 shows"
    elif c["kind"] not in ("date", "date_range") and before.endswith(("of ", "at ")) and (
            earlier := _EARLIER_OF.search(before)):
        out.append(earlier.group(1).lower())  # "its previous record of 9.7 million" beside this year's count
    lo, hi = max(clause[0], c["start"] - 60), min(clause[1], c["end"] + 120)
    if norm.find("alone", lo, hi) >= 0 and _ALONE.search(norm, lo, hi):  # (the word first: the pattern scans slowly)
        out.append(ALONE)  # "19 homes were destroyed in Wennington alone": one place's part of a larger count
    if _PART_OF.match(norm, c["end"], clause[1]):
        out.append("part of a stated total")  # "365 of the 650 seats"
    elif not c.get("counted") and _SOME_OF.match(norm, c["end"], clause[1]):
        out.append("part of them")  # "61 of the passengers were French": some of the passengers, not all
    if c["kind"] not in ("date", "date_range"):
        out += narrowings
        group = _FOR_GROUP.match(norm, c["end"], clause[1])
        if group and group.group("noun").lower() not in vocab.stop_words | NOT_EVENTS | _NOT_GROUPS and not (
                group.group("noun").endswith("ing")):
            out.append(f"{group.group('prep')} {group.group('noun').lower()}")  # "$25 for adults", "95% against infection"
        arm = _IN_GROUP.match(norm, c["end"], clause[1])
        if arm:  # "just eight were in the vaccinated group": one arm, not all the cases
            out.append(f"among {arm.group('which').lower()} {arm.group('noun').lower()}")
        point = _AT_POINT.match(norm, c["end"], clause[1])
        if point:  # "62,000 barrels per day at the start": the rate then, not before capping
            out.append(f"{point.group(1).lower()} {point.group(2).lower()}")
    if there:  # (``there``: the place "there" or "on the island" points back to)
        out.append(f"in {there}")
    elif (unnamed := _UNNAMED_PLACE.match(norm, c["end"], clause[1])) and c["kind"] in ("percent", "count"):
        out.append(f"in {unnamed.group(1).lower()}")  # "87 percent of stations in the capital": one place, unnamed
    if c.get("counted"):
        place = _PLACE.match(norm, c["end"], clause[1])
        if place and place.group("prep") in fv.place_prepositions:
            words = [w for w in place.group("place").split() if w.lower().removesuffix("'s") not in fv.not_entities]
            if words:
                out.append(f"{place.group('prep')} {' '.join(words).lower()}")
    return tuple(out)


MONTHS_NARROWING = tuple(m for m in MONTHS if m != "may")  # (never "in May": "may" is a verb as often)


def names_a_weekday(qualifier: str) -> bool:
    """Whether a frame's narrowing is a weekday, as frames write it ("on monday")."""
    words = qualifier.split()
    return len(words) == 2 and words[0] == "on" and words[1] in WEEKDAYS


def names_a_day_or_month(qualifier: str) -> bool:
    """Whether a frame's narrowing is a weekday or a month of no year, as frames write it ("on monday",
    "in march"): when a figure is said of, not which part of a thing."""
    words = qualifier.split()
    return names_a_weekday(qualifier) or (len(words) == 2 and words[0] == "in" and words[1] in MONTHS_NARROWING)


_WHICH_EVENT = regex.compile(
    r"(?i)\b(?:in|during)\s+(?:the|its|their)\s+(?P<which>first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|last|final|opening|1st|2nd|3rd|4th|5th)\s+(?P<noun>[a-z]{3,})\b")
"""One of a series of events named by its place in it ("in the first attack", "during the second wave")."""
STATISTICS = frozenset("average median mean minimum maximum typical starting".split())
"""Which statistic of a distribution a figure is ("the median salary" is not "the average salary")."""
_STATISTIC = regex.compile(rf"(?i)\b({'|'.join(sorted(STATISTICS | set(STATISTIC_SYNONYMS)))})\b")
_STATISTIC_CLUES = ("average", "med", "mean", "mum", "typ", "tar", "pea", "ghe", "owe", "bu", "qu")
"""(a part of each word of _STATISTIC without i, s or k, for ``written``)"""
_AT_THE_PEAK = regex.compile(r"(?i)\s*(?:at|during)\s+(?:the|its|their)\s+(?:peak|height|busiest)\b[^,;]{0,60},")
"""A sentence opening with the peak of what it tells ("At the busiest point of the building work, ..."): its
figures are the maximum."""
_DAY_OR_MONTH = regex.compile(
    r"(?<!\b(?:said|says|announced|reported|told\s+\w+|added|confirmed|stated|estimated|disclosed|showed|shows|"
    r"revealed|published|released|declared|noted|wrote|warned)\s+)"
    rf"\bon\s+(?:{'|'.join(d.title() for d in WEEKDAYS)})\b"
    rf"|\bin\s+(?:{'|'.join(m.title() for m in MONTHS_NARROWING)})\b"
    r"(?!\s*,?\s*\d)")
"""A weekday or a month of no stated year ("on Monday", "in March"): one day or month among others."""
_DAY_OR_MONTH_CLUES = ("day", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Every match of ``_DAY_OR_MONTH`` (case-sensitive) holds one of these."""


def narrowings(norm: str, clause: tuple[int, int], sentence: tuple[int, int], cache: dict) -> list:
    """What narrows every figure of a clause, found once per clause: one event of a series ("in the first
    round, ..."), a weekday or a month of no year ("on Monday"), a statistic ("the median salary"; a sentence
    opening "At the peak of ...,": the maximum)."""
    key = ("narrowings", clause, sentence)
    found = cache.get(key)
    if found is None:
        of_sentence = cache.get(("narrowings", sentence))
        if of_sentence is None:  # (the same for every clause of the sentence)
            of_sentence = cache[("narrowings", sentence)] = [
                *(f"{m.group('which').lower()} {m.group('noun').lower()}"
                  for m in _WHICH_EVENT.finditer(norm, *sentence)
                  if m.group("noun").lower() not in NOT_EVENTS),
                *(" ".join(m.group().lower().split()) for m in (_DAY_OR_MONTH.finditer(norm, *sentence) if any(
                    w in norm[sentence[0]:sentence[1]] for w in _DAY_OR_MONTH_CLUES) else ())),
                *(("maximum",) if _AT_THE_PEAK.match(norm, *sentence) else ())]
        statistics = _STATISTIC.finditer(norm, *clause) if written(norm[clause[0]:clause[1]], _STATISTIC_CLUES,
                                                                     cache) else ()
        found = cache[key] = [*of_sentence, *(STATISTIC_SYNONYMS.get(m.group(1).lower(), m.group(1).lower())
                                              for m in statistics)]
    return found


_AGAIN = regex.compile(r"(?i)\b(?:for\s+(?:a|the)\s+(?P<nth>second|third|fourth|fifth|last|final)\s+time|"
                       r"(?P<again>again|once\s+more))\b")
"""An event told as a repeat ("came ashore for a second time", "struck again")."""


def repeat_of_event(clause: str) -> str:
    """The narrowing that tells a repeated event's date from the first one's ("second time", "again"), or ""."""
    m = _AGAIN.search(clause)
    return "" if m is None else f"{m.group('nth').lower()} time" if m.group("nth") else "again"
