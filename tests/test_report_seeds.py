"""`factcheck report` on the seeds: the acceptance facts, verdicts and report files."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT, SEEDS
from factcheck.cli import main
from factcheck.load import load_document
from factcheck.pipeline import Checker


@pytest.fixture(scope="module")
def analysis(ruleset):
    docs = [load_document(str(p.relative_to(ROOT)), ruleset.vocab, data=p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    return Checker(ruleset).analyse(docs)


def _fact(analysis, fact_id):
    hits = [f for f in analysis.facts if f.fact_id == fact_id]
    assert hits, f"no fact {fact_id}; got {[f.fact_id for f in analysis.facts]}"
    return hits[0]


def _sources(fact):
    return sorted({loc.doc.path.split("/")[-1][:3] for loc in fact.claims})


ACCEPTANCE = [
    ("diplomatic-relations", {"agree"}, ["001", "003", "004"]),
    ("diplomatic-ties-since-2012", {"agree"}, ["001", "003"]),
    ("bri-partner-countries", {"rounded"}, ["001", "003", "004"]),
    ("bri-partner-organizations", {"rounded"}, ["001", "003", "004"]),
    ("bri-cooperation-documents", {"agree"}, ["001", "003", "004"]),
    ("partnership-network", {"agree"}, ["001", "004"]),
    ("xi-overseas-trips", {"rounded"}, ["001", "004"]),
    ("xi-continents-visited", {"agree"}, ["001", "004"]),
    ("meng-wanzhou-detention", {"agree"}, ["001", "003"]),
    ("belt-and-road-age", {"rounded"}, ["000", "003", "004"]),
    ("belt-and-road-proposed", {"agree"}, ["003", "004"]),
    ("g20-hangzhou-summit", {"agree"}, ["003", "004"]),
    ("cop15-ordinal", {"agree"}, ["002", "003", "004"]),
    ("consular-protection-cases", {"rounded", "other_scope"}, ["000", "003"]),
    ("evacuation-operations", {"other_scope"}, ["001", "003"]),
    ("phone-diplomacy", {"other_scope"}, ["000", "001"]),
]


@pytest.mark.parametrize("fact_id,verdicts,sources", ACCEPTANCE, ids=[a[0] for a in ACCEPTANCE])
def test_acceptance_fact(analysis, fact_id, verdicts, sources):
    fact = _fact(analysis, fact_id)
    assert fact.verdict in verdicts, fact.reason
    assert _sources(fact) == sources
    assert fact.reason


def test_no_contradiction_on_the_seeds(analysis):
    assert [f.fact_id for f in analysis.facts + analysis.candidates if f.verdict == "differ"] == []


def test_values_of_key_facts(analysis):
    assert {loc.claim.value for loc in _fact(analysis, "diplomatic-relations").claims} == {181}
    assert {loc.claim.text for loc in _fact(analysis, "bri-partner-countries").claims} == {"149 countries", "more than 140 countries"}
    assert _fact(analysis, "bri-partner-countries").reason == "149 ∈ (140, ∞)"


STAY_APART = [
    "181 countries", "181 phone conversations", "over 180 countries", "more than 120 countries", "34 countries",
    "24 countries", "69 countries", "147 countries", "more than 100 countries",
]


def test_must_stay_apart(analysis):
    fact_of = {}
    for f in analysis.facts + analysis.candidates:
        for loc in f.claims:
            fact_of.setdefault(loc.claim.text, set()).add(f.fact_id)
    seen: dict = {}
    for quote in STAY_APART:
        assert quote in fact_of, f"{quote!r} is in no fact"
        for fid in fact_of[quote]:
            assert seen.setdefault(fid, quote) == quote, f"{quote!r} and {seen[fid]!r} share {fid}"


def test_claim_may_match_at_most_one_fact(analysis):
    keys = [(loc.doc.path, loc.claim.start) for f in analysis.facts for loc in f.claims]
    assert len(keys) == len(set(keys))


def test_report_files_and_json_schema(tmp_path):
    assert main(["report", str(SEEDS), "-o", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "discrepancies.json").read_text(encoding="utf-8"))
    assert {s["file"].split("/")[-1][:3] for s in data["sources"]} == {"000", "001", "002", "003", "004"}
    assert all(len(s["sha256"]) == 64 for s in data["sources"])
    fact = next(f for f in data["facts"] if f["id"] == "diplomatic-relations")
    assert fact["verdict"] == "agree" and fact["rule"].endswith(".yaml:" + fact["rule"].rsplit(":", 1)[1])
    claim = fact["claims"][0]
    for key in ("file", "line", "column", "quote", "value", "low", "high", "low_inclusive", "high_inclusive",
                "hedge", "unit", "counted", "date", "scope"):
        assert key in claim
    text = (SEEDS / claim["file"].split("/")[-1]).read_text(encoding="utf-8").splitlines()[claim["line"] - 1]
    assert text[claim["column"] - 1:].startswith(claim["quote"])
    md = (tmp_path / "discrepancies.md").read_text(encoding="utf-8")
    assert md.index("OTHER SCOPE") < md.index("ROUNDED") < md.index("AGREE")
    assert "149 ∈ (140, ∞)" in md


def test_reports_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["report", str(SEEDS), "-o", str(a)]) == 0
    assert main(["report", str(SEEDS), "-o", str(b)]) == 0
    for name in ("discrepancies.md", "discrepancies.json", "discrepancies.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    assert "generated" not in (a / "discrepancies.json").read_text()


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.external = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("src", "href") and v and not v.startswith("#"):
                self.external.append(v)


def test_html_is_self_contained_and_escaped(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("<script>alert(1)</script> China has diplomatic relations with 181 countries.\n")
    (src / "b.txt").write_text("China has established diplomatic relations with 180 countries & more.\n")
    assert main(["report", str(src), "-o", str(tmp_path / "out")]) == 0
    page = (tmp_path / "out" / "discrepancies.html").read_text()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    parser = _Collect()
    parser.feed(page)
    assert parser.external == [] and "mark" in parser.tags
    assert re.search(r"differ", page)


def test_unreadable_source_is_listed_and_run_goes_on(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text("China has diplomatic relations with 181 countries.\n")
    (src / "bad.txt").write_bytes(b"caf\xe9 181 countries\n")
    assert main(["report", str(src), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and "UTF-8" in err
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    assert any("bad.txt" in e for e in data["unreadable"])
    assert [s["file"].split("/")[-1] for s in data["sources"]] == ["good.txt"]


def test_invalid_rule_stops_before_writing(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("facts:\n  - id: Bad_Id\n    counted: [country]\n")
    out = tmp_path / "out"
    assert main(["report", str(SEEDS), "--rules", str(rules), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml:2:" in err and "facts[0].id" in err
    assert not out.exists()


def test_discovered_facts_with_suggested_rule(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("The new museum welcomed 12,400 visitors in its opening week in Lyon.\n")
    (src / "b.txt").write_text("In its opening week in Lyon, the new museum welcomed 13,900 visitors.\n")
    (src / "c.txt").write_text("Farmers planted 300 olive trees near the river.\n")
    assert main(["report", str(src), "-o", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    assert data["candidates"] == []
    (fact,) = data["facts"]
    assert fact["origin"] == "discovered" and fact["rule"] is None and fact["verdict"] == "differ"
    assert fact["label"] == "Lyon — visitors" and fact["id"] == "discovered-lyon-visitors"
    assert "counted: [visitor]" in fact["suggested_rule"] and "  - id: lyon-visitors" in fact["suggested_rule"]
    assert {c["quote"] for c in fact["claims"]} == {"12,400 visitors", "13,900 visitors"}
    assert fact["claims"][0]["frame"]["measure"] == "visitors" and fact["claims"][0]["frame"]["entities"] == ["lyon"]
