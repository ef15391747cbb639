"""Strict precision / recall / F1 of the extractor on YAML case files.

A predicted claim counts as correct only when its span (quote), value and
unit all equal an expected claim's (values to a relative 1e-6; a range's
value is its [low, high]).  Cases are the files of tests/cases/en/ by default
(the format is described in tests/test_cases.py); pass other files or
folders to score held-out text.  Identifiers, dates and the rest are scored
like any claim.  With quantulum3 installed, ``--quantulum`` scores it on the
same cases (spans and values only: its unit names differ from pint's).

    python benchmarks/score_extract.py [PATHS...] [--quantulum] [--show-errors]
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

import yaml

import factcheck

ROOT = Path(__file__).resolve().parent.parent


def load(paths: list[str]) -> list[dict]:
    """Every case of the YAML files named or found under the folders named."""
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    cases = []
    for f in files:
        for case in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            cases.append({**case, "file": f.stem})
    return cases


def _value(kind, value, low, high):
    """What a claim states: its value, or (low, high) for a range, None for identifiers and dates."""
    if kind == "number_range":
        return (low, high)
    return value


def _same_value(a, b) -> bool:
    if isinstance(a, tuple) or isinstance(b, tuple):
        return isinstance(a, tuple) and isinstance(b, tuple) and all(_same_value(x, y) for x, y in zip(a, b))
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-12)


def _key_matches(pred: tuple, gold: tuple, with_unit: bool) -> bool:
    return pred[0] == gold[0] and _same_value(pred[1], gold[1]) and (not with_unit or pred[2] == gold[2])


def gold_claims(case: dict) -> list[tuple]:
    """(quote, value, unit) of each expected claim (unit None unless stated)."""
    out = []
    for e in case.get("claims") or []:
        value = e.get("value")
        if e.get("kind") == "number_range":
            value = (e.get("low"), e.get("high"))
        out.append((str(e["quote"]), None if value is None else value if isinstance(value, tuple) else float(value),
                    e.get("unit")))
    return out


def ours(vocab):
    """A predictor returning (quote, value, unit) for factcheck's claims."""
    def predict(text: str) -> list[tuple]:
        return [(c.text, _value(c.kind, c.value, c.low, c.high), c.unit) for c in factcheck.extract(text, vocab)]
    return predict


def quantulum():
    """A predictor for quantulum3 (quote and value only)."""
    from quantulum3 import parser

    def predict(text: str) -> list[tuple]:
        out = []
        for q in parser.parse(text):
            out.append((q.surface, float(q.value), None))
        return out
    return predict


def score(cases: list[dict], predict, with_unit: bool = True, show: bool = False) -> dict:
    """Strict true positives, false positives and false negatives over all cases, and P/R/F1."""
    tp = fp = fn = 0
    for case in cases:
        gold = gold_claims(case)
        pred = predict(case["text"])
        unmatched = list(gold)
        for p in pred:
            hit = next((g for g in unmatched if _key_matches(p, g, with_unit)), None)
            if hit is not None:
                unmatched.remove(hit)
                tp += 1
            else:
                fp += 1
                if show:
                    print(f"  FP {case['file']}:{case['name']}: {p}")
        fn += len(unmatched)
        if show:
            for g in unmatched:
                print(f"  FN {case['file']}:{case['name']}: {g}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "tests" / "cases" / "en")])
    ap.add_argument("--quantulum", action="store_true", help="also score quantulum3 (spans and values)")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    cases = load(args.paths)
    print(f"{len(cases)} cases, {sum(len(c.get('claims') or []) for c in cases)} expected claims")
    vocab = factcheck.load_vocabulary()
    for label, with_unit in (("value+unit+span", True), ("value+span", False)):
        s = score(cases, ours(vocab), with_unit, show=args.show_errors and with_unit)
        print(f"factcheck  {label:16s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
              f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    if args.quantulum:
        try:
            predict = quantulum()
        except ImportError:
            print("quantulum3: not installed (pip install quantulum3)")
            return
        s = score(cases, predict, with_unit=False)
        print(f"quantulum3 {'value+span':16s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
              f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")


if __name__ == "__main__":
    main()
