"""The two engines under one store: a connection adapter and what differs per dialect.

The store's SQL is written once, with ``?`` placeholders; the adapter turns them into
psycopg's ``%s`` for PostgreSQL. What truly differs lives here and nowhere else: opening and
checking, the schema version (``PRAGMA user_version`` or a ``schema_version`` table), the
batch lock (an OS file lock beside the SQLite file, or a PostgreSQL advisory lock that dies
with the session), case-insensitive id search, bulk inserts (COPY on PostgreSQL), and which
errors mean "the server went away".
"""

from __future__ import annotations

import abc
import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from ..diskerrors import is_not_a_database, os_error_sentence, sqlite_error_sentence
from ..filelock import FileLock
from . import migrations
from . import schema as _schema
from .errors import HistoryError, HistoryVersionError, NotAHistoryFileError, _write_error
from .schema import _create_private_file, _make_private, check_file

BUSY_TIMEOUT = 10.0  # seconds a write waits for another process's lock, unless told otherwise


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def close(self) -> None: ...


class BatchLock(Protocol):
    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...

    def is_free(self) -> bool: ...


class Conn(abc.ABC):
    """One connection, whichever the engine: the store's only way to the database."""

    @abc.abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    @abc.abstractmethod
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int: ...

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """A query whose rows are fetched a chunk at a time (``fetchmany``), never all."""
        return self.execute(sql, params)

    def bulk_insert(self, table: str, columns: Sequence[str],
                    rows: Iterable[Sequence[Any]]) -> int:
        """Many rows into ``table`` (names from the code, never from input)."""
        marks = ", ".join("?" * len(columns))
        return self.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)  # noqa: S608

    @abc.abstractmethod
    def begin(self, wait: float | None = None) -> None:
        """Start a write transaction; ``wait``: at most this many seconds for another
        process's write lock (the store's own timeout when None)."""

    def pipeline(self) -> contextlib.AbstractContextManager[object]:
        """Statements sent without waiting for each answer, where the engine can."""
        return contextlib.nullcontext()

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    @property
    @abc.abstractmethod
    def in_transaction(self) -> bool: ...

    @property
    def broken(self) -> bool:
        """The server dropped this connection: open another."""
        return False

    @abc.abstractmethod
    def close(self) -> None: ...


class Engine(abc.ABC):
    """What differs between SQLite and PostgreSQL; the store holds one of these."""

    kind: str
    Error: tuple[type[Exception], ...]
    IntegrityError: tuple[type[Exception], ...]
    OperationalError: tuple[type[Exception], ...]

    @property
    @abc.abstractmethod
    def shown(self) -> str:
        """Where the history is, as shown to people (a path, or a URL with no password)."""

    @abc.abstractmethod
    def connect(self, *, writer: bool) -> Conn: ...

    @abc.abstractmethod
    def prepare_writer(self, conn: Conn) -> None:
        """Check that the database is ours and not newer, then migrate it forward."""

    @abc.abstractmethod
    def batch_lock(self, batch_id: int) -> BatchLock: ...

    @abc.abstractmethod
    def change_marker(self, conn: Conn) -> object:
        """A value that changes whenever attempts were written (for the count cache)."""

    def nocase(self, column: str) -> str:
        """``column`` compared and sorted ignoring ASCII case."""
        return f"{column} COLLATE NOCASE"

    def nocase_like(self, column: str) -> str:
        """A LIKE test on ``column`` that ignores ASCII case (the pattern is lowered)."""
        return f"{column} LIKE ? ESCAPE '\\'"

    def without_index(self, clause: str) -> str:
        """The same test, written so the planner walks the time index instead."""
        return clause

    def nulls(self, descending: bool) -> str:
        """Where NULLs sort: first going up, last going down, as SQLite puts them."""
        return ""

    def is_disconnect(self, exc: BaseException) -> bool:
        """The server went away (down, restarted, network): worth waiting for."""
        return False

    def write_error(self, exc: Exception) -> HistoryError:
        return HistoryError(f"cannot write the history {self.shown}: {exc}")

    def read_error(self, exc: Exception) -> HistoryError:
        return HistoryError(f"cannot read the history {self.shown}: {exc}")

    def before_close(self, conn: Conn) -> None:  # noqa: B027 - most engines need none
        """Housekeeping as the writer closes."""

    def bulk_journal_context(self, conn: Conn) -> Callable[[], None] | None:
        """Set-up before a large journal insert; returns the undo (or None)."""
        return None


# ---------------------------------------------------------------------------- SQLite


