"""Linting drafts against sources: findings on the draft's figures (suppressions and baselines: ``lintsuppress``).

A draft's claims are aligned together with the sources' claims (same rules,
same verdict code as the report); each draft claim is judged against the
source claims of its fact, and a finding is raised on the draft claim when
the verdict is differ (error), updated (warning) or rounded (info).  A
contradiction the sources dispute among themselves is settled by their dates
(``lintdispute``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from .lintdispute import COMPATIBLE, dispute
from .lintrestated import in_groups, restated_contradictions
from .lintsuppress import with_fingerprints
from .model import Claim, Document, Located, PairJudgement
from .pipeline import Checker
from .rules import FactRule, Reference
from .verdict import RANK, Member, Tolerance, show_claim

if TYPE_CHECKING:
    from .lintsuppress import Suppression

RESTATED = "restated-sentence"
"""The rule id of a finding on a figure of a draft sentence that restates a source sentence."""
VERDICT_LEVEL = {"differ": "error", "updated": "warning", "loose": "warning", "rounded": "info"}
FAIL_ON = {"differ": ("differ",), "updated": ("differ", "updated", "disputed"),
           "loose": ("differ", "updated", "disputed", "loose"),
           "rounded": ("differ", "updated", "disputed", "loose", "rounded"), "never": ()}


@dataclass(frozen=True)
class Evidence:
    """A source claim cited by a finding."""

    file: str
    line: int
    column: int
    quote: str
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    verdict: str
    reason: str
    utf16_column: int = 0
    """``column`` in UTF-16 code units, for SARIF (not in the JSON output)."""
    place: str = ""
    """Page / paragraph / row of the claim in a PDF, Word or table source ("page 3:line 7:col 30"), else ""."""

    def to_dict(self) -> dict:
        """JSON-ready mapping (schema_version 1)."""
        return {k: v for k, v in self.__dict__.items() if k != "utf16_column"}

    @property
    def where(self) -> str:
        """``file:line`` or, in a paged or tabular source, ``file:page 3:line 7:col 30`` / ``file:row 14``."""
        return f"{self.file}:{self.place or self.line}"


@dataclass(frozen=True)
class Finding:
    """One lint finding on a draft's figure."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    level: str
    rule: str
    fact: str
    label: str
    verdict: str
    message: str
    quote: str
    evidence: tuple[Evidence, ...] = ()
    compatible: tuple[Evidence, ...] = ()
    fingerprint: str = ""
    suppressed: Optional[str] = None  # None, "inline" or "baseline"
    utf16_columns: tuple[int, int] = (0, 0)
    """(start, end) columns in UTF-16 code units, for SARIF; ``column``/``end_column`` count code points."""
    place: str = ""  # "page 3:line 7:col 30" / "paragraph 4:col 9" / "row 14" in a PDF, Word or table draft

    def to_dict(self) -> dict:
        """JSON-ready mapping (schema_version 1)."""
        return {
            "file": self.file, "line": self.line, "column": self.column, "end_line": self.end_line,
            "end_column": self.end_column, "level": self.level, "rule": self.rule, "fact": self.fact,
            "verdict": self.verdict, "message": self.message, "quote": self.quote, "fingerprint": self.fingerprint,
            "suppressed": self.suppressed is not None, "suppression": self.suppressed,
            "evidence": [e.to_dict() for e in self.evidence], "compatible": [e.to_dict() for e in self.compatible],
            **({"place": self.place} if self.place else {}),
        }


