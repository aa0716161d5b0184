"""The Send page's id field, which notices a paste of several ids (a column copied from a sheet).

A line edit would keep only the first line of such a paste. This one hands the lines to the
page instead, which offers to send them all as a small batch with the form's delivered and
time settings, or to keep only the first.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from ..core.conversion import Channel
from ..core.paste import PastedCells, write_pasted
from .batch_text import rows as rows_text
from .formats import number

translate = QCoreApplication.translate


class IdPaste(QObject):
    """The context of this module's words (plural forms need a class's tr)."""


def pasted_lines(text: str) -> list[str]:
    """The non-empty lines of a paste, each its first cell (a row copied with more columns)."""
    return [line.split("\t")[0].strip() for line in text.splitlines() if line.strip()]


class IdEdit(QLineEdit):
    """``lines_pasted(lines)`` instead of a paste of two lines or more."""

    lines_pasted = Signal(list)

    def _multi(self) -> list[str] | None:
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasText():
            return None
        lines = pasted_lines(data.text())
        return lines if len(lines) > 1 else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            lines = self._multi()
            if lines is not None:
                self.lines_pasted.emit(lines)
                event.accept()
                return
        super().keyPressEvent(event)

    def paste_checked(self) -> None:
        """Edit > Paste: the lines to the page when there are several, else a plain paste."""
        lines = self._multi()
        if lines is not None:
            self.lines_pasted.emit(lines)
        else:
            self.paste()


def ask_pasted_ids(parent: QWidget, count: int) -> str:
    """"batch", "first", or "" when the person cancels."""
    question: str = IdPaste.tr(
        "You pasted {count} ids. Send them all as a small batch, with the delivered and time "
        "set here, or keep only the first?", "", count)  # type: ignore[arg-type]
    box = QMessageBox(QMessageBox.Icon.Question, translate("IdPaste", "Several ids pasted"),
                      question.format(count=number(count)), parent=parent)
    send_all: str = IdPaste.tr("Send all {count} as a batch", "", count)  # type: ignore[arg-type]
    batch = box.addButton(send_all.format(count=number(count)),
                          QMessageBox.ButtonRole.AcceptRole)
    first = box.addButton(translate("IdPaste", "Keep the first"),
                          QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "batch" if clicked is batch else "first" if clicked is first else ""


def small_batch(
    ids: list[str], delivered: bool, timestamp: str, channel: Channel,
    folder: str | os.PathLike[str],
) -> tuple[Path, str]:
    """The ids as a batch file with the form's settings, and its source name for the page."""
    rows = [[i, "true" if delivered else "false", timestamp, channel.value] for i in ids]
    cells = PastedCells(("message-id", "delivered", "timestamp", "channel"), rows, False)
    path, _ = write_pasted(cells, folder)
    return path, translate("IdPaste", "Pasted ids · {rows}").format(rows=rows_text(len(rows)))


__all__ = ["IdEdit", "ask_pasted_ids", "pasted_lines", "small_batch"]
