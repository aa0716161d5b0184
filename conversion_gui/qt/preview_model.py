"""The Batch page's preview: what each row of a campaign file will become, and why not.

A million-row file is never held here: the page keeps a bounded sample (the first rows and
the rows with a problem) while the counts cover the whole file. Rows arrive in chunks from
the reading worker (``append``), so the first ones show while the rest is still being read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..core.intake import Verdict
from ..core.preview import (
    CHUNK_INTERVAL,
    CHUNK_ROWS,
    FIRST_ROWS,
    MAX_PROBLEMS,
    PROBLEM_VERDICTS,
    PreviewResult,
    PreviewRow,
    preview_row,
    read_preview,
)

__all__ = [
    "CHUNK_INTERVAL", "CHUNK_ROWS", "COLUMNS", "FIRST_ROWS", "MAX_PROBLEMS", "PROBLEM_VERDICTS",
    "PreviewModel", "PreviewResult", "PreviewRow", "preview_row", "read_preview",
]


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


