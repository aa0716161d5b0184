"""The Send page's "when" editor: a wall-clock time in the user's zone, its UTC value beside
it, a Now button and a line under it for a clock change or a timestamp problem.

The words come from ``core.zones``; this module only shows them.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.zones import clock_change_note, utc_text, zone_name
from . import a11y

EDIT_FORMAT = "yyyy-MM-dd HH:mm:ss"
RED = "#c5221f"


class WhenEdit(QDateTimeEdit):
    """Tab leaves the field instead of walking its six sections (arrows still move within)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def _qt(wall: datetime) -> QDateTime:
    return QDateTime(QDate(wall.year, wall.month, wall.day),
                     QTime(wall.hour, wall.minute, wall.second),
                     QTimeZone(QTimeZone.Initialization.UTC))


class WhenEditor(QWidget):
    """"Now" until someone edits the time; then the time they chose, read in ``zone``."""

    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._touched = False
        self._resetting = False
        self.label = QLabel(self.tr("Wh&en:"))
        self.field = WhenEdit()
        # A UTC QDateTime is only a container for the wall time in zone: Qt then never
        # shifts a time that the machine's own zone would skip at a clock change.
        self.field.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.field.setDisplayFormat(EDIT_FORMAT)
        self.field.setCalendarPopup(True)
        self.field.setMinimumDateTime(_qt(datetime(2000, 1, 1)))
        self.field.setMaximumDateTime(_qt(datetime(9998, 12, 31, 23, 59, 59)))
        a11y.buddy(self.label, self.field)
        self.field.setAccessibleDescription(
            self.tr("your time, {zone}").format(zone=zone_name(zone)))
        zone_hint = QLabel(self.tr("your time ({zone})").format(zone=zone_name(zone)))
        self._utc_label = QLabel()
        self._utc_label.setObjectName("utc_label")
        self._utc_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now_button = QPushButton(self.tr("N&ow"))
        a11y.name_button(self.now_button)
        self.now_button.setToolTip(self.tr("Set the time to now"))
        self.now_button.clicked.connect(self.reset_to_now)
        self._note = QLabel()
        self._note.setObjectName("when_error")
        self._note.setWordWrap(True)
        self._note.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        self._note.setStyleSheet(f"color: {RED};")
        self._note.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        row.addWidget(zone_hint)
        row.addWidget(self._utc_label)
        row.addStretch(1)
        row.addWidget(self.now_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self._note)
        self.field.dateTimeChanged.connect(self._on_changed)

    @property
    def follows_clock(self) -> bool:
        """True until the person edits the time: a send then means "now"."""
        return not self._touched

    def wall_time(self) -> datetime:
        """The time shown, naive, as a wall-clock time in the zone."""
        value = self.field.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())

    def set_time(self, moment: datetime) -> None:
        """Show ``moment``: an aware time is converted to the zone, a naive one taken as is."""
        if moment.tzinfo is not None:
            moment = moment.astimezone(self._zone).replace(tzinfo=None)
        self.field.setDateTime(_qt(moment))

    def reset_to_now(self) -> None:
        """Now, in the zone; the time then follows the clock until someone edits it."""
        self._resetting = True
        try:
            self.set_time(datetime.now(self._zone))
        finally:
            self._resetting = False
        self._touched = False
        self._refresh()

    def show_error(self, message: str) -> None:
        """A problem with the time (or "" to clear it), in the line under the field."""
        self._note.setText(f"⚠ {message}" if message else "")
        self._note.setVisible(bool(message))

    def _on_changed(self) -> None:
        if not self._resetting:
            self._touched = True
        self._refresh()

    def _refresh(self) -> None:
        wall = self.wall_time()
        self._utc_label.setText(utc_text(wall, self._zone))
        self.show_error(clock_change_note(wall, self._zone))


__all__ = ["EDIT_FORMAT", "WhenEdit", "WhenEditor"]
