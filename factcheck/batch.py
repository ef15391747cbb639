"""Extracting many documents: a SQLite claim cache, worker processes and a progress line.

Claims depend only on a document's bytes, its kind (text, Markdown, HTML)
and the vocabulary, so the cache key is exactly those (plus a format
version); changing a fact rule never invalidates it, changing the
vocabulary invalidates everything.  The cache is SQLite in WAL mode, so
concurrent runs share it safely; each batch is one transaction, so an
interrupted run leaves it valid.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from .extractor import ParagraphMemo, extract_document
from .load import file_kind
from .model import Claim, Document
from .vocab import Vocabulary

CACHE_FORMAT = 2
BATCH = 256
_FIELDS = [f.name for f in fields(Claim) if f.name != "text"]
_SPANS = {i for i, name in enumerate(_FIELDS) if name in ("sentence", "clause", "local", "nearby")}
_WORDS = {i for i, name in enumerate(_FIELDS) if name in ("kind", "hedge", "unit", "counted", "date", "season", "scope")}


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the code that turns a file into claims, so a changed extractor never reads stale claims."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.glob("extractor/*.py")) + [package / "load.py", package / "intervals.py",
                                                           package / "vocab.py", package / "model.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of all of factcheck's code: a stored report is reused only by the same program."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")) + sorted(package.glob("schemas/*.json")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run_key(paths: Sequence[str], rule_files: Sequence[str], options: str) -> Optional[str]:
    """The identity of a report run: every source's name and bytes, every rule file, the code and the options.

    None when a source cannot be read (the full run then reports it).
    """
    digest = hashlib.sha256(f"{code_fingerprint()}\0{options}\0".encode())
    try:
        for path in list(rule_files) + ["--"] + list(paths):
            digest.update(path.encode() + b"\0")
            if path != "--":
                with open(path, "rb") as fh:
                    digest.update(hashlib.sha256(fh.read()).digest())
    except OSError:
        return None
    return digest.hexdigest()


def cache_key(doc: Document, vocab: Vocabulary) -> str:
    """The cache key of a document's claims: content, kind, vocabulary and extractor code."""
    return f"{doc.sha256}:{file_kind(doc.path)}:{vocab.fingerprint}:{extractor_fingerprint()}:{CACHE_FORMAT}"


def _claims_to_json(claims: Sequence[Claim]) -> str:
    """Claims as compact JSON rows (field order of ``Claim`` without its text, which the document holds)."""
    return json.dumps([[getattr(c, name) for name in _FIELDS] for c in claims], ensure_ascii=False,
                      separators=(",", ":"))


def _claims_from_json(data: str, doc: Document) -> list[Claim]:
    out = []
    for row in json.loads(data):
        # spans back to tuples; the few distinct words (kinds, units, scopes ...) shared, not copied per claim
        values = dict(zip(_FIELDS, (tuple(v) if i in _SPANS else sys.intern(v) if i in _WORDS and v else v
                                    for i, v in enumerate(row))))
        out.append(Claim(text=doc.text[values["start"]:values["end"]], **values))  # quotes come from the document
    return out


class ClaimCache:
    """Claims of documents already extracted, in an SQLite file shared by concurrent runs."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        ignore = path.parent / ".gitignore"
        if path.parent.name == ".factcheck" and not ignore.exists():
            ignore.write_text("# created by factcheck: the claim cache is not for version control\n*\n")
        self.path = path
        self.db = sqlite3.connect(str(path), timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self.db.commit()

    @classmethod
    def open(cls, path: Path) -> Optional["ClaimCache"]:
        """The cache at ``path``, or None (with a note) when it cannot be used."""
        try:
            return cls(path)
        except (OSError, sqlite3.Error) as exc:
            print(f"factcheck: note: claim cache {path} unavailable ({exc}); running without it", file=sys.stderr)
            return None

    def get(self, keys: Sequence[str]) -> dict[str, str]:
        """Cached claim data for the keys that are present."""
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.db.execute(f"SELECT key, data FROM claims WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            out.update(rows.fetchall())
        return out

    def put(self, items: Sequence[tuple[str, str]]) -> None:
        """Store claim data; one transaction, so a crash leaves the cache as it was."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO claims (key, data) VALUES (?, ?)", items)

    def get_report(self, key: str) -> Optional[dict]:
        """A whole run's stored result (report texts, summary, exit code), if the same run was made before."""
        row = self.db.execute("SELECT data FROM reports WHERE key = ?", (key,)).fetchone()
        if not row:
            return None
        result = json.loads(row[0])
        names = result["files"]
        texts = dict(self.db.execute(f"SELECT key, data FROM reports WHERE key IN ({','.join('?' * len(names))})",
                                     [f"{key}/{n}" for n in names]).fetchall())
        if len(texts) != len(names):
            return None
        result["files"] = {n: texts[f"{key}/{n}"] for n in names}
        return result

    def put_report(self, key: str, texts: dict, summary: str, code: int) -> None:
        """Store a whole run's result, one row per report file; only the latest few runs are kept."""
        with self.db:
            self.db.execute("DELETE FROM reports WHERE rowid NOT IN (SELECT rowid FROM reports ORDER BY rowid DESC LIMIT 24)")
            self.db.executemany("INSERT OR REPLACE INTO reports (key, data) VALUES (?, ?)",
                                [(f"{key}/{name}", text) for name, text in texts.items()])
            self.db.execute("INSERT OR REPLACE INTO reports (key, data) VALUES (?, ?)",
                            (key, json.dumps({"files": list(texts), "summary": summary, "code": code})))

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def default_cache_path(paths: Sequence[str]) -> Path:
    """``.factcheck/cache.sqlite`` in the folder that holds all the given sources."""
    folders = [os.path.dirname(os.path.abspath(p)) if not os.path.isdir(p) else os.path.abspath(p)
               for p in paths if p != "-"] or [os.getcwd()]
    try:
        common = os.path.commonpath(folders)
    except ValueError:
        common = os.getcwd()
    return Path(common) / ".factcheck" / "cache.sqlite"


