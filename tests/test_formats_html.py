"""Saved web pages: only the article's claims, positions in the file as written, date and title kept."""
from __future__ import annotations

import sys

import pytest

from conftest import make_doc
from factcheck.extractor import extract_document
from factcheck.formats.html import iso_date
from factcheck.load import LoadError, load_document

pytest.importorskip("trafilatura")

ARTICLE = [
    "The new cross-border railway opened on Friday. The line is 1,035 kilometers long and links the capital "
    "with the border town, the operator said in a statement.",
    "Trains will call at 20 stations along the route, and the journey between the two ends will take about "
    "ten hours, down from two days by road.",
    "The project employed more than 110,000 local workers during construction, according to the ministry, "
    "which said that 38 tunnels had been bored through the mountains.",
    "Officials expect the line to carry 4 million passengers in its first year of operation.",
]
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Railway opens after five years of work | The Daily Example</title>
{meta}
</head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/top">Top 10 stories</a></li>
<li><a href="/live">24 hours live</a></li></ul></nav></header>
<div class="cookie-banner">We use 12 cookies to improve your experience. <button>Accept all 12</button></div>
<main><article>
<h1>Railway opens after five years of work</h1>
{paragraphs}
</article></main>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">7 things to know about trains</a></li>
<li><a href="/b">Port handles 3 million containers</a></li></ul></aside>
<section class="comments"><h2>3 comments</h2><p>Reader 42: I waited 15 years for this line to open!</p></section>
<footer><p>&copy; 2022 The Daily Example. 250 Main Street. Call 555 0199.</p><p>Top 10 stories</p></footer>
</body></html>
"""
META = '<meta property="article:published_time" content="2021-12-03T08:30:00+08:00">'


def page(meta: str = META) -> str:
    return PAGE.format(meta=meta, paragraphs="\n".join(f"<p>{p}</p>" for p in ARTICLE))


def quotes(doc, vocab):
    return sorted(c.text for c in extract_document(doc, vocab))


def test_news_page_yields_only_the_article_claims(vocab):
    doc = make_doc(page(), "news.html", vocab)
    twin = make_doc("Railway opens after five years of work\n\n" + "\n\n".join(ARTICLE) + "\n", "twin.txt", vocab)
    assert quotes(doc, vocab) == quotes(twin, vocab)
    assert doc.meta["boilerplate"] == "removed"
    for noise in ("10 stories", "12 cookies", "3 comments", "3 million containers", "2022", "15 years"):
        assert noise not in quotes(doc, vocab)


def test_positions_point_into_the_file_as_written(vocab):
    text = page()
    doc = make_doc(text, "news.html", vocab)
    claim = next(c for c in extract_document(doc, vocab) if c.text == "38 tunnels")
    line, col = doc.position(claim.start)
    assert text.splitlines()[line - 1][col - 1:].startswith("38 tunnels had been bored")
    assert doc.place(claim.start) == f"{line}:{col}"


def test_page_date_and_title_are_metadata(vocab):
    doc = make_doc(page(), "news.html", vocab)
    assert doc.date == "2021-12-03"
    assert doc.meta["published_from"] == "meta article:published_time"
    assert doc.meta["title"].startswith("Railway opens")


@pytest.mark.parametrize("meta, date", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-12-04T10:00:00Z"}</script>',
     "2021-12-04"),
    ('<meta name="DC.date" content="2021/12/05">', "2021-12-05"),
    ("", None),
])
def test_other_date_sources(vocab, meta, date):
    assert make_doc(page(meta), "news.html", vocab).date == date


def test_time_element_dates_a_page(vocab):
    doc = make_doc("<html><body><article><time datetime='2020-02-29'>Feb 29</time><p>It has 12 stations.</p>"
                   "</article></body></html>", "t.html", vocab)
    assert doc.date == "2020-02-29"


def test_iso_date_rejects_nonsense():
    assert iso_date("2021-13-01") is None and iso_date("yesterday") is None and iso_date("2021-07") == "2021-07"


def test_without_trafilatura_the_whole_page_is_read(vocab, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    doc = make_doc(page(), "news.html", vocab)
    assert doc.meta["boilerplate"].startswith("kept (install factcheck[formats]")
    assert "12 cookies" in quotes(doc, vocab)


def test_table_cells_do_not_run_together(vocab):
    doc = make_doc("<table><tr><td>Bridges</td><td>167</td></tr><tr><td>Tunnels</td><td>75</td></tr></table>",
                   "t.html", vocab)
    assert quotes(doc, vocab) == ["167 bridges", "75 tunnels"]


TABLE_PAGE = """<html><head><title>Storm toll</title></head><body>
<article><p>The storm crossed the coast on Sunday, officials said.</p>
<table>
  <thead><tr><th>Region</th><th>Deaths</th><th>Injured people</th></tr></thead>
  <tbody>
  <tr><td>North</td><td>1,198</td><td>30</td></tr>
  <tr><td>South Coast</td><td>7</td><td>19</td></tr>
  </tbody>
