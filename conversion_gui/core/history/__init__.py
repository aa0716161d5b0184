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
  tables in ``queries``, never from text a person typed.
* No secret is ever stored: there is no column for one, and batch options that look like one
  are refused.
"""

from __future__ import annotations

import os

from .aside import SIDE_FILE_NAME, KeptAsideError, merge_aside
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
from .queries import (
    DEFAULT_SORT,
    SELECTIVE_LIMIT,
    SORT_COLUMNS,
    HistoryFilter,
    read_only_accepted_checker,
)
from .schema import (
    APPLICATION_ID,
    HISTORY_FILE_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    history_path,
)
from .store import READ_CHUNK, RESPONSE_TEXT_LIMIT, HistoryWriter
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
    """The history file. Thread-safe; open once per app and hand it to whoever needs it.

    Opening it adds the single sends an earlier run kept aside while it was busy
    (``merged_aside`` says how many).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path)
        self.merged_aside = merge_aside(self)


__all__ = [
    "APPLICATION_ID",
    "BATCH_COUNT_KEYS",
    "DEFAULT_SORT",
    "ENDED_BATCH_STATES",
    "EXPORT_HEADER",
    "FAILED_ROW_STATES",
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
    "AttemptEvent",
    "AttemptRecord",
    "AttemptRow",
    "BatchBusyError",
    "BatchInfo",
    "BatchRow",
    "BatchState",
    "HistoryBusyError",
    "HistoryError",
    "HistoryFilter",
    "HistoryFilterError",
    "HistoryStore",
    "HistoryVersionError",
    "HistoryWriter",
    "KeptAsideError",
    "Migration",
    "NotAHistoryFileError",
    "RowResult",
    "RowState",
    "RowUpdate",
    "UnknownBatchError",
    "history_path",
    "read_only_accepted_checker",
    "utc_now_text",
]
