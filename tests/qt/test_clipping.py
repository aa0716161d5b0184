"""Nothing is cut off at the default window size: every page (the Batch page with a file in its
preview, the History page with attempts in it) and every dialog, walked widget by widget, in
English, in the pseudo-locale (every translated string 40% longer) and in each finished
language (tests/qt/languages.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.conversion import make_conversion
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.qt import i18n
from conversion_gui.qt.main_window import MainWindow
from conversion_gui.qt.tasks import TaskManager
from tests.qt.clipping import clipped
from tests.qt.languages import COMPLETE

ROOT = Path(__file__).resolve().parents[2]
WAIT = 20_000


@pytest.fixture(params=["en", i18n.PSEUDO, *COMPLETE])
def window(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path
           ) -> Iterator[MainWindow]:
    """The main window as a first start opens it (no saved geometry), in one language."""
    translators = i18n.install(request.param)
    tasks = TaskManager()
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    made = MainWindow(
        lambda sb: AppContext(tmp_path / "data", sandbox=sb, secret_store=MemoryStore()),
        tasks, settings, tmp_path / "logs", sandbox=True, ask=lambda _t, _q: True)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    tasks.shutdown(wait=True)
    made.context.close()
    i18n.uninstall(translators)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_no_page_clips_its_text(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    ctx = window.context
    client, profile = ctx.current_client()
    for n in range(3):  # a few attempts for the History page to show
        conversion = make_conversion("sms", f"CLIP{n:04d}", n % 2 == 0)
        ctx.history.record_single(conversion, client.send(conversion), profile=profile.name,
                                  base_url=profile.base_url)
    found: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        found += [f"page {window.tabs.tabText(index)!r}: {p}" for p in clipped(window)]

    window.tabs.setCurrentWidget(window.batch_page)
    unreadable = tmp_path / "empty.csv"  # the preview with its columns and no row
    unreadable.write_bytes(b"")
    window.batch_page.open_file(str(unreadable))
    qtbot.waitUntil(lambda: window.batch_page.preview.isVisible(), timeout=WAIT)
    qtbot.wait(200)
    found += [f"batch, unreadable file: {p}" for p in clipped(window)]

    window.batch_page.open_file(str(ROOT / "examples" / "campaign.csv"))

    def offers_send() -> bool:  # the file read: Send names its valid rows, in any language
        send = window.batch_page.send_button
        return send.isVisible() and send.isEnabled()

    qtbot.waitUntil(offers_send, timeout=WAIT)
    settle()
    found += [f"batch preview: {p}" for p in clipped(window)]
    assert not found, "clipped text:\n" + "\n".join(found)


@pytest.mark.parametrize("opener", ["open_credentials", "open_sending", "open_network",
                                    "open_language", "open_doctor"])
def test_no_dialog_clips_its_text(qtbot: QtBot, window: MainWindow, opener: str) -> None:
    dialog = getattr(window, opener)()
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    if opener == "open_doctor":  # its longest words come with the results
        qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    settle()
    found = clipped(dialog)
    dialog.reject()
    assert not found, f"{opener}: clipped text:\n" + "\n".join(found)
