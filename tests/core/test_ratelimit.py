"""The token bucket and the adaptive rate, on a fake clock: what a user would see as the
send rate, without waiting in real time."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversion_gui.core.ratelimit import AdaptiveRate, TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> bool:
        self.now += seconds
        return False


def send_times(bucket: TokenBucket, clock: FakeClock, count: int) -> list[float]:
    times = []
    for _ in range(count):
        assert bucket.acquire(clock.wait)
        times.append(clock.now)
    return times


def max_in_window(times: list[float], window: float = 1.0) -> int:
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window - 1e-9:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_thirty_per_second_is_spaced_evenly_and_never_bursts() -> None:
    clock = FakeClock()
    times = send_times(TokenBucket(30, clock=clock), clock, 450)
    assert (times[-1] - times[0]) == pytest.approx(449 / 30)
    assert max_in_window(times) <= 30


def test_idle_time_is_not_banked_into_a_burst() -> None:
    clock = FakeClock()
    bucket = TokenBucket(10, clock=clock)
    send_times(bucket, clock, 5)
    clock.now += 60  # a long pause (the user pressed Pause)
    times = send_times(bucket, clock, 20)
    assert max_in_window(times) <= 10


def test_zero_means_no_limit() -> None:
    clock = FakeClock()
    bucket = TokenBucket(0, clock=clock)
    times = send_times(bucket, clock, 1000)
    assert times[0] == times[-1]


def test_cancelled_wait_stops_acquire() -> None:
    clock = FakeClock()
    bucket = TokenBucket(1, clock=clock)
    assert bucket.acquire(clock.wait)
    assert not bucket.acquire(lambda seconds: True)


def test_negative_rate_refused() -> None:
    with pytest.raises(ValueError, match="rate"):
        TokenBucket(-1)


@settings(max_examples=100, deadline=None)
@given(rate=st.floats(min_value=0.5, max_value=500), n=st.integers(min_value=2, max_value=300))
def test_any_rate_is_kept_in_every_window(rate: float, n: int) -> None:
    clock = FakeClock()
    times = send_times(TokenBucket(rate, clock=clock), clock, n)
    # In any one-second window at most rate (rounded up) sends, plus the one on its edge.
    assert max_in_window(times) <= int(rate) + 1


def test_slots_are_unique_across_threads() -> None:
    # The clock stands still, so every slot is exactly "now + delay": 800 reservations from
    # eight threads must get the 800 slots 1 ms apart, each exactly once.
    clock = FakeClock()
    bucket = TokenBucket(1000, clock=clock)
    delays: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker() -> None:
        start.wait()
        for _ in range(100):
            d = bucket.reserve()
            with lock:
                delays.append(d)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    slots = sorted(round(d * 1000) for d in delays)  # in ms after now
    assert slots == list(range(800))  # none shared, none skipped
    assert all(abs(d * 1000 - round(d * 1000)) < 1e-6 for d in delays)


def test_429_lowers_the_rate_and_it_recovers_slowly() -> None:
    clock = FakeClock()
    bucket = TokenBucket(30, clock=clock)
    rate = AdaptiveRate(bucket, 30, clock=clock)
    clock.now += 2
    rate.throttled()
    assert rate.current == pytest.approx(21)
    rate.throttled()  # a bunch of 429s from the same moment counts once
    assert rate.current == pytest.approx(21)
    clock.now += 0.5
    rate.succeeded()
    assert rate.current == pytest.approx(21)  # not straight back
    steps = 0
    while rate.current < 30:
        clock.now += 1.0
        rate.succeeded()
        steps += 1
    assert rate.current == 30
    assert steps >= 5  # slowly: several seconds without a 429


def test_rate_never_falls_below_the_floor() -> None:
    clock = FakeClock()
    rate = AdaptiveRate(TokenBucket(30, clock=clock), 30, clock=clock)
    for _ in range(50):
        clock.now += 2
        rate.throttled()
    assert rate.current == pytest.approx(1.0)


def test_unlimited_rate_is_left_alone_by_429() -> None:
    clock = FakeClock()
    rate = AdaptiveRate(TokenBucket(0, clock=clock), 0, clock=clock)
    clock.now += 5
    rate.throttled()
    assert rate.current == 0
