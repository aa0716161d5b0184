"""The one schema, as versioned SQL for each engine: step n takes a history from n to n + 1.

Append only; never edit a released step. SQLite counts steps in ``PRAGMA user_version``,
PostgreSQL in the table ``schema_version``. Both engines hold the same tables and columns;
times are the same UTC text (``YYYY-MM-DD HH:MM:SS.mmm``) on both, so filters, exports and
``history migrate`` need no conversion, and PostgreSQL text columns use the "C" collation:
byte order, which is time order for that text, and lets a prefix LIKE use an index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

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


def _sqlite_preparing_state(conn: sqlite3.Connection) -> None:
    """SQLite cannot change a CHECK in place: the batches table is copied (foreign keys are
    off while migrating, so dropping the old table leaves its rows' children alone)."""
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


Step = str | Callable[[Any], None]

SQLITE: tuple[Step, ...] = (
    # 1: batches, their journalled rows, and every attempt
    """
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
    );
    CREATE INDEX ix_batches_sha ON batches(file_sha256);
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
    ) WITHOUT ROWID;
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
    );
    CREATE INDEX ix_attempts_accepted ON attempts(channel, message_id)
        WHERE kind = 'accepted';
    """,
    # 2: indexes for the History page: newest first, by outcome, channel, id, batch, failures
    """
    CREATE INDEX ix_attempts_at ON attempts(at);
    CREATE INDEX ix_attempts_kind_at ON attempts(kind, at);
    CREATE INDEX ix_attempts_channel_at ON attempts(channel, at);
    CREATE INDEX ix_attempts_message_id ON attempts(message_id COLLATE NOCASE, at);
    CREATE INDEX ix_attempts_batch_at ON attempts(batch_id, at) WHERE batch_id IS NOT NULL;
    CREATE INDEX ix_attempts_failed_at ON attempts(at) WHERE kind <> 'accepted';
    """,
    # 3: rows skipped because the history already held them as accepted, counted per batch
    "ALTER TABLE batches ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;",
    # 4: a batch is "preparing" while its rows are journalled in short transactions
    _sqlite_preparing_state,
    # 5: the covering indexes of the charts' aggregates (History Overview, history --summary)
    ";".join(SUMMARY_INDEXES),
    # 6: a team's history: who sent each attempt, and one claim per conversion, so two
    # senders never both send it (accepted claims are unique per account, channel, id);
    # ``meta`` names this history (its origin), ``imported`` records what ``history migrate``
    # copied in from another one, so a copy stopped half-way carries on where it stopped
    """
    ALTER TABLE attempts ADD COLUMN sent_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE batches ADD COLUMN sent_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE batch_rows ADD COLUMN note TEXT;
    CREATE INDEX ix_attempts_sent_by_at ON attempts(sent_by, at);
    CREATE TABLE claims (
        account TEXT NOT NULL,
        channel TEXT NOT NULL,
        message_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state = 'sending' OR state = 'accepted'),
        batch_id INTEGER NOT NULL,
        line INTEGER NOT NULL,
        sent_by TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (account, channel, message_id)
    ) WITHOUT ROWID;
    CREATE INDEX ix_claims_batch ON claims(batch_id, line);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE imported (
        origin TEXT NOT NULL,
        what TEXT NOT NULL,
        old_id INTEGER NOT NULL,
        new_id INTEGER NOT NULL,
        PRIMARY KEY (origin, what, old_id)
    );
    """,
)

POSTGRESQL: tuple[Step, ...] = (
    # 1: the same tables; text in the "C" collation (byte order)
    """
    CREATE TABLE batches (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        created TEXT COLLATE "C" NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT COLLATE "C" NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        total BIGINT NOT NULL DEFAULT 0,
        valid BIGINT NOT NULL DEFAULT 0,
        rejected BIGINT NOT NULL DEFAULT 0,
        blank BIGINT NOT NULL DEFAULT 0,
        duplicate BIGINT NOT NULL DEFAULT 0,
        state TEXT COLLATE "C" NOT NULL DEFAULT 'running' CHECK (state IN
            ('running', 'paused', 'interrupted', 'finished', 'cancelled', 'stopped')),
        stop_reason TEXT,
        finished TEXT COLLATE "C"
    );
    CREATE INDEX ix_batches_sha ON batches(file_sha256);
    CREATE TABLE batch_rows (
        batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        line BIGINT NOT NULL,
        channel TEXT COLLATE "C" NOT NULL CHECK (channel IN ('sms', 'voice')),
        message_id TEXT COLLATE "C" NOT NULL,
        delivered SMALLINT NOT NULL CHECK (delivered IN (0, 1)),
        timestamp TEXT COLLATE "C" NOT NULL,
        state TEXT COLLATE "C" NOT NULL DEFAULT 'pending' CHECK (state IN
            ('pending', 'in_flight', 'accepted', 'rejected', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_status INTEGER,
        last_kind TEXT COLLATE "C",
        updated TEXT COLLATE "C",
        PRIMARY KEY (batch_id, line)
    );
    CREATE TABLE attempts (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at TEXT COLLATE "C" NOT NULL,
        batch_id BIGINT REFERENCES batches(id) ON DELETE SET NULL,
        line BIGINT,
        channel TEXT COLLATE "C" NOT NULL,
        message_id TEXT COLLATE "C" NOT NULL,
        delivered SMALLINT NOT NULL,
        conv_timestamp TEXT COLLATE "C" NOT NULL,
        status INTEGER,
        kind TEXT COLLATE "C" NOT NULL,
        meaning TEXT COLLATE "C" NOT NULL,
        elapsed_ms DOUBLE PRECISION NOT NULL DEFAULT 0,
        response_text TEXT NOT NULL DEFAULT '',
        attempt_no INTEGER NOT NULL DEFAULT 1,
        profile TEXT COLLATE "C",
        base_url TEXT COLLATE "C"
    );
    CREATE INDEX ix_attempts_accepted ON attempts(channel, message_id)
        WHERE kind = 'accepted';
    """,
    # 2: indexes for the History page (ids match case-insensitively through lower())
    """
    CREATE INDEX ix_attempts_at ON attempts(at);
    CREATE INDEX ix_attempts_kind_at ON attempts(kind, at);
    CREATE INDEX ix_attempts_channel_at ON attempts(channel, at);
    CREATE INDEX ix_attempts_message_id ON attempts(lower(message_id), at);
    CREATE INDEX ix_attempts_batch_at ON attempts(batch_id, at) WHERE batch_id IS NOT NULL;
    CREATE INDEX ix_attempts_failed_at ON attempts(at) WHERE kind <> 'accepted';
    """,
    # 3
    "ALTER TABLE batches ADD COLUMN skipped BIGINT NOT NULL DEFAULT 0;",
    # 4: the "preparing" state (PostgreSQL changes a CHECK in place)
    """
    ALTER TABLE batches DROP CONSTRAINT batches_state_check;
    ALTER TABLE batches ADD CONSTRAINT batches_state_check CHECK (state IN ('preparing',
        'running', 'paused', 'interrupted', 'finished', 'cancelled', 'stopped'));
    """,
    # 5: the same covering indexes
    ";".join(SUMMARY_INDEXES),
    # 6: who sent it, and the claims (see SQLITE[5])
    """
    ALTER TABLE attempts ADD COLUMN sent_by TEXT COLLATE "C" NOT NULL DEFAULT '';
    ALTER TABLE batches ADD COLUMN sent_by TEXT COLLATE "C" NOT NULL DEFAULT '';
    ALTER TABLE batch_rows ADD COLUMN note TEXT;
    CREATE INDEX ix_attempts_sent_by_at ON attempts(sent_by, at);
    CREATE TABLE claims (
        account TEXT COLLATE "C" NOT NULL,
        channel TEXT COLLATE "C" NOT NULL,
        message_id TEXT COLLATE "C" NOT NULL,
        state TEXT COLLATE "C" NOT NULL CHECK (state IN ('sending', 'accepted')),
        batch_id BIGINT NOT NULL,
        line BIGINT NOT NULL,
        sent_by TEXT COLLATE "C" NOT NULL,
        at TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (account, channel, message_id)
    );
    CREATE INDEX ix_claims_batch ON claims(batch_id, line);
    CREATE TABLE meta (key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE imported (
        origin TEXT COLLATE "C" NOT NULL,
        what TEXT COLLATE "C" NOT NULL,
        old_id BIGINT NOT NULL,
        new_id BIGINT NOT NULL,
        PRIMARY KEY (origin, what, old_id)
    );
    """,
)

assert len(SQLITE) == len(POSTGRESQL), "every step is written for both engines"
SCHEMA_VERSION = len(SQLITE)
