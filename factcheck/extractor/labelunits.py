"""The unit a fact-sheet label gives a bare figure after it: "Length (km): 57", "Cost (US$ million): 350",
"Height in metres: 828", "Days canal blocked: 6".  A figure that writes no unit of its own takes the one its
label names; the quote stays the figure as written."""
from __future__ import annotations

from typing import NamedTuple, Optional

import regex

from ..vocab import Vocabulary
from .frame_labels import LABEL
from .measures import unit_at

_BRACKET = regex.compile(r"\((?P<unit>[^()]{1,24})\)\s*$")
_IN_UNIT = regex.compile(r"(?i)\b(?:in|\(in)\s+(?P<unit>[^\s()][^()]{0,20}?)\)?\s*$")
_MONEY = regex.compile(r"(?P<currency>[^\s\d]{1,4}(?:\s?\$)?)\s*(?P<scale>[a-z]+)?")
_TIME_UNITS = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
               "months": "month", "years": "year"}
"""A label opening with a span of time counts that span ("Days canal blocked: 6": six days)."""
_AFTER_FIGURE = regex.compile(r"[ \t]*(?:[.;,]|\(|$)", regex.M)
"""What may follow a labelled figure on its line: nothing, a full stop or a bracket ("57 (35 miles)")."""


class LabelUnit(NamedTuple):
    """The unit a label names: (unit, kind, scale) -- a currency's code with kind "money" and its scale
    ("US$ million": USD, money, 1e6), a unit of measure or time, or a scale alone ("(millions)": "", count,
    1e6)."""

    unit: str
    kind: str
    scale: float = 1.0


def label_unit(norm: str, start: int, end: int, vocab: Vocabulary) -> Optional[LabelUnit]:
    """The unit the label right before a bare figure at ``start:end`` names, when the figure ends its line's
    value; None when there is no label or it names no unit."""
    if ":" not in norm[max(0, start - 3):start]:
        return None  # (most figures follow no label: one look before the scan)
    line_start = norm.rfind("\n", max(0, start - 80), start) + 1
    if line_start == 0 and start > 80:
        return None  # (the line opened too far back for a label: never a scan back over a long line)
    found = LABEL.match(norm, line_start, start)
    if found is None or not _AFTER_FIGURE.match(norm, end):
        return None
    label = found.group("label")
    bracket = _BRACKET.search(label)
    written = bracket.group("unit").strip().removeprefix("in ") if bracket else ""
    if not written and (tail := _IN_UNIT.search(label)):
        written = tail.group("unit").strip()
    if written:
        scale = vocab.scales.get(written.lower()) or vocab.scales.get(written.lower().removesuffix("s"))
        return LabelUnit("", "count", scale) if scale else _money(written, vocab) or _measure(written, vocab)
    first = label.split()[0].lower()
    if first in _TIME_UNITS and len(label.split()) > 1:
        return LabelUnit(_TIME_UNITS[first], "duration")
    return None


def _money(written: str, vocab: Vocabulary) -> Optional[LabelUnit]:
    """A currency and an optional scale written as a label's unit ("US$ million", "€ bn", "GBP")."""
    m = _MONEY.fullmatch(written)
    if m is None:
        return None
    code = vocab.currency_before.get(m.group("currency"))
    scale = m.group("scale")
    multiplier = 1.0 if scale is None else (vocab.scales.get(scale) or vocab.scales.get(scale.removesuffix("s"))
                                            or vocab.scale_abbreviations.get(scale))
    return LabelUnit(code, "money", multiplier) if code and multiplier else None


def _measure(written: str, vocab: Vocabulary) -> Optional[LabelUnit]:
    """A unit of measure written as a label's unit, all of it ("km", "metres", "%", "km/h")."""
    found = unit_at(written, 0, vocab)
    if found is None or found[2] != len(written):
        return None
    unit, kind, _ = found
    return LabelUnit(unit, kind)
