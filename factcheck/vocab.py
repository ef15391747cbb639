"""The extraction vocabulary: number words, hedges, units, nouns, dates, scopes.

All of it comes from YAML under ``rules/``; this module checks the sections,
merges the files and compiles the patterns the extractor runs.  A
``Vocabulary`` is built once per run and passed in; nothing is global.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from typing import Any

import regex

from .framevocab import FrameVocabulary, build_frame_vocabulary
from .pintunits import PintUnits
from .triggers import edge_of, trigger_of
from .vocab_zh import build_chinese
from .vocabmerge import VOCAB_SECTIONS, merge_sections  # noqa: F401  (VOCAB_SECTIONS re-exported)
from .yamlsafe import Marked, RuleError, ascii_int

REGEX_TIMEOUT = 1.0
"""Seconds any user-written pattern may run on one text before it is stopped."""

HEDGE_KINDS = ("more_than", "at_least", "nearly", "approx", "up_to", "less_than", "plus")
UNIT_KINDS = ("percent", "duration", "measure")
SCOPE_KINDS = ("relative", "absolute", "anchored", "current", "vague", "offset", "partial", "as_of_month", "occasion")
NOUN_KEYS = ("synonyms", "irregular_plurals", "compounds", "not_plural", "modifiers", "stop_words", "verbs")


@dataclass(frozen=True)
class Vocabulary:
    """Merged, checked and compiled vocabulary for one run."""

    number_words: dict
    scales: dict
    scale_abbreviations: dict
    ordinal_words: dict
    vague_quantities: dict
    hedges: dict  # phrase (lower) -> hedge kind
    hedge_suffixes: dict  # phrase (lower) -> hedge kind
    units: dict  # alias -> (unit, kind)
    units_folded: dict  # alias lower-cased, blanks folded -> (unit, kind)
    currency_before: dict  # alias -> ISO code
    currency_after: dict  # alias (lower) -> ISO code
    synonyms: dict  # variant lemma -> canonical lemma
    irregular_plurals: dict
    compounds: dict  # phrase (lower) -> lemma
    not_plural: frozenset
    modifiers: frozenset
    stop_words: frozenset
    verbs: frozenset
    months: dict  # name (as written) -> month number
    seasons: dict  # name -> (first month, last month)
    year_range: tuple
    numeric_date_order: str  # MDY or DMY
    scopes: tuple  # (kind, compiled pattern)
    scope_anchors: tuple  # (compiled pattern, year)
    identifiers: tuple  # compiled patterns
    fingerprint: str = ""
    chinese: Any = None  # vocab_zh.ChineseVocab: the ``chinese:`` section (rules/vocab/zh.yaml)
    currency_subunits: dict = field(default_factory=dict)  # word (lower) -> (ISO code, value of one)
    ambiguous_currencies: dict = field(default_factory=dict)  # word (lower) -> currency name
    compound_units: dict = field(default_factory=dict)  # larger unit -> {smaller unit: how many per larger}
    symbol_contexts: dict = field(default_factory=dict)  # shared sign -> (ambiguous name, ((code, clue pattern), ...))
    name_contexts: dict = field(default_factory=dict)  # ambiguous currency name -> ((code, clue pattern), ...)
    compiled: dict = field(default_factory=dict, compare=False, repr=False)
    frames: "FrameVocabulary | None" = field(default=None, compare=False, repr=False)
    """Compiled frame cues (``rules/vocab/frames.yaml``)."""

    def pattern(self, name: str) -> "regex.Pattern":
        """A compiled pattern built from the vocabulary (see ``_compile_patterns``)."""
        return self.compiled[name]


def _alternation(words, flags="") -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any run of blanks."""
    parts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    escaped = [regex.escape(p).replace("\\ ", " ").replace(" ", r"\s+") for p in parts] or ["(?!)"]  # none: never
    return f"(?{flags}:" + "|".join(escaped) + ")" if flags else "(?:" + "|".join(escaped) + ")"


def _number_map(doc_for, section, mapping, errors) -> dict:
    """The entries of a word -> number section whose value is a finite number; the others go to ``errors``."""
    out = {}
    for k, v in mapping.items():
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            errors.append(doc_for(section).error((section, k), f"expected a number, got {v!r}"))
            continue
        if not str(k).strip():
            errors.append(doc_for(section).error((section, k), "empty word"))
            continue
        out[str(k).lower()] = float(v)
    return out


