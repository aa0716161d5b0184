"""The main window: three pages, menus, a status bar and the sandbox banner.

It only assembles: each page owns its own behaviour, and every collaborator comes in through
the constructor. Switching sandbox mode on or off builds a new context and new pages.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.context import AppContext
from ..core.credentials import SecretKind, mask
from ..core.history import HistoryError
from ..core.template import write_csv_template, write_xlsx_template
from ..logs import log_problem
from ..simulator import Faults
from . import a11y
from .batch_panel import BatchPage
from .credentials_dialog import CredentialsDialog
from .doctor_dialog import DoctorDialog
from .history_location_dialog import HistoryLocationDialog
from .history_view import HistoryPage
from .icons import icon
from .id_paste import IdEdit
from .inline_message import InlineMessage, sentence
from .language_dialog import LanguageDialog
from .network_dialog import NetworkDialog
from .preferences import Preferences
from .send_form import SendPage
from .sending_dialog import SendingDialog
from .simulator_dialog import SimulatorDialog, load_faults, save_faults
from .tasks import TaskManager

log = logging.getLogger(__name__)

ContextFactory = Callable[[bool], AppContext]
Ask = Callable[[str, str], bool]

translate = QCoreApplication.translate


def _ask(parent: QWidget) -> Ask:
    def ask(title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    return ask


class MainWindow(QMainWindow):
    context_changed = Signal()

    def __init__(
        self,
        make_context: ContextFactory,
        tasks: TaskManager,
        settings: QSettings,
        log_dir: Path,
        sandbox: bool = False,
        ask: Ask | None = None,
    ) -> None:
        super().__init__()
        self._make_context = make_context
        self.tasks = tasks
        self.settings = settings
        self.log_dir = log_dir
        self._ask = ask or _ask(self)
        self.choose_template_path: Callable[[], str | None] = self._template_dialog_path
        self._closing = False
        self._preferences = Preferences.load(settings)
        self._faults = load_faults(settings)
        self._has_real_profile: bool | None = None  # None: not known yet (asked on a worker)
        self.setWindowTitle(self.tr("conversion-gui"))
        self.setWindowIcon(icon("app"))

        self.banner = self._build_banner()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Pages"))
        self.tabs.setDocumentMode(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        # The history file or the log cannot be used (full disk, read-only folder, a newer
        # version's file...): one sentence at the top, and the pages go on as far as they can.
        self.storage_message = InlineMessage(self.tr("Problem with the data folder"))
        self.storage_message.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.storage_message)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.profile_label = QLabel()
        self.profile_label.setAccessibleName(self.tr("Profile"))
        self.profile_label.setWordWrap(True)  # a longer language takes a second line, not a cut
        self.rate_label = QLabel()
        self.rate_label.setAccessibleName(self.tr("Rate"))
        self.statusBar().addWidget(self.profile_label, 1)
        self.statusBar().addPermanentWidget(self.rate_label)

        self.context: AppContext = make_context(sandbox)
        self._build_pages()
        self._build_menus()
        self._restore_geometry()
        self._after_context_change()
        self.tabs.currentChanged.connect(self._page_shown)
        self._page_shown()

    # -- building ------------------------------------------------------------------------
    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("sandboxBanner")
        banner.setStyleSheet(
            "#sandboxBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
            "#sandboxBanner QLabel { color: #4a3b00; }"
        )
        row = QHBoxLayout(banner)
        text = QLabel(
            self.tr("<b>SANDBOX</b>: answers come from the built-in simulator, nothing leaves "
            "this machine. Try message-ids like sim-402 or sim-423 to see other answers.")
        )
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Sandbox mode"))
        switch = QPushButton(self.tr("S&witch off sandbox"))
        a11y.name_button(switch)
        switch.clicked.connect(lambda: self.set_sandbox(False))
        # Not where the keyboard starts: one Space must never leave sandbox mode.
        switch.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row.addWidget(text, 1)
        row.addWidget(switch)
        return banner

    def _build_pages(self) -> None:
        ctx = self.context
        self.send_page = SendPage(ctx, self.tasks, settings=self.settings)
        self.batch_page = BatchPage(ctx, self.tasks, lambda: self._preferences, ask=self._ask)
        self.history_page = HistoryPage(ctx, self.tasks)
        self.send_page.sent.connect(lambda _status: self.history_page.refresh())
        self.send_page.batch_requested.connect(self._open_small_batch)
        self.batch_page.batch_finished.connect(lambda _id: self.history_page.refresh())
        self.batch_page.show_in_history.connect(self._show_batch)
        self.batch_page.file_zone_changed.connect(lambda _zone: self._show_rate())
        self.batch_page.show_outcome_in_history.connect(self._show_batch)
        self.history_page.resent.connect(self.history_page.refresh)
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old is not None:
                old.deleteLater()
        self.tabs.addTab(self.send_page, icon("send"), self.tr("Send"))
        self.tabs.addTab(self.batch_page, icon("batch"), self.tr("Batch"))
        self.tabs.addTab(self.history_page, icon("history"), self.tr("History"))
        self.tabs.setTabToolTip(0, self.tr("Report one conversion (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Send a campaign file (Ctrl+2)"))
        self.tabs.setTabToolTip(2, self.tr("Every attempt and its answer (Ctrl+3)"))

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&Open CSV…"), self._open_csv, QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(self._action(self.tr("&Export history…"), self._export_history))
        file_menu.addAction(self._action(self.tr("Save a &template…"), self.save_template))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close,
                                         QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("Edit"))  # every Alt-letter of "Edit" is taken on a page
        edit_menu.addAction(self._action(self.tr("&Paste"), self.paste,
                                         QKeySequence.StandardKey.Paste))

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self._action(self.tr("&Credentials…"), self.open_credentials))
        settings_menu.addAction(self._action(self.tr("&Sending…"), self.open_sending))
        settings_menu.addAction(self._action(self.tr("&Network…"), self.open_network))
        settings_menu.addAction(self._action(self.tr("&History…"), self.open_history_location))
        settings_menu.addAction(self._action(self.tr("&Language…"), self.open_language))
        self.sandbox_action = QAction(self.tr("Sand&box mode"), self)
        self.sandbox_action.setCheckable(True)
        self.sandbox_action.toggled.connect(self.set_sandbox)
        settings_menu.addAction(self.sandbox_action)
        self.simulator_action = self._action(self.tr("Sandbox si&mulator…"), self.open_simulator)
        settings_menu.addAction(self.simulator_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Check connection…"), self.open_doctor))
        help_menu.addAction(self._action(self.tr("Open &data folder"), self._open_data_folder))
        help_menu.addAction(self._action(self.tr("Open &log folder"), self._open_log_folder))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About"), self._about))

        for n in range(3):
            self._action(self.tr("Page {n}").format(n=n + 1), partial(self.tabs.setCurrentIndex, n),
                         f"Ctrl+{n + 1}")

    # -- context ---------------------------------------------------------------------------
    def set_sandbox(self, on: bool) -> None:
        if on == self.context.sandbox:
            return
        if not on and self._has_real_profile is not True and not self._ask(
            self.tr("Leave sandbox mode?"),
            self.tr("There is no profile with your own API key yet, so nothing can be sent outside "
            "sandbox mode until you add one in Settings > Credentials….\n\nLeave sandbox "
            "mode anyway?"),
        ):
            self.sandbox_action.setChecked(True)
            return
        if self.batch_page.busy:
            self.statusBar().showMessage(
                self.tr("Finish or cancel the batch before switching mode."),
                                         8000)
            self.sandbox_action.setChecked(self.context.sandbox)
            return
        old = self.context
        self.context = self._make_context(on)
        self._build_pages()
        self._page_shown()
        self.tasks.run_in_background(old.close)
        self._after_context_change()
        self.context_changed.emit()

    def _after_context_change(self) -> None:
        sandbox = self.context.sandbox
        self.banner.setVisible(sandbox)
        self.sandbox_action.blockSignals(True)
        self.sandbox_action.setChecked(sandbox)
        self.sandbox_action.blockSignals(False)
        self.simulator_action.setEnabled(sandbox)
        self.setWindowTitle(self.tr("conversion-gui — sandbox") if sandbox else "conversion-gui")
        self._show_rate()
        self.refresh_profile()
        ctx = self.context
        self.storage_message.clear_message()
        # A batch left running by a crash is only interrupted: say so, and offer it on drop.
        # Opening the history here also finds a file that cannot be used, and says why.
        self.tasks.run_in_background(lambda: ctx.history.interrupt_running(),
                                     self._history_opened)
        if sandbox and self._faults != Faults():  # the simulator misbehaves as last chosen
            faults = self._faults
            self.tasks.run_in_background(lambda: ctx.start_simulator().set_faults(faults))
        make = self._make_context

        def real_profile() -> bool:  # on a worker: the settings file of the real data folder
            real = make(False)
            try:
                return real.profiles.active() is not None or bool(
                    real.environ.get("VONAGE_API_KEY"))
            finally:
                real.close()

        self.tasks.run_in_background(real_profile, self._real_profile_known)

    def _history_opened(self, future: Future[int]) -> None:
        problems = [text for text in (log_problem(),) if text]
        try:
            future.result()
        except HistoryError as exc:
            problems.insert(0, str(exc))
        except Exception as exc:  # a fault of the disk must not take the window down
            log.warning("the history could not be opened: %s", type(exc).__name__)
            problems.insert(0, self.tr("The history file could not be opened (see the log)."))
        if problems:
            self.storage_message.say(" ".join(sentence(p) for p in problems), "error")

    def _real_profile_known(self, future: object) -> None:
        try:
            self._has_real_profile = bool(future.result())  # type: ignore[attr-defined]
        except Exception as exc:  # unknown: leaving sandbox mode just asks nothing
            log.warning("could not look for a profile: %s", type(exc).__name__)

    def _page_shown(self, _index: int = 0) -> None:
        """Each page starts with the keyboard in its first field."""
        if self.tabs.currentWidget() is self.send_page:
            self.send_page.focus_first()
        elif self.tabs.currentWidget() is self.batch_page:
            self.batch_page.focus_first()

    def refresh_profile(self) -> None:
        """The status bar's profile line; the keychain is asked on a worker."""
        ctx = self.context
        self.profile_label.setText(self.tr("Profile: waiting for the keychain…"))
        self.tasks.run_in_background(lambda: describe_profile(ctx), self._show_profile)

    def _show_profile(self, future: object) -> None:
        try:
            text = future.result()  # type: ignore[attr-defined]
        except Exception as exc:  # the status bar must never take the window down
            log.warning("could not describe the profile: %s", type(exc).__name__)
            text = self.tr("Profile: could not be read (see the log)")
        self.profile_label.setText(str(text))

    def _show_rate(self) -> None:
        p = self._preferences
        rate = self.tr("no rate limit") if p.rate == 0 else f"{p.rate:g}/s"
        zone = self.batch_page.file_zone() or p.timezone
        self.rate_label.setText(self.tr("{rate} · {n} in flight · files in {zone}").format(
            rate=rate, n=p.concurrency, zone=zone))

    # -- actions ---------------------------------------------------------------------------
    def open_credentials(self) -> CredentialsDialog:
        dialog = CredentialsDialog(self.context.profiles, self.context.secrets, self.tasks, self,
                                   sandbox=self.context.sandbox)
        dialog.changed.connect(self._credentials_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _credentials_changed(self) -> None:
        ctx = self.context
        self.tasks.run_in_background(ctx.invalidate_client)
        self.refresh_profile()

    def open_sending(self) -> SendingDialog:
        dialog = SendingDialog(self._preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result == SendingDialog.DialogCode.Accepted:
                self._preferences = dialog.preferences()
                self._preferences.save(self.settings)
                self._show_rate()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def open_language(self) -> LanguageDialog:
        dialog = LanguageDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_simulator(self) -> SimulatorDialog:
        dialog = SimulatorDialog(self._faults, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result != SimulatorDialog.DialogCode.Accepted:
                return
            self._faults = faults = dialog.faults()
            save_faults(self.settings, faults)
            ctx = self.context
            if ctx.sandbox:
                self.tasks.run_in_background(lambda: ctx.start_simulator().set_faults(faults))
            self.statusBar().showMessage(
                self.tr("Simulator faults: {faults}").format(faults=faults.describe()), 8000)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def open_network(self) -> NetworkDialog:
        dialog = NetworkDialog(self.context, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._credentials_changed)  # the next send uses the new proxy
        dialog.open()
        return dialog

    def open_history_location(self) -> HistoryLocationDialog:
        dialog = HistoryLocationDialog(self.context, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._history_changed)
        dialog.open()
        return dialog

    def _history_changed(self) -> None:
        """Settings › History changed: pages over the newly chosen history."""
        if self.batch_page.busy:
            self.statusBar().showMessage(
                "The new history is used once this batch ends and the app restarts.", 8000)
            return
        old = self.context
        self.context = self._make_context(old.sandbox)
        self._build_pages()
        self.tasks.run_in_background(old.close)
        self._after_context_change()
        self.context_changed.emit()

    def open_doctor(self) -> DoctorDialog:
        dialog = DoctorDialog(self.context, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        return dialog

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    def _open_csv(self) -> None:
        self.tabs.setCurrentWidget(self.batch_page)
        self.batch_page.open_dialog()

    def paste(self) -> None:
        """Edit > Paste: into the field being typed in, else cells onto the Batch page."""
        focus = QApplication.focusWidget()
        if isinstance(focus, IdEdit):
            focus.paste_checked()
            return
        if isinstance(focus, QLineEdit | QPlainTextEdit | QTextEdit) and not focus.isReadOnly():
            focus.paste()
            return
        self.tabs.setCurrentWidget(self.batch_page)
        self.batch_page.paste_cells()

    def _open_small_batch(self, path: str, name: str) -> None:
        """Ids pasted on the Send page, to be sent as a batch: shown on the Batch page."""
        self.tabs.setCurrentWidget(self.batch_page)
        self.batch_page.open_file(path, name)

    def save_template(self) -> None:
        """File > Save a template…: a CSV and an .xlsx with the headers the app reads."""
        chosen = self.choose_template_path()
        if not chosen:
            return
        base = Path(chosen).with_suffix("")
        written = []
        try:
            for suffix, write in ((".csv", write_csv_template), (".xlsx", write_xlsx_template)):
                write(base.with_suffix(suffix))
                written.append(base.with_suffix(suffix).name)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Template not saved"),
                                self.tr("Cannot write {path}: {problem}").format(
                                    path=base, problem=exc.strerror or exc))
            return
        self.statusBar().showMessage(
            self.tr("Template saved: {files} in {folder}").format(
                files=self.tr(" and ").join(written), folder=base.parent), 10000)

    def _template_dialog_path(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a template (a .csv and an .xlsx)"),
            str(Path.home() / "conversions-template.xlsx"), self.tr("Workbook and CSV (*.xlsx)"))
        return path or None

    def _export_history(self) -> None:
        self.tabs.setCurrentWidget(self.history_page)
        self.history_page.export()

    def _show_batch(self, batch_id: int, outcome: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.history_page)
        self.history_page.show_batch(batch_id, outcome)

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About conversion-gui"),
            self.tr("<h3>conversion-gui {version}</h3>"
                    "<p>Reports conversions to the Vonage Conversion API, one at a time or by "
                    "the thousand from a file.</p>"
                    "<p>Data: {data}<br>Logs: {logs}</p>").format(
                version=__version__, data=self.context.data_dir, logs=self.log_dir),
        )

    # -- geometry and closing ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 680)
        index = self.settings.value("window/page", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(index))  # type: ignore[call-overload]

    def _close_when_stopped(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if self.batch_page.busy and not self._closing:
            question = self.tr("A batch is still sending. Stop it and quit?\n\nRows not sent "
                               "yet stay in the journal: open the same file again to resume.")
            if not self._ask(self.tr("Quit during a batch?"), question):
                event.ignore()
                return
            self._closing = True
            event.ignore()
            self.statusBar().showMessage(self.tr("Stopping the batch…"))
            self.batch_page.stop(self._close_when_stopped)
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.tabs.currentIndex())
        self.settings.sync()
        super().closeEvent(event)


def describe_profile(ctx: AppContext) -> str:
    """One line for the status bar. Reads the keychain: call it on a worker."""
    if ctx.sandbox:
        return translate("MainWindow", "Sandbox · demo account · secret built in · answers from "
                         "the built-in simulator")
    profile = ctx.profiles.active()
    env_key = ctx.environ.get("VONAGE_API_KEY")
    if profile is None and not env_key:
        return translate("MainWindow", "No profile yet: Settings › Credentials… to add your API "
                         "key and secret")
    if profile is None:
        return translate("MainWindow", "Key {key} from the environment").format(
            key=short_key(env_key or ""))
    has_secret = ctx.secrets.get(profile.name, SecretKind.API_SECRET) is not None
    has_sig = ctx.secrets.get(profile.name, SecretKind.SIGNATURE_SECRET) is not None
    signature = profile.auth.value == "signature"
    stored = has_sig if signature else has_secret
    if stored:
        where = (translate("MainWindow", "signature secret in {store}") if signature
                 else translate("MainWindow", "secret in {store}")).format(store=ctx.secrets.where)
    else:
        where = (translate("MainWindow", "no signature secret set") if signature
                 else translate("MainWindow", "no secret set"))
    extra = translate("MainWindow", " · overridden by VONAGE_* variables") if env_key else ""
    return translate("MainWindow", "Profile {name} (key {key}) · {where} · {auth} "
                     "auth{extra}").format(name=profile.name, key=short_key(profile.api_key),
                                           where=where, auth=profile.auth.value, extra=extra)


def short_key(key: str) -> str:
    """An API key is not a secret, but a shortened one is enough to recognise it."""
    return key if len(key) <= 8 else f"{key[:4]}…{key[-4:]}"


__all__ = ["MainWindow", "describe_profile", "mask", "short_key"]
