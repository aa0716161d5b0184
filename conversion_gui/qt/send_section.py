"""The foot of the Batch page: Send, the progress of a running batch, and how the last one ended.

The section shows what it is given (core.batch.Progress, BatchResult) and turns clicks into
signals; the page decides what they do. Pause is a toggle kept here, so the button's label
and the intent it sends never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ..core.batch import BatchResult, Progress
from .batch_live_chart import BatchLiveChart
from .batch_outcome_chart import BatchOutcomeChart
from .batch_text import outcomes_text, progress_text, result_kind, result_text
from .buttons import button, relabel
from .formats import number
from .inline_message import InlineMessage


class SendSection(QWidget):
    send_requested = Signal()
    pause_changed = Signal(bool)    # True: hold every request; False: go on
    cancel_requested = Signal()
    retry_requested = Signal()
    save_results_requested = Signal(bool)  # True: only the rows not accepted
    history_requested = Signal()
    outcome_history_requested = Signal(str)  # a bar of the outcome chart: a History outcome

    def __init__(self) -> None:
        super().__init__()
        self._paused = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_progress())

        self.result_label = InlineMessage(self.tr("Result"))
        layout.addWidget(self.result_label)
        self.outcome_chart = BatchOutcomeChart()
        self.outcome_chart.history_requested.connect(self.outcome_history_requested.emit)
        self.outcome_chart.hide()
        layout.addWidget(self.outcome_chart)

        actions = QHBoxLayout()
        # No Alt-letters: every letter is taken on this page once a file is open.
        self.save_results_button = button(
            self.tr("Save results…"), lambda: self.save_results_requested.emit(False))
        self.save_results_button.setToolTip(self.tr(
            "Save every row of the file with its outcome, status and meaning (before a "
            "batch: its verdict), as a CSV to hand back"))
        self.save_errors_button = button(
            self.tr("Save rows not accepted…"), lambda: self.save_results_requested.emit(True))
        self.save_errors_button.setToolTip(self.tr(
            "Save the rows that were not accepted, with the reason, as a CSV to fix and "
            "send again"))
        # Alt+F, Alt+S and Alt+H are the menus: these take other letters. Send has none
        # (every letter is taken on this page): Ctrl+Return sends, as on the Send page.
        self.retry_button = button(self.tr("&Retry failed"), self.retry_requested.emit)
        self.history_button = button(self.tr("Show &in History"), self.history_requested.emit)
        self.send_button = button(self.tr("Send"), self.send_requested.emit)
        self.send_button.setToolTip(self.tr("Send the valid rows (Ctrl+Return)"))
        hint = QLabel(self.tr("Ctrl+Return"))
        hint.setEnabled(False)  # greyed: a hint, not a control
        actions.addWidget(self.save_results_button)
        actions.addWidget(self.save_errors_button)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.history_button)
        actions.addStretch(1)
        actions.addWidget(hint)
        actions.addWidget(self.send_button)
        layout.addLayout(actions)

    def _build_progress(self) -> QWidget:
        """Shown only while a batch is prepared or sent."""
        self.sending = QWidget()
        column = QVBoxLayout(self.sending)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.send_bar = QProgressBar()
        self.send_bar.setTextVisible(False)
        self.send_bar.setAccessibleName(self.tr("Sending"))
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.pause_button = button(self.tr("&Pause"), self._toggle_pause)
        self.cancel_button = button(self.tr("&Cancel"), self._cancel_clicked)
        row.addWidget(self.send_bar, 1)
        row.addWidget(self.pause_button)
        row.addWidget(self.cancel_button)
        column.addLayout(row)
        self.outcome_label = QLabel()
        self.outcome_label.setAccessibleName(self.tr("Outcomes"))
        column.addWidget(self.progress_label)
        column.addWidget(self.outcome_label)
        self.live_chart = BatchLiveChart()
        column.addWidget(self.live_chart)
        self.sending.hide()
        return self.sending

    # ---------------------------------------------------------------------------- for the page
    def update_controls(self, *, busy: bool, valid: int | None, can_send: bool,
                        rejected: int, can_retry: bool, has_batch: bool,
                        sent: bool = False) -> None:
        """``valid``: the rows a Send would send, None until a file has been read whole;
        ``sent``: they went out in the last batch (Retry failed is for those that failed)."""
        if sent:
            relabel(self.send_button, self.tr("Valid rows sent"))
        else:
            relabel(self.send_button,
                    self.tr("Send") if valid is None
                    else self.tr("Send {count} valid row(s)", "", valid).format(
                        count=number(valid)))
        self.send_button.setEnabled(can_send)
        # Before a batch: each row's verdict; after one: its outcome (a results file).
        self.save_results_button.setVisible(valid is not None or has_batch)
        self.save_results_button.setEnabled(not busy)
        self.save_errors_button.setVisible(rejected > 0 or can_retry)
        self.save_errors_button.setEnabled(not busy)
        self.retry_button.setVisible(can_retry)
        self.history_button.setVisible(has_batch)
        self.pause_button.setEnabled(busy)
        self.cancel_button.setEnabled(busy)

    def clear(self) -> None:
        """Another file: nothing of the last batch shows."""
        self.result_label.clear_message()
        self.outcome_chart.hide()
        self.sending.hide()

    def begin(self, preparing: str) -> None:
        """A batch is being prepared: a busy bar until its first progress."""
        self.result_label.clear_message()
        self._set_paused(False)
        self.send_bar.setRange(0, 0)
        self.progress_label.setText(preparing)
        self.outcome_label.setText("")
        self.outcome_chart.hide()
        self.live_chart.reset()
        self.sending.show()

    def say(self, text: str) -> None:
        """What the batch is doing, when there is no figure to show yet."""
        self.progress_label.setText(text)

    def show_progress(self, p: Progress) -> None:
        self.send_bar.setRange(0, max(1, p.total))
        self.send_bar.setValue(p.done)
        self.progress_label.setText(progress_text(p))
        self.outcome_label.setText(outcomes_text(p))
        self.live_chart.add(p)

    def show_result(self, result: BatchResult, text: str | None = None) -> None:
        self.send_bar.setRange(0, max(1, result.accepted + result.failed + result.rejected
                                      + result.not_sent))
        self.send_bar.setValue(result.accepted + result.failed + result.rejected)
        self.progress_label.setText("")
        self.outcome_label.setText("")
        self.sending.hide()
        self.result_label.say(text or result_text(result), result_kind(result))
        self.outcome_chart.show_result(result)

    def hide_progress(self) -> None:
        """The batch never started; the page says why."""
        self.sending.hide()

    # ---------------------------------------------------------------------------- clicks
    def _set_paused(self, paused: bool) -> None:
        self._paused = paused
        relabel(self.pause_button, self.tr("&Resume") if paused else self.tr("&Pause"))

    def _toggle_pause(self) -> None:
        paused = not self._paused
        self.pause_changed.emit(paused)
        self._set_paused(paused)
        if paused:
            self.say(self.tr("Pausing: the requests in flight finish, nothing more is sent"))

    def _cancel_clicked(self) -> None:
        self.cancel_requested.emit()
        self.cancel_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.say(self.tr("Cancelling: waiting for the requests in flight…"))
