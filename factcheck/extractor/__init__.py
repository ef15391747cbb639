"""Claim extraction: numbers, hedges, units, counted things, dates and scopes."""
from __future__ import annotations

from dataclasses import replace

from ..model import Claim, Document
from ..vocab import Vocabulary
from .document import ParagraphMemo, extract
from .chinese.script import has_cjk
from .periods import ahead_of, resolve
from .yearless import with_years

__all__ = ["extract", "extract_document", "ParagraphMemo"]


def extract_document(doc: Document, vocab: Vocabulary, memo: ParagraphMemo | None = None) -> list[Claim]:
    """The claims of a loaded document's prose, each quoting the original text, with times resolved against
    the document's date (``memo``: see ParagraphMemo)."""
    claims = extract(doc.prose or doc.text, vocab, memo)
    if doc.prose and doc.prose != doc.text:
        claims = [replace(c, text=doc.text[c.start:c.end]) for c in claims]
    if any(s.step is not None for s in doc.segments):
        claims = [_segment_step(doc, c) for c in claims]
    if doc.date:  # relative times ("last year", "so far") placed against the document's own date; a figure of
        # a later time is a forecast ("visitors in 2026 will number 2 million" written in 2023) when the date is
        # the document's own (a Chinese text's first date in its opening lines may be any event's)
        stated = doc.date_source != "dateline" or not has_cjk((doc.prose or doc.text)[:600])
        claims = [c if c.frame is (f := ahead_of(resolve(c.frame, doc.date), c.kind, doc.date if stated else None))
                  else replace(c, frame=f) for c in claims]
    return with_years(claims, doc.date, doc.prose or doc.text)


def _segment_step(doc: Document, claim: Claim) -> Claim:
    """A figure in a segment with its own step (a table row: exact, or the row's stated precision)."""
    seg = doc.segment(claim.start)
    if seg is None or seg.step is None or claim.hedge != "none" or claim.value is None or claim.kind in _NO_STEP:
        return claim
    return replace(claim, step=seg.step)


_NO_STEP = ("date", "date_range", "ordinal", "identifier")
