"""Small inline SVG charts for the HTML report: a number line per fact, a value-over-time chart.

Every bar is one claim's comparison interval (``intervals.comparison_interval``)
converted to the fact's unit the way the verdict converts it (``units.UnitConverter``).
Unbounded ends are drawn as arrows, single points as ticks.  Coordinates are
computed on values clamped to +-1e300 so that infinite bounds or enormous
figures never produce an invalid SVG.  Every text is escaped.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import Optional, Sequence

from ..intervals import comparison_interval, date_interval, format_interval, format_number
from ..model import FactResult, Interval, Located
from ..units import UnitConverter

SOURCE_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#8c6d00", "#000000")
"""Okabe-Ito colours (distinguishable with colour-blindness); sources beyond eight repeat them."""
WIDTH, ROW, PAD, AXIS = 640, 16, 14, 26
LIMIT = 1e300
DATE_KINDS = ("date", "date_range")


@dataclass(frozen=True)
class Span:
    """One claim on the fact's axis: its interval in the fact's unit (None: not comparable)."""

    loc: Located
    interval: Optional[Interval]
    colour: str


def _finite(x: Optional[float]) -> Optional[float]:
    """``x`` clamped to +-LIMIT; None for None or NaN."""
    if x is None or math.isnan(x):
        return None
    return max(-LIMIT, min(LIMIT, float(x)))


def fact_unit(fact: FactResult) -> Optional[str]:
    """The unit a fact is drawn in: the one most of its claims are stated in."""
    units = Counter(loc.claim.unit for loc in fact.claims if loc.claim.unit and loc.claim.kind not in DATE_KINDS)
    return units.most_common(1)[0][0] if units else None


def spans(fact: FactResult, colours: dict, units: UnitConverter) -> list[Span]:
    """Each claim of ``fact`` as a Span in the fact's unit, coloured by its source."""
    target = fact_unit(fact)
    out = []
    for loc in fact.claims:
        c = loc.claim
        iv: Optional[Interval] = comparison_interval(c)
        if c.kind not in DATE_KINDS and c.unit and target and c.unit != target:
            found = units.affine(c.unit, target)
            iv = iv.scaled(*found) if found else None
        if iv is not None and iv.low is None and iv.high is None and c.kind in DATE_KINDS:
            iv = None  # a date with no year: nothing to place
        out.append(Span(loc, iv, colours.get(loc.doc.path, SOURCE_COLOURS[0])))
    return out


def source_colours(paths: Sequence[str]) -> dict:
    """Source path -> its colour, in the order the sources are listed."""
    return {p: SOURCE_COLOURS[i % len(SOURCE_COLOURS)] for i, p in enumerate(paths)}


def show_value(x: float, is_date: bool) -> str:
    """A value on the axis: a number, or for dates the day it stands for."""
    if is_date:
        try:
            return dt.date.fromordinal(int(x)).isoformat()
        except (ValueError, OverflowError):
            return format_number(x)
    return format_number(x) if abs(x) < 1e15 else f"{x:.3g}"


def text_line(items: Sequence[Span], unit: Optional[str], is_date: bool) -> str:
    """The numbers of the number line as one compact line of text (for Markdown and screen readers)."""
    parts = []
    for s in items:
        where = f"{s.loc.doc.path}:{s.loc.line_col[0]}"
        if s.interval is None:
            parts.append(f"{where} not comparable")
        elif is_date:
            lo, hi = s.interval.low, s.interval.high
            parts.append(f"{where} {show_value(lo, True) if lo is not None else '…'}"
                         f"–{show_value(hi - 1, True) if hi is not None else '…'}")
        else:
            parts.append(f"{where} {format_interval(s.interval)}")
    return (f"in {unit}: " if unit else "") + " · ".join(parts)


def _domain(values: Sequence[float]) -> tuple[float, float]:
    lo, hi = min(values), max(values)
    if hi - lo <= abs(hi) * 1e-12:
        pad = abs(hi) * 0.05 or 1.0
        lo, hi = lo - pad, hi + pad
    margin = (hi - lo) * 0.06
    return max(-LIMIT, lo - margin), min(LIMIT, hi + margin)


def _scale(lo: float, hi: float, width: float, left: float):
    span = hi / 2 - lo / 2  # halves: never overflows, even for +-1e300
    return lambda x: left + (x / 2 - lo / 2) / span * width


def _arrow(x: float, y: float, right: bool, colour: str) -> str:
    d = 7 if right else -7
    return f'<polygon points="{x:.1f},{y:.1f} {x - d:.1f},{y - 5:.1f} {x - d:.1f},{y + 5:.1f}" fill="{colour}"/>'


