"""The History page over a real history file of 100,000 attempts: lazy loading, filters, sort,
details, export and re-send, driven as a person would (widgets found by accessible name).
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.history import AttemptRecord, HistoryFilter, HistoryStore, history_path
from conversion_gui.core.statuses import meaning_of
from conversion_gui.qt import a11y
from conversion_gui.qt.history_model import PLACEHOLDER, HistoryModel
from conversion_gui.qt.history_view import HistoryPage
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import DEMO_ACCOUNT
from tests.qt.conftest import activate, find

ROWS = 100_000
START = datetime(2026, 1, 1)  # UTC (naive: isoformat, not strftime, which is slow under Qt)
WAIT = 10_000
# the offscreen platform says so whenever a window is shown; nothing to do with this page
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
# one in 20 of each failure kind; the rest accepted
OUTCOMES: list[tuple[int | None, str, str]] = [
    (status, kind, meaning_of(status, kind))
    for status, kind in [(200, "accepted")] * 15 + [
        (422, "invalid"), (429, "throttled"), (503, "server_error"), (None, "unreachable"),
        (401, "wrong_credentials"),
    ]
]
FORMULA_ID = "=1+1"
HTML_ANSWER = "<b>timestamp</b> is not a date & cannot be read"
LEAKY_URL = "https://support:hunter2@proxy.example.com/api?token=t0ps3cret"


MULTI = range(2015, 2018)  # three attempts of one message-id: invalid, throttled, server error


def voice(i: int) -> bool:
    return i not in MULTI and (i // 7) % 10 >= 7


def message_id(i: int) -> str:
    if i == 500:
        return FORMULA_ID
    if 1000 <= i < 1010:
        return f"abc-{i}"
    if i in MULTI:
        return "MULTI-1"
    if voice(i):
        return f"{i:08x}-aaaa-bbbb-cccc-{i:012x}"
    return f"0A{i:014X}"


def records(batches: list[int], n: int = ROWS) -> Iterator[AttemptRecord]:
    for i in range(n):
        status, kind, meaning = OUTCOMES[i % len(OUTCOMES)]
        at = START + timedelta(minutes=i)
        yield AttemptRecord(
            channel="voice" if voice(i) else "sms",
            message_id=message_id(i),
            delivered=i % 3 != 0,
            conv_timestamp=(at - timedelta(minutes=5)).isoformat(" "),
            status=status,
            kind=kind,
            meaning=meaning,
            elapsed_ms=40.0 + i % 50,
            response_text="" if kind == "accepted" else HTML_ANSWER,
            attempt_no=i - MULTI[0] + 1 if i in MULTI else 1,
            batch_id=batches[i % len(batches)] if batches and i % 4 == 0 else None,
            line=i + 2 if batches and i % 4 == 0 else None,
            profile="Acme",
            base_url=LEAKY_URL if i in MULTI else "https://api.nexmo.com",
            at=at.isoformat(" ") + ".000",
        )


@pytest.fixture(scope="module")
def big_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 100,000-attempt file per module, built through the store's own API."""
    path = history_path(tmp_path_factory.mktemp("history"))
    with HistoryStore(path) as store:
        batches = [store.create_batch(f"b{n}.csv", f"{n:064x}", {}, {}, []) for n in range(3)]
        chunk: list[AttemptRecord] = []
        for record in records(batches):
            chunk.append(record)
            if len(chunk) == 20_000:
                store.record_attempts(chunk)
                chunk.clear()
    return path


@pytest.fixture
def big_context(context: AppContext, big_history: Path) -> AppContext:
    """The sandbox context with a copy of the big file as its history (before it opens it)."""
    shutil.copyfile(big_history, history_path(context.data_dir))
    return context


def sql_count(context: AppContext, where: str = "1", params: tuple[object, ...] = ()) -> int:
    """The oracle: SQLite itself, not the store the page uses."""
    conn = sqlite3.connect(f"file:{history_path(context.data_dir)}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM attempts WHERE {where}",  # noqa: S608
                                params).fetchone()[0])
    finally:
        conn.close()


def sql_first(context: AppContext, order: str) -> str:
    conn = sqlite3.connect(f"file:{history_path(context.data_dir)}?mode=ro", uri=True)
    try:
        return str(conn.execute(f"SELECT message_id FROM attempts ORDER BY {order} LIMIT 1"  # noqa: S608
                                ).fetchone()[0])
    finally:
        conn.close()


