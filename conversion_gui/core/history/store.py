"""The store's core: its connections and locks, write transactions, close, and the writer."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit, urlunsplit

from .errors import HistoryError, NotAHistoryFileError, UnknownBatchError, _write_error
from .schema import _create_private_file, _make_private, check_file, migrate
from .types import ENDED_BATCH_STATES, AttemptRecord, BatchState, RowState, utc_now_text

RESPONSE_TEXT_LIMIT = 500
READ_CHUNK = 2_000
BUSY_TIMEOUT = 10.0  # seconds a write waits for another process's lock, unless told otherwise


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
    """Connections, locks, transactions and close: what the store's other parts build on."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._write_lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None
        self._local = threading.local()
        # Each thread's reading connection, with the lock it holds while the connection is in
        # use: close() takes each lock before closing, since closing a connection that
        # another thread is in the middle of using crashes the process.
        self._readers: list[tuple[sqlite3.Connection, threading.Lock]] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._sources: dict[int, tuple[str | None, str | None]] = {}
        _create_private_file(self.path)
        self._writer_conn = self._open_writer()
        self._writer = HistoryWriter(self, self._writer_conn)

    # ---- opening

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False,
                cached_statements=256,
            )
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot open the history file {self.path}: {exc}") from exc
        return conn

    def _open_writer(self) -> sqlite3.Connection:
        conn = self._connect()
        try:
            check_file(conn, self.path)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise HistoryError(
                    f"the history file {self.path} cannot use write-ahead logging "
                    f"(journal mode {mode}); is it on a network drive?"
                )
            conn.execute("PRAGMA synchronous=NORMAL")
            # a million-row journal grows the WAL to ~100 MB; give the space back afterwards
            conn.execute("PRAGMA journal_size_limit=67108864")
            migrate(conn, self.path)  # foreign keys off: a step may rebuild a parent table
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise NotAHistoryFileError(
                f"{self.path} is not a conversion-gui history file, or it is damaged "
                f"({exc}); move it away to start a new history"
            ) from exc
        except BaseException:
            conn.close()
            raise
        for suffix in ("-wal", "-shm"):
            _make_private(self.path.with_name(self.path.name + suffix))
        return conn


    def _reader(self) -> sqlite3.Connection:
        if self._closed:
            raise HistoryError("the history is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            conn.execute("PRAGMA query_only=ON")
            conn.execute("PRAGMA foreign_keys=ON")
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
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """This thread's reading connection, held so that close() waits for it."""
        conn = self._reader()
        with self._local.lock:
            if self._closed:
                raise HistoryError("the history is closed")
            try:
                yield conn
            except sqlite3.Error as exc:
                raise HistoryError(
                    f"cannot read the history file {self.path}: {exc}"
                ) from exc

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        with self._reading() as conn:
            return conn.execute(sql, tuple(params)).fetchall()

    def close(self) -> None:
        with self._write_lock:
            if self._closed:
                return
            self._closed = True
            with contextlib.suppress(sqlite3.Error):
                self._writer_conn.execute("PRAGMA optimize")
            self._writer_conn.close()
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for conn, lock in readers:
            with lock:  # a read in progress on another thread ends first
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

    def _begin(self, conn: sqlite3.Connection) -> None:
        wait: float | None = getattr(self._local, "write_wait", None)
        if wait is None:
            conn.execute("BEGIN IMMEDIATE")
            return
        conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000):d}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000):d}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[HistoryWriter]:
        """One write transaction; nested calls on the same thread join the outer one.

        ``with store.transaction() as tx: tx.record_attempts(...); tx.finish_rows(...)``
        commits both or neither, with one commit for the lot.
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
            conn = self._writer_conn
            try:
                self._begin(conn)
            except sqlite3.OperationalError as exc:
                raise _write_error(self.path, exc) from exc
            self._depth, self._owner = 1, threading.get_ident()
            try:
                yield self._writer
            except BaseException:
                self._depth, self._owner = 0, None
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            self._depth, self._owner = 0, None
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise _write_error(self.path, exc) from exc



class HistoryWriter:
    """The writes, valid only inside :meth:`HistoryStore.transaction`."""

    def __init__(self, store: StoreCore, conn: sqlite3.Connection) -> None:
        self._store = store
        self._conn = conn
        self._last_url: tuple[str | None, str | None] = (None, None)

    @property
    def conn(self) -> sqlite3.Connection:
        if self._store._owner != threading.get_ident():
            raise RuntimeError("use the history writer only inside store.transaction()")
        return self._conn

    def _run(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> int:
        try:
            cur = self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"the history refused a value: {exc}") from exc
        except sqlite3.OperationalError as exc:
            raise _write_error(self._store.path, exc) from exc
        return int(cur.rowcount)

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
            self._url(r.base_url),
        )

    _INSERT_ATTEMPT = (
        "INSERT INTO attempts (at, batch_id, line, channel, message_id, delivered, "
        "conv_timestamp, status, kind, meaning, elapsed_ms, response_text, attempt_no, "
        "profile, base_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    def record_attempt(self, record: AttemptRecord) -> int:
        try:
            cur = self.conn.execute(self._INSERT_ATTEMPT, self._attempt_values(record))
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"the history refused the attempt: {exc}") from exc
        return int(cur.lastrowid or 0)

    def record_attempts(self, records: Iterable[AttemptRecord]) -> int:
        return self._run(self._INSERT_ATTEMPT, (self._attempt_values(r) for r in records))

    def mark_in_flight(self, batch_id: int, lines: Iterable[int]) -> int:
        """Rows about to be sent; an accepted row is never moved back."""
        now = utc_now_text()
        return self._run(
            "UPDATE batch_rows SET state = 'in_flight', updated = ? "
            "WHERE batch_id = ? AND line = ? AND state <> 'accepted'",
            ((now, batch_id, int(line)) for line in lines),
        )

    def finish_rows(
        self, batch_id: int, results: Iterable[tuple[int, str, int | None, str | None, int]]
    ) -> int:
        """Where each row ended: (line, state, last status, last kind, attempts made)."""
        now = utc_now_text()

        def values() -> Iterator[tuple[Any, ...]]:
            for line, state, status, kind, attempts in results:
                yield (RowState(state).value, status, None if kind is None else str(kind),
                       int(attempts), now, batch_id, int(line))

        return self._run(
            "UPDATE batch_rows SET state = ?, last_status = ?, last_kind = ?, attempts = ?, "
            "updated = ? WHERE batch_id = ? AND line = ?",
            values(),
        )

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
