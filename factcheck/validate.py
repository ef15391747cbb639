"""``factcheck rules validate``: every problem in rule files, each located by file, line, column and key.

The JSON Schemas in ``factcheck/schemas/`` catch shape errors (and drive
editor completion); the checks here catch what a schema cannot: duplicate
ids across files, regexes that do not compile or backtrack catastrophically,
units pint does not know, a synonym under two lemmas, examples that
contradict their rule.
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import jsonschema
import regex

from .rulefiles import rule_files
from .rules import DIMENSIONS, build_ruleset, did_you_mean
from .ruletest import run_examples
from .units import UnitConverter
from .vocabmerge import unwrap_extend
from .yamlsafe import Marked, RuleError, load_marked

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
CATASTROPHE_PROBES = ("a" * 3000 + "!", "1" * 3000 + "x", " " * 3000 + "x", "ab" * 1500 + "c", "1," * 1500 + "x")
PROBE_TIMEOUT = 0.25


@lru_cache(maxsize=None)
def schema(kind: str = "rules") -> dict:
    """The JSON Schema of a rule file kind (``rules`` accepts any mix of sections)."""
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))


def _describe(instance) -> str:
    text = repr(instance)
    return text if len(text) <= 60 else text[:57] + "..."


def schema_errors(doc: Marked) -> list[RuleError]:
    """Shape problems of one loaded file, with friendly messages."""
    validator = jsonschema.Draft202012Validator(schema("rules"))
    out = []
    for err in sorted(validator.iter_errors(unwrap_extend(doc.data)), key=lambda e: [str(p) for p in e.absolute_path]):
        path = tuple(err.absolute_path)
        expected = err.schema.get("x-expected") if isinstance(err.schema, dict) else None
        if err.validator == "additionalProperties":
            allowed = list(err.schema.get("properties", {}))
            for key in sorted(set(err.instance) - set(allowed)):
                section = "section" if not path else "key"
                out.append(doc.error(path + (key,), f"unknown {section} {key!r}{did_you_mean(key, allowed)}"))
            continue
        if err.validator == "required":
            missing = [k for k in err.validator_value if k not in err.instance]
            out.append(doc.error(path, f"missing required key {', '.join(repr(k) for k in missing)}"))
            continue
        if err.validator == "propertyNames":
            out.append(doc.error(path, err.message))
            continue
        if err.validator == "enum":
            options = ", ".join(str(v) for v in err.validator_value)
            out.append(doc.error(path, f"expected one of {options}, got {_describe(err.instance)}"))
            continue
        if expected:
            out.append(doc.error(path, f"expected {expected}, got {_describe(err.instance)}"))
            continue
        if err.validator == "type":
            kinds = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
            names = " or ".join({"object": "a mapping", "array": "a list", "number": "a number", "integer": "a whole number",
                                 "string": "text", "boolean": "true or false"}.get(k, k) for k in kinds)
            out.append(doc.error(path, f"expected {names}, got {_describe(err.instance)}"))
            continue
        out.append(doc.error(path, err.message))
    return out


def _catastrophic(pattern: "regex.Pattern") -> bool:
    for probe in CATASTROPHE_PROBES:
        try:
            pattern.search(probe, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            return True
    return False


def _regex_errors(docs: list[Marked]) -> list[RuleError]:
    """User patterns that compile but backtrack catastrophically."""
    out = []
    for doc in docs:
        data = unwrap_extend(doc.data)
        candidates = []
        for i, fact in enumerate(data.get("facts") or []):
            if isinstance(fact, dict) and isinstance(fact.get("pattern"), str):
                candidates.append((("facts", i, "pattern"), fact["pattern"], fact.get("id")))
        for i, p in enumerate(data.get("identifiers") or []):
            candidates.append((("identifiers", i), p, None))
        for kind, patterns in (data.get("scopes") or {}).items() if isinstance(data.get("scopes"), dict) else ():
            for i, p in enumerate(patterns or []):
                candidates.append((("scopes", kind, i), p, None))
        for path, text, rule_id in candidates:
            if not isinstance(text, str):
                continue
            try:
                compiled = regex.compile(text, regex.IGNORECASE | regex.VERSION0)
            except regex.error:
                continue  # reported by the rule builder with the regex error
            if _catastrophic(compiled):
                who = f"rule {rule_id}: " if rule_id else ""
                out.append(doc.error(path, f"{who}pattern backtracks catastrophically (over {PROBE_TIMEOUT}s on a "
                                           f"3,000-character probe); rewrite it without nested repetition"))
    return out


def _unit_errors(docs: list[Marked], units: UnitConverter) -> list[RuleError]:
    """Unit names pint does not know, in vocabulary ``units:`` and in facts' ``unit:``."""
    out = []
    for doc in docs:
        data = doc.data
        for i, fact in enumerate(data.get("facts") or []):
            unit = fact.get("unit") if isinstance(fact, dict) else None
            if isinstance(unit, str) and unit not in DIMENSIONS and units.dimension_of_unit(unit) is None:
                hint = units.suggest(unit)
                out.append(doc.error(("facts", i, "unit"), f"unknown unit {unit!r}: not a dimension "
                                     f"({', '.join(DIMENSIONS)}) and not a pint unit"
                                     + (f" (did you mean {hint!r}?)" if hint else "")))
        table = data.get("units")
        if isinstance(table, dict):
            for kind, entries in table.items():
                if not isinstance(entries, dict):
                    continue
                for unit in entries:
                    if units.dimension_of_unit(unit) is None:
                        hint = units.suggest(unit)
                        out.append(doc.error(("units", kind, unit), f"pint does not know the unit {unit!r}"
                                             + (f" (did you mean {hint!r}?)" if hint else "")))
    return out


