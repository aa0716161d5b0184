"""Help › Check connection…: the doctor's lines as each check ends, and a report to copy."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future

import shiboken6
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.context import AppContext
from ..core.doctor import CheckLine, Doctor, report
from .buttons import button
from .tasks import TaskManager
from .weak_post import weak_poster

log = logging.getLogger(__name__)


class DoctorDialog(QDialog):
    def __init__(self, ctx: AppContext, tasks: TaskManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check connection"))
        self.resize(720, 360)
        self._ctx = ctx
        self._tasks = tasks
        self._header: list[str] = []
        self.lines: list[CheckLine] = []
        self._cancel = threading.Event()
        self._running = False

        self.state = QLabel()
        self.state.setAccessibleName(self.tr("State"))
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Report"))
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy = button(self.tr("&Copy report"), self.copy_report)
        self.again = button(self.tr("&Run again"), self.start)
        close = button(self.tr("Close"), self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.again)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(row)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Run the checks on the task pool; each line shows as soon as it is known."""
        if self._running:
            return
        self._running = True
        self._cancel = threading.Event()
        self.lines = []
        self.report_view.clear()
        self.again.setEnabled(False)
        self.copy.setEnabled(False)
        self.state.setText(self.tr("Checking…"))
        ctx, cancel = self._ctx, self._cancel
        post = weak_poster(self, self._tasks, lambda d: d._cancel is cancel)

        def work() -> list[CheckLine]:
            doctor = Doctor(ctx)
            header = doctor.header()
            post(lambda d: d._show_header(header))
            return doctor.run(lambda line: post(lambda d: d._add(line)), cancel)

        self._tasks.run_in_background(work, self._finished)

    def _show_header(self, header: list[str]) -> None:
        self._header = header
        self.report_view.setPlainText("\n".join(header))

    def _add(self, line: CheckLine) -> None:
        self.lines.append(line)
        self.report_view.appendPlainText(line.render())

    def _finished(self, future: Future[list[CheckLine]]) -> None:
        if not shiboken6.isValid(self):
            return  # closed (and deleted) while the checks ran
        self._running = False
        self.again.setEnabled(True)
        self.copy.setEnabled(True)
        try:
            future.result()
        except Exception as exc:  # the doctor reports problems; this is a bug: say so plainly
            log.exception("the connection check failed")
            self.state.setText(self.tr("The check could not finish ({error}); see the "
                                       "log.").format(error=type(exc).__name__))
            return
        summary = report(self._header, self.lines).rstrip("\n").rsplit("\n", 1)[-1]
        self.state.setText(summary[0].upper() + summary[1:] + ".")

    def report_text(self) -> str:
        return report(self._header, self.lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.state.setText(
            self.tr("The report is on the clipboard: paste it into your support ticket."))

    def done(self, result: int) -> None:  # Qt's name: closing stops the checks
        self._cancel.set()
        super().done(result)

    def closeEvent(self, event: object) -> None:  # Qt's name
        self._cancel.set()
        super().closeEvent(event)  # type: ignore[arg-type]
