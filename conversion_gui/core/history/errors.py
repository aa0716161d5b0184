"""The history's errors: each says, in words a person can act on, why the file cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..diskerrors import is_busy, sqlite_error_sentence


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


class HistoryBusyError(HistoryError):
    """Another process holds the history's write lock: wait and try again, nothing is wrong."""


class HistoryFilterError(ValueError):
    """A History filter or sort that cannot be applied; ``field`` names the control."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message



def _write_error(path: Path, exc: sqlite3.Error) -> HistoryError:
    sentence = sqlite_error_sentence(exc, path) or f"cannot write the history file {path}: {exc}"
    if is_busy(exc):  # the engine waits for a busy file and tries again
        return HistoryBusyError(sentence)
    return HistoryError(sentence)

