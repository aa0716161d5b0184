"""The History details pane on its own, over a real history file: what shows, in what order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.history import AttemptRecord, AttemptRow, HistoryFilter
from conversion_gui.core.statuses import meaning_of
from conversion_gui.qt.history_details import HistoryDetails
from conversion_gui.qt.tasks import TaskManager

WAIT = 10_000
HTML_ANSWER = "<b>timestamp</b> is not a date & cannot be read"
LEAKY_URL = "https://support:hunter2@proxy.example.com/api?token=t0ps3cret"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def three_attempts(context: AppContext) -> list[AttemptRow]:
    """One conversion tried three times (invalid, throttled, accepted), and another one."""
    outcomes = [(422, "invalid"), (429, "throttled"), (200, "accepted")]
    context.history.record_attempts(
        AttemptRecord(channel="voice", message_id="MULTI-1", delivered=False,
                      conv_timestamp="2026-02-01 09:55:00", status=status, kind=kind,
                      meaning=meaning_of(status), elapsed_ms=41.0,
                      response_text="" if status == 200 else HTML_ANSWER, attempt_no=n + 1,
                      profile="Acme", base_url=LEAKY_URL, at=f"2026-02-01 10:00:0{n}.000")
        for n, (status, kind) in enumerate(outcomes))
    context.history.record_attempts([AttemptRecord(
        channel="sms", message_id="OTHER", delivered=True, conv_timestamp="2026-02-01 09:00:00",
        status=200, kind="accepted", meaning=meaning_of(200), at="2026-02-01 11:00:00.000")])
    return context.history.page(HistoryFilter(), "at", False, 0, 10)


def open_pane(qtbot: QtBot, context: AppContext, tasks: TaskManager,
              height: int = 600) -> HistoryDetails:
    pane = HistoryDetails(lambda: context.history, tasks)
    qtbot.addWidget(pane)
    pane.resize(500, height)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def loaded(pane: QTextBrowser) -> bool:
    text = pane.toPlainText()
    return "Attempts of this message-id (" in text


def test_outcome_and_answer_come_first_then_the_request_then_every_attempt(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    rows = three_attempts(context)
    pane = open_pane(qtbot, context, tasks)
    assert pane.toPlainText() == "" and "Select an attempt" in pane.placeholderText()
    pane.show_attempt(rows[0])
    qtbot.waitUntil(lambda: loaded(pane), timeout=WAIT)
    text = pane.toPlainText()
    order = ["Status", "422", "Meaning", meaning_of(422), "Answer", HTML_ANSWER, "Message ID",
             "MULTI-1", "Channel", "Voice", "Delivered", "false", "Timestamp (UTC)",
             "2026-02-01 09:55:00", "Attempted at (UTC)", "Attempt", "Elapsed", "41 ms",
             "Profile", "Acme", "Base URL", "https://proxy.example.com/api",
             "Attempts of this message-id (3)"]
    positions = [text.find(word) for word in order]
    assert -1 not in positions, [w for w, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert text.lstrip().startswith("Status")
    for n in (1, 2, 3):
        assert f"attempt {n}," in text
    assert text.count("(this one)") == 1 and "attempt 1, 422" in text
    assert "OTHER" not in text  # another conversion's attempts are not listed
    for secret in ("hunter2", "support:", "t0ps3cret", "token"):
        assert secret not in text
    # HTML in an answer is shown as typed, never rendered
    assert "<b>timestamp</b>" in text

    pane.show_attempt(rows[2])  # the accepted one: its answer had no text
    qtbot.waitUntil(lambda: loaded(pane) and "(the answer had no text)" in pane.toPlainText(),
                    timeout=WAIT)
    pane.show_nothing()
    assert pane.toPlainText() == ""


def test_a_small_pane_scrolls_and_a_new_attempt_starts_at_the_top(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    rows = three_attempts(context)
    pane = open_pane(qtbot, context, tasks, height=110)
    pane.show_attempt(rows[1])
    qtbot.waitUntil(lambda: loaded(pane), timeout=WAIT)
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # more than fits: the top shows first
    top = pane.cursorForPosition(QPoint(4, 4)).block().text()
    assert top.startswith("Status")
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_End)  # as a reader scrolls: End, Space, PgDn
    assert bar.value() == bar.maximum()
    bottom = pane.viewport().height() - 4
    assert "attempt 3," in pane.cursorForPosition(QPoint(4, bottom)).block().text()
    pane.show_attempt(rows[3])
    assert bar.value() == 0
    qtbot.waitUntil(lambda: loaded(pane), timeout=WAIT)
    assert bar.value() == 0


def test_loading_then_nothing(qtbot: QtBot, context: AppContext,
                              sync_tasks: TaskManager) -> None:
    rows = three_attempts(context)
    pane = open_pane(qtbot, context, sync_tasks)
    pane.show_loading()
    assert pane.waiting and pane.toPlainText() == "Loading…"
    pane.show_attempt(rows[0])  # a synchronous pool: every attempt is there at once
    assert not pane.waiting and "Attempts of this message-id (3)" in pane.toPlainText()
    pane.show_nothing()
    assert not pane.waiting and pane.toPlainText() == ""


def test_an_attempt_with_no_answer_does_not_claim_the_api_said_anything(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    """Issue 10, item 4: a reset has no status; its text is the connection's, not the API's."""
    technical = "ConnectionError: ('Connection aborted.', ConnectionResetError(104))"
    context.history.record_attempts([AttemptRecord(
        channel="sms", message_id="RESET-1", delivered=True, conv_timestamp="2026-02-01 09:00:00",
        status=None, kind="unreachable", meaning=meaning_of(None, "unreachable"),
        response_text=technical, at="2026-02-01 11:00:00.000")])
    row = context.history.page(HistoryFilter(), "at", False, 0, 10)[0]
    pane = open_pane(qtbot, context, tasks)
    pane.show_attempt(row)
    qtbot.waitUntil(lambda: loaded(pane), timeout=WAIT)
    text = pane.toPlainText()
    assert text.index("none (no answer)") < text.index("No answer came: technical details")
    assert text.index("Could not reach the API") < text.index(technical)
    assert "\nAnswer\n" not in text
