"""Checking many documents: a SQLite cache, worker processes and a progress line.

The cache holds three things, each keyed by exactly what it depends on:

* a document's claims: its bytes, its kind (text, Markdown, HTML), the
  vocabulary and the extractor's code -- changing a fact rule keeps them;
* a document's check (its claims aligned to fact rules): the claims' key
  plus every rule file and the code -- so after one document is edited only
  that document is read again;
* the last few whole reports (see ``run_key``), zlib-compressed in parts.

It is SQLite in WAL mode, so concurrent runs share it safely; each batch is
one transaction, so an interrupted run leaves it valid.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from .claimrows import Pool, check_from_json, check_to_json, claims_from_json, claims_to_json
from .extractor import ParagraphMemo, extract_document
from .load import file_kind
from .model import Document
from .pipeline import Checker, DocumentCheck
from .progress import Progress
from .vocab import Vocabulary

CACHE_FORMAT = 4
BATCH = 256
KEEP_REPORTS = 6
"""Whole runs' reports kept in the cache (the latest)."""
REPORT_PART = 1 << 22
"""Compressed bytes of a stored report per cache row."""


AFTER_CHECKING = frozenset({"verdict.py", "extremes.py", "reasons.py", "lint.py", "explain.py", "progress.py",
                            "cluster.py", "sources.py"})
"""Modules that only read documents' checks (verdicts, reports, the command line): a change to them keeps the cache."""


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the code that turns a file into checked claims (extraction, formats, vocabulary, alignment):
    every module of the package but the report, the command line and the stages after checking."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        part = path.relative_to(package).parts
        if part[0] not in ("report", "cli") and path.name not in AFTER_CHECKING:
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


def run_key(paths: Sequence[str], rule_files: Sequence[str], options: str,
            read: Optional[dict] = None) -> Optional[str]:
    """The identity of a report run: every source's name and bytes, every rule file, the code and the options.

    ``read`` maps source paths to the SHA-256 (hex) of the bytes already read, so the key of what a run
    actually checked can be made without reading the files again.  None when a source cannot be read
    (the full run then reports it).
    """
    digest = hashlib.sha256(f"{code_fingerprint()}\0{options}\0".encode())
    try:
        for path in list(rule_files) + ["--"] + list(paths):
            digest.update(path.encode() + b"\0")
            if path == "--":
                continue
            if read and path in read:
                digest.update(bytes.fromhex(read[path]))
            else:
                with open(path, "rb") as fh:
                    digest.update(hashlib.sha256(fh.read()).digest())
    except OSError:
        return None
    return digest.hexdigest()


def rules_fingerprint(ruleset) -> Optional[str]:
    """A hash of every rule file and of the code: a stored document check is reused only under the same rules.

    None for a rule set not read from files (nothing to key it by).
    """
    if not ruleset.files:
        return None
    digest = hashlib.sha256(code_fingerprint().encode())
    try:
        for name in ruleset.files:
            with open(name, "rb") as fh:
                digest.update(hashlib.sha256(fh.read()).digest())
    except OSError:
        return None
    return digest.hexdigest()[:16]


def cache_key(doc: Document, vocab: Vocabulary) -> str:
    """The cache key of a document's claims: content, kind, date (claims' times resolve against it),
    vocabulary and extractor code."""
    kind = doc.meta.get("format") or file_kind(doc.path)
    if doc.segments:  # text made by a format reader (it may depend on settings such as table columns)
        kind += "-" + hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{doc.sha256}:{kind}:{doc.date or ''}:{vocab.fingerprint}:{extractor_fingerprint()}:{CACHE_FORMAT}"


