"""Hybrid logical clock (Kulkarni et al. 2014): breaks ties between concurrent values, never causality.

An HLC is encoded as a fixed-width string "wall_ms-counter-replica" so that string order is
clock order, in Python and in SQL alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_AHEAD_MS = 24 * 3600 * 1000
# The counter is 5 digits wide so string order is clock order; past it the logical wall moves on.
MAX_COUNTER = 99_999
WARN_AHEAD_MS = 10 * 60 * 1000


def encode(wall_ms: int, counter: int, replica: str) -> str:
    return f"{wall_ms:013d}-{counter:05d}-{replica}"


def decode(hlc: str) -> tuple[int, int, str]:
    wall, counter, replica = hlc.split("-", 2)
    return int(wall), int(counter), replica


def wall_ms_of(hlc: str) -> int:
    return int(hlc[:13])


@dataclass
class HybridClock:
    replica: str
    wall: int = 0
    counter: int = 0
    now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000

    def tick(self) -> str:
        """The HLC of a new local event."""
        physical = self.now_ms()
        if physical > self.wall:
            self.wall, self.counter = physical, 0
        elif self.counter >= MAX_COUNTER:
            self.wall, self.counter = self.wall + 1, 0
        else:
            self.counter += 1
        return encode(self.wall, self.counter, self.replica)

    def observe(self, remote_hlc: str) -> bool:
        """Move past a remote clock (clamped to wall + 24 h); True when it was > 10 minutes ahead."""
        physical = self.now_ms()
        wall, counter, _ = decode(remote_hlc)
        counter = min(counter, MAX_COUNTER)
        ahead = wall - physical > WARN_AHEAD_MS
        wall = min(wall, physical + MAX_AHEAD_MS)
        if wall > self.wall:
            self.wall, self.counter = wall, counter
        elif wall == self.wall:
            self.counter = max(self.counter, counter)
        return ahead

    def state(self) -> str:
        return encode(self.wall, self.counter, self.replica)

    def restore(self, hlc: str | None) -> None:
        if hlc:
            self.wall, self.counter, _ = decode(hlc)