def open_page(qtbot: QtBot, context: AppContext, tasks: TaskManager, **kw: object) -> HistoryPage:
    page = HistoryPage(context, tasks, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: HistoryPage) -> None:
    """Wait until the query the filter bar asks for is the one on screen, first rows in."""
    model = page.model

    def ready() -> bool:
        if model.loading or model.shown_query.generation != model.query.generation:
            return False
        return model.rowCount() == 0 or model.attempt_at(0) is not None

    qtbot.waitUntil(ready, timeout=WAIT)


def shown(page: HistoryPage, column: int = 2) -> list[str]:
    """What the loaded rows show in a column (the placeholders left out)."""
    model = page.model
    return [
        model.index(r, column).data()
        for r in range(min(model.rowCount(), model.page_size))
        if model.attempt_at(r) is not None
    ]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert index >= 0, f"{text!r} is not a choice: {choices}"
    combo.setCurrentIndex(index)


# --------------------------------------------------------------------------- lazy loading


def test_opens_on_the_newest_rows_with_only_a_few_pages_loaded(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    model = page.model
    assert model.rowCount() == ROWS
    assert find(page, QLabel, "Attempt count").text() == "100,000 attempts"
    table = find(page, QTableView, "Attempts")
    assert table.model() is model
    # newest first: the last attempt recorded is the top row
    assert model.index(0, 2).data() == message_id(ROWS - 1)
    assert model.index(0, 0).data() == (START + timedelta(minutes=ROWS - 1)).isoformat(" ")
    assert model.loaded_row_count() <= 3 * model.page_size


def test_scrolling_to_the_end_loads_the_last_page_and_memory_stays_bounded(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    model = page.model
    table = find(page, QTableView, "Attempts")
    assert model.index(ROWS - 1, 2).data() == PLACEHOLDER
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.attempt_at(ROWS - 1) is not None, timeout=WAIT)
    assert model.index(ROWS - 1, 2).data() == message_id(0)  # the oldest attempt
    assert model.index(ROWS - 2, 2).data() == message_id(1)
    # jump through the middle too: each visit loads a page, the cache stays a cache
    for row in range(0, ROWS, 7_919):
        table.scrollTo(model.index(row, 0))
        qtbot.waitUntil(lambda row=row: model.attempt_at(row) is not None, timeout=WAIT)
        assert model.index(row, 2).data() == message_id(ROWS - 1 - row)
    assert model.loaded_row_count() <= 64 * model.page_size < ROWS // 10


def test_rows_not_loaded_show_a_placeholder_and_fill_in_when_their_page_arrives(
    qtbot: QtBot, big_context: AppContext, sync_tasks: TaskManager
) -> None:
    model = HistoryModel(big_context.history, sync_tasks, page_size=50)
    assert model.rowCount() == ROWS  # the synchronous executor answered at once
    row = 77_777
    assert model.index(row, 2).data() == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=WAIT) as changed:
        pass
    top, bottom = changed.args[0], changed.args[1]
    assert top.row() <= row <= bottom.row()
    assert model.index(row, 2).data() == message_id(ROWS - 1 - row)
    assert model.loaded_row_count() == 100  # the first page and this one


# --------------------------------------------------------------------------- filters


