"""Unit names and symbols after a figure, as pint's registry knows them.

The hand list in ``rules/vocab/units.yaml`` covers the common units of
prose; everything else pint defines (eV, W, Hz, sievert, knot, ...) is read
through one lookup table built from pint's registry once per Vocabulary
(pint parsing is slow, so it never runs per token).  Unit expressions such
as ``W/min``, ``s-1``, ``km^2`` or ``kg·m/s²`` are split into factors, each
looked up in the table.  The table is saved in the user cache folder
(``~/.cache/factcheck``, by pint version), so only the first run ever
imports pint for it.  English words that are unit symbols too ("in",
"at", "a", "bar", single letters) count as units only in context: after a
larger unit ("5 ft 11 in"), or before punctuation, the end of the text, or
a word from the vocabulary's ``context_units.followed_by`` list.
"""
from __future__ import annotations

import importlib.metadata
import json
import os
from pathlib import Path
from typing import Optional

import regex

_SUPERSCRIPTS = {"²": 2, "³": 3, "⁻¹": -1, "⁻²": -2, "⁻³": -3}
FACTOR = r"[A-Za-zµμΩ°Å][A-Za-zµμΩ]{0,24}(?:\^?[-]?[1-4](?!\d)|²|³|⁻[¹²³])?"
EXPRESSION = regex.compile(rf"(?:\s?|-)({FACTOR}(?:[/·*]{FACTOR})*)(?![\w%])")
_SPLIT_FACTOR = regex.compile(r"([/·*]?)([A-Za-zµμΩ°Å]+)(.*)")
_FACTORS = regex.compile(rf"[/·*]?{FACTOR}")
_CONTEXT_AFTER = regex.compile(r"\s*(?:$|[.,;:!?)\]]|([a-z]+))")
_EXCLUDED = ("constant", "speed_of_light", "elementary_charge", "pi", "zeta", "planck", "avogadro",
             "electron_mass", "proton_mass", "neutron_mass", "permittivity", "permeability", "impedance",
             "fine_structure", "rydberg", "bohr", "hartree", "faraday", "gravity", "atomic_mass", "molar",
             "wien", "stefan", "boltzmann", "conductance_quantum", "magnetic_flux_quantum", "josephson",
             "von_klitzing", "first_radiation", "second_radiation", "classical_electron", "thomson", "percent",
             "permille", "ppm", "count", "number", "pixel", "css_pixel", "counts_per_second", "barn")
_JOINERS = frozenset(("and", "or", "to", "from"))
"""Words after a unit that is also an English word which show a unit only after a short symbol ("5 ft and 11 in");
after a long word they join phrases ("above one quarter and below a half")."""
_TIME = "[time]"
_MAX_CACHED = 50_000
_SHORT_PREFIXES = frozenset("kMGmµμnc")
"""Prefixes that prose writes on one-letter symbols (km, MW, GB, ms, µs, ns, cm); not p/a/T/P/h ("2 pm", "3 am")."""
_INFORMATION = ("bit", "byte")  # dimensionless to pint, but a quantity in prose


def _exponent(power: str) -> int:
    """The exponent written after a unit word: "", "^2", "2", "-1", "²", "⁻¹"."""
    if not power:
        return 1
    if power in _SUPERSCRIPTS:
        return _SUPERSCRIPTS[power]
    return int(power.lstrip("^"))


def _excluded(name: str) -> bool:
    """Whether a pint name is a constant or a ratio prose never writes as a unit, matched word by word of the
    name ("pi" and "planck_constant" are out; "pint", "pica" and "pixel" stay)."""
    padded = f"_{name}_"
    return any(f"_{x}_" in padded for x in _EXCLUDED)


