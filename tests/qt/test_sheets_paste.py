"""The Batch page with workbooks and pasted cells, and the results file, driven as a user would."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from conversion_gui.core.context import AppContext
from conversion_gui.core.conversion import Channel
from conversion_gui.core.intake import IntakeOptions, sniff
from conversion_gui.qt.batch_panel import BatchPage
from conversion_gui.qt.history_view import HistoryPage
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import Simulator
from tests.qt import test_batch_panel as panel
from tests.qt import test_main_window as main
from tests.qt.conftest import find
from tests.qt.test_batch_panel import (
    WAIT,
    button,
    column,
    drop,
    finished,
    label,
    read_done,
    verdicts,
)
from tests.qt.test_main_window import Windows

# The Batch page's and the main window's own fixtures, shared.
make_page = panel.make_page
sim = panel.sim
windows = main.windows


@pytest.fixture(autouse=True)
def _clipboard_emptied(qapp: object) -> Iterator[None]:
    """The clipboard owns the QMimeData a test puts on it; left there, it is freed twice when
    the application goes away (a crash at the end of the run)."""
    yield
    QGuiApplication.clipboard().clear()


def two_sheet_book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "February"
    first.append(["message-id", "delivered", "timestamp"])
    first.append(["F1", True, dt.datetime(2026, 2, 1, 10, 0, 0)])
    march = wb.create_sheet("March")
    march.append(["Campaign: March"])
    march.append(["Message ID", "Delivered", "Timestamp"])
    march.append(["M1", True, dt.datetime(2026, 3, 1, 10, 0, 0)])
    march.append([4.5, False, dt.datetime(2026, 3, 1, 10, 0, 1)])
    march.append(["M3", "no", dt.datetime(2026, 3, 1, 10, 0, 2)])
    wb.save(path)
    return path


def paste(qtbot: object, page: BatchPage, mime: QMimeData) -> None:
    """Cells on the real clipboard, then Ctrl+V on the page."""
    QGuiApplication.clipboard().setMimeData(mime)
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]


def pasted(qtbot: object, page: BatchPage) -> None:
    """Wait until the pasted cells are opened as the source and read to the end."""
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: label(page, "File").text().startswith("Pasted cells"), timeout=WAIT)
    read_done(qtbot, page)


def tsv(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def test_a_workbook_with_two_sheets_asks_which(
    qtbot: object, make_page: Callable[..., BatchPage], tmp_path: Path
) -> None:
    page = make_page()
    assert drop(page, two_sheet_book(tmp_path / "campaigns.xlsx"))
    read_done(qtbot, page)
    message = label(page, "Message").text()
    assert message.startswith("Choose the sheet:") and '2: "March"' in message
    sheet = find(page, QComboBox, "Sheet")
    assert sheet.isVisible() and [sheet.itemText(i) for i in range(sheet.count())] == [
        "February", "March"]
    assert not button(page, "Send").isEnabled()

    sheet.setCurrentIndex(1)
    sheet.activated.emit(1)
    read_done(qtbot, page)
    assert verdicts(page) == ["valid", "rejected", "valid"]
    assert column(page, "Message ID")[0] == "M1"
    reason = column(page, "Reason")[1]
    assert reason.startswith('Sheet "March", row 4, column A (Message ID): the cell holds the '
                             "number 4.5") and "format the column as Text" in reason
    assert 'sheet "March", header on row 2' in label(page, "File").text()
    assert button(page, "Send 2 valid rows").isEnabled()


def test_pasted_tsv_is_the_batch_source(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
) -> None:
    page = make_page()
    paste(qtbot, page, tsv("Message ID\tDelivered\tTimestamp\r\n"
                           "P1\tTRUE\t2026-03-01 10:00:00\r\n"
                           "P2\tFALSE\t2026-03-01 10:00:01\r\n"
                           "P3\tmaybe\t2026-03-01 10:00:02\r\n"))
    pasted(qtbot, page)
    assert label(page, "File").text().startswith("Pasted cells · 3 rows · ")
    assert verdicts(page) == ["valid", "valid", "rejected"]
    qtbot.mouseClick(button(page, "Send 2 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    assert sim.accepted(Channel.SMS) == Counter({"P1": 1, "P2": 1})
    [batch] = context.history.recent_batches()
    assert batch.file_name == "Pasted cells · 3 rows"


def test_sheets_html_and_headerless_cells(
    qtbot: object, make_page: Callable[..., BatchPage]
) -> None:
    page = make_page()
    html = QMimeData()
    html.setHtml("<google-sheets-html-origin><table><tbody>"
                 "<tr><td>H1</td><td>TRUE</td><td>2026-03-01 10:00:00</td></tr>"
                 "<tr><td>H2</td><td>FALSE</td><td>2026-03-01 10:00:01</td></tr>"
                 "</tbody></table>")
    paste(qtbot, page, html)
    pasted(qtbot, page)
    assert verdicts(page) == ["valid", "valid"]
    assert column(page, "Message ID") == ["H1", "H2"]
    message = label(page, "Message").text()
    assert "no header row" in message and "message-id, delivered, timestamp" in message
    assert page.mapping_combos["delivered"].currentText() == "delivered"


def test_an_image_or_prose_is_not_cells(
    qtbot: object, make_page: Callable[..., BatchPage]
) -> None:
    page = make_page()
    image = QMimeData()
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(0)
    image.setImageData(picture)
    paste(qtbot, page, image)
    qtbot.waitUntil(lambda: "image" in label(page, "Message").text(), timeout=WAIT)  # type: ignore[attr-defined]
    assert "copy cells from a spreadsheet" in label(page, "Message").text()
    assert page.file_panel.isHidden()  # nothing was opened

    paste(qtbot, page, tsv("Hello team, the campaign went well. Thanks!"))
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: "holds text, not spreadsheet cells" in label(page, "Message").text(),
        timeout=WAIT)


def test_save_results_after_a_batch(
    qtbot: object, make_page: Callable[..., BatchPage], sim: Simulator, tmp_path: Path,
    context: AppContext, tasks: TaskManager,
) -> None:
    out = tmp_path / "results.csv"
    page = make_page(choose_save_path=lambda _suggested: str(out))
    paste(qtbot, page, tsv("message-id\tdelivered\ttimestamp\n"
                           "R1\tyes\t2026-03-01 10:00:00\n"
                           "sim-423\tyes\t2026-03-01 10:00:01\n"
                           "R3\tperhaps\t2026-03-01 10:00:02\n"))
    pasted(qtbot, page)
    qtbot.mouseClick(button(page, "Send 2 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(page), timeout=WAIT)  # type: ignore[attr-defined]
    read_done(qtbot, page)
    save = button(page, "Save results…")
    assert save.isVisible() and button(page, "Save rows not accepted…").isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: label(page, "Message").text().startswith("3 rows saved to"), timeout=WAIT)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [(r[0], r[3], r[4]) for r in rows[1:]] == [
        ("R1", "accepted", "200"), ("sim-423", "rejected", "423"), ("R3", "rejected", "")]

    # The History page exports the same batch's results from the history alone.
    history_out = tmp_path / "from history.csv"
    history = HistoryPage(context, tasks, choose_export_path=lambda: str(history_out))
    qtbot.addWidget(history)  # type: ignore[attr-defined]
    [batch] = context.history.recent_batches()
    history.show_batch(batch.id)
    export = find(history, QPushButton, "Export batch results…")
    assert export.isVisibleTo(history)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Exported 2 rows of batch" in history.message_text(),  # type: ignore[attr-defined]
                    timeout=WAIT)
    with history_out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [(r[2], r[5], r[6]) for r in rows[1:]] == [
        ("R1", "accepted", "200"), ("sim-423", "rejected", "423")]


def test_save_a_template(qtbot: object, tmp_path: Path, windows: Windows) -> None:
    window = windows.make()
    window.choose_template_path = lambda: str(tmp_path / "my template.xlsx")
    [action] = [a for a in window.findChildren(QAction) if a.text() == "Save a &template…"]
    action.trigger()
    assert (tmp_path / "my template.csv").exists()
    for name in ("my template.csv", "my template.xlsx"):
        info = sniff(tmp_path / name, IntakeOptions(channel=Channel.SMS))
        assert info.header == ("message-id", "delivered", "timestamp", "channel")
        assert not info.missing


def test_several_ids_pasted_on_the_send_page(qtbot: object, windows: Windows) -> None:
    window = windows.make()
    page = window.send_page
    answers = iter(["first", "batch"])
    page.choose_for_pasted_ids = lambda _count: next(answers)
    edit = find(page, QLineEdit, "Message ID")
    QGuiApplication.clipboard().setMimeData(tsv("0A01\r\n0A02\r\n0A03\r\n"))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert edit.text() == "0A01"  # kept only the first
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    batch = window.batch_page
    assert window.tabs.currentWidget() is batch
    qtbot.waitUntil(lambda: label(batch, "File").text().startswith(  # type: ignore[attr-defined]
        "Pasted ids · 3 rows") and bool(label(batch, "Counts").text()), timeout=WAIT)
    read_done(qtbot, batch)
    assert verdicts(batch) == ["valid", "valid", "valid"]
    assert column(batch, "Message ID") == ["0A01", "0A02", "0A03"]
    assert set(column(batch, "Delivered")) == {"true"}  # the form's delivered


def test_pasting_the_same_cells_again_offers_the_unfinished_batch(
    qtbot: object, make_page: Callable[..., BatchPage], context: AppContext, sim: Simulator,
) -> None:
    text = ("message-id\tdelivered\ttimestamp\n"
            "U1\tyes\t2026-03-01 10:00:00\n"
            "sim-402\tyes\t2026-03-01 10:00:01\n"
            "U3\tyes\t2026-03-01 10:00:02\n")
    first = make_page()
    paste(qtbot, first, tsv(text))
    pasted(qtbot, first)
    qtbot.mouseClick(button(first, "Send 3 valid rows"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finished(first), timeout=WAIT)  # type: ignore[attr-defined]
    [batch] = context.history.recent_batches()
    assert batch.open_rows > 0  # 402 stopped it

    again = make_page()  # as after a restart: the same cells pasted again
    paste(qtbot, again, tsv(text))
    pasted(qtbot, again)
    qtbot.waitUntil(lambda: button(again, "Resume batch").isVisible(), timeout=WAIT)  # type: ignore[attr-defined]