def test_outcome_filter_matches_sqlite(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    outcome = find(page, QComboBox, "Outcome")
    for choice, where in (
        ("Failed (any not accepted)", "kind <> 'accepted'"),
        ("Accepted", "kind = 'accepted'"),
        ("Invalid parameters", "kind = 'invalid'"),
        ("Could not reach the API", "kind = 'unreachable'"),
        ("Certificate problem", "kind = 'tls'"),
        ("All", "1"),
    ):
        choose(outcome, choice)
        settle(qtbot, page)
        expected = sql_count(big_context, where)
        assert page.model.rowCount() == expected, choice
        assert find(page, QLabel, "Attempt count").text() == (
            f"{expected:,} attempt{'' if expected == 1 else 's'}")
    choose(outcome, "Invalid parameters")
    settle(qtbot, page)
    assert set(shown(page, 5)) == {"422"}


def test_channel_and_date_filters_match_sqlite(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    choose(find(page, QComboBox, "Channel"), "Voice")
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(big_context, "channel = 'voice'")
    assert set(shown(page, 1)) == {"Voice"}

    use_from, date_from = find(page, QCheckBox, "From"), find(page, QDateEdit, "From")
    use_to, date_to = find(page, QCheckBox, "To"), find(page, QDateEdit, "To")
    assert not date_from.isEnabled()  # any date until ticked
    date_from.setDate(QDate(2026, 1, 10))
    date_to.setDate(QDate(2026, 1, 12))
    qtbot.mouseClick(use_from, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(use_to, Qt.MouseButton.LeftButton)
    assert date_from.isEnabled() and date_to.isEnabled()
    settle(qtbot, page)
    expected = sql_count(big_context, "channel = 'voice' AND at >= ? AND at < ?",
                         ("2026-01-10", "2026-01-13"))
    assert 0 < expected < 3 * 1440
    assert page.model.rowCount() == expected
    assert all("2026-01-10" <= t[:10] <= "2026-01-12" for t in shown(page, 0))

    # a changed date applies after a moment (the field is being typed into)
    date_to.setDate(QDate(2026, 1, 10))
    qtbot.waitUntil(lambda: page.model.query.flt.date_to is not None
                    and str(page.model.query.flt.date_to) == "2026-01-10", timeout=WAIT)
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(
        big_context, "channel = 'voice' AND at >= ? AND at < ?", ("2026-01-10", "2026-01-11"))

    qtbot.mouseClick(use_from, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(use_to, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(big_context, "channel = 'voice'")


def test_text_filter_matches_the_start_of_the_message_id_any_case(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    field = find(page, QLineEdit, "Message ID")
    qtbot.keyClicks(field, "ABC")
    qtbot.waitUntil(lambda: page.model.query.flt.text == "ABC", timeout=WAIT)
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(big_context, "message_id LIKE 'abc%'") == 10
    assert sorted(shown(page)) == [f"abc-{i}" for i in range(1000, 1010)]

    # narrower, with Enter (no waiting for the pause in typing); then nothing matches
    qtbot.keyClicks(field, "-100")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert sorted(shown(page)) == [f"abc-{i}" for i in range(1000, 1010)]
    qtbot.keyClicks(field, "Z")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert page.model.rowCount() == 0
    assert find(page, QLabel, "Attempt count").text() == "0 attempts"

    # the filters combine: text, outcome and channel at once
    field.clear()
    qtbot.keyClicks(field, "0a")
    choose(find(page, QComboBox, "Outcome"), "Throttled")
    settle(qtbot, page)
    qtbot.waitUntil(lambda: page.model.query.flt.text == "0a", timeout=WAIT)
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(
        big_context, "message_id LIKE '0a%' AND kind = 'throttled'")
    assert all(m.startswith("0A") for m in shown(page))


def test_contains_search_matches_anywhere_in_the_message_id(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    field = find(page, QLineEdit, "Message ID")
    qtbot.keyClicks(field, "c-100")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert page.model.rowCount() == 0  # no id starts with it
    choose(find(page, QComboBox, "Match"), "contains")
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(big_context, "message_id LIKE '%c-100%'") == 10
    assert sorted(shown(page)) == [f"abc-{i}" for i in range(1000, 1010)]
    assert find(page, QLabel, "Attempt count").text() == "10 attempts"

    # typed wildcards are plain characters: nothing holds a percent sign or an underscore
    for wildcard in ("%", "_"):
        field.clear()
        qtbot.keyClicks(field, wildcard)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        settle(qtbot, page)
        assert page.model.rowCount() == 0
    field.clear()
    qtbot.keyClicks(field, "+1")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert shown(page) == [FORMULA_ID]

    # combined with the channel filter
    field.clear()
    qtbot.keyClicks(field, "BBBB")
    choose(find(page, QComboBox, "Channel"), "Voice")
    qtbot.waitUntil(lambda: page.model.query.flt.text == "BBBB", timeout=WAIT)
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(
        big_context, "message_id LIKE '%bbbb%' AND channel = 'voice'") > 0


def test_show_batch_shows_one_batch_until_cleared(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    choose(find(page, QComboBox, "Outcome"), "Accepted")
    settle(qtbot, page)
    batch = big_context.history.recent_batches()[0].id
    page.show_batch(batch)
    settle(qtbot, page)
    assert page.model.rowCount() == sql_count(big_context, "batch_id = ?", (batch,))
    assert find(page, QComboBox, "Outcome").currentText() == "All"
    assert set(shown(page, 8)) == {str(batch)}
    qtbot.mouseClick(find(page, QPushButton, "Show all batches"), Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.model.rowCount() == ROWS


# --------------------------------------------------------------------------- sorting


def click_header(qtbot: QtBot, table: QTableView, section: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_sorting_by_a_header_click(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    table = find(page, QTableView, "Attempts")
    header = table.horizontalHeader()
    for _ in range(2):  # one way, then the other
        click_header(qtbot, table, 2)  # Message ID
        assert header.sortIndicatorSection() == 2
        settle(qtbot, page)
        desc = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        way = " DESC" if desc else ""
        assert page.model.query.sort_key == "message_id"
        assert page.model.index(0, 2).data() == sql_first(
            big_context, f"message_id COLLATE NOCASE{way}, at{way}, id{way}")
        assert page.model.rowCount() == ROWS
        got = shown(page)
        assert got == sorted(got, key=str.lower, reverse=desc)
    click_header(qtbot, table, 0)  # back to time
    settle(qtbot, page)
    assert page.model.query.sort_key == "at"


# --------------------------------------------------------------------------- details


def test_details_show_the_request_answer_and_every_attempt_without_secrets(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, big_context, tasks)
    qtbot.keyClicks(find(page, QLineEdit, "Message ID"), "multi-1")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    settle(qtbot, page)
    table = find(page, QTableView, "Attempts")
    details = find(page, QTextBrowser, "Details")
    assert details.toPlainText() == ""
    rect = table.visualRect(page.model.index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "Attempts of this message-id (3)" in details.toPlainText(),
                    timeout=WAIT)
    text = details.toPlainText()
    selected = page.selected_attempt()
    assert selected is not None and selected.message_id == "MULTI-1"
    for expected in ("Channel", "SMS", "Message ID", "MULTI-1", "Delivered", "Timestamp (UTC)",
                     selected.conv_timestamp, "Profile", "Acme", "Base URL",
                     "https://proxy.example.com/api", "Status", str(selected.status),
                     selected.meaning, "Elapsed", HTML_ANSWER, "(this one)"):
        assert expected in text, expected
    for attempt in (1, 2, 3):
        assert f"attempt {attempt}," in text
    for secret in ("hunter2", "support:", "t0ps3cret", "token", DEMO_ACCOUNT.api_secret,
                   DEMO_ACCOUNT.signature_secret):
        assert secret not in text
    # the full answer is the row's tooltip too
    assert HTML_ANSWER in page.model.index(1, 6).data(Qt.ItemDataRole.ToolTipRole)


def test_at_800_by_600_the_details_open_on_the_outcome_and_answer(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    small_history(context)
    page = open_page(qtbot, context, tasks)
    page.resize(800, 600)
    table = find(page, QTableView, "Attempts")
    rect = table.visualRect(page.model.index(3, 2))  # SIM-OK-1: refused with a 422
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    details = find(page, QTextBrowser, "Details")
    qtbot.waitUntil(lambda: "Attempts of this message-id (1)" in details.toPlainText(),
                    timeout=WAIT)
    line = details.fontMetrics().lineSpacing()
    assert details.viewport().height() >= 3 * line
    assert details.verticalScrollBar().value() == 0
    assert details.cursorForPosition(QPoint(4, line // 2)).block().text() == "Status"
    visible = {details.cursorForPosition(QPoint(x, y)).block().text()
               for x in (4, details.viewport().width() // 3)
               for y in range(line // 2, details.viewport().height(), line // 2)}
    assert {"Status", "422", "Meaning", meaning_of(422), "Answer"} <= visible
    assert "Profile" not in visible  # below, a scroll away


# --------------------------------------------------------------------------- export


def test_export_writes_the_filtered_rows_with_formulas_neutralised(
    qtbot: QtBot, big_context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "failed"
    target.parent.mkdir()
    page = open_page(qtbot, big_context, tasks, choose_export_path=lambda: str(target))
    choose(find(page, QComboBox, "Outcome"), "Failed (any not accepted)")
    qtbot.keyClicks(find(page, QLineEdit, "Message ID"), "0A")
    # Export takes the filter as typed, even inside the pause before it applies itself
    qtbot.mouseClick(find(page, QPushButton, "Export…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_text().startswith("Exported"), timeout=WAIT)
    expected = sql_count(big_context, "kind <> 'accepted' AND message_id LIKE '0a%'")
    written = target.with_suffix(".csv")
    assert page.message_text() == f"Exported {expected:,} attempts to {written}"
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == expected
    assert {r["outcome"] for r in rows} == {"invalid", "throttled", "server_error",
                                            "unreachable", "wrong_credentials"}
    assert all(r["message_id"].lower().startswith("0a") for r in rows)

    # a message-id that is a formula comes out as text
    field = find(page, QLineEdit, "Message ID")
    field.clear()
    qtbot.keyClicks(field, "=1")
    choose(find(page, QComboBox, "Outcome"), "All")
    qtbot.mouseClick(find(page, QPushButton, "Export…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_text() == f"Exported 1 attempt to {written}",
                    timeout=WAIT)
    with written.open(encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["message_id"] == "'" + FORMULA_ID


def test_export_to_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "history.csv"
    page = open_page(qtbot, context, tasks, choose_export_path=lambda: str(target))
    page.export()
    qtbot.waitUntil(lambda: page.message_text().startswith("Could not export"), timeout=WAIT)
    assert str(target) in page.message_text()
    assert "Traceback" not in page.message_text()
    assert find(page, QPushButton, "Export…").isEnabled()


def test_cancelled_export_dialog_does_nothing(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    page = open_page(qtbot, context, tasks, choose_export_path=lambda: None)
    page.export()
    assert page.message_text() == ""


# --------------------------------------------------------------------------- re-send


def small_history(context: AppContext) -> None:
    rows = [("SIM-OK-1", 422), ("SIM-OK-2", 503), ("sim-422", 200), ("SIM-OK-3", 200)]
    context.history.record_attempts(
        AttemptRecord(
            channel="sms", message_id=mid, delivered=True, conv_timestamp="2026-02-01 10:00:00",
            status=status, kind="accepted" if status == 200 else "invalid",
            meaning=meaning_of(status), profile="Acme", base_url="https://api.nexmo.com",
            at=f"2026-02-01 10:00:0{n}.000",
        )
        for n, (mid, status) in enumerate(rows)
    )


def test_resend_selected_sends_to_the_sandbox_and_records_new_attempts(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    small_history(context)
    page = open_page(qtbot, context, tasks)
    assert page.model.rowCount() == 4
    button = find(page, QPushButton, "Re-send selected")
    assert not button.isEnabled()
    table = find(page, QTableView, "Attempts")
    # newest first: SIM-OK-3, sim-422, SIM-OK-2, SIM-OK-1; pick the last three
    for row, keys in ((1, Qt.KeyboardModifier.NoModifier), (3, Qt.KeyboardModifier.ShiftModifier)):
        rect = table.visualRect(page.model.index(row, 2))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, keys, rect.center())
    assert [a.message_id for a in (page.model.attempt_at(r) for r in range(1, 4)) if a] == [
        "sim-422", "SIM-OK-2", "SIM-OK-1"]
    assert button.isEnabled()
    with qtbot.waitSignal(page.resent, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.message_text() == "Re-sent 3 conversions: 2 accepted, 1 invalid parameters."
    sim = context.simulator
    assert sim is not None
    assert sorted(r.params["message-id"] for r in sim.records()) == [
        "SIM-OK-1", "SIM-OK-2", "sim-422"]
    assert sql_count(context) == 7
    assert sql_count(context, "profile = 'Sandbox' AND kind = 'accepted'") == 2
    assert sql_count(context, "profile = 'Sandbox' AND status = 422") == 1
    settle(qtbot, page)
    assert page.model.rowCount() == 7  # the page shows the new attempts
    assert find(page, QLabel, "Attempt count").text() == "7 attempts"

    # the new attempt's details: the sandbox profile and URL, never its secret
    table.selectRow(0)
    details = find(page, QTextBrowser, "Details")
    qtbot.waitUntil(lambda: "Attempts of this message-id" in details.toPlainText()
                    and "loading" not in details.toPlainText(), timeout=WAIT)
    text = details.toPlainText()
    assert "Sandbox" in text and sim.base_url in text
    assert DEMO_ACCOUNT.api_secret not in text and DEMO_ACCOUNT.signature_secret not in text


def test_resend_without_credentials_explains_instead_of_failing(
    qtbot: QtBot, tmp_path: Path, tasks: TaskManager
) -> None:
    from conversion_gui.core.credentials import MemoryStore

    ctx = AppContext(tmp_path / "real", sandbox=False, secret_store=MemoryStore(), environ={})
    try:
        small_history(ctx)
        page = open_page(qtbot, ctx, tasks)
        find(page, QTableView, "Attempts").selectRow(0)
        qtbot.mouseClick(find(page, QPushButton, "Re-send selected"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.message_text().startswith("Could not re-send"),
                        timeout=WAIT)
        assert "no credentials" in page.message_text()
        assert find(page, QPushButton, "Re-send selected").isEnabled()
        assert sql_count(ctx) == 4
    finally:
        ctx.close()


def test_a_history_file_from_a_newer_version_is_explained_not_a_crash(
    qtbot: QtBot, context: AppContext, tasks: TaskManager
) -> None:
    path = history_path(context.data_dir)
    HistoryStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    page = HistoryPage(context, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.message_text() != "", timeout=WAIT)
    assert page.message_text().startswith("Could not read the history: the history file")
    assert "newer version" in page.message_text()
    assert find(page, QLabel, "Attempt count").text() == "No attempts to show"
    assert page.model.rowCount() == 0


# --------------------------------------------------------------------------- model, a11y


def test_model_passes_qtmodeltester_with_data_loaded(
    qtbot: QtBot, qtmodeltester: object, context: AppContext, sync_tasks: TaskManager
) -> None:
    context.history.record_attempts(records([], 250))
    model = HistoryModel(context.history, sync_tasks, page_size=40)
    assert model.rowCount() == 250
    for row in range(250):  # ask for every row, then let every page arrive
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: model.loaded_row_count() == 250, timeout=WAIT)
    assert model.index(249, 2).data() == message_id(0)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 250 and model.query.sort_key == "message_id"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # a "contains" search (the filter bar's other text mode): ids 0A00..00FA, 250 of them
    model.set_query(HistoryFilter(text="f", text_contains=True))
    assert model.rowCount() == sum("f" in message_id(i).lower() for i in range(250)) > 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_input_and_button_is_named_after_its_label(
    qtbot: QtBot, context: AppContext, sync_tasks: TaskManager
) -> None:
    page = open_page(qtbot, context, sync_tasks)
    labelled = {label.buddy(): a11y.plain(label.text()) for label in page.findChildren(QLabel)
                if label.buddy() is not None}
    fields: list[QWidget] = [*page.findChildren(QLineEdit), *page.findChildren(QComboBox)]
    fields = [w for w in fields if not isinstance(w.parent(), (QComboBox, QDateEdit))]
    assert len(fields) == 5  # Message ID, Match, Outcome, Channel; the Overview's chart choice
    for w in fields:
        assert w.accessibleName() == labelled[w] != ""
    for button in page.findChildren(QAbstractButton):
        if button.text():
            assert button.accessibleName() == a11y.plain(button.text()) != ""
    for check in page.findChildren(QCheckBox):  # a date field is named by its box
        edit = find(page, QDateEdit, check.accessibleName())
        assert edit.accessibleName() == a11y.plain(check.text())
    names = {w.accessibleName() for w in page.findChildren(QAbstractButton)}
    assert {"Export…", "Re-send selected", "From", "To", "Show all batches"} <= names


def tab_through(page: HistoryPage, start: QWidget, steps: int) -> list[str]:
    start.setFocus()
    seen = [start.accessibleName()]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    return seen


def test_keyboard_only_reaches_every_control_in_order(
    qtbot: QtBot, context: AppContext, sync_tasks: TaskManager
) -> None:
    small_history(context)
    page = open_page(qtbot, context, sync_tasks)
    activate(qtbot, page, timeout=WAIT)
    field = find(page, QLineEdit, "Message ID")
    assert tab_through(page, field, 10) == [
        "Message ID", "Match", "Outcome", "Channel", "From", "To", "Export…", "Table or overview",
        "Attempts", "Details", "Message ID"]  # date fields wait for their boxes; Re-send too

    # Alt+mnemonic reaches a field; Space ticks a date box; a selection enables Re-send
    QTest.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is find(page, QComboBox, "Outcome")
    QTest.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    box = find(page, QCheckBox, "To")  # up to today: every attempt still shows
    assert QApplication.focusWidget() is box
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and find(page, QDateEdit, "To").isEnabled()
    assert page.model.rowCount() == 4
    table = find(page, QTableView, "Attempts")
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.selectionModel().hasSelection()
    # the To box, then the To date (Tab steps through its year, month and day, as in Qt)
    assert tab_through(page, field, 14) == [
        "Message ID", "Match", "Outcome", "Channel", "From", "To", "To", "To", "To", "Export…",
        "Table or overview", "Attempts", "Details", "Re-send selected", "Message ID"]
