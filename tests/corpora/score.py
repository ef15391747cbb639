"""Score fact discovery against the gold of tests/corpora/discovery: pair precision / recall and verdicts.

A gold claim is the extracted claim whose span holds the gold figure.  A
predicted pair is two gold-annotated claims in one reported group (fact or
candidate); it is right when both are in one gold fact, wrong when they sit
in two gold facts or across an ``apart`` entry.  Pairs with claims the gold
does not mention are not counted.  A gold fact's verdict is right when the
reported group holding most of its claims has the gold verdict.
"""
from __future__ import annotations

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
    label: dict = {}  # claim key -> gold fact id (or an apart tag)
    gold_pairs = 0
    for fact in topic["facts"]:
        keys = [_find(group_of, spans, c) for c in fact["claims"]]
        for k in keys:
            if k is not None:
                label[k] = fact["id"]
        gold_pairs += len(list(combinations(fact["claims"], 2)))
    for i, entry in enumerate(topic["apart"]):
        for j, group in enumerate(entry):
            for c in group:
                k = _find(group_of, spans, c)
                if k is not None:
                    label.setdefault(k, f"apart-{i}-{j}")
    tp = fp = 0
    wrong = []
    groups: dict = {}
    for k, g in group_of.items():
        groups.setdefault(id(g), []).append(k)
    for members in groups.values():
        known = [k for k in members if k in label]
        for a, b in combinations(known, 2):
            if label[a] == label[b]:
                tp += 1
            else:
                fp += 1
                wrong.append((a, b, label[a], label[b]))
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
    return {"tp": tp, "fp": fp, "gold_pairs": gold_pairs, "right": right, "facts": len(topic["facts"]),
            "wrong_pairs": wrong, "verdicts": verdicts}
