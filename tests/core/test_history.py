"""The history store on real SQLite files: schema, migrations, journal, queries, export."""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conversion_gui.core import history
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import (
    SCHEMA_VERSION,
    SORT_COLUMNS,
    AttemptEvent,
    AttemptRecord,
    AttemptRow,
    BatchState,
    HistoryError,
    HistoryFilter,
    HistoryFilterError,
    HistoryStore,
    HistoryVersionError,
    NotAHistoryFileError,
    RowResult,
    RowState,
    RowUpdate,
    UnknownBatchError,
)
from conversion_gui.core.history import queries as history_queries
from conversion_gui.core.history import schema as history_schema
from conversion_gui.core.outcome import Outcome
from conversion_gui.core.statuses import Kind, TransportError, classify
from tests import pg

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


# ----------------------------------------------------------------------------- helpers


def at_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


T0 = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)
KIND_CYCLE: list[tuple[int | None, Kind]] = [
    (200, Kind.ACCEPTED), (200, Kind.ACCEPTED), (422, Kind.INVALID), (429, Kind.THROTTLED),
    (None, Kind.UNREACHABLE), (503, Kind.SERVER_ERROR), (200, Kind.ACCEPTED), (401,
    Kind.WRONG_CREDENTIALS),
]


def record(i: int, **changes: Any) -> AttemptRecord:
    """A varied but predictable attempt: kinds cycle, channels alternate, times an hour apart."""
    status, kind = KIND_CYCLE[i % len(KIND_CYCLE)]
    info = classify(status, TransportError.CONNECT if status is None else None)
    values: dict[str, Any] = {
        "channel": "voice" if i % 3 == 0 else "sms",
        "message_id": f"{'Ab' if i % 2 else 'aB'}{i:04d}-{'x' * (i % 4)}",
        "delivered": i % 5 != 0,
        "conv_timestamp": at_text(T0 - timedelta(minutes=i))[:19],
        "status": status,
        "kind": kind.value,
        "meaning": info.meaning,
        "elapsed_ms": float((i * 37) % 400),
        "response_text": "" if status == 200 else f"answer {i}",
        "attempt_no": 1 + i % 3,
        "profile": None if i % 4 == 0 else f"p{i % 3}",
        "base_url": "https://api.nexmo.com",
        "at": at_text(T0 + timedelta(hours=i, milliseconds=i)),
        "sent_by": f"user{i % 3}@desk-{i % 2}",
    }
    values.update(changes)
    return AttemptRecord(**values)


def conv(n: int, channel: Channel = Channel.SMS) -> Conversion:
    return Conversion(channel, f"MSG{n:06d}", n % 2 == 0, "2026-03-01 10:00:00")


ENGINES = ["sqlite", "postgresql"]


def open_store(engine: str, folder: Path) -> HistoryStore:
    """A new empty history on either engine: the contract suite runs on both."""
    if engine == "postgresql":
        return HistoryStore(pg.fresh_database())
    return HistoryStore(folder / "history.sqlite3")


@pytest.fixture(params=ENGINES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HistoryStore]:
    with open_store(request.param, tmp_path) as s:
        yield s


class _PgPeek:
    """A plain connection of its own to a team database, taking ``?`` like sqlite3's."""

    def __init__(self, url: str) -> None:
        import psycopg

        self._conn = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        sql = sql.replace("BEGIN IMMEDIATE", "BEGIN").replace("?", "%s")
        return self._conn.execute(sql, params or None)

    def close(self) -> None:
        self._conn.close()


def other_connection(store: HistoryStore) -> Any:
    """Another program's connection to the same history (one that never waits for a lock)."""
    if store.is_team:
        return _PgPeek(store.shown)
    return sqlite3.connect(store.path, timeout=0, isolation_level=None)


