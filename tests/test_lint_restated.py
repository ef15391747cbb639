"""`factcheck lint`: a draft sentence that restates a source sentence is checked figure by figure, in place."""
from __future__ import annotations

import json

import pytest

from factcheck.cli import main

SOURCES = {
    "wire.txt": "The inquiry found that the tram entered the bend at 83 km/h, more than twice the limit.\n\n"
                "Firefighters freed 38 passengers from the wreck before midnight.\n\n"
                "Of those aboard, 38 were freed by firefighters and 112 walked out unaided.\n\n"
                "The line had opened on 14 March 2004 after six years of work.\n",
    "sheet.txt": "Published: 2 June 2016\n\nSpeed at the bend: 83 km/h\nLimit on the bend: 40 km/h\n\n"
                 "The city council put the cost of the repairs at EUR 4.6 million.\n",
    "results.txt": "The operator reported a profit of EUR 2.1 million for 2014.\n",
}


def _lint(tmp_path, capsys, draft: str) -> tuple[int, list]:
    paths = []
    for name, text in SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    (tmp_path / "draft.md").write_text(draft, encoding="utf-8")
    code = main(["lint", str(tmp_path / "draft.md"), "--against", *paths, "--format", "json", "--no-cache"])
    return code, json.loads(capsys.readouterr().out)["findings"]


PLANTED = [  # (the first two are figures no frame names: only their place in the sentence says what they are)
    ("Of those aboard, 83 were freed by firefighters and 112 walked out on their own.\n", "83", "38"),
    ("Of those aboard, 38 were freed by firefighters and 121 walked out unaided.\n", "121", "112"),
    ("Investigators said the tram entered the bend at 38 km/h, more than twice the limit.\n", "38 km/h", "83 km/h"),
    ("Before midnight, firefighters had freed 83 passengers from the wreck.\n", "83 passengers", "38 passengers"),
    ("The line opened on 14 March 2014 after six years of work.\n", "14 March 2014", "14 March 2004"),
    ("The council put the cost of the repairs at EUR 6.4 million.\n", "EUR 6.4 million", "EUR 4.6 million"),
]


@pytest.mark.parametrize("draft, quote, cited", PLANTED, ids=[p[1] for p in PLANTED])
def test_a_slip_in_a_restated_sentence_is_an_error(tmp_path, capsys, draft, quote, cited):
    code, findings = _lint(tmp_path, capsys, draft)
    errors = [f for f in findings if f["level"] == "error"]
    assert code == 1 and [(f["quote"], [e["quote"] for e in f["evidence"]]) for f in errors] == [(quote, [cited])]


CLEAN = [
    # restated as the sources state it, in words and another unit
    "Investigators said the tram entered the bend at about 52 mph, more than twice the limit.\n",
    "Before midnight, firefighters had freed thirty-eight passengers from the wreck.\n",
    # a bare year in a like place: a series of years far more often than a slip
    "The line had opened in 2005 after six years of work.\n",
    # figures an order of magnitude apart are two things, not one figure and its slip
    "Firefighters freed 380 people from the wreck before midnight.\n",
    # the draft gives the source's figure elsewhere: here it speaks of something else
    "The tram entered the bend at 83 km/h.\n\nA second tram entered the bend at 45 km/h, the inquiry found.\n",
    # one sentence restating two of the source's: it states the source's figure, so the other is of another thing
    "The line opened on 14 March 2004 and was extended on 14 March 2011 after six years of work.\n",
    "After a profit of EUR 2.1 million for 2014, the operator posted a loss of EUR 0.3 million for 2015.\n",
    # two draft figures whose place is one source figure: which of them restates it is not clear
    "Of those aboard on the first tram, 35 were freed by firefighters.\n\n"
    "Of those aboard the second, 33 were freed by firefighters and 112 walked out unaided.\n",
]


@pytest.mark.parametrize("draft", CLEAN, ids=[c[:40] for c in CLEAN])
def test_no_error_where_a_restated_place_does_not_say_the_figure_is_wrong(tmp_path, capsys, draft):
    code, findings = _lint(tmp_path, capsys, draft)
    assert code == 0 and [f for f in findings if f["level"] == "error"] == [], findings


def test_two_figures_swapped_in_one_sentence_are_errors(tmp_path, capsys):
    """The draft states the source's 112 in the sentence, but the source's sentence states the draft's 38 too:
    a swap, not a sentence that speaks of two things (the 112 itself joins the source's 112 as one figure)."""
    code, findings = _lint(tmp_path, capsys, "Of those aboard, 112 were freed by firefighters and 38 walked out unaided.\n")
    assert code == 1
    assert [(f["quote"], f["evidence"][0]["quote"]) for f in findings if f["level"] == "error"] == [("38", "112")]
