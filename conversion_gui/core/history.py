"""The history log and the batch journal: one SQLite file in the data folder.

Every attempt is kept with its status and what that status means, so the History page can say
what happened long after the window that sent it is gone. A batch journals every row before the
first send, so a crash, a closed laptop or a 401 never loses track of what was sent: resuming
re-sends only what is not known to be accepted (a row the journal holds as accepted is never
sent again; a row caught in flight is an unknown outcome and is sent again, which only states
the same fact twice).

Why it is built the way it is:

* WAL, ``synchronous=NORMAL``: readers (the History page) never wait for the batch writer, and
  a commit costs no fsync; a power cut can lose the last few commits, never corrupt the file.
* One writer connection behind a lock (batch workers write from their own threads; SQLite
  allows one writer anyway) and one read connection per thread. Writes go in transactions
  (:meth:`HistoryStore.transaction`), so hundreds of attempts a second cost a few commits.
* The schema is versioned with ``PRAGMA user_version`` and moved forward one step at a time,
  each step in its own transaction; a file from a newer version of the app is refused and left
  exactly as it is.
* SQL takes values only through placeholders. Sort columns and filter fields come from fixed
  tables in this module, never from text a person typed.
* No secret is ever stored: there is no column for one, and batch options that look like one
  are refused.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from urllib.parse import urlsplit, urlunsplit

from .conversion import Channel, Conversion
from .csvout import write_excel_csv
from .filelock import FileLock
from .statuses import Kind

if TYPE_CHECKING:
    from .client import Outcome

HISTORY_FILE_NAME = "history.sqlite3"
APPLICATION_ID = 0x43475549  # "CGUI": marks a file as ours (PRAGMA application_id)
RESPONSE_TEXT_LIMIT = 500
JOURNAL_CHUNK = 10_000
READ_CHUNK = 2_000
# A text or multi-outcome filter that matches more rows than this is not worth an index search
# for the newest-first page: walking the time index and filtering finds 100 rows sooner.
SELECTIVE_LIMIT = 20_000


# --------------------------------------------------------------------------- errors


class HistoryError(Exception):
    """The history file cannot be used; the text says why, in words a person can act on."""


class HistoryVersionError(HistoryError):
    """The file was written by a newer version of the app; it is left untouched."""


class NotAHistoryFileError(HistoryError):
    """The file is some other SQLite database, or not a database at all."""


class UnknownBatchError(HistoryError, LookupError):
    """No batch with that id in this history."""


class BatchBusyError(HistoryError):
    """Another process (a second window, the command line) is sending this batch now."""


class HistoryFilterError(ValueError):
    """A History filter or sort that cannot be applied; ``field`` names the control."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# --------------------------------------------------------------------------- value types


class BatchState(StrEnum):
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
_KIND_VALUES = frozenset(k.value for k in Kind)
_CHANNELS = {c.value: c for c in Channel}
_ROW_STATES = {s.value: s for s in RowState}
_SECRET_KEY = re.compile(r"secret|password|passwd|token|credential|^sig$|^api_?sig", re.I)


def utc_now_text() -> str:
    """Now in UTC with milliseconds; text that sorts in time order."""
    return _moment_text(datetime.now(UTC))


def _moment_text(moment: datetime) -> str:
    utc = moment.astimezone(UTC) if moment.tzinfo is not None else moment
    return utc.strftime("%Y-%m-%d %H:%M:%S.") + f"{utc.microsecond // 1000:03d}"


