"""Shared fixtures: the shipped vocabulary and rule set, loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import factcheck

# Hypothesis profiles.  "dev" (the default) draws new examples on every run and
# keeps failures in .hypothesis/ (ignored by git): random exploration on a
# developer's machine.  "ci" is reproducible: the same examples on every run,
# so a CI result depends only on the code; .ci/run selects it with
# --hypothesis-profile=ci.  Every failure either profile ever found is pinned
# with @example(...) next to its test.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", derandomize=True, deadline=None, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("dev")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"


@pytest.fixture(scope="session")
def vocab():
    return factcheck.load_vocabulary([RULES])


@pytest.fixture(scope="session")
def seed_texts():
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def find(claims, quote):
    """The claim whose text is exactly ``quote`` (fails the test when there is none)."""
    hits = [c for c in claims if c.text == quote]
    assert hits, f"no claim {quote!r}; got {[c.text for c in claims]}"
    return hits[0]


@pytest.fixture(scope="session")
def ruleset():
    from factcheck.rules import load_ruleset

    return load_ruleset([RULES])


def make_doc(text: str, path: str, vocab):
    """A Document built from a string, as if read from ``path``."""
    from factcheck.load import load_document

    return load_document(path, vocab, data=text.encode("utf-8"))


def assert_claim(c, kind, value, low, high, hedge, unit, counted, check_counted=True):
    """A claim states what is expected: kind, value, asserted interval, hedge, unit and counted thing."""
    assert c.kind == kind
    assert c.value == (pytest.approx(value) if value is not None else None)
    assert c.low == pytest.approx(low)
    assert c.high == (pytest.approx(high) if high is not None else None)
    assert c.hedge == hedge
    assert c.unit == unit
    if check_counted:
        assert c.counted == counted
