"""The batch run thread: feeding rows in flight, group commits, a busy history waited for,
faults turned into an interrupted batch with its cause, and the end state."""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from .batch_types import (
    Attempted,
    BatchResult,
    Done,
    Progress,
    Raised,
    RunFault,
    Unsent,
    WorkerExit,
    duration,
)
from .history import (
    AttemptEvent,
    BatchRow,
    BatchState,
    HistoryBusyError,
    HistoryError,
    RowState,
    RowUpdate,
)
from .statuses import Action, Kind

if TYPE_CHECKING:
    from .batch import BatchRunner

log = logging.getLogger(__name__)

BUSY_ATTEMPT = 1.0  # seconds one journal write waits for a lock before the run says it waits
CANCELLED_WAIT = 10.0  # after a cancel, a busy history is waited for this long at most


class RunLoop:
    """One run's state on the run thread: what was fed, answered, recorded and shown."""

    def __init__(self, runner: BatchRunner) -> None:
        self.r = runner
        self.opts = runner.options
        self.journal = runner._journal
        self.batch_id = runner.batch_id
        self.clock = runner._clock
        self.started = self.clock()
        self.work: queue.Queue[BatchRow | None] = queue.Queue()
        self.out: queue.Queue[object] = queue.Queue()
        self.updates: list[RowUpdate] = []
        self.attempts: list[AttemptEvent] = []
        self.commits: list[threading.Event] = []
        self.last_flush = self.last_progress = self.started
        self.finished_times: deque[tuple[float, int]] = deque()
        self.failures: Counter[str] = Counter()
        self.accepted = self.failed = self.total = 0
        self.outstanding = 0    # handed to the workers, not yet answered
        self.finished = 0
        self.sent = 0
        self.live = 0
        self.raised = 0
        self.raised_cause = ""
        self.fault: RunFault | None = None
        self.journal_broken = False
        self.progress_broken = False
        self.waiting = False

    # -- the loop ----------------------------------------------------------------------
    def go(self) -> BatchResult:
        counts = self.journal.row_counts(self.batch_id)
        self.accepted = counts.get(RowState.ACCEPTED, 0)
        self.failed = counts.get(RowState.FAILED, 0) + counts.get(RowState.REJECTED, 0)
        self.total = sum(counts.values())
        try:  # nothing sent yet: a history that cannot be written is the caller's error
            self.write(lambda: self.journal.set_batch_state(self.batch_id, BatchState.RUNNING))
        except RunFault as exc:
            raise HistoryError(exc.text) from exc
        workers = [
            threading.Thread(target=self.r._worker, args=(self.work, self.out), daemon=True,
                             name=f"batch-{self.batch_id}-worker-{i}")
            for i in range(self.opts.concurrency)
        ]
        for w in workers:
            w.start()
        self.live = len(workers)
        rows = self.journal.pending_rows(self.batch_id)
        chunk_size = max(self.opts.concurrency * 2, 32)
        exhausted = poisoned = False
        while self.live:
            try:
                if not exhausted and not self.r.cancelled \
                        and self.work.qsize() < self.opts.concurrency:
                    exhausted = self.feed(rows, chunk_size)
                if not poisoned and (self.r.cancelled or (exhausted and not self.outstanding)):
                    poisoned = True
                    for _ in workers:
                        self.work.put(None)
                self.receive()
                now = self.clock()
                due = self.commits or ((self.updates or self.attempts)
                                       and now - self.last_flush >= 0.1)
                if due and not self.journal_broken:  # broken: one last try, at the end
                    self.flush()
                    self.last_flush = now
                if now - self.last_progress >= self.opts.progress_interval:
                    self.show(self.shown_state())
            except Exception as exc:
                self.fail(exc)
        return self.end()

    def feed(self, rows: Iterator[BatchRow], chunk_size: int) -> bool:
        """Hand out the next chunk, committed as in flight first; True once none are left."""
        chunk = list(islice(rows, chunk_size))
        if chunk:
            lines = [r.line for r in chunk]
            self.write(lambda: self.journal.mark_in_flight(self.batch_id, lines))
            self.outstanding += len(chunk)
            for r in chunk:
                self.work.put(r)
        return len(chunk) < chunk_size

    def receive(self) -> None:
        """Take the workers' messages: wait briefly for one, then gather what arrives within
        the commit interval, so one commit serves them all."""
        try:
            msg = self.out.get(timeout=0.02)
        except queue.Empty:
            return
        deadline = time.monotonic() + self.opts.commit_interval
        while True:
            self.take(msg)
            try:
                msg = self.out.get_nowait()
                continue
            except queue.Empty:
                pass
            left = deadline - time.monotonic()
            if left <= 0 or not self.outstanding or len(self.commits) >= self.live:
                return
            try:
                msg = self.out.get(timeout=left)
            except queue.Empty:
                return

    def take(self, msg: object) -> None:
        if isinstance(msg, Attempted):
            self.attempts.append(msg.event)
            self.sent += 1
        elif isinstance(msg, Done):
            if msg.event is not None:
                self.attempts.append(msg.event)
                self.sent += 1
            self.commits.append(msg.committed)
            self.outstanding -= 1
            o = msg.outcome
            if o.accepted:
                state = RowState.ACCEPTED
                self.accepted += 1
                self.finished += 1
            elif o.action is Action.STOP:
                state = RowState.PENDING  # sent again once the account (or the app) is fixed
            else:
                state = RowState.REJECTED if o.kind is Kind.INVALID else RowState.FAILED
                self.failed += 1
                self.finished += 1
                self.failures[o.meaning] += 1
            self.updates.append(RowUpdate(msg.row.line, state, msg.attempts, o.status,
                                          o.kind.value))
        elif isinstance(msg, Unsent | Raised):
            self.outstanding -= 1
            self.updates.append(RowUpdate(msg.row.line, RowState.PENDING, msg.attempts,
                                          None, None))
            if isinstance(msg, Raised):
                self.raised += 1
                self.raised_cause = self.raised_cause or msg.cause
                self.r._halt()
        elif isinstance(msg, WorkerExit):
            self.live -= 1

    # -- the journal -------------------------------------------------------------------
    def flush(self) -> None:
        """Record the attempts and answers gathered so far, in one commit; then let the
        workers that wait for it send again."""
        if self.updates or self.attempts:
            updates, attempts = self.updates, self.attempts
            self.write(lambda: self.journal.record_results(self.batch_id, updates, attempts))
            self.updates, self.attempts = [], []
        for committed in self.commits:
            committed.set()
        self.commits = []

    def write(self, action: Callable[[], object]) -> None:
        """One journal write. A busy history is waited for, sending held meanwhile, up to
        ``history_wait``; any failure becomes a history fault that stops the run."""
        since: float | None = None
        try:
            patience = getattr(self.journal, "write_wait", None)
            while True:
                try:
                    with patience(BUSY_ATTEMPT) if patience else contextlib.nullcontext():
                        action()
                    return
                except HistoryBusyError as exc:
                    now = time.monotonic()
                    if since is None:
                        since = now
                        self.hold(True)
                    waited = now - since
                    # a cancel (or a window closing) waits a little, not the whole wait
                    limit = min(self.opts.history_wait, CANCELLED_WAIT) if self.r.cancelled \
                        else self.opts.history_wait
                    if self.journal_broken or waited >= limit:
                        raise RunFault(
                            f"{exc} (waited {duration(waited)}); nothing is lost: resume the "
                            "batch once the history file is free", "history") from exc
                    log.warning("batch %s: the history is busy, waiting (%.0f s so far)",
                                self.batch_id, waited)
                    self.show(self.shown_state())
                    time.sleep(0.2)
                except RunFault:
                    raise
                except HistoryError as exc:
                    raise RunFault(f"the history could not be written: {exc}", "history") \
                        from exc
                except Exception as exc:
                    raise RunFault(f"the history could not be written: {self.r._cause(exc)}",
                                 "history") from exc
        except BaseException:
            self.r._halt()  # before the hold is lifted: no worker sends on a broken journal
            raise
        finally:
            if since is not None:
                self.hold(False)

    def hold(self, waiting: bool) -> None:
        """Hold the workers' next requests while the history is busy, and say so."""
        self.waiting = waiting
        if waiting:
            self.r._journal_ok.clear()
        else:
            self.r._journal_ok.set()
        self.show(self.shown_state())

    def fail(self, exc: Exception) -> None:
        """A fault in the run thread: stop feeding, cancel the workers, keep the cause."""
        fault = exc if isinstance(exc, RunFault) else RunFault(
            f"the batch stopped on a fault in the app ({self.r._cause(exc)})", "internal")
        if self.fault is None:
            self.fault = fault
            log.error("batch %s stops: %s", self.batch_id, fault.text, exc_info=exc)
        else:
            log.warning("batch %s, while stopping: %s", self.batch_id, fault.text)
        if fault.kind == "history":
            self.journal_broken = True
            self.r._released.set()  # no commit will come: waiting workers go on to stop
        self.r._halt()

    # -- progress ----------------------------------------------------------------------
    def shown_state(self) -> str:
        if self.fault is not None or self.raised:
            return BatchState.INTERRUPTED
        if self.r.cancelled:
            return BatchState.STOPPED if self.r._stop else BatchState.CANCELLED
        return BatchState.PAUSED if self.r.paused else BatchState.RUNNING

    def show(self, state: str) -> None:
        """Tell the callback; one that raises stops the batch (it is not called again)."""
        self.last_progress = self.clock()
        if self.r._on_progress is None or self.progress_broken:
            return
        try:
            self.r._on_progress(self.snapshot(state))
        except Exception as exc:
            self.progress_broken = True
            self.fail(RunFault(f"the progress display failed ({self.r._cause(exc)})",
                             "internal"))

    def snapshot(self, state: str) -> Progress:
        now = self.clock()
        times = self.finished_times
        if state == BatchState.PAUSED:
            # The rate and the time left come from sending time only: a pause starts the
            # window afresh, so nothing decays while paused or jumps after Resume.
            times.clear()
        times.append((now, self.finished))
        while len(times) > 2 and now - times[0][0] > 5.0:
            times.popleft()
        t0, f0 = times[0]
        rate = (self.finished - f0) / (now - t0) if now - t0 > 0.2 else 0.0
        if state == BatchState.PAUSED:
            rate = 0.0
        remaining = self.total - self.accepted - self.failed
        eta = remaining / rate if rate > 0 and state == BatchState.RUNNING else None
        stop = self.r._stop
        reason = self.fault.text if self.fault else stop.meaning if stop else None
        return Progress(
            self.batch_id, state, self.total, self.accepted, self.failed,
            pending=max(0, remaining - self.outstanding), in_flight=self.outstanding,
            retries=self.r._retries, throttled=self.r._throttled, rate=rate,
            limit=self.r.rate.current, elapsed=now - self.started, eta=eta,
            failures=dict(self.failures), stop_reason=reason,
            waiting_for_history=self.waiting,
        )

    # -- the end -----------------------------------------------------------------------
    def end(self) -> BatchResult:
        """Everything that came back recorded (if it can be), then the batch's end state."""
        while True:  # rows handed out but never picked up (cancel) go back to pending
            try:
                item = self.work.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                self.updates.append(RowUpdate(item.line, RowState.PENDING, item.attempts,
                                              None, None))
        try:
            self.flush()
        except Exception as exc:
            self.fail(exc)
        try:
            counts = self.journal.row_counts(self.batch_id)
        except Exception as exc:
            self.fail(exc)
            counts = {RowState.ACCEPTED: self.accepted, RowState.FAILED: self.failed,
                      RowState.PENDING: self.total - self.accepted - self.failed}
        not_sent = counts.get(RowState.PENDING, 0) + counts.get(RowState.IN_FLIGHT, 0)
        final, reason, kind = self.verdict(not_sent)
        try:
            self.write(lambda: self.journal.set_batch_state(self.batch_id, final, reason))
        except Exception as exc:  # the next start marks it interrupted: it stays resumable
            self.fail(exc)
        stop = self.r._stop
        result = BatchResult(
            self.batch_id, final, counts.get(RowState.ACCEPTED, 0),
            counts.get(RowState.REJECTED, 0), counts.get(RowState.FAILED, 0), not_sent,
            reason, stop.status if stop and final is BatchState.STOPPED else None,
            dict(self.failures), self.clock() - self.started, self.sent, kind,
        )
        self.accepted, self.failed = result.accepted, result.failed + result.rejected
        self.outstanding = 0
        self.show(final)
        return result

    def verdict(self, not_sent: int) -> tuple[BatchState, str | None, str | None]:
        """How the run ended: its state, the reason in words, and the kind of fault."""
        stop = self.r._stop
        if self.fault is not None:
            return BatchState.INTERRUPTED, self.fault.text, self.fault.kind
        if self.raised:
            rows = "1 row" if self.raised == 1 else f"{self.raised:,} rows"
            return (BatchState.INTERRUPTED,
                    f"sending {rows} failed inside the app ({self.raised_cause})", "internal")
        if stop is not None and stop.kind is Kind.INTERNAL:
            return BatchState.INTERRUPTED, stop.meaning, "internal"
        if stop is not None:
            return BatchState.STOPPED, stop.meaning, None
        if self.r.cancelled:
            return BatchState.CANCELLED, None, None
        if not_sent:  # never "finished" with rows not sent
            return (BatchState.INTERRUPTED,
                    f"{not_sent:,} rows were left unsent; resume to send them", "internal")
        return BatchState.FINISHED, None, None
