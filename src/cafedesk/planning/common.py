"""What every solver shares: progress reports and the stop request."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SolverProgress:
    """One report from a running solver, sent from the solver's own thread.

    ``fraction`` runs from 0 to 1 (time used of the time limit, or work done);
    ``best`` holds the best-so-far figures by name (e.g. ``{"clashes": 205}``).
    """

    fraction: float
    best: Mapping[str, int] = field(default_factory=dict)
    message: str = ""


ProgressCallback = Callable[[SolverProgress], None]
StopRequested = Callable[[], bool]


def never_stop() -> bool:
    return False


def ignore_progress(_progress: SolverProgress) -> None:
    return None


class Deadline:
    """A time limit that also honours a stop request from the user."""

    def __init__(self, seconds: float, should_stop: StopRequested = never_stop) -> None:
        self.start = time.perf_counter()
        self.seconds = seconds
        self._should_stop = should_stop

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def fraction(self) -> float:
        return min(1.0, self.elapsed() / self.seconds) if self.seconds > 0 else 1.0

    def expired(self) -> bool:
        return self.elapsed() >= self.seconds or self._should_stop()
