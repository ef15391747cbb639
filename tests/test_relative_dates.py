"""Relative dates ("on Tuesday", "yesterday", "three weeks ago", "next Friday") placed against the date of the
document that writes them, and facts across sources that write one day in both ways."""
from __future__ import annotations

import datetime as dt
import json

import pytest
import regex
from conftest import find, make_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.extractor import extract_document
from factcheck.extractor.relative_dates import place, placed_from_words, relative_dates

THURSDAY = "2024-05-09"


def dated(text: str, vocab, published: str = THURSDAY) -> list:
    """The claims of ``text`` read as a Markdown file published on ``published`` (no date when empty)."""
    front = f"---\ndate: {published}\n---\n" if published else ""
    return extract_document(make_doc(front + text, "story.md", vocab), vocab)


@pytest.mark.parametrize("text,quote,placed", [
    ("The ferry sank on Tuesday off the coast.", "Tuesday", "2024-05-07"),  # past tense: the one before
    ("The ferry will sail on Tuesday with new crew.", "Tuesday", "2024-05-14"),  # to come: the one after
    ("The ferry will sail on Thursday with new crew.", "Thursday", "2024-05-16"),  # its own weekday, to come
    ("The bridge reopened yesterday after repairs.", "yesterday", "2024-05-08"),
    ("The results are due the day after tomorrow.", "the day after tomorrow", "2024-05-11"),
    ("The outbreak began two days ago in the port.", "two days ago", "2024-05-07"),
    ("The bridge closed three weeks ago for repairs.", "three weeks ago", "2024-04-15/2024-04-21"),
    ("The company was founded two months ago in Leeds.", "two months ago", "2024-03"),
    ("The dam was built 25 years ago by the state.", "25 years ago", "1999"),
    ("Police arrested two men last Sunday.", "last Sunday", "2024-05-05"),  # both readings: one day
    ("Police arrested two men last Tuesday.", "last Tuesday", "2024-04-30/2024-05-07"),  # two readings
    ("The minister will visit next Friday.", "next Friday", "2024-05-10/2024-05-17"),
    ("The museum opens this Saturday.", "this Saturday", "2024-05-11"),
    ("The trial resumes Friday of next week.", "Friday of next week", "2024-05-17"),
    ("Elections fall on the first Sunday of next month.", "the first Sunday of next month", "2024-06-02"),
    ("The vote is due on the first Friday of July.", "the first Friday of July", "2024-07-05"),
    ("The show ran on the first Friday of December.", "the first Friday of December", "2023-12-01"),  # the near one
    ("Rent is due on the 20th of next month.", "the 20th of next month", "2024-06-20"),
    ("The ship docked on the 7th after a long crossing.", "on the 7th", "2024-05-07"),  # of the document's month
    ("The ship will dock on the 27th.", "on the 27th", "2024-05-27"),
    ("大桥于5日正式通车。", "5日", "2024-05-05"),
    ("渡轮于周二沉没。", "周二", "2024-05-07"),
    ("渡轮将于周二启航。", "周二", "2024-05-14"),
    ("该公司于上周五宣布裁员。", "上周五", "2024-05-03"),
    ("这座水库25年前建成。", "25年前", "1999"),
    ("去年3月，该公司宣布裁员。", "去年3月", "2023-03"),
    ("今年5月20日，大桥正式通车。", "今年5月20日", "2024-05-20"),
    ("本月15日召开会议。", "本月15日", "2024-05-15"),
    ("3月，外贸进出口增长5%。", "3月", "2024-03"),
    ("新线将于9月开通。", "9月", "2024-09"),  # to come: the next one
    ("Last March the council sold the depot.", "Last March", "2024-03"),  # a month before the document's
    ("The council sold the depot last May.", "last May", "2023-05"),  # its own month: the year before
    ("The fair returns next May.", "next May", "2025-05"),
    ("The fair returns next June.", "next June", "2024-06"),
    ("Sales fell this February.", "this February", "2024-02"),
    ("The plant opened in March after delays.", "March", "2024-03"),  # a month of no year: the near one
    ("The plant opened in September after delays.", "September", "2023-09"),  # (past: the last one)
    ("The plant will open in September.", "September", "2024-09"),  # to come: the next one
    ("The plant will open on 15 September.", "15 September", "2024-09-15"),  # a day to come as well
    ("The plant closed on 5 August 2023 and reopened in October.", "October", "2023-10"),  # the story's year
    ("The plant opened last year.", "last year", "2023"),
    ("The bridge will reopen next month.", "next month", "2024-06"),
    ("The ferry sank last week off the coast.", "last week", "2024-04-29/2024-05-05"),  # Monday to Sunday
    ("The museum reopens this week.", "this week", "2024-05-06/2024-05-12"),
    ("The ship sank on 14 April 1912. Rescuers arrived the next day.", "the next day", "1912-04-15"),  # the story's
    ("The storm hit on Tuesday, and the same day the port closed.", "the same day", "2024-05-07"),
])
def test_a_relative_date_is_placed_against_the_documents_date(vocab, text, quote, placed):
    assert find(dated(text, vocab), quote).date == placed