</table>
<p>Some 4,000 homes lost power.</p></article>
</body></html>
"""


def test_table_rows_are_read_with_their_header(vocab):
    doc = make_doc(TABLE_PAGE, "storm.html", vocab)
    claims = {c.text: c for c in extract_document(doc, vocab)}
    assert "North, Deaths: 1,198 deaths. North, Injured people: 30." in doc.text
    assert claims["1,198 deaths"].counted == "death" and claims["7 deaths"].counted == "death"
    assert sorted(claims) == ["1,198 deaths", "19", "30", "7 deaths", "Some 4,000 homes", "Sunday"]


def test_table_rows_point_to_their_line_in_the_file(vocab):
    doc = make_doc(TABLE_PAGE, "storm.html", vocab)
    claims = {c.text: c for c in extract_document(doc, vocab)}
    row_line = TABLE_PAGE.splitlines().index("  <tr><td>North</td><td>1,198</td><td>30</td></tr>") + 1
    assert doc.place(claims["1,198 deaths"].start) == f"table 1:row 2 (line {row_line})"
    assert doc.position(claims["1,198 deaths"].start) == (row_line, 3)
    homes = claims["Some 4,000 homes"]
    assert doc.place(homes.start) == "10:4" and TABLE_PAGE[homes.start:homes.end] == "Some 4,000 homes"


def test_layout_tables_stay_prose(vocab):
    long_cell = "The ministry said 38 tunnels were bored through the mountains " + "and the work went on " * 5
    doc = make_doc(f"<table><tr><td>{long_cell}</td><td>Menu</td></tr></table>", "layout.html", vocab)
    assert quotes(doc, vocab) == ["38 tunnels"] and "tables" not in doc.meta


def test_boilerplate_tables_are_not_read(vocab):
    footer = "<footer><table><tr><td>Visitors</td><td>4,512</td></tr></table></footer>"
    doc = make_doc(page().replace("<footer>", footer + "<footer>"), "news.html", vocab)
    assert not any("4,512" in q for q in quotes(doc, vocab))


def test_fifty_megabyte_page_is_refused_in_one_line(tmp_path, vocab):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<html><body>" + b"<p>The line has 20 stations.</p>\n" * 1_600_000 + b"</body></html>")
    with pytest.raises(LoadError, match=r"HTML page is 5\d\.\d M characters; the limit is 16 M"):
        load_document(path, vocab)


def test_html_saved_as_pdf_is_read_as_html(tmp_path, vocab):
    path = tmp_path / "page.pdf"
    path.write_text(page(), encoding="utf-8")
    doc = load_document(path, vocab)
    assert doc.meta["format"] == "html" and "38 tunnels" in quotes(doc, vocab)


def mhtml_archive(html: str) -> bytes:
    """A page saved as a single file by a browser: MIME multipart/related, the page quoted-printable."""
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("From: <Saved by a browser>\r\nSubject: Storm toll\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
            "------B\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://news.example/storm\r\n\r\n" + body.replace("\n", "\r\n") +
            "\r\n------B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
            "------B--\r\n").encode("ascii")


def test_mhtml_archive_is_read_as_its_page(tmp_path, vocab):
    path = tmp_path / "storm.mhtml"
    path.write_bytes(mhtml_archive(TABLE_PAGE.replace("North", "Nördlingen")))
    doc = load_document(path, vocab)
    assert doc.meta["format"] == "mhtml" and doc.meta["title"] == "Storm toll"
    assert "Nördlingen, Deaths: 1,198 deaths." in doc.text
    assert sorted(c.text for c in extract_document(doc, vocab))[:2] == ["1,198 deaths", "19"]


def test_mhtml_by_content_and_lying_names(tmp_path, vocab):
    renamed = tmp_path / "storm.txt"
    renamed.write_bytes(mhtml_archive(TABLE_PAGE))
    assert load_document(renamed, vocab).meta["format"] == "mhtml"
    fake = tmp_path / "fake.mhtml"
    fake.write_bytes(b"just some text with 12 figures")
    with pytest.raises(LoadError, match="not a MIME web archive"):
        load_document(fake, vocab)
    empty = tmp_path / "empty.mht"
    empty.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n"
                      b"Content-Type: image/png\r\n\r\nabc\r\n--x--\r\n")
    with pytest.raises(LoadError, match="holds no HTML page"):
        load_document(empty, vocab)
