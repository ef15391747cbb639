"""A rounder statement of a group's specific figure joins it ("about 14,000" beside 13,972), and nothing else does."""
from __future__ import annotations

import pytest

from test_corroborate import _report


def _groups(data: dict) -> list:
    return sorted((f["verdict"], sorted(c["quote"] for c in f["claims"])) for f in data["facts"] + data["candidates"])


JOINS = [
    (("The wildfire destroyed 13,972 homes in the county.", "Officials said the fire destroyed 13,972 residences.",
      "Nearly 19,000 buildings burned down, about 14,000 of them houses."),
     ["13,972 homes", "13,972 residences", "about 14,000"]),
    (("The agency put excess deaths in the heatwave at 2,803.", "Excess deaths during the heatwave: 2,803",
      "The heat killed about 2,800 people, most of them elderly."),
     ["2,803", "2,803", "about 2,800 people"]),
    (("The storm killed 4,645 people on the island, a study found.", "Deaths from the storm: 4,645",
      "Researchers now think more than 4,600 died."),
     ["4,645", "4,645 people", "more than 4,600"]),
    (("The probe flew past at 58,536 km/h, its top speed.", "Flyby speed: 58,536 km/h",
      "It was moving at about 36,000 mph when it passed."),
     ["58,536 km/h", "58,536 km/h", "about 36,000 mph"]),
]


@pytest.mark.parametrize("texts, quotes", JOINS, ids=[q[-1] for _, q in JOINS])
def test_a_rounder_statement_joins_the_figure_it_rounds(tmp_path, texts, quotes):
    groups = _groups(_report(tmp_path, texts))
    assert ("rounded", sorted(quotes)) in groups, groups


STAYS_OUT = [
    # too wide to be the rounding of one figure: "about 300" is [250, 350]
    ("The quake killed 256 people in the town.", "Deaths in the quake: 256", "It was about 300, the paper said."),
    # a bound on a dimension is a threshold ("peaks higher than 8,000 metres"), not a rounding
    ("K2 rises to 8,611 m above sea level.", "Height of K2: 8,611 m", "Few people live at over 8,000 metres, he said."),
    # the rounder figure names another measure
    ("The fire destroyed 13,972 homes.", "Homes destroyed: 13,972", "About 14,000 firefighters were deployed."),
    # two groups whose figures it could both round: it is the rounding of neither for sure
    ("The ship carried 4,229 people and 4,217 life jackets.", "It carried 4,229 people and 4,217 life jackets.",
     "It was about 4,200, the paper said."),
]


@pytest.mark.parametrize("texts", STAYS_OUT, ids=[t[2][:30] for t in STAYS_OUT])
def test_a_rounder_figure_of_something_else_stays_out(tmp_path, texts):
    for verdict, quotes in _groups(_report(tmp_path, texts)):
        assert len(quotes) < 3 or verdict != "rounded", (verdict, quotes)


def test_a_source_that_states_the_exact_figure_does_not_join_its_own_rounder_figure(tmp_path):
    data = _report(tmp_path, ("Flames destroyed 18,804 structures, nearly 19,000 buildings in all.",
                              "The fire destroyed 18,804 structures."))
    assert _groups(data) == [("agree", ["18,804 structures", "18,804 structures"])]
