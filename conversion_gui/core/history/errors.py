"""The history's errors: each says, in words a person can act on, why the file cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path


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
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return HistoryBusyError(
            f"the history file {path} is busy: another conversion-gui is writing to it; "
            "try again in a moment"
        )
    if "full" in text:
        return HistoryError(f"the disk holding the history file {path} is full")
    return HistoryError(f"cannot write the history file {path}: {exc}")

