"""Chinese numbers that name rather than count -- a product, standard or floor ("华为Mate 60 Pro", "ISO 9001认证",
"T3座15层") -- and the spoken yuan (a bare 块 after a figure in a clause about money).  Part of the Chinese
reading pass (see ``figures``)."""
from __future__ import annotations

import regex

from ...vocab_zh import ChineseVocab
from .phrases import read_tail

_HAN = regex.compile(r"\p{Han}")
_MODEL_WORD_BEFORE = regex.compile(r"(?:^|(?<=\p{Han}|\s))(?P<w>[A-Za-z]*[A-Z][A-Za-z]*) $")
"""A product or standard name in Latin letters, a blank, then its number: 华为Mate 60, iOS 17.2, ISO 9001."""
_MODEL_WORD_AFTER = regex.compile(r" (?:Pro|PRO|Max|MAX|Plus|PLUS|Ultra|ULTRA|Mini|Air|Lite|SE)(?![A-Za-z])")
"""A model's suffix after its number: 波音737 MAX, Mate 60 Pro."""
_BRAND_BEFORE = regex.compile(r"(?:小米|红米|华为|荣耀|魅族|一加|问界|小鹏|极氪|iPhone|Galaxy)$")
"""Brands whose products are named by a bare number (小米14, 问界M9 aside: the letters mark those)."""
_MONEY_CUE = regex.compile(r"花|钱|薪|工资|收入|赚|挣|价|卖|买|付|费|租|补贴|奖金|罚款|成本|存款|贷款|红包")
"""Words that make a bare 块 after a figure the spoken yuan ("月薪八千块", "花了三千块"; not "切成三块")."""
_CLAUSE_STOP = regex.compile(r"[。，；！？,;!?\n]")


def spoken_yuan(norm: str, s: int) -> bool:
    """Whether the clause before ``s`` names money, so that a bare 块 after the figure is the yuan."""
    lo = max(0, s - 16)
    for stop in _CLAUSE_STOP.finditer(norm, lo, s):
        lo = stop.end()
    return _MONEY_CUE.search(norm, lo, s) is not None


def model_number(ex, zh: ChineseVocab, s: int, e: int) -> bool:
    """Record the name of a product, standard or floor whose number stands at ``s``..``e`` ("华为Mate 60 Pro",
    "iOS 17.2版本", "ISO 9001认证", "波音737 MAX", "小米14", "T3座15层") as an identifier: a number that names
    something counts nothing.  False when the number has a unit, currency or measure word after it."""
    norm = ex.norm
    floor = s > 1 and norm[s - 1] in "座楼栋幢" and (norm[s - 2].isalnum() and norm[s - 2].isascii() or norm[s - 2] == "号") \
        and norm.startswith("层", e)  # A座15层, 3号楼12层 (not 这座楼15层以上, a count of storeys)
    after = None if floor else _MODEL_WORD_AFTER.match(norm, e)
    word = None
    if not floor and s > 1 and norm[s - 1] == " ":
        word = _MODEL_WORD_BEFORE.search(norm, max(0, s - 16), s)
    brand = not (floor or after or word) and _BRAND_BEFORE.search(norm, max(0, s - 6), s)
    if not (floor or after or word or brand):
        return False  # (the cheap tests first: most figures stop here)
    end = after.end() if after else e
    if floor:
        return ex.add(s, e + 1, "identifier")
    if after is None and not (end == len(norm) or _HAN.match(norm, end) or norm[end] in "，。、；：！？）)》”,;:!?"):
        return False
    tail = read_tail(norm, e, zh, True, True)
    if tail is not None and (tail.unit or tail.currency or tail.classifier or tail.multiplier != 1.0 or tail.counted):
        return False
    if word:
        return ex.add(word.start("w"), end, "identifier")
    if brand or (after and _HAN.match(norm, s - 1)):
        return ex.add(s, end, "identifier")
    return False
