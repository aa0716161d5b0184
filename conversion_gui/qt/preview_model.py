"""The Batch page's preview: what each row of a campaign file will become, and why not.

A million-row file is never held here: the page keeps a bounded sample (the first rows and
the rows with a problem) while the counts cover the whole file. Rows arrive in chunks from
the reading worker (``append``), so the first ones show while the rest is still being read.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..core.conversion import Channel
from ..core.csvin import FileInfo, IntakeError, IntakeOptions, RowResult, Verdict, read_rows, sniff


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

COLUMNS = ("Line", "Verdict", "Channel", "Message ID", "Delivered", "Timestamp (UTC)", "Reason")
LINE, VERDICT, CHANNEL, MESSAGE_ID, DELIVERED, TIMESTAMP, REASON = range(len(COLUMNS))

# Background and text colour of the verdict cell. The word is always there too: colour is
# never the only sign (colour-blind users, screen readers).
_VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.VALID: ("#dff3e4", "#0b5a24"),
    Verdict.REJECTED: ("#fbe0e0", "#8a1111"),
    Verdict.BLANK: ("#eeeeee", "#444444"),
    Verdict.DUPLICATE: ("#fff1cc", "#6b4d00"),
    Verdict.ALREADY_ACCEPTED: ("#e3ecfa", "#1d3f75"),
}
_BRUSHES = {
    v: (QBrush(QColor(bg)), QBrush(QColor(fg))) for v, (bg, fg) in _VERDICT_COLOURS.items()
}


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


class PreviewModel(QAbstractTableModel):
    """Read-only rows of the preview; ``problems_only`` hides the rows that will be sent."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._problems: list[int] = []  # indexes into _rows
        self._problems_only = False

    # -- filling ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._problems = []
        self.endResetModel()

    def append(self, rows: Sequence[PreviewRow]) -> None:
        """A chunk from the reading worker, in file order."""
        if not rows:
            return
        start = len(self._rows)
        new_problems = [start + i for i, r in enumerate(rows) if r.problem]
        shown = len(new_problems) if self._problems_only else len(rows)
        first = self.rowCount()
        if shown:
            self.beginInsertRows(QModelIndex(), first, first + shown - 1)
        self._rows.extend(rows)
        self._problems.extend(new_problems)
        if shown:
            self.endInsertRows()

    @property
    def problems_only(self) -> bool:
        return self._problems_only

    def set_problems_only(self, on: bool) -> None:
        if on == self._problems_only:
            return
        self.beginResetModel()
        self._problems_only = on
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[self._problems[row]] if self._problems_only else self._rows[row]

    @property
    def held(self) -> int:
        """Rows held, shown or not."""
        return len(self._rows)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._problems) if self._problems_only else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        if not 0 <= column < len(COLUMNS):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LINE:
                return f"{row.line:,}"
            if column == VERDICT:
                return row.verdict.value
            return (None, None, row.channel, row.message_id, row.delivered, row.timestamp,
                    row.reason)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (REASON, MESSAGE_ID) and row.reason:
            return row.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == VERDICT:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _BRUSHES[row.verdict][0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return _BRUSHES[row.verdict][1]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


# ------------------------------------------------------------------------------ the reading


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

    @property
    def total(self) -> int:
        return sum(self.counts.values())


ChunkCallback = Callable[[list[PreviewRow], dict[Verdict, int], float], None]


def read_preview(
    path: str,
    options: IntakeOptions,
    *,
    auto_channel: bool = False,
    accepted_ids: Callable[[str, str], bool] | None = None,
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
        return PreviewResult(None, options, counts, error=exc.message)
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
