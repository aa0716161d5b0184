"""Misbehaviour on purpose: latency, 5xx pages, throttling, resets, hangs, a rate limit."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Faults:
    """Misbehaviour on purpose. Rates are shares of requests, from 0 to 1."""

    latency_ms: float = 0.0          # added to every answer (a sleep: concurrent requests overlap)
    error_rate: float = 0.0          # answered 500 or 503 with an HTML error page
    throttle_rate: float = 0.0       # answered 429 with Retry-After
    retry_after: int = 1             # seconds in the Retry-After of a throttled answer
    retry_after_date: bool = False   # send Retry-After as an HTTP date instead of seconds
    reset_rate: float = 0.0          # connection reset (TCP RST) without an answer
    hang_rate: float = 0.0           # no answer for hang_seconds
    hang_seconds: float = 30.0
    rate_limit: float = 0.0          # requests per second per API key before 429; 0 = no limit
    seed: int | None = None          # for a reproducible sequence of injected faults

    def __post_init__(self) -> None:
        for name in ("error_rate", "throttle_rate", "reset_rate", "hang_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
        for name in ("latency_ms", "retry_after", "hang_seconds", "rate_limit"):
            value = getattr(self, name)
            if not value >= 0 or math.isinf(value):
                raise ValueError(f"{name} must be a finite number >= 0, not {value!r}")

    def describe(self) -> str:
        """One line for a person: the faults that are switched on."""
        parts = []
        if self.latency_ms:
            parts.append(f"latency {self.latency_ms:g} ms")
        for name, label in (
            ("error_rate", "5xx errors"),
            ("throttle_rate", "429 throttles"),
            ("reset_rate", "resets"),
            ("hang_rate", f"hangs of {self.hang_seconds:g} s"),
        ):
            rate = getattr(self, name)
            if rate:
                parts.append(f"{label} {rate:.0%}")
        if self.rate_limit:
            parts.append(f"rate limit {self.rate_limit:g}/s per key")
        if self.seed is not None and parts:
            parts.append(f"seed {self.seed}")
        return ", ".join(parts) if parts else "none"


@dataclass(frozen=True, slots=True)
class Dice:
    """One request's draws: which injected faults it gets."""

    reset: bool
    hang: bool
    error: int | None
    throttle: bool
