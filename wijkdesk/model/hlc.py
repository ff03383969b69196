"""Hybrid logical clock stamps (physical milliseconds + a counter), sortable as text."""

from __future__ import annotations

import time
from collections.abc import Callable


def stamp(ms: int, counter: int) -> str:
    """The text form of a stamp; text order is time order."""
    return f"{ms:013d}.{counter:06d}"


def parse(text: str) -> tuple[int, int]:
    """(milliseconds, counter) of a stamp's text; ValueError when it is not one."""
    ms, _, counter = text.partition(".")
    if len(ms) != 13 or len(counter) != 6 or not ms.isdigit() or not counter.isdigit():
        raise ValueError(f"not a clock stamp: {text!r}")
    return int(ms), int(counter)


class Clock:
    """A hybrid logical clock: never goes backwards, even when the wall clock does."""

    def __init__(self, now_ms: Callable[[], int] | None = None) -> None:
        self._now = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._ms = 0
        self._counter = 0

    def observe(self, text: str) -> None:
        """Move past a stamp seen in the file or in a merged log."""
        ms, counter = parse(text)
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    def tick(self) -> str:
        """A new stamp later than every stamp made or observed so far."""
        now = self._now()
        if now > self._ms:
            self._ms, self._counter = now, 0
        else:
            self._counter += 1
            if self._counter > 999_999:  # the counter's six digits are used up: the next ms
                self._ms, self._counter = self._ms + 1, 0
        return stamp(self._ms, self._counter)
