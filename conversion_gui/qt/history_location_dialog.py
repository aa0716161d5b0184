"""Settings › History: this computer's history file, or a team's database (PostgreSQL).

The URL is saved without a password; the password goes to the keychain and is never shown
again (empty means "keep the stored one"). Saving connects first, on the task pool, so a
wrong URL or password is said here rather than on the next send.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.context import AppContext
from ..core.history import HistoryError, LocationError, open_history, parse_location
from ..core.history.team import (
    database_password,
    save_location,
    saved_location,
    set_database_password,
)
from . import a11y
from .tasks import TaskManager

log = logging.getLogger(__name__)

URL_PLACEHOLDER = "postgresql://USER@HOST/DATABASE"


def _current(ctx: AppContext) -> tuple[str | None, bool]:
    """The saved team database (if any) and whether its password is stored (a worker)."""
    url = saved_location(ctx.data_dir)
    if not url:
        return None, False
    database = parse_location(url).database
    return url, database is not None and database_password(database, ctx.secrets) is not None


def _apply(ctx: AppContext, url: str | None, password: str | None) -> None:
    """Check the team database can be opened (and set up), then save the choice (a worker)."""
    if url is None:
        save_location(ctx.data_dir, None)
        return
    location = parse_location(url)
    if location.database is None:
        raise LocationError("the team database is a postgresql:// URL")
    if password:
        set_database_password(location.database, ctx.secrets, password)
    open_history(location, ctx.secrets).close()
    save_location(ctx.data_dir, location.shown)


class HistoryLocationDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self._ctx = ctx
        self._tasks = tasks
        self.local = QRadioButton(self.tr("&This computer"))
        self.team = QRadioButton(self.tr("T&eam database (PostgreSQL)"))
        self._choices = QButtonGroup(self)
        for button in (self.local, self.team):
            a11y.name_button(button)
            self._choices.addButton(button)
        self.local.setChecked(True)
        self.local_hint = QLabel(self.tr("Kept in {folder}").format(folder=ctx.data_dir))
        self.local_hint.setAccessibleName(self.tr("This computer's history"))
        self.local_hint.setWordWrap(True)

        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText(URL_PLACEHOLDER)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for text, field in ((self.tr("&URL:"), self.url), (self.tr("Pass&word:"), self.password)):
            label = QLabel(text)
            a11y.buddy(label, field)
            form.addRow(label, field)
        self.note = QLabel(self.tr("Every attempt records who sent it (user@machine). A server "
                                   "on another machine is reached over TLS with its name "
                                   "checked."))
        self.note.setAccessibleName(self.tr("About team databases"))
        self.note.setWordWrap(True)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for push in self.buttons.buttons():
            a11y.name_button(push)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.local, self.local_hint, self.team):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._choices.buttonToggled.connect(lambda *_: self._enable())
        self._enable()
        self.setEnabled(False)  # until the saved choice is read
        self._tasks.run_in_background(lambda: _current(ctx), self._loaded)

    def _loaded(self, future: Future[tuple[str | None, bool]]) -> None:
        self.setEnabled(True)
        try:
            url, stored = future.result()
        except Exception as exc:  # the keychain may refuse: the dialog still works
            log.warning("history settings could not be read: %s", type(exc).__name__)
            url, stored = None, False
        if url:
            self.team.setChecked(True)
            self.url.setText(url)
        self.password.setPlaceholderText(
            self.tr("•••• stored in the keychain (leave empty to keep it)") if stored else "")
        self._enable()

    def _enable(self) -> None:
        team = self.team.isChecked()
        self.url.setEnabled(team)
        self.password.setEnabled(team)

    def _accept(self) -> None:
        url = self.url.text().strip() if self.team.isChecked() else None
        if url is not None:
            try:
                parse_location(url)
            except HistoryError as exc:
                self._show_error(str(exc))
                return
        password = self.password.text()
        self.password.clear()  # the widget holds the secret no longer than it must
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Connecting…") if url else "")
        self.error.setVisible(bool(url))
        ctx = self._ctx
        self._tasks.run_in_background(lambda: _apply(ctx, url, password or None), self._saved)

    def _show_error(self, text: str) -> None:
        self.error.setText(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
        self.error.show()

    def _saved(self, future: Future[None]) -> None:
        self.buttons.setEnabled(True)
        try:
            future.result()
        except HistoryError as exc:
            self._show_error(str(exc))
            return
        except Exception as exc:
            log.warning("history settings could not be saved: %s", type(exc).__name__)
            self._show_error(self.tr("Could not save the choice ({error}); see the log").format(
                error=type(exc).__name__))
            return
        self.error.hide()
        self.changed.emit()
        self.accept()
