"""The counted thing after a figure: "38 medical expert teams" -> "medical expert team"."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..vocab import Vocabulary

_WORD = regex.compile(r"""\s*["']?([A-Za-z][A-Za-z'-]*)["']?""")
_PLAIN_WORD = regex.compile(r" ([a-z][a-z-]*)\b")
_BLANKS = regex.compile(r"\s+")
_HYPHENED = regex.compile(r"-([a-z]+)\b(?!-)")
_HEAD = regex.compile(r"[ \t]+([a-z]+)\b(?!-)")
_NOT_COUNTED_AFTER_HYPHEN = frozenset(
    "odd plus something ish fold strong nil all time times way off up down out over under fewer more less "
    "and or to for by per a an the".split())
"""Words after "N-" that count nothing: "20-odd", "30-plus", "3-fold", "5,000-strong", "3-nil", "two-time"."""
_ADJECTIVE_ENDS = ("ish", "fold", "like", "less", "ous")
_GLUE = ("to", "and", "of", "in", "with", "for", "on", "at", "by", "the")
MAX_WORDS = 6


def singular(word: str, vocab: Vocabulary) -> str:
    """The singular of an English noun, using the vocabulary's irregular plurals first."""
    low = word.lower()
    if low in vocab.irregular_plurals:
        return vocab.irregular_plurals[low]
    if len(low) <= 3 or low.endswith(("ss", "us", "is", "ics")):
        return word
    if low.endswith("ies"):
        return word[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if low.endswith("s"):
        return word[:-1]
    return word


def is_plural(word: str, vocab: Vocabulary) -> bool:
    """Whether a word reads as a plural noun (or an invariant one such as "people")."""
    low = word.lower()
    if low in vocab.verbs or low in vocab.stop_words or low in vocab.not_plural:
        return False
    if low in vocab.irregular_plurals:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "ics"))


def _unglue(word: str, vocab: Vocabulary) -> tuple[str, bool]:
    """Split a plural glued to a function word by a missing space ("operationsto")."""
    low = word.lower()
    for glue in _GLUE:
        if low.endswith(glue) and len(low) - len(glue) >= 5 and not low[: -len(glue)].endswith("is") and not (
                glue == "on" and low.endswith("son")):  # (never "seas|on", "reas|on", "less|on")
            head = word[: -len(glue)]  # (never "pers|on", "garris|on")
            if is_plural(head, vocab):
                return head, True
    return word, False


_ACRONYM = regex.compile(r"[A-Z]{2,5}s?")
_NOT_COUNTED_ACRONYMS = frozenset("AM PM BC AD BCE CE GMT UTC BST CET EST EDT PST PDT JST IST AEST CPC RFC ISBN".split())
"""Capitals after a figure that name its time or era or an identifier, never what it counts ("10 AM", "500 BC",
"18th CPC", "2616 RFC")."""
_PLURAL_NOT_VERB = regex.compile(r"[a-z]{2,}[^s]s")
_NOUN_CONTEXT = regex.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|from|across|over|during|and|or|with|between|since|per|of|"
                              r"this|last|so far|a season|a year)\b")
"""What follows a verb's -s form after a figure for it to be a plural noun ("149 shows in 53 cities", "six runs;")."""


def counted_phrase(norm: str, pos: int, vocab: Vocabulary, single: bool = False) -> tuple[Optional[str], int]:
    """Read the counted noun phrase starting at ``pos``.

    Returns (lemma, end offset) or (None, pos).  ``single`` allows a singular
    head, for the figure one ("one month").
    """
    m = vocab.pattern("compound").match(norm, pos, pos + 80)
    if m:
        return vocab.compounds[_BLANKS.sub(" ", m.group(1).lower())], m.end()
    hyphened = _HYPHENED.match(norm, pos, pos + 40)
    if hyphened:  # "a 16-bit chip", "an 80-seat majority": what the adjective counts, of the noun it qualifies
        noun = hyphened_noun(hyphened.group(1), vocab)
        if noun is None:
            return None, pos
        head = _HEAD.match(norm, hyphened.end(), hyphened.end() + 40)
        low = head.group(1).lower() if head else ""
        if head and low not in vocab.stop_words and low not in vocab.verbs and low not in vocab.modifiers:
            noun += " " + (singular(low, vocab) if is_plural(low, vocab) else low)
        return noun, hyphened.end()
    words: list[tuple[str, int]] = []
    cursor = pos
    for _ in range(MAX_WORDS):
        m = _WORD.match(norm, cursor)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if low in vocab.stop_words and low not in ("and", "or"):
            break
        if low in ("and", "or"):
            if not words or is_plural(words[-1][0], vocab):
                break
            cursor = m.end()
            words.append((word, m.end()))
            continue
        if not words and _ACRONYM.fullmatch(word) and word.rstrip("s") not in _NOT_COUNTED_ACRONYMS and (
                _NOUN_CONTEXT.match(norm, m.end())) and low not in vocab.currency_after and word not in (
                vocab.units) and not (len(word) == 3 and word in vocab.currency_before.values()):
            # "20,124 TEU", "650 MPs", "2 MP": what an acronym counts (not a unit's or a currency's letters)
            return word[:-1] if word.endswith("s") else word, m.end()
        verb_plural = low in vocab.verbs and not words and bool(_PLURAL_NOT_VERB.fullmatch(low)) and bool(
            _NOUN_CONTEXT.match(norm, m.end()) or _verb_next(norm, m.end(), vocab))
        # "149 shows in 53 cities", "six runs;", "12 witnesses spoke" (not "2021 marks the start")
        if low in vocab.verbs and not verb_plural:
            break
        word, glued = _unglue(word, vocab)
        end = m.start(1) + len(word)
        words.append((word, end))
        cursor = m.end()
        plural = verb_plural or (is_plural(word, vocab) and not _ambiguous_adjective(word, norm, cursor, vocab))
        if plural and not glued and _noun_modifier(low, norm, cursor, vocab):
            continue  # "5 police officers", "two crew members": the invariant plural qualifies the noun after it
        if plural or glued or (single and len(words) == 1 and low not in vocab.modifiers):
            head = singular(word, vocab) if plural or glued else word.lower()
            phrase = [w for w, _ in words[:-1]]
            while phrase and phrase[0].lower() in vocab.modifiers:
                phrase.pop(0)
            if phrase and phrase[-1].lower() in ("and", "or"):
                phrase.pop()
            lemma = " ".join([_case(w) for w in phrase] + [_case(head)])
            opened = norm[pos:words[0][1]].lstrip()[:1]
            if opened in ("\"", "'") and norm.startswith(opened, end):
                end += 1  # ('2 million "health packages"': the quotation the phrase opened closes in the quote)
            return lemma, end
        if glued:
            break
    return None, pos


