"""The ProfileForm on its own: a profile in and out, unsaved state, inline checks, Forget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from conversion_gui.core.client import AuthMode, BodyFormat
from conversion_gui.core.credentials import Profile, SecretKind
from conversion_gui.core.signing import SignatureMethod
from conversion_gui.qt.profile_form import NOT_SET, ProfileForm, stored_placeholder
from tests.qt.conftest import find

ACME = Profile("Acme", api_key="acmekey", auth=AuthMode.SIGNATURE,
               signature_method=SignatureMethod.SHA1, base_url="http://127.0.0.1:8765",
               body=BodyFormat.JSON)


@pytest.fixture
def form(qtbot: QtBot) -> ProfileForm:
    widget = ProfileForm()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fill(ACME)
    return widget


def edit(form: ProfileForm, label: str) -> QLineEdit:
    return find(form, QLineEdit, label)


def type_keys(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text``, as a keyboard sends them (QTest only types ASCII)."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def test_a_filled_form_gives_the_same_profile_back_and_is_not_dirty(form: ProfileForm) -> None:
    assert edit(form, "Profile name").text() == "Acme"
    assert find(form, QComboBox, "Auth mode").currentText() == "Signature"
    assert find(form, QComboBox, "Body").currentText() == "JSON"
    assert form.to_profile("Acme") == ACME
    assert not form.dirty() and form.acceptable()
    assert form.typed_secrets() == {}


def test_edits_make_it_dirty_and_change_the_profile(qtbot: QtBot, form: ProfileForm) -> None:
    seen: list[int] = []
    form.edited.connect(lambda: seen.append(1))
    key = edit(form, "API key")
    key.selectAll()
    qtbot.keyClicks(key, "newkey")
    assert form.dirty() and seen
    assert form.to_profile("Acme") == Profile(
        "Acme", api_key="newkey", auth=AuthMode.SIGNATURE, signature_method=SignatureMethod.SHA1,
        base_url="http://127.0.0.1:8765", body=BodyFormat.JSON)
    form.fill(ACME)
    assert not form.dirty() and key.text() == "acmekey"


def test_typed_secrets_are_trimmed_and_a_typed_secret_is_unsaved(
    qtbot: QtBot, form: ProfileForm
) -> None:
    qtbot.keyClicks(edit(form, "Signature secret"), "  sig-secret ")
    assert form.dirty()
    assert form.typed_secrets() == {SecretKind.SIGNATURE_SECRET: "sig-secret"}
    form.fill(ACME)
    assert edit(form, "Signature secret").text() == "" and form.typed_secrets() == {}


def test_signature_method_is_editable_only_with_signature_auth(form: ProfileForm) -> None:
    method = find(form, QComboBox, "Signature method")
    assert method.isEnabled()
    auth = find(form, QComboBox, "Auth mode")
    auth.setCurrentIndex(auth.findText("Basic (header)"))
    assert not method.isEnabled()
    assert form.to_profile("Acme") is not None
    assert form.auth() is AuthMode.BASIC and form.dirty()


def test_a_bad_base_url_is_marked_and_gives_no_profile(qtbot: QtBot, form: ProfileForm) -> None:
    url = edit(form, "Base URL")
    url.selectAll()
    qtbot.keyClicks(url, "http://example.com")
    assert "plain http" in url.accessibleDescription()
    assert form.to_profile("Acme") is None
    assert url.hasFocus()


def test_a_secret_the_api_cannot_take_is_marked_and_not_acceptable(form: ProfileForm) -> None:
    secret = edit(form, "API secret")
    type_keys(secret, "pa ss")
    assert secret.accessibleDescription() == (
        "⚠ API secret: contains a space at position 3; the API takes only printable ASCII "
        "characters, without spaces.")
    assert not form.acceptable() and form.to_profile("Acme") is None
    secret.clear()
    assert secret.accessibleDescription() == "" and form.acceptable()


def test_stored_secrets_show_where_and_offer_forget(qtbot: QtBot, form: ProfileForm) -> None:
    form.show_stored(frozenset({SecretKind.API_SECRET}), "the test keychain")
    assert edit(form, "API secret").placeholderText() == stored_placeholder("the test keychain")
    assert edit(form, "Signature secret").placeholderText() == NOT_SET
    forget = find(form, QPushButton, "Forget API secret")
    assert forget.isVisible() and not find(form, QPushButton, "Forget signature secret").isVisible()
    with qtbot.waitSignal(form.forget_requested, timeout=1000) as asked:
        qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    assert asked.args == [SecretKind.API_SECRET.value]


def test_no_profile_is_never_dirty(form: ProfileForm) -> None:
    form.fill(None)
    assert edit(form, "Profile name").text() == ""
    assert form.profile is None and not form.dirty()
