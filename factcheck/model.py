"""Plain data passed between the stages of factcheck.

Every stage takes and returns these frozen dataclasses; none of them holds
behaviour beyond small derived properties, so they can be cached, pickled
and serialised freely.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Mapping, Optional

KINDS = (
    "count", "money", "percent", "measure", "duration", "date", "date_range",
    "number_range", "ordinal", "identifier", "frequency",
)
HEDGES = (
    "none", "more_than", "at_least", "nearly", "approx", "up_to", "less_than",
    "plus", "plural_of_scale", "range",
)
VERDICTS = ("agree", "rounded", "other_scope", "loose", "updated", "differ")
"""Verdicts from best to worst; a group takes the worst verdict of its pairs."""
ROLES = ("level", "change", "previous", "share", "rate", "rank")
"""What a figure is in its sentence (SEMANTICS.md section 5)."""
AGGREGATIONS = ("", "level", "cumulative", "flow")
"""Of a level-like figure: unknown, a stock at a point in time, a stock that only accumulates, a flow over a period."""


@dataclass(frozen=True, slots=True)
class Interval:
    """A numeric interval; ``None`` bounds are unbounded."""

    low: Optional[float]
    high: Optional[float]
    low_inclusive: bool = True
    high_inclusive: bool = True

    def overlaps(self, other: "Interval") -> bool:
        """True when the two intervals share at least one point."""
        return _below(self, other) and _below(other, self)

    def contains(self, x: float) -> bool:
        """True when ``x`` lies in the interval."""
        return self.overlaps(Interval(x, x))

    def widened(self, amount: float) -> "Interval":
        """The interval grown by ``amount`` on both bounded sides."""
        if amount <= 0:
            return self
        return Interval(
            None if self.low is None else self.low - amount,
            None if self.high is None else self.high + amount,
            self.low_inclusive, self.high_inclusive,
        )

    def scaled(self, factor: float, offset: float = 0.0) -> "Interval":
        """The interval with both bounds multiplied by a positive ``factor`` (and ``offset`` added: °C to °F)."""
        return Interval(
            None if self.low is None else self.low * factor + offset,
            None if self.high is None else self.high * factor + offset,
            self.low_inclusive, self.high_inclusive,
        )


def _below(a: Interval, b: Interval) -> bool:
    """True when a's low end does not lie above b's high end."""
    if a.low is None or b.high is None:
        return True
    if a.low < b.high:
        return True
    return a.low == b.high and a.low_inclusive and b.high_inclusive


@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure measures and when: computed once at extraction, read by every later stage.

    ``measure`` names the thing counted or the property measured ("survivor",
    "death", "length"); ``predicate`` is the governing verb's lemma ("die",
    "establish"); ``entities`` are the names in the clause (lower case);
    ``qualifiers`` narrow the measure ("in africa", "of whom"); ``subject`` is the
    common noun the figure belongs to ("the main dam is 185 metres tall": dam),
    read through the vocabulary's noun classes (liner -> ship).  ``role`` and
    ``aggregation`` are SEMANTICS.md section 5.  ``time`` is the written time
    phrase; ``period`` (ISO start, ISO end) and ``as_of`` (ISO date) are what
    it resolves to, against the document's date where it is relative.
    """

    measure: str = ""
    predicate: str = ""
    entities: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    role: str = "level"
    aggregation: str = ""
    time: str = ""
    period: Optional[tuple[str, str]] = None
    as_of: Optional[str] = None
    relative: Optional[tuple[str, float]] = None
    """An unresolved relative time: (kind, amount) -- ("years_back", 10), ("year_offset", -1), ("now", 0)."""
    subject: str = ""
    restates: bool = False
    """The figure restates the claim just before it in another unit ("42 kilometres (26 miles)")."""

    def to_row(self) -> list:
        """The frame as a JSON-ready list, field by field."""
        return [self.measure, self.predicate, list(self.entities), list(self.qualifiers), self.role,
                self.aggregation, self.time, list(self.period) if self.period else None, self.as_of,
                list(self.relative) if self.relative else None, self.subject, self.restates]

    @classmethod
    def from_row(cls, row: list) -> "Frame":
        """The frame of a ``to_row`` list."""
        m, p, ents, quals, role, agg, time, period, as_of, rel, subject, restates = row
        return cls(m, p, tuple(ents), tuple(quals), role, agg, time, tuple(period) if period else None, as_of,
                   tuple(rel) if rel else None, subject, restates)


