"""The Send page's inline "are you sure?": a time far from now, or an id already accepted.

The history is asked on the task pool (``risks``), never on the GUI thread; the bar only shows
the answer and offers "Send anyway". Any edit of the form takes the question back.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from ..core.context import AppContext
from ..core.conversion import Conversion
from ..core.history import HistoryError
from .buttons import button
from .send_words import accepted_warning, time_warning


def risks(context: AppContext, conversion: Conversion, id_label: str,
          wall: datetime, now: datetime) -> list[str]:
    """On a worker: what looks risky about sending ``conversion`` (nothing: an empty list)."""
    found = []
    when = time_warning(wall, now)
    if when:
        found.append(when)
    try:
        accepted = context.history.is_accepted(conversion.channel.value, conversion.message_id)
    except HistoryError:
        accepted = False  # the send itself will say what is wrong with the history
    if accepted:
        found.append(accepted_warning(id_label, conversion.message_id))
    return found


class RiskBar(QFrame):
    """A yellow line with the risks and Send anyway; Esc or any edit hides it."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("riskBar")
        self.setStyleSheet("#riskBar { background: #fff4ce; border: 1px solid #e0c060; }"
                           "#riskBar QLabel { color: #4a3b00; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Check before sending"))
        self.send_anyway = button(self.tr("Send &anyway"), self.confirmed.emit)
        self.send_anyway.setAutoDefault(True)  # Return on it sends, as Space does
        row.addWidget(self.label, 1)
        row.addWidget(self.send_anyway)
        self.hide()

    def ask(self, found: list[str]) -> None:
        self.label.setText("⚠ " + " ".join(found) + self.tr(" Send it anyway?"))
        self.show()
        self.send_anyway.setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        self.hide()
