"""The batch engine against its own faults: a journal that fails or is locked, a send or a
progress callback that raises. Real SQLite files, real HTTP to the simulator on loopback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from conversion_gui.core.batch import BatchOptions, BatchRunner, Progress, result_summary
from conversion_gui.core.client import ClientConfig, ConversionClient, Credentials
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import BatchState, HistoryFilter, HistoryStore, RowState
from conversion_gui.core.outcome import Outcome
from conversion_gui.core.retry import RetryPolicy
from conversion_gui.core.statuses import classify
from conversion_gui.simulator import DEMO_ACCOUNT, Faults, Simulator
from tests.conftest import SimulatorFactory

FAST_RETRY = RetryPolicy(max_attempts=12, base_delay=0.005, max_delay=0.05)
ROOT = Path(__file__).resolve().parents[2]


def conversions(n: int, prefix: str = "0F00") -> list[tuple[int, Conversion]]:
    return [(i + 2, Conversion(Channel.SMS, f"{prefix}{i:08d}", True, "2026-11-26 10:00:00"))
            for i in range(n)]


def ids(rows: list[tuple[int, Conversion]]) -> Counter[str]:
    """Each row's id, once: what the simulator must have accepted, no more, no less."""
    return Counter(c.message_id for _, c in rows)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[HistoryStore]:
    with HistoryStore(db) as s:
        yield s


def new_batch(store: HistoryStore, rows: list[tuple[int, Conversion]]) -> int:
    return store.create_batch("campaign.csv", "ab" * 32, {"profile": "test"},
                              {"valid": len(rows)}, rows)


def client_for(sim: Simulator, credentials: Credentials) -> ConversionClient:
    return ConversionClient(ClientConfig(base_url=sim.base_url), credentials)


def resume(store: HistoryStore, sim: Simulator, credentials: Credentials, batch_id: int,
           ) -> None:
    """Finish the batch as a user would after the fault: a new run of the same batch."""
    store.interrupt_running()
    with client_for(sim, credentials) as client:
        again = BatchRunner(client, store, batch_id, BatchOptions(rate=0)).run()
    assert again.state is BatchState.FINISHED, result_summary(again)


# ------------------------------------------------------------------ a journal write that fails


