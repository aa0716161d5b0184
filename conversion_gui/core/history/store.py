"""The store's core: its connections and locks, write transactions, close, and the writer."""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit, urlunsplit

from .engine import BUSY_TIMEOUT as BUSY_TIMEOUT  # the journal's waits are counted in it
from .engine import Conn, Engine, SqliteEngine
from .errors import HistoryError, UnknownBatchError
from .location import HistoryLocation, parse_location
from .types import ENDED_BATCH_STATES, AttemptRecord, BatchState, RowState, utc_now_text

log = logging.getLogger(__name__)
T = TypeVar("T")

RESPONSE_TEXT_LIMIT = 500
READ_CHUNK = 2_000


def _sanitise_base_url(url: str | None) -> str | None:
    """A base URL as stored: never a user name, password, query or fragment."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.username is None and parts.password is None and not parts.query \
            and not parts.fragment:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))



class StoreCore:
    """Connections, locks, transactions and close: what the store's other parts build on.

    ``location`` is a SQLite file path, ``sqlite:PATH``, or a ``postgresql://`` URL (its
    password given separately, from the keychain: never in the URL).
    """

    def __init__(
        self,
        location: str | os.PathLike[str] | HistoryLocation | Engine,
        *,
        password: str | None = None,
    ) -> None:
        self.engine = _engine_for(location, password)
        self.path = Path(getattr(self.engine, "path", self.engine.shown))
        self.shown = self.engine.shown
        self._write_lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None
        self._local = threading.local()
        # Each thread's reading connection, with the lock it holds while the connection is in
        # use: close() takes each lock before closing, since closing a connection that
        # another thread is in the middle of using crashes the process.
        self._readers: list[tuple[Conn, threading.Lock]] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._sources: dict[int, tuple[str | None, str | None, str, bool]] = {}
        self.sent_by = sender_name()
        # how long the journal waits for a team database that went away (seconds)
        self.outage_limit = 600.0
        self.on_outage: Callable[[str | None], None] | None = None
        self._held_locks: dict[int, Any] = {}  # batch id -> the lock this store holds
        self._writer_conn = self._open_writer()
        self._writer = HistoryWriter(self, self._writer_conn)

    def _batch_account(self, batch_id: int) -> tuple[str, bool]:
        """The account a batch claims its conversions under, and whether it claims them."""
        raise NotImplementedError  # the journal knows batches

    @property
    def is_team(self) -> bool:
        return self.engine.kind != "sqlite"

    # ---- opening

    def _open_writer(self) -> Conn:
        conn = self.engine.connect(writer=True)
        try:
            self.engine.prepare_writer(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _writer_ready(self) -> Conn:
        """The writer connection, opened again if the server dropped it."""
        if self._writer_conn.broken:
            with contextlib.suppress(Exception):
                self._writer_conn.close()
            self._writer_conn = self.engine.connect(writer=True)
            self._writer = HistoryWriter(self, self._writer_conn)
        return self._writer_conn

    def _reader(self) -> Conn:
        if self._closed:
            raise HistoryError("the history is closed")
        conn: Conn | None = getattr(self._local, "conn", None)
        if conn is not None and conn.broken:
            with self._readers_lock:
                self._readers = [(c, lk) for c, lk in self._readers if c is not conn]
            with contextlib.suppress(Exception):
                conn.close()
            conn = None
        if conn is None:
            conn = self.engine.connect(writer=False)
            lock = threading.Lock()
            with self._readers_lock:
                if self._closed:
                    conn.close()
                    raise HistoryError("the history is closed")
                self._readers.append((conn, lock))
            self._local.conn = conn
            self._local.lock = lock
            self._local.count_cache = {}
            self._local.data_version = None
        return conn

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Conn]:
        """This thread's reading connection, held so that close() waits for it."""
        conn = self._reader()
        with self._local.lock:
            if self._closed:
                raise HistoryError("the history is closed")
            try:
                yield conn
            except self.engine.Error as exc:
                raise self.engine.read_error(exc) from exc

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        with self._reading() as conn:
            return conn.execute(sql, tuple(params)).fetchall()

    def _patiently(self, action: Callable[[], T]) -> T:
        """Run ``action``; while a team database is away, wait for it (up to
        ``outage_limit`` seconds) and run it again. Journal steps are safe to repeat."""
        deadline: float | None = None
        delay = 0.25
        while True:
            try:
                result = action()
            except Exception as exc:
                if self._closed or not self.engine.is_disconnect(exc):
                    raise
                now = time.monotonic()
                deadline = deadline or now + self.outage_limit
                if now >= deadline:
                    raise
                log.warning("history: %s; waiting for it", exc)
                if self.on_outage is not None:
                    self.on_outage(str(exc))
                time.sleep(min(delay, max(0.0, deadline - now)))
                delay = min(delay * 2, 5.0)
                continue
            if deadline is not None:
                self._after_outage()
                if self.on_outage is not None:
                    self.on_outage(None)
            return result

    def _after_outage(self) -> None:
        """Called once the server answers again after an outage (the journal re-locks)."""

    def close(self) -> None:
        with self._write_lock:
            if self._closed:
                return
            self._closed = True
            with contextlib.suppress(Exception):
                self.engine.before_close(self._writer_conn)
            with contextlib.suppress(Exception):
                self._writer_conn.close()
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for conn, lock in readers:
            with lock, contextlib.suppress(Exception):  # a read in progress ends first
                conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing

    @contextlib.contextmanager
    def write_wait(self, seconds: float) -> Iterator[None]:
        """Writes on this thread wait at most ``seconds`` for another process's lock before
        ``HistoryBusyError``: for a caller that goes on waiting in its own way, and says so."""
        old = getattr(self._local, "write_wait", None)
        self._local.write_wait = seconds
        try:
            yield
        finally:
            self._local.write_wait = old

    @contextlib.contextmanager
    def transaction(self, pipelined: bool = False) -> Iterator[HistoryWriter]:
        """One write transaction; nested calls on the same thread join the outer one.

        ``with store.transaction() as tx: tx.record_attempts(...); tx.finish_rows(...)``
        commits both or neither, with one commit for the lot. ``pipelined``: a team
        database gets the statements without waiting for each answer (one round trip
        for most of a journal step; no COPY inside).
        """
        with self._write_lock:
            if self._closed:
                raise HistoryError("the history is closed")
            if self._depth:
                self._depth += 1
                try:
                    yield self._writer
                finally:
                    self._depth -= 1
                return
            conn = self._writer_ready()
            if pipelined:
                try:
                    with conn.pipeline():
                        yield from self._transact(conn)
                except self.engine.Error as exc:
                    self._depth, self._owner = 0, None
                    with contextlib.suppress(Exception):
                        conn.rollback()
                    raise self.engine.write_error(exc) from exc
                return
            yield from self._transact(conn)

    def _transact(self, conn: Conn) -> Iterator[HistoryWriter]:
        try:
            conn.begin(getattr(self._local, "write_wait", None))
        except self.engine.OperationalError as exc:
            raise self.engine.write_error(exc) from exc
        self._depth, self._owner = 1, threading.get_ident()
        try:
            yield self._writer
        except BaseException:
            self._depth, self._owner = 0, None
            with contextlib.suppress(Exception):
                conn.rollback()
            raise
        self._depth, self._owner = 0, None
        try:
            conn.commit()
        except self.engine.Error as exc:
            with contextlib.suppress(Exception):
                conn.rollback()
            raise self.engine.write_error(exc) from exc


