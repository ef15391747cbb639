"""``factcheck lint``: check drafts' figures against sources, like a linter."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..config import FAIL_ON_CHOICES
from ..config import FORMATS as LINT_FORMATS
from .common import (add_rules_options, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, add_run_options, document_checker, err,
                     load_rules, read_sources, warn_timeouts)

def cmd_lint(args) -> int:
    from ..config import ConfigError, load_config, merge, parse_date_options
    from ..lint import LintResult, exit_code, lint
    from ..lintsuppress import apply_suppressions, baseline_json, read_baseline
    from ..pipeline import Checker
    from ..report import lintfmt, sarif, write_atomic
    from ..sources import expand_sources

    try:
        config = merge(load_config(args.config), sources=args.against, fail_on=args.fail_on,
                       format=args.format, exclude=args.exclude, baseline=args.baseline)
        given_dates = parse_date_options(args.date)
    except ConfigError as exc:
        err(f"invalid config: {exc}")
        return EXIT_ERROR
    fmt = config.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    if args.show_config:
        print(json.dumps({**config.as_dict(), "format": fmt}, indent=2))
        return EXIT_OK
    if not args.files:
        raise UsageError("factcheck lint: give at least one draft FILE (or - for standard input)")
    ruleset = load_rules(args, config)  # the config's rules, then --rules layered over them
    input_errors: list[str] = []
    draft_files, problems = expand_sources(args.files, config.exclude)
    for p in problems:
        err(p)
    input_errors += problems
    drafts = read_sources(draft_files, ruleset.vocab, input_errors, config.dates, given_dates, config.columns())
    source_files, problems = expand_sources(config.sources, config.exclude)
    if problems:
        for p in problems:
            err(f"--against {p}")
        return EXIT_ERROR
    if not config.sources and not any(ruleset.fact(f.id).reference for f in ruleset.facts):
        err("note: no sources given (--against) and no reference values in the rules; nothing to check against")
    source_errors: list[str] = []
    sources = read_sources([f for f in source_files if f not in set(draft_files)], ruleset.vocab, source_errors,
                           config.dates, given_dates, config.columns())
    if source_errors:
        return EXIT_ERROR
    baseline: set = set()
    if config.baseline and not args.write_baseline:
        try:
            baseline = read_baseline(config.baseline)
        except ValueError as exc:
            err(str(exc))
            return EXIT_ERROR
    checker = Checker(ruleset)
    findings = lint(drafts, sources, checker, check=document_checker(args, checker, list(config.sources) or draft_files, config.scheduler))
    warn_timeouts(checker)
    findings, unused = apply_suppressions(findings, drafts, baseline)
    if args.write_baseline:
        target = args.write_baseline if isinstance(args.write_baseline, str) else (config.baseline or ".factcheck-baseline.json")
        try:
            write_atomic(Path(target), baseline_json([f for f in findings if f.suppressed is None]))
        except OSError as exc:
            err(f"cannot write baseline {target}: {exc.strerror or exc}")
            return EXIT_ERROR
        err(f"wrote {target} with {sum(1 for f in findings if f.suppressed is None)} accepted findings")
        return EXIT_OK
    result = LintResult(findings, input_errors, unused if args.report_unused_ignores else [], len(drafts), len(sources))
    if fmt == "json":
        out = lintfmt.render_json(result)
    elif fmt == "sarif":
        out = sarif.render_sarif(result, ruleset)
    elif fmt == "github":
        out = lintfmt.render_github(result)
    else:
        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        out = lintfmt.render_text(result, colour=colour)
    sys.stdout.write(out)
    if input_errors:
        return EXIT_ERROR
    code = exit_code(findings, config.fail_on)
    if code == EXIT_OK and result.unused:
        return EXIT_FINDINGS
    return code


def register(sub) -> None:
    """Add the ``lint`` sub-command."""
    p = sub.add_parser("lint", help="check a draft's figures against sources, like a linter")
    p.add_argument("files", nargs="*", metavar="FILE", help="drafts (.txt, .md, .html); - reads standard input")
    p.add_argument("--against", action="extend", nargs="+", metavar="PATH", help="source files, folders or globs")
    add_rules_options(p, config=False)
    p.add_argument("--format", choices=LINT_FORMATS,
                   help="output format (default: text; github when GITHUB_ACTIONS=true)")
    p.add_argument("--fail-on", choices=FAIL_ON_CHOICES,
                   help="lowest verdict that makes the exit code 1 (default: differ)")
    p.add_argument("--config", metavar="FILE", help="config file (default: .factcheck.yaml or pyproject.toml)")
    p.add_argument("--exclude", action="append", metavar="GLOB", help="skip matching files (repeatable)")
    p.add_argument("--baseline", metavar="FILE", help="accepted findings to suppress (see --write-baseline)")
    p.add_argument("--write-baseline", nargs="?", const=True, metavar="FILE",
                   help="write the current findings as the accepted baseline and exit 0")
    p.add_argument("--report-unused-ignores", action="store_true", help="report ignore comments that suppress nothing")
    p.add_argument("--show-config", action="store_true", help="print the effective configuration and exit")
    add_run_options(p)
    p.set_defaults(func=cmd_lint)
