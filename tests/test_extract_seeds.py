"""The extractor on the five real seed documents: quotes a careful reader calls claims."""
from __future__ import annotations

import pytest

import factcheck
from conftest import assert_claim, find

# (seed, exact quote, kind, value, low, high, hedge, unit, counted)
SEED_CLAIMS = [
    ("001", "181 countries", "count", 181, 181, 181, "none", None, "country"),
    ("001", "nine countries", "count", 9, 9, 9, "none", None, "country"),
    ("001", "42\u2002overseas trips", "count", 42, 42, 42, "none", None, "overseas trip"),
    ("001", "69 countries", "count", 69, 69, 69, "none", None, "country"),
    ("001", "five continents", "count", 5, 5, 5, "none", None, "continent"),
    ("001", "over 100 heads of state and government", "count", 100, 100, None, "more_than", None, "head of state"),
    ("001", "nearly 70 bilateral and multilateral events", "count", 70, 60, 70, "nearly", None,
     "bilateral and multilateral event"),
    ("001", "181 phone conversations", "count", 181, 181, 181, "none", None, "phone conversation"),
    ("001", "more than 200 such cooperation documents", "count", 200, 200, None, "more_than", None, "cooperation document"),
    ("001", "149 countries", "count", 149, 149, 149, "none", None, "country"),
    ("001", "32 international organizations", "count", 32, 32, 32, "none", None, "international organization"),
    ("001", "over 180 countries", "count", 180, 180, None, "more_than", None, "country"),
    ("001", "38\u2002medical expert teams", "count", 38, 38, 38, "none", None, "medical expert team"),
    ("001", "over 2.2 billion doses", "count", 2.2e9, 2.2e9, None, "more_than", None, "dose"),
    ("001", "more than 120 countries", "count", 120, 120, None, "more_than", None, "country"),
    ("001", "more than 110 countries", "count", 110, 110, None, "more_than", None, "country"),
    ("001", "over 50,000 peacekeepers", "count", 50000, 50000, None, "more_than", None, "peacekeeper"),
    ("001", "over 70 percent", "percent", 70, 70, None, "more_than", "percent", None),
    ("001", "Nearly 100 countries", "count", 100, 90, 100, "nearly", None, "country"),
    ("001", "over 1,000 days", "duration", 1000, 1000, None, "more_than", "day", None),
    ("001", "over 10 emergency operations", "count", 10, 10, None, "more_than", None, "emergency operation"),
    ("001", "over 5,200 Chinese", "count", 5200, 5200, None, "more_than", None, "Chinese"),
    ("001", "30-plus-year", "duration", 30, 30, None, "plus", "year", None),
    ("001", "seven times", "count", 7, 7, 7, "none", None, "time"),
    ("000", "more than 100 foreign leaders", "count", 100, 100, None, "more_than", None, "foreign leader"),
    ("000", "147 countries", "count", 147, 147, 147, "none", None, "country"),
    ("000", "hundreds of thousands of consular protection cases", "count", None, 200000, 1000000,
     "plural_of_scale", None, "consular protection case"),
    ("000", "more than 1.2 million \"health packages\"", "count", 1.2e6, 1.2e6, None, "more_than", None, "health package"),
    ("000", "more than 9 years", "duration", 9, 9, None, "more_than", "year", None),
    ("000", "10 years", "duration", 10, 10, 10, "none", "year", None),
    ("003", "9 countries", "count", 9, 9, 9, "none", None, "country"),
    ("003", "181", "count", 181, 181, 181, "none", None, "country"),
    ("003", "more than 140 countries", "count", 140, 140, None, "more_than", None, "country"),
    ("003", "more than 30 international organizations", "count", 30, 30, None, "more_than", None, "international organization"),
    ("003", "nearly 11 trillion US dollars", "money", 11e12, 10e12, 11e12, "nearly", "USD", None),
    ("003", "exceeds 230 billion US dollars", "money", 230e9, 230e9, None, "more_than", "USD", None),
    ("003", "43 billion US dollars", "money", 43e9, 43e9, 43e9, "none", "USD", None),
    ("003", "346,000 local jobs", "count", 346000, 346000, 346000, "none", None, "local job"),
    ("003", "79 overseas economic and trade cooperation zones", "count", 79, 79, 79, "none", None,
     "overseas economic and trade cooperation zone"),
    ("003", "more than a thousand days", "duration", 1000, 1000, None, "more_than", "day", None),
    ("003", "nearly 300,000 cases", "count", 300000, 200000, 300000, "nearly", None, "case"),
    ("003", "9 overseas citizen evacuation operations", "count", 9, 9, 9, "none", None,
     "overseas citizen evacuation operation"),
    ("003", "1.4 billion Chinese people", "count", 1.4e9, 1.4e9, 1.4e9, "none", None, "Chinese people"),
    ("003", "nine years", "duration", 9, 9, 9, "none", "year", None),
    ("003", "24 hours a day", "frequency", 24, 24, 24, "none", "hour", None),
    ("004", "1,035 kilometers", "measure", 1035, 1035, 1035, "none", "kilometer", None),
    ("004", "50 kilometers", "measure", 50, 50, 50, "none", "kilometer", None),
    ("004", "more than 40 times", "count", 40, 40, None, "more_than", None, "time"),
    ("004", "9 years", "duration", 9, 9, 9, "none", "year", None),
    ("004", "hundreds of visiting international dignitaries", "count", None, 200, 1000, "plural_of_scale", None,
     "visiting international dignitary"),
    ("002", "a hundred years", "duration", 100, 100, 100, "none", "year", None),
    ("002", "Three days", "duration", 3, 3, 3, "none", "day", None),
]


