"""The history's value types: batch and row states, stored records, and the engine's events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from ..conversion import Channel, Conversion
from ..outcome import Outcome


class BatchState(StrEnum):
    PREPARING = "preparing"  # rows still being journalled; never offered, never sent
    RUNNING = "running"
    PAUSED = "paused"
    INTERRUPTED = "interrupted"  # the app went away while it was running
    FINISHED = "finished"
    CANCELLED = "cancelled"
    STOPPED = "stopped"  # 401/402: every other row would have failed the same way


class RowState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"  # sent, answer not yet journalled: after a crash, unknown outcome
    ACCEPTED = "accepted"
    REJECTED = "rejected"  # the API refused the row (invalid parameters)
    FAILED = "failed"  # out of attempts, TLS, unexpected answer
    SKIPPED = "skipped"  # not sent: already accepted in the history, or a duplicate


ENDED_BATCH_STATES = frozenset({BatchState.FINISHED, BatchState.CANCELLED, BatchState.STOPPED})
RESUMABLE_BATCH_STATES = (
    BatchState.RUNNING,
    BatchState.PAUSED,
    BatchState.INTERRUPTED,
    BatchState.STOPPED,
    BatchState.CANCELLED,
)
OPEN_ROW_STATES = (RowState.PENDING, RowState.IN_FLIGHT)
FAILED_ROW_STATES = (RowState.REJECTED, RowState.FAILED)
BATCH_COUNT_KEYS = ("total", "valid", "rejected", "blank", "duplicate", "skipped")


def utc_now_text() -> str:
    """Now in UTC with milliseconds; text that sorts in time order."""
    return _moment_text(datetime.now(UTC))


def _moment_text(moment: datetime) -> str:
    utc = moment.astimezone(UTC) if moment.tzinfo is not None else moment
    return utc.strftime("%Y-%m-%d %H:%M:%S.") + f"{utc.microsecond // 1000:03d}"



@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """One request and what came of it, as the sender hands it to the history."""

    channel: str
    message_id: str
    delivered: bool
    conv_timestamp: str
    status: int | None
    kind: str
    meaning: str
    elapsed_ms: float = 0.0
    response_text: str = ""
    attempt_no: int = 1
    batch_id: int | None = None
    line: int | None = None
    profile: str | None = None
    base_url: str | None = None
    at: str | None = None  # UTC text with milliseconds; now when not given

    @classmethod
    def from_outcome(
        cls,
        conversion: Conversion,
        outcome: Outcome,
        *,
        attempt_no: int = 1,
        batch_id: int | None = None,
        line: int | None = None,
        profile: str | None = None,
        base_url: str | None = None,
        at: str | None = None,
    ) -> AttemptRecord:
        return cls(
            channel=conversion.channel.value,
            message_id=conversion.message_id,
            delivered=conversion.delivered,
            conv_timestamp=conversion.timestamp,
            status=outcome.status,
            kind=outcome.kind.value,
            meaning=outcome.meaning,
            elapsed_ms=outcome.elapsed * 1000.0,
            response_text=outcome.response_text,
            attempt_no=attempt_no,
            batch_id=batch_id,
            line=line,
            profile=profile,
            base_url=base_url,
            at=at,
        )


class AttemptRow(NamedTuple):
    """One stored attempt, as the History page shows it (a tuple: cheap by the million)."""

    id: int
    at: str
    batch_id: int | None
    line: int | None
    channel: str
    message_id: str
    delivered: bool
    conv_timestamp: str
    status: int | None
    kind: str
    meaning: str
    elapsed_ms: float
    response_text: str
    attempt_no: int
    profile: str | None
    base_url: str | None

    @property
    def conversion(self) -> Conversion:
        """The conversion to send again ("Re-send selected")."""
        return Conversion(Channel(self.channel), self.message_id, self.delivered,
                          self.conv_timestamp)


_ATTEMPT_COLUMNS = (
    "id, at, batch_id, line, channel, message_id, delivered, conv_timestamp, status, kind, "
    "meaning, elapsed_ms, response_text, attempt_no, profile, base_url"
)




@dataclass(frozen=True, slots=True)
class RowUpdate:
    """Where a row ended, as the batch engine reports it to the journal."""

    line: int
    state: RowState
    attempts: int
    status: int | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class AttemptEvent:
    """One request and its answer, for the history."""

    line: int
    conversion: Conversion
    attempt_no: int
    outcome: Outcome
    at: float  # time.time()


class RowResult(NamedTuple):
    """The outcome of one journalled row; a plain tuple does as well."""

    line: int
    state: str
    status: int | None
    kind: str | None
    attempts: int


class BatchRow(NamedTuple):
    """A journalled row: where it was in the file, what to send, where it stands."""

    line: int
    conversion: Conversion
    state: RowState
    attempts: int
    last_status: int | None
    last_kind: str | None


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created: str
    file_name: str
    file_sha256: str
    options: dict[str, Any]
    counts: dict[str, int]  # from the file: total, valid, rejected, blank, duplicate
    state: BatchState
    stop_reason: str | None
    finished: str | None
    rows: dict[RowState, int] = field(default_factory=dict)  # live, by row state

    @property
    def open_rows(self) -> int:
        """Rows still to send (pending, or in flight when the app went away)."""
        return sum(self.rows.get(s, 0) for s in OPEN_ROW_STATES)

    @property
    def journalled(self) -> int:
        return sum(self.rows.values())

    @property
    def failed_rows(self) -> int:
        return sum(self.rows.get(s, 0) for s in FAILED_ROW_STATES)
