"""The offer shown when a dropped file already has a batch with rows not sent yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from ..core.history import BatchInfo
from .batch_text import unfinished_text
from .buttons import button


class ResumeOffer(QFrame):
    """A yellow bar: Resume the old batch, or Start over with a new one (the page asks first)."""

    resume_requested = Signal()
    start_over_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("resumeOffer")
        self.setStyleSheet(
            "#resumeOffer { background: #fff4ce; border: 1px solid #e0c060; }"
            "#resumeOffer QLabel { color: #4a3b00; }"
        )
        row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Unfinished batch"))
        self.resume_button = button(self.tr("Resume &batch"), self.resume_requested.emit)
        self.start_over_button = button(self.tr("Start o&ver"), self.start_over_requested.emit)
        row.addWidget(self.label, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.start_over_button)
        self.hide()

    def offer(self, batch: BatchInfo) -> None:
        self.label.setText(unfinished_text(batch))
        self.show()

    @property
    def offering(self) -> bool:
        """The offer is up: Send waits for Resume or Start over."""
        return not self.isHidden()

    def set_busy(self, busy: bool) -> None:
        self.resume_button.setEnabled(not busy)
        self.start_over_button.setEnabled(not busy)
