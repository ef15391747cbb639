"""The ``factcheck`` command line: extract, report, lint, rules, explain."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .config import FAIL_ON_CHOICES
from .config import FORMATS as LINT_FORMATS
from .intervals import format_interval
from .load import LoadError, load_document
from .model import Document
from .rulefiles import default_rules_dir, read_rule_files
from .vocab import Vocabulary, build_vocabulary
from .yamlsafe import RuleError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A bad command line; the message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit 2."""

    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _err(message: str) -> None:
    print(f"factcheck: {message}", file=sys.stderr)


def _rules_dirs(extra: Optional[Sequence[str]]) -> list[Path]:
    return [default_rules_dir()] + [Path(p) for p in (extra or [])]


def load_vocab(extra_rules: Optional[Sequence[str]]) -> Vocabulary:
    """The vocabulary of the default rules plus any ``--rules`` folders."""
    return build_vocabulary(read_rule_files(_rules_dirs(extra_rules)))


def read_sources(paths: Sequence[str], vocab: Vocabulary, errors: list[str]) -> list[Document]:
    """Load each path (``-`` is standard input); unreadable ones are reported in ``errors`` and skipped."""
    docs = []
    for path in paths:
        try:
            if path == "-":
                docs.append(load_document("<stdin>", vocab, data=sys.stdin.buffer.read()))
            else:
                docs.append(load_document(path, vocab))
        except LoadError as exc:
            errors.append(str(exc))
            _err(str(exc))
    return docs


def claim_record(doc: Document, claim) -> dict:
    """The JSON record of one claim: where it is, then every claim field."""
    line, col = doc.position(claim.start)
    return {"file": doc.path, "line": line, "column": col, **claim.to_dict()}


def cmd_extract(args) -> int:
    from .extractor import extract_document

    vocab = load_vocab(args.rules)
    errors: list[str] = []
    docs = read_sources(args.files, vocab, errors)
    out = sys.stdout
    for doc in docs:
        for claim in extract_document(doc, vocab):
            if args.format == "jsonl":
                out.write(json.dumps(claim_record(doc, claim), ensure_ascii=False) + "\n")
            else:
                line, col = doc.position(claim.start)
                shown = claim.date or (format_interval(claim.interval) if claim.value is not None or claim.low is not None else "")
                out.write(f"{doc.path}:{line}:{col}\t{claim.kind}\t{claim.text!r}\t{shown}\t"
                          f"{claim.hedge}\t{claim.unit or ''}\t{claim.counted or ''}\n")
    return EXIT_ERROR if errors else EXIT_OK


REPORT_FORMATS = ("md", "json", "html")


def load_rules(extra_rules: Optional[Sequence[str]]):
    """The RuleSet of the default rules plus any ``--rules`` folders (RuleError when invalid)."""
    from .rules import load_ruleset

    return load_ruleset(_rules_dirs(extra_rules))


def _formats(value: str) -> list[str]:
    wanted = [f.strip().lower() for f in value.split(",") if f.strip()]
    wanted = ["md" if f == "markdown" else f for f in wanted]
    bad = [f for f in wanted if f not in REPORT_FORMATS]
    if bad or not wanted:
        raise UsageError(f"factcheck report: unknown format {', '.join(bad) or value!r}; use any of md,json,html")
    return list(dict.fromkeys(wanted))


def _document_checker(args, checker, source_paths: Sequence[str]):
    """documents -> their DocumentChecks, with the run's --jobs, cache and progress options."""
    from .batch import Cache, check_all, default_cache_path

    jobs = args.jobs if args.jobs else (os.cpu_count() or 1)
    if jobs < 1:
        raise UsageError(f"factcheck: --jobs must be at least 1, not {args.jobs}")

    def run(docs):
        cache = None
        if not args.no_cache:
            cache = Cache.open(Path(args.cache) if args.cache else default_cache_path(source_paths))
        try:
            return check_all(docs, checker, jobs=jobs, cache=cache, progress=not args.quiet)
        finally:
            if cache:
                cache.close()
    return run


def _add_run_options(p) -> None:
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="extract in N processes (default: all cores; results do not depend on N)")
    p.add_argument("--cache", metavar="PATH", help="cache file for claims, document checks and reports (default: .factcheck/cache.sqlite by the sources)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")


def _warn_timeouts(checker) -> None:
    for rule_id, location in sorted(checker.aligner.timed_out.items()):
        _err(f"warning: {location}: rule {rule_id}: its pattern timed out (catastrophic backtracking) and was "
             f"disabled for this run; fix it and check with 'factcheck rules validate'")


