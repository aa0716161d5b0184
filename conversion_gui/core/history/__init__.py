"""The history log and the batch journal: a SQLite file in the data folder, or a team's
PostgreSQL database (``engine`` and ``postgres`` hold what differs; the SQL is written once).

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
  tables in ``queries``, never from text a person typed.
* No secret is ever stored: there is no column for one, and batch options that look like one
  are refused.
"""

from __future__ import annotations

import os

from ..credentials import SecretStore
from .accepted import AcceptedIds, read_only_accepted_ids
from .aside import SIDE_FILE_NAME, KeptAsideError, merge_aside
from .engine import Engine
from .errors import (
    BatchBusyError,
    HistoryBusyError,
    HistoryError,
    HistoryFilterError,
    HistoryVersionError,
    NotAHistoryFileError,
    UnknownBatchError,
)
from .export import EXPORT_HEADER, HistoryExport
from .journal import JOURNAL_CHUNK, BatchJournal
from .location import (
    HISTORY_ENV,
    DatabaseUrl,
    HistoryLocation,
    LocationError,
    is_database_url,
    parse_location,
)
from .queries import (
    DEFAULT_SORT,
    SELECTIVE_LIMIT,
    SORT_COLUMNS,
    HistoryFilter,
)
from .schema import (
    APPLICATION_ID,
    HISTORY_FILE_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    history_path,
)
from .store import READ_CHUNK, RESPONSE_TEXT_LIMIT, HistoryWriter, claim_note, sender_name
from .types import (
    BATCH_COUNT_KEYS,
    ENDED_BATCH_STATES,
    FAILED_ROW_STATES,
    OPEN_ROW_STATES,
    RESUMABLE_BATCH_STATES,
    AttemptEvent,
    AttemptRecord,
    AttemptRow,
    BatchInfo,
    BatchRow,
    BatchState,
    RowResult,
    RowState,
    RowUpdate,
    utc_now_text,
)


class HistoryStore(BatchJournal, HistoryExport):
    """The history (a file or a team database). Thread-safe; open once per app and hand it
    to whoever needs it.

    Opening a file adds the single sends an earlier run kept aside while it was busy
    (``merged_aside`` says how many).
    """

    def __init__(
        self,
        location: str | os.PathLike[str] | HistoryLocation | Engine,
        *,
        password: str | None = None,
    ) -> None:
        super().__init__(location, password=password)
        self.merged_aside = 0 if self.is_team else merge_aside(self)


def open_history(
    location: str | os.PathLike[str] | HistoryLocation, secrets: SecretStore | None = None
) -> HistoryStore:
    """The history at ``location``; a team database's password comes from the keychain
    (``secrets``, or the system keychain when not given: a child process opening the same
    history as its window)."""
    where = location if isinstance(location, HistoryLocation) else parse_location(location)
    if where.database is None:
        assert where.path is not None
        return HistoryStore(where.path)
    from ..credentials import KeyringStore
    from .team import database_password

    password = database_password(where.database, secrets or KeyringStore())
    return HistoryStore(where, password=password)


__all__ = [
    "APPLICATION_ID",
    "BATCH_COUNT_KEYS",
    "DEFAULT_SORT",
    "ENDED_BATCH_STATES",
    "EXPORT_HEADER",
    "FAILED_ROW_STATES",
    "HISTORY_ENV",
    "HISTORY_FILE_NAME",
    "JOURNAL_CHUNK",
    "MIGRATIONS",
    "OPEN_ROW_STATES",
    "READ_CHUNK",
    "RESPONSE_TEXT_LIMIT",
    "RESUMABLE_BATCH_STATES",
    "SCHEMA_VERSION",
    "SELECTIVE_LIMIT",
    "SIDE_FILE_NAME",
    "SORT_COLUMNS",
    "AcceptedIds",
    "AttemptEvent",
    "AttemptRecord",
    "AttemptRow",
    "BatchBusyError",
    "BatchInfo",
    "BatchRow",
    "BatchState",
    "DatabaseUrl",
    "Engine",
    "HistoryBusyError",
    "HistoryError",
    "HistoryFilter",
    "HistoryFilterError",
    "HistoryLocation",
    "HistoryStore",
    "HistoryVersionError",
    "HistoryWriter",
    "KeptAsideError",
    "LocationError",
    "Migration",
    "NotAHistoryFileError",
    "RowResult",
    "RowState",
    "RowUpdate",
    "UnknownBatchError",
    "claim_note",
    "history_path",
    "is_database_url",
    "open_history",
    "parse_location",
    "read_only_accepted_ids",
    "sender_name",
    "utc_now_text",
]
