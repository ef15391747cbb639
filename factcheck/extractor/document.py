"""Reading a whole document: line by line, with a memo of paragraphs already read."""
from __future__ import annotations

import bisect
import re

from ..model import Claim
from ..vocab import Vocabulary
from .chinese import has_cjk
from .core import _Extraction
from .people import decade_ages
from .relative_dates import has_relative_date
from .text import normalize, sentences
from .windows import word_windows

_ANY_DIGIT = re.compile(r"[0-9\u00bc-\u00be\u2150-\u215e]")
"""A digit or a vulgar fraction character ("½"): a line without one (nor number words) holds no figure (Python's
re: a class of code points reads alike in both engines, and re finds it twice as fast)."""


class ParagraphMemo:
    """Claims of paragraphs already read, relative to the paragraph (bounded, least recently used out).

    Archives repeat paragraphs -- wire copy, boilerplate, quotes -- so a
    paragraph is read once per process however many documents carry it.
    """

    SMALL = 1000
    """The size the memo shrinks to on prose that does not repeat (fewer than 1 in 100 paragraphs seen before,
    after 5,000): there it would only hold 20,000 paragraphs and their claims (about 80 MB) for nothing."""

    def __init__(self, size: int = 20000):
        self.size = size
        self.items: dict = {}
        self.hits = self.misses = 0

    def get(self, paragraph: str):
        """The claims and sentences of a paragraph read before, or None."""
        found = self.items.pop(paragraph, None)
        if found is not None:
            self.items[paragraph] = found
            self.hits += 1
        else:
            self.misses += 1
        return found

    def put(self, paragraph: str, value) -> None:
        """Keep a paragraph's reading (the least recently used one goes when the memo is full)."""
        self.items[paragraph] = value
        if self.misses >= 5000 and self.hits * 100 < self.misses and self.size > self.SMALL:
            self.size = self.SMALL
        while len(self.items) > self.size:
            self.items.pop(next(iter(self.items)))


def _placed(c: Claim, offset: int, sentence: tuple[int, int], nearby: tuple[int, int]) -> Claim:
    """A line's claim moved to its place in the document (a hot path: one constructor call, not replace())."""
    return Claim(
        c.start + offset, c.end + offset, c.text, c.kind, c.value, c.low, c.high, c.low_inclusive,
        c.high_inclusive, c.hedge, c.precision, c.step, c.unit, c.counted, c.date, c.season, c.scope, sentence,
        (c.clause[0] + offset, c.clause[1] + offset), (c.local[0] + offset, c.local[1] + offset), nearby, c.frame,
    )


def _paragraph(text: str, vocab: Vocabulary, memo: ParagraphMemo):
    found = memo.get(text)
    if found is None:
        norm = normalize(text)
        if _ANY_DIGIT.search(norm) is None and word_windows(norm, vocab) == [] and not has_cjk(norm) and not (
                "ties" in norm and decade_ages(norm)) and not (  # ("in her late thirties": an age in words alone)
                has_relative_date(norm, vocab)):  # ("on Tuesday", "yesterday")
            found = ([], sentences(norm))  # no digit, no number word, no Chinese: nothing to read
        else:
            ex = _Extraction(text, vocab, norm)
            found = (ex.run(), ex.sentences)
        memo.put(text, found)
    return found


def extract(text: str, vocab: Vocabulary, memo: ParagraphMemo | None = None) -> list[Claim]:
    """Every numeric and date claim in ``text``, in order of position.

    Lines are read one at a time (a sentence never crosses a line break) and
    the ``nearby`` window is then set across lines; ``memo`` lets repeated
    lines be read once.
    """
    if not text or not text.strip():
        return []
    memo = memo if memo is not None else ParagraphMemo()
    placed: list[tuple[Claim, int]] = []  # claims relative to their line, with the line's offset
    sentences: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            found, found_sentences = _paragraph(line, vocab, memo)
            sentences += [(a + offset, b + offset) for a, b in found_sentences]
            placed += [(c, offset) for c in found]
        offset += len(line) + 1
    starts = [a for a, _ in sentences]
    out = []
    for c, offset in placed:
        sentence = (c.sentence[0] + offset, c.sentence[1] + offset)
        i = bisect.bisect_left(starts, sentence[0])
        if i < len(sentences) and sentences[i] == sentence:
            nearby = (sentences[max(i - 1, 0)][0], sentences[min(i + 1, len(sentences) - 1)][1])
        else:
            nearby = (c.nearby[0] + offset, c.nearby[1] + offset)
        out.append(_placed(c, offset, sentence, nearby))
    return out
