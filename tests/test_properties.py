"""Hypothesis properties of parsing: never raise, valid offsets, round-trips, hedges, units."""
from __future__ import annotations

import math

import pint
import pytest
from hypothesis import example, HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

import factcheck
from factcheck.intervals import comparison_interval, format_number
from factcheck.load import line_starts
from factcheck.units import define_percentage_point

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

PROSE_ALPHABET = st.sampled_from(list("0123456789 ,.-%$/:+") + ["more than ", "over ", "nearly ", "about ", " km",
                                 " billion", " countries", "September ", " 2022", "hundreds of ", "\n", "th", "a ",
                                 "\u00a0", "\u2013", "\u201c", "G", "one", "-plus", " to ", "between "])


def _check_claims(text, claims):
    last_end = 0
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert c.start >= last_end, "claims overlap or are out of order"
        assert text[c.start:c.end] == c.text
        last_end = c.end


# Found by the random profile: a digit newer than Python's Unicode tables ("outlined digit zero", U+1CCF0).
@example(text="0\U0001ccf0")
@example(text="\U0001ccf1\U0001ccf2 items")
@FAST
@given(st.text(max_size=300))
def test_extract_never_raises_on_any_text(vocab, text):
    _check_claims(text, factcheck.extract(text, vocab))


@FAST
@given(st.lists(PROSE_ALPHABET, max_size=40).map("".join))
def test_extract_never_raises_on_number_like_text(vocab, text):
    _check_claims(text, factcheck.extract(text, vocab))


@FAST
@given(st.integers(min_value=1, max_value=10**12))
def test_separated_digits_round_trip(vocab, n):
    text = f"They counted {n:,} widgets."
    claims = [c for c in factcheck.extract(text, vocab) if c.kind == "count"]
    assert len(claims) == 1 and claims[0].value == n and claims[0].counted == "widget"


@FAST
@given(st.integers(min_value=2, max_value=999_999))
def test_number_words_round_trip(vocab, n):
    words = num2words(n).replace(",", "")
    claims = [c for c in factcheck.extract(f"We saw {words} birds.", vocab) if c.kind == "count"]
    assert len(claims) == 1 and claims[0].value == n, (words, claims)


@FAST
@given(st.decimals(min_value="0.1", max_value="999.9", places=1), st.sampled_from(["million", "billion"]))
def test_scaled_decimals(vocab, d, scale):
    text = f"over {d} {scale} doses"
    c = factcheck.extract(text, vocab)[0]
    assert c.value == pytest.approx(float(d) * {"million": 1e6, "billion": 1e9}[scale])


@FAST
@given(st.decimals(min_value="0.001", max_value="999.999", places=3), st.sampled_from(["thousand", "million", "billion"]),
       st.sampled_from(["C$", "$", ""]))
def test_scaled_figures_are_the_decimal_written(vocab, d, scale, sign):
    """A scale word multiplies the decimal written, without binary noise: "C$ 16.4 million" is 16400000.0."""
    claims = factcheck.extract(f"They paid {sign}{d} {scale} for it.", vocab)
    factor = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9}[scale]
    assert claims and claims[0].value == float(d * factor), claims


HEDGES = {"more than": "more_than", "at least": "at_least", "nearly": "nearly", "about": "approx",
          "up to": "up_to", "fewer than": "less_than"}


@FAST
@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(sorted(HEDGES)))
def test_hedge_interval_bounds_the_stated_value(vocab, n, phrase):
    c = factcheck.extract(f"{phrase} {n:,} ships", vocab)[0]
    assert c.hedge == HEDGES[phrase]
    iv = c.interval
    if c.hedge in ("at_least", "approx", "up_to"):
        assert iv.contains(n)
    else:  # strict hedges are bounded by, but exclude, the stated value
        assert not iv.contains(n)
        assert n in (iv.low, iv.high)
    assert iv.low is None or iv.low >= 0


@FAST
@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_larger_more_than_is_narrower(vocab, a, b):
    lo, hi = sorted((a, b))
    ca = factcheck.extract(f"more than {lo} ships", vocab)[0]
    cb = factcheck.extract(f"more than {hi} ships", vocab)[0]
    assert ca.interval.low <= cb.interval.low  # monotonic in the stated value


@FAST
@given(st.integers(min_value=1, max_value=10**7))
def test_unhedged_comparison_interval_contains_value(vocab, n):
    c = factcheck.extract(f"{n:,} ships", vocab)[0]
    assert comparison_interval(c).contains(n)


UREG = pint.UnitRegistry()
define_percentage_point(UREG)  # factcheck's own unit: a change of a percentage


@FAST
@given(st.floats(min_value=0.001, max_value=1e9, allow_nan=False, allow_infinity=False),
       st.sampled_from([("kilometer", "mile"), ("metric_ton", "pound"), ("hectare", "acre"), ("day", "hour")]))
