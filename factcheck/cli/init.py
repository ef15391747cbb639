"""``factcheck init``: set up a project folder (config, one fact rule, a draft, a pre-commit hook)."""
from __future__ import annotations

from pathlib import Path

from .common import EXIT_ERROR, EXIT_OK, err

CONFIG = """\
# factcheck configuration (https://github.com/ -- see the README of factcheck).
# Paths are relative to this file.  Command-line options win over these values.

# Documents your drafts are checked against (files, folders or globs).  Empty:
# drafts are checked against the reference values written in the fact rules.
sources: []

# Your own rule folders, layered over factcheck's general vocabulary (numbers,
# units, hedges, dates).  A fact id or vocabulary key defined again here
# replaces the shipped one; write `key: {extend: [...]}` to add to a list.
rules: [rules]

# Topic packs shipped with factcheck or found under rules/packs/, by name:
# packs: [diplomacy]
packs: []

# default-rules: false   # leave out every fact rule that ships with factcheck
# default-vocab: false   # leave out the shipped general vocabulary as well

# `factcheck lint` exits 1 when a draft's figure is: differ | updated | rounded | never
fail-on: differ
"""

EXAMPLE_RULE = """\
# One fact rule.  `factcheck rules test` runs its examples; `factcheck rules validate`
# checks the file.  Copy the block to add a fact; see docs/rules.md of factcheck.
facts:
  - id: golden-gate-main-span
    label: Length of the main span of the Golden Gate Bridge
    unit: length
    context:
      sentence: {all: [main span], any: [Golden Gate]}
    reference: {value: 1280, unit: meter, source: "Golden Gate Bridge, Highway and Transportation District"}
    examples:
      match:
        - {text: "The Golden Gate Bridge has a main span of 1,280 metres.", value: 1280}
        - {text: "Opened in 1937, the Golden Gate Bridge has a main span of 1,280 m.", value: 1280}
      no_match:
        - "The Golden Gate Bridge opened to traffic in 1937."
        - "The towers rise 227 metres above the water."
"""

EXAMPLE_DRAFT = """\
# A draft

The Golden Gate Bridge, opened in 1937, has a main span of 1,280 metres.
Run `factcheck lint drafts/` to check its figures; change 1,280 to 1,380
and run it again to see a finding.
"""

PRE_COMMIT = """\
# Run factcheck on the drafts you commit (https://pre-commit.com): pre-commit install
repos:
  - repo: local
    hooks:
      - id: factcheck
        name: factcheck (draft figures vs sources)
        entry: factcheck lint
        language: system
        types_or: [markdown, text, html]
        files: ^drafts/
"""

FILES = {
    ".factcheck.yaml": CONFIG,
    "rules/facts/example.yaml": EXAMPLE_RULE,
    "drafts/example.md": EXAMPLE_DRAFT,
    ".pre-commit-config.yaml": PRE_COMMIT,
}


def cmd_init(args) -> int:
    """Write the starter files into the folder; refuse (writing nothing) if any of them exists."""
    from ..report import write_all_atomic

    root = Path(args.folder)
    present = [name for name in FILES if (root / name).exists() or (root / name).is_symlink()]
    if present:
        err(f"init: {', '.join(str(root / p) for p in present)} already exist{'s' if len(present) == 1 else ''}; "
            f"nothing was written")
        return EXIT_ERROR
    try:
        for name in FILES:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
        write_all_atomic({root / name: text for name, text in FILES.items()})
    except OSError as exc:
        err(f"init: cannot write in {root}: {exc.strerror or exc}")
        return EXIT_ERROR
    for name in FILES:
        print(f"wrote {root / name}")
    print("next: factcheck rules test && factcheck lint drafts/")
    return EXIT_OK


def register(sub) -> None:
    """Add the ``init`` sub-command."""
    p = sub.add_parser("init", help="set up a folder: .factcheck.yaml, an example rule and draft, a pre-commit hook")
    p.add_argument("folder", nargs="?", default=".", help="the project folder (default: the current one)")
    p.set_defaults(func=cmd_init)