def cmd_report(args) -> int:
    from .config import ConfigError, load_config
    from .lint import FAIL_ON
    from .pipeline import Checker
    from .report import html, jsonfmt, markdown, write_all_atomic
    from .sources import expand_sources

    formats = _formats(args.format)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        _err(f"invalid config: {exc}")
        return EXIT_ERROR
    ruleset = load_rules((args.rules or []) + list(config.rules))
    files, problems = expand_sources(args.sources or list(config.sources) or ["seeds"], config.exclude)
    for p in problems:
        _err(p)
    errors = list(problems)
    out_dir = Path(args.output)
    stored = _stored_report(args, ruleset, files, formats) if not problems else None
    if stored and stored[1]:
        return _replay(stored[1], out_dir)
    docs = read_sources(files, ruleset.vocab, errors)
    if not docs:
        _err("no readable sources; nothing was written")
        return EXIT_ERROR
    if not args.dry_run:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _err(f"cannot create report folder {out_dir}: {exc.strerror or exc}")
            return EXIT_ERROR
        if not os.access(out_dir, os.W_OK):
            _err(f"report folder {out_dir} is not writable; nothing was written")
            return EXIT_ERROR
    checker = Checker(ruleset)
    analysis = checker.analyse(docs, errors, checks=_document_checker(args, checker, files)(docs))
    _warn_timeouts(checker)
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
    renderers = {"md": markdown.render, "json": jsonfmt.render, "html": html.render}
    rendered = {out_dir / f"discrepancies.{fmt}": renderers[fmt](analysis, stamp) for fmt in formats}
    try:
        write_all_atomic(rendered)
    except OSError as exc:
        _err(f"cannot write report in {out_dir}: {exc.strerror or exc}; existing reports are untouched")
        return EXIT_ERROR
    written = [str(p) for p in rendered]
    summary = _report_summary(analysis, docs)
    code = EXIT_ERROR if errors else (EXIT_FINDINGS if bad else EXIT_OK)
    if stored and not errors:
        stored[0].put_report(stored[2], {p.name: t for p, t in rendered.items()}, summary, code)
    if stored:
        stored[0].close()
    if args.verbose:
        for loc, winner, others in analysis.ties:
            line, col = loc.line_col
            _err(f"{loc.doc.path}:{line}:{col}: {loc.claim.text!r} matched {winner.rule.id} (most specific) over "
                 + ", ".join(o.rule.id for o in others))
    print(summary)
    print("wrote " + ", ".join(written))
    return code


def _stored_report(args, ruleset, files, formats):
    """(cache, stored result or None, run key) when this exact run may have been made before, else None."""
    from .batch import Cache, default_cache_path, run_key

    if args.no_cache or args.timestamp or args.dry_run or args.verbose or "-" in files:
        return None
    key = run_key(files, [str(f) for f in ruleset.files], f"{sorted(formats)}|{args.fail_on}")
    if key is None:
        return None
    cache = Cache.open(Path(args.cache) if args.cache else default_cache_path(files))
    if cache is None:
        return None
    found = cache.get_report(key)
    if found:
        cache.close()
    return cache, found, key


def _replay(stored: dict, out_dir: Path) -> int:
    """Write a stored report again: nothing changed since the run that made it."""
    from .report import write_all_atomic

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_all_atomic({out_dir / name: text for name, text in stored["files"].items()})
    except OSError as exc:
        _err(f"cannot write report in {out_dir}: {exc.strerror or exc}; existing reports are untouched")
        return EXIT_ERROR
    print(stored["summary"])
    print("wrote " + ", ".join(str(out_dir / name) for name in stored["files"]) + " (unchanged sources and rules)")
    return stored["code"]


def _report_summary(analysis, docs) -> str:
    counts = analysis.stats["verdicts"]
    summary = ", ".join(f"{counts.get(v, 0)} {v}" for v in ("differ", "updated", "other_scope", "rounded", "agree"))
    return (f"{len(docs)} sources, {analysis.claims_total} claims, {len(analysis.facts)} facts ({summary}), "
            f"{len(analysis.candidates)} candidate facts")


