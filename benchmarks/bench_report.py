"""End-to-end timing of `factcheck report` on generated corpora.

For each N (default 100, 1000, 10000) it generates benchmarks/corpus-N with
make_corpus.py, then times loading, extraction (cold, with --jobs; each
worker also assigns its documents' claims to fact rules), grouping (facts
merged, candidate facts, verdicts) and report writing separately, and a
second warm run that reads the claim cache.  It prints seconds, MB/s, peak memory and how time
grows with N.

    python benchmarks/bench_report.py [N ...] [--jobs J]
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make  # noqa: E402

from factcheck.batch import ClaimCache, check_all  # noqa: E402
from factcheck.load import load_document  # noqa: E402
from factcheck.pipeline import Checker  # noqa: E402
from factcheck.report import html, jsonfmt, markdown, write_atomic  # noqa: E402
from factcheck.rulefiles import default_rules_dir  # noqa: E402
from factcheck.rules import load_ruleset  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def run(n: int, jobs: int) -> dict:
    corpus = ROOT / "benchmarks" / f"corpus-{n}"
    paths = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if len(paths) != n:
        paths = make(n, corpus)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    ruleset = load_ruleset([default_rules_dir()])
    out: dict = {"n": n, "mb": megabytes}
    with tempfile.TemporaryDirectory() as tmp:
        cache_path = Path(tmp) / "cache.sqlite"
        for phase in ("cold", "warm"):
            t0 = time.perf_counter()
            docs = [load_document(str(p), ruleset.vocab) for p in paths]
            t1 = time.perf_counter()
            cache = ClaimCache(cache_path)
            checker = Checker(ruleset)
            checks = check_all(docs, checker, jobs=jobs, cache=cache, progress=False)
            cache.close()
            t2 = time.perf_counter()
            analysis = checker.analyse(docs, checks=checks)
            t3 = time.perf_counter()
            for name, render in (("md", markdown.render), ("json", jsonfmt.render), ("html", html.render)):
                write_atomic(Path(tmp) / f"discrepancies.{name}", render(analysis))
            t4 = time.perf_counter()
            out[phase] = {"load": t1 - t0, "extract": t2 - t1, "group": t3 - t2, "write": t4 - t3, "total": t4 - t0,
                          "claims": analysis.claims_total}
            del docs, checks, checker, analysis  # the warm run must not stand on the cold run's memory
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the whole process so far
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    print(f"cores: {os.cpu_count()}, jobs: {args.jobs}")
    print(f"{'N':>6} {'MB':>7} | {'load':>6} {'extract':>8} {'group':>6} {'write':>6} {'total':>7} | "
          f"{'warm':>6} {'x':>5} | {'claims':>8} {'peak MB':>8}")
    previous = None
    for n in args.sizes:
        r = run(n, args.jobs)
        c, w = r["cold"], r["warm"]
        growth = ""
        if previous:
            growth = f"  time x{c['total'] / previous['cold']['total']:.1f} for N x{n / previous['n']:.0f}"
        print(f"{n:>6} {r['mb']:>7.1f} | {c['load']:>6.1f} {c['extract']:>8.1f} {c['group']:>6.1f} {c['write']:>6.1f} "
              f"{c['total']:>7.1f} | {w['total']:>6.1f} {c['total'] / w['total']:>5.1f} | {c['claims']:>8} "
              f"{r['peak_mb']:>8.0f}{growth}", flush=True)
        previous = r


if __name__ == "__main__":
    main()
