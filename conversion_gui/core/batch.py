"""The batch engine: journal -> rate limiter -> worker threads -> retries -> events.

Crash safety comes from one rule: a row is marked in flight in the journal, and that is
committed, before any worker may send it. After a crash only rows the journal holds as in
flight can have reached the API unrecorded, and a resume re-sends exactly those and the ones
never sent; a row the journal holds as accepted is never sent again.

Only the thread that calls ``run()`` touches the journal; workers send and report back
through a queue, so the database sees one writer and the workers never wait on the disk.
"""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from .conversion import Conversion
from .history import AttemptEvent, BatchRow, BatchState, RowState, RowUpdate
from .outcome import Outcome
from .ratelimit import AdaptiveRate, Clock, TokenBucket
from .retry import Cancelled, RetryPolicy, send_with_retries
from .statuses import Action, Kind

log = logging.getLogger(__name__)


class Journal(Protocol):
    """What the engine needs of the history store (``history.HistoryStore`` provides it)."""

    def pending_rows(self, batch_id: int) -> Iterator[BatchRow]: ...

    def mark_in_flight(self, batch_id: int, lines: Sequence[int]) -> object: ...

    def record_results(
        self, batch_id: int, updates: Sequence[RowUpdate], attempts: Sequence[AttemptEvent]
    ) -> None: ...

    def set_batch_state(self, batch_id: int, state: str, reason: str | None = None) -> None: ...

    def row_counts(self, batch_id: int) -> dict[str, int]: ...

    def claim_batch(self, batch_id: int) -> AbstractContextManager[None]: ...


class Sender(Protocol):
    def send(self, conversion: Conversion) -> Outcome: ...


@dataclass(frozen=True)
class BatchOptions:
    rate: float = 30.0          # conversions per second; 0 = no limit
    concurrency: int = 8        # requests in flight
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    progress_interval: float = 0.1
    flush_interval: float = 0.1
    flush_rows: int = 256

    def __post_init__(self) -> None:
        if self.rate < 0:
            raise ValueError("--rate must be 0 (no limit) or a positive number")
        if not 1 <= self.concurrency <= 256:
            raise ValueError("--concurrency must be between 1 and 256")


@dataclass(frozen=True)
class Progress:
    """A snapshot for the GUI and the terminal; counts cover the whole batch, earlier runs too."""

    batch_id: int
    state: str
    total: int
    accepted: int
    failed: int
    pending: int
    in_flight: int
    retries: int
    throttled: int
    rate: float            # rows finished per second, recently
    limit: float           # the rate limit now in force (lowered after a 429)
    elapsed: float
    eta: float | None      # seconds, when it can be told
    failures: dict[str, int]   # meaning -> rows
    stop_reason: str | None = None

    @property
    def done(self) -> int:
        return self.accepted + self.failed


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    state: BatchState
    accepted: int
    rejected: int   # the API refused the row's parameters (42x)
    failed: int     # anything else that did not end accepted
    not_sent: int
    stop_reason: str | None
    stop_status: int | None
    failures: dict[str, int]
    elapsed: float
    sent_this_run: int


# Messages from workers to the run thread.
@dataclass(frozen=True, slots=True)
class _Attempt:
    event: AttemptEvent


@dataclass(frozen=True, slots=True)
class _Done:
    row: BatchRow
    outcome: Outcome
    attempts: int
    event: AttemptEvent | None = None


@dataclass(frozen=True, slots=True)
class _Unsent:
    row: BatchRow
    attempts: int


@dataclass(frozen=True, slots=True)
class _WorkerExit:
    pass


