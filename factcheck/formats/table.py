"""Tables as sources: CSV and Excel files of figures, and tables inside PDF, Word and HTML pages.

A *figures table* has a label column and a value column (plus optional
unit, as-of, source and precision columns; names configurable through
``TableColumns``).  Each row becomes one line of text the extractor reads,
"Deaths: 1,198 deaths (as of 2022-09-29).", in a segment named after the
row ("row 14") whose step is 0: a table states exact values, so no rounding
interval is put around them unless a precision column says otherwise.

Any other table is read row by row with its header as context: the row
``Norway | 1,198 | 3,400`` under ``Country | Deaths | Injured`` becomes
"Norway, Deaths: 1,198 deaths. Norway, Injured: 3,400.".
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

import regex

from ..extractor.nouns import is_plural
from ..vocab import Vocabulary
from . import Extracted, FormatError, TextBuilder, need

MAX_TABLE_ROWS = 100_000
"""Rows a CSV or Excel source may hold; a larger table is refused with one line (split it)."""
MAX_COLUMNS = 200


@dataclass(frozen=True)
class TableColumns:
    """Header names (case and ``_``/space insensitive) that play each role in a figures table."""

    label: tuple[str, ...] = ("label", "name", "indicator", "item", "series", "measure", "description", "fact")
    value: tuple[str, ...] = ("value", "figure", "amount", "number", "count", "obs value")
    unit: tuple[str, ...] = ("unit", "units", "unit of measure")
    as_of: tuple[str, ...] = ("as of", "date", "period", "reference date", "reference period")
    source: tuple[str, ...] = ("source",)
    precision: tuple[str, ...] = ("precision", "rounding", "step")

    ROLES = ("label", "value", "unit", "as_of", "source", "precision")

    @classmethod
    def from_mapping(cls, data: dict) -> "TableColumns":
        """Columns from a ``table-columns`` config mapping (role -> a name or a list of names)."""
        given = {}
        for role, names in data.items():
            key = role.replace("-", "_")
            if key not in cls.ROLES:
                raise ValueError(f"unknown role {role!r} (expected one of {', '.join(cls.ROLES)})")
            names = [names] if isinstance(names, str) else names
            if not isinstance(names, (list, tuple)) or not names or not all(isinstance(n, str) for n in names):
                raise ValueError(f"{role}: expected a column name or a list of names")
            given[key] = tuple(names)
        return cls(**given)

    def find(self, header: Sequence[str]) -> dict[str, int]:
        """Role -> column index for the roles present in ``header``."""
        norm = [_norm(h) for h in header]
        found = {}
        for role in self.ROLES:
            for name in getattr(self, role):
                if _norm(name) in norm:
                    found[role] = norm.index(_norm(name))
                    break
        return found


def _norm(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("-", " ").lower().split())


_BARE_NUMBER = regex.compile(r"^[+-]?\d[\d,.\s]*%?$")
_NUMBER = regex.compile(r"^[+-]?\d+(?:[.,]\d+)*$")
_YEAR = regex.compile(r"^(?:1[89]|20)\d\d$")


def cell_text(value) -> str:
    """A cell as a reader sees it: thousands separated, no float noise, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        whole, _, frac = format(value, ".12g").partition(".")
        return (f"{int(whole):,}" if "e" not in whole else whole) + (f".{frac}" if frac else "")
    return " ".join(str(value).split())


def with_noun(label: str, value: str, vocab: Vocabulary) -> str:
    """A bare figure followed by the plural noun its label starts with ("Deaths", "1,198" -> "1,198 deaths"),
    so the extractor knows what it counts (and a four-digit count never reads as a year)."""
    first = label.split()[0] if label.split() else ""
    if _BARE_NUMBER.match(value) and first.isalpha() and is_plural(first, vocab):
        return f"{value} {first.lower() if first[:2].istitle() else first}"
    return value


def _is_header(row: Sequence[str]) -> bool:
    cells = [c for c in row if c]
    return len(cells) >= 2 and not any(_NUMBER.match(c) and not _YEAR.match(c) for c in cells)


def render_row(header: Optional[Sequence[str]], row: Sequence[str], vocab: Vocabulary) -> str:
    """One table row as a line of text, its header (if any) as context for each cell."""
    width = max(len(row), len(header or ()))
    row = list(row) + [""] * (width - len(row))
    if width <= 2 or header is None:
        label, rest = row[0], " ".join(c for c in row[1:] if c)
        return f"{label}: {with_noun(label, rest, vocab)}." if label and rest else f"{label}{rest}"
    name = row[0]
    header = list(header) + [""] * (width - len(header))
    parts = [f"{name + ', ' if name else ''}{head or 'value'}: {with_noun(head, cell, vocab)}."
             for head, cell in zip(header[1:], row[1:]) if cell]
    return " ".join(parts) if parts else name


def render_rows(rows: Sequence[Sequence[str]], vocab: Vocabulary) -> Iterator[str]:
    """Each row of a table found in a document as one line of text (the header row as it is)."""
    rows = [row for row in rows if any(row)]
    header = rows[0] if rows and len(rows) > 1 and _is_header(rows[0]) else None
    for i, row in enumerate(rows):
        yield " | ".join(c for c in row if c) if header is not None and i == 0 else render_row(header, row, vocab)


