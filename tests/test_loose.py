"""Where "loose" begins (SEMANTICS.md section 5): one step of an open hedge's last stated digit.

"more than N" (precision p) conventionally reaches N + p: an unhedged figure
v is loose when v > N + p, rounded when N < v <= N + p or when only its own
rounding reaches past N (v stands for [v - s/2, v + s/2), s its step), and
differs when even that interval stays at or below N.  The same downwards
for "up to".
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import factcheck
from conftest import make_doc
from factcheck.intervals import figure_precision
from factcheck.model import Located
from factcheck.units import UnitConverter
from factcheck.verdict import Judge, Member, Tolerance

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _pair(vocab, a: str, b: str) -> str:
    judge = Judge(vocab, UnitConverter())
    ma, mb = (Member(Located(d, factcheck.extract(d.text, vocab)[0]))
              for d in (make_doc(a, "a.txt", vocab), make_doc(b, "b.txt", vocab)))
    return judge.judge(ma, mb, Tolerance()).verdict


@example(base=3400, other=4000)   # SEMANTICS: "over 3,400" reaches 3,500
@example(base=140, other=149)
@example(base=140, other=150)
@example(base=140, other=181)
@SETTINGS
@given(st.integers(min_value=11, max_value=99_000), st.integers(min_value=1, max_value=200_000))
def test_reach_of_more_than(vocab, base, other):
    precision, _ = figure_precision(str(base))
    _, step = figure_precision(str(other))
    got = _pair(vocab, f"The agency counted more than {base:,} wells.", f"The agency counted {other:,} wells.")
    if other + step / 2 <= base:
        assert got == "differ"
    elif base < other <= base + precision or other <= base:
        assert got == "rounded"
    else:
        assert got == "loose"


@example(base=500, other=380)
@example(base=500, other=450)
@SETTINGS
@given(st.integers(min_value=20, max_value=99_000), st.integers(min_value=1, max_value=200_000))
def test_reach_of_up_to(vocab, base, other):
    precision, _ = figure_precision(str(base))
    _, step = figure_precision(str(other))
    got = _pair(vocab, f"The hall seats up to {base:,} guests.", f"The hall seats {other:,} guests.")
    if other - step / 2 > base:
        assert got == "differ"
    elif base - precision <= other <= base or other > base:
        assert got == "rounded"
    else:
        assert got == "loose"


def test_two_bounds_the_same_way_are_never_loose(vocab):
    assert _pair(vocab, "The agency counted more than 140 wells.", "The agency counted more than 190 wells.") == "rounded"
