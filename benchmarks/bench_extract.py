"""Extraction throughput: factcheck.extract vs quantulum3 vs a bare digit scan.

Builds a ~5 MB corpus from seeds/ (override with --mb) and prints MB/s for
each, from one run, plus the ratios.  quantulum3 is slow, so it is timed on
a slice of the corpus (--quantulum-kb) and its rate extrapolated.

    python benchmarks/bench_extract.py [--mb 5] [--quantulum-kb 200]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import regex

import factcheck

ROOT = Path(__file__).resolve().parent.parent


def corpus(megabytes: float) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    copies = max(1, int(megabytes * 1_000_000 / len(seeds.encode())) + 1)
    return "\n\n".join([seeds] * copies)[: int(megabytes * 1_000_000)]


def rate(fn, text: str) -> tuple[float, int]:
    start = time.perf_counter()
    n = fn(text)
    seconds = time.perf_counter() - start
    return len(text.encode()) / 1e6 / seconds, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--quantulum-kb", type=float, default=200.0)
    args = ap.parse_args()
    text = corpus(args.mb)
    vocab = factcheck.load_vocabulary()
    # one document per seed-sized chunk, as a real corpus would be fed
    chunks = [text[i:i + 16_000] for i in range(0, len(text), 16_000)]

    def ours(_):
        return sum(len(factcheck.extract(c, vocab)) for c in chunks)

    def floor(t):
        return sum(1 for _ in regex.finditer(r"\d+", t))

    fc_rate, fc_n = rate(ours, text)
    floor_rate, floor_n = rate(floor, text)
    print(f"corpus: {len(text.encode()) / 1e6:.2f} MB in {len(chunks)} documents")
    print(f"factcheck.extract : {fc_rate:8.2f} MB/s  ({fc_n} claims)")
    print(f"regex \\d+ floor   : {floor_rate:8.2f} MB/s  ({floor_n} digit runs)")
    try:
        from quantulum3 import parser as qparser
    except ImportError:
        print("quantulum3        : not installed (pip install -e '.[bench]')")
        return
    sample = text[: int(args.quantulum_kb * 1000)]
    q_chunks = [sample[i:i + 16_000] for i in range(0, len(sample), 16_000)]
    q_rate, q_n = rate(lambda _: sum(len(qparser.parse(c)) for c in q_chunks), sample)
    print(f"quantulum3        : {q_rate:8.3f} MB/s  ({q_n} quantities in {len(sample) / 1000:.0f} KB)")
    print(f"ratio factcheck / quantulum3 : {fc_rate / q_rate:6.1f}x")
    print(f"ratio floor / factcheck      : {floor_rate / fc_rate:6.1f}x")


if __name__ == "__main__":
    main()
