"""The extractor on general English prose beyond the seeds."""
from __future__ import annotations

from dataclasses import fields

import pytest

import factcheck
from factcheck.extractor import extract
from factcheck.extractor.core import _Extraction
from factcheck.model import Claim
from conftest import assert_claim, find

CASES = [
    # quote in sentence, kind, value, low, high, hedge, unit, counted
    ("The bridge is 5,300 km long.", "5,300 km", "measure", 5300, 5300, 5300, "none", "kilometer", None),
    ("Some 30 ministers attended.", "Some 30 ministers", "count", 30, 25, 35, "approx", None, "minister"),
    ("It cost US$43bn in total.", "US$43bn", "money", 43e9, 43e9, 43e9, "none", "USD", None),
    ("A grant of $5m was made.", "$5m", "money", 5e6, 5e6, 5e6, "none", "USD", None),
    ("They paid RMB 10 million.", "RMB 10 million", "money", 1e7, 1e7, 1e7, "none", "CNY", None),
    ("Trade reached 230 billion yuan.", "230 billion yuan", "money", 230e9, 230e9, 230e9, "none", "CNY", None),
    ("About 60 percent agreed.", "About 60 percent", "percent", 60, 55, 65, "approx", "percent", None),
    ("Up to 500 people came.", "Up to 500 people", "count", 500, 0, 500, "up_to", None, "people"),
    ("At least 12 boats sank.", "At least 12 boats", "count", 12, 12, None, "at_least", None, "boat"),
    ("Fewer than 40 firms bid.", "Fewer than 40 firms", "count", 40, 0, 40, "less_than", None, "firm"),
    ("There were 200 or more entries.", "200 or more entries", "count", 200, 200, None, "at_least", None, "entry"),
    ("Forty-two delegates voted.", "Forty-two delegates", "count", 42, 42, 42, "none", None, "delegate"),
    ("The line runs 643 miles.", "643 miles", "measure", 643, 643, 643, "none", "mile", None),
    ("Dozens of villages flooded.", "Dozens of villages", "count", None, 24, 144, "plural_of_scale", None, "village"),
    ("Tens of thousands of people marched.", "Tens of thousands of people", "count", None, 20000, 100000,
     "plural_of_scale", None, "people"),
    ("Almost 2 million visitors came.", "Almost 2 million visitors", "count", 2e6, 1e6, 2e6, "nearly", None, "visitor"),
    ("The 4,400-mile pipeline.", "4,400-mile", "measure", 4400, 4400, 4400, "none", "mile", None),
    ("It took 24 hours.", "24 hours", "duration", 24, 24, 24, "none", "hour", None),
    ("Output rose 3.5% last year.", "3.5%", "percent", 3.5, 3.5, 3.5, "none", "percent", None),
    ("It weighs 12 tonnes.", "12 tonnes", "measure", 12, 12, 12, "none", "metric_ton", None),
    ("A report of two hundred and five pages.", "two hundred and five pages", "count", 205, 205, 205, "none", None, "page"),
    ("Between 20 and 30 percent.", "Between 20 and 30 percent", "number_range", None, 20, 30, "range", "percent", None),
    ("Salaries of 10-15 thousand.", "10-15 thousand", "number_range", None, 1e4, 1.5e4, "range", None, None),
    ("The 27 member states met.", "27 member states", "count", 27, 27, 27, "none", None, "member state"),
    ("Twenty-seven member states met.", "Twenty-seven member states", "count", 27, 27, 27, "none", None, "member state"),
    ("Over 6 million doses.", "Over 6 million doses", "count", 6e6, 6e6, None, "more_than", None, "dose"),
    ("in excess of 1,500 jobs", "in excess of 1,500 jobs", "count", 1500, 1500, None, "more_than", None, "job"),
    # a single-letter scale needs a currency before it, in either case
    ("I have €10M in savings.", "€10M", "money", 1e7, 1e7, 1e7, "none", "EUR", None),
    ("Its GDP is $2.174T.", "$2.174T", "money", 2.174e12, 2.174e12, 2.174e12, "none", "USD", None),
    ("A $3B deal.", "$3B", "money", 3e9, 3e9, 3e9, "none", "USD", None),
    ("Exports of 278,000 t of grain.", "278,000 t", "measure", 278000, 278000, 278000, "none", "metric_ton", None),
    # thousands separated by a space (also a no-break or thin space)
    ("It was valued at 10 000 dollars.", "10 000 dollars", "money", 1e4, 1e4, 1e4, "none", "USD", None),
    ("A line of 1\u202f035 kilometres.", "1\u202f035 kilometres", "measure", 1035, 1035, 1035, "none", "kilometer", None),
    ("In 2013 100 people came.", "100 people", "count", 100, 100, 100, "none", None, "people"),
    # fractions, in words and digits
    ("I'd like two thirds of the cake.", "two thirds", "count", 2 / 3, 2 / 3, 2 / 3, "none", None, None),
    ("It is exactly one sixth.", "one sixth", "count", 1 / 6, 1 / 6, 1 / 6, "none", None, None),
    ("A third of the budget.", "A third", "count", 1 / 3, 1 / 3, 1 / 3, "none", None, None),
    ("About 1/40 of the wavelength.", "About 1/40", "count", 0.025, 0.0245, 0.0255, "approx", None, None),
    ("The door is 2 1/2 inches thick.", "2 1/2 inches", "measure", 2.5, 2.5, 2.5, "none", "inch", None),
    ("Three quarters of members agreed.", "Three quarters", "count", 0.75, 0.75, 0.75, "none", None, None),
    # units
    ("They were given between 44 and 50 mg ethanol.", "between 44 and 50 mg", "number_range", None, 44, 50, "range",
     "milligram", None),
    ("Output hit 3.2 TWh.", "3.2 TWh", "measure", 3.2, 3.2, 3.2, "none", "terawatt_hour", None),
    ("Sales rose 12pc.", "12pc", "percent", 12, 12, 12, "none", "percent", None),
    ("Rs 1.5 lakh crore was allotted.", "Rs 1.5 lakh crore", "money", 1.5e12, 1.5e12, 1.5e12, "none", "INR", None),
    ("It built 12 lakh houses.", "12 lakh houses", "count", 1.2e6, 1.2e6, 1.2e6, "none", None, "house"),
    # a range with the unit on both figures; "from ... to" is a change, not a range
    ("Growth of between 5% and 7% is expected.", "between 5% and 7%", "number_range", None, 5, 7, "range", "percent",
     None),
    ("They were given 44 mg to 50 mg daily.", "44 mg to 50 mg", "number_range", None, 44, 50, "range", "milligram",
     None),
    ("The dose was cut from 50 mg to 44 mg.", "50 mg", "measure", 50, 50, 50, "none", "milligram", None),
]


