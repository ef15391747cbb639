"""Large groups are judged by extremes; the worst verdict must equal the all-pairs one."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import factcheck
from conftest import make_doc
from factcheck.model import Located
from factcheck.units import UnitConverter
from factcheck.verdict import RANK, Judge, Member, Tolerance

HEDGES = ["", "more than ", "nearly ", "about ", "over ", "up to "]
SCOPES = ["", "Over the past decade, ", "From 2012 to 2017, ", "In recent years, "]


@pytest.fixture(scope="module")
def judge(vocab):
    return Judge(vocab, UnitConverter())


statement = st.tuples(st.sampled_from(HEDGES), st.integers(min_value=100, max_value=130), st.sampled_from(SCOPES),
                      st.sampled_from(["2021-03-01", "2022-06-01", "2023-09-01", None]))


# Found earlier: "the past decade" in documents a year apart is one period, even beside a third, later one.
@example([("", 110, "Over the past decade, ", "2021-03-01"), ("", 120, "Over the past decade, ", "2022-06-01"),
          ("", 112, "Over the past decade, ", "2023-09-01")], False)
# Found later: a hedge left behind by a figure of another as-of date is an update, not only a loose pair.
@example([("", 111, "", "2022-06-01"), ("", 111, "", "2021-03-01"), ("more than ", 100, "", "2022-06-01")], True)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(statement, min_size=2, max_size=60), st.booleans())
def test_extremes_match_all_pairs(judge, vocab, statements, over_time):
    members = []
    for i, (hedge, n, scope, date) in enumerate(statements):
        head = f"date: {date}\n\n" if date else ""
        doc = make_doc(f"{head}{scope}China sent {hedge}{n} teams abroad.", f"d{i}.txt", vocab)
        claim = next(c for c in factcheck.extract(doc.text, vocab) if c.kind == "count")
        members.append(Member(Located(doc, claim)))
    tol = Tolerance(changes_over_time=over_time)
    import factcheck.verdict as verdict

    saved = verdict.ALL_PAIRS_UP_TO
    try:
        verdict.ALL_PAIRS_UP_TO = 0
        fast = judge.group(members, tol)[0]
        verdict.ALL_PAIRS_UP_TO = 10**9
        exact = judge.group(members, tol)[0]
    finally:
        verdict.ALL_PAIRS_UP_TO = saved
    assert fast == exact
    assert RANK[fast] >= 0
