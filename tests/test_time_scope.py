"""Time and scope in verdicts (SEMANTICS.md section 5): the cases of tests/cases/time_scope.yaml.

Each case is a few tiny documents; a pair of figures must get the verdict the
case names (``not_differ``: anything but a contradiction, or not grouped at
all), and the last document, linted as a draft against the others, must get
the finding level the case names.
"""
from __future__ import annotations

import pytest

from conftest import ROOT, make_doc
from corpora.gold import load_time_scope_cases
from factcheck.lint import lint
from factcheck.pipeline import Checker
from factcheck.verdict import Member, Tolerance

CASES = load_time_scope_cases(ROOT / "tests" / "cases" / "time_scope.yaml")
ACCEPTANCE = (  # the constructions the issue names: each must hold in full
    "grown-from-a-to-b-previous-value", "up-9-change-vs-level", "annual-flow-vs-cumulative-since",
    "first-half-vs-ten-year-total", "flows-different-years-other-scope", "part-vs-whole-latin-america",
    "later-more-than-190-updated", "later-smaller-cumulative-differ", "over-3400-vs-4000-loose",
    "more-than-140-vs-149-rounded", "more-than-140-vs-181-loose", "dateline-city-day-month-year",
    "updated-timestamp-line", "front-matter-date-older-draft", "file-name-date", "last-year-resolved",
    "this-year-resolved", "a-year-rate-vs-total-since", "front-matter-wins-over-dateline",
)
LATER = ("year-end-then-end-of-march-is-an-update", "dated-sheet-then-now-is-a-timeline",  # constructions found
         "sheet-days-are-the-rates-own-days", "sheet-months-are-the-figures-own-months")  # by blind tests: each in full


def _located(analysis, docs, ref):
    """(group or None, Located) of the claim holding a case's figure."""
    for group in tuple(analysis.facts) + tuple(analysis.candidates):
        for loc in group.claims:
            if loc.doc.path == ref["file"] and loc.claim.start <= ref["start"] and ref["end"] <= loc.claim.end:
                return group, loc
    return None, None


def _tolerance(checker, group):
    if group.origin == "discovered":  # judged as the report judges it: broad as discovery says of its measure
        measure = min((loc.claim.frame.measure for loc in group.claims), key=lambda m: (len(m.split()), m))
        return Tolerance(discovered=True, broad=checker.discoverer.broad(measure))
    return checker.judge_tolerance(checker.ruleset.fact(group.fact_id))


def run_case(case, ruleset):
    """[(what, wanted, got)] for every expectation of a case."""
    checker = Checker(ruleset)
    docs = [make_doc(text, name, ruleset.vocab) for name, text in
            ((d["name"], d["text"]) for d in case["docs"])]
    analysis = checker.analyse(docs)
    out = []
    for item in case["expect"]:
        ga, la = _located(analysis, docs, item["a"])
        gb, lb = _located(analysis, docs, item["b"])
        got = None
        if ga is not None and ga is gb:
            got = checker.judge.judge(Member(la), Member(lb), _tolerance(checker, ga)).verdict
        want = item["verdict"]
        ok = got != "differ" if want == "not_differ" else (got == want or (want == "other_scope" and got is None))
        out.append((f"{item['a']['figure']} ~ {item['b']['figure']}", want, got, ok))
    if case["lint"]:
        draft = next(d for d in docs if d.path == case["draft"])
        findings = lint([draft], [d for d in docs if d is not draft], Checker(ruleset))
        for item in case["lint"]:
            level = next((f.level for f in findings if f.line == draft.position(item["start"])[0]
                          and f.quote and item["figure"] in f.quote), "none")
            out.append((f"lint {item['figure']}", item["level"], level, level == item["level"]))
    return out


@pytest.mark.parametrize("name", ACCEPTANCE + LATER)
def test_named_construction(name, ruleset):
    case = next(c for c in CASES if c["name"] == name)
    assert [r for r in run_case(case, ruleset) if not r[3]] == []


@pytest.mark.parametrize("case", [c for c in CASES if not c["expect"]], ids=lambda c: c["name"])
def test_bad_input_never_crashes_or_guesses(case, ruleset):
    docs = [make_doc(d["text"], d["name"], ruleset.vocab) for d in case["docs"]]
    Checker(ruleset).analyse(docs)
    for doc in docs:
        assert doc.date is None or doc.date[:4].isdigit() and len(doc.date) == 10


def test_time_scope_cases(ruleset, capsys):
    results = [(case["name"], r) for case in CASES if case["expect"] for r in run_case(case, ruleset)]
    passed = sum(r[3] for _, r in results)
    with capsys.disabled():
        print(f"\ntime/scope cases: {passed} of {len(results)} expectations met "
              f"({len([c for c in CASES if c['expect']])} cases)")
        for name, (what, want, got, ok) in results:
            if not ok:
                print(f"  {name}: {what}: want {want}, got {got}")
    assert passed / len(results) >= 0.85
