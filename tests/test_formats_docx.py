"""Word sources: paragraphs, headings and tables read like the text twin; tracked changes accepted."""
from __future__ import annotations

import io
import zipfile

import pytest

from conftest import make_doc
from docmakers import make_docx
from factcheck.extractor import extract_document
from factcheck.load import LoadError, load_document

pytest.importorskip("docx")

BLOCKS = [
    ("h1", "Consular work in 2022"),
    "China has established diplomatic relations with 181 countries.",
    "",
    "Consular officers handled more than 500,000 calls on the 12308 hotline, and 38 medical teams went abroad.",
    [["Indicator", "Value"], ["Deaths", "1,198"], ["Evacuated citizens", "6,300"]],
    "The railway is 1,035 kilometers long.",
]
TWIN = """Consular work in 2022

China has established diplomatic relations with 181 countries.

Consular officers handled more than 500,000 calls on the 12308 hotline, and 38 medical teams went abroad.

Indicator | Value
Deaths: 1,198 deaths.
Evacuated citizens: 6,300.

The railway is 1,035 kilometers long.
"""


def signature(doc, vocab):
    return sorted((c.kind, c.value, c.low, c.high, c.hedge, c.unit, c.counted, c.date)
                  for c in extract_document(doc, vocab))


@pytest.fixture()
def docx_doc(tmp_path, vocab):
    path = tmp_path / "consular.docx"
    path.write_bytes(make_docx(BLOCKS))
    return load_document(path, vocab)


def test_docx_gives_the_claims_of_its_text_twin(docx_doc, vocab):
    assert signature(docx_doc, vocab) == signature(make_doc(TWIN, "twin.txt", vocab), vocab)


def test_positions_are_paragraphs_and_table_rows(docx_doc, vocab):
    places = {c.text: docx_doc.place(c.start) for c in extract_document(docx_doc, vocab)}
    assert places["181 countries"] == "paragraph 2:col 49"  # the heading is paragraph 1, the empty one not counted
    assert places["38 medical teams"] == "paragraph 3:col 77"
    assert places["1,198 deaths"] == "table 1:row 2"
    assert places["1,035 kilometers"] == "paragraph 4:col 16"


def test_table_row_header_is_context_for_its_figure(docx_doc, vocab):
    deaths = [c for c in extract_document(docx_doc, vocab) if c.text == "1,198 deaths"]
    assert deaths and deaths[0].counted == "death"


def test_header_row_names_each_cell(tmp_path, vocab):
    path = tmp_path / "table.docx"
    path.write_bytes(make_docx([[["Region", "Deaths", "Injured people"], ["North", "12", "30"], ["South", "7", "19"]]]))
    doc = load_document(path, vocab)
    assert "North, Deaths: 12 deaths. North, Injured people: 30." in doc.text
    twelve = [c for c in extract_document(doc, vocab) if c.value == 12]
    assert twelve[0].counted == "death" and doc.place(twelve[0].start) == "table 1:row 2"


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _with_body(body: str) -> bytes:
    """A .docx whose document.xml body is replaced by ``body`` (tracked changes written by hand)."""
    source = zipfile.ZipFile(io.BytesIO(make_docx(["placeholder"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'.encode()
            target.writestr(item, data)
    return out.getvalue()


def test_tracked_changes_read_as_accepted(tmp_path, vocab):
    body = ('<w:p><w:r><w:t xml:space="preserve">The line has </w:t></w:r>'
            '<w:del w:id="1" w:author="Ed"><w:r><w:delText>18</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="Ed"><w:r><w:t>20</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve"> stations.</w:t></w:r>'
            '<w:commentRangeStart w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>')
    path = tmp_path / "tracked.docx"
    path.write_bytes(_with_body(body))
    doc = load_document(path, vocab)
    assert doc.text.startswith("The line has 20 stations.")
    assert [c.value for c in extract_document(doc, vocab)] == [20]


def test_zip_bomb_disguised_as_docx_is_refused(tmp_path, vocab):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b"a" * (40 * 1024 * 1024))
    path = tmp_path / "bomb.docx"
    path.write_bytes(out.getvalue())
    assert path.stat().st_size < 200_000
    with pytest.raises(LoadError, match="zip bomb"):
        load_document(path, vocab)


def test_a_zip_that_is_not_a_word_file(tmp_path, vocab):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "hello")
    path = tmp_path / "notes.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(LoadError, match="neither a Word"):
        load_document(path, vocab)
