"""Where extraction time goes on distinct prose: CPU seconds per pass, then the top of a cProfile.

Feeds ``--mb`` of distinct prose (bench_extract.distinct_corpus) as 16 KB
documents with the vocabulary passed in, as bench_extract.py does.  Pass
timers wrap the extraction run's methods (``_Extraction.dates`` ...) and
the line driver's pieces; times are CPU time (``time.process_time``).

    python benchmarks/profile_extract.py [--mb 1] [--top 40] [--no-cprofile]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]  # this checkout first

import factcheck  # noqa: E402
from bench_extract import distinct_corpus  # noqa: E402
from factcheck.extractor import core, document, finish  # noqa: E402

PASSES = ("__init__", "dates", "identifiers", "frequencies", "fraction_words", "ordinals", "vague", "figures",
          "finish")
INSIDE_FINISH = ("find_scopes", "frame_for", "borrow_measures")
"""Functions ``finish`` calls, timed on their own (their time is also in finish's)."""


def _timed(owner, name: str, totals: dict) -> None:
    """Replace ``owner.name`` by a wrapper adding its CPU time to ``totals[name]`` (outermost calls only)."""
    inner = getattr(owner, name)
    depth = [0]

    def wrapper(*args, **kwargs):
        depth[0] += 1
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                totals[name] += time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--no-cprofile", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the least CPU time of each pass is shown")
    args = ap.parse_args()
    vocab = factcheck.load_vocabulary()
    text = distinct_corpus(args.mb)
    chunks = [text[i:i + 16_000] for i in range(0, len(text), 16_000)]
    best = float("inf")
    for _ in range(args.repeat):
        start = time.process_time()
        for c in chunks:
            factcheck.extract(c, vocab)
        best = min(best, time.process_time() - start)
    size = len(text.encode()) / 1e6
    print(f"{size:.2f} MB: {best:.2f} s CPU (least of {args.repeat}), {size / best:.2f} MB/s")
    totals: dict = defaultdict(float)
    for name in PASSES:
        _timed(core._Extraction, name, totals)
    for name in INSIDE_FINISH:
        _timed(finish, name, totals)
    _timed(document, "_paragraph", totals)
    least: dict = defaultdict(lambda: float("inf"))
    names = PASSES + INSIDE_FINISH + ("_paragraph",)
    runs = []
    for _ in range(args.repeat):
        totals.clear()
        start = time.process_time()
        for c in chunks:
            factcheck.extract(c, vocab)
        runs.append(time.process_time() - start)
        for name in names:
            least[name] = min(least[name], totals[name])
    timed_total = min(runs)
    print(f"{'pass':<18}{'CPU s':>8}{'share':>8}")
    for name in names:
        label = f"  {name}" if name in INSIDE_FINISH else name
        print(f"{label:<18}{least[name]:8.3f}{least[name] / timed_total:8.0%}")
    outside = timed_total - least["_paragraph"]
    print(f"{'outside lines':<18}{outside:8.3f}{outside / timed_total:8.0%}")
    if not args.no_cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for c in chunks:
            factcheck.extract(c, vocab)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
