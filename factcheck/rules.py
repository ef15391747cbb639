"""Fact rules and settings from YAML: which claims speak of which fact.

A ``RuleSet`` bundles the vocabulary, the fact rules and the settings of
one run.  It is built once from the rule folders and passed to every stage.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Optional

import regex

from .rulefiles import read_rule_files
from .settings import Settings, read_settings
from .vocab import VOCAB_SECTIONS, Vocabulary, build_vocabulary
from .yamlsafe import Marked, RuleError, did_you_mean  # noqa: F401  (did_you_mean: used here and re-exported)

SEVERITIES = ("error", "warning", "info")
WINDOWS = ("local", "clause", "sentence", "nearby")
DIMENSIONS = ("count", "length", "area", "volume", "mass", "speed", "energy", "power", "temperature",
              "duration", "percent", "money", "date", "ordinal")
CLAIM_KINDS = ("count", "money", "percent", "measure", "duration", "date", "date_range", "number_range", "ordinal")
FACT_KEYS = {
    "id": "kebab-case name of the fact", "label": "human wording", "severity": "error | warning | info",
    "counted": "what is counted: a lemma and its synonyms", "related_counted": "other things counted on the same topic",
    "unit": "a dimension (length, money, duration, date, ...) or a unit", "kind": "claim kinds allowed",
    "context": "phrases around the figure", "pattern": "regular expression on the sentence",
    "threshold": "fuzzy match threshold (0-100)", "tolerance": "absolute and/or relative slack",
    "changes_over_time": "values may change with the as-of date", "monotonic": "increasing | decreasing",
    "reference": "a reference value used when no source states the fact", "examples": "match / no_match sentences",
    "description": "free text", "scope": "the period the fact covers",
}
TOP_LEVEL = set(VOCAB_SECTIONS) | {"facts", "settings"}
ID_PATTERN = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Context:
    """Phrases that must (all), may (any: at least one) or must not (none) appear in a window."""

    window: str
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    """A reference value kept in a rule, used by lint when no source states the fact."""

    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    hedge: str = "none"
    unit: Optional[str] = None
    as_of: Optional[str] = None
    source: Optional[str] = None
    text: Optional[str] = None


@dataclass(frozen=True)
class Example:
    """A sentence written next to a rule: it must (or must not) match, with an expected value."""

    text: str
    matches: bool
    value: Optional[float] = None
    line: int = 0


@dataclass(frozen=True)
class FactRule:
    """One fact: what it counts or measures, the context it is stated in, and how it may vary."""

    id: str
    label: str
    file: str
    line: int
    severity: str = "error"
    counted: tuple[str, ...] = ()
    related_counted: tuple[str, ...] = ()
    dimension: Optional[str] = None
    unit: Optional[str] = None
    kinds: tuple[str, ...] = ()
    contexts: tuple[Context, ...] = ()
    pattern: Optional[Any] = field(default=None, compare=False)
    threshold: Optional[float] = None
    tolerance_abs: float = 0.0
    tolerance_rel: float = 0.0
    changes_over_time: bool = False
    monotonic: Optional[str] = None
    reference: Optional[Reference] = None
    examples: tuple[Example, ...] = ()
    description: str = ""

    @property
    def location(self) -> str:
        """``file:line`` of the rule's definition."""
        return f"{self.file}:{self.line}"

    @property
    def specificity(self) -> int:
        """How many constraints the rule sets; the most specific rule wins a tie."""
        n = len(self.counted) > 0
        n += sum(len(c.all) + (1 if c.any else 0) + len(c.none) for c in self.contexts)
        return int(n) + (2 if self.pattern is not None else 0) + (1 if self.dimension else 0)


@dataclass(frozen=True)
class RuleSet:
    """Everything a run needs from ``rules/``: vocabulary, fact rules, settings."""

    vocab: Vocabulary
    facts: tuple[FactRule, ...]
    settings: Settings
    files: tuple[str, ...] = ()

    def fact(self, fact_id: str) -> Optional[FactRule]:
        """The rule with this id, if any."""
        return next((f for f in self.facts if f.id == fact_id), None)


