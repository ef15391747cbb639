"""Finding and reading the YAML files of one or more rule folders."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .yamlsafe import Marked, RuleError, load_marked

YAML_SUFFIXES = (".yaml", ".yml")
PACK_MANIFEST = "pack.yaml"
"""A pack's description and ``extends`` list; not a rule file."""


def default_rules_dir() -> Path:
    """The rules shipped with factcheck: the checkout's ``rules/`` folder, or its installed copy."""
    package = Path(__file__).resolve().parent
    installed = package / "bundled_rules"
    if installed.is_dir():
        return installed
    return display_path(package.parent / "rules")


def display_path(path: Path) -> Path:
    """``path`` relative to the working folder when it lies inside it (stable across checkouts)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def rule_files(dirs: Iterable[Path | str]) -> list[Path]:
    """Every YAML file below the given folders (or the files themselves), in a stable order."""
    out: list[Path] = []
    seen: set[Path] = set()
    for d in dirs:
        d = Path(d)
        if d.is_file():
            candidates = [d]
        elif d.is_dir():
            candidates = sorted(p for p in d.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file()
                                and p.name != PACK_MANIFEST)
        else:
            raise RuleError(str(d), 1, 1, "", "no such rules file or folder")
        for p in candidates:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(display_path(p))
    return out


def read_rule_files(dirs: Iterable[Path | str]) -> list[Marked]:
    """Load every rule file below ``dirs``; the first broken file raises RuleError."""
    return read_files(rule_files(dirs))


def read_files(paths: Iterable[Path]) -> list[Marked]:
    """Load the given rule files in order; empty ones are skipped, the first broken one raises RuleError."""
    docs = []
    for path in paths:
        doc = load_marked(path)
        if doc.data is None:
            continue
        if not isinstance(doc.data, dict):
            raise doc.error((), "a rule file must be a mapping of sections (facts:, hedges:, units: ...)")
        docs.append(doc)
    return docs
