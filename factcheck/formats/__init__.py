"""Reading sources that are not plain text: PDF, Word, saved web pages, CSV and Excel tables.

Each format module turns a file's bytes into a ``Extracted``: the text the
extractor reads, a same-length prose mask, the named segments positions are
reported in (pages, paragraphs, rows) and what the file says about itself
(``meta``).  ``load.load_document`` wraps it into a ``Document``.  Problems
raise ``FormatError`` with a one-line reason; the optional libraries
(python-docx and trafilatura come with ``pip install 'factcheck[formats]'``)
are imported only when needed.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..model import Segment

MAX_TEXT_CHARS = 64 * 1024 * 1024
"""The most text a single source may yield once extracted (a bound on memory, not on file size)."""


class FormatError(Exception):
    """A file that cannot be read in its format; ``str()`` is the one-line reason."""


@dataclass(frozen=True)
class Extracted:
    """What a format reader hands back: text, prose mask, segments and metadata."""

    text: str
    prose: str
    segments: tuple[Segment, ...] = ()
    meta: dict = field(default_factory=dict)


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces (newlines kept, so lines stay put)."""
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


EXTRA_MODULES = frozenset({"docx", "trafilatura"})
"""Modules that come with ``factcheck[formats]`` (python-docx, trafilatura); the rest are in the default install."""


def need(module: str, what: str):
    """Import a reader's library, or fail with the one line that says how to get it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        how = "install factcheck[formats]" if module in EXTRA_MODULES else f"pip install {module}"
        raise FormatError(f"{how} to read {what} (the '{module}' module is missing)") from None


class TextBuilder:
    """Accumulates a document's text block by block, recording a Segment where each named block starts."""

    def __init__(self):
        self._parts: list[str] = []
        self._size = 0
        self.segments: list[Segment] = []

    def add(self, text: str, label: Optional[str] = None, detail: str = "line", step: Optional[float] = None,
            gap: str = "\n\n") -> None:
        """Append a block (followed by ``gap``), as a new segment when ``label`` is given."""
        if label is not None:
            self.segments.append(Segment(self._size, label, detail, step))
        self._parts.append(text + gap)
        self._size += len(text) + len(gap)
        if self._size > MAX_TEXT_CHARS:
            raise FormatError(f"more than {MAX_TEXT_CHARS // (1024 * 1024)} M characters of text; split the file")

    @property
    def empty(self) -> bool:
        """True while no block holds any visible character."""
        return not any(p.strip() for p in self._parts)

    def build(self, meta: Optional[dict] = None) -> Extracted:
        """The collected text (its own prose: nothing in it is markup) with its segments."""
        text = "".join(self._parts)
        return Extracted(text, text, tuple(self.segments), dict(meta or {}))
