"""``factcheck explain``: what was read from a text and why each rule took a claim or not."""
from __future__ import annotations

from .align import Aligner
from .discover import eligible
from .extractor import extract
from .extractor.text import normalize
from .intervals import comparison_interval, format_interval
from .verdict import show_claim


def explain_text(text: str, aligner: Aligner, show_all: bool = False, line_offset: int = 0) -> str:
    """A readable account of every claim in ``text`` and the rules' verdicts on it.

    Rules that fail on the kind or the counted thing are summarised unless
    ``show_all``; near misses (right thing, wrong context) are listed with
    the reason -- the missing phrase and the closest fuzzy score.
    """
    vocab = aligner.ruleset.vocab
    norm = normalize(text)
    claims = extract(text, vocab)
    if not claims:
        return "no figures or dates found\n"
    out = []
    for c in claims:
        line = text.count("\n", 0, c.start) + 1 + line_offset
        out.append(f"{c.text!r} (line {line}) — {c.kind}")
        fields = [("states", show_claim(c)), ("interval", format_interval(c.interval) if c.value is not None or c.low is not None else None),
                  ("compared as", format_interval(comparison_interval(c, vocab.seasons)) if c.kind not in ("date", "date_range") and (c.value is not None or c.low is not None) else None),
                  ("hedge", c.hedge if c.hedge != "none" else None), ("precision", c.precision), ("unit", c.unit),
                  ("counted", c.counted), ("date", c.date), ("season", c.season), ("scope", c.scope)]
        for name, value in fields + _frame_fields(c.frame):
            if value is not None:
                out.append(f"    {name:12s} {value}")
        checks = aligner.checks(c, norm)
        winner, others = aligner.best(c, norm)
        if winner:
            out.append(f"    fact         {winner.rule.id} ({winner.rule.location})")
            for o in others:
                out.append(f"    also matched {o.rule.id} (less specific)")
        else:
            out.append("    fact         none (no rule takes it; "
                       + ("its frame may join a discovered fact)" if eligible(c) else "its frame names no measure)"))
        near = [ch for ch in checks if not ch.matched and not _far(ch.reason)]
        far = [ch for ch in checks if not ch.matched and _far(ch.reason)]
        for ch in near:
            out.append(f"    not {ch.rule.id}: {ch.reason}")
        if show_all:
            for ch in far:
                out.append(f"    not {ch.rule.id}: {ch.reason}")
        elif far:
            out.append(f"    ({len(far)} other rules measure another thing; --all lists them)")
        out.append("")
    return "\n".join(out)


def _frame_fields(f) -> list[tuple[str, object]]:
    """The frame's slots worth showing (SEMANTICS.md section 5): what is measured, by what verb, of what, when."""
    period = f"{f.period[0]} to {f.period[1] or 'the document date'}" if f.period else None
    return [("measure", f.measure or None), ("subject", f.subject or None), ("predicate", f.predicate or None),
            ("entities", ", ".join(f.entities) or None), ("qualifiers", ", ".join(f.qualifiers) or None),
            ("role", f.role if f.role != "level" else None), ("aggregation", f.aggregation or None),
            ("time", f.time or None), ("period", period), ("as of", f.as_of)]


def _far(reason: str) -> bool:
    """A rule that fails on what is counted or measured, not on context: not worth listing by default."""
    return reason.startswith(("counts ", "measures ", "kind ", "a ")) or "is never a fact value" in reason