@pytest.mark.parametrize("text,values", [
    ("twenty thirty fifty hundred", [20, 30, 5000]),
    ("twenty five thirty six one hundred", [25, 36, 100]),
    ("hundred and five hundred and six", [105, 106]),
    ("nineteen ninety-nine", [19, 99]),
    ("two million three thousand nine hundred and eighty four", [2003984]),
    ("six billion five hundred fifty four million nine hundred eleven thousand three hundred twenty one",
     [6554911321]),
    ("three point one four", [3.14]),
    ("three point five million people", [3.5e6]),
    ("one and a half million", [1.5e6]),
    ("The point is that two nations met.", [2]),
])
def test_runs_of_number_words(vocab, text, values):
    """A run of number words is read as the numbers it writes, with decimals spelt out after "point"."""
    assert [c.value for c in extract(text, vocab)] == pytest.approx(values)


@pytest.mark.parametrize("sentence,quote,kind", [
    ("He won a third term.", "third", "ordinal"),
    ("Profits rose in the last three quarters.", "three quarters", "count"),
    ("The twenty-third session opened.", "twenty-third", "ordinal"),
    ("Open 24/7 all year.", "24/7", "frequency"),
    ("The 5G network and a 10K race.", "5G", "identifier"),
])
def test_not_fractions_or_scales(vocab, sentence, quote, kind):
    """Ordinals, ratios and names stay what they are: no fraction or scale is read into them."""
    found = [c for c in extract(sentence, vocab) if c.text == quote]
    assert [c.kind for c in found] == [kind]
    assert all(c.value is None or c.value >= 1 for c in extract(sentence, vocab))


