"""No Alt-letter serves two things at once, on any page or dialog (issue 10, item 2).

The walk is generic: every widget shown in a window is looked at (menus, buttons, check boxes,
radio buttons, labels with a buddy, group boxes, tabs), so a widget added later is covered
without touching this file. Each page is walked in the states that show different widgets:
empty, with a file, while sending, after a batch with a refused row. It runs in English and in
every finished language (tests/qt/languages.py): a translator picks the letters anew. The
widgets it clicks are the pages' own attributes; in English they must also carry the names a
screen reader hears.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.credentials import Profile
from conversion_gui.qt import i18n
from conversion_gui.qt.batch_panel import BatchPage
from conversion_gui.qt.main_window import MainWindow
from conversion_gui.simulator import Faults
from tests.qt.conftest import find
from tests.qt.languages import COMPLETE
from tests.qt.test_batch_panel import campaign, drop, finished, read_done
from tests.qt.test_main_window import Windows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 15_000
W = TypeVar("W", bound=QWidget)


def mnemonic(text: str) -> str | None:
    """The Alt-letter of a label: the character after a single '&' ("&&" is a plain '&')."""
    i = 0
    while (i := text.find("&", i)) != -1:
        if text[i + 1:i + 2] == "&":
            i += 2
            continue
        return text[i + 1:i + 2].lower() or None
    return None


def shown_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Every Alt-letter the window shows right now, and what each one is on."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{what} {text!r}")

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group box")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), "tab")
    return found


def assert_no_clash(top: QWidget, where: str) -> None:
    clashes = {k: v for k, v in shown_mnemonics(top).items() if len(v) > 1}
    assert not clashes, f"Alt-letters used twice on {where}: {clashes}"


def assert_menus_have_no_clash(window: QMainWindow) -> None:
    for menu in window.menuBar().findChildren(QMenu):
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                letters[letter].append(action.text())
        clashes = {k: v for k, v in letters.items() if len(v) > 1}
        assert not clashes, f"menu {menu.title()!r}: {clashes}"


def test_the_walker_sees_a_clash_it_is_shown(qtbot: QtBot) -> None:
    """The oracle itself: two buttons on &S are a clash, a hidden one is not, && is no letter."""
    box = QWidget()
    qtbot.addWidget(box)
    QPushButton("&Send", box)
    QPushButton("Sa&ve && go", box)
    hidden = QPushButton("&Settings", box)
    hidden.hide()
    box.show()
    assert_no_clash(box, "the box")
    QPushButton("&Stop", box).show()
    assert {k: len(v) for k, v in shown_mnemonics(box).items()} == {"s": 2, "v": 1}


@pytest.fixture(params=["en", *COMPLETE])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The language the windows are made in, installed over the session's English."""
    translators = i18n.install(request.param)
    yield request.param
    i18n.uninstall(translators)


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[Windows]:
    made = Windows(qtbot, tmp_path)
    yield made
    made.close_all()


def the(widget: W, root: QWidget, kind: type[QWidget], english_name: str, language: str) -> W:
    """``widget``, in any language; in English it must also be the one ``kind`` in ``root``
    that a screen reader hears as ``english_name``."""
    if language == "en":
        assert find(root, kind, english_name) is widget
    return widget


def read(qtbot: QtBot, page: BatchPage, language: str) -> None:
    """The file read to the end, waited for by names in English, by attributes elsewhere."""
    if language == "en":
        read_done(qtbot, page)
        return
    qtbot.waitUntil(lambda: page.reading_row.isHidden() and (
        bool(page.counts_label.text()) or not page.message.isHidden()), timeout=WAIT)


def batch_done(page: BatchPage, language: str) -> bool:
    if language == "en":
        return finished(page)
    return not page.busy and not page.send_section.result_label.isHidden()


