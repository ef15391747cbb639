"""A document's own date: front matter, page metadata, datelines, file names, configuration; bad dates."""
from __future__ import annotations

import json

import pytest

from factcheck.cli import main
from factcheck.docdate import document_date, valid_day


@pytest.mark.parametrize("text,path,date,source", [
    ("---\ndate: 2022-05-01\n---\nThe text.\n", "a.md", "2022-05-01", "front matter"),
    ("---\ndate: '3 June 2021'\n---\nThe text.\n", "a.md", "2021-06-03", "front matter"),
    ("October 20, 2022 — The ministry said on Thursday that ...\n", "b.txt", "2022-10-20", "dateline"),
    ("LONDON, 8 May 2015 (Wire) - The agency reported ...\n", "b.txt", "2015-05-08", "dateline"),
    ("CUPERTINO, California, November 2, 2023 (Wire) - The company reported ...\n", "b.txt", "2023-11-02", "dateline"),
    ("PORT MORESBY, Papua New Guinea, Jan. 5, 2022 (Wire) — Rescuers said ...\n", "b.txt", "2022-01-05", "dateline"),
    ("BOGOTÁ, Colombia, Aug. 23, 2010 (Wire) — Rescuers said ...\n", "b.txt", "2010-08-23", "dateline"),
    ("SÃO PAULO, São Paulo State, 4 March 2019 (Wire) - Police said ...\n", "b.txt", "2019-03-04", "dateline"),
    ("Updated: 2023-10-18 09:12\n\nThe registry said ...\n", "c.txt", "2023-10-18", "dateline"),
    ("Published: 12 March 2024\n\nKey figures:\n", "c.txt", "2024-03-12", "dateline"),
    ("Report title\n2022/09/30 07:46\n\nBody text.\n", "d.txt", "2022-09-30", "dateline"),
    ("The registry has so far recorded 2,105 patients.\n", "2022-10-01-report.txt", "2022-10-01", "file name"),
    ("The registry has so far recorded 2,105 patients.\n", "news_20221001.txt", "2022-10-01", "file name"),
    ("GENEVA, March 3 (Wire) - The agency said ...\n", "2023-01-10-geneva.txt", "2023-03-03",
     "dateline (year from the file name)"),
    ("ROME, Oct. 18 (Wire) -- Two days after the summit opened on Oct. 16, 2022, leaders met.\n", "w.txt",
     "2022-10-18", "dateline (year from 2022-10-16 in the text)"),
    ("OSLO, Jan. 4 (Wire) -- Sales rose in December 2021, the agency said. The plant opened on 9 May 1990.\n",
     "w.txt", "2022-01-04", "dateline (year from 2021-12 in the text)"),  # the latest year a date allows
])
def test_document_dates(vocab, text, path, date, source):
    got = document_date(text, path, vocab)
    assert (got.date, got.source) == (date, source)


def test_page_metadata_date(vocab):
    got = document_date("<p>Text</p>", "page.html", vocab, meta={"published": "2022-10-20T08:00:00Z"})
    assert (got.date, got.source) == ("2022-10-20", "html meta")


@pytest.mark.parametrize("text,path,note", [
    ("---\ndate: 2022-02-30\n---\nText.\n", "a.md", "front matter date '2022-02-30' is not a valid date; ignored"),
    ("---\ndate: 2022-13-01\n---\nText.\n", "a.md", "front matter date '2022-13-01' is not a valid date; ignored"),
    ("---\ndate: 20222\n---\nText.\n", "a.md", "front matter date '20222' is not a valid date; ignored"),
    ("GENEVA, March 3 (Wire) - The agency said.\n", "x.txt", "dateline 'GENEVA, March 3 (Wire) - The agency said.' gives "
                                                          "no year; no document date taken from it"),
])
def test_bad_dates_give_a_note_and_no_guess(vocab, text, path, note):
    got = document_date(text, path, vocab)
    assert got.date is None and got.notes == (note,)


def test_front_matter_wins_over_a_dateline_and_says_so(vocab):
    got = document_date("---\ndate: 2022-05-01\n---\nOctober 20, 2022 — The ministry said.\n", "a.md", vocab)
    assert (got.date, got.source) == ("2022-05-01", "front matter")
    assert got.notes == ("front matter date 2022-05-01 wins over dateline date 2022-10-20",)


def test_a_sentence_starting_with_a_date_is_no_dateline(vocab):
    assert document_date("In 2021 the firm grew by a third.\n", "x.txt", vocab).date is None
    assert document_date("May 7, 1915 is remembered as the day the liner sank.\n", "x.txt", vocab).date is None


def test_configured_and_command_line_dates(vocab, tmp_path, capsys):
    assert valid_day("2022-10-20") == "2022-10-20" and valid_day("2022-02-30") is None
    got = document_date("October 20, 2022 — Text.\n", "news/a.txt", vocab, overrides=[("config", {"news/*.txt": "2021-01-02"})])
    assert (got.date, got.source) == ("2021-01-02", "config")
    (tmp_path / "a.txt").write_text("October 20, 2022 — The union has so far admitted 160 members.\n")
    (tmp_path / ".factcheck.yaml").write_text("dates:\n  '*.txt': 2021-05-05\n")
    argv = ["report", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q", "--no-cache",
            "--config", str(tmp_path / ".factcheck.yaml")]
    assert main(argv) == 0
    source = json.loads((tmp_path / "out" / "discrepancies.json").read_text())["sources"][0]
    assert (source["date"], source["date_source"]) == ("2021-05-05", "config")
    assert main(argv + ["--date", f"{tmp_path / 'a.txt'}=2020-01-01"]) == 0
    source = json.loads((tmp_path / "out" / "discrepancies.json").read_text())["sources"][0]
    assert (source["date"], source["date_source"]) == ("2020-01-01", "command line")
    capsys.readouterr()
    assert main(argv + ["--date", "a.txt=2020-02-30"]) == 2
    assert "--date 'a.txt=2020-02-30': expected PATH=YYYY-MM-DD" in capsys.readouterr().err


def test_verbose_names_the_date_that_lost(tmp_path, capsys):
    (tmp_path / "a.md").write_text("---\ndate: 2022-05-01\n---\nOctober 20, 2022 — The union admitted 160 members.\n")
    assert main(["report", str(tmp_path / "a.md"), "-o", str(tmp_path / "out"), "-v", "--no-cache"]) == 0
    assert "a.md: note: front matter date 2022-05-01 wins over dateline date 2022-10-20" in capsys.readouterr().err


@pytest.mark.parametrize("text,path,date,source", [
    ("2022年10月20日\n中国已同181个国家建交。\n", "a.txt", "2022-10-20", "dateline"),
    ("新华社北京10月20日电 中国已同181个国家建交。\n", "2022-10-21-xinhua.txt", "2022-10-20",
     "dateline (year from the file name)"),
])
def test_chinese_datelines(vocab, text, path, date, source):
    got = document_date(text, path, vocab)
    assert (got.date, got.source) == (date, source)


def test_chinese_dateline_without_a_year_is_noted(vocab):
    got = document_date("新华社北京10月20日电 中国已同181个国家建交。\n", "a.txt", vocab)
    assert got.date is None and "gives no year" in got.notes[0]
