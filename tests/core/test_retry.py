"""``core/retry.py`` on its own: how long to wait, when to stop, and a cancel during a wait.

The sender is a list of canned outcomes; the waits are real ``Event.wait`` calls on a policy
whose delays are a few milliseconds, except where a test cancels during a long one.
"""

from __future__ import annotations

import random
import threading

import pytest

from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.outcome import Outcome
from conversion_gui.core.retry import Cancelled, RetryPolicy, send_with_retries
from conversion_gui.core.statuses import (
    ACCEPTED,
    INVALID,
    SERVER_ERROR,
    THROTTLED,
    UNREACHABLE,
)

CONVERSION = Conversion(Channel.SMS, "R-1", True, "2026-11-26 10:00:00")
OK = Outcome.of(ACCEPTED, 200, 0.01)
BUSY = Outcome.of(SERVER_ERROR, 503, 0.01)
REFUSED = Outcome.of(INVALID, 422, 0.01)
FAST = RetryPolicy(max_attempts=4, base_delay=0.001, max_delay=0.004)


def throttled(seconds: float) -> Outcome:
    return Outcome.of(THROTTLED, 429, 0.01, retry_after=seconds)


class Sender:
    """Answers with ``outcomes`` in turn (the last one again when they run out)."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.calls = 0

    def __call__(self, conversion: Conversion) -> Outcome:
        assert conversion is CONVERSION
        self.calls += 1
        return self.outcomes[min(self.calls, len(self.outcomes)) - 1]


# --- the delay ---------------------------------------------------------------------------


@pytest.mark.parametrize(("retry_after", "waited"), [
    (12.0, 12.0),      # the server's word is kept
    (0.0, 0.0),
    (-5.0, 0.0),       # a nonsense negative is no wait, not an error
    (300.0, 300.0),    # the cap itself
    (86_400.0, 300.0),  # "come back tomorrow" is capped at max_retry_after
])
def test_retry_after_is_honoured_up_to_its_cap(retry_after: float, waited: float) -> None:
    policy = RetryPolicy()  # max_retry_after 300 s
    for attempt in (1, 5, 8):  # whatever the attempt, no jitter on the server's own figure
        assert policy.delay(attempt, throttled(retry_after)) == waited


def test_a_lower_retry_after_cap_is_kept() -> None:
    assert RetryPolicy(max_retry_after=20.0).delay(1, throttled(90.0)) == 20.0


@pytest.mark.parametrize(("attempt", "ceiling"), [
    (1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 16.0), (7, 30.0), (12, 30.0),
])
def test_jitter_stays_under_the_ceiling_of_its_attempt(attempt: int, ceiling: float) -> None:
    # base 0.5 s doubling per attempt, capped at max_delay 30 s: the ceilings worked by hand
    policy = RetryPolicy()
    rng = random.Random(attempt)
    delays = [policy.delay(attempt, BUSY, rng) for _ in range(2_000)]
    assert all(0.0 <= d <= ceiling for d in delays)
    # full jitter: the whole range is used, not just the top (a pure doubling would fail)
    assert min(delays) < ceiling * 0.05 and max(delays) > ceiling * 0.95


def test_the_jitter_follows_the_random_source_it_is_given() -> None:
    policy = RetryPolicy()
    first = [policy.delay(3, BUSY, random.Random(7)) for _ in range(3)]
    again = [policy.delay(3, BUSY, random.Random(7)) for _ in range(3)]
    assert first == again and len(set(first)) == 1  # the same seed, the same first draw
    expected = random.Random(7).random() * 2.0  # uniform(0, 2.0), worked out apart
    assert first[0] == pytest.approx(expected)


# --- attempts ----------------------------------------------------------------------------


def test_retries_until_accepted_and_counts_each_attempt() -> None:
    sender = Sender(BUSY, throttled(0.001), OK)
    seen: list[tuple[int, int | None]] = []
    outcome, attempts = send_with_retries(
        sender, CONVERSION, FAST, threading.Event(),
        on_attempt=lambda n, o: seen.append((n, o.status)),
    )
    assert outcome is OK and attempts == 3 == sender.calls
    assert seen == [(1, 503), (2, 429), (3, 200)]


def test_the_last_attempt_is_the_last_and_its_outcome_is_returned() -> None:
    sender = Sender(BUSY, BUSY, BUSY, Outcome.of(UNREACHABLE, None, 0.01), OK)
    outcome, attempts = send_with_retries(sender, CONVERSION, FAST, threading.Event())
    assert attempts == 4 == sender.calls == FAST.max_attempts  # the fifth (OK) never sent
    assert outcome.status is None and outcome.action.value == "retry"
    assert FAST.should_retry(3, BUSY) and not FAST.should_retry(4, BUSY)


def test_a_final_answer_is_never_retried() -> None:
    sender = Sender(REFUSED, OK)
    outcome, attempts = send_with_retries(sender, CONVERSION, FAST, threading.Event())
    assert (outcome, attempts, sender.calls) == (REFUSED, 1, 1)


def test_one_attempt_means_no_retry() -> None:
    sender = Sender(BUSY, OK)
    outcome, attempts = send_with_retries(
        sender, CONVERSION, RetryPolicy(max_attempts=1), threading.Event())
    assert (outcome, attempts, sender.calls) == (BUSY, 1, 1)


def test_before_attempt_runs_before_every_send() -> None:
    order: list[str] = []
    sender = Sender(BUSY, OK)

    def send(conversion: Conversion) -> Outcome:
        order.append("send")
        return sender(conversion)

    send_with_retries(send, CONVERSION, FAST, threading.Event(),
                      before_attempt=lambda: order.append("gate"))
    assert order == ["gate", "send", "gate", "send"]


# --- cancel ------------------------------------------------------------------------------


def test_a_cancel_during_a_wait_ends_it_at_once_and_sends_nothing_more() -> None:
    cancel = threading.Event()
    sender = Sender(throttled(60.0), OK)  # the server asks for a minute
    waiting = threading.Event()
    result: list[BaseException | tuple[Outcome, int]] = []

    def on_attempt(n: int, outcome: Outcome) -> None:
        waiting.set()  # the next thing the loop does is wait the 60 s

    def run() -> None:
        try:
            result.append(send_with_retries(sender, CONVERSION, RetryPolicy(), cancel,
                                            on_attempt=on_attempt))
        except Cancelled as exc:
            result.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    assert waiting.wait(10)
    cancel.set()
    thread.join(10)  # the wait was a minute: ending within this join means it was cut short
    assert not thread.is_alive()
    assert isinstance(result[0], Cancelled)
    assert sender.calls == 1


def test_cancelled_before_the_first_attempt_sends_nothing() -> None:
    cancel = threading.Event()
    cancel.set()
    sender = Sender(OK)
    with pytest.raises(Cancelled):
        send_with_retries(sender, CONVERSION, FAST, cancel)
    assert sender.calls == 0


def test_a_gate_that_cancels_stops_before_sending() -> None:
    def gate() -> None:
        raise Cancelled

    sender = Sender(OK)
    with pytest.raises(Cancelled):
        send_with_retries(sender, CONVERSION, FAST, threading.Event(), before_attempt=gate)
    assert sender.calls == 0
