"""The last step of an extraction run: each claim placed in its sentence and clause, with its scope and frame."""
from __future__ import annotations

import bisect

from ..model import Claim
from .currencies import merge_subunits
from .frame_links import borrow_measures
from .frames import frame_for
from .measures import merge_intervals, shared_units
from .scopes import find_scopes, nearest_scope
from .temperature import below_zero
from .text import clauses
from .windows import merge

_UNSCOPED = ("date", "date_range", "identifier", "ordinal")
_POINT_KINDS = ("count", "money", "measure", "duration", "percent", "ordinal", "frequency")


class Finish:
    """Mixin of the extraction run (needs ``text``, ``norm``, ``vocab``, ``claims``, ``probe``, ``sentence_of``)."""

    def finish(self) -> list[Claim]:
        """The run's claims as ``Claim`` objects, in order, with sentence, clause, scope and frame."""
        self.claims.sort(key=lambda c: c["start"])
        self.claims = below_zero(shared_units(merge_intervals(merge_subunits(self.claims, self.norm), self.norm),
                                              self.norm, self.vocab.scales), self.norm)
        claim_sentences = merge((self.sentence_of(c["start"]) for c in self.claims), len(self.norm))
        scopes = find_scopes(self.norm, self.vocab, claim_sentences, self.probe)
        scope_starts = [s.start for s in scopes]
        clause_cache: dict = {}  # sentence -> (its clauses, their starts)
        out: list[Claim] = []
        frame_cache: dict = {}  # what the claims of one clause share: its verbs and cues
        for i, c in enumerate(self.claims):
            sentence = self.sentence_of(c["start"])
            if not (sentence[0] <= c["start"] < max(sentence[1], sentence[0] + 1)):
                sentence = (c["start"], c["end"])
            if sentence not in clause_cache:
                spans = clauses(self.norm, sentence)  # (in order, never overlapping)
                clause_cache[sentence] = (spans, [cl[0] for cl in spans])
            cls, starts = clause_cache[sentence]
            at = bisect.bisect_right(starts, c["start"]) - 1
            clause = cls[at] if at >= 0 and c["start"] < cls[at][1] else sentence
            clause = (min(clause[0], c["start"]), max(clause[1], c["end"]))
            prev_end = self.claims[i - 1]["end"] if i > 0 else 0
            next_start = self.claims[i + 1]["start"] if i + 1 < len(self.claims) else len(self.norm)
            local = (max(clause[0], prev_end if prev_end <= c["start"] else clause[0]),
                     min(clause[1], next_start if next_start >= c["end"] else clause[1]))
            scope = None
            if c["kind"] not in _UNSCOPED:
                scope = nearest_scope(scopes, scope_starts, sentence, clause, c["start"], c["end"], self.norm)
            frame = frame_for(self.norm, c, clause, sentence, scope, self.vocab, frame_cache)
            if c["kind"] in _POINT_KINDS and c.get("value") is not None and c.get("low") is None and c.get(
                    "hedge", "none") == "none":  # an unhedged figure: [value, value] (set here, not by replace())
                c = {**c, "low": c["value"], "high": c["value"]}
            # ``nearby`` reaches into neighbouring lines, so extract() sets it once the whole text is read
            out.append(Claim(text=self.text[c["start"]:c["end"]], sentence=sentence, clause=clause, local=local,
                             nearby=sentence, scope=scope.text if scope else None, frame=frame, **c))
        fv = self.vocab.frames
        return borrow_measures(out, self.norm, fv.neutral_verbs if fv else frozenset(),
                               fv.tally_verbs if fv else frozenset())
