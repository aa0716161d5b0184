"""The preview of a campaign file: a bounded sample of rows, and counts over all of them.

Pure (no Qt): the Batch page runs it in a child process (``procjob``), so parsing a million
rows never competes with the window for Python's GIL. Only ``first_rows`` rows and up to
``max_problems`` rows with a problem are handed on, whatever the file's size.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from .conversion import Channel
from .history import read_only_accepted_ids
from .intake import (
    AcceptedLookup,
    FileInfo,
    IntakeError,
    IntakeOptions,
    RowResult,
    Verdict,
    read_rows,
    sniff,
)
from .intake.workbook import SheetChoiceNeeded


class PreviewRow(NamedTuple):
    """One row as shown: text only, so a sample of 25,000 rows costs little."""

    line: int
    verdict: Verdict
    channel: str
    message_id: str
    delivered: str
    timestamp: str
    reason: str

    @property
    def problem(self) -> bool:
        return self.verdict in PROBLEM_VERDICTS


# Rows that will not be sent; blank rows are skipped silently and are no problem.
PROBLEM_VERDICTS = frozenset({Verdict.REJECTED, Verdict.DUPLICATE, Verdict.ALREADY_ACCEPTED})

def preview_row(result: RowResult, info: FileInfo, file_channel: str) -> PreviewRow:
    """What the person should see of ``result``; for a rejected row, the cells as written."""
    conv = result.conversion
    if conv is not None:
        return PreviewRow(
            result.line, result.verdict, conv.channel.value, conv.message_id,
            "true" if conv.delivered else "false", conv.timestamp, result.reason,
        )
    raw = result.raw

    def cell(field: str) -> str:
        index = info.columns.get(field)
        return raw[index].strip() if index is not None and index < len(raw) else ""

    channel = cell("channel") or file_channel
    return PreviewRow(
        result.line, result.verdict, channel, cell("message-id"), cell("delivered"),
        cell("timestamp"), result.reason,
    )


FIRST_ROWS = 5_000      # every row up to here is kept, whatever its verdict
MAX_PROBLEMS = 20_000   # rows with a problem kept after those
CHUNK_ROWS = 500        # rows per hand-over to the GUI thread
CHUNK_INTERVAL = 0.1    # seconds: a chunk goes at least this often while rows come in


@dataclass(frozen=True)
class PreviewResult:
    """The whole file's counts, and what the preview could not hold."""

    info: FileInfo | None
    options: IntakeOptions   # as read: the channel chosen for the file filled in
    counts: dict[Verdict, int]
    error: str | None = None  # the file as a whole cannot be used (IntakeError)
    cancelled: bool = False
    problems_left_out: int = 0  # rows with a problem past MAX_PROBLEMS
    sheets: tuple[str, ...] = ()  # a workbook whose sheet must be chosen: its sheets

    @property
    def total(self) -> int:
        return sum(self.counts.values())


ChunkCallback = Callable[[list[PreviewRow], dict[Verdict, int], float], None]


