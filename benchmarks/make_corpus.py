"""Generate a reproducible corpus of N documents from seeds/ for benchmarks.

Documents are made of the seeds' paragraphs, shuffled, with figures varied
by a seeded RNG: most kept (agreements), some rounded or hedged ("more
than 140"), a few changed (contradictions).  Sizes run from 2 to 50 KB.

With ``--distinct`` the documents (same sizes) are generated prose whose
sentences never repeat (see distinct.py), with one in ten paragraphs taken
from the seeds (figures varied as above), into benchmarks/corpus-distinct-N.

    python benchmarks/make_corpus.py N [--out DIR] [--seed S] [--distinct]
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

from distinct import paragraph  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{2,3})(?![\w,.]?\d)(?= [a-z])")


def _vary(match: re.Match, rng: random.Random) -> str:
    text = match.group(1)
    value = int(text.replace(",", ""))
    roll = rng.random()
    if roll < 0.80:
        return text
    if roll < 0.90:
        rounded = int(round(value, -1)) if value >= 20 else value
        return f"more than {max(rounded - 10, 1):,}"
    if roll < 0.97:
        return f"about {int(round(value, -1)):,}"
    return f"{value + rng.choice([-3, -2, -1, 1, 2, 3, 10]):,}"


def paragraphs() -> list[str]:
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 40]
    return out


def make(n: int, out: Path, seed: int = 1, distinct: bool = False) -> list[Path]:
    """Write ``n`` documents into ``out`` (emptied first) and return their paths (``distinct``: see above)."""
    rng = random.Random(seed)
    paras = paragraphs()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paths = []
    for i in range(n):
        target = int(2000 * (25 ** rng.random()))  # 2 KB to 50 KB, log-uniform
        year = rng.choice([2021, 2022, 2023])
        body = [f"date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""]
        size = 0
        serial = i * 1_000_000
        while size < target:
            if distinct and rng.random() < 0.9:
                para, serial = paragraph(rng, serial)
            else:
                para = FIGURE.sub(lambda m: _vary(m, rng), rng.choice(paras))
            body.append(para)
            size += len(para) + 1
        path = out / f"doc_{i:05d}.txt"
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int)
    ap.add_argument("--out", default=None, help="default: benchmarks/corpus-N")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--distinct", action="store_true", help="generated sentences that never repeat")
    args = ap.parse_args()
    name = f"corpus-distinct-{args.n}" if args.distinct else f"corpus-{args.n}"
    out = Path(args.out or ROOT / "benchmarks" / name)
    paths = make(args.n, out, args.seed, args.distinct)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