def _build_table() -> dict:
    """Unit symbols, names and dimensions, and SI prefixes, read from pint's registry (slow: seconds)."""
    import pint

    ureg = pint.UnitRegistry()  # (never from pint's own cache: a registry loaded from it lacks the prefixed units
    # that parsing the definitions creates, "decimeter" among them, so the table would depend on the cache's state)
    symbols: dict[str, str] = {}  # case-sensitive symbol -> unit name
    names: dict[str, str] = {}  # lower-case name or alias -> unit name
    dimension: dict[str, str] = {}
    for key, d in ureg._units.items():
        name = d.name
        if _excluded(name) or name in dimension and key != name:
            continue
        try:
            dimension[name] = str(ureg.get_dimensionality(name))
        except Exception:  # a definition pint itself cannot resolve
            continue
        if dimension[name] == "dimensionless" and name not in _INFORMATION:
            continue
        if d.symbol:
            symbols.setdefault(d.symbol, name)
        if name == "liter":
            symbols.setdefault("L", name)  # (pint's alias, the symbol most texts write: "mmol/L", "mg/dL")
        for alias in (name, *d.aliases):
            if alias and alias.isidentifier():
                names.setdefault(alias.lower().replace("_", " "), name)
                names.setdefault(alias.lower(), name)
    prefixes = {p.symbol: p.name for p in ureg._prefixes.values()
                if p.name and p.symbol and p.symbol not in ("mc", "mu", "u")}
    return {"symbols": symbols, "names": names, "dimension": dimension, "prefixes": prefixes}


_TABLE_FORMAT = 6
_TABLES: dict[str, dict] = {}
"""Per-process cache of the registry table, by pint version (building it imports pint: seconds)."""


def _cache_path() -> Path:
    """Where the registry table of the installed pint version is saved."""
    try:
        version = importlib.metadata.version("pint")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    return folder / f"pint-units-{version}-{_TABLE_FORMAT}.json"


def registry_table() -> dict:
    """The registry table, from this process's cache, the user cache folder, or pint itself (then saved)."""
    try:
        version = importlib.metadata.version("pint")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    if version in _TABLES:
        return _TABLES[version]
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    path = folder / f"pint-units-{version}-{_TABLE_FORMAT}.json"
    table = None
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        table = _build_table()
        try:  # written whole or not at all; a read-only home only costs the next run the build again
            folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(table), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass
    _TABLES[version] = table
    return table


