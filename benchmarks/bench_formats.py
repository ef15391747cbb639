"""Reading speed of the new source formats: PDF and Word (MB/s, pages/s), Excel, and PDF pages of tables.

Builds the files from the seed documents' sentences (a 300-page PDF by
default, a Word file with the same text, a 20,000-row workbook, PDF pages
each holding a 40-row table, read again in layout mode), times ``load_document`` on each (best of --repeat runs) and reports
the peak Python memory of reading the PDF and extracting its claims.

    python benchmarks/bench_formats.py [--pages 300] [--rows 20000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import factcheck  # noqa: E402
from docmakers import make_docx, make_pdf, make_xlsx  # noqa: E402
from factcheck.extractor import extract_document  # noqa: E402
from factcheck.load import load_document  # noqa: E402

LINES_PER_PAGE = 48


def seed_lines() -> list[str]:
    """The seeds' prose wrapped to PDF line width, ASCII only (the hand-made PDF uses a WinAnsi font)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    text = text.encode("ascii", "ignore").decode()
    return textwrap.wrap(" ".join(text.split()), 95)


def timed(fn, repeat: int):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    vocab = factcheck.load_vocabulary([ROOT / "rules"])
    lines = seed_lines()
    body = [lines[(i * LINES_PER_PAGE + j) % len(lines)] for i in range(args.pages) for j in range(LINES_PER_PAGE)]
    pages = [["Example Ministry bulletin"] + body[i:i + LINES_PER_PAGE] + [f"Page {n + 1} of {args.pages}"]
             for n, i in enumerate(range(0, len(body), LINES_PER_PAGE))]
    pdf = make_pdf(pages)
    paragraphs = [" ".join(body[i:i + 8]) for i in range(0, len(body), 8)]
    docx = make_docx(paragraphs)
    tables = make_pdf([{"lines": [f"Table {n + 1}. Figures by region"],
                        "table": [["Region", "Deaths", "Injured", "Homes"]] +
                                 [[f"Region {n}-{r}", f"{(n * 31 + r * 7) % 900:,}", str(r * 3), f"{r * 1_013:,}"]
                                  for r in range(40)]} for n in range(args.pages // 6)])
    xlsx = make_xlsx([["label", "value", "unit"]] + [[f"Indicator {i}", i * 37, "people"] for i in range(args.rows)])
    out = Path("/tmp") / "factcheck-bench-formats"
    out.mkdir(exist_ok=True)
    files = {"pdf": (out / "bulletin.pdf", pdf, f"{args.pages} pages"),
             "docx": (out / "bulletin.docx", docx, f"{len(paragraphs)} paragraphs (~{args.pages} pages)"),
             "xlsx": (out / "figures.xlsx", xlsx, f"{args.rows} rows"),
             "pdf tables": (out / "tables.pdf", tables, f"{args.pages // 6} pages of 40-row tables")}
    print(f"{'format':10} {'size':>9} {'seconds':>8} {'MB/s':>7}  units/s")
    for kind, (path, data, what) in files.items():
        path.write_bytes(data)
        seconds, doc = timed(lambda: load_document(path, vocab), args.repeat)
        count = int(what.split()[0])
        unit = what.split()[1] if kind not in ("docx", "pdf tables") else "pages"
        count = args.pages if kind == "docx" else count
        print(f"{kind:10} {len(data) / 1e6:7.2f}MB {seconds:8.3f} {len(data) / 1e6 / seconds:7.2f}  "
              f"{count / seconds:,.0f} {unit}/s  ({what}, {len(doc.text) / 1e6:.2f} M characters of text)")
    tracemalloc.start()
    doc = load_document(files["pdf"][0], vocab)
    claims = extract_document(doc, vocab)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{args.pages}-page PDF: read + {len(claims)} claims extracted, peak Python memory {peak / 1e6:.0f} MB "
          f"(file {len(pdf) / 1e6:.1f} MB, text {len(doc.text) / 1e6:.2f} M characters)")


if __name__ == "__main__":
    main()