@pytest.mark.parametrize("sentence,quote,kind,value,low,high,hedge,unit,counted", CASES, ids=[c[1] for c in CASES])
def test_general(vocab, sentence, quote, kind, value, low, high, hedge, unit, counted):
    c = find(factcheck.extract(sentence, vocab), quote)
    assert_claim(c, kind, value, low, high, hedge, unit, counted, check_counted=counted is not None)


DATES = [
    ("Logged on 2021-12-03T10:00Z.", "2021-12-03T10:00Z", "date", "2021-12-03T10:00", None),
    ("It opened on 3 Dec. 2021.", "3 Dec. 2021", "date", "2021-12-03", None),
    ("Talks ran from January to March 2021.", "January to March 2021", "date_range", "2021-01/2021-03", None),
    ("Sales fell in mid-2019.", "mid-2019", "date", "2019", None),
    ("It ends in late 2021.", "late 2021", "date", "2021", None),
    # a failed month range ("March, 2020 and March 2020") must not hide the second date
    ("On the 15th of March, 2020 and in March 2020 again.", "March 2020", "date", "2020-03", None),
    ("From March 2020 to May 2021.", "March 2020 to May 2021", "date_range", "2020-03/2021-05", None),
    ("Signed on 29 September 2022 in Rome.", "29 September 2022", "date", "2022-09-29", None),
    ("Opened 1 May 2019.", "1 May 2019", "date", "2019-05-01", None),
    ("It opened in May 2019.", "May 2019", "date", "2019-05", None),
    ("Held between 2012 and 2017.", "between 2012 and 2017", "date_range", "2012/2017", None),
    ("In spring 2020 it began.", "spring 2020", "date", "2020", "spring"),
    ("The 2012-2017 plan.", "2012-2017", "date_range", "2012/2017", None),
    ("Results for 2019/20 are out.", "2019/20", "date_range", "2019/2020", None),
    ("From March 3 to April 5, 2021.", "March 3 to April 5, 2021", "date_range", "2021-03-03/2021-04-05", None),
    ("Published 2021-12-03.", "2021-12-03", "date", "2021-12-03", None),
]


@pytest.mark.parametrize("sentence,quote,kind,iso,season", DATES, ids=[d[1] for d in DATES])
def test_dates(vocab, sentence, quote, kind, iso, season):
    c = find(factcheck.extract(sentence, vocab), quote)
    assert (c.kind, c.date, c.season) == (kind, iso, season)


@pytest.mark.parametrize("sentence,quote", [
    ("Call 202-555-0142 now.", "202-555-0142"),
    ("The A380 landed.", "A380"),
    ("Under Article 5 of the treaty.", "Article 5"),
    ("The COP15 talks.", "COP15"),
    ("A new 5G network.", "5G"),
])
def test_identifiers_are_not_counts(vocab, sentence, quote):
    assert find(factcheck.extract(sentence, vocab), quote).kind == "identifier"


@pytest.mark.parametrize("sentence,quote,value", [
    ("It came second largest.", "second", 2),
    ("The twenty-first floor.", "twenty-first", 21),
    ("Its 70th anniversary.", "70th", 70),
])
def test_ordinals(vocab, sentence, quote, value):
    c = find(factcheck.extract(sentence, vocab), quote)
    assert (c.kind, c.value) == ("ordinal", value)


@pytest.mark.parametrize("sentence,quote,iso", [
    ("Most of the house dates from the 19th century.", "the 19th century", "1800/1899"),
    ("The twenty-first century began quietly.", "The twenty-first century", "2000/2099"),
    ("It was rebuilt in the late 20th century.", "the late 20th century", "1966/1999"),
    ("An 18th-century church stands there.", "18th-century", "1700/1799"),
])
def test_centuries_are_date_ranges(vocab, sentence, quote, iso):
    c = find(factcheck.extract(sentence, vocab), quote)
    assert (c.kind, c.date) == ("date_range", iso)


def test_century_bc_is_no_date(vocab):
    assert not [c for c in factcheck.extract("A temple of the 5th century BC.", vocab) if c.kind == "date_range"]