# -- the lint run --------------------------------------------------------------------------
@dataclass
class LintResult:
    """Findings of a lint run, with the inputs that could not be read."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unused: list[Suppression] = field(default_factory=list)
    drafts: int = 0
    sources: int = 0


def _reference_claim(rule: FactRule, ref: Reference) -> Located:
    """A rule's reference value as a claim whose location is the rule itself (file and line)."""
    is_date = bool(rule.kinds) and set(rule.kinds) <= {"date", "date_range"}
    if ref.value is not None:
        step = 1.0 if float(ref.value).is_integer() else 0.0
        claim = Claim(0, 0, "", "date" if is_date else ("count" if rule.counted else "measure"), value=ref.value,
                      low=ref.value, high=ref.value, hedge=ref.hedge, precision=step or None, step=step, unit=ref.unit)
    elif is_date:
        claim = Claim(0, 0, "", "date", date=ref.text)
    else:
        claim = Claim(0, 0, "", "count" if rule.counted else "measure", low=ref.low, high=ref.high, hedge="range",
                      unit=ref.unit)
    if claim.hedge not in ("none", "range") and claim.value is not None:
        from .intervals import hedge_interval

        iv = hedge_interval(claim.value, claim.hedge, claim.precision or 1.0)
        claim = replace(claim, low=iv.low, high=iv.high, low_inclusive=iv.low_inclusive, high_inclusive=iv.high_inclusive)
    text = ref.text or show_claim(claim)
    claim = replace(claim, text=text, end=len(text), sentence=(0, len(text)))
    # every offset of this one-line document maps to the rule's own line, so evidence points at the rule
    doc = Document(path=rule.file, text=text, sha256="reference", line_starts=(0,) * rule.line, date=ref.as_of, prose=text)
    return Located(doc, claim)


def _evidence(pair: PairJudgement, source: Located) -> Evidence:
    line, col = source.line_col
    c = source.claim
    return Evidence(source.doc.path, line, col, c.text, c.value, c.low, c.high, pair.verdict, pair.reason,
                    _utf16_column(source.doc, c.start), _place(source.doc, c.start))


def _place(doc: Document, offset: int) -> str:
    """The named place of an offset in a paged or tabular document ("" for plain text: line and column say it)."""
    return doc.place(offset) if doc.segments else ""


def _finding_for(draft: Located, fact_id: str, label: str, rule: Optional[FactRule], pairs: list[tuple[PairJudgement, Located]],
                 checker: Checker, verdict_of: Optional[Callable[[Located, Located], str]] = None) -> Optional[Finding]:
    """The finding on one draft claim judged against the sources of its fact (``pairs``), or None.

    ``verdict_of`` judges two sources of the fact: with it, a contradiction the sources dispute among
    themselves is settled by their dates (``lintdispute``) instead of being an error.
    """
    worst = max((p.verdict for p, _ in pairs), key=lambda v: RANK[v])
    if worst not in VERDICT_LEVEL:
        return None
    if worst == "rounded" and any(p.verdict == "agree" for p, _ in pairs):
        return None  # a source states it exactly so; the vaguer ones are no news
    if worst == "updated":
        mine = checker.judge.as_of(draft)
        newer = [s for p, s in pairs if p.verdict == "updated" and (checker.judge.as_of(s) or "") > (mine or "")]
        if not newer:
            return None
    level = VERDICT_LEVEL[worst]
    if worst == "differ" and rule is not None and rule.severity != "error":
        level = rule.severity
    settled = verdict = None
    if worst == "differ" and verdict_of is not None:
        settled = dispute([s for p, s in pairs if p.verdict == "differ"],
                          [s for p, s in pairs if p.verdict in COMPATIBLE], checker.judge, verdict_of)
    if settled:  # never above the level the rule gives a contradiction
        verdict, level = settled[0], min(level, settled[1], key=("info", "warning", "error").index)
    c = draft.claim
    line, col = draft.line_col
    end_line, end_col = draft.doc.position(c.end)
    cited = [(_evidence(p, s)) for p, s in pairs if p.verdict == worst]
    compatible = [(_evidence(p, s)) for p, s in pairs if p.verdict in ("agree", "rounded") and worst != "rounded"]
    where = ", ".join(e.where for e in cited[:5])
    if len(cited) > 5:
        where += f", +{len(cited) - 5} more"
    statements = {}
    for (p, s) in pairs:
        if p.verdict == worst:
            statements.setdefault(show_claim(s.claim), s.claim.text)
    stated = "; ".join(f'"{q}"' if i else q for i, q in enumerate(list(statements.values())[:3]))
    verb = {"differ": "contradicts", "updated": "is older than", "loose": "is far beyond the reach of",
            "rounded": "rounds differently from"}[worst]
    message = f'"{c.text}" {verb} {stated} ({where})'
    if settled:
        message = _settled_message(c.text, verdict, pairs, checker)
    elif worst == "differ":
        message += f": {cited[0].reason}"
        if compatible:
            shown = "; ".join(dict.fromkeys(f'"{e.quote}" {e.where}' for e in compatible[:3]))
            message += f"; compatible: {shown}"
    return Finding(
        file=draft.doc.path, line=line, column=col, end_line=end_line, end_column=end_col, level=level,
        rule=fact_id, fact=fact_id, label=label, verdict=verdict or worst, message=message, quote=c.text,
        evidence=tuple(cited), compatible=tuple(compatible),
        utf16_columns=(_utf16_column(draft.doc, c.start), _utf16_column(draft.doc, c.end)),
        place=_place(draft.doc, c.start),
    )


