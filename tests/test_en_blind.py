"""The blind English cases (tests/cases/EN_BLIND.yaml): written from SEMANTICS.md and the case format alone,
before their writer read the extractor (see EN_BLIND_README.md and EN_BLIND_FINDINGS.md).

Each case gives the exact set of claims by quote, then the fields its writer was sure of; a ``none:`` span
must give no figure (an identifier there is accepted and set aside).  The cases the extractor still reads
otherwise are listed in ``KNOWN``, each with why; the mark is strict, so a case that starts passing must lose it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.extractor import extract
from test_cases import assert_claims

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "EN_BLIND.yaml").read_text(encoding="utf-8"))
_QUOTE = "quote convention: "
KNOWN = {
    "count-hyphen-seat": "a hyphenated count counts its own noun of the noun it qualifies ('seat stadium')",
    "count-hyphen-page": "a hyphenated count counts its own noun of the noun it qualifies ('page report')",
    "count-hyphen-bedroom": "a hyphenated count counts its own noun of the noun it qualifies ('bedroom house')",
    "range-from-to-km": _QUOTE + "a range's quote keeps its 'from'",
    "drange-from-to-years": _QUOTE + "a range's quote keeps its 'from'",
    "drange-war-years": _QUOTE + "a range's quote keeps its 'from'",
    "date-second-half-not-ordinal": _QUOTE + "a part of a year keeps its 'the'",
    "age-aged": _QUOTE + "the number is the figure; 'aged' makes it an age",
    "ident-windows": "a model number closing a sentence reads like a list's last figure ('won by Labour 202.')",
    "ident-formula-1": "a verb in -s after a name's number reads as a plural counted ('Biden 306 electoral votes')",
    "ident-fortune-500": "a plural after a name's number reads as counted ('Biden 306 electoral votes')",
    "ident-helpline-24-7": "'24/7' is read as a frequency",
}


def _param(case):
    marks = [pytest.mark.xfail(reason=KNOWN[case["name"]], strict=True)] if case["name"] in KNOWN else []
    return pytest.param(case, id=case["name"], marks=marks)


def _spans(text: str, spans) -> list[tuple[int, int]]:
    return [(text.index(s), text.index(s) + len(s)) for s in spans or ()]


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_blind_case(case, vocab):
    text = case["text"]
    none = _spans(text, case.get("none"))
    claims = extract(text, vocab)
    for c in claims:
        if c.kind != "identifier":
            assert not any(c.start < b and a < c.end for a, b in none), f"{c.text!r} lies in a span that names"
    kept = [c for c in claims if not (c.kind == "identifier" and any(c.start < b and a < c.end for a, b in none))]
    assert_claims(kept, case.get("claims") or [])


def test_known_gaps_are_cases():
    """Every known gap names a case of the file."""
    assert set(KNOWN) <= {c["name"] for c in CASES}
