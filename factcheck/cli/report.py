"""``factcheck report``: the discrepancy report for a set of sources (Markdown, JSON, HTML)."""
from __future__ import annotations

import os
from pathlib import Path

from ..config import FAIL_ON_CHOICES
from .common import (add_rules_options, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, add_run_options, document_checker, err,
                     load_rules, read_sources, warn_timeouts)

REPORT_FORMATS = ("md", "json", "html")


def _formats(value: str) -> list[str]:
    wanted = [f.strip().lower() for f in value.split(",") if f.strip()]
    wanted = ["md" if f == "markdown" else f for f in wanted]
    bad = [f for f in wanted if f not in REPORT_FORMATS]
    if bad or not wanted:
        raise UsageError(f"factcheck report: unknown format {', '.join(bad) or value!r}; use any of md,json,html")
    return list(dict.fromkeys(wanted))


def cmd_report(args) -> int:
    from ..config import ConfigError, load_config, parse_date_options
    from ..lint import FAIL_ON
    from ..batch import compressed
    from ..pipeline import Checker
    from ..report import html, jsonfmt, markdown, write_all_atomic
    from ..sources import expand_sources

    formats = _formats(args.format)
    try:
        config = load_config(args.config)
        given_dates = parse_date_options(args.date)
    except ConfigError as exc:
        err(f"invalid config: {exc}")
        return EXIT_ERROR
    ruleset = load_rules(args, config)
    out_dir = Path(args.output)
    files, problems = expand_sources(args.sources or list(config.sources) or ["seeds"], config.exclude,
                                     skip_folders=[str(out_dir)])  # never read last run's reports as sources
    for p in problems:
        err(p)
    errors = list(problems)
    dates = (config.dates, given_dates)
    stored = _stored_report(args, ruleset, files, formats, dates) if not problems else None
    if stored and stored[1]:
        try:
            return _replay(stored[1], out_dir)
        finally:
            stored[0].close()
    docs = read_sources(files, ruleset.vocab, errors, *dates, columns=config.columns())
    if not docs:
        err("no readable sources; nothing was written")
        return EXIT_ERROR
    if not args.dry_run:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            err(f"cannot create report folder {out_dir}: {exc.strerror or exc}")
            return EXIT_ERROR
        if not os.access(out_dir, os.W_OK):
            err(f"report folder {out_dir} is not writable; nothing was written")
            return EXIT_ERROR
    checker = Checker(ruleset)
    analysis = checker.analyse(docs, errors, checks=document_checker(args, checker, files, config.scheduler)(docs))
    warn_timeouts(checker)
    failing = FAIL_ON[args.fail_on]
    bad = [f for f in analysis.facts if f.verdict in failing]
    if args.dry_run:
        for f in bad:
            loc = f.pairs[0].a if f.pairs else f.claims[0]
            line, col = loc.line_col
            print(f"{loc.doc.path}:{line}:{col}: {f.verdict}[{f.fact_id}] {f.label}: {f.reason}")
        print(_report_summary(analysis, docs))
        return EXIT_ERROR if errors else (EXIT_FINDINGS if bad else EXIT_OK)
    stamp = None
    if args.timestamp:
        import datetime as dt

        stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    renderers = {"md": markdown.pieces, "json": jsonfmt.pieces, "html": html.pieces}
    keep = bool(stored) and not errors and _unchanged(stored[2], docs, ruleset, formats, args, dates)
    kept: dict = {}  # report file name -> its compressed parts, stored in the cache once all are written
    rendered = {}
    for fmt in formats:  # each report is written a fact at a time, never held whole
        path = out_dir / f"discrepancies.{fmt}"
        pieces = renderers[fmt](analysis, stamp)
        rendered[path] = compressed(pieces, kept.setdefault(path.name, [])) if keep else pieces
    try:
        write_all_atomic(rendered)
    except OSError as exc:
        err(f"cannot write report in {out_dir}: {exc.strerror or exc}; existing reports are untouched")
        return EXIT_ERROR
    finally:
        if stored and not keep:
            stored[0].close()
    written = [str(p) for p in rendered]
    summary = _report_summary(analysis, docs)
    code = EXIT_ERROR if errors else (EXIT_FINDINGS if bad else EXIT_OK)
    if keep:
        stored[0].put_report(stored[2], kept, summary, code)
        stored[0].close()
    if args.verbose:
        for doc in docs:
            for note in doc.notes:
                err(f"{doc.path}: note: {note}")
        for loc, winner, others in analysis.ties:
            line, col = loc.line_col
            err(f"{loc.doc.path}:{line}:{col}: {loc.claim.text!r} matched {winner.rule.id} (most specific) over "
                 + ", ".join(o.rule.id for o in others))
    print(summary)
    print("wrote " + ", ".join(written))
    return code