def _settled_message(quote: str, verdict: str, pairs: list[tuple[PairJudgement, Located]], checker: Checker) -> str:
    """What a draft figure the sources dispute agrees with, and the figures of the other sources, with their dates."""

    def said(verdicts: tuple) -> str:
        shown = [(s.claim.text, _evidence(p, s).where, checker.judge.as_of(s)) for p, s in pairs if p.verdict in verdicts]
        return "; ".join(list(dict.fromkeys(f'"{q}" ({at}{f", {when}" if when else ""})' for q, at, when in shown))[:3])

    mine, theirs = said(COMPATIBLE), said(("differ",))
    if verdict == "agree":
        return f'"{quote}" agrees with the newest source, {mine}; older: {theirs}'
    if verdict == "updated":
        return f'"{quote}" agrees with an older source, {mine}; newer: {theirs}'
    return f'"{quote}" agrees with {mine}, but other sources disagree: {theirs}'


def _utf16_column(doc, offset: int) -> int:
    """1-based column of ``offset`` in UTF-16 code units (a character beyond U+FFFF counts two)."""
    line_start = doc.line_starts[doc.position(offset)[0] - 1]
    before = doc.text[line_start:offset]
    return 1 + (len(before) if before.isascii() else len(before.encode("utf-16-le")) // 2)


def lint(drafts: Sequence[Document], sources: Sequence[Document], checker: Checker,
         check=None) -> list[Finding]:
    """Findings for every draft claim whose fact's sources (or reference value) disagree with it.

    ``check`` (documents -> their DocumentChecks) replaces in-process checking, e.g. with a cached, parallel one.
    """
    draft_paths = {d.path for d in drafts}
    all_docs = list(drafts) + [s for s in sources if s.path not in draft_paths]
    alignment = checker.alignment(all_docs, check(all_docs) if check else checker.check_documents(all_docs))
    findings: list[Finding] = []
    for fact_id, members in alignment.by_fact.items():
        rule = checker.ruleset.fact(fact_id)
        draft_members = [(loc, cls) for loc, cls in members if loc.doc.path in draft_paths]
        source_members = [(loc, cls) for loc, cls in members if loc.doc.path not in draft_paths]
        if not draft_members:
            continue
        if not source_members and rule.reference is not None:
            source_members = [(_reference_claim(rule, rule.reference), "main")]
        if not source_members:
            continue  # no source states this fact: nothing to check the draft against
        findings += _judge_drafts(draft_members, source_members, fact_id, rule.label, rule, checker)

    def source_of(m: Located):  # each draft line is a source of its own: a slip on one line never hides behind another
        return _line_of(m) if m.doc.path in draft_paths else m.doc.path

    groups = checker.discoverer.discover(alignment.unmatched, involving=draft_paths, source_of=source_of).groups
    for group in groups:
        draft_members = [(loc, "main") for loc in group.claims if loc.doc.path in draft_paths]
        source_members = [(loc, "main") for loc in group.claims if loc.doc.path not in draft_paths]
        if draft_members and source_members:
            findings += _judge_drafts(draft_members, source_members, group.fact_id, group.label, None, checker,
                                      checker.discovered_tolerance(group))
    judged = in_groups([[loc for loc, _ in ms] for ms in alignment.by_fact.values()] + [g.claims for g in groups],
                       draft_paths)
    findings += _restated(alignment, draft_paths, judged, checker)
    findings += _self_check(drafts, alignment, checker) + _conversions(drafts, alignment, checker)
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.rule))
    return with_fingerprints(_one_per_claim(findings))


