"""Small PDF, Word and Excel files built by the tests themselves (no fixtures on disk).

``make_pdf`` writes PDF 1.4 by hand (Helvetica text lines, one content stream
per page) so the tests need no PDF writer library; python-docx and openpyxl
write the Word and Excel files.
"""
from __future__ import annotations

import io
from typing import Optional, Sequence


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def page_stream(columns: Sequence[Sequence[str]], top: int = 750, leading: int = 14) -> bytes:
    """A content stream drawing each column of lines from the top of the page (columns 250 pt apart)."""
    ops = []
    for i, lines in enumerate(columns):
        ops.append(f"BT /F1 10 Tf {leading} TL {60 + 260 * i} {top} Td")
        ops += [f"{_pdf_string(line)} Tj T*" for line in lines]
        ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def table_stream(lines: Sequence[str], rows: Sequence[Sequence[str]], top: int = 750, leading: int = 14) -> bytes:
    """A content stream drawing lines of text, then a table row by row (cells 150 pt apart), as producers do."""
    ops = [f"BT /F1 10 Tf {leading} TL 60 {top} Td"] + [f"{_pdf_string(line)} Tj T*" for line in lines] + ["ET"]
    y = top - leading * (len(lines) + 1)
    for row in rows:
        ops += [f"BT /F1 10 Tf {60 + 150 * i} {y} Td {_pdf_string(cell)} Tj ET" for i, cell in enumerate(row) if cell]
        y -= leading
    return "\n".join(ops).encode("latin-1")


def make_pdf(pages: Sequence, encrypt_marker: bool = False, info: Optional[dict] = None) -> bytes:
    """A PDF whose pages hold the given lines (a page is a list of lines, or a list of columns of lines, or
    ``{"lines": [...], "table": [[cell, ...], ...]}``); ``info`` fills the document information dictionary."""
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, page in enumerate(pages):
        if isinstance(page, dict):
            stream = table_stream(page.get("lines", ()), page["table"])
        else:
            stream = page_stream(page if page and not isinstance(page[0], str) else [page])
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    if info:
        objects.append(("<< " + " ".join(f"/{k} {_pdf_string(v)}" for k, v in info.items()) + " >>").encode("latin-1"))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    info_ref = f" /Info {len(objects)} 0 R" if info else ""
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(blocks: Sequence, path: Optional[str] = None) -> bytes:
    """A Word file: a block is a paragraph string, ("h1", text) for a heading, or a list of rows for a table."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        elif isinstance(block, tuple):
            document.add_heading(block[1], level=int(block[0][1]))
        else:
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for r, row in enumerate(block):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_xlsx(rows: Sequence[Sequence], sheet: str = "Figures") -> bytes:
    """An Excel workbook with one sheet holding ``rows`` (the first is the header)."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