def history_path(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / HISTORY_FILE_NAME


_ACCEPTED_SQL = (
    "SELECT 1 FROM attempts WHERE kind = 'accepted' AND channel = ? AND message_id = ? LIMIT 1"
)


def read_only_accepted_checker(path: str | os.PathLike[str]) -> Callable[[str, str], bool] | None:
    """``checker(channel, message_id)`` for a reader in another process, or None when the
    history holds no accepted attempt at all (then no row needs asking: a third of a large
    read saved). Opens the file read-only: such a reader never writes, migrates or locks it.
    """
    file = Path(path)
    if not file.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        any_accepted = "SELECT 1 FROM attempts WHERE kind = 'accepted' LIMIT 1"
        if conn.execute(any_accepted).fetchone() is None:
            conn.close()
            return None
    except sqlite3.Error as exc:
        raise HistoryError(f"cannot read the history {str(file)!r}: {exc}") from None

    def checker(channel: str, message_id: str) -> bool:
        return conn.execute(_ACCEPTED_SQL, (str(channel), message_id)).fetchone() is not None

    return checker


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


def _attempt_row(row: tuple[Any, ...]) -> AttemptRow:
    return AttemptRow._make((*row[:6], row[6] == 1, *row[7:]))


class RowUpdateLike(Protocol):
    """Where a row ended, as the batch engine reports it (``batch.RowUpdate`` fits)."""

    @property
    def line(self) -> int: ...
    @property
    def state(self) -> str: ...
    @property
    def attempts(self) -> int: ...
    @property
    def status(self) -> int | None: ...
    @property
    def kind(self) -> str | None: ...


class AttemptEventLike(Protocol):
    """One request of a batch, as the engine reports it (``batch.AttemptEvent`` fits)."""

    @property
    def line(self) -> int: ...
    @property
    def conversion(self) -> Conversion: ...
    @property
    def attempt_no(self) -> int: ...
    @property
    def outcome(self) -> Outcome: ...
    @property
    def at(self) -> float: ...  # time.time()


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


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class HistoryFilter:
    """What the History page's filter bar asks for; every field optional.

    ``text`` matches the start of the message-id, ignoring ASCII case (an index search);
    ``text_contains`` makes it match anywhere (reads every row). ``kinds`` are outcome
    values (``statuses.Kind``); an empty set matches nothing. ``date_from`` is inclusive;
    ``date_to`` includes the whole day when it is a date, and the whole second when it is a
    time. A naive time is UTC. ``failed_only`` keeps attempts that were not accepted.
    """

    text: str = ""
    kinds: Collection[str] | None = None
    channel: str | None = None
    date_from: str | datetime | date | None = None
    date_to: str | datetime | date | None = None
    batch_id: int | None = None
    failed_only: bool = False
    text_contains: bool = False

    def key(self) -> tuple[Any, ...]:
        kinds = None if self.kinds is None else (
            (self.kinds,) if isinstance(self.kinds, str) else tuple(sorted(self.kinds)))
        return (self.text, kinds, self.channel, str(self.date_from), str(self.date_to),
                self.batch_id, self.failed_only, self.text_contains)


# name shown to callers -> ORDER BY terms (the tie-breaker ``id`` is always added). A sort on
# an indexed column continues by time, so it walks that column's index and needs no sort.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "at": ("at",),
    "channel": ("channel", "at"),
    "kind": ("kind", "at"),
    "message_id": ("message_id COLLATE NOCASE", "at"),
    "status": ("status", "at"),
    "meaning": ("meaning", "at"),
    "delivered": ("delivered", "at"),
    "conv_timestamp": ("conv_timestamp",),
    "elapsed_ms": ("elapsed_ms",),
    "attempt_no": ("attempt_no", "at"),
    "batch_id": ("batch_id", "at"),
    "line": ("batch_id", "line"),
    "profile": ("profile", "at"),
}
DEFAULT_SORT = "at"


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    empty: bool = False  # the filter can match nothing
    # (indexed clause, same test with the index disabled, its params) for the planner choice
    optional_index: list[tuple[str, str, list[Any]]] = field(default_factory=list)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _parse_bound(value: str | datetime | date, name: str, upper: bool) -> str:
    """A filter bound as stored text; a date as ``to`` reaches the end of that day."""
    moment: datetime
    whole_day = False
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
        whole_day = True
    else:
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise HistoryFilterError(
                name, f"{name.replace('_', ' ')} {text!r} is not a date: use YYYY-MM-DD "
                "or YYYY-MM-DD HH:MM:SS",
            ) from None
        whole_day = len(text) == 10  # YYYY-MM-DD
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if upper:
        if whole_day:
            moment += timedelta(days=1)
        elif moment.microsecond == 0:
            moment += timedelta(seconds=1)
        else:
            moment += timedelta(milliseconds=1)
    return _moment_text(moment)


