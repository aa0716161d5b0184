"""Fixtures for the Qt tests: real widgets offscreen, a real simulator, a real SQLite file.

``context`` is the sandbox: the built-in simulator on a loopback port, the demo account and a
data folder in tmp_path. ``tasks`` runs work on a real thread pool (use ``qtbot.waitUntil``);
``sync_tasks`` runs it at once on the GUI thread (Picard-style), for step-by-step tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from conversion_gui.core.context import AppContext
from conversion_gui.qt import i18n
from conversion_gui.qt.tasks import SynchronousExecutor, TaskManager

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True, scope="session")
def english(qapp: object) -> Iterator[None]:
    """English as the app starts it: its catalogue brings the plural forms ("1 row")."""
    translators = i18n.install("en")
    yield
    i18n.uninstall(translators)


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    ctx = AppContext(tmp_path / "data", sandbox=True)
    yield ctx
    ctx.close()


@pytest.fixture
def tasks(qapp: object) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown(wait=True)


@pytest.fixture
def sync_tasks(qapp: object) -> Iterator[TaskManager]:
    manager = TaskManager(SynchronousExecutor())
    yield manager
    manager.shutdown(wait=True)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own: never the user's real configuration."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def find(root: QWidget, kind: type[W], name: str) -> W:
    """The one widget of ``kind`` whose accessible name is ``name`` (as a screen reader sees)."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    names = sorted({w.accessibleName() for w in root.findChildren(kind)})
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}; names: {names}"
    return found[0]


def activate(qtbot: object, window: QWidget, timeout: int = 15_000) -> None:
    """Make ``window`` the active one, asking again while waiting: on a loaded machine the
    offscreen platform can drop a request made while another test's window was closing."""

    def active() -> bool:
        if not window.isActiveWindow():
            window.activateWindow()
        return window.isActiveWindow()

    qtbot.waitUntil(active, timeout=timeout)  # type: ignore[attr-defined]
