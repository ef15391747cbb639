"""Word (.docx) sources: paragraphs, headings and tables in document order, tracked changes accepted.

python-docx opens the package (its zip directory is checked for bombs
first, in ``sniff.check_zip``); the body is then walked directly so that
runs inside ``w:ins`` (insertions) count and ``w:del`` / ``w:moveFrom``
text does not: the text read is the document with every change accepted.
Comments live in a separate part and are never read.  Positions are
``paragraph 14:col 3`` (non-empty paragraphs counted from the top, headings
included) and ``table 2:row 3``.
"""
from __future__ import annotations

import io

from ..vocab import Vocabulary
from . import Extracted, FormatError, TextBuilder, need
from .table import render_rows

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = {W + "del", W + "moveFrom", W + "delText", W + "instrText"}


def read_docx(data: bytes, vocab: Vocabulary) -> Extracted:
    """A Word document's text: one line per paragraph, one line per table row (header cells as context)."""
    docx = need("docx", "Word files")
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted bytes
        raise FormatError(f"corrupt Word file ({type(exc).__name__}: {str(exc)[:80]})") from None
    builder = TextBuilder()
    paragraphs = tables = 0
    for block in _blocks(body):
        if block.tag == W + "p":
            text = paragraph_text(block)
            if text.strip():
                paragraphs += 1
                builder.add(text, f"paragraph {paragraphs}", "col")
        elif block.tag == W + "tbl":
            tables += 1
            rows = [[paragraph_lines(cell) for cell in tr.iterchildren(W + "tc")] for tr in block.iterchildren(W + "tr")]
            for number, line in enumerate(render_rows(rows, vocab), start=1):
                builder.add(line, f"table {tables}:row {number}", "", gap="\n")
            builder.add("", gap="\n")
    if builder.empty:
        raise FormatError("Word file has no text")
    core = document.core_properties
    meta = {"format": "docx", "paragraphs": paragraphs, "tables": tables}
    if core.title:
        meta["title"] = core.title
    return builder.build(meta)


def _blocks(parent):
    """Body-level paragraphs and tables in order, looking inside content controls and custom XML."""
    for child in parent.iterchildren():
        if child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            yield from _blocks(child)
        else:
            yield child


def paragraph_text(p) -> str:
    """The accepted text of one ``w:p``: insertions kept, deletions and field codes dropped, tabs as spaces."""
    out = []
    for el in p.iter():
        if el.tag in (W + "t",) and not _inside_skipped(el, p):
            out.append(el.text or "")
        elif el.tag in (W + "tab", W + "br", W + "cr") and not _inside_skipped(el, p):
            out.append(" ")
    return " ".join("".join(out).split())


def paragraph_lines(cell) -> str:
    """The text of a table cell (its paragraphs joined by spaces)."""
    return " ".join(t for t in (paragraph_text(p) for p in cell.iter(W + "p")) if t)


def _inside_skipped(el, stop) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIPPED:
            return True
        parent = parent.getparent()
    return False