def cmd_lint(args) -> int:
    from .config import ConfigError, load_config, merge
    from .lint import LintResult, apply_suppressions, baseline_json, exit_code, lint, read_baseline
    from .pipeline import Checker
    from .report import lintfmt, sarif, write_atomic
    from .sources import expand_sources

    try:
        config = merge(load_config(args.config), sources=args.against, rules=args.rules, fail_on=args.fail_on,
                       format=args.format, exclude=args.exclude, baseline=args.baseline)
    except ConfigError as exc:
        _err(f"invalid config: {exc}")
        return EXIT_ERROR
    fmt = config.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    if args.show_config:
        print(json.dumps({**config.as_dict(), "format": fmt}, indent=2))
        return EXIT_OK
    if not args.files:
        raise UsageError("factcheck lint: give at least one draft FILE (or - for standard input)")
    ruleset = load_rules(list(config.rules))
    input_errors: list[str] = []
    draft_files, problems = expand_sources(args.files, config.exclude)
    for p in problems:
        _err(p)
    input_errors += problems
    drafts = read_sources(draft_files, ruleset.vocab, input_errors)
    source_files, problems = expand_sources(config.sources, config.exclude)
    if problems:
        for p in problems:
            _err(f"--against {p}")
        return EXIT_ERROR
    if not config.sources and not any(ruleset.fact(f.id).reference for f in ruleset.facts):
        _err("note: no sources given (--against) and no reference values in the rules; nothing to check against")
    source_errors: list[str] = []
    sources = read_sources([f for f in source_files if f not in set(draft_files)], ruleset.vocab, source_errors)
    if source_errors:
        return EXIT_ERROR
    baseline: set = set()
    if config.baseline and not args.write_baseline:
        try:
            baseline = read_baseline(config.baseline)
        except ValueError as exc:
            _err(str(exc))
            return EXIT_ERROR
    checker = Checker(ruleset)
    findings = lint(drafts, sources, checker, check=_document_checker(args, checker, list(config.sources) or draft_files))
    _warn_timeouts(checker)
    findings, unused = apply_suppressions(findings, drafts, baseline)
    if args.write_baseline:
        target = args.write_baseline if isinstance(args.write_baseline, str) else (config.baseline or ".factcheck-baseline.json")
        try:
            write_atomic(Path(target), baseline_json([f for f in findings if f.suppressed is None]))
        except OSError as exc:
            _err(f"cannot write baseline {target}: {exc.strerror or exc}")
            return EXIT_ERROR
        _err(f"wrote {target} with {sum(1 for f in findings if f.suppressed is None)} accepted findings")
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


def _rule_paths(paths: Optional[Sequence[str]]) -> list[Path]:
    return [Path(p) for p in paths] if paths else [default_rules_dir()]


def cmd_rules_validate(args) -> int:
    from .validate import validate

    paths = _rule_paths(args.paths)
    context = [default_rules_dir()] if args.paths and not args.alone else []
    problems = validate(paths, context)
    for p in problems:
        print(p)
    files = len({p.file for p in problems})
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {files} file{'s' if files != 1 else ''}")
        return EXIT_FINDINGS
    print("rules are valid")
    return EXIT_OK


def cmd_rules_test(args) -> int:
    from .align import Aligner
    from .rulefiles import rule_files
    from .rules import load_ruleset
    from .ruletest import run_examples

    paths = _rule_paths(args.paths)
    ruleset = load_ruleset([default_rules_dir()] + paths)
    wanted_files = {str(p) for p in rule_files(paths)}
    only = {f.id for f in ruleset.facts if f.file in wanted_files}
    if args.rule:
        only &= set(args.rule)
    results = run_examples(ruleset, Aligner(ruleset), only)
    by_rule: dict = {}
    for r in results:
        by_rule.setdefault(r.rule.id, []).append(r)
    passed = failed = 0
    for rule in ruleset.facts:
        if rule.id not in only:
            continue
        rs = by_rule.get(rule.id, [])
        bad = [r for r in rs if not r.passed]
        passed += len(rs) - len(bad)
        failed += len(bad)
        if not rs:
            if args.verbose:
                print(f"SKIP {rule.id} (no examples)")
            continue
        print(f"{'FAIL' if bad else 'PASS'} {rule.id} ({len(rs)} example{'s' if len(rs) != 1 else ''})")
        for r in bad:
            kind = "match" if r.example.matches else "no_match"
            print(f"  {rule.file}:{r.example.line}: {kind}: {r.example.text!r}")
            print(f"    expected: {r.expected}")
            print(f"    got:      {r.got}")
    print(f"{passed} passed, {failed} failed")
    return EXIT_FINDINGS if failed else EXIT_OK


def cmd_rules_list(args) -> int:
    ruleset = load_rules(args.rules)
    counts: dict = {}
    errors: list[str] = []
    if args.on:
        from .pipeline import Checker
        from .sources import expand_sources

        files, problems = expand_sources(args.on)
        for p in problems:
            _err(p)
        errors += problems
        docs = read_sources(files, ruleset.vocab, errors)
        checker = Checker(ruleset)
        alignment = checker.alignment(docs, checker.check_documents(docs))
        counts = {fid: len(members) for fid, members in alignment.by_fact.items()}
    width = max((len(f.id) for f in ruleset.facts), default=10)
    for f in ruleset.facts:
        used = f"{counts.get(f.id, 0):5d}  " if args.on else ""
        print(f"{used}{f.id:{width}s}  {f.location}  {f.label}")
    print(f"{len(ruleset.facts)} fact rules" + (f"; claims matched on {', '.join(args.on)}" if args.on else ""))
    return EXIT_ERROR if errors else EXIT_OK


def cmd_rules_schema(args) -> int:
    from .validate import schema

    print(json.dumps(schema(args.kind), indent=2))
    return EXIT_OK