class Progress:
    """``done/total, rate, ETA`` on stderr when it is a terminal and the work takes over a second."""

    def __init__(self, total: int, label: str, enabled: bool):
        self.total, self.label = total, label
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self.start = time.monotonic()
        self.shown = False
        self.done = 0

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more items done and redraw (at most ten times a second)."""
        self.done += n
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.start
        if elapsed < 1.0 or (self.shown and self.done < self.total and elapsed - getattr(self, "_last", 0) < 0.1):
            return
        self._last = elapsed
        rate = self.done / elapsed if elapsed else 0.0
        eta = (self.total - self.done) / rate if rate else 0.0
        sys.stderr.write(f"\r{self.label} {self.done}/{self.total} documents, {rate:,.0f}/s, ETA {eta:,.0f}s   ")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        """Clear the progress line."""
        if self.shown:
            sys.stderr.write("\r" + " " * 72 + "\r")
            sys.stderr.flush()


_WORKER: dict = {}  # a worker process's checker and paragraph memo, set once by _init_worker


def _init_worker(ruleset) -> None:
    import signal

    from .pipeline import Checker

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
    _WORKER.update(checker=Checker(ruleset), memo=ParagraphMemo())


def _check_one(checker, memo: ParagraphMemo, doc: Document, cached: Optional[str]):
    """(claims as JSON when newly extracted, else None; the document's check)."""
    if cached is None:
        claims = extract_document(doc, checker.ruleset.vocab, memo)
        data = _claims_to_json(claims)
    else:
        claims, data = _claims_from_json(cached, doc), None
    return data, checker.check_document(doc, claims)


def _check_in_worker(task: tuple[Document, Optional[str]]):
    return _check_one(_WORKER["checker"], _WORKER["memo"], *task)


def check_all(docs: Sequence[Document], checker, jobs: int = 1, cache: Optional[ClaimCache] = None,
              progress: bool = True) -> list:
    """Every document's ``DocumentCheck``, in document order: claims read from the cache or extracted,
    then aligned to the checker's rules, in ``jobs`` processes.

    Only the claims that matter travel back to this process; the result does not depend on ``jobs`` or
    on the cache.
    """
    keys = [cache_key(d, checker.ruleset.vocab) for d in docs]
    bar = Progress(len(docs), "checking", progress)
    results: list = [None] * len(docs)
    pending: list[tuple[str, str]] = []

    def finish(i: int, result) -> None:
        data, results[i] = result
        if data is not None and cache:
            pending.append((keys[i], data))
            if len(pending) >= BATCH:
                cache.put(pending)
                pending.clear()
        bar.advance()

    def tasks(start: int, stop: int):
        found = cache.get(list(dict.fromkeys(keys[start:stop]))) if cache else {}
        return [(docs[i], found.get(keys[i])) for i in range(start, stop)]

    try:
        if jobs > 1 and len(docs) > 8:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(checker.ruleset,))
            try:
                chunk = max(1, min(32, len(docs) // (jobs * 8)))
                for start in range(0, len(docs), 1000):  # a slice at a time: cached claims never all sit in memory
                    stop = min(start + 1000, len(docs))
                    for i, result in zip(range(start, stop), pool.map(_check_in_worker, tasks(start, stop),
                                                                      chunksize=chunk)):
                        finish(i, result)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            pool.shutdown()
        else:
            memo = ParagraphMemo()
            for start in range(0, len(docs), 1000):
                stop = min(start + 1000, len(docs))
                for i, (doc, found) in zip(range(start, stop), tasks(start, stop)):
                    finish(i, _check_one(checker, memo, doc, found))
    finally:
        if cache and pending:
            cache.put(pending)
        bar.close()
    return results
