"""`factcheck lint`: drafts against the seeds, output formats, suppressions, baselines, config."""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import jsonschema
import pytest

from conftest import ROOT, SEEDS
from factcheck.cli import main


def lint(tmp_path, capsys, text, *args, name="draft.md"):
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    code = main(["lint", str(draft), "--against", str(SEEDS), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_fact_box_row_counts_what_its_label_names(tmp_path, capsys):
    """"Countries with diplomatic relations: 180" counts countries though no noun follows the figure."""
    code, out, _ = lint(tmp_path, capsys, "Key figures\n\n* Countries with diplomatic relations: 180\n"
                                          "* Overseas trips by Xi Jinping: 43\n")
    assert code == 1
    assert [line.split(" ", 3)[2] for line in out.splitlines()[:-1]] == [
        "differ[diplomatic-relations]", "differ[xi-overseas-trips]"]


def test_a_fact_box_row_is_said_of_what_its_heading_names(tmp_path, capsys):
    """A row whose sentence names no country takes its heading's ("China and the UN"), and only its heading's."""
    code, out, _ = lint(tmp_path, capsys, "FACT BOX: China and the UN, by the numbers\n\n"
                                          "* Peacekeepers sent since 1990: 40,000\n")
    assert code == 1 and " error differ[un-peacekeepers] " in out
    code, out, _ = lint(tmp_path, capsys, "FACT BOX: Brazil and the UN, by the numbers\n\n"
                                          "* Peacekeepers sent since 1990: 40,000\n")
    assert code == 0 and "un-peacekeepers" not in out


def test_wrong_relations_count_is_an_error(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "China now has diplomatic relations with 180 countries.\n")
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith(f"{tmp_path / 'draft.md'}:1:41: error differ[diplomatic-relations] \"180 countries\" contradicts 181")
    for seed in ("001_", "003_", "004_"):
        assert seed in line
    assert out.splitlines()[-1].startswith("1 finding (1 error")


def test_converted_length_and_same_date_pass(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "The 643-mile China-Laos Railway opened on December 3, 2021.\n", "--format", "json")
    assert code == 0
    assert json.loads(out)["findings"] == []


def test_converted_length_is_checked_not_ignored(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "The 740-mile China-Laos Railway opened on December 3, 2021.\n")
    assert code == 1 and "differ[china-laos-railway-length]" in out


def test_wrong_opening_date(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "The China-Laos Railway officially opened on December 4, 2021.\n")
    assert code == 1 and "differ[china-laos-railway-opening]" in out


def test_more_than_150_contradicts_149_with_compatible_context(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "More than 150 countries have signed Belt and Road cooperation documents with China.\n",
                        "--format", "json")
    assert code == 1
    (finding,) = json.loads(out)["findings"]
    assert finding["rule"] == "bri-partner-countries" and finding["level"] == "error"
    assert [e["quote"] for e in finding["evidence"]] == ["149 countries"]
    assert {e["quote"] for e in finding["compatible"]} == {"more than 140 countries"}
    for key in ("file", "line", "column", "end_line", "end_column", "level", "rule", "fact", "verdict", "message",
                "quote", "fingerprint", "suppressed", "evidence"):
        assert key in finding


DOSES = "China has provided over 2 billion doses of vaccines to more than 120 countries.\n"


def test_rounded_is_info_and_fail_on(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, DOSES)
    assert code == 0 and "info rounded[vaccine-doses]" in out
    code, _, _ = lint(tmp_path, capsys, DOSES, "--fail-on", "rounded")
    assert code == 1


def test_inline_ignore(tmp_path, capsys):
    bad = "China now has diplomatic relations with 180 countries."
    code, out, _ = lint(tmp_path, capsys, bad + " <!-- factcheck: ignore -->\n")
    assert code == 0 and out.strip().endswith("0 findings, 1 suppressed in 1 draft against 5 sources")
    code, out, _ = lint(tmp_path, capsys, bad + " <!-- factcheck: ignore[diplomatic-relations] -->\n")
    assert code == 0
    code, out, _ = lint(tmp_path, capsys, bad + " <!-- factcheck: ignore[other-rule] -->\n")
    assert code == 1 and "differ[diplomatic-relations]" in out
    code, out, _ = lint(tmp_path, capsys, "<!-- factcheck: ignore-next-line -->\n" + bad + "\n")
    assert code == 0


def test_ignore_outside_comment_in_markdown_does_not_count(tmp_path, capsys):
    code, _, _ = lint(tmp_path, capsys, "China has diplomatic relations with 180 countries, factcheck: ignore.\n")
    assert code == 1


def test_ignore_anywhere_on_a_text_line(tmp_path, capsys):
    code, _, _ = lint(tmp_path, capsys, "China has diplomatic relations with 180 countries. # factcheck: ignore\n",
                      name="draft.txt")
    assert code == 0


def test_unused_ignores(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "Nothing here. <!-- factcheck: ignore -->\n", "--report-unused-ignores")
    assert code == 1 and "unused-ignore" in out


def test_no_figures(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "A draft that states no figures at all.\n")
    assert code == 0 and out.startswith("0 findings")


def test_markdown_code_and_links_are_not_prose(tmp_path, capsys):
    text = ("---\ntitle: x\ncount: 180 countries\n---\n\n```\ndiplomatic relations with 180 countries\n```\n\n"
            "See [181](https://example.org/180-countries).\n")
    code, out, _ = lint(tmp_path, capsys, text)
    assert code == 0, out


def test_html_draft_offsets_map_to_file_lines(tmp_path, capsys):
    text = "<html><body>\n<p>China has <b>diplomatic relations</b> with 180 countries.</p>\n</body></html>\n"
    code, out, _ = lint(tmp_path, capsys, text, name="draft.html")
    assert code == 1
    assert f"{tmp_path / 'draft.html'}:2:47:" in out


def test_baseline_written_and_applied(tmp_path, capsys):
    bad = "China now has diplomatic relations with 180 countries.\n"
    baseline = tmp_path / "baseline.json"
    code, _, err = lint(tmp_path, capsys, bad, "--write-baseline", str(baseline))
    assert code == 0 and baseline.exists()
    # an edit elsewhere moves the line; the baseline still applies
    code, out, _ = lint(tmp_path, capsys, "New intro line.\n\n" + bad, "--baseline", str(baseline))
    assert code == 0 and "1 suppressed" in out
    code, out, _ = lint(tmp_path, capsys, "China now has diplomatic relations with 179 countries.\n",
                        "--baseline", str(baseline))
    assert code == 1


SARIF_SHAPE = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "maxItems": 1, "items": {
            "type": "object", "required": ["tool", "results"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name", "rules"],
                    "properties": {"rules": {"type": "array", "items": {
                        "type": "object", "required": ["id", "shortDescription", "help", "defaultConfiguration"],
                        "properties": {"shortDescription": {"type": "object", "required": ["text"]},
                                       "defaultConfiguration": {"type": "object", "properties": {
                                           "level": {"enum": ["none", "note", "warning", "error"]}}}}}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["ruleId", "level", "message", "locations", "partialFingerprints"],
                    "properties": {
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "required": ["text"]},
                        "locations": {"type": "array", "minItems": 1, "items": {
                            "type": "object", "required": ["physicalLocation"], "properties": {"physicalLocation": {
                                "type": "object", "required": ["artifactLocation", "region"], "properties": {
                                    "artifactLocation": {"type": "object", "required": ["uri"]},
                                    "region": {"type": "object", "required": ["startLine"], "properties": {
                                        "startLine": {"type": "integer", "minimum": 1},
                                        "startColumn": {"type": "integer", "minimum": 1}}}}}}}},
                        "relatedLocations": {"type": "array", "items": {"type": "object", "required": ["physicalLocation"]}},
                        "partialFingerprints": {"type": "object", "minProperties": 1},
                    }}},
            }}},
    },
}


