"""The Send page: one conversion at a time, by keyboard, with the API's answer in plain words.

Support staff use it all day, so it is built for flow: the id field has the focus, Enter or
Ctrl+Return sends, the answer shows inline (status, meaning, colour and an icon), and the form
is at once ready for the next id with the channel, delivered and "now" kept. Validation and
meanings come from the core, so the page shows exactly what the command line would say.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime, tzinfo
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core.context import AppContext
from ..core.conversion import (
    Conversion,
    ConversionError,
    SourceApi,
    make_conversion,
    parse_message_id,
    parse_timestamp,
)
from ..core.outcome import Outcome
from ..core.retry import RetryPolicy
from ..core.zones import local_zone
from . import a11y
from .answer_line import AMBER, GREEN, AnswerLine, look
from .i18n import QT_TRANSLATE_NOOP
from .id_paste import IdEdit, ask_pasted_ids, small_batch
from .recent_sends import RecentSends
from .risk_bar import RiskBar, risks
from .send_task import SendResult, send_one
from .send_words import answer_text, headline, setup_problem, technical_details
from .tasks import TaskManager
from .when_editor import RED, WhenEditor  # one red for every error line on the page

log = logging.getLogger(__name__)

SETTINGS_SOURCE_KEY = "send/source_api"
SEND_TEXT = QT_TRANSLATE_NOOP("SendPage", "Se&nd")  # Alt+S is the Settings menu
DEFAULT_POLICY = RetryPolicy(max_attempts=3, base_delay=0.5, max_delay=4.0, max_retry_after=60.0)

# English, marked for lupdate (context "SendPage") and translated where shown.
_RADIO_TEXTS = {
    SourceApi.SMS: QT_TRANSLATE_NOOP("SendPage", "S&MS API"),
    SourceApi.VERIFY: QT_TRANSLATE_NOOP("SendPage", "&Verify API"),
    SourceApi.TTS: QT_TRANSLATE_NOOP("SendPage", "Te&xt-To-Speech"),
    SourceApi.TTS_PROMPT: QT_TRANSLATE_NOOP("SendPage", "TTS &Prompt"),
}
_ID_LABEL_TEXTS = {"Message ID": QT_TRANSLATE_NOOP("SendPage", "Message &ID"),
                   "Event ID": QT_TRANSLATE_NOOP("SendPage", "Event &ID"),
                   "Call ID": QT_TRANSLATE_NOOP("SendPage", "Call &ID")}
DELIVERED_TEXT = QT_TRANSLATE_NOOP("SendPage", "the user completed the call to action")


class SendPage(QWidget):
    """The Send tab. ``sent(status)`` fires once an attempt is in the history (-1: no answer)."""

    sent = Signal(int)
    batch_requested = Signal(str, str)  # a small batch file of pasted ids, and its name

    def __init__(
        self,
        context: AppContext,
        tasks: TaskManager,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        zone: tzinfo | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._settings = settings
        self._zone = zone or local_zone()
        self._policy = policy or DEFAULT_POLICY
        self._cancel: threading.Event | None = None
        self._sending_enabled = True
        # "batch", "first" or "" (cancel) for a paste of several ids; a dialog unless replaced
        self.choose_for_pasted_ids: Callable[[int], str] = self._ask_pasted_ids
        self._checking = False
        self._pending: tuple[Conversion, SourceApi] | None = None
        self._build()
        self._restore_source()
        self.reset_time()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        # Sent with: one radio per API; Tab enters the group, arrow keys move within it.
        self._sources = QButtonGroup(self)
        self._radios: dict[SourceApi, QRadioButton] = {}
        radio_row = QHBoxLayout()
        radio_row.setContentsMargins(0, 0, 0, 0)
        for source in SourceApi:
            radio = QRadioButton(self.tr(_RADIO_TEXTS[source]))
            a11y.name_button(radio)
            self._sources.addButton(radio)
            self._radios[source] = radio
            radio_row.addWidget(radio)
            radio.toggled.connect(self._on_source_toggled)
        radio_row.addStretch(1)
        radios = QWidget()
        radios.setLayout(radio_row)
        self._sent_with_label = QLabel(self.tr("Sent with:"))
        form.addRow(self._sent_with_label, radios)

        # The id, named after the API it came from.
        self._id_label = QLabel(self.tr("Message &ID:"))
        self._id_edit = IdEdit()
        self._id_edit.lines_pasted.connect(self._several_ids_pasted)
        self._id_edit.setClearButtonEnabled(True)
        self._id_edit.setPlaceholderText(self.tr("paste the id from the send response"))
        a11y.buddy(self._id_label, self._id_edit)
        self._id_error = self._error_label("id_error")
        form.addRow(self._id_label, self._stacked(self._id_edit, self._id_error))
        self._id_edit.textChanged.connect(self._validate_id_live)
        self._id_edit.returnPressed.connect(self.send)

        # Delivered.
        self._delivered_label = QLabel(self.tr("&Delivered:"))
        self._delivered = QCheckBox(self.tr(DELIVERED_TEXT))
        self._delivered.setChecked(True)
        self._delivered_label.setBuddy(self._delivered)
        a11y.name_button(self._delivered)
        form.addRow(self._delivered_label, self._delivered)

        # When: wall-clock time in the user's zone, the UTC value beside it, and Now.
        self._when = WhenEditor(self._zone)
        form.addRow(self._when.label, self._when)

        # Send (primary, bottom-right) and Cancel (only while sending).
        self._send = QPushButton(self.tr(SEND_TEXT))
        self._send.setDefault(True)
        self._send.setToolTip(self.tr("Send (Enter in the id field, or Ctrl+Return anywhere here)"))
        a11y.name_button(self._send)
        self._send.clicked.connect(self.send)
        self._cancel_button = QPushButton(self.tr("&Cancel"))
        self._cancel_button.setToolTip(self.tr("Stop retrying (Esc)"))
        a11y.name_button(self._cancel_button)
        self._cancel_button.clicked.connect(self.cancel)
        self._cancel_button.hide()
        shortcut_hint = QLabel(self.tr("Ctrl+Return"))
        shortcut_hint.setEnabled(False)  # greyed: a hint, not a control
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(shortcut_hint)
        buttons.addWidget(self._cancel_button)
        buttons.addWidget(self._send)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self.cancel)
        self._escape.setEnabled(False)

        # The answer: icon, status, meaning, time; then this session's recent sends.
        self._answer = AnswerLine()
        self._recent_label = QLabel(self.tr("&Recent sends:"))
        self._recent = RecentSends()
        a11y.buddy(self._recent_label, self._recent)
        self._recent.reuse.connect(self._reuse)

        self.risk_bar = RiskBar()
        self.risk_bar.confirmed.connect(self._send_confirmed)
        for changed in (self._id_edit.textChanged, self._delivered.toggled,
                        self._when.field.dateTimeChanged):
            changed.connect(self.risk_bar.dismiss)

        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.risk_bar)
        outer.addLayout(buttons)
        outer.addWidget(self._answer)
        outer.addWidget(self._recent_label)
        outer.addWidget(self._recent, 1)

        order: list[QWidget] = [
            *self._radios.values(), self._id_edit, self._delivered, self._when.field,
            self._when.now_button, self.risk_bar.send_anyway,
            self._cancel_button, self._send, self._recent,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        label.setStyleSheet(f"color: {RED};")
        label.hide()
        return label

    @staticmethod
    def _stacked(top: QWidget, below: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(top)
        column.addWidget(below)
        return box

    # -- public -------------------------------------------------------------------------------

    @property
    def zone(self) -> tzinfo:
        return self._zone

    @property
    def sending(self) -> bool:
        """Sending, or checking the history before sending."""
        return self._cancel is not None or self._checking

    def source_api(self) -> SourceApi:
        for source, radio in self._radios.items():
            if radio.isChecked():
                return source
        return SourceApi.SMS

    def set_source_api(self, source: SourceApi) -> None:
        self._radios[source].setChecked(True)

    def focus_first(self) -> None:
        self._id_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._id_edit.selectAll()

    def set_enabled_sending(self, enabled: bool, reason: str = "") -> None:
        """The main window's switch (e.g. while credentials are edited); the reason shows."""
        self._sending_enabled = enabled
        self._refresh_send_button()
        if not enabled and reason:
            self._show_answer(reason, RED, QStyle.StandardPixmap.SP_MessageBoxWarning)

    def wall_time(self) -> datetime:
        """The time shown, naive, as a wall-clock time in ``zone``."""
        return self._when.wall_time()

    def set_time(self, moment: datetime) -> None:
        """Show ``moment``: an aware time is converted to ``zone``, a naive one is taken as is."""
        self._when.set_time(moment)

    def reset_time(self) -> None:
        """Now, in the user's zone; the time then follows the clock until someone edits it."""
        self._when.reset_to_now()

    def cancel(self) -> None:
        """Stop waiting for a retry; a request already on the wire still gets its answer."""
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self._show_answer(self.tr("Cancelling: no further attempt will be made…"), AMBER,
                              QStyle.StandardPixmap.SP_BrowserStop)

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        """Validate, then send in the background; problems show inline, nothing pops up."""
        if self.sending or not self._sending_enabled:
            return
        if self._when.follows_clock:
            self.reset_time()  # "now" means the moment of sending, not of the last reset
        source = self.source_api()
        try:
            parse_message_id(self._id_edit.text(), source.id_label)
            conversion = make_conversion(
                source.channel, self._id_edit.text(), self._delivered.isChecked(),
                self.wall_time(), self._zone,
            )
        except ConversionError as exc:
            self._show_field_error(exc)
            return
        self._clear_field_errors()
        self._check(conversion, source)

    def _check(self, conversion: Conversion, source: SourceApi) -> None:
        """Ask the history on the pool; a risky send waits for "Send anyway" in the bar."""
        self._checking = True
        self._refresh_send_button()
        context, wall = self._context, self.wall_time()
        now = datetime.now(self._zone).replace(tzinfo=None)
        self.risk_bar.dismiss()

        def done(page: SendPage, future: Future[list[str]]) -> None:
            page._checking = False
            page._refresh_send_button()
            try:
                found = future.result()
            except Exception:  # the check is advice: a failure of it never blocks a send
                log.exception("the check before sending failed")
                found = []
            if found:
                page._pending = (conversion, source)
                page.risk_bar.ask(found)
            else:
                page._start(conversion, source)

        self._tasks.run_in_background(
            lambda: risks(context, conversion, source.id_label, wall, now),
            self._guarded(done))

    def _send_confirmed(self) -> None:
        pending, self._pending = self._pending, None
        self.risk_bar.dismiss()
        if pending is not None and not self.sending and self._sending_enabled:
            self._start(*pending)

    def _several_ids_pasted(self, ids: list[str]) -> None:
        """Several ids pasted: send them all as a small batch, or keep the first."""
        choice = self.choose_for_pasted_ids(len(ids))
        if choice == "first":
            self._id_edit.setText(ids[0])
            return
        if choice != "batch":
            return
        if self._when.follows_clock:
            self.reset_time()
        try:
            stamp = parse_timestamp(self.wall_time(), self._zone)
            path, name = small_batch(ids, self._delivered.isChecked(), stamp,
                                     self.source_api().channel,
                                     self._context.data_dir / "pasted")
        except (ConversionError, OSError) as exc:
            text = exc.message if isinstance(exc, ConversionError) else str(exc)
            self._show_answer(
                self.tr("The pasted ids could not be made a batch: {problem}").format(
                    problem=text), AMBER, QStyle.StandardPixmap.SP_MessageBoxWarning)
            return
        self.batch_requested.emit(str(path), name)

    def _ask_pasted_ids(self, count: int) -> str:
        return ask_pasted_ids(self, count)

    def _start(self, conversion: Conversion, source: SourceApi) -> None:
        cancel = threading.Event()
        self._cancel = cancel
        self._refresh_send_button()
        self._cancel_button.show()
        self._escape.setEnabled(True)
        self._show_answer(self.tr("Sending…"), "", None)
        self._answer.set_time("")
        context, policy, tasks = self._context, self._policy, self._tasks
        result = SendResult(conversion, source)
        progress = self._guarded(SendPage._show_progress)

        self._tasks.run_in_background(
            lambda: send_one(context, policy, tasks, result, cancel, progress),
            self._guarded(SendPage._finished))

    def _guarded(self, method: Callable[..., None]) -> Callable[..., None]:
        """A callback for the GUI thread that holds the page only weakly.

        The pool drops its task (and so this callback) on a worker thread: a strong reference
        there could be the page's last one and destroy the widget off the GUI thread. A
        callback that arrives after the page is gone does nothing.
        """
        ref = weakref.ref(self)

        def call(*args: object) -> None:
            page = ref()
            if page is not None and shiboken6.isValid(page):
                method(page, *args)

        return call

    def _show_progress(self, attempt: int, outcome: Outcome) -> None:
        if self._cancel is None or self._cancel.is_set():
            return
        wait = (self.tr("in {seconds} s").format(seconds=f"{outcome.retry_after:.0f}")
                if outcome.retry_after is not None else self.tr("shortly"))
        self._show_answer(
            self.tr("{headline}. Attempt {attempt} of {attempts}: trying again {wait} (Esc "
                    "cancels)…").format(headline=headline(outcome), attempt=attempt,
                                       attempts=self._policy.max_attempts, wait=wait),
            AMBER, QStyle.StandardPixmap.SP_MessageBoxWarning,
        )

    def _finished(self, future: Future[SendResult]) -> None:
        self._cancel = None
        self._refresh_send_button()
        self._cancel_button.hide()
        self._escape.setEnabled(False)
        try:
            result = future.result()
        except Exception as exc:  # credentials, settings, or a bug: words, never a traceback
            problem = setup_problem(exc)
            if problem is None:
                log.exception("sending a conversion failed")
                problem = self.tr("Could not send ({error}): nothing was recorded. Details "
                                  "are in the log.").format(error=type(exc).__name__)
            self._show_answer(problem, RED, QStyle.StandardPixmap.SP_MessageBoxCritical)
            self._answer.set_time(self._clock())
            return
        self._show_result(result)
        if result.attempts:
            assert result.outcome is not None
            self._recent.add(self._clock(), result.source, result.conversion, result.outcome)
            self._ready_for_next(result.conversion)
        if result.recorded and result.outcome is not None:
            self.sent.emit(result.outcome.status if result.outcome.status is not None else -1)

    def _show_result(self, result: SendResult) -> None:
        outcome = result.outcome
        if outcome is None:  # cancelled before the first request
            self._show_answer(self.tr("Cancelled: nothing was sent."), AMBER,
                              QStyle.StandardPixmap.SP_BrowserStop)
            self._answer.set_time(self._clock())
            return
        colour, icon = look(outcome)
        text = answer_text(outcome, result.attempts, result.cancelled)
        details = technical_details(outcome)
        if details:
            log.info("send of %s: %s", result.conversion.message_id, details)
        self._answer.set_details(details)
        if result.history_problem:
            text += "\n" + self.tr("Not saved in the history: {problem}").format(
                problem=result.history_problem)
        self._show_answer(text, colour, icon)
        self._answer.set_time(self._clock())

    def _show_answer(self, text: str, colour: str,
                     icon: QStyle.StandardPixmap | None) -> None:
        self._answer.say(text, colour, icon)

    def _clock(self) -> str:
        return datetime.now(self._zone).strftime("%H:%M:%S")

    def _ready_for_next(self, conversion: Conversion) -> None:
        """Clear the id (unless the next one is already typed), keep the rest, time to now."""
        if self._id_edit.text().strip() == conversion.message_id:
            self._id_edit.clear()
        self._clear_field_errors()
        self.reset_time()
        self.focus_first()

    def _reuse(self, source: SourceApi, message_id: str, delivered: bool) -> None:
        """Enter on a recent send puts it back in the form, e.g. to send it again."""
        self.set_source_api(source)
        self._delivered.setChecked(delivered)
        self._id_edit.setText(message_id)
        self.focus_first()

    def _refresh_send_button(self) -> None:
        busy = self.sending
        self._send.setText(self.tr("Sending…") if busy else self.tr(SEND_TEXT))
        self._send.setAccessibleName(self.tr("Sending…") if busy
                                     else a11y.plain(self.tr(SEND_TEXT)))
        self._send.setEnabled(self._sending_enabled and not busy)

    # -- validation ---------------------------------------------------------------------------

    def _validate_id_live(self, text: str) -> None:
        """As typed: an empty field is not yet an error, anything else is checked at once."""
        if not text.strip():
            self._set_error(self._id_error, "")
            return
        try:
            parse_message_id(text, self.source_api().id_label)
        except ConversionError as exc:
            self._set_error(self._id_error, exc.message)
        else:
            self._set_error(self._id_error, "")

    def _show_field_error(self, exc: ConversionError) -> None:
        if exc.field == "timestamp":
            self._when.show_error(exc.message)
            self._when.field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._set_error(self._id_error, exc.message)
            self._id_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_field_errors(self) -> None:
        self._set_error(self._id_error, "")
        self._when.show_error("")

    @staticmethod
    def _set_error(label: QLabel, message: str) -> None:
        label.setText(f"⚠ {message}" if message else "")
        label.setVisible(bool(message))

    # -- the channel and the time -------------------------------------------------------------

    def _on_source_toggled(self, checked: bool) -> None:
        if not checked:
            return
        source = self.source_api()
        self._id_label.setText(self.tr("{label}:").format(
            label=self.tr(_ID_LABEL_TEXTS[source.id_label])))
        a11y.buddy(self._id_label, self._id_edit)
        self._sent_with_label.setBuddy(self._radios[source])
        self._validate_id_live(self._id_edit.text())
        if self._settings is not None:
            self._settings.setValue(SETTINGS_SOURCE_KEY, source.value)

    def _restore_source(self) -> None:
        source = SourceApi.SMS
        if self._settings is not None:
            try:
                source = SourceApi(str(self._settings.value(SETTINGS_SOURCE_KEY, "sms")))
            except ValueError:
                source = SourceApi.SMS
        self._radios[source].setChecked(True)  # toggled: label, name and buddy follow


__all__ = ["GREEN", "SendPage", "SendResult", "setup_problem"]
