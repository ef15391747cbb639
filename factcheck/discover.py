"""Facts discovered without rules: claims from several sources whose frames say they measure the same thing.

Grouping is blind to the figures themselves (grouping by similar values would
hide the very contradictions factcheck exists to find): claims are blocked by
the head of their measure and the kind of quantity, claims with the same
frame signature are merged at once, and signatures are linked only when
their frames are compatible (measure, names, verb).  A group stated by two
or more sources is a fact; groups of low confidence stay candidates.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

from .blocks import (Block, dated_once, make_block, measures_in_series, one_event_each, own_year, split_by_period,
                     topic_words)
from .consistency import joined_spans, source_spans
from .corroborate import CONFIDENCE as CORROBORATED
from .corroborate import join_identical, same_figures, specific
from .extractor.frame_subjects import WHICH_ONES
from .extractor.frame_qualifiers import (STATISTICS, THRESHOLD_WORDS, UNNAMED_PLACES, WHICH_BEFORE, WHOLE,
                                         names_a_day_or_month)
from .farapart import spread_too_far, too_far_apart
from .framepairs import (dated_count_and_timeless, past_period_and_later_timeless, roles_differ, subject_named,
                         whole_beside_part)
from .grouplabels import DiscoveredGroup, named, shortest
from .model import Claim, Located
from .rounder import join_rounder, may_round
from .scope import aggregation_of, entity_difference, name_words, periods_differ, share_a_name, yearly
from .units import UnitConverter
from .verbmeasures import borrow_verb_measures

DISCOVERABLE_KINDS = ("count", "money", "percent", "measure", "duration", "number_range", "date", "date_range")
MAX_SIGNATURES = 400
"""Distinct frames one block may hold before discovery gives up on it (a note in the report says so)."""
PART_OF_TOTAL = "part of a stated total"
"""The narrowing a figure stated for the whole carries ("worldwide", "in total")."""
FACT_CONFIDENCE = 0.7
"""Groups at or above this confidence are facts; the others are candidates."""


_PARTS = ("of", "part", "among", "including")
"""First words of a narrowing that always makes a part ("of whom", "part of a stated total")."""


@dataclass(frozen=True)
class Discovery:
    """What discovery found: groups, and the blocks it gave up on (measure, claims, distinct frames)."""

    groups: tuple[DiscoveredGroup, ...]
    gave_up: tuple[tuple[str, int, int], ...] = ()


def eligible(claim: Claim) -> bool:
    """Whether a claim no rule takes may join a discovered fact: a figure or date whose frame names its measure."""
    f = claim.frame
    if claim.kind not in DISCOVERABLE_KINDS or not f.measure or f.role in ("rank", "reference", "multiple"):
        return False
    if claim.kind in ("date", "date_range"):
        return bool(claim.date) and not claim.date.startswith("--")  # (and see _one_event_each)
    return claim.value is not None or claim.low is not None


def kept(claim: Claim) -> bool:
    """Whether discovery may use a claim no rule takes: it may join a fact of frames, or it is a figure
    specific enough that sources writing it alike state one figure (``corroborate``), or one that may round
    such a figure (``rounder``)."""
    return eligible(claim) or specific(claim) or may_round(claim)


class Discoverer:
    """Groups claims by their frames; one per run (holds the run's vocabulary and unit converter)."""

    def __init__(self, vocab, units: UnitConverter, min_sources: int = 2, exclude: Iterable[str] = (),
                 apart: Iterable[Sequence[str]] = ()):
        self.frames = vocab.frames
        self.units = units
        self.min_sources = max(2, min_sources)
        self.exclude = frozenset(exclude)
        self.apart = {frozenset(p) for p in apart if len(p) == 2}

    def quantity(self, claim: Claim) -> str:
        """The kind of quantity a claim states: count, date, percent, money in a currency, or a dimension."""
        if claim.kind in ("date", "date_range"):
            return "date"
        if claim.kind == "money":
            return f"money:{claim.unit}"
        if claim.kind == "percent":
            return "percent"
        if claim.unit:
            return self.units.dimension(claim) or claim.unit
        return "count"

    def broad(self, measure: str) -> bool:
        """A measure many facts share ("countries"): its claims group only when their verbs and names agree."""
        head = measure.rsplit(" ", 1)[-1]
        fv = self.frames
        return head in fv.broad_heads or head in fv.generic_heads

    def discover(self, claims: Iterable[Located], involving: Optional[set] = None,
                 source_of: Callable[[Located], object] = lambda m: m.doc.path) -> Discovery:
        """Discovered groups of ``claims`` (with ``involving``, only blocks holding a claim of those documents).

        ``source_of`` says what counts as one source (a document by default; one line of a draft for the
        linter's check of a draft against itself).
        """
        blocks: dict = defaultdict(list)
        doc_names: dict = defaultdict(set)
        claims = borrow_verb_measures(claims, eligible, self.quantity, self.frames, source_of)
        topic = topic_words({loc.doc.path: loc.doc for loc in claims}.values())
        for loc in claims:
            c = loc.claim
            doc_names[loc.doc.path].update(c.frame.entities)
            if eligible(c) and c.frame.measure not in self.exclude:
                blocks[(c.frame.measure.rsplit(" ", 1)[-1], self.quantity(c))].append(loc)
        groups, gave_up = [], []
        series = measures_in_series((m for ms in blocks.values() for m in ms), source_of)
        for key in sorted(blocks):
            members = blocks[key]
            if len({source_of(m) for m in members}) < self.min_sources or (
                    involving is not None and not {m.doc.path for m in members} & involving):
                continue
            signatures: dict = defaultdict(list)
            for m in members:
                signatures[_signature(m.claim)].append(m)
            once = frozenset()
            if key[1] == "date":
                signatures = {s: ms for s, ms in signatures.items()
                              if one_event_each(s, ms, self.frames, source_of)}
                once = dated_once(members, source_of)
            if len(signatures) > MAX_SIGNATURES:
                gave_up.append((key[0], len(members), len(signatures)))
                continue
            parts = list(signatures.values())
            by_period = [list(ms) for p in parts for ms in split_by_period(p, series)]
            if len(by_period) <= MAX_SIGNATURES:  # a long series stays one fact, judged period by period
                parts = by_period
            block = make_block(members, source_of, topic, once, series)
            groups += self._cluster(parts, block)
        taken = join_identical(groups, claims, self.units)
        groups += [(members, CORROBORATED, False) for members in same_figures(claims, taken, source_of, self.units, self.min_sources)
                   if involving is None or {m.doc.path for m in members} & involving]
        join_rounder(groups, claims, self.units, self.quantity)
        return Discovery(tuple(named(groups, doc_names)), tuple(gave_up))

    def _cluster(self, parts: list[list[Located]], block: "Block") -> list[tuple[list[Located], float, bool]]:
        """Complete-linkage clustering of frame signatures: every two signatures in a cluster are linked,
        so a frame that names nothing never chains two different things together.  Strongest links merge
        first (names in common, then the same verb).  A source never contradicts itself: a signature in
        which one source states two figures of one time that cannot both hold is two facts its frames do not
        tell apart (it joins nothing), and no merge may make such a pair -- in any unit ("399.94 m" and "193 km"
        of one source are two facts; a signature's own figure and its conversion, even a wrong one, stay one)."""
        parts = [p for p in parts if not spread_too_far(p, self.units.base)]  # ("over 1.1 million" livestock
        # beside "more than 1,700" deaths in one signature: two things, whichever is which)
        raw = [source_spans(p, block.source_of) for p in parts]
        keep = [i for i, s in enumerate(raw) if s is not None]
        parts = [parts[i] for i in keep]
        spans = [source_spans(p, block.source_of, self.units.base) or raw[i] for p, i in zip(parts, keep)]
        heads = [p[0] for p in parts]
        links = sorted(((_strength(heads[i].claim, heads[j].claim, block.topic), i, j) for i in range(len(parts))
                        for j in range(i + 1, len(parts)) if self.linked(heads[i], heads[j], block)),
                       key=lambda link: (tuple(not x for x in link[0]), link[1], link[2]))
        cluster_of = list(range(len(parts)))
        members: dict = {i: [i] for i in range(len(parts))}
        for _, i, j in links:
            ci, cj = cluster_of[i], cluster_of[j]
            if ci == cj or not all(self.linked(heads[x], heads[y], block) for x in members[ci] for y in members[cj]):
                continue
            joined = joined_spans(spans[ci], spans[cj])
            if joined is None or too_far_apart([parts[x] for x in members[ci]], [parts[y] for y in members[cj]],
                                               self.units.base):
                continue
            spans[ci] = joined
            for x in members[cj]:
                cluster_of[x] = ci
            members[ci] += members.pop(cj)
        out = []
        for cluster in ([parts[i] for i in idx] for idx in members.values()):
            members = sorted((m for part in cluster for m in part), key=lambda m: (m.doc.path, m.claim.start))
            if len({block.source_of(m) for m in members}) < self.min_sources:
                continue
            measure = shortest(m.claim.frame.measure for m in members)
            out.append((members, self.confidence(members, measure), self.broad(measure)))
        return out

    def linked(self, la: Located, lb: Located, block: "Block") -> bool:
        """Whether two frames may speak of the same quantity (never looks at the values)."""
        a, b = la.claim, lb.claim
        fa, fb = a.frame, b.frame
        if fa.measure != fb.measure:
            wa, wb = set(fa.measure.split()), set(fb.measure.split())
            extra = wa ^ wb
            if not (wa <= wb or wb <= wa) or frozenset((fa.measure, fb.measure)) in self.apart or extra & block.names \
                    or any(w in self.frames.alias_of for w in extra) or {"combined", "and"} & extra \
                    or extra & self.frames.part_modifiers:
                return False  # ("Degas works on paper stolen: 5" beside "thirteen works", where Degas names a part;
                # "ten Nepali climbers" beside "320 climbers": a word that stands for a name names a part too;
                # "Combined aircraft: 280" beside "Virgin America had 63 aircraft", "damage and losses" beside
                # "damage": a sum of parts, not a part; "45 group matches" beside "48 matches": a part)
        if fa.subject != fb.subject and ((fa.subject and fb.subject) or len(block.subjects) > 1):
            return False  # "the main dam is 185 metres tall" beside "the intake tower is 120 metres tall"
        dated = a.kind in ("date", "date_range")
        if roles_differ(fa, fb) or self._qualifiers_differ(fa, fb, block, dated) or periods_differ(a, b) or (
                aggregation_of(a) and aggregation_of(b) and aggregation_of(a) != aggregation_of(b)):
            return False  # a part and its whole, a change and a level, two periods, a flow and a level
        if {fa.measure, fb.measure} & block.series.keys() and (bool(fa.period) != bool(fb.period) or (
                (years := {own_year(la, block.series), own_year(lb, block.series)}) and "" not in years
                and len(years) > 1)):
            return False  # "$60.9 billion" of no year beside a fact sheet's revenue for each of two fiscal years;
            # of a measure stated year by year, "48,574 runners finished" in a 2023 report beside "more than
            # 52,000" in a 2024 one: each of its own year's
        if fa.measure == "age" and bool(fa.period or fa.time) != bool(fb.period or fb.time):
            return False  # "in 1978, at the age of 28" beside "aged 64": an age is of its own time
        if yearly(fa) != yearly(fb) and not (fa.aggregation and fb.aggregation):
            return False  # "the paint costs $1.2 million a year" beside "the bridge cost $35 million"
        if dated_count_and_timeless(la, lb) or dated_count_and_timeless(lb, la):
            return False  # a count "so far" and a figure of no stated time: a timeline cannot be told from a clash
        if a.kind not in ("date", "date_range") and (past_period_and_later_timeless(la, lb)
                                                      or past_period_and_later_timeless(lb, la)):
            return False  # "in 2019 it won 77 seats" beside a 2022 report's 58 seats of no stated year
        shared = share_a_name(fa.entities, fb.entities) or subject_named(fa, fb) or subject_named(fb, fa) or (
            bool(fa.entities and fb.entities) and not entity_difference(a, b, self.frames.place_prepositions))
        if whole_beside_part(fa, fb) or whole_beside_part(fb, fa):
            return False  # "Infinity War's global opening record" beside its record "in the United States and Canada"
        if a.kind in ("date", "date_range") and len(fa.entities) > 1 and len(fb.entities) > 1 and not share_a_name(
                fa.entities[:1], fb.entities[:1]):
            return False  # "the party congress opened in Beijing" beside "the forum opened in Beijing"
        once = a.kind == b.kind == "date" and len(a.date) == len(b.date) == 10 and {fa.measure, fb.measure} <= (
            block.once & self.frames.measure_names)  # an event every source dates to one day: other names are places
        named_a, named_b = (_untopical(f.entities, block) if dated else f.entities for f in (fa, fb))
        if named_a and named_b and not shared and not once:
            return False  # (a day "Starliner landing:" dates in a Starliner fact sheet names no part of it)
        if bool(fa.entities) != bool(fb.entities) and a.kind not in ("date", "date_range"):  # (a day has no parts)
            if WHOLE in (fb.qualifiers if fa.entities else fa.qualifiers):
                return False  # "$38 million to the French federation" beside "$400 million in total"
            named = _words(fa.entities + fb.entities)
            if named & block.names or (block.names and named - block.topic):
                return False  # "Liberia recorded 4,809 deaths" beside a total of no name: a part, not the whole
                # (and where the documents tell named parts from a whole, any name but the topic's names a part)
        if a.kind not in ("date", "date_range") and self._acts_differ(fa, fb):
            return False  # "60% of voters backed the plan" beside "40% rejected it"; homes destroyed and damaged
        if a.kind in ("date", "date_range") and bool(fa.subject) != bool(fb.subject) and not shared and (
                fb.entities if fa.subject else fa.entities):  # (the topic's own name too: "the museum opens on 21
            # September" beside "the Riverside Library opens on 14 September" in a draft about the library)
            return False  # "the pyramid itself opened in 1989" beside "the Louvre opened on 10 August 1793"
        if a.kind in ("date", "date_range"):  # an event named by a known measure ("launch") needs no shared name
            return shared or once or (fa.measure in self.frames.measure_names and not (named_a and named_b))
        if self.broad(fa.measure):
            neutral = self.frames.neutral_verbs
            return fa.predicate == fb.predicate if fa.predicate not in neutral else fb.predicate in neutral
        return True

    def _acts_differ(self, fa, fb) -> bool:
        """Two verbs the vocabulary calls contrasting acts ("backed" / "rejected", "destroyed" / "damaged")."""
        places = self.frames.contrasting_acts
        theirs = places.get(fb.predicate, ())
        return any((entry, 1 - side) in theirs for entry, side in places.get(fa.predicate, ()))

    def _qualifiers_differ(self, fa, fb, block: "Block", dated: bool) -> bool:
        """Whether two frames narrow their measure differently.  A narrowing only one of them states counts
        when it is structural ("of whom", "part of a stated total", "the first 60 shows" but not "First ascent:
        29 May 1953": ``dated``), when a document uses it to tell a part from the whole, or when the other frame
        does not name the place it narrows to."""
        for mine, theirs, other in ((fa.qualifiers, fb.qualifiers, fb), (fb.qualifiers, fa.qualifiers, fa)):
            for q in set(mine) - set(theirs):
                if names_a_day_or_month(q) and not any(names_a_day_or_month(t) for t in theirs):
                    continue  # "on sunday" beside a figure of no day: when, not which part (farapart keeps
                    # far-apart figures apart); "in march" beside "in april" stays two
                words = q.split()
                if words[0] in self.frames.place_prepositions and name_words(words[1:]) <= _words(other.entities):
                    continue  # "in liberia" beside a clause that names Liberia
                if len(words) == 2 and words[1] in UNNAMED_PLACES and other.entities and not theirs:
                    return True  # "in the capital" beside "in Charlotte": two places
                if words[0] == "of" and " ".join(words[1:]) == other.subject:
                    continue  # "Depth of the rescue shaft: 622 m" beside "the shaft was 624 metres deep"
                if q == PART_OF_TOTAL and share_a_name(fa.entities, fb.entities):
                    continue  # "the Conservatives took 365 of the 650 seats" beside "the Conservative Party won 365"
                if q in ("average", "mean") and not STATISTICS & set(theirs):
                    continue  # "the average density was 382 per km²" beside "Population density: 382 per km²"
                if q in block.qualifiers or set(theirs) - {WHOLE} or words[0] in _PARTS or q in WHICH_ONES or (
                        q in WHICH_BEFORE and not dated) or q in ("forecast", "threshold", "again") or q.endswith(
                        " time") or (
                        words[0] in THRESHOLD_WORDS and any(ch.isdigit() for ch in q)):
                    return True  # "10 new stations", "the first 60 shows", "Stations at 40°C or above": some of
                    # them, not all; "came ashore for a second time": another landfall
        return False

    def confidence(self, members: Sequence[Located], measure: str) -> float:
        """0.4, plus 0.3 for a specific measure, 0.15 for names in common, 0.15 for one verb throughout."""
        frames = [m.claim.frame for m in members]
        specific = not self.broad(measure)
        names = Counter(n for f in frames for n in set(f.entities))
        shared_name = any(count >= 2 for count in names.values())
        verbs = {f.predicate for f in frames if f.predicate and f.predicate not in ("be", "have")}
        return round(0.4 + 0.3 * specific + 0.15 * shared_name + 0.15 * (len(verbs) <= 1), 2)




def _signature(c: Claim) -> tuple:
    """Claims of one signature are one part at once; so it holds every slot ``linked`` reads (a count up to a
    known date and a figure of no time are never merged unchecked)."""
    f = c.frame
    return (f.measure, f.predicate, f.entities, f.qualifiers, f.role, f.aggregation, bool(f.as_of), bool(f.time),
            f.subject)


def _strength(a: Claim, b: Claim, topic: frozenset) -> tuple:
    """How strongly two frames are linked, strongest first: one thing it is said of ("the canal", both); names
    in common; both or neither naming anything but the topic (a total beside a named part); both or neither of
    a known date; one verb; one measure."""
    fa, fb = a.frame, b.frame
    return (bool(fa.subject) and fa.subject == fb.subject, share_a_name(fa.entities, fb.entities),
            bool(_words(fa.entities) - topic) == bool(_words(fb.entities) - topic),
            bool(fa.as_of) == bool(fb.as_of), bool(fa.predicate) and fa.predicate == fb.predicate,
            fa.measure == fb.measure)


def _untopical(names: tuple, block: "Block") -> tuple:
    """A frame's names, none when every word of them is of what all the documents are about (their titles')."""
    return () if names and _words(names) <= block.topic else names


def _words(names: tuple) -> set:
    return name_words(names)


