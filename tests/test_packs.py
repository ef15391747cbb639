"""Layered rule sets and packs: the first hour of a team that starts its own rules."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import RULES, SEEDS
from factcheck.cli import main
from factcheck.rulefiles import display_path

FACT = ("facts:\n  - id: bridge-length\n    label: Length of the bridge\n    unit: length\n"
        "    context:\n      clause: {any: [bridge]}\n")


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err.strip().splitlines()


def _problems(lines):
    """Output lines that report a problem (not notes, not the summary)."""
    return [line for line in lines if ".yaml:" in line and ": note: " not in line]


@pytest.fixture
def myrules(tmp_path, monkeypatch):
    """``cp -r rules myrules`` in an empty project folder."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(RULES, tmp_path / "myrules")
    return tmp_path / "myrules"


def test_a_copy_of_the_shipped_rules_is_valid(myrules, capsys):
    code, out, _ = _run(capsys, "rules", "validate", "myrules")
    assert code == 0, out
    assert _problems(out) == []
    assert out[-1].startswith("rules are valid")
    assert any("myrules/vocab/dates.yaml:1:1: note:" in line and "unchanged" in line for line in out)


@pytest.mark.parametrize("planted,needle", [
    ("facts:\n  - id: ferry-length\n    label: Ferry route\n    unit: furlongz\n",
     "myrules/vocab/zz-planted.yaml:4:5: facts[0].unit: unknown unit 'furlongz'"),
    ("a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)),
     "myrules/vocab/zz-planted.yaml:"),
])
def test_a_planted_problem_in_the_copy_is_exactly_one_line(myrules, capsys, planted, needle):
    (myrules / "vocab" / "zz-planted.yaml").write_text(planted, encoding="utf-8")
    code, out, _ = _run(capsys, "rules", "validate", "myrules")
    assert code == 1
    problems = _problems(out)
    assert len(problems) == 1, out
    assert problems[0].startswith(needle), problems[0]


def test_report_with_a_copy_gives_the_same_report(tmp_path, capsys):
    shutil.copytree(RULES, tmp_path / "myrules")
    base = ["report", str(SEEDS), "--no-cache", "-q", "--format", "json"]
    assert main(base + ["-o", str(tmp_path / "a")]) == 0
    assert main(base + ["-o", str(tmp_path / "b"), "--rules", str(tmp_path / "myrules")]) == 0

    def facts(folder):
        report = json.loads((folder / "discrepancies.json").read_text(encoding="utf-8"))
        return [(f["id"], f["verdict"], [c["quote"] for c in f["claims"]]) for f in report["facts"]]
    assert facts(tmp_path / "a") == facts(tmp_path / "b")
    assert len(facts(tmp_path / "a")) == 43


def test_unknown_pack_suggests_the_name(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".factcheck.yaml").write_text("packs: [diplomcy]\n")
    code, _, err = _run(capsys, "rules", "list")
    assert code == 2 and len(err) == 1
    assert "unknown pack 'diplomcy' (did you mean 'diplomacy'?)" in err[0] and ".factcheck.yaml" in err[0]


def test_packs_are_off_unless_enabled_and_no_default_rules_drops_shipped_facts(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert _run(capsys, "rules", "list")[1][-1] == "0 fact rules"
    (tmp_path / ".factcheck.yaml").write_text("packs: [diplomacy]\n")
    assert _run(capsys, "rules", "list")[1][-1] == "43 fact rules"
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "bridge.yaml").write_text(FACT)
    code, out, _ = _run(capsys, "rules", "list", "--no-default-rules", "--rules", "mine")
    assert code == 0 and out[-1] == "1 fact rules" and out[0].startswith("bridge-length")


def test_no_default_vocab_leaves_only_the_given_vocabulary(tmp_path, capsys):
    # Currency words are vocabulary only (pint's registry knows units such as miles whatever the YAML says).
    (tmp_path / "v.yaml").write_text("currencies:\n  EUR:\n    after: [euros]\n")
    (tmp_path / "d.txt").write_text("The toll is 12 euros for cars and 3 rupees for bicycles.\n")
    code, out, _ = _run(capsys, "extract", str(tmp_path / "d.txt"), "--no-default-vocab", "--rules",
                        str(tmp_path / "v.yaml"), "--format", "jsonl")
    assert code == 0
    claims = [json.loads(line) for line in out]
    assert [(c["text"], c["unit"]) for c in claims][:1] == [("12 euros", "EUR")]
    assert all(c["unit"] is None for c in claims[1:])  # "rupees": not a currency without the shipped vocabulary


def test_a_later_layer_replaces_lists_and_extend_appends(tmp_path):
    from factcheck.rules import load_ruleset

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "v.yaml").write_text("seasons:\n  spring: [4, 6]\nhedges:\n  approx: {extend: [give or take]}\n")
    notes: list = []
    from factcheck.layers import read_layers, Layer
    from factcheck.rulefiles import rule_files
    from factcheck.rules import build_ruleset

    docs = read_layers([Layer("base", tuple(rule_files([RULES / "vocab"]))), Layer("a", tuple(rule_files([tmp_path / "a"])))])
    ruleset = build_ruleset(docs, [], notes)
    assert ruleset.vocab.seasons["spring"] == (4, 6)  # replaced, not [3, 5, 4, 6]
    base = load_ruleset([RULES / "vocab"]).vocab
    assert ruleset.vocab.hedges["give or take"] == "approx"
    assert set(base.hedges) < set(ruleset.vocab.hedges)  # appended to, nothing lost
    dates = RULES / "vocab" / "dates.yaml"
    [note] = [n for n in map(str, notes) if "seasons.spring" in n]
    assert note.endswith(f"note: replaces the definition at {display_path(dates)}:{_line(dates, 'spring')}:3")


