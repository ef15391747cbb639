"""Hostile or mistaken files in the new formats: one clear line each, never a traceback or unbounded memory."""
from __future__ import annotations

import sys

import pytest

from docmakers import make_docx, make_pdf, make_xlsx
from factcheck.cli import main
from factcheck.load import LoadError, load_document
from factcheck.sources import expand_sources


def refused(tmp_path, vocab, name, data) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as err:
        load_document(path, vocab)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("name, data, reason", [
    ("figures.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "named .xlsx but the content is not an Excel (.xlsx) file"),
    ("report.pdf", bytes(range(256)) * 4, "named .pdf but the content is not a PDF"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "an old binary Office file"),
    ("empty.docx", b"", "file is empty"),
    ("half.docx", make_docx(["The line has 20 stations."])[:700], "corrupt zip container"),
    ("half.xlsx", b"PK\x03\x04" + b"\x00" * 200, "corrupt zip container"),
])
def test_one_clear_line(tmp_path, vocab, name, data, reason):
    assert reason in refused(tmp_path, vocab, name, data)


def test_missing_optional_library_says_which_extra(tmp_path, vocab, monkeypatch):
    word = make_docx(["The line has 20 stations."])
    monkeypatch.setitem(sys.modules, "docx", None)
    message = refused(tmp_path, vocab, "review.docx", word)
    assert message.endswith("install factcheck[formats] to read Word files (the 'docx' module is missing)")
    monkeypatch.setitem(sys.modules, "pypdf", None)
    message = refused(tmp_path, vocab, "bulletin.pdf", make_pdf([["The line has 20 stations."]]))
    assert message.endswith("pip install pypdf to read PDF files (the 'pypdf' module is missing)")


def test_word_file_with_no_text(tmp_path, vocab):
    assert "Word file has no text" in refused(tmp_path, vocab, "blank.docx", make_docx([""]))


def test_folders_are_walked_for_the_new_formats(tmp_path):
    for name in ("a.pdf", "b.docx", "c.csv", "d.xlsx", "e.tsv", "f.png", "g.doc"):
        (tmp_path / name).write_bytes(b"x")
    files, problems = expand_sources([str(tmp_path)])
    assert [f.rsplit("/", 1)[1] for f in files] == ["a.pdf", "b.docx", "c.csv", "d.xlsx", "e.tsv"] and not problems


def test_report_lists_every_bad_file_and_keeps_the_good_ones(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text("China has established diplomatic relations with 181 countries.\n")
    (src / "scan.pdf").write_bytes(make_pdf([[]]))
    (src / "bomb.docx").write_bytes(_bomb())
    (src / "lying.xlsx").write_bytes(b"\x00\x01binary")
    (src / "bad.csv").write_text("label:value\nDeaths:1198\n")
    (src / "table.xlsx").write_bytes(make_xlsx([["label", "value"], ["Deaths", 1198]]))
    code = main(["report", str(src), "-o", str(tmp_path / "out"), "--no-cache"])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert sorted(line.split(": ", 2)[1].rsplit("/", 1)[1] for line in err) == [
        "bad.csv", "bomb.docx", "lying.xlsx", "scan.pdf"]
    assert any("no text layer: run OCR first" in line for line in err)
    md = (tmp_path / "out" / "discrepancies.md").read_text()
    assert md.count("| skipped: ") == 4 and "table.xlsx" in md


def _bomb() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("word/media/pad.bin", b"\x00" * (8 * 1024 * 1024))  # expands ~1,000 times
    return out.getvalue()


def test_a_report_folder_inside_the_sources_is_never_read_as_a_source(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The bridge is 1,035 metres long.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The bridge is 1,035 metres long.\n", encoding="utf-8")
    for _ in range(2):
        assert main(["report", str(tmp_path), "-o", str(tmp_path / "out"), "--no-cache"]) == 0
    assert capsys.readouterr().out.splitlines()[-2].startswith("2 sources,")
