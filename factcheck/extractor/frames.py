"""Claim frames: what a figure measures, its verb, the names around it, its role and its time.

Read once at extraction from the claim's clause (no later stage reads text
again): ``frame_for`` turns a claim's fields, its spans and its scope phrase
into a ``model.Frame``.  Cheap by design -- a few anchored regexes and
dictionary look-ups per claim; verbs are lemmatised with simplemma.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

import regex

from ..model import Frame
from ..vocab import Vocabulary
from .chinese import chinese_qualifiers, has_perfect_marker
from .periods import time_of
from .scopes import ScopeMatch

_TOKEN = regex.compile(r"[A-Za-z][A-Za-z'-]*")
_NAME = regex.compile(r"\b(?:[A-Z]{2,}|[A-Z][a-z][\w&'-]*)(?:\s+(?:of\s+|the\s+|de\s+|and\s+)?(?:[A-Z]{2,}|[A-Z][\w&'-]*))*")
_FROM_BEFORE = regex.compile(r"(?i)\b(?:from|up from|down from|compared with|compared to|against)\s*$")
_TO_AFTER = regex.compile(r"(?i)\s*(?:to|-)\s*(?:about\s+|around\s+|nearly\s+|more than\s+|over\s+)?[$€£]?\s*[0-9]")
_AUX = frozenset("is was are were be been being am do does did will would can could may might must shall should "
                 "has have had".split())
_NO_SIGN_OF_VERB = frozenset("per than more less about around over under some its their".split())
_PLACE = regex.compile(r"\s+(?P<prep>[a-z]+)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_SUBJECT_NOUN = regex.compile(r"(?i)\b([a-z][a-z-]{2,})\s+(?:of|was|were|is|are|stood at|reached|totalled|totaled|"
                              r"amounted to|came to|hit|rose to|fell to)\s*(?:about\s+|around\s+|some\s+|an estimated\s+)?$")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of an English word ("died" -> "die"); memoised per process."""
    import simplemma

    return simplemma.lemmatize(word.lower(), lang="en")


def frame_for(norm: str, c: dict, clause: tuple[int, int], sentence: tuple[int, int],
              scope: Optional[ScopeMatch], vocab: Vocabulary) -> Frame:
    """The frame of one claim (``c``: the claim's fields as the extractor holds them)."""
    fv = vocab.frames
    if fv is None or c["kind"] == "identifier":
        return Frame()
    start, end = c["start"], c["end"]
    text = norm[clause[0]:clause[1]]
    at, until = start - clause[0], end - clause[0]
    predicate, verbs = _predicate(text, at, until, vocab)
    measure = _measure(norm, c, text, at, until, verbs, vocab)
    time = time_of(scope, vocab)
    before = norm[max(clause[0], start - 48):start]
    after = norm[end:min(clause[1], end + 48)]
    role = _role(c, norm[start:end], before, after, vocab)
    aggregation = time.aggregation
    perfect = _perfect(text, fv) or has_perfect_marker(text, vocab)
    if fv.flow_cues and fv.flow_cues.search(text):
        aggregation = "flow"
    elif aggregation == "flow" and perfect and time.relative and time.relative[0] == "years_back":
        aggregation = "cumulative"  # "in the past nine years, 140 countries have signed": a level as of now
    elif aggregation == "" and not (scope and scope.kind == "vague") and (
            (fv.cumulative_cues and fv.cumulative_cues.search(text)) or perfect):
        # ("in recent years ... has handled": a count over a vague span, not a level)
        aggregation = "cumulative"
    return Frame(
        measure=measure, predicate=predicate, entities=_entities(norm, clause, sentence, fv),
        qualifiers=_qualifiers(norm, c, before, clause, fv) + chinese_qualifiers(norm, start, clause[0], vocab),
        role=role, aggregation=aggregation,
        time=scope.text if scope else "", period=time.period, as_of=time.as_of, relative=time.relative,
    )


def borrow_measures(claims: list) -> list:
    """Claims whose frame names no measure take the measure of the figure they are paired with in their
    clause: "from 51 to 193 states" -- 51 is a previous number of states."""
    out = list(claims)
    for i, c in enumerate(out):
        if c.frame.measure or c.frame.role not in ("previous", "change") or c.kind in ("date", "date_range"):
            continue
        partner = next((d for d in out[i + 1:i + 3] if d.clause == c.clause and d.frame.measure), None)
        if partner is not None:
            out[i] = replace(c, frame=replace(c.frame, measure=partner.frame.measure), counted=c.counted or partner.counted)
    return out


def _predicate(text: str, at: int, until: int, vocab: Vocabulary) -> tuple[str, list[str]]:
    """The lemma of the verb nearest the figure in its clause, and every verb lemma of the clause."""
    fv = vocab.frames
    best, best_distance, verbs = "", None, []
    for m in _TOKEN.finditer(text):
        word = m.group().lower()
        if m.start() >= at and m.end() <= until or word in _NO_SIGN_OF_VERB or m.group()[0].isupper():
            continue  # the figure itself, words that are never verbs, names
        base = lemma(word)
        is_verb = (word in vocab.verbs or base in fv.verb_measure
                   or (word.endswith("ed") and len(word) > 4 and base != word)
                   or (base != word and not word.endswith("s") and word not in vocab.stop_words))
        if not is_verb:
            continue
        verbs.append(base)
        if word in _AUX:
            continue
        distance = at - m.end() if m.end() <= at else m.start() - until
        if best_distance is None or distance < best_distance:
            best, best_distance = base, distance
    if not best and verbs:
        best = verbs[0]
    return best, verbs


