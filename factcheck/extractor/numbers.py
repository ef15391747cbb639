"""Reading the figure itself: digits with separators, number words, scale words."""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Optional

import regex

from ..vocab import Vocabulary

DIGITS = regex.compile(  # "1,035", "10 000" (a space, also thin or no-break, between groups of three), "2.2", ".5"
    r"(?<![\d.,:/])(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,]| \d)|\d+)(?:\.\d+)?(?![\d])"
    r"|(?<![\w.])\.\d+\b"
)
_SPLIT = regex.compile(r"\s+and\s+|[\s-]+")
_ORDINAL_SPLIT = regex.compile(r"[\s-]+")


def digits_value(raw: str) -> tuple[float, str]:
    """Value and separator-free digit string of a written figure such as ``1,035`` or ``2.2``."""
    clean = raw.replace(",", "").replace(" ", "")
    if clean.startswith("."):
        clean = "0" + clean
    return float(clean), clean


def scaled(value: float, factor: float) -> float:
    """``value * factor`` as the decimals written say it: "16.4 million" is 16400000.0, never 16399999.999999998
    (both read through their shortest decimal form; a non-finite operand multiplies as floats do)."""
    if factor == 1.0 or not (math.isfinite(value) and math.isfinite(factor)):
        return value * factor
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def word_value(phrase: str, vocab: Vocabulary) -> Optional[float]:
    """The value of a run of number words ("forty-two", "a thousand", "two hundred and five", "three point five")."""
    tokens = [t for t in _SPLIT.split(phrase.lower().strip()) if t]
    if not tokens:
        return None
    if tokens[0] in ("a", "an"):
        tokens[0] = "one"
    if "point" in tokens:  # decimals: one digit word each ("three point one four"), then scales
        at = tokens.index("point")
        digits = []
        rest = tokens[at + 1:]
        while rest and rest[0] in vocab.number_words and vocab.number_words[rest[0]] < 10:
            digits.append(str(int(vocab.number_words[rest.pop(0)])))
        whole = word_value(" ".join(tokens[:at]), vocab) if at else 0.0
        if not digits or whole is None or any(t not in vocab.scales for t in rest):
            return None
        value = whole + float("0." + "".join(digits))
        for t in rest:
            value = scaled(value, vocab.scales[t])
        return value
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


_WORD = regex.compile(r"[A-Za-z]+")


def _word_class(word: str, vocab: Vocabulary) -> str:
    """unit (0-9), teen (10-19), tens (20, 30 ...), hundred, big (a scale of 1,000 or more), small (dozen, score)."""
    if word in vocab.scales:
        scale = vocab.scales[word]
        return "hundred" if scale == 100 else "big" if scale >= 1000 else "small"
    value = vocab.number_words.get(word, -1)
    if 0 <= value < 10:
        return "unit"
    if 20 <= value < 100 and value % 10 == 0:
        return "tens"
    return "teen"


# which class of number word may follow which inside one number ("one four" is two numbers)
_FOLLOWS = {
    "start": {"unit", "teen", "tens", "hundred", "big", "small"},
    "unit": {"hundred", "big", "small"},
    "teen": {"hundred", "big", "small"},
    "tens": {"unit", "hundred", "big", "small"},
    "hundred": {"unit", "teen", "tens", "big"},
    "big": {"unit", "teen", "tens", "big"},
    "small": set(),
    "point": set(),
    "decimal": {"big"},  # "three point five million"
}


