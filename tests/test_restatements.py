"""Drafts restating the seeds' figures in other words: right ones pass, planted errors are caught."""
from __future__ import annotations

import json

import pytest

from conftest import SEEDS
from factcheck.cli import main

# draft sentence, expected (fact id, verdict) findings; [] means no finding at all
CASES = [
    ("China has established diplomatic ties with 181 nations.", []),
    ("The China-Laos Railway is 643 miles long.", []),
    ("The China-Laos Railway, 1,035 km long, opened on 3 December 2021.", []),
    ("China has provided more than 2.2bn doses of vaccines to other countries.", []),
    ("Xi has made 42 overseas trips over the past decade.", []),
    ("Meng Wanzhou spent more than 1,000 days in detention in Canada.", []),
    ("The cooperation zones have a total investment of US$43bn.", []),
    ("China has signed more than 200 cooperation documents with 149 countries and 32 international organizations.", []),
    ("China opened the China-Laos Railway in December 2021.", [("china-laos-railway-opening", "rounded")]),
    ("China has diplomatic relations with 182 countries.", [("diplomatic-relations", "differ")]),
    ("China sent 40 medical expert teams abroad.", [("medical-expert-teams", "differ")]),
    ("The China-Laos Railway is 1,305 kilometers long.", [("china-laos-railway-length", "differ")]),
    ("Meng Wanzhou was detained for about 500 days.", [("meng-wanzhou-detention", "differ")]),
    ("More than 160 countries have signed Belt and Road cooperation documents.", [("bri-partner-countries", "differ")]),
    ("China has sent 30,000 peacekeepers to UN missions.", [("un-peacekeepers", "differ")]),
    ("The cooperation zones have a total investment of 34 billion US dollars.", [("cooperation-zones-investment", "differ")]),
    ("President Xi Jinping proposed the Belt and Road in the autumn of 2014.", [("belt-and-road-proposed", "differ")]),
    ("In September 2015, leaders of the G20 gathered in Hangzhou.", [("g20-hangzhou-summit", "differ")]),
    ("General Secretary Xi has made 24 overseas trips.", [("xi-overseas-trips", "differ")]),
    ("In the five years from 2012 to 2017, China organized 12 evacuation operations.", [("evacuation-operations", "differ")]),
    ("China has provided over 2 billion doses of vaccines.", [("vaccine-doses", "rounded")]),
    ("China has sent more than 50 000 peacekeepers to UN missions.", []),
    ("Two-way investment between China and Belt and Road countries tops $230bn.", []),
    ("China has sent 38 medical teams to 43 countries.", [("medical-team-countries", "differ")]),
    ("The cooperation zones have created 436,000 jobs locally.", [("cooperation-zones-jobs", "differ")]),
    ("China has built 79 cooperation zones. Total investment in the zones reached $34 billion.",
     [("cooperation-zones-investment", "differ")]),
    # later press (tests/corpora/later/): restatements in new words, and figures the diplomacy pack must leave alone
    ("Xi has made 42 trips abroad.", []),
    ("Since late 2012, Xi Jinping has made 24 trips abroad.", [("xi-overseas-trips", "differ")]),
    ("The line carried more than 24 million passenger trips in its first two years.", []),
    ("Mainland residents made some 155 million outbound trips in 2019.", []),
    ("Xi Jinping made four overseas trips in 2023.", []),
    ("On one occasion Xi made four overseas trips in the space of a single month.", []),
    ("During the pandemic it shipped over 2.2 billion vaccine doses and sent 38 medical teams to 34 countries.", []),
    ("During the pandemic it shipped over 2.2 billion vaccine doses and sent 38 medical teams to 43 countries.",
     [("medical-team-countries", "differ")]),
    ("Like the China-Laos Railway, the 142-km Jakarta-Bandung high-speed line was built by Chinese firms.", []),
    ("The establishment of diplomatic relations will open a new chapter in the relations between the two countries.", []),
    ("A white paper credits the initiative with mobilising nearly US$1 trillion of investment.", []),
    ("Two-way investment between China and Belt and Road countries exceeded US$230bn.", []),
    ("At home he has hosted more than 100 foreign heads of state and government.", []),
    ("More than 50,000 Chinese blue helmets have served under the UN flag.", []),
    ("Beijing dispatched 38 teams of medical experts to 34 countries.", []),
    ("Beijing dispatched 40 teams of medical experts to 43 countries.",
     [("medical-expert-teams", "differ"), ("medical-team-countries", "differ")]),
    ("A hotline links more than 280 embassies and consulates around the clock.", []),
    ("China shared its diagnosis and treatment experience with more than 180 countries.", []),
]


@pytest.mark.parametrize("draft,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_restatement(tmp_path, capsys, draft, expected):
    path = tmp_path / "draft.txt"
    path.write_text(draft + "\n", encoding="utf-8")
    main(["lint", str(path), "--against", str(SEEDS), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["fact"], f["verdict"]) for f in findings] == expected, [f["message"] for f in findings]


def test_later_document_updates_a_changing_fact(tmp_path, capsys):
    newer = tmp_path / "newer.txt"
    newer.write_text("date: 2023-10-18\n\nChina has signed cooperation documents with 152 countries.\n")
    assert main(["report", str(SEEDS), str(newer), "-o", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    fact = next(f for f in data["facts"] if f["id"] == "bri-partner-countries")
    assert fact["verdict"] == "updated", fact["reason"]
    assert fact["claims"][-1]["quote"] == "152 countries"  # timeline: newest last


def test_an_undated_source_repeating_a_dated_figure_is_updated_by_a_later_one(tmp_path, capsys):
    """Seed 003 has no date but repeats the dated seeds' "181 countries": a later 183 updates it too."""
    draft = tmp_path / "later.txt"
    draft.write_text("date: 2024-02-05\n\nChina now has diplomatic relations with 183 countries.\n")
    assert main(["lint", str(draft), "--against", str(SEEDS), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []  # a newer figure: no finding
    assert main(["report", str(SEEDS), str(draft), "-o", str(tmp_path / "out"), "-q", "--no-cache"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    fact = next(f for f in data["facts"] if f["id"] == "diplomatic-relations")
    assert fact["verdict"] == "updated", fact["reason"]
    assert {p["verdict"] for p in fact["pairs"]} == {"updated"}
