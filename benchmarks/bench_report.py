"""End-to-end timing of `factcheck report` on generated corpora.

For each N (default 100, 1000, 10000) it generates benchmarks/corpus-N with
make_corpus.py, then

* in this process, with an empty cache: times loading, extraction (with
  --jobs; each worker also assigns its documents' claims to fact rules),
  grouping (facts merged, candidate facts, verdicts) and report writing
  separately, and how the total grows with N;
* the same run after one document is edited (only that one is read again);
* two end-to-end ``factcheck report`` processes on one cache: cold and warm
  (unchanged corpus), with two peaks of memory: the largest single process
  ("peak MB": the main process or a worker) and the whole process tree at
  once ("tree MB", main process and workers summed; sampled from /proc every
  50 ms on Linux, nan elsewhere).

Both corpora are measured by default: the seeds' paragraphs, which repeat
(corpus-N), and distinct prose whose sentences never repeat
(corpus-distinct-N, see distinct.py); --corpus picks one.  --cli-only skips
the in-process phases (for N = 100,000, where only the CLI figures matter).

    python benchmarks/bench_report.py [N ...] [--jobs J] [--corpus repeating|distinct|both] [--cli-only]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]  # this checkout first

from make_corpus import make  # noqa: E402

from factcheck.batch import Cache, check_all  # noqa: E402
from factcheck.load import load_document  # noqa: E402
from factcheck.pipeline import Checker  # noqa: E402
from factcheck.report import html, jsonfmt, markdown, write_atomic  # noqa: E402
from factcheck.rulefiles import default_rules_dir  # noqa: E402
from factcheck.rules import load_ruleset  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def run(n: int, jobs: int, distinct: bool, cli_only: bool) -> dict:
    corpus = ROOT / "benchmarks" / (f"corpus-distinct-{n}" if distinct else f"corpus-{n}")
    paths = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if len(paths) != n:
        paths = make(n, corpus, distinct=distinct)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    ruleset = load_ruleset([default_rules_dir()])
    nan = float("nan")
    out: dict = {"n": n, "mb": megabytes}
    with tempfile.TemporaryDirectory() as tmp:
        cache_path = Path(tmp) / "cache.sqlite"
        for phase in ("cold", "edited"):
            if cli_only:
                out[phase] = {"load": nan, "extract": nan, "group": nan, "write": nan, "total": nan, "claims": 0}
                continue
            t0 = time.perf_counter()
            docs = [load_document(str(p), ruleset.vocab) for p in paths]
            if phase == "edited":  # one document edited since the cold run: only it is read again
                edited = paths[0].read_bytes() + b"\nEdited: the fleet now has 12 more boats.\n"
                docs[0] = load_document(str(paths[0]), ruleset.vocab, data=edited)
            t1 = time.perf_counter()
            cache = Cache(cache_path)
            checker = Checker(ruleset)
            checks = check_all(docs, checker, jobs=jobs, cache=cache, progress=False)
            cache.close()
            t2 = time.perf_counter()
            analysis = checker.analyse(docs, checks=checks)
            t3 = time.perf_counter()
            for name, pieces in (("md", markdown.pieces), ("json", jsonfmt.pieces), ("html", html.pieces)):
                write_atomic(Path(tmp) / f"discrepancies.{name}", pieces(analysis))
            t4 = time.perf_counter()
            out[phase] = {"load": t1 - t0, "extract": t2 - t1, "group": t3 - t2, "write": t4 - t3, "total": t4 - t0,
                          "claims": analysis.claims_total}
            del docs, checks, checker, analysis  # the next phase must not stand on this one's memory
        out["cli"] = [_cli_run(corpus, Path(tmp) / "cli-cache.sqlite", Path(tmp) / "cli-out", jobs) for _ in range(2)]
    return out


def _cli_run(corpus: Path, cache: Path, reports: Path, jobs: int) -> tuple[float, float, float]:
    """Seconds, peak MB of its largest process and peak MB of its whole process tree (workers included) of one
    end-to-end ``factcheck report`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "report", str(corpus), "-o", str(reports), "--cache",
                             str(cache), "-j", str(jobs), "-q"], stdout=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})  # this checkout, not an installed copy
    tree = TreeMemory(proc.pid)
    code = proc.wait()
    seconds = time.perf_counter() - t0
    tree.stop()
    if code:
        raise subprocess.CalledProcessError(code, proc.args)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, (peak if peak > before else float("nan")) / 1024, tree.peak / 2**20


class TreeMemory:
    """The peak resident memory of a process and all its descendants together, sampled from /proc in a thread."""

    def __init__(self, pid: int, every: float = 0.05):
        self.pid, self.every, self.peak = pid, every, float("nan") if not os.path.isdir("/proc") else 0.0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        if self.peak == 0.0:
            self.thread.start()

    def _sample(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self.done.wait(self.every):
            total = 0
            for pid in _descendants(self.pid):
                try:
                    with open(f"/proc/{pid}/statm") as fh:
                        total += int(fh.read().split()[1]) * page
                except (OSError, ValueError, IndexError):
                    pass  # the process ended meanwhile
            self.peak = max(self.peak, total)

    def stop(self) -> None:
        """Stop sampling."""
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()


def _descendants(root: int) -> list[int]:
    """``root`` and every process below it, read from /proc."""
    children: dict = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    parent = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--corpus", choices=("repeating", "distinct", "both"), default="both")
    ap.add_argument("--cli-only", action="store_true", help="only the two end-to-end CLI runs")
    args = ap.parse_args()
    for distinct in {"repeating": [False], "distinct": [True], "both": [False, True]}[args.corpus]:
        table(args, distinct)


def table(args, distinct: bool) -> None:
    """One table: every N on one corpus."""
    print("distinct prose (corpus-distinct-N)" if distinct else "seeds' paragraphs, repeating (corpus-N)")
    print(f"cores: {os.cpu_count()}, jobs: {args.jobs}")
    print(f"{'':>14} | {'in process, cold cache':^38} | {'1 edit':>6} | {'factcheck report (CLI)':^37} |")
    print(f"{'N':>6} {'MB':>7} | {'load':>6} {'extract':>8} {'group':>6} {'write':>6} {'total':>7} | {'total':>6} | "
          f"{'cold':>6} {'peak MB':>8} {'tree MB':>8} {'warm':>6} {'x':>5} | {'claims':>8}")
    previous = None
    for n in args.sizes:
        r = run(n, args.jobs, distinct, args.cli_only)
        c, e = r["cold"], r["edited"]
        (cold, peak, tree), (warm, _, _) = r["cli"]
        growth = ""
        if previous:
            growth = (f"  time x{c['total'] / previous['cold']['total']:.1f} (CLI x{cold / previous['cli'][0][0]:.1f})"
                      f" for N x{n / previous['n']:.0f}")
        print(f"{n:>6} {r['mb']:>7.1f} | {c['load']:>6.1f} {c['extract']:>8.1f} {c['group']:>6.1f} {c['write']:>6.1f} "
              f"{c['total']:>7.1f} | {e['total']:>6.1f} | {cold:>6.1f} {peak:>8.0f} {tree:>8.0f} {warm:>6.1f} {cold / warm:>5.1f} | "
              f"{c['claims']:>8}{growth}", flush=True)
        previous = r


if __name__ == "__main__":
    main()
