"""The Send page against the real sandbox simulator, a real SQLite history and a real pool.

Each test does what a support agent does (types, tabs, presses Ctrl+Return) and checks what
they would look at: the answer line, its meaning and colour, the recent list, the history.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.credentials import MemoryStore, Profile, SecretKind
from conversion_gui.core.retry import RetryPolicy
from conversion_gui.qt.a11y import plain
from conversion_gui.qt.send_form import GREEN, RED, SendPage
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import DEMO_ACCOUNT, Faults, Simulator
from tests.qt.conftest import activate, find

# The offscreen platform says this on every top-level show; it is not about this page.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
WAIT = 10_000
FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.01)

MEANINGS = {  # DESIGN.md section 2, word for word
    200: "Accepted: the conversion was recorded",
    401: "Wrong credentials: check the API key and secret (or signature secret and method)",
    402: "Conversion API not enabled for this account: ask Vonage support to enable it",
    423: "Invalid parameters: check message-id, delivered and timestamp",
}


def make_page(
    qtbot: QtBot,
    context: AppContext,
    tasks: TaskManager,
    settings: QSettings | None = None,
    zone: tzinfo = PARIS,
    policy: RetryPolicy | None = None,
) -> SendPage:
    page = SendPage(context, tasks, settings=settings, zone=zone, policy=policy)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    activate(qtbot, page, timeout=WAIT)
    page.focus_first()
    return page


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, tasks: TaskManager, settings: QSettings) -> SendPage:
    return make_page(qtbot, context, tasks, settings)


def id_field(page: SendPage) -> QLineEdit:
    found = [w for w in page.findChildren(QLineEdit)
             if w.accessibleName() in ("Message ID", "Event ID", "Call ID")]
    assert len(found) == 1
    return found[0]


def answer(page: SendPage) -> str:
    label = page.findChild(QLabel, "answer")
    assert label is not None
    return label.text()


def answer_colour(page: SendPage) -> str:
    label = page.findChild(QLabel, "answer")
    assert label is not None
    return label.styleSheet()


def id_error(page: SendPage) -> QLabel:
    label = page.findChild(QLabel, "id_error")
    assert label is not None
    return label


def utc_label(page: SendPage) -> str:
    label = page.findChild(QLabel, "utc_label")
    assert label is not None
    return label.text()


def send_and_wait(qtbot: QtBot, page: SendPage, message_id: str) -> list[int]:
    """Type the id, press Send, wait for the answer; returns what ``sent`` carried."""
    field = id_field(page)
    field.clear()
    qtbot.keyClicks(field, message_id)
    with qtbot.waitSignal(page.sent, timeout=WAIT) as blocker:
        qtbot.mouseClick(find(page, QPushButton, "Send"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.sending, timeout=WAIT)
    return list(blocker.args or [])


# -- the answers --------------------------------------------------------------------------------


def test_accepted_is_shown_in_words_recorded_and_the_form_is_ready_again(
    qtbot: QtBot, page: SendPage, context: AppContext
) -> None:
    assert send_and_wait(qtbot, page, "0A0000000123ABCD1") == [200]

    assert "200" in answer(page)
    assert MEANINGS[200] in answer(page)
    assert GREEN in answer_colour(page)
    icon = page.findChild(QLabel, "answer_icon")
    assert icon is not None and not icon.pixmap().isNull()  # not colour alone
    answer_time = page.findChild(QLabel, "answer_time")
    assert answer_time is not None and answer_time.text()

    rows = context.history.page()
    assert [(r.channel, r.message_id, r.delivered, r.status, r.meaning, r.profile)
            for r in rows] == [("sms", "0A0000000123ABCD1", True, 200, MEANINGS[200], "Sandbox")]
    assert context.simulator is not None
    assert rows[0].base_url == context.simulator.base_url
    assert [r.params["message-id"] for r in context.simulator.records()] == ["0A0000000123ABCD1"]

    recent = find(page, QListWidget, "Recent sends")
    assert recent.count() == 1
    assert "0A0000000123ABCD1" in recent.item(0).text()
    assert MEANINGS[200] in recent.item(0).text()

    # Ready for the next one: id cleared and focused, Send back.
    field = id_field(page)
    assert field.text() == ""
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    send = find(page, QPushButton, "Send")
    assert send.isEnabled() and send.text() == "Se&nd"


@pytest.mark.parametrize("status", [402, 423])
def test_forced_answers_show_their_meaning_in_red(
    qtbot: QtBot, page: SendPage, context: AppContext, status: int
) -> None:
    assert send_and_wait(qtbot, page, f"sim-{status}") == [status]
    assert str(status) in answer(page)
    assert MEANINGS[status] in answer(page)
    assert RED in answer_colour(page)
    assert [(r.status, r.meaning) for r in context.history.page()] == [
        (status, MEANINGS[status])
    ]
    assert MEANINGS[status] in find(page, QListWidget, "Recent sends").item(0).text()


@pytest.fixture
def acme_context(tmp_path: Path, simulator: Simulator) -> Iterator[AppContext]:
    """A real (non-sandbox) setup whose saved secret is wrong."""
    ctx = AppContext(tmp_path / "acme", secret_store=MemoryStore(), environ={})
    ctx.profiles.save(Profile(name="Acme", api_key=DEMO_ACCOUNT.api_key,
                              base_url=simulator.base_url))
    ctx.secrets.set("Acme", SecretKind.API_SECRET, "not-the-secret")
    yield ctx
    ctx.close()


def test_wrong_credentials_show_401_and_its_meaning(
    qtbot: QtBot, acme_context: AppContext, tasks: TaskManager, simulator: Simulator
) -> None:
    page = make_page(qtbot, acme_context, tasks)
    assert send_and_wait(qtbot, page, "0A0000000123ABCD1") == [401]
    assert "401" in answer(page)
    assert MEANINGS[401] in answer(page)
    assert RED in answer_colour(page)
    assert "not-the-secret" not in answer(page)
    rows = acme_context.history.page()
    assert [(r.status, r.profile, r.base_url) for r in rows] == [
        (401, "Acme", simulator.base_url)
    ]
    assert [r.status for r in simulator.records()] == [401]  # a 401 is never retried


def test_no_credentials_is_explained_inline_and_nothing_is_recorded(
    qtbot: QtBot, tmp_path: Path, tasks: TaskManager
) -> None:
    ctx = AppContext(tmp_path / "empty", secret_store=MemoryStore(), environ={})
    try:
        page = make_page(qtbot, ctx, tasks)
        emitted: list[int] = []
        page.sent.connect(emitted.append)
        qtbot.keyClicks(id_field(page), "0A0000000123ABCD1")
        qtbot.mouseClick(find(page, QPushButton, "Send"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.sending, timeout=WAIT)
        assert "No credentials yet: open Settings > Credentials" in answer(page)
        assert "Traceback" not in answer(page)
        assert RED in answer_colour(page)
        assert ctx.history.page() == []
        assert emitted == []
        assert id_field(page).text() == "0A0000000123ABCD1"  # kept: nothing was sent
        assert find(page, QPushButton, "Send").isEnabled()
    finally:
        ctx.close()


@pytest.mark.parametrize(
    ("message_id", "status", "meaning"),
    [
        ("sim-503", 503, "Vonage server error"),
        ("sim-reset", -1, "No answer: the connection was closed"),
    ],
)
def test_retryable_answers_are_retried_then_said_not_recorded_in_red(
    qtbot: QtBot, context: AppContext, tasks: TaskManager,
    message_id: str, status: int, meaning: str,
) -> None:
    page = make_page(qtbot, context, tasks, policy=FAST)
    assert send_and_wait(qtbot, page, message_id) == [status]
    assert meaning in answer(page)
    assert "after 3 attempts" in answer(page)
    assert RED in answer_colour(page)  # given up: not handled, whatever the meaning says
    assert "send again" in answer(page)
    if status == -1:
        assert answer(page).startswith("No answer")
        assert "The API said" not in answer(page)  # it said nothing
    else:
        assert answer(page).startswith("503  Not recorded")
    rows = context.history.page(sort_column="attempt_no", descending=False)
    assert [r.attempt_no for r in rows] == [1, 2, 3]


def test_esc_cancels_the_wait_before_a_retry(
    qtbot: QtBot, page: SendPage, context: AppContext
) -> None:
    sim = context.start_simulator()
    sim.set_faults(Faults(retry_after=60))  # a 429 asks for a minute: the person won't wait
    field = id_field(page)
    qtbot.keyClicks(field, "sim-429")
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    send = find(page, QPushButton, "Sending…")
    assert not send.isEnabled()
    cancel = find(page, QPushButton, "Cancel")
    qtbot.waitUntil(cancel.isVisible, timeout=WAIT)  # once the history check has passed

    qtbot.waitUntil(lambda: "trying again in 60 s" in answer(page), timeout=WAIT)
    assert "Throttled" in answer(page)
    with qtbot.waitSignal(page.sent, timeout=WAIT) as blocker:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.sending, timeout=WAIT)
    assert blocker.args == [429]
    assert "Cancelled" in answer(page)
    assert [r.status for r in sim.records()] == [429]  # no second attempt
    assert [r.status for r in context.history.page()] == [429]
    assert not cancel.isVisible()
    assert find(page, QPushButton, "Send").isEnabled()


# -- validation ---------------------------------------------------------------------------------


def test_invalid_id_is_marked_inline_and_nothing_is_sent(
    qtbot: QtBot, page: SendPage, context: AppContext
) -> None:
    sim = context.start_simulator()
    field = id_field(page)
    error = id_error(page)
    assert not error.isVisible()  # a fresh, empty form is not an error

    qtbot.keyClicks(field, "1.23457E+17")  # what Excel makes of a long id
    assert error.isVisible()
    assert "Message ID" in error.text()
    assert "re-export the column as Text" in error.text()

    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(find(page, QPushButton, "Send"), Qt.MouseButton.LeftButton)
    assert not page.sending
    assert error.isVisible()
    assert field.text() == "1.23457E+17"  # kept, for the person to fix

    field.clear()
    assert not error.isVisible()
    qtbot.mouseClick(find(page, QPushButton, "Send"), Qt.MouseButton.LeftButton)
    assert not page.sending
    assert "Message ID is empty" in error.text()
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)

    qtbot.keyClicks(field, "abc def")
    assert "spaces" in error.text()
    find(page, QRadioButton, "Verify API").click()
    assert "Event ID" in error.text()  # the message follows the field's name

    field.clear()
    qtbot.keyClicks(field, "<b>bold</b> <img src=x>")
    assert "<b>bold</b>" in error.text()
    assert error.textFormat() == Qt.TextFormat.PlainText  # shown as typed, never as markup

    assert sim.records() == [] and context.history.page() == []
    # A good id sent now is the first and only request: had a refused one been queued
    # anywhere, it would have gone out before this one was answered.
    field.clear()
    send_and_wait(qtbot, page, "GOOD-1")
    assert [r.params["message-id"] for r in sim.records()] == ["GOOD-1"]
    assert [row.message_id for row in context.history.page()] == ["GOOD-1"]


# -- keyboard -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "modifiers", "start"),
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, "id"),
        (Qt.Key.Key_Enter,
         Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier, "id"),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, "delivered"),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, "when"),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "id"),
    ],
)
def test_keyboard_shortcuts_send_from_any_field(
    qtbot: QtBot, page: SendPage, context: AppContext,
    key: Qt.Key, modifiers: Qt.KeyboardModifier, start: str,
) -> None:
    qtbot.keyClicks(id_field(page), "0A0000000123ABCD1")
    target: QWidget = {
        "id": id_field(page),
        "delivered": find(page, QCheckBox, "the user completed the call to action"),
        "when": find(page, QDateTimeEdit, "When"),
    }[start]
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=WAIT)
    with qtbot.waitSignal(page.sent, timeout=WAIT) as blocker:
        qtbot.keyClick(target, key, modifiers)
    assert blocker.args == [200]
    assert [r.message_id for r in context.history.page()] == ["0A0000000123ABCD1"]


def test_tab_order_reaches_every_field_then_send(qtbot: QtBot, page: SendPage) -> None:
    first = find(page, QRadioButton, "SMS API")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=WAIT)
    seen: list[str] = []
    for _ in range(8):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget.accessibleName())
        if widget.accessibleName() == "Send":
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == ["SMS API", "Message ID", "the user completed the call to action", "When",
                    "Now", "Send"]


def test_keyboard_only_conversion(qtbot: QtBot, page: SendPage, context: AppContext) -> None:
    """Arrows pick the API, Tab walks, Space unticks, digits set the time, Ctrl+Return sends."""
    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, k, mod)

    radio = find(page, QRadioButton, "SMS API")
    radio.setFocus()
    qtbot.waitUntil(radio.hasFocus, timeout=WAIT)
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Right)  # Text-To-Speech
    assert find(page, QRadioButton, "Text-To-Speech").isChecked()
    key(Qt.Key.Key_Tab)
    field = find(page, QLineEdit, "Call ID")
    assert field.hasFocus()
    qtbot.keyClicks(field, "aaaaaaaa-bbbb-cccc-dddd-0123456789ab")
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Space)  # not delivered
    key(Qt.Key.Key_Tab)
    when = find(page, QDateTimeEdit, "When")
    assert when.hasFocus()
    qtbot.keyClicks(when, "20261126170213")  # each full section moves on to the next
    assert utc_label(page) == " = 16:02:13 UTC"
    with qtbot.waitSignal(page.sent, timeout=WAIT):
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = context.history.page()[0]
    assert (row.channel, row.message_id, row.delivered, row.conv_timestamp) == (
        "voice", "aaaaaaaa-bbbb-cccc-dddd-0123456789ab", False, "2026-11-26 16:02:13")


def test_the_recent_list_is_newest_first_and_enter_puts_an_id_back(
    qtbot: QtBot, page: SendPage
) -> None:
    send_and_wait(qtbot, page, "first-id")
    send_and_wait(qtbot, page, "sim-423")
    recent = find(page, QListWidget, "Recent sends")
    assert recent.count() == 2
    assert "sim-423" in recent.item(0).text() and MEANINGS[423] in recent.item(0).text()
    assert "first-id" in recent.item(1).text() and MEANINGS[200] in recent.item(1).text()
    recent.setFocus()
    recent.setCurrentRow(1)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert id_field(page).text() == "first-id"
    assert id_field(page).hasFocus()


# -- the time -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "wall", "shown"),
    [
        (PARIS, datetime(2026, 11, 26, 17, 2, 13), " = 16:02:13 UTC"),  # winter, UTC+1
        (PARIS, datetime(2026, 7, 1, 12, 0, 0), " = 10:00:00 UTC"),  # summer, UTC+2
        (PARIS, datetime(2026, 1, 1, 0, 30, 0), " = 2025-12-31 23:30:00 UTC"),
        (NEW_YORK, datetime(2026, 11, 26, 21, 30, 0), " = 2026-11-27 02:30:00 UTC"),
        (NEW_YORK, datetime(2026, 7, 4, 9, 15, 59), " = 13:15:59 UTC"),
    ],
)
def test_the_utc_label_converts_the_chosen_local_time(
    qtbot: QtBot, context: AppContext, tasks: TaskManager,
    zone: ZoneInfo, wall: datetime, shown: str,
) -> None:
    page = make_page(qtbot, context, tasks, zone=zone)
    page.set_time(wall)
    assert utc_label(page) == shown
    assert page.wall_time() == wall


def test_the_time_sent_is_the_utc_of_the_chosen_local_time(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    page = make_page(qtbot, context, tasks, zone=NEW_YORK)
    page.set_time(datetime(2026, 11, 26, 21, 30, 0))
    send_and_wait(qtbot, page, "0A0000000123ABCD1")
    assert context.history.page()[0].conv_timestamp == "2026-11-27 02:30:00"
    assert context.simulator is not None
    assert context.simulator.records()[0].params["timestamp"] == "2026-11-27 02:30:00"


def test_clock_changes_are_pointed_out(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    page = make_page(qtbot, context, tasks, zone=PARIS)
    when_note = page.findChild(QLabel, "when_error")
    assert when_note is not None
    page.set_time(datetime(2026, 3, 29, 2, 30, 0))
    assert "skipped" in when_note.text() and when_note.isVisible()
    page.set_time(datetime(2026, 10, 25, 2, 30, 0))
    assert "twice" in when_note.text()
    assert utc_label(page) == " = 00:30:00 UTC"  # the first 02:30, still summer time
    page.set_time(datetime(2026, 10, 26, 2, 30, 0))
    assert not when_note.isVisible()


def test_now_resets_the_time(qtbot: QtBot, page: SendPage) -> None:
    page.set_time(datetime(2020, 1, 2, 3, 4, 5))
    before = datetime.now(PARIS).replace(tzinfo=None, microsecond=0)
    qtbot.mouseClick(find(page, QPushButton, "Now"), Qt.MouseButton.LeftButton)
    after = datetime.now(PARIS).replace(tzinfo=None, microsecond=0)
    assert before <= page.wall_time() <= after


# -- the API choice -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("radio", "id_name"),
    [
        ("SMS API", "Message ID"),
        ("Verify API", "Event ID"),
        ("Text-To-Speech", "Call ID"),
        ("TTS Prompt", "Call ID"),
    ],
)
def test_the_id_label_and_its_name_follow_the_api(
    qtbot: QtBot, page: SendPage, radio: str, id_name: str
) -> None:
    find(page, QRadioButton, "TTS Prompt" if radio != "TTS Prompt" else "SMS API").click()
    find(page, QRadioButton, radio).click()
    field = find(page, QLineEdit, id_name)
    label = next(lb for lb in page.findChildren(QLabel) if lb.buddy() is field)
    assert plain(label.text()) == id_name


def test_the_channel_and_delivered_are_kept_after_a_send_and_remembered(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, settings: QSettings
) -> None:
    page = make_page(qtbot, context, tasks, settings)
    find(page, QRadioButton, "Text-To-Speech").click()
    find(page, QCheckBox, "the user completed the call to action").setChecked(False)
    page.set_time(datetime(2020, 1, 2, 3, 4, 5))
    field = id_field(page)
    qtbot.keyClicks(field, "call-0001")
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    anyway = find(page, QPushButton, "Send anyway")  # years ago: the page asks first
    qtbot.waitUntil(anyway.isVisible, timeout=WAIT)
    assert "years in the past" in find(page, QLabel, "Check before sending").text()
    assert context.history.page() == []
    with qtbot.waitSignal(page.sent, timeout=WAIT):
        qtbot.keyClick(anyway, Qt.Key.Key_Space)  # the bar took the focus

    assert find(page, QRadioButton, "Text-To-Speech").isChecked()
    assert not find(page, QCheckBox, "the user completed the call to action").isChecked()
    assert page.wall_time().year >= 2026  # back to now
    row = context.history.page()[0]
    assert (row.channel, row.delivered, row.conv_timestamp) == (
        "voice", False, "2020-01-02 02:04:05")
    assert context.simulator is not None
    assert context.simulator.records()[0].path == "/conversions/voice"

    again = make_page(qtbot, context, tasks, settings)  # the next day
    assert find(again, QRadioButton, "Text-To-Speech").isChecked()
    find(again, QLineEdit, "Call ID")
    assert all("secret" not in key.lower() for key in settings.allKeys())


# -- accessibility ------------------------------------------------------------------------------


def test_every_input_and_button_is_named_after_its_label(page: SendPage) -> None:
    checked = 0
    for widget in page.findChildren(QWidget):
        if isinstance(widget.parent(), QAbstractSpinBox | QLineEdit):
            continue  # a control's own insides (the spin box's editor, the clear button)
        if not isinstance(widget, QAbstractButton) and not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):  # (an unchecked radio loses Tab focus: arrows reach it)
            continue
        name = widget.accessibleName()
        if isinstance(widget, QAbstractButton) and widget.text():
            assert name == plain(widget.text()), widget
        else:
            labels = [lb for lb in page.findChildren(QLabel) if lb.buddy() is widget]
            assert len(labels) == 1, widget
            assert name == plain(labels[0].text()), widget
        checked += 1
    assert checked >= 10  # 4 radios, id, delivered, when, now, cancel, send, recent


def test_sending_can_be_switched_off_with_a_reason(
    qtbot: QtBot, page: SendPage, context: AppContext
) -> None:
    page.set_enabled_sending(False, "Saving the credentials…")
    assert not find(page, QPushButton, "Send").isEnabled()
    assert "Saving the credentials…" in answer(page)
    qtbot.keyClicks(id_field(page), "0A0000000123ABCD1")
    qtbot.keyClick(id_field(page), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not page.sending
    page.set_enabled_sending(True)
    assert send_and_wait(qtbot, page, "0A0000000123ABCD1") == [200]
