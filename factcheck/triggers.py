"""Trigger words: literal text a pattern cannot match without, read from the pattern itself.

"since (?P<from>(?:18|19|20)\\d\\d)" cannot match a line without "since";
"(?:Suite|Room|No\\.) #?\\d+" not one without "suite", "room" or "no.".
``trigger_of`` derives such needs once, when the vocabulary is built, and
``Trigger.may_match`` then rules a pattern out of a line with a few ``in``
tests instead of a regex search per window.  Only literals a match consumes
count (never those in lookarounds), so a match always holds them.

The pattern is read with Python's own regex parser; a pattern it cannot read
the same way as the ``regex`` module (module-only syntax, fuzzy or full case
folding, POSIX classes) gets no trigger and always runs.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Optional

import regex

try:
    from re import _parser as _sre
except ImportError:  # Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

CASE_ODDITIES = "\u0130\u017f\u212a"
"""Characters the regex module matches to an ASCII letter when ignoring case (İ to i, ſ to s, the Kelvin
sign to k): a line holding one is not tested against case-insensitive literals."""
MAX_ALTERNATIVES = 32
MAX_NEEDS = 3


@dataclass(frozen=True)
class Trigger:
    """What every match of a pattern contains: for each entry of ``needs``, one of its alternatives
    (literal text, and whether it is compared case-insensitively, in lower case)."""

    needs: tuple[tuple[tuple[str, bool], ...], ...]

    def may_match(self, text: str, lowered: Optional[str]) -> bool:
        """False when ``text`` lacks a need, so the pattern cannot match anywhere in it (``lowered``: the text
        in lower case, same length, or None when case-insensitive literals cannot be tested on it)."""
        for alternatives in self.needs:
            for literal, folded in alternatives:
                if folded:
                    if lowered is None or literal in lowered:
                        break
                elif literal in text:
                    break
            else:
                return False
        return True


def lowered_for_triggers(text: str) -> Optional[str]:
    """``text`` in lower case for ``Trigger.may_match``, or None when lower case would not tell (a character
    in CASE_ODDITIES, or lower case of another length)."""
    if not text.isascii() and any(ch in text for ch in CASE_ODDITIES):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def trigger_of(pattern: "regex.Pattern") -> Optional[Trigger]:
    """The trigger of a compiled pattern, or None when it has no literal need (or cannot be read)."""
    if pattern.flags & (regex.FULLCASE | regex.VERSION1):
        return None
    flags = (_sre.SRE_FLAG_IGNORECASE if pattern.flags & regex.IGNORECASE else 0) | (
        _sre.SRE_FLAG_VERBOSE if pattern.flags & regex.VERBOSE else 0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": a POSIX class the two parsers read apart
            parsed = _sre.parse(pattern.pattern, flags)
    except Exception:  # noqa: BLE001 -- any failure to read means: no trigger, the pattern always runs
        return None
    if _has_brace(parsed.data):
        return None  # "{e<=1}" is fuzzy matching to the regex module, literal text to Python's parser
    needs = _needs(parsed.data, bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE))
    usable = sorted({n for n in needs if len(n) <= MAX_ALTERNATIVES}, key=_selectivity)[:MAX_NEEDS]
    return Trigger(tuple(usable)) if usable else None


def _selectivity(alternatives: tuple) -> tuple:
    """Sort key: longer shortest literal first (rarer in prose), then fewer alternatives, then the text."""
    return -min(len(text) for text, _ in alternatives), len(alternatives), alternatives


def _literal(code: int, folded: bool) -> Optional[tuple[str, bool]]:
    """One character as (text, folded); None for a non-ASCII character compared case-insensitively."""
    ch = chr(code)
    if not folded:
        return ch, False
    if not ch.isascii():
        return None
    return (ch.lower(), True) if ch.isalpha() else (ch, False)


def _needs(items, folded: bool) -> list[tuple[tuple[str, bool], ...]]:
    """The needs of a parsed sequence: every one must hold; each is a sorted tuple of alternatives."""
    needs: list = []
    run: list[tuple[str, bool]] = []

    def close():
        if run:
            text = "".join(ch for ch, _ in run)
            needs.append(((text.lower(), True) if any(f for _, f in run) else (text, False),))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            lit = _literal(av, folded)
            if lit is not None:  # (within one sequence every letter shares one case rule)
                run.append(lit)
            else:
                close()
            continue
        close()
        if op is _sre.SUBPATTERN:
            _, add, remove, body = av
            inner = (folded or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not remove & _sre.SRE_FLAG_IGNORECASE
            needs += _needs(body, inner)
        elif op is _sre.ATOMIC_GROUP:
            needs += _needs(av, folded)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                needs += _needs(av[2], folded)
        elif op is _sre.BRANCH:
            union: set = set()
            for branch in av[1]:
                options = _needs(branch, folded)
                if not options:
                    union = set()
                    break
                union |= set(min(options, key=_selectivity))
            if union:
                needs.append(tuple(sorted(union)))
        elif op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
            chars = {_literal(code, folded) for _, code in av}
            if None not in chars:
                needs.append(tuple(sorted(chars)))
    close()
    return needs


def _has_brace(items) -> bool:
    """Whether a parsed pattern holds a literal brace anywhere."""
    for op, av in items:
        if op is _sre.LITERAL and av in (ord("{"), ord("}")):
            return True
        for part in (av if isinstance(av, (tuple, list)) else (av,)):
            if isinstance(part, _sre.SubPattern) and _has_brace(part.data):
                return True
            if isinstance(part, list) and any(isinstance(b, _sre.SubPattern) and _has_brace(b.data) for b in part):
                return True
    return False
