"""Trigger words: literal text a pattern cannot match without, read from the pattern itself.

"since (?P<from>(?:18|19|20)\\d\\d)" cannot match a line without "since";
"(?:Suite|Room|No\\.) #?\\d+" not one without "suite", "room" or "no.".
``trigger_of`` derives such needs once, when the vocabulary is built, and a
``TextProbe`` then rules a pattern out of a line with a test of bits (the
line's answers to every need come from one pass, ``literalscan.NeedIndex``)
instead of a regex search per window.  Only literals a match consumes
count (never those in lookarounds), so a match always holds them.

A trigger may also carry a hint: the most telling run of character classes
every match holds side by side ("\\d[/.-][0-3]?\\d[/.-]" and a year for a
numeric date), searched per window before the pattern runs there.  And an
``Edge`` says which characters a phrase pattern anchored at an offset (a
unit or hedge after a figure) can open or close with.

The pattern is read with Python's own regex parser; a pattern it cannot read
the same way as the ``regex`` module (module-only syntax, fuzzy or full case
folding, POSIX classes) gets no trigger and always runs.  Nothing here ever
changes what a pattern finds: a trigger only says where it cannot find
anything (``tests/test_extract_triggers.py`` checks that on random patterns).
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import Optional

import regex

from .literalscan import NEEDS
from .triggerhints import fast_form, hint_of

try:
    from re import _parser as _sre
except ImportError:  # Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

_RE_ONLY_BLANKS = "\x1c\x1d\x1e\x1f"
"""The characters Python's re reads as blanks (``\\s``) and the regex module does not."""
CASE_ODDITIES = "\u0130\u017f\u212a"
"""Characters the regex module matches to an ASCII letter when ignoring case (İ to i, ſ to s, the Kelvin
sign to k): a line holding one is not tested against case-insensitive literals."""
MAX_ALTERNATIVES = 32
MAX_NEEDS = 3


@dataclass(frozen=True)
class Trigger:
    """What every match of a pattern contains: for each entry of ``needs``, one of its alternatives
    (literal text, and whether it is compared case-insensitively, in lower case)."""

    needs: tuple[tuple[tuple[str, bool], ...], ...]
    hint: Optional["regex.Pattern"] = None
    """A short pattern every match also matches inside it ("\\d[/.-]" for a numeric date): searched per window
    once the needs hold, it is far cheaper than the pattern."""
    opening: str = ""
    """"text" for a pattern opening with ``^`` or ``\\A`` (a match starts the text), "line" for ``^`` under
    MULTILINE (a match starts the text or follows a line feed): only windows holding such a start are searched."""
    fast_hint: Optional["re.Pattern"] = None
    """The hint as ``triggerhints.fast_form`` writes it, searched in the text's lower case in its place where that
    tells (``TextProbe.fast_text``)."""
    mask: int = field(default=0, init=False, repr=False, compare=False)
    """The bits of the needs in ``literalscan.NEEDS`` (set on creation, in this process)."""

    def __post_init__(self):
        object.__setattr__(self, "mask", NEEDS.mask_of(self.needs))

    def __reduce__(self):
        """Pickled without its mask: another process numbers the needs its own way."""
        return Trigger, (self.needs, self.hint, self.opening, self.fast_hint)