def _where(flt: HistoryFilter) -> _Where:
    w = _Where()
    text = flt.text.strip()
    if text:
        if flt.text_contains:
            w.clauses.append("message_id LIKE ? ESCAPE '\\'")
            w.params.append(f"%{_like_escape(text)}%")
        else:
            w.optional_index.append((
                "message_id LIKE ? ESCAPE '\\'",
                "+message_id LIKE ? ESCAPE '\\'",
                [f"{_like_escape(text)}%"],
            ))
    if flt.kinds is not None:
        kinds = sorted({flt.kinds} if isinstance(flt.kinds, str) else set(flt.kinds))
        unknown = [k for k in kinds if k not in _KIND_VALUES]
        if unknown:
            raise HistoryFilterError(
                "kinds", f"outcome {unknown[0]!r} is unknown: use one of "
                + ", ".join(sorted(_KIND_VALUES)),
            )
        if not kinds:
            w.empty = True
        elif len(kinds) == 1:
            w.clauses.append("kind = ?")
            w.params.append(kinds[0])
        else:
            marks = ", ".join("?" * len(kinds))
            w.optional_index.append(
                (f"kind IN ({marks})", f"+kind IN ({marks})", list(kinds))
            )
    if flt.failed_only:
        # the literal (not a placeholder) lets SQLite use the partial index of failures
        w.clauses.append("kind <> 'accepted'")
    if flt.channel is not None and flt.channel != "":
        chan = str(flt.channel).strip().lower()
        if chan not in (Channel.SMS.value, Channel.VOICE.value):
            raise HistoryFilterError("channel", f"channel {flt.channel!r} is not sms or voice")
        w.clauses.append("channel = ?")
        w.params.append(chan)
    if flt.date_from is not None and flt.date_from != "":
        w.clauses.append("at >= ?")
        w.params.append(_parse_bound(flt.date_from, "date_from", upper=False))
    if flt.date_to is not None and flt.date_to != "":
        w.clauses.append("at < ?")
        w.params.append(_parse_bound(flt.date_to, "date_to", upper=True))
    if flt.batch_id is not None:
        w.clauses.append("batch_id = ?")
        w.params.append(int(flt.batch_id))
    return w


def _order_by(sort_column: str, descending: bool) -> str:
    terms = SORT_COLUMNS.get(sort_column)
    if terms is None:
        raise HistoryFilterError(
            "sort", f"cannot sort by {sort_column!r}: choose one of "
            + ", ".join(SORT_COLUMNS),
        )
    direction = " DESC" if descending else ""
    return ", ".join(f"{t}{direction}" for t in (*terms, "id"))


# --------------------------------------------------------------------------- schema


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


Migration = Callable[[sqlite3.Connection], None]
# MIGRATIONS[n] takes a file from version n to n + 1. Append only; never edit a released step.
MIGRATIONS: tuple[Migration, ...] = (_migrate_1, _migrate_2, _migrate_3)
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


def _check_options(options: Mapping[str, Any], where: str = "options") -> None:
    for key, value in options.items():
        if _SECRET_KEY.search(str(key)):
            raise ValueError(f"batch {where} must not hold a secret ({key!r})")
        if isinstance(value, Mapping):
            _check_options(value, f"{where}.{key}")


# --------------------------------------------------------------------------- the store


