"""Table-driven extraction cases: one YAML file per phenomenon under tests/cases/en/.

Each case gives a text and the exact set of claims the extractor must find
in it (by quote), with the fields that matter for each (kind, value, unit,
low/high, hedge, date).  A case may carry ``xfail: reason`` for a known gap.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from factcheck.extractor import extract

CASES = Path(__file__).resolve().parent / "cases" / "en"
FIELDS = ("kind", "value", "unit", "low", "high", "low_inclusive", "high_inclusive", "hedge", "date", "counted")


def load_cases() -> list:
    """(id, case) for every case of every file under tests/cases/en/."""
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append(pytest.param(case, id=f"{path.stem}:{case['name']}",
                                    marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []))
    return out


def same(want, got) -> bool:
    """Equal, with floats compared to a relative 1e-9 (YAML reads "6.02e23" as text: it is a number here)."""
    if isinstance(want, str) and isinstance(got, float):
        try:
            want = float(want)
        except ValueError:
            return False
    if isinstance(want, (int, float)) and not isinstance(want, bool) and isinstance(got, (int, float)):
        return math.isclose(float(want), float(got), rel_tol=1e-9, abs_tol=1e-12)
    return want == got


@pytest.mark.parametrize("case", load_cases())
def test_case(case, vocab):
    assert_claims(extract(case["text"], vocab), case.get("claims") or [])


def assert_claims(claims, expected) -> None:
    """The claims are exactly the expected quotes, each with every field the case gives."""
    got = {c.text: c for c in claims}
    assert sorted(got) == sorted(e["quote"] for e in expected), [(c.text, c.kind, c.value, c.unit) for c in claims]
    for e in expected:
        c = got[e["quote"]]
        for f in FIELDS:
            if f in e:
                assert same(e[f], getattr(c, f)), f"{e['quote']!r}.{f}: want {e[f]!r}, got {getattr(c, f)!r}"


def test_enough_cases():
    """The acceptance floor: at least 300 cases in all."""
    assert len(load_cases()) >= 300