class Cache:
    """Claims and checks of documents, and recent reports, in an SQLite file shared by concurrent runs."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        ignore = path.parent / ".gitignore"
        if path.parent.name == ".factcheck" and not ignore.exists():
            ignore.write_text("# created by factcheck: the cache is not for version control\n*\n")
        self.path = path
        self.db = sqlite3.connect(str(path), timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS checks (key TEXT PRIMARY KEY, rules TEXT NOT NULL, data TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS report_parts (run TEXT NOT NULL, name TEXT NOT NULL, "
                        "part INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (run, name, part))")
        self.db.commit()

    @classmethod
    def open(cls, path: Path) -> Optional["Cache"]:
        """The cache at ``path``, or None (with a note) when it cannot be used."""
        try:
            return cls(path)
        except (OSError, sqlite3.Error) as exc:
            print(f"factcheck: note: cache {path} unavailable ({exc}); running without it", file=sys.stderr)
            return None

    def get(self, keys: Sequence[str], table: str = "claims") -> dict[str, str]:
        """Cached claim (or, with ``table="checks"``, document check) data for the keys that are present."""
        assert table in ("claims", "checks")
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.db.execute(f"SELECT key, data FROM {table} WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            out.update(rows.fetchall())
        return out

    def put(self, items: Sequence[tuple[str, str]], checks: Sequence[tuple[str, str, str]] = ()) -> None:
        """Store claim data and (key, rules fingerprint, data) document checks in one transaction,
        so a crash leaves the cache as it was."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO claims (key, data) VALUES (?, ?)", items)
            self.db.executemany("INSERT OR REPLACE INTO checks (key, rules, data) VALUES (?, ?, ?)", checks)

    def prune_checks(self, keep: int = 3) -> None:
        """Forget document checks made under all but the ``keep`` most recently stored rule versions."""
        with self.db:
            self.db.execute("DELETE FROM checks WHERE rules NOT IN (SELECT rules FROM checks GROUP BY rules "
                            "ORDER BY MAX(rowid) DESC LIMIT ?)", (keep,))

    def get_report(self, key: str) -> Optional[dict]:
        """A whole run's stored result, if the same run was made before: summary, exit code and ``files``, each
        report file's name -> its UTF-8 bytes piece by piece (read from the cache as they are written out)."""
        row = self.db.execute("SELECT data FROM reports WHERE key = ?", (key,)).fetchone()
        if not row:
            return None
        result = json.loads(row[0])
        counts = dict(self.db.execute("SELECT name, COUNT(*) FROM report_parts WHERE run = ? GROUP BY name", (key,)))
        if not isinstance(result["files"], dict) or counts != result["files"]:
            return None
        result["files"] = {name: self._report_file(key, name, n) for name, n in result["files"].items()}
        return result

    def _report_file(self, key: str, name: str, parts: int) -> Iterator[bytes]:
        inflate = zlib.decompressobj()
        for part in range(parts):
            row = self.db.execute("SELECT data FROM report_parts WHERE run = ? AND name = ? AND part = ?",
                                  (key, name, part)).fetchone()
            yield inflate.decompress(row[0])
        yield inflate.flush()

    def put_report(self, key: str, files: dict, summary: str, code: int) -> None:
        """Store a whole run's result: ``files`` maps each report file's name to its parts, from ``compressed``.
        Only the latest few runs are kept."""
        with self.db:
            self.db.execute("DELETE FROM reports WHERE rowid NOT IN (SELECT rowid FROM reports ORDER BY rowid DESC "
                            f"LIMIT {KEEP_REPORTS - 1})")
            self.db.execute("DELETE FROM report_parts WHERE run NOT IN (SELECT key FROM reports)")
            self.db.executemany("INSERT OR REPLACE INTO report_parts (run, name, part, data) VALUES (?, ?, ?, ?)",
                                [(key, name, i, data) for name, parts in files.items() for i, data in enumerate(parts)])
            self.db.execute("INSERT OR REPLACE INTO reports (key, data) VALUES (?, ?)", (key, json.dumps(
                {"files": {name: len(parts) for name, parts in files.items()}, "summary": summary, "code": code})))

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def compressed(pieces: Iterable[str], parts: list) -> Iterator[str]:
    """``pieces`` passed on unchanged while their UTF-8 text is compressed into ``parts`` (one zlib stream cut
    into parts of about ``REPORT_PART`` bytes): a report is stored as it is written, never held whole."""
    deflate, held, size = zlib.compressobj(1), [], 0
    for piece in pieces:
        yield piece
        out = deflate.compress(piece.encode("utf-8"))
        if out:
            held.append(out)
            size += len(out)
        if size >= REPORT_PART:
            parts.append(b"".join(held))
            held, size = [], 0
    held.append(deflate.flush())
    parts.append(b"".join(held))


def default_cache_path(paths: Sequence[str]) -> Path:
    """``.factcheck/cache.sqlite`` in the folder that holds all the given sources."""
    folders = [os.path.dirname(os.path.abspath(p)) if not os.path.isdir(p) else os.path.abspath(p)
               for p in paths if p != "-"] or [os.getcwd()]
    try:
        common = os.path.commonpath(folders)
    except ValueError:
        common = os.getcwd()
    return Path(common) / ".factcheck" / "cache.sqlite"


_WORKER: dict = {}  # a worker process's checker and paragraph memo, set once by _init_worker


def _init_worker(ruleset) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
    _WORKER.update(checker=Checker(ruleset), memo=ParagraphMemo())


def _check_one(checker: Checker, memo: ParagraphMemo, doc: Document, cached: Optional[str], store: bool):
    """(the claims as JSON to store, or None; the document's check as JSON; the rules timed out so far).

    The check travels as its compact JSON (what the cache stores), not as objects: read back through the
    run's ``Pool`` it takes much less memory, and the same text serves the cache.
    """
    if cached is None:
        claims = extract_document(doc, checker.ruleset.vocab, memo)
        data = claims_to_json(claims) if store else None
    else:
        claims, data = claims_from_json(cached, doc, Pool()), None
    check = checker.check_document(doc, claims)
    return data, check_to_json(check), check.timed_out


