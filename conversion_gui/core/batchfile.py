"""From a campaign file to a journalled batch: the step the command line and the GUI share.

The file is identified by the SHA-256 of its bytes, so dropping the same file again finds
its unfinished batch and offers to resume it, whatever the file is called now.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .conversion import Conversion
from .history import BatchInfo, HistoryStore, open_history
from .intake import (
    FileInfo,
    IntakeError,
    IntakeOptions,
    Verdict,
    read_rows,
    save_rejected,
    sniff,
)
from .results import (
    JOURNAL_COLUMNS,
    dry_run_results,
    journal_results,
    sent_results,
    write_results,
)


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise IntakeError(
            f"cannot read {str(path)!r}: {exc.strerror or type(exc).__name__}"
        ) from None
    return digest.hexdigest()


def options_record(options: IntakeOptions, extra: Mapping[str, Any]) -> dict[str, Any]:
    """What is stored with a batch to show and resume it; never a secret."""
    record: dict[str, Any] = {
        "channel": options.channel.value if options.channel else None,
        "timezone": options.timezone,
        "date_order": options.date_order.value if options.date_order else None,
        "mapping": dict(options.mapping) if options.mapping else None,
        "encoding": options.encoding,
        "delimiter": options.delimiter,
        # sent again on purpose: a shared history does not skip what others accepted
        "force_duplicates": options.allow_duplicates,
        "sheet": options.sheet,
    }
    record.update(extra)
    return record


@dataclass(frozen=True)
class JournalledFile:
    batch_id: int
    info: FileInfo
    counts: dict[str, int]   # total, valid, rejected, blank, duplicate, skipped


def journal_file(
    history: HistoryStore,
    path: str | os.PathLike[str],
    options: IntakeOptions,
    extra: Mapping[str, Any] | None = None,
    sha256: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    name: str | None = None,
) -> JournalledFile:
    """Read ``path`` once, journal every valid row as pending, and count the others.

    ``name`` is what the history calls the source when its file name would not say
    ("Pasted cells · 42 rows")."""
    info = sniff(path, options)
    digest = sha256 or file_sha256(path)
    counts = {"total": 0, "valid": 0, "rejected": 0, "blank": 0, "duplicate": 0, "skipped": 0}
    key = {
        Verdict.VALID: "valid",
        Verdict.REJECTED: "rejected",
        Verdict.BLANK: "blank",
        Verdict.DUPLICATE: "duplicate",
        Verdict.ALREADY_ACCEPTED: "skipped",
    }
    results = read_rows(path, options, info, history.accepted_ids(), progress, cancel)

    def valid_rows() -> Iterator[tuple[int, Conversion]]:
        for result in results:
            counts["total"] += 1
            counts[key[result.verdict]] += 1
            if result.verdict is Verdict.VALID and result.conversion is not None:
                yield result.line, result.conversion

    # counts fill up as the rows stream in; the batch's last transaction stores them
    batch_id = history.create_batch(
        name or Path(path).name, digest, options_record(options, extra or {}), counts,
        valid_rows()
    )
    return JournalledFile(batch_id, info, counts)


def save_results(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    out_path: str | os.PathLike[str],
    history: HistoryStore | None = None,
    batch_id: int | None = None,
    errors_only: bool = False,
) -> int:
    """The results file: the input read again, joined to the batch's journal (a dry run,
    without ``batch_id``: each row's verdict). Returns the rows written."""
    info = sniff(path, options)
    if batch_id is None or history is None:
        checker = history.accepted_ids() if history is not None else None
        results = dry_run_results(read_rows(path, options, info, checker))
    else:
        # No accepted-ids check: the rows this batch just sent would all read as accepted.
        results = sent_results(read_rows(path, options, info), history.batch_rows(batch_id))
    try:
        return write_results(out_path, info.header, results, errors_only)
    except OSError as exc:
        raise IntakeError(
            f"cannot write {str(out_path)!r}: {exc.strerror or type(exc).__name__}"
        ) from None


def export_batch_results(
    history: HistoryStore, batch_id: int, out_path: str | os.PathLike[str],
    errors_only: bool = False,
) -> int:
    """A batch's journalled rows and their outcomes, from the history alone."""
    history.batch(batch_id)  # an unknown batch raises, naming it
    return write_results(out_path, JOURNAL_COLUMNS, journal_results(history.batch_rows(batch_id)),
                         errors_only)


def unfinished_batch(history: HistoryStore, sha256: str) -> BatchInfo | None:
    return history.find_unfinished_batch(sha256)


# Targets for ``procjob.run_in_child``: a window runs these large-file passes in a child
# process, so they never hold the GIL its paints need.
def journal_in_child(
    send: Callable[[object], None],
    history_file: str,
    path: str,
    options: IntakeOptions,
    extra: Mapping[str, Any],
    sha256: str | None,
    name: str | None = None,
) -> JournalledFile:
    """``journal_file`` on its own connection to the history (a child stopped half-way
    leaves a *preparing* batch: never offered, removed at the next start)."""
    with open_history(history_file) as history:
        return journal_file(history, path, options, extra, sha256, name=name)


def save_results_in_child(
    send: Callable[[object], None],
    path: str,
    options: IntakeOptions,
    out: str,
    history_file: str,
    batch_id: int | None,
    errors_only: bool,
) -> int:
    with open_history(history_file) as history:
        return save_results(path, options, out, history, batch_id, errors_only)


def save_rejected_in_child(
    send: Callable[[object], None], path: str, options: IntakeOptions, out: str
) -> int:
    return save_rejected(path, options, out)
