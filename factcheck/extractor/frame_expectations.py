"""Figures that are no outcome of their own: what was expected (a forecast, a target, an aim, a poll) and a
record another figure broke.  Part of the frame reader (see ``frames``)."""
from __future__ import annotations

import regex

_FORECAST_VERBS = frozenset("project forecast predict anticipate expect".split())
"""Verbs that make a figure an expectation, never the figure that came to be."""
_AIM_BEFORE = regex.compile(r"(?i)\b(?:(?:target|goal|aim|ambition|objective)s?\s+(?:of|is|was|to|for)|aim(?:s|ed|ing)?"
                            r"\s+(?:for|to|at)|plan(?:s|ned|ning)?\s+to|hop(?:es|ed|ing)\s+to|seek(?:s|ing)?\s+to)\b"
                            r"[^.;]{0,70}$|\b(?:only\s+had|needed|(?:was|were|is|are)\s+required)\s+to\s+[^.;,\d]{0,25}$"
                            r"|\b(?:approved|permitted|licen[cs]ed|authori[sz]ed|designed|planned|certified|rated)\s+"
                            r"(?:for|to\s+(?:have|hold|carry|take|seat))\b[^.;,\d]{0,25}$")
"""A target or an aim before a figure in its clause ("its target of 25 million annual visitors", "the goal ... of
attracting 23 million to 25 million visitors", "aimed for 20 million"), or what a plan allowed ("approved for five
storeys", "designed to carry 5,000"): an expectation, never the outcome."""
_EXPECTS_BEFORE = regex.compile(r"(?i)\b(?:expects?|forecasts?|predicts?|projects?|anticipates?)\s+"
                                r"(?:(?:the|its|their|a|an)\s+)?[a-z]+(?:\s+[a-z]+)?\s+to\s+[^.;,]{0,40}$")
"""A verb of forecasting before a figure its clause's later verb governs ("expects the museum to draw about 3.5
million visitors"): an expectation."""
_AIMED_AFTER = regex.compile(r"(?i)\s+(?:(?:it|they|he|she|we|officials|the\s+[a-z]+)\s+)?(?:had\s+|has\s+|have\s+)?"
                             r"(?:aimed|targeted|planned|hoped|forecast|projected|predicted)\b")
"""The same after the figure ("the 20 million it had aimed for by 2020")."""
_BROKEN_RECORD = regex.compile(r"(?i)\b(?:break(?:ing|s)?|broke|broken|beat(?:ing|s|en)?|surpass(?:ing|ed|es)?|"
                                r"eclips(?:ing|ed|es)|overtak(?:ing|es|en)|overtook|better(?:ing|ed|s)?)\s+"
                                r"(?:the\s+|a\s+|his\s+|her\s+|its\s+)?(?:[\w'’]+\s+){0,3}record\s+of\s+"
                                r"(?:about\s+|some\s+|nearly\s+)?$")
"""A record a figure broke, before it ("breaking the league's record of 34 goals"): the earlier record."""
_RECORD_APPOSED = regex.compile(r"(?i)\s*(?:that|(?:the|its|their)\s+(?:old|previous|former))\s+(?:[\w'’-]+\s+){0,3}"
                                r"(?:record|peak|high|best)\s*,\s*")
"""A sentence opening with an earlier record its figure is set in commas after ("That record, 34 goals, is shared
by ...", "The previous post-war peak, 10.8%, was reached in 1982")."""
_POLL_BEFORE = regex.compile(r"(?i)\b(?:exit|opinion)\s+polls?\b|\bpolls?\s+(?:showed|shows|suggested|gave|put|had)\b")
"""A poll earlier in a figure's sentence ("When the exit poll flashed up showing the Tories on 368 seats"): an
expectation, never the result."""


_FORECAST_OPENS = regex.compile(r"(?i)\W*(?:[A-Za-z'’-]+\s+){0,4}(?<!\b(?:the|a|an|its|their|this|that|our)\s+)"
                                r"(?:expects?|forecasts?|predicts?|projects?|anticipates?|expected|forecast|predicted|"
                                r"projected|anticipated)\s")
