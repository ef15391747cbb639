"""A date written without its year takes the year its text leaves no doubt of, or none."""
from __future__ import annotations

import pytest

from conftest import find, make_doc
from factcheck.extractor import extract_document


def dated(text: str, vocab, published: str = "") -> list:
    """The claims of ``text`` read as a Markdown file published on ``published`` (no date when empty)."""
    front = f"---\ndate: {published}\n---\n" if published else ""
    return extract_document(make_doc(front + text, "story.md", vocab), vocab)


@pytest.mark.parametrize("text,published,quote,iso", [
    # the story's year: a full date shortly before, the yearless date within four months after it
    ("The mine caved in on 5 August 2010. A drill found the men alive on 22 August.", "2020-10-13",
     "22 August", "2010-08-22"),
    ("The strike began in March 2019 and ended on 14 April.", "", "14 April", "2019-04-14"),
    # the document's year: near its date, no other year just before
    ("The bank gave up its floor on 15 January, to general surprise.", "2015-01-20", "15 January", "2015-01-15"),
    ("Shoppers queued from 28 December onwards.", "2015-01-10", "28 December", "2014-12-28"),
    ("The summit opens on 3 March in the capital.", "2024-02-01", "3 March", "2024-03-03"),
])
def test_a_yearless_date_takes_the_year_beyond_doubt(vocab, text, published, quote, iso):
    assert find(dated(text, vocab, published), quote).date == iso


@pytest.mark.parametrize("text,published,quote", [
    # another year just before, and the date falls before that date: which year is not clear
    ("The ship was launched on 5 May 2018. It ran aground on 23 March.", "2021-03-25", "23 March"),
    # no full date before it and no date on the document
    ("The bridge reopened on 9 June after repairs.", "", "9 June"),
    # a day of every year
    ("The festival is held on 1 August each year.", "2021-03-01", "1 August"),
])
def test_a_yearless_date_in_doubt_keeps_no_year(vocab, text, published, quote):
    assert find(dated(text, vocab, published), quote).date.startswith("--")
