"""Rule authoring: validate (precise one-line problems), test, list, schema, explain, safety."""
from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from conftest import RULES, SEEDS
from factcheck.cli import main
from factcheck.validate import schema


def validate(tmp_path, capsys, files: dict):
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    code = main(["rules", "validate", str(folder)])
    out = capsys.readouterr().out.splitlines()
    return code, out


GOOD = "facts:\n  - id: good-one\n    label: A fact\n    counted: [widget]\n"
BAD = [
    ("tab", {"a.yaml": "facts:\n\t- id: x\n"}, "a.yaml:2:1: tab used for indentation"),
    ("missing id", {"a.yaml": "facts:\n  - label: No id\n    counted: [x]\n"}, "a.yaml:2:5: facts[0]: missing required key 'id'"),
    ("unknown key", {"a.yaml": "facts:\n  - id: a-b\n    counted: [x]\n    tolerence: 1\n"},
     "a.yaml:4:5: facts[0].tolerence: unknown key 'tolerence' (did you mean 'tolerance'?)"),
    ("tolerance ten", {"a.yaml": "facts:\n  - id: a-b\n    counted: [x]\n    tolerance: ten\n"},
     "a.yaml:4:5: facts[0].tolerance: expected a number or {absolute:, relative:}, got 'ten'"),
    ("unclosed pattern", {"a.yaml": "facts:\n  - id: a-b\n    counted: [x]\n    pattern: \"(unclosed\"\n"},
     "a.yaml:4:5: facts[0].pattern: pattern does not compile: missing )"),
    ("unknown unit", {"a.yaml": "facts:\n  - id: a-b\n    unit: furlongz\n"},
     "a.yaml:3:5: facts[0].unit: unknown unit 'furlongz'"),
    ("same id twice", {"a.yaml": GOOD, "b.yaml": GOOD}, "b.yaml:2:5: facts[0].id: duplicate id 'good-one' (first defined at"),
    ("alias bomb", {"a.yaml": "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))}, "alias expansion"),
]


@pytest.mark.timeout(60)  # only catches a hang; speed is measured in benchmarks/
@pytest.mark.parametrize("name,files,needle", BAD, ids=[b[0] for b in BAD])
def test_validate_reports_one_precise_line(tmp_path, capsys, name, files, needle):
    code, out = validate(tmp_path, capsys, files)
    assert code == 1
    problems = [line for line in out if ".yaml:" in line]
    assert len(problems) == 1, out
    assert needle in problems[0], problems[0]


def test_unknown_unit_gets_pint_suggestion(tmp_path, capsys):
    _, out = validate(tmp_path, capsys, {"a.yaml": "facts:\n  - id: a-b\n    unit: furlongz\n"})
    assert "did you mean 'furlong'" in out[0]


def test_all_problems_at_once(tmp_path, capsys):
    code, out = validate(tmp_path, capsys, {
        "a.yaml": "facts:\n  - id: Bad_Id\n    counted: [x]\n  - id: ok-id\n    counted: [x]\n    severity: fatal\n",
        "b.yaml": "hedgez: {}\n"})
    assert code == 1
    assert any("facts[0].id" in line for line in out)
    assert any("facts[1].severity" in line and "error, warning, info" in line for line in out)
    assert any("b.yaml:1:1: hedgez: unknown section 'hedgez' (did you mean 'hedges'?)" in line for line in out)


def test_synonym_under_two_lemmas(tmp_path, capsys):
    code, out = validate(tmp_path, capsys, {"a.yaml": "nouns:\n  synonyms:\n    trip: [journey]\n    voyage: [journey]\n"})
    assert code == 1 and any("'journey' is already a synonym of 'trip'" in line for line in out)


def test_example_contradicting_its_rule(tmp_path, capsys):
    code, out = validate(tmp_path, capsys, {"a.yaml": (
        "facts:\n  - id: museum-visitors\n    counted: [visitor]\n    context:\n      clause: {all: [museum]}\n"
        "    examples:\n      match:\n        - {text: \"The zoo welcomed 500 visitors.\", value: 500}\n")})
    assert code == 1 and any("a.yaml:8:1" in line and "example contradicts the rule" in line for line in out)


@pytest.mark.timeout(60)  # only catches a hang
@pytest.mark.parametrize("depth", [65, 999, 1001, 10000])
def test_deep_files_are_refused_with_factchecks_own_line(tmp_path, capsys, depth):
    """Whatever nesting limit the installed YAML parser has, the message is factcheck's: file, line, reason."""
    code, out = validate(tmp_path, capsys, {"deep.yaml": "a: " + "[" * depth + "]" * depth + "\n"})
    problems = [line for line in out if ".yaml:" in line]
    assert code == 1 and len(problems) == 1
    assert "deep.yaml:1:1: nesting deeper than 64 levels" in problems[0]


@pytest.mark.timeout(60)  # only catches a hang
def test_huge_files_are_refused(tmp_path, capsys):
    code, out = validate(tmp_path, capsys, {"big.yaml": "a: " + "x" * (3 * 1024 * 1024) + "\n"})
    assert code == 1 and "big.yaml:1:1:" in out[0] and "limited to" in out[0]


@pytest.mark.parametrize("text", ['nouns:\n  stop_words: ["[[[[[[[["]\n', "nouns:\n  stop_words: ['{{{{{{']  # [[[[[[\n",
                                  "nouns: {stop_words: [\"[x]\", '{y}']}\n"])
def test_brackets_in_quotes_and_comments_are_not_nesting(tmp_path, capsys, text):
    code, out = validate(tmp_path, capsys, {"ok.yaml": text})
    assert code == 0, out


def test_catastrophic_pattern_named(tmp_path, capsys):
    code, out = validate(tmp_path, capsys, {"a.yaml": "facts:\n  - id: evil\n    counted: [x]\n    pattern: \"(a+)+$\"\n"})
    assert code == 1 and "rule evil: pattern backtracks catastrophically" in out[0]


@pytest.mark.timeout(120)  # only catches a hang
def test_catastrophic_pattern_never_hangs_a_run(tmp_path, capsys):
    rules = tmp_path / "r"
    rules.mkdir()
    (rules / "a.yaml").write_text("facts:\n  - id: evil\n    counted: [country]\n    pattern: \"(a+)+$\"\n")
    doc = tmp_path / "d.txt"
    doc.write_text("Relations with 181 countries " + "a" * 5000 + "!\nAnd 12 countries " + "a" * 5000 + "!\n")
    assert main(["report", str(doc), "--rules", str(rules), "-o", str(tmp_path / "out")]) == 0
    assert "rule evil: its pattern timed out" in capsys.readouterr().err


def test_shipped_rules_validate_and_test():
    assert main(["rules", "validate"]) == 0
    assert main(["rules", "test"]) == 0


def test_rules_test_reports_a_failing_example(tmp_path, capsys):
    rules = tmp_path / "r"
    rules.mkdir()
    (rules / "a.yaml").write_text("facts:\n  - id: museum-visitors\n    counted: [visitor]\n    examples:\n      match:\n"
                                  "        - {text: \"The museum welcomed 500 visitors.\", value: 600}\n")
    assert main(["rules", "test", str(rules)]) == 1
    out = capsys.readouterr().out
    assert "FAIL museum-visitors (1 example)" in out and "expected: a claim taken by museum-visitors with value 600" in out
    assert out.strip().endswith("0 passed, 1 failed")


def test_rules_list_counts_claims(capsys):
    assert main(["rules", "list", "--on", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    line = next(o for o in out.splitlines() if " diplomatic-relations " in f" {o} ")
    assert line.split()[0] == "3" and "rules/packs/diplomacy/diplomacy.yaml:" in line


def test_schema_command_and_shipped_files_conform(capsys):
    assert main(["rules", "schema", "facts"]) == 0
    facts_schema = json.loads(capsys.readouterr().out)
    assert facts_schema["properties"]["facts"]["items"]["required"] == ["id"]
    for path in RULES.rglob("*.yaml"):
        jsonschema.validate(yaml.safe_load(path.read_text()), schema("rules"))


def test_explain_says_why(capsys):
    assert main(["explain", "China has diplomatic ties with 180 countries after resuming them."]) == 0
    out = capsys.readouterr().out
    assert "'180 countries' (line 1) — count" in out
    assert "fact         diplomatic-relations" not in out  # "resuming" is excluded by the rule
    assert "not diplomatic-relations: local has excluded 'resuming'" in out


def test_explain_file_line(capsys):
    assert main(["explain", "--file", str(SEEDS / "001_887300712b9c527a.txt"), "--line", "22"]) == 0
    out = capsys.readouterr().out
    assert "'181 countries' (line 22)" in out and "fact         diplomatic-relations" in out
