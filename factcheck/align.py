"""Aligning claims to facts: fact rules first, then automatic candidate groups.

A claim joins the fact whose rule it satisfies (counted thing or dimension,
context phrases, pattern); when several rules match, the most specific
wins.  Claims no rule takes are grouped into *candidate facts* when they
count the same thing in similar words in at least two sources.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

import regex
from rapidfuzz import fuzz

from .extractor.chinese import gloss
from .model import Claim
from .rules import Context, FactRule, RuleSet
from .units import UnitConverter
from .vocab import REGEX_TIMEOUT

_MASK_DIGITS = str.maketrans("123456789", "000000000")
_HEADED = ("sentence", "nearby")
"""Windows that hold the document's heading when the claim stands in a fact-box row."""
_ROW = regex.compile(r"[ \t]*(?:[*\u2022-][ \t]+)?[^\W\d][^:\n]{1,80}:[ \t]")
"""A fact-box row: a short label and a colon ("* UN peacekeepers contributed since 1990: 50,000+")."""
_FIRST_LINE = regex.compile(r"(?m)^[^\S\n]*(?=(?:[^\n]*?\p{L}{2,}){3})[^\n]+")
"""The document's heading: its first line of three words or more (not a "date: ..." line)."""
ALIGNABLE_KINDS = ("count", "money", "percent", "measure", "duration", "date", "date_range", "number_range", "ordinal")
_FUNCTION_WORDS = frozenset(
    "the and with for that this from have has had were was are its their into over more than about also been "
    "such other which who will would can could all any some one two three our his her they them these those "
    "has have made make china chinese".split()
)


def fold(text: str) -> str:
    """Lower-case, blank-folded text for phrase matching (quotes and dashes are already folded)."""
    return " ".join(text.lower().split())


def counted_thing(claim: Claim) -> Optional[str]:
    """What a count counts: its counted noun, else the measure its frame names ("Countries with diplomatic
    relations: 181" counts countries though no noun follows the figure)."""
    if claim.counted or claim.kind not in ("count", "number_range") or claim.unit:
        return claim.counted
    return claim.frame.measure or None


def head_noun(lemma: str) -> str:
    """The head of a counted phrase: its last word, or the word before "of" ("head of state" -> "head")."""
    before_of = lemma.split(" of ", 1)[0]
    return before_of.rsplit(" ", 1)[-1]


def _best_score(phrase: str, window: str, threshold: float) -> str:
    """`` (closest: 'x', score 71 < 90)`` for explain output."""
    p = fold(phrase)
    if not window or len(p) < FUZZY_MIN_LENGTH:
        return ""
    found = fuzz.partial_ratio_alignment(p, window)
    if found is None:
        return ""
    return f" (closest {window[found.dest_start:found.dest_end]!r}, score {found.score:.0f} < {threshold:g})"


@dataclass(frozen=True)
class RuleCheck:
    """Whether one rule takes one claim, and why (or why not)."""

    rule: FactRule
    matched: bool
    reason: str
    counted_class: str = "main"  # main | related


MAX_DECISIONS = 50_000
"""Decisions the aligner keeps per process (about 13 MB per 1,000 distinct documents when unbounded)."""
FUZZY_MIN_LENGTH = 6
"""Phrases shorter than this match only as whole words (a fuzzy "trip" would match "strip")."""


class PhraseMatcher:
    """Whole-word, then fuzzy, matching of context phrases; compiled patterns are kept per phrase."""

    def __init__(self):
        self._compiled: dict[str, tuple[str, "regex.Pattern"]] = {}

    def __call__(self, phrase: str, window: str, threshold: float) -> bool:
        """Whether a context phrase appears in a folded window: as whole words (plural allowed), else fuzzily."""
        entry = self._compiled.get(phrase)
        if entry is None:
            p = fold(phrase)
            entry = self._compiled[phrase] = (p, regex.compile(r"(?<!\w)" + regex.escape(p) + r"(?:s|es)?(?!\w)"))
        p, pattern = entry
        if pattern.search(window):
            return True
        return len(p) >= FUZZY_MIN_LENGTH and fuzz.partial_ratio(p, window, score_cutoff=threshold) > 0


