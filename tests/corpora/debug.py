"""Why discovery groups or misses each gold fact of the development corpus (a developer's tool, not a test).

Run from the repository root: ``python tests/corpora/debug.py [topic ...] [--all] [--summary] [--holdout]``.  For every gold
fact it prints the claim found at each gold figure, its frame and the group it landed in, the gold verdict and the
verdict reported; then every false pair; with ``--all``, every extracted claim of the topic and its frame.  With
``--summary`` it prints only one line of scores per topic; with ``--holdout`` it reads the held-out corpus.  The last lines give the totals over every topic and,
when topics are named, over the named topics alone.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent.parent), str(HERE.parent)]

from corpora.gold import load_discovery_gold  # noqa: E402
from corpora.score import score_topic  # noqa: E402

from factcheck.extractor import extract_document  # noqa: E402
from factcheck.load import load_document  # noqa: E402
from factcheck.pipeline import Checker  # noqa: E402
from factcheck.rules import load_ruleset  # noqa: E402


def _frame(c) -> str:
    f = c.frame
    bits = [f"m={f.measure!r}", f"v={f.predicate!r}"]
    if f.subject:
        bits.append(f"s={f.subject!r}")
    if f.entities:
        bits.append(f"e={list(f.entities)}")
    if f.qualifiers:
        bits.append(f"q={list(f.qualifiers)}")
    if f.role != "level":
        bits.append(f"role={f.role}")
    if f.aggregation:
        bits.append(f"agg={f.aggregation}")
    if f.time:
        bits.append(f"t={f.time!r}")
    if f.period or f.as_of:
        bits.append(f"p={f.period} as_of={f.as_of}")
    return " ".join(bits)


def _claim(c) -> str:
    return f"{c.text!r} [{c.kind} {c.hedge} cnt={c.counted!r}]"


def main(argv: list[str]) -> None:
    """Print the gold facts of the named topics (all by default) with their claims, frames and groups."""
    show_all = "--all" in argv
    summary = "--summary" in argv
    wanted = {a for a in argv if not a.startswith("--")}
    ruleset = load_ruleset([HERE.parent.parent / "rules"])
    checker = Checker(ruleset)
    totals = [0, 0, 0, 0, 0]
    chosen = [0, 0, 0, 0, 0]
    false_differs = []
    corpus = HERE / ("holdout" if "--holdout" in argv else "discovery")
    for topic in load_discovery_gold(corpus):
        docs = [load_document(name, ruleset.vocab, data=Path(topic["dir"], name).read_bytes())
                for name in topic["documents"]]
        analysis = checker.analyse(docs)
        s = score_topic(topic, analysis)
        for i, k in enumerate(("tp", "fp", "gold_pairs", "right", "facts")):
            totals[i] += s[k]
        false_differs += [(topic["topic"], a, b) for a, b in s["false_differs"]]
        if wanted and topic["topic"] not in wanted:
            continue
        for i, k in enumerate(("tp", "fp", "gold_pairs", "right", "facts")):
            chosen[i] += s[k]
        if summary:
            print(f"{topic['topic']:24} precision {s['tp'] / max(s['tp'] + s['fp'], 1):.3f} "
                  f"recall {s['tp'] / max(s['gold_pairs'], 1):.3f} verdicts {s['right']}/{s['facts']} "
                  f"(tp {s['tp']} fp {s['fp']} gold pairs {s['gold_pairs']})")
            continue
        groups = tuple(analysis.facts) + tuple(analysis.candidates)
        group_of = {(Path(loc.doc.path).name, loc.claim.start): (i, g) for i, g in enumerate(groups)
                    for loc in g.claims}
        claims = {Path(d.path).name: extract_document(d, ruleset.vocab) for d in docs}
        print(f"=== {topic['topic']}: tp {s['tp']} fp {s['fp']} gold pairs {s['gold_pairs']} "
              f"verdicts {s['right']}/{s['facts']}")
        verdicts = {fid: (want, got) for fid, want, got in s["verdicts"]}
        for fact in topic["facts"]:
            want, got = verdicts[fact["id"]]
            mark = "ok " if want == got else "BAD"
            print(f"  [{mark}] {fact['id']}: gold {want}, got {got}")
            for g in fact["claims"]:
                hit = next((c for c in claims[g["file"]] if c.start <= g["start"] and g["end"] <= c.end), None)
                if hit is None:
                    print(f"      {g['file']} {g['figure']!r}: NOT EXTRACTED")
                    continue
                gi = group_of.get((g["file"], hit.start))
                where = f"G{gi[0]}({gi[1].verdict})" if gi else "--"
                print(f"      {g['file']} {where:16} {_claim(hit)} {_frame(hit)}")
        for a, b, fa, fb in s["wrong_pairs"]:
            print(f"  WRONG PAIR {a} ({fa}) ~ {b} ({fb})")
        for i, g in enumerate(groups):
            quotes = ", ".join(f"{Path(loc.doc.path).name}:{loc.claim.text}" for loc in g.claims)
            print(f"  G{i} {g.fact_id} {g.verdict} conf={g.confidence}: {quotes}  // {g.reason}")
        if show_all:
            for name, cs in claims.items():
                for c in cs:
                    print(f"    {name}@{c.start} {_claim(c)} {_frame(c)}")
    if wanted:
        tp, fp, gold, right, facts = chosen
        print(f"NAMED precision {tp / max(tp + fp, 1):.3f} recall {tp / max(gold, 1):.3f} "
              f"verdicts {right / max(facts, 1):.3f} (tp {tp} fp {fp} gold {gold} right {right}/{facts})")
    tp, fp, gold, right, facts = totals
    for name, a, b in false_differs:
        print(f"FALSE DIFFER {name}: {a} vs {b}")
    print(f"false differs {len(false_differs)}")
    print(f"TOTAL precision {tp / max(tp + fp, 1):.3f} recall {tp / max(gold, 1):.3f} "
          f"verdicts {right / max(facts, 1):.3f} (tp {tp} fp {fp} gold {gold} right {right}/{facts})")


if __name__ == "__main__":
    main(sys.argv[1:])
