"""Chinese sources: figures, hedges, measure words, dates (tests/cases/zh_extract.yaml), and the
Chinese restatements of the seeds (tests/corpora/zh) joining the English facts."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT, find
from factcheck.extractor import extract

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "zh_extract.yaml").read_text(encoding="utf-8"))
FIELDS = ("kind", "value", "low", "high", "low_inclusive", "high_inclusive", "hedge", "unit", "counted", "date",
          "season", "precision")


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["quote"] for c in CASES["cases"]])
def test_chinese_case(case, vocab):
    claims = extract(case["text"], vocab)
    claim = find(claims, case["quote"])
    assert case["text"][claim.start:claim.end] == case["quote"]
    for name in FIELDS:
        if name in case:
            got, want = getattr(claim, name), case[name]
            if isinstance(want, float) and got is not None:
                assert got == pytest.approx(want), name
            else:
                assert got == want, f"{name}: {got!r} != {want!r} in {claim}"


@pytest.mark.parametrize("text", CASES["no_claims"])
def test_no_claim(text, vocab):
    assert [c.text for c in extract(text, vocab)] == []
