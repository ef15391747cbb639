"""Reading source files: bytes to text, line map, prose mask and document date (see ``docdate``).

Nothing here guesses silently: a file that is binary, empty or not
decodable raises LoadError with a one-line reason.  The format is sniffed
from the content (``formats.sniff``); PDF, Word, Excel, CSV and HTML are
read by ``factcheck.formats``, plain text and Markdown here.
"""
from __future__ import annotations

import codecs
import hashlib
import os
from itertools import accumulate
from pathlib import Path
from typing import Mapping, Optional, Sequence

import regex

from .docdate import document_date
from .formats import Extracted, FormatError, blank, docx, mhtml, pdf, table
from .formats.html import html_prose, read_html
from .formats.sniff import sniff
from .formats.table import TableColumns
from .model import Document
from .vocab import Vocabulary

MAX_FILE_BYTES = 256 * 1024 * 1024


class LoadError(Exception):
    """A source that cannot be read; ``str()`` is the one-line message."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def decode(data: bytes, path: str) -> str:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or GB18030 / Big5 Chinese text."""
    if not data:
        raise LoadError(path, "file is empty")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError(path, f"invalid {codec} text at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise LoadError(path, "binary file (contains NUL bytes); skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        chinese = _chinese_legacy(data)
        if chinese is not None:
            return chinese
        raise LoadError(path, f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}) and not "
                              "GB18030 or Big5 Chinese text; re-save it as UTF-8") from None


def _chinese_legacy(data: bytes) -> Optional[str]:
    """Text of a GB18030 (GBK, GB2312) or Big5 file, or None.

    A candidate must decode strictly, be mostly Han characters, and read as
    running Chinese: at least 80% of its characters (Traditional folded to
    Simplified) among the 3,755 common characters of GB2312 level 1 -- text
    in another encoding read as Chinese scores far lower.  When both
    candidates pass (short texts), charset-normalizer chooses.  EUC-KR
    Korean overlaps GB2312 level 1 byte for byte and is not told apart.
    """
    from .extractor.chinese import to_simplified

    passed = {}
    for codec in ("gb18030", "big5"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) > 0x7F and not ch.isspace()]
        han = [ch for ch in to_simplified(text) if _HAN.match(ch)]
        if wide and len(han) >= 0.6 * len(wide) and sum(map(_common_hanzi, han)) >= 0.8 * len(han):
            passed[codec] = text
    if len(passed) == 2:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(passed)).best()
        return passed.get(best.encoding) if best is not None else None
    return next(iter(passed.values()), None)


def _common_hanzi(ch: str) -> bool:
    """Whether a Han character is one of GB2312's 3,755 common (level 1) characters."""
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


_HAN = regex.compile(r"\p{Han}")


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts (lines end at \\n, \\r\\n or \\r)."""
    if "\r" in text:
        return (0,) + tuple(m.end() for m in _LINE_BREAK.finditer(text))
    # the common case without a Python-level loop: each line's length plus its newline, summed up
    return tuple(accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=0))


_LINE_BREAK = regex.compile(r"\r\n|\n|\r")


_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.S)
_FENCE = regex.compile(r"(?m)^[ \t]{0,3}(```+|~~~+)[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.S)
_INDENTED = regex.compile(r"(?m)(?:^(?:    |\t)[^\n]*\n?)+")
_INLINE_CODE = regex.compile(r"`[^`\n]+`")
_LINK_TARGET = regex.compile(r"\]\([^)\n]*\)|^\s*\[[^\]\n]+\]:\s*\S+.*$", regex.M)
_HTML_COMMENT = regex.compile(r"<!--.*?-->", regex.S)
_HTML_TAG = regex.compile(r"<[^>]*>", regex.S)


def prose_of(text: str, kind: str) -> str:
    """The prose of a file as a same-length string: markup, code and metadata become spaces."""
    if kind == "md":
        spans = [m.span() for pat in (_FRONT_MATTER, _FENCE, _INLINE_CODE, _LINK_TARGET, _HTML_COMMENT, _HTML_TAG)
                 for m in pat.finditer(text)]
        spans += [m.span() for m in _INDENTED.finditer(text) if _after_blank_line(text, m.start())]
        return blank(text, spans)
    if kind == "html":
        return html_prose(text)
    return text


def _after_blank_line(text: str, pos: int) -> bool:
    return pos == 0 or text[max(0, pos - 2):pos] in ("\n\n",) or text[:pos].rstrip(" \t").endswith("\n\n")


def file_kind(path: str) -> str:
    """``md``, ``html`` or ``txt`` from a file name."""
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "txt"


def read_bytes(name: str) -> bytes:
    """A file's bytes, refusing folders and files over MAX_FILE_BYTES."""
    try:
        if Path(name).is_dir():
            raise LoadError(name, "is a folder, not a file")
        size = os.stat(name).st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(name, f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")
        with open(name, "rb") as fh:
            return fh.read()
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError(name, "no such file") from None
    except PermissionError:
        raise LoadError(name, "permission denied") from None
    except OSError as exc:
        raise LoadError(name, f"cannot read ({exc.strerror or exc})") from None


def read_format(data: bytes, name: str, vocab: Vocabulary, columns: Optional[TableColumns] = None) -> Extracted:
    """The text, prose mask, segments and metadata of a file's bytes, in the format its content shows."""
    if not data:
        raise LoadError(name, "file is empty")
    try:
        kind = sniff(data, name)
        if kind == "pdf":
            return pdf.read_pdf(data, vocab)
        if kind == "docx":
            return docx.read_docx(data, vocab)
        if kind == "mhtml":
            return mhtml.read_mhtml(data, vocab)
        if kind == "xlsx":
            return table.read_xlsx(data, columns or TableColumns(), vocab)
        text = decode(data, name)
        if not text.strip():
            raise LoadError(name, "file has no text")
        if kind == "csv":
            return table.read_csv(text, columns or TableColumns(), vocab)
        if kind == "html":
            return read_html(text, vocab)
    except FormatError as exc:
        raise LoadError(name, str(exc)) from None
    return Extracted(text, prose_of(text, kind), (), {"format": kind})


def load_document(path: str | os.PathLike, vocab: Vocabulary, data: Optional[bytes] = None,
                  dates: Sequence[tuple[str, Mapping[str, str]]] = (),
                  columns: Optional[TableColumns] = None) -> Document:
    """Read and decode one source file (``-`` reads standard input).

    ``dates``: (source, {path or glob: date}) layers that override what the document says of its own date,
    the first that names the file winning (see ``docdate.document_date``); ``columns`` name a figures
    table's columns.
    """
    name = str(path)
    if data is None:
        data = read_bytes(name)
    found = read_format(data, name, vocab, columns)
    if not found.text.strip():
        raise LoadError(name, "file has no text")
    own = document_date(found.text, name, vocab, meta=found.meta, overrides=dates)
    return Document(
        path=name, text=found.text, sha256=hashlib.sha256(data).hexdigest(), line_starts=line_starts(found.text),
        date=own.date, prose=found.prose, date_source=own.source, notes=own.notes, segments=found.segments,
        meta=found.meta,
    )
