"""Reading Chinese text: figures, hedges, measure words, units, dates and periods.

Simplified and Traditional Chinese (Traditional is folded to Simplified
first, one character for one, so offsets hold).  The vocabulary is the
``chinese:`` section of ``rules/vocab/zh.yaml``; intervals follow
SEMANTICS.md §6.  ``read_chinese`` is the extractor pass, ``gloss`` gives
the English words of a Chinese window for alignment, ``chinese_dateline``
reads a document date from a Chinese dateline.
"""
from __future__ import annotations

from .dates import chinese_dateline
from .figures import read_chinese
from .gloss import gloss
from .numerals import chinese_number
from .phrases import (
    chinese_frame_words,
    chinese_measure,
    chinese_qualifiers,
    chinese_role,
    has_perfect_marker,
)
from .script import has_cjk, to_simplified

__all__ = ["chinese_frame_words", "chinese_measure", "chinese_qualifiers", "chinese_role", "read_chinese", "gloss", "chinese_dateline", "chinese_number", "has_cjk", "has_perfect_marker", "to_simplified"]
