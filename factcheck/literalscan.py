"""Aho-Corasick automata for the trigger needs of many literals (``triggers.TextProbe``).

A need ("one of these 32 ordinal words", "one of Apt, Article, Box, Bus ...")
is tested on every line that holds a figure; one automaton pass that stops
at the first literal found is about three times faster than 32 ``in`` tests
when none is there, and slower below a dozen literals.
"""
from __future__ import annotations

from typing import Optional

MANY_LITERALS = 12
_AUTOMATA: dict = {}
"""id(alternatives) -> (alternatives, automata); the alternatives are held, so their id is not reused."""


def automata_of(alternatives) -> Optional[tuple]:
    """(automaton of the case-insensitive literals, automaton of the others) of a need, each None when it has
    none; None without pyahocorasick."""
    entry = _AUTOMATA.get(id(alternatives))
    if entry is not None and entry[0] is alternatives:
        return entry[1]
    try:
        import ahocorasick
    except ImportError:
        ahocorasick = None
    built = []
    for case in (True, False):
        literals = [literal for literal, folded in alternatives if bool(folded) == case]
        automaton = None
        if literals and ahocorasick is not None:
            automaton = ahocorasick.Automaton()
            for literal in literals:
                automaton.add_word(literal, literal)
            automaton.make_automaton()
        built.append(automaton)
    automata = tuple(built) if ahocorasick is not None and all(alternatives) and all(
        literal for literal, _ in alternatives) else None
    if len(_AUTOMATA) > 4096:  # vocabularies built by tests
        _AUTOMATA.clear()
    _AUTOMATA[id(alternatives)] = (alternatives, automata)
    return automata
