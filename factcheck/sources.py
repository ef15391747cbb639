"""Turning command-line paths (files, folders, globs) into a list of source files."""
from __future__ import annotations

import fnmatch
import glob
import os
from pathlib import Path
from typing import Iterable, Sequence

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".mhtml", ".mht", ".text", ".pdf", ".docx", ".csv", ".tsv",
                   ".xlsx")


def _excluded(path: str, exclude: Sequence[str]) -> bool:
    p = Path(path)
    return any(p.match(pat) or fnmatch.fnmatch(path, pat) for pat in exclude)


def expand_sources(paths: Iterable[str], exclude: Sequence[str] = (),
                   skip_folders: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """(files, problems): folders are walked (text, Markdown, HTML, MHTML, PDF, Word, CSV and Excel files, no
    symlink loops, never into ``skip_folders`` such as the report's own output folder), globs expanded,
    duplicates dropped; a path that names nothing becomes a problem line."""
    skipped = {os.path.realpath(f) for f in skip_folders}
    files: list[str] = []
    problems: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        try:
            key = os.path.realpath(path)
        except OSError:
            key = path
        if key not in seen and not _excluded(path, exclude):
            seen.add(key)
            files.append(path)

    for raw in paths:
        if raw == "-":
            add(raw)
            continue
        if os.path.isdir(raw):
            found = []
            for root, dirs, names in os.walk(raw, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and os.path.realpath(os.path.join(root, d)) not in skipped)
                found += [os.path.join(root, n) for n in names
                          if not n.startswith(".") and n.lower().endswith(SOURCE_SUFFIXES)]
            for f in sorted(found):
                add(f)
            continue
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                problems.append(f"{raw}: no file matches this pattern")
            for m in matches:
                if os.path.isfile(m):
                    add(m)
            continue
        if os.path.exists(raw) or os.path.islink(raw):
            add(raw)
        else:
            problems.append(f"{raw}: no such file or folder")
    return files, problems
