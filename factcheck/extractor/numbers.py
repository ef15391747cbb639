"""Reading the figure itself: digits with separators, number words, scale words."""
from __future__ import annotations

from typing import Optional

import regex

from ..vocab import Vocabulary

DIGITS = regex.compile(  # "1,035", "10 000" (a space, also thin or no-break, between groups of three), "2.2", ".5"
    r"(?<![\d.,:/])(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,]| \d)|\d+)(?:\.\d+)?(?![\d])"
    r"|(?<![\w.])\.\d+\b"
)
_SPLIT = regex.compile(r"\s+and\s+|[\s-]+")


def digits_value(raw: str) -> tuple[float, str]:
    """Value and separator-free digit string of a written figure such as ``1,035`` or ``2.2``."""
    clean = raw.replace(",", "").replace(" ", "")
    if clean.startswith("."):
        clean = "0" + clean
    return float(clean), clean


def word_value(phrase: str, vocab: Vocabulary) -> Optional[float]:
    """The value of a run of number words ("forty-two", "a thousand", "two hundred and five")."""
    tokens = [t for t in _SPLIT.split(phrase.lower().strip()) if t]
    if not tokens:
        return None
    if tokens[0] in ("a", "an"):
        tokens[0] = "one"
    # multi-word entries ("a dozen") are looked up whole first
    joined = " ".join(tokens)
    if joined in vocab.number_words:
        return vocab.number_words[joined]
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        if tok in vocab.number_words:
            current += vocab.number_words[tok]
            seen = True
        elif tok in vocab.scales:
            scale = vocab.scales[tok]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def word_digits(value: float) -> str:
    """The digit string a value written in words stands for ("a thousand" -> "1000")."""
    return str(int(value)) if float(value).is_integer() else repr(value)
