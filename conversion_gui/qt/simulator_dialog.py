"""Settings > Sandbox simulator: the built-in simulator's latency and faults (as its options).

The choice is applied to the running in-process simulator at once (from its next request) and
kept in gui.ini, so the next sandbox session misbehaves the same way until it is set back.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..simulator import Faults
from . import a11y
from .buttons import ok_cancel
from .i18n import QT_TRANSLATE_NOOP

KEYS = ("latency_ms", "error_rate", "throttle_rate", "reset_rate", "hang_rate")
_RATES = (  # English, marked for lupdate and translated where shown
    ("error_rate", QT_TRANSLATE_NOOP("SimulatorDialog", "&Server errors (500, 503):")),
    ("throttle_rate", QT_TRANSLATE_NOOP("SimulatorDialog", "&Throttled (429):")),
    ("reset_rate", QT_TRANSLATE_NOOP("SimulatorDialog", "Connection &resets:")),
    ("hang_rate", QT_TRANSLATE_NOOP("SimulatorDialog", "&No answer (hangs):")),
)


def load_faults(settings: QSettings) -> Faults:
    """The faults last chosen; none when nothing (or nothing usable) was saved."""
    values: dict[str, float] = {}
    for key in KEYS:
        raw = settings.value(f"sandbox/{key}")
        if raw is None:
            continue
        try:
            values[key] = float(raw)
        except (TypeError, ValueError):
            return Faults()
    try:
        return Faults(**values)  # type: ignore[arg-type]
    except ValueError:
        return Faults()


def save_faults(settings: QSettings, faults: Faults) -> None:
    for key in KEYS:
        settings.setValue(f"sandbox/{key}", getattr(faults, key))


class SimulatorDialog(QDialog):
    """Latency in milliseconds and each fault as a share of requests, in per cent."""

    def __init__(self, faults: Faults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sandbox simulator"))
        self._faults = faults
        form = QFormLayout()
        self.latency = QSpinBox()
        self.latency.setRange(0, 30_000)
        self.latency.setSingleStep(50)
        self.latency.setSuffix(self.tr(" ms"))
        self.latency.setValue(round(faults.latency_ms))
        self._row(form, self.tr("&Latency of every answer:"), self.latency)
        self.rates: dict[str, QDoubleSpinBox] = {}
        for key, text in _RATES:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(self.tr(" % of requests"))
            spin.setValue(getattr(faults, key) * 100)
            self._row(form, self.tr(text), spin)
            self.rates[key] = spin
        hint = QLabel(self.tr("Only the built-in simulator misbehaves; nothing leaves this "
                              "machine. "
                      "The command line has the same choices: conversion-gui simulator "
                      "--latency-ms MS and the fault options."))
        hint.setWordWrap(True)
        buttons = ok_cancel(self, self.accept, QDialogButtonBox.StandardButton.RestoreDefaults)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self._restore)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        a11y.buddy(label, field)
        form.addRow(label, field)

    def _restore(self) -> None:
        self.latency.setValue(0)
        for spin in self.rates.values():
            spin.setValue(0)

    def faults(self) -> Faults:
        """What the dialog shows, over the faults it was opened with (seed, hang time…)."""
        values = {key: spin.value() / 100 for key, spin in self.rates.items()}
        f = self._faults
        return Faults(latency_ms=float(self.latency.value()), retry_after=f.retry_after,
                      retry_after_date=f.retry_after_date, hang_seconds=f.hang_seconds,
                      rate_limit=f.rate_limit, seed=f.seed, **values)
