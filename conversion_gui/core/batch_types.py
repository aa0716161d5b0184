"""What the batch engine takes and gives: options, progress, results, and its messages."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from .conversion import Conversion
from .history import AttemptEvent, BatchRow, BatchState, RowUpdate
from .outcome import Outcome
from .retry import RetryPolicy


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
    commit_interval: float = 0.002  # answers this close together share one commit
    history_wait: float = 300.0     # how long a busy history is waited for, sending held

    def __post_init__(self) -> None:
        if self.rate < 0:
            raise ValueError("--rate must be 0 (no limit) or a positive number")
        if not 1 <= self.concurrency <= 256:
            raise ValueError("--concurrency must be between 1 and 256")
        if not self.history_wait > 0:
            raise ValueError("--history-wait must be more than 0 seconds")


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
    waiting_for_history: bool = False  # another program holds the history: sending is held

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
    fault: str | None = None  # interrupted by "history" (the file: busy, full) or "internal"


# Messages from the workers to the run thread.
@dataclass(frozen=True, slots=True)
class Attempted:
    event: AttemptEvent


@dataclass(frozen=True, slots=True)
class Done:
    row: BatchRow
    outcome: Outcome
    attempts: int
    event: AttemptEvent | None
    committed: threading.Event  # set once this answer is in the journal


@dataclass(frozen=True, slots=True)
class Raised:
    """The send itself raised (a bug): the row is not sent, and the batch stops."""

    row: BatchRow
    attempts: int
    cause: str


@dataclass(frozen=True, slots=True)
class Unsent:
    row: BatchRow
    attempts: int


@dataclass(frozen=True, slots=True)
class WorkerExit:
    pass


class RunFault(Exception):
    """The run must stop: ``text`` is the cause for a person, ``kind`` "history" or
    "internal" (the command line's exit status follows it)."""

    def __init__(self, text: str, kind: str) -> None:
        super().__init__(text)
        self.text = text
        self.kind = kind


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
    if result.state is BatchState.INTERRUPTED:
        rows = "1 row" if result.not_sent == 1 else f"{result.not_sent:,} rows"
        return (f"Interrupted: {result.stop_reason}. {result.accepted:,} accepted, "
                f"{failed:,} failed, {rows} not sent; resume to send them once that is "
                "fixed.")
    if result.state is BatchState.CANCELLED:
        rows = "1 row" if result.not_sent == 1 else f"{result.not_sent:,} rows"
        return (f"Cancelled: {result.accepted:,} accepted, {failed:,} failed{why}, "
                f"{rows} not sent, can be resumed.")
    return f"Finished: {result.accepted:,} accepted, {failed:,} failed{why}."
