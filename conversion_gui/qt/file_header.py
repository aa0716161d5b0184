"""The top of the Batch page once a file is open: which file, how it is read, how far."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ..core.intake import FileInfo, IntakeOptions
from .batch_text import file_details
from .batch_text import rows as rows_text
from .buttons import button
from .preview_model import PreviewResult


class FileHeader(QWidget):
    """The file line with Open another file…, and a reading bar with Stop reading under it."""

    open_requested = Signal()
    stop_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.source_name: str | None = None  # "Pasted cells · 42 rows": no file name to show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setAccessibleName(self.tr("File"))
        self.open_another = button(self.tr("Open &another file…"), self.open_requested.emit)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.open_another)
        layout.addLayout(top)

        reading = QHBoxLayout()
        self.read_bar = QProgressBar()
        self.read_bar.setRange(0, 1000)
        self.read_bar.setFormat(self.tr("Reading… %p%"))
        self.read_bar.setAccessibleName(self.tr("Reading the file"))
        self.stop_reading = button(self.tr("Stop readin&g"), self._stop_clicked)
        reading.addWidget(self.read_bar, 1)
        reading.addWidget(self.stop_reading)
        self.reading_row = QWidget()
        self.reading_row.setLayout(reading)
        reading.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reading_row)

    def reading(self, path: str) -> None:
        """A read of ``path`` has begun."""
        self.read_bar.setValue(0)
        self.file_label.setText(self.tr("{name} · reading…").format(
            name=self.source_name or Path(path).name))

    def found(self, info: FileInfo, used: IntakeOptions) -> None:
        """The read has worked out how the file is written."""
        self.file_label.setText(self.tr("{name} · reading… · {details}").format(
            name=self.source_name or info.path.name,
            details=file_details(info, used.date_order)))

    def read_so_far(self, fraction: float) -> None:
        self.read_bar.setValue(int(fraction * 1000))

    def read(self, path: str, result: PreviewResult) -> None:
        """The read has ended: its rows, unless the file as a whole could not be used."""
        name = self.source_name or Path(path).name
        if result.info is None:
            self.file_label.setText(name)
            return
        rows = "" if result.error or self.source_name else f"{rows_text(result.total)} · "
        details = file_details(result.info, result.options.date_order)
        self.file_label.setText(f"{name} · {rows}{details}")

    def update_controls(self, *, reading: bool, can_stop: bool, busy: bool) -> None:
        self.reading_row.setVisible(reading)
        self.stop_reading.setEnabled(can_stop)
        self.open_another.setEnabled(not busy)

    def _stop_clicked(self) -> None:
        self.stop_requested.emit()
        self.stop_reading.setEnabled(False)