def _strings(value, path, doc: Marked, errors: list, what="a list of phrases") -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
        errors.append(doc.error(path, f"expected {what}, got {value!r}"))
        return ()
    return tuple(str(v) for v in value)


def _number(value, path, doc, errors, what="a number") -> Optional[float]:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        errors.append(doc.error(path, f"expected {what}, got {value!r}"))
        return None
    return float(value)


def parse_fact(raw: Any, index: int, doc: Marked, errors: list, default_threshold: float) -> Optional[FactRule]:
    """Check one ``facts[i]`` entry and build its FactRule; problems go to ``errors``."""
    path = ("facts", index)
    if not isinstance(raw, dict):
        errors.append(doc.error(path, f"expected a mapping (id:, label:, ...), got {type(raw).__name__}"))
        return None
    before = len(errors)
    for key in raw:
        if key not in FACT_KEYS:
            errors.append(doc.error(path + (key,), f"unknown key {key!r}{did_you_mean(key, FACT_KEYS)}"))
    fact_id = raw.get("id")
    if fact_id is None:
        errors.append(doc.error(path, "missing required key 'id'"))
    elif not isinstance(fact_id, str) or not ID_PATTERN.fullmatch(fact_id):
        errors.append(doc.error(path + ("id",), f"ids are kebab-case (lower-case words joined by '-'), got {fact_id!r}"))
    label = raw.get("label", fact_id)
    if not isinstance(label, str):
        errors.append(doc.error(path + ("label",), f"expected text, got {label!r}"))
    severity = raw.get("severity", "error")
    if severity not in SEVERITIES:
        errors.append(doc.error(path + ("severity",), f"expected one of {', '.join(SEVERITIES)}, got {severity!r}"))
    counted = _strings(raw.get("counted"), path + ("counted",), doc, errors)
    related = _strings(raw.get("related_counted"), path + ("related_counted",), doc, errors)
    kinds = _strings(raw.get("kind"), path + ("kind",), doc, errors, "a claim kind or a list of them")
    for k in kinds:
        if k not in CLAIM_KINDS:
            errors.append(doc.error(path + ("kind",), f"unknown claim kind {k!r}{did_you_mean(k, CLAIM_KINDS)}"))
    unit = raw.get("unit")
    dimension = None
    if unit is not None:
        if not isinstance(unit, str):
            errors.append(doc.error(path + ("unit",), f"expected a dimension or unit name, got {unit!r}"))
            unit = None
        elif unit in DIMENSIONS:
            dimension, unit = unit, None
    if not counted and unit is None and dimension is None and not kinds:
        errors.append(doc.error(path, "a fact needs 'counted', 'unit' or 'kind' to say what it measures"))
    contexts = _contexts(raw.get("context"), path + ("context",), doc, errors)
    pattern = None
    if raw.get("pattern") is not None:
        try:
            pattern = regex.compile(str(raw["pattern"]), regex.IGNORECASE | regex.VERSION0)
        except regex.error as exc:
            errors.append(doc.error(path + ("pattern",), f"pattern does not compile: {exc}"))
    threshold = _number(raw.get("threshold"), path + ("threshold",), doc, errors)
    if threshold is not None and not 0 < threshold <= 100:
        errors.append(doc.error(path + ("threshold",), f"expected a score between 1 and 100, got {threshold:g}"))
    tol_abs = tol_rel = 0.0
    tol = raw.get("tolerance")
    if isinstance(tol, dict):
        for key in tol:
            if key not in ("absolute", "relative"):
                errors.append(doc.error(path + ("tolerance", key), f"unknown key {key!r}; use 'absolute' and/or 'relative'"))
        tol_abs = _number(tol.get("absolute"), path + ("tolerance", "absolute"), doc, errors) or 0.0
        tol_rel = _number(tol.get("relative"), path + ("tolerance", "relative"), doc, errors) or 0.0
    elif tol is not None:
        num = _number(tol, path + ("tolerance",), doc, errors, "a number or {absolute:, relative:}")
        tol_abs = num or 0.0
    if tol_abs < 0 or tol_rel < 0:
        errors.append(doc.error(path + ("tolerance",), "tolerances cannot be negative"))
    changes = raw.get("changes_over_time", False)
    if not isinstance(changes, bool):
        errors.append(doc.error(path + ("changes_over_time",), f"expected true or false, got {changes!r}"))
    monotonic = raw.get("monotonic")
    if monotonic not in (None, "increasing", "decreasing"):
        errors.append(doc.error(path + ("monotonic",), f"expected 'increasing' or 'decreasing', got {monotonic!r}"))
    reference = _reference(raw.get("reference"), path + ("reference",), doc, errors)
    examples = _examples(raw.get("examples"), path + ("examples",), doc, errors)
    if len(errors) > before or fact_id is None:
        return None
    line, _ = doc.where(path)
    return FactRule(
        id=fact_id, label=str(label), file=doc.file, line=line, severity=severity, counted=counted,
        related_counted=related, dimension=dimension, unit=unit, kinds=kinds, contexts=contexts, pattern=pattern,
        threshold=threshold if threshold is not None else default_threshold, tolerance_abs=tol_abs,
        tolerance_rel=tol_rel, changes_over_time=bool(changes), monotonic=monotonic, reference=reference,
        examples=examples, description=str(raw.get("description", "")),
    )


