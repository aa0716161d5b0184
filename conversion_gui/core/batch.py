"""The batch engine: journal -> rate limiter -> worker threads -> retries -> events.

Crash safety comes from two rules. A row is marked in flight in the journal, and that is
committed, before any worker may send it; and a worker's next request waits until the answer
to its previous one is committed (answers arriving within a few milliseconds share one
commit). After a crash only rows the journal holds as in flight can have reached the API
unrecorded, at most one per worker: a resume re-sends those and the ones never sent, and a
row the journal holds as accepted is never sent again.

Only the thread that calls ``run()`` touches the journal; workers send and report back
through a queue. That thread never runs ahead of its journal: a busy history is waited for
(sending held, "waiting for the history file") up to ``BatchOptions.history_wait``; any other
fault in it (a write that fails, a progress callback that raises) stops the feeding and the
workers, records what came back if it can, and leaves the batch interrupted, resumable, with
the cause stated.
"""


import logging
import queue
import random
import threading
import time
from collections.abc import Callable

from .batch_run import RunLoop
from .batch_types import (
    Attempted,
    BatchOptions,
    BatchResult,
    Done,
    Journal,
    Progress,
    Raised,
    Sender,
    Unsent,
    WorkerExit,
    duration,
    result_summary,
)
from .history import AttemptEvent, BatchRow
from .outcome import Outcome
from .ratelimit import AdaptiveRate, Clock, TokenBucket
from .retry import Cancelled, send_with_retries
from .statuses import Action, Kind

log = logging.getLogger(__name__)

__all__ = ["BatchOptions", "BatchResult", "BatchRunner", "Journal", "Progress", "Sender",
           "duration", "result_summary"]


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
        self._journal_ok = threading.Event()  # clear while the history is busy: hold sends
        self._journal_ok.set()
        self._released = threading.Event()    # no commit will come: workers stop waiting
        self._bucket = TokenBucket(self.options.rate, clock=clock)
        self.rate = AdaptiveRate(self._bucket, self.options.rate, clock=clock)
        self._stop: Outcome | None = None
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
        """Before each request: hold while paused or while the history is busy, then wait
        for a rate-limit slot."""
        while not (self._running.is_set() and self._journal_ok.is_set()):
            if self._cancel.wait(0.05):
                raise Cancelled
        if self._cancel.is_set():
            raise Cancelled
        if not self._bucket.acquire(self._cancel.wait):
            raise Cancelled
        if not (self._running.is_set() and self._journal_ok.is_set()):
            self._gate()

    def _worker(self, work: queue.Queue[BatchRow | None], out: queue.Queue[object]) -> None:
        try:
            while True:
                row = work.get()
                if row is None:
                    return
                if self._cancel.is_set():
                    out.put(Unsent(row, row.attempts))
                    continue
                committed = self._send_row(row, out)
                # The next request waits for this answer to be in the journal: after a
                # crash, at most one answer per worker is unrecorded.
                while committed is not None and not committed.wait(0.05):
                    if self._released.is_set():
                        break
        finally:
            out.put(WorkerExit())

    def _send_row(self, row: BatchRow, out: queue.Queue[object]) -> threading.Event | None:
        """Send one row with its retries; report every attempt and how the row ended."""
        policy = self.options.retry
        sent = 0
        last: list[AttemptEvent] = []

        def on_attempt(n: int, outcome: Outcome) -> None:
            nonlocal sent
            sent = n
            event = AttemptEvent(row.line, row.conversion, row.attempts + n, outcome,
                                 time.time())
            retrying = outcome.action is Action.RETRY and n < policy.max_attempts
            if retrying:
                out.put(Attempted(event))
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
                        self._stop = outcome
                self._cancel.set()
            elif retrying:
                with self._count_lock:
                    self._retries += 1

        try:
            outcome, attempts = send_with_retries(
                self._sender.send, row.conversion, policy, self._cancel,
                on_attempt=on_attempt, before_attempt=self._gate, rng=self._rng,
            )
        except Cancelled:
            for e in last:
                out.put(Attempted(e))
            out.put(Unsent(row, row.attempts + sent))
            return None
        except Exception as exc:  # a bug: the row is counted as not sent and the batch stops
            log.exception("sending line %s raised", row.line)
            self._cancel.set()
            for e in last:
                out.put(Attempted(e))
            out.put(Raised(row, row.attempts + sent, self._cause(exc)))
            return None
        committed = threading.Event()
        out.put(Done(row, outcome, row.attempts + attempts, last[-1] if last else None,
                      committed))
        return committed

    def _cause(self, exc: BaseException) -> str:
        """An exception in words, for the batch's stop reason; never a secret in it."""
        text = f"{type(exc).__name__}: {exc}"[:300]
        for secret in getattr(self._sender, "secrets", None) or ():
            if secret:
                text = text.replace(secret, "****")
        return text

    def _halt(self) -> None:
        self._cancel.set()
        self._running.set()

    # -- the run thread --------------------------------------------------------------------
    def run(self) -> BatchResult:
        """Send the batch to its end; raises ``history.BatchBusyError`` when another process
        is sending it already (two senders would send its pending rows twice)."""
        with self._journal.claim_batch(self.batch_id):
            try:
                return RunLoop(self).go()
            finally:
                self._released.set()
                self._journal_ok.set()
