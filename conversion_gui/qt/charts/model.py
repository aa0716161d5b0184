"""The table behind every chart: categories down, series across, as a Qt model.

A chart draws this table and exports it as CSV; a screen reader or a test can read it as a
model too. What the chart says in words (its accessible description) travels with the data,
so the picture and the sentence always describe the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..formats import decimal

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Series:
    """One thing counted: ``key`` picks its colour and pattern, ``name`` is shown."""

    key: str
    name: str


def _number(value: float) -> str:
    """For the window, in its locale (the CSV export writes its own, locale-free)."""
    return decimal(value, 0) if float(value).is_integer() else decimal(value, 1)


class ChartModel(QAbstractTableModel):
    """Rows are categories (days, batches, outcomes); columns the category, then each series.

    Optional extras, each one more column: ``line`` (drawn as a dashed line over the bars,
    e.g. the rate limit) and ``marks`` (counts shown as markers above a bar, e.g. retries, 429s).
    """

    described = Signal(str)  # the description changed

    def __init__(self, category_header: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category_header = category_header
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.values: list[list[float]] = []  # [row][series]
        self.line: Series | None = None
        self.line_values: list[float] = []
        self.marks: list[Series] = []
        self.mark_values: list[list[int]] = []  # [mark][row]
        self.row_keys: list[str] = []  # one series, each bar its own look (a bar per outcome)
        self.description = self.tr("No data yet.")

    # ---- filling
    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        values: Sequence[Sequence[float]],
        description: str,
        *,
        line: tuple[Series, Sequence[float]] | None = None,
        marks: Sequence[tuple[Series, Sequence[int]]] = (),
        row_keys: Sequence[str] = (),
    ) -> None:
        """Replace everything at once (a chart repaints once, not per cell)."""
        if len(values) != len(categories) or any(len(v) != len(series) for v in values):
            raise ValueError("a chart needs one value per category and series")
        self.beginResetModel()
        self.categories = list(categories)
        self.series = list(series)
        self.values = [list(map(float, v)) for v in values]
        self.line, self.line_values = (line[0], list(map(float, line[1]))) if line else (None, [])
        self.marks = [series for series, _ in marks]
        self.mark_values = [list(map(int, counts)) for _, counts in marks]
        self.row_keys = list(row_keys)
        self.endResetModel()
        self.set_description(description)

    def set_category_header(self, header: str) -> None:
        """What the first column is called (the CSV export's first header)."""
        self._category_header = header
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def set_description(self, text: str) -> None:
        if text != self.description:
            self.description = text
            self.described.emit(text)

    # ---- reading
    def total(self, row: int) -> float:
        return sum(self.values[row])

    def largest(self) -> float:
        """The tallest stack (or line value): the top of the scale."""
        tops = [sum(v) for v in self.values] + self.line_values
        return max(tops, default=0.0)

    def _extras(self) -> list[Series]:
        return [*([self.line] if self.line is not None else []), *self.marks]

    def header(self) -> list[str]:
        return [self._category_header, *(s.name for s in self.series),
                *(s.name for s in self._extras())]

    def table_rows(self) -> list[list[str]]:
        """The table as text cells, for the CSV export (numbers without thousands commas)."""
        rows = []
        for r, category in enumerate(self.categories):
            cells = [category, *(f"{v:g}" for v in self.values[r])]
            if self.line is not None:
                cells.append(f"{self.line_values[r]:g}")
            cells.extend(str(counts[r]) for counts in self.mark_values)
            rows.append(cells)
        return rows

    # ---- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.series) + len(self._extras())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.categories):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            return self.categories[row]
        col -= 1
        if col < len(self.series):
            return _number(self.values[row][col])
        col -= len(self.series)
        if self.line is not None:
            if col == 0:
                return _number(self.line_values[row])
            col -= 1
        return _number(self.mark_values[col][row])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            header = self.header()
            return header[section] if 0 <= section < len(header) else None
        return section + 1