def number_line(items: Sequence[Span], unit: Optional[str], is_date: bool) -> str:
    """An SVG with one bar (``class="bar"``) per span on a shared axis."""
    bounds = [v for s in items if s.interval for v in (_finite(s.interval.low), _finite(s.interval.high))
              if v is not None]
    height = PAD + ROW * len(items) + AXIS
    label = escape(text_line(items, unit, is_date))
    out = [f'<svg class="numberline" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{label}">']
    lo, hi = _domain(bounds) if bounds else (0.0, 1.0)
    x = _scale(lo, hi, WIDTH - 2 * PAD, PAD)
    for i, s in enumerate(items):
        y = PAD + ROW * i + ROW / 2
        where = f"{s.loc.doc.path}:{s.loc.line_col[0]}"
        quote = s.loc.claim.text.replace("\n", " ")
        if s.interval is None:
            title = f"{where}: “{quote}” cannot be placed on this axis"
            out.append(f'<g class="bar none" data-source="{escape(s.loc.doc.path)}"><title>{escape(title)}</title>'
                       f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y:.1f}" y2="{y:.1f}" stroke="#999" '
                       f'stroke-dasharray="3 3"/></g>')
            continue
        iv = s.interval
        low, high = _finite(iv.low), _finite(iv.high)
        title = f"{where}: “{quote}” → {text_line([s], None, is_date).split(' ', 1)[1]}"
        x1 = PAD if low is None else x(low)
        x2 = WIDTH - PAD if high is None else x(high)
        kind = "tick" if low is not None and low == high else "span"
        parts = [f"<title>{escape(title)}</title>"]
        if kind == "tick":
            parts.append(f'<line x1="{x1:.1f}" x2="{x1:.1f}" y1="{y - 6:.1f}" y2="{y + 6:.1f}" stroke="{s.colour}" '
                         f'stroke-width="3"/>')
        else:
            parts.append(f'<rect x="{x1:.1f}" y="{y - 4:.1f}" width="{max(x2 - x1, 2):.1f}" height="8" rx="2" '
                         f'fill="{s.colour}" fill-opacity="0.75"/>')
            if low is None:
                parts.append(_arrow(x1, y, False, s.colour))
            if high is None:
                parts.append(_arrow(x2, y, True, s.colour))
        out.append(f'<g class="bar {kind}" data-source="{escape(s.loc.doc.path)}">{"".join(parts)}</g>')
    axis_y = PAD + ROW * len(items) + 4
    out.append(f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{axis_y}" y2="{axis_y}" stroke="#555"/>')
    out += _ticks(sorted(set(bounds)), x, axis_y, is_date)
    if unit:
        out.append(f'<text x="{WIDTH - PAD}" y="{PAD - 3}" font-size="11" text-anchor="end" fill="#333">'
                   f'{escape(unit)}</text>')
    out.append("</svg>")
    return "".join(out)


def _ticks(values: Sequence[float], x, axis_y: float, is_date: bool) -> list[str]:
    """Labels at the stated bounds, skipping any that would overlap the previous one."""
    out, last = [], -1e9
    for value in values:
        px = x(value)
        if px - last < 70:
            continue
        last = px
        out.append(f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{axis_y}" y2="{axis_y + 4}" stroke="#555"/>'
                   f'<text x="{px:.1f}" y="{axis_y + 16}" font-size="11" text-anchor="middle" fill="#333">'
                   f'{escape(show_value(value, is_date))}</text>')
    return out


def timeline(items: Sequence[Span], as_of, unit: Optional[str]) -> str:
    """Value over time for spans whose claims carry as-of dates ('' when fewer than two dates)."""
    points = []
    for s in items:
        when = as_of(s.loc)
        day = date_interval(when).low if when else None
        if s.interval is None or day is None:
            continue
        low, high = _finite(s.interval.low), _finite(s.interval.high)
        mid = _finite(s.loc.claim.value) if s.loc.claim.value is not None else (low if high is None else high)
        if mid is None:
            continue
        points.append((day, mid, low, high, s))
    if len({p[0] for p in points}) < 2:
        return ""
    height = 150
    xs = _domain([p[0] for p in points])
    ys = _domain([v for p in points for v in (p[1], p[2], p[3]) if v is not None])
    fx = _scale(xs[0], xs[1], WIDTH - 2 * PAD - 60, PAD + 60)
    fy = _scale(ys[0], ys[1], -(height - 2 * PAD - 20), height - PAD - 20)
    out = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="value over time">',
           f'<line x1="{PAD + 60}" x2="{WIDTH - PAD}" y1="{height - PAD - 20}" y2="{height - PAD - 20}" stroke="#555"/>',
           f'<line x1="{PAD + 60}" x2="{PAD + 60}" y1="{PAD}" y2="{height - PAD - 20}" stroke="#555"/>']
    for value in sorted({p[1] for p in points}):
        out.append(f'<text x="{PAD + 55}" y="{fy(value) + 4:.1f}" font-size="11" text-anchor="end" fill="#333">'
                   f'{escape(show_value(value, False))}</text>')
    for value, anchor in ((xs[0], "start"), (xs[1], "end")):
        out.append(f'<text x="{fx(value):.1f}" y="{height - PAD}" font-size="11" text-anchor="{anchor}" '
                   f'fill="#333">{escape(show_value(value, True))}</text>')
    for day, mid, low, high, s in sorted(points, key=lambda p: p[0]):
        cx = fx(day)
        top = fy(high) if high is not None else PAD
        bottom = fy(low) if low is not None else height - PAD - 20
        title = f"{s.loc.doc.path}:{s.loc.line_col[0]}: “{s.loc.claim.text}” as of {as_of(s.loc)}"
        out.append(f'<g class="point" data-source="{escape(s.loc.doc.path)}"><title>{escape(title)}</title>'
                   f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{top:.1f}" y2="{bottom:.1f}" stroke="{s.colour}" '
                   f'stroke-width="2"/><circle cx="{cx:.1f}" cy="{fy(mid):.1f}" r="4" fill="{s.colour}"/></g>')
    if unit:
        out.append(f'<text x="{PAD}" y="{PAD}" font-size="11" fill="#333">{escape(unit)}</text>')
    out.append("</svg>")
    return "".join(out)
