"""Verdict logic on pairs of real sentences: SEMANTICS.md section 3 and its worked examples."""
from __future__ import annotations

import pytest
from conftest import make_doc

import factcheck
from factcheck.model import Located
from factcheck.scope import qualifier_difference
from factcheck.units import UnitConverter
from factcheck.verdict import Judge, Member, Tolerance


@pytest.fixture(scope="module")
def judge(vocab):
    return Judge(vocab, UnitConverter())


FIGURES = ("count", "measure", "money", "percent", "duration", "number_range")


def _claim(text, path, vocab):
    """The first figure of a text (its first date when it has no figure)."""
    doc = make_doc(text, path, vocab)
    found = factcheck.extract(doc.text, vocab)
    claims = [c for c in found if c.kind in FIGURES] or [c for c in found if c.kind in ("date", "date_range")]
    assert claims, text
    return Member(Located(doc, claims[0]))


def verdict(judge, vocab, a, b, **tol):
    pair = judge.judge(_claim(a, "a.txt", vocab), _claim(b, "b.txt", vocab), Tolerance(**tol))
    return pair.verdict, pair.reason


WORKED = [
    ("320 stations", "320 stations", "agree"),
    ("27 member states", "twenty-seven member states", "agree"),
    ("4,400 miles", "7,081 kilometres", "agree"),
    ("more than 60 countries", "64 countries", "rounded"),
    ("nearly 2 million visitors", "1.93 million visitors", "rounded"),
    ("75 countries", "57 countries", "differ"),
    ("some 30 ministers", "41 ministers", "differ"),
    ("It opened on 1 May 2019.", "It opened in May 2019.", "rounded"),
    ("181 countries", "180 countries", "differ"),
    ("about 60 percent", "over 70 percent", "differ"),
    ("nearly 500 days", "over 500 days", "differ"),
    ("It happened on 14 March 2020.", "It happened on 15 March 2020.", "differ"),
    ("149 countries", "more than 140 countries", "rounded"),
    ("42 trips", "more than 40 trips", "rounded"),
    ("5,300 km", "5,000 km", "rounded"),
    ("over 6 million people", "more than 6.2 million people", "rounded"),
    ("nine countries", "9 countries", "agree"),
    ("a thousand days", "1,000 days", "agree"),
    ("43 billion US dollars", "US$43bn", "agree"),
    ("2,200 million doses", "2.2 billion doses", "agree"),
    ("1,035 kilometers", "643 miles", "agree"),
    ("1,035 km", "642 miles", "agree"),
    ("nearly 300,000 cases", "hundreds of thousands of cases", "rounded"),
    ("over 1,000 days", "more than a thousand days", "agree"),
    ("more than 9 years", "nine years", "rounded"),
    ("over 2 billion doses", "over 2.2 billion doses", "rounded"),
]


@pytest.mark.parametrize("a,b,expected", WORKED, ids=[f"{a} | {b}" for a, b, _ in WORKED])
def test_worked_examples(judge, vocab, a, b, expected):
    got, reason = verdict(judge, vocab, a, b)
    assert got == expected, reason
    assert reason  # every verdict carries a reason


@pytest.mark.parametrize("a, b, expected", [
    ("The water was about 29 °C.", "The water was about 85 °F.", "agree"),  # 29 °C is 84.2 °F, not 33.8 x 29
    ("The water was about 85 °F.", "The water was about 29 °C.", "agree"),
    ("The water was about 29 °C.", "The water was about 95 °F.", "differ"),
    ("It reached 300 °C.", "It reached 573.15 kelvin.", "agree"),
])
def test_temperatures_convert_with_their_offset(judge, vocab, a, b, expected):
    assert verdict(judge, vocab, a, b)[0] == expected


def test_reasons_show_the_numbers(judge, vocab):
    assert verdict(judge, vocab, "149 countries", "more than 140 countries")[1] == "149 ∈ (140, ∞)"
    assert verdict(judge, vocab, "180 countries", "181 countries")[1] == "[179.5, 180.5) ∩ [180.5, 181.5) = ∅"


def test_tolerance_turns_differ_into_rounded(judge, vocab):
    assert verdict(judge, vocab, "181 countries", "180 countries", absolute=1)[0] == "rounded"
    assert verdict(judge, vocab, "1,000 staff", "1,100 staff", relative=0.1)[0] == "rounded"


