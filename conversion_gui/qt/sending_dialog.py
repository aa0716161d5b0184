"""Settings > Sending: the rate, the requests in flight and the time zone for files."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.conversion import ConversionError, resolve_timezone
from . import a11y
from .buttons import ok_cancel
from .preferences import TIME_ZONES, Preferences


class SendingDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sending"))
        self._result = preferences
        form = QFormLayout()

        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 1000)
        self.rate.setDecimals(1)
        self.rate.setSuffix(self.tr(" per second"))
        self.rate.setSpecialValueText(self.tr("no limit"))
        self.rate.setValue(preferences.rate)
        rate_label = QLabel(self.tr("&Rate:"))
        a11y.buddy(rate_label, self.rate)
        form.addRow(rate_label, self.rate)

        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 64)
        self.concurrency.setValue(preferences.concurrency)
        conc_label = QLabel(self.tr("Requests in &flight:"))
        a11y.buddy(conc_label, self.concurrency)
        form.addRow(conc_label, self.concurrency)

        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(TIME_ZONES)
        self.timezone.setCurrentText(preferences.timezone)
        tz_label = QLabel(self.tr("&Time zone of files:"))
        a11y.buddy(tz_label, self.timezone)
        form.addRow(tz_label, self.timezone)

        hint = QLabel(self.tr("Vonage allows 30 requests per second per API key by default. "
                      "Timestamps in a file without an offset are read in the time zone."))
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()

        buttons = ok_cancel(self, self._accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        zone = self.timezone.currentText().strip() or "UTC"
        try:
            resolve_timezone(zone)
        except ConversionError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.timezone.setFocus()
            return
        self._result = Preferences(self.rate.value(), self.concurrency.value(), zone)
        self.accept()

    def preferences(self) -> Preferences:
        return self._result
