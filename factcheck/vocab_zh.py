"""The Chinese part of the vocabulary: the ``chinese:`` section of ``rules/vocab/zh.yaml``.

``build_chinese`` checks the section and compiles its patterns once per
run; the result hangs on ``Vocabulary.chinese`` and is read by
``factcheck.extractor.chinese``.  Nothing here is global.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import regex

HEDGE_KINDS = ("more_than", "at_least", "nearly", "approx", "up_to", "less_than")
CHINESE_KEYS = (
    "scales", "hedges", "hedge_suffixes", "hedge_blockers", "above_suffixes", "vague", "classifiers", "units",
    "currencies", "currency_before", "nouns", "glossary", "names", "identifier_suffixes", "seasons", "range_joins",
    "perfect_markers", "regions", "subset_before", "measures",
)
MEASURE_KINDS = ("count", "money", "measure", "percent", "duration")


@dataclass(frozen=True)
class ChineseVocab:
    """Checked Chinese vocabulary and the patterns built from it."""

    scales: dict  # 亿 -> 1e8
    hedges: dict  # 超过 -> more_than
    hedge_suffixes: dict  # 以上 -> at_least
    hedge_blockers: tuple  # 最近: the 近 of these words is no hedge
    above_suffixes: tuple  # 多, 余: (N, N + precision)
    vague: dict  # 数百 -> (100, 1000)
    classifiers: dict  # 剂 -> dose, 个 -> None
    units: dict  # 公里 -> (kilometer, measure)
    currencies: dict  # 美元 -> USD
    currency_before: dict  # 人民币 -> CNY
    nouns: dict  # 国家 -> country
    glossary: dict  # 建交 -> established diplomatic relations
    names: tuple
    identifier_suffixes: tuple
    seasons: dict  # 秋天 -> autumn
    range_joins: tuple
    perfect_markers: tuple  # 已, 累计, 年来: a level reached by now (the English present perfect)
    regions: dict  # 非洲 -> africa: a qualifier when written just before a figure
    subset_before: tuple  # 其中: the figure counts a subset
    measures: dict = field(default_factory=dict)  # claim kind -> {全长: length}: what a figure of that kind measures
    unit_factors: dict = field(default_factory=dict)  # 斤 -> 0.5 (of a kilogram): a market unit in a pint unit
    compiled: dict = field(default_factory=dict, compare=False, repr=False)

    def pattern(self, name: str) -> "regex.Pattern":
        """A compiled pattern (see ``_patterns``)."""
        return self.compiled[name]


_SCALED = regex.compile(r"(\S+)\s*[×*]\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)")


def _alt(words) -> str:
    """A literal alternation, longest first (never empty: an empty list matches nothing)."""
    parts = sorted({str(w) for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(p) for p in parts) + ")" if parts else "(?!)"


def build_chinese(section: Optional[dict], english_units: dict, err: Callable[[list, str], None]) -> ChineseVocab:
    """Check the ``chinese:`` section (problems go to ``err(path, reason)``) and compile it.

    ``english_units`` is the English vocabulary's alias -> (unit, kind) map:
    Chinese units name the same pint units, so they share their kinds.
    """
    section = section or {}
    for key in section:
        if key not in CHINESE_KEYS:
            err([key], f"unknown key; expected one of {', '.join(CHINESE_KEYS)}")

    def table(key, want=dict):
        value = section.get(key) or want()
        if not isinstance(value, want):
            err([key], f"expected a {'mapping' if want is dict else 'list'}")
            return want()
        return value

    def numbers(key) -> dict:
        out = {}
        for k, v in table(key).items():
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
                err([key, k], f"expected a positive number, got {v!r}")
            else:
                out[str(k)] = float(v)
        return out

    def by_kind(key) -> dict:
        out = {}
        for kind, words in table(key).items():
            if kind not in HEDGE_KINDS:
                err([key, kind], f"unknown hedge {kind!r}; expected one of {', '.join(HEDGE_KINDS)}")
            elif not isinstance(words, list):
                err([key, kind], "expected a list of words")
            else:
                out.update({str(w): kind for w in words})
        return out

    def inverted(key) -> dict:
        out = {}
        for target, words in table(key).items():
            if not isinstance(words, list):
                err([key, target], "expected a list of words")
                continue
            out.update({str(w): str(target) for w in words})
        return out

    vague = {}
    for word, bounds in table("vague").items():
        if (not isinstance(bounds, list) or len(bounds) != 2 or any(isinstance(b, bool) or not isinstance(b, (int, float)) for b in bounds)
                or bounds[0] >= bounds[1]):
            err(["vague", word], f"expected [low, high] with low < high, got {bounds!r}")
        else:
            vague[str(word)] = (float(bounds[0]), float(bounds[1]))
    units, unit_factors = {}, {}
    for unit, aliases in table("units").items():
        known = english_units.get(unit)
        if known is None:
            err(["units", unit], "not a unit of units.yaml (name a pint unit that units.yaml lists)")
        elif not isinstance(aliases, list):
            err(["units", unit], "expected a list of spellings")
        else:
            for alias in map(str, aliases):
                scaled = _SCALED.fullmatch(alias)  # "斤 × 0.5": a market unit worth 0.5 of the named unit
                if scaled:
                    alias, unit_factors[scaled.group(1)] = scaled.group(1), float(scaled.group(2))
                units[alias] = known
    currencies = inverted("currencies")
    for alias, code in {**currencies, **table("currency_before")}.items():
        if not regex.fullmatch(r"[A-Z]{3}", str(code)):
            err(["currencies", alias], f"currency codes are ISO 4217 codes such as USD, got {code!r}")
    seasons = {str(k): str(v) for k, v in table("seasons").items()}
    for word, season in seasons.items():
        if season not in ("spring", "summer", "autumn", "winter"):
            err(["seasons", word], f"expected spring, summer, autumn or winter, got {season!r}")
    classifiers = {str(k): (None if v is None else str(v)) for k, v in table("classifiers").items()}
    glossary = {str(k): str(v) for k, v in table("glossary").items()}
    measures = {}
    for kind, names in table("measures").items():
        if kind not in MEASURE_KINDS:
            err(["measures", kind], f"unknown claim kind {kind!r}; expected one of {', '.join(MEASURE_KINDS)}")
        elif not isinstance(names, dict) or any(not isinstance(words, list) for words in names.values()):
            err(["measures", kind], "expected a mapping of English measure names to lists of Chinese words")
        else:
            measures[kind] = {str(w): " ".join(str(name).lower().split()) for name, words in names.items() for w in words}
    zh = ChineseVocab(
        scales=numbers("scales"), hedges=by_kind("hedges"), hedge_suffixes=by_kind("hedge_suffixes"),
        hedge_blockers=tuple(str(w) for w in table("hedge_blockers", list)),
        above_suffixes=tuple(str(w) for w in table("above_suffixes", list)), vague=vague,
        classifiers=classifiers, units=units, currencies=currencies,
        currency_before={str(k): str(v) for k, v in table("currency_before").items()},
        nouns=inverted("nouns"), glossary=glossary, names=tuple(str(w) for w in table("names", list)),
        identifier_suffixes=tuple(str(w) for w in table("identifier_suffixes", list)), seasons=seasons,
        range_joins=tuple(str(w) for w in table("range_joins", list)),
        perfect_markers=tuple(str(w) for w in table("perfect_markers", list)),
        regions={str(k): str(v).lower() for k, v in table("regions").items()},
        unit_factors=unit_factors, subset_before=tuple(str(w) for w in table("subset_before", list)), measures=measures,
    )
    zh.compiled.update(_patterns(zh))
    return zh


_CN_DIGIT = "零〇一二两俩三四五六七八九"  # (俩: 两个, spoken "two")
CN_NUMERAL_CHARS = _CN_DIGIT + "十廿卅百千万亿点"


def _patterns(zh: ChineseVocab) -> dict:
    """Patterns the Chinese reader runs, built from the vocabulary words."""
    long_nouns = [n for n in zh.nouns if len(n) > 1]
    return {
        # a figure: Arabic digits (1,035 / 1.5) or a run of Chinese numerals that starts with a digit or 十
        "core": regex.compile(rf"(?P<ar>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)|(?P<cn>[{_CN_DIGIT}十廿卅][{CN_NUMERAL_CHARS}]*)"),
        "hedge_before": regex.compile(rf"{_alt(zh.hedges)}$"),
        "hedge_blocker": regex.compile(rf"{_alt(zh.hedge_blockers)}$"),
        "hedge_after": regex.compile(_alt(zh.hedge_suffixes)),
        "above": regex.compile(_alt(zh.above_suffixes)),
        "scale": regex.compile(_alt(zh.scales)),
        "vague": regex.compile(rf"(?<![{CN_NUMERAL_CHARS}0-9]){_alt(zh.vague)}"),  # not the 十几 of 二十几
        "classifier": regex.compile(_alt(zh.classifiers)),
        "unit": regex.compile(_alt(zh.units)),
        "currency": regex.compile(_alt(zh.currencies)),
        "currency_before": regex.compile(rf"{_alt(zh.currency_before)}$"),
        "noun": regex.compile(_alt(zh.nouns)),
        "noun_long": regex.compile(_alt(long_nouns)),
        "names": regex.compile(_alt(zh.names)),
        "identifier_after": regex.compile(_alt(zh.identifier_suffixes)),
        "gloss": regex.compile(_alt(zh.glossary)),
        "season": regex.compile(_alt(zh.seasons)),
        "range_join": regex.compile(rf"\s*{_alt(zh.range_joins)}\s*"),
        "perfect": regex.compile(_alt(zh.perfect_markers)),
        "region": regex.compile(_alt(zh.regions)),
        "subset": regex.compile(_alt(zh.subset_before)),
        **{f"measure:{kind}": regex.compile(_alt(words)) for kind, words in zh.measures.items()},
    }
