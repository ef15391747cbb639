"""What a figure's sign and currency are: "-3", "minus five percent", "$5", "c $ 16.4 million", "34 cents",
"528 million francs" (a currency the sentence does not settle stays ambiguous).  A mixin of the extraction
run (``core._Extraction``), which holds the text (``norm``), the vocabulary and the sentence finder."""
from __future__ import annotations

import regex

from .measures import TIME_SHIFT, unit_at

_SIGN_WORD = regex.compile(r"(?i)\b(?:minus|negative)\s+$")
_SIGN_DASH = regex.compile(r"(?:^|[(\[=:]\s?)-\s$")
_BLANKS = regex.compile(r"\s+")
_CURRENCY_BEFORE = regex.compile(r"(?:[$€£¥₹]|\b[A-Z]{2,3})\s*$")


_PER_MONEY = regex.compile(r"(?i)\s*/\s*|\s+(?:per|an?)\s+")
_NOT_A_RATE = regex.compile(rf"(?i)\s+{TIME_SHIFT}\b")
_HYPHENED = regex.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def money_rate(norm: str, e: int, vocab) -> tuple[str, int] | None:
    """(unit, end) of the unit of measure a sum of money ending at ``e`` is paid per ("$3 per kg", "€1.80 a
    litre", "12 cents a kilowatt-hour"): a price, never compared with a sum; None when none follows (a sum per
    hour or per month keeps its currency: its frame reads the period)."""
    m = _PER_MONEY.match(norm, e) if norm[e:e + 1] in " /" else None
    found = unit_at(norm, m.end(), vocab, after_unit="/" in m.group()) if m and norm[
        m.end():m.end() + 1].isalpha() else None
    # (a word that is a unit only in context counts after "/" alone: "$8,500/t", never "Rp25,000 a cup")
    if found is None or found[1] != "measure" or "/" in found[0]:
        return None  # (a sum per hour or a month is a rate its frame reads: "per hour", as "40,000 a day" is)
    end = m.end() + found[2]
    pint_units = vocab.compiled.get("pint_units")
    if "/" not in m.group() and pint_units is not None and pint_units.guarded_word(norm[m.end():end]):
        return None  # "Rp25,000 a cup": a serving, not a cup of 236 ml
    if norm[end:end + 1] == "-":  # "12 cents a kilowatt-hour": the unit is the hyphened word, all of it
        word = _HYPHENED.match(norm, m.end()).group()
        found = unit_at(word.replace("-", "_"), 0, vocab)
        if found is None or found[2] != len(word):
            return None
        end = m.end() + len(word)
    return None if _NOT_A_RATE.match(norm, end) else (found[0], end)


def scale_after_currency(norm: str, start: int, end: int, scales: dict) -> bool:
    """Whether the word at ``start:end`` is a scale alone right after a currency ("US$ million", "€ billion"):
    a table's unit, no figure."""
    return norm[start:end].lower() in scales and bool(_CURRENCY_BEFORE.search(norm, max(0, start - 6), start))


class CurrencyRules:
    """A figure's sign and the currency written before or after it."""

    def _signed(self, start: int, value: float, written_in_words: bool) -> tuple[float, int]:
        """(value with its sign, where the figure now starts): "-3" at a word's start, "minus five percent",
        "negative 3", "- 1 4/5" opening a line."""
        norm = self.norm
        if (not written_in_words and start > 0 and norm[start - 1] == "-"
                and (start == 1 or norm[start - 2] in " \t\n(")):
            return -value, start - 1
        before = norm[max(0, start - 10):start].lower()
        sign = None
        if "minus" in before or "negative" in before:
            sign = _SIGN_WORD.search(norm, max(0, start - 10), start)
        elif "-" in before[-4:] and not written_in_words:
            sign = _SIGN_DASH.search(norm, max(0, start - 4), start)
        if sign:
            return -value, sign.start() + (sign.group().index("-") if "-" in sign.group() else 0)
        return value, start

    def _currency_before(self, s: int) -> tuple:
        """(currency or None, the sign as written, where the figure now starts) for a sign right before ``s``
        ("$", "C$", "c $", "¥" settled by its sentence)."""
        norm, v = self.norm, self.v
        m = self._search_before("currency_before", s, 8)
        while m and m.start() and m.group(1)[0].isalpha() and norm[m.start() - 1].isalnum():
            m = v("currency_before").search(norm, m.start() + 1, s)  # "thc $ 5": the letters end a word
        if not (m and m.end() == s):
            return None, "", s
        currency = self.vocab.currency_before[m.group(1)]
        if m.group(1) in self.vocab.symbol_contexts:  # "¥": yen or yuan, as the sentence says
            currency = self._settled(*self.vocab.symbol_contexts[m.group(1)], s)
        return currency, m.group(1), m.start()

    def _currency_after(self, e: int, s: int, subunits: bool = True) -> tuple:
        """(currency or None, the factor into it, where the figure now ends) for a currency named after ``e``:
        "34 cents" is USD 0.34, "9 euro cents" EUR 0.09 (``subunits``), "528 million francs" ambiguous."""
        norm, v = self.norm, self.v
        initial = norm[e:e + 2].lstrip().lstrip("-")[:1].lower()  # cheap test before two regexes
        named = initial in self.vocab.compiled["word_initials"]
        sub = v("currency_subunit").match(norm, e) if subunits and named else None
        m = self._match("currency_after", e)
        if sub and (not m or sub.end() >= m.end()):
            currency, one = self.vocab.currency_subunits[_BLANKS.sub(" ", sub.group(1).lower())]
            return currency, one, sub.end()
        if m:
            return self.vocab.currency_after[m.group(1).lower()], 1.0, m.end()
        if named and (m := v("ambiguous_currency").match(norm, e)):  # "528 million francs": which is not said
            name = self.vocab.ambiguous_currencies[_BLANKS.sub(" ", m.group(1).lower())]
            return self._settled(name, self.vocab.name_contexts.get(name, ()), s), 1.0, m.end()
        return None, 1.0, e

    def _settled(self, name: str, clues, at: int) -> str:
        """The currency a shared sign ("¥") or name ("crowns") stands for, from the one currency whose clue words
        its sentence holds ("Stockholm": SEK), else ``name`` marked ambiguous."""
        a, b = self.sentence_of(at)
        found = [code for code, pattern in clues if pattern.search(self.norm, a, b)]
        return found[0] if len(found) == 1 else f"{name} (currency ambiguous)"


_SUBUNIT_JOIN = regex.compile(r"[ \t]+(?:and[ \t]+)?")


def merge_subunits(claims: list[dict], norm: str) -> list[dict]:
    """A whole sum followed by a sum of its currency's subunit become one sum: "twenty-five dollars and fifty
    cents" is USD 25.50, "£3 and 20 pence" GBP 3.20 (claims in order; the others unchanged)."""
    out: list[dict] = []
    for c in claims:
        prev = out[-1] if out else None
        if (prev and c["kind"] == prev["kind"] == "money" and c.get("unit") == prev.get("unit")
                and c.get("hedge", "none") == prev.get("hedge", "none") == "none" and c.get("value") is not None
                and 0 < c["value"] < 1 and (c.get("precision") or 1) < 1 and prev.get("value") is not None
                and float(prev["value"]).is_integer() and (prev.get("precision") or 0) >= 1
                and _SUBUNIT_JOIN.fullmatch(norm, prev["end"], c["start"])):
            value = prev["value"] + c["value"]
            out[-1] = {**prev, "end": c["end"], "value": value, "low": value, "high": value, "precision": 0.01,
                       "step": 0.01}
            continue
        out.append(c)
    return out
