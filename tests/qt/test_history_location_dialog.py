"""Settings › History: this computer or a team database, typed and saved as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QRadioButton
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.core.history.team import saved_location
from conversion_gui.qt.history_location_dialog import HistoryLocationDialog
from conversion_gui.qt.tasks import TaskManager
from tests import pg
from tests.qt.conftest import find

WAIT = 15_000


def open_dialog(qtbot: QtBot, ctx: AppContext) -> tuple[HistoryLocationDialog, TaskManager]:
    tasks = TaskManager()
    dialog = HistoryLocationDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled, timeout=WAIT)
    return dialog, tasks


def test_a_team_database_is_checked_then_saved_without_a_password(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = pg.fresh_database()
    ctx = AppContext(tmp_path, secret_store=MemoryStore())
    dialog, tasks = open_dialog(qtbot, ctx)
    try:
        assert find(dialog, QRadioButton, "This computer").isChecked()
        assert not find(dialog, QLineEdit, "URL").isEnabled()
        find(dialog, QRadioButton, "Team database (PostgreSQL)").setChecked(True)
        find(dialog, QLineEdit, "URL").setText(url)
        with qtbot.waitSignal(dialog.changed, timeout=WAIT):
            dialog.buttons.accepted.emit()
        assert saved_location(tmp_path) == url
        fresh = AppContext(tmp_path, secret_store=MemoryStore())
        assert fresh.history_location.shown == url
        fresh.close()
    finally:
        tasks.shutdown(wait=True)
        ctx.close()


def test_a_wrong_url_is_said_in_the_dialog_and_nothing_is_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ctx = AppContext(tmp_path, secret_store=MemoryStore())
    dialog, tasks = open_dialog(qtbot, ctx)
    try:
        find(dialog, QRadioButton, "Team database (PostgreSQL)").setChecked(True)
        find(dialog, QLineEdit, "URL").setText("postgresql://ana:pw@db.example.com/team")
        dialog.buttons.accepted.emit()
        assert dialog.error.isVisible() and "password" in dialog.error.text()
        assert "pw@" not in dialog.error.text()
        # a socket folder with no server in it: refused at once, without the network
        find(dialog, QLineEdit, "URL").setText(f"postgresql://nobody@/none?host={tmp_path}")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: "cannot be reached" in dialog.error.text(), timeout=WAIT)
        assert saved_location(tmp_path) is None
    finally:
        tasks.shutdown(wait=True)
        ctx.close()
