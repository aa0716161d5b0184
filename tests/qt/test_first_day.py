"""Issue 10, "What a new user tripped on": each stumble, reproduced with keys, clicks and drops.

The whole window runs in sandbox mode against the built-in simulator with a real SQLite
history; a test does what the person did that day and checks what they looked at.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.history import AttemptRecord
from conversion_gui.core.retry import RetryPolicy
from conversion_gui.core.statuses import meaning_of
from conversion_gui.qt.batch_panel import BatchPage
from conversion_gui.qt.history_view import HistoryPage
from conversion_gui.qt.main_window import MainWindow
from conversion_gui.qt.preferences import Preferences
from conversion_gui.qt.send_form import RED, SendPage
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import Faults
from tests.qt.conftest import activate, find
from tests.qt.test_batch_panel import (
    Prefs,
    campaign,
    column,
    drop,
    finished,
    read_done,
    verdicts,
    write,
)
from tests.qt.test_main_window import Windows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 15_000
FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.01)


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path) -> Iterator[Windows]:
    made = Windows(qtbot, tmp_path)
    yield made
    made.close_all()


def send_page(qtbot: QtBot, context: AppContext, tasks: TaskManager,
              policy: RetryPolicy | None = FAST) -> SendPage:
    page = SendPage(context, tasks, policy=policy)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    activate(qtbot, page, timeout=WAIT)
    page.focus_first()
    return page


def id_field(page: SendPage) -> QLineEdit:
    return find(page, QLineEdit, "Message ID")


def answer(page: SendPage) -> QLabel:
    found = page.findChild(QLabel, "answer")
    assert found is not None
    return found


def type_and_send(qtbot: QtBot, page: SendPage, message_id: str) -> None:
    field = id_field(page)
    field.clear()
    qtbot.keyClicks(field, message_id)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def sent(qtbot: QtBot, page: SendPage, message_id: str) -> None:
    with qtbot.waitSignal(page.sent, timeout=WAIT):
        type_and_send(qtbot, page, message_id)
    qtbot.waitUntil(lambda: not page.sending, timeout=WAIT)


def batch_page(qtbot: QtBot, context: AppContext, tasks: TaskManager,
               prefs: Preferences | None = None) -> BatchPage:
    prefs = prefs or Preferences(rate=0, concurrency=4)
    page = BatchPage(context, tasks, Prefs(prefs), ask=lambda _t, _q: True,
                     choose_open_path=lambda: None)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def stop(qtbot: QtBot, page: BatchPage) -> None:
    if page.busy:
        done: list[bool] = []
        page.stop(lambda: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=WAIT)


# 1 ------------------------------------------------------------------------------------------

def test_1_space_at_start_types_in_the_id_field_and_leaving_sandbox_asks(
    qtbot: QtBot, windows: Windows
) -> None:
    window = windows.make(sandbox=True)
    activate(qtbot, window)
    field = id_field(window.send_page)
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.context.sandbox and window.banner.isVisible()

    # No profile of one's own yet: switching off asks first, and No keeps the sandbox.
    windows.answers.append(False)
    switch = find(window.banner, QPushButton, "Switch off sandbox")
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert windows.questions and "no profile with your own API key" in windows.questions[-1]
    assert window.context.sandbox and window.sandbox_action.isChecked()
    windows.answers.append(True)
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert not window.context.sandbox


# 2 (the Alt-letter walk is tests/qt/test_mnemonics.py) ------------------------------------

def test_2_ctrl_return_sends_on_the_batch_page_too(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    page = batch_page(qtbot, context, tasks)
    try:
        assert drop(page, campaign(tmp_path / "c.csv", ["K1", "K2"]))
        read_done(qtbot, page)
        page.preview.table.setFocus()
        qtbot.keyClick(page.preview.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: finished(page), timeout=WAIT)
        assert context.start_simulator().accepted() == Counter({"K1": 1, "K2": 1})
    finally:
        stop(qtbot, page)


# 3 ------------------------------------------------------------------------------------------

def test_3_tab_leaves_the_preview_table_and_arrows_move_in_it(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    page = batch_page(qtbot, context, tasks)
    assert drop(page, campaign(tmp_path / "c.csv", ["T1", "T2", "T3"]))
    read_done(qtbot, page)
    activate(qtbot, page)
    table = page.preview.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1 and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert QApplication.focusWidget() is not None


# 4 ------------------------------------------------------------------------------------------

def test_4_a_reset_connection_is_said_in_words_with_no_api_heading(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, caplog: pytest.LogCaptureFixture
) -> None:
    page = send_page(qtbot, context, tasks)
    sent(qtbot, page, "sim-reset")
    text = answer(page).text()
    assert text.startswith("No answer: ")
    assert "No answer  No answer" not in text
    assert "The API said" not in text  # it said nothing
    assert "ConnectionError" not in text and "Connection aborted" not in text
    assert "safe to send again" in text and "(after 3 attempts)" in text
    # the technical text stays in the log (and in the tooltip when the outcome carries it)
    assert "ConnectionResetError" in caplog.text
    assert "ConnectionResetError" not in text


# 5 ------------------------------------------------------------------------------------------

def test_5_after_a_batch_each_row_shows_its_result_and_send_gives_way_to_retry(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    page = batch_page(qtbot, context, tasks)
    try:
        assert drop(page, campaign(tmp_path / "c.csv", ["R1", "sim-423", "R2"]))
        read_done(qtbot, page)
        assert verdicts(page) == ["valid", "valid", "valid"]
        qtbot.mouseClick(find(page, QPushButton, "Send 3 valid rows"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: finished(page), timeout=WAIT)
        qtbot.waitUntil(lambda: verdicts(page) == ["accepted", "refused", "accepted"],
                        timeout=WAIT)
        assert column(page, "Reason")[1] == (
            "refused by the API: 423 Invalid parameters: check message-id, delivered and "
            "timestamp")
        # the same filter: Problems only now shows the refused row
        qtbot.mouseClick(page.problems_only, Qt.MouseButton.LeftButton)
        assert column(page, "Message ID") == ["sim-423"]
        # Send does not sit enabled beside Retry failed for the same rows
        retry = find(page, QPushButton, "Retry failed")
        assert retry.isVisible() and retry.isEnabled()
        assert not find(page, QPushButton, "Valid rows sent").isEnabled()
    finally:
        stop(qtbot, page)


# 7 ------------------------------------------------------------------------------------------

def test_7_the_page_is_not_torn_down_when_a_batch_ends(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    page = batch_page(qtbot, context, tasks)
    try:
        assert drop(page, campaign(tmp_path / "c.csv", [f"N{i}" for i in range(20)]))
        read_done(qtbot, page)
        emptied: list[int] = []
        page.model.modelReset.connect(lambda: emptied.append(page.model.held))
        reading: list[bool] = []
        page.header.read_bar.valueChanged.connect(lambda _v: reading.append(True))
        qtbot.mouseClick(find(page, QPushButton, "Send 20 valid rows"),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: finished(page), timeout=WAIT)
        qtbot.waitUntil(lambda: verdicts(page) == ["accepted"] * 20, timeout=WAIT)
        assert page.reading_row.isHidden() and reading == []
        assert 0 not in emptied  # the rows never vanished
        assert find(page, QPushButton, "Stop reading").isHidden() or page.reading_row.isHidden()
    finally:
        stop(qtbot, page)


# 8 ------------------------------------------------------------------------------------------

def test_8_day_first_settles_the_note_and_the_columns_still_fill_the_table(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    path = write(tmp_path / "d.csv", "message-id,delivered,timestamp\r\n"
                 "D1,yes,03/04/2026 10:00\r\nD2,yes,05/04/2026 10:00\r\n")
    page = batch_page(qtbot, context, tasks)
    assert drop(page, path)
    read_done(qtbot, page)
    file_line = find(page, QLabel, "File").text()
    assert "choose the date order" in file_line

    def fill() -> int:
        header = page.preview.table.horizontalHeader()
        return sum(header.sectionSize(i) for i in range(header.count()))

    width = page.preview.table.viewport().width()
    assert fill() >= width - 2
    combo = find(page, QComboBox, "Date order")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_D)  # type-ahead picks "Day first"
    assert combo.currentText() == "Day first"
    read_done(qtbot, page)
    qtbot.waitUntil(lambda: verdicts(page) == ["valid", "valid"], timeout=WAIT)
    file_line = find(page, QLabel, "File").text()
    assert "choose the date order" not in file_line and "dates read day first" in file_line
    assert fill() >= page.preview.table.viewport().width() - 2


def test_8_the_status_bar_names_the_zone_the_batch_page_reads_in(
    qtbot: QtBot, windows: Windows, tmp_path: Path
) -> None:
    window = windows.make(sandbox=True)
    assert window.rate_label.text().endswith("files in UTC")
    window.tabs.setCurrentWidget(window.batch_page)
    page = window.batch_page
    assert drop(page, campaign(tmp_path / "c.csv", ["Z1"]))
    read_done(qtbot, page)
    zone = find(page, QComboBox, "Time zone")
    zone.setFocus()
    edit = zone.lineEdit()
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, "Europe/Berlin")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.rate_label.text().endswith("files in Europe/Berlin"),
                    timeout=WAIT)


# 9 ------------------------------------------------------------------------------------------

def test_9_resend_says_how_many_conversions_from_the_start_and_why(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    context.history.record_attempts(
        AttemptRecord(channel="sms", message_id="DUP-1", delivered=True,
                      conv_timestamp="2026-11-01 10:00:00", status=503, kind="server_error",
                      meaning=meaning_of(503), profile="Sandbox", base_url="http://x",
                      at=f"2026-11-01 10:00:0{n}.000")
        for n in range(6))
    page = HistoryPage(context, tasks)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 and page.model.attempt_at(5) is not None,
                    timeout=WAIT)
    messages: list[str] = []
    table = find(page, QTableView, "Attempts")
    table.setFocus()
    table.selectAll()
    button = find(page, QPushButton, "Re-send selected")
    original = page._set_message

    def spy(text: str, error: bool = False) -> None:
        messages.append(text)
        original(text, error)

    page._set_message = spy  # type: ignore[method-assign]
    with qtbot.waitSignal(page.resent, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert messages[0] == ("Re-sending 1 conversion (6 attempts selected; several attempts "
                           "of one conversion are one fact, sent once)…")
    assert page.message_text() == "Re-sent 1 conversion: 1 accepted."


# 10 -----------------------------------------------------------------------------------------

def test_10_a_final_429_says_it_was_not_recorded_and_what_to_do(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    context.start_simulator().set_faults(Faults(retry_after=0))
    page = send_page(qtbot, context, tasks)
    sent(qtbot, page, "sim-429")
    text = answer(page).text()
    assert text.startswith("429  Not recorded: the API was still throttling after 3 attempts.")
    assert "Wait a minute and send again" in text
    assert RED in answer(page).styleSheet()


# 11 -----------------------------------------------------------------------------------------

def test_11_a_time_hours_ahead_is_questioned_inline_and_editing_withdraws_the_question(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    page = send_page(qtbot, context, tasks)
    page.set_time(datetime.now(page.zone).replace(tzinfo=None) + timedelta(hours=5))
    type_and_send(qtbot, page, "FUTURE-1")
    anyway = find(page, QPushButton, "Send anyway")
    qtbot.waitUntil(anyway.isVisible, timeout=WAIT)
    assert "hours in the future" in find(page, QLabel, "Check before sending").text()
    assert context.history.page() == []  # nothing went out
    qtbot.keyClicks(id_field(page), "2")  # an edit takes the question back
    assert not anyway.isVisible()
    qtbot.keyClick(id_field(page), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(anyway.isVisible, timeout=WAIT)
    assert anyway.hasFocus()
    with qtbot.waitSignal(page.sent, timeout=WAIT):
        qtbot.keyClick(anyway, Qt.Key.Key_Return)
    assert [r.message_id for r in context.history.page()] == ["FUTURE-12"]


def test_11_an_id_already_accepted_is_named_and_sent_again_only_when_asked(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    page = send_page(qtbot, context, tasks)
    sent(qtbot, page, "AGAIN-1")
    type_and_send(qtbot, page, "AGAIN-1")
    anyway = find(page, QPushButton, "Send anyway")
    qtbot.waitUntil(anyway.isVisible, timeout=WAIT)
    assert "already holds Message ID 'AGAIN-1' as accepted" in find(
        page, QLabel, "Check before sending").text()
    assert len(context.history.page()) == 1
    with qtbot.waitSignal(page.sent, timeout=WAIT):
        qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    assert context.start_simulator().accepted()["AGAIN-1"] == 2


# 12 -----------------------------------------------------------------------------------------

def test_12_recent_sends_keeps_more_than_eight_newest_on_top(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    page = send_page(qtbot, context, tasks)
    for i in range(10):
        sent(qtbot, page, f"REC-{i:02d}")
    recent = find(page, QListWidget, "Recent sends")
    assert recent.count() == 10
    assert "REC-09" in recent.item(0).text() and "REC-00" in recent.item(9).text()


# 13 -----------------------------------------------------------------------------------------

def test_13_the_reason_comes_first_and_its_whole_text_follows_the_current_row(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    path = write(tmp_path / "r.csv", "message-id,delivered,timestamp\r\n"
                 "A1,maybe,2026-03-01 10:00:00\r\nA2,yes,2026-03-01 10:00:00\r\n")
    page = batch_page(qtbot, context, tasks)
    page.resize(1024, 640)
    assert drop(page, path)
    read_done(qtbot, page)
    reason = column(page, "Reason")[0]
    assert reason.startswith("delivered 'maybe'") and "line 2" not in reason
    full = page.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert full.startswith("line 2, column 'delivered': ")
    table = page.preview.table
    activate(qtbot, page)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    details = find(page, QLabel, "Row details")
    assert details.text() == f"Line 2: rejected: {full.removeprefix('line 2, ')}"
    assert details.text().startswith("Line 2: rejected: column 'delivered': ")
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert details.text() == "Line 3: valid"


# 14 -----------------------------------------------------------------------------------------

def test_14_the_credentials_dialog_in_sandbox_has_one_line_and_no_keychain_warning(
    qtbot: QtBot, windows: Windows
) -> None:
    window = windows.make(sandbox=True)
    dialog = window.open_credentials()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.where_label.text() != "", timeout=WAIT)
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert not any("keychain" in text.lower() and "⚠" in text for text in shown)
    assert sum("memory" in text for text in shown) == 1
    assert any(text.startswith("Sandbox: the demo account's secret") for text in shown)
    dialog.close()


# 15 -----------------------------------------------------------------------------------------

def test_15_while_paused_the_progress_says_paused_not_a_rate(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    context.start_simulator().set_faults(Faults(latency_ms=50))
    page = batch_page(qtbot, context, tasks, Preferences(rate=10, concurrency=1))
    try:
        assert drop(page, campaign(tmp_path / "c.csv", [f"P{i}" for i in range(40)]))
        read_done(qtbot, page)
        qtbot.mouseClick(find(page, QPushButton, "Send 40 valid rows"),
                         Qt.MouseButton.LeftButton)
        progress = find(page, QLabel, "Progress")
        qtbot.waitUntil(lambda: "/s" in progress.text(), timeout=WAIT)
        qtbot.mouseClick(find(page, QPushButton, "Pause"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "paused: nothing more is sent" in progress.text()
                        and " of " in progress.text(), timeout=WAIT)
        assert "/s" not in progress.text()
        qtbot.mouseClick(find(page, QPushButton, "Resume"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "/s" in progress.text(), timeout=WAIT)
    finally:
        stop(qtbot, page)


# 17 -----------------------------------------------------------------------------------------

def test_17_simulator_faults_are_set_from_the_menu_applied_and_remembered(
    qtbot: QtBot, windows: Windows
) -> None:
    window = windows.make(sandbox=True)
    dialog = window.open_simulator()
    find(dialog, QSpinBox, "Latency of every answer").setValue(20)
    errors = find(dialog, QDoubleSpinBox, "Server errors (500, 503)")
    errors.setFocus()
    errors.selectAll()
    qtbot.keyClicks(errors, "100")
    qtbot.keyClick(errors, Qt.Key.Key_Return)  # the dialog's default button: OK
    sim = window.context.simulator
    qtbot.waitUntil(lambda: (sim := window.context.simulator) is not None
                    and sim.faults.error_rate == 1.0, timeout=WAIT)
    sim = window.context.simulator
    assert sim is not None and sim.faults.latency_ms == 20
    settings = QSettings(str(windows.settings_path), QSettings.Format.IniFormat)
    assert float(settings.value("sandbox/error_rate")) == 1.0  # type: ignore[arg-type]

    again = windows.make(sandbox=True)  # the next session misbehaves the same way
    qtbot.waitUntil(lambda: (s := again.context.simulator) is not None
                    and s.faults.error_rate == 1.0, timeout=WAIT)


def test_17_send_again_anyway_sends_already_accepted_rows(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    path = campaign(tmp_path / "c.csv", ["S1", "S2"])
    page = batch_page(qtbot, context, tasks)
    try:
        assert drop(page, path)
        read_done(qtbot, page)
        qtbot.mouseClick(find(page, QPushButton, "Send 2 valid rows"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: finished(page), timeout=WAIT)
        assert drop(page, path)  # the same file again: both already accepted
        read_done(qtbot, page)
        assert verdicts(page) == ["already accepted"] * 2
        again = find(page, QCheckBox, "Send again anyway: duplicates and rows already accepted")
        qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
        read_done(qtbot, page)
        qtbot.waitUntil(lambda: verdicts(page) == ["valid"] * 2, timeout=WAIT)
        qtbot.mouseClick(find(page, QPushButton, "Send 2 valid rows"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: finished(page), timeout=WAIT)
        assert context.start_simulator().accepted() == Counter({"S1": 2, "S2": 2})
    finally:
        stop(qtbot, page)


def test_17_a_batch_ends_with_duration_rate_and_shares(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    path = write(tmp_path / "c.csv", "message-id,delivered,timestamp\r\n"
                 "F1,yes,2026-03-01 10:00:00\r\nF2,no,2026-03-01 10:00:00\r\n"
                 "sim-423,yes,2026-03-01 10:00:00\r\nF3,yes,2026-03-01 10:00:00\r\n")
    page = batch_page(qtbot, context, tasks)
    try:
        assert drop(page, path)
        read_done(qtbot, page)
        qtbot.mouseClick(find(page, QPushButton, "Send 4 valid rows"), Qt.MouseButton.LeftButton)
        result = find(page, QLabel, "Result")
        qtbot.waitUntil(lambda: "marked delivered" in result.text(), timeout=WAIT)
        text = result.text()
        assert text.startswith("Finished: 3 accepted, 1 failed (Invalid parameters). Took ")
        assert " requests/s; 3 of 4 accepted (75%); " in text
        assert text.endswith("2 of the accepted marked delivered (67%).")
    finally:
        stop(qtbot, page)


# keyboard only ------------------------------------------------------------------------------

def test_keyboard_only_a_send_and_a_batch_from_start_to_finish(
    qtbot: QtBot, windows: Windows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = campaign(tmp_path / "k.csv", ["KB1", "KB2", "KB3"])
    # The file dialog is the platform's; here it answers with the file a person would pick.
    monkeypatch.setattr(BatchPage, "_open_dialog_path", lambda _self: str(path))
    window: MainWindow = windows.make(sandbox=True)
    activate(qtbot, window)

    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, k, mod)

    # A send: the id field has the focus at start; type, Ctrl+Return.
    qtbot.waitUntil(id_field(window.send_page).hasFocus, timeout=WAIT)
    QTest.keyClicks(QApplication.focusWidget(), "KEYS-0001")
    with qtbot.waitSignal(window.send_page.sent, timeout=WAIT):
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Accepted" in answer(window.send_page).text(), timeout=WAIT)

    # A batch: Ctrl+2, Ctrl+O, Ctrl+Return once the preview is read; then Alt+I.
    key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.batch_page
    key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    page = window.batch_page
    read_done(qtbot, page)
    assert verdicts(page) == ["valid"] * 3
    assert page.isAncestorOf(QApplication.focusWidget())  # the keyboard is in the preview
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)
    qtbot.waitUntil(lambda: verdicts(page) == ["accepted"] * 3, timeout=WAIT)
    key(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Show in History (an animated click)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.history_page, timeout=WAIT)
    assert window.context.start_simulator().accepted() == Counter(
        {"KEYS-0001": 1, "KB1": 1, "KB2": 1, "KB3": 1})
