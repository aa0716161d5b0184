"""The Batch page: a campaign file dropped on the window, checked, and sent with progress.

The page coordinates; its parts do the work. Everything slow happens on the task pool: the
preview read (PreviewReader: sniff, hash, resume check, every row) and the batch
(BatchSender: keychain, journal, run). The GUI thread only takes rows in chunks and progress
at most ten times a second, so a million-row file never freezes the window. What is shown
lives in small widgets: DropZone, FileHeader, IntakeOptionsForm, ResumeOffer, PreviewTable
and SendSection; the page keeps the state that ties them together (the file, the batch it
may resume, the last batch sent) and decides what each click does.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget
from shiboken6 import isValid

from ..core.batch import BatchOptions, BatchResult
from ..core.batchfile import save_results_in_child
from ..core.context import AppContext
from ..core.history import BatchInfo
from ..core.intake import FileInfo, IntakeError, IntakeOptions, Verdict
from ..core.paste import PastedCells, read_clipboard_cells
from ..core.procjob import ChildFailed, run_in_child
from .batch_outcomes import BatchOutcomes, read_outcomes
from .batch_sender import BatchSender, SendPlan
from .batch_text import result_kind, result_text, retry_text
from .batch_text import rows as rows_text
from .drop_zone import DropZone, local_files
from .file_header import FileHeader
from .formats import number
from .inline_message import InlineMessage
from .intake_options_form import IntakeOptionsForm
from .preferences import Preferences
from .preview_model import PreviewResult, PreviewRow
from .preview_reader import PreviewReader
from .preview_table import PreviewTable
from .resume_offer import ResumeOffer
from .send_section import SendSection
from .tasks import TaskManager


class BatchPage(QWidget):
    show_in_history = Signal(int)
    show_outcome_in_history = Signal(int, str)  # batch, History outcome (a chart's bar)
    batch_finished = Signal(int)
    busy_changed = Signal(bool)
    file_zone_changed = Signal(str)   # the zone this file's timestamps are read in

    def __init__(
        self,
        context: AppContext,
        tasks: TaskManager,
        preferences: Callable[[], Preferences],
        parent: QWidget | None = None,
        choose_open_path: Callable[[], str | None] | None = None,
        choose_save_path: Callable[[str], str | None] | None = None,
        ask: Callable[[str, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._preferences = preferences
        self._choose_open_path = choose_open_path or self._open_dialog_path
        self._choose_save_path = choose_save_path or self._save_dialog_path
        self._ask = ask or self._ask_dialog
        self._context = context
        self._path: str | None = None
        self._source_name: str | None = None  # what the source is called when not its path
        self._sha: str | None = None
        self._unfinished: BatchInfo | None = None
        self._superseded: int | None = None  # the unfinished batch the person started over
        self._last_batch: int | None = None
        self._last_result: BatchResult | None = None
        self._retried_from: BatchResult | None = None  # the result Retry failed took up
        self._after_batch = False  # the preview shows the last batch's results
        self._context = context
        self._closing = False
        self._reader = PreviewReader(context, tasks, self)
        self._sender = BatchSender(context, tasks, self)
        self.setAcceptDrops(True)
        self._build()
        self._connect_workers()
        self._update_controls()

    # ---------------------------------------------------------------------------- building
    def _build(self) -> None:
        """The parts, top to bottom, which is also the tab order.

        Attributes named after a part's widget (reading_row, mapping_combos, model,
        send_button…) are what the tests and the bench/ scripts look at.
        """
        outer = QVBoxLayout(self)
        self.drop_zone = DropZone()
        self.drop_zone.open_requested.connect(self.open_dialog)
        outer.addWidget(self.drop_zone, 1)
        self.file_panel = QWidget()
        self.file_panel.hide()
        outer.addWidget(self.file_panel, 1)
        layout = QVBoxLayout(self.file_panel)
        layout.setContentsMargins(0, 0, 0, 0)

        self.header = FileHeader()
        self.header.open_requested.connect(self.open_dialog)
        self.header.stop_requested.connect(self._reader.cancel)
        self.reading_row = self.header.reading_row
        layout.addWidget(self.header)

        self.message = InlineMessage(self.tr("Message"))
        layout.addWidget(self.message)

        self.options_form = IntakeOptionsForm()
        self.options_form.changed.connect(self._reread)
        self.options_form.problem.connect(lambda text: self.message.say(text, "error"))
        self.mapping_combos = self.options_form.mapping_combos
        self.channel_combo = self.options_form.channel_combo
        layout.addWidget(self.options_form)

        self.offer = ResumeOffer()
        self.offer.resume_requested.connect(self._resume_offered)
        self.offer.start_over_requested.connect(self._start_over)
        layout.addWidget(self.offer)

        self.preview = PreviewTable()
        self.model = self.preview.model
        self.problems_only = self.preview.problems_only
        self.counts_label = self.preview.counts_label
        layout.addWidget(self.preview, 1)

        self.send_section = SendSection()
        self.send_button = self.send_section.send_button
        self.pause_button = self.send_section.pause_button
        layout.addWidget(self.send_section)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # as on the Send page
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._send_shortcut)

    def _connect_workers(self) -> None:
        reader, sender = self._reader, self._sender
        reader.file_found.connect(self._show_info)
        reader.unfinished_found.connect(self._show_unfinished)
        reader.rows_read.connect(self._show_chunk)
        reader.finished.connect(self._read_finished)
        sender.busy_changed.connect(self._busy_changed)
        sender.started.connect(self._sending_started)
        sender.note.connect(self._sending_note)
        sender.progress.connect(self.send_section.show_progress)
        sender.ended.connect(self._batch_ended)
        sender.failed.connect(self._send_failed)
        section = self.send_section
        section.send_requested.connect(self._send_clicked)
        section.pause_changed.connect(sender.set_paused)
        section.cancel_requested.connect(sender.cancel)
        section.retry_requested.connect(self._retry_failed)
        section.save_results_requested.connect(self._save_results)
        section.history_requested.connect(self._show_in_history)
        section.outcome_history_requested.connect(self._show_outcome_in_history)

    # ---------------------------------------------------------------------------- dialogs
    def _open_dialog_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a campaign file"), "",
            self.tr("CSV files and workbooks (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb "
                    "*.xls *.ods);;All files (*)"),
        )
        return path or None

    def _save_dialog_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save results"), suggested, self.tr("CSV files (*.csv)")
        )
        return path or None

    def _ask_dialog(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    # ---------------------------------------------------------------------------- public
    def focus_first(self) -> None:
        """The keyboard starts on Open… before a file, on the preview once one is open."""
        target = self.drop_zone.open_button if self._path is None else self.preview.table
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def file_zone(self) -> str | None:
        """The zone the open file's timestamps are read in; None with no file open."""
        return self.options_form.zone if self._path is not None else None

    @property
    def busy(self) -> bool:
        """A batch is being prepared or sent."""
        return self._sender.busy

    def open_dialog(self) -> None:
        if self.busy:
            self.message.say(self.tr("A batch is being sent: cancel it before opening another "
                                     "file."),
                             "error")
            return
        path = self._choose_open_path()
        if path:
            self.open_file(path)

    def open_file(self, path: str, source_name: str | None = None) -> None:
        """Show ``path`` and start reading it; the options start afresh for a new file.

        ``source_name`` names a source that is not the person's file (pasted cells)."""
        if self.busy:
            self.message.say(self.tr("A batch is being sent: cancel it before opening another "
                                     "file."),
                             "error")
            return
        self._path = str(path)
        self._source_name = source_name
        self.header.source_name = source_name
        self._superseded = None
        self._last_batch = None
        self._last_result = None
        self.send_section.clear()
        self.options_form.reset(self._preferences().timezone)
        self.drop_zone.hide()
        self.file_panel.show()
        self.focus_first()  # Open… has gone: the keyboard goes on in the preview
        self._start_read()
        self.file_zone_changed.emit(self.options_form.zone)

    def paste_cells(self) -> None:
        """Cells copied from a spreadsheet become the batch's source (Ctrl+V, Edit > Paste).

        The clipboard is read here (only the GUI thread may); parsing and writing the cells
        to a file run on a worker, so 100,000 pasted rows never freeze the window."""
        if self.busy:
            self.message.say(
                self.tr("A batch is being sent: cancel it before pasting cells."), "error")
            return
        data = QGuiApplication.clipboard().mimeData()
        text = data.text() if data is not None and data.hasText() else None
        html = data.html() if data is not None and data.hasHtml() else None
        image = data is not None and data.hasImage()
        folder = self._context.data_dir / "pasted"
        self.message.say(self.tr("Reading the pasted cells…"), "info")

        def done(future: Future[tuple[PastedCells, Path, str]]) -> None:
            if not isValid(self):
                return
            try:
                cells, path, _ = future.result()
            except IntakeError as exc:
                self.message.say(self.tr("Nothing pasted: {problem}").format(
                    problem=exc.message), "error")
                return
            except OSError as exc:
                self.message.say(self.tr("Nothing pasted: cannot write the cells ({problem})")
                                 .format(problem=exc.strerror), "error")
                return
            count = len(cells.rows) if cells.count is None else cells.count
            self.open_file(str(path), self.tr("Pasted cells · {rows}").format(
                rows=rows_text(count)))
            if cells.header_made:
                self.message.say(
                    self.tr("The cells had no header row: the columns were named from what they "
                            "hold ({columns}). Check the mapping below.").format(
                        columns=", ".join(cells.header)), "info")

        self._tasks.run_in_background(
            lambda: read_clipboard_cells(text, html, image, folder), done)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_cells()
            event.accept()
            return
        super().keyPressEvent(event)

    def stop(self, on_stopped: Callable[[], None]) -> None:
        """Cancel whatever runs; ``on_stopped`` is called on the GUI thread once it has ended.

        The batch finishes its requests in flight and puts the rest back in the journal as
        pending (state cancelled), so the same file resumes it later.
        """
        self._closing = True
        self._reader.cancel()
        if self._sender.stop(on_stopped):
            self.send_section.say(self.tr("Stopping: waiting for the requests in flight…"))

    # ---------------------------------------------------------------------------- drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(files[0])

    # ---------------------------------------------------------------------------- options
    def _reread(self) -> None:
        if self._path is not None and not self.busy:
            self._start_read()
            self.file_zone_changed.emit(self.options_form.zone)

    # ---------------------------------------------------------------------------- reading
    def _start_read(self) -> None:
        assert self._path is not None
        self._unfinished = None
        self._sha = None
        self._after_batch = False
        self.preview.clear()
        self.message.clear_message()
        self.offer.hide()
        self.header.reading(self._path)
        form = self.options_form
        self._reader.start(self._path, form.options(), form.auto_channel)
        self._update_controls()

    def _show_info(self, info: FileInfo, used: IntakeOptions) -> None:
        self.header.found(info, used)
        self.options_form.show_file(info, used)
        if info.sheet is not None:
            self.options_form.show_sheets(info.sheets, info.sheet)

    def _show_unfinished(self, sha: str, unfinished: BatchInfo | None) -> None:
        self._sha = sha
        self._unfinished = unfinished
        if unfinished is None or unfinished.id == self._superseded:
            self.offer.hide()
        else:
            self.offer.offer(unfinished)
        self._update_controls()

    def _show_chunk(self, rows: list[PreviewRow], counts: dict[Verdict, int],
                    done: float) -> None:
        self.preview.add_chunk(rows, counts)
        self.header.read_so_far(done)

    def _read_finished(self, result: PreviewResult) -> None:
        self.header.read(self._path or "", result)
        self.preview.show_result(result)
        if result.sheets:
            self.options_form.show_sheets(result.sheets, None)
            self.message.say(self.tr("Choose the sheet: {error}").format(error=result.error),
                             "info")
        elif result.error:
            self.message.say(self.tr("Problem: {error}").format(error=result.error), "error")
        elif result.cancelled:
            self.message.say(
                self.tr("Reading stopped: the counts cover only the rows read so far. Change an "
                "option or open the file again to read all of it."), "info")
        self._update_controls()

    # ---------------------------------------------------------------------------- state
    def _update_controls(self) -> None:
        busy = self.busy
        reading = self._reader.reading
        ok = self._reader.complete
        valid = ok.counts[Verdict.VALID] if ok is not None else 0
        last = self._last_result
        sent = False
        if self._after_batch and last is not None:  # what is left of the file to send
            valid, sent = last.not_sent, last.not_sent == 0
        self.send_section.update_controls(
            busy=busy,
            valid=None if ok is None else valid,
            can_send=(not busy and ok is not None and valid > 0 and not self.offer.offering
                      and not sent),
            rejected=ok.counts[Verdict.REJECTED] if ok is not None else 0,
            can_retry=last is not None and last.failed + last.rejected > 0 and not busy,
            has_batch=self._last_batch is not None,
            sent=sent,
        )
        self.header.update_controls(
            reading=reading, can_stop=reading and not self._reader.cancelled, busy=busy)
        self.options_form.set_busy(busy)
        self.offer.set_busy(busy)

    def _busy_changed(self, busy: bool) -> None:
        self._update_controls()
        self.busy_changed.emit(busy)

    # ---------------------------------------------------------------------------- resume
    def _resume_offered(self) -> None:
        if self._unfinished is None:
            return
        batch_id = self._unfinished.id
        self.offer.hide()
        self._run_batch(batch_id)

    def _start_over(self) -> None:
        unfinished = self._unfinished
        if unfinished is None:
            return
        if not self._context.history.batch_lock(unfinished.id).is_free():
            # the sending itself takes the batch's lock too; this says so before asking
            self.message.say(
                self.tr("Batch #{id} is being sent by another conversion-gui right now "
                        "(another window or the command line): start over once it is "
                        "done.").format(id=unfinished.id), "error")
            return
        if not self._ask(
            self.tr("Start over?"),
            self.tr("Batch #{id} of this file still has {count} rows not sent. Start a new "
                    "batch from the file instead? Rows already accepted are not sent again; the "
                    "old batch is closed when the new one starts.").format(
                id=unfinished.id, count=number(unfinished.open_rows)),
        ):
            return
        self._superseded = unfinished.id
        self.offer.hide()
        # A new batch from the file: read it again, so rows accepted so far show as such.
        self._start_read()

    # ---------------------------------------------------------------------------- sending
    def _send_shortcut(self) -> None:
        if self.send_button.isEnabled():
            self._send_clicked()

    def _send_clicked(self) -> None:
        if self._reader.complete is None or self.busy:
            return
        self._run_batch(None)

    def _retry_failed(self) -> None:
        if self._last_batch is not None and not self.busy:
            retried_from = self._last_result
            self._run_batch(self._last_batch, requeue=True)
            self._retried_from = retried_from

    def _run_batch(self, batch_id: int | None, requeue: bool = False) -> None:
        """Journal the file (a new batch) or take up ``batch_id``, then send, on a worker."""
        prefs = self._preferences()
        try:
            settings = BatchOptions(rate=prefs.rate, concurrency=prefs.concurrency)
        except ValueError as exc:
            self.message.say(self.tr("Problem with the sending settings: {problem}").format(
                problem=exc), "error")
            return
        ok = self._reader.complete
        if batch_id is None and (self._path is None or ok is None):
            return
        plan = SendPlan(
            batch_id, self._path, ok.options if ok is not None else self.options_form.options(),
            settings, sha256=self._sha, supersedes=self._superseded, requeue=requeue,
            name=self._source_name,
        )
        self._last_result = None
        self._retried_from = None
        self.message.clear_message()
        self.send_section.begin(self.tr("Preparing: reading the file into the journal…")
                                if batch_id is None else self.tr("Preparing…"))
        self._sender.start(plan)

    def _sending_started(self, batch_id: int) -> None:
        self._last_batch = batch_id
        self.send_section.say(self.tr("Starting…"))
        self._update_controls()

    def _sending_note(self, text: str) -> None:
        """Which account a resumed batch is sent with (the one it started with)."""
        self.message.say(text, "info")

    def _send_failed(self, text: str, batch_id: int | None) -> None:
        self.send_section.hide_progress()
        self.message.say(self.tr("Could not send: {problem}").format(problem=text), "error")
        if batch_id is not None:
            self.batch_finished.emit(batch_id)

    def _batch_ended(self, result: BatchResult) -> None:
        before, self._retried_from = self._retried_from, None
        self._last_batch = result.batch_id
        self._last_result = result
        self._after_batch = self._path is not None
        head = retry_text(before, result) if before is not None else ""
        self.send_section.show_result(result, f"{head} {result_text(result)}".strip())
        self._update_controls()
        self.batch_finished.emit(result.batch_id)
        if self._closing:
            return
        # The page stays as it is: each row shows what it came to, read from the journal,
        # and a batch with rows left (cancelled, stopped) is offered for resuming.
        history, sha = self._context.history, self._sha
        self._tasks.run_in_background(
            lambda: read_outcomes(history, result.batch_id, sha),
            lambda future: self._show_outcomes(result, head, future))

    def _show_outcomes(self, result: BatchResult, head: str,
                       future: Future[BatchOutcomes]) -> None:
        if not isValid(self) or self._last_result is not result or self.busy:
            return
        try:
            outcomes = future.result()
        except Exception as exc:  # the result line already says how the batch ended
            self.message.say(self.tr("Could not show each row's result: {problem}").format(
                problem=exc), "error")
            return
        if self._path is not None:
            self.preview.model.set_results(outcomes.not_accepted)
        text = f"{head} {result_text(result, outcomes.delivered)}".strip()
        self.send_section.result_label.say(text, result_kind(result))
        if outcomes.unfinished is not None and outcomes.unfinished.id != self._superseded:
            self._unfinished = outcomes.unfinished
            self.offer.offer(outcomes.unfinished)
        self._update_controls()

    def _show_in_history(self) -> None:
        if self._last_batch is not None:
            self.show_in_history.emit(self._last_batch)

    def _show_outcome_in_history(self, outcome: str) -> None:
        if self._last_batch is not None:
            self.show_outcome_in_history.emit(self._last_batch, outcome)

    # ---------------------------------------------------------------------------- results
    def _save_results(self, errors_only: bool) -> None:
        """Every row with its outcome (after a batch) or its verdict (before one); or only
        the rows not accepted, to fix and send again."""
        ok = self._reader.complete
        if ok is None or self._path is None:
            return
        suffix = "not-accepted" if errors_only else "results"
        if self._source_name is None:
            source = Path(self._path)
            suggested = source.with_name(f"{source.stem}-{suffix}.csv")
        else:  # pasted cells live in the data folder: suggest the person's own folder
            suggested = Path.home() / f"pasted-cells-{suffix}.csv"
        out = self._choose_save_path(str(suggested))
        if not out:
            return
        args = (self._path, ok.options, out, str(self._context.history_location),
                self._last_batch, errors_only)
        self.send_section.save_results_button.setEnabled(False)
        self.send_section.save_errors_button.setEnabled(False)
        self.message.say(self.tr("Saving…"), "info")

        def done(future: Future[int]) -> None:
            if not isValid(self):
                return
            self._update_controls()
            try:
                written = future.result()
            except IntakeError as exc:
                self.message.say(self.tr("Problem: {error}").format(error=exc.message), "error")
                return
            except ChildFailed as exc:
                self.message.say(self.tr("Problem: the rows could not be saved ({problem})").format(
                    problem=exc), "error")
                return
            if errors_only:
                text = self.tr("{count} row(s) not accepted saved to {path}", "", written)
            else:
                text = self.tr("{count} row(s) saved to {path}", "", written)
            self.message.say(text.format(count=number(written), path=out), "ok")

        self._tasks.run_in_background(
            lambda: run_in_child(save_results_in_child, args, lambda _m: None), done)


__all__ = ["BatchPage"]
