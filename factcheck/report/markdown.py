"""The Markdown discrepancy report: summary, then one section per fact, contradictions first."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from ..intervals import comparison_interval, format_interval
from ..model import FactResult, Located
from ..pipeline import Analysis
from ..units import UnitConverter
from ..verdict import RANK
from ..verdict import show_claim
from . import claim_as_of, where
from .svg import DATE_KINDS, fact_unit, source_colours, spans, text_line

MAX_ROWS = 200
"""Claims listed per fact; the JSON report lists them all."""
VERDICT_TITLES = {"differ": "DIFFER", "updated": "UPDATED", "other_scope": "OTHER SCOPE", "loose": "LOOSE",
                  "rounded": "ROUNDED", "agree": "AGREE"}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "\\`")


def _claim_row(loc: Located, analysis: Analysis) -> str:
    c = loc.claim
    asserted = show_claim(c)
    compared = format_interval(comparison_interval(c)) if c.kind not in ("date", "date_range") else (c.date or "")
    scope = c.scope or ""
    as_of = claim_as_of(analysis, loc) or ""
    return (f"| `{_cell(where(loc))}` | {_cell(c.text)} | {_cell(asserted)} | {_cell(compared)} "
            f"| {_cell(scope)} | {as_of} |")


def timeline(fact: FactResult, analysis: Analysis) -> str:
    """A fact's figures by as-of date, oldest first, when they carry two or more dates: "189 (2022-03-01) →
    more than 190 (2024-05-01)"; empty otherwise."""
    dated = sorted({(claim_as_of(analysis, loc), show_claim(loc.claim)) for loc in fact.claims
                    if claim_as_of(analysis, loc) and loc.claim.kind not in ("date", "date_range")})
    if len({d for d, _ in dated}) < 2:
        return ""
    return " → ".join(f"{shown} ({day})" for day, shown in dated)


def _fact_section(fact: FactResult, analysis: Analysis, units) -> list[str]:
    out = [f"### {VERDICT_TITLES[fact.verdict]}: {_cell(fact.label)}", ""]
    meta = f"`{fact.fact_id}`"
    if fact.rule_location:
        meta += f" (rule at `{fact.rule_location}`)"
    elif fact.origin == "discovered":
        meta += f" (discovered without a rule, confidence {fact.confidence:.2f})"
    out += [f"{meta} — **{fact.verdict}**: {_cell(fact.reason)}", ""]
    items = spans(fact, source_colours([d.path for d in analysis.sources]), units)[:MAX_ROWS]
    is_date = all(loc.claim.kind in DATE_KINDS for loc in fact.claims)
    out += [f"Compared {_cell(text_line(items, fact_unit(fact), is_date))}", ""]
    conflicts = [p for p in fact.pairs if p.verdict in ("differ", "updated", "loose", "other_scope")]
    for p in conflicts[:10]:
        out.append(f"- {p.verdict}: “{_cell(p.a.claim.text)}” (`{_cell(where(p.a, True))}`) vs "
                   f"“{_cell(p.b.claim.text)}” (`{_cell(where(p.b, True))}`) — {_cell(p.reason)}")
    if conflicts:
        out.append("")
    line = timeline(fact, analysis)
    if line:
        out += [f"Timeline: {_cell(line)}", ""]
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
    return "".join(pieces(analysis, timestamp))


def pieces(analysis: Analysis, timestamp: Optional[str] = None) -> Iterator[str]:
    """The Markdown report piece by piece (a heading, then a fact at a time): a large report is never held whole."""
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
    gave_up = analysis.stats.get("discovery_gave_up") or []
    if gave_up:
        out += ["## Notes", ""] + [f"- discovery gave up on the claims measuring {_cell(g['measure'])}: {g['claims']} "
                                   f"claims in {g['frames']} different frames (more than it compares)" for g in gave_up]
        out.append("")
    out += ["## Sources", "", "| File | Date | Date from | SHA-256 |", "|---|---|---|---|"]
    out += [f"| `{_cell(d.path)}` | {d.date or ''} | {_cell(d.date_source)} | `{d.sha256[:16]}` |"
            for d in analysis.sources]
    out += [f"| `{_cell(e.split(': ', 1)[0])}` | skipped: {_cell(e.split(': ', 1)[-1])} | | |" for e in analysis.errors]
    out += ["", "## Facts", ""]
    return _stripped(_lines(out, analysis))


def _lines(head: list[str], analysis: Analysis) -> Iterator[str]:
    """The report's lines joined by newlines, a section at a time (``head``, then each fact)."""
    yield "\n".join(head)
    units = UnitConverter()
    for fact in analysis.facts:
        yield "\n" + "\n".join(_fact_section(fact, analysis, units))
    if analysis.candidates:
        yield "\n" + "\n".join(["## Candidate facts", "", "Claims no rule covers that count the same thing in similar "
                                 "words, or state one specific figure alike, in several sources.", ""])
        for fact in analysis.candidates:
            yield "\n" + "\n".join(_fact_section(fact, analysis, units))


def _stripped(pieces: Iterable[str]) -> Iterator[str]:
    """The pieces' text with trailing whitespace stripped and one newline added, as ``text.rstrip() + "\\n"``
    (whitespace is held back until text follows it)."""
    held = ""
    for piece in pieces:
        piece = held + piece
        kept = piece.rstrip()
        held = piece[len(kept):]
        if kept:
            yield kept
    yield "\n"