def test_sarif_output(tmp_path, capsys):
    code, out, _ = lint(tmp_path, capsys, "China now has diplomatic relations with 180 countries.\n" + DOSES,
                        "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SHAPE)
    results = log["runs"][0]["results"]
    assert {r["level"] for r in results} == {"error", "note"}
    error = next(r for r in results if r["level"] == "error")
    assert len(error["relatedLocations"]) == 3
    # fingerprints are stable across runs
    _, again, _ = lint(tmp_path, capsys, "China now has diplomatic relations with 180 countries.\n" + DOSES, "--format", "sarif")
    assert json.loads(again)["runs"][0]["results"][0]["partialFingerprints"] == results[0]["partialFingerprints"]


def test_github_format_is_automatic_on_actions(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = lint(tmp_path, capsys, "China now has diplomatic relations with 180 countries.\n")
    assert code == 1
    assert out.startswith(f"::error file={tmp_path / 'draft.md'},line=1,col=41,endLine=1,endColumn=54,title=differ[diplomatic-relations]::")


def test_reference_value_used_without_sources(tmp_path, capsys):
    draft = tmp_path / "d.txt"
    draft.write_text("China now has diplomatic relations with 175 countries.\n")
    code = main(["lint", str(draft), "--config", str(_empty_config(tmp_path))])
    out = capsys.readouterr().out
    assert code == 1 and "rules/packs/diplomacy/diplomacy.yaml" in out


def _empty_config(tmp_path):
    cfg = tmp_path / "empty.yaml"
    cfg.write_text("sources: []\npacks: [diplomacy]\n")  # no sources; the diplomacy facts' reference values
    return cfg


@pytest.mark.parametrize("args,needle", [
    (["lint", "--bogus"], "unrecognized arguments"),
    (["lint", str(ROOT / "README.md"), "--against", "/no/such/folder"], "no such file or folder"),
    (["lint", "--fail-on", "sometimes", "x.md"], "invalid choice"),
])
def test_bad_usage_is_one_line_exit_2(args, needle, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and needle in err[0]


def test_invalid_config(tmp_path, capsys):
    cfg = tmp_path / ".factcheck.yaml"
    cfg.write_text("fail_on: sometimes\n")
    assert main(["lint", "x.md", "--config", str(cfg)]) == 2
    assert "fail-on" in capsys.readouterr().err


def test_config_file_and_show_config(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(f'[tool.factcheck]\nsources = ["{SEEDS}"]\nfail-on = "rounded"\npacks = ["diplomacy"]\n')
    monkeypatch.chdir(tmp_path)
    assert main(["lint", "--show-config"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["fail-on"] == "rounded" and shown["format"] == "text"
    (tmp_path / "d.md").write_text(DOSES)
    assert main(["lint", "d.md"]) == 1  # rounded fails with the file's fail-on
    assert main(["lint", "d.md", "--fail-on", "differ"]) == 0  # the command line wins


def test_non_utf8_draft_is_named_and_skipped(tmp_path, capsys):
    (tmp_path / "bad.md").write_bytes(b"caf\xe9 180 countries\n")
    (tmp_path / "good.md").write_text("No figures.\n")
    assert main(["lint", str(tmp_path / "bad.md"), str(tmp_path / "good.md"), "--against", str(SEEDS)]) == 2
    assert "bad.md: not UTF-8" in capsys.readouterr().err


def test_pre_commit_hook(tmp_path):
    if shutil.which("pre-commit") is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copytree(SEEDS, repo / "seeds", ignore=shutil.ignore_patterns(".factcheck"))
    (repo / ".factcheck.yaml").write_text("sources: [seeds]\npacks: [diplomacy]\n")
    (repo / "draft.md").write_text("China now has diplomatic relations with 180 countries.\n")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    env.pop("GITHUB_ACTIONS", None)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    bad = subprocess.run(["pre-commit", "try-repo", str(ROOT), "factcheck", "--files", "draft.md"],
                         cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "differ[diplomatic-relations]" in bad.stdout
    (repo / "draft.md").write_text("China has diplomatic relations with 181 countries.\n")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    good = subprocess.run(["pre-commit", "try-repo", str(ROOT), "--files", "draft.md"],  # both hooks, one install
                          cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "factcheck (draft figures vs sources)" in good.stdout and "factcheck (whole corpus)" in good.stdout


def test_fact_no_source_states_gives_no_finding(tmp_path, capsys):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.txt").write_text("The museum opened in 1990.\n")
    draft = tmp_path / "d.txt"
    draft.write_text("China sent 38 medical expert teams abroad.\n")  # a rule exists, no source states it
    assert main(["lint", str(draft), "--against", str(sources), "--no-cache"]) == 0
    assert capsys.readouterr().out.startswith("0 findings")


def test_against_takes_several_paths(tmp_path, capsys):
    draft = tmp_path / "d.txt"
    draft.write_text("China now has diplomatic relations with 180 countries.\n")
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(["lint", str(draft), "--against", *seeds, "--no-cache"]) == 1
    assert "against 5 sources" in capsys.readouterr().out


MEMBERS = "The Norrvik lighthouse museum {verb} {n} members in its friends' society.\n"


def lint_against(tmp_path, capsys, draft: str, sources: dict, *args):
    """Lint one draft sentence against small sources ({name: (date or None, figure)}); (exit code, JSON findings)."""
    paths = []
    for name, (date, figure) in sources.items():
        front = f"---\ndate: {date}\n---\n" if date else ""
        (tmp_path / name).write_text(front + MEMBERS.format(verb="had", n=figure), encoding="utf-8")
        paths.append(str(tmp_path / name))
    (tmp_path / "draft.md").write_text(MEMBERS.format(verb="has", n=draft), encoding="utf-8")
    code = main(["lint", str(tmp_path / "draft.md"), "--against", *paths, "--format", "json", "--no-cache", *args])
    return code, json.loads(capsys.readouterr().out)["findings"]


def test_draft_agreeing_with_the_newest_source_is_no_error(tmp_path, capsys):
    code, (finding,) = lint_against(tmp_path, capsys, "5,870", {"old.md": ("2012-03-01", "4,120"),
                                                                "new.md": ("2021-06-01", "5,870")})
    assert code == 0 and (finding["level"], finding["verdict"]) == ("info", "agree")
    assert "newest source" in finding["message"] and '"4,120 members"' in finding["message"]
    assert "2012-03-01" in finding["message"]


def test_draft_agreeing_with_an_older_source_is_a_warning(tmp_path, capsys):
    sources = {"old.md": ("2012-03-01", "4,120"), "new.md": ("2021-06-01", "5,870")}
    code, (finding,) = lint_against(tmp_path, capsys, "4,120", sources)
    assert code == 0 and (finding["level"], finding["verdict"]) == ("warning", "updated")
    assert "newer" in finding["message"] and '"5,870 members"' in finding["message"]
    assert lint_against(tmp_path, capsys, "4,120", sources, "--fail-on", "updated")[0] == 1


def test_sources_that_contradict_each_other_make_a_warning(tmp_path, capsys):
    sources = {"one.md": (None, "4,120"), "two.md": (None, "5,870")}
    code, (finding,) = lint_against(tmp_path, capsys, "5,870", sources)
    assert code == 0 and (finding["level"], finding["verdict"]) == ("warning", "disputed")
    assert "disagree" in finding["message"] and '"4,120 members"' in finding["message"]
    assert lint_against(tmp_path, capsys, "5,870", sources, "--fail-on", "updated")[0] == 1


def test_a_contradiction_no_source_disputes_stays_an_error(tmp_path, capsys):
    # the newer "more than 4,000" states the draft's bound, but it does not dispute the older 4,120
    code, (finding,) = lint_against(tmp_path, capsys, "more than 4,200", {"old.md": ("2012-03-01", "4,120"),
                                                                          "new.md": ("2021-06-01", "more than 4,000")})
    assert code == 1 and (finding["level"], finding["verdict"]) == ("error", "differ")
    assert [e["quote"] for e in finding["evidence"]] == ["4,120 members"]


def test_self_check_keeps_a_yearly_cost_apart_from_a_one_off_cost(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    text = "The ferry terminal cost about $48 million.\n\nIts cleaning alone costs about $1.3 million a year.\n"
    draft.write_text(text, encoding="utf-8")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    draft.write_text(text + "\nThe operator says its cleaning costs about $1.9 million a year.\n", encoding="utf-8")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["quote"] == "about $1.9 million" and [e["quote"] for e in finding["evidence"]] == ["about $1.3 million"]


def test_self_check_compares_a_dated_one_off_cost_with_an_undated_one(tmp_path, capsys):
    """A cost read with its clause's date ("opened in March 2022; it cost ...") is no yearly flow."""
    draft = tmp_path / "draft.md"
    draft.write_text("The sports hall opened in March 2022; it cost £3.1 million and has two courts.\n\n"
                     "The hall, which cost £1.3 million, is busy every evening.\n", encoding="utf-8")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["quote"] == "£1.3 million" and [e["quote"] for e in finding["evidence"]] == ["£3.1 million"]


def test_self_check_reads_the_thing_named_again_by_its_kind(tmp_path, capsys):
    """"The Riverside Library opens on 14 September" then "the library opens on 21 September": one opening."""
    draft = tmp_path / "draft.md"
    draft.write_text("The new Riverside Library opens its doors on 14 September 2024.\n\n"
                     "The library opens on 21 September 2024 with a family day.\n", encoding="utf-8")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["quote"] == "21 September 2024" and [e["quote"] for e in finding["evidence"]] == ["14 September 2024"]
    draft.write_text("The new Riverside Library opens its doors on 14 September 2024.\n\n"
                     "The museum opens on 21 September 2024 with a family day.\n", encoding="utf-8")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 0


def test_self_check_reads_a_month_and_a_day_in_it_as_one_date(tmp_path, capsys):
    """A heading's "opens in September" and a line's "opens on 14 September 2024" write one opening; a third line
    that gives another day of that month still contradicts the second."""
    draft = tmp_path / "draft.md"
    head = "---\ndate: 2024-07-15\n---\n# Riverside Library opens in September\n\n"
    draft.write_text(head + "The new Riverside Library opens its doors on 14 September 2024.\n", encoding="utf-8")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 0
    capsys.readouterr()
    draft.write_text(head + "The new Riverside Library opens its doors on 14 September 2024.\n\n"
                     "The library opens on 21 September 2024 with a family day.\n", encoding="utf-8")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["quote"] == "21 September 2024" and [e["quote"] for e in finding["evidence"]] == ["14 September 2024"]


def test_a_slip_on_one_line_is_checked_even_when_another_line_is_right(tmp_path, capsys):
    """A draft stating one event's date twice, right once and wrong once: the wrong line is checked against the
    sources (a draft line is a source of its own, so its right twin does not hide it)."""
    sources = {"a.txt": "The liner was torpedoed off Ireland on 7 May 1915 and sank in 18 minutes.\n",
               "b.txt": "RMS Lusitania sank on May 7, 1915, off the Old Head of Kinsale.\n"}
    for name, text in sources.items():
        (tmp_path / name).write_text(text)
    draft = tmp_path / "draft.md"
    draft.write_text("The Lusitania was torpedoed on May 7, 1915.\n\nThe sinking, on 7 May 1916, shocked America.\n")
    assert main(["lint", str(draft), "--against", *(str(tmp_path / n) for n in sources)]) == 1
    out = capsys.readouterr().out
    assert "draft.md:3:" in out and "1916-05-07 and 1915-05-07 do not overlap" in out


def test_the_two_countries_points_back_and_is_no_count_of_countries(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("Relations between the two countries have never been closer.\n")
    assert main(["lint", str(draft), "--against", str(SEEDS), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