def _contexts(raw, path, doc, errors) -> tuple[Context, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        errors.append(doc.error(path, "expected a mapping of windows (local, clause, sentence) to all/any/none lists"))
        return ()
    out = []
    # shorthand: context: {all: [...]} means the clause window
    if set(raw) & {"all", "any", "none"}:
        raw = {"clause": raw}
    for window, spec in raw.items():
        if window not in WINDOWS:
            errors.append(doc.error(path + (window,), f"unknown window {window!r}{did_you_mean(window, WINDOWS)}; "
                                                       f"use one of {', '.join(WINDOWS)}"))
            continue
        if not isinstance(spec, dict):
            errors.append(doc.error(path + (window,), "expected a mapping with all / any / none lists"))
            continue
        for key in spec:
            if key not in ("all", "any", "none"):
                errors.append(doc.error(path + (window, key), f"unknown key {key!r}{did_you_mean(key, ('all', 'any', 'none'))}"))
        out.append(Context(
            window=window,
            all=_strings(spec.get("all"), path + (window, "all"), doc, errors),
            any=_strings(spec.get("any"), path + (window, "any"), doc, errors),
            none=_strings(spec.get("none"), path + (window, "none"), doc, errors),
        ))
    return tuple(out)


def _reference(raw, path, doc, errors) -> Optional[Reference]:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        errors.append(doc.error(path, "expected a mapping (value:, hedge:, unit:, as_of:, source:)"))
        return None
    allowed = ("value", "low", "high", "hedge", "unit", "as_of", "source", "text")
    for key in raw:
        if key not in allowed:
            errors.append(doc.error(path + (key,), f"unknown key {key!r}{did_you_mean(key, allowed)}"))
    value = _number(raw.get("value"), path + ("value",), doc, errors)
    low = _number(raw.get("low"), path + ("low",), doc, errors)
    high = _number(raw.get("high"), path + ("high",), doc, errors)
    if value is None and low is None and high is None and not raw.get("text"):
        errors.append(doc.error(path, "a reference needs 'value', 'low'/'high' or 'text'"))
    return Reference(value=value, low=low, high=high, hedge=str(raw.get("hedge", "none")),
                     unit=raw.get("unit"), as_of=str(raw["as_of"]) if raw.get("as_of") else None,
                     source=raw.get("source"), text=raw.get("text"))


def _examples(raw, path, doc, errors) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        errors.append(doc.error(path, "expected a mapping with 'match' and/or 'no_match' lists"))
        return ()
    out = []
    for key in raw:
        if key not in ("match", "no_match"):
            errors.append(doc.error(path + (key,), f"unknown key {key!r}{did_you_mean(key, ('match', 'no_match'))}"))
            continue
        items = raw[key] or []
        if not isinstance(items, list):
            errors.append(doc.error(path + (key,), "expected a list of sentences"))
            continue
        for i, item in enumerate(items):
            line = doc.where(path + (key, i))[0]
            if isinstance(item, str):
                out.append(Example(item, key == "match", None, line))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                value = _number(item.get("value"), path + (key, i, "value"), doc, errors)
                for k in item:
                    if k not in ("text", "value"):
                        errors.append(doc.error(path + (key, i, k), f"unknown key {k!r}; use 'text' and 'value'"))
                out.append(Example(item["text"], key == "match", value, line))
            else:
                errors.append(doc.error(path + (key, i), "expected a sentence or {text:, value:}"))
    return tuple(out)


def build_ruleset(docs: list[Marked], errors: Optional[list] = None, notes: Optional[list] = None) -> RuleSet:
    """Check and build the whole rule set from loaded files.

    With ``errors`` given, every problem is appended and a best-effort rule
    set returned; without it, the first problem raises RuleError.  A fact id
    defined again in a later layer replaces the earlier rule (noted in
    ``notes``); the same id twice within one layer is an error.
    """
    collect: list = [] if errors is None else errors
    for doc in docs:
        for key in doc.data:
            if key not in TOP_LEVEL:
                collect.append(doc.error((key,), f"unknown section {key!r}{did_you_mean(key, TOP_LEVEL)}"))
    vocab = build_vocabulary(docs, collect, notes)
    settings = read_settings(docs, collect)
    facts: dict[str, FactRule] = {}
    layer_of: dict[str, int] = {}
    unchanged: dict[tuple[str, str], int] = {}
    for doc in docs:
        raw_facts = doc.data.get("facts")
        if raw_facts is None:
            continue
        if not isinstance(raw_facts, list):
            collect.append(doc.error(("facts",), "expected a list of fact rules (each starting with '- id:')"))
            continue
        for i, raw in enumerate(raw_facts):
            fact = parse_fact(raw, i, doc, collect, settings.fuzzy_threshold)
            if fact is None:
                continue
            first = facts.get(fact.id)
            if first is not None and layer_of[fact.id] >= doc.layer:
                collect.append(doc.error(("facts", i, "id"), f"duplicate id {fact.id!r} (first defined at {first.location})"))
                continue
            if first is not None and notes is not None:
                if replace(fact, file=first.file, line=first.line) == first:
                    unchanged[(doc.file, first.file)] = unchanged.get((doc.file, first.file), 0) + 1
                else:
                    notes.append(doc.error(("facts", i, "id"),
                                           f"note: rule {fact.id!r} replaces the rule at {first.location}"))
            facts[fact.id] = fact
            layer_of[fact.id] = doc.layer
    for (file, earlier), n in sorted(unchanged.items()):
        notes.append(RuleError(file, 1, 1, "", f"note: {n} rule{'s restate' if n != 1 else ' restates'} {earlier} unchanged"))
    if errors is None and collect:
        raise collect[0]
    return RuleSet(vocab=vocab, facts=tuple(facts.values()), settings=settings, files=tuple(d.file for d in docs))


def load_ruleset(dirs: Iterable[Path | str], errors: Optional[list] = None) -> RuleSet:
    """Read every rule file under ``dirs`` and build the RuleSet; each folder is one layer."""
    if errors is None:
        return build_ruleset(_layered(dirs))
    try:
        docs = _layered(dirs)
    except RuleError as exc:
        errors.append(exc)
        docs = []
    return build_ruleset(docs, errors)


def _layered(dirs: Iterable[Path | str]) -> list[Marked]:
    return [replace(doc, layer=i) for i, d in enumerate(dirs) for doc in read_rule_files([d])]
