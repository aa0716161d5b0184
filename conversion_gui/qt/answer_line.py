"""The Send page's answer line: an icon, the answer in its colour, and the time it came."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget

from ..core.outcome import Outcome
from ..core.statuses import Action
from .when_editor import RED  # one red for every error line on the page

# Colours readable on light and dark backgrounds; never the only cue (icon and words go along).
GREEN = "#1e8e3e"
AMBER = "#b36b00"


def look(outcome: Outcome) -> tuple[str, QStyle.StandardPixmap]:
    """The colour and icon of an answer: green and a tick when done, else red and a cross."""
    if outcome.action is Action.DONE:
        return GREEN, QStyle.StandardPixmap.SP_DialogApplyButton
    return RED, QStyle.StandardPixmap.SP_MessageBoxCritical


class AnswerLine(QWidget):
    """Icon, status and meaning (bold, selectable, plain text), and the time on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel()
        self._icon.setObjectName("answer_icon")
        self._answer = QLabel()
        self._answer.setObjectName("answer")
        self._answer.setWordWrap(True)
        self._answer.setTextFormat(Qt.TextFormat.PlainText)  # answers are data, never markup
        bold = self._answer.font()
        bold.setBold(True)
        self._answer.setFont(bold)
        self._answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._answer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._time = QLabel()
        self._time.setObjectName("answer_time")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._icon)
        row.addWidget(self._answer, 1)
        row.addWidget(self._time)

    def say(self, text: str, colour: str, icon: QStyle.StandardPixmap | None) -> None:
        self._answer.setText(text)
        self._answer.setStyleSheet(f"color: {colour};" if colour else "")
        if icon is None:
            self._icon.clear()
        else:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))

    def set_details(self, details: str) -> None:
        """The technical details, as the answer's tooltip."""
        self._answer.setToolTip(details)

    def set_time(self, clock: str) -> None:
        self._time.setText(clock)
