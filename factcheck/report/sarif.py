"""SARIF 2.1.0 output for code-scanning tools: one run, a rule per fact, sources as related locations."""
from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..lint import Finding, LintResult
from ..rules import RuleSet

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return Path(path).as_posix()


def _rule(fact_id: str, findings: list[Finding], ruleset: RuleSet) -> dict:
    rule = ruleset.fact(fact_id)
    label = rule.label if rule else findings[0].label
    help_text = (f"Figures for '{label}' must agree with the sources. "
                 + (f"Defined at {rule.location}." if rule else "Found by automatic grouping of similar statements."))
    return {
        "id": fact_id,
        "name": "".join(part.capitalize() for part in fact_id.split("-")),
        "shortDescription": {"text": label},
        "fullDescription": {"text": rule.description or label} if rule else {"text": label},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity if rule else "error", "error")},
    }


def _result(f: Finding, rule_index: dict) -> dict:
    out = {
        "ruleId": f.rule,
        "ruleIndex": rule_index[f.rule],
        "level": LEVELS[f.level],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(f.file)},
            "region": {"startLine": f.line, "startColumn": f.utf16_columns[0] or f.column, "endLine": f.end_line,
                       "endColumn": f.utf16_columns[1] or f.end_column, "snippet": {"text": f.quote}},
        }}],
        "partialFingerprints": {"factcheck/v1": f.fingerprint},
        "properties": {"verdict": f.verdict, "fact": f.fact, **({"place": f.place} if f.place else {})},
    }
    if f.place:  # lines and columns count in the extracted text; the page / paragraph / row is named here
        out["locations"][0]["logicalLocations"] = [{"name": f.place, "fullyQualifiedName": f"{f.file}:{f.place}",
                                                    "kind": "element"}]
    related = []
    for i, e in enumerate(f.evidence):
        related.append({
            "id": i + 1,
            "message": {"text": f"{e.verdict}: {e.quote} — {e.reason}"},
            "physicalLocation": {"artifactLocation": {"uri": _uri(e.file)},
                                 "region": {"startLine": max(e.line, 1), "startColumn": max(e.utf16_column or e.column, 1)}},
            **({"properties": {"place": e.place}} if e.place else {}),
        })
    if related:
        out["relatedLocations"] = related
    if f.suppressed:
        out["suppressions"] = [{"kind": "inSource" if f.suppressed == "inline" else "external"}]
    return out


def render_sarif(result: LintResult, ruleset: RuleSet) -> str:
    """The findings as one SARIF 2.1.0 log."""
    by_rule: dict = {}
    for f in result.findings:
        by_rule.setdefault(f.rule, []).append(f)
    rule_ids = sorted(by_rule)
    rule_index = {rid: i for i, rid in enumerate(rule_ids)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck", "version": __version__, "semanticVersion": __version__,
                "rules": [_rule(rid, by_rule[rid], ruleset) for rid in rule_ids],
            }},
            "columnKind": "utf16CodeUnits",  # SARIF's default, stated: GitHub code scanning counts these
            "results": [_result(f, rule_index) for f in result.findings],
            "invocations": [{"executionSuccessful": not result.errors,
                             "toolExecutionNotifications": [{"level": "error", "message": {"text": e}}
                                                            for e in result.errors]}],
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
