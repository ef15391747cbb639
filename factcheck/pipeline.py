"""The whole check over a set of documents: extract, align, judge.

``analyse`` turns loaded documents into an ``Analysis`` -- plain data that
every report format renders.  The draft linter reuses ``judge_fact``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import regex

from .align import _FUNCTION_WORDS, Aligner, Alignment, RuleCheck
from .discover import FACT_CONFIDENCE, Discoverer, kept
from .extractor import extract_document
from .extractor.text import normalize
from .grouplabels import DiscoveredGroup
from .intervals import format_number
from .model import Claim, Document, FactResult, Located
from .rules import FactRule, RuleSet
from .units import UnitConverter
from .verdict import RANK, Judge, Member, Tolerance


def _in_conversion(claims: Sequence[Claim], i: int) -> bool:
    """Whether a claim is a figure restated in another unit, or that restatement (the linter checks the pair)."""
    return claims[i].frame.restates or (i + 1 < len(claims) and claims[i + 1].frame.restates)


@dataclass(frozen=True)
class Analysis:
    """What a run found: the sources, the facts with verdicts, candidate facts and problems."""

    sources: tuple[Document, ...]
    facts: tuple[FactResult, ...]
    candidates: tuple[FactResult, ...]
    errors: tuple[str, ...] = ()
    ties: tuple = ()
    claims_total: int = 0
    stats: dict = field(default_factory=dict)
    as_of: dict = field(default_factory=dict)
    """(document path, claim start) -> the date the claim's figure stands at, for claims in facts."""

    def as_of_for(self, loc: Located) -> Optional[str]:
        """The as-of date of a claim shown in a fact, if known."""
        return self.as_of.get((loc.doc.path, loc.claim.start))


@dataclass(frozen=True)
class DocumentCheck:
    """What one document brings to a check: how many claims it holds and those that matter, aligned.

    Claims no rule takes that could never form a candidate fact (years,
    ordinals, identifiers ...) are only counted, so a large corpus is not held
    in memory claim by claim.
    """

    found: int
    aligned: tuple  # (Claim, fact id, counted class)
    unmatched: tuple  # Claims no rule took that may still form candidate facts
    ties: tuple  # (Claim, winning fact id, ids of the matching rules it beat)
    timed_out: tuple = ()  # (rule id, rule location) of rules whose pattern timed out


