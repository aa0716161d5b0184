"""What a person is told when a file or folder cannot be written: one sentence per cause.

The data folder, the history file and the log all meet the same few faults (a full disk, a
read-only disk, no permission, something in the way); each gets a sentence that says what
happened and what to do, instead of ``OperationalError`` or ``[Errno 28]``.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


def os_error_sentence(exc: OSError, path: str | os.PathLike[str], what: str) -> str:
    """``what`` (e.g. "the data folder") at ``path`` could not be made or written: why, and
    what to do about it."""
    where = f"{what} {os.fspath(path)}"
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"the disk holding {where} is full: free some space, then try again"
    if code == errno.EROFS:
        return (f"{where} is on a read-only disk: make it writable, or choose another "
                "folder with --data-dir")
    if code in (errno.EACCES, errno.EPERM):
        return (f"no permission to write {where}: make it writable for this user, or choose "
                "another folder with --data-dir")
    if code in (errno.ENOTDIR, errno.EEXIST):
        return (f"{where} cannot be created: a file is in the way where a folder should be; "
                "move it, or choose another folder with --data-dir")
    if code == errno.ENOENT:
        return f"{where} cannot be created: the drive or folder above it is missing"
    reason = exc.strerror or type(exc).__name__
    return f"{where} cannot be written: {reason}"


def sqlite_code(exc: sqlite3.Error) -> int:
    """SQLite's primary result code for ``exc``, 0 when it has none."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def sqlite_error_sentence(exc: sqlite3.Error, path: str | os.PathLike[str]) -> str | None:
    """The sentence for a fault of the disk or the folder; None when the file itself is the
    problem (not a database, damaged) or the cause is something else."""
    where = f"the history file {os.fspath(path)}"
    code = sqlite_code(exc)
    text = str(exc).lower()
    # SQLite says "disk I/O error" when a full disk stops it growing its shared-memory file
    full = code == _SQLITE_IOERR and _no_space_left(os.path.dirname(os.fspath(path)) or ".")
    if code == _SQLITE_FULL or "disk is full" in text or full:
        return f"the disk holding {where} is full: free some space, then try again"
    if code == _SQLITE_READONLY or "readonly" in text:
        return (f"{where} cannot be written (a read-only disk or folder): make it writable, "
                "or choose another folder with --data-dir")
    if is_busy(exc):
        return (f"{where} is busy: another conversion-gui is writing to it; try again in a "
                "moment")
    if code in (_SQLITE_CANTOPEN, _SQLITE_PERM):
        return (f"{where} cannot be opened: check that its folder exists and this user may "
                "write there, or choose another folder with --data-dir")
    if code == _SQLITE_IOERR:
        return f"{where} cannot be read or written: the disk reported an error ({exc})"
    return None


def _no_space_left(folder: str) -> bool:
    try:
        return shutil.disk_usage(folder).free == 0
    except OSError:
        return False


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock: worth waiting for, unlike the other faults."""
    text = str(exc).lower()
    return sqlite_code(exc) in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text


def is_not_a_database(exc: sqlite3.Error) -> bool:
    return sqlite_code(exc) in (_SQLITE_NOTADB, _SQLITE_CORRUPT)