def _compile_user(pattern: str, where) -> "regex.Pattern":
    try:
        return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)
    except regex.error as exc:
        raise where(f"pattern does not compile: {exc}") from None


def build_vocabulary(docs: list[Marked], errors: list | None = None, notes: list | None = None) -> Vocabulary:
    """Build the Vocabulary from loaded rule files.

    Problems are appended to ``errors`` when a list is given (so all can be
    reported at once); otherwise the first problem raises RuleError.  Keys a
    later layer redefines are noted in ``notes`` when a list is given.
    """
    collect: list = [] if errors is None else errors
    merged, origin = merge_sections(docs, collect, notes)

    def doc_for(section):
        return origin[section][-1] if section in origin else Marked("<rules>", {}, {})

    def err(section, path, reason):
        collect.append(doc_for(section).error((section,) + tuple(path), reason))

    number_maps = {section: _number_map(doc_for, section, merged.get(section, {}), collect)
                   for section in ("number_words", "scales", "scale_abbreviations", "ordinal_words")}

    vague = {}
    for phrase, bounds in merged.get("vague_quantities", {}).items():
        if (not isinstance(bounds, list) or len(bounds) != 2
                or not all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in bounds)
                or bounds[0] >= bounds[1]):
            err("vague_quantities", [phrase], f"expected [low, high] with low < high, got {bounds!r}")
            continue
        vague[phrase.lower()] = (float(bounds[0]), float(bounds[1]))

    hedges = _phrase_map(merged.get("hedges", {}), HEDGE_KINDS, "hedges", err)
    suffixes = _phrase_map(merged.get("hedge_suffixes", {}), HEDGE_KINDS, "hedge_suffixes", err)

    units = {}
    for kind, table in merged.get("units", {}).items():
        if kind not in UNIT_KINDS:
            err("units", [kind], f"unknown unit kind {kind!r}; expected one of {', '.join(UNIT_KINDS)}")
            continue
        if not isinstance(table, dict):
            err("units", [kind], "expected a mapping of unit name to spellings")
            continue
        for unit, aliases in table.items():
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                err("units", [kind, unit], "expected a list of spellings")
                continue
            for alias in aliases + [unit]:
                units.setdefault(alias, (unit, kind))

    before, after = {}, {}
    for code, spec in merged.get("currencies", {}).items():
        if not isinstance(spec, dict) or set(spec) - {"before", "after"}:
            err("currencies", [code], "expected a mapping with 'before' and/or 'after' lists")
            continue
        if not regex.fullmatch(r"[A-Z]{3}", str(code)):
            err("currencies", [code], "currency keys are ISO 4217 codes such as USD")
        for alias in spec.get("before", []) or []:
            before[str(alias)] = code
        for alias in spec.get("after", []) or []:
            after[str(alias).lower()] = code
    for sign in merged.get("symbol_contexts", {}):
        before.setdefault(str(sign), "?")  # decided by context in the extractor

    nouns = merged.get("nouns", {})
    for key in nouns:
        if key not in NOUN_KEYS:
            err("nouns", [key], f"unknown key; expected one of {', '.join(NOUN_KEYS)}")
    synonyms = {}
    for lemma, variants in (nouns.get("synonyms") or {}).items():
        if not isinstance(variants, list):
            err("nouns", ["synonyms", lemma], "expected a list of words")
            continue
        for v in variants:
            v = str(v).lower()
            if v in synonyms and synonyms[v] != lemma:
                err("nouns", ["synonyms", lemma], f"{v!r} is already a synonym of {synonyms[v]!r}")
            synonyms[v] = lemma
    compounds_raw = nouns.get("compounds") or {}
    if isinstance(compounds_raw, list):
        compounds_raw = {c: None for c in compounds_raw}
    compounds = {str(k).lower(): (v or str(k)) for k, v in compounds_raw.items()}

    months = {}
    for number, names in merged.get("months", {}).items():
        month = ascii_int(number)
        if month is None or not 1 <= month <= 12:
            err("months", [number], "month keys are numbers 1 to 12")
            continue
        if not isinstance(names, list):
            err("months", [number], "expected a list of month names")
            continue
        for name in names:
            months[str(name)] = month
    seasons = {}
    for name, span in merged.get("seasons", {}).items():
        if not isinstance(span, list) or len(span) != 2 or not all(isinstance(m, int) and 1 <= m <= 12 for m in span):
            err("seasons", [name], f"expected [first month, last month], got {span!r}")
            continue
        seasons[str(name).lower()] = (span[0], span[1])
    year_range = tuple(merged.get("year_range") or (1800, 2100))[:2]
    date_order = merged.get("numeric_date_order", "MDY")
    if date_order not in ("MDY", "DMY"):
        err("numeric_date_order", [], f"expected MDY or DMY, got {date_order!r}")
        date_order = "MDY"

    scopes = []
    for kind, patterns in merged.get("scopes", {}).items():
        if kind not in SCOPE_KINDS:
            err("scopes", [kind], f"unknown scope kind {kind!r}; expected one of {', '.join(SCOPE_KINDS)}")
            continue
        for i, p in enumerate(patterns or []):
            try:
                scopes.append((kind, _compile_user(str(p), lambda r: doc_for("scopes").error(("scopes", kind, i), r))))
            except RuleError as exc:
                collect.append(exc)
    anchors = []
    for p, year in merged.get("scope_anchors", {}).items():
        try:
            if ascii_int(year) is None:
                err("scope_anchors", [p], f"expected a year, got {year!r}")
                continue
            anchors.append((_compile_user(str(p), lambda r: doc_for("scope_anchors").error(("scope_anchors", p), r)),
                            ascii_int(year)))
        except RuleError as exc:
            collect.append(exc)
    identifiers = []
    for i, p in enumerate(merged.get("identifiers", [])):
        try:
            identifiers.append(regex.compile(str(p), regex.VERSION0))
        except regex.error as exc:
            err("identifiers", [i], f"pattern does not compile: {exc}")

    frames = build_frame_vocabulary(merged.get("frames", {}), lambda path, reason: err("frames", path, reason))
    chinese = build_chinese(merged.get("chinese"), units, lambda path, reason: err("chinese", path, reason))

    if errors is None and collect:
        raise collect[0]

    fingerprint = hashlib.sha256(json.dumps(_with_text_keys(merged), sort_keys=True, default=str).encode()).hexdigest()[:16]
    vocab = Vocabulary(
        number_words=number_maps["number_words"],
        scales=number_maps["scales"],
        scale_abbreviations=number_maps["scale_abbreviations"],
        ordinal_words={k: int(v) for k, v in number_maps["ordinal_words"].items()},
        vague_quantities=vague, hedges=hedges, hedge_suffixes=suffixes, units=units,
        units_folded={" ".join(a.lower().split()): u for a, u in units.items()},
        currency_before=before, currency_after=after, synonyms=synonyms,
        irregular_plurals={str(k).lower(): str(v) for k, v in (nouns.get("irregular_plurals") or {}).items()},
        compounds=compounds,
        not_plural=frozenset(str(w).lower() for w in nouns.get("not_plural") or ()),
        modifiers=frozenset(str(w).lower() for w in nouns.get("modifiers") or ()),
        stop_words=frozenset(str(w).lower() for w in nouns.get("stop_words") or ()),
        verbs=frozenset(str(w).lower() for w in nouns.get("verbs") or ()),
        months=months, seasons=seasons, year_range=year_range, numeric_date_order=date_order,
        scopes=tuple(scopes), scope_anchors=tuple(anchors), identifiers=tuple(identifiers),
        fingerprint=fingerprint, frames=frames, chinese=chinese,
        currency_subunits={str(k).lower(): (str(v[0]), float(v[1])) for k, v in merged.get("currency_subunits", {}).items()
                           if isinstance(v, list) and len(v) == 2},
        ambiguous_currencies={str(a).lower(): str(name) for name, aliases in merged.get("ambiguous_currencies", {}).items()
                              for a in (aliases or [])},
        compound_units={str(k): {str(a): float(b) for a, b in (v or {}).items()}
                        for k, v in merged.get("compound_units", {}).items() if isinstance(v, dict)},
        symbol_contexts={str(sign): (str(spec.get("ambiguous", sign)), _clues(spec))
                         for sign, spec in merged.get("symbol_contexts", {}).items() if isinstance(spec, dict)},
        name_contexts={str(name): _clues(spec)
                       for name, spec in merged.get("name_contexts", {}).items() if isinstance(spec, dict)},
    )
    vocab.compiled.update(_compile_patterns(vocab))
    triggers = [_trigger_word(w) for w in list(vocab.number_words) + list(vocab.scales) + list(vocab.ordinal_words)
                + list(vocab.vague_quantities)] + ["half", "quarter", "once", "twice", "thrice"]
    vocab.compiled["number_word_automaton"] = build_automaton(triggers)
    plain = list(vocab.number_words) + list(vocab.scales)  # (windows.number_word_starts needs plain ASCII words)
    vocab.compiled["plain_number_words"] = frozenset(w.lower() for w in plain) if all(
        w.isascii() and w.isalpha() for w in plain) else None
    context = merged.get("context_units") or {}
    vocab.compiled["pint_units"] = PintUnits(
        [str(u) for u in merged.get("prefixable_units", [])], [str(w) for w in context.get("words", [])],
        [str(w) for w in context.get("followed_by", [])])
    vocab.compiled["pint_units"].preload()
    vocab.compiled["date_word_automaton"] = build_automaton(
        list(vocab.months) + list(vocab.seasons) + ["quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "first half", "second half", "h1", "h2", "1h", "2h", "century"])
    long_units = [a for a in vocab.units if len(a) > 2]
    vocab.compiled["edges"] = {  # (see triggers.Edge; the patterns are in _compile_patterns)
        "scale_after": edge_of(vocab.scales, folded=True), "scale_abbrev": edge_of(vocab.scale_abbreviations, True),
        "hedge_after": edge_of(vocab.hedge_suffixes, True), "hedge_before": edge_of(vocab.hedges, True, closing=True),
        "currency_after": edge_of(vocab.currency_after, True), "unit_long": edge_of(long_units, True),
        "unit_short": edge_of([a for a in vocab.units if len(a) <= 2], False),
        "currency_before": edge_of(vocab.currency_before, False, closing=True)}
    vocab.compiled["trigger_pool"] = {}  # (the date patterns, built later, share it too)
    vocab.compiled["triggers"] = pattern_triggers(
        [p for _, p in vocab.scopes] + list(vocab.identifiers)
        + [p for p in vocab.compiled.values() if isinstance(p, regex.Pattern)], vocab.compiled["trigger_pool"])
    return vocab


def _clues(spec: dict) -> tuple:
    """((ISO code, pattern of its clue words), ...) of a ``symbol_contexts`` / ``name_contexts`` entry."""
    return tuple((code, regex.compile(rf"(?i)\b{_alternation(words)}\b")) for code, words in spec.items()
                 if code != "ambiguous" and isinstance(words, list) and words)


def pattern_triggers(patterns, pool: dict) -> dict:
    """{pattern: its trigger} for the patterns that have one (see ``triggers.trigger_of``; ``pool``: the needs
    and hints they share)."""
    return {p: t for p in patterns if (t := trigger_of(p, pool)) is not None}


def _with_text_keys(value: Any) -> Any:
    """``value`` with every mapping key as text, so it serialises (YAML files give text keys; callers may not)."""
    if isinstance(value, dict):
        return {str(k): _with_text_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_text_keys(v) for v in value]
    return value


def _trigger_word(phrase: str) -> str:
    """The word of a phrase that opens a scan window: its first but an article or "of" ("a few hundred":
    few), so that no "a" in a text opens one."""
    words = phrase.split()
    return next((w for w in words if w.lower() not in ("a", "an", "the", "of")), words[0])


def build_automaton(words):
    """An Aho-Corasick automaton of lower-cased trigger words, or None without pyahocorasick."""
    try:
        import ahocorasick
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    for w in {w.lower() for w in words if w}:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


def _phrase_map(table, kinds, section, err) -> dict:
    out = {}
    for kind, phrases in table.items():
        if kind not in kinds:
            err(section, [kind], f"unknown hedge {kind!r}; expected one of {', '.join(kinds)}")
            continue
        if not isinstance(phrases, list):
            err(section, [kind], "expected a list of phrases")
            continue
        for p in phrases:
            out[str(p).lower()] = kind
    return out


def _compile_patterns(v: Vocabulary) -> dict:
    """The extractor's patterns, built from the vocabulary words."""
    word_numbers = list(v.number_words) + list(v.scales)
    num_word = _alternation(word_numbers)
    month = _alternation(v.months)
    long_units = [a for a in v.units if len(a) > 2]
    short_units = [a for a in v.units if len(a) <= 2]
    return {
        # A run of number words: "forty-two", "a thousand", "one hundred and five".
        "number_words": regex.compile(
            rf"(?i)\b(?:an?\s+(?={_alternation(list(v.scales) + ['dozen'])}\b))?{num_word}"
            rf"(?:(?:\s+and\s+|\s+point\s+|[\s-]+){num_word})*\b"),
        "hedge_before": regex.compile(  # (a sign after -=<>"'/ is an arrow's or a tag's: "5% -> 7%", '"/a">24')
            rf"(?i)(?:^|(?<=[^\w]))(?:(?![<>=])|(?<![-=<>\"'/]))({_alternation(v.hedges)})\s*$"),
        "hedge_after": regex.compile(rf"(?i)(?:\s*|-)({_alternation(v.hedge_suffixes)})(?![\w])(?!\s+than\b)"),
        "scale_after": regex.compile(rf"(?i)[\s-]*({_alternation(v.scales)})(?!\w)"),
        "scale_abbrev": regex.compile(rf"\s?({_alternation(v.scale_abbreviations, 'i')})(?![\w])"),
        "vague": regex.compile(rf"(?i)\b{_alternation(v.vague_quantities)}(?![\w-])"),
        "unit_long": regex.compile(rf"(?i)(?:\s*|-)({_alternation(long_units)})(?![\w])"),
        "unit_short": regex.compile(rf"(?:\s?|-)({_alternation(short_units)})(?![\w%])") if short_units else regex.compile(r"(?!)"),
        "currency_before": regex.compile(rf"({_alternation(v.currency_before)})\s?$"),
        "currency_after": regex.compile(rf"(?i)(?:\s*|-(?!won\b)(?=\w))({_alternation(v.currency_after)})(?![\w])"),  # "a 5-dollar bill", never "3-won"
        "month": regex.compile(rf"\b{month}\b"),
        "month_name": regex.compile(month),
        "ordinal_word": regex.compile(
            rf"(?i)\b(?:(?:{_alternation(v.number_words)})-)?{_alternation(v.ordinal_words)}\b"),
        "fraction_word": regex.compile(
            rf"(?i)\b(?P<n>an?|(?:an?\s+)?{num_word}(?:[\s-]+{num_word})*?)[\s-]+(?P<d>{_alternation(list(v.ordinal_words) + ['quarter', 'halve'])})(?P<s>s)?\b"),
        "season": regex.compile(rf"(?i){_alternation(v.seasons)}"),
        # "half a million", "two and a half years", "one and a half"
        "half": regex.compile(rf"(?i)\b(?:(?P<whole>{num_word}|\d+)\s+and\s+a\s+half|half\s+an?(?=\s+{_alternation(v.scales)}\b)"
                              rf"|(?:one|a)\s+half(?=\s+of\b|\s+{_alternation(v.scales)}\b))\b"),
        # a one-letter subunit is written against the figure, in its own case ("50p", "152.30p"; never "50 p")
        "currency_subunit": regex.compile(
            rf"(?i)(?|(?:\s*|-)({_alternation(w for w in v.currency_subunits if len(w) > 1)})"
            rf"|(?-i:({_alternation(w for w in v.currency_subunits if len(w) == 1)})))(?![\w])")
        if v.currency_subunits else regex.compile(r"(?!)"),
        "ambiguous_currency": regex.compile(rf"(?i)\s*({_alternation(v.ambiguous_currencies)})(?![\w])")
        if v.ambiguous_currencies else regex.compile(r"(?!)"),
        # first letters of subunit and ambiguous currency words: a figure followed by another letter skips them
        "word_initials": frozenset(w[:1].lower() for w in list(v.currency_subunits) + list(v.ambiguous_currencies)),
        "compound": regex.compile(rf"(?i)\s*({_alternation(v.compounds)})\b") if v.compounds else regex.compile(r"(?!)"),
    }
