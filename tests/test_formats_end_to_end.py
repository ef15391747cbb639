"""`factcheck report` and `lint` on a folder of txt, md, html, pdf, docx and csv sources."""
from __future__ import annotations

import json

import pytest

from docmakers import make_docx, make_pdf
from factcheck.cli import main

pytest.importorskip("pypdf")
pytest.importorskip("docx")

RELATIONS = "China has established diplomatic relations with 181 countries."


@pytest.fixture()
def folder(tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    (src / "a.txt").write_text(f"Date: 2022-09-29\n\nTo date, {RELATIONS}\n", encoding="utf-8")
    (src / "b.md").write_text(f"---\ndate: 2022-10-01\n---\n# Notes\n\n{RELATIONS}\n", encoding="utf-8")
    (src / "c.html").write_text(f"<html><body><p>{RELATIONS}</p></body></html>\n", encoding="utf-8")
    (src / "d.pdf").write_bytes(make_pdf([["Bulletin", "", "The ministry said that China has established",
                                           "diplomatic relations with 181 countries."]]))
    (src / "e.docx").write_bytes(make_docx([("h1", "Review"), RELATIONS]))
    (src / "f.csv").write_text("label,value,unit,as_of\nCountries with diplomatic relations with China,181,"
                               "countries,2022-09-29\n", encoding="utf-8")
    (src / "g.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    return src


def test_report_on_a_mixed_folder(folder, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["report", str(folder), "-o", str(out), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2  # the corrupt PDF was skipped and named
    assert err.count("\n") == 1 and "g.pdf: corrupt PDF" in err
    report = json.loads((out / "discrepancies.json").read_text())
    fact = next(f for f in report["facts"] if f["id"] == "diplomatic-relations")
    assert fact["verdict"] == "agree"
    where = {c["file"].rsplit("/", 1)[1]: c.get("place") for c in fact["claims"]}
    assert where == {"a.txt": None, "b.md": None, "c.html": None, "d.pdf": "page 1:line 3:col 27",
                     "e.docx": "paragraph 2:col 49", "f.csv": "row 2"}
    assert any(s["file"].endswith("g.pdf") for s in [{"file": u.split(":")[0]} for u in report["unreadable"]])
    sources = {s["file"].rsplit("/", 1)[1]: s for s in report["sources"]}
    assert sources["f.csv"]["date"] == "2022-09-29" and sources["d.pdf"]["format"] == "pdf"
    page = (out / "discrepancies.html").read_text()
    assert f'{(folder / "d.pdf").resolve().as_uri()}#page=1">page 1:line 3:col 27</a>' in page
    assert "e.docx</a>:<a href=" in page and ">row 2</a>" in page
    assert "skipped: corrupt PDF" in page
    md = (out / "discrepancies.md").read_text()
    assert f"`{folder / 'f.csv'}:row 2`" in md and f"| `{folder / 'g.pdf'}` | skipped: corrupt PDF" in md


def test_lint_cites_pages_and_rows(folder, tmp_path, capsys):
    (folder / "g.pdf").unlink()
    draft = tmp_path / "draft.md"
    draft.write_text("China has diplomatic relations with 180 countries.\n", encoding="utf-8")
    code = main(["lint", str(draft), "--against", str(folder), "--no-cache"])
    out = capsys.readouterr().out
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith(f"{draft}:1:37: error differ[diplomatic-relations]")
    assert f"{folder / 'd.pdf'}:page 1:line 3:col 27" in line and f"{folder / 'e.docx'}:paragraph 2:col 49" in line
    main(["lint", str(draft), "--against", str(folder), "--no-cache", "--format", "json"])
    evidence = json.loads(capsys.readouterr().out)["findings"][0]["evidence"]
    assert {e["file"].rsplit("/", 1)[1]: e["place"] for e in evidence}["f.csv"] == "row 2"


def test_lint_a_word_draft_points_to_its_paragraph(folder, tmp_path, capsys):
    (folder / "g.pdf").unlink()
    draft = tmp_path / "draft.docx"
    draft.write_bytes(make_docx([("h1", "Draft"), "Our count: China has diplomatic relations with 180 countries."]))
    code = main(["lint", str(draft), "--against", str(folder), "--no-cache", "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    assert code == 1
    result = sarif["runs"][0]["results"][0]
    assert result["properties"]["place"] == "paragraph 2:col 48"
    assert result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == f"{draft}:paragraph 2:col 48"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1
    assert any(r.get("properties", {}).get("place") == "row 2" for r in result["relatedLocations"])


def test_tables_in_pages_and_pdfs_join_facts_found_in_prose(tmp_path, capsys):
    src = tmp_path / "storm"
    src.mkdir()
    (src / "a.html").write_text(
        "<html><head><title>Storm</title></head><body><article><p>The storm crossed the coast on Sunday.</p>\n"
        "<table><tr><th>Storm toll</th><th>Figure</th></tr>\n<tr><td>Deaths</td><td>1,198</td></tr>\n"
        "<tr><td>Homes destroyed</td><td>4,500</td></tr></table></article></body></html>\n", encoding="utf-8")
    (src / "b.pdf").write_bytes(make_pdf([{"lines": ["Storm bulletin."],
                                           "table": [["Deaths", "1,198"], ["Homes destroyed", "4,480"]]}]))
    (src / "c.txt").write_text("The storm killed 1,198 people on Sunday.\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("The storm killed 1,250 people.\n", encoding="utf-8")
    assert main(["lint", str(draft), "--against", str(src), "--no-cache", "--format", "sarif"]) == 1
    result = json.loads(capsys.readouterr().out)["runs"][0]["results"][0]
    related = {r["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[1]:
               (r["physicalLocation"]["region"]["startLine"], r.get("properties", {}).get("place"))
               for r in result["relatedLocations"]}
    assert related["a.html"] == (3, "table 1:row 2 (line 3)")  # the row's line in the page as saved
    assert related["b.pdf"][1] == "page 1:line 2:col 9" and related["c.txt"][0] == 1


def test_extract_names_the_page_or_row(tmp_path, capsys):
    path = tmp_path / "storm.pdf"
    path.write_bytes(make_pdf([{"lines": ["Storm bulletin."], "table": [["Deaths", "1,198"], ["Injured", "30"]]}]))
    assert main(["extract", str(path), "--format", "table"]) == 0
    assert capsys.readouterr().out.startswith(f"{path}:page 1:line 2:col 9\tcount\t'1,198 deaths'")
    assert main(["extract", str(path)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["place"] == "page 1:line 2:col 9"
