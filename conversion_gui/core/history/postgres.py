"""The PostgreSQL engine: a team's shared history (psycopg 3, imported only when used).

Connections run in autocommit and the store issues BEGIN/COMMIT itself, as it does on SQLite,
so one code path drives both. The batch lock is a session-level advisory lock on its own
connection: it dies with the process (or the server), like the file lock on SQLite. A server
that went away raises :class:`DatabaseDown`; the journal waits for it and carries on.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import pq

from . import migrations
from .engine import BatchLock, Conn, Cursor, Engine, run_step
from .errors import HistoryError, HistoryVersionError, NotAHistoryFileError
from .location import DatabaseUrl

_LOCK_SPACE = 0x43475549  # "CGUI": the first key of every advisory lock the app takes
_PLACEHOLDER = re.compile(r"\?")
_SCHEMA_TABLE = "schema_version"


class DatabaseDown(HistoryError):
    """The team database cannot be reached now (down, restarting, network, failover)."""


def _translate(sql: str, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a cache
    """``?`` placeholders to psycopg's ``%s`` (a literal ``%`` doubled)."""
    out = cache.get(sql)
    if out is None:
        out = _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))
        if len(cache) < 2048:
            cache[sql] = out
    return out


class PgConn(Conn):
    def __init__(self, raw: psycopg.Connection[Any], engine: PostgresEngine) -> None:
        self.raw = raw
        self._engine = engine

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        try:
            return self.raw.execute(_translate(sql), tuple(params) or None)
        except psycopg.OperationalError as exc:
            raise self._engine.down(exc) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        try:
            with self.raw.cursor() as cur:
                cur.executemany(_translate(sql), rows)
                return int(cur.rowcount)
        except psycopg.OperationalError as exc:
            raise self._engine.down(exc) from exc

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """A server-side cursor in a read transaction of its own: a million-row export
        never sits in memory. Closing it ends the transaction."""
        self.execute("BEGIN")
        cur = self.raw.cursor(name=f"stream_{id(self):x}")
        try:
            cur.execute(_translate(sql), tuple(params) or None)
        except BaseException:
            cur.close()
            self.rollback()
            raise
        return _Stream(cur, self)

    def bulk_insert(self, table: str, columns: Sequence[str],
                    rows: Iterable[Sequence[Any]]) -> int:
        """COPY: ten times the speed of INSERTs for a large journal or a migration."""
        n = 0
        try:
            with self.raw.cursor() as cur, cur.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN"  # names from the code
            ) as copy:
                for row in rows:
                    copy.write_row(row)
                    n += 1
        except psycopg.OperationalError as exc:
            raise self._engine.down(exc) from exc
        return n

    def begin(self, wait: float | None = None) -> None:
        self.execute("BEGIN")  # writers here wait on rows, not on the whole database

    def pipeline(self) -> contextlib.AbstractContextManager[object]:
        return self.raw.pipeline()

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    @property
    def broken(self) -> bool:
        return self.raw.closed or self.raw.broken

    def rollback(self) -> None:
        if self.raw.closed or self.raw.broken:
            return
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


class _Stream:
    def __init__(self, cur: psycopg.ServerCursor[Any], conn: PgConn) -> None:
        self._cur = cur
        self._conn = conn

    @property
    def rowcount(self) -> int:
        return -1

    def fetchone(self) -> Any:
        return self._cur.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cur.fetchall()

    def fetchmany(self, size: int = 0) -> list[Any]:
        return self._cur.fetchmany(size)

    def close(self) -> None:
        try:
            self._cur.close()
        finally:
            self._conn.rollback()


class _AdvisoryLock:
    """A batch held by this process: a session advisory lock on a connection of its own."""

    def __init__(self, engine: PostgresEngine, batch_id: int) -> None:
        self._engine = engine
        self._key = int(batch_id) & 0x7FFFFFFF
        self._conn: psycopg.Connection[Any] | None = None
        self._lock = threading.Lock()

    def try_acquire(self) -> bool:
        with self._lock:
            if self._conn is not None and not self._conn.closed and not self._conn.broken:
                return True
            conn = self._engine.raw_connect()
            row = conn.execute("SELECT pg_try_advisory_lock(%s, %s)",
                               (_LOCK_SPACE, self._key)).fetchone()
            if not row or not row[0]:
                conn.close()
                return False
            self._conn = conn
            return True

    def reassert(self) -> bool:
        """After the server came back: hold the lock again (a restart dropped the session and
        its lock). False when another sender took the batch meanwhile."""
        with self._lock:
            conn = self._conn
            if conn is not None and not conn.closed and not conn.broken:
                try:
                    conn.execute("SELECT 1")
                    return True  # the session survived: the lock is still ours
                except psycopg.Error:
                    pass
            self._conn = None
            with contextlib.suppress(psycopg.Error):
                if conn is not None:
                    conn.close()
        return self.try_acquire()

    def release(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            # unlocked at once: a closed session's locks go only when its server process ends
            with contextlib.suppress(psycopg.Error):
                conn.execute("SELECT pg_advisory_unlock(%s, %s)", (_LOCK_SPACE, self._key))
            conn.close()

    def is_free(self) -> bool:
        conn = self._engine.raw_connect()
        try:
            row = conn.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                "AND classid = %s::oid AND objid = %s::oid AND objsubid = 2",
                (_LOCK_SPACE, self._key)).fetchone()
            return not row or int(row[0]) == 0
        finally:
            conn.close()


