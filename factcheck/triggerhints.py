"""Hints: the most telling run of character classes every match of a pattern holds side by side.

"\\d[/.-][0-3]?\\d[/.-]" and a year for a numeric date: searched per window before the pattern runs there,
it rules most windows out at the cost of one small search.  Read from the pattern as Python's own regex
parser reads it (``triggers.trigger_of`` parses it once and passes the parsed items here).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

import regex

try:
    from re import _parser as _sre
except ImportError:  # Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

_WEIGHTS = {_sre.CATEGORY_DIGIT: 1.0, _sre.CATEGORY_SPACE: 0.5}
MIN_HINT_WEIGHT = 3.0
MAX_HINT_LENGTH = 8


class _Token(NamedTuple):
    """A class of characters a match consumes ``least`` to ``most`` times in a row."""

    source: str
    weight: float
    least: int
    most: int
    literal: bool
    folded: bool


def hint_of(items, folded: bool, ascii_flag: int) -> Optional["regex.Pattern"]:
    """The most telling run of single characters every match holds side by side (sets and digits included,
    which plain needs cannot say), as a pattern; None when no run says enough."""
    chains: list[list[_Token]] = [[]]
    for token in _tokens(items, folded, {}):
        if token is None:
            chains.append([])
        elif token.least == 0:  # an optional character: written as such, the run goes on
            chains[-1].append(token)
        elif token.least == token.most:  # exactly n of one class: the run goes on
            chains[-1] += [token._replace(most=1, least=1)] * token.least
        else:  # at least n: the run's first n close this chain, its last n open the next
            chains[-1] += [token._replace(most=1, least=1)] * token.least
            chains.append([token._replace(most=1, least=1)] * token.least)
    telling = [c for c in map(_trimmed, chains) if not all(t.literal for t in c)]  # (literals: the needs)
    best = max(telling, key=lambda c: sum(t.weight for t in c), default=[])
    if sum(t.weight for t in best) < MIN_HINT_WEIGHT:
        return None
    return regex.compile(_source(best), ascii_flag)  # (under ASCII rules "\\D" matches more: the hint keeps them)


def _trimmed(chain: list[_Token]) -> list[_Token]:
    """The first MAX_HINT_LENGTH tokens of a chain, without optional ones at either end."""
    chain = chain[:MAX_HINT_LENGTH]
    while chain and chain[0].least == 0:
        chain = chain[1:]
    while chain and chain[-1].least == 0:
        chain = chain[:-1]
    return chain


def _source(tokens: list[_Token]) -> str:
    """Pattern text of a run of tokens, each run of case-insensitive ones in one (?i:...) group."""
    out, i = [], 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j].folded == tokens[i].folded:
            j += 1
        text = "".join(t.source + _quantifier(t) for t in tokens[i:j])
        out.append(f"(?i:{text})" if tokens[i].folded else text)
        i = j
    return "".join(out)


def _quantifier(token: _Token) -> str:
    """How often a token repeats, as pattern text."""
    if (token.least, token.most) == (1, 1):
        return ""
    if (token.least, token.most) == (0, 1):
        return "?"
    return f"{{{token.least},}}" if token.most is _sre.MAXREPEAT else f"{{{token.least},{token.most}}}"


UNROLLED = 3
"""At most this many first rounds of a repeated group are read as known characters."""


def _tokens(items, folded: bool, groups: dict):
    """The parsed sequence as tokens (see _Token), None where the run of known characters breaks; zero-width
    items (anchors, lookarounds) are passed over, and a back-reference to a one-character group is that
    group's class (``groups`` collects them by number)."""
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op is _sre.SUBPATTERN:
            number, add, remove, body = av
            if (add | remove) & ~_sre.SRE_FLAG_IGNORECASE:  # scoped ASCII or other rules: not written back
                yield None
                continue
            tokens = list(_tokens(body, (folded or bool(add & _sre.SRE_FLAG_IGNORECASE))
                                  and not remove & _sre.SRE_FLAG_IGNORECASE, groups))
            if number is not None and len(tokens) == 1 and tokens[0] is not None and tokens[0][2:4] == (1, 1):
                groups[number] = tokens[0]
            yield from tokens
            continue
        if op is _sre.ATOMIC_GROUP:
            yield from _tokens(av, folded, groups)
            continue
        if op is _sre.BRANCH:
            token, whole = _branch_token(av[1], folded)
            yield token
            if token is not None and not whole:
                yield None  # (a branch known only in part: what follows it is not next to the part)
            continue
        if op is _sre.GROUPREF:
            found = groups.get(av)
            yield found if found is not None and found.folded == folded else None
            continue
        least, most, body = (av[0], av[1], av[2]) if op in (
            _sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) else (1, 1, [(op, av)])
        one = _char_class(body, folded) if (least >= 1 or most == 1) and len(body) == 1 else None
        if one is None and least >= 1 and op is not _sre.SUBPATTERN and (len(body) > 1 or body[0][0] in (
                _sre.SUBPATTERN, _sre.BRANCH, _sre.ATOMIC_GROUP)):  # a repeated group: its first rounds, in a row
            for _ in range(min(least, UNROLLED)):
                yield from _tokens(body, folded, groups)
            if least != most or least > UNROLLED:
                yield None
        elif one is None:
            yield None
        elif least == 0:
            yield _Token(one[0], 0.0, 0, 1, False, folded)
        else:
            yield _Token(one[0], one[1], least, most, body[0][0] is _sre.LITERAL, folded)