@pytest.fixture(scope="module")
def seed_claims(vocab, seed_texts):
    return {k: factcheck.extract(t, vocab) for k, t in seed_texts.items()}


@pytest.mark.parametrize("seed,quote,kind,value,low,high,hedge,unit,counted", SEED_CLAIMS,
                         ids=[f"{c[0]}:{c[1][:30]}" for c in SEED_CLAIMS])
def test_seed_claim(seed_claims, seed, quote, kind, value, low, high, hedge, unit, counted):
    c = find(seed_claims[seed], quote)
    assert_claim(c, kind, value, low, high, hedge, unit, counted, check_counted=counted is not None or kind == "count")


SEED_DATES = [
    ("001", "2022/09/30 07:46", "date", "2022-09-30T07:46", None),
    ("001", "September 29, 2022", "date", "2022-09-29", None),
    ("004", "2022-09-26", "date", "2022-09-26", None),
    ("004", "September 25th", "date", "--09-25", None),
    ("004", "September 2016", "date", "2016-09", None),
    ("004", "the golden autumn of 2013", "date", "2013", "autumn"),
    ("003", "the autumn of 2013", "date", "2013", "autumn"),
    ("004", "June 9 to 10, 2018", "date_range", "2018-06-09/2018-06-10", None),
    ("004", "September 3 to 4, 2018", "date_range", "2018-09-03/2018-09-04", None),
    ("003", "from 2013 to 2021", "date_range", "2013/2021", None),
    ("003", "from 2012 to 2017", "date_range", "2012/2017", None),
    ("002", "September 4 to 9", "date_range", "--09-04/--09-09", None),
    ("002", "2021", "date", "2021", None),
    ("000", "2020", "date", "2020", None),
    ("003", "November 2014", "date", "2014-11", None),
]


@pytest.mark.parametrize("seed,quote,kind,iso,season", SEED_DATES, ids=[f"{d[0]}:{d[1]}" for d in SEED_DATES])
def test_seed_date(seed_claims, seed, quote, kind, iso, season):
    c = find(seed_claims[seed], quote)
    assert (c.kind, c.date, c.season, c.value) == (kind, iso, season, None)


SEED_NON_COUNTS = [
    ("001", "18th", "ordinal"), ("001", "second", "ordinal"), ("002", "fifteenth", "ordinal"),
    ("004", "15th", "ordinal"), ("004", "70th", "ordinal"),
    ("001", "Two Centenary Goals", "identifier"), ("001", "2030 Agenda", "identifier"),
    ("001", "hotline 12308", "identifier"), ("001", "Suite 110", "identifier"),
    ("001", "3505 International Place", "identifier"), ("001", "D.C. 20008", "identifier"),
    ("001", "Tel: +1-202-495-2266", "identifier"), ("001", "Fax: +1-202-495-2138", "identifier"),
    ("001", "one-China", "identifier"), ("001", "COVID-19", "identifier"), ("004", "G20", "identifier"),
    ("004", "\u201c1+N\u201d", "identifier"), ("002", "14th Five-Year Plan", "identifier"),
    ("003", "\"12308\"", "identifier"), ("001", "24/7", "frequency"),
]


@pytest.mark.parametrize("seed,quote,kind", SEED_NON_COUNTS, ids=[f"{d[0]}:{d[1]}" for d in SEED_NON_COUNTS])
def test_seed_non_count(seed_claims, seed, quote, kind):
    assert find(seed_claims[seed], quote).kind == kind


def test_no_year_or_identifier_is_a_count(seed_claims):
    for claims in seed_claims.values():
        for c in claims:
            if c.kind == "count" and c.value is not None:
                digits = c.text.strip().split()[0] if c.text[0].isdigit() else ""
                assert not (len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100 and c.counted is None), c
                assert not any(tok in c.text for tok in ("G20", "COVID", "Suite", "Tel", "Fax", "12308"))


def test_offsets_point_into_original(seed_claims, seed_texts):
    for key, claims in seed_claims.items():
        for c in claims:
            assert seed_texts[key][c.start:c.end] == c.text


def test_scopes_on_seed_claims(seed_claims):
    assert find(seed_claims["003"], "9 overseas citizen evacuation operations").scope == "In the five years from 2012 to 2017"
    assert find(seed_claims["001"], "over 10 emergency operations").scope == "Over the past decade"
    assert find(seed_claims["001"], "181 countries").scope == "To date"
    assert find(seed_claims["003"], "more than 140 countries").scope == "In the past nine years"
    assert find(seed_claims["003"], "346,000 local jobs").scope == "by the end of 2021"


def test_precision_and_step(seed_claims):
    assert find(seed_claims["001"], "149 countries").precision == 1
    assert find(seed_claims["003"], "more than 140 countries").precision == 10
    assert find(seed_claims["003"], "nearly 300,000 cases").precision == 100000
    assert find(seed_claims["001"], "over 2.2 billion doses").precision == pytest.approx(1e8)
    assert find(seed_claims["001"], "over 1,000 days").precision == 100
