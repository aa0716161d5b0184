"""Settings › Network and Help › Check connection…, driven as a person would, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import PROXY_SECRET_KIND, PROXY_SECRET_OWNER, AppContext
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.core.network import NetworkSettings, ProxyMode
from conversion_gui.qt.doctor_dialog import DoctorDialog
from conversion_gui.qt.main_window import MainWindow
from conversion_gui.qt.network_dialog import NetworkDialog
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import DEMO_ACCOUNT
from tests.qt.conftest import find

WAIT = 15_000
PASSWORD = "Zq9-typed-proxy-pass-3391"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[MainWindow]:
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY",
                 "no_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    secrets = MemoryStore()
    tasks = TaskManager()
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(lambda sb: AppContext(tmp_path / "data", sandbox=sb, secret_store=secrets),
                     tasks, settings, tmp_path / "logs", sandbox=True, ask=lambda _t, _q: True)
    qtbot.addWidget(win)
    win.show()
    yield win
    tasks.shutdown(wait=True)
    win.context.close()


def menu_action(win: MainWindow, text: str) -> QAction:
    [action] = [a for a in win.findChildren(QAction) if a.text() == text]
    return action


def test_a_manual_proxy_is_checked_saved_and_its_password_kept_in_the_keychain(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_network()
    qtbot.waitUntil(dialog.isEnabled, timeout=WAIT)
    assert find(dialog, QRadioButton, "Automatic (the system's proxy settings, HTTPS_PROXY)"
                ).isChecked()
    assert not find(dialog, QLineEdit, "Host").isEnabled()
    find(dialog, QRadioButton, "Manual proxy").setChecked(True)
    host = find(dialog, QLineEdit, "Host")
    assert host.isEnabled()
    find(dialog, QPushButton, "OK").click()
    assert dialog.isVisible()
    assert dialog.error.text() == "The proxy host must be a name like proxy.example.com."
    host.setText("proxy.corp")
    find(dialog, QLineEdit, "User name").setText("alice")
    password = find(dialog, QLineEdit, "Password")
    assert password.echoMode() is QLineEdit.EchoMode.Password
    password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT) as closed:
        find(dialog, QPushButton, "OK").click()
    assert closed.args == [1]  # accepted
    ctx = window.context
    assert NetworkSettings.load(ctx.data_dir) == NetworkSettings(ProxyMode.MANUAL, "proxy.corp",
                                                                  3128, "alice")
    assert ctx.secrets.get(PROXY_SECRET_OWNER, PROXY_SECRET_KIND) == PASSWORD
    assert PASSWORD not in (ctx.data_dir / "network.json").read_text()

    again = window.open_network()
    qtbot.waitUntil(again.isEnabled, timeout=WAIT)
    assert find(again, QLineEdit, "Password").text() == ""  # never shown again
    assert "stored in the keychain" in find(again, QLineEdit, "Password").placeholderText()
    assert find(again, QLineEdit, "Host").text() == "proxy.corp"
    again.reject()


def test_check_connection_shows_each_line_and_copies_a_report_without_secrets(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_doctor()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    text = find(dialog, QPlainTextEdit, "Report").toPlainText()
    names = [line.split(":")[0].split(maxsplit=1)[1] for line in text.splitlines()[2:]]
    assert names == ["Data folder", "Keychain", "DNS", "Proxy", "TLS", "API", "Credentials"]
    assert "ok   API: the API answers (401 to made-up credentials" in text
    assert dialog.state.text() == "Everything checked is fine."
    find(dialog, QPushButton, "Copy report").click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.report_text() and "ok   Credentials" in copied
    assert DEMO_ACCOUNT.api_secret not in copied
    dialog.reject()


def test_the_menus_open_both_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    for text, kind in (("&Network…", NetworkDialog), ("&Check connection…", DoctorDialog)):
        menu_action(window, text).trigger()
        [dialog] = window.findChildren(kind)
        assert dialog.isVisible()
        if isinstance(dialog, DoctorDialog):
            qtbot.waitUntil(lambda d=dialog: not d.running, timeout=WAIT)
        else:
            qtbot.waitUntil(dialog.isEnabled, timeout=WAIT)
        dialog.reject()
