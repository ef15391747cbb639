"""Merging the vocabulary sections of rule files, layer over layer.

Within one layer (one folder) the files add up as they always did: lists
under the same key concatenate.  A key a later layer defines again replaces
the earlier definition (with a note naming both places) unless its value is
``{extend: [...]}``, which appends.
"""
from __future__ import annotations

from typing import Any

from .yamlsafe import Marked, RuleError

VOCAB_SECTIONS = {
    "number_words": dict, "scales": dict, "scale_abbreviations": dict, "ordinal_words": dict,
    "vague_quantities": dict, "hedges": dict, "hedge_suffixes": dict, "units": dict,
    "currencies": dict, "nouns": dict, "months": dict, "seasons": dict, "year_range": list,
    "scopes": dict, "scope_anchors": dict, "identifiers": list, "numeric_date_order": str, "frames": dict,
    "chinese": dict,
    "currency_subunits": dict, "ambiguous_currencies": dict, "compound_units": dict, "context_units": dict,
    "prefixable_units": list, "symbol_contexts": dict, "name_contexts": dict,
}

_TYPE_NAMES = {dict: "mapping", list: "list", str: "text value"}


def _is_extend(value) -> bool:
    return isinstance(value, dict) and set(value) == {"extend"}


def unwrap_extend(value):
    """``value`` with every ``{extend: X}`` replaced by ``X`` (the shape the schemas describe)."""
    if _is_extend(value):
        return unwrap_extend(value["extend"])
    if isinstance(value, dict):
        return {k: unwrap_extend(v) for k, v in value.items()}
    return value


def _note(doc: Marked, path: tuple, reason: str) -> RuleError:
    err = doc.error(path, reason)
    err.reason = "note: " + err.reason
    return err


class _Merger:
    """Merges vocabulary sections file by file.  Within one layer lists concatenate (as files of one
    folder always did); a key defined again in a later layer replaces the earlier definition, with a
    note, unless its value is ``{extend: [...]}``, which appends."""

    def __init__(self, errors: list, notes: list):
        self.errors, self.notes = errors, notes
        self.owner: dict[tuple, Marked] = {}
        self.unchanged: dict[tuple[str, str], int] = {}

    def replace(self, doc: Marked, path: tuple, old, new) -> bool:
        """True when ``path`` was defined by an earlier layer (recording a note); the caller then replaces."""
        prev = self.owner.get(path)
        if prev is None or prev.layer >= doc.layer:
            return False
        if old == new:
            pair = (doc.file, prev.file)
            self.unchanged[pair] = self.unchanged.get(pair, 0) + 1
        else:
            line, col = prev.where(path)
            self.notes.append(_note(doc, path, f"replaces the definition at {prev.file}:{line}:{col}"))
        return True

    def section(self, merged: dict, key: str, value, doc: Marked) -> None:
        want = VOCAB_SECTIONS[key]
        path = (key,)
        if want is list and _is_extend(value) and isinstance(value["extend"], list):
            merged[key] = list(merged.get(key, [])) + value["extend"]
        elif not isinstance(value, want):
            self.errors.append(doc.error(path, f"expected a {_TYPE_NAMES[want]}, got {type(value).__name__}"))
            return
        elif want is dict:
            self.mapping(merged.setdefault(key, {}), value, path, doc)
        elif self.replace(doc, path, merged.get(key), value) or want is str or key == "year_range":
            merged[key] = value if want is str else list(value)
        else:
            merged[key] = merged.get(key, []) + list(value)
        self.owner[path] = doc

    def mapping(self, target: dict, value: dict, path: tuple, doc: Marked) -> None:
        for k, v in value.items():
            p = path + (k,)
            old = target.get(k)
            if _is_extend(v):
                add = v["extend"]
                if isinstance(add, list) and isinstance(old, list):
                    target[k] = old + add
                elif isinstance(add, dict) and isinstance(old, dict):
                    target[k] = {**old, **add}
                else:
                    target[k] = add
            elif isinstance(v, dict) and (isinstance(old, dict) or old is None):
                self.mapping(target.setdefault(k, {}), v, p, doc)  # a fresh copy: the file's data stays as read
            elif self.replace(doc, p, old, v):
                target[k] = v
            elif isinstance(v, list) and isinstance(old, list) and len(p) == 2:
                target[k] = old + v
            else:
                target[k] = v
            self.owner[p] = doc

    def summary_notes(self) -> None:
        """One note per file that restates keys of an earlier layer unchanged."""
        for (file, earlier), n in sorted(self.unchanged.items()):
            self.notes.append(RuleError(file, 1, 1, "", f"note: {n} key{'s restate' if n != 1 else ' restates'} "
                                                        f"{earlier} unchanged"))


def merge_sections(docs: list[Marked], errors: list, notes: list | None = None) -> tuple[dict, dict]:
    """Merge vocabulary sections of all files; returns (data, section -> docs); bad sections go to ``errors``."""
    merged: dict[str, Any] = {}
    origin: dict[str, list] = {}
    merger = _Merger(errors, [] if notes is None else notes)
    for doc in docs:
        for key, value in doc.data.items():
            if key in VOCAB_SECTIONS:
                origin.setdefault(key, []).append(doc)
                merger.section(merged, key, value, doc)
    merger.summary_notes()
    return merged, origin