def _concept(text: str, verbs: list[str], vocab: Vocabulary) -> str:
    """A measure named by the clause's verbs or phrases ("died" -> deaths), or ""."""
    fv = vocab.frames
    if fv.phrase_measure is not None:
        m = fv.phrase_measure.search(text)
        if m:
            return fv.phrase_names[int(m.lastgroup[1:])]
    for v in verbs:
        if v in fv.verb_measure:
            return fv.verb_measure[v]
    return ""


def _measure(norm: str, c: dict, text: str, at: int, until: int, verbs: list[str], vocab: Vocabulary) -> str:
    fv = vocab.frames
    counted = c.get("counted")
    if counted:
        low = " ".join(counted.lower().split())
        canon = vocab.synonyms.get(low, low)
        head = canon.split(" of ", 1)[0].rsplit(" ", 1)[-1]
        if head in fv.generic_heads:
            return _concept(text, verbs, vocab) or canon
        return fv.noun_measure.get(canon) or fv.noun_measure.get(head) or canon
    if c["kind"] in ("measure", "money", "percent", "duration", "number_range") and (c.get("unit") or c["kind"] == "money"):
        prop = _nearest_property(text, at, until, c["kind"], fv)
        if prop:
            return prop
        subject = _SUBJECT_NOUN.search(text[:at])
        if subject and subject.group(1).lower() not in vocab.stop_words:
            noun = subject.group(1).lower()
            return fv.property_of.get(noun) or fv.noun_measure.get(noun) or noun
        return ""
    if c["kind"] in ("count", "date", "date_range"):
        return _concept(text, verbs, vocab)
    return ""


def _nearest_property(text: str, at: int, until: int, kind: str, fv) -> str:
    """The property named nearest the figure that a figure of this kind can measure ("240 metres long": length)."""
    if fv.property_words is None:
        return ""
    best, distance = "", None
    for m in fv.property_words.finditer(text):
        if at <= m.start() < until:
            continue
        prop = fv.property_of.get(" ".join(m.group().lower().split()), "")
        if kind not in fv.property_kinds.get(prop, (kind,)):
            continue
        d = at - m.end() if m.end() <= at else m.start() - until
        if distance is None or d < distance:
            best, distance = prop, d
    return best


def _role(c: dict, quote: str, before: str, after: str, vocab: Vocabulary) -> str:
    fv = vocab.frames
    if c["kind"] == "ordinal":
        return "rank"
    if c["kind"] == "frequency" or (fv.rate_after and fv.rate_after.match(after)):
        return "rate"
    if _FROM_BEFORE.search(before) and (_TO_AFTER.match(after) or "from" not in before[-6:].lower()):
        return "previous"
    unit = c.get("unit") or ""
    if "point" in unit or "point" in quote.lower() or (fv.change_before and fv.change_before.search(before)) or (
            fv.change_after and fv.change_after.match(after)):
        return "change"
    if c["kind"] == "percent" and fv.share_after and fv.share_after.match(after):
        return "share"
    return "level"


def _perfect(clause: str, fv) -> bool:
    """A present-perfect verb in the clause ("has established relations with 181", "140 have signed")."""
    tokens = [t.lower() for t in _TOKEN.findall(clause)]
    for i, t in enumerate(tokens[:-1]):
        if t in fv.perfect_auxiliaries:
            nxt = tokens[i + 1] if tokens[i + 1] not in ("now", "already", "so", "far", "since") else (
                tokens[i + 2] if i + 2 < len(tokens) else "")
            if nxt.endswith(("ed", "en")) or (nxt and lemma(nxt) != nxt and not nxt.endswith("s")):
                return True
    return False


def _entities(norm: str, clause: tuple[int, int], sentence: tuple[int, int], fv) -> tuple[str, ...]:
    """Names in the clause, lower case: proper nouns, acronyms; never a sentence's plain first word."""
    out = []
    for m in _NAME.finditer(norm, clause[0], clause[1]):
        words = m.group().split()
        while words and words[0].lower() in fv.not_entities:
            words = words[1:]
        if not words:
            continue
        first_at = m.start() + m.group().index(words[0])
        initial = norm[sentence[0]:first_at].strip(" \"'([") == ""
        if initial and len(words) == 1 and not words[0].isupper():
            continue  # "Rescuers saved ...": a capital that only starts the sentence
        name = " ".join(w.lower().rstrip("'s") if w.endswith("'s") else w.lower() for w in words)
        if name not in out:
            out.append(name)
    return tuple(out)


def _qualifiers(norm: str, c: dict, before: str, clause: tuple[int, int], fv) -> tuple[str, ...]:
    """Words that narrow what is counted: a place after the counted noun, a subset marker before the figure."""
    out = []
    if fv.subset_before is not None:
        m = None
        for m in fv.subset_before.finditer(before):
            pass
        if m is not None:
            out.append(" ".join(m.group().lower().split()))
    if c.get("counted"):
        place = _PLACE.match(norm, c["end"], clause[1])
        if place and place.group("prep") in fv.place_prepositions:
            words = [w for w in place.group("place").split() if w.lower() not in fv.not_entities]
            if words:
                out.append(f"{place.group('prep')} {' '.join(words).lower()}")
    return tuple(out)
