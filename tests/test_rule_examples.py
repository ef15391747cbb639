"""Every example written next to a shipped fact rule holds (sqlfluff-style: one case per example)."""
from __future__ import annotations

import pytest

from conftest import RULES
from factcheck.align import Aligner
from factcheck.rules import load_ruleset
from factcheck.ruletest import run_example

_RULESET = load_ruleset([RULES])
_CASES = [(rule, ex) for rule in _RULESET.facts for ex in rule.examples]


@pytest.fixture(scope="module")
def aligner():
    return Aligner(_RULESET)


@pytest.mark.parametrize("rule,example", _CASES,
                         ids=[f"{r.id}:{'match' if e.matches else 'no_match'}:{e.line}" for r, e in _CASES])
def test_rule_example(aligner, rule, example):
    result = run_example(rule, example, aligner)
    assert result.passed, f"{rule.location}: expected {result.expected}, got {result.got}"


def test_shipped_rules_have_examples():
    with_examples = [r for r in _RULESET.facts if r.examples]
    assert len(with_examples) >= 20
