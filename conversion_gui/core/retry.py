"""When to try a conversion again, and how long to wait first.

Capped exponential backoff with full jitter (spreads retries so a recovering server is not hit
by every worker at once), ``Retry-After`` honoured, a bounded number of attempts, and waits a
Cancel cuts short at once. Shared by the single send and the batch engine.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from .conversion import Conversion
from .outcome import Outcome
from .statuses import Action


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 300.0

    def delay(self, attempt: int, outcome: Outcome, rng: random.Random | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        if outcome.retry_after is not None:
            return min(max(outcome.retry_after, 0.0), self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return (rng or random).uniform(0.0, ceiling)

    def should_retry(self, attempt: int, outcome: Outcome) -> bool:
        return outcome.action is Action.RETRY and attempt < self.max_attempts


class Cancelled(Exception):
    """Raised inside a send loop when the user cancelled; nothing more is sent."""


def send_with_retries(
    send: Callable[[Conversion], Outcome],
    conversion: Conversion,
    policy: RetryPolicy,
    cancel: threading.Event,
    on_attempt: Callable[[int, Outcome], None] | None = None,
    before_attempt: Callable[[], None] | None = None,
    rng: random.Random | None = None,
) -> tuple[Outcome, int]:
    """Send until final or out of attempts; returns the last outcome and the attempt count.

    ``before_attempt`` is where a batch waits for its rate limiter or a pause; it raises
    ``Cancelled`` to stop. Waits between attempts end at once when ``cancel`` is set.
    """
    attempt = 0
    while True:
        if cancel.is_set():
            raise Cancelled
        if before_attempt is not None:
            before_attempt()
        attempt += 1
        outcome = send(conversion)
        if on_attempt is not None:
            on_attempt(attempt, outcome)
        if not policy.should_retry(attempt, outcome):
            return outcome, attempt
        if cancel.wait(policy.delay(attempt, outcome, rng)):
            raise Cancelled
