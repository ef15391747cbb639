"""The ``factcheck`` command line: extract, report, lint, rules, explain."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .intervals import format_interval, format_number
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


def cmd_report(args) -> int:
    from .pipeline import Checker
    from .report import html, jsonfmt, markdown, write_atomic
    from .sources import expand_sources

    formats = _formats(args.format)
    ruleset = load_rules(args.rules)
    files, problems = expand_sources(args.sources or ["seeds"])
    for p in problems:
        _err(p)
    errors = list(problems)
    docs = read_sources(files, ruleset.vocab, errors)
    out_dir = Path(args.output)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _err(f"cannot create report folder {out_dir}: {exc.strerror or exc}")
        return EXIT_ERROR
    if not os.access(out_dir, os.W_OK):
        _err(f"report folder {out_dir} is not writable; nothing was written")
        return EXIT_ERROR
    analysis = Checker(ruleset).analyse(docs, errors)
    stamp = None
    if args.timestamp:
        import datetime as dt

        stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    renderers = {"md": markdown.render, "json": jsonfmt.render, "html": html.render}
    rendered = {fmt: renderers[fmt](analysis, stamp) for fmt in formats}
    written = []
    try:
        for fmt, text in rendered.items():
            target = out_dir / f"discrepancies.{fmt}"
            write_atomic(target, text)
            written.append(str(target))
    except OSError as exc:
        _err(f"cannot write report in {out_dir}: {exc.strerror or exc}")
        return EXIT_ERROR
    if args.verbose:
        for loc, winner, others in analysis.ties:
            line, col = loc.line_col
            _err(f"{loc.doc.path}:{line}:{col}: {loc.claim.text!r} matched {winner.rule.id} (most specific) over "
                 + ", ".join(o.rule.id for o in others))
    counts = analysis.stats["verdicts"]
    summary = ", ".join(f"{counts.get(v, 0)} {v}" for v in ("differ", "updated", "other_scope", "rounded", "agree"))
    print(f"{len(docs)} sources, {analysis.claims_total} claims, {len(analysis.facts)} facts ({summary}), "
          f"{len(analysis.candidates)} candidate facts")
    print("wrote " + ", ".join(written))
    return EXIT_ERROR if errors else EXIT_OK


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
    p.set_defaults(func=cmd_report)
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
        _err("interrupted; nothing was written")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
