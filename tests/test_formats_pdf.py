"""PDF sources: the same claims as the text twin, positions by page and line, headers and footers dropped."""
from __future__ import annotations

import pytest

from conftest import make_doc
from docmakers import make_pdf
from factcheck.extractor import extract_document
from factcheck.formats.pdf import pdf_date
from factcheck.load import LoadError, load_document

pytest.importorskip("pypdf")

HEADER = "Rail Bulletin of the Example Ministry"
PAGES = [
    [HEADER, "", "The new railway between the two capitals opened on 3 December 2021.",
     "It is 1,035 kilometers long and has 20 stations, of which 11 are open",
     "to passengers.", "", "Page 1 of 3"],
    [HEADER, "", "By the end of 2022, China had established diplomatic relations with",
     "181 countries, and it had signed cooperation documents with 149 coun-",
     "tries and 32 international organizations.", "", "Page 2 of 3"],
    [HEADER, "", "More than 110,000 local workers were employed on the project, and",
     "nearly 500 days of testing came before the first train ran.", "", "Page 3 of 3"],
]
TWIN = """The new railway between the two capitals opened on 3 December 2021.
It is 1,035 kilometers long and has 20 stations, of which 11 are open to passengers.

By the end of 2022, China had established diplomatic relations with 181 countries, and it had signed cooperation documents with 149 countries and 32 international organizations.

More than 110,000 local workers were employed on the project, and nearly 500 days of testing came before the first train ran.
"""


def signature(doc, vocab):
    """What each claim states, without where it is."""
    return sorted((c.kind, c.value, c.low, c.high, c.hedge, c.unit, c.counted, c.date)
                  for c in extract_document(doc, vocab))


@pytest.fixture()
def pdf_doc(tmp_path, vocab):
    path = tmp_path / "bulletin.pdf"
    path.write_bytes(make_pdf(PAGES))
    return load_document(path, vocab)


def test_pdf_gives_the_claims_of_its_text_twin(pdf_doc, vocab):
    assert signature(pdf_doc, vocab) == signature(make_doc(TWIN, "twin.txt", vocab), vocab)
    assert pdf_doc.meta["format"] == "pdf" and pdf_doc.meta["pages"] == 3


def test_running_header_and_page_numbers_are_dropped(pdf_doc):
    assert HEADER not in pdf_doc.text
    assert "Page 2 of 3" not in pdf_doc.text
    assert "countries and 32" not in pdf_doc.text  # the hyphenated word is joined on the first line ...
    assert "149 countries\n" in pdf_doc.text  # ... and the rest of the line keeps its place


def test_positions_name_page_line_and_column(pdf_doc, vocab):
    claims = {c.text.replace("\n", " "): c for c in extract_document(pdf_doc, vocab)}
    assert pdf_doc.place(claims["181 countries"].start) == "page 2:line 3:col 1"
    assert pdf_doc.place(claims["149 countries"].start) == "page 2:line 3:col 61"
    assert pdf_doc.place(claims["nearly 500 days"].start) == "page 3:line 3:col 1"
    assert pdf_doc.place(claims["1,035 kilometers"].start).startswith("page 1:line 3:")


def test_two_columns_are_read_one_after_the_other(tmp_path, vocab):
    left = ["The ministry sent 38 medical teams", "abroad during the year."]
    right = ["Separately, 27 member states", "joined the new agreement."]
    path = tmp_path / "columns.pdf"
    path.write_bytes(make_pdf([[left, right]]))
    doc = load_document(path, vocab)
    assert doc.text.index("medical teams") < doc.text.index("abroad") < doc.text.index("Separately")
    counted = {c.counted for c in extract_document(doc, vocab)}
    assert {"medical team", "member state"} <= counted


def test_pdf_named_txt_is_read_as_pdf(tmp_path, vocab):
    path = tmp_path / "bulletin.txt"
    path.write_bytes(make_pdf(PAGES))
    assert load_document(path, vocab).meta["format"] == "pdf"


def test_image_only_pdf_asks_for_ocr(tmp_path, vocab):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    with pytest.raises(LoadError, match="no text layer: run OCR first"):
        load_document(path, vocab)


def test_corrupt_pdf_is_one_line(tmp_path, vocab):
    data = make_pdf(PAGES)
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(LoadError) as err:
        load_document(path, vocab)
    assert "\n" not in str(err.value) and str(err.value).startswith(str(path))


def test_encrypted_pdf_is_refused(tmp_path, vocab):
    pypdf = pytest.importorskip("pypdf")
    import io

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(PAGES))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buf.getvalue())
    with pytest.raises(LoadError, match="encrypted PDF"):
        load_document(path, vocab)


TABLE_PAGE = {"lines": ["Figures of the storm were released on Monday."],
              "table": [["Region", "Deaths", "Injured people"], ["North", "1,198", "30"], ["South Coast", "7", "19"],
                        ["Islands", "", "4"]]}


def test_table_rows_are_read_with_their_header(tmp_path, vocab):
    path = tmp_path / "storm.pdf"
    path.write_bytes(make_pdf([TABLE_PAGE]))
    doc = load_document(path, vocab)
    claims = {c.text: c for c in extract_document(doc, vocab)}
    assert "North, Deaths: 1,198 deaths. North, Injured people: 30." in doc.text
    assert "South Coast, Deaths: 7 deaths." in doc.text and "Islands, Injured people: 4." in doc.text
    assert claims["1,198 deaths"].counted == "death" and claims["7 deaths"].counted == "death"
    assert doc.place(claims["1,198 deaths"].start) == "page 1:line 3:col 16"  # in the rendered row
    assert doc.meta["tables"] == 1


def test_prose_pages_are_not_read_as_tables(pdf_doc):
    assert "tables" not in pdf_doc.meta and ", value:" not in pdf_doc.text


def test_pdf_title_and_creation_date_are_metadata(tmp_path, vocab):
    path = tmp_path / "bulletin.pdf"
    path.write_bytes(make_pdf(PAGES, info={"Title": "Rail Bulletin", "CreationDate": "D:20221020083000+08'00'"}))
    doc = load_document(path, vocab)
    assert doc.meta["title"] == "Rail Bulletin"
    assert (doc.date, doc.date_source) == ("2022-10-20", "pdf metadata")


def test_a_dateline_wins_over_the_pdf_creation_date(tmp_path, vocab):
    path = tmp_path / "release.pdf"
    path.write_bytes(make_pdf([["GENEVA, March 3, 2021 - The agency sent 38 teams abroad."]],
                              info={"CreationDate": "D:20230101"}))
    doc = load_document(path, vocab)
    assert (doc.date, doc.date_source) == ("2021-03-03", "dateline")
    assert any("pdf metadata date 2023-01-01" in n for n in doc.notes)


@pytest.mark.parametrize("written, day", [("D:20221020083000+08'00'", "2022-10-20"), ("D:202210", "2022-10"),
                                          ("20221020", "2022-10-20"), ("D:20221320", None), ("yesterday", None)])
def test_pdf_date_strings(written, day):
    assert pdf_date(written) == day
