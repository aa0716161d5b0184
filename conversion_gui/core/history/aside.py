"""Single sends the history could not take in time: kept in a side file, merged at the next start.

A conversion that went out must be in the history. When the file stays busy (another program
holds its write lock) past the wait, or cannot be written, the attempt goes to
``history-pending.jsonl`` beside it: JSON lines, owner-only, no secret (an attempt holds none).
Opening the history adds them and removes the file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..filelock import FileLock
from .errors import HistoryError
from .schema import _make_private
from .store import _sanitise_base_url
from .types import AttemptRecord

if TYPE_CHECKING:
    from .journal import BatchJournal

SIDE_FILE_NAME = "history-pending.jsonl"
log = logging.getLogger(__name__)


class KeptAsideError(HistoryError):
    """The attempt is safe in the side file, not yet in the history; the text says where."""


def side_file(history_file: Path) -> Path:
    return history_file.with_name(SIDE_FILE_NAME)


def keep_aside(history_file: Path, record: AttemptRecord) -> Path:
    """Append one attempt to the side file (created owner-only), synced to disk."""
    path = side_file(history_file)
    record = dataclasses.replace(record, base_url=_sanitise_base_url(record.base_url))
    line = json.dumps(dataclasses.asdict(record), ensure_ascii=False) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    _make_private(path)
    return path


def _read(path: Path) -> list[AttemptRecord]:
    records = []
    fields = {f.name for f in dataclasses.fields(AttemptRecord)}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            values = json.loads(line)
            records.append(AttemptRecord(**{k: v for k, v in values.items() if k in fields}))
        except (ValueError, TypeError) as exc:  # a line cut short by a crash: skip it
            log.warning("%s line %d cannot be read (%s): skipped", path, n, exc)
    return records


def merge_aside(store: BatchJournal) -> int:
    """Add the side file's attempts to the history (one transaction) and remove it. Best
    effort: a busy history leaves them for the next start. Returns how many were added."""
    path = side_file(store.path)
    merging = path.with_name(path.name + ".merging")
    if not path.exists() and not merging.exists():
        return 0
    lock = FileLock(store.path.parent / "locks" / "history-pending.lock")
    if not lock.try_acquire():
        return 0  # another process is merging them now
    try:
        if path.exists():
            if merging.exists():  # left by a merge that failed: add the new ones to it
                with merging.open("a", encoding="utf-8") as out:
                    out.write(path.read_text(encoding="utf-8"))
                path.unlink()
            else:
                os.replace(path, merging)  # new sends from now on start a new side file
        records = _read(merging)
        with store.write_wait(2.0):
            store.record_attempts(records)
        merging.unlink()
        log.info("%d attempts kept aside while the history was busy were added to it",
                 len(records))
        return len(records)
    except (HistoryError, OSError, ValueError) as exc:
        log.warning("the attempts kept aside in %s could not be added yet: %s", merging, exc)
        return 0
    finally:
        with contextlib.suppress(OSError):
            lock.release()
