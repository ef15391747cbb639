"""Running the ``examples`` written next to each fact rule."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .align import Aligner
from .extractor import extract
from .extractor.text import normalize
from .intervals import format_number
from .rules import Example, FactRule, RuleSet


@dataclass(frozen=True)
class ExampleResult:
    """One example's outcome: passed, and what was expected and got when it did not."""

    rule: FactRule
    example: Example
    passed: bool
    expected: str
    got: str


def run_example(rule: FactRule, example: Example, aligner: Aligner) -> ExampleResult:
    """Extract the example's claims and check which rule takes them, against the expectation."""
    vocab = aligner.ruleset.vocab
    claims = extract(example.text, vocab)
    norm = normalize(example.text)
    taken = []
    for claim in claims:
        winner, _ = aligner.best(claim, norm)
        if winner is not None and winner.rule.id == rule.id:
            taken.append(claim)
    if example.matches:
        expected = f"a claim taken by {rule.id}" + (f" with value {format_number(example.value)}" if example.value is not None else "")
        good = [c for c in taken if example.value is None or (c.value is not None and abs(c.value - example.value) <= 1e-9 * max(1, abs(example.value)))]
        if good:
            return ExampleResult(rule, example, True, expected, f"{good[0].text!r}")
        return ExampleResult(rule, example, False, expected, _describe(claims, norm, rule, aligner))
    expected = f"no claim taken by {rule.id}"
    if not taken:
        return ExampleResult(rule, example, True, expected, "none taken")
    return ExampleResult(rule, example, False, expected, ", ".join(repr(c.text) for c in taken) + f" taken by {rule.id}")


def _describe(claims, norm, rule: FactRule, aligner: Aligner) -> str:
    """What happened to each claim of a failing example (for the diff)."""
    if not claims:
        return "no claim extracted"
    parts = []
    for claim in claims:
        value = format_number(claim.value) if claim.value is not None else (claim.date or claim.kind)
        check = aligner.check(rule, claim, norm)
        winner, _ = aligner.best(claim, norm)
        if check.matched and winner is not None and winner.rule.id != rule.id:
            parts.append(f"{claim.text!r} ({value}) went to the more specific {winner.rule.id}")
        else:
            parts.append(f"{claim.text!r} ({value}): {check.reason}")
    return "; ".join(parts)


def run_examples(ruleset: RuleSet, aligner: Optional[Aligner] = None, only: Optional[set] = None) -> list[ExampleResult]:
    """Every example of every rule (or only those whose ids are in ``only``)."""
    aligner = aligner or Aligner(ruleset)
    results = []
    for rule in ruleset.facts:
        if only and rule.id not in only:
            continue
        for example in rule.examples:
            results.append(run_example(rule, example, aligner))
    return results