def sender_name() -> str:
    """``user@machine``: who sent an attempt (the OS user and machine name, nothing secret)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        user = "unknown"
    host = socket.gethostname().split(".")[0] or "unknown"
    return f"{user}@{host}"[:128]


def _engine_for(
    location: str | os.PathLike[str] | HistoryLocation | Engine, password: str | None
) -> Engine:
    if isinstance(location, Engine):
        return location
    where = location if isinstance(location, HistoryLocation) else parse_location(location)
    if where.database is not None:
        from .postgres import PostgresEngine  # psycopg only for a team history

        return PostgresEngine(where.database, password)
    assert where.path is not None
    return SqliteEngine(where.path)



class HistoryWriter:
    """The writes, valid only inside :meth:`HistoryStore.transaction`."""

    def __init__(self, store: StoreCore, conn: Conn) -> None:
        self._store = store
        self._conn = conn
        self._last_url: tuple[str | None, str | None] = (None, None)

    @property
    def conn(self) -> Conn:
        if self._store._owner != threading.get_ident():
            raise RuntimeError("use the history writer only inside store.transaction()")
        return self._conn

    def _run(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        engine = self._store.engine
        try:
            return self.conn.executemany(sql, rows)
        except engine.IntegrityError as exc:
            raise ValueError(f"the history refused a value: {exc}") from exc
        except engine.OperationalError as exc:
            raise engine.write_error(exc) from exc

    def _url(self, url: str | None) -> str | None:
        if url != self._last_url[0]:
            self._last_url = (url, _sanitise_base_url(url))
        return self._last_url[1]

    def _attempt_values(self, r: AttemptRecord) -> tuple[Any, ...]:
        if r.channel not in ("sms", "voice"):
            raise ValueError(f"attempt channel {r.channel!r} is not sms or voice")
        text = r.response_text
        if len(text) > RESPONSE_TEXT_LIMIT:
            text = text[: RESPONSE_TEXT_LIMIT - 1] + "…"
        return (
            r.at or utc_now_text(), r.batch_id, r.line, str(r.channel), r.message_id,
            1 if r.delivered else 0, r.conv_timestamp, r.status, str(r.kind), r.meaning,
            round(float(r.elapsed_ms), 1), text, int(r.attempt_no), r.profile,
            self._url(r.base_url), r.sent_by or self._store.sent_by,
        )

    _INSERT_ATTEMPT = (
        "INSERT INTO attempts (at, batch_id, line, channel, message_id, delivered, "
        "conv_timestamp, status, kind, meaning, elapsed_ms, response_text, attempt_no, "
        "profile, base_url, sent_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    def record_attempt(self, record: AttemptRecord) -> int:
        engine = self._store.engine
        try:
            cur = self.conn.execute(self._INSERT_ATTEMPT + " RETURNING id",
                                    self._attempt_values(record))
        except engine.IntegrityError as exc:
            raise ValueError(f"the history refused the attempt: {exc}") from exc
        return int(cur.fetchone()[0])

    def record_attempts(self, records: Iterable[AttemptRecord]) -> int:
        return self._run(self._INSERT_ATTEMPT, (self._attempt_values(r) for r in records))

    def mark_in_flight(self, batch_id: int, lines: Iterable[int]) -> list[int]:
        """Rows about to be sent; returns the lines this sender may send.

        Each row's conversion is claimed first (one claim per account, channel and id, for
        every sender of the history): a row whose conversion another batch has accepted, or
        is sending now, is marked skipped with a note saying who and when, and not returned.
        An accepted row is never moved back.
        """
        wanted = [int(line) for line in lines]
        if not wanted:
            return []
        now = utc_now_text()
        account, guarded = self._store._batch_account(batch_id)
        refused: dict[int, str] = {}
        conn = self.conn
        for block in _blocks(wanted):
            marks = ", ".join("?" * len(block))
            if guarded:
                # one statement for the block: a claim per row, or the claim already there
                conn.execute(
                    "INSERT INTO claims (account, channel, message_id, state, batch_id, "  # noqa: S608
                    "line, sent_by, at) SELECT ?, channel, message_id, 'sending', batch_id, "
                    f"line, ?, ? FROM batch_rows WHERE batch_id = ? AND line IN ({marks}) "
                    "AND state <> 'accepted' ORDER BY channel, message_id "
                    "ON CONFLICT (account, channel, message_id) DO UPDATE SET "
                    "sent_by = excluded.sent_by, at = excluded.at "
                    "WHERE claims.batch_id = excluded.batch_id AND claims.line = excluded.line "
                    "AND claims.state = 'sending'",
                    (account, self._store.sent_by, now, batch_id, *block),
                )
                for line, state, by, at, other in conn.execute(
                    "SELECT r.line, c.state, c.sent_by, c.at, c.batch_id "  # noqa: S608
                    "FROM batch_rows AS r JOIN claims AS c ON c.account = ? "
                    "AND c.channel = r.channel AND c.message_id = r.message_id "
                    f"WHERE r.batch_id = ? AND r.line IN ({marks}) AND r.state <> 'accepted' "
                    "AND NOT (c.batch_id = r.batch_id AND c.line = r.line)",
                    (account, batch_id, *block),
                ).fetchall():
                    refused[int(line)] = claim_note(state, by, at, int(other))
        if refused:
            self._run(
                "UPDATE batch_rows SET state = 'skipped', note = ?, updated = ? "
                "WHERE batch_id = ? AND line = ? AND state <> 'accepted'",
                ((note, now, batch_id, line) for line, note in refused.items()),
            )
        marked: set[int] = set()
        for block in _blocks([line for line in wanted if line not in refused]):
            marks = ", ".join("?" * len(block))
            marked.update(int(r[0]) for r in conn.execute(
                f"UPDATE batch_rows SET state = 'in_flight', updated = ? "  # noqa: S608
                f"WHERE batch_id = ? AND line IN ({marks}) AND state <> 'accepted' "
                "RETURNING line", (now, batch_id, *block)).fetchall())
        return [line for line in wanted if line in marked]

    def finish_rows(
        self, batch_id: int, results: Iterable[tuple[int, str, int | None, str | None, int]]
    ) -> int:
        """Where each row ended: (line, state, last status, last kind, attempts made).

        The row's claim follows: accepted stays (for good), anything else lets it go.
        """
        now = utc_now_text()
        done: list[int] = []
        released: list[int] = []

        def values() -> Iterator[tuple[Any, ...]]:
            for line, state, status, kind, attempts in results:
                row_state = RowState(state)
                (done if row_state is RowState.ACCEPTED else released).append(int(line))
                yield (row_state.value, status, None if kind is None else str(kind),
                       int(attempts), now, batch_id, int(line))

        n = self._run(
            "UPDATE batch_rows SET state = ?, last_status = ?, last_kind = ?, attempts = ?, "
            "updated = ? WHERE batch_id = ? AND line = ?",
            values(),
        )
        if self._store._batch_account(batch_id)[1]:
            for block in _blocks(done):
                marks = ", ".join("?" * len(block))
                self.conn.execute(
                    "UPDATE claims SET state = 'accepted', at = ? "  # noqa: S608
                    f"WHERE batch_id = ? AND line IN ({marks}) AND state = 'sending'",
                    (now, batch_id, *block))
            for block in _blocks(released):
                marks = ", ".join("?" * len(block))
                self.conn.execute(
                    "DELETE FROM claims WHERE batch_id = ? "  # noqa: S608
                    f"AND line IN ({marks}) AND state = 'sending'", (batch_id, *block))
        return n

    def requeue_rows(self, batch_id: int, lines: Iterable[int] | None = None) -> int:
        """Rejected or failed rows (all, or the given lines) back to pending for a retry."""
        now = utc_now_text()
        if lines is None:
            cur = self.conn.execute(
                "UPDATE batch_rows SET state = 'pending', updated = ? "
                "WHERE batch_id = ? AND state IN ('rejected', 'failed')",
                (now, batch_id),
            )
            return int(cur.rowcount)
        return self._run(
            "UPDATE batch_rows SET state = 'pending', updated = ? "
            "WHERE batch_id = ? AND line = ? AND state IN ('rejected', 'failed')",
            ((now, batch_id, int(line)) for line in lines),
        )

    def set_batch_state(
        self, batch_id: int, state: BatchState | str, reason: str | None = None
    ) -> None:
        try:
            new = BatchState(state)
        except ValueError:
            raise ValueError(
                f"batch state {state!r} is unknown: use one of "
                + ", ".join(s.value for s in BatchState)
            ) from None
        finished = utc_now_text() if new in ENDED_BATCH_STATES else None
        cur = self.conn.execute(
            "UPDATE batches SET state = ?, stop_reason = ?, finished = ? WHERE id = ?",
            (new.value, reason, finished, batch_id),
        )
        if cur.rowcount == 0:
            raise UnknownBatchError(f"there is no batch {batch_id} in the history")


def claim_note(state: str, sent_by: str, at: str, batch_id: int) -> str:
    """Why a row was not sent: "already accepted by ana@desk-3 at 2026-03-01 10:04 UTC"."""
    when = f"{at[:16]} UTC"
    if state == "accepted":
        return f"already accepted by {sent_by} at {when}"
    return f"being sent by {sent_by} (batch #{batch_id}) since {when}"


def _blocks(items: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