def test_a_journal_write_that_fails_mid_run_stops_the_sending_and_leaves_it_resumable(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    """The disk fills up half-way (SQLite's own "database or disk is full", from a page
    limit on the store's connection): the workers stop, nothing goes on being sent."""
    sim = make_simulator(Faults(latency_ms=10))
    rows = conversions(400)
    batch_id = new_batch(store, rows)
    full = threading.Event()

    def fill_the_disk(p: Progress) -> None:
        if p.accepted >= 60 and not full.is_set():
            pages = store._writer_conn.execute("PRAGMA page_count").fetchone()[0]
            store._writer_conn.execute(f"PRAGMA max_page_count = {pages}")
            full.set()

    with client_for(sim, demo_credentials) as client:
        result = BatchRunner(client, store, batch_id,
                             BatchOptions(rate=0, concurrency=8, progress_interval=0.01),
                             on_progress=fill_the_disk).run()
    assert result.state is BatchState.INTERRUPTED and result.fault == "history"
    assert "full" in (result.stop_reason or "")
    assert "Interrupted" in result_summary(result) and "not sent" in result_summary(result)
    assert result.not_sent >= 400 - len(sim.records())

    with HistoryStore(store.path) as fresh:  # the disk has room again
        # What went out unrecorded is what was in flight when the write failed, no more.
        recorded = fresh.count(HistoryFilter(batch_id=batch_id))
        assert recorded >= 60 and len(sim.records()) - recorded <= 8
        assert fresh.find_unfinished_batch("ab" * 32) is not None
        resume(fresh, sim, demo_credentials, batch_id)
        assert fresh.row_counts(batch_id)[RowState.ACCEPTED] == 400
    accepted = sim.accepted()
    assert set(accepted) == set(ids(rows))
    assert sum(n - 1 for n in accepted.values()) <= 8  # sent twice: at most what was in flight


# ------------------------------------------------------------------ sends that raise


class RaisesOn:
    """A sender that raises on one message id and sends the others for real."""

    def __init__(self, client: ConversionClient, bad: str) -> None:
        self.client = client
        self.bad = bad

    def send(self, conversion: Conversion) -> Outcome:
        if conversion.message_id == self.bad:
            raise RuntimeError("the sender tripped")
        return self.client.send(conversion)


def test_a_worker_send_that_raises_is_counted_and_the_batch_is_not_finished(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    sim = make_simulator(Faults(latency_ms=5))
    rows = conversions(200)
    batch_id = new_batch(store, rows)
    bad = rows[30][1].message_id
    with client_for(sim, demo_credentials) as client:
        result = BatchRunner(RaisesOn(client, bad), store, batch_id,
                             BatchOptions(rate=0, concurrency=4)).run()
    assert result.state is BatchState.INTERRUPTED and result.fault == "internal"
    assert result.stop_reason == ("sending 1 row failed inside the app "
                                  "(RuntimeError: the sender tripped)")
    assert result.not_sent >= 1 and result.accepted + result.not_sent == 200
    assert store.batch(batch_id).state == BatchState.INTERRUPTED
    assert bad not in sim.accepted()
    resume(store, sim, demo_credentials, batch_id)
    assert sim.accepted() == ids(rows)  # no crash: nothing at all was sent twice


def test_a_secret_the_transport_cannot_encode_stops_the_batch_with_its_cause(
    simulator: Simulator, store: HistoryStore
) -> None:
    """Basic auth with a secret outside Latin-1: every send raised inside ``requests``, and
    the batch used to say "Finished: 0 accepted, 0 failed"."""
    rows = conversions(30)
    batch_id = new_batch(store, rows)
    odd = Credentials(DEMO_ACCOUNT.api_key, "sécret–€")
    with client_for(simulator, odd) as client:
        result = BatchRunner(client, store, batch_id, BatchOptions(rate=0, concurrency=4)).run()
    assert result.state is BatchState.INTERRUPTED and result.fault == "internal"
    assert "UnicodeEncodeError" in (result.stop_reason or "")
    assert "sécret" not in (result.stop_reason or "")
    assert result.not_sent == 30 and result.accepted == 0
    assert result_summary(result).startswith("Interrupted: Not sent: a fault in this app")
    assert simulator.records() == []
    assert store.find_unfinished_batch("ab" * 32) is not None


# ------------------------------------------------------------------ a progress callback raises


def test_a_progress_callback_that_raises_stops_the_batch_and_what_came_back_is_recorded(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    sim = make_simulator(Faults(latency_ms=10))
    rows = conversions(300)
    batch_id = new_batch(store, rows)

    def broken(p: Progress) -> None:
        if p.accepted >= 40:
            raise ValueError("the window went away")

    with client_for(sim, demo_credentials) as client:
        result = BatchRunner(client, store, batch_id,
                             BatchOptions(rate=0, concurrency=8, progress_interval=0.01),
                             on_progress=broken).run()
    assert result.state is BatchState.INTERRUPTED and result.fault == "internal"
    assert "the progress display failed (ValueError: the window went away)" in (
        result.stop_reason or "")
    # Every answer that came back is in the journal and the history: nothing to send twice.
    assert result.accepted == sum(sim.accepted().values()) < 300
    assert store.count(HistoryFilter(batch_id=batch_id)) == len(sim.records())
    resume(store, sim, demo_credentials, batch_id)
    assert sim.accepted() == ids(rows)


# ------------------------------------------------------------------ journal before send


class JournalChecker:
    """Accepts every row, after checking in the database (its own connection) that the row
    is committed as in flight and that this thread's previous row is committed as done."""

    def __init__(self, db: Path, batch_id: int) -> None:
        self.db = db
        self.batch_id = batch_id
        self.local = threading.local()
        self.problems: list[str] = []
        self.calls = 0
        self.lock = threading.Lock()

    def state(self, conversion: Conversion) -> str:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = sqlite3.connect(self.db)
        row = conn.execute("SELECT state FROM batch_rows WHERE batch_id = ? AND message_id = ?",
                           (self.batch_id, conversion.message_id)).fetchone()
        return str(row[0])

    def send(self, conversion: Conversion) -> Outcome:
        with self.lock:
            self.calls += 1
        now = self.state(conversion)
        if now != "in_flight":
            self.problems.append(f"{conversion.message_id} sent while {now}")
        previous: Conversion | None = getattr(self.local, "previous", None)
        if previous is not None and self.state(previous) != "accepted":
            self.problems.append(f"{conversion.message_id} sent before {previous.message_id}"
                                 " was committed")
        self.local.previous = conversion
        return Outcome.of(classify(200), 200, 0.001)


def test_every_row_is_committed_in_flight_before_its_send_and_answered_before_the_next(
    db: Path, store: HistoryStore
) -> None:
    rows = conversions(500)
    batch_id = new_batch(store, rows)
    checker = JournalChecker(db, batch_id)
    result = BatchRunner(checker, store, batch_id, BatchOptions(rate=0, concurrency=8)).run()
    assert result.state is BatchState.FINISHED and result.accepted == 500
    assert checker.calls == 500
    assert checker.problems == []


# ------------------------------------------------------------------ retries, 429s


def test_retries_exhausted_leave_the_row_failed_with_its_attempts_counted(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    sim = make_simulator(Faults(error_rate=1.0))
    rows = conversions(5)
    batch_id = new_batch(store, rows)
    policy = RetryPolicy(max_attempts=3, base_delay=0.001, max_delay=0.005)
    with client_for(sim, demo_credentials) as client:
        result = BatchRunner(client, store, batch_id,
                             BatchOptions(rate=0, concurrency=2, retry=policy)).run()
    assert result.state is BatchState.FINISHED
    assert (result.accepted, result.failed, result.not_sent) == (0, 5, 0)
    failed = list(store.failed_rows(batch_id))
    assert [(r.line, r.state, r.attempts, r.last_kind) for r in failed] == [
        (line, RowState.FAILED, 3, "server_error") for line, _ in rows]
    assert len(sim.records()) == 15
    assert store.count(HistoryFilter(batch_id=batch_id)) == 15


def test_the_rate_drops_after_a_429_inside_a_batch(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, store: HistoryStore
) -> None:
    sim = make_simulator(Faults(rate_limit=15))
    rows = conversions(60)
    batch_id = new_batch(store, rows)
    seen: list[Progress] = []
    with client_for(sim, demo_credentials) as client:
        runner = BatchRunner(client, store, batch_id,
                             BatchOptions(rate=60, concurrency=4, retry=FAST_RETRY),
                             on_progress=seen.append)
        result = runner.run()
    assert result.state is BatchState.FINISHED and result.accepted == 60
    assert sim.status_counts()[429] > 0
    throttled = [p for p in seen if p.throttled]
    assert throttled and min(p.limit for p in throttled) < 60  # it slowed down
    assert sim.accepted() == ids(rows)
    assert store.count(HistoryFilter(batch_id=batch_id)) == len(sim.records())


# ------------------------------------------------------------------ the history locked


LOCKER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()      # held until the test says
    conn.execute("COMMIT")
    print("released", flush=True)
    """
)


class Locker:
    """Another process holding the history's write lock (``BEGIN EXCLUSIVE``) until told."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(db)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None and self.proc.stdout is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            assert self.proc.stdout.readline().strip() == "released"
        self.proc.wait(30)


def test_the_history_locked_mid_batch_holds_the_sending_and_the_batch_completes(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, db: Path,
    store: HistoryStore
) -> None:
    sim = make_simulator(Faults(latency_ms=20))
    rows = conversions(400)
    batch_id = new_batch(store, rows)
    lock_now, waiting = threading.Event(), threading.Event()
    waits: list[Progress] = []

    def watch(p: Progress) -> None:
        if p.accepted >= 80:
            lock_now.set()
        if p.waiting_for_history:
            waits.append(p)
            waiting.set()

    client = client_for(sim, demo_credentials)
    runner = BatchRunner(client, store, batch_id,
                         BatchOptions(rate=0, concurrency=8, progress_interval=0.01),
                         on_progress=watch)
    results: list[object] = []
    thread = threading.Thread(target=lambda: results.append(runner.run()))
    thread.start()
    locker: Locker | None = None
    try:
        assert lock_now.wait(30)
        locker = Locker(db)
        sent_at_lock = len(sim.records())
        assert waiting.wait(30)  # the run says it waits for the history file
        seen = len(waits)
        while len(waits) < seen + 2 and thread.is_alive():  # two more tries, still locked
            waiting.clear()
            waiting.wait(30)
        # Nothing was sent while nothing could be recorded, beyond what was in flight.
        assert len(sim.records()) - sent_at_lock <= 8
        assert thread.is_alive()
        locker.release()
        thread.join(60)
    finally:
        if locker is not None:
            locker.release()
        runner.cancel()
        thread.join(60)
        client.close()
    result = results[0]
    assert result.state is BatchState.FINISHED  # type: ignore[attr-defined]
    assert sim.accepted() == ids(rows)  # nothing lost, nothing sent twice
    assert store.count(HistoryFilter(batch_id=batch_id)) == len(sim.records())


def test_a_history_locked_beyond_the_wait_stops_the_batch_resumable_with_that_sentence(
    make_simulator: SimulatorFactory, demo_credentials: Credentials, db: Path,
    store: HistoryStore
) -> None:
    sim = make_simulator(Faults(latency_ms=10))
    rows = conversions(300)
    batch_id = new_batch(store, rows)
    lock_now = threading.Event()
    lockers: list[Locker] = []

    def watch(p: Progress) -> None:
        if p.accepted >= 50 and not lock_now.is_set():
            lock_now.set()
            lockers.append(Locker(db))  # on the run thread: locked before its next write

    try:
        with client_for(sim, demo_credentials) as client:
            result = BatchRunner(
                client, store, batch_id,
                BatchOptions(rate=0, concurrency=8, progress_interval=0.01, history_wait=2.0),
                on_progress=watch).run()
        assert result.state is BatchState.INTERRUPTED and result.fault == "history"
        reason = result.stop_reason or ""
        assert "is busy" in reason and "waited" in reason and "resume" in reason
    finally:
        for locker in lockers:
            locker.release()
    resume(store, sim, demo_credentials, batch_id)
    accepted = sim.accepted()
    assert set(accepted) == set(ids(rows))
    assert sum(n - 1 for n in accepted.values()) <= 8