class TextProbe:
    """One text's answers to trigger questions: its needs answered at once, its windows' hints searched.

    ``lowered`` is the text in lower case (same length) for case-insensitive
    literals, or None when lower case would not tell (a character in
    CASE_ODDITIES, or a lower case of another length): such needs then hold.
    """

    __slots__ = ("text", "lowered", "fast_text", "_held", "_asked")

    def __init__(self, text: str):
        self.text = text
        lowered = None if not text.isascii() and any(ch in text for ch in CASE_ODDITIES) else text.lower()
        self.lowered = lowered if lowered is not None and len(lowered) == len(text) else None
        self.fast_text = self.lowered if self.lowered is not None and (text.isascii() or max(text) < "\U00010000") and (
            not any(ch in text for ch in _RE_ONLY_BLANKS)) else None
        """``lowered`` where Python's re reads digits, blanks and letters (in lower case) as the regex module reads
        them (``re.IGNORECASE`` aside): no character past U+FFFF and none of _RE_ONLY_BLANKS; a trigger's
        ``fast_hint`` is searched in it."""
        self._held = self._asked = 0  # (the bits of the needs the text holds, of those answered: none yet)

    def has_needs(self, trigger: Trigger) -> bool:
        """False when the text lacks one of the trigger's needs, so its pattern cannot match anywhere in it (every
        need is answered at once, the first time one is asked: ``literalscan.NeedIndex.answers``)."""
        mask = trigger.mask
        if mask & self._asked != mask:
            self._held, self._asked = NEEDS.answers(self.text, self.lowered)
        return self._held & mask == mask

    def held(self) -> int:
        """The bits of every need the text holds (``Trigger.mask`` tests: a pattern set is ruled out pattern by
        pattern without a call each)."""
        every = (1 << len(NEEDS.bits)) - 1
        if self._asked != every:
            self._held, self._asked = NEEDS.answers(self.text, self.lowered)
        return self._held

    def hinted(self, trigger: Trigger, windows: Optional[list[tuple[int, int]]]) -> Optional[list[tuple[int, int]]]:
        """``windows`` (None: the whole text) less those in which the trigger's hint does not occur, or no match
        can start (``Trigger.opening``)."""
        hint, opening = trigger.hint, trigger.opening
        if hint is None and not opening:
            return windows
        kept = []
        for window in windows or [(0, len(self.text))]:
            if opening and window[0] and (opening == "text" or self.text.find("\n", window[0] - 1, window[1]) < 0):
                continue
            if hint is None:
                kept.append(window)
                continue
            fast = trigger.fast_hint if self.fast_text is not None else None
            if (hint.search(self.text, *window) if fast is None else fast.search(self.fast_text, *window)) is not None:
                kept.append(window)
        return kept


@dataclass(frozen=True)
class Edge:
    """The characters a phrase pattern anchored at an offset can open with (or, ``closing``, end with just before
    it): a test of one character rules the pattern out before it runs.  Blanks and hyphens beside the offset are
    looked past (a pattern may allow them there; it never allows them in ``chars``).  A closing Edge also holds
    the phrases' last words (``ends``, in lower case when folded): the text there must end with one of them; an
    opening one the runs of ASCII letters they open with (``words``): the text's run there must be one."""

    chars: frozenset
    folded: bool
    closing: bool = False
    ends: tuple = ()
    words: frozenset = frozenset()

    def may_match(self, text: str, at: int, openings: Optional[dict] = None) -> bool:
        """False when no phrase can open at ``at`` (or close at ``at``) past blanks and hyphens in ``text``
        (``openings``: what ``opening_at`` read at each offset of this text, shared by the Edges asked there)."""
        if openings is not None and not self.closing and "-" not in self.chars:
            found = openings.get(at)
            if found is None:
                found = openings[at] = opening_at(text, at)
            i, run, untold = found
            if i < 0:
                return i == -1
            ch = text[i]
            if not (ch in self.chars or (self.folded and (ch.lower() in self.chars or ch in CASE_ODDITIES))):
                return False
            return not self.words or untold or (run.lower() if self.folded else run) in self.words
        if self.closing:
            step, i, stop = -1, at - 1, max(at - LOOK_PAST, 0) - 1
        else:
            step, i, stop = 1, at, min(at + LOOK_PAST, len(text))
        while i != stop:
            ch = text[i]
            if ch in self.chars or (self.folded and (ch.lower() in self.chars or ch in CASE_ODDITIES)):
                if self.words:
                    return self._opens_word(text, i)
                return not self.ends or self._ends_word(text, i + 1)
            if not (ch.isspace() or ch == "-"):  # (Python's blanks hold every blank of the regex module's \\s)
                return False
            i += step
        return stop != -1 and stop != len(text)  # blanks past the look: cannot tell

    def _opens_word(self, text: str, start: int) -> bool:
        """Whether the run of ASCII letters at ``start`` is one of ``words`` (True when a letter outside ASCII
        ends it: lower case cannot tell)."""
        end = _ASCII_LETTERS.match(text, start).end()
        if end < len(text) and text[end].isalpha() and not text[end].isascii():
            return True
        return (text[start:end].lower() if self.folded else text[start:end]) in self.words

    def _ends_word(self, text: str, end: int) -> bool:
        """Whether ``text[:end]`` ends with one of ``ends`` (True when lower case cannot tell: non-ASCII)."""
        tail = text[max(0, end - LOOK_PAST):end]
        if self.folded:
            if not tail.isascii():
                return True
            tail = tail.lower()
        return tail.endswith(self.ends)


