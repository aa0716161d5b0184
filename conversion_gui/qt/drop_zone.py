"""What the Batch page shows before a file: one large target to drop a file on, or Open…."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from . import a11y


def local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[str]:
    """The local files a drag carries; a web address or plain text carries none."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]


class DropZone(QFrame):
    """The drop itself is taken by the page (anywhere on it); this frame says where and how."""

    open_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dropZone")
        self.setStyleSheet("#dropZone { border: 2px dashed palette(mid); border-radius: 8px; }")
        column = QVBoxLayout(self)
        column.addStretch(1)
        text = QLabel(self.tr(
            "Drop a CSV file or a workbook here, Open… (Ctrl+O), or paste cells (Ctrl+V)"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        text.setFont(font)
        column.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open…"))
        a11y.name_button(self.open_button)
        self.open_button.clicked.connect(lambda _checked=False: self.open_requested.emit())
        row.addWidget(self.open_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