class Aligner:
    """Matches claims to the fact rules of a RuleSet."""

    def __init__(self, ruleset: RuleSet, units: Optional[UnitConverter] = None):
        self.ruleset = ruleset
        self.vocab = ruleset.vocab
        self.units = units or UnitConverter()
        self._canon_cache: dict[str, str] = {}
        self.phrase_in = PhraseMatcher()
        self._levels: dict = {}
        self._decisions: dict = {}
        phrases = [p for rule in ruleset.facts for ctx in rule.contexts for p in ctx.all + ctx.any + ctx.none]
        self._digits_matter = any(rule.pattern is not None for rule in ruleset.facts) or any(
            ch.isdigit() for p in phrases for ch in p)
        """When no rule looks at digits, contexts that differ only in their figures get the same decision."""
        self._fold_text: Optional[str] = None
        self._folded: dict = {}
        self.timed_out: dict[str, str] = {}
        """Rule id -> location of rules whose pattern hit the regex timeout; they match nothing for the rest of the run."""
        self._order = {rule.id: i for i, rule in enumerate(ruleset.facts)}
        self._by_head: dict[str, list[FactRule]] = defaultdict(list)
        self._by_dimension: dict[str, list[FactRule]] = defaultdict(list)
        self._by_kind: dict[str, list[FactRule]] = defaultdict(list)
        for rule in ruleset.facts:
            if rule.counted or rule.related_counted:
                for term in rule.counted + rule.related_counted:
                    self._by_head[head_noun(self.canonical(term))].append(rule)
            elif rule.dimension or rule.unit:
                self._by_dimension[rule.dimension or self.units.dimension_of_unit(rule.unit) or "?"].append(rule)
            else:
                for kind in rule.kinds:
                    self._by_kind[kind].append(rule)

    # -- counted things -------------------------------------------------------
    def canonical(self, lemma: str) -> str:
        """A counted lemma with vocabulary synonyms applied (whole phrase first, then its head)."""
        low = fold(lemma)
        if low in self._canon_cache:
            return self._canon_cache[low]
        syn = self.vocab.synonyms
        if low in syn:
            out = syn[low]
        elif " of " in low:
            out = low  # "head of state": the head is "head", and "state" is not a country here
        else:
            words = low.split(" ")
            out = " ".join(words[:-1] + [syn.get(words[-1], words[-1])])
        self._canon_cache[low] = out
        return out

    def counted_level(self, counted: Optional[str], terms: tuple) -> int:
        """2: the whole phrase names a term (after synonyms); 1: its ending or head noun does; 0: no."""
        if not counted:
            return 0
        key = (counted, terms)
        if key not in self._levels:
            self._levels[key] = self._counted_level(counted, terms)
        return self._levels[key]

    def _counted_level(self, counted: str, terms: tuple) -> int:
        phrase = fold(counted)
        canon = self.canonical(counted)
        best = 0
        for term in terms:
            t = fold(term)
            tc = self.canonical(term)
            if phrase == t or canon == tc:
                return 2
            if phrase.endswith(" " + t) or canon.endswith(" " + tc) or head_noun(canon) == tc:
                best = 1
        return best

    def candidate_rules(self, claim: Claim) -> list[FactRule]:
        """The rules that could take a claim, by counted head, dimension or kind (blocking), in file order."""
        found: dict[str, FactRule] = {}
        counted = counted_thing(claim)
        if counted and claim.kind in ("count", "number_range"):
            for rule in self._by_head.get(head_noun(self.canonical(counted)), ()):
                found[rule.id] = rule
        for rule in self._by_dimension.get(self.units.dimension(claim) or "", ()):
            found[rule.id] = rule
        for rule in self._by_kind.get(claim.kind, ()):
            found[rule.id] = rule
        return sorted(found.values(), key=lambda r: self._order[r.id])

    # -- windows ----------------------------------------------------------------
    def window(self, norm: str, claim: Claim, which: str) -> str:
        """The folded text of a claim's local, clause, sentence or nearby window (cached per text); a fact-box
        row's sentence and nearby windows also hold the document's heading ("Peacekeepers since 1990: 50,000+"
        under "China's diplomacy, by the numbers" is said of China)."""
        span = {"local": claim.local, "clause": claim.clause, "sentence": claim.sentence, "nearby": claim.nearby}[which]
        if self._fold_text is not norm:
            self._fold_text, self._folded = norm, {}
        key = (span, which in _HEADED)
        folded = self._folded.get(key)
        if folded is None:
            text = norm[span[0]:span[1]]
            folded = fold(f"{text} {gloss(text, self.vocab)}")  # Chinese: + English glosses
            if which in _HEADED:
                folded += self._heading(norm, claim)
            self._folded[key] = folded
        return folded

    def _heading(self, norm: str, claim: Claim) -> str:
        """" " and the folded heading of the document when the claim's sentence is a fact-box row, else ""."""
        if not _ROW.match(norm, claim.sentence[0], claim.sentence[1]):
            return ""
        first = _FIRST_LINE.search(norm)
        return " " + fold(first.group()[:200]) if first and first.start() < claim.sentence[0] else ""

    def _context_fails(self, ctx: Context, window: str, threshold: float, detail: bool) -> Optional[str]:
        """Why a window fails a context (None when it passes); ``detail`` adds the closest fuzzy match."""
        for phrase in ctx.all:
            if not self.phrase_in(phrase, window, threshold):
                return f"{ctx.window} lacks {phrase!r}" + (_best_score(phrase, window, threshold) if detail else "")
        if ctx.any and not any(self.phrase_in(p, window, threshold) for p in ctx.any):
            reason = f"{ctx.window} has none of {', '.join(repr(p) for p in ctx.any)}"
            if detail:
                best = max(ctx.any, key=lambda p: fuzz.partial_ratio(fold(p), window))
                reason += _best_score(best, window, threshold)
            return reason
        for phrase in ctx.none:
            if self.phrase_in(phrase, window, threshold):
                return f"{ctx.window} has excluded {phrase!r}"
        return None

    # -- one rule, one claim ----------------------------------------------------
    def check(self, rule: FactRule, claim: Claim, norm: str, windows: Optional[dict] = None,
              detail: bool = True) -> RuleCheck:
        """Does ``rule`` take ``claim`` (found in normalised text ``norm``)? With the reason.

        ``windows`` caches the claim's folded context windows across rules;
        ``detail`` adds the closest fuzzy match to a failing context (for explain).
        """
        if claim.kind not in ALIGNABLE_KINDS:
            return RuleCheck(rule, False, f"a {claim.kind} is never a fact value")
        if claim.frame.role in ("reference", "multiple"):
            return RuleCheck(rule, False, "points back to things already named (\"the two countries\")"
                             if claim.frame.role == "reference" else "a multiple of another figure (\"three times\")")
        if rule.kinds and claim.kind not in rule.kinds:
            return RuleCheck(rule, False, f"kind {claim.kind} not in {list(rule.kinds)}")
        counted_class = "main"
        if rule.counted or rule.related_counted:
            if claim.kind not in ("count", "number_range") or (claim.kind == "number_range" and claim.unit):
                return RuleCheck(rule, False, f"counts {', '.join(rule.counted)}; this is a {claim.kind}")
            counted = counted_thing(claim)
            level = self.counted_level(counted, rule.counted)
            if not level and rule.related_counted and self.counted_level(counted, rule.related_counted):
                counted_class = "related"
            elif not level:
                return RuleCheck(rule, False, f"counts {counted or 'nothing named'!s}, not {', '.join(rule.counted)}")
        wanted = rule.dimension or (self.units.dimension_of_unit(rule.unit) if rule.unit else None)
        if wanted:
            got = self.units.dimension(claim)
            if got != wanted:
                return RuleCheck(rule, False, f"measures {got}, not {wanted}")
        windows = {} if windows is None else windows
        for ctx in rule.contexts:
            if ctx.window not in windows:
                windows[ctx.window] = self.window(norm, claim, ctx.window)
            why = self._context_fails(ctx, windows[ctx.window], rule.threshold, detail)
            if why:
                return RuleCheck(rule, False, why)
        if rule.pattern is not None:
            if rule.id in self.timed_out:
                return RuleCheck(rule, False, "pattern disabled: it timed out earlier in this run")
            s, e = claim.sentence
            try:
                if not rule.pattern.search(norm, s, e, timeout=REGEX_TIMEOUT):
                    return RuleCheck(rule, False, "pattern does not match the sentence")
            except TimeoutError:
                self.timed_out[rule.id] = rule.location
                return RuleCheck(rule, False, f"pattern timed out after {REGEX_TIMEOUT}s (catastrophic backtracking)")
        return RuleCheck(rule, True, "matches", counted_class)

    def checks(self, claim: Claim, norm: str) -> list[RuleCheck]:
        """Every rule's verdict on one claim, for ``explain``."""
        return [self.check(rule, claim, norm) for rule in self.ruleset.facts]

    def best(self, claim: Claim, norm: str) -> tuple[Optional[RuleCheck], list[RuleCheck]]:
        """The winning rule for a claim (most specific, then first defined) and the other matches it beat."""
        if claim.kind not in ALIGNABLE_KINDS:
            return None, []
        # the decision depends only on what is counted or measured and on the windows the candidate rules
        # read, which repeat across a corpus (copied paragraphs, boilerplate): decide once per distinct context
        rules = self.candidate_rules(claim)
        if not rules:
            return None, []
        needed = {ctx.window for rule in rules for ctx in rule.contexts}
        if any(rule.pattern is not None for rule in rules):
            needed.add("sentence")
        parts = [claim.kind, counted_thing(claim) or "", claim.unit or "", ",".join(rule.id for rule in rules)]
        for which in sorted(needed):
            s, e = getattr(claim, which)
            text = norm[s:e] if self._digits_matter else norm[s:e].translate(_MASK_DIGITS)
            parts.append(f"{which}:{claim.start - s}:{claim.end - s}:{text}")
            if which in _HEADED:
                parts.append(self._heading(norm, claim))
        key = hashlib.blake2b("\0".join(parts).encode(), digest_size=16).digest()
        cached = self._decisions.get(key)
        if cached is None:
            if len(self._decisions) >= MAX_DECISIONS:
                self._decisions.clear()  # prose that never repeats would grow the memo without end
            cached = self._decisions[key] = self._decide(claim, norm, rules)
        return cached

    def _decide(self, claim: Claim, norm: str, rules: list[FactRule]) -> tuple[Optional[RuleCheck], list[RuleCheck]]:
        windows: dict = {}
        hits = [c for c in (self.check(rule, claim, norm, windows, detail=False) for rule in rules) if c.matched]
        if not hits:
            return None, []
        hits.sort(key=lambda c: -c.rule.specificity)
        return hits[0], hits[1:]


@dataclass(frozen=True)
class Alignment:
    """Claims grouped by fact rule, plus the claims no rule took."""

    by_fact: dict  # fact id -> list[tuple[Located, str]] (claim, counted class)
    unmatched: list  # list[Located]
    ties: list  # list[tuple[Located, RuleCheck, list[RuleCheck]]]