def test_different_periods_are_other_scope(judge, vocab):
    a = "China organized 9 evacuation operations in the five years from 2012 to 2017."
    b = "date: 2022-09-30\n\nOver the past decade, China carried out over 10 evacuation operations."
    got, reason = verdict(judge, vocab, a, b)
    assert got == "other_scope" and "2012" in reason


def test_different_currencies_are_not_compared(judge, vocab):
    assert verdict(judge, vocab, "43 billion US dollars", "43 billion yuan")[0] == "other_scope"


def test_updated_when_values_change_over_time(judge, vocab):
    a = "date: 2019-01-01\n\nThe union has 28 member states."
    b = "date: 2021-06-01\n\nThe union has 27 member states."
    assert verdict(judge, vocab, a, b, changes_over_time=True)[0] == "updated"
    got, reason = verdict(judge, vocab, a, b, changes_over_time=True, monotonic="increasing")
    assert got == "differ" and "increasing" in reason
    assert verdict(judge, vocab, a, b)[0] == "differ"


def test_group_takes_the_worst_pair(judge, vocab):
    members = [_claim(t, f"{i}.txt", vocab) for i, t in enumerate(["149 countries", "more than 140 countries", "150 countries"])]
    v, reason, pairs = judge.group(members, Tolerance())
    assert v == "differ"
    assert any(p.verdict == "rounded" for p in pairs)


def test_group_of_identical_statements_agrees(judge, vocab):
    members = [_claim("181 countries", f"{i}.txt", vocab) for i in range(50)]
    assert judge.group(members, Tolerance())[0] == "agree"


def test_southern_hemisphere_seasons(vocab):
    south = Judge(vocab, UnitConverter(), hemisphere="south")
    a = _claim("It began in the autumn of 2013.", "a.txt", vocab)
    b = _claim("It began on 10 April 2013.", "b.txt", vocab)
    assert south.judge(a, b, Tolerance()).verdict == "rounded"  # southern autumn is March to May
    assert Judge(vocab, UnitConverter()).judge(a, b, Tolerance()).verdict == "differ"


def test_percentage_points_are_never_compared_with_a_percent_level(judge, vocab):
    got, reason = verdict(judge, vocab, "unemployment rose 0.4 percentage points", "unemployment was 0.4%")
    assert got != "agree" and got != "differ", reason


def test_basis_points_compare_with_percentage_points_and_never_with_percent(judge, vocab):
    assert verdict(judge, vocab, "the rate rose 150 basis points", "the rate rose 1.5 percentage points")[0] == "agree"
    assert verdict(judge, vocab, "the rate rose 150 basis points", "the rate rose 3 percentage points")[0] == "differ"
    got, reason = verdict(judge, vocab, "the rate rose 150 basis points", "the rate was 1.5%")
    assert got not in ("agree", "differ"), reason


def test_per_mille_compares_with_percent(judge, vocab):
    assert verdict(judge, vocab, "the birth rate was 6.77‰", "the birth rate was 0.677%")[0] == "agree"
    assert verdict(judge, vocab, "the birth rate was 6.77‰", "the birth rate was 6.77%")[0] == "differ"


def test_ambiguous_currencies_are_compared_only_when_written_the_same(judge, vocab):
    assert verdict(judge, vocab, "528 million francs", "528 million Swiss francs")[0] == "other_scope"
    assert verdict(judge, vocab, "528 million francs", "528 million francs")[0] == "agree"


def test_subunits_compare_with_their_currency(judge, vocab):
    assert verdict(judge, vocab, "470 pence", "\u00a34.70")[0] == "agree"


def test_a_narrowing_the_other_claim_says_in_its_own_measure_is_no_part(vocab):
    a = factcheck.extract("China organized 9 evacuation operations for citizens abroad.", vocab)[0]
    b = factcheck.extract("China organized 9 overseas citizen evacuation operations.", vocab)[0]
    c = factcheck.extract("China organized 9 evacuation operations for companies.", vocab)[0]
    assert a.frame.qualifiers and qualifier_difference(a, b) is None
    assert qualifier_difference(c, b) is not None  # companies are no citizens