def number_word_runs(phrase: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Split a run of number words into the numbers it writes, as (start, end) offsets in ``phrase``:
    "one four" -> "one", "four"; "twenty thirty" -> "twenty", "thirty"; "two million three thousand" stays one."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(phrase)]
    runs: list[tuple[int, int]] = []
    first = last = None
    state, biggest, hundred = "start", float("inf"), False
    for i, (s, e, w) in enumerate(words):
        nxt = words[i + 1][2] if i + 1 < len(words) else None
        nxt_class = _word_class(nxt, vocab) if nxt in vocab.number_words or nxt in vocab.scales else None
        if w in ("a", "an") and first is None:
            first, last, state = s, e, "start"
        elif w == "and" and first is not None and state in ("hundred", "big") and nxt_class in ("unit", "teen", "tens"):
            continue  # "two hundred and five": the next word continues the number
        elif w == "point" and first is not None and state in ("unit", "teen", "tens") and nxt_class == "unit":
            state = "point"  # "three point five"
        elif w in vocab.number_words or w in vocab.scales:
            cls = _word_class(w, vocab)
            scale = vocab.scales.get(w, 0)
            if state in ("point", "decimal") and cls == "unit":
                ok, cls = True, "decimal"
            else:
                ok = cls in _FOLLOWS[state] and not (cls == "big" and scale >= biggest) and not (
                    cls == "hundred" and hundred)
            if not ok and first is not None:
                runs.append((first, last))
                first = None
            if first is None:
                first, biggest, hundred = s, float("inf"), False
            last, state = e, cls
            if cls == "big":
                biggest, hundred = scale, False
            elif cls == "hundred":
                hundred = True
        else:  # a word that joins nothing ("and" after a unit, "point" without digits): it ends the number
            if first is not None:
                runs.append((first, last))
            first, state = None, "start"
    if first is not None:
        runs.append((first, last))
    return runs


def ordinal_value(phrase: str, vocab: Vocabulary) -> int:
    """The value of an ordinal in words ("fourth" 4, "twenty-first" 21, "twenty first" 21); 0 when it is none."""
    parts = _ORDINAL_SPLIT.split(phrase.lower().strip())
    return int(sum(vocab.number_words.get(p, 0) for p in parts[:-1]) + vocab.ordinal_words.get(parts[-1], 0))


def word_digits(value: float) -> str:
    """The digit string a value written in words stands for ("a thousand" -> "1000")."""
    return str(int(value)) if float(value).is_integer() else repr(value)


_AND = regex.compile(r"\s+and\s+")
_COMMA = regex.compile(r",[ \t]*")
_AMPERSAND = regex.compile(r"[ \t]*&[ \t]*")


def _scales_of(phrase: str, vocab: Vocabulary) -> tuple[float, float]:
    """(the scale its last word is, 1 if none; its largest scale word, 1 if none) of a run of number words."""
    words = _WORD.findall(phrase.lower())
    scales = [vocab.scales[w] for w in words if w in vocab.scales]
    return (scales[-1] if words and words[-1] in vocab.scales else 1.0), max(scales, default=1.0)


def joined_words(cores: list, norm: str, vocab: Vocabulary) -> list:
    """Runs of number words that punctuation splits but that write one descending number are one figure:
    "three million, two hundred" (a comma after a scale of a thousand or more, then a smaller scale),
    "two hundred & forty" (an ampersand after "hundred", then less than a hundred)."""
    out: list = []
    for core in cores:
        prev = out[-1] if out else None
        if prev and len(prev) == len(core) == 6 and prev[4] and core[4]:
            last, _ = _scales_of(norm[prev[0]:prev[1]], vocab)
            _, top = _scales_of(norm[core[0]:core[1]], vocab)
            comma = last >= 1000 and 100 <= top < last and _COMMA.fullmatch(norm, prev[1], core[0])
            ampersand = last == 100 and core[2] < 100 and _AMPERSAND.fullmatch(norm, prev[1], core[0])
            if comma or ampersand:
                value = prev[2] + core[2]
                out[-1] = (prev[0], core[1], value, word_digits(value), True, True)
                continue
        out.append(core)
    return out


def with_fractions(cores: list, norm: str) -> list:
    """A whole number followed by "and" and a fraction is one figure ("one hundred and three and two thirds",
    "5 and 3/4")."""
    out: list = []
    for core in cores:
        prev = out[-1] if out else None
        if (prev and 0 < core[2] < 1 and prev[2] >= 1 and float(prev[2]).is_integer() and len(prev) < 7
                and _AND.fullmatch(norm, prev[1], core[0])):
            out[-1] = (prev[0], core[1], prev[2] + core[2], repr(round(prev[2] + core[2], 6)), prev[4] or core[4])
            continue
        out.append(core)
    return out
