"""Score fact discovery against the gold of tests/corpora/discovery: pair precision / recall and verdicts.

A gold claim is the extracted claim whose span holds the gold figure.  A
predicted pair is two gold-annotated claims in one reported group (fact or
candidate); it is right when both are in one gold fact, wrong when it joins
two gold facts that are not ``related`` or crosses the groups of one
``apart`` entry.  Pairs of ``related`` facts (the same measure at another
time or of another part) and other pairs the gold does not decide are not
counted.  A gold fact's verdict is right when the
reported group holding most of its claims has the gold verdict.  A *false differ* is a reported pair judged
``differ`` whose two claims belong to two different gold facts (related or not) or form a gold ``scope`` pair.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from pathlib import Path


def _key(loc) -> tuple:
    return Path(loc.doc.path).name, loc.claim.start


def _index(analysis) -> dict:
    """(file name, gold span) -> claim key, for every claim the report groups; and claim key -> group."""
    group_of = {}
    for group in tuple(analysis.facts) + tuple(analysis.candidates):
        for loc in group.claims:
            group_of[_key(loc)] = group
    return group_of


def _find(group_of: dict, spans: dict, claim: dict):
    """The key of the extracted claim that holds a gold claim's figure, or None."""
    for (name, start), end in spans.items():
        if name == claim["file"] and start <= claim["start"] and claim["end"] <= end:
            return name, start
    return None


def score_topic(topic: dict, analysis) -> dict:
    """Counts for one topic: true/false positive pairs, gold pairs, verdicts right and total, misses."""
    group_of = _index(analysis)
    spans = {_key(loc): loc.claim.end for group in tuple(analysis.facts) + tuple(analysis.candidates)
             for loc in group.claims}
    fact_of: dict = {}  # claim key -> gold fact id
    gold_pairs = 0
    for fact in topic["facts"]:
        for c in fact["claims"]:
            k = _find(group_of, spans, c)
            if k is not None:
                fact_of[k] = fact["id"]
        gold_pairs += len(list(combinations(fact["claims"], 2)))
    related = {frozenset(r["facts"]) for r in topic.get("related", [])}
    apart_of: dict = defaultdict(set)  # claim key -> (entry, group) it belongs to
    for i, entry in enumerate(topic["apart"]):
        for j, group in enumerate(entry):
            for c in group:
                k = _find(group_of, spans, c)
                if k is not None:
                    apart_of[k].add((i, j))
    tp = fp = 0
    wrong = []
    groups: dict = {}
    for k, g in group_of.items():
        groups.setdefault(id(g), []).append(k)
    for members in groups.values():
        for a, b in combinations(members, 2):
            fa, fb = fact_of.get(a), fact_of.get(b)
            crosses = any(i == i2 and j != j2 for i, j in apart_of[a] for i2, j2 in apart_of[b])
            if fa is not None and fa == fb:
                tp += 1
            elif crosses or (fa is not None and fb is not None and frozenset((fa, fb)) not in related):
                fp += 1
                wrong.append((a, b, fa or "apart", fb or "apart"))
    right = 0
    verdicts = []
    for fact in topic["facts"]:
        keys = [k for k in (_find(group_of, spans, c) for c in fact["claims"]) if k is not None]
        found = {}
        for k in keys:
            found.setdefault(id(group_of[k]), [group_of[k], 0])[1] += 1
        best = max(found.values(), key=lambda x: x[1], default=None)
        got = best[0].verdict if best and best[1] >= 2 else None
        right += got == fact["verdict"]
        verdicts.append((fact["id"], fact["verdict"], got))
    scoped = {frozenset(k for k in (_find(group_of, spans, pair["a"]), _find(group_of, spans, pair["b"])))
              for pair in topic.get("scope", [])}
    false_differs = [(_key(p.a), _key(p.b)) for group in tuple(analysis.facts) + tuple(analysis.candidates)
                     for p in group.pairs if p.verdict == "differ" and _two_facts(p, fact_of, scoped)]
    return {"tp": tp, "fp": fp, "gold_pairs": gold_pairs, "right": right, "facts": len(topic["facts"]),
            "wrong_pairs": wrong, "verdicts": verdicts, "false_differs": false_differs}


def _two_facts(pair, fact_of: dict, scoped: set) -> bool:
    """Whether a pair judged ``differ`` sets two claims of two different gold facts against each other (even
    two ``related`` facts: the same measure of another part or time is no contradiction), or the two claims
    of a gold ``scope`` pair (another part, period or thing)."""
    ka, kb = _key(pair.a), _key(pair.b)
    if frozenset((ka, kb)) in scoped:
        return True
    return fact_of.get(ka) is not None and fact_of.get(kb) is not None and fact_of[ka] != fact_of[kb]