class HistoryStore:
    """The history file. Thread-safe; open once per app and hand it to whoever needs it."""

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
                self.path, timeout=10.0, isolation_level=None, check_same_thread=False,
                cached_statements=256,
            )
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot open the history file {self.path}: {exc}") from exc
        return conn

    def _open_writer(self) -> sqlite3.Connection:
        conn = self._connect()
        try:
            self._check_file(conn)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise HistoryError(
                    f"the history file {self.path} cannot use write-ahead logging "
                    f"(journal mode {mode}); is it on a network drive?"
                )
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            # a million-row journal grows the WAL to ~100 MB; give the space back afterwards
            conn.execute("PRAGMA journal_size_limit=67108864")
            self._migrate(conn)
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

    def _check_file(self, conn: sqlite3.Connection) -> None:
        """Refuse a file that is not ours or is newer than this code, before touching it."""
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        if app_id not in (0, APPLICATION_ID):
            raise NotAHistoryFileError(
                f"{self.path} belongs to another application; move it away to start "
                "a new history"
            )
        if version > SCHEMA_VERSION:
            raise HistoryVersionError(
                f"the history file {self.path} was written by a newer version of "
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
                    f"{self.path} is a database but not a conversion-gui history file; "
                    "move it away to start a new history"
                )

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Each step in its own transaction: a failure leaves the file at the last good step."""
        while True:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # read again under the write lock: another process may have migrated meanwhile
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if version > SCHEMA_VERSION:
                    raise HistoryVersionError(
                        f"the history file {self.path} was written by a newer version "
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

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing

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
                conn.execute("BEGIN IMMEDIATE")
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

    def record_attempt(self, record: AttemptRecord) -> int:
        with self.transaction() as tx:
            return tx.record_attempt(record)

    def record_attempts(self, records: Iterable[AttemptRecord]) -> int:
        with self.transaction() as tx:
            return tx.record_attempts(records)

    def record_single(
        self,
        conversion: Conversion,
        outcome: Outcome,
        *,
        attempt_no: int = 1,
        profile: str | None = None,
        base_url: str | None = None,
    ) -> int:
        """One attempt of a single send (the Send page, ``conversion-gui send``)."""
        return self.record_attempt(AttemptRecord.from_outcome(
            conversion, outcome, attempt_no=attempt_no, profile=profile, base_url=base_url))

    def record_results(
        self,
        batch_id: int,
        updates: Iterable[RowUpdateLike],
        attempts: Iterable[AttemptEventLike] = (),
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
        with self.transaction() as tx:
            if records:
                tx.record_attempts(records)
            if results:
                tx.finish_rows(batch_id, results)

    def _batch_source(self, batch_id: int) -> tuple[str | None, str | None]:
        cache: dict[int, tuple[str | None, str | None]] = self._sources
        if batch_id not in cache:
            rows = self._read("SELECT options FROM batches WHERE id = ?", (batch_id,))
            if not rows:
                raise UnknownBatchError(f"there is no batch {batch_id} in the history")
            try:
                options = json.loads(rows[0][0] or "{}")
            except ValueError:
                options = {}
            if not isinstance(options, dict):
                options = {}
            profile, url = options.get("profile"), options.get("base_url")
            cache[batch_id] = (str(profile) if profile else None, str(url) if url else None)
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
        """A new batch with every row journalled as pending, all in one transaction.

        ``rows`` (file line, conversion) is streamed in chunks, never held whole. Options
        are for showing and resuming (channel, time zone, mapping, rate); a key that looks
        like a secret is refused.
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
        with self._write_lock, self._foreign_keys_off():
            return self._create_batch(file_name, file_sha256, options_text, counts, rows,
                                      state)

    @contextlib.contextmanager
    def _foreign_keys_off(self) -> Iterator[None]:
        """Journal rows point at the batch made in the same transaction: checking each of a
        million rows against it would cost a third of the time. (A no-op inside an outer
        transaction, where SQLite ignores the pragma.)"""
        if self._closed or self._depth:
            yield
            return
        self._writer_conn.execute("PRAGMA foreign_keys=OFF")
        try:
            yield
        finally:
            if not self._closed:
                self._writer_conn.execute("PRAGMA foreign_keys=ON")

    def _create_batch(
        self,
        file_name: str,
        file_sha256: str,
        options_text: str,
        counts: Mapping[str, int],
        rows: Iterable[tuple[int, Conversion]],
        state: BatchState,
    ) -> int:
        with self.transaction() as tx:
            cur = tx.conn.execute(
                "INSERT INTO batches (created, file_name, file_sha256, options, total, valid, "
                "rejected, blank, duplicate, skipped, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (utc_now_text(), file_name, file_sha256, options_text,
                 *(int(counts.get(k, 0)) for k in BATCH_COUNT_KEYS), state.value),
            )
            batch_id = int(cur.lastrowid or 0)
            insert = (
                "INSERT INTO batch_rows (batch_id, line, channel, message_id, delivered, "
                "timestamp) VALUES (?, ?, ?, ?, ?, ?)"
            )
            chunk: list[tuple[int, int, str, str, int, str]] = []
            try:
                for line, conv in rows:
                    chunk.append((batch_id, line, conv.channel.value, conv.message_id,
                                  1 if conv.delivered else 0, conv.timestamp))
                    if len(chunk) >= JOURNAL_CHUNK:
                        tx.conn.executemany(insert, chunk)
                        chunk.clear()
                if chunk:
                    tx.conn.executemany(insert, chunk)
            except sqlite3.IntegrityError as exc:
                raise ValueError(
                    f"two rows of {file_name!r} share a file line number ({exc})"
                ) from None
        return batch_id

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

    def mark_in_flight(self, batch_id: int, lines: Iterable[int]) -> int:
        with self.transaction() as tx:
            return tx.mark_in_flight(batch_id, lines)

    def finish_rows(
        self, batch_id: int, results: Iterable[tuple[int, str, int | None, str | None, int]]
    ) -> int:
        with self.transaction() as tx:
            return tx.finish_rows(batch_id, results)

    def requeue_rows(self, batch_id: int, lines: Iterable[int] | None = None) -> int:
        with self.transaction() as tx:
            return tx.requeue_rows(batch_id, lines)

    def set_batch_state(
        self, batch_id: int, state: BatchState | str, reason: str | None = None
    ) -> None:
        with self.transaction() as tx:
            tx.set_batch_state(batch_id, state, reason)

    def batch_lock(self, batch_id: int) -> FileLock:
        """The lock a process holds while it sends ``batch_id`` (beside the history file)."""
        return FileLock(self.path.parent / "locks" / f"batch-{int(batch_id)}.lock")

    @contextlib.contextmanager
    def claim_batch(self, batch_id: int) -> Iterator[None]:
        """Hold the batch for this process while it is sent; refuse if another sends it."""
        lock = self.batch_lock(batch_id)
        if not lock.try_acquire():
            raise BatchBusyError(
                f"batch #{batch_id} is being sent by another conversion-gui right now "
                "(another window or the command line): let that one finish"
            )
        try:
            yield
        finally:
            lock.release()

    def interrupt_running(self) -> int:
        """At start-up: a batch still "running" that no live process holds was left so by a
        crash. Returns how many. A batch another process is sending is left alone."""
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
        for state, n in self._read(
            "SELECT state, count(*) FROM batch_rows WHERE batch_id = ? GROUP BY state",
            (batch_id,),
        ):
            counts[state] = int(n)
        return counts

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
            chunk = self._read(sql, (batch_id, after, *wanted, READ_CHUNK))
            for line, chan, mid, delivered, ts, state, attempts, status, kind in chunk:
                yield BatchRow(line, Conversion(channels[chan], mid, delivered == 1, ts),
                               row_states[state], attempts, status, kind)
            if len(chunk) < READ_CHUNK:
                return
            after = int(chunk[-1][0])

    # ---- the "already accepted" check

    def is_accepted(self, channel: str, message_id: str) -> bool:
        rows = self._read(
            "SELECT 1 FROM attempts WHERE kind = 'accepted' AND channel = ? "
            "AND message_id = ? LIMIT 1",
            (str(channel), message_id),
        )
        return bool(rows)

    def accepted_ids_checker(self) -> Callable[[str, str], bool]:
        """For CSV intake: ``checker(channel, message_id)`` is True when already accepted."""
        return self.is_accepted

    def accepted_among(self, channel: str, message_ids: Iterable[str]) -> set[str]:
        """The ids of ``message_ids`` already accepted; asks in blocks of 500 (many at once)."""
        found: set[str] = set()
        block: list[str] = []

        def ask() -> None:
            marks = ", ".join("?" * len(block))
            for (mid,) in self._read(
                "SELECT DISTINCT message_id FROM attempts WHERE kind = 'accepted' "  # noqa: S608
                f"AND channel = ? AND message_id IN ({marks})",
                (str(channel), *block),
            ):
                found.add(mid)
            block.clear()

        for mid in message_ids:
            block.append(mid)
            if len(block) >= 500:
                ask()
        if block:
            ask()
        return found

    # ---- the History page

    def attempt(self, attempt_id: int) -> AttemptRow | None:
        rows = self._read(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id = ?",  # noqa: S608 (constant)
            (attempt_id,),
        )
        return _attempt_row(rows[0]) if rows else None

    def attempts_of(self, channel: str, message_id: str) -> list[AttemptRow]:
        """Every attempt for one conversion, oldest first (the details pane)."""
        rows = self._read(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts "  # noqa: S608 (constant)
            "WHERE message_id = ? AND channel = ? ORDER BY at, id",
            (message_id, str(channel)),
        )
        return [_attempt_row(r) for r in rows]

    def _is_selective(self, clause: str, params: list[Any]) -> bool:
        """Whether an index search on ``clause`` finds few rows (counted, up to a limit)."""
        rows = self._read(
            f"SELECT count(*) FROM (SELECT 1 FROM attempts WHERE {clause} LIMIT ?)",  # noqa: S608
            (*params, SELECTIVE_LIMIT),
        )
        return int(rows[0][0]) < SELECTIVE_LIMIT

    def _select(
        self, flt: HistoryFilter, sort_column: str, descending: bool, columns: str
    ) -> tuple[str, list[Any], bool]:
        """The SQL of a History query (column and sort text come only from fixed tables)."""
        order = _order_by(sort_column, descending)
        w = _where(flt)
        clauses, params = list(w.clauses), list(w.params)
        for indexed, plain, extra in w.optional_index:
            # newest first over a large match: walk the time index instead of sorting it all
            use_index = sort_column != DEFAULT_SORT or self._is_selective(indexed, extra)
            clauses.append(indexed if use_index else plain)
            params.extend(extra)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT {columns} FROM attempts{where} ORDER BY {order}"  # noqa: S608
        return sql, params, w.empty

    def page(
        self,
        flt: HistoryFilter | None = None,
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
    ) -> list[AttemptRow]:
        flt = flt or HistoryFilter()
        if offset < 0 or limit < 0:
            raise HistoryFilterError("page", "offset and limit cannot be negative")
        sql, params, empty = self._select(flt, sort_column, descending, _ATTEMPT_COLUMNS)
        if empty or limit == 0:
            return []
        rows = self._read(f"{sql} LIMIT ? OFFSET ?", (*params, int(limit), int(offset)))
        return [_attempt_row(r) for r in rows]

    def query_plan(
        self,
        flt: HistoryFilter | None = None,
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
    ) -> list[str]:
        """SQLite's plan for the query :meth:`page` runs: to prove it uses an index."""
        sql, params, _ = self._select(flt or HistoryFilter(), sort_column, descending,
                                      _ATTEMPT_COLUMNS)
        rows = self._read(f"EXPLAIN QUERY PLAN {sql} LIMIT ? OFFSET ?", (*params, 100, 0))
        return [str(r[3]) for r in rows]

    def count(self, flt: HistoryFilter | None = None) -> int:
        """How many attempts match; cached until the file changes (any writer, any process)."""
        flt = flt or HistoryFilter()
        w = _where(flt)
        if w.empty:
            return 0
        with self._reading() as conn:
            version = conn.execute("PRAGMA data_version").fetchone()[0]
        cache: dict[tuple[Any, ...], int] = self._local.count_cache
        if self._local.data_version != version:
            cache.clear()
            self._local.data_version = version
        key = flt.key()
        if key in cache:
            return cache[key]
        clauses = list(w.clauses) + [c for c, _, _ in w.optional_index]
        params = list(w.params) + [p for _, _, ps in w.optional_index for p in ps]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        n = int(self._read(f"SELECT count(*) FROM attempts{where}", params)[0][0])  # noqa: S608
        if len(cache) > 64:
            cache.clear()
        cache[key] = n
        return n

    def iter_attempts(
        self,
        flt: HistoryFilter | None = None,
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
    ) -> Iterator[AttemptRow]:
        """Every matching attempt, streamed (one read transaction for the whole walk)."""
        sql, params, empty = self._select(flt or HistoryFilter(), sort_column, descending,
                                          _ATTEMPT_COLUMNS)
        if empty:
            return
        # The connection is held chunk by chunk, not across the yields: a caller that stops
        # walking half-way must not keep close() waiting.
        with self._reading() as conn:
            cur = conn.execute(sql, params)
            lock: threading.Lock = self._local.lock
        try:
            while True:
                with self._reading():
                    chunk = cur.fetchmany(READ_CHUNK)
                if not chunk:
                    return
                for row in chunk:
                    yield _attempt_row(row)
        finally:
            with lock, contextlib.suppress(sqlite3.Error):
                cur.close()

    def export_csv(
        self,
        flt: HistoryFilter | None,
        path: str | os.PathLike[str],
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
    ) -> int:
        """Every matching attempt to a CSV Excel opens right; returns the number of rows.

        UTF-8 with BOM, formulas neutralised (``csvout``), the meaning spelled out. No secret
        can be in it: the history holds none.
        """

        def cells() -> Iterator[list[str]]:
            for a in self.iter_attempts(flt, sort_column, descending):
                yield [
                    a.at, a.channel, a.message_id, "true" if a.delivered else "false",
                    a.conv_timestamp, "" if a.status is None else str(a.status), a.kind,
                    a.meaning, f"{a.elapsed_ms:.0f}", str(a.attempt_no),
                    "" if a.batch_id is None else str(a.batch_id),
                    "" if a.line is None else str(a.line), a.response_text,
                    a.profile or "", a.base_url or "",
                ]

        return write_excel_csv(path, EXPORT_HEADER, cells())


EXPORT_HEADER = (
    "at_utc", "channel", "message_id", "delivered", "timestamp", "status", "outcome",
    "meaning", "elapsed_ms", "attempt", "batch_id", "line", "response", "profile", "base_url",
)


def _write_error(path: Path, exc: sqlite3.Error) -> HistoryError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return HistoryError(
            f"the history file {path} is busy: another conversion-gui is writing to it; "
            "try again in a moment"
        )
    if "full" in text:
        return HistoryError(f"the disk holding the history file {path} is full")
    return HistoryError(f"cannot write the history file {path}: {exc}")


# --------------------------------------------------------------------------- writer


class HistoryWriter:
    """The writes, valid only inside :meth:`HistoryStore.transaction`."""

    def __init__(self, store: HistoryStore, conn: sqlite3.Connection) -> None:
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
