"""``factcheck rules validate|test|list|schema``: work on the YAML rules."""
from __future__ import annotations

import json
from pathlib import Path

from ..layers import Layer
from ..rulefiles import default_rules_dir
from .common import rule_layers, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Parser, err, load_rules, read_sources, add_rules_options

def cmd_rules_validate(args) -> int:
    from ..config import load_config
    from ..validate import validate

    config = load_config(args.config)
    paths = [Path(p) for p in args.paths] if args.paths else [Path(p) for p in config.rules] or [default_rules_dir()]
    context = []
    if not args.alone and (args.paths or config.rules):
        checked = {p.resolve() for p in paths}
        layers = rule_layers(args, config, extra=())
        context = [[f for f in layer.files if not any(c == f.resolve() or c in f.resolve().parents for c in checked)]
                   for layer in layers]
    notes: list = []
    problems = validate(paths, context_files=context, notes=notes)
    for n in notes:
        print(n)
    for p in problems:
        print(p)
    files = len({p.file for p in problems})
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {files} file{'s' if files != 1 else ''}")
        return EXIT_FINDINGS
    print("rules are valid" + (f" ({len(notes)} note{'s' if len(notes) != 1 else ''})" if notes else ""))
    return EXIT_OK


def cmd_rules_test(args) -> int:
    from ..align import Aligner
    from ..config import load_config
    from ..layers import read_layers
    from ..rules import build_ruleset
    from ..ruletest import run_examples
    from ..validate import checked_layers

    config = load_config(args.config)
    paths = [Path(p) for p in args.paths] if args.paths else [Path(p) for p in config.rules] or [default_rules_dir()]
    wanted = {f.resolve() for p in paths for layer in checked_layers(p) for f in layer}
    context = [Layer(layer.name, tuple(f for f in layer.files if f.resolve() not in wanted))
               for layer in rule_layers(args, config, extra=())]
    tested = [Layer(str(i), tuple(files)) for p in paths for i, files in enumerate(checked_layers(p))]
    ruleset = build_ruleset(read_layers(context + tested))
    only = {f.id for f in ruleset.facts if Path(f.file).resolve() in wanted}
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
    ruleset = load_rules(args)
    counts: dict = {}
    errors: list[str] = []
    if args.on:
        from ..pipeline import Checker
        from ..sources import expand_sources

        files, problems = expand_sources(args.on)
        for p in problems:
            err(p)
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
    from ..validate import schema

    print(json.dumps(schema(args.kind), indent=2))
    return EXIT_OK


def register(sub) -> None:
    """Add the ``rules`` sub-command and its actions."""
    rules = sub.add_parser("rules", help="validate, test, list and describe YAML rules")
    rsub = rules.add_subparsers(dest="rules_command", parser_class=Parser, metavar="ACTION")
    rules.set_defaults(func=lambda a: (rules.print_help(), EXIT_ERROR)[1])
    p = rsub.add_parser("validate", help="report every problem in rule files (exit 1 when any)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders (default: the shipped rules/)")
    p.add_argument("--alone", action="store_true", help="check PATH on its own, not layered over the shipped rules and the config's packs")
    add_rules_options(p)
    p.set_defaults(func=cmd_rules_validate)
    p = rsub.add_parser("test", help="run the examples written next to each rule (exit 1 on a failure)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders (default: the shipped rules/)")
    p.add_argument("--rule", action="append", metavar="ID", help="only this rule (repeatable)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list rules without examples")
    add_rules_options(p)
    p.set_defaults(func=cmd_rules_test)
    p = rsub.add_parser("list", help="list the fact rules (with --on, how many claims each matched)")
    p.add_argument("--on", action="append", metavar="PATH", help="count matched claims in these sources")
    add_rules_options(p)
    p.set_defaults(func=cmd_rules_list)
    p = rsub.add_parser("schema", help="print the JSON Schema of a rule file kind")
    p.add_argument("kind", nargs="?", default="rules", choices=("rules", "facts", "vocabulary", "settings"))
    p.set_defaults(func=cmd_rules_schema)
