"""English glosses of the Chinese words in a window of text, for matching English context phrases."""
from __future__ import annotations

from ...vocab import Vocabulary
from .script import has_cjk, to_simplified


def gloss(window: str, vocab: Vocabulary) -> str:
    """The English glosses (and counted-noun lemmas) of the Chinese words in ``window``, space-separated.

    "中国已同181个国家建立外交关系" gives "country diplomatic relations": a fact rule's
    English context phrases then match a Chinese sentence.  Empty for text without Han characters.
    """
    zh = vocab.chinese
    if zh is None or not has_cjk(window):
        return ""
    text = to_simplified(window)
    words = [zh.glossary[m.group()] for m in zh.pattern("gloss").finditer(text)]
    words += [zh.nouns[m.group()] for m in zh.pattern("noun_long").finditer(text)]
    return " ".join(dict.fromkeys(words))
