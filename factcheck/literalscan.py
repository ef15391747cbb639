"""Every trigger need's answer for a text at once (``triggers.TextProbe``).

Each need ("one of these 32 ordinal words", "one of Apt, Article, Box ...",
"since ") gets a bit of ``NEEDS`` when its trigger is built, and a trigger
the mask of its needs.  A text's answers to all needs then come from one
Aho-Corasick pass per case (the lower-cased text for case-insensitive
literals, the text for the others), plus an ``in`` test per one-character
literal (too frequent for the automaton), instead of one ``in`` test per
literal of each need, asked pattern by pattern: about 60 needs are asked of
every line holding a figure, so the calls cost more than the tests.
"""
from __future__ import annotations

from typing import Optional

try:
    import ahocorasick
except ImportError:  # (a required dependency; without it every literal is an ``in`` test)
    ahocorasick = None


class NeedIndex:
    """The bits of the needs seen so far, and the automata that answer them (rebuilt when a need is added)."""

    def __init__(self):
        self.bits: dict = {}
        """need (a tuple of (literal, folded) alternatives) -> its bit"""
        self._scan: Optional[tuple] = None

    def mask_of(self, needs) -> int:
        """The mask of a trigger's needs (each need gets a bit the first time it is seen)."""
        mask = 0
        for need in needs:
            bit = self.bits.get(need)
            if bit is None:
                bit = self.bits[need] = 1 << len(self.bits)
                self._scan = None
            mask |= bit
        return mask

    def answers(self, text: str, lowered: Optional[str]) -> tuple[int, int]:
        """(the bits of the needs ``text`` holds, the bits answered: every need seen so far).  ``lowered``: the
        text in lower case for case-insensitive literals, or None when lower case would not tell (such needs
        then hold)."""
        scan = self._scan if self._scan is not None else self._build()
        folded, plain, singles, always, any_folded, known = scan
        held = any_folded if lowered is None else _held(folded, singles[0], lowered)
        return always | held | _held(plain, singles[1], text), known

    def _build(self) -> tuple:
        """(folded automaton, plain automaton, one-character literals (folded, plain) with their bits, bits of
        needs that always hold, bits of needs with a case-insensitive literal, all bits)."""
        words: tuple[dict, dict] = ({}, {})
        singles: tuple[dict, dict] = ({}, {})
        always = any_folded = 0
        for need, bit in self.bits.items():
            for literal, folded in need:
                side = 0 if folded else 1
                any_folded |= bit if folded else 0
                if not literal:
                    always |= bit
                elif len(literal) == 1 or ahocorasick is None:
                    singles[side][literal] = singles[side].get(literal, 0) | bit
                else:
                    words[side][literal] = words[side].get(literal, 0) | bit
        automata = []
        for side in (0, 1):
            automaton = None
            if words[side]:
                automaton = ahocorasick.Automaton()
                for literal, bit in words[side].items():
                    automaton.add_word(literal, bit)
                automaton.make_automaton()
            automata.append(automaton)
        self._scan = (automata[0], automata[1], (tuple(singles[0].items()), tuple(singles[1].items())), always,
                      any_folded, (1 << len(self.bits)) - 1)
        return self._scan


def _held(automaton, singles: tuple, text: str) -> int:
    """The bits of the literals ``text`` holds: the automaton's words (None: none) and the one-character
    ``singles`` ((literal, bits) pairs)."""
    bits = 0
    if automaton is not None:
        for _, bit in automaton.iter(text):
            bits |= bit
    for literal, bit in singles:
        if literal in text:
            bits |= bit
    return bits


NEEDS = NeedIndex()
"""The one index every ``triggers.Trigger`` registers its needs in."""
