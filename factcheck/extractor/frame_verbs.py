"""The verbs of a figure's clause: every verb read once per clause, the one that governs a figure, and the verb
that names what a measurement or a date is of.  Part of the frame reader (see ``frames``)."""
from __future__ import annotations

from typing import Optional

import regex

from ..vocab import Vocabulary
from .frame_names import TOKEN
from .nouns import verb_lemma

AUXILIARIES = frozenset("is was are were be been being am do does did will would can could may might must shall should "
                        "has have had".split())
"""Verbs that only help another verb (a figure's verb is never one of them)."""
NOT_VERBS = frozenset("per than more less about around over under some its their".split())
"""Words that are never verbs, whatever their form."""
_DETERMINERS = frozenset("the a an its their his her our".split())
"""Words after which no word is a verb ("the rescue shaft", "its record")."""
_COUNT_BEFORE = regex.compile(r"(?:(?<![\d.,])(?!(?:1[89]|20)\d\d\s)\d[\d,.]*|\b(?:hundred|thousand|million|billion))\s+$")
"""A count right before a word: a word in -s after it is the counted noun, not a verb ("from 60 shows and 4.35
million tickets"; a count of many that did something takes no -s: "1,190 died"; a year may: "2019 shows")."""
_SCALES = frozenset("hundred thousand million billion".split())
MODALS = frozenset("will would can could may might must shall should".split())
"""Words after which a word is a verb in its base form."""


