"""Load and validate the hand-written gold files of the development corpora.

Two data sets live next to this module:

* ``tests/corpora/discovery/<topic>/`` — 3–5 short documents per topic and a
  ``gold.yaml`` listing the facts stated in two or more documents (with their
  verdict), the claims that must never be grouped (``apart``) and the pairs
  that measure another scope (``scope``);
* ``tests/cases/time_scope.yaml`` — tiny multi-document scenarios for the
  time / scope verdicts.

The loaders return plain dicts and raise :class:`GoldError` (one clear line)
when a gold file does not match its documents: a missing file, a figure that
is not in its file, or a figure that occurs more often than ``nth`` allows
for.  Every claim is resolved to its character span (``start``/``end``) so a
scorer can match it against extracted claims by position.  This module does
not import factcheck on purpose: the gold must not depend on the code it
scores.
"""
from __future__ import annotations

from pathlib import Path

import regex
import yaml

VERDICTS = frozenset({"agree", "rounded", "differ", "updated", "other_scope", "loose"})
CASE_VERDICTS = VERDICTS | {"not_differ"}
LINT_LEVELS = frozenset({"none", "info", "warning", "error"})
SCOPE_SLOTS = frozenset({"period", "part", "aggregation", "measure"})
DOC_SUFFIXES = frozenset({".txt", ".md", ".html"})


class GoldError(ValueError):
    """A gold file that does not match its documents (message: ``path: reason``)."""


def figure_spans(text: str, figure: str) -> list[tuple[int, int]]:
    """Character spans where ``figure`` occurs in ``text`` as a whole token.

    A match may not sit inside a longer number or word: "190" is not found in
    "1,190", "19.0" or "190th"; Chinese characters may touch it ("达到1.6万亿美元").
    """
    pattern = (
        r"(?<!(?!\p{Han})[\p{L}\p{N}])(?<!\p{N}[.,])"
        + regex.escape(figure)
        + r"(?!(?!\p{Han})[\p{L}\p{N}])(?![.,]\p{N})"
    )
    return [m.span() for m in regex.finditer(pattern, text)]


def resolve_claim(text: str, claim: dict, where: str) -> dict:
    """Check one ``{file, figure, nth}`` claim against its text and add its span.

    Without ``nth`` the figure must occur exactly once; with ``nth: k`` it must
    occur at least k times (the k-th occurrence, counted from 1, is meant).
    """
    figure = claim.get("figure")
    if not isinstance(figure, str) or not figure.strip():
        raise GoldError(f"{where}: claim without a figure: {claim!r}")
    nth = claim.get("nth")
    spans = figure_spans(text, figure)
    if nth is None:
        if len(spans) != 1:
            raise GoldError(
                f"{where}: figure {figure!r} occurs {len(spans)} times in {claim.get('file')}"
                " (add nth: k when it occurs more than once)"
            )
        index = 0
    else:
        if not isinstance(nth, int) or isinstance(nth, bool) or nth < 1:
            raise GoldError(f"{where}: nth must be a positive integer, got {nth!r}")
        if len(spans) < nth:
            raise GoldError(
                f"{where}: figure {figure!r} occurs {len(spans)} times in"
                f" {claim.get('file')}, nth is {nth}"
            )
        index = nth - 1
    start, end = spans[index]
    return {**claim, "nth": index + 1, "start": start, "end": end}


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise GoldError(f"{path}: cannot read: {err}") from None


def _claim(topic_dir: Path, texts: dict, raw, where: str) -> dict:
    if not isinstance(raw, dict) or "file" not in raw:
        raise GoldError(f"{where}: a claim must be a mapping with file and figure: {raw!r}")
    name = raw["file"]
    if name not in texts:
        path = topic_dir / str(name)
        if not path.is_file():
            raise GoldError(f"{where}: no such document {name!r} in {topic_dir}")
        texts[name] = path.read_text(encoding="utf-8")
    return resolve_claim(texts[name], raw, where)


def _apart_groups(entry, where: str) -> list[list]:
    """An apart entry is a list whose items are claims (one-claim groups) or lists of claims."""
    if not isinstance(entry, list) or len(entry) < 2:
        raise GoldError(f"{where}: an apart entry needs two or more groups")
    return [item if isinstance(item, list) else [item] for item in entry]


