"""Lint checks a draft's figure against its own conversion in the same sentence ("42 km (36 miles)")."""
from __future__ import annotations

import json

import pytest

import factcheck
from factcheck.cli import main


def lint_json(tmp_path, capsys, text: str) -> tuple[int, list[dict]]:
    """Lint ``text`` as a draft against a source that states no figure; (exit code, findings)."""
    draft, source = tmp_path / "draft.md", tmp_path / "source.txt"
    draft.write_text(text, encoding="utf-8")
    source.write_text("The town has a long history.\n", encoding="utf-8")
    code = main(["lint", str(draft), "--against", str(source), "--format", "json", "--no-cache", "-q"])
    return code, json.loads(capsys.readouterr().out)["findings"]


@pytest.mark.parametrize("sentence,quote", [
    ("Its trains run through 42 kilometres (36 miles) of new tunnel.", "36 miles"),
    ("The shaft was only 71 centimetres wide, about 18 inches.", "about 18 inches"),
    ("The storm brought winds of 120 mph (120 km/h) to the coast.", "120 km/h"),
    ("The dam is 185 metres (670 feet) tall.", "670 feet"),
    ("The pool was kept at 30 °C (96 °F) all summer.", "96 °F"),
])
def test_a_wrong_conversion_is_an_error(tmp_path, capsys, sentence, quote):
    code, findings = lint_json(tmp_path, capsys, sentence + "\n")
    assert code == 1
    assert [(f["rule"], f["quote"], f["level"]) for f in findings] == [("conversion", quote, "error")]
    assert "does not restate" in findings[0]["message"]


@pytest.mark.parametrize("sentence", [
    "The road is 100 km (60 miles) long.",
    "The summit is 5,000 feet (1,500 m) high.",
    "He is 6 feet (2 metres) tall.",
    "The bag weighs 10 kg (22 lb).",
    "It was 30 °C (86 °F) at noon.",
    "A 10-mile (16 km) stretch was closed.",
    "The wall is 15 feet (4.5 metres) high.",
    "The ship was 787 feet long, or about 240 metres.",
    "The storm had winds of 175 mph (280 km/h).",
    "The tower is 330 metres (1,083 feet) tall.",
    "Rainfall reached 10 inches (250 mm).",
    "The marathon is 26.2 miles (42.2 km) long.",
])
def test_a_loose_but_right_conversion_passes(tmp_path, capsys, sentence):
    code, findings = lint_json(tmp_path, capsys, sentence + "\n")
    assert (code, findings) == (0, [])


def test_another_thing_in_brackets_is_no_conversion(tmp_path, capsys):
    code, findings = lint_json(tmp_path, capsys, "The ship is 400 m long (the canal is 193 km).\n")
    assert (code, findings) == (0, [])


def test_the_restatement_is_marked_on_its_frame():
    claims = factcheck.extract("Its trains run through 42 kilometres (26 miles) of tunnel.")
    assert [(c.text, c.frame.restates) for c in claims] == [("42 kilometres", False), ("26 miles", True)]
