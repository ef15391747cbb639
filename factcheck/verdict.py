"""Verdicts: do the claims about one fact agree, round differently, differ, or measure another scope?

SEMANTICS.md section 3 in code.  Pairs are judged one by one; a fact takes
the worst verdict of its pairs (differ > updated > other_scope > rounded >
agree) and that pair's one-line reason.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Optional, Sequence

from .extractor.scopes import as_of_year, scope_period
from .intervals import comparison_interval, format_interval, format_number
from .model import VERDICTS, Claim, Interval, Located, PairJudgement
from .units import UnitConverter
from .vocab import Vocabulary

HEDGE_CLASSES = {"none": "exact", "more_than": "above", "at_least": "above", "plus": "above", "nearly": "below",
                 "up_to": "below", "less_than": "below", "approx": "approx", "plural_of_scale": "vague",
                 "range": "range"}
RANK = {v: i for i, v in enumerate(VERDICTS)}
ALL_PAIRS_UP_TO = 25
"""Groups with at most this many distinct statements are judged on every pair; larger ones by extremes."""
MAX_PAIRS = 20
"""Non-agreeing pairs kept per fact for the report (worst first)."""


@dataclass(frozen=True)
class Tolerance:
    """Slack a fact rule allows: absolute (in the first claim's unit) and relative."""

    absolute: float = 0.0
    relative: float = 0.0
    changes_over_time: bool = False
    monotonic: Optional[str] = None


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
        self._periods: dict = {}
        self._as_of_years: dict = {}

    def period(self, scope: Optional[str]):
        """The period a scope phrase names (memoised: the same phrases recur across a corpus)."""
        if scope not in self._periods:
            self._periods[scope] = scope_period(scope, self.vocab)
        return self._periods[scope]

    # -- scopes -------------------------------------------------------------------
    def _years(self, loc: Located) -> Optional[tuple[float, float]]:
        period = self.period(loc.claim.scope)
        doc_year = int(loc.doc.date[:4]) if loc.doc.date else None
        if period is None or period.kind in ("vague", "current"):
            return None
        if period.kind == "relative":
            return (doc_year - period.length, doc_year) if doc_year else None
        start = period.start
        end = period.end if period.end is not None else doc_year
        if start is None and end is None:
            return None
        return (start if start is not None else float("-inf"), end if end is not None else float("inf"))

    def scope_differs(self, a: Located, b: Located) -> Optional[str]:
        """A reason when two claims state different periods, else None."""
        if a.claim.kind in ("date", "date_range") or not a.claim.scope or not b.claim.scope:
            return None
        ya, yb = self._years(a), self._years(b)
        if ya is None or yb is None:
            pa, pb = self.period(a.claim.scope), self.period(b.claim.scope)
            if (pa and pb and pa.kind == pb.kind == "relative" and pa.length and pb.length
                    and abs(pa.length - pb.length) > 1):
                return f"different periods: {a.claim.scope!r} vs {b.claim.scope!r}"
            return None
        if not _same_period(ya, yb):
            return f"different periods: {a.claim.scope!r} ({_span(ya)}) vs {b.claim.scope!r} ({_span(yb)})"
        return None

    def as_of(self, loc: Located) -> Optional[str]:
        """The date a claim's figure stands at: its scope's "by the end of" year, else its document's date."""
        scope = loc.claim.scope
        if scope not in self._as_of_years:  # memoised, like periods
            self._as_of_years[scope] = as_of_year(scope, self.vocab)
        year = self._as_of_years[scope]
        if year is not None:
            return f"{year:04d}-12-31"
        return loc.doc.date

    # -- values ---------------------------------------------------------------------
    def _convert(self, claim: Claim, target_unit: Optional[str]) -> tuple[Optional[float], Interval, bool]:
        """(value, comparison interval, converted?) of a claim in ``target_unit``."""
        iv = comparison_interval(claim, self.seasons)
        if claim.kind in ("date", "date_range") or not claim.unit or not target_unit or claim.unit == target_unit:
            return claim.value, iv, False
        factor = self.units.factor(claim.unit, target_unit)
        if factor is None or factor <= 0:
            raise _Incomparable(f"{claim.unit} cannot be compared with {target_unit}")
        value = claim.value * factor if claim.value is not None else None
        return value, iv.scaled(factor), True

    def judge(self, a: Member, b: Member, tol: Tolerance) -> PairJudgement:
        """The verdict on one pair of claims about the same fact."""
        la, lb = a.located, b.located
        ca, cb = la.claim, lb.claim
        if a.counted_class != b.counted_class:
            return PairJudgement("other_scope", f"counts different things: {ca.counted} vs {cb.counted}", la, lb)
        if ca.kind == "money" and cb.kind == "money" and ca.unit != cb.unit:
            return PairJudgement("other_scope", f"different currencies: {ca.unit} vs {cb.unit} (no rate given)", la, lb)
        why = self.scope_differs(la, lb)
        if why:
            return PairJudgement("other_scope", why, la, lb)
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
            return PairJudgement("agree", _agree_reason(ca, cb, vb, converted), la, lb)
        return PairJudgement("rounded", _overlap_reason(ca, cb, va, vb, ia, ib), la, lb)

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
        reason = f"{format_interval(ia)} ∩ {format_interval(ib)} = ∅"
        if tol.changes_over_time:
            da, db = self.as_of(la), self.as_of(lb)
            if da and db and da != db:
                earlier, later = (la, lb) if da < db else (lb, la)
                ie, il = (ia, ib) if earlier is la else (ib, ia)
                fell = il.high is not None and ie.low is not None and il.high <= ie.low
                rose = ie.high is not None and il.low is not None and il.low >= ie.high
                if (tol.monotonic == "increasing" and fell) or (tol.monotonic == "decreasing" and rose):
                    return PairJudgement("differ", f"{reason}; the later figure ({self.as_of(later)}) moved against "
                                                   f"the {tol.monotonic} trend", la, lb)
                return PairJudgement("updated", f"{show_claim(earlier.claim)} (as of {self.as_of(earlier)}) → "
                                                f"{show_claim(later.claim)} (as of {self.as_of(later)})", earlier, later)
        return PairJudgement("differ", reason, la, lb)

    def group(self, members: Sequence[Member], tol: Tolerance) -> tuple[str, str, list[PairJudgement]]:
        """Verdict, reason and the non-agreeing pairs of a group of claims about one fact.

        Claims stating the same thing are judged once (by signature), so a
        fact stated a thousand times costs no more than its distinct statements.
        """
        reps: dict = {}
        for m in members:
            c = m.located.claim
            key = (c.kind, c.value, c.low, c.high, c.hedge, c.unit, c.date, c.season, m.counted_class,
                   self._years(m.located) if c.scope else None, self.period(c.scope),
                   self.as_of(m.located) if tol.changes_over_time else None)
            reps.setdefault(key, m)
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
            pairs = self._representative_pairs(distinct, tol)
        worst = max(pairs, key=lambda p: RANK[p.verdict])
        non_agree = [p for p in pairs if p.verdict != "agree"]
        non_agree.sort(key=lambda p: -RANK[p.verdict])
        return worst.verdict, worst.reason, non_agree[:MAX_PAIRS]

    def _representative_pairs(self, distinct: Sequence[Member], tol: Tolerance) -> list[PairJudgement]:
        """Pairs that carry a large group's worst verdict, found in near-linear time.

        On a line, a set of intervals has a disjoint pair exactly when the
        highest lower bound lies above the lowest upper bound, so per set of
        mutually comparable claims (same counted class and period, and for
        a fact that changes over time, the same as-of date) only the two
        extreme claims need judging; periods and as-of dates are compared by
        representatives.
        """
        pairs = [self.judge(distinct[0], m, tol) for m in distinct[1:2]]
        base_unit = distinct[0].located.claim.unit
        bounds: dict = {}  # see _extremes
        by_scope: dict = defaultdict(list)
        for m in distinct:
            years = self._years(m.located) if m.located.claim.scope else None
            by_scope[(m.counted_class, years)].append(m)
        keys = list(by_scope)
        definite = [k for k in keys if k[1] is not None]
        for k in keys[1:]:  # another counted thing: one representative pair each
            if k[0] != keys[0][0]:
                pairs.append(self.judge(by_scope[keys[0]][0], by_scope[k][0], tol))
        for cls in {k[0] for k in definite}:  # other periods: the most distant starts and ends
            mine = [k for k in definite if k[0] == cls]
            for pick in (lambda k: k[1][0], lambda k: k[1][1]):
                a, b = min(mine, key=pick), max(mine, key=pick)
                if a != b:
                    pairs.append(self.judge(by_scope[a][0], by_scope[b][0], tol))
        for cls in {k[0] for k in keys}:
            open_scope = by_scope.get((cls, None), [])
            mine = [k for k in definite if k[0] == cls]
            # periods a year apart are the same period (see scope_differs), and that is not transitive:
            # every pair of near periods is one set of mutually comparable claims
            groups = [(by_scope[a], by_scope[b] if b is not a else [], open_scope)
                      for i, a in enumerate(mine) for b in mine[i:] if _same_period(a[1], b[1])] or [(open_scope,)]
            for parts in groups:
                low, high = self._extremes_of_parts(parts, base_unit, tol, bounds)
                if low is not None and high is not None and low is not high:
                    pairs.append(self.judge(low, high, tol))
                if not tol.changes_over_time:
                    continue
                group = [m for part in parts for m in part]
                buckets: dict = defaultdict(list)
                for m in group:
                    buckets[self.as_of(m.located)].append(m)
                undated = buckets.pop(None, [])
                if undated:  # no as-of date: a disjoint partner of any date is a contradiction
                    low_u, high_u = self._extremes(undated, base_unit, tol, bounds)
                    for a, b in ((low_u, high), (low, high_u)):
                        if a is not None and b is not None and a is not b:
                            pairs.append(self.judge(a, b, tol))
                top = bottom = None  # extremes of everything stated earlier
                for date in sorted(buckets, key=lambda d: d or ""):
                    low, high = self._extremes(buckets[date], base_unit, tol, bounds)
                    if low is not None and high is not None and low is not high:
                        pairs.append(self.judge(low, high, tol))  # same as-of date: differ
                    for a, b in ((top, high), (bottom, low)):  # a later figure below (or above) all before it
                        if a is not None and b is not None:
                            pairs.append(self.judge(a, b, tol))
                    known = [m for m in (top, bottom, low, high) if m is not None]
                    top, bottom = self._extremes(known, base_unit, tol, bounds) if known else (None, None)
        first = distinct[0]
        for m in distinct[1:]:  # agree or rounded: the first claim that does not state the same thing
            p = self.judge(first, m, tol)
            if p.verdict != "agree":
                pairs.append(p)
                break
        return pairs

    def _extremes(self, group: Sequence[Member], unit: Optional[str], tol: Tolerance,
                  bounds: Optional[dict] = None) -> tuple[Optional[Member], Optional[Member]]:
        """The claim with the highest lower bound and the one with the lowest upper bound (in ``unit``).

        ``bounds`` memoises each member's bound keys (by ``id``) across calls with the same unit and
        tolerance, so a large group is converted once however many subsets are searched.
        """
        best_low = best_high = None
        low_key = high_key = None
        bounds = {} if bounds is None else bounds
        for m in group:
            if id(m) not in bounds:
                bounds[id(m)] = self._bound_keys(m, unit, tol)
            keys = bounds[id(m)]
            if keys is None:
                continue
            lk, hk = keys
            if low_key is None or lk > low_key:
                best_low, low_key = m, lk
            if high_key is None or hk < high_key:
                best_high, high_key = m, hk
        return best_low, best_high

    def _extremes_of_parts(self, parts: Sequence[Sequence[Member]], unit: Optional[str], tol: Tolerance,
                           bounds: dict) -> tuple[Optional[Member], Optional[Member]]:
        """``_extremes`` of the parts joined in order, each part's extremes found once (memoised in
        ``bounds`` by the part's ``id``; the parts must stay alive while ``bounds`` is in use)."""
        best_low = best_high = None
        low_key = high_key = None
        for part in parts:
            if not part:
                continue
            if ("part", id(part)) not in bounds:
                low, high = self._extremes(part, unit, tol, bounds)
                bounds["part", id(part)] = (low, high, bounds[id(low)][0] if low else None,
                                            bounds[id(high)][1] if high else None)
            low, high, lk, hk = bounds["part", id(part)]
            if low is not None and (low_key is None or lk > low_key):  # the earlier part wins a tie,
                best_low, low_key = low, lk  # as in one pass over the joined parts
            if high is not None and (high_key is None or hk < high_key):
                best_high, high_key = high, hk
        return best_low, best_high

    def _bound_keys(self, m: Member, unit: Optional[str], tol: Tolerance) -> Optional[tuple]:
        """(lower-bound key, upper-bound key) of a member's widened interval in ``unit``; None if incomparable."""
        try:
            _, iv, converted = self._convert(m.located.claim, unit)
        except _Incomparable:
            return None
        iv = _widened(iv, tol.absolute, tol.relative + (self.unit_tolerance if converted else 0.0))
        return ((float("-inf") if iv.low is None else iv.low, not iv.low_inclusive),
                (float("inf") if iv.high is None else iv.high, iv.high_inclusive))


class _Incomparable(Exception):
    pass


def _widened(iv: Interval, absolute: float, relative: float) -> Interval:
    magnitude = max(abs(iv.low or 0.0), abs(iv.high or 0.0))
    return iv.widened(absolute + relative * magnitude)


def _same_period(ya: tuple[float, float], yb: tuple[float, float]) -> bool:
    """Two (start, end) year spans name the same period when both ends are at most a year apart."""
    return not (abs(ya[0] - yb[0]) > 1 or abs(ya[1] - yb[1]) > 1)


def _span(years: tuple[float, float]) -> str:
    a, b = years
    fa = "…" if a == float("-inf") else f"{int(a)}"
    fb = "…" if b == float("inf") else f"{int(b)}"
    return f"{fa}–{fb}"


def show_claim(c: Claim) -> str:
    """A claim's normalised statement: "more than 140", "1,035 kilometer", "2013 (autumn)"."""
    if c.kind in ("date", "date_range"):
        return f"{c.date} ({c.season})" if c.season else str(c.date)
    unit = f" {c.unit}" if c.unit else ""
    if c.value is None:
        return f"{format_interval(c.interval)}{unit}"
    hedge = {"none": "", "more_than": "more than ", "at_least": "at least ", "plus": "", "nearly": "nearly ",
             "approx": "about ", "up_to": "up to ", "less_than": "less than "}.get(c.hedge, "")
    plus = "+" if c.hedge == "plus" else ""
    return f"{hedge}{format_number(c.value)}{plus}{unit}"


def _agree_reason(ca: Claim, cb: Claim, vb, converted: bool) -> str:
    if converted:
        return f"{show_claim(ca)} ≈ {show_claim(cb)} (= {format_number(round(vb, 1))} {ca.unit})"
    return f"{show_claim(ca)} = {show_claim(cb)}"


def _overlap_reason(ca: Claim, cb: Claim, va, vb, ia: Interval, ib: Interval) -> str:
    if ca.kind in ("date", "date_range"):
        return f"{show_claim(ca)} and {show_claim(cb)} overlap"
    if ca.hedge == "none" and va is not None and ib.contains(va):
        return f"{format_number(va)} ∈ {format_interval(ib)}"
    if cb.hedge == "none" and vb is not None and ia.contains(vb):
        return f"{format_number(vb)} ∈ {format_interval(ia)}"
    return f"{format_interval(ia)} ∩ {format_interval(ib)} ≠ ∅"


def worst(verdicts: Sequence[str]) -> str:
    """The worst of several verdicts."""
    return max(verdicts, key=lambda v: RANK[v]) if verdicts else "agree"