def raw(path: Path) -> sqlite3.Connection:
    """A plain connection, to look at the file the way any SQLite tool would."""
    return sqlite3.connect(path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- the file


@posix_only
def test_a_new_history_is_owner_only_in_wal_mode_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    old = os.umask(0o022)  # the usual umask: a plain create would give 0o644
    try:
        with HistoryStore(path) as s:
            s.record_attempt(record(1))
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            wal = path.with_name(path.name + "-wal")
            assert wal.exists()
            assert stat.S_IMODE(wal.stat().st_mode) == 0o600
            shm = path.with_name(path.name + "-shm")
            assert stat.S_IMODE(shm.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    with raw(path) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"batches", "batch_rows", "attempts"} <= tables


@posix_only
def test_an_existing_readable_history_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    path.chmod(0o644)
    HistoryStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_foreign_keys_are_enforced(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="refused"):
        store.record_attempt(record(1, batch_id=999))
    assert store.count() == 0


V1_SCHEMA = """
PRAGMA application_id = 1128748361;
CREATE TABLE batches (
    id INTEGER PRIMARY KEY, created TEXT NOT NULL, file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL, options TEXT NOT NULL DEFAULT '{}',
    total INTEGER NOT NULL DEFAULT 0, valid INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0, blank INTEGER NOT NULL DEFAULT 0,
    duplicate INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'running' CHECK (state IN
        ('running', 'paused', 'interrupted', 'finished', 'cancelled', 'stopped')),
    stop_reason TEXT, finished TEXT);
CREATE INDEX ix_batches_sha ON batches(file_sha256);
CREATE TABLE batch_rows (
    batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    channel TEXT NOT NULL CHECK (channel = 'sms' OR channel = 'voice'),
    message_id TEXT NOT NULL,
    delivered INTEGER NOT NULL CHECK (delivered = 0 OR delivered = 1),
    timestamp TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending'
        OR state = 'in_flight' OR state = 'accepted' OR state = 'rejected'
        OR state = 'failed' OR state = 'skipped'),
    attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER, last_kind TEXT, updated TEXT,
    PRIMARY KEY (batch_id, line)) WITHOUT ROWID;
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL,
    batch_id INTEGER REFERENCES batches(id) ON DELETE SET NULL, line INTEGER,
    channel TEXT NOT NULL, message_id TEXT NOT NULL, delivered INTEGER NOT NULL,
    conv_timestamp TEXT NOT NULL, status INTEGER, kind TEXT NOT NULL, meaning TEXT NOT NULL,
    elapsed_ms REAL NOT NULL DEFAULT 0, response_text TEXT NOT NULL DEFAULT '',
    attempt_no INTEGER NOT NULL DEFAULT 1, profile TEXT, base_url TEXT);
CREATE INDEX ix_attempts_accepted ON attempts(channel, message_id) WHERE kind = 'accepted';
INSERT INTO attempts (at, channel, message_id, delivered, conv_timestamp, status, kind,
    meaning, elapsed_ms, attempt_no)
VALUES ('2025-12-31 23:59:59.000', 'sms', 'OLD0001', 1, '2025-12-31 23:59:00', 200,
    'accepted', 'Accepted: the conversion was recorded', 120.0, 1);
PRAGMA user_version = 1;
"""


def test_a_version_1_file_is_migrated_forward_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with raw(path) as c:
        c.executescript(V1_SCHEMA)
    c.close()
    with HistoryStore(path) as s:
        rows = s.page()
        assert [(r.message_id, r.kind, r.status) for r in rows] == [
            ("OLD0001", "accepted", 200)]
        assert s.is_accepted("sms", "OLD0001")
        assert any("ix_attempts_at" in step for step in s.query_plan())
    with raw(path) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    c.close()
    assert {"ix_attempts_at", "ix_attempts_kind_at", "ix_attempts_channel_at",
            "ix_attempts_message_id", "ix_attempts_failed_at"} <= indexes


def test_the_preparing_state_migration_keeps_batches_their_rows_and_attempts(
    tmp_path: Path,
) -> None:
    """Version 4 rebuilds the batches table: its rows and attempts must not go with it."""
    path = tmp_path / "history.sqlite3"
    with raw(path) as c:
        c.executescript(V1_SCHEMA.replace("PRAGMA user_version = 1;", ""))
        c.executescript("""
            INSERT INTO batches (id, created, file_name, file_sha256, state, stop_reason)
            VALUES (7, '2025-12-31 10:00:00.000', 'old.csv', 'aa', 'interrupted', 'crash');
            INSERT INTO batch_rows (batch_id, line, channel, message_id, delivered, timestamp)
            VALUES (7, 2, 'sms', 'B1', 1, '2025-12-31 09:00:00');
            INSERT INTO attempts (at, batch_id, line, channel, message_id, delivered,
                conv_timestamp, status, kind, meaning) VALUES ('2025-12-31 10:00:01.000', 7, 2,
                'sms', 'B1', 1, '2025-12-31 09:00:00', 503, 'server_error', 'Vonage server error');
            PRAGMA user_version = 1;""")
    c.close()
    with HistoryStore(path) as s:
        old = s.batch(7)
        assert (old.file_name, old.state, old.stop_reason, old.journalled) == (
            "old.csv", BatchState.INTERRUPTED, "crash", 1)
        assert s.count(HistoryFilter(batch_id=7)) == 1
        s.set_batch_state(7, BatchState.PREPARING)  # the new state is allowed
        assert s.batch(7).state is BatchState.PREPARING
    with raw(path) as c:
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
    c.close()


def test_a_failing_migration_step_leaves_the_file_at_the_last_good_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    with raw(path) as c:
        c.executescript(V1_SCHEMA)
    c.close()

    def broken_step(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE INDEX ix_half_done ON attempts(kind)")
        conn.execute("THIS IS NOT SQL")

    monkeypatch.setattr(history_schema, "MIGRATIONS", (history.MIGRATIONS[0], broken_step))
    with pytest.raises(HistoryError):
        HistoryStore(path)
    with raw(path) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == 1
        names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
        assert c.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1
    c.close()
    assert "ix_half_done" not in names
    monkeypatch.undo()
    with HistoryStore(path) as s:  # the real code then finishes the job
        assert s.count() == 1


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with raw(path) as c:
        c.executescript(V1_SCHEMA.replace("PRAGMA user_version = 1",
                                          f"PRAGMA user_version = {SCHEMA_VERSION + 5}"))
    c.close()
    before = digest(path)
    with pytest.raises(HistoryVersionError) as caught:
        HistoryStore(path)
    message = str(caught.value)
    assert "newer version" in message and "Update the app" in message
    assert str(path) in message
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    with raw(path) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
    c.close()


def test_another_database_or_a_non_database_is_refused_with_a_clear_message(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other.sqlite3"
    with raw(other) as c:
        c.execute("CREATE TABLE notes (text TEXT)")
    c.close()
    before = digest(other)
    with pytest.raises(NotAHistoryFileError, match="not a conversion-gui history"):
        HistoryStore(other)
    assert digest(other) == before

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is a spreadsheet, not a database\n" * 200)
    with pytest.raises(NotAHistoryFileError, match="move it away"):
        HistoryStore(junk)
    assert junk.read_bytes().startswith(b"this is a spreadsheet")


def test_no_column_could_hold_a_secret_and_none_lands_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as s:
        s.record_attempt(record(1, base_url="https://user:hunter2-pass@proxy.example:8443/v1"
                                             "?api_secret=hunter2-query"))
        with pytest.raises(ValueError, match="secret"):
            s.create_batch("f.csv", "0" * 64, {"channel": "sms", "api_secret": "hunter2"}, {}, [])
        with pytest.raises(ValueError, match="secret"):
            s.create_batch("f.csv", "0" * 64, {"auth": {"signature_secret": "x"}}, {}, [])
        (row,) = s.page()
        assert row.base_url == "https://proxy.example:8443/v1"
    with raw(path) as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        columns = [col[1] for t in tables for col in c.execute(f"PRAGMA table_info({t})")]
    c.close()
    assert columns
    for name in columns:
        assert not any(word in name.lower() for word in ("secret", "sig", "password", "token"))
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"hunter2" not in data


# ----------------------------------------------------------------------------- attempts


def test_an_attempt_from_a_real_outcome_reads_back_as_sent(store: HistoryStore) -> None:
    conversion = Conversion(Channel.VOICE, "call-0001", False, "2026-03-01 10:00:00")
    info = classify(422)
    outcome = Outcome.of(info, 422, 0.2504, "Invalid message-id")
    attempt_id = store.record_single(conversion, outcome, attempt_no=2, profile="Acme",
                                     base_url="https://api.nexmo.com")
    row = store.attempt(attempt_id)
    assert row is not None
    assert (row.channel, row.message_id, row.delivered, row.conv_timestamp) == (
        "voice", "call-0001", False, "2026-03-01 10:00:00")
    assert (row.status, row.kind, row.meaning) == (422, "invalid", info.meaning)
    assert row.elapsed_ms == pytest.approx(250.4)
    assert (row.response_text, row.attempt_no, row.profile, row.batch_id) == (
        "Invalid message-id", 2, "Acme", None)
    assert row.conversion == conversion
    assert datetime.strptime(row.at, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC) <= \
        datetime.now(UTC)
    assert store.attempts_of("voice", "call-0001") == [row]
    assert store.attempt(attempt_id + 1) is None


def test_a_transport_failure_is_stored_without_a_status(store: HistoryStore) -> None:
    outcome = Outcome.of(classify(None, TransportError.TIMEOUT), None, 15.0, "ReadTimeout",
                         transport=TransportError.TIMEOUT)
    store.record_single(conv(1), outcome)
    (row,) = store.page()
    assert row.status is None and row.kind == "no_answer"
    assert "no answer in time" in row.meaning


def test_a_long_answer_is_kept_short(store: HistoryStore) -> None:
    store.record_attempt(record(2, response_text="x" * 5000))
    (row,) = store.page()
    assert len(row.response_text) <= history.RESPONSE_TEXT_LIMIT


def test_accepted_check_needs_an_accepted_attempt_on_that_channel(store: HistoryStore) -> None:
    store.record_attempts([
        record(0, message_id="OK-1", channel="sms"),          # accepted
        record(2, message_id="BAD-1", channel="sms"),         # invalid
        record(1, message_id="VOICE-1", channel="voice"),     # accepted
    ])
    assert store.is_accepted("sms", "OK-1")
    assert not store.is_accepted("voice", "OK-1")
    assert not store.is_accepted("sms", "ok-1")  # ids are compared exactly
    assert not store.is_accepted("sms", "BAD-1")
    assert store.is_accepted("voice", "VOICE-1")
    many = {"OK-1", "ok-1", "BAD-1", "VOICE-1"} | {f"N{i}" for i in range(history.accepted.BLOCK)}
    # read into memory (the usual), or joined in the database block by block (a huge history)
    join = store._accepted_join
    for ids in (history.AcceptedIds(store._reading, join_sql=join),
                history.AcceptedIds(store._reading, load_limit=0, join_sql=join)):
        assert ids.among("sms", {"OK-1", "ok-1", "BAD-1", "VOICE-1"}) == {"OK-1"}
        assert ids.among("voice", {"OK-1", "VOICE-1"}) == {"VOICE-1"}
        assert ids.among("sms", many) == {"OK-1"}
        assert ids.among("voice", many) == {"VOICE-1"}
        assert ids.among("sms", set()) == set()
    assert store.accepted_ids().among("sms", many) == {"OK-1"}
    assert store.accepted_among("sms", ["OK-1", "BAD-1", "NEW"] + [f"N{i}" for i in range(600)]
                                ) == {"OK-1"}
    if store.is_team:
        return
    with raw(store.path) as c:
        plan = " ".join(r[3] for r in c.execute(
            "EXPLAIN QUERY PLAN SELECT 1 FROM attempts WHERE kind = 'accepted' "
            "AND channel = ? AND message_id = ? LIMIT 1", ("sms", "x")))
    c.close()
    assert "ix_attempts_accepted" in plan


def test_concurrent_writers_lose_nothing(store: HistoryStore) -> None:
    batch_id = store.create_batch("f.csv", "a" * 64, {}, {}, ((n, conv(n)) for n in range(400)))
    errors: list[BaseException] = []
    start = threading.Barrier(7)

    def guarded(fn: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                start.wait()
                fn()
            except BaseException as exc:  # reported below, not lost in a thread
                errors.append(exc)
        return run

    def one_by_one(worker: int) -> Callable[[], None]:
        def run() -> None:
            for i in range(100):
                store.record_attempt(record(i, message_id=f"W{worker}-{i}"))
        return run

    def in_lists(worker: int) -> Callable[[], None]:
        def run() -> None:
            for block in range(10):
                store.record_attempts(
                    [record(i, message_id=f"L{worker}-{block}-{i}") for i in range(20)])
        return run

    def journal() -> None:
        for line in range(0, 400, 10):
            lines = list(range(line, line + 10))
            store.mark_in_flight(batch_id, lines)
            with store.transaction() as tx:
                tx.record_attempts([record(0, message_id=f"MSG{n:06d}", batch_id=batch_id,
                                           line=n) for n in lines])
                tx.finish_rows(batch_id, [(n, "accepted", 200, "accepted", 1) for n in lines])

    def reader() -> None:
        for _ in range(30):
            store.page(HistoryFilter(kinds={"accepted"}))
            store.count()

    threads = [threading.Thread(target=guarded(f)) for f in (
        one_by_one(1), one_by_one(2), one_by_one(3), in_lists(1), in_lists(2), journal, reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert store.count() == 3 * 100 + 2 * 200 + 400
    ids = {r.message_id for r in store.iter_attempts()}
    assert {f"W2-{i}" for i in range(100)} <= ids
    assert {f"L1-9-{i}" for i in range(20)} <= ids
    assert store.row_counts(batch_id)["accepted"] == 400


def test_a_failed_transaction_records_nothing(store: HistoryStore) -> None:
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.record_attempts([record(i) for i in range(5)])
        raise RuntimeError("the sender blew up")
    assert store.count() == 0
    with pytest.raises(RuntimeError, match=r"inside store\.transaction"):
        tx.record_attempt(record(1))


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    s = HistoryStore(tmp_path / "h.sqlite3")
    s.close()
    s.close()
    with pytest.raises(HistoryError, match="closed"):
        s.record_attempt(record(1))
    with pytest.raises(HistoryError, match="closed"):
        s.page()


# ----------------------------------------------------------------------------- the journal


def test_a_batch_journals_every_row_before_any_send(store: HistoryStore) -> None:
    from conversion_gui.core.batch import BatchOptions, BatchRunner

    consumed: list[int] = []

    def rows() -> Iterator[tuple[int, Conversion]]:
        for n in range(2, 2 + 25_000):
            consumed.append(n)
            yield n, conv(n, Channel.VOICE if n % 7 == 0 else Channel.SMS)

    options = {"channel": "sms", "timezone": "Europe/Paris", "rate": 30,
               "mapping": {"message-id": "Message ID"}}
    counts = {"total": 25_010, "valid": 25_000, "rejected": 6, "blank": 3, "duplicate": 1}
    batch_id = store.create_batch("campaign.csv", "c" * 64, options, counts, rows())
    info = store.batch(batch_id)
    assert (info.file_name, info.file_sha256, info.state) == ("campaign.csv", "c" * 64,
                                                              BatchState.RUNNING)
    assert info.options == options and info.counts == {**counts, "skipped": 0}
    assert info.rows[RowState.PENDING] == info.open_rows == info.journalled == 25_000
    assert info.created <= history.utc_now_text() and info.finished is None
    pending = list(store.pending_rows(batch_id))
    assert [r.line for r in pending] == consumed
    assert pending[5].conversion == conv(7, Channel.VOICE)
    assert all(r.state is RowState.PENDING and r.attempts == 0 for r in pending)

    # Then the first send finds every row journalled (read on a connection of its own).
    seen: list[tuple[int, int]] = []

    class FirstSendLooks:
        def send(self, conversion: Conversion) -> Outcome:
            if not seen:
                c = other_connection(store)
                seen.append(c.execute(
                    "SELECT count(*), sum(CASE WHEN state = 'in_flight' THEN 1 ELSE 0 END) "
                    "FROM batch_rows WHERE batch_id = ?", (batch_id,)).fetchone())
                c.close()
            return Outcome.of(classify(200), 200, 0.0)

    result = BatchRunner(FirstSendLooks(), store, batch_id,
                         BatchOptions(rate=0, concurrency=1)).run()
    assert result.accepted == 25_000
    assert seen[0][0] == 25_000 and seen[0][1] >= 1


def test_a_large_journal_lets_other_writers_in_between_its_chunks(store: HistoryStore) -> None:
    """While a big file is journalled, another program (here a plain connection that will
    not wait at all) can write between chunks, and the half-journalled batch is *preparing*:
    not offered for resume."""
    other = other_connection(store)
    seen: list[tuple[str, bool]] = []

    def rows() -> Iterator[tuple[int, Conversion]]:
        for n in range(2, 2 + 3 * history.JOURNAL_CHUNK):
            if n == 2 + history.JOURNAL_CHUNK + 5:  # mid-file, between two chunks
                other.execute("BEGIN IMMEDIATE")
                other.execute("INSERT INTO attempts (at, channel, message_id, delivered, "
                              "conv_timestamp, kind, meaning) VALUES ('2026-01-01 00:00:00.000',"
                              " 'sms', 'SINGLE', 1, '2026-01-01 00:00:00', 'accepted', 'ok')")
                other.execute("COMMIT")
                state = other.execute("SELECT state FROM batches").fetchone()[0]
                seen.append((state, store.find_unfinished_batch("p" * 64) is None))
            yield n, conv(n)

    batch_id = store.create_batch("big.csv", "p" * 64, {}, {"valid": 3 * history.JOURNAL_CHUNK},
                                  rows())
    other.close()
    assert seen == [("preparing", True)]
    assert store.batch(batch_id).state is BatchState.RUNNING
    assert store.batch(batch_id).journalled == 3 * history.JOURNAL_CHUNK
    assert store.is_accepted("sms", "SINGLE")


CRASHING_JOURNAL = """
import os, sys
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import JOURNAL_CHUNK, HistoryStore
store = HistoryStore(sys.argv[1])
def rows():
    for n in range(2, 2 + 3 * JOURNAL_CHUNK):
        if n == 2 + 2 * JOURNAL_CHUNK:
            os._exit(9)  # killed half-way through the file
        yield n, Conversion(Channel.SMS, f"MSG{n:06d}", True, "2026-03-01 10:00:00")
store.create_batch("big.csv", "k" * 64, {}, {}, rows())
"""


def test_a_batch_a_crash_left_preparing_is_never_offered_and_is_removed_at_the_next_start(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    done = subprocess.run([sys.executable, "-c", CRASHING_JOURNAL, str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    with raw(path) as c:
        assert c.execute("SELECT state FROM batches").fetchall() == [("preparing",)]
        assert c.execute("SELECT count(*) FROM batch_rows").fetchone()[0] > 0
    c.close()
    with HistoryStore(path) as s:
        assert s.find_unfinished_batch("k" * 64) is None
        assert s.interrupt_running() == 0  # the start-up check: nothing was running
        assert s.recent_batches() == []
    with raw(path) as c:
        assert c.execute("SELECT count(*) FROM batch_rows").fetchone()[0] == 0
    c.close()


def test_row_states_move_pending_in_flight_final(store: HistoryStore) -> None:
    batch_id = store.create_batch("f.csv", "d" * 64, {}, {"valid": 6},
                                  ((n, conv(n)) for n in range(2, 8)))
    assert store.mark_in_flight(batch_id, [2, 3, 4, 5]) == [2, 3, 4, 5]
    store.finish_rows(batch_id, [
        RowResult(2, "accepted", 200, "accepted", 1),
        (3, "rejected", 422, "invalid", 1),
        (4, "failed", 503, "server_error", 8),
    ])
    states = {r.line: r.state for r in store.pending_rows(batch_id)}
    assert states == {5: RowState.IN_FLIGHT, 6: RowState.PENDING, 7: RowState.PENDING}
    failed = list(store.failed_rows(batch_id))
    assert [(r.line, r.state, r.last_status, r.last_kind, r.attempts) for r in failed] == [
        (3, RowState.REJECTED, 422, "invalid", 1), (4, RowState.FAILED, 503, "server_error", 8)]
    assert store.row_counts(batch_id) == {"pending": 2, "in_flight": 1, "accepted": 1,
                                          "rejected": 1, "failed": 1, "skipped": 0}
    # an accepted row is never put back in flight, nor requeued
    assert store.mark_in_flight(batch_id, [2]) == []
    assert store.requeue_rows(batch_id, [2, 3]) == 1
    assert store.requeue_rows(batch_id) == 1
    assert store.row_counts(batch_id)["pending"] == 4
    assert store.batch(batch_id).failed_rows == 0
    with pytest.raises(ValueError):
        store.finish_rows(batch_id, [(6, "lost", None, None, 1)])


def test_engine_flush_records_attempts_and_rows_together(store: HistoryStore) -> None:
    batch_id = store.create_batch(
        "f.csv", "e" * 64, {"profile": "Acme", "base_url": "http://127.0.0.1:8080"}, {},
        ((n, conv(n)) for n in (2, 3)))

    at = datetime(2026, 3, 1, 12, 0, 0, 250_000, tzinfo=UTC).timestamp()
    ok = Outcome.of(classify(200), 200, 0.05)
    slow = Outcome.of(classify(429), 429, 0.05, retry_after=1.0)
    store.record_results(batch_id, [RowUpdate(2, RowState.ACCEPTED, 2, 200, "accepted")],
                         [AttemptEvent(2, conv(2), 1, slow, at),
                          AttemptEvent(2, conv(2), 2, ok, at)])
    rows = store.page(HistoryFilter(batch_id=batch_id), sort_column="attempt_no",
                      descending=False)
    assert [(r.line, r.attempt_no, r.kind, r.profile, r.base_url, r.at) for r in rows] == [
        (2, 1, "throttled", "Acme", "http://127.0.0.1:8080", "2026-03-01 12:00:00.250"),
        (2, 2, "accepted", "Acme", "http://127.0.0.1:8080", "2026-03-01 12:00:00.250"),
    ]
    assert store.row_counts(batch_id)["accepted"] == 1
    assert store.is_accepted("sms", "MSG000002")


CRASHING_SENDER = """
import os, sys
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import HistoryStore
store = HistoryStore(sys.argv[1])
rows = ((n, Conversion(Channel.SMS, f"MSG{n:06d}", True, "2026-03-01 10:00:00"))
        for n in range(2, 12))
batch_id = store.create_batch("campaign.csv", "f" * 64, {"channel": "sms"}, {"valid": 10}, rows)
store.mark_in_flight(batch_id, [2, 3, 4, 5])
store.finish_rows(batch_id, [(2, "accepted", 200, "accepted", 1), (3, "rejected", 422,
                  "invalid", 1)])
os._exit(9)  # the power goes: no close, no state change
"""


def test_after_a_crash_the_batch_is_offered_again_and_in_flight_rows_are_resent(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    done = subprocess.run([sys.executable, "-c", CRASHING_SENDER, str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    with HistoryStore(path) as s:
        assert s.interrupt_running() == 1
        assert s.interrupt_running() == 0
        info = s.find_unfinished_batch("f" * 64)
        assert info is not None
        assert info.state is BatchState.INTERRUPTED and info.stop_reason
        assert info.open_rows == 8
        rows = list(s.pending_rows(info.id))
        assert [r.line for r in rows] == [4, 5, 6, 7, 8, 9, 10, 11]
        assert [r.state for r in rows[:3]] == [RowState.IN_FLIGHT, RowState.IN_FLIGHT,
                                                RowState.PENDING]
        assert s.find_unfinished_batch("0" * 64) is None


def test_only_batches_with_rows_left_are_offered_for_resume(store: HistoryStore) -> None:
    sha = "9" * 64
    first = store.create_batch("a.csv", sha, {}, {}, ((n, conv(n)) for n in (2, 3)))
    store.set_batch_state(first, BatchState.PAUSED)
    assert store.find_unfinished_batch(sha) == store.batch(first)
    second = store.create_batch("a.csv", sha, {}, {}, ((n, conv(n)) for n in (2, 3)))
    store.set_batch_state(second, "cancelled", "cancelled by the user")
    found = store.find_unfinished_batch(sha)
    assert found is not None and found.id == second
    assert found.stop_reason == "cancelled by the user" and found.finished is not None
    store.finish_rows(second, [(2, "accepted", 200, "accepted", 1),
                               (3, "skipped", None, None, 0)])
    found = store.find_unfinished_batch(sha)
    assert found is not None and found.id == first
    store.finish_rows(first, [(2, "accepted", 200, "accepted", 1)])
    store.set_batch_state(first, BatchState.FINISHED)
    assert store.find_unfinished_batch(sha) is None
    assert [b.id for b in store.recent_batches()] == [second, first]


def test_batch_state_changes_are_checked(store: HistoryStore) -> None:
    batch_id = store.create_batch("a.csv", "1" * 64, {}, {}, [])
    store.set_batch_state(batch_id, BatchState.STOPPED, "Wrong credentials")
    assert store.batch(batch_id).finished is not None
    store.set_batch_state(batch_id, BatchState.RUNNING)
    info = store.batch(batch_id)
    assert info.state is BatchState.RUNNING and info.finished is None and not info.stop_reason
    with pytest.raises(ValueError, match="unknown"):
        store.set_batch_state(batch_id, "exploded")
    with pytest.raises(UnknownBatchError):
        store.set_batch_state(batch_id + 1, BatchState.FINISHED)
    with pytest.raises(UnknownBatchError, match="no batch"):
        store.batch(batch_id + 1)
    with pytest.raises(ValueError, match="unknown batch count"):
        store.create_batch("a.csv", "1" * 64, {}, {"valids": 3}, [])


def test_a_journal_that_fails_half_way_leaves_no_batch(store: HistoryStore) -> None:
    def rows() -> Iterator[tuple[int, Conversion]]:
        yield 2, conv(2)
        raise OSError("the file went away")

    with pytest.raises(OSError):
        store.create_batch("a.csv", "2" * 64, {}, {}, rows())
    with pytest.raises(ValueError, match="line number"):
        store.create_batch("a.csv", "2" * 64, {}, {}, [(2, conv(2)), (2, conv(3))])
    assert store.recent_batches() == []
    assert store.row_counts(1) == {s.value: 0 for s in RowState}
    if store.is_team:
        return
    with raw(store.path) as c:
        assert c.execute("SELECT count(*) FROM batch_rows").fetchone()[0] == 0
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # a fresh connection
    c.close()
    # the store's own connection has foreign keys back on after journalling
    with pytest.raises(ValueError):
        store.record_attempt(record(1, batch_id=12345))


# ----------------------------------------------------------------------------- queries


@pytest.fixture(scope="module", params=ENGINES)
def filled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[HistoryStore]:
    """60 varied attempts, 40 of them in two batches, in a store shared by the query tests."""
    with open_store(request.param, tmp_path_factory.mktemp("filled")) as s:
        b1 = s.create_batch("one.csv", "1" * 64, {}, {}, [])
        b2 = s.create_batch("two.csv", "2" * 64, {}, {}, [])
        s.record_attempts([
            record(i, batch_id=(None if i < 20 else b1 if i < 40 else b2),
                   line=(None if i < 20 else i + 2))
            for i in range(60)
        ])
        yield s


def everything(s: HistoryStore) -> list[AttemptRow]:
    return s.page(limit=10_000, descending=False)


def test_newest_first_is_the_default_and_paging_covers_every_row(filled: HistoryStore) -> None:
    rows = filled.page(limit=1000)
    assert len(rows) == filled.count() == 60
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    pages = [filled.page(offset=o, limit=7) for o in range(0, 63, 7)]
    assert [r.id for p in pages for r in p] == [r.id for r in rows]
    assert filled.page(offset=60) == [] and filled.page(limit=0) == []
    with pytest.raises(HistoryFilterError):
        filled.page(offset=-1)


def sort_key(column: str) -> Callable[[AttemptRow], tuple[Any, ...]]:
    """What SQLite's ORDER BY should do, written out plainly (NULL sorts first)."""

    def n(v: Any) -> tuple[int, Any]:
        return (0, 0) if v is None else (1, v)

    keys: dict[str, Callable[[AttemptRow], tuple[Any, ...]]] = {
        "at": lambda r: (r.at,),
        "channel": lambda r: (r.channel, r.at),
        "kind": lambda r: (r.kind, r.at),
        "message_id": lambda r: (r.message_id.lower(), r.at),
        "status": lambda r: (n(r.status), r.at),
        "meaning": lambda r: (r.meaning, r.at),
        "delivered": lambda r: (r.delivered, r.at),
        "conv_timestamp": lambda r: (r.conv_timestamp,),
        "elapsed_ms": lambda r: (r.elapsed_ms,),
        "attempt_no": lambda r: (r.attempt_no, r.at),
        "batch_id": lambda r: (n(r.batch_id), r.at),
        "line": lambda r: (n(r.batch_id), n(r.line)),
        "profile": lambda r: (n(r.profile), r.at),
        "sent_by": lambda r: (r.sent_by, r.at),
    }
    key = keys[column]
    return lambda r: (*key(r), r.id)


@pytest.mark.parametrize("column", sorted(SORT_COLUMNS))
def test_every_allowed_column_sorts_both_ways(filled: HistoryStore, column: str) -> None:
    expected = sorted(everything(filled), key=sort_key(column))
    ascending = filled.page(sort_column=column, descending=False, limit=1000)
    assert [r.id for r in ascending] == [r.id for r in expected]
    descending = filled.page(sort_column=column, descending=True, limit=1000)
    assert [r.id for r in descending] == [r.id for r in reversed(expected)]


@pytest.mark.parametrize("column", ["response_text", "id; DROP TABLE attempts", "AT", ""])
def test_a_column_not_on_the_list_cannot_be_sorted_by(
    filled: HistoryStore, column: str, tmp_path: Path
) -> None:
    with pytest.raises(HistoryFilterError, match="cannot sort by") as caught:
        filled.page(sort_column=column)
    assert caught.value.field == "sort"
    with pytest.raises(HistoryFilterError):
        filled.export_csv(None, tmp_path / "never.csv", sort_column=column)
    assert filled.count() == 60
    assert list(tmp_path.iterdir()) == []


def matching(rows: list[AttemptRow], pred: Callable[[AttemptRow], bool]) -> list[int]:
    return sorted(r.id for r in rows if pred(r))


def ids(s: HistoryStore, flt: HistoryFilter) -> list[int]:
    found = sorted(r.id for r in s.page(flt, limit=10_000))
    assert s.count(flt) == len(found)
    return found


def test_filters_by_outcome_channel_batch_and_failure(filled: HistoryStore) -> None:
    rows = everything(filled)
    b1 = filled.recent_batches()[-1].id
    assert ids(filled, HistoryFilter(kinds={"invalid"})) == matching(
        rows, lambda r: r.kind == "invalid")
    assert ids(filled, HistoryFilter(kinds={"invalid", "throttled"})) == matching(
        rows, lambda r: r.kind in ("invalid", "throttled"))
    assert ids(filled, HistoryFilter(kinds=set())) == []
    assert ids(filled, HistoryFilter(kinds="throttled")) == matching(  # one kind, not letters
        rows, lambda r: r.kind == "throttled")
    assert ids(filled, HistoryFilter(channel="voice")) == matching(
        rows, lambda r: r.channel == "voice")
    assert ids(filled, HistoryFilter(channel="SMS ")) == matching(
        rows, lambda r: r.channel == "sms")
    assert ids(filled, HistoryFilter(batch_id=b1)) == matching(rows, lambda r: r.batch_id == b1)
    assert ids(filled, HistoryFilter(failed_only=True)) == matching(
        rows, lambda r: r.kind != "accepted")
    assert ids(filled, HistoryFilter(failed_only=True, channel="sms",
                                     kinds={"unreachable", "accepted"})) == matching(
        rows, lambda r: r.kind == "unreachable" and r.channel == "sms")


def test_text_matches_the_start_of_the_id_ignoring_case(filled: HistoryStore) -> None:
    rows = everything(filled)
    assert ids(filled, HistoryFilter(text="ab001")) == matching(
        rows, lambda r: r.message_id.lower().startswith("ab001"))
    assert len(ids(filled, HistoryFilter(text="  AB0012 "))) == 1
    assert ids(filled, HistoryFilter(text="0012")) == []  # not a prefix
    assert ids(filled, HistoryFilter(text="0012", text_contains=True)) == matching(
        rows, lambda r: "0012" in r.message_id)
    # LIKE's wildcards in what a person typed are plain characters
    assert ids(filled, HistoryFilter(text="ab00%")) == []
    assert ids(filled, HistoryFilter(text="a_00")) == []
    assert ids(filled, HistoryFilter(text="-xx", text_contains=True)) == matching(
        rows, lambda r: "-xx" in r.message_id)


def test_dates_bound_the_time_of_the_attempt(filled: HistoryStore) -> None:
    rows = everything(filled)
    # T0 + i hours: 2026-03-01 09:00 ... 2026-03-03 20:00 (UTC)
    assert ids(filled, HistoryFilter(date_from="2026-03-02")) == matching(
        rows, lambda r: r.at >= "2026-03-02")
    assert ids(filled, HistoryFilter(date_to="2026-03-01")) == matching(
        rows, lambda r: r.at < "2026-03-02")  # a date includes the whole day
    assert ids(filled, HistoryFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 2))
               ) == matching(rows, lambda r: r.at.startswith("2026-03-02"))
    # a time includes its whole second: i = 3 is at 12:00:00.003
    assert ids(filled, HistoryFilter(date_to="2026-03-01 12:00:00")) == matching(
        rows, lambda r: r.at < "2026-03-01 12:00:01")
    assert ids(filled, HistoryFilter(date_from="2026-03-01 12:00:00.003",
                                     date_to="2026-03-01 12:00:00.003")) == matching(
        rows, lambda r: r.at == "2026-03-01 12:00:00.003")
    # an aware time is converted to UTC; a naive one is UTC
    paris = timezone(timedelta(hours=1))
    assert ids(filled, HistoryFilter(date_from=datetime(2026, 3, 3, 10, 0, tzinfo=paris))
               ) == ids(filled, HistoryFilter(date_from=datetime(2026, 3, 3, 9, 0)))
    assert ids(filled, HistoryFilter(date_from="2026-03-03T10:00:00+01:00")) == matching(
        rows, lambda r: r.at >= "2026-03-03 09:00:00")


@pytest.mark.parametrize(("flt", "field", "words"), [
    (HistoryFilter(kinds={"acepted"}), "kinds", "unknown"),
    (HistoryFilter(channel="fax"), "channel", "not sms or voice"),
    (HistoryFilter(date_from="yesterday"), "date_from", "not a date"),
    (HistoryFilter(date_to="31/12/2026"), "date_to", "YYYY-MM-DD"),
])
def test_a_bad_filter_names_its_field(filled: HistoryStore, flt: HistoryFilter, field: str,
                                      words: str) -> None:
    with pytest.raises(HistoryFilterError, match=words) as caught:
        filled.page(flt)
    assert caught.value.field == field


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.sampled_from(["", "a", "AB", "ab00", "aB002", "x", "-x"]),
    contains=st.booleans(),
    kinds=st.none() | st.sets(st.sampled_from([k.value for k in Kind]), max_size=3),
    channel=st.sampled_from([None, "sms", "voice"]),
    day_from=st.none() | st.integers(0, 3),
    day_to=st.none() | st.integers(0, 3),
    failed_only=st.booleans(),
    column=st.sampled_from(sorted(SORT_COLUMNS)),
    descending=st.booleans(),
    offset=st.integers(0, 30),
)
def test_any_filter_and_sort_matches_a_plain_python_reference(
    filled: HistoryStore, text: str, contains: bool, kinds: set[str] | None,
    channel: str | None, day_from: int | None, day_to: int | None, failed_only: bool,
    column: str, descending: bool, offset: int,
) -> None:
    def day(n: int) -> str:
        return (date(2026, 3, 1) + timedelta(days=n)).isoformat()

    flt = HistoryFilter(text=text, text_contains=contains, kinds=kinds, channel=channel,
                        date_from=None if day_from is None else day(day_from),
                        date_to=None if day_to is None else day(day_to),
                        failed_only=failed_only)

    def wanted(r: AttemptRow) -> bool:
        mid, t = r.message_id.lower(), text.lower()
        return ((t in mid if contains else mid.startswith(t))
                and (kinds is None or r.kind in kinds)
                and (channel is None or r.channel == channel)
                and (day_from is None or r.at >= day(day_from))
                and (day_to is None or r.at < day(day_to + 1))
                and (not failed_only or r.kind != "accepted"))

    expected = sorted((r for r in everything(filled) if wanted(r)), key=sort_key(column),
                      reverse=descending)
    got = filled.page(flt, sort_column=column, descending=descending, offset=offset, limit=9)
    assert [r.id for r in got] == [r.id for r in expected[offset:offset + 9]]
    assert filled.count(flt) == len(expected)


def test_the_count_follows_new_writes_from_any_connection(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as gui, HistoryStore(path) as cli:
        gui.record_attempts([record(i) for i in range(4)])
        flt = HistoryFilter(kinds={"accepted"})
        assert gui.count() == 4 and gui.count(flt) == 2
        cli.record_attempt(record(0))  # another process, say `conversion-gui send`
        assert gui.count() == 5 and gui.count(flt) == 3
        gui.record_attempt(record(1))
        assert gui.count() == 6 and gui.count(flt) == 4


# ----------------------------------------------------------------------------- query plans


BIG_N = 12_000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HistoryStore]:
    """Enough attempts that a plan which sorts or scans would show it."""
    path = tmp_path_factory.mktemp("big") / "history.sqlite3"
    with HistoryStore(path) as s:
        batch_id = s.create_batch("b.csv", "b" * 64, {}, {}, [])
        s.record_attempts(
            record(i, message_id=f"0A{i:015X}", at=at_text(T0 + timedelta(seconds=i)),
                   batch_id=batch_id if i % 2 else None)
            for i in range(BIG_N)
        )
        yield s


def plan_text(s: HistoryStore, flt: HistoryFilter | None = None, **kw: Any) -> str:
    return " | ".join(s.query_plan(flt, **kw))


def test_the_default_history_page_walks_the_time_index(big: HistoryStore) -> None:
    plan = plan_text(big)
    assert "USING INDEX ix_attempts_at" in plan or "USING COVERING INDEX ix_attempts_at" in plan
    assert "TEMP B-TREE" not in plan
    assert "SCAN attempts" not in plan.replace("SCAN attempts USING", "")
    newest = big.page(limit=3)
    assert [r.message_id for r in newest] == [f"0A{BIG_N - k:015X}" for k in (1, 2, 3)]


@pytest.mark.parametrize(("flt", "sort", "index"), [
    (HistoryFilter(kinds={"invalid"}), "at", "ix_attempts_kind_at"),
    (HistoryFilter(channel="voice"), "at", "ix_attempts_channel_at"),
    (HistoryFilter(failed_only=True), "at", "ix_attempts_failed_at"),
    (HistoryFilter(date_from="2026-03-01 10:00:00", date_to="2026-03-01 11:00:00"), "at",
     "ix_attempts_at"),
    (HistoryFilter(), "kind", "ix_attempts_kind_at"),
    (HistoryFilter(), "message_id", "ix_attempts_message_id"),
])
def test_common_pages_need_no_sort(big: HistoryStore, flt: HistoryFilter, sort: str,
                                   index: str) -> None:
    for descending in (True, False):
        plan = plan_text(big, flt, sort_column=sort, descending=descending)
        assert index in plan
        assert "TEMP B-TREE" not in plan


def test_a_text_filter_picks_the_id_index_or_the_time_index_by_how_much_it_matches(
    big: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrow = HistoryFilter(text="0a00000000012")
    assert "ix_attempts_message_id" in plan_text(big, narrow)
    monkeypatch.setattr(history_queries, "SELECTIVE_LIMIT", 100)
    broad = HistoryFilter(text="0a")  # every id: walking the time index finds 100 at once
    plan = plan_text(big, broad)
    assert "ix_attempts_at" in plan and "TEMP B-TREE" not in plan
    by_time = big.page(broad, limit=50, offset=20)
    monkeypatch.setattr(history_queries, "SELECTIVE_LIMIT", 10**9)
    assert "ix_attempts_message_id" in plan_text(big, broad)
    assert big.page(broad, limit=50, offset=20) == by_time
    multi = HistoryFilter(kinds={"accepted", "invalid"})
    monkeypatch.setattr(history_queries, "SELECTIVE_LIMIT", 100)
    assert "TEMP B-TREE" not in plan_text(big, multi)
    assert big.page(multi, limit=10) == [r for r in big.page(limit=40)
                                         if r.kind in ("accepted", "invalid")][:10]


# ----------------------------------------------------------------------------- export


def test_export_neutralises_formulas_and_round_trips(store: HistoryStore, tmp_path: Path) -> None:
    nasty = ['=HYPERLINK("http://evil.example/","click")', "+1", "-1", "@SUM(A1:A9)",
             "\tTAB", "\rCR", "plain-id", "naïve-ütf8-id"]
    store.record_attempts([
        record(i, message_id=mid, response_text="=cmd|' /C calc'!A0" if i == 2 else "")
        for i, mid in enumerate(nasty)
    ])
    out = tmp_path / "export.csv"
    assert store.export_csv(HistoryFilter(), out, descending=False) == len(nasty)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    header, body = table[0], table[1:]
    assert header == list(history.EXPORT_HEADER)
    assert "meaning" in header
    col = {name: i for i, name in enumerate(header)}
    assert [r[col["message_id"]] for r in body] == [
        "'" + m if m[0] in "=+-@\t\r" else m for m in nasty]
    assert body[2][col["response"]] == "'=cmd|' /C calc'!A0"
    assert body[2][col["meaning"]] == classify(422).meaning
    assert body[0][col["outcome"]] == "accepted" and body[0][col["status"]] == "200"
    assert body[4][col["status"]] == ""  # a transport error has no status
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in body for cell in r)


def test_export_follows_the_filter(filled: HistoryStore, tmp_path: Path) -> None:
    out = tmp_path / "invalid.csv"
    flt = HistoryFilter(kinds={"invalid"})
    n = filled.export_csv(flt, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        body = list(csv.reader(f))[1:]
    assert n == len(body) == filled.count(flt) > 0
    assert {r[6] for r in body} == {"invalid"}
    assert filled.export_csv(HistoryFilter(kinds=set()), tmp_path / "none.csv") == 0


def test_an_attempt_record_is_a_plain_value() -> None:
    a = record(3)
    assert replace(a, attempt_no=9).attempt_no == 9
    assert a == record(3)


def test_closing_while_other_threads_read_ends_their_reads_cleanly(tmp_path: Path) -> None:
    """Switching sandbox mode off closes a history the History page may still be querying
    from pool threads: closing a connection mid-query used to crash the whole process."""
    import threading as _threading
    import time

    for round_no in range(20):
        store = HistoryStore(tmp_path / f"h{round_no}.sqlite3")
        store.record_attempts(
            AttemptRecord("sms", f"0A{i:06d}", True, "2026-11-26 10:00:00", 200, "accepted",
                          "Accepted: the conversion was recorded")
            for i in range(3000)
        )
        started = _threading.Barrier(5)
        outcomes: list[str] = []

        def reader(store: HistoryStore, started: _threading.Barrier, outcomes: list[str],
                   prefix: str) -> None:
            started.wait()
            try:
                while True:
                    store.page(HistoryFilter(text="0A"), sort_column="status", limit=500)
                    store.count(HistoryFilter(kinds={"accepted"}, text=prefix))
                    sum(1 for _ in store.iter_attempts())
            except HistoryError as exc:
                outcomes.append(str(exc))

        threads = [_threading.Thread(target=reader,
                                     args=(store, started, outcomes, str(round_no)))
                   for _ in range(4)]
        for t in threads:
            t.start()
        started.wait()
        time.sleep(0.002 * (round_no % 10))  # close at different points of the reads
        store.close()
        for t in threads:
            t.join(10)
        assert len(outcomes) == 4  # every reader was told, none crashed or hung
        assert all("closed" in text or "cannot read" in text for text in outcomes)


def test_failed_rows_are_counted_by_kind_so_no_answer_stays_apart(store: HistoryStore) -> None:
    batch_id = store.create_batch("f.csv", "c" * 64, {}, {}, ((n, conv(n)) for n in range(2, 9)))
    store.finish_rows(batch_id, [
        (2, "accepted", 200, "accepted", 1),
        (3, "failed", None, "no_answer", 8),
        (4, "failed", None, "no_answer", 8),
        (5, "failed", None, "unreachable", 8),
        (6, "failed", 503, "server_error", 8),
        (7, "rejected", 422, "invalid", 1),
    ])
    assert store.failed_kinds(batch_id) == {"no_answer": 2, "unreachable": 1, "server_error": 1}