def _stored_report(args, ruleset, files, formats, dates):
    """(cache, stored result or None, run key) when this exact run may have been made before, else None."""
    from ..batch import Cache, default_cache_path, run_key

    if args.no_cache or args.timestamp or args.dry_run or args.verbose or "-" in files:
        return None
    key = run_key(files, [str(f) for f in ruleset.files], _options(formats, args, dates))
    if key is None:
        return None
    cache = Cache.open(Path(args.cache) if args.cache else default_cache_path(files))
    if cache is None:
        return None
    return cache, cache.get_report(key), key


def _options(formats, args, dates) -> str:
    """The options a stored report depends on, as part of its run key."""
    return f"{sorted(formats)}|{args.fail_on}|{dates}"


def _unchanged(key: str, docs, ruleset, formats, args, dates) -> bool:
    """Whether the sources read are the ones the run key was made from (a source edited between listing
    and reading must not file this report under the old contents' key)."""
    from ..batch import run_key

    again = run_key([d.path for d in docs], [str(f) for f in ruleset.files], _options(formats, args, dates),
                    read={d.path: d.sha256 for d in docs})
    if again != key:
        err("note: a source changed during the run; this report is not kept in the cache")
        return False
    return True


def _replay(stored: dict, out_dir: Path) -> int:
    """Write a stored report again, as the cache gives it piece by piece: nothing changed since the run that
    made it."""
    from ..report import write_all_atomic

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_all_atomic({out_dir / name: text for name, text in stored["files"].items()})
    except OSError as exc:
        err(f"cannot write report in {out_dir}: {exc.strerror or exc}; existing reports are untouched")
        return EXIT_ERROR
    print(stored["summary"])
    print("wrote " + ", ".join(str(out_dir / name) for name in stored["files"]) + " (unchanged sources and rules)")
    return stored["code"]


def _report_summary(analysis, docs) -> str:
    counts = analysis.stats["verdicts"]
    summary = ", ".join(f"{counts.get(v, 0)} {v}" for v in ("differ", "updated", "loose", "other_scope", "rounded", "agree"))
    return (f"{len(docs)} sources, {analysis.claims_total} claims, {len(analysis.facts)} facts ({summary}), "
            f"{len(analysis.candidates)} candidate facts")


def register(sub) -> None:
    """Add the ``report`` sub-command."""
    p = sub.add_parser("report", help="write the discrepancy report for a set of sources")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="files, folders or globs (default: seeds/)")
    p.add_argument("-o", "--output", default="reports", metavar="DIR", help="report folder (default: reports/)")
    p.add_argument("--format", default="md,json,html", help="comma-separated: md, json, html (default: all)")
    add_rules_options(p, config=False)
    p.add_argument("--timestamp", action="store_true", help="write the generation time into the reports")
    p.add_argument("-v", "--verbose", action="store_true", help="also list rule ties on stderr")
    p.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default="never",
                   help="exit 1 when a fact has this verdict or a worse one (default: never)")
    p.add_argument("--dry-run", action="store_true", help="write no files; print failing facts and the summary")
    p.add_argument("--config", metavar="FILE", help="config file (default: .factcheck.yaml or pyproject.toml)")
    add_run_options(p)
    p.set_defaults(func=cmd_report)
