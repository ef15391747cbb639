"""The JSON discrepancy report (schema in README.md, "Report JSON")."""
from __future__ import annotations

import json
from typing import Iterator, Optional

from .. import __version__
from ..model import FactResult, Located
from ..pipeline import Analysis
from . import clean_number

SCHEMA_VERSION = 2
_FRAME_KEYS = ("measure", "predicate", "entities", "qualifiers", "role", "aggregation", "time", "period", "as_of",
               "relative", "subject", "restates")


def claim_json(loc: Located, as_of: Optional[str]) -> dict:
    """One claim as it appears in the report."""
    c = loc.claim
    line, col = loc.line_col
    return {
        "file": loc.doc.path, "line": line, "column": col, "quote": c.text, "kind": c.kind,
        "value": clean_number(c.value), "low": clean_number(c.low), "high": clean_number(c.high),
        "low_inclusive": c.low_inclusive, "high_inclusive": c.high_inclusive, "hedge": c.hedge,
        "precision": clean_number(c.precision), "unit": c.unit, "counted": c.counted, "date": c.date,
        "season": c.season, "scope": c.scope, "as_of": as_of,
        "frame": {k: (list(v) if isinstance(v, tuple) else v) for k, v in zip(_FRAME_KEYS, c.frame.to_row())},
        **_where(loc),
    }


def fact_json(fact: FactResult, analysis: Analysis) -> dict:
    """One fact (or candidate fact) with its verdict, claims and the pairs that do not agree."""
    out = {
        "id": fact.fact_id, "label": fact.label, "verdict": fact.verdict, "reason": fact.reason,
        "severity": fact.severity, "rule": fact.rule_location, "origin": fact.origin,
        "confidence": fact.confidence,
        "claims": [claim_json(loc, analysis.as_of_for(loc)) for loc in fact.claims],
        "pairs": [{
            "verdict": p.verdict, "reason": p.reason,
            "a": {"file": p.a.doc.path, "line": p.a.line_col[0], "quote": p.a.claim.text, **_where(p.a)},
            "b": {"file": p.b.doc.path, "line": p.b.line_col[0], "quote": p.b.claim.text, **_where(p.b)},
        } for p in fact.pairs],
    }
    if fact.suggested_rule is not None:
        out["suggested_rule"] = fact.suggested_rule
    return out


def _where(loc: Located) -> dict:
    """``{"place": "page 3:line 7:col 30"}`` for a claim in a paged or tabular source, else nothing."""
    return {"place": loc.doc.place(loc.claim.start)} if loc.doc.segments else {}


def _source(d) -> dict:
    """A source entry; a PDF, Word, table or web page also names its format, title and date origin."""
    out = {"file": d.path, "sha256": d.sha256, "date": d.date, "date_source": d.date_source, "notes": list(d.notes)}
    if d.meta.get("format") not in (None, "txt", "md"):
        out.update({k: d.meta[k] for k in ("format", "title", "published_from", "pages") if k in d.meta})
    return out


def _dumps(value) -> str:
    # compact, one claim per line: large reports stay fast to write and still diff-able
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace('},{"file"', '},\n{"file"')


def render(analysis: Analysis, timestamp: Optional[str] = None) -> str:
    """The whole report as a JSON document (stable key order, no timestamp unless given)."""
    return "".join(pieces(analysis, timestamp))


def pieces(analysis: Analysis, timestamp: Optional[str] = None) -> Iterator[str]:
    """The JSON report piece by piece: facts are serialised one at a time, so a corpus with half a million
    claims never holds all their dictionaries, nor the whole text, at once."""
    head = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "sources": [_source(d) for d in analysis.sources],
        "unreadable": list(analysis.errors),
    }
    yield _dumps(head)[:-1]
    for key, facts in (("facts", analysis.facts), ("candidates", analysis.candidates)):
        yield f',"{key}":['
        for i, f in enumerate(facts):
            yield ("," if i else "") + _dumps(fact_json(f, analysis))
        yield "]"
    yield ',"stats":' + _dumps(analysis.stats)
    if timestamp:
        yield ',"generated":' + _dumps(timestamp)
    yield "}\n"
