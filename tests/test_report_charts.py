"""The report's number lines and timelines: one bar per claim, sane SVG for any interval."""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from hypothesis import example, given, strategies as st

from conftest import make_doc
from factcheck import extract
from factcheck.model import Interval, Located
from factcheck.report.svg import Span, number_line, text_line, timeline

NS = "{http://www.w3.org/2000/svg}"


def _span(vocab, low, high, text="over 140 countries"):
    doc = make_doc(f"It counts {text}.\n", "a <b>.txt", vocab)
    claim = extract(doc.text, vocab)[0]
    return Span(Located(doc, claim), None if low == "none" else Interval(low, high), "#0072b2")


def _numbers(svg: str) -> list[float]:
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    out = []
    for el in root.iter():
        for name in ("x", "x1", "x2", "y", "y1", "y2", "width", "cx", "cy"):
            if name in el.attrib:
                out.append(float(el.attrib[name]))
    return out


bound = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e300, -1e300, 1e308]))


@given(st.lists(st.tuples(bound, bound), min_size=1, max_size=6))
@example([(None, 1e300), (140.0, None), (math.inf, -math.inf)])
@example([(1e308, 1e308), (-1e308, 1e308)])
def test_any_interval_gives_a_valid_svg_with_one_bar_each(vocab, bounds):
    items = [_span(vocab, lo, hi) for lo, hi in bounds]
    svg = number_line(items, "kilometer", False)
    assert all(math.isfinite(v) for v in _numbers(svg))
    bars = [g for g in ET.fromstring(svg).iter(f"{NS}g") if "bar" in g.attrib.get("class", "").split()]
    assert len(bars) == len(items)
    assert "nan" not in svg.lower().replace("xmlns", "")


def test_open_ends_are_arrows_points_are_ticks_and_text_is_escaped(vocab):
    items = [_span(vocab, 140.0, None), _span(vocab, 149.0, 149.0), _span(vocab, "none", None)]
    svg = number_line(items, "count", False)
    groups = [g for g in ET.fromstring(svg).iter(f"{NS}g")]
    assert [g.attrib["class"] for g in groups] == ["bar span", "bar tick", "bar none"]
    assert groups[0].find(f"{NS}polygon") is not None  # the arrow to +infinity
    assert "a &lt;b&gt;.txt" in svg and "a <b>.txt" not in svg
    line = text_line(items, "count", False)
    assert line == "in count: a <b>.txt:1 [140, ∞) · a <b>.txt:1 [149, 149] · a <b>.txt:1 not comparable"


def test_timeline_needs_two_dates_and_places_points_in_time(vocab):
    items = [_span(vocab, 180.5, 181.5, "181 countries"), _span(vocab, 178.5, 179.5, "179 countries")]
    dates = iter(["2020-01-01", "2022-09-30"])
    by_claim = {id(s.loc): next(dates) for s in items}
    svg = timeline(items, lambda loc: by_claim[id(loc)], None)
    points = [g for g in ET.fromstring(svg).iter(f"{NS}g")]
    assert len(points) == 2
    assert timeline(items, lambda loc: "2022-09-30", None) == ""  # one date: no chart
    assert timeline(items, lambda loc: None, None) == ""
