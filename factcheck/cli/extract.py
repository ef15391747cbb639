"""``factcheck extract``: list every figure and date claim in files."""
from __future__ import annotations

import json
import sys

from ..intervals import format_interval
from .common import EXIT_ERROR, EXIT_OK, claim_record, load_vocab, read_sources, add_rules_options


def cmd_extract(args) -> int:
    from ..extractor import extract_document

    vocab = load_vocab(args)
    errors: list[str] = []
    docs = read_sources(args.files, vocab, errors)
    out = sys.stdout
    for doc in docs:
        for claim in extract_document(doc, vocab):
            if args.format == "jsonl":
                out.write(json.dumps(claim_record(doc, claim), ensure_ascii=False) + "\n")
            else:
                shown = claim.date or (format_interval(claim.interval) if claim.value is not None or claim.low is not None else "")
                out.write(f"{doc.path}:{doc.place(claim.start)}\t{claim.kind}\t{claim.text!r}\t{shown}\t"
                          f"{claim.hedge}\t{claim.unit or ''}\t{claim.counted or ''}\n")
    return EXIT_ERROR if errors else EXIT_OK


def register(sub) -> None:
    """Add the ``extract`` sub-command."""
    p = sub.add_parser("extract", help="list every figure and date claim in files")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads standard input")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    add_rules_options(p)
    p.set_defaults(func=cmd_extract)