def figures_table(rows: Iterable[tuple[str, Sequence]], columns: TableColumns, vocab: Vocabulary,
                  meta: dict) -> Extracted:
    """A table source as text: figures rows when the columns say so, else rows with the header as context.

    ``rows`` yields (row name, cells) with the header first; the row name is what positions show ("row 14").
    """
    builder = TextBuilder()
    rows = iter(rows)
    try:
        first_name, header = next(rows)
    except StopIteration:
        raise FormatError("table has no rows") from None
    header = [cell_text(c) for c in header]
    if len(header) > MAX_COLUMNS:
        raise FormatError(f"table has {len(header)} columns; the limit is {MAX_COLUMNS}")
    if len(header) == 1 and regex.search(r"[;:\t|,]", header[0]):
        raise FormatError(f"the header {header[0][:60]!r} is one column: the delimiter could not be told "
                          "(use ',', ';', tab or '|' consistently)")
    roles = columns.find(header)
    figures = "label" in roles and "value" in roles
    builder.add(" | ".join(h for h in header if h), first_name, "", gap="\n")
    if figures:
        meta = dict(meta, table="figures", columns={r: header[i] for r, i in roles.items()})
        dates = set()
        for name, cells in rows:
            dates.add(_figure_row(builder, name, [cell_text(c) for c in cells], roles, vocab))
        dates.discard("")
        if len(dates) == 1 and None not in dates:  # every figure stands at the same date: the table's date
            meta.update(published=dates.pop(), published_from=f"{header[roles['as_of']]} column")
    else:
        meta = dict(meta, table="rows")
        for name, cells in rows:
            cells = [cell_text(c) for c in cells]
            if any(cells):
                builder.add(render_row(header if _is_header(header) else None, cells, vocab), name, "", gap="\n")
    if builder.empty:
        raise FormatError("table has no text")
    return builder.build(meta)


def _figure_row(builder: TextBuilder, name: str, cells: list[str], roles: dict, vocab: Vocabulary) -> Optional[str]:
    """Add one figures row; return its as-of date when it is an ISO date, else None ("" for a row with no figure)."""
    def get(role: str) -> str:
        i = roles.get(role)
        return cells[i] if i is not None and i < len(cells) else ""

    label, value = get("label"), _grouped(get("value"))
    if not value:
        if any(cells):
            builder.add(" | ".join(c for c in cells if c), name, "", gap="\n")
        return ""
    unit, as_of = get("unit"), get("as_of")
    step = _step(get("precision"))
    line = f"{label}: {value + ' ' + unit if unit else with_noun(label, value, vocab)}"
    line += f" (as of {as_of})." if as_of else "."
    builder.add(line, name, "", step=step, gap="\n")
    return as_of if _ISO_DATE.match(as_of) else None


_ISO_DATE = regex.compile(r"^\d{4}-\d\d(?:-\d\d)?$")
_PLAIN = regex.compile(r"^([+-]?)(\d{4,})(\.\d+)?$")


def _grouped(value: str) -> str:
    """"1198" -> "1,198": a bare four-digit value must not read as a year."""
    m = _PLAIN.match(value)
    return f"{m.group(1)}{int(m.group(2)):,}{m.group(3) or ''}" if m else value


def _step(precision: str) -> float:
    try:
        step = float(precision.replace(",", "")) if precision else 0.0
    except ValueError:
        return 0.0
    return step if step > 0 else 0.0


def read_csv(text: str, columns: TableColumns, vocab: Vocabulary) -> Extracted:
    """A CSV (or TSV) file of figures; the delimiter is sniffed among ',', ';', tab and '|'."""
    sample = text[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    reader = csv.reader(io.StringIO(text), dialect)

    def rows():
        try:
            for n, cells in enumerate(reader, start=1):
                if n > MAX_TABLE_ROWS + 1:
                    raise FormatError(f"table has more than {MAX_TABLE_ROWS:,} rows; split it")
                yield f"row {n}", cells
        except csv.Error as exc:
            raise FormatError(f"bad CSV at line {reader.line_num}: {exc}") from None

    return figures_table(rows(), columns, vocab, {"format": "csv", "delimiter": dialect.delimiter})


def read_xlsx(data: bytes, columns: TableColumns, vocab: Vocabulary) -> Extracted:
    """An Excel workbook of figures (every sheet; cached formula values), read in streaming mode."""
    openpyxl = need("openpyxl", "Excel files")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted bytes
        raise FormatError(f"corrupt Excel file ({type(exc).__name__}: {str(exc)[:80]})") from None
    try:
        sheets = [ws for ws in book.worksheets if hasattr(ws, "iter_rows")]
        parts = [_sheet(ws, len(sheets) > 1, columns, vocab) for ws in sheets]
    finally:
        book.close()
    parts = [p for p in parts if p is not None]
    if not parts:
        raise FormatError("workbook has no rows")
    return _join(parts, {"format": "xlsx", "sheets": len(sheets)})


def _sheet(ws, named: bool, columns: TableColumns, vocab: Vocabulary) -> Optional[Extracted]:
    prefix = f"{ws.title}:" if named else ""

    def rows():
        for n, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            if n > MAX_TABLE_ROWS + 1:
                raise FormatError(f"sheet {ws.title!r} has more than {MAX_TABLE_ROWS:,} rows; split it")
            yield f"{prefix}row {n}", list(cells[:MAX_COLUMNS + 1])

    try:
        return figures_table(rows(), columns, vocab, {})
    except FormatError as exc:
        if str(exc) in ("table has no rows", "table has no text"):
            return None
        raise


def _join(parts: Sequence[Extracted], meta: dict) -> Extracted:
    """Several sheets as one text, segments shifted to their place."""
    from ..model import Segment

    text, segments, size = [], [], 0
    for p in parts:
        segments += [Segment(s.start + size, s.label, s.detail, s.step) for s in p.segments]
        text.append(p.text + "\n")
        size += len(p.text) + 1
        meta.setdefault("table", p.meta.get("table"))
    joined = "".join(text)
    return Extracted(joined, joined, tuple(segments), meta)
