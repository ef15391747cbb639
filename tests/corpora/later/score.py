"""Score `factcheck report` on the blind "later press" corpus against its gold (a developer's tool; the test is
``tests/test_later_press.py``).

Run from anywhere: ``python tests/corpora/later/score.py [--summary] [ARTICLE ...]`` (set ``PYTHONPATH`` to the
checkout you mean to score).  For every article it runs, in process, what a user runs from the repository root::

    factcheck report seeds/ tests/corpora/later/articles/ARTICLE -o TMP --format json --no-cache

with the repository's own config (``pyproject.toml``, which enables the diplomacy pack), and reads
``discrepancies.json``.  Each gold entry is scored as ``FINDINGS.md`` says:

* the article claim is the report claim whose span overlaps the gold quote on the same line (none when the figure
  is in no fact or candidate); the seed claim likewise from ``seed_file`` / ``seed_quote``;
* expect agree / rounded / updated / differ: the **pair is found** when the article claim and the seed claim are in
  the same fact (facts and candidates); the **verdict is right** when that pair's verdict equals ``expect`` (a pair
  the report does not list among the fact's ``pairs`` is ``agree``);
* expect other_scope / none: **right** when the article claim is in no fact with the seed claim (for ``none``: with
  any seed claim), or every such pair is ``other_scope``;
* a **false differ**: expect is not ``differ`` but a pair of the article claim with a seed claim is ``differ``;
* a **wrong group**: the article claim sits in a fact holding seed claims but not the gold seed claim (for
  ``none``: any fact holding a seed claim);
* an entry is **correct** when it is right, not a false differ and not a wrong group.

Figures outside the gold that the report calls ``differ`` against a seed claim are counted as ``unlisted differs``
(every article figure that restates a seed figure is in the gold, so these are false differs too).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ARTICLES = HERE / "articles"
SEEDS = ROOT / "seeds"
PAIR_EXPECTS = ("agree", "rounded", "updated", "differ")


def load_gold() -> list[dict]:
    """The gold entries, in file order."""
    return yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))


def spans(text: str, quote: str) -> list[tuple[int, int, int]]:
    """Every (line, first column, last column + 1) of ``quote`` in ``text`` (1-based, as the report counts)."""
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        i = line.find(quote)
        while i >= 0:
            out.append((n, i + 1, i + 1 + len(quote)))
            i = line.find(quote, i + 1)
    return out


def run_report(article: str) -> dict:
    """``discrepancies.json`` of the seeds and one article, run as a user runs it from the repository root."""
    from factcheck.cli import main

    here = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="later_score_") as tmp:
        try:
            os.chdir(ROOT)
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                main(["report", "seeds", str(Path("tests/corpora/later/articles") / article), "-o", tmp,
                      "--format", "json", "-q", "--no-cache", "--config", "pyproject.toml", "-j", "1"])
        finally:
            os.chdir(here)
        return json.loads(Path(tmp, "discrepancies.json").read_text(encoding="utf-8"))


def signature(c: dict, discovered: bool) -> tuple:
    """What the verdict code judges a claim by: claims of one fact with the same signature are judged once, and
    only the first one's pairs are listed (``factcheck/verdict.py``, ``Judge._signature``)."""
    f = c["frame"]
    sig = (c["kind"], c["value"], c["low"], c["high"], c["hedge"], c["unit"], c["date"], c["season"], c["counted"],
           f["role"], f["aggregation"], tuple(f["qualifiers"]), tuple(f["period"] or ()) if f["time"] else None,
           tuple(f["relative"] or ()), c["as_of"])
    if discovered:
        sig += (f["measure"], tuple(f["entities"]), f["predicate"])
    return sig


class Report:
    """The groups (facts and candidates) of one report, with where each claim sits."""

    def __init__(self, data: dict):
        self.groups = list(data["facts"]) + list(data["candidates"])
        self.claims = []  # (group index, file name, line, first column, last column + 1, quote)
        self.rep = {}  # claim -> the first claim of its group stating the same thing (judged in its place)
        for gi, g in enumerate(self.groups):
            firsts = {}
            for c in g["claims"]:
                claim = (gi, Path(c["file"]).name, c["line"], c["column"], c["column"] + len(c["quote"]), c["quote"])
                self.claims.append(claim)
                self.rep[claim] = firsts.setdefault(signature(c, g["origin"] == "discovered"), claim)

    def at(self, name: str, text: str, quote: str) -> list[tuple]:
        """The report claims of file ``name`` that overlap ``quote`` on its line (best overlap first)."""
        found = []
        for line, a, b in spans(text, quote):
            for c in self.claims:
                if c[1] == name and c[2] == line and c[3] < b and a < c[4]:
                    found.append((-(min(b, c[4]) - max(a, c[3])), c))
        return [c for _, c in sorted(found, key=lambda x: x[0])]

    def pair(self, gi: int, x: tuple, y: tuple) -> str:
        """The verdict of the pair of claims ``x`` and ``y`` of group ``gi`` (``agree`` when it is not listed)."""
        def key(end):
            return Path(end["file"]).name, end["line"], end["quote"]
        x, y = self.rep.get(x, x), self.rep.get(y, y)
        if x == y:
            return "agree"
        kx, ky = (x[1], x[2], x[5]), (y[1], y[2], y[5])
        for p in self.groups[gi]["pairs"]:
            if {key(p["a"]), key(p["b"])} == {kx, ky}:
                return p["verdict"]
        return "agree"

    def seed_claims(self, gi: int) -> list[tuple]:
        return [c for c in self.claims if c[0] == gi and c[1] in SEED_NAMES]


SEED_NAMES = {p.name for p in SEEDS.glob("*")}


