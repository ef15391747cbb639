"""Score ``factcheck lint`` on a set of drafts against its gold.yaml (the format is in its header).

A set is a folder of drafts next to this one under ``tests/corpora/`` (``--set drafts3``); the default is this
folder, ``drafts2``.

Every draft is linted through the command line's entry point, as a user runs it, in this process
(``factcheck lint DRAFT --against SOURCES --format json``), and its error-level findings are matched
to the gold by line and column: a finding *hits* a planted error when its span overlaps the planted figure on
the same line.  A hit is *strict* when the finding also quotes one of the source figures the gold names for
that error (``cites``) in its evidence.

* precision        = error findings that hit a planted error / all error findings
* recall           = planted errors hit by an error finding / all planted errors
* strict precision = error findings that hit a planted error and cite its source figure / all error findings
* strict recall    = planted errors hit by a finding that cites the source figure / all planted errors
* ok clean         = ok + unsourced figures with no error finding / all ok + unsourced figures

A planted error marked ``expect: warning`` in the gold (an outdated figure: a source has a newer one) is also
found by a warning-level finding on it; precision still counts error-level findings only.

Lint runs in an empty temporary folder, so that no config file adds sources.  Run from the repository root:

    PYTHONPATH=$PWD python tests/corpora/drafts2/score.py [--set drafts3] [--check] [--json FILE] [draft ...]

``--check`` only resolves the gold against the drafts and the sources (no lint run); ``--json FILE`` writes
every draft's findings to FILE.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
ROOT = CORPORA.parent.parent
sys.path.insert(0, str(CORPORA.parent))
sys.path.insert(0, str(ROOT))  # (this checkout's factcheck)

from corpora.gold import figure_spans  # noqa: E402  (the gold helper; it does not import factcheck)


def set_folder(name: str | None = None) -> Path:
    """The folder of a set of drafts (``drafts2``, ``drafts3``, ...); none: this folder."""
    folder = CORPORA / name if name else HERE
    if not (folder / "gold.yaml").is_file():
        raise SystemExit(f"no gold.yaml in {folder}")
    return folder


def load_gold(wanted: set[str] | None = None, set_name: str | None = None) -> list[dict]:
    """The drafts of a set's gold.yaml, every figure resolved to its (line, first column, end column), 1-based."""
    folder = set_folder(set_name)
    data = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    out = []
    for d in data["drafts"]:
        if wanted and d["draft"] not in wanted and d["draft"].split(".")[0] not in wanted:
            continue
        lines = (folder / d["draft"]).read_text(encoding="utf-8").split("\n")
        sources = [CORPORA / d["topic"] / s for s in d.get("against") or []]
        entry = {**d, "path": str(folder / d["draft"]), "sources": [str(s) for s in sources]}
        for key in ("errors", "ok", "unsourced"):
            resolved = []
            for item in d.get(key) or []:
                text = lines[item["line"] - 1]
                spans = figure_spans(text, item["figure"])
                nth = item.get("nth", 1)
                if len(spans) < nth or (len(spans) > 1 and "nth" not in item):
                    raise SystemExit(f"{d['draft']}:{item['line']}: figure {item['figure']!r} occurs "
                                     f"{len(spans)} times on the line (add nth: k)")
                start, end = spans[nth - 1]
                resolved.append({**item, "col": start + 1, "end_col": end + 1, "sentence": text})
            entry[key] = resolved
        # every cited figure must be in a source (or, for a self draft, in the draft itself)
        texts = [s.read_text(encoding="utf-8") for s in sources] or ["\n".join(lines)]
        for e in entry["errors"]:
            if not any(figure_spans(t, c) for t in texts for c in e.get("cites") or []):
                raise SystemExit(f"{d['draft']}:{e['line']}: no cited figure {e.get('cites')} is in the sources")
        out.append(entry)
    return out


