"""`factcheck report` on the blind "later press" corpus (``tests/corpora/later/``): seeds + one article at a time.

The scorer (``tests/corpora/later/score.py``, also a script that prints every gold entry) matches each gold
figure to the report: expected pairs found in one fact, pair verdicts equal to the gold, figures kept apart, false
``differ`` verdicts and wrong groups (see its docstring and ``FINDINGS.md``).  The floors sit at the figures
measured when the test was written, so any regression fails; false differs and wrong groups are ceilings.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("later_press_score",
                                               Path(__file__).resolve().parent / "corpora" / "later" / "score.py")
later = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = later
_spec.loader.exec_module(later)

FLOORS = {"pairs_found": 58, "verdicts_right": 53, "apart_right": 31, "correct": 84}
CEILINGS = {"false_differs": 0, "unlisted_differs": 0, "wrong_groups": 0}


@pytest.fixture(scope="module")
def totals():
    return later.score()["totals"]


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_floor(totals, key):
    assert totals[key] >= FLOORS[key], later.line(totals)


@pytest.mark.parametrize("key", sorted(CEILINGS))
def test_ceiling(totals, key):
    assert totals[key] <= CEILINGS[key], later.line(totals)


def test_every_gold_entry_is_scored(totals):
    assert totals["entries"] == 110
    assert totals["pairs_expected"] == 79