def cmd_explain(args) -> int:
    from .align import Aligner
    from .explain import explain_text

    ruleset = load_rules(args.rules)
    offset = 0
    if args.file:
        errors: list[str] = []
        docs = read_sources([args.file], ruleset.vocab, errors)
        if not docs:
            return EXIT_ERROR
        text = docs[0].prose or docs[0].text
        if args.line:
            lines = text.splitlines()
            if not 1 <= args.line <= len(lines):
                raise UsageError(f"factcheck explain: {args.file} has {len(lines)} lines, not {args.line}")
            text, offset = lines[args.line - 1], args.line - 1
    elif args.text:
        text = " ".join(args.text)
    else:
        raise UsageError("factcheck explain: give a TEXT or --file FILE [--line N]")
    sys.stdout.write(explain_text(text, Aligner(ruleset), show_all=args.all, line_offset=offset))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = _Parser(prog="factcheck", description="Do the figures in several sources agree?")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("extract", help="list every figure and date claim in files")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads standard input")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.add_argument("--rules", action="append", metavar="DIR", help="extra rules folder (repeatable)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("report", help="write the discrepancy report for a set of sources")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="files, folders or globs (default: seeds/)")
    p.add_argument("-o", "--output", default="reports", metavar="DIR", help="report folder (default: reports/)")
    p.add_argument("--format", default="md,json,html", help="comma-separated: md, json, html (default: all)")
    p.add_argument("--rules", action="append", metavar="DIR", help="extra rules folder (repeatable)")
    p.add_argument("--timestamp", action="store_true", help="write the generation time into the reports")
    p.add_argument("-v", "--verbose", action="store_true", help="also list rule ties on stderr")
    p.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default="never",
                   help="exit 1 when a fact has this verdict or a worse one (default: never)")
    p.add_argument("--dry-run", action="store_true", help="write no files; print failing facts and the summary")
    p.add_argument("--config", metavar="FILE", help="config file (default: .factcheck.yaml or pyproject.toml)")
    _add_run_options(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("lint", help="check a draft's figures against sources, like a linter")
    p.add_argument("files", nargs="*", metavar="FILE", help="drafts (.txt, .md, .html); - reads standard input")
    p.add_argument("--against", action="extend", nargs="+", metavar="PATH", help="source files, folders or globs")
    p.add_argument("--rules", action="append", metavar="DIR", help="extra rules folder (repeatable)")
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
    _add_run_options(p)
    p.set_defaults(func=cmd_lint)

    rules = sub.add_parser("rules", help="validate, test, list and describe YAML rules")
    rsub = rules.add_subparsers(dest="rules_command", parser_class=_Parser, metavar="ACTION")
    rules.set_defaults(func=lambda a: (rules.print_help(), EXIT_ERROR)[1])
    p = rsub.add_parser("validate", help="report every problem in rule files (exit 1 when any)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders (default: the shipped rules/)")
    p.add_argument("--alone", action="store_true", help="do not load the shipped rules next to PATH")
    p.set_defaults(func=cmd_rules_validate)
    p = rsub.add_parser("test", help="run the examples written next to each rule (exit 1 on a failure)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders (default: the shipped rules/)")
    p.add_argument("--rule", action="append", metavar="ID", help="only this rule (repeatable)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list rules without examples")
    p.set_defaults(func=cmd_rules_test)
    p = rsub.add_parser("list", help="list the fact rules (with --on, how many claims each matched)")
    p.add_argument("--on", action="append", metavar="PATH", help="count matched claims in these sources")
    p.add_argument("--rules", action="append", metavar="DIR", help="extra rules folder (repeatable)")
    p.set_defaults(func=cmd_rules_list)
    p = rsub.add_parser("schema", help="print the JSON Schema of a rule file kind")
    p.add_argument("kind", nargs="?", default="rules", choices=("rules", "facts", "vocabulary", "settings"))
    p.set_defaults(func=cmd_rules_schema)

    p = sub.add_parser("explain", help="show what is read from a text and why rules match it or not")
    p.add_argument("text", nargs="*", metavar="TEXT", help="the text to explain")
    p.add_argument("--file", metavar="FILE", help="explain a file (with --line, one line of it)")
    p.add_argument("--line", type=int, metavar="N")
    p.add_argument("--all", action="store_true", help="also list rules that measure something else")
    p.add_argument("--rules", action="append", metavar="DIR", help="extra rules folder (repeatable)")
    p.set_defaults(func=cmd_explain)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``factcheck`` command; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_ERROR
        return args.func(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except RuleError as exc:
        _err(f"invalid rules: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("interrupted; reports already on disk are untouched")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback with FACTCHECK_DEBUG=1
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (set FACTCHECK_DEBUG=1 for the traceback)")
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
