"""The ``frames`` vocabulary section, checked and compiled for the frame reader.

Which words name a measure, which counted nouns are generic or broad, which
words before or after a figure make it a change, a share, a rate, a flow or
a cumulative level (see ``rules/vocab/frames.yaml``).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable

import regex

LIST_KEYS = ("verbs", "neutral_verbs", "generic_heads", "broad_heads", "change_before", "change_after", "share_after", "rate_after",
             "flow_cues", "cumulative_cues", "perfect_auxiliaries", "subset_before", "place_prepositions",
             "not_entities", "states", "reporting_verbs", "speech_verbs", "tally_verbs", "part_modifiers",
             "general_subjects", "properties_after", "pointing_heads", "built_things", "speaker_titles", "speaker_verbs")
FRAME_KEYS = ("measures", "properties", "property_kinds", "name_aliases", "noun_classes", "event_nouns",
              "contrasting_acts") + LIST_KEYS


@dataclass(frozen=True)
class FrameVocabulary:
    """Compiled frame cues; built once per Vocabulary."""

    measure_names: frozenset  # the names of the measures
    noun_measure: dict  # noun lemma -> measure
    noun_forms: "regex.Pattern | None"  # a measure's nouns, singular and plural
    noun_form_measure: dict  # noun as written (lower case) -> measure
    verb_measure: dict  # verb lemma -> measure
    phrase_measure: "regex.Pattern | None"  # phrases (group name = index into phrase_names)
    phrase_names: tuple
    verbs: frozenset
    neutral_verbs: frozenset
    generic_heads: frozenset
    broad_heads: frozenset
    property_of: dict  # word or phrase (lower) -> property
    property_kinds: dict  # property -> claim kinds it can measure (absent: any)
    property_words: "regex.Pattern | None"
    change_before: "regex.Pattern | None"
    change_after: "regex.Pattern | None"
    share_after: "regex.Pattern | None"
    rate_after: "regex.Pattern | None"
    flow_cues: "regex.Pattern | None"
    cumulative_cues: "regex.Pattern | None"
    perfect_auxiliaries: frozenset
    subset_before: "regex.Pattern | None"
    place_prepositions: frozenset
    not_entities: frozenset
    states: frozenset  # measures of a state (magnitude, height): never a running total
    alias_of: dict  # a name's word -> the word it stands for ("french" -> "france")
    noun_class: dict  # a common noun -> the class it belongs to ("liner" -> "ship")
    event_noun: dict  # a verb a date's event is named by -> its noun ("reopen" -> "reopening"): dates only
    reporting_verbs: frozenset  # verbs whose subject is who speaks, not what the figure is of ("said")
    speech_verbs: frozenset  # verbs of speaking: a date they govern is when someone spoke ("said on Tuesday")
    speaker_titles: frozenset  # posts naming who speaks ("Chief executive Lena Voss said"): no name of a figure
    speaker_verbs: frozenset  # verbs of one who speaks with a post besides reporting and speech verbs ("called")
    tally_verbs: frozenset  # verbs that say how much a period saw ("recorded 120 murders in May"): no event of theirs
    part_modifiers: frozenset  # words that make a counted noun a part of what it counts ("45 group matches")
    general_subjects: frozenset  # nouns that point back to what the text is about ("the project")
    properties_after: frozenset  # property words that name a figure's property only after it ("240 m long")
    pointing_heads: frozenset  # counted nouns "the two ..." points back with ("the two countries"): no figure
    built_things: frozenset  # nouns a sum written as their adjective is the cost of ("the £15.2 million library")
    common_nouns: frozenset  # the vocabulary's own nouns: a capital opening a sentence on them is no name
    contrasting_acts: dict  # verb lemma -> its {(entry, side)}: verbs on two sides of one entry are different acts
    cue_phrases: dict = dataclasses.field(default_factory=dict)  # pattern field -> the phrases it was built from (wordtest.py)


def _words(phrases) -> str:
    parts = sorted({" ".join(str(p).lower().split()) for p in phrases if str(p).strip()}, key=lambda p: (-len(p), p))
    return "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in parts)


_NOT_A_SPAN_AGO = r"(?!\s+(?:ago|earlier|before|later|previously)\b)"
"""After a flow cue: "a year ago" dates a figure, it is no yearly figure."""


def _anywhere(phrases, after: str = "") -> "regex.Pattern | None":
    """Matches one of the phrases as whole words anywhere (then ``after``, a lookahead, when given)."""
    alt = _words(phrases)
    return regex.compile(rf"(?i)(?<![\w-])(?:{alt})(?!\w|-(?!\d)){after}") if alt else None  # ("magnitude-6.3")


def _ending(phrases) -> "regex.Pattern | None":
    """Matches when the text ends with one of the phrases (searched on the text before a figure)."""
    alt = _words(phrases)
    return regex.compile(rf"(?i)(?<![\w-])(?:{alt})\s*(?:of\s+)?(?:\$|US\$|€|£)?\s*$") if alt else None


def _starting(phrases) -> "regex.Pattern | None":
    """Matches when the text starts with one of the phrases (matched on the text after a figure)."""
    alt = _words(phrases)
    return regex.compile(rf"(?i)\s*(?:{alt})(?![\w-])") if alt else None


def _forms(noun: str) -> tuple[str, ...]:
    """A noun as written, singular and (regular) plural: death, deaths; casualty, casualties."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun, noun[:-1] + "ies"
    return noun, noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def build_frame_vocabulary(raw: dict, err: Callable[[list, str], None]) -> FrameVocabulary:
    """Check and compile the ``frames`` section; problems go to ``err(path, reason)``."""
    raw = raw if isinstance(raw, dict) else {}
    for key in raw:
        if key not in FRAME_KEYS:
            err([key], f"unknown key; expected one of {', '.join(FRAME_KEYS)}")
    lists = {}
    for key in LIST_KEYS:
        value = raw.get(key) or []
        if not isinstance(value, list):
            err([key], "expected a list of words")
            value = []
        lists[key] = [str(v).lower() for v in value if v is not None]
    noun_measure, verb_measure, phrases = {}, {}, []
    measures = raw.get("measures") or {}
    if not isinstance(measures, dict):
        err(["measures"], "expected a mapping of measure name to nouns/verbs/phrases")
        measures = {}
    for name, cues in measures.items():
        if not isinstance(cues, dict) or set(cues) - {"nouns", "verbs", "phrases"}:
            err(["measures", name], "expected a mapping with nouns, verbs and/or phrases lists")
            continue
        for field, target in (("nouns", noun_measure), ("verbs", verb_measure)):
            for w in cues.get(field) or []:
                target.setdefault(" ".join(str(w).lower().split()), str(name))
        phrases += [(str(p), str(name)) for p in cues.get("phrases") or []]
    props = raw.get("properties") or {}
    property_of = {}
    if not isinstance(props, dict):
        err(["properties"], "expected a mapping of property name to words")
        props = {}
    for name, words in props.items():
        if not isinstance(words, list):
            err(["properties", name], "expected a list of words")
            continue
        for w in words:
            property_of.setdefault(" ".join(str(w).lower().split()), str(name))
    property_kinds: dict = {}
    kinds = raw.get("property_kinds") or {}
    if not isinstance(kinds, dict):
        err(["property_kinds"], "expected a mapping of claim kind to property names")
        kinds = {}
    for kind, names in kinds.items():
        if not isinstance(names, list):
            err(["property_kinds", kind], "expected a list of property names")
            continue
        for name in names:
            property_kinds.setdefault(str(name), set()).add(str(kind))
    forms = {form: measure for noun, measure in noun_measure.items() for form in _forms(noun)}
    phrase_alt = [f"(?P<p{i}>{_words([p])})" for i, (p, _) in enumerate(phrases)]
    return FrameVocabulary(
        measure_names=frozenset(str(name) for name in measures), noun_measure=noun_measure, verb_measure=verb_measure,
        noun_forms=_anywhere(forms), noun_form_measure=forms,
        phrase_measure=regex.compile(rf"(?i)(?<!\w)(?:{'|'.join(phrase_alt)})(?!\w)") if phrase_alt else None,
        phrase_names=tuple(name for _, name in phrases),
        verbs=frozenset(lists["verbs"]), neutral_verbs=frozenset(lists["neutral_verbs"] + [""]), generic_heads=frozenset(lists["generic_heads"]), broad_heads=frozenset(lists["broad_heads"]),
        property_of=property_of, property_kinds={k: frozenset(v) for k, v in property_kinds.items()},
        property_words=_anywhere(property_of),
        change_before=_ending(lists["change_before"]), change_after=_starting(lists["change_after"]),
        share_after=_starting(lists["share_after"]), rate_after=_starting(lists["rate_after"]),
        flow_cues=_anywhere(lists["flow_cues"], _NOT_A_SPAN_AGO), cumulative_cues=_anywhere(lists["cumulative_cues"]),
        perfect_auxiliaries=frozenset(lists["perfect_auxiliaries"]), subset_before=_anywhere(lists["subset_before"]),
        place_prepositions=frozenset(lists["place_prepositions"]), not_entities=frozenset(lists["not_entities"]),
        states=frozenset(lists["states"]), alias_of=_aliases(raw.get("name_aliases"), err, "name_aliases"),
        noun_class=_aliases(raw.get("noun_classes"), err, "noun_classes"),
        event_noun=_aliases(raw.get("event_nouns"), err, "event_nouns"),
        reporting_verbs=frozenset(lists["reporting_verbs"]), speech_verbs=frozenset(lists["speech_verbs"]),
        speaker_titles=frozenset(lists["speaker_titles"]),
        speaker_verbs=frozenset(lists["reporting_verbs"] + lists["speech_verbs"] + lists["speaker_verbs"]),
        tally_verbs=frozenset(lists["tally_verbs"]),
        part_modifiers=frozenset(str(w).lower() for w in lists["part_modifiers"]),
        general_subjects=frozenset(lists["general_subjects"]),
        properties_after=frozenset(" ".join(str(w).lower().split()) for w in lists["properties_after"]),
        pointing_heads=frozenset(" ".join(str(w).lower().split()) for w in lists["pointing_heads"]),
        built_things=frozenset(" ".join(str(w).lower().split()) for w in lists["built_things"]),
        common_nouns=frozenset(w for phrase in [*forms, *property_of, *lists["general_subjects"],
                                                *(p for p, _ in phrases)] for w in str(phrase).split()),
        contrasting_acts=_contrasts(raw.get("contrasting_acts"), err),
        cue_phrases={"phrase_measure": tuple(p for p, _ in phrases), "subset_before": tuple(lists["subset_before"]),
                     "flow_cues": tuple(lists["flow_cues"]), "cumulative_cues": tuple(lists["cumulative_cues"]),
                     **{key: tuple(lists[key]) for key in ("change_after", "share_after", "rate_after")}},
    )


