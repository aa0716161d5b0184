"""The Credentials dialog: profiles, their settings, and their secrets in the keychain.

Secrets travel one way only: typed into a password field, handed to the SecretStore on a worker
thread, and the field is cleared. The dialog learns whether a secret is stored, never its value,
so it cannot show one back. Every keychain or settings-file call runs on the TaskManager's pool
while the form shows "Waiting for the keychain…"; the GUI thread never waits on either.
The dialog coordinates: the fields are a ProfileForm, Add/Rename/Delete ask in a QuestionBar.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future
from enum import Enum

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.credentials import (
    Profile,
    ProfileError,
    ProfileStore,
    SecretKind,
    SecretStore,
    SettingsError,
    check_profile_name,
)
from . import a11y
from . import profile_changes as changes
from .credentials_snapshot import SESSION_ONLY_NOTICE, Snapshot, in_sandbox, take_snapshot
from .i18n import QT_TRANSLATE_NOOP
from .profile_form import ERROR_STYLE, NOT_SET, ProfileForm, sentence, stored_placeholder
from .profiles_column import IN_USE, ProfilesColumn
from .tasks import TaskManager

log = logging.getLogger(__name__)

# English, marked for lupdate (context "CredentialsDialog") and translated where shown.
WAITING_KEYCHAIN = QT_TRANSLATE_NOOP("CredentialsDialog", "Waiting for the keychain…")
WAITING_SETTINGS = QT_TRANSLATE_NOOP("CredentialsDialog", "Saving the settings…")
NOTICE_STYLE = "color: #8a5300;"


class _Ask(Enum):
    ADD = "add"
    RENAME = "rename"
    DELETE = "delete"


class CredentialsDialog(QDialog):
    """Add, rename, delete and pick profiles; edit one profile's settings and secrets.

    ``changed`` is emitted after a profile, the active profile or a secret may have changed
    (also after a failed change, which may have done part of its work): listeners re-read.
    """

    changed = Signal()

    def __init__(
        self,
        profiles: ProfileStore,
        secrets: SecretStore,
        tasks: TaskManager,
        parent: QWidget | None = None, *, sandbox: bool = False,
    ) -> None:
        super().__init__(parent)
        self._sandbox = sandbox  # the demo secret lives in memory on purpose: no warning
        self._profiles = profiles
        self._secrets = secrets
        self._tasks = tasks
        self._cache: dict[str, Profile] = {}
        self._active: str | None = None
        self._stored: frozenset[SecretKind] = frozenset()
        self._where = ""
        self._busy = False
        self._mutating = False
        self._ask: _Ask | None = None
        self._close_warned = False
        self._shown_before = False
        self._focus_before: QWidget | None = None

        self.setWindowTitle(self.tr("Credentials"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._build()
        self._connect()
        self._set_tab_order()
        self._update_enabled()
        self._size_from_font()
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self._body = QWidget(self)

        # left: the profiles, what can be done with them, and the inline question
        self.profiles = ProfilesColumn()
        self.profile_list = self.profiles.profile_list
        self.add_button = self.profiles.add_button
        self.rename_button = self.profiles.rename_button
        self.delete_button = self.profiles.delete_button
        self.use_button = self.profiles.use_button
        self.question = self.profiles.question

        # right: the selected profile
        self.empty_label = QLabel(self.tr("No profiles yet: press Add to create one."))
        self.empty_label.setWordWrap(True)
        self.form = ProfileForm()

        right = QVBoxLayout()
        right.addWidget(self.empty_label)
        right.addWidget(self.form)
        right.addStretch(1)

        columns = QHBoxLayout(self._body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.profiles, 2)
        columns.addLayout(right, 3)

        # bottom: where secrets live, what is happening, and the buttons
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(NOTICE_STYLE)
        self.notice_label.hide()
        self.busy_label = QLabel(self.tr(WAITING_KEYCHAIN))
        self.busy_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.save_button = QPushButton(self.tr("&Save"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.save_button, self.revert_button, self.close_button):
            a11y.name_button(button)
        self.button_box = QDialogButtonBox()
        self.button_box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.button_box.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.button_box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)

        outer = QVBoxLayout(self)
        outer.addWidget(self._body, 1)
        outer.addWidget(self.where_label)
        outer.addWidget(self.notice_label)
        outer.addWidget(self.busy_label)
        outer.addWidget(self.status_label)
        outer.addWidget(self.button_box)

    def _size_from_font(self) -> None:
        """Room for a "stored in the system keychain…" placeholder, in text units, not pixels."""
        metrics = self.fontMetrics()
        self.resize(self.sizeHint().expandedTo(
            QSize(metrics.averageCharWidth() * 130, metrics.height() * 26)))

    def _connect(self) -> None:
        self.profile_list.currentRowChanged.connect(self._on_row_changed)
        self.add_button.clicked.connect(self._ask_add)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.use_button.clicked.connect(self.use_selected)
        self.question.confirm_button.clicked.connect(self._confirm)
        self.question.cancel_button.clicked.connect(self._close_ask)
        self.form.edited.connect(self._edited)
        self.form.forget_requested.connect(lambda kind: self._forget(SecretKind(kind)))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.button_box.rejected.connect(self.reject)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.profile_list, self.add_button, self.rename_button, self.delete_button,
            self.use_button, self.question.new_name_edit, self.question.confirm_button,
            self.question.cancel_button, *self.form.tab_chain(),
            self.save_button, self.revert_button, self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- public face ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while the keychain or the settings file is being asked (the form is disabled)."""
        return self._busy

    def current_profile_name(self) -> str | None:
        return self._current.name if self._current is not None else None

    @Slot()
    def reload(self) -> None:
        """Re-read the profiles and which secrets are stored (unsaved edits are dropped)."""
        if self._busy:
            return
        select = self.current_profile_name()
        self._run(WAITING_KEYCHAIN,
                  lambda: take_snapshot(self._profiles, self._secrets, select))

    def select_profile(self, name: str) -> None:
        """Show ``name`` in the form, unless the current one has unsaved changes."""
        if self._busy or name == self.current_profile_name() or self._guard_unsaved():
            return
        self._load(name)

    @Slot()
    def save(self) -> None:
        """Check the form; if sound, save the profile and any secret typed, then clear them."""
        current = self._current
        if self._busy or current is None:
            return
        profile = self.form.to_profile(current.name)
        if profile is None:
            self._show_status(self.tr("Nothing was saved: correct the marked field."), error=True)
            return
        typed = self.form.typed_secrets()
        profiles, secrets = self._profiles, self._secrets
        self._run(WAITING_KEYCHAIN if typed else WAITING_SETTINGS,
                  lambda: changes.save(profiles, secrets, profile, typed),
                  done=self.tr("Saved “{name}”.").format(name=profile.name), mutation=True)

    @Slot()
    def revert(self) -> None:
        """Drop unsaved edits: the form shows the saved profile again, secret fields empty."""
        self._fill_form(self._current)
        self._clear_status()

    @Slot()
    def use_selected(self) -> None:
        """Make the selected profile the one sends use."""
        current = self._current
        if self._busy or current is None:
            return
        profiles, secrets = self._profiles, self._secrets
        self._run(WAITING_SETTINGS, lambda: changes.use(profiles, secrets, current.name),
                  done=self.tr("“{name}” is now the profile in use.").format(name=current.name),
                  mutation=True, keep_edits=current.name)

    # -- the inline question: add, rename, delete -------------------------------------------
    def _ask_add(self) -> None:
        if self._busy or self._guard_unsaved():
            return
        self._open_ask(_Ask.ADD, self.tr("Add a profile: type its name."), self.tr("Add profile"),
                       "")

    def _ask_rename(self) -> None:
        if self._busy or self._current is None:
            return
        name = self._current.name
        self._open_ask(_Ask.RENAME,
                       self.tr("Rename “{name}”: type the new name.").format(name=name),
                       self.tr("Rename profile"), name)

    def _ask_delete(self) -> None:
        if self._busy or self._current is None:
            return
        self._open_ask(_Ask.DELETE,
                       self.tr("Delete “{name}” and its stored secrets?").format(
                           name=self._current.name),
                       self.tr("Delete profile"), None)

    def _open_ask(self, kind: _Ask, question: str, action: str, name: str | None) -> None:
        self._ask = kind
        self.question.open(question, action, name)
        self._update_enabled()

    def _close_ask(self) -> None:
        if self._ask is None:
            return
        self._ask = None
        self.question.close_question()
        self.save_button.setDefault(True)
        self._update_enabled()
        self.profile_list.setFocus()

    def _ask_failed(self, message: str) -> None:
        self.question.fail(message)

    def _checked_new_name(self, ignore: str | None) -> str | None:
        try:
            name = check_profile_name(self.question.name())
        except ProfileError as exc:
            self._ask_failed(str(exc))
            return None
        for existing in self._cache:
            if existing != ignore and existing.casefold() == name.casefold():
                self._ask_failed(self.tr("a profile named “{name}” already exists").format(
                    name=existing))
                return None
        return name

    def _confirm(self) -> None:
        if self._busy or self._ask is None:
            return
        profiles, secrets = self._profiles, self._secrets
        if self._ask is _Ask.ADD:
            name = self._checked_new_name(None)
            if name is None:
                return
            exists = self.tr("a profile named “{name}” already exists").format(name=name)
            self._run(WAITING_KEYCHAIN, lambda: changes.add(profiles, secrets, name, exists),
                      done=self.tr("Added “{name}”.").format(name=name),
                      mutation=True,
                      on_error=self._ask_failed, close_ask=True)
            return
        current = self._current
        if current is None:
            self._close_ask()
            return
        old = current.name
        if self._ask is _Ask.RENAME:
            new = self._checked_new_name(old)
            if new is None:
                return
            if new == old:
                self._close_ask()
                return
            self._run(WAITING_KEYCHAIN, lambda: changes.rename(profiles, secrets, old, new),
                      done=self.tr("Renamed “{old}” to “{new}”.").format(old=old, new=new),
                      mutation=True, keep_edits=new, on_error=self._ask_failed, close_ask=True)
            return
        row = self.profile_list.currentRow()
        names = list(self._cache)
        others = [n for n in names if n != old]
        neighbour = others[min(row, len(others) - 1)] if others and row >= 0 else None
        self._run(WAITING_KEYCHAIN, lambda: changes.delete(profiles, secrets, old, neighbour),
                  done=self.tr("Deleted “{name}” and its secrets.").format(name=old),
                  mutation=True, on_error=self._ask_failed, close_ask=True)

    def _forget(self, kind: SecretKind) -> None:
        current = self._current
        if self._busy or current is None:
            return
        profiles, secrets = self._profiles, self._secrets
        self._run(WAITING_KEYCHAIN, lambda: changes.forget(profiles, secrets, current.name, kind),
                  done=self.tr("Forgot the {secret} of “{name}”.").format(
                      secret=kind.label, name=current.name),
                  mutation=True, keep_edits=current.name)

    # -- running work off the GUI thread ----------------------------------------------------
    def _run(
        self,
        message: str,
        work: Callable[[], Snapshot],
        done: str | None = None,
        mutation: bool = False,
        keep_edits: str | None = None,
        on_error: Callable[[str], None] | None = None,
        close_ask: bool = False,
    ) -> None:
        self._set_busy(message, mutation)

        def finished(future: Future[Snapshot]) -> None:
            if not shiboken6.isValid(self):
                return   # the dialog was closed and deleted meanwhile
            self._set_idle()
            try:
                snapshot = future.result()
            except (ProfileError, SettingsError, ValueError) as exc:
                (on_error or self._show_error)(str(exc))
            except Exception as exc:   # an unexpected failure: say so, never a traceback
                log.error("credentials dialog: a task failed (%s)", type(exc).__name__)
                (on_error or self._show_error)(
                    self.tr("that did not work ({error}); see the log for details").format(
                        error=type(exc).__name__))
            else:
                if close_ask:
                    self._close_ask()
                self._apply(snapshot, keep_edits)
                if done:
                    self._show_status(done)
            if mutation:
                self.changed.emit()

        self._tasks.run_in_background(work, finished)

    def _set_busy(self, message: str, mutation: bool) -> None:
        focus = QApplication.focusWidget()
        self._focus_before = focus if focus is not None and self.isAncestorOf(focus) else None
        self._busy = True
        self._mutating = mutation
        self.busy_label.setText(self.tr(message))
        self.busy_label.show()
        self._update_enabled()

    def _set_idle(self) -> None:
        self._busy = False
        self._mutating = False
        self.busy_label.hide()
        self._update_enabled()
        focus, self._focus_before = self._focus_before, None
        if (focus is not None and shiboken6.isValid(focus) and focus.isVisible()
                and focus.isEnabled()):
            focus.setFocus()

    # -- showing state ----------------------------------------------------------------------
    def _apply(self, snapshot: Snapshot, keep_edits: str | None = None) -> None:
        """Show a snapshot; ``keep_edits`` names the profile whose unsaved edits survive."""
        snapshot = in_sandbox(snapshot) if self._sandbox else snapshot
        self._cache = {p.name: p for p in snapshot.profiles}
        self._active = snapshot.active
        self._stored = snapshot.stored
        self._where = snapshot.where
        self.profiles.fill(self._cache, self._active, snapshot.selected)
        profile = self._cache.get(snapshot.selected) if snapshot.selected else None
        if keep_edits is not None and profile is not None and profile.name == keep_edits:
            self.form.keep_edits_for(profile)
        else:
            self._fill_form(profile)
        self._show_placeholders()
        self.where_label.setText(snapshot.where_line)  # hidden when a notice says it
        self.where_label.setVisible(not snapshot.notice)
        self.notice_label.setText(
            "⚠ " + self.tr(snapshot.notice) if snapshot.notice else "")
        self.notice_label.setVisible(bool(snapshot.notice))
        self.empty_label.setVisible(not snapshot.profiles)
        self._update_enabled()

    def _fill_form(self, profile: Profile | None) -> None:
        self.form.fill(profile)
        self._close_warned = False
        self._update_enabled()

    def _show_placeholders(self) -> None:
        self.form.show_stored(self._stored, self._where)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(("⚠ " if error else "") + sentence(text))
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.show()

    def _show_error(self, text: str) -> None:
        self._show_status(text, error=True)

    def _clear_status(self) -> None:
        self.status_label.clear()
        self.status_label.hide()

    def _update_enabled(self) -> None:
        idle = not self._busy
        has = self._current is not None
        asking = self._ask is not None
        self._body.setEnabled(idle)
        self.form.setEnabled(has)
        self.form.setVisible(has)
        self.profiles.set_actions(has, asking, self._current is not None
                                  and self._current.name != self._active)
        self.form.refresh()
        dirty = self.form.dirty()
        self.save_button.setEnabled(idle and has and dirty and self.form.acceptable())
        self.revert_button.setEnabled(idle and has and dirty)
        self.close_button.setEnabled(not self._mutating)

    # -- the form ---------------------------------------------------------------------------
    @property
    def _current(self) -> Profile | None:
        """The saved profile the form shows; the form holds it, the dialog only reads it."""
        return self.form.profile

    def _guard_unsaved(self) -> bool:
        """True (and a message) when unsaved edits would be lost by the action asked for."""
        if not self.form.dirty() or self._current is None:
            return False
        self._show_status(
            self.tr("“{name}” has unsaved changes: press Save to keep them, or Revert to drop "
                    "them.").format(name=self._current.name), error=True)
        return True

    def _edited(self) -> None:
        self._close_warned = False
        self._update_enabled()

    def _on_row_changed(self, row: int) -> None:
        name = self.profiles.name_at(row)
        if name is None or name == self.current_profile_name():
            return
        if self._guard_unsaved():
            self.profiles.select_quietly(list(self._cache), self.current_profile_name())
            return
        self._load(name)

    def _load(self, name: str) -> None:
        self._clear_status()
        profiles, secrets = self._profiles, self._secrets
        self._run(WAITING_KEYCHAIN, lambda: take_snapshot(profiles, secrets, name))

    # -- closing ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._ask is not None:
            self._close_ask()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._mutating:
            self._show_status(self.tr("Please wait: the change is being saved."), error=True)
            return
        if self.form.dirty() and not self._close_warned and self._current is not None:
            self._close_warned = True
            self._show_status(
                self.tr("“{name}” has unsaved changes: press Save to keep them, or Close again "
                        "to drop them.").format(name=self._current.name), error=True)
            return
        super().reject()

    def done(self, result: int) -> None:
        """However the dialog goes away, no typed secret stays behind in a widget."""
        self._close_ask()
        self._fill_form(self._current)
        self._clear_status()
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:
            self.reload()   # a command line or another window may have changed things
        self._shown_before = True


__all__ = ["IN_USE", "NOT_SET", "SESSION_ONLY_NOTICE", "WAITING_KEYCHAIN", "WAITING_SETTINGS",
           "CredentialsDialog", "stored_placeholder"]