@pytest.mark.parametrize("text, quote, year, season", [
    ("The bridge opened last summer.", "last summer", "2023", "summer"),  # (the document is of May 2024)
    ("The pool reopens this summer.", "this summer", "2024", "summer"),
    ("Snow closed the pass last winter.", "last winter", "2023", "winter"),  # December 2023 to February 2024
    ("The fair moves next spring.", "next spring", "2025", "spring"),  # (May is this spring's)
    ("The lab closed this past fall.", "past fall", "2023", "fall"),
])
def test_a_season_named_against_the_documents_date_is_that_seasons(vocab, text, quote, year, season):
    claim = find(dated(text, vocab), quote)
    assert (claim.date, claim.season) == (year, season)


@pytest.mark.parametrize("text,quote", [
    ("The factory shut a decade ago.", "a decade ago"),  # a round count of years: no year to compare
    ("The mine closed more than a year ago.", "more than a year ago"),  # loose: no one year
    ("Rent is due on the 31st of next month.", "the 31st of next month"),  # June has 30 days
    ("The ship docked on the 27th after a long crossing.", "on the 27th"),  # not yet come in this month
    ("20日，外交部发言人介绍了有关情况。", "20日"),
    ("The levee failed in 1998. The flood came on Tuesday.", "Tuesday"),  # the story is in another year
    ("The levee failed in 1998. The flood came in March.", "March"),
    ("The mine closed on 5 August 2010, and it reopened in March.", "March"),  # before the story's month
    ("The ship sank in April 1912. Rescuers arrived the next day.", "the next day"),  # no day before it
    ("The ship sank on 14 April 1912.\n\n" + "The inquiry sat for months. " * 60 + "It met the next day.",
     "the next day"),  # too far from that day
])
def test_a_relative_date_in_doubt_stays_unplaced(vocab, text, quote):
    assert find(dated(text, vocab), quote).date.startswith("--")


def test_without_a_document_date_nothing_is_placed(vocab):
    assert find(dated("The ferry sank on Tuesday.", vocab, ""), "Tuesday").date == "--wd:1:"


@pytest.mark.parametrize("text,relative", [
    ("last Sunday", True), ("Tuesday", True), ("on Friday", True), ("two months ago", True),
    ("yesterday", True), ("Friday of next week", True), ("on the 27th", True), ("上周五", True), ("三个月前", True),
    ("20日", True), ("last summer", True), ("summer 2023", False), ("7 May 2024", False), ("Tuesday, 7 May 2024", False), ("2024年5月7日", False),
])
def test_wording_that_names_a_day_only_against_the_documents_date(text, relative):
    assert placed_from_words(text) is relative


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ago on the 1st 27th Tuesday next last week month year of July 2024"
                                             " yesterday tomorrow from now, .-")), max_size=120))
def test_relative_dates_never_crash_and_stay_in_the_text(vocab, text):
    spans = list(relative_dates(text, vocab))
    assert spans == sorted(spans)
    for start, end, iso in spans:
        assert 0 <= start < end <= len(text) and iso.startswith(("--", "1", "2"))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["yesterday", "the day after tomorrow", "on Tuesday", "last Sunday", "next Friday",
                        "this Saturday", "Friday of next week", "999 years ago", "a decade ago", "31 months ago",
                        "more than a year ago", "the fifth Friday of next month", "the last Monday of this month",
                        "the first Friday of February", "the 31st of next month", "on the 31st", "on the 29th",
                        "last March", "this September", "next June", "last December", "last year", "next month",
                        "last week", "this week", "this year", "last winter", "next summer", "this fall", "去年2月29日", "今年2月", "本月31日", "上个月31号"]),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans())
