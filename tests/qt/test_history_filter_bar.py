"""The History filter bar on its own: typed, picked and ticked as a person would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from conversion_gui.core.history import HistoryFilter
from conversion_gui.qt import a11y
from conversion_gui.qt.history_filter_bar import HistoryFilterBar
from tests.qt.conftest import activate, find

WAIT = 5_000


def open_bar(qtbot: QtBot) -> tuple[HistoryFilterBar, list[HistoryFilter]]:
    bar = HistoryFilterBar()
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    got: list[HistoryFilter] = []
    bar.changed.connect(got.append)
    return bar, got


def test_typing_emits_one_filter_after_the_pause_and_enter_at_once(qtbot: QtBot) -> None:
    bar, got = open_bar(qtbot)
    field = find(bar, QLineEdit, "Message ID")
    assert field.placeholderText() == "starts with…"
    with qtbot.waitSignal(bar.changed, timeout=WAIT):
        qtbot.keyClicks(field, " abc ")
    assert got == [HistoryFilter(text="abc")]  # one signal for five keys, trimmed
    qtbot.keyClicks(field, "-1")
    assert any(t.isActive() for t in bar.findChildren(QTimer))  # a typing pause is running
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got[-1] == HistoryFilter(text="abc -1")
    # Enter sent it and ended the typing pause: no timer is left to send anything more
    assert not any(t.isActive() for t in bar.findChildren(QTimer))
    assert len(got) == 2


def test_outcome_channel_and_dates_each_send_the_whole_filter(qtbot: QtBot) -> None:
    bar, got = open_bar(qtbot)
    activate(qtbot, bar)
    qtbot.keyClicks(find(bar, QLineEdit, "Message ID"), "0A")
    outcome = find(bar, QComboBox, "Outcome")
    outcome.setFocus()
    qtbot.keyClick(outcome, Qt.Key.Key_Down)  # All -> Accepted
    assert got[-1] == HistoryFilter(text="0A", kinds={"accepted"})
    qtbot.keyClick(outcome, Qt.Key.Key_Down)  # -> Failed (any not accepted)
    assert got[-1] == HistoryFilter(text="0A", failed_only=True)
    channel = find(bar, QComboBox, "Channel")
    channel.setFocus()
    qtbot.keyClick(channel, Qt.Key.Key_End)  # -> Voice
    assert got[-1].channel == "voice" and got[-1].failed_only

    date_from = find(bar, QDateEdit, "From")
    assert not date_from.isEnabled()  # any date until its box is ticked
    QTest.keyClick(bar, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    box = find(bar, QCheckBox, "From")
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Space)
    week_ago = datetime.now(UTC).date() - timedelta(days=7)
    assert date_from.isEnabled()
    assert got[-1] == HistoryFilter(text="0A", failed_only=True, channel="voice",
                                    date_from=week_ago)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert got[-1].date_from is None and got[-1].date_to is None


def test_contains_mode_matches_anywhere_and_says_so(qtbot: QtBot) -> None:
    bar, got = open_bar(qtbot)
    activate(qtbot, bar)
    field = find(bar, QLineEdit, "Message ID")
    match = find(bar, QComboBox, "Match")
    assert [match.itemText(i) for i in range(match.count())] == ["starts with", "contains"]
    # nothing typed yet: switching modes asks nothing of the history
    QTest.keyClick(bar, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Alt+H is Help
    assert QApplication.focusWidget() is match
    qtbot.keyClick(match, Qt.Key.Key_Down)
    assert match.currentText() == "contains" and got == []
    assert field.placeholderText() == "contains…"
    assert "anywhere" in field.toolTip()
    qtbot.keyClicks(field, "-10")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got[-1] == HistoryFilter(text="-10", text_contains=True)
    # with text typed, switching back applies at once
    qtbot.keyClick(match, Qt.Key.Key_Up)
    assert got[-1] == HistoryFilter(text="-10") and field.placeholderText() == "starts with…"


def test_reset_clears_every_filter_without_a_signal(qtbot: QtBot) -> None:
    bar, got = open_bar(qtbot)
    find(bar, QComboBox, "Outcome").setCurrentIndex(2)
    find(bar, QCheckBox, "To").setChecked(True)
    qtbot.keyClicks(find(bar, QLineEdit, "Message ID"), "x")
    count = len(got)
    assert any(t.isActive() for t in bar.findChildren(QTimer))  # "x" waits for its pause
    bar.reset()
    # the typing pause that was pending is forgotten too: no timer is left to fire
    assert not any(t.isActive() for t in bar.findChildren(QTimer))
    assert len(got) == count
    assert bar.current_filter() == HistoryFilter()
    assert not find(bar, QDateEdit, "To").isEnabled()


def test_every_input_is_named_after_its_label_and_tab_goes_in_reading_order(
    qtbot: QtBot,
) -> None:
    bar, _ = open_bar(qtbot)
    labelled = {label.buddy(): a11y.plain(label.text()) for label in bar.findChildren(QLabel)
                if label.buddy() is not None}
    assert sorted(labelled.values()) == ["Channel", "Match", "Message ID", "Outcome", "Sent by"]
    for widget, name in labelled.items():
        assert widget.accessibleName() == name
    for check in bar.findChildren(QCheckBox):
        assert check.accessibleName() == a11y.plain(check.text())
        assert find(bar, QDateEdit, check.accessibleName()).accessibleName() == check.text(
            ).replace("&", "")
    assert [w.accessibleName() for w in bar.focus_order()] == [
        "Message ID", "Match", "Outcome", "Channel", "From", "From", "To", "To", "Sent by"]


def test_sent_by_is_typed_and_sent_with_the_rest_of_the_filter(qtbot: QtBot) -> None:
    bar, got = open_bar(qtbot)
    field = find(bar, QLineEdit, "Sent by")
    assert field.placeholderText() == "user@machine"
    with qtbot.waitSignal(bar.changed, timeout=WAIT):
        qtbot.keyClicks(field, " ana@desk-3 ")
    assert got[-1] == HistoryFilter(sent_by="ana@desk-3")
    bar.reset()
    assert bar.current_filter() == HistoryFilter()
