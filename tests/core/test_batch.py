"""The batch engine end to end: real HTTP to the simulator on loopback, a real SQLite journal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from conversion_gui.core.batch import BatchOptions, BatchRunner, Progress, duration
from conversion_gui.core.client import ClientConfig, ConversionClient, Credentials
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import BatchState, HistoryFilter, HistoryStore, RowState
from conversion_gui.core.retry import RetryPolicy
from conversion_gui.simulator import DEMO_ACCOUNT, Faults, Simulator
from tests.conftest import SimulatorFactory

FAST_RETRY = RetryPolicy(max_attempts=12, base_delay=0.005, max_delay=0.05)


def conversions(n: int, prefix: str = "0A00") -> list[tuple[int, Conversion]]:
    return [
        (i + 2, Conversion(Channel.SMS if i % 3 else Channel.VOICE, f"{prefix}{i:08d}",
                           i % 2 == 0, "2026-11-26 10:00:00"))
        for i in range(n)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.sqlite3") as s:
        yield s


def new_batch(store: HistoryStore, rows: list[tuple[int, Conversion]]) -> int:
    return store.create_batch("campaign.csv", "ab" * 32, {"profile": "test"},
                              {"valid": len(rows)}, rows)


def client_for(sim: Simulator, credentials: Credentials, **config: object) -> ConversionClient:
    return ConversionClient(ClientConfig(base_url=sim.base_url, **config), credentials)  # type: ignore[arg-type]


def test_every_row_accepted_once_and_recorded(
    simulator: Simulator, demo_credentials: Credentials, store: HistoryStore
) -> None:
    rows = conversions(120)
    batch_id = new_batch(store, rows)
    seen: list[Progress] = []
    with client_for(simulator, demo_credentials) as client:
        result = BatchRunner(client, store, batch_id, BatchOptions(rate=0, concurrency=8),
                             on_progress=seen.append).run()
    assert result.state is BatchState.FINISHED
    assert (result.accepted, result.failed, result.not_sent) == (120, 0, 0)
    accepted = simulator.accepted()
    assert len(accepted) == 120 and set(accepted.values()) == {1}
    assert store.count(HistoryFilter(batch_id=batch_id)) == 120
    assert store.row_counts(batch_id).get(RowState.ACCEPTED) == 120
    assert seen[-1].state == BatchState.FINISHED and seen[-1].accepted == 120


def test_faults_are_retried_until_every_row_is_accepted(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    sim = make_simulator(Faults(error_rate=0.10, throttle_rate=0.05, retry_after=0,
                                reset_rate=0.02, seed=7))
    rows = conversions(300)
    batch_id = new_batch(store, rows)
    with client_for(sim, demo_credentials) as client:
        result = BatchRunner(client, store, batch_id,
                             BatchOptions(rate=0, concurrency=8, retry=FAST_RETRY)).run()
    assert result.state is BatchState.FINISHED
    assert result.accepted == 300 and result.failed == 0
    # Each row accepted exactly once: a reset comes before any answer, so none is sent twice.
    assert sim.accepted() == Counter(c.message_id for _, c in rows)
    statuses = sim.status_counts()
    assert statuses[500] + statuses[503] > 0 and statuses[429] > 0  # faults really happened
    # Every attempt, the failed ones too, is in the history.
    assert store.count(HistoryFilter(batch_id=batch_id)) > 300
    assert store.count(HistoryFilter(batch_id=batch_id, failed_only=True)) > 0


def test_wrong_credentials_stop_the_batch_after_the_first_answer(
    simulator: Simulator, store: HistoryStore
) -> None:
    rows = conversions(50)
    batch_id = new_batch(store, rows)
    wrong = Credentials(DEMO_ACCOUNT.api_key, "not-the-secret")
    with client_for(simulator, wrong) as client:
        result = BatchRunner(client, store, batch_id,
                             BatchOptions(rate=0, concurrency=1)).run()
    assert result.state is BatchState.STOPPED
    assert result.stop_status == 401
    assert "Wrong credentials" in (result.stop_reason or "")
    assert len(simulator.records()) == 1
    # Nothing is lost: every row waits to be sent once the secret is fixed.
    assert result.not_sent == 50
    assert store.batch(batch_id).state == BatchState.STOPPED


def test_disabled_account_stops_with_402(simulator: Simulator, store: HistoryStore) -> None:
    from conversion_gui.simulator import DISABLED_ACCOUNT
    from tests.conftest import credentials_of

    batch_id = new_batch(store, conversions(20))
    with client_for(simulator, credentials_of(DISABLED_ACCOUNT)) as client:
        result = BatchRunner(client, store, batch_id, BatchOptions(rate=0, concurrency=4)).run()
    assert result.state is BatchState.STOPPED and result.stop_status == 402
    assert len(simulator.records()) <= 4  # only what was already in flight


def test_invalid_rows_fail_without_retry_and_others_go_through(
    simulator: Simulator, demo_credentials: Credentials, store: HistoryStore
) -> None:
    rows = conversions(10)
    rows.append((50, Conversion(Channel.SMS, "sim-423", True, "2026-11-26 10:00:00")))
    batch_id = new_batch(store, rows)
    with client_for(simulator, demo_credentials) as client:
        result = BatchRunner(client, store, batch_id, BatchOptions(rate=0)).run()
    assert result.accepted == 10 and result.rejected == 1
    assert list(result.failures) == ["Invalid parameters: check message-id, delivered and "
                                     "timestamp"]
    assert sum(1 for r in simulator.records() if r.params.get("message-id") == "sim-423") == 1


def test_pause_holds_sending_and_cancel_then_resume_finishes_without_resending(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    sim = make_simulator(Faults(latency_ms=5))
    rows = conversions(200)
    batch_id = new_batch(store, rows)
    paused_at = threading.Event()
    client = client_for(sim, demo_credentials)
    runner = BatchRunner(client, store, batch_id, BatchOptions(rate=200, concurrency=4))

    def watch(progress: Progress) -> None:
        if progress.accepted >= 40 and not paused_at.is_set():
            runner.pause()
            paused_at.set()

    runner._on_progress = watch
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(runner.run()))
    thread.start()
    assert paused_at.wait(30)
    time.sleep(0.3)  # let requests already in flight land
    during_pause = len(sim.records())
    time.sleep(0.5)
    assert len(sim.records()) == during_pause  # nothing is sent while paused
    assert runner.paused
    runner.cancel()
    thread.join(30)
    result = outcome[0]
    assert result.state is BatchState.CANCELLED  # type: ignore[attr-defined]
    assert 0 < result.accepted < 200  # type: ignore[attr-defined]
    assert store.batch(batch_id).state == BatchState.CANCELLED

    again = BatchRunner(client, store, batch_id, BatchOptions(rate=0)).run()
    client.close()
    assert again.state is BatchState.FINISHED and again.accepted == 200
    assert set(sim.accepted().values()) == {1}  # an accepted row is never sent again


def test_a_pause_neither_dilutes_the_rate_nor_stretches_the_time_left(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    """The rate and the time left come from sending time only (issue 10, item 15). The clock
    jumps four seconds while paused (a pause inside the rate's five-second window): after
    Resume the rate is the pace of sending again, not sending time spread over the pause."""
    sim = make_simulator()
    batch_id = new_batch(store, conversions(400))
    skipped = [0.0]
    paused_at = threading.Event()
    before: list[Progress] = []
    after: list[Progress] = []
    client = client_for(sim, demo_credentials)
    runner = BatchRunner(client, store, batch_id, BatchOptions(rate=100, concurrency=2),
                         clock=lambda: time.monotonic() + skipped[0])

    def watch(progress: Progress) -> None:
        if not paused_at.is_set():
            if progress.state == BatchState.RUNNING and progress.rate > 0:
                before.append(progress)
            if progress.accepted >= 150:
                runner.pause()
                paused_at.set()
        elif progress.state == BatchState.PAUSED:
            assert progress.rate == 0.0 and progress.eta is None
        elif skipped[0] and progress.state == BatchState.RUNNING and progress.rate > 0:
            after.append(progress)

    runner._on_progress = watch
    thread = threading.Thread(target=runner.run)
    thread.start()
    assert paused_at.wait(30)
    time.sleep(0.3)
    skipped[0] = 4.0  # four seconds paused, as the run's clock sees it
    time.sleep(0.3)
    runner.resume()
    thread.join(60)
    client.close()
    assert before and after
    pace = before[-1].rate
    first = after[0]
    assert first.rate > pace / 2, (pace, first.rate)
    assert first.eta is not None
    assert first.eta < 2 * (first.total - first.done) / pace


def test_cancel_ends_a_long_retry_wait_at_once(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    sim = make_simulator(Faults(throttle_rate=1.0, retry_after=3600))
    batch_id = new_batch(store, conversions(5))
    with client_for(sim, demo_credentials) as client:
        runner = BatchRunner(client, store, batch_id, BatchOptions(rate=0, concurrency=2))
        result: list[object] = []
        thread = threading.Thread(target=lambda: result.append(runner.run()))
        thread.start()
        deadline = time.monotonic() + 10
        while len(sim.records()) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        runner.cancel()
        thread.join(10)
    assert not thread.is_alive()  # an hour-long Retry-After did not hold it
    assert result[0].state is BatchState.CANCELLED  # type: ignore[attr-defined]
    assert result[0].not_sent == 5  # type: ignore[attr-defined]


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="--rate"):
        BatchOptions(rate=-1)
    with pytest.raises(ValueError, match="--concurrency"):
        BatchOptions(concurrency=0)


CHILD = textwrap.dedent(
    """
    import sys
    from conversion_gui.core.batch import BatchOptions, BatchRunner
    from conversion_gui.core.client import ClientConfig, ConversionClient, Credentials
    from conversion_gui.core.history import HistoryStore
    from conversion_gui.simulator import DEMO_ACCOUNT
    store = HistoryStore(sys.argv[1])
    creds = Credentials(DEMO_ACCOUNT.api_key, DEMO_ACCOUNT.api_secret)
    client = ConversionClient(ClientConfig(base_url=sys.argv[2]), creds)
    BatchRunner(client, store, int(sys.argv[3]), BatchOptions(rate=0, concurrency=8)).run()
    """
)


def test_killed_halfway_then_resumed_resends_only_what_was_in_flight(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, tmp_path: Path
) -> None:
    sim = make_simulator(Faults(latency_ms=20))
    db = tmp_path / "history.sqlite3"
    rows = conversions(400)
    with HistoryStore(db) as store:
        batch_id = new_batch(store, rows)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), sim.base_url, str(batch_id)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    deadline = time.monotonic() + 60
    while sum(sim.accepted().values()) < 150 and time.monotonic() < deadline:
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    sent_before = sum(sim.accepted().values())
    assert 150 <= sent_before < 400  # killed halfway, for real

    with HistoryStore(db) as store:
        assert store.interrupt_running() == 1
        counts = store.row_counts(batch_id)
        in_flight = counts.get(RowState.IN_FLIGHT, 0)
        assert store.batch(batch_id).state == BatchState.INTERRUPTED
        with client_for(sim, demo_credentials) as client:
            result = BatchRunner(client, store, batch_id, BatchOptions(rate=0)).run()
        assert result.state is BatchState.FINISHED and result.accepted == 400
    accepted = sim.accepted()
    assert set(accepted) == {c.message_id for _, c in rows}
    resent = sum(n - 1 for n in accepted.values())
    assert resent <= in_flight


def test_a_batch_another_process_is_sending_is_neither_interrupted_nor_sent_twice(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, tmp_path: Path
) -> None:
    """A window opened while the command line sends a batch must not take that batch as
    crashed, and must not send it a second time."""
    from conversion_gui.core.history import BatchBusyError

    sim = make_simulator(Faults(latency_ms=20))
    db = tmp_path / "history.sqlite3"
    with HistoryStore(db) as store:
        batch_id = new_batch(store, conversions(300))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), sim.base_url, str(batch_id)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        deadline = time.monotonic() + 60
        while sum(sim.accepted().values()) < 20 and time.monotonic() < deadline:
            time.sleep(0.005)
        with HistoryStore(db) as store:
            assert store.interrupt_running() == 0  # it is alive: left alone
            assert store.batch(batch_id).state == BatchState.RUNNING
            with client_for(sim, demo_credentials) as client, pytest.raises(
                BatchBusyError, match="another conversion-gui"
            ):
                BatchRunner(client, store, batch_id).run()
        assert child.wait(60) == 0
    finally:
        if child.poll() is None:
            child.kill()
    assert set(sim.accepted().values()) == {1}  # nothing was sent twice
    with HistoryStore(db) as store:
        assert store.batch(batch_id).state == BatchState.FINISHED
        assert store.batch_lock(batch_id).is_free()  # released at the end


def test_duration_switches_unit_at_ninety_and_never_says_zero() -> None:
    """One wording for the Batch page and the command line (they used to round 0.2 s apart)."""
    assert duration(0.2) == "1 s"
    assert duration(89) == "89 s"
    assert duration(130) == "2 min"
    assert duration(89 * 60) == "89 min"
    assert duration(3 * 3600) == "3.0 h"
