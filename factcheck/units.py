"""Unit dimensions and conversions through pint.

pint's registry takes most of a second to build, so a ``UnitConverter`` builds
it only when a measure first needs converting; runs that meet only counts
and dates never pay for it.
"""
from __future__ import annotations

from typing import Optional

from .intervals import comparison_interval
from .model import Claim, Interval

_NAMED_DIMENSIONS = {
    "[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "mass",
    "[length] / [time]": "speed", "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power", "[temperature]": "temperature", "[time]": "duration",
    "1 / [time]": "frequency",
}
PERCENTAGE_POINT = "percentage_point"
"""A change of a percentage: its own dimension, never compared with a level in percent."""
_KIND_DIMENSIONS = {"count": "count", "number_range": "count", "money": "money", "percent": "percent",
                    "duration": "duration", "date": "date", "date_range": "date", "ordinal": "ordinal"}


def define_percentage_point(ureg) -> None:
    """Teach a pint registry the percentage point, a dimension of its own (pint itself refuses to convert it
    to percent), and the basis point, a hundredth of one."""
    if PERCENTAGE_POINT not in ureg:
        ureg.define(f"{PERCENTAGE_POINT} = [{PERCENTAGE_POINT}]")
        ureg.define(f"basis_point = 0.01 * {PERCENTAGE_POINT}")


class UnitConverter:
    """Converts quantities between units and names their dimensions, with a lazily built pint registry."""

    def __init__(self):
        self._ureg = None
        self._dims: dict[str, Optional[str]] = {}
        self._factors: dict[tuple[str, str], Optional[float]] = {}  # memo: pint conversions are slow

    @property
    def ureg(self):
        """The pint UnitRegistry (built on first use)."""
        if self._ureg is None:
            import pint

            try:  # pint keeps its parsed definitions in the user cache folder: faster on later runs
                self._ureg = pint.UnitRegistry(cache_folder=":auto:")
            except Exception:  # an unwritable cache folder must not stop a run
                self._ureg = pint.UnitRegistry()
            define_percentage_point(self._ureg)
        return self._ureg

    def dimension_of_unit(self, unit: str) -> Optional[str]:
        """``length``, ``mass``, ... for a pint unit name, or None when pint does not know it."""
        if unit not in self._dims:
            try:
                dim = str(self.ureg.get_dimensionality(unit))
                self._dims[unit] = _NAMED_DIMENSIONS.get(dim, dim)
            except Exception:  # pint raises several error types for unknown or malformed names
                self._dims[unit] = None
        return self._dims[unit]

    def dimension(self, claim: Claim) -> Optional[str]:
        """The dimension a claim measures: count, money, length, date, ..."""
        if claim.unit == PERCENTAGE_POINT:
            return PERCENTAGE_POINT
        if claim.kind == "measure" and claim.unit:
            return self.dimension_of_unit(claim.unit)
        if claim.kind == "number_range" and claim.unit:
            return "percent" if claim.unit == "percent" else self.dimension_of_unit(claim.unit)
        return _KIND_DIMENSIONS.get(claim.kind)

    def affine(self, source: str, target: str) -> Optional[tuple[float, float]]:
        """(factor, offset) taking a value in ``source`` units to ``target`` units (``v * factor + offset``: the
        offset is 0 but between temperature scales, 29 °C = 84.2 °F); None if not convertible."""
        if source == target:
            return 1.0, 0.0
        if (source, target) not in self._factors:
            try:
                zero = float(self.ureg.Quantity(0.0, source).to(target).magnitude)
                one = float(self.ureg.Quantity(1.0, source).to(target).magnitude)
                self._factors[source, target] = (one - zero, zero) if one > zero else None
            except Exception:  # incompatible or unknown units
                self._factors[source, target] = None
        return self._factors[source, target]

    def base(self, unit: str) -> Optional[tuple[str, float]]:
        """The base unit of ``unit``'s dimension and the factor into it ("km" -> ("meter", 1000.0)); None when
        pint does not know the unit, or a multiplier cannot convert it (°C, °F)."""
        if ("base", unit) not in self._factors:
            try:
                q = self.ureg.Quantity(1.0, unit).to_base_units()
                zero = float(self.ureg.Quantity(0.0, unit).to_base_units().magnitude)
                self._factors["base", unit] = (str(q.units), float(q.magnitude)) if abs(zero) < 1e-12 else None
            except Exception:  # unknown or malformed units
                self._factors["base", unit] = None
        return self._factors["base", unit]

    def base_value(self, claim: Claim) -> Optional[float]:
        """A claim's value in its dimension's base unit (as written for counts, money and percentages); None
        when it has no value or its unit does not convert by a factor."""
        if claim.value is None or not (claim.kind in ("measure", "duration") and claim.unit):
            return claim.value
        base = self.base(claim.unit)
        return None if base is None else claim.value * base[1]

    def base_interval(self, claim: Claim) -> Optional[Interval]:
        """The interval a claim is compared on, in its dimension's base unit (None when its unit does not
        convert by a factor)."""
        interval = comparison_interval(claim)
        if not (claim.kind in ("measure", "duration") and claim.unit):
            return interval
        base = self.base(claim.unit)
        return None if base is None else interval.scaled(base[1])

    def suggest(self, unit: str) -> Optional[str]:
        """A known pint unit close to a misspelt name, for error messages."""
        from rapidfuzz import process

        names = [n for n in dir(self.ureg) if n.isidentifier() and not n.startswith("_")]
        best = process.extractOne(unit, names, score_cutoff=75)
        return best[0] if best else None