class PostgresEngine(Engine):
    kind = "postgresql"
    Error = (psycopg.Error,)
    IntegrityError = (psycopg.IntegrityError,)
    OperationalError = (psycopg.OperationalError,)

    def __init__(self, url: DatabaseUrl, password: str | None = None) -> None:
        self.url = url
        self._password = password

    @property
    def shown(self) -> str:
        return self.url.masked

    def down(self, exc: BaseException) -> HistoryError:
        """A clear sentence for a lost server; the driver's text never holds the password."""
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if self._password:
            detail = detail.replace(self._password, "***")
        low = detail.lower()
        if "password" in low or "authentication" in low:
            return HistoryError(
                f"the team database {self.shown} refused the login ({detail}): check the "
                "user, and the password saved with 'conversion-gui history --set-password'"
            )
        if "certificate" in low or "ssl" in low:
            return HistoryError(
                f"the team database {self.shown} could not be reached over TLS ({detail}); "
                "the server's certificate must be valid for its name"
            )
        return DatabaseDown(f"the team database {self.shown} cannot be reached: {detail}")

    def raw_connect(self) -> psycopg.Connection[Any]:
        try:
            return psycopg.connect(
                psycopg.conninfo.make_conninfo(**self.url.conninfo(self._password)),
                autocommit=True)
        except psycopg.OperationalError as exc:
            raise self.down(exc) from None

    def connect(self, *, writer: bool) -> Conn:
        conn = PgConn(self.raw_connect(), self)
        if not writer:
            conn.execute("SET default_transaction_read_only = on")
        return conn

    def prepare_writer(self, conn: Conn) -> None:
        """Migrate under a transaction-level advisory lock: two first starts never race."""
        steps = migrations.POSTGRESQL
        try:
            while True:
                conn.begin()
                try:
                    conn.execute("SELECT pg_advisory_xact_lock(?, 0)", (_LOCK_SPACE,))
                    version = self._version(conn)
                    if version > len(steps):
                        raise HistoryVersionError(
                            f"the team database {self.shown} holds a history written by a "
                            f"newer version of conversion-gui (history format {version}; "
                            f"this version reads up to {len(steps)}). Update the app; the "
                            "database was not changed."
                        )
                    if version == len(steps):
                        conn.commit()
                        return
                    if version == 0:
                        conn.execute(f"CREATE TABLE {_SCHEMA_TABLE} (version INTEGER NOT NULL)")
                        conn.execute(f"INSERT INTO {_SCHEMA_TABLE} VALUES (0)")  # noqa: S608
                    run_step(steps[version], conn.execute, conn)
                    conn.execute(f"UPDATE {_SCHEMA_TABLE} SET version = ?",  # noqa: S608
                                 (version + 1,))
                    conn.commit()
                except BaseException:
                    conn.rollback()
                    raise
        except pg_errors.InsufficientPrivilege as exc:
            raise HistoryError(
                f"the team database {self.shown} refused to create the history's tables "
                f"({exc}): the role needs CREATE on the database (see the README)"
            ) from None

    def _version(self, conn: Conn) -> int:
        found = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ? "
            "AND table_schema = current_schema()", (_SCHEMA_TABLE,)).fetchone()[0]
        if found:
            return int(conn.execute(f"SELECT version FROM {_SCHEMA_TABLE}").fetchone()[0])  # noqa: S608
        clash = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
            "('attempts', 'batches', 'batch_rows') AND table_schema = current_schema()"
        ).fetchone()[0]
        if clash:
            raise NotAHistoryFileError(
                f"the database {self.shown} already has tables named like the history's "
                "but is not a conversion-gui history: use a database of its own"
            )
        return 0

    def batch_lock(self, batch_id: int) -> BatchLock:
        return _AdvisoryLock(self, batch_id)

    def change_marker(self, conn: Conn) -> object:
        return conn.execute("SELECT max(id) FROM attempts").fetchone()[0]

    def nocase(self, column: str) -> str:
        return f"lower({column})"

    def nulls(self, descending: bool) -> str:
        return " NULLS LAST" if descending else " NULLS FIRST"

    def nocase_like(self, column: str) -> str:
        return f"lower({column}) LIKE ? ESCAPE '\\'"

    def is_disconnect(self, exc: BaseException) -> bool:
        return isinstance(exc, DatabaseDown | psycopg.OperationalError)

    def write_error(self, exc: Exception) -> HistoryError:
        if isinstance(exc, HistoryError):
            return exc
        if isinstance(exc, psycopg.OperationalError):
            return self.down(exc)
        return HistoryError(f"cannot write the team history {self.shown}: {exc}")

    def read_error(self, exc: Exception) -> HistoryError:
        if isinstance(exc, HistoryError):
            return exc
        if isinstance(exc, psycopg.OperationalError):
            return self.down(exc)
        return HistoryError(f"cannot read the team history {self.shown}: {exc}")