_BE_HAVE = frozenset("was were is are had have has will would could may might".split())


def _verb_next(norm: str, cursor: int, vocab: Vocabulary) -> bool:
    """Whether the word at ``cursor`` is a verb in the past or a form of "be" or "have" (then the word before it
    is its subject: "12 witnesses spoke", "300 shows were cancelled")."""
    nxt = _PLAIN_WORD.match(norm, cursor)
    word = nxt.group(1) if nxt else ""
    return word in _BE_HAVE or (not word.endswith("s") and (word in vocab.verbs or (
        vocab.frames is not None and word in vocab.frames.verbs)) and word not in vocab.stop_words) or (
        word.endswith("ed") and len(word) > 4)


def _noun_modifier(low: str, norm: str, cursor: int, vocab: Vocabulary) -> bool:
    """Whether an invariant plural ("police", "crew", "staff") qualifies a regular plural noun after it."""
    if vocab.irregular_plurals.get(low) != low:
        return False
    nxt = _PLAIN_WORD.match(norm, cursor) if norm[cursor - 1:cursor].isalpha() else None
    after = nxt.group(1).lower() if nxt else ""
    return bool(after) and after not in vocab.stop_words and after not in vocab.verbs and after not in (
        vocab.irregular_plurals) and is_plural(after, vocab)


def hyphened_noun(word: str, vocab: Vocabulary) -> Optional[str]:
    """The noun a hyphenated counted adjective counts ("16-bit" bit, "3-star" star, "10-point" point), or None
    when the word after the hyphen counts nothing ("20-odd", "3-fold", "two-time", "3-sided")."""
    low = word.lower()
    if (len(low) < 3 or low in _NOT_COUNTED_AFTER_HYPHEN or low in vocab.stop_words or low in vocab.verbs
            or low.endswith(_ADJECTIVE_ENDS) or (low.endswith("ed") and len(low) > 4)
            or (low.endswith("ing") and len(low) > 5)):
        return None
    return low


def _case(word: str) -> str:
    """Proper words ("Chinese") keep their capital; the rest are lower-cased."""
    return word if word[:1].isupper() and not word.isupper() else word.lower()


def _ambiguous_adjective(word: str, norm: str, cursor: int, vocab: Vocabulary) -> bool:
    """"Chinese" heads a phrase only when no other noun follows it ("280 Chinese diplomatic missions")."""
    if not word[0].isupper() or word.lower() not in vocab.irregular_plurals:
        return False
    nxt = _WORD.match(norm, cursor)
    return bool(nxt) and nxt.group(1).lower() not in vocab.stop_words and nxt.group(1).lower() not in vocab.verbs


_NUMBER_OF = regex.compile(r"(?i)\bnumber of (?:[a-z-]+ ){0,2}?([a-z]+)\b")


def counted_before(norm: str, start: int, clause_start: int, vocab: Vocabulary) -> Optional[str]:
    """The counted thing named before a bare figure: "the number of countries ... increased to 181"."""
    matches = list(_NUMBER_OF.finditer(norm, clause_start, start))
    m = matches[-1] if matches else None  # the nearest "number of" before the figure
    if m and is_plural(m.group(1), vocab):
        return singular(m.group(1), vocab).lower()
    return None


_PAST_FORMS = {"won": "win", "shot": "shoot", "left": "leave", "rose": "rise", "broke": "break", "shook": "shake",
               "bore": "bear", "wound": "wind"}
"""Past forms the lemmatiser leaves as they are, being nouns as well ("won" is also a currency)."""


def verb_lemma(word: str) -> str:
    """The dictionary form of a word read as a verb ("won" -> "win", "died" -> "die")."""
    return _PAST_FORMS.get(word.lower()) or lemma(word)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of an English word ("died" -> "die"); memoised per process (a pure function)."""
    import simplemma

    low = word.lower()
    base = simplemma.lemmatize(low, lang="en")
    if len(base) >= 6 and base.endswith("ell") and low.endswith(("elled", "elling")):
        return base[:-1]  # British "cancelled", "labelled", "travelling": cancel (not "spelled", "dwelling")
    return base


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """Whether the English dictionary knows a word in lower case ("annual": yes; "verstappen", "pérez": no; it
    knows many names too, "london", "boeing"); memoised per process (a pure function)."""
    import simplemma

    return simplemma.is_known(word.lower(), lang="en")