def checked_layers(path: Path | str) -> list[list[Path]]:
    """The layers a checked rules folder brings: its own files, then each pack of its ``packs/`` library."""
    from .layers import PACKS_FOLDER, own_files

    path = Path(path)
    if not path.is_dir():
        return [rule_files([path])]
    layers = [list(own_files(path))]
    packs = path / PACKS_FOLDER
    if packs.is_dir():
        layers += [rule_files([p]) for p in sorted(packs.iterdir()) if p.is_dir()]
    return layers


def validate(paths: Iterable[Path | str], context: Iterable[Path | str] = (), units: UnitConverter | None = None,
             run_rule_examples: bool = True, notes: list | None = None,
             context_files: Iterable[Iterable[Path]] = ()) -> list[RuleError]:
    """Every problem in the rule files under ``paths``, sorted by file and position.

    The files are checked as they would be used: layered over ``context_files``
    (the layers a run would load before them, e.g. the shipped vocabulary and
    enabled packs) and ``context`` folders (each one layer), so ids and keys
    they redefine are noted (in ``notes``), not reported, while examples that
    another rule would win are caught.  Only the files under ``paths`` are
    checked in depth.
    """
    problems: list[RuleError] = []
    layers: list[list[Path]] = []
    for p in paths:
        try:
            if not Path(p).exists():
                rule_files([p])  # raises the usual "no such rules file or folder"
            layers += checked_layers(p)
        except RuleError as exc:
            problems.append(exc)
    checked = {str(f) for layer in layers for f in layer}
    context_layers = [list(c) for c in context_files] + [rule_files([c]) for c in context]
    context_docs = []
    for i, layer in enumerate(context_layers):
        context_docs += [replace(load_marked(f), layer=i) for f in layer if str(f) not in checked]
    docs: list[Marked] = []
    for i, layer in enumerate(layers, start=len(context_layers)):
        for path in layer:
            try:
                doc = replace(load_marked(path), layer=i)
            except RuleError as exc:
                problems.append(exc)
                continue
            if doc.data is None:
                continue
            if not isinstance(doc.data, dict):
                problems.append(doc.error((), "a rule file must be a mapping of sections (facts:, hedges:, units: ...)"))
                continue
            problems += schema_errors(doc)
            docs.append(doc)
    semantic: list[RuleError] = []
    found_notes: list[RuleError] = []
    all_docs = [d for d in context_docs if isinstance(d.data, dict)] + docs
    ruleset = build_ruleset(all_docs, semantic, found_notes)
    problems += [e for e in semantic if e.file in checked]
    if notes is not None:
        notes += [n for n in found_notes if n.file in checked]
    problems += _regex_errors(docs)
    converter = units or UnitConverter()
    problems += _unit_errors(docs, converter)
    problems += [e for e in unit_override_errors(all_docs, converter) if e.file in checked]
    if run_rule_examples and not problems:
        only = {f.id for f in ruleset.facts if f.file in checked}
        for result in run_examples(ruleset, only=only):
            if not result.passed:
                rule, ex = result.rule, result.example
                problems.append(RuleError(rule.file, ex.line, 1, f"{rule.id}.examples",
                                          f"example contradicts the rule: expected {result.expected}, got {result.got}"))
    unique: dict = {}
    for p in problems:
        unique.setdefault((p.file, p.line, p.column, p.key), p)
    return sorted(unique.values(), key=lambda e: (e.file, e.line, e.column))


def unit_override_errors(docs: list[Marked], units: UnitConverter) -> list[RuleError]:
    """A later layer that makes a spelling (or a unit) mean a unit of another dimension than an earlier layer did."""
    seen: dict[str, tuple[str, Marked, tuple]] = {}  # spelling -> (unit, doc, key path)
    out = []
    for doc in docs:
        table = doc.data.get("units")
        if not isinstance(table, dict):
            continue
        for kind, entries in table.items():
            if not isinstance(entries, dict):
                continue
            for unit, aliases in entries.items():
                spellings = [a for a in (aliases if isinstance(aliases, list) else []) if isinstance(a, str)] + [unit]
                for alias in spellings:
                    prev = seen.get(alias)
                    if prev is None or prev[1].layer >= doc.layer:
                        seen.setdefault(alias, (unit, doc, ("units", kind, unit)))
                        continue
                    old_dim, new_dim = units.dimension_of_unit(prev[0]), units.dimension_of_unit(unit)
                    if old_dim and new_dim and old_dim != new_dim:
                        line, _ = prev[1].where(prev[2])
                        out.append(doc.error(("units", kind, unit), f"{alias!r} is a {old_dim} unit ({prev[0]}) at "
                                             f"{prev[1].file}:{line}; a later layer cannot make it {unit}, a "
                                             f"{new_dim} unit"))
                        break
    return out
