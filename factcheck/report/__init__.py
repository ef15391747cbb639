"""Report formats: each module renders an Analysis to text; this one writes them atomically."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Optional, Union

from ..model import Located


def write_all_atomic(files: dict) -> None:
    """Write several files so that either all are replaced or none is: every temporary file is
    written first, and only then are they renamed into place.

    ``files`` maps each path to its text, or to an iterable of pieces (text, or UTF-8 bytes) written one
    after the other, so a large report is never held whole.
    """
    temps = []
    try:
        for path, content in files.items():
            temps.append((_write_temp(Path(path), content), Path(path)))
    except BaseException:
        for tmp, _ in temps:
            _unlink(tmp)
        raise
    for tmp, path in temps:
        os.replace(tmp, path)


def _write_temp(path: Path, content: Union[str, Iterable]) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for piece in [content] if isinstance(content, str) else content:
                fh.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        if path.is_dir():
            raise IsADirectoryError(21, "a folder is in the way", str(path))
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def write_atomic(path: Path, content: Union[str, Iterable]) -> None:
    """Write ``content`` (text, or pieces: see ``write_all_atomic``) to ``path`` so readers see the old file or
    the whole new one, never a part."""
    write_all_atomic({path: content})


def claim_as_of(analysis, loc: Located):
    """The as-of date of a claim shown in a report (the one place reports read it from)."""
    return analysis.as_of_for(loc)


def clean_number(x):
    """A float that is a whole number becomes an int, for tidy JSON."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


def quote_context(loc: Located, width: int = 160) -> tuple[str, str, str]:
    """(before, figure, after) from the claim's sentence, trimmed to about ``width`` characters."""
    text = loc.doc.text
    s, e = loc.claim.sentence
    if not (s <= loc.claim.start and loc.claim.end <= e):
        s, e = loc.claim.start, loc.claim.end
    before = text[s:loc.claim.start]
    after = text[loc.claim.end:e]
    room = max(width - (loc.claim.end - loc.claim.start), 20)
    if len(before) > room // 2:
        before = "…" + before[-(room // 2):].lstrip()
    if len(after) > room // 2:
        after = after[: room // 2].rstrip() + "…"
    return before.replace("\n", " "), loc.claim.text.replace("\n", " "), after.replace("\n", " ")


def where(loc: Located, line_only: bool = False) -> str:
    """``file:line:col`` (``file:line`` when ``line_only``) or, in a paged or tabular source, ``file:page 3:line 7:col 30``."""
    if loc.doc.segments:
        return loc.place
    line, col = loc.line_col
    return f"{loc.doc.path}:{line}" if line_only else f"{loc.doc.path}:{line}:{col}"


def source_link(loc: Located) -> Optional[str]:
    """A link that opens a paged or tabular source at the claim (``file:///…/a.pdf#page=12``); None for text."""
    seg = loc.doc.segment(loc.claim.start) if loc.doc.segments else None
    if seg is None:
        return None
    uri = Path(loc.doc.path).resolve().as_uri()
    return f"{uri}#page={seg.label.split()[1]}" if seg.label.startswith("page ") else uri