def test_every_page_and_dialog_in_every_state_has_no_alt_letter_clash(
    qtbot: QtBot, windows: Windows, tmp_path: Path, language: str
) -> None:
    window: MainWindow = windows.make(sandbox=True)
    window.resize(1280, 900)
    assert_menus_have_no_clash(window)

    # Send: empty, then with the "Send anyway" question up.
    window.tabs.setCurrentWidget(window.send_page)
    assert_no_clash(window, "the Send page")
    send = window.send_page
    send.set_time(datetime.now(send.zone).replace(tzinfo=None) + timedelta(hours=6))
    the(send._id_edit, send, type(send._id_edit), "Message ID", language).setText("MN-1")
    send.send()
    anyway = the(send.risk_bar.send_anyway, send, QPushButton, "Send anyway", language)
    qtbot.waitUntil(anyway.isVisible, timeout=WAIT)
    assert_no_clash(window, "the Send page asking before a send")

    # Batch: no file, a file read, while sending (paused), after a batch with a refusal.
    window.tabs.setCurrentWidget(window.batch_page)
    page = window.batch_page
    assert_no_clash(window, "the empty Batch page")
    ids = [f"MN{i}" for i in range(30)] + ["sim-423"]
    window.context.start_simulator().set_faults(Faults(latency_ms=30))
    assert drop(page, campaign(tmp_path / "m.csv", ids))
    read(qtbot, page, language)
    assert_no_clash(window, "the Batch page with a file")
    qtbot.mouseClick(the(page.send_button, page, QPushButton, "Send 31 valid rows", language),
                     Qt.MouseButton.LeftButton)
    pause = the(page.pause_button, page, QPushButton, "Pause", language)
    qtbot.waitUntil(lambda: pause.isVisible() and pause.isEnabled(), timeout=WAIT)
    assert_no_clash(window, "the Batch page while sending")
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert_no_clash(window, "the Batch page while paused")
    resume = the(page.pause_button, page, QPushButton, "Resume", language)
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    window.context.start_simulator().set_faults(Faults())
    qtbot.waitUntil(lambda: batch_done(page, language), timeout=WAIT)
    retry = the(page.send_section.retry_button, page, QPushButton, "Retry failed", language)
    qtbot.waitUntil(retry.isVisible, timeout=WAIT)
    assert_no_clash(window, "the Batch page after a batch")

    # History, with rows and details.
    window.tabs.setCurrentWidget(window.history_page)
    qtbot.waitUntil(lambda: window.history_page.model.rowCount() > 0, timeout=WAIT)
    window.history_page.table.selectRow(0)
    assert_no_clash(window, "the History page")
    # One batch shown (the Batch page's Show in History), in the table and on the Overview.
    history = window.history_page
    assert page._last_batch is not None
    history.show_batch(page._last_batch)
    qtbot.waitUntil(history.batch_results.isVisible, timeout=WAIT)
    history.table.selectRow(0)
    assert_no_clash(window, "the History page showing one batch")
    history.views.setCurrentIndex(1)
    assert_no_clash(window, "the Overview of one batch")
    history.views.setCurrentIndex(0)

    # Dialogs: each a window of its own.
    for open_dialog in (window.open_sending, window.open_simulator, window.open_network,
                        window.open_doctor):
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        assert_no_clash(dialog, dialog.windowTitle())
        dialog.reject()

    # Out of the sandbox (no banner), with a profile, and the credentials dialog asking.
    window.set_sandbox(False)
    assert_no_clash(window, "the Send page outside the sandbox")
    window.context.profiles.save(Profile(name="Acme", api_key="abcd1234"))
    dialog = window.open_credentials()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.profile_list.count() == 1, timeout=WAIT)
    assert_no_clash(dialog, "the credentials dialog")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.question.isVisible, timeout=WAIT)
    assert_no_clash(dialog, "the credentials dialog asking for a name")
    dialog.close()


def test_the_menus_and_pages_of_a_fresh_window_outside_the_sandbox(
    qtbot: QtBot, windows: Windows
) -> None:
    ctx = AppContext(windows.data, secret_store=windows.secrets)
    ctx.close()
    window = windows.make(sandbox=False)
    assert_menus_have_no_clash(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        assert_no_clash(window, window.tabs.tabText(i))
