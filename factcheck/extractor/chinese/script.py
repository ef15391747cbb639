"""Telling Chinese text apart and folding Traditional characters to Simplified, offsets kept.

Traditional -> Simplified conversion uses OpenCC (the ``opencc`` package,
installed with the ``zh`` extra).  OpenCC converts phrases, and a phrase
may change length; then the line is converted one character at a time, so
an offset in the converted text is always the same offset in the original.
Without OpenCC, text is left as written (Simplified text reads the same).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

HAN = regex.compile(r"\p{Han}")
_HAN_RUN = regex.compile(r"\p{Han}+")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds at least one Han character."""
    return not text.isascii() and HAN.search(text) is not None


@lru_cache(maxsize=1)
def _converter():
    """The OpenCC Traditional-to-Simplified converter, built once per process (None without OpenCC)."""
    try:
        import opencc
    except ImportError:
        return None
    try:
        return opencc.OpenCC("t2s")
    except Exception:  # a broken OpenCC install: read the text as written
        return None


def to_simplified(text: str) -> str:
    """``text`` with Traditional Han characters folded to Simplified; always the same length."""
    if not has_cjk(text):
        return text
    cc = _converter()
    if cc is None:
        return text
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    return _HAN_RUN.sub(lambda m: _per_char(cc, m.group()), text)


def _per_char(cc, run: str) -> str:
    """A run converted one character at a time; a character whose conversion is not one character stays."""
    out = []
    for ch in run:
        conv: Optional[str] = cc.convert(ch)
        out.append(conv if conv and len(conv) == 1 else ch)
    return "".join(out)
