"""The spans of a text that a pass of the extraction run has claimed, so that no later pass reads them again."""
from __future__ import annotations

import bisect


class Taken:
    """Non-overlapping spans already claimed by an earlier pass."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether no claimed span overlaps ``start``..``end``."""
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        """Claim ``start``..``end``."""
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
