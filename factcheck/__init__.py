"""factcheck: do the figures in several sources agree?"""
from __future__ import annotations

import os
from typing import Optional

from .model import Claim
from .vocab import Vocabulary

__version__ = "0.1.0"
__all__ = ["extract", "load_vocabulary", "default_vocabulary", "Claim", "Vocabulary", "__version__"]

_DEFAULT_VOCAB: dict = {}
"""Per-process cache of the shipped vocabulary: {"key": rule files' (path, mtime, size), "vocab": Vocabulary}.

The only module-level state in factcheck; it is rebuilt when a shipped rule file
is added, removed or changed (by modification time or size).
"""


def load_vocabulary(rules_dirs=None) -> Vocabulary:
    """The vocabulary from the given rule folders (default: the shipped ``rules/``), built afresh."""
    from .rulefiles import default_rules_dir, read_rule_files
    from .vocab import build_vocabulary

    dirs = list(rules_dirs) if rules_dirs else [default_rules_dir()]
    return build_vocabulary(read_rule_files(dirs))


def _rule_files_state() -> tuple:
    """(path, mtime in ns, size) of every file below the shipped rules folder, and of the folders themselves.

    What the cached default vocabulary depends on; ``os.scandir`` keeps it to a few stats per call.
    """
    package = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(package, "bundled_rules")
    state, folders = [], [installed if os.path.isdir(installed) else os.path.join(os.path.dirname(package), "rules")]
    while folders:
        folder = folders.pop()
        try:
            st = os.stat(folder)
            state.append((folder, st.st_mtime_ns, 0))
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir():
                        folders.append(entry.path)
                    else:
                        st = entry.stat()
                        state.append((entry.path, st.st_mtime_ns, st.st_size))
        except OSError:
            state.append((folder, None, None))
    return tuple(sorted(state, key=lambda item: item[0]))


def default_vocabulary() -> Vocabulary:
    """The shipped vocabulary, built once per process and rebuilt only when a shipped rule file changes."""
    key = _rule_files_state()
    if _DEFAULT_VOCAB.get("key") != key:
        _DEFAULT_VOCAB["vocab"] = load_vocabulary()
        _DEFAULT_VOCAB["key"] = key
    return _DEFAULT_VOCAB["vocab"]


def extract(text: str, vocab: Optional[Vocabulary] = None) -> list[Claim]:
    """Every numeric and date claim in ``text``; ``vocab`` defaults to the shipped rules (see ``default_vocabulary``)."""
    from .extractor import extract as _extract

    return _extract(text, vocab if vocab is not None else default_vocabulary())
