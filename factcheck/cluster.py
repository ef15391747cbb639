"""Checking documents on a Dask cluster (``--scheduler ADDRESS`` or ``--scheduler local:N``).

The client reads every source and sends each document that the cache does not
answer to the cluster, with its text (workers need no shared file system) and
its cached claims if any; a worker extracts the claims, aligns them to the
fact rules and sends back the claims that matter (plus the JSON the client
stores in its cache).  Grouping and verdicts run on the client, so the report
is the same as a local run's.  Needs the ``cluster`` extra (``dask[distributed]``).
"""
from __future__ import annotations

import socket
import struct
import sys
import uuid
from typing import Optional, Sequence

from .batch import _check_one, rules_fingerprint
from .extractor import ParagraphMemo
from .model import Document
from .pipeline import Checker

CONNECT_TIMEOUT = 5.0
"""Seconds to wait for a scheduler to answer."""
MEMORY_FACTOR = 12
"""A document is sent to a worker only if this many times its size fits in the worker's memory limit."""

_WORKER_STATE: dict = {}
"""Per worker process: rules fingerprint -> (Checker, ParagraphMemo), built on a worker's first task."""


class ClusterError(Exception):
    """The cluster cannot be used or failed; the message is one line."""


def _worker_check(ruleset, key: str, doc: Document, cached: Optional[str], store: bool):
    """One document's check on a worker (its Checker and memo are made once per worker process)."""
    if key not in _WORKER_STATE:
        _WORKER_STATE.clear()
        _WORKER_STATE[key] = (Checker(ruleset), ParagraphMemo())
    checker, memo = _WORKER_STATE[key]
    return _check_one(checker, memo, doc, cached, store)


class DaskEngine:
    """The engine of ``batch.check_all`` on a ``dask.distributed`` cluster (see ``batch.LocalEngine``)."""

    def __init__(self, checker: Checker, address: str):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError("--scheduler needs Dask: pip install 'factcheck[cluster]'") from None
        self.checker, self.address = checker, address
        self.local = ParagraphMemo()
        self.cluster = None
        try:
            if address.startswith("local:"):
                workers = _worker_count(address)
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=50)
                self.client = Client(self.cluster, set_as_default=False)
            else:
                _probe(address)
                self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except ClusterError:
            self.close()
            raise
        except Exception as exc:  # Dask raises many kinds (OSError, TimeoutError, MemoryError on garbage ...)
            self.close()
            raise ClusterError(f"scheduler {address} does not answer ({_reason(exc)})") from None
        self.ruleset = self.client.scatter(checker.ruleset, broadcast=True, hash=False)
        rules = rules_fingerprint(checker.ruleset)  # None for rules not read from files: this run's object
        self.key = f"{checker.ruleset.vocab.fingerprint}:{rules or uuid.uuid4().hex}"

    def memory_limit(self) -> int:
        """The smallest memory limit of the cluster's workers in bytes (0: no limit known)."""
        limits = [w.get("memory_limit") or 0 for w in self.client.scheduler_info()["workers"].values()]
        return min((m for m in limits if m), default=0)

    def run(self, tasks: Sequence[tuple[Document, Optional[str], bool]]):
        """``(position, result)`` for every task as the cluster finishes it; a document too large for the
        workers' memory is checked here instead (with a note)."""
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        limit = self.memory_limit()
        futures: dict = {}
        for position, (doc, cached, store) in enumerate(tasks):
            if limit and len(doc.text) * MEMORY_FACTOR > limit:
                print(f"factcheck: note: {doc.path}: {_size(len(doc.text))} is too large for the cluster "
                      f"workers' memory limit ({_size(limit)}); checked on this machine",
                      file=sys.stderr)
                yield position, _check_one(self.checker, self.local, doc, cached, store)
                continue
            future = self.client.submit(_worker_check, self.ruleset, self.key, doc, cached, store, pure=False)
            futures[future] = (position, doc)
        try:
            for future in as_completed(list(futures), loop=self.client.loop):
                position, doc = futures.pop(future)
                try:
                    result = future.result()
                except KilledWorker:
                    raise ClusterError(f"{doc.path}: the cluster's workers died each time they checked it "
                                       f"(out of memory?)") from None
                yield position, result
        finally:
            for future in futures:
                future.cancel()

    def close(self, cancel: bool = False) -> None:
        """Disconnect from the scheduler (and stop the cluster if this engine started it)."""
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def _probe(address: str) -> None:
    """Check that a ``tcp://`` address (or a bare ``host:port``) is a Dask scheduler, within CONNECT_TIMEOUT.

    A Dask server opens every connection with a handshake frame whose first eight bytes give a small
    length; anything else (no answer, a refused connection, another protocol) is a ClusterError.
    """
    target = address[len("tcp://"):] if address.startswith("tcp://") else address
    if "://" in target:
        return  # tls:// and other transports: left to Dask
    host, _, port = target.rpartition(":")
    if not host or not port.isdigit():
        host, port = target, "8786"
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT) as conn:
            conn.settimeout(CONNECT_TIMEOUT)
            head = b""
            while len(head) < 8:
                part = conn.recv(8 - len(head))
                if not part:
                    break
                head += part
    except OSError as exc:
        raise ClusterError(f"scheduler {address} does not answer ({exc.strerror or _reason(exc)})") from None
    if len(head) < 8 or not 0 < struct.unpack("<Q", head)[0] < 1 << 20:
        raise ClusterError(f"{address} answers but is not a Dask scheduler")


def _worker_count(address: str) -> int:
    try:
        workers = int(address.split(":", 1)[1])
    except ValueError:
        workers = 0
    if workers < 1:
        raise ClusterError(f"--scheduler {address}: expected local:N with N a number of workers, at least 1")
    return workers


def _size(n: int) -> str:
    """A byte count for people: ``640 KB``, ``12.5 MB``."""
    return f"{n / 1e6:,.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} KB"


def _reason(exc: BaseException) -> str:
    """The first line of an exception's message, without Dask's long explanations."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