class PintUnits:
    """Lookup of unit words written after a figure, from pint's registry (read on first use)."""

    def __init__(self, prefixable: list[str], guarded: list[str], followed_by: list[str]):
        self.prefixable_symbols = tuple(prefixable)
        self.guarded = frozenset(w.lower() for w in guarded)
        self.followed_by = frozenset(w.lower() for w in followed_by)
        self._cache: dict[str, Optional[tuple[str, str]]] = {}  # unit word -> (name, dimensionality)
        self._expressions: dict[str, Optional[tuple[str, str, str]]] = {}  # text after a figure -> reading
        self._loaded = False

    def preload(self) -> None:
        """Read the table now when it is saved already (cheap); building it from pint waits for first use."""
        if not self._loaded and _cache_path().exists():
            self._load()

    def _load(self) -> None:
        """Read the registry table and derive the prefixable units (once)."""
        table = registry_table()
        self.symbols, self.names, self.dimension = table["symbols"], table["names"], table["dimension"]
        self.prefix_symbols = table["prefixes"]
        self.prefix_names = {name: name for name in self.prefix_symbols.values()}
        self._longest_prefixes_first = sorted(self.prefix_names, key=len, reverse=True)
        self.prefixable = {s: self.symbols[s] for s in self.prefixable_symbols if s in self.symbols}
        targets = set(self.prefixable.values())
        self.prefixable_names = {alias: target for alias, target in self.names.items() if target in targets}
        self._loaded = True

    def base(self, word: str) -> Optional[tuple[str, str]]:
        """(pint unit name, dimensionality) of one unit word without exponent, cached."""
        if not self._loaded:
            self._load()
        if word in self._cache:
            return self._cache[word]
        if len(self._cache) > _MAX_CACHED:
            self._cache.clear()
        found = self._find(word)
        self._cache[word] = (found, self.dimension.get(found) or self._prefixed_dimension(found)) if found else None
        return self._cache[word]

    def dimension_of(self, name: str) -> str:
        """pint's dimensionality of a unit name, prefixed or not ("" when unknown)."""
        if not self._loaded:
            self._load()
        return self.dimension.get(name) or self._prefixed_dimension(name)

    def _prefixed_dimension(self, name: str) -> str:
        for p in self._longest_prefixes_first:  # (sorted once, at load)
            if name.startswith(p) and name[len(p):] in self.dimension:
                return self.dimension[name[len(p):]]
        return ""

    def _find(self, word: str) -> Optional[str]:
        word = word.replace("μ", "µ")  # (the Greek letter mu, typed for the micro sign: "120 μg")
        if word in self.symbols:
            return self.symbols[word]
        for p, pname in self.prefix_symbols.items():
            if word.startswith(p) and word[len(p):] in self.prefixable:
                if len(word) == 2 and p not in _SHORT_PREFIXES and word != "dL":
                    return None  # "Ts", "as", "hm": no one writes these; "2 pm" is a time of day ("mg/dL" is read)
                return pname + self.prefixable[word[len(p):]]
        if len(word) < 3 or not word.islower():  # names are written in lower case: "3 Pascals" is no pressure
            return None
        lower = word.lower().replace("gramme", "gram")  # (the British "kilogramme", "microgrammes")
        sibilant = lower.endswith("es") and lower[:-2].endswith(("s", "x", "z", "ch", "sh"))  # "inches", never "degrees"
        for form in (lower, lower[:-1] if lower.endswith("s") else None, lower[:-2] if sibilant else None):
            if not form:
                continue
            if form in self.names:
                return self.names[form]
            for pname in self.prefix_names:
                if form.startswith(pname) and form[len(pname):] in self.prefixable_names:
                    return pname + self.prefixable_names[form[len(pname):]]
        return None

    def at(self, norm: str, e: int, after_unit: bool = False) -> Optional[tuple[str, str, int]]:
        """(pint unit expression, kind, length) of a unit written at offset ``e``, or None."""
        m = EXPRESSION.match(norm, e)
        if not m:
            return None
        expression = m.group(1)
        if expression not in self._expressions:
            if len(self._expressions) > _MAX_CACHED:  # bounded: a corpus of odd words cannot grow it forever
                self._expressions.clear()
            self._expressions[expression] = self._read(expression)
        read = self._expressions[expression]
        if read is None:
            return None
        unit, kind, guarded_word = read
        short = len(guarded_word) <= 3 and not (len(guarded_word) == 1 and guarded_word.isupper())
        if guarded_word and not after_unit and not self._in_context(norm, m.end(), short):
            return None
        return unit, kind, m.end() - e

    def _read(self, expression: str) -> Optional[tuple[str, str, str]]:
        """(pint unit expression, kind, the word if it is a guarded English word) of a unit expression."""
        factors = []
        for f in _FACTORS.findall(expression):
            op, word, power = _SPLIT_FACTOR.match(f).groups()
            found = self.base(word)
            if not found:
                return None
            exp = _exponent(power)
            factors.append((found[0], found[1], -exp if op == "/" else exp, word))
        single = len(factors) == 1 and factors[0][2] == 1
        guarded = factors[0][3] if single and self.guarded_word(factors[0][3]) else ""
        num = [f"{n} ** {x}" if x != 1 else n for n, _, x, _ in factors if x > 0]
        den = [f"{n} ** {-x}" if x != -1 else n for n, _, x, _ in factors if x < 0]
        unit = " * ".join(num) or "1"
        if den:
            unit += " / " + (den[0] if len(den) == 1 else "(" + " * ".join(den) + ")")
        kind = "duration" if single and factors[0][1] == _TIME else "measure"
        return unit, kind, guarded

    def guarded_word(self, word: str) -> bool:
        """A unit word that is an English word too (or a lower-case single letter): "in", "bars", "t", "cup"."""
        lower = word.lower()
        return (lower in self.guarded or (len(lower) > 3 and lower.endswith("s") and lower[:-1] in self.guarded)
                or (len(word) == 1 and word.islower()))

    def _in_context(self, norm: str, end: int, symbol: bool) -> bool:
        """Whether a guarded unit word ending at ``end`` stands where only a unit can: before a word of
        ``followed_by`` (after a long word, never one that joins phrases: "one quarter and below"), or (a short
        symbol: "9 in.", "100 s."; never one capital letter: "section 3 F.") before punctuation or the end of the
        text."""
        m = _CONTEXT_AFTER.match(norm, end)
        return bool(m) and ((m.group(1) in self.followed_by and (symbol or m.group(1) not in _JOINERS))
                            if m.group(1) else symbol)
