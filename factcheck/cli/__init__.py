"""The ``factcheck`` command: one module per sub-command, wired together here."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from .. import __version__
from ..config import ConfigError
from ..layers import LayerError
from ..yamlsafe import RuleError
from . import explain, extract, init, lint, report, rules
from .common import EXIT_ERROR, EXIT_OK, Parser, RunError, UsageError, err

COMMANDS = (init, extract, report, lint, rules, explain)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = Parser(prog="factcheck", description="Do the figures in several sources agree?")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
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
    except (ConfigError, LayerError) as exc:
        err(f"invalid config: {exc}")
        return EXIT_ERROR
    except RuleError as exc:
        err(f"invalid rules: {exc}")
        return EXIT_ERROR
    except RunError as exc:
        err(f"{exc}; no report was written")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err("interrupted; reports already on disk are untouched")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback with FACTCHECK_DEBUG=1
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        err(f"internal error: {type(exc).__name__}: {exc} (set FACTCHECK_DEBUG=1 for the traceback)")
        return EXIT_ERROR