def test_over_the_past_is_scope_not_hedge(vocab):
    claims = factcheck.extract("Over the past 9 years, 42 trips were made.", vocab)
    nine = find(claims, "9 years")
    assert nine.hedge == "none" and nine.kind == "duration"
    assert find(claims, "42 trips").scope == "Over the past 9 years"


def test_year_followed_by_noun_is_count(vocab):
    claims = factcheck.extract("Some 2000 people attended, and 2021 marks a milestone.", vocab)
    assert find(claims, "Some 2000 people").kind == "count"
    assert find(claims, "2021").kind == "date"


def test_unicode_spacing_and_fullwidth(vocab):
    text = "more\u00a0than １４０ countries and 1\u202f035 km, “over 5” tests"
    claims = factcheck.extract(text, vocab)
    c = find(claims, "more\u00a0than １４０ countries")
    assert c.value == 140 and c.hedge == "more_than"
    for c in claims:
        assert text[c.start:c.end] == c.text


def test_empty_text(vocab):
    assert factcheck.extract("", vocab) == []
    assert factcheck.extract("   \n", vocab) == []


def test_default_vocabulary_loads():
    assert factcheck.extract("over 5 km")[0].unit == "kilometer"


MORE = [
    ("Two dozen eggs.", "Two dozen eggs", 24, None),
    ("Temperatures fell to -5 degrees Celsius.", "-5 degrees Celsius", -5, "degree_Celsius"),
    ("The deficit was \u22123.5 percent.", "\u22123.5 percent", -3.5, "percent"),
    ("Half a million people.", "Half a million people", 5e5, None),
    ("One and a half million people.", "One and a half million people", 1.5e6, None),
    ("It lasted two and a half years.", "two and a half years", 2.5, "year"),
    ("It was 100 degrees Fahrenheit.", "100 degrees Fahrenheit", 100, "degree_Fahrenheit"),
    ("Twenty-five hundred people came.", "Twenty-five hundred people", 2500, None),
    ("About 12.5m people live there.", "About 12.5m people", 12.5e6, None),
    ("He ran a 30m sprint.", "30m", 30, "meter"),
    ("Add 1/2 cup of sugar.", "1/2", 0.5, None),
    ("The fund holds 5 million USD.", "5 million USD", 5e6, "USD"),
    ("It raised EUR 3.5bn.", "EUR 3.5bn", 3.5e9, "EUR"),
]


@pytest.mark.parametrize("sentence,quote,value,unit", MORE, ids=[m[1] for m in MORE])
def test_more_number_forms(vocab, sentence, quote, value, unit):
    c = find(factcheck.extract(sentence, vocab), quote)
    assert c.value == pytest.approx(value) and c.unit == unit


@pytest.mark.parametrize("sentence,quote,kind,iso", [
    ("In the 1990s it grew.", "the 1990s", "date_range", "1990/1999"),
    ("In Q3 2021 revenue fell.", "Q3 2021", "date_range", "2021-07/2021-09"),
    ("In the third quarter of 2021 revenue fell.", "the third quarter of 2021", "date_range", "2021-07/2021-09"),
    ("Signed on 03/04/2021.", "03/04/2021", "date", "2021-03-04"),
    ("Signed on 25/12/2021.", "25/12/2021", "date", "2021-12-25"),
])
def test_more_date_forms(vocab, sentence, quote, kind, iso):
    c = find(factcheck.extract(sentence, vocab), quote)
    assert (c.kind, c.date) == (kind, iso)


def test_claims_of_later_lines_keep_every_field(vocab):
    """Claims are read per line and then moved into place; every field must survive the move."""
    line = "Over the past decade, China evacuated more than 6,000 citizens by the end of 2021."
    read = _Extraction(line, vocab).run()  # the line's own claims, before they are placed in the document
    moved = extract("\n \n\n" + line, vocab)  # blank lines first: no sentence before it
    shift = 4
    assert len(read) == len(moved) == 2 and read[0].scope == "Over the past decade"
    for r, m in zip(read, moved):
        for f in fields(Claim):
            got, want = getattr(m, f.name), getattr(r, f.name)
            if f.name in ("start", "end"):
                want += shift
            elif f.name == "nearby":
                want = m.sentence  # the only sentence around
            elif isinstance(want, tuple):
                want = (want[0] + shift, want[1] + shift)
            assert got == want, f.name
