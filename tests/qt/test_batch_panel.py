"""The Batch page, driven as a marketer would: drop a file, check the preview, send, pause,
cancel, resume, save the rejected rows. Real simulator on loopback, real SQLite, real pool.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QPushButton

from conversion_gui.core.context import AppContext
from conversion_gui.core.conversion import Channel
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.core.history import BatchState, RowState
from conversion_gui.core.intake import IntakeOptions, Verdict
from conversion_gui.qt.a11y import plain
from conversion_gui.qt.batch_panel import BatchPage
from conversion_gui.qt.preferences import Preferences
from conversion_gui.qt.preview_model import (
    COLUMNS,
    VERDICT,
    PreviewModel,
    PreviewRow,
    read_preview,
)
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import Faults, Simulator
from tests.qt.conftest import find

WAIT = 15_000
FAST = Preferences(rate=0, concurrency=4)
SLOW = Preferences(rate=20, concurrency=2)  # time to press Pause and Cancel


class Prefs:
    """The preferences callable, changeable between sends (as the Settings menu does)."""

    def __init__(self, prefs: Preferences = FAST) -> None:
        self.value = prefs

    def __call__(self) -> Preferences:
        return self.value


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


def campaign(path: Path, ids: list[str], header: str = "message-id,delivered,timestamp") -> Path:
    lines = [header] + [f"{mid},yes,2026-03-01 10:{i // 60 % 60:02d}:{i % 60:02d}"
                        for i, mid in enumerate(ids)]
    return write(path, "\r\n".join(lines) + "\r\n")


@pytest.fixture
def sim(context: AppContext) -> Simulator:
    return context.start_simulator()


@pytest.fixture
def make_page(
    qtbot: object, context: AppContext, tasks: TaskManager
) -> Iterator[Callable[..., BatchPage]]:
    pages: list[BatchPage] = []

    def make(prefs: Callable[[], Preferences] | None = None, ctx: AppContext | None = None,
             **kwargs: object) -> BatchPage:
        kwargs.setdefault("ask", lambda _title, _question: True)
        kwargs.setdefault("choose_open_path", lambda: None)
        page = BatchPage(ctx or context, tasks, prefs or Prefs(), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        page.resize(1000, 700)
        page.show()
        pages.append(page)
        return page

    yield make
    for page in pages:  # nothing left running into the next test
        if page.busy:
            done: list[bool] = []
            page.stop(lambda done=done: done.append(True))
            qtbot.waitUntil(lambda done=done: bool(done), timeout=WAIT)  # type: ignore[attr-defined]


def drag_enter(data: QMimeData) -> QDragEnterEvent:
    """QPointF where the Qt version takes it (6.12 deprecates QPoint), QPoint before."""
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    try:
        return QDragEnterEvent(QPointF(20, 20), *args)
    except TypeError:
        return QDragEnterEvent(QPoint(20, 20), *args)


def drop(page: BatchPage, path: Path) -> bool:
    """A real drag and drop of a file from a file manager onto the page."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = drag_enter(data)
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, event)
    return event.isAccepted()


def label(page: BatchPage, name: str) -> QLabel:
    return find(page, QLabel, name)


def button(page: BatchPage, name: str) -> QPushButton:
    return find(page, QPushButton, name)


def read_done(qtbot: object, page: BatchPage) -> None:
    """Wait until the page has read the file to the end (counts or an error shown)."""
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: page.reading_row.isHidden() and (
            bool(label(page, "Counts").text()) or not label(page, "Message").isHidden()),
        timeout=WAIT,
    )


def verdicts(page: BatchPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, VERDICT)) for r in range(model.rowCount())]


def column(page: BatchPage, name: str) -> list[str]:
    model, c = page.model, COLUMNS.index(name)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def finished(page: BatchPage) -> bool:
    return not page.busy and not label(page, "Result").isHidden()


# ------------------------------------------------------------------------- before a file


