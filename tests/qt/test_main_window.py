"""The assembled window: pages, banner, status bar, menus, preferences, closing mid-batch."""

from __future__ import annotations

import argparse
import logging
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from conversion_gui.core.client import AuthMode
from conversion_gui.core.context import AppContext
from conversion_gui.core.credentials import MemoryStore, Profile, SecretKind
from conversion_gui.core.history import BatchState, HistoryStore, RowState
from conversion_gui.logs import setup_logging
from conversion_gui.qt.a11y import plain
from conversion_gui.qt.app import make_excepthook, run_app
from conversion_gui.qt.main_window import MainWindow, short_key
from conversion_gui.qt.preferences import Preferences
from conversion_gui.qt.selftest import run_self_test
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import Faults, SimulatorAccount
from tests.conftest import SimulatorFactory
from tests.qt.conftest import find

WAIT = 15_000
Answer = list[bool]


class Windows:
    """Makes main windows over one data folder, as restarting the app would."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.data = tmp_path / "data"
        self.secrets = MemoryStore()
        self.settings_path = tmp_path / "gui.ini"
        self.answers: Answer = [True]
        self.questions: list[str] = []
        self.made: list[tuple[MainWindow, TaskManager]] = []

    def ask(self, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answers[-1]

    def make(self, sandbox: bool = True) -> MainWindow:
        tasks = TaskManager()
        settings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        window = MainWindow(
            lambda sb: AppContext(self.data, sandbox=sb, secret_store=self.secrets),
            tasks, settings, self.data / "logs", sandbox=sandbox, ask=self.ask,
        )
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        self.made.append((window, tasks))
        return window

    def close_all(self) -> None:
        for window, tasks in self.made:
            if window.batch_page.busy:
                stopped: list[bool] = []
                window.batch_page.stop(lambda s=stopped: s.append(True))
                self.qtbot.waitUntil(lambda s=stopped: bool(s), timeout=WAIT)
            tasks.shutdown(wait=True)
            window.context.close()


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path) -> Iterator[Windows]:
    made = Windows(qtbot, tmp_path)
    yield made
    made.close_all()


def test_three_pages_a_sandbox_banner_and_a_status_bar(qtbot: QtBot, windows: Windows) -> None:
    window = windows.make(sandbox=True)
    assert [window.tabs.tabText(i) for i in range(3)] == ["Send", "Batch", "History"]
    assert window.banner.isVisible()
    assert "sandbox" in window.windowTitle()
    qtbot.waitUntil(lambda: window.profile_label.text().startswith("Sandbox"), timeout=WAIT)
    assert window.rate_label.text() == "30/s · 8 in flight · files in UTC"


def test_sandbox_can_be_switched_off(qtbot: QtBot, windows: Windows) -> None:
    window = windows.make(sandbox=True)
    old_send_page = window.send_page
    switch = [b for b in window.banner.findChildren(QPushButton)
              if b.accessibleName() == "Switch off sandbox"]
    assert len(switch) == 1
    switch[0].click()
    assert not window.context.sandbox
    assert not window.banner.isVisible()
    assert window.send_page is not old_send_page
    assert window.windowTitle() == "conversion-gui"
    qtbot.waitUntil(lambda: "No profile yet" in window.profile_label.text(), timeout=WAIT)
    window.sandbox_action.setChecked(True)  # Settings > Sandbox mode brings it back
    assert window.context.sandbox and window.banner.isVisible()


def test_status_bar_says_which_profile_and_where_its_secret_lives(
    qtbot: QtBot, windows: Windows
) -> None:
    ctx = AppContext(windows.data, secret_store=windows.secrets)
    ctx.profiles.save(Profile(name="Acme", api_key="abcd00001234"))
    windows.secrets.set("Acme", SecretKind.API_SECRET, "the-secret-value-1")
    ctx.close()
    window = windows.make(sandbox=False)
    qtbot.waitUntil(lambda: "Acme" in window.profile_label.text(), timeout=WAIT)
    text = window.profile_label.text()
    assert short_key("abcd00001234") == "abcd…1234"
    assert "Profile Acme (key abcd…1234)" in text
    assert f"secret in {windows.secrets.where}" in text
    assert "the-secret-value-1" not in text


def test_sending_preferences_are_changed_checked_and_remembered(
    qtbot: QtBot, windows: Windows
) -> None:
    window = windows.make()
    dialog = window.open_sending()
    dialog.rate.setValue(12)
    dialog.concurrency.setValue(4)
    dialog.timezone.setCurrentText("Mars/Olympus_Mons")
    dialog._accept()
    assert dialog.isVisible() and "unknown" in dialog.error.text()  # refused inline
    dialog.timezone.setCurrentText("Europe/Paris")
    dialog._accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert window.preferences == Preferences(12.0, 4, "Europe/Paris")
    assert window.rate_label.text() == "12/s · 4 in flight · files in Europe/Paris"
    window.close()
    again = windows.make()
    assert again.preferences == Preferences(12.0, 4, "Europe/Paris")


def test_the_page_and_geometry_are_remembered(qtbot: QtBot, windows: Windows) -> None:
    window = windows.make()
    window.tabs.setCurrentIndex(2)
    window.resize(900, 640)
    window.close()
    again = windows.make()
    assert again.tabs.currentIndex() == 2


def campaign(path: Path, rows: int) -> Path:
    lines = ["message-id,delivered,timestamp"]
    lines += [f"0B{i:012d},yes,2026-11-26 10:00:00" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_batch(qtbot: QtBot, window: MainWindow, file: Path) -> None:
    window.tabs.setCurrentWidget(window.batch_page)
    window.batch_page.open_file(str(file))

    def send_button() -> QPushButton | None:
        for b in window.batch_page.findChildren(QPushButton):
            if b.text().replace("&", "").startswith("Send ") and b.isVisible() and b.isEnabled():
                return b
        return None

    qtbot.waitUntil(lambda: send_button() is not None, timeout=WAIT)
    button = send_button()
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: window.batch_page.busy, timeout=WAIT)


def test_closing_during_a_batch_asks_and_then_stops_cleanly(
    qtbot: QtBot, windows: Windows, tmp_path: Path
) -> None:
    window = windows.make()
    window.context.start_simulator().set_faults(Faults(latency_ms=30))
    window._preferences = Preferences(rate=10, concurrency=2, timezone="UTC")
    sim = window.context.start_simulator()
    start_batch(qtbot, window, campaign(tmp_path / "big.csv", 400))
    qtbot.waitUntil(lambda: len(sim.records()) >= 3, timeout=WAIT)

    windows.answers.append(False)  # "Quit during a batch?" -> No: nothing changes
    window.close()
    assert window.isVisible() and window.batch_page.busy
    assert "still sending" in windows.questions[-1]

    windows.answers.append(True)  # -> Yes: stop, then close
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert not window.batch_page.busy
    store = window.context.history
    batch = store.recent_batches(1)[0]
    assert batch.state == BatchState.CANCELLED
    counts = store.row_counts(batch.id)
    assert counts[RowState.IN_FLIGHT] == 0  # nothing left in limbo
    assert 0 < counts[RowState.ACCEPTED] < 400
    assert counts[RowState.ACCEPTED] + counts[RowState.PENDING] == 400


def test_every_input_and_button_is_named_after_its_label(
    qtbot: QtBot, windows: Windows
) -> None:
    window = windows.make()
    for page in (window.send_page, window.batch_page, window.history_page, window.banner):
        for kind in (QLineEdit, QComboBox, QCheckBox, QRadioButton, QSpinBox,
                     QDoubleSpinBox, QDateTimeEdit, QAbstractButton):
            for widget in page.findChildren(kind):
                if widget.objectName().startswith("qt_") or isinstance(
                    widget.parent(), QComboBox | QAbstractSpinBox | QLineEdit
                ):
                    continue  # the insides of Qt's own composite widgets
                assert widget.accessibleName(), f"{type(widget).__name__} without a name"
                if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
                    assert widget.accessibleName() == plain(widget.text())


def test_keyboard_switches_pages(qtbot: QtBot, windows: Windows) -> None:
    window = windows.make()
    window.activateWindow()
    for n, page in ((2, window.batch_page), (3, window.history_page), (1, window.send_page)):
        action = next(a for a in window.actions() if a.text() == f"Page {n}")
        assert action.shortcut().toString() == f"Ctrl+{n}"
        action.trigger()
        assert window.tabs.currentWidget() is page


def test_the_app_reuses_a_running_qapplication(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    args = argparse.Namespace(data_dir=str(tmp_path / "d"), sandbox=True, self_test=False,
                              screenshot=None)
    before = set(QApplication.topLevelWidgets())
    assert run_app(args) == 0  # embedded: returns at once, the host's loop runs the window
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    windows_made = [w for w in new if isinstance(w, MainWindow)]
    assert len(windows_made) == 1
    window = windows_made[0]
    assert window.context.sandbox
    window.close()
    window.tasks.shutdown(wait=True)
    window.context.close()
    window.deleteLater()


def test_an_unexpected_error_is_logged_and_explained(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hook = make_excepthook(lambda: parent, tmp_path / "conversion-gui.log")
    with caplog.at_level(logging.ERROR):
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            hook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: boom" in caplog.text
    boxes = [w for w in parent.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert "conversion-gui.log" in boxes[0].informativeText()
    assert "Nothing you sent is lost" in boxes[0].text()
    boxes[0].close()


def test_self_test_in_process(qtbot: QtBot, tmp_path: Path) -> None:
    lines: list[str] = []
    assert run_self_test(tmp_path / "data", tmp_path / "logs", out=lines.append) == 0
    text = "\n".join(lines)
    assert "ok   main window: Send, Batch, History" in text
    assert "ok   send to the built-in simulator: 200" in text
    assert "ok   read back from the history" in text
    assert "ok   certificates: verified against" in text
    assert "self-test passed" in text


def test_a_gui_session_at_debug_leaves_no_secret_in_the_log(
    qtbot: QtBot, windows: Windows, tmp_path: Path, make_simulator: SimulatorFactory
) -> None:
    """The GUI loads the secret from the store through the context, which registers it: a
    library that echoes it bare (no key=value shape to spot) is masked too."""
    secret = f"gui-{secrets.token_hex(12)}"  # new to this process: nothing registered it yet
    account = SimulatorAccount("gui0key1234", secret, f"sig-{secrets.token_hex(12)}")
    sim = make_simulator(accounts=[account])
    ctx = AppContext(windows.data, secret_store=windows.secrets)
    ctx.profiles.save(Profile(name="Work", api_key=account.api_key, auth=AuthMode.PARAMS,
                              base_url=sim.base_url))
    ctx.profiles.set_active("Work")
    windows.secrets.set("Work", SecretKind.API_SECRET, secret)
    ctx.close()
    root = logging.getLogger()
    levels = root.level, logging.getLogger("urllib3").level
    (tmp_path / "logs").mkdir()
    log_path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    try:
        window = windows.make(sandbox=False)
        page = window.send_page
        qtbot.keyClicks(find(page, QLineEdit, "Message ID"), "0A0000000123ABCD1")
        with qtbot.waitSignal(page.sent, timeout=WAIT) as sent:
            qtbot.mouseClick(find(page, QPushButton, "Send"), Qt.MouseButton.LeftButton)
        assert sent.args == [200]  # the secret was loaded and used
        library = logging.getLogger("some.library")
        library.debug("echoing its input: %s", secret)
        library.debug("state %r", {"token": secret, "nested": [secret]})
    finally:
        for handler in root.handlers:
            handler.flush()
        root.setLevel(levels[0])
        logging.getLogger("urllib3").setLevel(levels[1])
    text = log_path.read_text(encoding="utf-8")
    assert "echoing its input: ****" in text
    assert "/conversions/sms" in text  # urllib3's request lines are there, minus the secret
    assert secret not in text



@pytest.mark.parametrize("damage", ["newer version", "not sqlite"])
def test_a_history_file_that_cannot_be_used_is_said_in_the_window(
    windows: Windows, damage: str
) -> None:
    windows.data.mkdir(parents=True, exist_ok=True)
    file = windows.data / "history.sqlite3"
    if damage == "newer version":
        with HistoryStore(file):
            pass
        conn = sqlite3.connect(file)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
        expected = "written by a newer version of conversion-gui"
    else:
        file.write_bytes(b"not a database at all\n" * 100)
        expected = "is not a conversion-gui history file"
    before = file.read_bytes()
    window = windows.make(sandbox=False)
    message = window.storage_message
    windows.qtbot.waitUntil(lambda: message.isVisible(), timeout=WAIT)
    assert expected in message.text() and message.text().startswith("The ")
    assert message.text().endswith(".") and not message.text().endswith("..")
    assert window.tabs.isEnabled()  # the window is still there, not a crash dialog
    assert file.read_bytes() == before
