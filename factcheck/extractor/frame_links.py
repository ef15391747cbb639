"""What a claim's frame takes from the claims beside it, once every claim of a text has its own frame: a
previous value's measure from its pair, a conversion's whole frame from the figure it restates, a left-out
noun from the figure before, and no event for a date that dates another figure."""
from __future__ import annotations

from dataclasses import replace

import regex

_RESTATED = regex.compile(r"\s*(?:(?:[a-z]+\s*)?(?:(?:at|in|on|above|below)\s+(?:[a-z]+\s+){0,2}[a-z]+\s*)?"
                          r"(?:\(|\[|,\s*or|;\s*or)|/|or)\s*")
"""What stands between a figure and the same figure in another unit ("240 m (787 ft)", "240 m long, or 787 ft",
"220 feet at high tide, or around 76 metres")."""
_OF_BEFORE = regex.compile(r"(?i)\bof\s+$")
_YEAR_OF_NOUN = regex.compile(
    r"[ \t]+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|it|they|he|she|we|i|you|and|or|to)\b)[a-z]")
"""A year written before a noun ("during the 2023 season"): it dates the noun, no event of the clause."""
_NO_FIGURE = ("date", "date_range", "identifier", "ordinal")
_SCALE_WORD = regex.compile(r"(?i)\d\s+(thousand|million|billion|trillion|crore|lakh)\b")
_RESTATED_HEDGED = regex.compile(r"(?:\s+of(?:\s+[a-z]+){1,3}|\s+(?:long|wide|tall|high|deep|thick|across))?\s*[,;]\s*")
"""... and a hedged figure after a comma ("21.5 kilograms of rock and soil, close to 57 pounds", "71 cm wide,
about 28 inches")."""


def borrow_measures(claims: list, norm: str, level_verbs: frozenset = frozenset(),
                    tally_verbs: frozenset = frozenset()) -> list:
    """Claims whose frame names no measure take the measure of the figure they are paired with in their
    clause: "from 51 to 193 states" -- 51 is a previous number of states.  A figure restated in another unit
    ("240 metres long, or about 690 feet", "175 mph (280 km/h)") has the frame of the figure it restates.
    A year that is another figure's time ("17 climbers died during the 2023 season"), a year or month a flow in its
    clause is counted over ("9 million people visited the Louvre in 2023", "recorded 120 murders in May": the verb
    one of ``tally_verbs``), and a date in the clause of
    a running total of its measure or of its verb of a level (``level_verbs``: "the death toll rose to 1,136 on
    Tuesday", "stood at 1,136 on 30 August"), date no event of their own."""
    out = list(claims)
    period_verbs = level_verbs | tally_verbs
    for i, c in enumerate(out):
        p = out[i - 1] if i else None
        if p is not None and c.kind == p.kind and c.kind in ("measure", "money") and c.unit != p.unit \
                and c.sentence == p.sentence and (_RESTATED.fullmatch(norm, p.end, c.start) or (
                    c.hedge != "none" and c.frame.measure in ("", "weight", "temperature")
                    and _RESTATED_HEDGED.fullmatch(norm, p.end, c.start))):
            out[i] = c = replace(c, frame=replace(p.frame, restates=True))
            continue
        if c.kind == "date" and c.frame.measure and (_YEAR_OF_NOUN.match(norm, c.end) or _a_period(c.date)) and any(
                d.clause == c.clause and d.kind != "date" and c.text in d.frame.time and (
                    _YEAR_OF_NOUN.match(norm, c.end) or _counted_over(c.frame, d.frame, period_verbs))
                for d in out[max(0, i - 3):i + 4]):  # ("9 million people visited the Louvre in 2023": no event)
            out[i] = c = replace(c, frame=replace(c.frame, measure=""))
        if c.kind == "date" and c.frame.measure and any(
                d.clause == c.clause and d.kind not in _NO_FIGURE and (
                    d.frame.measure == c.frame.measure and d.frame.aggregation == "cumulative"
                    or d.frame.predicate == c.frame.predicate and c.frame.predicate in level_verbs)
                for d in out[max(0, i - 3):i + 4]):
            # ("the toll rose to 1,136 on Tuesday", "stood at 1,136 on 30 August": when a level stood so)
            out[i] = c = replace(c, frame=replace(c.frame, measure=""))
        if c.kind == "count" and not (c.counted or c.frame.measure) and (scale := _scale_word(c.text)) and not (
                _OF_BEFORE.search(norm, max(0, c.start - 6), c.start)):
            elided = next((d for d in reversed(out[max(0, i - 3):i]) if d.sentence == c.sentence and d.kind == "count"
                           and d.counted and d.frame.measure and _scale_word(d.text) == scale), None)
            if elided is not None:  # "7.8 million visitors in 2022, and in 2019 it had 9.8 million": visitors too
                out[i] = c = replace(c, frame=replace(c.frame, measure=elided.frame.measure), counted=elided.counted)
                continue
        if (c.frame.measure and c.counted) or c.frame.role not in ("previous", "change") or c.kind in ("date", "date_range"):
            continue
        partner = next((d for d in out[i + 1:i + 3] if d.clause == c.clause and d.frame.measure
                        and d.kind not in ("date", "date_range")), None)  # (never a date's event: "from 51 in 1945")
        if partner is not None and c.frame.measure in ("", partner.frame.measure):  # ("from 12 to 9 million people":
            # the 12 counts people too)
            out[i] = replace(c, frame=replace(c.frame, measure=partner.frame.measure), counted=c.counted or partner.counted)
    return out


def _counted_over(date, flow, verbs: frozenset) -> bool:
    """Whether a flow is counted over a date's period, which then dates no event: the date's measure is the
    flow's ("visited the Louvre in 2023": visitors) or only the verb they share, one of ``verbs`` (of a level or a
    tally: "had revenue of $31.6 billion in 2023", "recorded 120 murders in May"), never an event of its own
    ("opened in 2019 with 500 workers": the opening; "pleaded guilty in 2020 to 84 counts": the plea)."""
    return flow.aggregation == "flow" and (date.measure == flow.measure or (
        date.measure == date.predicate == flow.predicate and date.predicate in verbs))


def _a_period(iso: str) -> bool:
    """Whether a date names a year or a month (a period a flow is counted over), not a day: "2023", "2023-05",
    and before placing "last year" (``--rel:Y-1``), "last month", "in March", 去年3月."""
    if not iso:
        return False
    if iso.startswith(("--rel:Y", "--rel:M", "--mon:")):
        return "," not in iso
    if iso.startswith("--yr:"):
        return iso.count(":") == 2
    return iso[:1].isdigit() and len(iso) <= 7


def _scale_word(quote: str) -> str:
    """The scale word a figure is written with ("7.8 million visitors": million), "" for none."""
    m = _SCALE_WORD.search(quote)
    return m.group(1).lower() if m else ""
