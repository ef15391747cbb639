"""Names of discovered groups: a readable label ("Lusitania — deaths") and a stable id for each group."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import regex

from .model import Located


@dataclass(frozen=True)
class DiscoveredGroup:
    """Claims that measure the same thing, from two or more sources."""

    claims: tuple[Located, ...]
    fact_id: str
    label: str
    measure: str
    confidence: float
    broad: bool


def shortest(measures: Iterable[str]) -> str:
    """The shortest measure named (fewest words), "" when none is (a group of identical figures)."""
    return min((m for m in measures if m), key=lambda m: (len(m.split()), m), default="")


_SLUG = regex.compile(r"[a-z0-9]+")


def _topic(members: Sequence[Located], doc_names: dict) -> str:
    """The name a group is about: the one most of its documents mention anywhere near a figure (in two or
    more), else the one its own claims mention most, else none."""
    paths = {m.doc.path for m in members}
    in_docs = Counter(n for p in paths for n in doc_names.get(p, ()))
    if in_docs and max(in_docs.values()) >= 2:
        return max(in_docs, key=lambda n: (in_docs[n], -len(n), n))
    own = Counter(n for m in members for n in set(m.claim.frame.entities))
    return max(own, key=lambda n: (own[n], -len(n), n)) if own else ""


def named(groups: list, doc_names: dict) -> list[DiscoveredGroup]:
    """Groups with a readable label and a stable id ("lusitania-deaths"), in a stable order."""
    out, seen = [], Counter()
    for members, confidence, broad in sorted(groups, key=lambda g: (g[0][0].doc.path, g[0][0].claim.start)):
        measure = shortest(m.claim.frame.measure for m in members) or members[0].claim.text
        name = _topic(members, doc_names)
        label = f"{name.title()} — {measure}" if name else measure.capitalize()
        slug = "-".join(_SLUG.findall(f"{name} {measure}".lower()))[:60] or "fact"
        seen[slug] += 1
        if seen[slug] > 1:  # the same measure again: told apart by where its claims are
            slug += "-" + hashlib.sha256("|".join(f"{m.doc.path}:{m.claim.start}" for m in members).encode()).hexdigest()[:6]
        out.append(DiscoveredGroup(tuple(members), f"discovered-{slug}", label, measure, confidence, broad))
    return out
