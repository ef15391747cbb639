"""Claims and document checks as compact JSON rows: what the cache stores and what worker processes send back.

A row holds a claim's fields in the order of ``Claim`` without its text (the
document holds it).  Rows are read back through a ``Pool``, which shares the
parts claims repeat across a run (frames, words) and within a document (spans),
so a large corpus's claims take a fraction of the memory of one object each.
"""
from __future__ import annotations

import json
import sys
from dataclasses import fields
from typing import Sequence

from .model import Claim, Document, Frame
from .pipeline import DocumentCheck

_FIELDS = [f.name for f in fields(Claim) if f.name != "text"]
_SPANS = [i for i, name in enumerate(_FIELDS) if name in ("sentence", "clause", "local", "nearby")]
_WORDS = [i for i, name in enumerate(_FIELDS) if name in ("kind", "hedge", "unit", "counted", "date", "season", "scope")]
_TEXT_AT = [f.name for f in fields(Claim)].index("text")
_FRAME = _FIELDS.index("frame")
_VALUE, _LOW, _HIGH = (_FIELDS.index(name) for name in ("value", "low", "high"))
assert _FIELDS[:2] == ["start", "end"] and _TEXT_AT == 2 and _FRAME == len(_FIELDS) - 1


class Pool:
    """What the claims read back in one run share: one object per distinct frame (a frame with a relative
    time is never shared: its amount may be 10 or 10.0, which compare equal)."""

    def __init__(self):
        self.frames: dict = {}

    def frame(self, row: list) -> Frame:
        """The frame of a ``Frame.to_row`` list, with its words shared between claims."""
        m, p, ents, quals, role, agg, time, *rest = row
        share = sys.intern
        frame = Frame.from_row([share(m), share(p), [share(e) for e in ents], [share(q) for q in quals], share(role),
                                share(agg), share(time), *rest])
        return frame if frame.relative is not None else self.frames.setdefault(frame, frame)


def claim_row(c: Claim) -> list:
    """A claim as a JSON-ready row: its fields in order, without its text (the document holds it)."""
    return [getattr(c, name) for name in _FIELDS[:_FRAME]] + [c.frame.to_row()]


def claims_to_json(claims: Sequence[Claim]) -> str:
    """Claims as compact JSON rows (field order of ``Claim`` without its text, which the document holds)."""
    return json.dumps([claim_row(c) for c in claims], ensure_ascii=False, separators=(",", ":"))


def claims_from_json(data: str, doc: Document, pool: Pool) -> list[Claim]:
    """The claims of a ``claims_to_json`` text, found in ``doc``."""
    spans: dict = {}
    return [claim_from_row(row, doc, spans, pool) for row in json.loads(data)]


def claim_from_row(row: list, doc: Document, spans: dict, pool: Pool) -> Claim:
    """A claim from its JSON row (a hot path on large corpora: positional, no keyword dict); ``spans``, a dict
    kept for one document's rows, shares the offsets and spans its claims repeat."""
    for i in _SPANS:
        a, b = row[i]
        span = (spans.setdefault(a, a), spans.setdefault(b, b))
        row[i] = spans.setdefault(span, span)
    row[0], row[1] = spans.setdefault(row[0], row[0]), spans.setdefault(row[1], row[1])
    value = row[_VALUE]
    if value:  # an unhedged figure's bounds are its value: one number object, not three (never 0 or -0.0)
        for i in (_LOW, _HIGH):
            if row[i] == value and type(row[i]) is type(value):
                row[i] = value
    for i in _WORDS:  # the few distinct words (kinds, units, scopes, dates ...) shared, not copied per claim
        if row[i]:
            row[i] = sys.intern(row[i])
    row[_FRAME] = pool.frame(row[_FRAME])
    row.insert(_TEXT_AT, doc.text[row[0]:row[1]])  # quotes come from the document
    return Claim(*row)


def check_to_json(check: DocumentCheck) -> str:
    """A document check as compact JSON (ties point into the aligned claims by index)."""
    index = {id(claim): i for i, (claim, _, _) in enumerate(check.aligned)}
    return json.dumps({
        "found": check.found,
        "aligned": [[fact_id, cls] + claim_row(claim) for claim, fact_id, cls in check.aligned],
        "unmatched": [claim_row(claim) for claim in check.unmatched],
        "ties": [[index[id(claim)], list(beaten)] for claim, _, beaten in check.ties],
    }, ensure_ascii=False, separators=(",", ":"))


def check_from_json(data: str, doc: Document, pool: Pool, timed_out: tuple = ()) -> DocumentCheck:
    """The document check of a ``check_to_json`` text (``timed_out``: see ``DocumentCheck``)."""
    raw, spans = json.loads(data), {}
    aligned = tuple((claim_from_row(row[2:], doc, spans, pool), row[0], row[1]) for row in raw["aligned"])
    return DocumentCheck(
        raw["found"], aligned, tuple(claim_from_row(row, doc, spans, pool) for row in raw["unmatched"]),
        tuple((aligned[i][0], aligned[i][1], tuple(beaten)) for i, beaten in raw["ties"]), timed_out,
    )
