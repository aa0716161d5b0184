"""The Credentials dialog, driven as a person would: by labels, clicks and keys.

The secret flows run twice: against the real Secret Service (gnome-keyring in the private D-Bus
session of tests/keychain_session.sh; skipped without one, failed when
CONVERSION_GUI_REQUIRE_KEYCHAIN=1 promised one) and against a MemoryStore, so they are covered
everywhere. A third flavour has keyring's "no keychain" backend. Every keychain call runs on a
real thread pool; the tests wait for the dialog to be idle, never for a time.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from conversion_gui.core.client import AuthMode
from conversion_gui.core.credentials import (
    WHERE_SECRET_SERVICE,
    KeyringStore,
    MemoryStore,
    Profile,
    ProfileStore,
    SecretKind,
    SecretStore,
)
from conversion_gui.core.signing import SignatureMethod
from conversion_gui.paths import data_dir as make_data_dir
from conversion_gui.qt.a11y import plain
from conversion_gui.qt.credentials_dialog import (
    NOT_SET,
    WAITING_KEYCHAIN,
    CredentialsDialog,
    stored_placeholder,
)
from conversion_gui.qt.tasks import TaskManager
from tests.qt.conftest import activate, find

REQUIRE_KEYCHAIN = os.environ.get("CONVERSION_GUI_REQUIRE_KEYCHAIN") == "1"
WAIT = 10_000
# The offscreen platform cannot resize a window to its new minimum when a row appears; only that.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
T = TypeVar("T")


def missing(reason: str) -> None:
    """Skip, or fail when the run promised a keychain (CI must not go quietly green)."""
    if REQUIRE_KEYCHAIN:
        pytest.fail(f"CONVERSION_GUI_REQUIRE_KEYCHAIN=1 but {reason}")
    pytest.skip(reason)


def new_secret() -> str:
    return "Sx" + uuid.uuid4().hex   # unique per run, so a hit in a file cannot be a leftover


def files_holding(folder: Path, secret: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain the secret (UTF-8 or UTF-16)."""
    needles = [secret.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return [p for p in folder.rglob("*")
            if p.is_file() and any(n in p.read_bytes() for n in needles)]


def texts_in(root: QWidget) -> list[str]:
    """Every piece of text the widget tree holds or could show or read aloud."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.whatsThis(),
                w.windowTitle(), w.statusTip()]
        if isinstance(w, QLineEdit):
            out += [w.text(), w.displayText(), w.placeholderText()]
        elif isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
    return out


# -- fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def data(tmp_path: Path) -> Path:
    return make_data_dir(tmp_path / "data")


@pytest.fixture
def profiles(data: Path) -> ProfileStore:
    return ProfileStore.in_dir(data)


@pytest.fixture
def name() -> str:
    """A profile name no other run uses: the real keychain is shared by the whole session."""
    return f"Acme {uuid.uuid4().hex[:8]}"


def secret_service_store() -> KeyringStore:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        missing("no D-Bus session (run the tests through tests/keychain_session.sh)")
    backend = keyring.get_keyring()
    if type(backend).__module__ != "keyring.backends.SecretService":
        missing(f"keyring's backend is {type(backend).__module__}, not SecretService")
    store = KeyringStore()
    if not store.persistent:
        missing(f"the Secret Service cannot be used: {store.notice}")
    return store


@pytest.fixture(params=["keychain", "memory"])
def store(request: pytest.FixtureRequest, name: str) -> Iterator[SecretStore]:
    chosen: SecretStore = secret_service_store() if request.param == "keychain" else MemoryStore()
    yield chosen
    chosen.forget(name)   # leave nothing behind in the real keychain, even after a failure


class Dialogs:
    """Opens the dialog the way the main window does, and waits for its work to finish."""

    def __init__(self, qtbot: QtBot, profiles: ProfileStore, tasks: TaskManager) -> None:
        self.qtbot = qtbot
        self.profiles = profiles
        self.tasks = tasks

    def open(self, secrets: SecretStore) -> CredentialsDialog:
        dialog = CredentialsDialog(self.profiles, secrets, self.tasks)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        activate(self.qtbot, dialog, timeout=WAIT)
        self.idle(dialog)
        return dialog

    def idle(self, dialog: CredentialsDialog) -> None:
        self.qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)

    def click(self, dialog: CredentialsDialog, label: str) -> None:
        button = find(dialog, QPushButton, label)
        assert button.isEnabled(), f"{label} is disabled"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.idle(dialog)

    def type_into(self, dialog: CredentialsDialog, label: str, text: str) -> None:
        field = find(dialog, QLineEdit, label)
        field.selectAll()
        self.qtbot.keyClicks(field, text)

    def add(self, dialog: CredentialsDialog, name: str) -> None:
        self.click(dialog, "Add")
        field = find(dialog, QLineEdit, "New name")
        assert field.hasFocus()
        self.qtbot.keyClicks(field, name)
        self.qtbot.keyClick(field, Qt.Key.Key_Return)   # the default button: Add profile
        self.idle(dialog)

    def choose(self, dialog: CredentialsDialog, label: str, text: str) -> None:
        combo = find(dialog, QComboBox, label)
        index = combo.findText(text)
        assert index >= 0, f"{text!r} is not offered by {label}"
        combo.setCurrentIndex(index)


@pytest.fixture
def dialogs(qtbot: QtBot, profiles: ProfileStore, tasks: TaskManager) -> Dialogs:
    return Dialogs(qtbot, profiles, tasks)


def field(dialog: CredentialsDialog, label: str) -> QLineEdit:
    return find(dialog, QLineEdit, label)


def list_texts(dialog: CredentialsDialog) -> list[str]:
    view = find(dialog, QListWidget, "Profiles")
    return [view.item(i).text() for i in range(view.count())]


def count_changes(dialog: CredentialsDialog) -> list[int]:
    seen: list[int] = []
    dialog.changed.connect(lambda: seen.append(1))
    return seen


# -- the secret flow, with a real keychain and in memory ------------------------------------------
def test_add_save_replace_delete_keeps_the_secret_in_the_store_only(
    dialogs: Dialogs, store: SecretStore, profiles: ProfileStore, name: str, tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = dialogs.open(store)
    changes = count_changes(dialog)
    assert not find(dialog, QPushButton, "Rename").isEnabled()   # nothing to rename yet

    dialogs.add(dialog, name)
    assert profiles.names() == [name]
    assert list_texts(dialog) == [f"{name} (in use)"]   # the first profile is the one in use
    assert field(dialog, "Profile name").text() == name
    assert field(dialog, "Profile name").isReadOnly()
    assert field(dialog, "API secret").placeholderText() == NOT_SET
    assert changes

    first = new_secret()
    dialogs.type_into(dialog, "API key", "abcd1234")
    dialogs.type_into(dialog, "API secret", first)
    assert field(dialog, "API secret").echoMode() is QLineEdit.EchoMode.Password
    assert first not in field(dialog, "API secret").displayText()
    dialogs.click(dialog, "Save")

    assert store.get(name, SecretKind.API_SECRET) == first
    assert store.get(name, SecretKind.SIGNATURE_SECRET) is None
    saved = profiles.require(name)
    assert saved.api_key == "abcd1234"
    secret_field = field(dialog, "API secret")
    assert secret_field.text() == ""
    assert secret_field.placeholderText() == stored_placeholder(store.where)
    assert secret_field.placeholderText() == "stored — type to replace"  # fits the field
    assert secret_field.toolTip() == f"Stored in {store.where}: type to replace it"
    assert field(dialog, "Signature secret").placeholderText() == NOT_SET
    assert f"Secrets are kept in {store.where}." in texts_in(dialog)
    assert files_holding(tmp_path, first) == []
    assert not any(first in text for text in texts_in(dialog))
    if isinstance(store, KeyringStore):
        assert store.persistent and store.where == WHERE_SECRET_SERVICE
        # another store, with nothing in memory, reads it back: it really is in the keychain
        assert KeyringStore().get(name, SecretKind.API_SECRET) == first

    second = new_secret()
    dialogs.type_into(dialog, "API secret", second)
    dialogs.click(dialog, "Save")
    assert store.get(name, SecretKind.API_SECRET) == second
    assert field(dialog, "API secret").text() == ""
    assert field(dialog, "API secret").placeholderText() == stored_placeholder(store.where)
    assert files_holding(tmp_path, second) == []
    assert not any(second in text for text in texts_in(dialog))

    signature = new_secret()
    dialogs.type_into(dialog, "Signature secret", signature)
    dialogs.click(dialog, "Save")
    assert store.get(name, SecretKind.SIGNATURE_SECRET) == signature

    dialogs.click(dialog, "Delete")
    assert profiles.names() == [name]             # nothing happens before the question is answered
    dialogs.click(dialog, "Delete profile")
    assert profiles.names() == []
    assert store.get(name, SecretKind.API_SECRET) is None
    assert store.get(name, SecretKind.SIGNATURE_SECRET) is None
    assert list_texts(dialog) == []
    assert "No profiles yet: press Add to create one." in texts_in(dialog)
    for secret in (first, second, signature):
        assert secret not in caplog.text
        assert files_holding(tmp_path, secret) == []


def test_forget_one_secret(dialogs: Dialogs, store: SecretStore, profiles: ProfileStore,
                           name: str) -> None:
    profiles.save(Profile(name, api_key="abcd1234"))
    store.set(name, SecretKind.API_SECRET, new_secret())
    store.set(name, SecretKind.SIGNATURE_SECRET, new_secret())
    dialog = dialogs.open(store)
    changes = count_changes(dialog)
    dialogs.click(dialog, "Forget signature secret")
    assert store.get(name, SecretKind.SIGNATURE_SECRET) is None
    assert store.get(name, SecretKind.API_SECRET) is not None
    assert field(dialog, "Signature secret").placeholderText() == NOT_SET
    assert field(dialog, "API secret").placeholderText() == stored_placeholder(store.where)
    assert not find(dialog, QPushButton, "Forget signature secret").isVisible()
    assert changes


# -- no keychain at all ---------------------------------------------------------------------------
def test_without_a_keychain_the_secret_lives_for_this_session_only(
    dialogs: Dialogs, profiles: ProfileStore, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    store = KeyringStore(backend=fail.Keyring())
    dialog = dialogs.open(store)
    notice = [label for label in dialog.findChildren(QLabel)
              if label.isVisible() and "No keychain" in label.text()]
    assert len(notice) == 1
    assert "this run only" in notice[0].text() and "nothing is written to disk" in notice[0].text()

    dialogs.add(dialog, "Acme")
    secret = new_secret()
    dialogs.type_into(dialog, "API key", "abcd1234")
    dialogs.type_into(dialog, "API secret", secret)
    dialogs.click(dialog, "Save")
    assert store.get("Acme", SecretKind.API_SECRET) == secret
    assert not store.persistent
    assert profiles.require("Acme").api_key == "abcd1234"
    assert field(dialog, "API secret").toolTip().startswith("Stored in this session only")
    assert field(dialog, "API secret").text() == ""
    assert files_holding(tmp_path, secret) == []
    assert secret not in caplog.text
    assert not any(secret in text for text in texts_in(dialog))


def test_memory_store_says_secrets_are_for_this_session(dialogs: Dialogs) -> None:
    dialog = dialogs.open(MemoryStore())
    assert any(label.isVisible() and label.text().startswith("⚠ No keychain: secrets are kept "
                                                              "for this session only")
               for label in dialog.findChildren(QLabel))


# -- profiles: rename, switch, guard unsaved edits ------------------------------------------------
@pytest.fixture
def two_profiles(profiles: ProfileStore) -> MemoryStore:
    profiles.save(Profile("Acme", api_key="acmekey"))
    profiles.save(Profile("Beta", api_key="betakey"))
    secrets = MemoryStore()
    secrets.set("Acme", SecretKind.API_SECRET, "acme-secret-value")
    return secrets


def test_rename_moves_the_secrets_and_keeps_it_in_use(
    dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    assert list_texts(dialog) == ["Acme (in use)", "Beta"]
    assert field(dialog, "Profile name").text() == "Acme"   # the one in use is shown first
    changes = count_changes(dialog)

    dialogs.click(dialog, "Rename")
    new_name = field(dialog, "New name")
    assert new_name.text() == "Acme" and new_name.hasFocus()
    dialogs.qtbot.keyClicks(new_name, "Acme EU")     # the old name is selected: typing replaces
    dialogs.qtbot.keyClick(new_name, Qt.Key.Key_Return)
    dialogs.idle(dialog)

    assert profiles.names() == ["Acme EU", "Beta"]
    assert profiles.active_name() == "Acme EU"
    assert two_profiles.get("Acme EU", SecretKind.API_SECRET) == "acme-secret-value"
    assert two_profiles.get("Acme", SecretKind.API_SECRET) is None
    assert list_texts(dialog) == ["Acme EU (in use)", "Beta"]
    assert field(dialog, "Profile name").text() == "Acme EU"
    assert not new_name.isVisible()
    assert changes

    # a name that differs only in capitals is refused inline, and nothing changes
    dialogs.click(dialog, "Rename")
    dialogs.qtbot.keyClicks(new_name, "beta")
    dialogs.click(dialog, "Rename profile")
    refusal = [label.text() for label in dialog.findChildren(QLabel)
               if label.isVisible() and "already exists" in label.text()]
    assert refusal == ["⚠ A profile named “Beta” already exists."]
    assert profiles.names() == ["Acme EU", "Beta"]
    dialogs.qtbot.keyClick(new_name, Qt.Key.Key_Escape)   # Escape leaves the question only
    assert dialog.isVisible() and not new_name.isVisible()


def test_switch_the_profile_in_use(
    dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    changes = count_changes(dialog)
    assert not find(dialog, QPushButton, "Use this profile").isEnabled()   # already in use
    view = find(dialog, QListWidget, "Profiles")
    view.setFocus()
    dialogs.qtbot.keyClick(view, Qt.Key.Key_Down)
    dialogs.idle(dialog)
    assert field(dialog, "Profile name").text() == "Beta"
    assert field(dialog, "API key").text() == "betakey"
    assert field(dialog, "API secret").placeholderText() == NOT_SET
    assert view.hasFocus()   # focus came back after the keychain was asked

    dialogs.click(dialog, "Use this profile")
    assert profiles.active_name() == "Beta"
    assert list_texts(dialog) == ["Acme", "Beta (in use)"]
    assert view.item(1).font().bold() and not view.item(0).font().bold()
    assert not find(dialog, QPushButton, "Use this profile").isEnabled()
    assert changes


def test_unsaved_edits_are_not_lost_silently(
    dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    assert not find(dialog, QPushButton, "Save").isEnabled()   # nothing to save yet
    dialogs.type_into(dialog, "API key", "changedkey")
    dialogs.type_into(dialog, "API secret", "typed-but-unsaved")
    assert find(dialog, QPushButton, "Save").isEnabled()

    view = find(dialog, QListWidget, "Profiles")
    view.setCurrentRow(1)                      # try to leave for Beta
    assert field(dialog, "Profile name").text() == "Acme"
    assert view.currentRow() == 0
    assert any(label.isVisible() and "unsaved changes" in label.text()
               for label in dialog.findChildren(QLabel))

    # Close keeps them once, with a warning
    dialogs.click(dialog, "Close")
    assert dialog.isVisible()
    assert field(dialog, "API key").text() == "changedkey"
    dialogs.click(dialog, "Revert")
    assert field(dialog, "API key").text() == "acmekey"
    assert field(dialog, "API secret").text() == ""
    assert profiles.require("Acme").api_key == "acmekey"

    dialogs.type_into(dialog, "API secret", "typed-but-unsaved")
    find(dialog, QPushButton, "Close").click()
    find(dialog, QPushButton, "Close").click()   # the second Close drops them
    assert not dialog.isVisible()
    assert not any("typed-but-unsaved" in text for text in texts_in(dialog))
    assert two_profiles.get("Acme", SecretKind.API_SECRET) == "acme-secret-value"


# -- the form's own rules -------------------------------------------------------------------------
def test_signature_method_only_for_signature_auth(
    dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    auth = find(dialog, QComboBox, "Auth mode")
    method = find(dialog, QComboBox, "Signature method")
    assert [auth.itemText(i) for i in range(auth.count())] == [
        "Basic (header)", "Key and secret in the body", "Signature"]
    assert [method.itemText(i) for i in range(method.count())] == [
        "md5hash", "md5", "sha1", "sha256", "sha512"]
    assert auth.currentText() == "Basic (header)" and not method.isEnabled()
    dialogs.choose(dialog, "Auth mode", "Key and secret in the body")
    assert not method.isEnabled()
    dialogs.choose(dialog, "Auth mode", "Signature")
    assert method.isEnabled()
    dialogs.choose(dialog, "Signature method", "sha512")
    dialogs.choose(dialog, "Body", "JSON")
    dialogs.click(dialog, "Save")
    saved = profiles.require("Acme")
    assert saved.auth is AuthMode.SIGNATURE
    assert saved.signature_method is SignatureMethod.SHA512
    assert saved.body.value == "json"
    dialogs.choose(dialog, "Auth mode", "Basic (header)")
    assert not method.isEnabled()


def test_base_url_plain_http_only_to_this_machine(
    dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore, data: Path
) -> None:
    dialog = dialogs.open(two_profiles)
    before = (data / "settings.json").read_bytes()
    dialogs.type_into(dialog, "Base URL", "http://example.com")
    url = field(dialog, "Base URL")
    marks = [label.text() for label in dialog.findChildren(QLabel)
             if label.isVisible() and "plain http" in label.text()]
    assert len(marks) == 1 and marks[0].startswith("⚠")
    assert "plain http" in url.accessibleDescription()
    dialogs.click(dialog, "Save")
    assert (data / "settings.json").read_bytes() == before   # nothing saved
    assert any(label.isVisible() and label.text() == "⚠ Nothing was saved: correct the marked "
               "field." for label in dialog.findChildren(QLabel))
    assert url.hasFocus()

    dialogs.type_into(dialog, "Base URL", "http://127.0.0.1:8765")
    assert not any(label.isVisible() and "plain http" in label.text()
                   for label in dialog.findChildren(QLabel))
    assert url.accessibleDescription() == ""
    dialogs.click(dialog, "Save")
    assert profiles.require("Acme").base_url == "http://127.0.0.1:8765"
    assert any(label.isVisible() and label.text() == "Saved “Acme”."
               for label in dialog.findChildren(QLabel))


def test_bad_api_key_is_marked_and_nothing_saved(
    dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    dialogs.type_into(dialog, "API key", "has space")
    dialogs.type_into(dialog, "API secret", "not-saved-either")
    dialogs.click(dialog, "Save")
    assert profiles.require("Acme").api_key == "acmekey"
    assert two_profiles.get("Acme", SecretKind.API_SECRET) == "acme-secret-value"
    assert "spaces" in field(dialog, "API key").accessibleDescription()
    assert field(dialog, "API key").hasFocus()


def test_add_refuses_a_bad_or_taken_name_inline(
    dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    dialogs.add(dialog, "   ")
    assert any(label.isVisible() and "cannot be empty" in label.text()
               for label in dialog.findChildren(QLabel))
    dialogs.type_into(dialog, "New name", "ACME")
    dialogs.click(dialog, "Add profile")
    assert any(label.isVisible() and "“Acme” already exists" in label.text()
               for label in dialog.findChildren(QLabel))
    assert profiles.names() == ["Acme", "Beta"]
    dialogs.click(dialog, "Cancel")
    assert not field(dialog, "New name").isVisible()


def test_damaged_settings_file_is_reported_in_words(
    dialogs: Dialogs, data: Path
) -> None:
    (data / "settings.json").write_text("{not json", encoding="utf-8")
    dialog = dialogs.open(MemoryStore())
    shown = [label.text() for label in dialog.findChildren(QLabel)
             if label.isVisible() and "damaged" in label.text()]
    assert len(shown) == 1 and "line 1" in shown[0]
    assert (data / "settings.json").read_text(encoding="utf-8") == "{not json"   # left alone


# -- off the GUI thread ---------------------------------------------------------------------------
class GatedStore(MemoryStore):
    """A MemoryStore whose keychain calls wait for the test to open the gate: a slow keychain."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def get(self, profile: str, kind: SecretKind) -> str | None:
        self.gate.wait(30)
        return super().get(profile, kind)

    def set(self, profile: str, kind: SecretKind, value: str) -> None:
        self.gate.wait(30)
        super().set(profile, kind, value)


class RecordingExecutor(Executor):
    """A real thread pool that keeps the futures, so a test can wait for all of them."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=2)
        self.futures: list[Future[Any]] = []

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future = self.pool.submit(fn, *args, **kwargs)
        self.futures.append(future)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def test_a_slow_keychain_shows_waiting_and_disables_the_form(
    qtbot: QtBot, dialogs: Dialogs, profiles: ProfileStore
) -> None:
    profiles.save(Profile("Acme", api_key="acmekey"))
    store = GatedStore()
    try:
        dialog = CredentialsDialog(profiles, store, dialogs.tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        waiting = [label for label in dialog.findChildren(QLabel)
                   if label.text() == WAITING_KEYCHAIN]
        assert len(waiting) == 1 and waiting[0].isVisible()
        assert not find(dialog, QListWidget, "Profiles").isEnabled()
        assert not find(dialog, QPushButton, "Add").isEnabled()
        assert find(dialog, QPushButton, "Close").isEnabled()   # a stuck keychain can be left
    finally:
        store.gate.set()
    dialogs.idle(dialog)
    assert not waiting[0].isVisible()
    assert find(dialog, QListWidget, "Profiles").isEnabled()
    assert field(dialog, "API key").isEnabled() and field(dialog, "API key").text() == "acmekey"


def test_closing_and_deleting_while_the_keychain_answers(
    qtbot: QtBot, profiles: ProfileStore
) -> None:
    """The main window deletes the dialog on close; a late answer must not touch it."""
    profiles.save(Profile("Acme", api_key="acmekey"))
    store = GatedStore()
    executor = RecordingExecutor()
    tasks = TaskManager(executor)
    try:
        dialog = CredentialsDialog(profiles, store, tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        with qtbot.waitSignal(dialog.destroyed, timeout=WAIT):
            dialog.close()
        store.gate.set()
        ran: list[int] = []
        for future in executor.futures:   # queued after the dialog's own callback: FIFO
            future.add_done_callback(
                lambda _f: tasks.run_on_main(lambda: ran.append(1)))
        qtbot.waitUntil(lambda: len(ran) == len(executor.futures), timeout=WAIT)
    finally:
        store.gate.set()
        tasks.shutdown(wait=True)


def test_saving_refuses_to_close_until_done(
    qtbot: QtBot, dialogs: Dialogs, profiles: ProfileStore
) -> None:
    profiles.save(Profile("Acme", api_key="acmekey"))
    store = GatedStore()
    store.gate.set()
    dialog = dialogs.open(store)
    store.gate.clear()
    try:
        dialogs.type_into(dialog, "API secret", "slow-secret-value")
        find(dialog, QPushButton, "Save").click()
        assert dialog.busy
        assert not find(dialog, QPushButton, "Close").isEnabled()
        dialog.reject()   # Escape, or the window's close box
        assert dialog.isVisible()
    finally:
        store.gate.set()
    dialogs.idle(dialog)
    assert store.get("Acme", SecretKind.API_SECRET) == "slow-secret-value"
    assert field(dialog, "API secret").text() == ""


# -- accessibility and the keyboard ---------------------------------------------------------------
def test_accessible_names_equal_the_labels(
    dialogs: Dialogs, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    dialogs.click(dialog, "Add")   # the inline question is there too
    buddies = {}
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            assert label.buddy().accessibleName() == plain(label.text())
            buddies[label.buddy()] = label
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() == plain(button.text()), button.text()
    inputs = [w for w in dialog.findChildren(QWidget)
              if isinstance(w, QLineEdit | QComboBox | QListWidget) and w.parent() is not None
              and not isinstance(w.parent(), QComboBox)]
    assert inputs and all(w in buddies for w in inputs)
    assert sorted(plain(label.text()) for label in buddies.values()) == sorted([
        "Profiles", "New name", "Profile name", "API key", "API secret", "Signature secret",
        "Auth mode", "Signature method", "Base URL", "Body"])
    # each mnemonic letter is used once
    letters = [text[text.index("&") + 1].lower()
               for text in [*(lb.text() for lb in buddies.values()),
                            *(b.text() for b in dialog.findChildren(QPushButton))]
               if "&" in text]
    assert len(letters) == len(set(letters)), letters


def focus_chain(qtbot: QtBot, dialog: CredentialsDialog, start: QWidget, steps: int) -> list[str]:
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=WAIT)
    names = [start.accessibleName()]
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().accessibleName())
    return names


def test_tab_order_follows_the_layout(
    qtbot: QtBot, dialogs: Dialogs, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    view = find(dialog, QListWidget, "Profiles")
    # "Use this profile", "Signature method", "Save" and "Revert" are disabled here: skipped
    assert focus_chain(qtbot, dialog, view, 12) == [
        "Profiles", "Add", "Rename", "Delete", "Profile name", "API key", "API secret",
        "Forget API secret", "Signature secret", "Auth mode", "Base URL", "Body", "Close",
    ]


def test_keyboard_only_add_and_save(
    qtbot: QtBot, dialogs: Dialogs, profiles: ProfileStore
) -> None:
    store = MemoryStore()
    dialog = dialogs.open(store)
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)   # &Add
    dialogs.idle(dialog)
    qtbot.waitUntil(field(dialog, "New name").hasFocus, timeout=WAIT)
    qtbot.keyClicks(field(dialog, "New name"), "Acme")
    qtbot.keyClick(field(dialog, "New name"), Qt.Key.Key_Return)
    dialogs.idle(dialog)
    assert profiles.names() == ["Acme"]
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)   # API &key
    assert field(dialog, "API key").hasFocus()
    qtbot.keyClicks(field(dialog, "API key"), "abcd1234")
    qtbot.keyClick(field(dialog, "API key"), Qt.Key.Key_Tab)
    assert field(dialog, "API secret").hasFocus()
    qtbot.keyClicks(field(dialog, "API secret"), "keyboard-secret")
    qtbot.keyClick(field(dialog, "API secret"), Qt.Key.Key_Return)   # Save is the default
    dialogs.idle(dialog)
    assert store.get("Acme", SecretKind.API_SECRET) == "keyboard-secret"
    assert profiles.require("Acme").api_key == "abcd1234"
    assert field(dialog, "API secret").text() == ""


def test_reopening_rereads_what_changed_elsewhere(
    qtbot: QtBot, dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    dialog.hide()
    profiles.save(Profile("Zulu", api_key="zulukey"))   # e.g. by the command line
    dialog.show()
    dialogs.idle(dialog)
    assert list_texts(dialog) == ["Acme (in use)", "Beta", "Zulu"]


def test_no_secret_reaches_a_qobject_property(
    dialogs: Dialogs, two_profiles: MemoryStore
) -> None:
    """Belt and braces: after saving, no property of any object in the tree holds the secret."""
    dialog = dialogs.open(two_profiles)
    secret = new_secret()
    dialogs.type_into(dialog, "API secret", secret)
    dialogs.click(dialog, "Save")
    for obj in [dialog, *dialog.findChildren(QObject)]:
        meta = obj.metaObject()
        for i in range(meta.propertyCount()):
            prop = meta.property(i)
            value = prop.read(obj)
            assert secret not in str(value), (type(obj).__name__, prop.name())


def type_keys(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text``, as a keyboard sends them (QTest only types ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def test_a_character_the_api_cannot_take_is_marked_as_typed_and_save_waits(
    qtbot: QtBot, dialogs: Dialogs, profiles: ProfileStore, two_profiles: MemoryStore
) -> None:
    dialog = dialogs.open(two_profiles)
    secret = field(dialog, "API secret")
    secret.setFocus()
    type_keys(secret, "abcdé")
    expected = ("⚠ API secret: contains 'é' at position 5; the API takes only printable ASCII "
                "characters, without spaces.")
    assert [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisible() and "contains" in label.text()] == [expected]
    assert secret.accessibleDescription() == expected
    assert not find(dialog, QPushButton, "Save").isEnabled()
    qtbot.keyClick(secret, Qt.Key.Key_Return)   # the default button does nothing either
    dialogs.idle(dialog)
    assert two_profiles.get("Acme", SecretKind.API_SECRET) == "acme-secret-value"

    qtbot.keyClick(secret, Qt.Key.Key_Backspace)
    qtbot.keyClicks(secret, "e-fixed")
    assert secret.accessibleDescription() == ""
    assert not any(label.isVisible() and "contains" in label.text()
                   for label in dialog.findChildren(QLabel))
    dialogs.click(dialog, "Save")
    assert two_profiles.get("Acme", SecretKind.API_SECRET) == "abcde-fixed"

    key = field(dialog, "API key")
    key.selectAll()
    type_keys(key, "acmé")
    assert "API key: contains 'é' at position 4" in field(dialog, "API key").accessibleDescription()
    assert not find(dialog, QPushButton, "Save").isEnabled()
    assert profiles.require("Acme").api_key == "acmekey"
