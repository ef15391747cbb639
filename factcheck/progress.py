"""A one-line progress display for long runs: documents done / total, MB/s and the time left."""
from __future__ import annotations

import os
import sys
import time


class Progress:
    """``done/total documents, MB/s, time left`` on stderr when it is a terminal and the work takes over a second."""

    def __init__(self, total: int, label: str, enabled: bool, total_bytes: int = 0):
        self.total, self.label, self.total_bytes = total, label, total_bytes
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self.start = time.monotonic()
        self.shown = False
        self.done = 0
        self.done_bytes = 0
        self._last = 0.0

    def line(self, elapsed: float) -> str:
        """The text shown after ``elapsed`` seconds."""
        rate = self.done_bytes / elapsed / 1e6 if elapsed > 0 else 0.0
        if self.total_bytes and self.done_bytes:
            left = (self.total_bytes - self.done_bytes) / (self.done_bytes / elapsed)
        elif self.done:
            left = (self.total - self.done) * elapsed / self.done
        else:
            left = 0.0
        return (f"{self.label} {self.done:,}/{self.total:,} documents, {rate:,.1f} MB/s, "
                f"{_duration(left)} left")

    def advance(self, n: int = 1, nbytes: int = 0) -> None:
        """Count ``n`` more documents (``nbytes`` of text) done and redraw (at most ten times a second)."""
        self.done += n
        self.done_bytes += nbytes
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.start
        if elapsed < 1.0 or (self.shown and self.done < self.total and elapsed - self._last < 0.1):
            return
        self._last = elapsed
        sys.stderr.write("\r" + self.line(elapsed).ljust(78))
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        """Clear the progress line."""
        if self.shown:
            sys.stderr.write("\r" + " " * 78 + "\r")
            sys.stderr.flush()


def _duration(seconds: float) -> str:
    """``42 s``, ``3 min 05 s`` or ``1 h 02 min``."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds // 60 % 60:02d} min"
