"""A claim's role in its frame: a level, a share of a whole, a rate per one, a change, an earlier value."""
from __future__ import annotations

import pytest

import factcheck

CASES = [
    ("Two thirds of all votes were cast before election day.", "Two thirds", "share"),
    ("Half of the 3,000 residents left.", "3,000 residents", "level"),
    ("Each trip in the capsule took roughly 15 minutes.", "roughly 15 minutes", "rate"),
    ("The capsule ride took around 15 minutes each.", "around 15 minutes", "rate"),
    ("Each of the two main cables holds 27,572 wires.", "27,572 wires", "rate"),
    ("Each of the 33 miners was examined by doctors.", "33 miners", "level"),
    ("Every year, 40,000 visitors come to the island.", "40,000 visitors", "level"),
    ("The rescue took 22 hours.", "22 hours", "level"),
    ("Turnout rose from 79.8% to 82.2%.", "79.8%", "previous"),
]


@pytest.mark.parametrize("text, quote, role", CASES, ids=[c[1] for c in CASES])
def test_role(text, quote, role, vocab):
    claims = {c.text: c for c in factcheck.extract(text, vocab)}
    assert claims[quote].frame.role == role