class Checker:
    """Runs the stages for one rule set; create one per run."""

    def __init__(self, ruleset: RuleSet):
        self.ruleset = ruleset
        self.units = UnitConverter()
        self.aligner = Aligner(ruleset, self.units)
        self.judge = Judge(ruleset.vocab, self.units, ruleset.settings.unit_tolerance, ruleset.settings.hemisphere)
        settings = ruleset.settings
        self.discoverer = Discoverer(ruleset.vocab, self.units, settings.min_candidate_sources,
                                     settings.discovery_exclude, settings.discovery_apart)

    def check_document(self, doc: Document, claims: Sequence[Claim]) -> "DocumentCheck":
        """One document's claims aligned to fact rules; claims that can join no fact are only counted."""
        norm = normalize(doc.prose or doc.text)
        aligned, unmatched, ties = [], [], []
        for i, claim in enumerate(claims):
            winner, others = self.aligner.best(claim, norm)
            if winner is None:
                if kept(claim) or _in_conversion(claims, i):
                    unmatched.append(claim)
                continue
            aligned.append((claim, winner.rule.id, winner.counted_class))
            if others:
                ties.append((claim, winner.rule.id, tuple(o.rule.id for o in others)))
        return DocumentCheck(len(claims), tuple(aligned), tuple(unmatched), tuple(ties),
                             tuple(sorted(self.aligner.timed_out.items())))

    def check_documents(self, docs: Sequence[Document]) -> list["DocumentCheck"]:
        """Extract and align every document in this process (see ``batch.check_all`` for many documents)."""
        return [self.check_document(doc, extract_document(doc, self.ruleset.vocab)) for doc in docs]

    def alignment(self, docs: Sequence[Document], checks: Sequence["DocumentCheck"]) -> Alignment:
        """The per-document checks of ``docs`` merged: claims grouped by fact rule, the rest, and rule ties."""
        by_fact: dict = {}
        unmatched, ties = [], []
        for doc, check in zip(docs, checks):
            for claim, fact_id, counted_class in check.aligned:
                by_fact.setdefault(fact_id, []).append((Located(doc, claim), counted_class))
            unmatched += [Located(doc, claim) for claim in check.unmatched]
            for claim, fact_id, beaten in check.ties:
                ties.append((Located(doc, claim), RuleCheck(self.ruleset.fact(fact_id), True, "matches"),
                             [RuleCheck(self.ruleset.fact(b), True, "matches") for b in beaten]))
            self.aligner.timed_out.update(check.timed_out)
        return Alignment(by_fact, unmatched, ties)

    def discovered_fact(self, group: DiscoveredGroup) -> FactResult:
        """A discovered group judged: a fact (severity error) when confident, else a candidate (info)."""
        verdict, reason, bad = self.judge.group([Member(loc) for loc in group.claims],
                                                self.discovered_tolerance(group))
        yaml_rule = suggest_rule(group.claims, self.aligner, group.fact_id.replace("discovered-", ""), group.label)
        confident = group.confidence >= FACT_CONFIDENCE
        return FactResult(
            fact_id=group.fact_id, label=group.label, verdict=verdict, reason=reason, claims=group.claims,
            pairs=tuple(bad), suggested_rule=yaml_rule, severity="error" if confident else "info",
            origin="discovered", confidence=group.confidence,
        )

    @staticmethod
    def discovered_tolerance(group: DiscoveredGroup) -> Tolerance:
        """How a discovered fact is judged: every frame slot counts, verbs too on a broad measure."""
        return Tolerance(discovered=True, broad=group.broad)

    @staticmethod
    def judge_tolerance(rule: Optional[FactRule]) -> Tolerance:
        """The slack a fact's rule allows (none for candidate facts)."""
        if rule is None:
            return Tolerance()
        return Tolerance(rule.tolerance_abs, rule.tolerance_rel, rule.changes_over_time, rule.monotonic)

    def judge_fact(self, rule: Optional[FactRule], members: Sequence[Member]) -> tuple[str, str, list]:
        """Verdict, reason and non-agreeing pairs of one fact's claims."""
        return self.judge.group(members, self.judge_tolerance(rule))

    def analyse(self, docs: Sequence[Document], errors: Sequence[str] = (),
                checks: Optional[Sequence["DocumentCheck"]] = None) -> Analysis:
        """Judge a set of documents (extracted and aligned here unless their ``checks`` are given)."""
        checks = checks if checks is not None else self.check_documents(docs)
        alignment = self.alignment(docs, checks)
        facts = []
        order = {f.id: i for i, f in enumerate(self.ruleset.facts)}
        for fact_id, pairs in alignment.by_fact.items():
            rule = self.ruleset.fact(fact_id)
            members = [Member(loc, cls) for loc, cls in pairs]
            verdict, reason, bad = self.judge_fact(rule, members)
            claims = sorted((m.located for m in members), key=_position)
            if verdict == "updated":  # a timeline: oldest figure first
                claims.sort(key=lambda loc: self.judge.as_of(loc) or "")
            facts.append(FactResult(
                fact_id=fact_id, label=rule.label, verdict=verdict, reason=reason,
                claims=tuple(claims), pairs=tuple(bad),
                rule_location=rule.location, severity=rule.severity,
            ))
        discovery = self.discoverer.discover(alignment.unmatched)
        candidates = []
        for group in discovery.groups:
            result = self.discovered_fact(group)
            (facts if result.severity == "error" else candidates).append(result)
        facts.sort(key=lambda f: (-RANK[f.verdict], f.origin != "rule", order.get(f.fact_id, 0), f.fact_id))
        candidates.sort(key=lambda f: (-RANK[f.verdict], f.fact_id))
        by_verdict: dict = {}
        for f in facts:
            by_verdict[f.verdict] = by_verdict.get(f.verdict, 0) + 1
        stats = {
            "sources": len(docs), "unreadable": len(errors), "claims": sum(c.found for c in checks),
            "claims_in_facts": sum(len(f.claims) for f in facts), "facts": len(facts),
            "discovered": sum(f.origin == "discovered" for f in facts),
            "candidates": len(candidates), "verdicts": by_verdict,
            "discovery_gave_up": [{"measure": m, "claims": n, "frames": k} for m, n, k in discovery.gave_up],
        }
        as_of = {(loc.doc.path, loc.claim.start): self.judge.as_of(loc)
                 for f in facts + candidates for loc in f.claims}
        return Analysis(tuple(docs), tuple(facts), tuple(candidates), tuple(errors), tuple(alignment.ties),
                        stats["claims"], stats, as_of)


def _position(loc: Located) -> tuple:
    return loc.doc.path, loc.claim.start


def suggest_rule(group: Sequence[Located], aligner: Aligner, rule_id: str, label: str) -> str:
    """A ready-to-paste YAML fact rule, ``rule_id`` and ``label``, that pins a discovered group."""
    first = group[0].claim
    common = _common_words(group)
    lines = [
        f"  - id: {rule_id}",
        f"    label: {label}",
    ]
    if first.kind in ("count", "number_range") and first.counted:
        lines.append(f"    counted: [{aligner.canonical(first.counted)}]")
    elif first.kind == "money":
        lines.append("    unit: money")
    elif first.unit:
        lines.append(f"    unit: {aligner.units.dimension(first) or first.unit}")
    if common:
        lines.append("    context:")
        lines.append(f"      clause: {{all: [{', '.join(common[:2])}]}}")
    lines.append("    examples:")
    lines.append("      match:")
    quote = group[0].doc.text[first.clause[0]:first.clause[1]].replace('"', "'")
    value = format_number(first.value).replace(",", "") if first.value is not None else None
    lines.append(f'        - {{text: "{quote}"' + (f", value: {value}}}" if value else "}"))
    return "\n".join(lines)


def _common_words(group: Sequence[Located]) -> list[str]:
    """Content words every claim's clause shares (the rule's context)."""
    sets = []
    for loc in group:
        s, e = loc.claim.clause
        words = {w for w in regex.findall(r"[a-z][a-z-]{3,}", loc.doc.text[s:e].lower())} - _FUNCTION_WORDS
        counted = set((loc.claim.counted or "").lower().split())
        sets.append(words - counted - {w + "s" for w in counted})
    common = set.intersection(*sets) if sets else set()
    return sorted(common)
