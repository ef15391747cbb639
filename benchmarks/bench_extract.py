"""Extraction throughput: factcheck.extract vs quantulum3 vs a bare digit scan, and the per-call overhead.

Builds two ~5 MB corpora (override with --mb): the seeds' paragraphs repeated,
and distinct prose whose sentences never repeat (distinct.py).  Prints, from
one run, MB/s of factcheck.extract on each (in CPU time, the least of
--repeat runs) beside the bare ``\d+`` scan and their ratio, then the cost of one ``factcheck.extract(sentence)`` call with
and without a vocabulary passed.  quantulum3 is slow, so it is timed on a
slice (--quantulum-kb) and its rate extrapolated.

    python benchmarks/bench_extract.py [--mb 5] [--quantulum-kb 200] [--repeat 1]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import regex

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]  # this checkout first

import factcheck  # noqa: E402
from distinct import paragraph  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The council approved 1,250 new homes and a budget of $4.5 million in March 2024."


def corpus(megabytes: float) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    copies = max(1, int(megabytes * 1_000_000 / len(seeds.encode())) + 1)
    return "\n\n".join([seeds] * copies)[: int(megabytes * 1_000_000)]


def distinct_corpus(megabytes: float, seed: int = 7) -> str:
    """Generated prose of about ``megabytes`` whose sentences never repeat."""
    rng, serial, parts, size = random.Random(seed), 0, [], 0
    while size < megabytes * 1_000_000:
        para, serial = paragraph(rng, serial)
        parts.append(para)
        size += len(para.encode()) + 1
    return "\n".join(parts)[: int(megabytes * 1_000_000)]


def per_call(fn, calls: int = 300) -> float:
    """Milliseconds of CPU per call of ``fn()`` (after one warm-up call)."""
    fn()
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1000


def rate(fn, text: str, repeat: int = 1) -> tuple[float, int]:
    """MB/s of ``fn(text)`` in CPU time (the least of ``repeat`` runs: the machine is shared), and what it returned."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        n = fn(text)
        best = min(best, time.process_time() - start)
    return len(text.encode()) / 1e6 / best, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--quantulum-kb", type=float, default=200.0)
    ap.add_argument("--repeat", type=int, default=1, help="time factcheck.extract this many times, keep the fastest")
    args = ap.parse_args()
    vocab = factcheck.load_vocabulary()

    def floor(t):
        return sum(1 for _ in regex.finditer(r"\d+", t))

    rates = {}
    for name, text in (("distinct prose", distinct_corpus(args.mb)), ("seeds' paragraphs", corpus(args.mb))):
        # one document per seed-sized chunk, as a real corpus would be fed
        chunks = [text[i:i + 16_000] for i in range(0, len(text), 16_000)]
        fc_rate, fc_n = rate(lambda _: sum(len(factcheck.extract(c, vocab)) for c in chunks), text, args.repeat)
        floor_rate, floor_n = rate(floor, text)
        rates[name] = fc_rate
        print(f"{name}: {len(text.encode()) / 1e6:.2f} MB in {len(chunks)} documents")
        print(f"  factcheck.extract : {fc_rate:8.2f} MB/s  ({fc_n} claims)")
        print(f"  regex \\d+ floor   : {floor_rate:8.2f} MB/s  ({floor_n} digit runs)")
        print(f"  ratio floor / factcheck : {floor_rate / fc_rate:6.1f}x")
    with_vocab = per_call(lambda: factcheck.extract(SENTENCE, vocab))
    without = per_call(lambda: factcheck.extract(SENTENCE))
    print(f"one short sentence: {with_vocab:.3f} ms with a vocabulary passed, {without:.3f} ms without "
          f"({without / with_vocab:.2f}x)")
    fc_rate = rates["seeds' paragraphs"]
    text = corpus(args.mb)
    try:
        from quantulum3 import parser as qparser
    except ImportError:
        print("quantulum3        : not installed (pip install -e '.[bench]')")
        return
    sample = text[: int(args.quantulum_kb * 1000)]
    q_chunks = [sample[i:i + 16_000] for i in range(0, len(sample), 16_000)]
    q_rate, q_n = rate(lambda _: sum(len(qparser.parse(c)) for c in q_chunks), sample)
    print(f"quantulum3        : {q_rate:8.3f} MB/s  ({q_n} quantities in {len(sample) / 1000:.0f} KB)")
    print(f"ratio factcheck (seeds' paragraphs) / quantulum3 : {fc_rate / q_rate:6.1f}x")


if __name__ == "__main__":
    main()