def _branch_token(branches, folded: bool) -> tuple[Optional[_Token], bool]:
    """An alternation as one token: each branch's run of known characters from its start ("1[89]\\d\\d|20\\d\\d|
    2100", "\\d{3}-\\d{4}|0\\d{2,4}[ ]\\d{3,4}"), and whether every run is the whole branch; (None, False) when a
    branch opens with no known character."""
    runs, whole = [], True
    for branch in branches:
        tokens = list(_tokens(branch, folded, {}))
        known = tokens[:tokens.index(None)] if None in tokens else tokens
        whole = whole and len(known) == len(tokens)
        if not known:
            return None, False
        runs.append(known)
    source = "(?:" + "|".join(_source(run) for run in runs) + ")"
    return _Token(source, min(sum(t.weight * t.least for t in run) for run in runs), 1, 1,
                  all(t.literal and t.least == t.most for run in runs for t in run), False), whole


def _char_class(body, folded: bool) -> Optional[tuple[str, float]]:
    """(source, weight) of a single consumed character, or None when it is not one."""
    (op, av), = body
    if op is _sre.LITERAL:
        ch = chr(av)
        return regex.escape(ch), (1.0 if ch.isspace() else 3.0)
    if op is not _sre.IN:
        return None
    parts, weight = [], 2.0
    for kind, value in av:
        if kind is _sre.NEGATE:
            parts.append("^")
            weight = 0.0
        elif kind is _sre.LITERAL:
            parts.append(regex.escape(chr(value)))
        elif kind is _sre.RANGE:
            parts.append(f"{regex.escape(chr(value[0]))}-{regex.escape(chr(value[1]))}")
        elif kind is _sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
            weight = min(weight, _WEIGHTS.get(value, 0.0))
        else:
            return None
    return "[" + "".join(parts) + "]", weight


_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def fast_form(hint: "regex.Pattern") -> Optional["re.Pattern"]:
    """A hint whose letters all ignore case as a pattern of Python's ``re`` searched in the lower-cased text, its
    letters in lower case: ``re`` finds an alternation of words ("january|february|...") three to four times
    faster than the regex module finds it ignoring case (elsewhere it is no faster).  On a text without the case
    oddities and without characters past U+FFFF (where the two modules' digits differ) it finds a match
    wherever the hint does (``re``'s blanks hold the regex module's).  None for a hint with no letters or with
    letters compared as written, a cased letter outside ASCII, a class other than digits and blanks, ASCII
    rules."""
    if hint.flags & regex.ASCII:
        return None
    letters: set = set()
    try:
        source = _fast(_sre.parse(hint.pattern).data, False, letters)
    except (_Untold, re.error):
        return None
    return re.compile(source) if letters == {True} else None


class _Untold(Exception):
    """``fast_form`` cannot write a part of a hint."""


def _fast_char(ch: str, folded: bool, letters: set) -> str:
    """One literal character of a hint as ``fast_form`` writes it (``letters``: whether letters were folded)."""
    if ch.isalpha() and ch.isascii():
        letters.add(folded)
        return ch.lower() if folded else ch
    if folded and not ch.isascii() and not (ch.lower() == ch.upper() == ch.casefold() == ch):
        raise _Untold
    return re.escape(ch)


def _fast(items, folded: bool, letters: set) -> str:
    """The source of ``fast_form`` for a parsed sequence (``folded``: compared case-insensitively)."""
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(_fast_char(chr(av), folded, letters))
        elif op is _sre.IN:
            out.append("[" + "".join(_fast_member(kind, value, folded, letters) for kind, value in av) + "]")
        elif op is _sre.SUBPATTERN:
            _, add, remove, body = av
            if (add | remove) & ~_sre.SRE_FLAG_IGNORECASE:
                raise _Untold
            inner = (folded or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not remove & _sre.SRE_FLAG_IGNORECASE
            out.append("(?:" + _fast(body, inner, letters) + ")")
        elif op is _sre.BRANCH:
            out.append("(?:" + "|".join(_fast(branch, folded, letters) for branch in av[1]) + ")")
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, most, body = av
            bound = f"{{{least},}}" if most is _sre.MAXREPEAT else f"{{{least},{most}}}"
            out.append("(?:" + _fast(body, folded, letters) + ")" + bound + ("?" if op is _sre.MIN_REPEAT else ""))
        else:
            raise _Untold
    return "".join(out)


def _fast_member(kind, value, folded: bool, letters: set) -> str:
    """One member of a class of a hint as ``fast_form`` writes it."""
    if kind is _sre.LITERAL:
        return _fast_char(chr(value), folded, letters)
    if kind is _sre.RANGE and value[1] - value[0] < 128 and not any(
            chr(c).isalpha() or not chr(c).isascii() for c in range(value[0], value[1] + 1)):
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is _sre.CATEGORY and value in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_SPACE):
        return _CATEGORIES[value]
    raise _Untold
