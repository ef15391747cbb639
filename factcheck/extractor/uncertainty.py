"""A figure with its uncertainty ("5.2 ± 0.3 kg", "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2"): one range
[value - uncertainty, value + uncertainty] in the unit written after the uncertainty."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from ..intervals import figure_precision
from .measures import MAX_EXPONENT, unit_at

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,12})?(?:[eE][-+]?\d{1,4})?"
PLUS_MINUS = regex.compile(
    rf"(?<![\w.,-])(?:(?<=^|[\s(\[=:~])-)?(?P<v>{_NUMBER})[ \t]*(?:±|\+/-|\+-)[ \t]*(?P<u>{_NUMBER})(?![\d.,]\d)")
_SIGNS = ("±", "+/-", "+-")


def _decimal(raw: str) -> Optional[Decimal]:
    """The written number as a Decimal; None when its exponent is absurd ("1e999")."""
    mantissa, _, exponent = raw.replace(",", "").lower().partition("e")
    if exponent and abs(int(exponent)) > MAX_EXPONENT:
        return None
    return Decimal(mantissa) * (Decimal(10) ** int(exponent or 0))


def plus_minus(run) -> None:
    """Record every figure-with-uncertainty of an extraction run (``run``: the core's _Extraction)."""
    norm = run.norm
    if not any(sign in norm for sign in _SIGNS):
        return
    for m in PLUS_MINUS.finditer(norm):
        value, spread = _decimal(m.group("v")), _decimal(m.group("u"))
        if value is None or spread is None or not spread or not run.taken.free(m.start(), m.end()):
            continue
        if norm[m.start()] == "-":
            value = -value
        found = unit_at(norm, m.end(), run.vocab)
        unit, end = (found[0], m.end() + found[2]) if found else (None, m.end())
        mantissa, _, exponent = m.group("v").replace(",", "").lower().partition("e")
        precision, step = figure_precision(mantissa, 10.0 ** int(exponent or 0))
        run.add(m.start(), end, "number_range", value=None, low=float(value - spread), high=float(value + spread),
                hedge="range", unit=unit, counted=None, precision=precision, step=step)
