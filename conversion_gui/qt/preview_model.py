"""The Batch page's preview: what each row of a campaign file will become, and why not.

A million-row file is never held here: the page keeps a bounded sample (the first rows and
the rows with a problem) while the counts cover the whole file. Rows arrive in chunks from
the reading worker (``append``), so the first ones show while the rest is still being read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

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
from .formats import number
from .i18n import QT_TRANSLATE_NOOP

__all__ = [
    "ACCEPTED", "CHUNK_INTERVAL", "CHUNK_ROWS", "COLUMNS", "FIRST_ROWS", "MAX_PROBLEMS",
    "PROBLEM_VERDICTS", "PreviewModel", "PreviewResult", "PreviewRow", "RowOutcome",
    "preview_row", "read_preview", "short_reason",
]


class RowOutcome(NamedTuple):
    """What a sent row came to, shown in place of "valid" once a batch has ended."""

    word: str     # accepted, refused, failed, not sent
    reason: str   # the API's meaning, with its code and the attempts made


ACCEPTED = RowOutcome("accepted", "")


# English, marked for lupdate; headerData translates them (context "PreviewModel").
COLUMNS = (QT_TRANSLATE_NOOP("PreviewModel", "Line"), QT_TRANSLATE_NOOP("PreviewModel", "Verdict"),
           QT_TRANSLATE_NOOP("PreviewModel", "Channel"),
           QT_TRANSLATE_NOOP("PreviewModel", "Message ID"),
           QT_TRANSLATE_NOOP("PreviewModel", "Delivered"),
           QT_TRANSLATE_NOOP("PreviewModel", "Timestamp (UTC)"),
           QT_TRANSLATE_NOOP("PreviewModel", "Reason"))
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
_OUTCOME_COLOURS = {"accepted": _VERDICT_COLOURS[Verdict.VALID],
                    "refused": _VERDICT_COLOURS[Verdict.REJECTED],
                    "failed": _VERDICT_COLOURS[Verdict.REJECTED],
                    "not sent": _VERDICT_COLOURS[Verdict.BLANK]}
_BRUSHES: dict[str, tuple[QBrush, QBrush]] = {
    str(v): (QBrush(QColor(bg)), QBrush(QColor(fg)))
    for v, (bg, fg) in (*_VERDICT_COLOURS.items(), *_OUTCOME_COLOURS.items())
}


class PreviewModel(QAbstractTableModel):
    """Read-only rows of the preview; ``problems_only`` hides the rows that will be sent."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._problems: list[int] = []  # indexes into _rows
        self._problems_only = False
        self._results: Mapping[int, RowOutcome] | None = None  # line -> not accepted

    # -- filling ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._problems = []
        self._results = None
        self.endResetModel()

    def append(self, rows: Sequence[PreviewRow]) -> None:
        """A chunk from the reading worker, in file order."""
        if not rows:
            return
        start = len(self._rows)
        new_problems = [start + i for i, r in enumerate(rows) if self._is_problem(r)]
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

    def set_results(self, not_accepted: Mapping[int, RowOutcome]) -> None:
        """A batch has ended: each valid row shows what it came to (by file line); a valid
        row not in ``not_accepted`` was accepted. "Problems only" then shows the rest."""
        self.beginResetModel()
        self._results = not_accepted
        self._problems = [i for i, r in enumerate(self._rows) if self._is_problem(r)]
        self.endResetModel()

    def outcome(self, row: PreviewRow) -> RowOutcome | None:
        """What ``row`` came to in the last batch; None before a batch or for a row not sent."""
        if self._results is None or row.verdict is not Verdict.VALID:
            return None
        return self._results.get(row.line, ACCEPTED)

    def _is_problem(self, row: PreviewRow) -> bool:
        outcome = self.outcome(row)
        return row.problem if outcome is None else outcome.word != ACCEPTED.word

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
            return self.tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
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
        outcome = self.outcome(row)
        verdict = row.verdict.value if outcome is None else outcome.word
        reason = row.reason if outcome is None else outcome.reason
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LINE:
                return number(row.line)
            if column == VERDICT:
                return verdict
            if column == REASON:
                return short_reason(reason, row.line)
            return (None, None, row.channel, row.message_id, row.delivered, row.timestamp,
                    None)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (REASON, MESSAGE_ID) and reason:
            return reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == VERDICT:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _BRUSHES[verdict][0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return _BRUSHES[verdict][1]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


def short_reason(reason: str, line: int) -> str:
    """A reason without the line the Line column already shows, the problem before the column.

    "line 12, column 'x': 'abc' is a duplicate" reads "'abc' is a duplicate (column 'x')".
    """
    prefix = f"line {line}, "
    if reason.startswith(prefix):
        reason = reason[len(prefix):]
    parts = []
    for part in reason.split("; "):
        if part.startswith("column '") and "': " in part:
            column, _, problem = part.partition(": ")
            part = f"{problem} ({column})"
        parts.append(part)
    return "; ".join(parts)
