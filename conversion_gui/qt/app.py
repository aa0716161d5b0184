"""Starting the desktop app: the QApplication (reused when one runs), logging, the
excepthook that shows a dialog instead of vanishing, and the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__, paths
from ..cli_common import EXIT_USAGE
from ..core.context import AppContext
from ..logs import LOG_FILE_NAME, note_log_problem, setup_logging
from .application import application
from .inline_message import sentence
from .tasks import TaskManager

translate = QCoreApplication.translate

log = logging.getLogger("conversion_gui.qt")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to our log file (redacted like everything else)."""
    qInstallMessageHandler(_qt_message)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(parent: Callable[[], QWidget | None], log_path: Path,
                    show: bool = True) -> ExceptHook:
    """Log the traceback and tell the person where it is, rather than vanish."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if not show:
            return
        box = QMessageBox(parent())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("App", "Something went wrong"))
        box.setText(translate("App", "conversion-gui hit an unexpected problem. Nothing you "
                              "sent is lost: the history and the batch journal are kept as they "
                              "were."))
        box.setInformativeText(translate("App", "The details are in the log file:\n{path}").format(
            path=log_path))
        box.open()

    return hook


def build_context_factory(data: Path, environ: dict[str, str] | None = None,
                          history: str | None = None) -> Callable[[bool], AppContext]:
    def make(sandbox: bool) -> AppContext:
        return AppContext(data, sandbox=sandbox, environ=environ, history=history)

    return make


def _save_and_quit(window: QWidget, path: Path, app: QApplication) -> None:
    saved = window.grab().save(str(path))
    if not saved:
        log.error("could not save the screenshot to %s", path)
    window.close()
    app.exit(0 if saved else 1)


def _refuse_to_start(text: str, screenshot: str | None) -> int:
    """The data folder cannot be used: say so in a window too (there may be no terminal)."""
    if sys.stderr is not None:
        print(f"conversion-gui: error: {text}", file=sys.stderr)
    application()
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "conversion-gui cannot start"),
                      sentence(text))
    if screenshot:  # for support requests and CI, as for the main window

        def save_and_close() -> None:
            box.grab().save(screenshot)
            box.done(0)

        QTimer.singleShot(500, save_and_close)
    box.exec()
    return EXIT_USAGE


def run_app(args: argparse.Namespace) -> int:
    try:
        data = paths.data_dir(args.data_dir)
    except paths.DataFolderError as exc:
        return _refuse_to_start(str(exc), getattr(args, "screenshot", None))
    try:
        log_dir = paths.log_dir(data)
        log_path = setup_logging(log_dir)
    except paths.DataFolderError as exc:  # the app works without a log; the window says so
        note_log_problem(str(exc))
        log_dir = log_path = data
    route_qt_messages()
    if getattr(args, "self_test", False):
        from .selftest import run_self_test

        return run_self_test(data, log_dir)
    app, owned = application()
    from . import i18n
    from .main_window import MainWindow

    settings = QSettings(str(data / "gui.ini"), QSettings.Format.IniFormat)
    # Before any widget exists: every tr() from here on speaks the chosen language. The
    # translators are children of the app: they live as long as it does. A host that embeds
    # the window keeps its own language unless --lang asks.
    if owned or getattr(args, "lang", None):
        i18n.apply(getattr(args, "lang", None), settings)
    tasks = TaskManager()
    window = MainWindow(build_context_factory(data, history=getattr(args, "history", None)),
                        tasks, settings, log_dir,
                        sandbox=bool(args.sandbox))
    sys.excepthook = make_excepthook(lambda: window, log_path)
    window.show()
    log.info("conversion-gui %s started (sandbox=%s)", __version__, bool(args.sandbox))
    if os.environ.get("CONVERSION_GUI_STARTUP_PROBE"):
        # bench/gui_startup.py: when the first event-loop turn after show() happens.
        QTimer.singleShot(0, lambda: print(f"window shown at {time.time():.3f}", flush=True))
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        QTimer.singleShot(1500, lambda: _save_and_quit(window, Path(screenshot), app))
    if not owned:
        return 0  # embedded: the host runs the event loop
    code = app.exec()
    tasks.shutdown(wait=False)
    window.context.close()
    return int(code)


__all__ = ["LOG_FILE_NAME", "application", "make_excepthook", "route_qt_messages", "run_app"]
