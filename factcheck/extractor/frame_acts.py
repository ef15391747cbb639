"""What befell those a figure counts, read from the verb right before it ("killed 301 miners") or the words right
after it ("eleven were killed", "301 miners were dead", "315 of them died"): the measure they name.  Part of the
frame reader (see ``frame_measures``)."""
from __future__ import annotations

import regex

ACTED = regex.compile(r"\s+(?:(?:of|among)\s+(?:them|whom|(?:those|these)(?:\s+(?:aboard|inside|trapped|present))?)\s+"
                      r"(?:later\s+|eventually\s+|also\s+)?)?"
                      r"(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?")
"""What may stand between a count and the verb or state after it ("were", "had been", "of them")."""
_STATE_AFTER = regex.compile(r"(?:(?:confirmed|reported|found|declared|presumed|feared|listed\s+as|still|later)\s+)?"
                             r"([a-z]+)\b(?![- ](?:of|in|to|at|on)\b)")
"""A state a copula gives its counted noun ("were dead", "were reported missing"), read as the noun of a measure."""
_HARMS = frozenset({"deaths", "injured", "evacuees", "displaced", "survivors", "cases", "missing"})
"""Measures of people a verb counts by what befell them ("killed", "injured", "evacuated", "rescued")."""
_ONLY_HEDGE = regex.compile(r"(?i)\s+(?:(?:at\s+least|about|around|more\s+than|nearly|some|over|almost|up\s+to|an\s+"
                            r"estimated|roughly)\s+)?$")


def harm_before(text: str, at: int, verbs: list, fv) -> str:
    """The measure of the verb right before a counted figure when it says what befell those counted ("killed
    301 miners", "injured at least 162 workers"), else ""."""
    act = next((v for v in reversed(verbs) if v[1] <= at), None)
    if act is None or (measure := fv.verb_measure.get(act[2])) not in _HARMS:
        return ""
    return measure if _ONLY_HEDGE.fullmatch(text, act[1], at) else ""


def acted_after(text: str, until: int, verbs: list, fv) -> str:
    """The measure a verb right after a counted noun names ("workers lost their lives", "men were killed")."""
    m = ACTED.match(text, until)
    if m is None:
        return ""
    for start, _, base in verbs:
        if start == m.end() and base in fv.verb_measure:
            return fv.verb_measure[base]
    state = _STATE_AFTER.match(text, m.end()) if m.end() > until else None
    if state and (named := fv.noun_measure.get(state.group(1).lower())):
        return named  # "301 miners were dead", "12 were reported missing": deaths, missing
    phrase = fv.phrase_measure.match(text, m.end()) if fv.phrase_measure is not None else None
    return fv.phrase_names[int(phrase.lastgroup[1:])] if phrase else ""
