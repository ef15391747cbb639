"""The HTML discrepancy report: one self-contained page, document text escaped."""
from __future__ import annotations

from html import escape
from typing import Optional

from ..intervals import comparison_interval, format_interval
from ..model import FactResult, Located
from ..pipeline import Analysis
from ..verdict import RANK
from ..verdict import show_claim
from . import quote_context, source_link, where
from .markdown import MAX_ROWS

COLOURS = {"differ": "#c62828", "updated": "#ef6c00", "other_scope": "#6a1b9a", "rounded": "#1565c0",
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
            f"<td>{quote}</td>"
            f"<td>{escape(show_claim(c))}</td><td>{escape(compared)}</td><td>{escape(c.scope or '')}</td>"
            f"<td>{escape(analysis.as_of_for(loc) or '')}</td></tr>")


def _anchor(path: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in path)


def _fact(fact: FactResult, analysis: Analysis) -> str:
    colour = COLOURS[fact.verdict]
    parts = [f'<section class="fact" style="--c:{colour}" id="fact-{escape(fact.fact_id)}">',
             f'<h3><span class="verdict">{escape(fact.verdict.replace("_", " "))}</span> {escape(fact.label)}</h3>',
             f'<p><code>{escape(fact.fact_id)}</code>'
             + (f" — rule at <code>{escape(fact.rule_location)}</code>" if fact.rule_location else "")
             + f'<br><span class="reason">{escape(fact.reason)}</span></p>']
    conflicts = [p for p in fact.pairs if p.verdict in ("differ", "updated", "other_scope")][:10]
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
    counts = {v: 0 for v in RANK}
    for f in analysis.facts:
        counts[f.verdict] += 1
    head = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
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
    body.append("<h2>Facts</h2>")
    body += [_fact(f, analysis) for f in analysis.facts]
    if analysis.candidates:
        body.append("<h2>Candidate facts</h2><p>Claims no rule covers that count the same thing in similar words "
                    "in several sources.</p>")
        body += [_fact(f, analysis) for f in analysis.candidates]
    body.append("<h2>Sources</h2><table><tr><th>File</th><th>Date</th><th>SHA-256</th></tr>" + "".join(
        f'<tr id="src-{escape(_anchor(d.path))}"><td class="src">{escape(d.path)}</td><td>{escape(d.date or "")}</td>'
        f"<td class=\"src\">{d.sha256[:16]}</td></tr>" for d in analysis.sources) + "".join(
        f'<tr><td class="src">{escape(e.split(": ", 1)[0])}</td><td>skipped: {escape(e.split(": ", 1)[-1])}</td><td></td></tr>'
        for e in analysis.errors) + "</table>")
    return head + "\n".join(body) + "\n</body></html>\n"
