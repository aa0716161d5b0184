"""The batch journal: batches created, rows marked, finished, requeued, claimed and read."""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from ..conversion import Channel, Conversion
from ..outcome import Outcome
from .aside import KeptAsideError, keep_aside
from .engine import BatchLock
from .errors import BatchBusyError, HistoryBusyError, HistoryError, UnknownBatchError
from .store import BUSY_TIMEOUT, READ_CHUNK, HistoryWriter, StoreCore
from .types import (
    BATCH_COUNT_KEYS,
    FAILED_ROW_STATES,
    OPEN_ROW_STATES,
    RESUMABLE_BATCH_STATES,
    AttemptEvent,
    AttemptRecord,
    BatchInfo,
    BatchRow,
    BatchState,
    RowState,
    RowUpdate,
    _moment_text,
    utc_now_text,
)

JOURNAL_CHUNK = 10_000  # rows per transaction: tens of milliseconds of the write lock
BUSY_TRIES = 6  # a chunk waits up to this many times the store's busy timeout for its turn
T = TypeVar("T")
_CHANNELS = {c.value: c for c in Channel}
_ROW_STATES = {s.value: s for s in RowState}
_SECRET_KEY = re.compile(r"secret|password|passwd|token|credential|^sig$|^api_?sig", re.I)


def _check_options(options: Mapping[str, Any], where: str = "options") -> None:
    for key, value in options.items():
        if _SECRET_KEY.search(str(key)):
            raise ValueError(f"batch {where} must not hold a secret ({key!r})")
        if isinstance(value, Mapping):
            _check_options(value, f"{where}.{key}")