def test_placing_never_fails_and_gives_a_date_or_nothing(vocab, words, published, future):
    """Any relative date placed against any day (leap days, months of 28 to 31 days, a fifth weekday a month
    lacks) gives an ISO day, month, year or range, or None: never an exception."""
    clause = "will " if future else ""
    for _, _, iso in relative_dates(f"The ferry {clause}sailed {words}.", vocab):
        placed = place(iso, published, clause)
        assert placed is None or regex.fullmatch(r"\d{4}(?:-\d\d){0,2}(?:/\d{4}-\d\d-\d\d)?", placed), placed


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["last", "next", "this", "the", "in", "since", "mid-", "early", "past", "coming",
                                 "March", "may", "August", "june", "year", "month", "week", "day", "following",
                                 "same", "or", "so", "of", "4/22", "on", "until", "22/04", "11/12,", "2016", "去年",
                                 "3月", "15日", "本月", "，", ".", "\n"]), max_size=40))
def test_calendar_words_in_any_order_never_crash_and_stay_in_the_text(vocab, words):
    """Months, periods and story days in any order and case: spans in order inside the text, each a value of the
    notation (or a day), and a whole extraction never fails."""
    text = " ".join(words)
    spans = list(relative_dates(text, vocab))
    assert spans == sorted(spans)
    for start, end, iso in spans:
        assert 0 <= start < end <= len(text) and iso.startswith(("--", "1", "2"))
    for c in dated(text, vocab):
        assert c.date is None or c.date.startswith(("--", "1", "2"))


def test_a_paragraph_of_thousands_of_relative_dates_reads_each_once(vocab):
    """Bad input: one paragraph of 10,000 relative dates gives 10,000 spans in order, none overlapping (they are
    kept sorted as they are found: no pairwise overlap test)."""
    spans = list(relative_dates(" ".join(["It rained yesterday and on Tuesday."] * 5000), vocab))
    assert len(spans) == 10000 and all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


FERRY = {
    "a.txt": "LONDON, 9 May 2024 (Wire) - The ferry Aurora sank off Dover on Tuesday, and 41 people died.\n",
    "b.txt": "DOVER, 8 May 2024 - The ferry Aurora sank off Dover yesterday, and 41 people died.\n",
    "c.txt": "The ferry Aurora sank off Dover on 7 May 2024. In all, 41 people died.\n",
}


def _facts(tmp_path, docs: dict) -> dict:
    for name, text in docs.items():
        (tmp_path / name).write_text(text)
    assert main(["report", *(str(tmp_path / n) for n in docs), "-o", str(tmp_path / "out"), "-q",
                 "--no-cache"]) in (0, 1)
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    return {f["id"]: (f["verdict"], sorted(c["quote"] for c in f["claims"])) for f in data["facts"]}


def test_a_weekday_yesterday_and_a_full_date_state_one_sinking_day(tmp_path):
    facts = _facts(tmp_path, FERRY)
    sinking = [v for k, v in facts.items() if "sink" in k]
    assert sinking == [("agree", ["7 May 2024", "Tuesday", "yesterday"])], facts


def test_a_weekday_that_falls_on_another_day_differs(tmp_path):
    facts = _facts(tmp_path, {**FERRY, "c.txt": FERRY["c.txt"].replace("7 May", "6 May")})
    sinking = [v for k, v in facts.items() if "sink" in k]
    assert sinking == [("differ", ["6 May 2024", "Tuesday", "yesterday"])], facts


def test_when_a_source_spoke_is_no_date_of_what_it_said(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "LONDON, 8 May 2024 - The ministry said on 7 May that 40 people died in the flood at Lydd.\n",
        "b.txt": "LONDON, 9 May 2024 - The ministry said on 8 May that 40 people died in the flood at Lydd.\n"})
    dated_facts = [v for v in facts.values() if any("May" in quote for quote in v[1])]
    assert dated_facts == [] and ("agree", ["40 people", "40 people"]) in facts.values(), facts