def _check_in_worker(task: tuple[Document, Optional[str], bool]):
    return _check_one(_WORKER["checker"], _WORKER["memo"], *task)


class LocalEngine:
    """Checks documents in this process, or in ``jobs`` worker processes when there are enough of them.

    The interface every engine offers (see ``factcheck.cluster.DaskEngine`` for the other one):
    ``run(tasks)`` yields ``(position, result)`` for each (document, cached claims, store) task, in any
    order, and ``close()`` releases the workers.
    """

    def __init__(self, checker: Checker, jobs: int = 1):
        self.checker, self.jobs = checker, jobs
        self.memo = ParagraphMemo()
        self.pool: Optional[ProcessPoolExecutor] = None  # started when there is work for it

    def run(self, tasks: Sequence[tuple[Document, Optional[str], bool]]):
        """``(position, result)`` for every task (see ``_check_one`` for the result)."""
        if self.jobs > 1 and len(tasks) > 8:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_init_worker,
                                                initargs=(self.checker.ruleset,))
            chunk = max(1, min(32, len(tasks) // (self.jobs * 8)))
            return enumerate(self.pool.map(_check_in_worker, tasks, chunksize=chunk))
        return enumerate(_check_one(self.checker, self.memo, *task) for task in tasks)

    def close(self, cancel: bool = False) -> None:
        """Stop the worker processes (dropping queued work when ``cancel``)."""
        if self.pool:
            self.pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self.pool = None


def check_all(docs: Sequence[Document], checker: Checker, jobs: int = 1, cache: Optional[Cache] = None,
              progress: bool = True, engine=None) -> list[DocumentCheck]:
    """Every document's check, in document order: from the cache, else its claims (cached or extracted)
    aligned to the checker's rules, by ``engine`` (default: a ``LocalEngine`` with ``jobs`` processes).

    Only the claims that matter travel back to this process; the result does not depend on ``jobs``, on
    the engine or on the cache.  The caller closes an engine it passes in.
    """
    keys = [cache_key(d, checker.ruleset.vocab) for d in docs]
    rules = rules_fingerprint(checker.ruleset) if cache else None
    check_keys = [f"{k}:{rules}" for k in keys]
    store = cache is not None
    bar = Progress(len(docs), "checking", progress, sum(len(d.text) for d in docs))
    results: list = [None] * len(docs)
    shared = Pool()  # frames shared by every claim read back in this run
    pending: list[tuple[str, str]] = []
    pending_checks: list[tuple[str, str, str]] = []

    def flush() -> None:
        cache.put(pending, pending_checks)
        pending.clear()
        pending_checks.clear()

    def finish(i: int, result) -> None:
        data, check_data, timed_out = result
        results[i] = check_from_json(check_data, docs[i], shared, timed_out)
        if cache:
            if data is not None:
                pending.append((keys[i], data))
            if rules and not timed_out:  # a timed-out pattern makes a check depend on the run
                pending_checks.append((check_keys[i], rules, check_data))
            if len(pending) + len(pending_checks) >= BATCH:
                flush()
        bar.advance(1, len(docs[i].text))

    def tasks(start: int, stop: int) -> list[tuple[int, Document, Optional[str]]]:
        """The slice's documents not checked before, with their cached claims; the others are done here."""
        found = cache.get(list(dict.fromkeys(check_keys[start:stop])), "checks") if cache and rules else {}
        todo = []
        for i in range(start, stop):
            if check_keys[i] in found:
                results[i] = check_from_json(found[check_keys[i]], docs[i], shared)
                bar.advance(1, len(docs[i].text))
            else:
                todo.append(i)
        claims = cache.get(list(dict.fromkeys(keys[i] for i in todo))) if cache else {}
        return [(i, docs[i], claims.get(keys[i])) for i in todo]

    own = engine is None
    engine = engine or LocalEngine(checker, jobs)
    try:
        try:
            for start in range(0, len(docs), 1000):  # a slice at a time: cached data never all sits in memory
                todo = tasks(start, min(start + 1000, len(docs)))
                for position, result in engine.run([(doc, found, store) for _, doc, found in todo]):
                    finish(todo[position][0], result)
        except BaseException:
            if own:
                engine.close(cancel=True)
            raise
        if own:
            engine.close()
    finally:
        if cache and (pending or pending_checks):
            flush()
        if cache and rules:
            cache.prune_checks()
        bar.close()
    return results
