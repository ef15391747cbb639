"""Run-wide settings (``settings:`` sections of rule files): thresholds, tolerances, hemisphere, discovery."""
from __future__ import annotations

from dataclasses import dataclass
from .yamlsafe import Marked, did_you_mean

SETTINGS_KEYS = {
    "fuzzy_threshold": 90, "candidate_threshold": 82, "unit_tolerance": 0.005, "hemisphere": "north",
    "min_candidate_sources": 2, "discovery_exclude": (), "discovery_apart": (),
}


@dataclass(frozen=True)
class Settings:
    """Run-wide settings from ``settings:`` sections."""

    fuzzy_threshold: float = 90.0
    candidate_threshold: float = 82.0
    unit_tolerance: float = 0.005
    hemisphere: str = "north"
    min_candidate_sources: int = 2
    discovery_exclude: tuple = ()
    """Measures discovery never groups (claims of them form facts only through rules)."""
    discovery_apart: tuple = ()
    """Pairs of measures discovery keeps apart even where one's words hold the other's ("team", "medical team")."""


def read_settings(docs: list[Marked], errors: list) -> Settings:
    """The run-wide settings of every ``settings:`` section; problems go to ``errors``."""
    values: dict = {}
    for doc in docs:
        raw = doc.data.get("settings")
        if raw is None:
            continue
        if not isinstance(raw, dict):
            errors.append(doc.error(("settings",), "expected a mapping"))
            continue
        for key, value in raw.items():
            if key not in SETTINGS_KEYS:
                errors.append(doc.error(("settings", key), f"unknown setting {key!r}{did_you_mean(key, SETTINGS_KEYS)}"))
            elif type(SETTINGS_KEYS[key]) in (int, float) and (isinstance(value, bool) or not isinstance(value, (int, float))):
                errors.append(doc.error(("settings", key), f"expected a number, got {value!r}"))
            elif key == "hemisphere" and value not in ("north", "south"):
                errors.append(doc.error(("settings", key), f"expected north or south, got {value!r}"))
            elif key.startswith("discovery_") and not _measure_lists(value, key == "discovery_apart"):
                what = "pairs of measure names" if key == "discovery_apart" else "measure names"
                errors.append(doc.error(("settings", key), f"expected a list of {what}, got {value!r}"))
            else:
                values[key] = value
    for key in ("discovery_exclude", "discovery_apart"):
        if key in values:
            values[key] = tuple(tuple(v) if isinstance(v, list) else v for v in values[key])
    return Settings(**values)


def _measure_lists(value, pairs: bool) -> bool:
    """A list of measure names, or (``pairs``) of two-name lists."""
    if not isinstance(value, list):
        return False
    if pairs:
        return all(isinstance(p, list) and len(p) == 2 and all(isinstance(m, str) for m in p) for p in value)
    return all(isinstance(m, str) for m in value)
