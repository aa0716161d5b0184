"""Keeping to the API's request rate, and backing off when it says we went too fast.

``TokenBucket`` hands out send times spaced ``1/rate`` apart (a bucket of one token, so no
burst ever exceeds the rate in any one-second window). ``AdaptiveRate`` lowers the rate when
the API answers 429 and raises it back slowly while it does not. The clock and the wait are
injected, so tests run on a fake clock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]


class TokenBucket:
    """Thread-safe. ``rate`` in requests per second; 0 means no limit."""

    def __init__(self, rate: float, burst: float = 1.0, clock: Clock = time.monotonic) -> None:
        if rate < 0:
            raise ValueError("rate must be 0 (no limit) or more")
        self._rate = rate
        self._burst = max(1.0, burst)
        self._clock = clock
        self._lock = threading.Lock()
        self._next = clock()

    @property
    def rate(self) -> float:
        return self._rate

    def set_rate(self, rate: float) -> None:
        with self._lock:
            self._rate = max(0.0, rate)

    def reserve(self) -> float:
        """Claim the next send slot; returns how many seconds to wait until it comes."""
        with self._lock:
            now = self._clock()
            if self._rate <= 0:
                return 0.0
            interval = 1.0 / self._rate
            # Up to ``burst`` slots may be banked while idle, never more.
            earliest = now - interval * (self._burst - 1.0)
            slot = max(self._next, earliest)
            self._next = slot + interval
            return max(0.0, slot - now)

    def acquire(self, wait: Callable[[float], bool]) -> bool:
        """Wait for a slot with ``wait`` (an Event's wait: True means cancelled)."""
        delay = self.reserve()
        if delay > 0:
            return not wait(delay)
        return True


class AdaptiveRate:
    """Multiplicative decrease on 429, slow additive increase back to the chosen rate."""

    def __init__(
        self,
        bucket: TokenBucket,
        target: float,
        clock: Clock = time.monotonic,
        decrease: float = 0.7,
        increase_share: float = 0.05,
        floor: float = 1.0,
        hold: float = 1.0,
    ) -> None:
        self.bucket = bucket
        self.target = target
        self._clock = clock
        self._decrease = decrease
        self._step = max(target * increase_share, 0.1)
        self._floor = min(floor, target) if target > 0 else floor
        self._hold = hold
        self._lock = threading.Lock()
        self._last_change = clock() - hold  # the first 429 slows down at once

    @property
    def current(self) -> float:
        return self.bucket.rate

    def throttled(self) -> None:
        """A 429: slow down, at most once per ``hold`` seconds (answers arrive in bunches)."""
        if self.target <= 0:
            return
        with self._lock:
            now = self._clock()
            if now - self._last_change < self._hold:
                return
            self.bucket.set_rate(max(self._floor, self.bucket.rate * self._decrease))
            self._last_change = now

    def succeeded(self) -> None:
        """An answer that was not a 429: creep back towards the target, once per ``hold``."""
        if self.target <= 0:
            return
        with self._lock:
            rate = self.bucket.rate
            if rate >= self.target:
                return
            now = self._clock()
            if now - self._last_change < self._hold:
                return
            self.bucket.set_rate(min(self.target, rate + self._step))
            self._last_change = now