def _line(path, needle):
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if line.strip().startswith(needle))


def test_same_id_in_one_layer_is_an_error_in_a_later_layer_a_note(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
    (tmp_path / "one" / "a.yaml").write_text(FACT)
    (tmp_path / "one" / "b.yaml").write_text(FACT)
    code, out, _ = _run(capsys, "rules", "validate", "one")
    assert code == 1 and _problems(out) == ["one/b.yaml:2:5: facts[0].id: duplicate id 'bridge-length' "
                                            "(first defined at one/a.yaml:2)"]
    (tmp_path / "one" / "b.yaml").unlink()
    (tmp_path / "two" / "a.yaml").write_text(FACT.replace("Length of the bridge", "Bridge length"))
    (tmp_path / ".factcheck.yaml").write_text("rules: [one]\n")
    code, out, _ = _run(capsys, "rules", "validate", "two")
    assert code == 0, out
    assert out[0] == "two/a.yaml:2:5: facts[0].id: note: rule 'bridge-length' replaces the rule at one/a.yaml:2"


@pytest.mark.parametrize("setup,needle", [
    ({"p/a/pack.yaml": "extends: [../b]\n", "p/b/pack.yaml": "extends: [../a]\n", ".factcheck.yaml": "packs: [p/a]\n"},
     "circular extends"),
    ({"r/x.yaml": "hedges:\n  approx: {extend: [roughly speaking]}\n", ".factcheck.yaml": "rules: [r, ./r]\n"},
     "rules: 'r' is listed twice"),
    ({"r/units.yaml": "units:\n  measure:\n    kilogram: [km]\n", ".factcheck.yaml": "rules: [r]\n"},
     "'km' is a length unit (kilometer)"),
    ({".factcheck.yaml": "packs: [diplomacy, diplomacy]\n"}, "'diplomacy' is listed twice"),
])
def test_bad_rule_sets_are_one_clear_line(tmp_path, capsys, monkeypatch, setup, needle):
    monkeypatch.chdir(tmp_path)
    for name, text in setup.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    (tmp_path / "d.txt").write_text("The bridge is 12 km long.\n")
    code, _, err = _run(capsys, "report", "d.txt", "--no-cache", "-q", "-o", "out")
    assert code == 2 and len(err) == 1, err
    assert needle in err[0] and err[0].startswith("factcheck: ")
    assert not (tmp_path / "out").exists()


def test_init_sets_up_a_folder_that_is_green_and_refuses_to_overwrite(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(capsys, "init")
    assert code == 0 and "wrote rules/facts/example.yaml" in out
    for name in (".factcheck.yaml", "rules/facts/example.yaml", "drafts/example.md", ".pre-commit-config.yaml"):
        assert (tmp_path / name).is_file()
    code, out, _ = _run(capsys, "rules", "test")
    assert code == 0 and out == ["PASS golden-gate-main-span (4 examples)", "4 passed, 0 failed"]
    assert _run(capsys, "rules", "validate")[0] == 0
    code, out, _ = _run(capsys, "lint", "drafts/")
    assert code == 0 and out == ["0 findings in 1 draft against 0 sources"]
    draft = tmp_path / "drafts" / "example.md"
    draft.write_text(draft.read_text().replace("1,280 metres", "1,380 metres"))
    code, out, _ = _run(capsys, "lint", "drafts/")
    assert code == 1 and "differ[golden-gate-main-span]" in out[0]
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code, _, err = _run(capsys, "init")
    assert code == 2 and len(err) == 1 and "already exist" in err[0] and "nothing was written" in err[0]
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_init_refuses_when_one_file_exists(tmp_path, capsys):
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n")
    code, _, err = _run(capsys, "init", str(tmp_path))
    assert code == 2 and ".pre-commit-config.yaml already exists" in err[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".pre-commit-config.yaml"]


def test_the_action_lints_with_annotations_and_uploads_sarif():
    import yaml

    from conftest import ROOT

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    runs = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "factcheck lint $FILES $ARGS --format github" in runs
    assert 'factcheck lint $FILES $ARGS --format sarif > "$SARIF"' in runs
    uses = [step.get("uses", "") for step in action["runs"]["steps"]]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert set(action["inputs"]) == {"files", "args", "python-version", "sarif-file", "upload-sarif"}


def test_extend_passes_validation(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "v.yaml").write_text("hedges:\n  approx: {extend: [give or take]}\n"
                                              "nouns:\n  not_plural: {extend: [lens]}\n"
                                              "identifiers: {extend: ['\\\\bGate \\\\d+']}\n")
    code, out, _ = _run(capsys, "rules", "validate", "mine")
    assert code == 0 and out == ["rules are valid"]