def test_before_a_file_the_page_is_one_drop_zone(make_page: Callable[..., BatchPage]) -> None:
    page = make_page()
    assert not page.drop_zone.isHidden() and page.file_panel.isHidden()
    texts = [w.text() for w in page.drop_zone.findChildren(QLabel)]
    assert "Drop a CSV file or a workbook here, Open… (Ctrl+O), or paste cells (Ctrl+V)" in texts
    assert button(page, "Open…").isVisible()
    assert not page.busy


def test_open_button_asks_for_a_file_and_reads_it(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    path = campaign(tmp_path / "c.csv", ["A1", "A2"])
    page = make_page(choose_open_path=lambda: str(path))
    qtbot.mouseClick(button(page, "Open…"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    read_done(qtbot, page)
    assert column(page, "Message ID") == ["A1", "A2"]


def test_a_drag_of_something_else_than_a_local_file_is_refused(
    make_page: Callable[..., BatchPage]
) -> None:
    page = make_page()
    data = QMimeData()
    data.setUrls([QUrl("https://example.com/c.csv")])
    enter = drag_enter(data)
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()
    text = QMimeData()
    text.setText("just some text")
    enter = drag_enter(text)
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()
    assert page.file_panel.isHidden()


# ------------------------------------------------------------------------- drop, preview, send


def test_drop_preview_send_every_valid_row_accepted_once(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "spring campaign.csv", (
        "Message ID;Delivered;Timestamp\r\n"
        "0A01;yes;2026-03-01 10:00:00\r\n"
        "0A02;no;2026-03-01T11:00:00+02:00\r\n"
        "0A03;TRUE;2026-03-01 12:00:00\r\n"
        "0A04;maybe;2026-03-01 12:00:00\r\n"      # rejected: delivered
        ";;\r\n"                                  # blank
        "0A01;yes;2026-03-01 10:00:00\r\n"        # duplicate of line 2
        "0A05;1;2026-03-01 13:00:00\r\n"
    ))
    page = make_page()
    assert drop(page, path)
    read_done(qtbot, page)

    assert label(page, "Message").isHidden(), label(page, "Message").text()
    assert label(page, "Counts").text() == (
        "4 valid · 1 rejected · 1 blank · 1 duplicate · 0 already accepted")
    assert label(page, "Rows shown").text() == "Showing all 7 rows"
    file_line = label(page, "File").text()
    assert file_line.startswith("spring campaign.csv · 7 rows · UTF-8, semicolon-separated")
    assert verdicts(page) == ["valid", "valid", "valid", "rejected", "blank", "duplicate",
                              "valid"]
    assert column(page, "Timestamp (UTC)")[1] == "2026-03-01 09:00:00"  # +02:00 made UTC
    # The reason itself first, then its column; the line is the Line column's.
    assert column(page, "Reason")[3] == (
        "delivered 'maybe' is not true/false, yes/no, 1/0 (column 'Delivered')")
    assert column(page, "Line")[3] == "5"
    assert column(page, "Channel") == ["sms"] * 7  # no channel column: SMS, as shown
    assert page.channel_combo.currentText() == "SMS"
    assert page.mapping_combos["message-id"].currentText() == "Message ID"

    finished_ids: list[int] = []
    page.batch_finished.connect(finished_ids.append)
    send = button(page, "Send 4 valid rows")
    assert send.isEnabled()
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]

    assert label(page, "Result").text().startswith("Finished: 4 accepted, 0 failed. Took ")
    assert sim.accepted(Channel.SMS) == Counter({"0A01": 1, "0A02": 1, "0A03": 1, "0A05": 1})
    assert len(finished_ids) == 1
    batch = context.history.batch(finished_ids[0])
    assert batch.state is BatchState.FINISHED
    assert batch.rows[RowState.ACCEPTED] == 4
    assert batch.counts["rejected"] == 1 and batch.counts["duplicate"] == 1

    # The page stays: each sent row now shows what it came to; nothing is left to send.
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: verdicts(page) == ["accepted", "accepted", "accepted", "rejected", "blank",
                                   "duplicate", "accepted"], timeout=WAIT)
    assert page.reading_row.isHidden()
    assert "4 of the accepted marked delivered" not in label(page, "Result").text()
    assert not button(page, "Valid rows sent").isEnabled()
    shown: list[int] = []
    page.show_in_history.connect(shown.append)
    qtbot.mouseClick(button(page, "Show in History"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert shown == finished_ids


def test_the_problems_only_filter_hides_rows_that_will_be_sent(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    path = write(tmp_path / "c.csv", "message-id,delivered,timestamp\n"
                 "A1,yes,2026-03-01 10:00:00\nA2,perhaps,2026-03-01 10:00:00\n"
                 "A3,no,2026-03-01 10:00:00\nA1,no,2026-03-01 10:00:00\n")
    page = make_page()
    drop(page, path)
    read_done(qtbot, page)
    box = page.problems_only
    assert box.accessibleName() == "Problems only"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert verdicts(page) == ["rejected", "duplicate"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert verdicts(page) == ["valid", "rejected", "valid", "duplicate"]


def test_a_column_with_an_unusual_header_is_picked_in_the_mapping(
    qtbot: object, make_page: Callable[..., BatchPage], sim: Simulator, tmp_path: Path
) -> None:
    path = write(tmp_path / "export.csv", "Ref,Converted?,When\n"
                 "R-1,yes,2026-03-01 10:00:00\nR-2,no,2026-03-01 10:05:00\n")
    page = make_page()
    drop(page, path)
    read_done(qtbot, page)
    message = label(page, "Message")
    assert message.text().startswith("Problem: no column for 'message-id'")
    assert "choose it in the column mapping" in message.text()
    combo = find(page, QComboBox, "Message ID column")
    assert combo.currentText() == "(none)"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)", "Ref", "Converted?", "When"]
    assert find(page, QComboBox, "Delivered column").currentText() == "Converted?"
    assert not button(page, "Send").isEnabled()

    combo.setFocus()
    qtbot.keyClicks(combo, "R")  # type: ignore[attr-defined]  # keyboard search: "Ref"
    assert combo.currentText() == "Ref"
    read_done(qtbot, page)
    assert message.isHidden()
    assert verdicts(page) == ["valid", "valid"]
    assert column(page, "Message ID") == ["R-1", "R-2"]
    qtbot.mouseClick(button(page, "Send 2 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    assert sim.accepted() == Counter({"R-1": 1, "R-2": 1})


def test_time_zone_date_order_and_channel_change_the_preview(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    path = write(tmp_path / "c.csv", "id,delivered,date\n"
                 "V1,yes,03/04/2026 10:00:00\nV2,no,2026-07-01 12:00:00\n")
    page = make_page()
    drop(page, path)
    read_done(qtbot, page)
    assert verdicts(page) == ["rejected", "valid"]  # 03/04 is never guessed
    assert "day/month or month/day" in column(page, "Reason")[0] or "date" in column(
        page, "Reason")[0]

    dates = find(page, QComboBox, "Date order")
    dates.setFocus()
    qtbot.keyClicks(dates, "D")  # type: ignore[attr-defined]  # "Day first"
    read_done(qtbot, page)
    assert verdicts(page) == ["valid", "valid"]
    assert column(page, "Timestamp (UTC)")[0] == "2026-04-03 10:00:00"

    zone = find(page, QComboBox, "Time zone")
    edit = zone.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "Mars/Olympus")  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert label(page, "Message").text() == (
        "Time zone: time zone 'Mars/Olympus' is unknown: use a name like Europe/Paris")
    assert column(page, "Timestamp (UTC)")[1] == "2026-07-01 12:00:00"  # not read again

    edit.selectAll()
    qtbot.keyClicks(edit, "Europe/Paris")  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: column(page, "Timestamp (UTC)")[1:] == ["2026-07-01 10:00:00"], timeout=WAIT)
    read_done(qtbot, page)
    assert label(page, "Message").isHidden()

    channel = find(page, QComboBox, "Channel")
    assert channel.currentText() == "SMS"
    channel.setFocus()
    qtbot.keyClicks(channel, "V")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: column(page, "Channel") == ["voice", "voice"], timeout=WAIT)  # type: ignore[attr-defined]
    read_done(qtbot, page)


def test_a_channel_column_is_used_when_the_file_has_one(
    qtbot: object, make_page: Callable[..., BatchPage], sim: Simulator, tmp_path: Path
) -> None:
    path = write(tmp_path / "c.csv", "call-id,delivered,timestamp,api\n"
                 "C1,yes,2026-03-01 10:00:00,voice\nS1,yes,2026-03-01 10:00:00,SMS\n")
    page = make_page()
    drop(page, path)
    read_done(qtbot, page)
    assert page.channel_combo.currentText() == "From a channel column"
    assert find(page, QComboBox, "Channel column").currentText() == "api"
    assert column(page, "Channel") == ["voice", "sms"]
    qtbot.mouseClick(button(page, "Send 2 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    assert sim.accepted(Channel.VOICE) == Counter({"C1": 1})
    assert sim.accepted(Channel.SMS) == Counter({"S1": 1})


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "Problem: this is not a text file"),
        (b"message-id,delivered,timestamp\r\n",
         "Problem: the file has a header row (line 1) but no data rows"),
        (b"", "Problem: the file is empty"),
        (b"PK\x03\x04" + b"\x00" * 100, "Problem: this is an Excel workbook, not a CSV file"),
    ],
    ids=["binary", "header-only", "empty", "xlsx"],
)
def test_a_bad_file_is_explained_inline(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path, content: bytes,
    expected: str,
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    page = make_page()
    drop(page, path)
    read_done(qtbot, page)
    message = label(page, "Message")
    assert message.text().startswith(expected)
    assert "Traceback" not in message.text()
    assert page.model.rowCount() == 0
    assert not button(page, "Send").isEnabled()
    assert label(page, "File").text() == "bad.csv"


# ------------------------------------------------------------------------- pause, resume, cancel


def test_pause_holds_every_request_resume_goes_on_cancel_leaves_a_resumable_batch(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
    tmp_path: Path,
) -> None:
    sim.set_faults(Faults(latency_ms=20))
    ids = [f"P{i:03d}" for i in range(60)]
    path = campaign(tmp_path / "c.csv", ids)
    prefs = Prefs(SLOW)
    page = make_page(prefs)
    busy: list[bool] = []
    page.busy_changed.connect(busy.append)
    drop(page, path)
    read_done(qtbot, page)
    qtbot.mouseClick(button(page, "Send 60 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert page.busy and busy == [True]
    assert not button(page, "Open another file…").isEnabled()
    qtbot.waitUntil(lambda: sum(sim.accepted().values()) >= 3, timeout=WAIT)  # type: ignore[attr-defined]

    qtbot.mouseClick(button(page, "Pause"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    resume = button(page, "Resume")
    assert resume is page.pause_button
    qtbot.waitUntil(lambda: "paused" in label(page, "Progress").text(), timeout=WAIT)  # type: ignore[attr-defined]
    # The requests already on the wire finish; after that nothing at all arrives.
    seen = [len(sim.records())]

    def settled() -> bool:
        qtbot.wait(300)  # type: ignore[attr-defined]
        seen.append(len(sim.records()))
        return seen[-1] == seen[-2]

    qtbot.waitUntil(settled, timeout=WAIT)  # type: ignore[attr-defined]
    held = len(sim.records())
    qtbot.wait(700)  # type: ignore[attr-defined]
    assert len(sim.records()) == held
    assert held < 60

    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(sim.records()) > held, timeout=WAIT)  # type: ignore[attr-defined]
    assert button(page, "Pause") is page.pause_button

    qtbot.mouseClick(button(page, "Cancel"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    assert busy == [True, False]
    result = label(page, "Result").text()
    assert result.startswith("Cancelled: ")
    assert "rows not sent, can be resumed. Took " in result
    batch = context.history.recent_batches(1)[0]
    assert batch.state is BatchState.CANCELLED
    assert batch.rows[RowState.IN_FLIGHT] == 0
    assert batch.rows[RowState.PENDING] > 0
    accepted_so_far = sim.accepted()
    assert batch.rows[RowState.ACCEPTED] == sum(accepted_so_far.values())

    # Read again: the file offers its unfinished batch; Start over sends the rest as a new one.
    qtbot.waitUntil(lambda: not page.offer.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
    assert label(page, "Unfinished batch").text().startswith(
        "This file has an unfinished batch from ")
    assert label(page, "Unfinished batch").text().endswith(
        f"{batch.open_rows} of 60 rows not sent yet.")
    read_done(qtbot, page)
    assert not button(page, f"Send {batch.open_rows} valid rows").isEnabled()  # choose first
    qtbot.mouseClick(button(page, "Start over"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert page.offer.isHidden()
    read_done(qtbot, page)  # read again: the rows accepted so far show as such
    sim.set_faults(Faults())
    prefs.value = FAST
    qtbot.mouseClick(button(page, f"Send {batch.open_rows} valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    assert label(page, "Result").text().startswith(
        f"Finished: {batch.open_rows} accepted, 0 failed. Took ")
    assert sim.accepted() == Counter(dict.fromkeys(ids, 1))
    old = context.history.batch(batch.id)
    assert old.state is BatchState.FINISHED
    assert old.stop_reason == f"started over as batch #{batch.id + 1}"
    qtbot.waitUntil(lambda: page.reading_row.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
    assert page.offer.isHidden()


def test_closing_mid_batch_then_a_new_page_resumes_it(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
    tmp_path: Path,
) -> None:
    sim.set_faults(Faults(latency_ms=20))
    ids = [f"Q{i:03d}" for i in range(40)]
    path = campaign(tmp_path / "c.csv", ids)
    first = make_page(Prefs(SLOW))
    drop(first, path)
    read_done(qtbot, first)
    qtbot.mouseClick(button(first, "Send 40 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: sum(sim.accepted().values()) >= 3, timeout=WAIT)  # type: ignore[attr-defined]

    stopped: list[bool] = []
    first.stop(lambda: stopped.append(first.busy))
    qtbot.waitUntil(lambda: bool(stopped), timeout=WAIT)  # type: ignore[attr-defined]
    assert stopped == [False]  # called back once the batch had ended
    batch = context.history.recent_batches(1)[0]
    assert batch.state is BatchState.CANCELLED
    assert batch.rows[RowState.IN_FLIGHT] == 0
    assert batch.rows[RowState.PENDING] > 0
    assert batch.rows[RowState.ACCEPTED] == sum(sim.accepted().values())
    first.close()

    sim.set_faults(Faults())
    second = make_page(Prefs(FAST))
    second.open_file(str(path))
    qtbot.waitUntil(lambda: not second.offer.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
    assert label(second, "Unfinished batch").text().endswith(
        f"{batch.open_rows} of 40 rows not sent yet.")
    notes: list[str] = []
    second._sender.note.connect(notes.append)
    qtbot.mouseClick(button(second, "Resume batch"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(second), timeout=WAIT)  # type: ignore[attr-defined]
    assert label(second, "Result").text().startswith("Finished: 40 accepted, 0 failed.")
    # it said which account it resumed with: the batch's own
    assert [n for n in notes if n.startswith(
        f"Resuming batch #{batch.id} with profile 'Sandbox' (key ")]
    assert sim.accepted() == Counter(dict.fromkeys(ids, 1))  # every row, none twice
    done = context.history.batch(batch.id)
    assert done.state is BatchState.FINISHED and done.rows[RowState.ACCEPTED] == 40
    qtbot.waitUntil(lambda: second.reading_row.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
    assert second.offer.isHidden()


def test_stop_with_nothing_running_calls_back_at_once(
    qtbot: object, make_page: Callable[..., BatchPage]
) -> None:
    page = make_page()
    called: list[bool] = []
    page.stop(lambda: called.append(True))
    qtbot.waitUntil(lambda: bool(called), timeout=WAIT)  # type: ignore[attr-defined]


# ------------------------------------------------------------------------- outcomes


def test_invalid_rows_fail_and_retry_failed_sends_them_again(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
    tmp_path: Path,
) -> None:
    path = campaign(tmp_path / "c.csv", ["OK1", "sim-423", "OK2"])
    page = make_page()
    drop(page, path)
    read_done(qtbot, page)
    qtbot.mouseClick(button(page, "Send 3 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    assert label(page, "Result").text().startswith(
        "Finished: 2 accepted, 1 failed (Invalid parameters). Took ")
    retry = button(page, "Retry failed")
    qtbot.waitUntil(retry.isVisible, timeout=WAIT)  # type: ignore[attr-defined]
    before = sum(1 for r in sim.records() if r.params.get("message-id") == "sim-423")
    qtbot.waitUntil(lambda: page.reading_row.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    after = sum(1 for r in sim.records() if r.params.get("message-id") == "sim-423")
    assert after == before + 1
    # The line says what the retry did, not the same words as before.
    assert label(page, "Result").text().startswith(
        "Retried 1 row: 0 accepted, 1 failed again. Finished: 2 accepted, 1 failed")
    assert sim.accepted() == Counter({"OK1": 1, "OK2": 1})


def test_a_disabled_account_stops_the_batch_and_says_why(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
    tmp_path: Path,
) -> None:
    path = campaign(tmp_path / "c.csv", ["sim-402", "B1", "B2"])
    page = make_page(Prefs(Preferences(rate=0, concurrency=1)))
    drop(page, path)
    read_done(qtbot, page)
    qtbot.mouseClick(button(page, "Send 3 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    text = label(page, "Result").text()
    assert text.startswith("Stopped: Conversion API not enabled for this account")
    assert "they can be resumed once that is fixed" in text
    assert context.history.recent_batches(1)[0].state is BatchState.STOPPED
    qtbot.waitUntil(lambda: not page.offer.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]


def test_no_credentials_is_said_inline(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    ctx = AppContext(tmp_path / "real", sandbox=False, secret_store=MemoryStore(), environ={})
    try:
        path = campaign(tmp_path / "c.csv", ["N1"])
        page = make_page(ctx=ctx)
        drop(page, path)
        read_done(qtbot, page)
        qtbot.mouseClick(button(page, "Send 1 valid row"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)  # type: ignore[attr-defined]
        message = label(page, "Message").text()
        assert message.startswith("Could not send: no credentials")
        assert button(page, "Send 1 valid row").isEnabled()  # fix the profile, try again
        assert ctx.history.recent_batches() == []
    finally:
        ctx.close()


def test_save_rows_not_accepted_before_sending(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    path = write(tmp_path / "c.csv", "message-id,delivered,timestamp\n"
                 "G1,yes,2026-03-01 10:00:00\nG2,=1+2,2026-03-01 10:00:00\n"
                 "G3,sometimes,2026-03-01 10:00:00\n")
    out = tmp_path / "fix me.csv"
    asked: list[str] = []

    def choose(suggested: str) -> str:
        asked.append(suggested)
        return str(out)

    page = make_page(choose_save_path=choose)
    drop(page, path)
    read_done(qtbot, page)
    save = button(page, "Save rows not accepted…")
    assert save.isVisible() and button(page, "Save results…").isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert asked == [str(tmp_path / "c-not-accepted.csv")]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: label(page, "Message").text().startswith("2 rows not accepted saved to"),
        timeout=WAIT)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["message-id", "delivered", "timestamp", "outcome", "status", "meaning"]
    assert [r[:2] for r in rows[1:]] == [["G2", "'=1+2"], ["G3", "sometimes"]]  # never a formula
    assert [r[3] for r in rows[1:]] == ["rejected", "rejected"]
    assert all(r[5].startswith("line ") for r in rows[1:])


# ------------------------------------------------------------------------- large files


def test_a_large_file_keeps_a_bounded_preview_and_counts_every_row(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("message-id,delivered,timestamp\n")
        for i in range(12_000):
            delivered = "nope" if i % 100 == 99 else "yes"
            f.write(f"M{i:06d},{delivered},2026-03-01 10:00:00\n")
    page = make_page()
    drop(page, path)
    read_done(qtbot, page)
    assert label(page, "Counts").text() == (
        "11,880 valid · 120 rejected · 0 blank · 0 duplicate · 0 already accepted")
    assert label(page, "Rows shown").text() == (
        "Showing the first 5,000 rows and every row with a problem")
    assert page.model.rowCount() == 5_000 + 70  # rejected rows after the first 5,000
    assert button(page, "Send 11,880 valid rows").isEnabled()


def test_the_preview_pass_is_bounded_whatever_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    lines = ["message-id,delivered,timestamp"]
    lines += [f"X{i},{'bad' if i % 2 else 'yes'},2026-03-01 10:00:00" for i in range(100)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    chunks: list[list[PreviewRow]] = []
    infos: list[IntakeOptions] = []
    result = read_preview(
        str(path), IntakeOptions(), auto_channel=True, first_rows=10, max_problems=5,
        on_info=lambda _info, used: infos.append(used),
        on_chunk=lambda rows, _counts, _done: chunks.append(rows),
    )
    kept = [row for chunk in chunks for row in chunk]
    assert len(kept) == 15
    assert result.counts[Verdict.VALID] == 50 and result.counts[Verdict.REJECTED] == 50
    assert result.problems_left_out == 50 - 5 - 5  # 5 among the first 10, 5 kept after
    assert infos[0].channel is Channel.SMS and result.options.channel is Channel.SMS
    assert result.total == 100 and not result.cancelled


def test_a_new_drop_replaces_a_read_still_running(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8", newline="") as f:
        f.write("message-id,delivered,timestamp\n")
        for i in range(150_000):
            f.write(f"B{i:07d},yes,2026-03-01 10:00:00\n")
    small = campaign(tmp_path / "small.csv", ["S1", "S2", "S3"])
    page = make_page()
    drop(page, big)
    assert not page.reading_row.isHidden()
    drop(page, small)
    read_done(qtbot, page)
    qtbot.wait(200)  # type: ignore[attr-defined]  # anything the old read still posts
    assert column(page, "Message ID") == ["S1", "S2", "S3"]
    assert label(page, "Counts").text().startswith("3 valid ·")
    assert label(page, "File").text().startswith("small.csv · 3 rows")

    drop(page, big)
    qtbot.mouseClick(button(page, "Stop reading"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    read_done(qtbot, page)
    assert label(page, "Message").text().startswith("Reading stopped:")
    assert not page.send_button.isEnabled()


# ------------------------------------------------------------------------- model and names


def test_preview_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = PreviewModel()
    rows = [
        PreviewRow(2, Verdict.VALID, "sms", "A1", "true", "2026-03-01 10:00:00", ""),
        PreviewRow(3, Verdict.REJECTED, "sms", "A2", "maybe", "x", "line 3, column 'd': …"),
        PreviewRow(4, Verdict.BLANK, "", "", "", "", ""),
        PreviewRow(5, Verdict.DUPLICATE, "voice", "A1", "true", "2026-03-01 10:00:00", "dup"),
        PreviewRow(6, Verdict.ALREADY_ACCEPTED, "sms", "A9", "false", "2026-03-01 10:00:00",
                   "already"),
    ]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.append(rows[:2])
    model.append(rows[2:])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_problems_only(True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.row_at(r).line for r in range(model.rowCount())] == [3, 5, 6]
    model.append([PreviewRow(7, Verdict.REJECTED, "sms", "Z", "", "", "r")])
    assert model.rowCount() == 4
    model.set_problems_only(False)
    assert model.rowCount() == 6
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Line"
    assert model.data(model.index(1, VERDICT)) == "rejected"
    assert model.data(model.index(1, VERDICT), Qt.ItemDataRole.BackgroundRole) is not None
    model.clear()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 0


def test_every_button_and_field_is_named_after_its_label(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    page = make_page()
    drop(page, write(tmp_path / "c.csv", "message-id,delivered,timestamp\n"
                     "A1,yes,2026-03-01 10:00:00\nA2,huh,2026-03-01 10:00:00\n"))
    read_done(qtbot, page)
    for b in page.findChildren(QAbstractButton):
        assert b.accessibleName() == plain(b.text()), b.text()
    labelled = {plain(lab.text()): lab.buddy() for lab in page.findChildren(QLabel)
                if lab.buddy() is not None}
    combos = page.findChildren(QComboBox)
    assert len(combos) == 10
    for combo in combos:
        assert labelled[combo.accessibleName()] is combo
    assert set(labelled) == {
        "Message ID column", "Delivered column", "Timestamp column", "Channel column",
        "Sheet", "Channel", "Time zone", "Date order", "Encoding", "Delimiter"}
    assert button(page, "Send 1 valid row").text() == "Send 1 valid row"  # Ctrl+Return



HOLD_LOCK = """
import sys
from pathlib import Path
from conversion_gui.core.filelock import FileLock
lock = FileLock(Path(sys.argv[1]))
assert lock.try_acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_start_over_is_refused_while_another_process_sends_the_batch(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    from conversion_gui.core.batchfile import file_sha256
    from conversion_gui.core.conversion import Conversion

    ids = [f"S{i:03d}" for i in range(12)]
    path = campaign(tmp_path / "c.csv", ids)
    history = context.history
    old = history.create_batch(
        "c.csv", file_sha256(path), {}, {"valid": 12},
        [(i + 2, Conversion(Channel.SMS, mid, True, "2026-03-01 10:00:00"))
         for i, mid in enumerate(ids)], state=BatchState.INTERRUPTED)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(history.batch_lock(old).path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        page = make_page()
        drop(page, path)
        qtbot.waitUntil(lambda: not page.offer.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
        read_done(qtbot, page)
        qtbot.mouseClick(button(page, "Start over"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        message = label(page, "Message").text()
        assert f"Batch #{old} is being sent by another conversion-gui right now" in message
        assert not page.offer.isHidden()  # still offered: nothing was started over
        assert not button(page, "Send 12 valid rows").isEnabled()
        assert history.batch(old).state is BatchState.INTERRUPTED
        assert len(history.recent_batches()) == 1 and sim.records() == []
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(30)
    # The other sender gone: Start over goes through and the old batch is closed.
    qtbot.mouseClick(button(page, "Start over"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert page.offer.isHidden()
    # Start over reads the file afresh; Send names the rows again once that is done
    qtbot.waitUntil(lambda: any(  # type: ignore[attr-defined]
        b.accessibleName() == "Send 12 valid rows" for b in page.findChildren(QPushButton)),
        timeout=WAIT)
    qtbot.mouseClick(button(page, "Send 12 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    assert history.batch(old).state is BatchState.FINISHED
    assert sim.accepted() == Counter(dict.fromkeys(ids, 1))
