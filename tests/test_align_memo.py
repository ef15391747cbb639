"""The aligner's decision memo is bounded, and a bound never changes a decision."""
from __future__ import annotations

from conftest import ROOT, SEEDS

import factcheck.align as align
from factcheck.load import load_document
from factcheck.pipeline import Checker
from factcheck.rules import load_ruleset


def _aligned(monkeypatch, bound: int):
    monkeypatch.setattr(align, "MAX_DECISIONS", bound)
    ruleset = load_ruleset([ROOT / "rules"])
    checker = Checker(ruleset)
    docs = [load_document(str(p), ruleset.vocab) for p in sorted(SEEDS.glob("*.txt"))]
    checks = checker.check_documents(docs)
    return checker.aligner, [(c.start, fact) for check in checks for c, fact, _ in check.aligned]


def test_a_small_memo_takes_the_same_decisions(monkeypatch):
    aligner, small = _aligned(monkeypatch, 3)
    assert 0 < len(aligner._decisions) <= 3
    _, large = _aligned(monkeypatch, 10**6)
    assert small == large and len(small) > 40
