"""The clipping walk itself: it reports what a person would see cut off, and nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.qt.clipping import clipped

LONG = "Einstellungen für den Versand übernehmen und fortfahren"


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_laid_out_window_has_nothing_clipped(qtbot: QtBot) -> None:
    root = QWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel(LONG))
    layout.addWidget(QPushButton(f"&{LONG}"))
    layout.addWidget(QCheckBox(LONG))
    wrapped = QLabel(LONG * 4)
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Senden")
    tabs.addTab(QWidget(), "Verlauf")
    layout.addWidget(tabs)
    assert clipped(shown(qtbot, root)) == []


def test_squeezed_labels_buttons_and_check_boxes_are_reported(qtbot: QtBot) -> None:
    root = QWidget()
    layout = QHBoxLayout(root)
    for widget in (QLabel(LONG), QPushButton(LONG), QCheckBox(LONG)):
        widget.setFixedWidth(120)
        layout.addWidget(widget)
    found = clipped(shown(qtbot, root))
    assert [f.split(" ")[0] for f in found] == ["QLabel", "QPushButton", "QCheckBox"], found


def test_a_word_wrapped_label_too_short_for_its_lines_is_reported(qtbot: QtBot) -> None:
    label = QLabel(LONG * 6)
    label.setWordWrap(True)
    label.setFixedSize(200, 20)
    assert len(clipped(shown(qtbot, label))) == 1


def test_tabs_that_do_not_fit_are_reported(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    for n in range(6):
        tabs.addTab(QWidget(), f"{LONG} {n}")
    tabs.setFixedWidth(300)
    found = clipped(shown(qtbot, tabs))
    assert found and all("QTabBar" in f for f in found)


def test_a_column_narrower_than_its_header_is_reported(qtbot: QtBot) -> None:
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Nachrichten-ID", LONG])
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(False)
    table.setColumnWidth(0, 200)
    table.setColumnWidth(1, 60)
    table.resize(500, 200)
    found = clipped(shown(qtbot, table))
    assert len(found) == 1 and LONG in found[0], found
    table.horizontalHeader().setSectionResizeMode(
        1, table.horizontalHeader().ResizeMode.ResizeToContents)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.resize(900, 200)
    assert clipped(table) == []