def _restated(alignment, draft_paths: set, judged: set, checker: Checker) -> list[Finding]:
    """Draft figures in no fact with a source that contradict the figure in their place of a source sentence
    the draft restates (``lintrestated``)."""
    located = [loc for members in alignment.by_fact.values() for loc, _ in members] + list(alignment.unmatched)
    drafted = [loc for loc in located if loc.doc.path in draft_paths]
    sources = [loc for loc in located if loc.doc.path not in draft_paths]
    out = []
    for draft, pair, source in restated_contradictions(drafted, sources, checker.judge, checker.discoverer.quantity,
                                                       checker.units, frozenset(judged)):
        finding = _finding_for(draft, RESTATED, "the figure in its place of a source sentence", None,
                               [(pair, source)], checker)
        if finding:
            out.append(replace(finding, message=finding.message + " (in a sentence that restates the source's)"))
    return out


def _line_of(loc: Located) -> tuple:
    """A claim's document and line: one source, where a draft's own lines are told apart."""
    return loc.doc.path, loc.line_col[0]


def _self_check(drafts: Sequence[Document], alignment, checker: Checker) -> list[Finding]:
    """A draft against itself: two of its own lines that state one fact differently ("181" above, "182" below).

    Only contradictions are reported, on the later line, citing the earlier one, and never between a figure
    for each period and one that is not: a yearly flow ("$1.2 million a year") beside a figure of none ("cost
    $35 million") is a running cost beside a one-off one far more often than a slip, and no source settles it.
    """
    out: list[Finding] = []
    draft_paths = {d.path for d in drafts}
    groups = []  # (fact id, label, rule or None, claims, tolerance)
    for fid, members in alignment.by_fact.items():
        rule = checker.ruleset.fact(fid)
        groups.append((fid, rule.label, rule, [loc for loc, _ in members if loc.doc.path in draft_paths],
                       checker.judge_tolerance(rule)))
    for path in sorted(draft_paths):  # (each draft alone: what it is about is its own title's)
        drafted = [loc for loc in alignment.unmatched if loc.doc.path == path]
        for group in checker.discoverer.discover(drafted, source_of=_line_of).groups:
            groups.append((group.fact_id, group.label, None, list(group.claims), checker.discovered_tolerance(group)))
    for fact_id, label, rule, members, tol in groups:
        for path in draft_paths:
            mine = sorted((loc for loc in members if loc.doc.path == path), key=lambda loc: loc.claim.start)
            if len({_line_of(loc) for loc in mine}) < 2:
                continue
            for i, later in enumerate(mine[1:], 1):
                earlier = [(checker.judge.judge(Member(e), Member(later), tol), e) for e in mine[:i]
                           if _line_of(e) != _line_of(later)
                           and not _aggregations_differ(e.claim, later.claim)]
                contradicted = [(p, e) for p, e in earlier if p.verdict == "differ"]
                if contradicted:
                    finding = _finding_for(later, fact_id, label, rule, contradicted, checker)
                    if finding:
                        out.append(replace(finding, message=finding.message + " (earlier in the same draft)"))
    return out


