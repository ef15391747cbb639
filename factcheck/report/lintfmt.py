"""Lint output: linter text lines, versioned JSON and GitHub workflow commands."""
from __future__ import annotations

import json
from typing import Sequence

from .. import __version__
from ..lint import Finding, LintResult

SCHEMA_VERSION = 1
_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET, _BOLD = "\033[0m", "\033[1m"


def summary(findings: Sequence[Finding]) -> dict:
    """Counts of active findings by level, and of suppressed ones."""
    active = [f for f in findings if f.suppressed is None]
    out = {"findings": len(active), "error": 0, "warning": 0, "info": 0,
           "suppressed": len(findings) - len(active)}
    for f in active:
        out[f.level] += 1
    return out


def _summary_line(result: LintResult) -> str:
    s = summary(result.findings)
    n = s["findings"]
    text = f"{n} finding{'s' if n != 1 else ''}"
    if n:
        text += f" ({s['error']} error, {s['warning']} warning, {s['info']} info)"
    if s["suppressed"]:
        text += f", {s['suppressed']} suppressed"
    return text + f" in {result.drafts} draft{'s' if result.drafts != 1 else ''} against {result.sources} source{'s' if result.sources != 1 else ''}"


def render_text(result: LintResult, colour: bool = False) -> str:
    """One ``file:line:col: level verdict[fact] message`` line per finding, then a summary line."""
    lines = []
    for f in result.findings:
        if f.suppressed is not None:
            continue
        level = f"{_COLOURS[f.level]}{f.level}{_RESET}" if colour else f.level
        at = f"{f.file}:{f.place or f'{f.line}:{f.column}'}:"
        where = f"{_BOLD}{at}{_RESET}" if colour else at
        lines.append(f"{where} {level} {f.verdict}[{f.rule}] {f.message}")
    for s in result.unused:
        ids = f"[{','.join(s.ids)}]" if s.ids else ""
        lines.append(f"{s.file}:{s.comment_line}:{s.column}: warning unused-ignore factcheck: ignore{ids} suppresses nothing")
    lines.append(_summary_line(result))
    return "\n".join(lines) + "\n"


def render_json(result: LintResult) -> str:
    """The versioned JSON object: tool, findings, errors, summary."""
    doc = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "findings": [f.to_dict() for f in result.findings],
        "unused_ignores": [{"file": s.file, "line": s.comment_line, "column": s.column, "ids": list(s.ids)}
                           for s in result.unused],
        "errors": list(result.errors),
        "summary": {**summary(result.findings), "drafts": result.drafts, "sources": result.sources},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: LintResult) -> str:
    """GitHub Actions workflow commands (``::error file=…,line=…::message``)."""
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in result.findings:
        if f.suppressed is not None:
            continue
        props = (f"file={_escape_property(f.file)},line={f.line},col={f.column},endLine={f.end_line},"
                 f"endColumn={f.end_column},title={_escape_property(f'{f.verdict}[{f.rule}]')}")
        lines.append(f"::{kinds[f.level]} {props}::{_escape_data(f.message)}")
    lines.append(_summary_line(result))
    return "\n".join(lines) + "\n"