class SqliteConn(Conn):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        return int(self.raw.executemany(sql, rows).rowcount)

    def begin(self, wait: float | None = None) -> None:
        if wait is None:
            self.raw.execute("BEGIN IMMEDIATE")
            return
        self.raw.execute(f"PRAGMA busy_timeout = {int(wait * 1000):d}")
        try:
            self.raw.execute("BEGIN IMMEDIATE")
        finally:
            self.raw.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000):d}")

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def close(self) -> None:
        self.raw.close()


class SqliteEngine(Engine):
    kind = "sqlite"
    Error = (sqlite3.Error,)
    IntegrityError = (sqlite3.IntegrityError,)
    OperationalError = (sqlite3.OperationalError,)

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            _create_private_file(path)
        except OSError as exc:
            raise HistoryError(os_error_sentence(exc, self.path, "the history file")) from None

    @property
    def shown(self) -> str:
        return str(self.path)

    def connect(self, *, writer: bool) -> Conn:
        try:
            raw = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False,
                cached_statements=256,
            )
        except sqlite3.Error as exc:
            raise HistoryError(sqlite_error_sentence(exc, self.path)
                               or f"cannot open the history file {self.path}: {exc}") from exc
        if not writer:
            raw.execute("PRAGMA query_only=ON")
            raw.execute("PRAGMA foreign_keys=ON")
        return SqliteConn(raw)

    def prepare_writer(self, conn: Conn) -> None:
        assert isinstance(conn, SqliteConn)
        raw = conn.raw
        try:
            check_file(raw, self.path)
            mode = raw.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise HistoryError(
                    f"the history file {self.path} cannot use write-ahead logging "
                    f"(journal mode {mode}); is it on a network drive?"
                )
            raw.execute("PRAGMA synchronous=NORMAL")
            # a million-row journal grows the WAL to ~100 MB; give the space back afterwards
            raw.execute("PRAGMA journal_size_limit=67108864")
            self._migrate(raw)  # foreign keys off: a step may rebuild a parent table
            raw.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            sentence = None if is_not_a_database(exc) else sqlite_error_sentence(exc, self.path)
            if sentence is not None:  # the disk or the folder, not the file: say which
                raise HistoryError(sentence) from exc
            raise NotAHistoryFileError(
                f"the file {self.path} is not a conversion-gui history file, or it is damaged "
                f"({exc}); move it away to start a new history"
            ) from exc
        for suffix in ("-wal", "-shm"):
            _make_private(self.path.with_name(self.path.name + suffix))

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Each step in its own transaction: a failure leaves the file at the last good step."""
        steps = _schema.MIGRATIONS
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) == len(steps):
            return  # up to date: no write lock needed (another program may hold it right now)
        while True:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # read again under the write lock: another process may have migrated meanwhile
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if version > len(steps):
                    raise HistoryVersionError(
                        f"the history file {self.path} was written by a newer version "
                        f"of conversion-gui (history format {version}); update the app"
                    )
                if version == len(steps):
                    conn.execute("COMMIT")
                    return
                if version == 0:
                    conn.execute(f"PRAGMA application_id = {_schema.APPLICATION_ID:d}")
                run_step(steps[version], conn.execute, conn)
                conn.execute(f"PRAGMA user_version = {version + 1:d}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def batch_lock(self, batch_id: int) -> BatchLock:
        return FileLock(self.path.parent / "locks" / f"batch-{int(batch_id)}.lock")

    def change_marker(self, conn: Conn) -> object:
        return conn.execute("PRAGMA data_version").fetchone()[0]

    def without_index(self, clause: str) -> str:
        return f"+{clause}"  # a unary plus hides the column from SQLite's index choice

    def write_error(self, exc: Exception) -> HistoryError:
        if isinstance(exc, sqlite3.Error):
            return _write_error(self.path, exc)
        return HistoryError(f"cannot write the history file {self.path}: {exc}")

    def read_error(self, exc: Exception) -> HistoryError:
        return HistoryError(f"cannot read the history file {self.path}: {exc}")

    def before_close(self, conn: Conn) -> None:
        conn.execute("PRAGMA optimize")

    def bulk_journal_context(self, conn: Conn) -> Callable[[], None] | None:
        """Journal rows point at the batch made in the same transaction: checking each of a
        million rows against it would cost a third of the time."""
        conn.execute("PRAGMA foreign_keys=OFF")

        def undo() -> None:
            conn.execute("PRAGMA foreign_keys=ON")

        return undo


def run_step(step: migrations.Step, execute: Callable[[str], object], conn: object) -> None:
    """One migration step: SQL statements (split on ``;``) or a function of the connection."""
    if callable(step):
        step(conn)
        return
    for statement in step.split(";"):
        if statement.strip():
            execute(statement)