class BatchJournal(StoreCore):
    """Single attempts and batches as they are written, and batches as they are read back."""

    single_wait = 30.0  # seconds a single send's record waits for a busy history

    def record_attempt(self, record: AttemptRecord) -> int:
        with self.transaction() as tx:
            return tx.record_attempt(record)

    def record_attempts(self, records: Iterable[AttemptRecord]) -> int:
        with self.transaction() as tx:
            return tx.record_attempts(records)

    def _write(self, action: Callable[[HistoryWriter], T], pipelined: bool = False) -> T:
        """One transaction, run again if a team database went away meanwhile (each journal
        step is safe to repeat; outside a transaction only, as a retry needs a fresh one)."""
        def once() -> T:
            with self.transaction(pipelined) as tx:
                return action(tx)

        return once() if self._depth else self._patiently(once)

    def record_single(
        self,
        conversion: Conversion,
        outcome: Outcome,
        *,
        attempt_no: int = 1,
        profile: str | None = None,
        base_url: str | None = None,
    ) -> int:
        """One attempt of a single send (the Send page, ``conversion-gui send``, History's
        re-send). It went out, so it is never lost: a busy history is waited for up to
        ``single_wait`` seconds; after that (or when the file cannot be written) the attempt
        is kept in the side file and ``KeptAsideError`` says so."""
        record = AttemptRecord.from_outcome(
            conversion, outcome, attempt_no=attempt_no, profile=profile, base_url=base_url,
            at=utc_now_text())
        deadline = time.monotonic() + self.single_wait
        while True:
            try:
                with self.write_wait(min(BUSY_TIMEOUT, max(0.05, deadline - time.monotonic()))):
                    return self.record_attempt(record)
            except HistoryBusyError as exc:
                if time.monotonic() < deadline:
                    continue
                problem: HistoryError = exc
            except HistoryError as exc:
                if self._closed:
                    raise
                problem = exc
            break
        if self.is_team:  # the team database is away: said as it is (nothing kept aside)
            raise problem
        try:
            where = keep_aside(self.path, record)
        except OSError:
            raise problem from None
        raise KeptAsideError(
            f"{problem} (waited {self.single_wait:.0f} s); this send is kept in {where} and "
            "is added to the history when conversion-gui next starts")

    def record_results(
        self,
        batch_id: int,
        updates: Iterable[RowUpdate],
        attempts: Iterable[AttemptEvent] = (),
    ) -> None:
        """A batch engine's flush: its attempts and where rows ended, in one transaction.

        Profile and base URL come from the batch's options (keys ``profile``, ``base_url``).
        """
        profile, base_url = self._batch_source(batch_id)
        records = [
            AttemptRecord.from_outcome(
                e.conversion, e.outcome, attempt_no=e.attempt_no, batch_id=batch_id,
                line=e.line, profile=profile, base_url=base_url,
                at=_moment_text(datetime.fromtimestamp(e.at, UTC)),
            )
            for e in attempts
        ]
        results = [(u.line, u.state, u.status, u.kind, u.attempts) for u in updates]

        def write(tx: HistoryWriter) -> None:
            if records:
                tx.record_attempts(records)
            if results:
                tx.finish_rows(batch_id, results)

        self._write(write, pipelined=True)

    def _batch_source(self, batch_id: int) -> tuple[str | None, str | None]:
        profile, url, _, _ = self._batch_facts(batch_id)
        return profile, url

    def _batch_account(self, batch_id: int) -> tuple[str, bool]:
        """The account whose claims the batch takes, and whether it takes them at all (not
        when the user chose to send duplicates and already-accepted ids anyway)."""
        _, _, account, guarded = self._batch_facts(batch_id)
        return account, guarded

    def _batch_facts(self, batch_id: int) -> tuple[str | None, str | None, str, bool]:
        cache = self._sources
        if batch_id not in cache:
            rows = self._patiently(lambda: self._read(
                "SELECT options FROM batches WHERE id = ?", (batch_id,)))
            if not rows:
                raise UnknownBatchError(f"there is no batch {batch_id} in the history")
            try:
                options = json.loads(rows[0][0] or "{}")
            except ValueError:
                options = {}
            if not isinstance(options, dict):
                options = {}
            profile, url = options.get("profile"), options.get("base_url")
            account = str(options.get("account") or options.get("api_key") or "")
            guarded = not options.get("force_duplicates")
            cache[batch_id] = (str(profile) if profile else None, str(url) if url else None,
                               account, guarded)
        return cache[batch_id]

    def create_batch(
        self,
        file_name: str,
        file_sha256: str,
        options: Mapping[str, Any],
        counts: Mapping[str, int],
        rows: Iterable[tuple[int, Conversion]],
        state: BatchState | str = BatchState.RUNNING,
    ) -> int:
        """A new batch with every row journalled as pending; it is in ``state`` once all are.

        ``rows`` (file line, conversion) is streamed and journalled in chunks, each its own
        short transaction, so a large file never holds the write lock for long (a single send
        elsewhere goes on being recorded). Until the last chunk is in, the batch is
        *preparing*: never offered for resume, and held by this process's batch lock. A
        journal that fails half-way removes its batch; one left by a crash is removed at the
        next start (``discard_unprepared``), and the file is journalled again when it is sent.
        Options are for showing and resuming (channel, time zone, mapping, rate); a key that
        looks like a secret is refused.
        """
        _check_options(options)
        unknown = set(counts) - set(BATCH_COUNT_KEYS)
        if unknown:
            raise ValueError(
                f"unknown batch count {sorted(unknown)[0]!r}: use "
                + ", ".join(BATCH_COUNT_KEYS)
            )
        state = BatchState(state)
        options_text = json.dumps(dict(options), sort_keys=True, default=str)
        with self.transaction() as tx:
            cur = tx.conn.execute(
                "INSERT INTO batches (created, file_name, file_sha256, options, total, valid, "
                "rejected, blank, duplicate, skipped, state, sent_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'preparing', ?) RETURNING id",
                (utc_now_text(), file_name, file_sha256, options_text,
                 *(int(counts.get(k, 0)) for k in BATCH_COUNT_KEYS), self.sent_by),
            )
            batch_id = int(cur.fetchone()[0])
            # held before the batch is visible: a start-up clean-up leaves it alone
            lock = self.batch_lock(batch_id)
            lock.try_acquire()
        try:
            self._journal_rows(batch_id, file_name, rows, state, counts)
        except BaseException:
            self._discard(batch_id)
            raise
        finally:
            lock.release()
        return batch_id

    @contextlib.contextmanager
    def _foreign_keys_off(self) -> Iterator[None]:
        """The engine's set-up for a large journal insert. SQLite: journal rows point at the
        batch just made, and checking each of a million rows against it would cost a third
        of the time (a no-op inside an outer transaction, where SQLite ignores the pragma)."""
        if self._closed or self._depth:
            yield
            return
        undo = self.engine.bulk_journal_context(self._writer_ready())
        try:
            yield
        finally:
            if undo is not None and not self._closed:
                undo()

    def _journal_rows(self, batch_id: int, file_name: str,
                      rows: Iterable[tuple[int, Conversion]], state: BatchState,
                      counts: Mapping[str, int]) -> None:
        """The rows in chunks; the last chunk's transaction also sets the batch's state and
        its counts, read again then (a streaming caller fills them while rows are read)."""
        columns = ("batch_id", "line", "channel", "message_id", "delivered", "timestamp")
        chunk: list[tuple[int, int, str, str, int, str]] = []
        source = iter(rows)
        while True:
            chunk.clear()
            for line, conv in source:  # read outside the transaction: the file is slow
                chunk.append((batch_id, line, conv.channel.value, conv.message_id,
                              1 if conv.delivered else 0, conv.timestamp))
                if len(chunk) >= JOURNAL_CHUNK:
                    break
            last = len(chunk) < JOURNAL_CHUNK
            for attempt in range(BUSY_TRIES):  # another program writing: wait its turn
                try:
                    with self._write_lock, self._foreign_keys_off(), \
                            self.transaction() as tx:
                        try:
                            if chunk:
                                tx.conn.bulk_insert("batch_rows", columns, chunk)
                        except self.engine.IntegrityError as exc:
                            raise ValueError(
                                f"two rows of {file_name!r} share a file line number ({exc})"
                            ) from None
                        if last:
                            tx.conn.execute(
                                "UPDATE batches SET total = ?, valid = ?, rejected = ?, "
                                "blank = ?, duplicate = ?, skipped = ? WHERE id = ?",
                                (*(int(counts.get(k, 0)) for k in BATCH_COUNT_KEYS),
                                 batch_id))
                            tx.set_batch_state(batch_id, state)
                    break
                except HistoryBusyError:
                    if attempt == BUSY_TRIES - 1:
                        raise
            if last:
                return

    def _discard(self, batch_id: int) -> None:
        """A batch that never finished preparing: its rows in short transactions, then it."""
        with contextlib.suppress(HistoryError):
            while True:
                with self.transaction() as tx:
                    cur = tx.conn.execute(
                        "DELETE FROM batch_rows WHERE batch_id = ? AND line IN (SELECT line "
                        "FROM batch_rows WHERE batch_id = ? LIMIT ?)",
                        (batch_id, batch_id, JOURNAL_CHUNK))
                    if cur.rowcount == 0:
                        tx.conn.execute("DELETE FROM batches WHERE id = ? AND state = "
                                        "'preparing'", (batch_id,))
                        return

    def discard_unprepared(self) -> int:
        """At start-up: batches a crash left *preparing* (not all rows journalled) are
        removed; no process holds them. Their files are journalled anew when sent. Returns
        how many were removed."""
        ids = [int(r[0]) for r in self._read("SELECT id FROM batches WHERE state = 'preparing'")]
        orphans = [b for b in ids if self.batch_lock(b).is_free()]
        for batch_id in orphans:
            self._discard(batch_id)
        return len(orphans)

    def set_batch_counts(self, batch_id: int, counts: Mapping[str, int]) -> None:
        """The file's counts, known only once a streamed journal has read the whole file."""
        unknown = set(counts) - set(BATCH_COUNT_KEYS)
        if unknown:
            raise ValueError(f"unknown batch count {sorted(unknown)[0]!r}")
        keys = [k for k in BATCH_COUNT_KEYS if k in counts]
        if not keys:
            return
        assignments = ", ".join(f"{k} = ?" for k in keys)  # names from the fixed tuple above
        with self.transaction() as tx:
            tx.conn.execute(
                f"UPDATE batches SET {assignments} WHERE id = ?",  # noqa: S608
                (*(int(counts[k]) for k in keys), batch_id),
            )

    def mark_in_flight(self, batch_id: int, lines: Iterable[int]) -> list[int]:
        """Rows about to be sent, committed before any is; returns the lines to send (a row
        whose conversion another sender accepted or is sending is skipped, with a note)."""
        wanted = list(lines)
        return self._write(lambda tx: tx.mark_in_flight(batch_id, wanted), pipelined=True)

    def finish_rows(
        self, batch_id: int, results: Iterable[tuple[int, str, int | None, str | None, int]]
    ) -> int:
        done = list(results)
        return self._write(lambda tx: tx.finish_rows(batch_id, done))

    def requeue_rows(self, batch_id: int, lines: Iterable[int] | None = None) -> int:
        with self.transaction() as tx:
            return tx.requeue_rows(batch_id, lines)

    def set_batch_state(
        self, batch_id: int, state: BatchState | str, reason: str | None = None
    ) -> None:
        self._write(lambda tx: tx.set_batch_state(batch_id, state, reason))

    def batch_lock(self, batch_id: int) -> BatchLock:
        """The lock a process holds while it sends ``batch_id``: a file lock beside a SQLite
        history, an advisory lock on a team database (held from any machine)."""
        return self.engine.batch_lock(batch_id)

    def skipped_notes(self, batch_id: int, limit: int = 5) -> list[tuple[int, str]]:
        """Rows not sent because another sender accepted (or was sending) them: (line, why)."""
        rows = self._read(
            "SELECT line, note FROM batch_rows WHERE batch_id = ? AND state = 'skipped' "
            "AND note IS NOT NULL ORDER BY line LIMIT ?",
            (batch_id, max(0, int(limit))),
        )
        return [(int(line), str(note)) for line, note in rows]

    @contextlib.contextmanager
    def claim_batch(self, batch_id: int) -> Iterator[None]:
        """Hold the batch for this process while it is sent; refuse if another sends it."""
        lock = self.batch_lock(batch_id)
        if not lock.try_acquire():
            raise BatchBusyError(
                f"batch #{batch_id} is being sent by another conversion-gui right now "
                "(another window or the command line): let that one finish"
            )
        self._held_locks[batch_id] = lock
        try:
            yield
        finally:
            self._held_locks.pop(batch_id, None)
            lock.release()

    def _after_outage(self) -> None:
        """The server is back: the batches this store sends are held again, or stopped if
        another sender took one meanwhile (its journal is intact: it carries on there)."""
        for batch_id, lock in list(self._held_locks.items()):
            reassert = getattr(lock, "reassert", None)
            if reassert is not None and not reassert():
                raise BatchBusyError(
                    f"while the team database was away, another conversion-gui took batch "
                    f"#{batch_id}; this one stops here and leaves the rest to it"
                )

    def interrupt_running(self) -> int:
        """At start-up: a batch still "running" that no live process holds was left so by a
        crash. Returns how many. A batch another process is sending is left alone."""
        self.discard_unprepared()
        running = [int(r[0]) for r in self._read("SELECT id FROM batches WHERE state = 'running'")]
        orphans = [b for b in running if self.batch_lock(b).is_free()]
        if not orphans:
            return 0
        marks = ", ".join("?" * len(orphans))
        with self.transaction() as tx:
            cur = tx.conn.execute(
                "UPDATE batches SET state = 'interrupted', stop_reason = ? "  # noqa: S608
                f"WHERE state = 'running' AND id IN ({marks})",
                ("the app closed while the batch was running", *orphans),
            )
            return int(cur.rowcount)

    # ---- batches, reading

    def batch(self, batch_id: int) -> BatchInfo:
        rows = self._read(
            "SELECT id, created, file_name, file_sha256, options, total, valid, rejected, "
            "blank, duplicate, skipped, state, stop_reason, finished FROM batches WHERE id = ?",
            (batch_id,),
        )
        if not rows:
            raise UnknownBatchError(f"there is no batch {batch_id} in the history")
        return self._batch_info(rows[0])

    def _batch_info(self, row: tuple[Any, ...]) -> BatchInfo:
        counts = dict(zip(BATCH_COUNT_KEYS, (int(v) for v in row[5:11]), strict=True))
        by_state = {RowState(k): n for k, n in self.row_counts(int(row[0])).items()}
        try:
            options = json.loads(row[4]) if row[4] else {}
        except ValueError:
            options = {}
        return BatchInfo(
            id=int(row[0]), created=row[1], file_name=row[2], file_sha256=row[3],
            options=options if isinstance(options, dict) else {}, counts=counts,
            state=BatchState(row[11]), stop_reason=row[12], finished=row[13], rows=by_state,
        )

    def row_counts(self, batch_id: int) -> dict[str, int]:
        """Journalled rows by state (every state present, zero or not)."""
        counts = {s.value: 0 for s in RowState}
        for state, n in self._patiently(lambda: self._read(
            "SELECT state, count(*) FROM batch_rows WHERE batch_id = ? GROUP BY state",
            (batch_id,),
        )):
            counts[state] = int(n)
        return counts

    def delivered_count(self, batch_id: int) -> int:
        """Accepted rows of the batch that reported the user as delivered (its summary)."""
        rows = self._read(
            "SELECT count(*) FROM batch_rows WHERE batch_id = ? AND state = ? AND delivered = 1",
            (batch_id, RowState.ACCEPTED.value),
        )
        return int(rows[0][0]) if rows else 0

    def recent_batches(self, limit: int = 20) -> list[BatchInfo]:
        rows = self._read(
            "SELECT id, created, file_name, file_sha256, options, total, valid, rejected, "
            "blank, duplicate, skipped, state, stop_reason, finished FROM batches "
            "ORDER BY id DESC LIMIT ?",
            (max(0, int(limit)),),
        )
        return [self._batch_info(r) for r in rows]

    def find_unfinished_batch(self, file_sha256: str) -> BatchInfo | None:
        """The latest batch of this very file that still has rows to send, to offer a resume."""
        marks = ", ".join("?" * len(RESUMABLE_BATCH_STATES))
        rows = self._read(
            f"SELECT b.id FROM batches AS b WHERE b.file_sha256 = ? "  # noqa: S608 (marks)
            f"AND b.state IN ({marks}) AND EXISTS (SELECT 1 FROM batch_rows AS r "
            "WHERE r.batch_id = b.id AND r.state IN ('pending', 'in_flight')) "
            "ORDER BY b.id DESC LIMIT 1",
            (file_sha256, *(s.value for s in RESUMABLE_BATCH_STATES)),
        )
        return self.batch(int(rows[0][0])) if rows else None

    def pending_rows(self, batch_id: int) -> Iterator[BatchRow]:
        """Rows to send on resume, in file order: pending, and in flight when the app died.

        Read in short chunks, so a long resume never holds a read transaction open (which
        would stop the WAL from being checkpointed).
        """
        return self._rows_in_states(batch_id, OPEN_ROW_STATES)

    def failed_rows(self, batch_id: int) -> Iterator[BatchRow]:
        """Rows that ended rejected or failed ("Retry failed", "Save failed rows")."""
        return self._rows_in_states(batch_id, FAILED_ROW_STATES)

    def batch_rows(self, batch_id: int) -> Iterator[BatchRow]:
        """Every journalled row in file order, whatever its state (the results file)."""
        return self._rows_in_states(batch_id, tuple(RowState))

    def _rows_in_states(
        self, batch_id: int, states: Iterable[RowState]
    ) -> Iterator[BatchRow]:
        channels, row_states = _CHANNELS, _ROW_STATES  # dict look-ups: Enum() is slow
        wanted = tuple(s.value for s in states)
        marks = ", ".join("?" * len(wanted))
        sql = (
            "SELECT line, channel, message_id, delivered, timestamp, state, attempts, "  # noqa: S608
            f"last_status, last_kind FROM batch_rows WHERE batch_id = ? AND line > ? "
            f"AND state IN ({marks}) ORDER BY line LIMIT ?"
        )
        after = -(2**62)
        while True:
            params = (batch_id, after, *wanted, READ_CHUNK)
            chunk = self._patiently(lambda p=params: self._read(sql, p))  # type: ignore[misc]
            for line, chan, mid, delivered, ts, state, attempts, status, kind in chunk:
                yield BatchRow(line, Conversion(channels[chan], mid, delivered == 1, ts),
                               row_states[state], attempts, status, kind)
            if len(chunk) < READ_CHUNK:
                return
            after = int(chunk[-1][0])
