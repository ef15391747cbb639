"""Every claim the extractor reads from a fixed set of texts, as JSON lines: the guard for speed work.

The texts: the seeds, about 2 MB of distinct prose (seed 7, fed as 16 KB
documents like bench_extract.py), a 200 KB single line of that prose, every
text in the case files under ``tests/cases/``, the test corpora, the string
literals of the test modules, and seeded word salad built from the
vocabulary's own words (hedges, units, scope and identifier words next to
digits).  Run it before and after a change and compare the two files
byte for byte:

    python benchmarks/golden_extract.py /tmp/golden-before.jsonl
    ... change ...
    python benchmarks/golden_extract.py /tmp/golden-after.jsonl && cmp /tmp/golden-before.jsonl /tmp/golden-after.jsonl
"""
from __future__ import annotations

import argparse
import ast
import json
import random
import sys
from pathlib import Path

import yaml

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]  # this checkout first

import factcheck  # noqa: E402
from bench_extract import distinct_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SALAD_WORDS = ("since as of as at by the end of over the past last previous decade years year in during from "
               "between to and until through Suite Room No. Route Street Avenue Road Tel Fax hotline ISBN RFC "
               "v pm am a.m. today now so far recently to date the latest data first half quarter Q1 H2 "
               "this next current recent years 18th CPC National Congress Agenda Five-Year Plan").split()


def _case_texts(value) -> list[str]:
    """Every ``text`` string anywhere in a loaded case file."""
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in ([v] if k == "text" and isinstance(v, str) else _case_texts(v))]
    if isinstance(value, list):
        return [t for v in value for t in _case_texts(v)]
    return []


def _literals(path: Path) -> list[str]:
    """String literals of a test module that hold a digit or a letter (candidate extraction inputs)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and len(n.value) > 3 and any(ch.isalnum() for ch in n.value)]


def _salad(vocab, n: int, seed: int = 11) -> list[str]:
    """Seeded lines of vocabulary words, digits and punctuation (edge cases the prose never writes)."""
    rng = random.Random(seed)
    words = (list(vocab.number_words) + list(vocab.scales) + list(vocab.hedges) + list(vocab.hedge_suffixes)
             + list(vocab.units)[:400] + list(vocab.currency_before) + list(vocab.currency_after) + list(vocab.months)
             + list(vocab.vague_quantities) + list(vocab.ordinal_words) + SALAD_WORDS * 4)
    glue = [" ", " ", " ", " ", ", ", ". ", "-", " (", ") ", ": ", "/", " - ", "; ", "\""]
    lines = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(3, 40)):
            roll = rng.random()
            if roll < 0.3:
                parts.append(str(rng.choice([rng.randint(0, 99), rng.randint(1800, 2100), rng.randint(100, 10 ** 7),
                                             f"{rng.randint(1, 999):,}", round(rng.uniform(0, 100), 2)])))
            else:
                parts.append(rng.choice(words))
            parts.append(rng.choice(glue))
        lines.append("".join(parts).strip())
    return lines


def documents(vocab) -> list[tuple[str, str]]:
    """(label, text) of every document the guard reads."""
    docs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    prose = distinct_corpus(2.0)
    docs += [(f"distinct:{i}", prose[i:i + 16_000]) for i in range(0, len(prose), 16_000)]
    docs.append(("long line", prose[:200_000].replace("\n", " ")))
    for path in sorted((ROOT / "tests" / "cases").rglob("*.yaml")):
        texts = _case_texts(yaml.safe_load(path.read_text(encoding="utf-8")))
        docs += [(f"{path.name}:{i}", t) for i, t in enumerate(texts)]
    for path in sorted((ROOT / "tests" / "corpora").rglob("*")):
        if path.suffix in (".txt", ".md"):
            docs.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        docs += [(f"{path.name}:{i}", t) for i, t in enumerate(_literals(path))]
    salad = _salad(vocab, 6000)
    docs += [(f"salad:{i}", "\n".join(salad[i:i + 50])) for i in range(0, len(salad), 50)]
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", help="JSON lines file to write (keep it outside the repository)")
    args = ap.parse_args()
    vocab = factcheck.load_vocabulary()
    claims = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for label, text in documents(vocab):
            for c in factcheck.extract(text, vocab):
                out.write(json.dumps([label, c.to_dict()], ensure_ascii=False, sort_keys=True) + "\n")
                claims += 1
    print(f"{claims} claims written to {args.out}")


if __name__ == "__main__":
    main()
