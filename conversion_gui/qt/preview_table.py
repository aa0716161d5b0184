"""The Batch page's preview: the counts over the whole file, and a table of the rows held."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.intake import Verdict
from . import a11y
from .batch_text import counts_text, shown_text
from .formats import number
from .preview_model import PreviewModel, PreviewResult, PreviewRow


class PreviewTable(QWidget):
    """Rows arrive in chunks while the file is read; the counts follow every chunk."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        summary = QHBoxLayout()
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Counts"))
        self.shown_label = QLabel()
        self.shown_label.setAccessibleName(self.tr("Rows shown"))
        self.shown_label.setWordWrap(True)
        self.model = PreviewModel(self)
        self.problems_only = QCheckBox(self.tr("Problems onl&y"))
        a11y.name_button(self.problems_only)
        self.problems_only.toggled.connect(self.model.set_problems_only)
        summary.setSpacing(self.fontMetrics().horizontalAdvance("M") * 2)
        summary.addWidget(self.counts_label)
        summary.addWidget(self.shown_label, 1)
        summary.addWidget(self.problems_only)
        layout.addLayout(summary)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Preview"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # Tab leaves the table for the next control; the arrow keys move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fitting the columns looks at this many rows: 1,000 (the default) costs ~170 ms.
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        # Until rows arrive (and for a file that cannot be read) the columns fit their titles,
        # in any language, rather than a fixed 100 px.
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        # The whole reason of the current row: the column cuts long ones off.
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Row details"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # cells are data, never markup
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.modelReset.connect(self._show_details)

    def _show_details(self, *_args: object) -> None:
        index = self.table.currentIndex()
        text = ""
        if index.isValid():
            row = self.model.row_at(index.row())
            outcome = self.model.outcome(row)
            reason = row.reason if outcome is None else outcome.reason
            word = row.verdict.value if outcome is None else outcome.word
            reason = reason.removeprefix(f"line {row.line}, ")  # the line is said first
            text = self.tr("Line {line}: {verdict}").format(line=number(row.line), verdict=word)
            text += f": {reason}" if reason else ""  # the reasons are the core's (English)
        self.details.setText(text)

    def fit_columns(self) -> None:
        """Columns to their contents, the last one taking what is left of the width."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)

    def clear(self) -> None:
        self.model.clear()
        self.counts_label.setText("")
        self.shown_label.setText("")

    def add_chunk(self, rows: list[PreviewRow], counts: dict[Verdict, int]) -> None:
        """The columns are fitted once, to the first rows."""
        first = self.model.held == 0
        self.model.append(rows)
        if first and rows:
            self.fit_columns()
        self.counts_label.setText(counts_text(counts))

    def show_result(self, result: PreviewResult) -> None:
        """The final counts; none for a file that could not be read."""
        if result.error:
            self.counts_label.setText("")
            self.shown_label.setText("")
        else:
            self.counts_label.setText(counts_text(result.counts))
            self.shown_label.setText(shown_text(result))
