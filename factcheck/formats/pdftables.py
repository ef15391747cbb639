"""Tables inside PDF pages, read row by row with the header row as context.

pypdf's plain text joins a table row's cells with single spaces ("South
Coast 7 19"), which loses where one cell ends and what each figure counts.
On a page whose plain text has a run of short lines holding figures, the
page is read again in pypdf's layout mode, where cells stand apart by runs
of spaces; each run of two or more such rows is a table, split into cells
by the header's columns, and every row of it replaces its plain line by the
rendered row ("North, Deaths: 1,198 deaths.", see ``table.render_rows``).
Line numbers on the page stay as they were.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

import regex

from ..vocab import Vocabulary
from .table import render_rows

_GAP = regex.compile(r"\S+(?: \S+)*")
"""A cell in a layout line: words separated by single spaces (two or more spaces end it)."""
_SENTENCE_END = regex.compile(r"[.;:,]\s*$")
MAX_CELL_WORDS = 6
MIN_ROWS = 2


def _key(line: str) -> str:
    return " ".join(line.split())


def _short_figure_line(line: str) -> bool:
    """A line that may be a table row: it holds a figure, is short or mostly figures, and ends no sentence."""
    tokens = line.split()
    figures = sum(1 for t in tokens if any(ch.isdigit() for ch in t))
    return figures > 0 and (len(tokens) <= 8 or 3 * figures >= len(tokens)) and not _SENTENCE_END.search(line)


def may_hold_table(plain: str) -> bool:
    """True when two lines in a row are short, hold a figure and end no sentence (cheap test on plain text)."""
    lines = [ln for ln in plain.splitlines() if ln.strip()]
    return any(_short_figure_line(a) and _short_figure_line(b) for a, b in zip(lines, lines[1:]))


def _cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _GAP.finditer(line)]


def _is_row(cells: list[tuple[int, str]]) -> bool:
    return len(cells) >= 2 and all(len(text.split()) <= MAX_CELL_WORDS for _, text in cells)


def _by_columns(header: list[tuple[int, str]], cells: list[tuple[int, str]]) -> list[str]:
    """A row's cells placed under the last header column that starts at or before each cell's middle."""
    out = [""] * len(header)
    for start, text in cells:
        middle = start + len(text) / 2
        column = max((i for i, (s, _) in enumerate(header) if s <= middle), default=0)
        out[column] = f"{out[column]} {text}".strip()
    return out


def layout_tables(layout: str) -> list[list[tuple[str, list[str]]]]:
    """The tables of a layout-mode page: for each, its rows as (plain-text key, cells)."""
    tables, run = [], []
    for line in layout.splitlines() + [""]:
        cells = _cells(line)
        if _is_row(cells):
            run.append((line, cells))
            continue
        if len(run) >= MIN_ROWS and any(any(ch.isdigit() for _, t in c for ch in t) for _, c in run[1:]):
            header = run[0][1]
            tables.append([(_key(ln), _by_columns(header, c) if len(c) != len(header) else [t for _, t in c])
                           for ln, c in run])
        run = []
    return tables


def with_tables(plain: str, layout: Callable[[], str], vocab: Vocabulary) -> tuple[str, int]:
    """A page's plain text with each table row's line replaced by the rendered row, and the number of tables.

    ``layout`` reads the page in layout mode; it is called only when the plain text may hold a table.
    """
    if not may_hold_table(plain):
        return plain, 0
    tables = layout_tables(layout())
    if not tables:
        return plain, 0
    lines = plain.splitlines()
    used: set[int] = set()
    for table in tables:
        rendered = list(render_rows([cells for _, cells in table], vocab))
        for (key, _), text in zip(table, rendered):
            index = _find(lines, key, used)
            if index is not None:
                lines[index] = text
                used.add(index)
    return "\n".join(lines), len(tables)


def _find(lines: Sequence[str], key: str, used: set[int]) -> Optional[int]:
    return next((i for i, ln in enumerate(lines) if i not in used and _key(ln) == key), None)
