"""What every sub-command shares: exit codes, one-line errors, loading rules and sources, run options."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from ..load import LoadError, load_document
from ..model import Document
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


def rule_layers(args, config=None, extra: Optional[Sequence[str]] = None) -> list:
    """The rule layers of a run: the config's (read when not given) with the command line's options over it.

    ``extra`` replaces ``args.rules`` as the ``--rules`` folders (for callers that merged them already).
    """
    from ..config import load_config
    from ..layers import layer_spec, resolve_layers

    if config is None:
        config = load_config(getattr(args, "config", None))
    rules = getattr(args, "rules", None) if extra is None else extra
    return resolve_layers(layer_spec(config, rules, getattr(args, "no_default_rules", False),
                                     getattr(args, "no_default_vocab", False)))


def load_vocab(args) -> Vocabulary:
    """The vocabulary of the run's rule layers."""
    from ..layers import read_layers

    return build_vocabulary(read_layers(rule_layers(args)))


def add_rules_options(p, config: bool = True) -> None:
    """Add the options that choose the rule layers: --rules, --no-default-rules, --no-default-vocab (--config)."""
    p.add_argument("--rules", action="append", metavar="DIR",
                   help="rules folder layered over the shipped rules and the config's (repeatable)")
    p.add_argument("--no-default-rules", action="store_true", help="do not load the shipped fact rules")
    p.add_argument("--no-default-vocab", action="store_true", help="do not load the shipped general vocabulary")
    if config:
        p.add_argument("--config", metavar="FILE", help="config file (default: .factcheck.yaml or pyproject.toml)")


def read_sources(paths: Sequence[str], vocab: Vocabulary, errors: list[str], dates: Sequence = (),
                 command_line_dates: Sequence = (), columns=None) -> list[Document]:
    """Load each path (``-`` is standard input); unreadable ones are reported in ``errors`` and skipped.

    ``dates`` (from the config) and ``command_line_dates`` are (path or glob, ISO date) pairs that override
    what a document says of its own date; the command line wins.  ``columns`` name a figures table's columns.
    """
    docs = []
    layers = (("command line", dict(command_line_dates)), ("config", dict(dates)))
    for path in paths:
        try:
            if path == "-":
                docs.append(load_document("<stdin>", vocab, data=sys.stdin.buffer.read(), dates=layers,
                                          columns=columns))
            else:
                docs.append(load_document(path, vocab, dates=layers, columns=columns))
        except LoadError as exc:
            errors.append(str(exc))
            err(str(exc))
    return docs


def claim_record(doc: Document, claim) -> dict:
    """The JSON record of one claim: where it is (with the page, paragraph or row in a paged or tabular source),
    then every claim field."""
    line, col = doc.position(claim.start)
    place = {"place": doc.place(claim.start)} if doc.segments else {}
    return {"file": doc.path, "line": line, "column": col, **place, **claim.to_dict()}


def load_rules(args, config=None, extra: Optional[Sequence[str]] = None):
    """The RuleSet of the run's rule layers (RuleError when invalid; see ``rule_layers``)."""
    from ..layers import read_layers
    from ..rules import build_ruleset

    docs = read_layers(rule_layers(args, config, extra))
    if any(d.layer > 0 and "units" in d.data for d in docs):
        from ..units import UnitConverter
        from ..validate import unit_override_errors

        for problem in unit_override_errors(docs, UnitConverter()):
            raise problem
    return build_ruleset(docs)


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
    p.add_argument("--date", action="append", metavar="PATH=DATE", default=[],
                   help="a source's date (YYYY-MM-DD), overriding what the document says; PATH may be a glob "
                        "(repeatable; config: dates:)")


def warn_timeouts(checker) -> None:
    """Warn once per rule whose pattern timed out during the run."""
    for rule_id, location in sorted(checker.aligner.timed_out.items()):
        err(f"warning: {location}: rule {rule_id}: its pattern timed out (catastrophic backtracking) and was "
             f"disabled for this run; fix it and check with 'factcheck rules validate'")
