"""Saved web pages: the article's text only, positions in the file as written, the page's date and title.

The prose mask keeps the file's length (tags, scripts and styles become
spaces, entities their character), so every position points into the HTML
as saved.  On a full page (one with navigation, header, footer, aside,
forms or menu / cookie / comment / related blocks), trafilatura finds the
main text; every block of the page whose text is not part of it -- menus,
cookie banners, related links, comments, footers -- is blanked too.
Without trafilatura the whole page's text is read (as before).
"""
from __future__ import annotations

import html as htmllib
import json
import logging
from html.parser import HTMLParser
from typing import Optional

import regex

from ..vocab import Vocabulary
from . import Extracted, FormatError, blank
from .htmltables import with_tables

MAX_HTML_CHARS = 16 * 1024 * 1024
"""Pages longer than this are refused (a saved article is rarely above 2 MB)."""

_COMMENT = regex.compile(r"<!--.*?-->", regex.S)
_HIDDEN = regex.compile(r"<(script|style|head|code|pre|noscript|template|svg)\b.*?</\1\s*>", regex.S | regex.I)
_TAG = regex.compile(r"<[^>]*>", regex.S)
_ENTITY = regex.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BLOCK_TAG = regex.compile(
    r"<(?:/?)(?:p|div|li|h[1-6]|td|th|tr|br|hr|section|article|header|footer|nav|aside|table|ul|ol|blockquote|"
    r"figcaption|figure|title|main|form|dd|dt|dl|body|button|label|option|select|address|details|summary|caption)"
    r"\b[^>]*>", regex.I)
_FULL_PAGE = regex.compile(
    r"<(?:nav|footer|header|aside|form)\b|\b(?:class|id|role)\s*=\s*[\"'][^\"']*"
    r"(?:menu|navigation|footer|cookie|consent|comment|related|sidebar|share|newsletter|banner)", regex.I)
_SPACES = regex.compile(r"\s+")


def html_prose(text: str) -> str:
    """The visible text of an HTML file as a same-length string: tags and hidden elements blanked.

    A block-level tag (paragraph, list item, table cell ...) becomes a line break, so a
    figure in one table cell never reads the next cell's words as what it counts.
    """
    spans = [m.span() for pat in (_COMMENT, _HIDDEN, _TAG) for m in pat.finditer(text)]
    out = list(blank(text, spans))
    for m in _BLOCK_TAG.finditer(text):
        if out[m.start()] == " ":
            out[m.start()] = "\n"
    return _ENTITY.sub(lambda m: _entity_char(m) + " " * (len(m.group()) - 1), "".join(out))


def _entity_char(m) -> str:
    ch = htmllib.unescape(m.group())
    return ch if len(ch) == 1 else " "


def read_html(text: str, vocab: Vocabulary) -> Extracted:
    """A saved web page: its text, the prose of its main content only (data tables read row by row with their
    header as context), and its title and date as metadata."""
    if len(text) > MAX_HTML_CHARS:
        raise FormatError(f"HTML page is {len(text) / 1e6:.1f} M characters; the limit is {MAX_HTML_CHARS // 2**20} M")
    prose = html_prose(text)
    meta = {"format": "html", **page_metadata(text)}
    if _FULL_PAGE.search(text):
        main = main_text(text)
        if main:
            prose = blank(prose, boilerplate_blocks(text, prose, main))
            meta["boilerplate"] = "removed"
        elif main is None:
            meta["boilerplate"] = "kept (install factcheck[formats] to remove menus and footers)"
    return with_tables(Extracted(text, prose, (), meta), vocab)


def main_text(page: str) -> Optional[str]:
    """The article text trafilatura finds ("" when it finds none; None without trafilatura)."""
    try:
        import trafilatura
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        found = trafilatura.extract(page, include_comments=False, include_tables=True, favor_precision=True,
                                    deduplicate=False, with_metadata=False, output_format="txt")
    except Exception:  # noqa: BLE001 - a third-party parser on untrusted input: fall back to the whole page
        return ""
    return found or ""


def _key(text: str) -> str:
    return _SPACES.sub("", text)


def boilerplate_blocks(text: str, prose: str, main: str) -> list[tuple[int, int]]:
    """Spans of the page's blocks whose text is not part of the main text."""
    main_key = _key(main)
    pieces = {_key(line) for line in main.splitlines()}
    pieces |= {_key(cell) for line in main.splitlines() for cell in line.split("|")}
    cuts = [0] + [m.start() for m in _BLOCK_TAG.finditer(text)] + [len(text)]
    out = []
    for s, e in zip(cuts, cuts[1:]):
        key = _key(prose[s:e])
        if not key or key in pieces or (len(key) >= 25 and key in main_key):
            continue
        out.append((s, e))
    return out


PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dc.date",
                  "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate", "date",
                  "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date")
_ISO = regex.compile(r"^\s*(\d{4})-(\d\d)(?:-(\d\d))?")
_SLASHED = regex.compile(r"^\s*(\d{4})/(\d\d)/(\d\d)")
_JSONLD = regex.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script\s*>", regex.S | regex.I)


class _Head(HTMLParser):
    """Collects <title>, <meta> name/property/itemprop contents and the first <time datetime>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.time: Optional[str] = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name and "content" in a:
                self.meta.setdefault(name, a["content"])
        elif tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"]
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)


def iso_date(value: str) -> Optional[str]:
    """``2022-10-20T08:00:00Z`` -> ``2022-10-20`` (``2022/10/20`` and ``2022-10`` too); None when not a date."""
    m = _ISO.match(value) or _SLASHED.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not 1 <= int(month) <= 12 or (day and not 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}" if day else f"{year}-{month}"


def page_metadata(text: str) -> dict:
    """Title and published date a page states about itself (meta tags, JSON-LD, ``<time datetime>``)."""
    head = _Head()
    try:
        head.feed(text[:400_000])
        head.close()
    except Exception:  # noqa: BLE001 - html.parser on hostile markup: metadata is best effort
        pass
    out = {}
    title = " ".join("".join(head.title).split()) or head.meta.get("og:title", "")
    if title:
        out["title"] = title[:300]
    for key in PUBLISHED_KEYS:
        date = iso_date(head.meta.get(key, ""))
        if date:
            out["published"], out["published_from"] = date, f"meta {key}"
            return out
    for block in _JSONLD.findall(text[:400_000])[:5]:
        date = _jsonld_date(block)
        if date:
            out["published"], out["published_from"] = date, "JSON-LD datePublished"
            return out
    date = iso_date(head.time or "")
    if date:
        out["published"], out["published_from"] = date, "<time datetime>"
    return out


def _jsonld_date(block: str) -> Optional[str]:
    try:
        data = json.loads(block)
    except (ValueError, RecursionError):
        return None
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
            return iso_date(item["datePublished"])
    return None
