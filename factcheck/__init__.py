"""factcheck: do the figures in several sources agree?"""
from __future__ import annotations

from typing import Optional

from .model import Claim
from .vocab import Vocabulary

__version__ = "0.1.0"
__all__ = ["extract", "load_vocabulary", "Claim", "Vocabulary", "__version__"]


def load_vocabulary(rules_dirs=None) -> Vocabulary:
    """The vocabulary from the given rule folders (default: the shipped ``rules/``)."""
    from .rulefiles import default_rules_dir, read_rule_files
    from .vocab import build_vocabulary

    dirs = list(rules_dirs) if rules_dirs else [default_rules_dir()]
    return build_vocabulary(read_rule_files(dirs))


def extract(text: str, vocab: Optional[Vocabulary] = None) -> list[Claim]:
    """Every numeric and date claim in ``text``; ``vocab`` defaults to the shipped rules."""
    from .extractor import extract as _extract

    return _extract(text, vocab if vocab is not None else load_vocabulary())
