"""``factcheck explain``: what is read from a text, and why rules match it or not."""
from __future__ import annotations

import sys

from .common import EXIT_ERROR, EXIT_OK, UsageError, load_rules, read_sources, add_rules_options

def cmd_explain(args) -> int:
    from ..align import Aligner
    from ..explain import explain_text

    ruleset = load_rules(args)
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


def register(sub) -> None:
    """Add the ``explain`` sub-command."""
    p = sub.add_parser("explain", help="show what is read from a text and why rules match it or not")
    p.add_argument("text", nargs="*", metavar="TEXT", help="the text to explain")
    p.add_argument("--file", metavar="FILE", help="explain a file (with --line, one line of it)")
    p.add_argument("--line", type=int, metavar="N")
    p.add_argument("--all", action="store_true", help="also list rules that measure something else")
    add_rules_options(p)
    p.set_defaults(func=cmd_explain)