def _aliases(raw, err: Callable[[list, str], None], key: str) -> dict:
    """A mapping of a word to the words that stand for it (``name_aliases``, ``noun_classes``), read as
    word -> the word it stands for."""
    if not raw:
        return {}
    if not isinstance(raw, dict):
        err([key], "expected a mapping of a word to the words that stand for it")
        return {}
    out = {}
    for word, variants in raw.items():
        if not isinstance(variants, list):
            err([key, word], "expected a list of words")
            continue
        for v in variants:
            out.setdefault(str(v).lower(), str(word).lower())
    return out


def _contrasts(raw, err: Callable[[list, str], None]) -> dict:
    """``contrasting_acts`` (a list of [verbs, verbs] pairs) read as verb -> its (entry, side) places."""
    out: dict = {}
    for i, entry in enumerate(raw if isinstance(raw, list) else []):
        if not (isinstance(entry, list) and len(entry) == 2 and all(isinstance(side, list) for side in entry)):
            err(["contrasting_acts", i], "expected a pair of verb lists, as [[back, support], [reject, oppose]]")
            continue
        for side, verbs in enumerate(entry):
            for verb in verbs:
                out.setdefault(str(verb).lower(), set()).add((i, side))
    if raw is not None and not isinstance(raw, list):
        err(["contrasting_acts"], "expected a list of pairs of verb lists")
    return {verb: frozenset(places) for verb, places in out.items()}