"""A sentence whose first verb forecasts ("It expects ...", "The company forecast ..."; not a noun, "The project
was delivered"): a figure of no verb of its own later in it is part of the forecast."""
_GOES_ON = regex.compile(r"(?i)\W*(?:on|with|for|at|of)\s")
"""A clause that goes on with what the verb before it governs (", on revenue of ...")."""
_BUT = regex.compile(r"(?i)\b(?:but|yet|however|while|whereas)\b")
"""A word that turns from what was expected to what came to be."""
_CUE_WORDS = ("target", "goal", "aim", "ambition", "objective", "plan", "hop", "seek", "expect", "forecast", "predict",
              "project", "anticipat", "approved", "permitted", "licen", "authori", "designed", "certified", "rated",
              "only had", "needed", "required")  # ("plan": "planned")
"""Words one of _AIM_BEFORE, _EXPECTS_BEFORE and _AIMED_AFTER needs, in lower case (a clause with none of them
is searched no further)."""


def expected(norm: str, sentence_start: int, start: int, text: str, at: int, until: int, predicate: str,
             cache: dict) -> bool:
    """Whether a figure (at ``start`` in ``norm``, at ``at``..``until`` in its clause ``text``) states what was
    expected: a forecasting verb governs it, a target or an aim names it, or a poll earlier in its sentence shows
    it ("the exit poll ... showing the Tories on 368 seats"); ``cache``: what the claims of one text share."""
    if predicate in _FORECAST_VERBS or (norm.find("oll", sentence_start, start) >= 0 and bool(
            _POLL_BEFORE.search(norm, sentence_start, start))):  # ("oll": every poll in lower or title case)
        return True
    if not predicate and _FORECAST_OPENS.match(norm, sentence_start, start) and (
            not norm[sentence_start:start - at].strip() or _GOES_ON.match(text)) and not _BUT.search(
            norm, sentence_start, start):
        return True  # "It expects 572 million users ..., on revenue of about 3.3 billion euros": the verb's too
        # (not "expected to make five flights, but it flew ..., for more than two hours", nor "..., adding to
        # the roughly 36 a day that pass": what came to be)
    key = ("expectation cues", text)  # (whether the clause holds a word either pattern needs, once per clause)
    cues = cache.get(key)
    if cues is None:
        low = text.lower()
        cues = cache[key] = any(w in low for w in _CUE_WORDS)
    if cues and (_AIM_BEFORE.search(text, max(0, at - 90), at) or _EXPECTS_BEFORE.search(text, max(0, at - 70), at)
                 or _AIMED_AFTER.match(text, until)):
        return True
    return False


def earlier_record(norm: str, sentence_start: int, start: int, before: str) -> bool:
    """Whether a figure is a record another broke ("breaking the league's record of 34 goals"; ``before``: its
    clause before it), an earlier record its sentence opens with ("That record, 34 goals, is shared by ..."), or a
    first value since changed ("at first weighed 70.3 grams")."""
    return bool(("record" in before.lower() and _BROKEN_RECORD.search(before)) or _AT_FIRST.search(before)
                or _RECORD_APPOSED.fullmatch(norm, sentence_start, start) or _of_an_earlier_one(norm, sentence_start))


_AT_FIRST = regex.compile(r"(?i)\b(?:at\s+first|initially|originally)\s+(?:[a-z]+\s+){0,3}?(?:about\s+|some\s+|"
                          r"around\s+|at\s+|to\s+|as\s+)?$")
"""A figure its clause gives as the first, since changed ("Curators at first weighed 70.3 grams", "was originally
budgeted at $6.07 billion", "the toll was initially put at 200"): an earlier value, never the figure now."""


_IT_DID = regex.compile(r"\s*It\s+[a-z]+(?:ed|ew|ought|ook|ode|ove|ent|ept|ilt|ast|ame)\b")
"""A sentence opening with "It" and a verb in the past."""
_EARLIER_ONE = regex.compile(r"(?i)\b(?:the|its)\s+(?:last|previous|earlier)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:\s+here)?"
                             r",?\s+in\s+(?:1[5-9]|20)\d\d\b[^.!?]{0,40}[.!?][\"'”’)]?\s+$")
"""A sentence ending by naming an earlier one of a kind with its year ("... remembers the last eruption here, in
1971.")."""


def _of_an_earlier_one(norm: str, sentence_start: int) -> bool:
    """Whether a sentence opening with "It" and a past verb tells of the earlier one its previous sentence named
    ("My father remembers the last eruption here, in 1971. It lasted three weeks": not this eruption's length)."""
    return bool(_IT_DID.match(norm, sentence_start) and _EARLIER_ONE.search(
        norm, max(0, sentence_start - 160), sentence_start))