def _aggregations_differ(a: Claim, b: Claim) -> bool:
    """Two figures of two aggregations both stated, or a figure for each period beside one that is not."""
    fa, fb = a.frame, b.frame
    if fa.aggregation and fb.aggregation and fa.aggregation != fb.aggregation:
        return True
    return _per_period(fa) != _per_period(fb)


def _per_period(frame) -> bool:
    """A rate ("a day", "per share") or a figure for each year ("$1.2 million a year")."""
    return frame.role == "rate" or bool(frame.relative and frame.relative[0] == "per_year")


def _conversions(drafts: Sequence[Document], alignment, checker: Checker) -> list[Finding]:
    """A draft's figure restated in another unit that it does not convert to ("42 kilometres (36 miles)":
    42 km is 26.1 miles), reported on the restatement, citing the figure it restates."""
    draft_paths = {d.path for d in drafts}
    placed: dict = {}  # (document, start) -> located claim
    for loc in [loc for members in alignment.by_fact.values() for loc, _ in members] + list(alignment.unmatched):
        if loc.doc.path in draft_paths:
            placed[loc.doc.path, loc.claim.start] = loc
    ordered = [placed[k] for k in sorted(placed)]
    out = []
    for figure, restated in zip(ordered, ordered[1:]):
        a, b = figure.claim, restated.claim
        if not b.frame.restates or figure.doc.path != restated.doc.path or a.sentence != b.sentence \
                or a.kind != "measure" or b.kind != "measure":
            continue
        into_b = checker.units.affine(a.unit, b.unit) if a.value and b.value else None
        if into_b is None or not 1 / 3 < (a.value * into_b[0] + into_b[1]) / b.value < 3:
            continue  # (a figure three times off is another thing in brackets more often than a slip)
        pair = checker.judge.judge(Member(figure), Member(restated), Tolerance())
        if pair.verdict == "differ":
            finding = _finding_for(restated, "conversion", "a figure restated in another unit", None,
                                   [(pair, figure)], checker)
            if finding:
                said = f"{a.value * into_b[0] + into_b[1]:.4g} {b.unit.replace('_', ' ')}"
                out.append(replace(finding, message=f'"{b.text}" does not restate "{a.text}" (= {said}) '
                                                    f"({figure.doc.path}:{figure.line_col[0]}): {pair.reason}"))
    return out


def _one_per_claim(findings: list[Finding]) -> list[Finding]:
    """One finding per draft figure and fact: against the sources when there is one, else against the draft."""
    seen: set = set()
    out = []
    for f in findings:
        key = (f.file, f.line, f.column, f.fact)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _judge_drafts(draft_members, source_members, fact_id, label, rule, checker: Checker,
                  tol: Optional[Tolerance] = None) -> list[Finding]:
    tol = tol or checker.judge_tolerance(rule)
    classes = {(src.doc.path, src.claim.start): scls for src, scls in source_members}

    def verdict_of(a: Located, b: Located) -> str:
        return checker.judge.judge(Member(a, classes[(a.doc.path, a.claim.start)]),
                                   Member(b, classes[(b.doc.path, b.claim.start)]), tol).verdict

    sources = checker.judge.with_twin_dates([Member(src, scls) for src, scls in source_members], tol)
    out = []
    for loc, cls in draft_members:
        pairs = [(checker.judge.judge(Member(loc, cls), src, tol), src.located) for src in sources]
        finding = _finding_for(loc, fact_id, label, rule, pairs, checker, verdict_of)
        if finding:
            out.append(finding)
    return out


def exit_code(findings: Sequence[Finding], fail_on: str) -> int:
    """1 when an unsuppressed finding's verdict is at or above ``fail_on``, else 0."""
    failing = FAIL_ON[fail_on]
    return 1 if any(f.suppressed is None and f.verdict in failing for f in findings) else 0
