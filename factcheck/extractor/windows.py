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
    hits = word_hits(norm, vocab, automaton_name)
    return None if hits is None else windows_around(hits, len(norm))


def word_hits(norm: str, vocab: Vocabulary, automaton_name: str = "number_word_automaton"
              ) -> list[tuple[int, int, str]] | None:
    """(start, end, word in lower case) of every whole word of one of the vocabulary's automata in ``norm``, in
    order of their ends; None when there is no automaton or lower case would move offsets."""
    automaton = vocab.compiled.get(automaton_name)
    if automaton is None:
        return None
    lowered = norm.lower()
    if len(lowered) != len(norm):  # a rare character whose lower case is longer: offsets would drift
        return None
    hits = []
    for end, word in automaton.iter(lowered):
        start = end - len(word) + 1
        if (start == 0 or not lowered[start - 1].isalpha()) and (end + 1 >= len(lowered) or not lowered[end + 1].isalpha()):
            hits.append((start, end + 1, word))
    return hits


def windows_around(hits: list[tuple[int, int, str]], length: int) -> list[tuple[int, int]]:
    """The windows around ``word_hits`` (padded, merged, clipped to ``[0, length]``)."""
    return merge(((start - PAD_BEFORE, end + PAD_AFTER) for start, end, _ in hits), length)


def number_word_starts(lowered: str, hits: list[tuple[int, int, str]], windows: list[tuple[int, int]],
                       words: frozenset) -> list[int]:
    """Every offset where a match of the vocabulary's ``number_words`` pattern can start (a sorted superset), for
    ``scan_at``: where one of ``words`` (its number words and scales, plain ASCII words) starts as a whole word,
    where a word runs into a window's end (the pattern there sees the word end), and at an "a" or "an" before
    either ("a thousand").  ``lowered``: the text in lower case, where the regex module reads letters as lower
    case does (``triggers.TextProbe.lowered``)."""
    opens = [start for start, _, word in hits if word in words]
    for _, end in windows:  # ("sevenfold" cut after "seven" by a window's end reads "seven" there)
        if end < len(lowered) and lowered[end].isalpha() and lowered[end - 1].isalpha():
            start = end - 1
            while start > 0 and lowered[start - 1].isalpha():
                start -= 1
            opens.append(start)
    starts = set(opens)
    for start in opens:  # "a" or "an", then blanks, then the word
        j = start
        while j > 0 and lowered[j - 1].isspace():
            j -= 1
        if j < start:
            for article in ("a", "an"):
                at = j - len(article)
                if at >= 0 and lowered[at:j] == article and (at == 0 or not lowered[at - 1].isalpha()):
                    starts.add(at)
    return sorted(starts)


def scan_at(pattern: "regex.Pattern", norm: str, windows: list[tuple[int, int]], starts: list[int]) -> list:
    """``scan(pattern, norm, windows)`` for a pattern that never matches empty text, tried only at ``starts`` (sorted;
    every offset in the windows where a match can start is one of them): one anchored match per start instead
    of a search through each window."""
    found: list = []
    i, last, count = 0, -1, len(starts)
    for s, e in windows:
        while i < count and starts[i] < s:
            i += 1
        while i < count and starts[i] < e:
            at = starts[i]
            i += 1
            if at >= last:
                m = pattern.match(norm, at, e)
                if m is not None:
                    found.append(m)
                    last = m.end()
    return found


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