LOOK_PAST = 64
_ASCII_LETTERS = regex.compile(r"[A-Za-z]*")


def opening_at(text: str, at: int) -> tuple[int, str, bool]:
    """What an opening Edge reads at ``at``: the first character past blanks and hyphens (its offset; -1 when
    only blanks lie within LOOK_PAST and the text goes on, -2 when the text ends), the run of ASCII letters
    there, and whether a letter outside ASCII ends that run (lower case cannot tell)."""
    stop = min(at + LOOK_PAST, len(text))
    for i in range(at, stop):
        ch = text[i]
        if not (ch.isspace() or ch == "-"):
            end = _ASCII_LETTERS.match(text, i).end()
            return i, text[i:end], end < len(text) and text[end].isalpha() and not text[end].isascii()
    return (-1 if stop != len(text) else -2), "", False


def edge_of(phrases, folded: bool, closing: bool = False) -> Optional[Edge]:
    """The Edge of a pattern built from literal ``phrases``, or None when a test of one character cannot tell
    (a phrase opens or closes with a blank, or with a letter outside ASCII compared case-insensitively).  A
    closing Edge's ``ends`` are the phrases' last words when none is longer than LOOK_PAST (and, folded, all
    are ASCII or signs of no case); an opening Edge's ``words`` are the runs of ASCII letters the phrases open
    with ("" for one opening with another character)."""
    chars = {p[-1] if closing else p[0] for p in phrases if p}
    if any(ch.isspace() for ch in chars) or (folded and not all(ch.isascii() or _uncased(ch) for ch in chars)):
        return None
    ends = {p.split()[-1].lower() if folded else p.split()[-1] for p in phrases if p} if closing else set()
    if not all((w.isascii() or not folded or all(map(_uncased, w))) and len(w) <= LOOK_PAST for w in ends):
        ends = set()  # (a sign such as "≥" is its own lower case: it keeps the test)
    words = frozenset() if closing else frozenset(
        _ASCII_LETTERS.match(p.lower() if folded else p).group() for p in phrases if p)
    return Edge(frozenset(ch.lower() for ch in chars) if folded else frozenset(chars), folded, closing,
                tuple(sorted(ends)), words)


def _uncased(ch: str) -> bool:
    """A character no other matches when case is ignored (a sign such as "€" or "°", not a letter)."""
    return not ch.isalpha() and ch.lower() == ch.upper() == ch.casefold() == ch


