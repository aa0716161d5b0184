"""The history file itself: schema, migrations, the checks before opening it, permissions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .errors import HistoryVersionError, NotAHistoryFileError

HISTORY_FILE_NAME = "history.sqlite3"
APPLICATION_ID = 0x43475549  # "CGUI": marks a file as ours (PRAGMA application_id)


def history_path(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / HISTORY_FILE_NAME


def _migrate_1(conn: sqlite3.Connection) -> None:
    """The tables: batches, their journalled rows, and every attempt."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    conn.execute("""
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',
            total INTEGER NOT NULL DEFAULT 0,
            valid INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            blank INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'running' CHECK (state IN
                ('running', 'paused', 'interrupted', 'finished', 'cancelled', 'stopped')),
            stop_reason TEXT,
            finished TEXT
        )""")
    conn.execute("CREATE INDEX ix_batches_sha ON batches(file_sha256)")
    conn.execute("""
        CREATE TABLE batch_rows (
            batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            -- OR, not IN: executemany rebuilds an IN list's table for every row (2x slower)
            channel TEXT NOT NULL CHECK (channel = 'sms' OR channel = 'voice'),
            message_id TEXT NOT NULL,
            delivered INTEGER NOT NULL CHECK (delivered = 0 OR delivered = 1),
            timestamp TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending'
                OR state = 'in_flight' OR state = 'accepted' OR state = 'rejected'
                OR state = 'failed' OR state = 'skipped'),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_status INTEGER,
            last_kind TEXT,
            updated TEXT,
            PRIMARY KEY (batch_id, line)
        ) WITHOUT ROWID""")
    conn.execute("""
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            batch_id INTEGER REFERENCES batches(id) ON DELETE SET NULL,
            line INTEGER,
            channel TEXT NOT NULL,
            message_id TEXT NOT NULL,
            delivered INTEGER NOT NULL,
            conv_timestamp TEXT NOT NULL,
            status INTEGER,
            kind TEXT NOT NULL,
            meaning TEXT NOT NULL,
            elapsed_ms REAL NOT NULL DEFAULT 0,
            response_text TEXT NOT NULL DEFAULT '',
            attempt_no INTEGER NOT NULL DEFAULT 1,
            profile TEXT,
            base_url TEXT
        )""")
    conn.execute(
        "CREATE INDEX ix_attempts_accepted ON attempts(channel, message_id) "
        "WHERE kind = 'accepted'"
    )


def _migrate_2(conn: sqlite3.Connection) -> None:
    """Indexes for the History page: newest first, by outcome, channel, id, batch, failures."""
    for statement in (
        "CREATE INDEX ix_attempts_at ON attempts(at)",
        "CREATE INDEX ix_attempts_kind_at ON attempts(kind, at)",
        "CREATE INDEX ix_attempts_channel_at ON attempts(channel, at)",
        "CREATE INDEX ix_attempts_message_id ON attempts(message_id COLLATE NOCASE, at)",
        "CREATE INDEX ix_attempts_batch_at ON attempts(batch_id, at) "
        "WHERE batch_id IS NOT NULL",
        "CREATE INDEX ix_attempts_failed_at ON attempts(at) WHERE kind <> 'accepted'",
    ):
        conn.execute(statement)


def _migrate_3(conn: sqlite3.Connection) -> None:
    """Rows skipped because the history already held them as accepted, counted per batch."""
    conn.execute("ALTER TABLE batches ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0")


def _migrate_4(conn: sqlite3.Connection) -> None:
    """A batch is "preparing" while its rows are journalled in short transactions (so a large
    file never holds the write lock for long): the state check is rebuilt to allow it.

    SQLite cannot change a CHECK in place: the table is copied (foreign keys are off while
    migrating, so dropping the old table leaves its rows' children alone).
    """
    columns = ("id, created, file_name, file_sha256, options, total, valid, rejected, blank, "
               "duplicate, state, stop_reason, finished, skipped")
    conn.execute("""
        CREATE TABLE batches_new (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',
            total INTEGER NOT NULL DEFAULT 0,
            valid INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            blank INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('preparing',
                'running', 'paused', 'interrupted', 'finished', 'cancelled', 'stopped')),
            stop_reason TEXT,
            finished TEXT,
            skipped INTEGER NOT NULL DEFAULT 0
        )""")
    conn.execute(f"INSERT INTO batches_new ({columns}) SELECT {columns} FROM batches")  # noqa: S608
    conn.execute("DROP TABLE batches")
    conn.execute("ALTER TABLE batches_new RENAME TO batches")
    conn.execute("CREATE INDEX ix_batches_sha ON batches(file_sha256)")
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise sqlite3.IntegrityError("the batches table lost rows its children point at")


# The covering indexes the History Overview and ``history --summary`` walk: each GROUP BY reads
# one index in its own order, with the filter columns (kind, channel, at) in it, so no table
# row is read. On a million attempts they cost about 190 MB and double an attempt's insert
# time (35 -> 66 ms per 1,000): a small price beside a request's round trip.
SUMMARY_INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS ix_attempts_day_kind "
    "ON attempts(substr(at, 1, 10), kind, channel, at)",
    "CREATE INDEX IF NOT EXISTS ix_attempts_batch_kind "
    "ON attempts(batch_id, kind, channel, at) WHERE batch_id IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS ix_attempts_kind_meaning "
    "ON attempts(kind, meaning, channel, at)",
)


def _migrate_5(conn: sqlite3.Connection) -> None:
    """The charts' aggregates get their covering indexes (a one-time cost at the upgrade)."""
    for statement in SUMMARY_INDEXES:
        conn.execute(statement)


Migration = Callable[[sqlite3.Connection], None]
# MIGRATIONS[n] takes a file from version n to n + 1. Append only; never edit a released step.
MIGRATIONS: tuple[Migration, ...] = (_migrate_1, _migrate_2, _migrate_3, _migrate_4,
                                     _migrate_5)
SCHEMA_VERSION = len(MIGRATIONS)


def _create_private_file(path: Path) -> None:
    """The file exists and only its owner can read it, before SQLite writes a byte."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    _make_private(path)


def _make_private(path: Path) -> None:
    if os.name != "posix":
        return  # on Windows the profile folder's ACL is what keeps other users out
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)



def check_file(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not ours or is newer than this code, before touching it."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        raise NotAHistoryFileError(
            f"{path} belongs to another application; move it away to start "
            "a new history"
        )
    if version > SCHEMA_VERSION:
        raise HistoryVersionError(
            f"the history file {path} was written by a newer version of "
            f"conversion-gui (history format {version}; this version reads up to "
            f"{SCHEMA_VERSION}). Update the app, or move the file away to start a "
            "new history. The file was not changed."
        )
    if version == 0:
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        if tables:
            raise NotAHistoryFileError(
                f"{path} is a database but not a conversion-gui history file; "
                "move it away to start a new history"
            )


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Each step in its own transaction: a failure leaves the file at the last good step."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION:
        return  # up to date: no write lock needed (another program may hold it right now)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # read again under the write lock: another process may have migrated meanwhile
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise HistoryVersionError(
                    f"the history file {path} was written by a newer version "
                    f"of conversion-gui (history format {version}); update the app"
                )
            if version == SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