def run_lint(entry: dict) -> list[dict]:
    """The findings of ``factcheck lint`` on one draft, as JSON dicts: the command line's own entry point, run
    in this process (``factcheck lint DRAFT --against SOURCES --format json --no-cache -q -j 1``)."""
    from factcheck.cli import main

    draft = entry.get("path") or str(HERE / entry["draft"])
    args = ["lint", draft, "--format", "json", "--no-cache", "-q", "-j", "1"]
    if entry["sources"]:
        args += ["--against", *entry["sources"]]
    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    # run outside the repository: its pyproject.toml [tool.factcheck] names default sources (seeds/), which
    # lint would add to a draft given no --against (a self draft must be checked against itself only)
    with tempfile.TemporaryDirectory() as cwd:
        os.chdir(cwd)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(args)
        finally:
            os.chdir(here)
    if code not in (0, 1):
        raise SystemExit(f"{entry['draft']}: lint exited {code}: {err.getvalue()}")
    return json.loads(out.getvalue())["findings"]


def overlaps(finding: dict, item: dict) -> bool:
    return (finding["line"] == item["line"] and finding["column"] < item["end_col"]
            and finding["end_column"] > item["col"])


def cites(finding: dict, item: dict) -> bool:
    """The finding quotes one of the source figures the gold expects for this error."""
    quotes = [e.get("quote") or "" for e in finding.get("evidence") or []]
    return any(figure_spans(q, c) for q in quotes for c in item.get("cites") or [])


def is_error(f: dict) -> bool:
    return f["level"] == "error" and not f.get("suppressed")


def catches(f: dict, item: dict) -> bool:
    """The finding is at a level that finds this planted error (error; warning too for ``expect: warning``)."""
    if is_error(f):
        return True
    return item.get("expect") == "warning" and f["level"] == "warning" and not f.get("suppressed")


def score_draft(entry: dict, findings: list[dict]) -> dict:
    errors = [f for f in findings if is_error(f)]
    hits = [f for f in errors if any(overlaps(f, e) for e in entry["errors"])]
    strict = [f for f in hits if any(overlaps(f, e) and cites(f, e) for e in entry["errors"])]
    found = [e for e in entry["errors"] if any(overlaps(f, e) and catches(f, e) for f in findings)]
    strict_found = [e for e in found if any(overlaps(f, e) and catches(f, e) and cites(f, e) for f in findings)]
    clean_items = entry["ok"] + entry["unsourced"]
    dirty = [i for i in clean_items if any(overlaps(f, i) for f in errors)]
    return {"draft": entry["draft"], "entry": entry, "findings": findings, "errors": errors, "hits": hits,
            "strict": strict, "false": [f for f in errors if f not in hits], "found": found,
            "strict_found": strict_found, "missed": [e for e in entry["errors"] if e not in found],
            "clean_items": clean_items, "dirty": dirty}


def totals(drafts: list[dict]) -> dict:
    n = lambda key: sum(len(d[key]) for d in drafts)  # noqa: E731
    n_err, planted, clean = n("errors"), sum(len(d["entry"]["errors"]) for d in drafts), n("clean_items")
    ok_items = sum(len(d["entry"]["ok"]) for d in drafts)
    ok_dirty = sum(1 for d in drafts for i in d["dirty"] if i in d["entry"]["ok"])
    return {"error_findings": n_err, "hits": n("hits"), "strict_hits": n("strict"), "false": n("false"),
            "planted": planted, "found": n("found"), "strict_found": n("strict_found"),
            "clean_items": clean, "dirty": n("dirty"), "ok_items": ok_items, "ok_dirty": ok_dirty,
            "precision": n("hits") / n_err if n_err else 1.0, "recall": n("found") / planted,
            "strict_precision": n("strict") / n_err if n_err else 1.0,
            "strict_recall": n("strict_found") / planted,
            "ok_clean": 1 - n("dirty") / clean, "ok_only_clean": 1 - ok_dirty / ok_items}


