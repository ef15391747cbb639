"""What every sub-command shares: exit codes, one-line errors, loading rules and sources, run options."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from ..load import LoadError, load_document
from ..model import Document
from ..rulefiles import default_rules_dir, read_rule_files
from ..vocab import Vocabulary, build_vocabulary


EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A bad command line; the message is printed as one line."""


class RunError(Exception):
    """The run failed (a cluster that cannot be used, a worker that keeps dying); the message is one line."""


class Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit 2."""

    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def err(message: str) -> None:
    """Print one line to standard error, prefixed with ``factcheck:``."""
    print(f"factcheck: {message}", file=sys.stderr)


def rules_dirs(extra: Optional[Sequence[str]]) -> list[Path]:
    """The shipped rules folder followed by the ``--rules`` folders."""
    return [default_rules_dir()] + [Path(p) for p in (extra or [])]


def load_vocab(extra_rules: Optional[Sequence[str]]) -> Vocabulary:
    """The vocabulary of the default rules plus any ``--rules`` folders."""
    return build_vocabulary(read_rule_files(rules_dirs(extra_rules)))


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
            err(str(exc))
    return docs


def claim_record(doc: Document, claim) -> dict:
    """The JSON record of one claim: where it is, then every claim field."""
    line, col = doc.position(claim.start)
    return {"file": doc.path, "line": line, "column": col, **claim.to_dict()}


def load_rules(extra_rules: Optional[Sequence[str]]):
    """The RuleSet of the default rules plus any ``--rules`` folders (RuleError when invalid)."""
    from ..rules import load_ruleset

    return load_ruleset(rules_dirs(extra_rules))


def document_checker(args, checker, source_paths: Sequence[str], scheduler: Optional[str] = None):
    """documents -> their DocumentChecks, with the run's --jobs, --scheduler (else ``scheduler``, from the
    config), cache and progress options."""
    from ..batch import Cache, check_all, default_cache_path

    scheduler = getattr(args, "scheduler", None) or scheduler
    jobs = args.jobs if args.jobs else (os.cpu_count() or 1)
    if jobs < 1:
        raise UsageError(f"factcheck: --jobs must be at least 1, not {args.jobs}")

    def run(docs):
        cache = None
        if not args.no_cache:
            cache = Cache.open(Path(args.cache) if args.cache else default_cache_path(source_paths))
        engine = None
        try:
            if scheduler:
                from ..cluster import ClusterError, DaskEngine

                try:
                    engine = DaskEngine(checker, scheduler)
                    return check_all(docs, checker, cache=cache, progress=not args.quiet, engine=engine)
                except ClusterError as exc:
                    raise RunError(str(exc)) from None
            return check_all(docs, checker, jobs=jobs, cache=cache, progress=not args.quiet)
        finally:
            if engine:
                engine.close()
            if cache:
                cache.close()
    return run


def add_run_options(p) -> None:
    """Add the options every command that reads sources shares: jobs, cache, quiet."""
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="extract in N processes (default: all cores; results do not depend on N)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="check documents on a Dask cluster (tcp://host:8786), or local:N for N local worker "
                        "processes; needs the 'cluster' extra (results are the same as a local run)")
    p.add_argument("--cache", metavar="PATH", help="cache file for claims, document checks and reports (default: .factcheck/cache.sqlite by the sources)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")


def warn_timeouts(checker) -> None:
    """Warn once per rule whose pattern timed out during the run."""
    for rule_id, location in sorted(checker.aligner.timed_out.items()):
        err(f"warning: {location}: rule {rule_id}: its pattern timed out (catastrophic backtracking) and was "
             f"disabled for this run; fix it and check with 'factcheck rules validate'")
