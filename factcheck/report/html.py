"""The HTML discrepancy report: one self-contained page, document text escaped."""
from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Iterator, Optional

from ..extractor.chinese import has_cjk
from ..intervals import comparison_interval, format_interval
from ..model import FactResult, Located
from ..pipeline import Analysis
from ..verdict import RANK
from ..verdict import show_claim
from ..units import UnitConverter
from . import claim_as_of, quote_context, source_link, where
from .markdown import MAX_ROWS
from .svg import DATE_KINDS, fact_unit, number_line, source_colours, spans, text_line, timeline

COLOURS = {"differ": "#c62828", "updated": "#ef6c00", "other_scope": "#6a1b9a", "loose": "#9e7700", "rounded": "#1565c0",
           "agree": "#2e7d32"}
STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
.counts{display:flex;gap:.6rem;flex-wrap:wrap}.count{padding:.4rem .8rem;border-radius:.4rem;color:#fff}
.fact{border:1px solid #ddd;border-left:6px solid var(--c);border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0}
.verdict{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;color:#fff;background:var(--c);
font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.3rem .4rem;
text-align:left;vertical-align:top}mark{background:#fff3a0;padding:0 .1rem}.src{font-family:monospace;white-space:nowrap}
a.q{color:inherit;text-decoration:none}code,pre{background:#f6f6f6}pre{padding:.6rem;overflow:auto}.reason{font-family:monospace}
figure{margin:.6rem 0}figure svg{max-width:100%;height:auto}figcaption{font-size:.8rem;color:#555}
.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;
height:.8rem;border-radius:.2rem;margin-right:.3rem;vertical-align:middle}
#filters{display:flex;gap:.8rem;flex-wrap:wrap;align-items:center;margin:1rem 0;padding:.5rem;background:#f6f6f6;
border-radius:.4rem}#filters[hidden]{display:none}#filters input[type=search]{flex:1;min-width:12rem;padding:.3rem}.fact[hidden]{display:none}
"""
SCRIPT = """
(function () {
  var form = document.getElementById('filters');
  if (!form) { return; }
  form.hidden = false;
  var facts = Array.prototype.slice.call(document.querySelectorAll('section.fact'));
  var count = document.getElementById('shown');
  function apply() {
    var wanted = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'), function (box) {
      wanted[box.value] = box.checked;
    });
    var query = form.querySelector('input[type=search]').value.trim().toLowerCase();
    var shown = 0;
    facts.forEach(function (fact) {
      var visible = wanted[fact.getAttribute('data-verdict')] !== false &&
        (!query || fact.textContent.toLowerCase().indexOf(query) !== -1);
      fact.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = shown + ' of ' + facts.length + ' facts shown';
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
})();
"""


def _claim_row(loc: Located, analysis: Analysis) -> str:
    before, figure, after = quote_context(loc)
    c = loc.claim
    compared = format_interval(comparison_interval(c)) if c.kind not in ("date", "date_range") else (c.date or "")
    place = escape(where(loc)[len(loc.doc.path) + 1:])
    link = source_link(loc)
    quote = f"{escape(before)}<mark>{escape(figure)}</mark>{escape(after)}"
    if link:  # a PDF opens at its page, a Word or table file as a whole
        place = f'<a href="{escape(link)}">{place}</a>'
        quote = f'<a class="q" href="{escape(link)}">{quote}</a>'
    return (f'<tr><td class="src"><a href="#src-{escape(_anchor(loc.doc.path))}">{escape(loc.doc.path)}</a>:{place}</td>'
            f"<td{_lang(before + figure + after)}>{quote}</td>"
            f"<td>{escape(show_claim(c))}</td><td>{escape(compared)}</td><td{_lang(c.scope or '')}>{escape(c.scope or '')}</td>"
            f"<td>{escape(claim_as_of(analysis, loc) or '')}</td></tr>")


def _lang(text: str) -> str:
    """A ``lang`` attribute for a cell of Chinese text (the page itself is English)."""
    return ' lang="zh"' if has_cjk(text) else ""


def _anchor(path: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in path)


CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
       f"script-src 'sha256-{base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()}'")
"""Only the report's own script may run (by its hash) and nothing is fetched: a second line of defence
behind escaping every document text."""


def _charts(fact: FactResult, analysis: Analysis, colours: dict, units: UnitConverter) -> str:
    """The fact's number line (and value-over-time chart when its claims carry as-of dates)."""
    items = spans(fact, colours, units)[:MAX_ROWS]
    unit = fact_unit(fact)
    is_date = all(loc.claim.kind in DATE_KINDS for loc in fact.claims)
    out = [f"<figure>{number_line(items, unit, is_date)}<figcaption>Compared "
           f"{escape(text_line(items, unit, is_date))}</figcaption></figure>"]
    if not is_date:
        chart = timeline(items, lambda loc: claim_as_of(analysis, loc), unit)
        if chart:
            out.append(f"<figure>{chart}<figcaption>Value over time (as-of dates)</figcaption></figure>")
    return "".join(out)


def _fact(fact: FactResult, analysis: Analysis, colours: dict, units: UnitConverter) -> str:
    colour = COLOURS[fact.verdict]
    parts = [f'<section class="fact" style="--c:{colour}" id="fact-{escape(fact.fact_id)}" '
             f'data-verdict="{escape(fact.verdict)}">',
             f'<h3><span class="verdict">{escape(fact.verdict.replace("_", " "))}</span> {escape(fact.label)}</h3>',
             f'<p><code>{escape(fact.fact_id)}</code>'
             + (f" — rule at <code>{escape(fact.rule_location)}</code>" if fact.rule_location else "")
             + f'<br><span class="reason">{escape(fact.reason)}</span></p>']
    parts.append(_charts(fact, analysis, colours, units))
    conflicts = [p for p in fact.pairs if p.verdict in ("differ", "updated", "loose", "other_scope")][:10]
    if conflicts:
        parts.append("<ul>" + "".join(
            f"<li>{escape(p.verdict)}: “{escape(p.a.claim.text)}” ({escape(where(p.a, True))}) vs "
            f"“{escape(p.b.claim.text)}” ({escape(where(p.b, True))}) — {escape(p.reason)}</li>"
            for p in conflicts) + "</ul>")
    parts.append("<table><tr><th>Source</th><th>Quote</th><th>States</th><th>Compared as</th><th>Scope</th>"
                 "<th>As of</th></tr>" + "".join(_claim_row(loc, analysis) for loc in fact.claims[:MAX_ROWS])
                 + (f'<tr><td colspan="6">… {len(fact.claims) - MAX_ROWS} more claims in discrepancies.json</td></tr>'
                    if len(fact.claims) > MAX_ROWS else "") + "</table>")
    if fact.suggested_rule:
        parts.append(f"<p>Suggested rule:</p><pre>{escape(fact.suggested_rule)}</pre>")
    parts.append("</section>")
    return "\n".join(parts)


def render(analysis: Analysis, timestamp: Optional[str] = None) -> str:
    """The whole report as one HTML page with no external assets."""
    return "".join(pieces(analysis, timestamp))


def pieces(analysis: Analysis, timestamp: Optional[str] = None) -> Iterator[str]:
    """The HTML report piece by piece (the top of the page, then a fact at a time): never held whole."""
    counts = {v: 0 for v in RANK}
    for f in analysis.facts:
        counts[f.verdict] += 1
    head = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<title>factcheck discrepancy report</title><style>{STYLE}</style></head><body>")
    body = ["<h1>factcheck discrepancy report</h1>"]
    if timestamp:
        body.append(f"<p>Generated {escape(timestamp)}.</p>")
    body.append(f"<p>{len(analysis.sources)} sources, {analysis.claims_total} claims, {len(analysis.facts)} facts, "
                f"{len(analysis.candidates)} candidate facts.</p>")
    body.append('<div class="counts">' + "".join(
        f'<span class="count" style="background:{COLOURS[v]}">{escape(v.replace("_", " "))}: {counts[v]}</span>'
        for v in sorted(counts, key=lambda v: -RANK[v])) + "</div>")
    if analysis.errors:
        body.append("<h2>Unreadable sources</h2><ul>" + "".join(f"<li>{escape(e)}</li>" for e in analysis.errors) + "</ul>")
    colours = source_colours([d.path for d in analysis.sources])
    units = UnitConverter()
    body.append('<p class="legend">' + "".join(
        f'<span><i style="background:{colours[d.path]}"></i>{escape(d.path)}</span>' for d in analysis.sources) + "</p>")
    body.append(_filters(counts))
    body.append("<h2>Facts</h2>")
    yield head + "\n".join(body)
    for f in analysis.facts:
        yield "\n" + _fact(f, analysis, colours, units)
    if analysis.candidates:
        yield ("\n<h2>Candidate facts</h2><p>Claims no rule covers that count the same thing in similar words, "
               "or state one specific figure alike, in several sources.</p>")
        for f in analysis.candidates:
            yield "\n" + _fact(f, analysis, colours, units)
    yield "\n" + ("<h2>Sources</h2><table><tr><th>File</th><th>Date</th><th>SHA-256</th></tr>" + "".join(
        f'<tr id="src-{escape(_anchor(d.path))}"><td class="src">{escape(d.path)}</td><td>{escape(d.date or "")}</td>'
        f"<td class=\"src\">{d.sha256[:16]}</td></tr>" for d in analysis.sources) + "".join(
        f'<tr><td class="src">{escape(e.split(": ", 1)[0])}</td><td>skipped: {escape(e.split(": ", 1)[-1])}</td><td></td></tr>'
        for e in analysis.errors) + "</table>")
    yield f"\n<script>{SCRIPT}</script>\n</body></html>\n"


def _filters(counts: dict) -> str:
    """The verdict filter and search box; hidden until the script shows it (the page reads fine without)."""
    boxes = "".join(f'<label><input type="checkbox" name="verdict" value="{v}" checked> {escape(v.replace("_", " "))} '
                    f"({counts[v]})</label>" for v in sorted(counts, key=lambda v: -RANK[v]))
    return (f'<form id="filters" hidden>{boxes}<input type="search" placeholder="Search facts, quotes, sources" '
            f'aria-label="search"><span id="shown" aria-live="polite"></span></form>')