def trigger_of(pattern: "regex.Pattern", pool: Optional[dict] = None) -> Optional[Trigger]:
    """The trigger of a compiled pattern, or None when it has no literal need (or cannot be read).  Needs and
    hints already in ``pool`` are shared (a TextProbe then tests each once per text); new ones are added."""
    if pattern.flags & (regex.FULLCASE | regex.VERSION1 | regex.WORD):
        return None
    flags = (_sre.SRE_FLAG_IGNORECASE if pattern.flags & regex.IGNORECASE else 0) | (
        _sre.SRE_FLAG_VERBOSE if pattern.flags & regex.VERBOSE else 0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": a POSIX class the two parsers read apart
            parsed = _sre.parse(pattern.pattern, flags)
    except Exception:  # noqa: BLE001 -- any failure to read means: no trigger, the pattern always runs
        return None
    if _has_brace(parsed.data):
        return None  # "{e<=1}" is fuzzy matching to the regex module, literal text to Python's parser
    folded = bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE)
    needs = _needs(parsed.data, folded)
    pool = {} if pool is None else pool
    usable = sorted({n for n in needs if len(n) <= MAX_ALTERNATIVES}, key=_selectivity)[:MAX_NEEDS]
    hint = hint_of(parsed.data, folded, pattern.flags & regex.ASCII)
    fast_hint = None
    if hint is not None:
        hint = pool.setdefault(hint.pattern, hint)
        fast_hint = pool.setdefault(("fast", hint.pattern), fast_form(hint))
    opening = _opening(parsed.data, pattern.flags)
    return Trigger(tuple(pool.setdefault(n, n) for n in usable), hint, opening, fast_hint) if (
        usable or hint or opening) else None


def _opening(items, flags: int) -> str:
    """Trigger.opening of a parsed pattern: "text", "line" or ""."""
    if not items or items[0][0] is not _sre.AT:
        return ""
    if items[0][1] is _sre.AT_BEGINNING_STRING:
        return "text"
    if items[0][1] is _sre.AT_BEGINNING:
        return "line" if flags & regex.MULTILINE else "text"
    return ""


def _selectivity(alternatives: tuple) -> tuple:
    """Sort key: longer shortest literal first (rarer in prose), then fewer alternatives, then the text."""
    return -min(len(text) for text, _ in alternatives), len(alternatives), alternatives


def _literal(code: int, folded: bool) -> Optional[tuple[str, bool]]:
    """One character as (text, folded); None for a non-ASCII character compared case-insensitively."""
    ch = chr(code)
    if not folded:
        return ch, False
    if not ch.isascii():
        return None
    return (ch.lower(), True) if ch.isalpha() else (ch, False)


def _needs(items, folded: bool) -> list[tuple[tuple[str, bool], ...]]:
    """The needs of a parsed sequence: every one must hold; each is a sorted tuple of alternatives."""
    needs: list = []
    run: list[tuple[str, bool]] = []

    def close():
        if run:
            text = "".join(ch for ch, _ in run)
            needs.append(((text.lower(), True) if any(f for _, f in run) else (text, False),))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            lit = _literal(av, folded)
            if lit is not None:  # (within one sequence every letter shares one case rule)
                run.append(lit)
            else:
                close()
            continue
        close()
        if op is _sre.SUBPATTERN:
            _, add, remove, body = av
            inner = (folded or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not remove & _sre.SRE_FLAG_IGNORECASE
            needs += _needs(body, inner)
        elif op is _sre.ATOMIC_GROUP:
            needs += _needs(av, folded)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                needs += _needs(av[2], folded)
        elif op is _sre.BRANCH:
            union: set = set()
            for branch in av[1]:
                options = _needs(branch, folded)
                if not options:
                    union = set()
                    break
                union |= set(min(options, key=_selectivity))
            if union:
                needs.append(tuple(sorted(union)))
        elif op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
            chars = {_literal(code, folded) for _, code in av}
            if None not in chars:
                needs.append(tuple(sorted(chars)))
    close()
    return needs


def _has_brace(items) -> bool:
    """Whether a parsed pattern holds a literal brace anywhere."""
    for op, av in items:
        if op is _sre.LITERAL and av in (ord("{"), ord("}")):
            return True
        for part in (av if isinstance(av, (tuple, list)) else (av,)):
            if isinstance(part, _sre.SubPattern) and _has_brace(part.data):
                return True
            if isinstance(part, list) and any(isinstance(b, _sre.SubPattern) and _has_brace(b.data) for b in part):
                return True
    return False
