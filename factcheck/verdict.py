"""Verdicts: do the claims about one fact agree, round differently, differ, or measure another scope?

SEMANTICS.md sections 3 and 5 in code.  Pairs are judged one by one, first
on what the figures measure and when (the claims' frames, see ``scope``),
then on their values; a fact takes the worst verdict of its pairs (differ >
updated > loose > other_scope > rounded > agree) and that pair's one-line
reason.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from .extractor.periods import resolve
from .extremes import representative_pairs
from .framepairs import names_an_age, own_days_apart, unnamed_ages_apart
from .hedgereach import hedge_reach, loose_pair, stated_bounds
from .intervals import comparison_interval
from .model import VERDICTS, Claim, Interval, Located, PairJudgement
from .reasons import (
    agree_reason,
    disjoint_reason,
    overlap_reason,
    show_claim,
)
from .scope import (OPEN_ABOVE, OPEN_BELOW, entity_difference, expectations_apart, measure_difference,
                    narrower_measure, one_stated_period, period_difference, period_years, predicate_difference,
                    qualifier_difference, role_difference, show_period)
from .units import UnitConverter
from .vocab import Vocabulary

__all__ = ["Judge", "Member", "Tolerance", "RANK", "show_claim", "worst"]

HEDGE_CLASSES = {"none": "exact", "more_than": "above", "at_least": "above", "plus": "above", "nearly": "below",
                 "up_to": "below", "less_than": "below", "approx": "approx", "plural_of_scale": "vague",
                 "range": "range"}
RANK = {v: i for i, v in enumerate(VERDICTS)}
ALL_PAIRS_UP_TO = 25
"""Groups with at most this many distinct statements are judged on every pair; larger ones by extremes."""
MAX_PAIRS = 20
"""Non-agreeing pairs kept per fact for the report (worst first)."""
SAME_TIME_DAYS = 31
"""As-of dates closer than this are the same time (SEMANTICS.md section 5)."""


@dataclass(frozen=True)
class Tolerance:
    """How a fact is judged: the slack its rule allows (absolute, in the first claim's unit, and relative),
    whether it changes over time, and whether it was discovered without a rule (then every frame slot counts)."""

    absolute: float = 0.0
    relative: float = 0.0
    changes_over_time: bool = False
    monotonic: Optional[str] = None
    discovered: bool = False
    broad: bool = False


@dataclass(frozen=True)
class Member:
    """A claim in a group, with the counted class the rule gave it (main or related)."""

    located: Located
    counted_class: str = "main"


class Judge:
    """Compares claims pairwise; holds the unit converter and vocabulary of a run."""

    def __init__(self, vocab: Vocabulary, units: UnitConverter, unit_tolerance: float = 0.005,
                 hemisphere: str = "north"):
        self.vocab = vocab
        self.units = units
        self.unit_tolerance = unit_tolerance
        shift = 6 if hemisphere == "south" else 0
        self.seasons = {name: ((a + shift - 1) % 12 + 1, (b + shift - 1) % 12 + 1)
                        for name, (a, b) in vocab.seasons.items()}

    # -- time -----------------------------------------------------------------------
    @staticmethod
    def as_of(loc: Located) -> Optional[str]:
        """The date a claim's figure stands at: its frame's as-of date, else its document's date.

        A previous value ("from 51 to ...") stands before the document's date: at its period's start if
        stated, else unknown.
        """
        frame = loc.claim.frame
        if frame.role == "previous":
            return frame.period[0] if frame.period else None
        return frame.as_of or loc.doc.date

    def _timeline(self, la: Located, lb: Located, tol: Tolerance) -> Optional[tuple[Located, Located]]:
        """(earlier, later) when the pair is two points of a fact that changes over time, else None."""
        levels = ("cumulative", "level")
        both = (la.claim.frame.aggregation, lb.claim.frame.aggregation)
        changes = tol.changes_over_time or tol.discovered and (
            ("flow" not in both and bool(set(both) & set(levels))) or _ages(la.claim, lb.claim))
        if not changes:
            return None
        da, db = self.as_of(la), self.as_of(lb)
        if not da or not db or abs(_days(da) - _days(db)) < SAME_TIME_DAYS:
            return None
        return (la, lb) if da < db else (lb, la)

    @staticmethod
    def _trend(tol: Tolerance, earlier: Located, later: Located) -> Optional[str]:
        """The way a fact may move: its rule's, else "increasing" for two cumulative counts, else either way."""
        if tol.changes_over_time:
            return tol.monotonic
        both = (earlier.claim.frame.aggregation, later.claim.frame.aggregation)
        return "increasing" if both == ("cumulative", "cumulative") or _ages(earlier.claim, later.claim) else None

    # -- values ---------------------------------------------------------------------
    def _convert(self, claim: Claim, target_unit: Optional[str]) -> tuple[Optional[float], Interval, bool]:
        """(value, comparison interval, converted?) of a claim in ``target_unit``."""
        iv = comparison_interval(claim, self.seasons)
        if claim.kind in ("date", "date_range") or not claim.unit or not target_unit or claim.unit == target_unit:
            return claim.value, iv, False
        found = self.units.affine(claim.unit, target_unit)
        if found is None:
            raise _Incomparable(f"{claim.unit} cannot be compared with {target_unit}")
        factor, offset = found
        value = claim.value * factor + offset if claim.value is not None else None
        return value, iv.scaled(factor, offset), True

    def slot_difference(self, a: Member, b: Member, tol: Tolerance) -> Optional[str]:
        """Why two claims measure different quantities (SEMANTICS.md section 5, checks 1-3), else None."""
        ca, cb = a.located.claim, b.located.claim
        neutral = self.vocab.frames.neutral_verbs if self.vocab.frames else frozenset()
        places = self.vocab.frames.place_prepositions if self.vocab.frames else frozenset()
        if a.counted_class != b.counted_class:
            return f"counts different things: {ca.counted} vs {cb.counted}"
        if ca.kind == "money" and cb.kind == "money" and ca.unit != cb.unit:
            return f"different currencies: {ca.unit} vs {cb.unit} (no rate given)"
        if tol.discovered:  # (a narrowing one side states alone: discovery judged it no part of the other;
            # names beside two dates of one event discovery judged to be places and vehicles, not other events)
            dates = ca.kind in ("date", "date_range") and cb.kind in ("date", "date_range")
            why = (measure_difference(ca, cb) or (None if dates else entity_difference(ca, cb, places))
                   or predicate_difference(ca, cb, tol.broad, neutral) or qualifier_difference(ca, cb, True))
        else:
            why = qualifier_difference(ca, cb)
        return (why or role_difference(ca, cb) or period_difference(ca, cb) or _published_before(a.located, b.located)
                or own_days_apart(a.located, b.located) or None)

    def judge(self, a: Member, b: Member, tol: Tolerance) -> PairJudgement:
        """The verdict on one pair of claims about the same fact."""
        a, b = _dated(a), _dated(b)
        la, lb = a.located, b.located
        ca, cb = la.claim, lb.claim
        why = self.slot_difference(a, b, tol)
        if why:
            return PairJudgement("other_scope", why, la, lb)
        if (ca.frame.role == "previous") != (cb.frame.role == "previous") and not one_stated_period(ca.frame, cb.frame):
            earlier, later = (la, lb) if ca.frame.role == "previous" else (lb, la)
            return PairJudgement("agree", f"{show_claim(earlier.claim)} is an earlier value, "
                                          f"stated as such ({earlier.claim.text!r} before {show_claim(later.claim)})",
                                 earlier, later)
        try:
            va, ia, _ = self._convert(ca, ca.unit)
            vb, ib, converted = self._convert(cb, ca.unit)
        except _Incomparable as exc:
            return PairJudgement("other_scope", str(exc), la, lb)
        rel = tol.relative + (self.unit_tolerance if converted else 0.0)
        wa = _widened(ia, tol.absolute, rel)
        wb = _widened(ib, tol.absolute, rel)
        if not wa.overlaps(wb):
            return self._disjoint(la, lb, ia, ib, tol)
        if self._same_statement(ca, cb, va, vb, ia, ib, rel, converted):
            return PairJudgement("agree", agree_reason(ca, cb, vb, converted), la, lb)
        loose = loose_pair(ca, ia, va, cb, ib, vb)
        if loose:
            line = self._timeline(la, lb, tol)
            if line is not None:
                return self._update(line, ia if line[0] is la else ib, ib if line[0] is la else ia, tol, loose)
            return PairJudgement("loose", loose, la, lb)
        return PairJudgement("rounded", overlap_reason(ca, cb, va, vb, ia, ib), la, lb)

    def _same_statement(self, ca: Claim, cb: Claim, va, vb, ia: Interval, ib: Interval, rel: float,
                        converted: bool) -> bool:
        """Same hedge class and the same stated value -- equal, or after a unit conversion equal
        within the coarser figure's rounding."""
        if HEDGE_CLASSES.get(ca.hedge) != HEDGE_CLASSES.get(cb.hedge):
            return False
        if ca.kind in ("date", "date_range") or cb.kind in ("date", "date_range"):
            return (ca.date, ca.season) == (cb.date, cb.season)
        if va is None or vb is None:
            return (ia.low, ia.high) == (ib.low, ib.high)
        scale = max(abs(va), abs(vb), 1.0)
        slack = 1e-9 * scale
        if converted:
            factor = vb / cb.value if cb.value else 1.0
            slack += max(ca.step or 0.0, (cb.step or 0.0) * factor) / 2 + rel * scale
        return abs(va - vb) <= slack

    def _disjoint(self, la: Located, lb: Located, ia: Interval, ib: Interval, tol: Tolerance) -> PairJudgement:
        gap = max(ib.low - ia.high, ia.low - ib.high) if None not in (ia.low, ia.high, ib.low, ib.high) else 0.0
        narrower = (narrower_measure(la.claim, lb.claim) or expectations_apart(la.claim, lb.claim)
                    or unnamed_ages_apart(la, lb, gap)) if tol.discovered else None
        if narrower:  # "two rail tunnels" beside "three tunnels": the narrower may be a part, no contradiction
            return PairJudgement("other_scope", narrower, la, lb)
        reason = disjoint_reason(la.claim, lb.claim, ia, ib)
        line = self._timeline(la, lb, tol)
        if line is None:
            return PairJudgement("differ", reason, la, lb)
        return self._update(line, ia if line[0] is la else ib, ib if line[0] is la else ia, tol, reason)

    def _update(self, line: tuple[Located, Located], ie: Interval, il: Interval, tol: Tolerance,
                reason: str) -> PairJudgement:
        """A later figure of a fact that changes over time: updated, unless it moved against the fact's trend."""
        earlier, later = line
        fell = il.high is not None and ie.low is not None and il.high <= ie.low
        rose = il.low is not None and ie.high is not None and il.low >= ie.high
        trend = self._trend(tol, earlier, later)
        if (trend == "increasing" and fell) or (trend == "decreasing" and rose):
            return PairJudgement("differ", f"{reason}; the later figure ({self.as_of(later)}) moved against "
                                           f"the {trend} trend", earlier, later)
        if _ages(earlier.claim, later.claim) and il.low is not None and ie.high is not None:
            years = (_days(self.as_of(later)) - _days(self.as_of(earlier))) / 365.25
            if il.low - ie.high > years + 1:
                return PairJudgement("differ", f"{reason}; an age cannot grow more than the {years:.1f} years "
                                               f"between {self.as_of(earlier)} and {self.as_of(later)}", earlier, later)
        return PairJudgement("updated", f"{show_claim(earlier.claim)} (as of {self.as_of(earlier)}) → "
                                        f"{show_claim(later.claim)} (as of {self.as_of(later)})", earlier, later)

    # -- groups -----------------------------------------------------------------------
    def _signature(self, m: Member, tol: Tolerance) -> tuple:
        """Claims with the same signature state the same thing and are judged once."""
        c = m.located.claim
        f = c.frame
        slots = (f.role, f.aggregation, f.qualifiers, period_years(f) if f.time else None, f.relative)
        if tol.discovered:
            slots += (f.measure, f.entities, f.predicate)
        return (c.kind, c.value, c.low, c.high, c.hedge, c.unit, c.date, c.season, m.counted_class, slots,
                self.as_of(m.located) if _timed(m, tol) else None)

    def with_twin_dates(self, members: Sequence[Member], tol: Tolerance) -> list[Member]:
        """The members, those of no date that state exactly what a dated member states (on a fact that changes
        over time) dated as their latest such twin: an undated text repeating "181 countries" repeats that
        statement, and is no contradiction of a later "183"."""
        dates: dict = {}
        for m in members:
            day = self.as_of(m.located) if _timed(m, tol) else None
            if day:
                key = _figure(m)
                dates[key] = max(dates.get(key, day), day)
        out = []
        for m in members:
            day = dates.get(_figure(m)) if _timed(m, tol) and not self.as_of(m.located) else None
            if day:
                loc = m.located
                m = Member(Located(loc.doc, replace(loc.claim, frame=replace(loc.claim.frame, as_of=day))),
                           m.counted_class)
            out.append(m)
        return out

    def group(self, members: Sequence[Member], tol: Tolerance) -> tuple[str, str, list[PairJudgement]]:
        """Verdict, reason and the non-agreeing pairs of a group of claims about one fact.

        Claims stating the same thing are judged once (by signature), so a
        fact stated a thousand times costs no more than its distinct statements (and see
        ``with_twin_dates``).
        """
        reps: dict = {}
        for m in self.with_twin_dates([_dated(m) for m in members], tol):
            reps.setdefault(self._signature(m, tol), m)
        distinct = list(reps.values())
        if len(members) < 2:
            return "agree", "stated once", []
        if len(distinct) == 1:
            c = distinct[0].located.claim
            return "agree", f"every source states {show_claim(c)}", []
        if len(distinct) <= ALL_PAIRS_UP_TO:
            pairs = [self.judge(distinct[i], distinct[j], tol)
                     for i in range(len(distinct)) for j in range(i + 1, len(distinct))]
        else:
            pairs = representative_pairs(self, distinct, tol)
        worst_pair = max(pairs, key=lambda p: RANK[p.verdict])
        non_agree = [p for p in pairs if p.verdict != "agree"]
        non_agree.sort(key=lambda p: -RANK[p.verdict])
        return worst_pair.verdict, worst_pair.reason, non_agree[:MAX_PAIRS]

    def reach(self, m: Member, unit: Optional[str]) -> Optional[float]:
        """How far an open-hedged claim conventionally reaches, in ``unit`` (None for other claims)."""
        c = m.located.claim
        if c.hedge not in OPEN_ABOVE + OPEN_BELOW:
            return None
        try:
            value, _, _ = self._convert(c, unit)
        except _Incomparable:
            return None
        return hedge_reach(c, value)

    def farthest(self, group: Sequence[Member], unit: Optional[str], above: bool) -> Optional[Member]:
        """The claim whose stated figure lies farthest up (``above``) or down, as an open hedge's reach sees it."""
        best, best_key = None, None
        for m in group:
            try:
                value, iv, _ = self._convert(m.located.claim, unit)
            except _Incomparable:
                continue
            low, high = stated_bounds(m.located.claim, iv, value)
            bound = low if above else high
            if bound is None:
                continue
            key = (bound[0], not bound[1]) if above else (-bound[0], not bound[1])
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best

    def extremes(self, group: Sequence[Member], unit: Optional[str], tol: Tolerance) -> tuple[Optional[Member], Optional[Member]]:
        """The claim with the highest lower bound and the one with the lowest upper bound (in ``unit``)."""
        best_low = best_high = None
        low_key = high_key = None
        for m in group:
            try:
                _, iv, converted = self._convert(m.located.claim, unit)
            except _Incomparable:
                continue
            iv = _widened(iv, tol.absolute, tol.relative + (self.unit_tolerance if converted else 0.0))
            lk = (float("-inf") if iv.low is None else iv.low, not iv.low_inclusive)
            hk = (float("inf") if iv.high is None else iv.high, iv.high_inclusive)
            if low_key is None or lk > low_key:
                best_low, low_key = m, lk
            if high_key is None or hk < high_key:
                best_high, high_key = m, hk
        return best_low, best_high


def _ages(a: Claim, b: Claim) -> bool:
    """Two ages of no stated time: each is as of its document's date ("John Smith, 45," in 2021 and "47" in 2023)."""
    return all(names_an_age(c.frame.measure) and not (c.frame.time or c.frame.period) for c in (a, b))


def _timed(m: Member, tol: Tolerance) -> bool:
    """Whether a claim's date tells its statement apart: its fact changes over time (by rule, or a discovered
    count to date)."""
    return tol.changes_over_time or (tol.discovered and m.located.claim.frame.aggregation == "cumulative")


def _figure(m: Member) -> tuple:
    """What a claim states, whatever its frame says of its time: its figure, role and counted class."""
    c = m.located.claim
    return c.kind, c.value, c.low, c.high, c.hedge, c.unit, c.date, c.season, m.counted_class, c.frame.role


def _dated(m: Member) -> Member:
    """The member with its claim's relative time placed against its document's date (claims read by
    ``extract_document`` already are; claims made elsewhere, such as a rule's reference value, may not be)."""
    loc = m.located
    frame = resolve(loc.claim.frame, loc.doc.date)
    if frame is loc.claim.frame:
        return m
    return Member(Located(loc.doc, replace(loc.claim, frame=frame)), m.counted_class)


class _Incomparable(Exception):
    pass


def _published_before(la: Located, lb: Located) -> Optional[str]:
    """A figure of no stated time in a document dated before the other figure's period began speaks of
    another time ("381 permits" in May 2019 vs "478 permits in 2023")."""
    for x, y in ((la, lb), (lb, la)):
        period = y.claim.frame.period
        if (x.claim.kind not in ("date", "date_range") and not x.claim.frame.time and x.doc.date and period
                and period[0] and x.doc.date[:10] < period[0]):
            return f"different periods: stated {x.doc.date[:10]}, before {show_period(y.claim.frame)}"
    return None


def _widened(iv: Interval, absolute: float, relative: float) -> Interval:
    magnitude = max(abs(iv.low or 0.0), abs(iv.high or 0.0))
    iv = iv.widened(absolute + relative * magnitude)
    return Interval(_snap(iv.low), _snap(iv.high), iv.low_inclusive, iv.high_inclusive)


def _snap(x: Optional[float]) -> Optional[float]:
    """A bound without binary noise: 9.1 - 0.05 is 9.05, not 9.049999999999999 (which would touch 9.0 + 0.05)."""
    return None if x is None else float(f"{x:.12g}")


def _days(iso: str) -> int:
    try:
        return dt.date(int(iso[:4]), int(iso[5:7] or 1), int(iso[8:10] or 1)).toordinal()
    except ValueError:
        return dt.date(int(iso[:4]), 1, 1).toordinal()


def worst(verdicts: Sequence[str]) -> str:
    """The worst of several verdicts."""
    return max(verdicts, key=lambda v: RANK[v]) if verdicts else "agree"

