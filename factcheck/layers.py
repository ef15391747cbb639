"""Which rule folders a run loads, in which order: the layers of a rule set.

1. the general vocabulary shipped with factcheck (``vocab/`` and ``settings.yaml``);
2. the shipped general facts (``facts/``);
3. packs, by name (``packs/NAME/`` of the shipped rules or of a rules folder) or path,
   each preceded by the packs its ``pack.yaml`` ``extends``;
4. rules folders from the config (``rules:``), then ``--rules`` folders.

``default_rules: false`` (``--no-default-rules``) leaves out every fact rule that ships with
factcheck -- layer 2 and the shipped packs, even when the config enables them -- and
``default_vocab: false`` (``--no-default-vocab``) layer 1.

Later layers override earlier ones (see ``vocab._merge`` and ``rules.build_ruleset``).
A rules folder's own ``packs/`` sub-folder is a library: its packs load only when enabled.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .rulefiles import PACK_MANIFEST, default_rules_dir, display_path, rule_files
from .yamlsafe import load_marked

PACKS_FOLDER = "packs"


class LayerError(Exception):
    """A rule set that cannot be assembled (unknown pack, circular extends, a folder twice); one line."""


@dataclass(frozen=True)
class Layer:
    """One layer of a rule set: a name for messages and its YAML files, in load order."""

    name: str
    files: tuple[Path, ...]


@dataclass(frozen=True)
class LayerSpec:
    """What to load: packs, rules folders and whether the shipped parts are included."""

    packs: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    default_rules: bool = True
    default_vocab: bool = True
    origin: str = "command line"


def available_packs(rule_dirs: Iterable[Path | str] = ()) -> dict[str, Path]:
    """Pack name -> folder: the shipped packs, then those under each rules folder's ``packs/`` (later wins)."""
    found: dict[str, Path] = {}
    for base in [default_rules_dir(), *map(Path, rule_dirs)]:
        folder = Path(base) / PACKS_FOLDER
        if folder.is_dir():
            for p in sorted(folder.iterdir()):
                if p.is_dir():
                    found[p.name] = p
    return found


def own_files(folder: Path) -> tuple[Path, ...]:
    """The rule files of a folder, without its ``packs/`` library."""
    if folder.is_file():
        return tuple(rule_files([folder]))
    packs = (folder / PACKS_FOLDER).resolve()
    return tuple(f for f in rule_files([folder]) if packs not in Path(f).resolve().parents)


def _extends(folder: Path) -> tuple[str, ...]:
    """The packs a pack's ``pack.yaml`` says it extends."""
    manifest = folder / PACK_MANIFEST
    if not manifest.is_file():
        return ()
    doc = load_marked(manifest)
    data = doc.data or {}
    if not isinstance(data, dict) or set(data) - {"extends", "description"}:
        raise LayerError(str(doc.error((), "a pack.yaml holds only 'description' and 'extends'")))
    value = data.get("extends") or []
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LayerError(str(doc.error(("extends",), "expected a pack name or a list of them")))
    return tuple(value)


def _pack_folder(ref: str, packs: dict[str, Path], origin: str) -> Path:
    """The folder of a pack given by name or path."""
    if ref in packs:
        return packs[ref]
    if "/" in ref or ref.startswith(".") or Path(ref).is_dir():
        if Path(ref).is_dir():
            return Path(ref)
        raise LayerError(f"{origin}: packs: no such pack folder {ref!r}")
    from .rules import did_you_mean

    known = ", ".join(sorted(packs)) or "none"
    raise LayerError(f"{origin}: packs: unknown pack {ref!r}{did_you_mean(ref, packs)}; available: {known}")


def resolve_layers(spec: LayerSpec) -> list[Layer]:
    """The layers ``spec`` asks for, in load order (LayerError when it cannot be assembled)."""
    shipped = default_rules_dir()
    layers: list[Layer] = []
    if spec.default_vocab:
        vocab = [p for p in (shipped / "vocab", shipped / "settings.yaml") if p.exists()]
        layers.append(Layer("the shipped vocabulary", tuple(rule_files(vocab))))
    if spec.default_rules and (shipped / "facts").is_dir():
        layers.append(Layer("the shipped facts", tuple(rule_files([shipped / "facts"]))))
    _check_unique(spec.rules, "rules", spec.origin)
    _check_unique(spec.packs, "packs", spec.origin)
    packs = available_packs(spec.rules)
    done: set[Path] = set()

    def add_pack(ref: str, chain: tuple[str, ...]) -> None:
        folder = _pack_folder(ref, packs, spec.origin)
        key = folder.resolve()
        if ref in chain or key in {_pack_folder(c, packs, spec.origin).resolve() for c in chain}:
            raise LayerError(f"{display_path(folder / PACK_MANIFEST)}: extends: circular extends: "
                             + " -> ".join(chain + (ref,)))
        if key in done or (not spec.default_rules and shipped.resolve() in key.parents):
            return  # loaded already, or a shipped pack while the shipped fact rules are off
        for parent in _extends(folder):
            add_pack(_beside(folder, parent), chain + (ref,))
        done.add(key)
        layers.append(Layer(f"pack {ref}", own_files(folder)))

    for ref in spec.packs:
        add_pack(ref, ())
    for folder in spec.rules:
        path = Path(folder)
        if not path.exists():
            raise LayerError(f"{spec.origin}: rules: no such rules file or folder {folder!r}")
        if path.is_dir():
            for parent in _extends(path):
                add_pack(_beside(path, parent), (folder,))
        layers.append(Layer(f"rules {folder}", own_files(path)))
    return layers


def _beside(folder: Path, ref: str) -> str:
    """A pack reference from a ``pack.yaml``: a path is relative to the pack's folder, a name stays a name."""
    if "/" in ref or ref.startswith("."):
        return str(display_path(Path(os.path.normpath(folder / ref))))
    return ref


def _check_unique(values: Sequence[str], key: str, origin: str) -> None:
    seen: dict[Path, str] = {}
    for v in values:
        k = Path(v).resolve() if key == "rules" else v
        if k in seen:
            same = "" if seen[k] == v else f" (as {seen[k]!r})"
            raise LayerError(f"{origin}: {key}: {v!r} is listed twice{same}; list each once")
        seen[k] = v


def layer_spec(config, cli_rules: Optional[Sequence[str]] = None, no_default_rules: bool = False,
               no_default_vocab: bool = False) -> LayerSpec:
    """The layers of a run: the config's packs and rules, then the command line's ``--rules``."""
    return LayerSpec(packs=tuple(config.packs), rules=tuple(config.rules) + tuple(cli_rules or ()),
                     default_rules=config.default_rules and not no_default_rules,
                     default_vocab=config.default_vocab and not no_default_vocab, origin=config.origin)


def read_layers(layers: Sequence[Layer]) -> list:
    """Load every file of every layer, each document tagged with its layer number (RuleError on a broken file)."""
    from dataclasses import replace

    from .rulefiles import read_files

    docs = []
    for i, layer in enumerate(layers):
        docs += [replace(d, layer=i) for d in read_files(layer.files)]
    return docs