class BatchRunner:
    """Runs one batch to its end; ``pause``, ``resume`` and ``cancel`` may be called from
    any thread and take effect before the next request, waits included."""

    def __init__(
        self,
        sender: Sender,
        journal: Journal,
        batch_id: int,
        options: BatchOptions | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        clock: Clock = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self._sender = sender
        self._journal = journal
        self.batch_id = batch_id
        self.options = options or BatchOptions()
        self._on_progress = on_progress
        self._clock = clock
        self._rng = rng or random.Random()
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._bucket = TokenBucket(self.options.rate, clock=clock)
        self.rate = AdaptiveRate(self._bucket, self.options.rate, clock=clock)
        self._stop: tuple[str, int | None] | None = None
        self._stop_lock = threading.Lock()
        self._retries = 0
        self._throttled = 0
        self._count_lock = threading.Lock()

    # -- control, from any thread -------------------------------------------------------
    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancel.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- workers ---------------------------------------------------------------------------
    def _gate(self) -> None:
        """Before each request: hold while paused, then wait for a rate-limit slot."""
        while not self._running.is_set():
            if self._cancel.is_set():
                raise Cancelled
            self._running.wait(0.05)
        if self._cancel.is_set():
            raise Cancelled
        if not self._bucket.acquire(self._cancel.wait):
            raise Cancelled
        if not self._running.is_set():
            self._gate()

    def _worker(self, work: queue.Queue[BatchRow | None], out: queue.Queue[object]) -> None:
        policy = self.options.retry
        try:
            while True:
                row = work.get()
                if row is None:
                    return
                if self._cancel.is_set():
                    out.put(_Unsent(row, row.attempts))
                    continue
                sent = 0
                last: list[AttemptEvent] = []

                def on_attempt(n: int, outcome: Outcome, row: BatchRow = row,
                               last: list[AttemptEvent] = last) -> None:
                    nonlocal sent
                    sent = n
                    event = AttemptEvent(row.line, row.conversion,
                                         row.attempts + n, outcome, time.time())
                    if outcome.action is Action.RETRY and n < policy.max_attempts:
                        out.put(_Attempt(event))
                    else:
                        last.append(event)
                    if outcome.kind is Kind.THROTTLED:
                        with self._count_lock:
                            self._throttled += 1
                        self.rate.throttled()
                    else:
                        self.rate.succeeded()
                    if outcome.action is Action.STOP:
                        with self._stop_lock:
                            if self._stop is None:
                                self._stop = (outcome.meaning, outcome.status)
                        self._cancel.set()
                    elif outcome.action is Action.RETRY and n < policy.max_attempts:
                        with self._count_lock:
                            self._retries += 1

                try:
                    outcome, attempts = send_with_retries(
                        self._sender.send, row.conversion, policy, self._cancel,
                        on_attempt=on_attempt, before_attempt=self._gate, rng=self._rng,
                    )
                except Cancelled:
                    for e in last:
                        out.put(_Attempt(e))
                    out.put(_Unsent(row, row.attempts + sent))
                    continue
                except Exception:  # a bug must not leave the row in limbo or hang the run
                    log.exception("worker failed on line %s", row.line)
                    for e in last:
                        out.put(_Attempt(e))
                    out.put(_Unsent(row, row.attempts + sent))
                    continue
                out.put(_Done(row, outcome, row.attempts + attempts, last[-1] if last else None))
        finally:
            out.put(_WorkerExit())

    # -- the run thread --------------------------------------------------------------------
    def run(self) -> BatchResult:
        """Send the batch to its end; raises ``history.BatchBusyError`` when another process
        is sending it already (two senders would send its pending rows twice)."""
        with self._journal.claim_batch(self.batch_id):
            return self._run()

    def _run(self) -> BatchResult:
        opts = self.options
        journal = self._journal
        started = self._clock()
        counts = journal.row_counts(self.batch_id)
        accepted = counts.get(RowState.ACCEPTED, 0)
        failed = counts.get(RowState.FAILED, 0) + counts.get(RowState.REJECTED, 0)
        total = sum(counts.values())
        failures: Counter[str] = Counter()
        journal.set_batch_state(self.batch_id, BatchState.RUNNING)

        work: queue.Queue[BatchRow | None] = queue.Queue()
        out: queue.Queue[object] = queue.Queue()
        workers = [
            threading.Thread(target=self._worker, args=(work, out), daemon=True,
                             name=f"batch-{self.batch_id}-worker-{i}")
            for i in range(opts.concurrency)
        ]
        for w in workers:
            w.start()

        rows = journal.pending_rows(self.batch_id)
        exhausted = False
        outstanding = 0             # marked in flight, not yet answered
        updates: list[RowUpdate] = []
        attempts: list[AttemptEvent] = []
        unsent: list[RowUpdate] = []
        live = len(workers)
        sent_this_run = 0
        last_flush = last_progress = self._clock()
        finished_times: deque[tuple[float, int]] = deque()
        finished = 0
        low_water = opts.concurrency
        chunk_size = max(opts.concurrency * 2, 32)
        poisoned = False

        def flush() -> None:
            nonlocal updates, attempts, unsent
            if updates or attempts or unsent:
                journal.record_results(self.batch_id, updates + unsent, attempts)
                updates, attempts, unsent = [], [], []

        def snapshot(state: str) -> Progress:
            now = self._clock()
            finished_times.append((now, finished))
            while len(finished_times) > 2 and now - finished_times[0][0] > 5.0:
                finished_times.popleft()
            t0, f0 = finished_times[0]
            rate = (finished - f0) / (now - t0) if now - t0 > 0.2 else 0.0
            remaining = total - accepted - failed
            eta = remaining / rate if rate > 0 and state == BatchState.RUNNING else None
            return Progress(
                self.batch_id, state, total, accepted, failed,
                pending=max(0, remaining - outstanding), in_flight=outstanding,
                retries=self._retries, throttled=self._throttled, rate=rate,
                limit=self.rate.current, elapsed=now - started, eta=eta,
                failures=dict(failures), stop_reason=self._stop[0] if self._stop else None,
            )

        while live:
            # Keep the workers fed; each chunk is committed as in flight before anyone sends it.
            if not exhausted and not self._cancel.is_set() and work.qsize() < low_water:
                chunk = []
                for row in rows:
                    chunk.append(row)
                    if len(chunk) >= chunk_size:
                        break
                if len(chunk) < chunk_size:
                    exhausted = True
                if chunk:
                    flush()
                    journal.mark_in_flight(self.batch_id, [r.line for r in chunk])
                    outstanding += len(chunk)
                    for r in chunk:
                        work.put(r)
            ending = (exhausted and outstanding == 0) or self._cancel.is_set()
            if ending and not poisoned:
                poisoned = True
                for _ in workers:
                    work.put(None)
            try:
                msg = out.get(timeout=0.02)
            except queue.Empty:
                msg = None
            while msg is not None:
                if isinstance(msg, _Attempt):
                    attempts.append(msg.event)
                    sent_this_run += 1
                elif isinstance(msg, _Done):
                    if msg.event is not None:
                        attempts.append(msg.event)
                        sent_this_run += 1
                    outstanding -= 1
                    finished += 1
                    o = msg.outcome
                    if o.accepted:
                        state = RowState.ACCEPTED
                        accepted += 1
                    elif o.action is Action.STOP:
                        state = RowState.PENDING  # re-sent once the account is fixed
                        finished -= 1
                    else:
                        state = RowState.REJECTED if o.kind is Kind.INVALID else RowState.FAILED
                        failed += 1
                        failures[o.meaning] += 1
                    updates.append(RowUpdate(msg.row.line, state, msg.attempts, o.status,
                                             o.kind.value))
                elif isinstance(msg, _Unsent):
                    outstanding -= 1
                    unsent.append(RowUpdate(msg.row.line, RowState.PENDING, msg.attempts,
                                            None, None))
                elif isinstance(msg, _WorkerExit):
                    live -= 1
                try:
                    msg = out.get_nowait()
                except queue.Empty:
                    msg = None
            now = self._clock()
            due = now - last_flush >= opts.flush_interval
            if due or len(updates) + len(attempts) >= opts.flush_rows:
                flush()
                last_flush = now
            if self._on_progress is not None and now - last_progress >= opts.progress_interval:
                last_progress = now
                shown = BatchState.PAUSED if self.paused else BatchState.RUNNING
                if self._cancel.is_set():
                    shown = BatchState.STOPPED if self._stop else BatchState.CANCELLED
                self._on_progress(snapshot(shown))

        # Rows handed out but never picked up (cancel) go back to pending.
        leftover = []
        while True:
            try:
                item = work.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                leftover.append(RowUpdate(item.line, RowState.PENDING, item.attempts, None, None))
        unsent.extend(leftover)
        flush()

        if self._stop is not None:
            final = BatchState.STOPPED
        elif self._cancel.is_set():
            final = BatchState.CANCELLED
        else:
            final = BatchState.FINISHED
        reason = self._stop[0] if self._stop else None
        journal.set_batch_state(self.batch_id, final, reason)
        counts = journal.row_counts(self.batch_id)
        not_sent = counts.get(RowState.PENDING, 0) + counts.get(RowState.IN_FLIGHT, 0)
        result = BatchResult(
            self.batch_id, final, counts.get(RowState.ACCEPTED, 0),
            counts.get(RowState.REJECTED, 0), counts.get(RowState.FAILED, 0), not_sent, reason,
            self._stop[1] if self._stop else None, dict(failures),
            self._clock() - started, sent_this_run,
        )
        if self._on_progress is not None:
            accepted = result.accepted
            failed = result.failed + result.rejected
            outstanding = 0
            self._on_progress(snapshot(final))
        return result


def duration(seconds: float) -> str:
    """Rough time left, as a person says it; the Batch page and the command line both use it.

    Never "0 s": while a batch runs there is time left, so under a second reads "1 s".
    """
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


def result_summary(result: BatchResult) -> str:
    """How a batch ended, in one sentence for a person (the command line prints it, the
    Batch page shows it): the counts, and the reasons rows failed, most common first."""
    failed = result.failed + result.rejected
    why = ""
    if result.failures:
        parts = sorted(result.failures.items(), key=lambda kv: -kv[1])
        why = " (" + "; ".join(
            m.split(":")[0] if len(parts) == 1 else f"{n:,} {m.split(':')[0]}" for m, n in parts
        ) + ")"
    if result.state is BatchState.STOPPED:
        return (f"Stopped: {result.stop_reason}. {result.accepted:,} accepted, "
                f"{result.not_sent:,} not sent; they can be resumed once that is fixed.")
    if result.state is BatchState.CANCELLED:
        rows = "1 row" if result.not_sent == 1 else f"{result.not_sent:,} rows"
        return (f"Cancelled: {result.accepted:,} accepted, {failed:,} failed{why}, "
                f"{rows} not sent, can be resumed.")
    return f"Finished: {result.accepted:,} accepted, {failed:,} failed{why}."