def clause_verbs(text: str, vocab: Vocabulary, cache: dict) -> list[tuple[int, int, str, bool]]:
    """Every verb of a clause: (start, end, lemma, auxiliary?); read once per clause (claims share clauses)."""
    found = cache.get(("verbs", text))
    if found is not None:
        return found
    fv = vocab.frames
    found, previous = [], ""
    for m in TOKEN.finditer(text):
        token = m.group()
        word, after, capital = token.lower(), previous, token[0].isupper()
        previous = "" if capital and word == "may" else word  # ("On 5 May, the toll rose": no modal)
        if capital or word in NOT_VERBS or after in _DETERMINERS or (
                word[-1] == "s" and word[-2:] != "ss" and word not in AUXILIARIES
                and (text[m.start() - 2:m.start() - 1].isdigit() or after in _SCALES)
                and _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            continue  # words that are never verbs, names, a word after "the" ("the rescue shaft", "the launch")
        base = verb_lemma(word)
        if (word in vocab.verbs or word in fv.verbs or base in fv.verb_measure
                or (word.endswith("ed") and len(word) > 4 and base != word and "-" not in word + after)
                # ("a state-owned firm", "a single-track electrified railway": adjectives before a noun)
                or (word.endswith("ing") and base != word and base in fv.verbs)  # "winning 23 of 38 matches"
                or (after in MODALS and word not in vocab.stop_words)):  # "will create", "plans to cut"
            found.append((m.start(), m.end(), base, word in AUXILIARIES))
    cache[("verbs", text)] = found
    return found


_PARTITIVE = regex.compile(r"\s+(?:of|among)\s+(?:them|those|these|whom|which)\s+(?:(?:had|have|has|were|was|are|"
                           r"is|later|eventually|subsequently|also)\s+)?")
"""What may stand between a figure and its own verb when it counts a part ("881 were infected and 315 of them
died": the 315 died, whatever verb stands closer before it)."""


def predicate_of(text: str, at: int, until: int, vocab: Vocabulary, cache: dict) -> tuple[str, list[tuple[int, int, str]]]:
    """The lemma of the verb nearest the figure in its clause, and every verb of the clause (start, end, lemma)."""
    best, best_distance, verbs = "", None, []
    for start, end, base, auxiliary in clause_verbs(text, vocab, cache):
        if start >= at and end <= until:
            continue  # the figure itself
        verbs.append((start, end, base))
        if auxiliary:
            continue
        distance = at - end if end <= at else 1 if _PARTITIVE.fullmatch(text, until, start) else start - until
        if best_distance is None or distance < best_distance:
            best, best_distance = base, distance
    if not best and verbs:
        best = verbs[0][2]
    return best, verbs


_RIGHT_AFTER_VERB = regex.compile(r"\s+(?:for\s+|over\s+)?")
"""What may stand between a verb and the measurement it governs ("burned 62,053 hectares", "fell for 3 min")."""


_OBJECT_THEN_FOR = regex.compile(r"\s+(?:(?:the|its|their|his|her|a|an|it|them)\s+)?(?:[a-z]+\s+){0,2}?for\s+")
"""A verb's object, then "for" a span of time ("blocked the canal for six days", "closed it for 18 months")."""


def acting_verb(text: str, at: int, verbs: list, vocab: Vocabulary, duration: bool = False) -> str:
    """The verb right before a measurement that names no property, which says what it measures ("the fire
    burned 62,053 hectares": burn; "the guards spent 81 minutes"; a ``duration`` after the verb's object:
    "blocked the canal for six days"); "" for a verb that only states a level or a speaker's verb."""
    fv = vocab.frames
    before = [(e, v) for s, e, v in verbs if e <= at]
    end, verb = before[-1] if before else (0, "")
    if not verb or not (_RIGHT_AFTER_VERB.fullmatch(text, end, at) or (
            duration and _OBJECT_THEN_FOR.fullmatch(text, end, at))):
        return ""  # (the verb of another figure: "trapped 33 men 700 metres underground and about 5 km ...")
    return "" if verb in fv.neutral_verbs or verb in fv.reporting_verbs or verb in AUXILIARIES or (
        verb in MODALS or verb in ("do", "make", "take", "get", "give", "go", "come")) else verb


_OPENING_DATE = regex.compile(r"(?i)\s*(?:(?:and|but|then|so)\s+)?(?:in|on|by)?\s*$")
"""What may stand before a date that opens its clause ("In 2019 ...", "and on 15 January ...")."""


_LIGHT_VERBS = ("be", "have", "do")


def last_act(verbs: list, at: int) -> Optional[tuple[int, int, str]]:
    """The last verb (start, end, lemma) ending before ``at`` that is no form of be, have or do; None if none."""
    return next((v for v in reversed(verbs) if v[1] <= at and v[2] not in _LIGHT_VERBS), None)


def event_verb(text: str, at: int, verbs: list) -> str:
    """The verb before a date that names what happened then ("opened on 1 May"), else the first verb after
    a date that opens its clause ("In 2019 the utility pleaded guilty"), be/have/do excepted."""
    act = last_act(verbs, at)
    if act:
        return act[2]
    if _OPENING_DATE.match(text, 0, at):
        return next((v for s, e, v in verbs if s >= at and v not in _LIGHT_VERBS), "")
    return ""


_LEVEL_VERB = regex.compile(r"(?i)\b(?:(?P<now>has|have|is|are|employs|numbers|counts|holds|totals|houses|boasts"
                            r"|comprises|operates|remains|stands)|was|were|had|employed|numbered|counted|held|totalled"
                            r"|totaled|housed|boasted|comprised|operated|remained|stood|will|would)\b")
"""Verbs that state a level, in the present ("has 10,000 employees") or not."""


_LEVEL_LEMMAS = frozenset("have be employ number count hold total house boast comprise operate remain stand".split())


def states_now(text: str, at: int, predicate: str) -> bool:
    """Whether a figure's clause states its level in the present tense ("The company has 10,000 employees",
    "The city's population is 2.1 million"): its verb is one of a level, and the last such verb before the figure
    is a present one (never "Profit is the odd one out: net income fell to $4.2 billion")."""
    if predicate not in _LEVEL_LEMMAS:
        return False
    last = None
    for last in _LEVEL_VERB.finditer(text, max(0, at - 80), at):
        pass
    return last is not None and last.group("now") is not None
