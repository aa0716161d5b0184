"""The SQLite history file: its steps, the checks before opening it, its permissions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .errors import HistoryVersionError, NotAHistoryFileError
from .migrations import SQLITE as SQLITE_STEPS
from .migrations import SUMMARY_INDEXES as SUMMARY_INDEXES

HISTORY_FILE_NAME = "history.sqlite3"
APPLICATION_ID = 0x43475549  # "CGUI": marks a file as ours (PRAGMA application_id)


def history_path(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / HISTORY_FILE_NAME


Migration = str | Callable[[sqlite3.Connection], None]
# MIGRATIONS[n] takes a file from version n to n + 1 (SQL, in ``migrations``). Append only.
MIGRATIONS: tuple[Migration, ...] = SQLITE_STEPS
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
            f"the file {path} belongs to another application; move it away to start "
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
                f"the file {path} is a database but not a conversion-gui history file; "
                "move it away to start a new history"
            )