def read_preview(
    path: str,
    options: IntakeOptions,
    *,
    auto_channel: bool = False,
    accepted_ids: AcceptedLookup | None = None,
    cancel: threading.Event | None = None,
    on_info: Callable[[FileInfo, IntakeOptions], None] | None = None,
    on_chunk: ChunkCallback | None = None,
    first_rows: int = FIRST_ROWS,
    max_problems: int = MAX_PROBLEMS,
) -> PreviewResult:
    """Sniff and judge the whole file on a worker; a bounded sample goes to ``on_chunk``.

    Memory stays flat whatever the file's size: only ``first_rows`` rows and ``max_problems``
    rows with a problem are ever handed on, while the counts cover every row. With
    ``auto_channel`` the file's channel is "from the channel column" when it has one, else
    SMS (what the window shows pre-selected, and can be changed).
    """
    counts = dict.fromkeys(Verdict, 0)
    try:
        info = sniff(path, options)
    except IntakeError as exc:
        sheets = exc.sheets if isinstance(exc, SheetChoiceNeeded) else ()
        return PreviewResult(None, options, counts, error=exc.message, sheets=sheets)
    if auto_channel:
        has_column = "channel" in info.columns
        options = replace(options, channel=None if has_column else Channel.SMS)
    if on_info is not None:
        on_info(info, options)
    fraction = 0.0

    def progress(done: int, size: int) -> None:
        nonlocal fraction
        fraction = done / size if size else 1.0

    try:
        rows = read_rows(path, options, info, accepted_ids, progress, cancel)
    except IntakeError as exc:
        return PreviewResult(info, options, counts, error=exc.message)
    file_channel = options.channel.value if options.channel else ""
    chunk: list[PreviewRow] = []
    # Verdicts are compared by identity and valid rows counted apart: hashing an enum member
    # is a Python-level call, too slow to do a million times over in the hot loop.
    valid_verdict, rejected_verdict = Verdict.VALID, Verdict.REJECTED
    blank_verdict, duplicate_verdict = Verdict.BLANK, Verdict.DUPLICATE
    valid = rejected = blank = duplicate = already = 0
    kept_problems = 0
    left_out = 0
    n = 0
    last = time.monotonic()

    def current_counts() -> dict[Verdict, int]:
        return {valid_verdict: valid, rejected_verdict: rejected, blank_verdict: blank,
                duplicate_verdict: duplicate, Verdict.ALREADY_ACCEPTED: already}

    def hand_over() -> None:
        nonlocal chunk, last
        last = time.monotonic()
        if on_chunk is not None:
            on_chunk(chunk, current_counts(), fraction)
        chunk = []

    try:
        for result in rows:
            n += 1
            verdict = result.verdict
            if verdict is valid_verdict:
                valid += 1
                if n <= first_rows:
                    chunk.append(preview_row(result, info, file_channel))
            else:
                if verdict is rejected_verdict:
                    rejected += 1
                elif verdict is blank_verdict:
                    blank += 1
                elif verdict is duplicate_verdict:
                    duplicate += 1
                else:
                    already += 1
                if n <= first_rows:
                    chunk.append(preview_row(result, info, file_channel))
                elif verdict in PROBLEM_VERDICTS:
                    if kept_problems < max_problems:
                        kept_problems += 1
                        chunk.append(preview_row(result, info, file_channel))
                    else:
                        left_out += 1
            if not n & 1023:
                if cancel is not None and cancel.is_set():
                    break
                if len(chunk) >= CHUNK_ROWS or time.monotonic() - last >= CHUNK_INTERVAL:
                    hand_over()
            elif len(chunk) >= CHUNK_ROWS:
                hand_over()
    except IntakeError as exc:
        hand_over()
        return PreviewResult(info, options, current_counts(), error=exc.message,
                             problems_left_out=left_out)
    cancelled = cancel is not None and cancel.is_set()
    if not cancelled:
        fraction = 1.0
    hand_over()
    return PreviewResult(info, options, current_counts(), cancelled=cancelled,
                         problems_left_out=left_out)


def preview_in_child(
    send: Callable[[object], None],
    path: str,
    options: IntakeOptions,
    auto_channel: bool,
    history_file: str | None,
    first_rows: int = FIRST_ROWS,
    max_problems: int = MAX_PROBLEMS,
) -> PreviewResult:
    """``read_preview`` as a ``procjob`` target: ("info", info, options) and ("chunk", rows,
    counts, fraction) messages, then the result. The history is only read, never written."""
    accepted = read_only_accepted_ids(history_file) if history_file else None
    return read_preview(
        path, options, auto_channel=auto_channel, accepted_ids=accepted,
        on_info=lambda info, used: send(("info", info, used)),
        on_chunk=lambda rows, counts, done: send(("chunk", rows, counts, done)),
        first_rows=first_rows, max_problems=max_problems,
    )
