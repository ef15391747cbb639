"""The Markdown discrepancy report: summary, then one section per fact, contradictions first."""
from __future__ import annotations

from typing import Optional

from ..intervals import comparison_interval, format_interval
from ..model import FactResult, Located
from ..pipeline import Analysis
from ..verdict import RANK
from ..verdict import show_claim
from . import where

MAX_ROWS = 200
"""Claims listed per fact; the JSON report lists them all."""
VERDICT_TITLES = {"differ": "DIFFER", "updated": "UPDATED", "other_scope": "OTHER SCOPE",
                  "rounded": "ROUNDED", "agree": "AGREE"}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "\\`")


def _claim_row(loc: Located, analysis: Analysis) -> str:
    c = loc.claim
    asserted = show_claim(c)
    compared = format_interval(comparison_interval(c)) if c.kind not in ("date", "date_range") else (c.date or "")
    scope = c.scope or ""
    as_of = analysis.as_of_for(loc) or ""
    return (f"| `{_cell(where(loc))}` | {_cell(c.text)} | {_cell(asserted)} | {_cell(compared)} "
            f"| {_cell(scope)} | {as_of} |")


def _fact_section(fact: FactResult, analysis: Analysis) -> list[str]:
    out = [f"### {VERDICT_TITLES[fact.verdict]}: {_cell(fact.label)}", ""]
    meta = f"`{fact.fact_id}`"
    if fact.rule_location:
        meta += f" (rule at `{fact.rule_location}`)"
    out += [f"{meta} — **{fact.verdict}**: {_cell(fact.reason)}", ""]
    conflicts = [p for p in fact.pairs if p.verdict in ("differ", "updated", "other_scope")]
    for p in conflicts[:10]:
        out.append(f"- {p.verdict}: “{_cell(p.a.claim.text)}” (`{_cell(where(p.a, True))}`) vs "
                   f"“{_cell(p.b.claim.text)}” (`{_cell(where(p.b, True))}`) — {_cell(p.reason)}")
    if conflicts:
        out.append("")
    out += ["| Source | Quote | States | Compared as | Scope | As of |", "|---|---|---|---|---|---|"]
    out += [_claim_row(loc, analysis) for loc in fact.claims[:MAX_ROWS]]
    if len(fact.claims) > MAX_ROWS:
        out.append(f"| … | {len(fact.claims) - MAX_ROWS} more claims in discrepancies.json | | | | |")
    out.append("")
    if fact.suggested_rule:
        out += ["Suggested rule (paste under `facts:` in a file in `rules/`):", "", "```yaml", fact.suggested_rule, "```", ""]
    return out


def render(analysis: Analysis, timestamp: Optional[str] = None) -> str:
    """The whole report as Markdown."""
    counts = {v: 0 for v in RANK}
    for f in analysis.facts:
        counts[f.verdict] += 1
    out = ["# factcheck discrepancy report", ""]
    if timestamp:
        out += [f"Generated {timestamp}.", ""]
    out += [f"{len(analysis.sources)} sources, {analysis.claims_total} claims, {len(analysis.facts)} facts, "
            f"{len(analysis.candidates)} candidate facts.", ""]
    out += ["| Verdict | Facts |", "|---|---|"]
    out += [f"| {v} | {counts[v]} |" for v in sorted(counts, key=lambda v: -RANK[v])]
    out.append("")
    if analysis.errors:
        out += ["## Unreadable sources", ""] + [f"- {_cell(e)}" for e in analysis.errors] + [""]
    out += ["## Sources", "", "| File | Date | SHA-256 |", "|---|---|---|"]
    out += [f"| `{_cell(d.path)}` | {d.date or ''} | `{d.sha256[:16]}` |" for d in analysis.sources]
    out += [f"| `{_cell(e.split(': ', 1)[0])}` | skipped: {_cell(e.split(': ', 1)[-1])} | |" for e in analysis.errors]
    out += ["", "## Facts", ""]
    for fact in analysis.facts:
        out += _fact_section(fact, analysis)
    if analysis.candidates:
        out += ["## Candidate facts", "", "Claims no rule covers that count the same thing in similar words in "
                "several sources.", ""]
        for fact in analysis.candidates:
            out += _fact_section(fact, analysis)
    return "\n".join(out).rstrip() + "\n"
