"""What a file really is, from its first bytes (and its zip directory), not only from its name.

Also the bounds on zip containers (Word and Excel files are zip archives):
entry count, total uncompressed size and compression ratio are checked
from the central directory before anything is decompressed.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from . import FormatError
from .mhtml import is_mhtml

MAX_ZIP_ENTRIES = 5000
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
"""An entry that expands more than this many times its compressed size is treated as a zip bomb."""

BINARY_FORMATS = {"pdf": "a PDF", "docx": "a Word (.docx) file", "xlsx": "an Excel (.xlsx) file"}
SUFFIX_FORMATS = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".tsv": "csv",
                  ".html": "html", ".htm": "html", ".xhtml": "html", ".mhtml": "mhtml", ".mht": "mhtml",
                  ".md": "md", ".markdown": "md"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def suffix_format(path: str) -> str:
    """The format a file's name claims (``txt`` for anything unknown)."""
    return SUFFIX_FORMATS.get(PurePath(path).suffix.lower(), "txt")


def check_zip(data: bytes) -> zipfile.ZipFile:
    """Open a zip container after checking it cannot expand without bound."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FormatError(f"corrupt zip container ({exc})") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise FormatError(f"zip container holds {len(entries)} entries; the limit is {MAX_ZIP_ENTRIES}")
    total = sum(e.file_size for e in entries)
    if total > MAX_UNZIPPED_BYTES:
        raise FormatError(f"zip container expands to {total} bytes; the limit is {MAX_UNZIPPED_BYTES} (zip bomb?)")
    for e in entries:
        if e.file_size > 1024 * 1024 and e.file_size > MAX_RATIO * max(e.compress_size, 1):
            raise FormatError(f"zip entry {e.filename!r} expands {e.file_size // max(e.compress_size, 1)} times "
                              f"(limit {MAX_RATIO}); zip bomb?")
    return archive


def sniff(data: bytes, path: str) -> str:
    """The format of a file's bytes: pdf, docx, xlsx, html, mhtml, csv, md or txt.

    Binary formats are recognised by content whatever the name says; a file
    named like a binary format whose bytes are something else is read as what
    it is when that is text, and refused with one line otherwise.
    """
    claimed = suffix_format(path)
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        names = set(check_zip(data).namelist())
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise FormatError("a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file")
    if data.startswith(_OLE2):
        raise FormatError("an old binary Office file (.doc/.xls); save it as .docx or .xlsx")
    if is_mhtml(head):
        return "mhtml"
    if claimed == "mhtml":
        raise FormatError(f"named {PurePath(path).suffix} but the content is not a MIME web archive")
    if claimed in BINARY_FORMATS:
        if b"\x00" in head:
            raise FormatError(f"named {PurePath(path).suffix} but the content is not {BINARY_FORMATS[claimed]}")
        return "html" if _looks_html(head) else "txt"
    if claimed == "txt" and _looks_html(head) and PurePath(path).suffix.lower() not in (".txt", ".text"):
        return "html"
    return claimed


def _looks_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower()
