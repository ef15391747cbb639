"""PDF sources with pypdf: text page by page, running headers and footers dropped, hyphenation joined.

pypdf is chosen because it is pure Python with no dependencies, actively
maintained, and extracts text in the content stream's order (which is the
reading order of each column for the common producers: Word, LaTeX,
LibreOffice, reportlab).  pdfminer.six lays out columns more cleverly but is
slower and pulls in ``cryptography``.  Pages are read one at a time and only
their text is kept, so a long PDF never holds more than its text in memory.
"""
from __future__ import annotations

import io
import logging
from collections import Counter
from typing import Optional

import regex

from ..vocab import Vocabulary
from . import Extracted, FormatError, TextBuilder, need
from .html import iso_date
from .pdftables import with_tables

MAX_PAGES = 5000
_KEY_DIGITS = regex.compile(r"\d+")
_HYPHENATED = regex.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*([a-z]+)([,.;:]?)[ \t]*")
_MARGIN = 2
"""Lines at the top and at the bottom of each page that may be a running header or footer."""


def read_pdf(data: bytes, vocab: Vocabulary) -> Extracted:
    """A PDF's text, one segment per page (``page 12``, positions ``page 12:line 7:col 30``), tables read
    row by row with their header as context, the title and creation date as metadata."""
    pypdf = need("pypdf", "PDF files")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-object warnings are not the user's business
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _decrypt(reader):
            raise FormatError("encrypted PDF (a password is needed); save an unprotected copy")
        count = len(reader.pages)
    except FormatError:
        raise
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted bytes
        raise FormatError(f"corrupt PDF ({_short(exc)})") from None
    if count > MAX_PAGES:
        raise FormatError(f"PDF has {count} pages; the limit is {MAX_PAGES}")
    pages, tables = [], 0
    for i in range(count):
        page = reader.pages[i]
        try:
            text, found = with_tables((page.extract_text() or "").replace("\x00", ""),
                                      lambda: page.extract_text(extraction_mode="layout") or "", vocab)
        except Exception as exc:  # noqa: BLE001
            raise FormatError(f"corrupt PDF: page {i + 1} cannot be read ({_short(exc)})") from None
        pages.append(text)
        tables += found
    meta = {"format": "pdf", "pages": count, **({"tables": tables} if tables else {}), **pdf_metadata(reader)}
    del reader
    if not any(p.strip() for p in pages):
        raise FormatError("no text layer: run OCR first")
    return pages_to_text(pages, meta)


_PDF_DATE = regex.compile(r"^(?:D:)?(\d{4})(\d\d)(\d\d)?")


def pdf_date(value: str) -> Optional[str]:
    """``D:20221020083000+08'00'`` -> ``2022-10-20`` (``2022-10`` with no day); None when not a date."""
    m = _PDF_DATE.match(value.strip())
    return iso_date("-".join(g for g in m.groups() if g)) if m else None


def pdf_metadata(reader) -> dict:
    """The title and creation date the PDF's information dictionary states (best effort: often missing)."""
    try:
        info = reader.metadata or {}
        title, created = str(info.get("/Title") or "").strip(), str(info.get("/CreationDate") or "")
    except Exception:  # noqa: BLE001 - a malformed information dictionary is no reason to refuse the text
        return {}
    out = {"title": " ".join(title.split())[:300]} if title else {}
    date = pdf_date(created)
    if date and len(date) == 10:
        out["published"], out["published_from"] = date, "PDF creation date"
    return out


def _decrypt(reader) -> bool:
    """Open a PDF protected only against editing (empty user password)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - unsupported cipher or missing crypto library
        return False


def _short(exc: Exception) -> str:
    return f"{type(exc).__name__}: {str(exc)[:80]}".rstrip(": ")


def pages_to_text(pages: list[str], meta: dict) -> Extracted:
    """Page texts joined into one document: repeated headers/footers out, hyphenated words joined."""
    lines = [[ln.rstrip() for ln in p.splitlines()] for p in pages]
    running = _running_lines(lines)
    builder = TextBuilder()
    for number, page in enumerate(lines, start=1):
        kept = _strip_margins(page, running)
        text = _HYPHENATED.sub(lambda m: m.group(1) + m.group(2) + "\n", "\n".join(kept))
        builder.add(text, f"page {number}", "line")
    found = builder.build(meta)
    return Extracted(found.text, unwrap(found.text), found.segments, found.meta)


_WRAPPED = regex.compile(r"(?<=[a-z,;(\-])[ \t]*\n(?=[ \t]*\S)|(?<=\S)[ \t]*\n(?=[ \t]*[a-z0-9(])")


def unwrap(text: str) -> str:
    """The prose of laid-out text: a line break inside a sentence becomes a space (same length, same offsets)."""
    return _WRAPPED.sub(lambda m: " " * len(m.group()), text)


def _key(line: str) -> str:
    return _KEY_DIGITS.sub("#", " ".join(line.lower().split()))


def _margins(page: list[str]) -> list[int]:
    """Indexes of the first and last few non-blank lines of a page."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    return sorted(set(filled[:_MARGIN] + filled[-_MARGIN:]))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines found at the top or bottom of at least half the pages (and of three or more)."""
    if len(pages) < 3:
        return set()
    seen = Counter()
    for page in pages:
        seen.update({_key(page[i]) for i in _margins(page)})
    need_pages = max(3, (len(pages) + 1) // 2)
    return {k for k, n in seen.items() if n >= need_pages}


def _strip_margins(page: list[str], running: set[str]) -> list[str]:
    """A page's lines with running headers/footers blanked (kept as empty lines so line numbers hold)."""
    if not running:
        return page
    drop = {i for i in _margins(page) if _key(page[i]) in running}
    return ["" if i in drop else ln for i, ln in enumerate(page)]