def test_pint_conversions_agree_both_ways(x, pair):
    a, b = pair
    there = UREG.Quantity(x, a).to(b).magnitude
    back = UREG.Quantity(there, b).to(a).magnitude
    assert math.isclose(back, x, rel_tol=1e-9)


def test_vocabulary_units_are_pint_units(vocab):
    for unit, _kind in set(vocab.units.values()):
        UREG.parse_units(unit)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\r\u2028"), max_size=60))
def test_line_starts_match_the_line_breaks(text):
    """Each line starts right after a \\n, \\r\\n or \\r (and nowhere else), with or without \\r in the text."""
    starts = line_starts(text)
    expected = [0] + [i + 1 for i, ch in enumerate(text)
                      if ch == "\n" or (ch == "\r" and text[i + 1:i + 2] != "\n")]
    assert list(starts) == expected


@given(st.integers(min_value=-10**9, max_value=10**9), st.sampled_from([0.0, 0.5, 0.25]))
def test_reported_numbers_are_exact(n, fraction):
    """Interval bounds such as 345,997.5 are printed exactly, never rounded to a neighbouring figure."""
    x = n + fraction
    assert float(format_number(x).replace(",", "")) == x


# -- the wider grammar of issue 14: scientific notation, compound measures, currencies, intervals, signs --
BREADTH_ALPHABET = st.sampled_from(list("0123456789 ,.-~^/") + [
    "\u00d710^", "\u00d710\u2212", "e-", "e", "E+", "\u2212", "\u207b\u00b9", "\u00b2", " through ", " ft ", " in", " in.",
    "C$", "HK$", "\u20b9", "R", " cents", " pence", " francs", " percentage points", "minus ", "negative ", " dozens",
    " thirds", " trillionths", " and at most ", "larger than ", " and ", " sq ", " km", " square ", " cubic ", "/h",
    " times per week", "twice a ", "v", "ISBN ", " eV", " W/min", " s-1", "April ", "april ", " 2017", "-3",
    " Hz", " bars", " squared", " lb ", " oz", " h ", " min", "one hundred ", " a ",
])


@FAST
@given(st.lists(BREADTH_ALPHABET, max_size=40).map("".join))
def test_extract_never_raises_on_the_wider_grammar(vocab, text):
    claims = factcheck.extract(text, vocab)
    _check_claims(text, claims)
    for c in claims:
        for x in (c.value, c.low, c.high):
            assert x is None or math.isfinite(x), c
        if c.kind == "number_range" and c.low is not None and c.high is not None:
            assert c.low < c.high, c


@FAST
@given(st.decimals(min_value="1.00", max_value="9.99", places=2), st.integers(min_value=-40, max_value=40),
       st.sampled_from(["{m}\u00d710^{e}", "{m} x 10^{e}", "{m}e{e}", "{m}E{e}", "{m}*10**{e}"]))
def test_scientific_notation_round_trip(vocab, m, e, form):
    text = "A factor of " + form.format(m=m, e=e) + " was used."
    claims = [c for c in factcheck.extract(text, vocab) if c.kind == "count"]
    assert len(claims) == 1, claims
    assert claims[0].value == pytest.approx(float(m) * 10.0 ** e, rel=1e-9)


@FAST
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=11))
def test_feet_and_inches_are_one_length(vocab, feet, inches):
    claims = factcheck.extract(f"The mast is {feet} ft {inches} in tall.", vocab)
    assert len(claims) == 1 and claims[0].kind == "measure"
    total = feet * 12 + inches
    c = claims[0]
    assert (c.unit, c.value) in (("inch", pytest.approx(total)), ("foot", pytest.approx(total / 12)))


@FAST
@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_never_run_backwards(vocab, a, b):
    for text in (f"from {a} to {b} km", f"{a}-{b} percent", f"{a} through {b}", f"{a}~{b} people",
                 f"more than {a} and at most {b} ships"):
        for c in factcheck.extract(text, vocab):
            if c.kind == "number_range":
                assert c.low < c.high and not text.startswith("from"), (text, c)


@pytest.mark.parametrize("text", [
    "9" * 400, "-" * 10_000, "1e999999", "\u00d710^999", "5\u00d710^999 cells", "2022-02-30", "from 100 to 20",
    "1e-999999 s", "10^-400", "C$" + "9" * 400 + " million", "- " * 5000 + "1", "4 km" + "^2" * 2000,
    "one " * 2000 + "thirds", "and at most " * 2000,
])
def test_bad_input_gives_a_sane_claim_or_none(vocab, text):
    """Absurd figures and runs of separators: finite values or no claim, never a crash."""
    claims = factcheck.extract(text, vocab)
    _check_claims(text, claims)
    for c in claims:
        for x in (c.value, c.low, c.high):
            assert x is None or math.isfinite(x), c
    if text == "from 100 to 20":
        assert [c.kind for c in claims] == ["count", "count"]  # a change, never a range
    if text == "2022-02-30":
        assert [c.kind for c in claims] == ["identifier"]
