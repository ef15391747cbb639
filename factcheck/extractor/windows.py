"""Where to look: windows of text around digits and number words.

Every extraction pattern needs a figure -- digits or a number word -- so the
patterns run only inside windows around those, found with one fast digit
scan and one Aho-Corasick pass (pyahocorasick) over the vocabulary's number
words.  On prose with few figures this skips most of the text.
"""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator

import regex

from ..triggers import TextProbe, Trigger
from ..vocab import Vocabulary

_DIGIT_RUN = regex.compile(r"[0-9]+")
PAD_BEFORE = 40
PAD_AFTER = 72


def merge(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of spans clipped to ``[0, length]``."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        s, e = max(s, 0), min(e, length)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def digit_windows(norm: str) -> list[tuple[int, int]]:
    """Windows around every run of ASCII digits (``merge`` of their padded spans, in one pass: runs come in order)."""
    out: list[tuple[int, int]] = []
    length = len(norm)
    for m in _DIGIT_RUN.finditer(norm):
        s, e = max(m.start() - PAD_BEFORE, 0), min(m.end() + PAD_AFTER, length)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def word_windows(norm: str, vocab: Vocabulary, automaton_name: str = "number_word_automaton") -> list[tuple[int, int]] | None:
    """Windows around the words of one of the vocabulary's automata (number words by default;
    ``date_word_automaton``: months, seasons, quarters); None means "scan everything"."""
    automaton = vocab.compiled.get(automaton_name)
    if automaton is None:
        return None
    lowered = norm.lower()
    if len(lowered) != len(norm):  # a rare character whose lower case is longer: offsets would drift
        return None
    spans = []
    for end, word in automaton.iter(lowered):
        start = end - len(word) + 1
        if (start == 0 or not lowered[start - 1].isalpha()) and (end + 1 >= len(lowered) or not lowered[end + 1].isalpha()):
            spans.append((start - PAD_BEFORE, end + 1 + PAD_AFTER))
    return merge(spans, len(norm))


def scan(pattern: "regex.Pattern", norm: str, windows: list[tuple[int, int]] | None, trigger: Trigger | None = None,
         probe: TextProbe | None = None, **kwargs) -> Iterator:
    """``pattern.finditer`` over the windows only (the whole text when ``windows`` is None); with a ``trigger``
    (and the ``probe`` of ``norm``), nothing when the text lacks its needs, and only windows holding its hint.
    (A plain function, not a generator: most calls end at the trigger, and a generator costs its frame.)"""
    if windows == []:
        return iter(())
    if trigger is not None:
        if not probe.has_needs(trigger):
            return iter(())
        windows = probe.hinted(trigger, windows)
    if windows is None:
        return pattern.finditer(norm, **kwargs)
    if len(windows) == 1:
        return pattern.finditer(norm, *windows[0], **kwargs)
    return chain.from_iterable(pattern.finditer(norm, s, e, **kwargs) for s, e in windows)
