"""Lint configuration: ``.factcheck.yaml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

Command-line options win over the file; paths in the file are relative to
the file's folder.
"""
from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Optional

from .formats.table import TableColumns
from .rules import did_you_mean
from .yamlsafe import RuleError, load_marked

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

FORMATS = ("text", "json", "sarif", "github")
FAIL_ON_CHOICES = ("differ", "updated", "rounded", "never")
KEYS = ("sources", "rules", "fail-on", "format", "exclude", "baseline", "table-columns")


class ConfigError(Exception):
    """An invalid configuration file; the message is one line naming file and key."""


@dataclass(frozen=True)
class LintConfig:
    """The effective lint settings."""

    sources: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    fail_on: str = "differ"
    format: Optional[str] = None
    exclude: tuple[str, ...] = ()
    baseline: Optional[str] = None
    origin: str = "defaults"
    table_columns: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Column names of figures tables (CSV / Excel sources), role -> names; empty: the defaults."""

    def as_dict(self) -> dict:
        """The settings as a plain mapping (for ``--show-config``)."""
        d = asdict(self)
        d["fail-on"] = d.pop("fail_on")
        d["table-columns"] = {role: list(names) for role, names in d.pop("table_columns")}
        return d

    def columns(self) -> TableColumns:
        """The figures-table columns to read CSV and Excel sources with (pass to ``load_document``)."""
        return TableColumns.from_mapping(dict(self.table_columns))


def _list(value, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: {key}: expected a path or a list of paths, got {value!r}")


def _relative(base: Path, paths: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for p in paths:
        full = p if os.path.isabs(p) else os.path.normpath(os.path.join(base, p))
        try:
            full = os.path.relpath(full)
        except ValueError:
            pass
        out.append(full)
    return tuple(out)


def _from_mapping(data: dict, where: str, base: Path) -> LintConfig:
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping of settings")
    for key in data:
        if key.replace("_", "-") not in KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}{did_you_mean(key, KEYS)}")
    get = {k.replace("_", "-"): v for k, v in data.items()}
    fail_on = get.get("fail-on", "differ")
    if fail_on not in FAIL_ON_CHOICES:
        raise ConfigError(f"{where}: fail-on: expected one of {', '.join(FAIL_ON_CHOICES)}, got {fail_on!r}")
    fmt = get.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"{where}: format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    baseline = get.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(f"{where}: baseline: expected a path, got {baseline!r}")
    columns = get.get("table-columns") or {}
    try:
        if not isinstance(columns, dict):
            raise ValueError(f"expected a mapping of role to column names, got {columns!r}")
        TableColumns.from_mapping(columns)
    except ValueError as exc:
        raise ConfigError(f"{where}: table-columns: {exc}") from None
    return LintConfig(
        sources=_relative(base, _list(get.get("sources", []), "sources", where)),
        rules=_relative(base, _list(get.get("rules", []), "rules", where)),
        fail_on=fail_on, format=fmt,
        exclude=_list(get.get("exclude", []), "exclude", where),
        baseline=_relative(base, (baseline,))[0] if baseline else None,
        origin=where,
        table_columns=tuple((role.replace("-", "_"), (names,) if isinstance(names, str) else tuple(names))
                            for role, names in columns.items()),
    )


def _read_yaml(path: Path) -> LintConfig:
    try:
        doc = load_marked(path)
    except RuleError as exc:
        raise ConfigError(str(exc)) from None
    return _from_mapping(doc.data or {}, str(path), path.parent)


def _read_pyproject(path: Path, required: bool) -> Optional[LintConfig]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    section = data.get("tool", {}).get("factcheck")
    if section is None:
        if required:
            raise ConfigError(f"{path}: no [tool.factcheck] section")
        return None
    return _from_mapping(section, f"{path} [tool.factcheck]", path.parent)


def load_config(explicit: Optional[str] = None, folder: Optional[Path] = None) -> LintConfig:
    """The configuration from ``explicit`` or the first of .factcheck.yaml / pyproject.toml in ``folder``."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{explicit}: no such config file")
        return _read_pyproject(path, True) if path.suffix == ".toml" else _read_yaml(path)
    folder = folder or Path.cwd()
    for name in (".factcheck.yaml", ".factcheck.yml"):
        if (folder / name).is_file():
            return _read_yaml(Path(os.path.relpath(folder / name)))
    if (folder / "pyproject.toml").is_file():
        found = _read_pyproject(Path(os.path.relpath(folder / "pyproject.toml")), False)
        if found:
            return found
    return LintConfig()


def merge(config: LintConfig, **cli) -> LintConfig:
    """``config`` with every command-line value that was given (not None or empty) put over it."""
    given = {k: (tuple(v) if isinstance(v, list) else v) for k, v in cli.items() if v not in (None, [], ())}
    return replace(config, **given)