def load_topic(topic_dir: Path) -> dict:
    """One topic's gold as a dict: topic, documents, facts, apart, scope (claims resolved)."""
    gold_path = topic_dir / "gold.yaml"
    data = _read_yaml(gold_path)
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise GoldError(f"{gold_path}: expected a mapping with a list of facts")
    documents = sorted(p.name for p in topic_dir.iterdir() if p.suffix in DOC_SUFFIXES)
    texts: dict[str, str] = {}
    facts, seen_ids = [], set()
    for i, fact in enumerate(data["facts"]):
        where = f"{gold_path}: facts[{i}]"
        if not isinstance(fact, dict):
            raise GoldError(f"{where}: a fact must be a mapping")
        fid = fact.get("id")
        if not fid or fid in seen_ids:
            raise GoldError(f"{where}: missing or repeated id {fid!r}")
        seen_ids.add(fid)
        if fact.get("verdict") not in VERDICTS:
            raise GoldError(f"{where}: unknown verdict {fact.get('verdict')!r}")
        claims = fact.get("claims")
        if not isinstance(claims, list) or len(claims) < 2:
            raise GoldError(f"{where}: a fact needs two or more claims")
        resolved = [_claim(topic_dir, texts, c, f"{where} ({fid})") for c in claims]
        if len({c["file"] for c in resolved}) < 2:
            raise GoldError(f"{where} ({fid}): a fact must be stated in two or more documents")
        facts.append({**fact, "claims": resolved})
    apart = []
    for i, entry in enumerate(data.get("apart") or []):
        where = f"{gold_path}: apart[{i}]"
        apart.append(
            [[_claim(topic_dir, texts, c, where) for c in group] for group in _apart_groups(entry, where)]
        )
    scope = []
    for i, pair in enumerate(data.get("scope") or []):
        where = f"{gold_path}: scope[{i}]"
        if not isinstance(pair, dict) or pair.get("slot") not in SCOPE_SLOTS:
            raise GoldError(f"{where}: a scope pair needs a, b and a slot in {sorted(SCOPE_SLOTS)}")
        scope.append(
            {**pair, "a": _claim(topic_dir, texts, pair.get("a"), where),
             "b": _claim(topic_dir, texts, pair.get("b"), where)}
        )
    related = []
    for i, item in enumerate(data.get("related") or []):
        where = f"{gold_path}: related[{i}]"
        ids = item.get("facts") if isinstance(item, dict) else None
        verdicts = item.get("verdicts") if isinstance(item, dict) else None
        if not isinstance(ids, list) or len(ids) != 2 or ids[0] == ids[1] or not seen_ids.issuperset(ids):
            raise GoldError(f"{where}: facts must name two different facts of this topic, got {ids!r}")
        if not verdicts or not set(verdicts) <= VERDICTS - {"differ"}:
            raise GoldError(f"{where}: verdicts must be a non-empty list of verdicts other than differ")
        related.append(item)
    return {
        "topic": data.get("topic", topic_dir.name),
        "dir": str(topic_dir),
        "documents": documents,
        "facts": facts,
        "apart": apart,
        "scope": scope,
        "related": related,
    }


def load_discovery_gold(root) -> list[dict]:
    """Every topic under ``root`` (one folder per topic holding a gold.yaml), sorted by name."""
    root = Path(root)
    topics = sorted(p for p in root.iterdir() if (p / "gold.yaml").is_file())
    if not topics:
        raise GoldError(f"{root}: no topic with a gold.yaml")
    return [load_topic(p) for p in topics]


def _case_figure(docs: dict, ref, where: str) -> dict:
    """Resolve ``[doc, figure]`` or ``[doc, figure, nth]`` against the case's documents."""
    if not isinstance(ref, list) or len(ref) not in (2, 3):
        raise GoldError(f"{where}: expected [doc, figure] or [doc, figure, nth], got {ref!r}")
    name, figure = ref[0], ref[1]
    if name not in docs:
        raise GoldError(f"{where}: no document {name!r} in this case")
    claim = {"file": name, "figure": figure}
    if len(ref) == 3:
        claim["nth"] = ref[2]
    return resolve_claim(docs[name], claim, where)


def load_time_scope_cases(path) -> list[dict]:
    """The time/scope cases of ``path`` as dicts, every figure resolved to its span."""
    path = Path(path)
    data = _read_yaml(path)
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a list of cases")
    cases, names = [], set()
    for i, case in enumerate(data):
        where = f"{path}: case[{i}]"
        if not isinstance(case, dict) or not case.get("name") or case["name"] in names:
            raise GoldError(f"{where}: missing or repeated name")
        names.add(case["name"])
        where = f"{path}: {case['name']}"
        docs = {}
        for doc in case.get("docs") or []:
            if not isinstance(doc, dict) or not doc.get("name") or not isinstance(doc.get("text"), str):
                raise GoldError(f"{where}: every doc needs a name and a text")
            if doc["name"] in docs:
                raise GoldError(f"{where}: repeated document name {doc['name']!r}")
            docs[doc["name"]] = doc["text"]
        if not docs:
            raise GoldError(f"{where}: no documents")
        expect = []
        for j, item in enumerate(case.get("expect") or []):
            if not isinstance(item, dict) or item.get("verdict") not in CASE_VERDICTS:
                raise GoldError(f"{where}: expect[{j}]: unknown verdict {item!r}")
            expect.append({
                **item,
                "a": _case_figure(docs, item.get("a"), f"{where}: expect[{j}].a"),
                "b": _case_figure(docs, item.get("b"), f"{where}: expect[{j}].b"),
            })
        last = list(docs)[-1]
        lint = []
        for j, item in enumerate(case.get("lint") or []):
            if not isinstance(item, dict) or item.get("level") not in LINT_LEVELS:
                raise GoldError(f"{where}: lint[{j}]: level must be one of {sorted(LINT_LEVELS)}")
            ref = [last, item.get("figure")] + ([item["nth"]] if "nth" in item else [])
            lint.append({**item, **_case_figure(docs, ref, f"{where}: lint[{j}]")})
        if not expect and not case.get("note"):
            raise GoldError(f"{where}: a case without expectations needs a note")
        cases.append({**case, "expect": expect, "lint": lint, "draft": last})
    return cases