def score_entry(entry: dict, rep: Report, text: str, seed_texts: dict) -> dict:
    """One gold entry scored against one report (see the module docstring)."""
    expect = entry["expect"]
    res = {"entry": entry, "claim": None, "group": None, "found": False, "verdict": None, "right": False,
           "false_differ": [], "wrong_group": None}
    hits = rep.at(entry["article"], text, entry["quote"])
    if not hits:
        res["right"] = expect in ("other_scope", "none")
        res["correct"] = res["right"]
        return res
    claim = hits[0]
    res["claim"] = claim
    gi = claim[0]
    group = rep.groups[gi]
    res["group"] = f"{group['id']} ({group['verdict']})"
    seeds_here = rep.seed_claims(gi)
    gold_seed = []
    if "seed_file" in entry:
        gold_seed = [c for c in rep.at(entry["seed_file"], seed_texts[entry["seed_file"]], entry["seed_quote"])
                     if c[0] == gi]
    verdicts = {s: rep.pair(gi, claim, s) for s in seeds_here}
    res["false_differ"] = [f"{s[1][:3]} {s[5]!r}" for s, v in verdicts.items() if v == "differ"] \
        if expect != "differ" else []
    if seeds_here and not gold_seed:
        res["wrong_group"] = ", ".join(f"{s[1][:3]} {s[5]!r}" for s in seeds_here[:3])
    if gold_seed:
        res["found"] = True
        got = [verdicts[s] for s in gold_seed]
        res["verdict"] = expect if expect in got else got[0]
    if expect in PAIR_EXPECTS:
        res["right"] = res["verdict"] == expect
    elif expect == "other_scope":
        res["right"] = not gold_seed or res["verdict"] == "other_scope"
    else:
        res["right"] = all(v == "other_scope" for v in verdicts.values())
    res["correct"] = res["right"] and not res["false_differ"] and not res["wrong_group"]
    return res


def unlisted_differs(name: str, text: str, rep: Report, gold: list[dict]) -> list[str]:
    """Article figures outside the gold that the report pairs as ``differ`` with a seed claim."""
    listed = {c for e in gold if e["article"] == name for c in rep.at(name, text, e["quote"])}
    out = []
    for c in rep.claims:
        if c[1] != name or c in listed:
            continue
        for s in rep.seed_claims(c[0]):
            if rep.pair(c[0], c, s) == "differ":
                out.append(f"{c[5]!r} (line {c[2]}) in {rep.groups[c[0]]['id']} vs {s[1][:3]} {s[5]!r}")
                break
    return out


def score(articles=None) -> dict:
    """Run the report on every article (or the named ones) and score the gold; per-article rows and totals."""
    gold = load_gold()
    seed_texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    names = sorted({e["article"] for e in gold})
    if articles:
        names = [n for n in names if n in articles or n[:2] in articles]
    rows = {}
    for name in names:
        text = (ARTICLES / name).read_text(encoding="utf-8")
        rep = Report(run_report(name))
        results = [score_entry(e, rep, text, seed_texts) for e in gold if e["article"] == name]
        rows[name] = {"results": results, "unlisted": unlisted_differs(name, text, rep, gold)}
    return {"rows": rows, "totals": totals(rows)}


def counts(results: list[dict], unlisted: list[str]) -> Counter:
    c = Counter()
    for r in results:
        expect = r["entry"]["expect"]
        c["entries"] += 1
        c["correct"] += r["correct"]
        if expect in PAIR_EXPECTS:
            c["pairs_expected"] += 1
            c["pairs_found"] += r["found"]
            c["verdicts_right"] += r["right"]
        else:
            c["apart_expected"] += 1
            c["apart_right"] += r["right"]
        c["false_differs"] += bool(r["false_differ"])
        c["wrong_groups"] += bool(r["wrong_group"])
    c["unlisted_differs"] += len(unlisted)
    return c


def totals(rows: dict) -> Counter:
    total = Counter()
    for row in rows.values():
        total.update(counts(row["results"], row["unlisted"]))
    return total


def line(c: Counter) -> str:
    return (f"pairs found {c['pairs_found']}/{c['pairs_expected']}, verdicts right {c['verdicts_right']}/"
            f"{c['pairs_found']} (of {c['pairs_expected']}), other_scope/none right {c['apart_right']}/"
            f"{c['apart_expected']}, correct {c['correct']}/{c['entries']}, false differs {c['false_differs']}"
            f" (+{c['unlisted_differs']} unlisted), wrong groups {c['wrong_groups']}")


def main(argv: list[str]) -> int:
    summary = "--summary" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    out = score(wanted)
    for name, row in out["rows"].items():
        print(f"{name:34} {line(counts(row['results'], row['unlisted']))}")
        if summary:
            continue
        for r in row["results"]:
            e = r["entry"]
            bad = not r["correct"]
            mark = "BAD" if bad else "ok "
            got = r["verdict"] or ("not grouped" if r["claim"] is None else "not with the seed claim")
            extra = ""
            if r["false_differ"]:
                extra += f"  FALSE DIFFER vs {'; '.join(r['false_differ'])}"
            if r["wrong_group"]:
                extra += f"  WRONG GROUP with {r['wrong_group']}"
            print(f"  [{mark}] {e['quote']!r:45} expect {e['expect']:11} got {got:24} in {r['group'] or '--'}{extra}")
        for u in row["unlisted"]:
            print(f"  [BAD] unlisted differ: {u}")
    print(f"TOTAL {line(out['totals'])}")
    return 0


if __name__ == "__main__":
    if not os.environ.get("PYTHONPATH"):
        sys.path.insert(0, str(ROOT))  # this checkout's factcheck, not whatever is installed
    sys.exit(main(sys.argv[1:]))
