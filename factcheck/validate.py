"""``factcheck rules validate``: every problem in rule files, each located by file, line, column and key.

The JSON Schemas in ``factcheck/schemas/`` catch shape errors (and drive
editor completion); the checks here catch what a schema cannot: duplicate
ids across files, regexes that do not compile or backtrack catastrophically,
units pint does not know, a synonym under two lemmas, examples that
contradict their rule.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import jsonschema
import regex

from .rulefiles import rule_files
from .rules import DIMENSIONS, build_ruleset, did_you_mean
from .ruletest import run_examples
from .units import UnitConverter
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
    for err in sorted(validator.iter_errors(doc.data), key=lambda e: [str(p) for p in e.absolute_path]):
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
        data = doc.data
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


def validate(paths: Iterable[Path | str], context: Iterable[Path | str] = (), units: UnitConverter | None = None,
             run_rule_examples: bool = True) -> list[RuleError]:
    """Every problem in the rule files under ``paths``, sorted by file and position.

    ``context`` folders (the shipped rules, when checking a user's folder) are
    loaded too, so ids that clash with them and examples that another rule
    would win are caught, but only the files under ``paths`` are checked in depth.
    """
    problems: list[RuleError] = []
    docs: list[Marked] = []
    files = []
    for p in paths:
        try:
            files += rule_files([p])
        except RuleError as exc:
            problems.append(exc)
    checked = {str(f) for f in files}
    context_docs = []
    for path in rule_files(context):
        if str(path) not in checked:
            context_docs.append(load_marked(path))
    for path in files:
        try:
            doc = load_marked(path)
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
    ruleset = build_ruleset([d for d in context_docs if isinstance(d.data, dict)] + docs, semantic)
    problems += [e for e in semantic if e.file in checked]
    problems += _regex_errors(docs)
    problems += _unit_errors(docs, units or UnitConverter())
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

