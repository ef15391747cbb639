"""The gold files of the development corpora agree with their documents and with themselves.

These tests check the data, not factcheck: every figure is found where the
gold says, no claim belongs to two facts, ``apart`` groups never split a
fact, ``scope`` pairs never sit inside a fact with another verdict, and the
loader rejects gold that does not match its text.
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DISCOVERY = HERE / "corpora" / "discovery"
TIME_SCOPE = HERE / "cases" / "time_scope.yaml"

_spec = importlib.util.spec_from_file_location("corpora_gold", HERE / "corpora" / "gold.py")
gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold)


@pytest.fixture(scope="module")
def topics():
    return gold.load_discovery_gold(DISCOVERY)


@pytest.fixture(scope="module")
def cases():
    return gold.load_time_scope_cases(TIME_SCOPE)


def _key(claim):
    return (claim["file"], claim["start"], claim["end"])


def _overlap(a, b):
    return a["file"] == b["file"] and a["start"] < b["end"] and b["start"] < a["end"]


def test_corpus_size(topics):
    facts = [f for t in topics for f in t["facts"]]
    verdicts = Counter(f["verdict"] for f in facts)
    assert len(topics) >= 8
    assert len(facts) >= 60
    assert sum(len(t["apart"]) for t in topics) >= 40
    for verdict in ("agree", "rounded", "differ", "other_scope", "updated", "loose"):
        assert verdicts[verdict] >= 2, verdicts


def test_topics_have_three_to_five_documents_of_fair_length(topics):
    for topic in topics:
        assert 3 <= len(topic["documents"]) <= 5, topic["topic"]
        if topic["topic"] == "lusitania":  # the issue's own short example
            continue
        for name in topic["documents"]:
            words = len((Path(topic["dir"]) / name).read_text(encoding="utf-8").split())
            assert 80 <= words <= 300, (topic["topic"], name, words)


def test_no_claim_in_two_facts(topics):
    for topic in topics:
        claims = [(f["id"], c) for f in topic["facts"] for c in f["claims"]]
        for (fa, a), (fb, b) in combinations(claims, 2):
            assert not _overlap(a, b), (topic["topic"], fa, fb, a["figure"], b["figure"])


def test_apart_groups_never_split_a_fact(topics):
    for topic in topics:
        fact_of = {_key(c): f["id"] for f in topic["facts"] for c in f["claims"]}
        for entry in topic["apart"]:
            for g1, g2 in combinations(entry, 2):
                for a in g1:
                    for b in g2:
                        assert _key(a) != _key(b), (topic["topic"], a["figure"])
                        fa, fb = fact_of.get(_key(a)), fact_of.get(_key(b))
                        assert fa is None or fa != fb, (topic["topic"], fa, a["figure"], b["figure"])


def test_scope_pairs_are_not_inside_a_fact_of_another_verdict(topics):
    for topic in topics:
        fact_of = {_key(c): f for f in topic["facts"] for c in f["claims"]}
        for pair in topic["scope"]:
            assert _key(pair["a"]) != _key(pair["b"])
            fa, fb = fact_of.get(_key(pair["a"])), fact_of.get(_key(pair["b"]))
            if fa is not None and fa is fb:
                assert fa["verdict"] == "other_scope", (topic["topic"], fa["id"])


def test_scope_pairs_are_not_kept_apart(topics):
    for topic in topics:
        for pair in topic["scope"]:
            a, b = _key(pair["a"]), _key(pair["b"])
            for entry in topic["apart"]:
                for g1, g2 in combinations(entry, 2):
                    k1, k2 = {_key(c) for c in g1}, {_key(c) for c in g2}
                    assert not (a in k1 and b in k2 or a in k2 and b in k1), (topic["topic"], pair["why"])


def test_related_facts_are_not_kept_apart(topics):
    for topic in topics:
        facts = {f["id"]: {_key(c) for c in f["claims"]} for f in topic["facts"]}
        for item in topic["related"]:
            a, b = (facts[i] for i in item["facts"])
            for entry in topic["apart"]:
                for g1, g2 in combinations(entry, 2):
                    k1, k2 = {_key(c) for c in g1}, {_key(c) for c in g2}
                    assert not (a & k1 and b & k2 or a & k2 and b & k1), (topic["topic"], item["facts"])


def test_time_scope_cases(cases):
    assert len(cases) >= 45
    bad = [c for c in cases if not c["expect"]]
    assert len(bad) >= 6
    assert all(c.get("note") for c in bad)
    verdicts = Counter(e["verdict"] for c in cases for e in c["expect"])
    for verdict in ("agree", "updated", "differ", "other_scope", "loose", "not_differ"):
        assert verdicts[verdict] >= 1, verdicts


def test_figures_match_whole_tokens_only():
    text = "Of 1,190 people, 190 died; 19.0 per cent; the 190th day."
    assert gold.figure_spans(text, "190") == [(17, 20)]
    assert gold.figure_spans(text, "1,190") == [(3, 8)]


def _write_topic(tmp_path, gold_text):
    topic = tmp_path / "t"
    topic.mkdir()
    (topic / "a.txt").write_text("The bridge is 1,190 metres long and 1,190 metres wide.\n")
    (topic / "b.txt").write_text("The bridge is 1,190 metres long.\n")
    (topic / "gold.yaml").write_text(gold_text)
    return topic


@pytest.mark.parametrize(
    "claim_a, message",
    [
        ('{file: a.txt, figure: "1,191"}', "occurs 0 times"),
        ('{file: a.txt, figure: "1,190"}', "occurs 2 times"),
        ('{file: a.txt, figure: "1,190", nth: 3}', "nth is 3"),
        ('{file: z.txt, figure: "1,190"}', "no such document"),
    ],
)
def test_loader_rejects_gold_that_does_not_match_its_text(tmp_path, claim_a, message):
    text = (
        "facts:\n  - id: length\n    verdict: agree\n    claims:\n"
        f"      - {claim_a}\n      - {{file: b.txt, figure: \"1,190\"}}\n"
    )
    topic = _write_topic(tmp_path, text)
    with pytest.raises(gold.GoldError, match=message):
        gold.load_topic(topic)


def test_loader_resolves_nth_occurrence(tmp_path):
    text = (
        "facts:\n  - id: length\n    verdict: agree\n    claims:\n"
        "      - {file: a.txt, figure: \"1,190\", nth: 2}\n      - {file: b.txt, figure: \"1,190\"}\n"
    )
    loaded = gold.load_topic(_write_topic(tmp_path, text))
    assert loaded["facts"][0]["claims"][0]["start"] == 36
