"""Hybrid logical clock: orders changes across laptops whose wall clocks disagree.

A timestamp is ``<physical ms, 15 digits>-<counter, 5 digits>-<node>``, so text order is time order.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

MAX_DRIFT_MS = 7 * 24 * 3600 * 1000  # a remote clock further ahead than this is not trusted


def format_hlc(physical_ms: int, counter: int, node: str) -> str:
    return f"{physical_ms:015d}-{counter:05d}-{node}"


def parse_hlc(value: str) -> tuple[int, int, str]:
    physical, counter, node = value.split("-", 2)
    return int(physical), int(counter), node


class HybridClock:
    def __init__(self, node: str, last: str | None = None, wall: Callable[[], float] = time.time) -> None:
        self.node = node
        self._wall = wall
        self._lock = threading.Lock()
        self._physical, self._counter = (0, 0) if not last else parse_hlc(last)[:2]

    def now(self) -> str:
        with self._lock:
            wall_ms = int(self._wall() * 1000)
            if wall_ms > self._physical:
                self._physical, self._counter = wall_ms, 0
            else:
                self._counter += 1
            return format_hlc(self._physical, self._counter, self.node)

    def observe(self, remote: str) -> None:
        """Move past a timestamp seen from elsewhere, so our next change sorts after it."""
        physical, counter, _ = parse_hlc(remote)
        with self._lock:
            wall_ms = int(self._wall() * 1000)
            if physical - wall_ms > MAX_DRIFT_MS:
                return
            if physical > self._physical:
                self._physical, self._counter = physical, counter
            elif physical == self._physical:
                self._counter = max(self._counter, counter)
