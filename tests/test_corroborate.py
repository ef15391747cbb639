"""Figures several sources write alike: one figure even where the sentences around them name no measure."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.corroborate import MIN_DIGITS, significant_digits, specific


def _report(tmp_path, texts) -> dict:
    names = []
    for i, text in enumerate(texts):
        names.append(str(tmp_path / f"d{i}.txt"))
        Path(names[-1]).write_text(text + "\n")
    assert main(["report", *names, "-o", str(tmp_path / "out"), "-q", "--no-cache"]) == 0
    return json.loads((tmp_path / "out" / "discrepancies.json").read_text())


def _groups(data: dict) -> list:
    return [(f["verdict"], [c["quote"] for c in f["claims"]]) for f in data["facts"] + data["candidates"]]


ALIKE = [
    (("Eliud Kipchoge won in Berlin in 2:01:39 on Sunday.", "Kipchoge crossed the line in 2:01:39."),
     ["2:01:39", "2:01:39"]),
    (("The winner ran the race in 2:01:39.", "Kipchoge finished the course in 2 hours 1 minute 39 seconds."),
     ["2:01:39", "2 hours 1 minute 39 seconds"]),
    (("Flames consumed 153,336 acres before rain came.", "In all, 153,336 acres were lost to the blaze."),
     ["153,336 acres", "153,336 acres"]),
    (("The mine caved in on 5 August 2010, trapping the men.", "Rescuers reached the pit after 5 August 2010."),
     ["5 August 2010", "5 August 2010"]),
]


@pytest.mark.parametrize("texts, quotes", ALIKE, ids=[t[0][1] for t in ALIKE])
def test_a_specific_figure_written_alike_is_one_figure(tmp_path, texts, quotes):
    data = _report(tmp_path, texts)
    assert _groups(data) == [("agree", quotes)]
    assert data["candidates"][0]["confidence"] == 0.5  # a candidate: frames did not say what it measures


NOT_ALIKE = [
    ("Some 2,000 people marched in the capital.", "Organisers counted 2,000 flags."),  # a round figure
    ("Liberia recorded 4,809 deaths.", "Guinea recorded 4,809 deaths."),  # two names, nothing in common
    ("Crowds gathered (photo taken on 3 May 2021).", "Workers rested (photo taken on 3 May 2021)."),
    ("date: 2021-05-03\n\nThe ferry sailed on 3 May 2021 as usual.",
     "date: 2021-05-03\n\nShops opened on 3 May 2021 after a week."),  # each a report's own day
    ("The plant made 4,321 cars in 2019.", "The plant made 4,321 cars in 2020."),  # two periods
]


@pytest.mark.parametrize("texts", NOT_ALIKE, ids=[t[1][:30] for t in NOT_ALIKE])
def test_figures_too_common_or_of_different_things_are_not_one_figure(tmp_path, texts):
    assert _groups(_report(tmp_path, texts)) == []


def test_a_figure_written_alike_joins_the_fact_its_twin_is_in(tmp_path):
    data = _report(tmp_path, ("The fire burned 153,336 acres in two weeks.",
                              "Area burned: 153,336 acres",
                              "The total burned area was 62,100 hectares."))
    (fact,) = data["facts"] + data["candidates"]
    assert [c["quote"] for c in fact["claims"]] == ["153,336 acres", "153,336 acres", "62,100 hectares"]
    assert fact["verdict"] == "agree", fact["reason"]  # (the twin's frame, not "a measure of no name")


@pytest.mark.parametrize("text, digits", [("It has 2,975 rooms.", 4), ("It has 3,900 rooms.", 2),
                                          ("Turnout was 76.4%.", 3), ("It cost $1.7 billion.", 2),
                                          ("He won in 2:01:39.", 4), ("The census counted 1,210,854,977.", 10),
                                          ("About 1,234 people came.", 4)])
def test_significant_digits_run_from_the_leading_digit_to_the_rounding_step(text, digits):
    claim = factcheck.extract(text)[0]
    assert significant_digits(claim) == digits
    assert specific(claim) == (digits >= MIN_DIGITS and claim.hedge == "none")  # a hedged figure is no written figure


def test_three_digit_figures_written_alike_are_one_figure(tmp_path):
    data = _report(tmp_path, ("Final tally: 437", "The final tally was 437, officials said."))
    (group,) = data["facts"] + data["candidates"]  # (four digits were needed before)
    assert [c["quote"] for c in group["claims"]] == ["437", "437"]


def test_three_digit_figures_of_two_counted_nouns_stay_apart(tmp_path):
    data = _report(tmp_path, ("The festival sold 437 tickets for the gala.", "The board counted 437 votes."))
    assert data["facts"] + data["candidates"] == []
