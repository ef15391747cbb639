"""Per-process memos are bounded (the aligner's decisions, the paragraph memo), and a bound never changes a result."""
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


def test_the_paragraph_memo_shrinks_on_prose_that_does_not_repeat():
    from factcheck.extractor.document import ParagraphMemo
    memo = ParagraphMemo(size=20000)
    for i in range(6000):
        if memo.get(f"paragraph {i}") is None:
            memo.put(f"paragraph {i}", ([], []))
    assert memo.size == ParagraphMemo.SMALL and len(memo.items) == ParagraphMemo.SMALL
    repeating = ParagraphMemo(size=20000)
    for i in range(6000):
        if repeating.get(f"paragraph {i % 50}") is None:
            repeating.put(f"paragraph {i % 50}", ([], []))
    assert repeating.size == 20000 and repeating.hits == 5950
