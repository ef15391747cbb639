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

from .docdate import valid_day
from .formats.table import TableColumns
from .rules import did_you_mean
from .yamlsafe import RuleError, load_marked

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

FORMATS = ("text", "json", "sarif", "github")
FAIL_ON_CHOICES = ("differ", "updated", "loose", "rounded", "never")
KEYS = ("sources", "rules", "packs", "default-rules", "default-vocab", "fail-on", "format", "exclude", "baseline",
        "dates", "scheduler", "table-columns")


class ConfigError(Exception):
    """An invalid configuration file; the message is one line naming file and key."""


@dataclass(frozen=True)
class LintConfig:
    """The effective lint settings."""

    sources: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    packs: tuple[str, ...] = ()
    default_rules: bool = True
    default_vocab: bool = True
    fail_on: str = "differ"
    format: Optional[str] = None
    exclude: tuple[str, ...] = ()
    baseline: Optional[str] = None
    dates: tuple[tuple[str, str], ...] = ()
    """(path or glob, ISO date): a source's date when the document does not say it (or says it wrong)."""
    scheduler: Optional[str] = None  # a Dask scheduler address or local:N (see factcheck.cluster)
    origin: str = "defaults"
    table_columns: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Column names of figures tables (CSV / Excel sources), role -> names; empty: the defaults."""

    def as_dict(self) -> dict:
        """The settings as a plain mapping (for ``--show-config``)."""
        d = asdict(self)
        for key in ("fail_on", "default_rules", "default_vocab"):
            d[key.replace("_", "-")] = d.pop(key)
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
    flags = {}
    for key in ("default-rules", "default-vocab"):
        value = get.get(key, True)
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {key}: expected true or false, got {value!r}")
        flags[key.replace("-", "_")] = value
    packs = _list(get.get("packs", []), "packs", where)
    packs = tuple(p if "/" not in p and not p.startswith(".") else _relative(base, (p,))[0] for p in packs)
    scheduler = get.get("scheduler")
    if scheduler is not None and (not isinstance(scheduler, str) or not scheduler.strip()):
        raise ConfigError(f"{where}: scheduler: expected an address such as tcp://host:8786 or local:4, "
                          f"got {scheduler!r}")
    columns = get.get("table-columns") or {}
    try:
        if not isinstance(columns, dict):
            raise ValueError(f"expected a mapping of role to column names, got {columns!r}")
        TableColumns.from_mapping(columns)
    except ValueError as exc:
        raise ConfigError(f"{where}: table-columns: {exc}") from None
    return LintConfig(
        dates=_dates(get.get("dates", {}), where),
        packs=packs, **flags,
        sources=_relative(base, _list(get.get("sources", []), "sources", where)),
        rules=_relative(base, _list(get.get("rules", []), "rules", where)),
        fail_on=fail_on, format=fmt,
        exclude=_list(get.get("exclude", []), "exclude", where),
        baseline=_relative(base, (baseline,))[0] if baseline else None,
        scheduler=scheduler.strip() if scheduler else None,
        origin=where,
        table_columns=tuple((role.replace("-", "_"), (names,) if isinstance(names, str) else tuple(names))
                            for role, names in columns.items()),
    )


def _dates(value, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: dates: expected a mapping of path or glob to a date, got {value!r}")
    out = []
    for pattern, day in value.items():
        text = day.isoformat() if hasattr(day, "isoformat") else str(day)
        if valid_day(text) is None:
            raise ConfigError(f"{where}: dates.{pattern}: expected a date such as 2022-10-20, got {day!r}")
        out.append((str(pattern), valid_day(text)))
    return tuple(out)


def parse_date_options(values) -> tuple[tuple[str, str], ...]:
    """``--date PATH=DATE`` options as (path, ISO date) pairs; ConfigError names a bad one."""
    out = []
    for value in values or ():
        path, _, day = value.rpartition("=")
        if not path or valid_day(day) is None:
            raise ConfigError(f"--date {value!r}: expected PATH=YYYY-MM-DD")
        out.append((path, valid_day(day)))
    return tuple(out)


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
