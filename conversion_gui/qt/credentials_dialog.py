"""The Credentials dialog: profiles, their settings, and their secrets in the keychain.

Secrets travel one way only: typed into a password field, handed to the SecretStore on a worker
thread, and the field is cleared. The dialog learns whether a secret is stored, never its value,
so it cannot show one back. Every keychain or settings-file call runs on the TaskManager's pool
while the form shows "Waiting for the keychain…"; the GUI thread never waits on either.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from enum import Enum

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.client import AuthMode, BodyFormat, check_base_url
from ..core.credentials import (
    Profile,
    ProfileError,
    ProfileStore,
    SecretKind,
    SecretStore,
    SettingsError,
    check_profile_name,
    delete_profile,
    rename_profile,
)
from ..core.signing import SignatureMethod
from . import a11y
from .tasks import TaskManager

log = logging.getLogger(__name__)

AUTH_LABELS: dict[AuthMode, str] = {
    AuthMode.BASIC: "Basic (header)",
    AuthMode.PARAMS: "Key and secret in the body",
    AuthMode.SIGNATURE: "Signature",
}
BODY_LABELS: dict[BodyFormat, str] = {BodyFormat.FORM: "Form", BodyFormat.JSON: "JSON"}
WAITING_KEYCHAIN = "Waiting for the keychain…"
WAITING_SETTINGS = "Saving the settings…"
NOT_SET = "not set"
IN_USE = "in use"
SESSION_ONLY_NOTICE = (
    "No keychain: secrets are kept for this session only. Nothing is written to disk; "
    "you will be asked for them again next time."
)
ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = "color: #8a5300;"


def stored_placeholder(where: str) -> str:
    """What an empty secret field says when a secret is kept: where, never the value."""
    return f"stored in {where} — type to replace"


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


@dataclass(frozen=True)
class _Snapshot:
    """What the form shows, read on a worker: the profiles and which secrets exist (no values)."""

    profiles: tuple[Profile, ...]
    active: str | None
    selected: str | None
    stored: frozenset[SecretKind]
    where: str
    notice: str | None


def _take_snapshot(profiles: ProfileStore, secrets: SecretStore, select: str | None) -> _Snapshot:
    """Runs on a worker thread: reads the settings file and asks the keychain; no widget here."""
    listed = tuple(profiles.list())
    active = profiles.active_name()
    names = [p.name for p in listed]
    if select not in names:
        select = active if active in names else (names[0] if names else None)
    stored: frozenset[SecretKind] = frozenset()
    if select is not None:
        stored = frozenset(kind for kind in SecretKind if secrets.get(select, kind))
    notice = secrets.notice
    if notice is None and not secrets.persistent:
        notice = SESSION_ONLY_NOTICE
    return _Snapshot(listed, active, select, stored, secrets.where, notice)


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self._secrets = secrets
        self._tasks = tasks
        self._cache: dict[str, Profile] = {}
        self._active: str | None = None
        self._current: Profile | None = None
        self._stored: frozenset[SecretKind] = frozenset()
        self._where = ""
        self._busy = False
        self._mutating = False
        self._ask: _Ask | None = None
        self._close_warned = False
        self._shown_before = False
        self._focus_before: QWidget | None = None

        self.setWindowTitle("Credentials")
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

        # left: the profiles and what can be done with them
        self.profile_list = QListWidget()
        list_label = QLabel("&Profiles:")
        a11y.buddy(list_label, self.profile_list)
        self.add_button = QPushButton("&Add")
        self.rename_button = QPushButton("&Rename")
        self.delete_button = QPushButton("&Delete")
        self.use_button = QPushButton("&Use this profile")
        for button in (self.add_button, self.rename_button, self.delete_button, self.use_button):
            a11y.name_button(button)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.rename_button, 0, 1)
        buttons.addWidget(self.delete_button, 1, 0)
        buttons.addWidget(self.use_button, 1, 1)

        # the inline question for Add / Rename / Delete (no pop-up)
        self.ask_frame = QFrame()
        self.ask_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.ask_text = QLabel()
        self.ask_text.setWordWrap(True)
        self.new_name_label = QLabel("New &name:")
        self.new_name_edit = QLineEdit()
        a11y.buddy(self.new_name_label, self.new_name_edit)
        self.ask_error = QLabel()
        self.ask_error.setStyleSheet(ERROR_STYLE)
        self.ask_error.setWordWrap(True)
        self.ask_error.hide()
        self.confirm_button = QPushButton("OK")
        self.cancel_button = QPushButton("Cancel")
        a11y.name_button(self.confirm_button)
        a11y.name_button(self.cancel_button)
        name_row = QHBoxLayout()
        name_row.addWidget(self.new_name_label)
        name_row.addWidget(self.new_name_edit, 1)
        ask_buttons = QHBoxLayout()
        ask_buttons.addStretch(1)
        ask_buttons.addWidget(self.confirm_button)
        ask_buttons.addWidget(self.cancel_button)
        ask_layout = QVBoxLayout(self.ask_frame)
        ask_layout.addWidget(self.ask_text)
        ask_layout.addLayout(name_row)
        ask_layout.addWidget(self.ask_error)
        ask_layout.addLayout(ask_buttons)
        self.ask_frame.hide()

        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.profile_list, 1)
        left.addLayout(buttons)
        left.addWidget(self.ask_frame)

        # right: the selected profile
        self.empty_label = QLabel("No profiles yet: press Add to create one.")
        self.empty_label.setWordWrap(True)
        self.name_field = QLineEdit()
        self.name_field.setReadOnly(True)
        self.key_edit = QLineEdit()
        self.key_error = self._error_label()
        self.secret_edit = self._secret_field()
        self.forget_secret_button = QPushButton("Forget API secret")
        self.signature_edit = self._secret_field()
        self.forget_signature_button = QPushButton("Forget signature secret")
        a11y.name_button(self.forget_secret_button)
        a11y.name_button(self.forget_signature_button)
        self.auth_combo = QComboBox()
        # Item data holds the enum's text: Qt would hand a StrEnum back as a plain str anyway.
        for mode, text in AUTH_LABELS.items():
            self.auth_combo.addItem(text, mode.value)
        self.method_combo = QComboBox()
        for method in SignatureMethod:
            self.method_combo.addItem(method.value, method.value)
        self.url_edit = QLineEdit()
        self.url_error = self._error_label()
        self.body_combo = QComboBox()
        for body, text in BODY_LABELS.items():
            self.body_combo.addItem(text, body.value)

        form = QFormLayout()
        self._row(form, "Pro&file name:", self.name_field)
        self._row(form, "API &key:", self.key_edit, under=self.key_error)
        self._row(form, "API s&ecret:", self.secret_edit, beside=self.forget_secret_button)
        self._row(form, "Si&gnature secret:", self.signature_edit,
                  beside=self.forget_signature_button)
        self._row(form, "Au&th mode:", self.auth_combo)
        self._row(form, "Signature &method:", self.method_combo)
        self._row(form, "Base UR&L:", self.url_edit, under=self.url_error)
        self._row(form, "&Body:", self.body_combo)
        self.form_widget = QWidget()
        self.form_widget.setLayout(form)

        right = QVBoxLayout()
        right.addWidget(self.empty_label)
        right.addWidget(self.form_widget)
        right.addStretch(1)

        columns = QHBoxLayout(self._body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        # bottom: where secrets live, what is happening, and the buttons
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(NOTICE_STYLE)
        self.notice_label.hide()
        self.busy_label = QLabel(WAITING_KEYCHAIN)
        self.busy_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.save_button = QPushButton("&Save")
        self.revert_button = QPushButton("Re&vert")
        self.close_button = QPushButton("&Close")
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
        for edit in (self.secret_edit, self.signature_edit, self.url_edit):
            edit.setMinimumWidth(metrics.averageCharWidth() * 44)
        self.resize(self.sizeHint().expandedTo(
            QSize(metrics.averageCharWidth() * 130, metrics.height() * 26)))

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _secret_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                  | Qt.InputMethodHint.ImhSensitiveData
                                  | Qt.InputMethodHint.ImhNoPredictiveText)
        field.setPlaceholderText(NOT_SET)
        return field

    def _row(
        self, form: QFormLayout, text: str, field: QWidget, under: QWidget | None = None,
        beside: QWidget | None = None,
    ) -> None:
        """A labelled row; the label names the field and Alt+its mnemonic focuses it."""
        label = QLabel(text)
        a11y.buddy(label, field)
        if under is None and beside is None:
            form.addRow(label, field)
            return
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(field, 1)
        if beside is not None:
            line.addWidget(beside)
        box.addLayout(line)
        if under is not None:
            box.addWidget(under)
        form.addRow(label, cell)

    def _connect(self) -> None:
        self.profile_list.currentRowChanged.connect(self._on_row_changed)
        self.add_button.clicked.connect(self._ask_add)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.use_button.clicked.connect(self.use_selected)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self._close_ask)
        self.new_name_edit.textChanged.connect(lambda _text: self.ask_error.hide())
        self.key_edit.textChanged.connect(self._on_key_edited)
        self.secret_edit.textChanged.connect(self._edited)
        self.signature_edit.textChanged.connect(self._edited)
        self.auth_combo.currentIndexChanged.connect(self._edited)
        self.method_combo.currentIndexChanged.connect(self._edited)
        self.body_combo.currentIndexChanged.connect(self._edited)
        self.url_edit.textChanged.connect(self._on_url_edited)
        self.forget_secret_button.clicked.connect(
            lambda: self._forget(SecretKind.API_SECRET))
        self.forget_signature_button.clicked.connect(
            lambda: self._forget(SecretKind.SIGNATURE_SECRET))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.button_box.rejected.connect(self.reject)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.profile_list, self.add_button, self.rename_button, self.delete_button,
            self.use_button, self.new_name_edit, self.confirm_button, self.cancel_button,
            self.name_field, self.key_edit, self.secret_edit, self.forget_secret_button,
            self.signature_edit, self.forget_signature_button, self.auth_combo,
            self.method_combo, self.url_edit, self.body_combo,
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
                  lambda: _take_snapshot(self._profiles, self._secrets, select))

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
        profile = self._profile_from_form(current.name)
        if profile is None:
            self._show_status("Nothing was saved: correct the marked field.", error=True)
            return
        typed = {kind: edit.text().strip() for kind, edit in self._secret_edits().items()}
        typed = {kind: value for kind, value in typed.items() if value}
        profiles, secrets = self._profiles, self._secrets

        def work() -> _Snapshot:
            profiles.save(profile)
            for kind, value in typed.items():
                secrets.set(profile.name, kind, value)
            return _take_snapshot(profiles, secrets, profile.name)

        self._run(WAITING_KEYCHAIN if typed else WAITING_SETTINGS, work,
                  done=f"Saved “{profile.name}”.", mutation=True)

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

        def work() -> _Snapshot:
            profiles.set_active(current.name)
            return _take_snapshot(profiles, secrets, current.name)

        self._run(WAITING_SETTINGS, work, done=f"“{current.name}” is now the profile in use.",
                  mutation=True, keep_edits=current.name)

    # -- the inline question: add, rename, delete -------------------------------------------
    def _ask_add(self) -> None:
        if self._busy or self._guard_unsaved():
            return
        self._open_ask(_Ask.ADD, "Add a profile: type its name.", "Add profile", "")

    def _ask_rename(self) -> None:
        if self._busy or self._current is None:
            return
        name = self._current.name
        self._open_ask(_Ask.RENAME, f"Rename “{name}”: type the new name.", "Rename profile",
                       name)

    def _ask_delete(self) -> None:
        if self._busy or self._current is None:
            return
        self._open_ask(_Ask.DELETE,
                       f"Delete “{self._current.name}” and its stored secrets?",
                       "Delete profile", None)

    def _open_ask(self, kind: _Ask, question: str, action: str, name: str | None) -> None:
        self._ask = kind
        self.ask_text.setText(question)
        self.confirm_button.setText(action)
        a11y.name_button(self.confirm_button)
        with_name = name is not None
        self.new_name_label.setVisible(with_name)
        self.new_name_edit.setVisible(with_name)
        self.new_name_edit.setText(name or "")
        self.ask_error.hide()
        self.ask_frame.show()
        self.confirm_button.setDefault(True)
        self._update_enabled()
        if with_name:
            self.new_name_edit.selectAll()
            self.new_name_edit.setFocus()
        else:
            self.confirm_button.setFocus()

    def _close_ask(self) -> None:
        if self._ask is None:
            return
        self._ask = None
        self.ask_frame.hide()
        self.new_name_edit.clear()
        self.ask_error.hide()
        self.save_button.setDefault(True)
        self._update_enabled()
        self.profile_list.setFocus()

    def _ask_failed(self, message: str) -> None:
        self.ask_error.setText("⚠ " + _sentence(message))
        self.ask_error.show()

    def _checked_new_name(self, ignore: str | None) -> str | None:
        try:
            name = check_profile_name(self.new_name_edit.text())
        except ProfileError as exc:
            self._ask_failed(str(exc))
            return None
        for existing in self._cache:
            if existing != ignore and existing.casefold() == name.casefold():
                self._ask_failed(f"a profile named “{existing}” already exists")
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

            def add() -> _Snapshot:
                if profiles.get(name) is not None:
                    raise ProfileError(f"a profile named “{name}” already exists")
                secrets.forget(name)   # a new profile starts clean, whatever a crash left behind
                profiles.save(Profile(name))
                return _take_snapshot(profiles, secrets, name)

            self._run(WAITING_KEYCHAIN, add, done=f"Added “{name}”.", mutation=True,
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

            def rename() -> _Snapshot:
                renamed = rename_profile(profiles, secrets, old, new)
                return _take_snapshot(profiles, secrets, renamed.name)

            self._run(WAITING_KEYCHAIN, rename, done=f"Renamed “{old}” to “{new}”.",
                      mutation=True, keep_edits=new, on_error=self._ask_failed, close_ask=True)
            return
        row = self.profile_list.currentRow()
        names = list(self._cache)
        others = [n for n in names if n != old]
        neighbour = others[min(row, len(others) - 1)] if others and row >= 0 else None

        def delete() -> _Snapshot:
            delete_profile(profiles, secrets, old)
            return _take_snapshot(profiles, secrets, neighbour)

        self._run(WAITING_KEYCHAIN, delete, done=f"Deleted “{old}” and its secrets.",
                  mutation=True, on_error=self._ask_failed, close_ask=True)

    def _forget(self, kind: SecretKind) -> None:
        current = self._current
        if self._busy or current is None:
            return
        profiles, secrets = self._profiles, self._secrets

        def work() -> _Snapshot:
            secrets.delete(current.name, kind)
            return _take_snapshot(profiles, secrets, current.name)

        self._run(WAITING_KEYCHAIN, work, done=f"Forgot the {kind.label} of “{current.name}”.",
                  mutation=True, keep_edits=current.name)

    # -- running work off the GUI thread ----------------------------------------------------
    def _run(
        self,
        message: str,
        work: Callable[[], _Snapshot],
        done: str | None = None,
        mutation: bool = False,
        keep_edits: str | None = None,
        on_error: Callable[[str], None] | None = None,
        close_ask: bool = False,
    ) -> None:
        self._set_busy(message, mutation)

        def finished(future: Future[_Snapshot]) -> None:
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
                    f"that did not work ({type(exc).__name__}); see the log for details")
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
        self.busy_label.setText(message)
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
    def _apply(self, snapshot: _Snapshot, keep_edits: str | None = None) -> None:
        """Show a snapshot; ``keep_edits`` names the profile whose unsaved edits survive."""
        self._cache = {p.name: p for p in snapshot.profiles}
        self._active = snapshot.active
        self._stored = snapshot.stored
        self._where = snapshot.where
        self._rebuild_list(snapshot.selected)
        profile = self._cache.get(snapshot.selected) if snapshot.selected else None
        if keep_edits is not None and profile is not None and profile.name == keep_edits:
            self._current = profile
            self.name_field.setText(profile.name)
        else:
            self._fill_form(profile)
        self._show_placeholders()
        self.where_label.setText(f"Secrets are kept in {snapshot.where}.")
        self.notice_label.setText("⚠ " + snapshot.notice if snapshot.notice else "")
        self.notice_label.setVisible(bool(snapshot.notice))
        self.empty_label.setVisible(not snapshot.profiles)
        self._update_enabled()

    def _rebuild_list(self, selected: str | None) -> None:
        self.profile_list.blockSignals(True)
        try:
            self.profile_list.clear()
            for name in self._cache:
                item = QListWidgetItem(f"{name} ({IN_USE})" if name == self._active else name)
                item.setData(Qt.ItemDataRole.UserRole, name)
                if name == self._active:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.profile_list.addItem(item)
            self._select_row_quietly(selected)
        finally:
            self.profile_list.blockSignals(False)

    def _select_row_quietly(self, name: str | None) -> None:
        blocked = self.profile_list.blockSignals(True)
        try:
            names = list(self._cache)
            self.profile_list.setCurrentRow(names.index(name) if name in names else -1)
        finally:
            self.profile_list.blockSignals(blocked)

    def _fill_form(self, profile: Profile | None) -> None:
        self._current = profile
        shown = profile or Profile("none")
        self.name_field.setText(profile.name if profile else "")
        self.key_edit.setText(shown.api_key)
        for edit in self._secret_edits().values():
            edit.clear()   # also clears the undo history: a typed secret leaves no trace
        self.auth_combo.setCurrentIndex(self.auth_combo.findData(shown.auth.value))
        self.method_combo.setCurrentIndex(
            self.method_combo.findData(shown.signature_method.value))
        self.url_edit.setText(shown.base_url)
        self.body_combo.setCurrentIndex(self.body_combo.findData(shown.body.value))
        self.key_error.hide()
        self.url_error.hide()
        self._close_warned = False
        self._update_enabled()

    def _show_placeholders(self) -> None:
        for kind, edit in self._secret_edits().items():
            stored = kind in self._stored
            text = stored_placeholder(self._where) if stored else NOT_SET
            edit.setPlaceholderText(text)
            edit.setToolTip(text)   # the whole sentence, when the field is too narrow for it
        self.forget_secret_button.setVisible(SecretKind.API_SECRET in self._stored)
        self.forget_signature_button.setVisible(SecretKind.SIGNATURE_SECRET in self._stored)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(("⚠ " if error else "") + _sentence(text))
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
        self.form_widget.setEnabled(has)
        self.form_widget.setVisible(has)
        self.rename_button.setEnabled(has and not asking)
        self.delete_button.setEnabled(has and not asking)
        self.add_button.setEnabled(not asking)
        self.use_button.setEnabled(has and not asking and self._current is not None
                                   and self._current.name != self._active)
        self.method_combo.setEnabled(self._form_auth() is AuthMode.SIGNATURE)
        dirty = self._dirty()
        self.save_button.setEnabled(idle and has and dirty)
        self.revert_button.setEnabled(idle and has and dirty)
        self.close_button.setEnabled(not self._mutating)

    # -- the form ---------------------------------------------------------------------------
    def _secret_edits(self) -> dict[SecretKind, QLineEdit]:
        return {SecretKind.API_SECRET: self.secret_edit,
                SecretKind.SIGNATURE_SECRET: self.signature_edit}

    def _form_auth(self) -> AuthMode:
        return AuthMode(self.auth_combo.currentData())

    def _form_method(self) -> SignatureMethod:
        return SignatureMethod(self.method_combo.currentData())

    def _form_body(self) -> BodyFormat:
        return BodyFormat(self.body_combo.currentData())

    def _profile_from_form(self, name: str) -> Profile | None:
        """The profile the form describes, or None with the bad fields marked."""
        url_ok = self._check_url()
        try:
            profile = Profile(
                name,
                api_key=self.key_edit.text(),
                auth=self._form_auth(),
                signature_method=self._form_method(),
                base_url=self.url_edit.text() if url_ok else self._current_url(),
                body=self._form_body(),
            )
        except ProfileError as exc:
            self._mark(self.key_edit, self.key_error, str(exc))
            self.key_edit.setFocus()
            return None
        if not url_ok:
            self.url_edit.setFocus()
            return None
        return profile

    def _current_url(self) -> str:
        return self._current.base_url if self._current is not None else Profile("x").base_url

    def _check_url(self) -> bool:
        try:
            check_base_url(self.url_edit.text())
        except ValueError as exc:
            self._mark(self.url_edit, self.url_error, str(exc))
            return False
        self._unmark(self.url_edit, self.url_error)
        return True

    def _mark(self, field: QWidget, label: QLabel, message: str) -> None:
        text = "⚠ " + _sentence(message)
        label.setText(text)
        label.show()
        field.setAccessibleDescription(text)

    def _unmark(self, field: QWidget, label: QLabel) -> None:
        label.hide()
        label.clear()
        field.setAccessibleDescription("")

    def _dirty(self) -> bool:
        profile = self._current
        if profile is None:
            return False
        if any(edit.text() for edit in self._secret_edits().values()):
            return True
        return (
            self.key_edit.text().strip() != profile.api_key
            or self._form_auth() is not profile.auth
            or self._form_method() is not profile.signature_method
            or self.url_edit.text().strip().rstrip("/") != profile.base_url
            or self._form_body() is not profile.body
        )

    def _guard_unsaved(self) -> bool:
        """True (and a message) when unsaved edits would be lost by the action asked for."""
        if not self._dirty() or self._current is None:
            return False
        self._show_status(
            f"“{self._current.name}” has unsaved changes: press Save to keep them, "
            "or Revert to drop them.", error=True)
        return True

    def _edited(self) -> None:
        self._close_warned = False
        self._update_enabled()

    def _on_key_edited(self) -> None:
        self._unmark(self.key_edit, self.key_error)
        self._edited()

    def _on_url_edited(self) -> None:
        if self._current is not None:
            self._check_url()
        self._edited()

    def _on_row_changed(self, row: int) -> None:
        item = self.profile_list.item(row) if row >= 0 else None
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if name is None or name == self.current_profile_name():
            return
        if self._guard_unsaved():
            self._select_row_quietly(self.current_profile_name())
            return
        self._load(name)

    def _load(self, name: str) -> None:
        self._clear_status()
        profiles, secrets = self._profiles, self._secrets
        self._run(WAITING_KEYCHAIN, lambda: _take_snapshot(profiles, secrets, name))

    # -- closing ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._ask is not None:
            self._close_ask()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._mutating:
            self._show_status("Please wait: the change is being saved.", error=True)
            return
        if self._dirty() and not self._close_warned and self._current is not None:
            self._close_warned = True
            self._show_status(
                f"“{self._current.name}” has unsaved changes: press Save to keep them, "
                "or Close again to drop them.", error=True)
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
