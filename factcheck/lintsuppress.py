"""Lint suppressions: inline ``factcheck: ignore`` comments, finding fingerprints and baseline files."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import regex

from .extractor.text import normalize
from .model import Document

if TYPE_CHECKING:
    from .lint import Finding

# -- suppressions --------------------------------------------------------------------
_IGNORE = regex.compile(r"factcheck:\s*ignore(?P<next>-next-line)?(?:\[(?P<ids>[^\]]*)\])?", regex.I)
_HTML_COMMENT = regex.compile(r"<!--(.*?)-->", regex.S)


@dataclass
class Suppression:
    """An inline ``factcheck: ignore`` comment and whether it suppressed anything."""

    file: str
    line: int  # the line it applies to
    comment_line: int
    column: int
    ids: tuple[str, ...]
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        return finding.line == self.line and (not self.ids or finding.fact in self.ids or finding.verdict in self.ids
                                              or finding.rule in self.ids)


def suppressions(doc: Document, kind: str) -> list[Suppression]:
    """The ignore comments of a draft: in ``<!-- -->`` comments for Markdown/HTML, anywhere on the line in text."""
    out = []
    text = doc.text
    if kind in ("md", "html"):
        spans = [(m.start(1), m.group(1)) for m in _HTML_COMMENT.finditer(text)]
    else:
        spans = [(0, text)]
    for offset, chunk in spans:
        for m in _IGNORE.finditer(chunk):
            line, col = doc.position(offset + m.start())
            ids = tuple(i.strip() for i in (m.group("ids") or "").split(",") if i.strip())
            target = line + 1 if m.group("next") else line
            out.append(Suppression(doc.path, target, line, col, ids))
    return out


# -- fingerprints and baselines ----------------------------------------------------------
def fingerprint(rule: str, path: str, quote: str, occurrence: int = 0) -> str:
    """Stable identity of a finding: rule, file and normalised claim (never the line number)."""
    norm = " ".join(normalize(quote).lower().split())
    return hashlib.sha256(f"{rule}\x00{Path(path).as_posix()}\x00{norm}\x00{occurrence}".encode()).hexdigest()[:32]


def read_baseline(path: str) -> set[str]:
    """Fingerprints accepted in a baseline file (ValueError with a reason when it is not one)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such baseline file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a factcheck baseline ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ValueError(f"{path}: not a factcheck baseline (no 'findings' list)")
    return {f.get("fingerprint") for f in data["findings"] if isinstance(f, dict)}


def baseline_json(findings: Sequence[Finding]) -> str:
    """A baseline file accepting these findings."""
    rows = [{"fingerprint": f.fingerprint, "rule": f.rule, "file": f.file, "quote": f.quote}
            for f in sorted(findings, key=lambda f: (f.file, f.rule, f.quote, f.fingerprint))]
    return json.dumps({"schema_version": 1, "tool": "factcheck", "findings": rows}, ensure_ascii=False, indent=2) + "\n"


def with_fingerprints(findings: list[Finding]) -> list[Finding]:
    """The findings with their fingerprints (the n-th finding of one rule, file and quote counts n)."""
    seen: dict = {}
    out = []
    for f in findings:
        key = (f.rule, f.file, f.quote)
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(replace(f, fingerprint=fingerprint(f.rule, f.file, f.quote, n)))
    return out


def apply_suppressions(findings: list[Finding], drafts: Sequence[Document], baseline: set[str]) -> tuple[list[Finding], list[Suppression]]:
    """Mark findings suppressed inline or by the baseline; returns them and the unused inline suppressions."""
    from .load import file_kind

    sups = [s for d in drafts for s in suppressions(d, file_kind(d.path))]
    out = []
    for f in findings:
        hit = next((s for s in sups if s.file == f.file and s.covers(f)), None)
        if hit:
            hit.used = True
            out.append(replace(f, suppressed="inline"))
        elif f.fingerprint in baseline:
            out.append(replace(f, suppressed="baseline"))
        else:
            out.append(f)
    return out, [s for s in sups if not s.used]
