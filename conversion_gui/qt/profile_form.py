"""The form for one profile: its fields, to and from a Profile, inline checks and unsaved state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.client import AuthMode, BodyFormat, check_base_url
from ..core.credentials import (
    PROFILE_SECRETS,
    Profile,
    ProfileError,
    SecretKind,
    credential_problem,
)
from ..core.signing import SignatureMethod
from . import a11y
from .i18n import QT_TRANSLATE_NOOP

# English, marked for lupdate (context "ProfileForm") and translated where shown.
AUTH_LABELS: dict[AuthMode, str] = {
    AuthMode.BASIC: QT_TRANSLATE_NOOP("ProfileForm", "Basic (header)"),
    AuthMode.PARAMS: QT_TRANSLATE_NOOP("ProfileForm", "Key and secret in the body"),
    AuthMode.SIGNATURE: QT_TRANSLATE_NOOP("ProfileForm", "Signature"),
}
BODY_LABELS: dict[BodyFormat, str] = {BodyFormat.FORM: QT_TRANSLATE_NOOP("ProfileForm", "Form"),
                                      BodyFormat.JSON: "JSON"}
NOT_SET = QT_TRANSLATE_NOOP("ProfileForm", "not set")
ERROR_STYLE = "color: #b3261e;"


def stored_placeholder(where: str) -> str:
    """What an empty secret field says when a secret is kept: short enough to fit the field
    (where it is kept is in the tooltip and under the form), never the value."""
    return QCoreApplication.translate("ProfileForm", "stored — type to replace")


def sentence(text: str) -> str:
    """A message as a sentence: capital first letter, final full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def error_label() -> QLabel:
    """A hidden red label under a field, for the message saying what is wrong with it."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _typed_problem(label: str, text: str, spaces_on_save: bool = False) -> str | None:
    """What is wrong with a typed key or secret now, before Save (None when nothing is)."""
    problem = credential_problem(label, text.strip())
    if problem is None or not spaces_on_save:
        return problem
    # The API key's spaces and control characters are the Profile's own check, made on Save.
    if any(ch.isspace() or not ch.isprintable() for ch in text.strip()):
        return None
    return problem


class ProfileForm(QWidget):
    """Shows one profile (or none) for editing; never holds a stored secret, only typed ones.

    ``edited`` fires on every change a user makes; ``forget_requested`` carries the
    ``SecretKind`` value whose Forget button was pressed. Fields the API cannot take are marked
    next to the field as they are typed, and ``acceptable`` is False until they are fixed.
    """

    edited = Signal()
    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._build()
        self._connect()
        metrics = self.fontMetrics()
        for edit in (self.secret_edit, self.signature_edit, self.url_edit):
            edit.setMinimumWidth(metrics.averageCharWidth() * 44)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_field = QLineEdit()
        self.name_field.setReadOnly(True)
        self.key_edit = QLineEdit()
        self.key_error = error_label()
        self.secret_edit = self._secret_field()
        self.secret_error = error_label()
        self.forget_secret_button = QPushButton(self.tr("Forget API secret"))
        self.signature_edit = self._secret_field()
        self.signature_error = error_label()
        self.forget_signature_button = QPushButton(self.tr("Forget signature secret"))
        a11y.name_button(self.forget_secret_button)
        a11y.name_button(self.forget_signature_button)
        self.auth_combo = QComboBox()
        # Item data holds the enum's text: Qt would hand a StrEnum back as a plain str anyway.
        for mode, text in AUTH_LABELS.items():
            self.auth_combo.addItem(self.tr(text), mode.value)
        self.method_combo = QComboBox()
        for method in SignatureMethod:
            self.method_combo.addItem(method.value, method.value)
        self.url_edit = QLineEdit()
        self.url_error = error_label()
        self.body_combo = QComboBox()
        for body, text in BODY_LABELS.items():
            self.body_combo.addItem(self.tr(text), body.value)

        form = QFormLayout(self)
        self._row(form, self.tr("Pro&file name:"), self.name_field)
        self._row(form, self.tr("API &key:"), self.key_edit, under=self.key_error)
        self._row(form, self.tr("API s&ecret:"), self.secret_edit, beside=self.forget_secret_button,
                  under=self.secret_error)
        self._row(form, self.tr("Si&gnature secret:"), self.signature_edit,
                  beside=self.forget_signature_button, under=self.signature_error)
        self._row(form, self.tr("Au&th mode:"), self.auth_combo)
        self._row(form, self.tr("Signature &method:"), self.method_combo)
        self._row(form, self.tr("Base UR&L:"), self.url_edit, under=self.url_error)
        self._row(form, self.tr("&Body:"), self.body_combo)

    def _secret_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                  | Qt.InputMethodHint.ImhSensitiveData
                                  | Qt.InputMethodHint.ImhNoPredictiveText)
        field.setPlaceholderText(self.tr(NOT_SET))
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
        self.key_edit.textChanged.connect(self._on_key_edited)
        self.secret_edit.textChanged.connect(self._on_secret_edited)
        self.signature_edit.textChanged.connect(self._on_secret_edited)
        self.auth_combo.currentIndexChanged.connect(self._edited)
        self.method_combo.currentIndexChanged.connect(self._edited)
        self.body_combo.currentIndexChanged.connect(self._edited)
        self.url_edit.textChanged.connect(self._on_url_edited)
        self.forget_secret_button.clicked.connect(
            lambda: self.forget_requested.emit(SecretKind.API_SECRET.value))
        self.forget_signature_button.clicked.connect(
            lambda: self.forget_requested.emit(SecretKind.SIGNATURE_SECRET.value))

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        return [self.name_field, self.key_edit, self.secret_edit, self.forget_secret_button,
                self.signature_edit, self.forget_signature_button, self.auth_combo,
                self.method_combo, self.url_edit, self.body_combo]

    # -- to and from a profile --------------------------------------------------------------
    @property
    def profile(self) -> Profile | None:
        """The saved profile the form started from (None: nothing to edit)."""
        return self._profile

    def fill(self, profile: Profile | None) -> None:
        """Show ``profile`` as saved; typed secrets and marks are dropped."""
        self._profile = profile
        shown = profile or Profile("none")
        self.name_field.setText(profile.name if profile else "")
        self.key_edit.setText(shown.api_key)
        for edit in self.secret_edits().values():
            edit.clear()   # also clears the undo history: a typed secret leaves no trace
        self.auth_combo.setCurrentIndex(self.auth_combo.findData(shown.auth.value))
        self.method_combo.setCurrentIndex(
            self.method_combo.findData(shown.signature_method.value))
        self.url_edit.setText(shown.base_url)
        self.body_combo.setCurrentIndex(self.body_combo.findData(shown.body.value))
        for field, label in self._marked_fields():
            self._unmark(field, label)
        self.refresh()

    def keep_edits_for(self, profile: Profile) -> None:
        """The saved profile changed under the form (renamed, made active): keep what was typed."""
        self._profile = profile
        self.name_field.setText(profile.name)

    def show_stored(self, stored: frozenset[SecretKind], where: str) -> None:
        """Say in each secret field whether a secret is kept, and where; offer to forget it."""
        for kind, edit in self.secret_edits().items():
            text = stored_placeholder(where) if kind in stored else self.tr(NOT_SET)
            edit.setPlaceholderText(text)
            edit.setToolTip(self.tr("Stored in {where}: type to replace it").format(where=where)
                            if kind in stored else text)
        self.forget_secret_button.setVisible(SecretKind.API_SECRET in stored)
        self.forget_signature_button.setVisible(SecretKind.SIGNATURE_SECRET in stored)

    def secret_edits(self) -> dict[SecretKind, QLineEdit]:
        return {SecretKind.API_SECRET: self.secret_edit,
                SecretKind.SIGNATURE_SECRET: self.signature_edit}

    def typed_secrets(self) -> dict[SecretKind, str]:
        """The secrets typed since the last fill, trimmed; empty fields keep the stored ones."""
        typed = {kind: edit.text().strip() for kind, edit in self.secret_edits().items()}
        return {kind: value for kind, value in typed.items() if value}

    def auth(self) -> AuthMode:
        return AuthMode(self.auth_combo.currentData())

    def method(self) -> SignatureMethod:
        return SignatureMethod(self.method_combo.currentData())

    def body(self) -> BodyFormat:
        return BodyFormat(self.body_combo.currentData())

    def to_profile(self, name: str) -> Profile | None:
        """The profile the form describes, or None with the bad field marked and focused."""
        url_ok = self._check_url()
        try:
            profile = Profile(
                name,
                api_key=self.key_edit.text(),
                auth=self.auth(),
                signature_method=self.method(),
                base_url=self.url_edit.text() if url_ok else self._saved_url(),
                body=self.body(),
            )
        except ProfileError as exc:
            self._mark(self.key_edit, self.key_error, str(exc))
            self.key_edit.setFocus()
            return None
        if not url_ok:
            self.url_edit.setFocus()
            return None
        for kind, edit in self.secret_edits().items():
            if self._secret_problem(kind) is not None:
                edit.setFocus()
                return None
        return profile

    # -- checks and unsaved state -----------------------------------------------------------
    def dirty(self) -> bool:
        """Whether anything differs from the saved profile (a typed secret always does)."""
        profile = self._profile
        if profile is None:
            return False
        if any(edit.text() for edit in self.secret_edits().values()):
            return True
        return (
            self.key_edit.text().strip() != profile.api_key
            or self.auth() is not profile.auth
            or self.method() is not profile.signature_method
            or self.url_edit.text().strip().rstrip("/") != profile.base_url
            or self.body() is not profile.body
        )

    def acceptable(self) -> bool:
        """False while a key or secret holds characters the API cannot take (Save waits)."""
        if _typed_problem("API key", self.key_edit.text(), spaces_on_save=True) is not None:
            return False
        return all(self._secret_problem(kind) is None for kind in PROFILE_SECRETS)

    def refresh(self) -> None:
        """The signature method only matters, so is only editable, with signature auth."""
        self.method_combo.setEnabled(self.auth() is AuthMode.SIGNATURE)

    def _secret_problem(self, kind: SecretKind) -> str | None:
        return _typed_problem(sentence(kind.label).rstrip("."), self.secret_edits()[kind].text())

    def _saved_url(self) -> str:
        return self._profile.base_url if self._profile is not None else Profile("x").base_url

    def _check_url(self) -> bool:
        try:
            check_base_url(self.url_edit.text())
        except ValueError as exc:
            self._mark(self.url_edit, self.url_error, str(exc))
            return False
        self._unmark(self.url_edit, self.url_error)
        return True

    def _marked_fields(self) -> list[tuple[QLineEdit, QLabel]]:
        return [(self.key_edit, self.key_error), (self.secret_edit, self.secret_error),
                (self.signature_edit, self.signature_error), (self.url_edit, self.url_error)]

    def _mark(self, field: QWidget, label: QLabel, message: str) -> None:
        text = "⚠ " + sentence(message)
        label.setText(text)
        label.show()
        field.setAccessibleDescription(text)

    def _unmark(self, field: QWidget, label: QLabel) -> None:
        label.hide()
        label.clear()
        field.setAccessibleDescription("")

    def _edited(self) -> None:
        self.refresh()
        self.edited.emit()

    def _on_key_edited(self) -> None:
        problem = _typed_problem("API key", self.key_edit.text(), spaces_on_save=True)
        if problem is None:
            self._unmark(self.key_edit, self.key_error)
        else:
            self._mark(self.key_edit, self.key_error, problem)
        self._edited()

    def _on_secret_edited(self) -> None:
        errors = {SecretKind.API_SECRET: self.secret_error,
                  SecretKind.SIGNATURE_SECRET: self.signature_error}
        for kind, edit in self.secret_edits().items():
            problem = self._secret_problem(kind)
            if problem is None:
                self._unmark(edit, errors[kind])
            else:
                self._mark(edit, errors[kind], problem)
        self._edited()

    def _on_url_edited(self) -> None:
        if self._profile is not None:
            self._check_url()
        self._edited()
