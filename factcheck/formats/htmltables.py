"""Tables inside web pages, read row by row with the header row as context.

A data table ("Region | Deaths | Injured" over "North | 12 | 30") says what
each figure counts only through its header, which stands lines away in the
markup.  Each such table is rendered as one line of text per row
("North, Deaths: 12 deaths.", see ``table.render_rows``) placed after the
page's own text, in a segment ``table 2:row 3`` whose origin is the row's
``<tr>`` in the file, so findings still point to the line as written; the
table's cells are blanked in the page's prose so no figure is read twice.
Tables used for layout (cells holding paragraphs) and one-column tables are
left in the prose as they are.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

import regex

from ..model import Segment
from ..vocab import Vocabulary
from . import Extracted, blank
from .table import render_rows

_INNER_TABLE = regex.compile(r"<table\b[^>]*>(?:(?!<table\b).)*?</table\s*>", regex.S | regex.I)
_ROW = regex.compile(r"<tr\b[^>]*>", regex.I)
_CELL = regex.compile(r"<t[dh]\b[^>]*>", regex.I)
_ROW_END = regex.compile(r"</tr\s*>|</t(?:head|body|foot)\s*>", regex.I)
MAX_CELL_WORDS = 25
"""A cell with more words than this holds prose: its table is a layout table, read as prose."""
MAX_TABLE_ROWS = 5000


class Row(NamedTuple):
    """A table row: where its ``<tr>`` starts in the file, and its cells' visible text."""

    start: int
    cells: list[str]


def table_rows(text: str, prose: str, start: int, end: int) -> list[Row]:
    """The rows of the table between ``start`` and ``end``, each cell's text read from the prose mask."""
    rows, starts = [], [m.start() for m in _ROW.finditer(text, start, end)]
    for s, e in zip(starts, starts[1:] + [end]):
        stop = _ROW_END.search(text, s, e)
        e = stop.start() if stop else e
        cuts = [m.end() for m in _CELL.finditer(text, s, e)]
        cells = [" ".join(prose[a:b].split()) for a, b in zip(cuts, cuts[1:] + [e])]
        rows.append(Row(s, cells))
    return rows


def _is_data_table(rows: list[Row]) -> bool:
    filled = [r for r in rows if sum(1 for c in r.cells if c) >= 2]
    return (len(filled) >= 1 and len(rows) <= MAX_TABLE_ROWS
            and all(len(c.split()) <= MAX_CELL_WORDS for r in rows for c in r.cells)
            and any(any(ch.isdigit() for ch in c) for r in rows for c in r.cells))


def data_tables(text: str, prose: str) -> Iterator[tuple[tuple[int, int], list[Row]]]:
    """The span and rows of each innermost table of the page that holds figures in two or more columns."""
    for m in _INNER_TABLE.finditer(text):
        rows = [r for r in table_rows(text, prose, m.start(), m.end()) if any(r.cells)]
        if rows and _is_data_table(rows):
            yield m.span(), rows


def with_tables(found: Extracted, vocab: Vocabulary) -> Extracted:
    """A page read with its data tables rendered row by row after its text (unchanged when it has none)."""
    text, prose, spans, lines, segments = found.text, found.prose, [], [], []
    offset = len(text) + 2
    for number, (span, rows) in enumerate(data_tables(text, prose), start=1):
        spans.append(span)
        for row_number, (row, line) in enumerate(zip(rows, render_rows([r.cells for r in rows], vocab)), start=1):
            segments.append(Segment(offset, f"table {number}:row {row_number}", "", None, row.start))
            lines.append(line)
            offset += len(line) + 1
    if not segments:
        return found
    tail = "\n\n" + "\n".join(lines) + "\n"
    meta = {**found.meta, "tables": len(spans)}
    return Extracted(text + tail, blank(prose, spans) + tail, tuple(segments), meta)