EMPTY_FRAME = Frame()


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric or date mention found in a text.

    ``text[start:end]`` is the whole mention, hedge and unit words included.
    ``low``/``high`` hold the interval the wording asserts (the hedge alone;
    an unhedged figure records ``[value, value]``).  ``step`` is the place
    value that rounding of the written figure refers to (see SEMANTICS.md).
    """

    start: int
    end: int
    text: str
    kind: str
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    hedge: str = "none"
    precision: Optional[float] = None
    step: Optional[float] = None
    unit: Optional[str] = None
    counted: Optional[str] = None
    date: Optional[str] = None
    season: Optional[str] = None
    scope: Optional[str] = None
    sentence: tuple[int, int] = (0, 0)
    clause: tuple[int, int] = (0, 0)
    local: tuple[int, int] = (0, 0)
    nearby: tuple[int, int] = (0, 0)
    frame: Frame = EMPTY_FRAME

    @property
    def interval(self) -> Interval:
        """The interval the statement asserts."""
        return Interval(self.low, self.high, self.low_inclusive, self.high_inclusive)

    def to_dict(self) -> dict:
        """JSON-ready mapping of every field."""
        d = asdict(self)
        d["sentence"] = list(self.sentence)
        d["clause"] = list(self.clause)
        d["local"] = list(self.local)
        d["nearby"] = list(self.nearby)
        d["frame"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in d["frame"].items()}
        return d


@dataclass(frozen=True, slots=True)
class Segment:
    """A named part of a document's text -- a PDF page, a Word paragraph, a table row -- from ``start`` on.

    ``detail`` says what a place inside it adds to the label: ``"line"``
    (``page 12:line 7:col 30``, lines counted from the segment's start),
    ``"col"`` (``paragraph 14:col 30``) or ``""`` (``row 14``).  ``step``,
    when set, is the rounding step of the unhedged figures written in the
    segment (``0``: exact table values), replacing the step their digits imply.
    ``origin``, when set, is where the segment's content stands in the file as
    written (a web page's table row, rendered as a line after the page's text):
    line and column numbers inside the segment are those of ``origin``.
    """

    start: int
    label: str
    detail: str = "line"
    step: Optional[float] = None
    origin: Optional[int] = None


@dataclass(frozen=True)
class Document:
    """A loaded source: its text, where it came from, and its line map."""

    path: str
    text: str
    sha256: str
    line_starts: tuple[int, ...] = field(repr=False, default=(0,))
    date: Optional[str] = None
    prose: str = field(repr=False, default="")
    """The text with markup, code and front matter blanked out (same length as ``text``)."""
    date_source: str = ""
    """Where ``date`` came from: "front matter", "html meta", "dateline", "pdf metadata", "file name", "config",
    "command line"."""
    notes: tuple[str, ...] = ()
    """Problems met while reading the document that did not stop it (a malformed date, dates that disagree)."""
    segments: tuple[Segment, ...] = field(repr=False, default=())
    """Named parts of ``text`` in order (pages, paragraphs, rows); empty for plain text files."""
    meta: Mapping[str, object] = field(repr=False, default_factory=dict, compare=False, hash=False)
    """What the file says about itself: ``format``, ``title``, ``published`` (ISO date), ``published_from``."""

    def __reduce__(self):
        """Pickled with its texts as UTF-8 bytes: pickling a ``str`` that is not ASCII leaves a UTF-8 copy of it
        cached inside the string for good -- for a corpus sent to worker processes, its size again in memory."""
        texts = (self.text.encode("utf-8", "surrogatepass"),
                 None if self.prose is self.text else self.prose.encode("utf-8", "surrogatepass"))
        return _unpickled_document, (texts, {f.name: getattr(self, f.name) for f in fields(self)
                                             if f.name not in ("text", "prose")})

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset (of its segment's origin in the file, when it has one)."""
        from bisect import bisect_right

        if self.segments:
            seg = self.segment(offset)
            if seg is not None and seg.origin is not None:
                offset = seg.origin
        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def segment(self, offset: int) -> Optional[Segment]:
        """The segment that holds a character offset (None for plain text or before the first segment)."""
        from bisect import bisect_right

        i = bisect_right(self.segments, offset, key=lambda s: s.start) - 1
        return self.segments[i] if i >= 0 else None

    def place(self, offset: int) -> str:
        """Where an offset is, as a reader finds it: ``7:30``, ``page 12:line 7:col 30``, ``paragraph 14:col 3``,
        ``row 14`` or, for a web page's table row, ``table 2:row 3 (line 57)``."""
        line, col = self.position(offset)
        seg = self.segment(offset)
        if seg is None:
            return f"{line}:{col}"
        if seg.detail == "line":
            return f"{seg.label}:line {line - self.position(seg.start)[0] + 1}:col {col}"
        if seg.detail == "col":
            return f"{seg.label}:col {offset - seg.start + 1}"
        return seg.label if seg.origin is None else f"{seg.label} (line {line})"


def _unpickled_document(texts: tuple, rest: dict) -> Document:
    """A document from ``Document.__reduce__``'s parts."""
    text = texts[0].decode("utf-8", "surrogatepass")
    return Document(text=text, prose=text if texts[1] is None else texts[1].decode("utf-8", "surrogatepass"), **rest)


@dataclass(frozen=True, slots=True)
class Located:
    """A claim together with the document it was found in."""

    doc: Document
    claim: Claim

    @property
    def line_col(self) -> tuple[int, int]:
        """1-based line and column of the claim's start."""
        return self.doc.position(self.claim.start)

    @property
    def place(self) -> str:
        """``file:line:col`` of the claim's start, or ``file:page 3:line 7:col 30`` / ``file:row 14`` in a paged or tabular source."""
        return f"{self.doc.path}:{self.doc.place(self.claim.start)}"


@dataclass(frozen=True)
class PairJudgement:
    """The verdict on one pair of claims about the same fact."""

    verdict: str
    reason: str
    a: Located
    b: Located


@dataclass(frozen=True)
class FactResult:
    """A fact, the claims grouped under it, and the sources' verdict on it."""

    fact_id: str
    label: str
    verdict: str
    reason: str
    claims: tuple[Located, ...]
    pairs: tuple[PairJudgement, ...] = ()
    rule_location: Optional[str] = None
    severity: str = "error"
    suggested_rule: Optional[str] = None
    origin: str = "rule"
    """"rule" (a fact rule took the claims) or "discovered" (their frames say they measure the same thing)."""
    confidence: Optional[float] = None
    """For discovered facts and candidates: how sure discovery is that the claims measure one thing (0-1)."""
