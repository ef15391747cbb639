"""`factcheck lint` on news drafts with planted errors, against the sources of corpus topics no rule covers.

The drafts and their gold are in ``tests/corpora/drafts/`` (see ``gold.yaml`` there for the format).  Every
draft is linted through the CLI (``factcheck lint DRAFT --against SOURCES --format json``) and its error-level
findings are matched to the gold by line and column: a finding *hits* a planted error when its span overlaps
the planted figure on the same line.

* precision = error findings that hit a planted error / all error findings
* recall    = planted errors hit by an error finding / all planted errors

A hit is *right* when the finding also cites one of the source figures the gold names for that error
(``cites``): "Mac sales $23.9 billion" flagged against the company's total revenue hits the planted error for
a wrong reason, and the same finding would be raised on a correct Mac figure.  ``strict precision`` and
``strict recall`` count right hits only.

The floors below sit just under the scores measured when this test was written (see
``tests/corpora/drafts/FINDINGS.md``), so a regression fails the test.  Run this file as a script for the
details of every draft: ``PYTHONPATH=$PWD python tests/test_lint_drafts.py [draft ...]``.
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from corpora.gold import figure_spans  # noqa: E402

from factcheck.cli import main  # noqa: E402

DRAFTS = HERE / "corpora" / "drafts"
CORPORA = HERE / "corpora"

# measured again after lint settles disputed sources by date and self-check keeps aggregations apart
# (see FINDINGS.md); a floor just under each
PRECISION_FLOOR = 0.95  # measured 1.000 (24/24)
RECALL_FLOOR = 0.76  # measured 0.765 (26/34); 0.735 before "315 of them died" read as deaths, 0.676 before restated sentences
STRICT_PRECISION_FLOOR = 0.89  # measured 0.917 (22/24)
STRICT_RECALL_FLOOR = 0.59  # measured 0.618 (21/34)
OK_CLEAN_FLOOR = 0.99  # measured 1.000 (150/150); share of ok + unsourced figures with no error finding


def load_gold() -> list[dict]:
    """The drafts of gold.yaml, every figure resolved to its (line, first column, end column), 1-based."""
    data = yaml.safe_load((DRAFTS / "gold.yaml").read_text(encoding="utf-8"))
    out = []
    for d in data["drafts"]:
        lines = (DRAFTS / d["draft"]).read_text(encoding="utf-8").split("\n")
        entry = {**d, "sources": [str(CORPORA / d["topic"] / s) for s in d.get("against") or []]}
        for key in ("errors", "ok", "unsourced"):
            resolved = []
            for item in d.get(key) or []:
                text = lines[item["line"] - 1]
                spans = figure_spans(text, item["figure"])
                nth = item.get("nth", 1)
                if len(spans) < nth or (len(spans) > 1 and "nth" not in item):
                    raise ValueError(f"{d['draft']}:{item['line']}: figure {item['figure']!r} occurs "
                                     f"{len(spans)} times on the line (add nth: k)")
                start, end = spans[nth - 1]
                resolved.append({**item, "col": start + 1, "end_col": end + 1, "sentence": text})
            entry[key] = resolved
        out.append(entry)
    return out


def run_lint(entry: dict) -> list[dict]:
    """The findings of ``factcheck lint`` on one draft, as JSON dicts."""
    args = ["lint", str(DRAFTS / entry["draft"]), "--format", "json", "--no-cache", "-q", "-j", "1"]
    if entry["sources"]:
        args += ["--against", *entry["sources"]]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    assert code in (0, 1), f"{entry['draft']}: lint exited {code}: {err.getvalue()}"
    return json.loads(out.getvalue())["findings"]


def overlaps(finding: dict, item: dict) -> bool:
    return (finding["line"] == item["line"] and finding["column"] < item["end_col"]
            and finding["end_column"] > item["col"])


def cites(finding: dict, item: dict) -> bool:
    """The finding names one of the source figures the gold expects for this error."""
    quotes = [e["quote"] for e in finding.get("evidence") or []]
    return any(figure_spans(q, c) for q in quotes for c in item.get("cites") or [])


def score_draft(entry: dict, findings: list[dict]) -> dict:
    errors = [f for f in findings if f["level"] == "error" and not f["suppressed"]]
    hits = [f for f in errors if any(overlaps(f, e) for e in entry["errors"])]
    right = [f for f in hits if any(overlaps(f, e) and cites(f, e) for e in entry["errors"])]
    false = [f for f in errors if f not in hits]
    found = [e for e in entry["errors"] if any(overlaps(f, e) for f in errors)]
    right_found = [e for e in found if any(overlaps(f, e) and cites(f, e) for f in errors)]
    missed = [e for e in entry["errors"] if e not in found]
    clean_items = entry["ok"] + entry["unsourced"]
    dirty = [i for i in clean_items if any(overlaps(f, i) for f in errors)]
    return {"draft": entry["draft"], "errors": len(errors), "hits": len(hits), "false": false,
            "right": len(right), "right_found": right_found, "wrong_reason": [e for e in found if e not in right_found],
            "planted": len(entry["errors"]), "found": found, "missed": missed,
            "clean_items": len(clean_items), "dirty": dirty, "findings": findings}


def score_all(entries: list[dict]) -> dict:
    drafts = [score_draft(e, run_lint(e)) for e in entries]
    n_err = sum(d["errors"] for d in drafts)
    hits = sum(d["hits"] for d in drafts)
    planted = sum(d["planted"] for d in drafts)
    found = sum(len(d["found"]) for d in drafts)
    right = sum(d["right"] for d in drafts)
    right_found = sum(len(d["right_found"]) for d in drafts)
    clean = sum(d["clean_items"] for d in drafts)
    dirty = sum(len(d["dirty"]) for d in drafts)
    return {"drafts": drafts, "precision": hits / n_err if n_err else 1.0, "recall": found / planted,
            "strict_precision": right / n_err if n_err else 1.0, "strict_recall": right_found / planted,
            "right": right, "right_found": right_found,
            "ok_clean": 1 - dirty / clean, "error_findings": n_err, "hits": hits, "planted": planted,
            "found": found, "clean_items": clean, "dirty": dirty}


def summary(s: dict) -> str:
    lines = [f"{'draft':26} errors hits false  planted found  ok-figures-with-error"]
    for d in s["drafts"]:
        lines.append(f"{d['draft']:26} {d['errors']:6} {d['hits']:4} {len(d['false']):5}  {d['planted']:7} "
                     f"{len(d['found']):5}  {len(d['dirty'])}/{d['clean_items']}")
    lines.append(f"precision {s['precision']:.3f} ({s['hits']}/{s['error_findings']} error findings hit a planted "
                 f"error)  recall {s['recall']:.3f} ({s['found']}/{s['planted']} planted errors found)  "
                 f"ok clean {s['ok_clean']:.3f} ({s['clean_items'] - s['dirty']}/{s['clean_items']})")
    lines.append(f"strict precision {s['strict_precision']:.3f} ({s['right']}/{s['error_findings']})  strict recall "
                 f"{s['strict_recall']:.3f} ({s['right_found']}/{s['planted']}): hits that cite the right source figure")
    return "\n".join(lines)


def test_drafts_gold_resolves():
    entries = load_gold()
    assert len([e for e in entries if e["sources"]]) >= 10
    assert len([e for e in entries if not e["sources"]]) >= 2
    for e in entries:
        assert 2 <= len(e["errors"]) <= 4, e["draft"]
        for path in e["sources"]:
            assert Path(path).is_file(), path


@pytest.fixture(scope="module")
def scores():
    return score_all(load_gold())


def test_lint_drafts_precision_recall(scores):
    print()
    print(summary(scores))
    assert scores["precision"] >= PRECISION_FLOOR, summary(scores)
    assert scores["recall"] >= RECALL_FLOOR, summary(scores)
    assert scores["ok_clean"] >= OK_CLEAN_FLOOR, summary(scores)
    assert scores["strict_precision"] >= STRICT_PRECISION_FLOOR, summary(scores)
    assert scores["strict_recall"] >= STRICT_RECALL_FLOOR, summary(scores)


def _details(s: dict) -> str:
    out = []
    for d in s["drafts"]:
        out.append(f"=== {d['draft']}")
        for e in d["missed"]:
            said = [f"{f['level']} {f['verdict']}: {f['message']}" for f in d["findings"] if overlaps(f, e)]
            out.append(f"  MISS line {e['line']} {e['figure']!r} ({e['kind']}; {e['truth']}): "
                       + ("; ".join(said) or "no finding"))
        for e in d["found"]:
            tag = "hit " if e in d["right_found"] else "HIT FOR A WRONG REASON"
            said = [f"{f['verdict']}[{f['fact']}]: {f['message']}" for f in d["findings"]
                    if f["level"] == "error" and overlaps(f, e)]
            out.append(f"  {tag} line {e['line']} {e['figure']!r}: " + "; ".join(said))
        for f in d["false"]:
            out.append(f"  FALSE line {f['line']}:{f['column']} {f['quote']!r}: {f['verdict']}[{f['fact']}]: {f['message']}")
        for f in d["findings"]:
            if f["level"] != "error":
                out.append(f"  ({f['level']}) line {f['line']}:{f['column']} {f['quote']!r}: {f['message']}")
    return "\n".join(out)


if __name__ == "__main__":
    wanted = set(sys.argv[1:])
    entries = [e for e in load_gold() if not wanted or e["draft"] in wanted or e["draft"].split(".")[0] in wanted]
    result = score_all(entries)
    print(_details(result))
    print(summary(result))