def summary(drafts: list[dict]) -> str:
    t = totals(drafts)
    lines = [f"{'draft':26} errors hits strict false  planted found strict  ok/unsourced-with-error"]
    for d in drafts:
        lines.append(f"{d['draft']:26} {len(d['errors']):6} {len(d['hits']):4} {len(d['strict']):6} "
                     f"{len(d['false']):5}  {len(d['entry']['errors']):7} {len(d['found']):5} "
                     f"{len(d['strict_found']):6}  {len(d['dirty'])}/{len(d['clean_items'])}")
    lines.append(f"precision {t['precision']:.3f} ({t['hits']}/{t['error_findings']})  recall {t['recall']:.3f} "
                 f"({t['found']}/{t['planted']})")
    lines.append(f"strict precision {t['strict_precision']:.3f} ({t['strict_hits']}/{t['error_findings']})  "
                 f"strict recall {t['strict_recall']:.3f} ({t['strict_found']}/{t['planted']})")
    lines.append(f"ok clean {t['ok_clean']:.3f} ({t['clean_items'] - t['dirty']}/{t['clean_items']} ok+unsourced)  "
                 f"ok-only clean {t['ok_only_clean']:.3f} ({t['ok_items'] - t['ok_dirty']}/{t['ok_items']})")
    warned = [e for d in drafts for e in d["entry"]["errors"] if e.get("expect") == "warning"]
    if warned:
        found_w = [e for d in drafts for e in d["found"] if e.get("expect") == "warning"]
        by_warning = [e for d in drafts for e in d["found"] if e.get("expect") == "warning"
                      and not any(overlaps(f, e) for f in d["errors"])]
        ok_warned = sum(1 for d in drafts for i in d["clean_items"]
                        if any(overlaps(f, i) and f["level"] == "warning" for f in d["findings"]))
        lines.append(f"outdated (warning expected): found {len(found_w)}/{len(warned)} "
                     f"({len(by_warning)} by a warning only)  ok/unsourced figures with a warning: "
                     f"{ok_warned}/{t['clean_items']}")
    return "\n".join(lines)


def details(drafts: list[dict]) -> str:
    out = []
    for d in drafts:
        out.append(f"=== {d['draft']}")
        for f in d["false"]:
            on = [i["figure"] for i in d["clean_items"] if overlaps(f, i)]
            out.append(f"  FALSE line {f['line']}:{f['column']} {f['quote']!r} (gold: {on or 'not listed'}): "
                       f"{f['verdict']}[{f['fact']}]: {f['message']}")
        for e in d["missed"]:
            said = [f"{f['level']} {f['verdict']}: {f['message']}" for f in d["findings"] if overlaps(f, e)]
            out.append(f"  MISS line {e['line']} {e['figure']!r} ({e['kind']}; {e['truth']}): "
                       + ("; ".join(said) or "no finding"))
        for e in d["found"]:
            tag = "hit   " if e in d["strict_found"] else "HIT FOR A WRONG REASON"
            said = [f"{f['verdict']}[{f['fact']}]: {f['message']}" for f in d["findings"]
                    if overlaps(f, e) and catches(f, e)]
            out.append(f"  {tag} line {e['line']} {e['figure']!r}: " + "; ".join(said))
        for f in d["findings"]:
            if not is_error(f):
                out.append(f"  ({f['level']}) line {f['line']}:{f['column']} {f['quote']!r}: {f['message']}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("drafts", nargs="*")
    ap.add_argument("--set", dest="set_name", default="drafts2",
                    help="the folder of drafts under tests/corpora/ to score (default: drafts2)")
    ap.add_argument("--check", action="store_true", help="only resolve the gold, do not run lint")
    ap.add_argument("--json", help="write the findings of every draft to this file")
    args = ap.parse_args()
    entries = load_gold(set(args.drafts) or None, args.set_name)
    n_fig = sum(len(e[k]) for e in entries for k in ("errors", "ok", "unsourced"))
    if args.check:
        print(f"gold resolves: {len(entries)} drafts, {n_fig} figures, "
              f"{sum(len(e['errors']) for e in entries)} planted errors")
        return
    drafts = [score_draft(e, run_lint(e)) for e in entries]
    if args.json:
        Path(args.json).write_text(json.dumps({d["draft"]: d["findings"] for d in drafts}, indent=1,
                                              ensure_ascii=False), encoding="utf-8")
    print(details(drafts))
    print(summary(drafts))


if __name__ == "__main__":
    main()
