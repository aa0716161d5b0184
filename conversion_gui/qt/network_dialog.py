"""Settings › Network: automatic proxy (the default), none, or a manual one with its password.

The password goes to the keychain and is never shown again: the field is left empty, and
empty means "keep the stored one". Keychain reads and writes run on the task pool.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.client import DEFAULT_BASE_URL
from ..core.context import AppContext
from ..core.network import NetworkPlan, NetworkSettings, NetworkSettingsError, ProxyMode
from . import a11y
from .buttons import ok_cancel
from .i18n import QT_TRANSLATE_NOOP
from .tasks import TaskManager

log = logging.getLogger(__name__)

KEEP_PLACEHOLDER = QT_TRANSLATE_NOOP("NetworkDialog",
                                     "•••• stored in the keychain (leave empty to keep it)")


def _current(ctx: AppContext) -> tuple[NetworkSettings, bool, str]:
    """Saved settings, whether a password is stored, what automatic means here (a worker)."""
    settings = ctx.network_settings()
    stored = ctx.proxy_password() is not None
    auto = NetworkPlan.build(environ=ctx.environ).describe_proxy(DEFAULT_BASE_URL)
    return settings, stored, auto


class NetworkDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Network"))
        self._ctx = ctx
        self._tasks = tasks
        self._stored = False

        self.auto = QRadioButton(self.tr("&Automatic (the system's proxy settings, HTTPS_PROXY)"))
        self.none = QRadioButton(self.tr("&No proxy"))
        self.manual = QRadioButton(self.tr("&Manual proxy"))
        self._modes = QButtonGroup(self)
        for button, mode in ((self.auto, ProxyMode.AUTO), (self.none, ProxyMode.NONE),
                             (self.manual, ProxyMode.MANUAL)):
            a11y.name_button(button)
            self._modes.addButton(button)
            button.setProperty("mode", mode.value)
        self.auto.setChecked(True)
        self.auto_hint = QLabel(self.tr("Automatic: looking…"))
        self.auto_hint.setAccessibleName(self.tr("Automatic proxy"))
        self.auto_hint.setWordWrap(True)

        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("proxy.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(3128)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("only if the proxy asks for one"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.forget = QCheckBox(self.tr("&Forget the stored password"))
        a11y.name_button(self.forget)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Host:"), self.host), (self.tr("&Port:"), self.port),
            (self.tr("&User name:"), self.user), (self.tr("Pass&word:"), self.password))
        for text, field in fields:
            label = QLabel(text)
            a11y.buddy(label, field)
            form.addRow(label, field)
        form.addRow("", self.forget)
        self._manual_fields: list[QWidget] = [self.host, self.port, self.user, self.password,
                                              self.forget]

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = ok_cancel(self, self._accept)

        layout = QVBoxLayout(self)
        for widget in (self.auto, self.auto_hint, self.none, self.manual):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._modes.buttonToggled.connect(lambda *_: self._enable())
        self._enable()
        self.setEnabled(False)  # until the saved settings are read
        self._tasks.run_in_background(lambda: _current(ctx), self._loaded)

    def _loaded(self, future: Future[tuple[NetworkSettings, bool, str]]) -> None:
        if not shiboken6.isValid(self):
            return  # closed (and deleted) while the keychain was being read
        self.setEnabled(True)
        try:
            settings, stored, auto = future.result()
        except Exception as exc:  # the keychain may refuse: the dialog still works
            log.warning("network settings could not be read: %s", type(exc).__name__)
            settings, stored, auto = NetworkSettings(), False, self.tr("could not be read")
        self._stored = stored
        self.auto_hint.setText(self.tr("Automatic now means: {proxy}.").format(proxy=auto))
        {ProxyMode.AUTO: self.auto, ProxyMode.NONE: self.none,
         ProxyMode.MANUAL: self.manual}[settings.mode].setChecked(True)
        if settings.host:
            self.host.setText(settings.host)
            self.port.setValue(settings.port)
        self.user.setText(settings.user)
        self.password.setPlaceholderText(self.tr(KEEP_PLACEHOLDER) if stored else "")
        self.forget.setEnabled(stored)
        self._enable()

    def _enable(self) -> None:
        manual = self.manual.isChecked()
        for widget in self._manual_fields:
            widget.setEnabled(manual and (widget is not self.forget or self._stored))

    def mode(self) -> ProxyMode:
        checked = self._modes.checkedButton()
        return ProxyMode(str(checked.property("mode"))) if checked else ProxyMode.AUTO

    def _accept(self) -> None:
        mode = self.mode()
        try:
            if mode is ProxyMode.MANUAL:
                settings = NetworkSettings(mode, self.host.text(), self.port.value(),
                                           self.user.text())
            else:
                settings = NetworkSettings(mode)
        except NetworkSettingsError as exc:
            self.error.setText(str(exc).capitalize() + ".")
            self.error.show()
            return
        password = self.password.text() if mode is ProxyMode.MANUAL else ""
        forget = self.forget.isChecked() and mode is ProxyMode.MANUAL
        self.password.clear()  # the widget holds the secret no longer than it must
        self.buttons.setEnabled(False)
        ctx = self._ctx
        self._tasks.run_in_background(
            lambda: ctx.save_network(settings, password or None, forget), self._saved)

    def _saved(self, future: Future[None]) -> None:
        if not shiboken6.isValid(self):
            return
        self.buttons.setEnabled(True)
        try:
            future.result()
        except Exception as exc:
            log.warning("network settings could not be saved: %s", type(exc).__name__)
            self.error.setText(self.tr("Could not save the settings ({error}); see the "
                                       "log.").format(error=type(exc).__name__))
            self.error.show()
            return
        self.changed.emit()
        self.accept()
