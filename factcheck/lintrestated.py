"""Figures in a draft sentence that restates a source sentence, checked against the figures in the same places.

A draft usually restates its sources sentence by sentence ("the train entered the curve at 179 km/h" becomes
"event recorders showed the train entered the curve at 197 km/h").  Where frames leave a figure in no fact
(no measure named, another verb), the sentence it stands in still says what it is: a draft figure whose
sentence is alike to a source sentence, and whose neighbouring words are alike to those of one source figure
of the same kind of quantity, states that figure.  Only a contradiction is reported, and only when no
other figure in such a place agrees with it and no two such places disagree about what it should be.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Sequence

import regex
from rapidfuzz import fuzz, process

from .corroborate import dates_itself
from .model import Located, PairJudgement
from .scope import entity_difference
from .units import UnitConverter
from .verdict import Judge, Member, Tolerance

SENTENCE_ALIKE = 50
"""Least rapidfuzz token-set score (0-100, figures masked) for a source sentence to be the one a draft restates."""
PLACE_ALIKE = 70
"""Least rapidfuzz score of the words around two figures (four before, three after) for one place."""
MAX_RATIO = 3.0
"""Figures further apart than this are two things in one place, not one figure and its slip."""
_NEAR_BEST = 5
_DIGITS = regex.compile(r"\d[\d,.]*")
_WORD = regex.compile(r"[^\W\d_]+")


def restated_contradictions(drafts: Sequence[Located], sources: Sequence[Located], judge: Judge,
                            quantity: Callable, units: UnitConverter, judged: frozenset = frozenset()
                            ) -> list[tuple[Located, PairJudgement, Located]]:
    """(draft claim, judgement, source claim) for every draft claim (but those whose keys ``(path, start)`` are in
    ``judged``: already judged in a fact with a source) that contradicts the figure in its place of the source
    sentence it restates.  Two draft figures whose best place is one source figure ("35 were freed" from the
    first tram, "33 were freed" from the second, beside a source's "38 were freed") restate it unclearly, and
    neither is judged by it."""
    places = _Places([s for s in sources if _placeable(s)], quantity)
    found = [(draft, places.of(draft)) for draft in drafts if _placeable(draft)]
    owners = Counter(_key(alike[0][1]) for _, alike in found if alike)
    out = []
    for draft, alike in found:
        if not alike or _key(draft) in judged or owners[_key(alike[0][1])] > 1:
            continue
        pairs = [(score, judge.judge(Member(draft), Member(src), Tolerance()), src) for score, src in alike]
        if any(pair.verdict != "differ" for _, pair, _ in pairs):
            continue  # a place where a source states it so, or one that measures something else
        best_score, pair, src = pairs[0]
        if not _near(draft, src, units) or entity_difference(draft.claim, src.claim) or _stated_elsewhere(
                src, draft, drafts, sources, units, quantity):
            continue
        rivals = [s for score, _, s in pairs[1:] if score >= best_score - _NEAR_BEST]
        if any(judge.judge(Member(src), Member(r), Tolerance()).verdict == "differ" for r in rivals):
            continue  # two places alike, two figures: which one it restates is not clear
        out.append((draft, pair, src))
    return out


class _Places:
    """The source figures, by sentence, to find a draft figure's place among."""

    def __init__(self, sources: Sequence[Located], quantity: Callable):
        self.quantity = quantity
        sentences: dict = {}
        for loc in sources:
            sentences.setdefault((loc.doc.path, loc.claim.sentence), []).append(loc)
        self.sentences = list(sentences.values())
        self.texts = [_masked(_sentence(members[0])) for members in self.sentences]

    def of(self, draft: Located) -> list[tuple[float, Located]]:
        """(score, source figure) of the places alike to the draft figure's, best first."""
        found = process.extract(_masked(_sentence(draft)), self.texts, scorer=fuzz.token_set_ratio,
                                score_cutoff=SENTENCE_ALIKE, limit=20)
        kind, mine = self.quantity(draft.claim), _around(draft)
        scored = [(fuzz.ratio(mine, _around(src)), src) for _, _, index in found for src in self.sentences[index]
                  if src.claim.kind == draft.claim.kind and self.quantity(src.claim) == kind]
        return sorted(((score, src) for score, src in scored if score >= PLACE_ALIKE),
                      key=lambda p: (-p[0], _key(p[1])))


def _stated_elsewhere(src: Located, draft: Located, drafts: Sequence[Located], sources: Sequence[Located],
                      units: UnitConverter, quantity: Callable) -> bool:
    """The draft states the source's figure as well, so what it says here is of another thing: in another
    sentence ("Endgame's $2.799 billion" where a source's like sentence gives Avatar's $2.79 billion, which the
    draft gives elsewhere), or in this one, unless the source's sentence states the draft's figure too (two
    figures swapped: "England 17, New Zealand 26" for "England 26, New Zealand 17")."""
    kind = quantity(src.claim)
    mine = [d for d in drafts if d is not draft and d.doc.path == draft.doc.path and quantity(d.claim) == kind]
    if not any(_alike(d, src, units) for d in mine):
        return False
    if any(_alike(d, src, units) for d in mine if d.claim.sentence != draft.claim.sentence):
        return True
    return not any(_alike(draft, s, units) for s in sources
                   if s.doc.path == src.doc.path and s.claim.sentence == src.claim.sentence)


def _alike(a: Located, b: Located, units: UnitConverter) -> bool:
    """Two figures whose intervals (in one unit) overlap."""
    x, y = units.base_interval(a.claim), units.base_interval(b.claim)
    return x is not None and y is not None and x.overlaps(y)


def _placeable(loc: Located) -> bool:
    """A figure whose place says what it is: not a bare year ("for 2014" beside "for 2015" is two years of
    one series far more often than a slip), not a range of dates, not a date that dates its own document."""
    c = loc.claim
    return c.kind != "date_range" and not (c.kind == "date" and (len(c.date or "") <= 4 or dates_itself(loc)))


def _near(a: Located, b: Located, units: UnitConverter) -> bool:
    """Two figures within ``MAX_RATIO`` of each other (in one unit): a slip changes a figure, it seldom makes
    it another order of magnitude ("five crew members" who died beside "1,023 crew members" aboard)."""
    if a.claim.kind in ("date", "date_range"):
        return True
    x, y = units.base_value(a.claim), units.base_value(b.claim)
    if not x or not y or (x < 0) != (y < 0):
        return False
    return max(abs(x), abs(y)) <= MAX_RATIO * min(abs(x), abs(y))


def _key(loc: Located) -> tuple:
    return loc.doc.path, loc.claim.start


def _sentence(loc: Located) -> str:
    s, e = loc.claim.sentence
    return loc.doc.text[s:e]


def _masked(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _around(loc: Located) -> str:
    """The words before (up to four) and after (up to three) a figure in its sentence, figures left out."""
    c = loc.claim
    text = loc.doc.text
    before = _WORD.findall(text[max(c.sentence[0], c.start - 60):c.start].lower())[-4:]
    after = _WORD.findall(text[c.end:min(c.sentence[1], c.end + 40)].lower())[:3]
    return " ".join(before) + " | " + " ".join(after)


def in_groups(groups: Iterable[Iterable[Located]], drafts: set) -> set:
    """Keys ``(path, start)`` of the draft claims of groups that also hold a source claim (already judged)."""
    out = set()
    for members in groups:
        members = list(members)
        if any(m.doc.path not in drafts for m in members):
            out.update((m.doc.path, m.claim.start) for m in members if m.doc.path in drafts)
    return out
