"""The Batch page: a campaign file dropped on the window, checked, and sent with progress.

Everything slow happens on the task pool: reading the file (sniff and the preview pass),
hashing it, asking the history for an unfinished batch of it, the keychain, journalling and
the batch itself. The GUI thread only takes rows in chunks and progress at most ten times a
second, so a million-row file never freezes the window. Every read carries a generation
number and its own cancel event: a new drop or an option change cancels the read before, and
whatever that read still posts is dropped.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core.batch import BatchOptions, BatchResult, BatchRunner, Progress
from ..core.batchfile import file_sha256, journal_file
from ..core.context import AppContext
from ..core.credentials import SettingsError
from ..core.csvin import FileInfo, IntakeError, IntakeOptions, Verdict, save_rejected
from ..core.history import BatchInfo, BatchState, HistoryError, HistoryFilter
from ..core.statuses import Kind
from .batch_text import (
    file_details,
    plural,
)
from .buttons import button
from .drop_zone import DropZone, local_files
from .inline_message import InlineMessage
from .intake_options_form import IntakeOptionsForm
from .preferences import Preferences
from .preview_model import (
    PreviewResult,
    PreviewRow,
    read_preview,
)
from .preview_table import PreviewTable
from .resume_offer import ResumeOffer
from .send_section import SendSection
from .tasks import TaskManager

log = logging.getLogger(__name__)

# What a send can fail with before the first row: said inline, in the error's own words.
SEND_ERRORS = (ValueError, SettingsError, IntakeError, HistoryError, OSError)


def accepted_checker(context: AppContext) -> Callable[[str, str], bool] | None:
    """The history's "already accepted?" question, or None while it holds no acceptance.

    Asking it costs a query per row: a third of a million-row read. Before the first batch
    (the usual case for a new campaign) one count settles it for every row.
    """
    history = context.history
    if history.count(HistoryFilter(kinds=(Kind.ACCEPTED.value,))) == 0:
        return None
    return history.accepted_ids_checker()


def _poster(
    page: BatchPage, wanted: Callable[[BatchPage], bool]
) -> Callable[[Callable[[BatchPage], None]], None]:
    """``post(update)`` from a worker: ``update(page)`` runs on the GUI thread if still wanted.

    Workers hold the page only weakly: a widget whose last reference went away on a worker
    thread would be destroyed there, which Qt does not survive.
    """
    ref = weakref.ref(page)
    tasks = page._tasks

    def post(update: Callable[[BatchPage], None]) -> None:
        def run() -> None:
            target = ref()
            if target is not None and isValid(target) and wanted(target):
                update(target)

        tasks.run_on_main(run)

    return post


class _SendJob:
    """Pause and cancel for a batch, pressed before its runner exists or while it runs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runner: BatchRunner | None = None
        self.cancelled = False
        self.paused = False
        self.batch_id: int | None = None

    def attach(self, runner: BatchRunner) -> None:
        with self._lock:
            self._runner = runner
            if self.cancelled:
                runner.cancel()
            elif self.paused:
                runner.pause()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._runner is not None:
                self._runner.cancel()

    def set_paused(self, paused: bool) -> None:
        with self._lock:
            self.paused = paused
            if self._runner is not None:
                if paused:
                    self._runner.pause()
                else:
                    self._runner.resume()


@dataclass
class _Read:
    """One pass over the file: its generation, its cancel switch, what it found."""

    generation: int
    cancel: threading.Event
    result: PreviewResult | None = None


class BatchPage(QWidget):
    show_in_history = Signal(int)
    batch_finished = Signal(int)
    busy_changed = Signal(bool)

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
        self._path: str | None = None
        self._generation = 0
        self._read: _Read | None = None
        self._info: FileInfo | None = None
        self._sha: str | None = None
        self._unfinished: BatchInfo | None = None
        self._superseded: int | None = None  # the unfinished batch the person started over
        self._job: _SendJob | None = None
        self._send_future: Future[BatchResult] | None = None
        self._last_batch: int | None = None
        self._last_result: BatchResult | None = None
        self._closing = False
        self.setAcceptDrops(True)
        self._build()
        self._update_controls()

    # ---------------------------------------------------------------------------- building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.drop_zone = DropZone()
        self.drop_zone.open_requested.connect(self.open_dialog)
        outer.addWidget(self.drop_zone, 1)
        self.file_panel = QWidget()
        self.file_panel.hide()
        outer.addWidget(self.file_panel, 1)
        layout = QVBoxLayout(self.file_panel)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setAccessibleName("File")
        self.open_another = button("Open &another file…", self.open_dialog)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.open_another)
        layout.addLayout(top)

        reading = QHBoxLayout()
        self.read_bar = QProgressBar()
        self.read_bar.setRange(0, 1000)
        self.read_bar.setFormat("Reading… %p%")
        self.read_bar.setAccessibleName("Reading the file")
        self.stop_reading = button("Stop readin&g", self._stop_reading)
        reading.addWidget(self.read_bar, 1)
        reading.addWidget(self.stop_reading)
        self.reading_row = QWidget()
        self.reading_row.setLayout(reading)
        reading.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reading_row)

        self.message = InlineMessage("Message")
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
        section = self.send_section
        section.send_requested.connect(self._send_clicked)
        section.pause_changed.connect(self._pause_changed)
        section.cancel_requested.connect(self._cancel_clicked)
        section.retry_requested.connect(self._retry_failed)
        section.save_rejected_requested.connect(self._save_rejected)
        section.history_requested.connect(self._show_in_history)
        self.send_button = section.send_button
        self.pause_button = section.pause_button
        layout.addWidget(section)

    # ---------------------------------------------------------------------------- dialogs
    def _open_dialog_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a campaign file", "",
            "CSV and text files (*.csv *.txt *.tsv *.tab);;All files (*)",
        )
        return path or None

    def _save_dialog_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save rejected rows", suggested, "CSV files (*.csv)"
        )
        return path or None

    def _ask_dialog(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    # ---------------------------------------------------------------------------- public
    @property
    def busy(self) -> bool:
        """A batch is being prepared or sent."""
        return self._job is not None

    def open_dialog(self) -> None:
        if self.busy:
            self.message.say("A batch is being sent: cancel it before opening another file.",
                             "error")
            return
        path = self._choose_open_path()
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Show ``path`` and start reading it; the options start afresh for a new file."""
        if self.busy:
            self.message.say("A batch is being sent: cancel it before opening another file.",
                             "error")
            return
        self._path = str(path)
        self._superseded = None
        self._last_batch = None
        self._last_result = None
        self.send_section.clear()
        self.options_form.reset(self._preferences().timezone)
        self.drop_zone.hide()
        self.file_panel.show()
        self._start_read()

    def stop(self, on_stopped: Callable[[], None]) -> None:
        """Cancel whatever runs; ``on_stopped`` is called on the GUI thread once it has ended.

        The batch finishes its requests in flight and puts the rest back in the journal as
        pending (state cancelled), so the same file resumes it later.
        """
        self._closing = True
        self._cancel_read()
        future, job = self._send_future, self._job
        if job is None or future is None:
            self._tasks.run_on_main(on_stopped)
            return
        job.cancel()
        self.send_section.say("Stopping: waiting for the requests in flight…")
        # The done callback fires on the batch's worker thread; on_stopped is queued to the
        # GUI thread after the page's own end-of-batch update. Only the GUI thread lets go of
        # on_stopped (it may hold the last reference to a window).
        tasks, holder = self._tasks, [on_stopped]

        def fire() -> None:
            if holder:
                holder.pop()()

        future.add_done_callback(lambda _f: tasks.run_on_main(fire))

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

    # ---------------------------------------------------------------------------- reading
    def _cancel_read(self) -> None:
        if self._read is not None:
            self._read.cancel.set()

    @property
    def _read_cancelled(self) -> bool:
        return self._read is not None and self._read.cancel.is_set()

    def _start_read(self) -> None:
        assert self._path is not None
        self._cancel_read()
        self._generation += 1
        read = _Read(self._generation, threading.Event())
        self._read = read
        self._info = None
        self._unfinished = None
        self._sha = None
        self.preview.clear()
        self.message.clear_message()
        self.offer.hide()
        self.read_bar.setValue(0)
        self.file_label.setText(f"{Path(self._path).name} · reading…")
        path, options = self._path, self.options_form.options()
        auto = self.options_form.auto_channel
        context = self._context
        post = _poster(self, lambda page: page._read is read and not read.cancel.is_set())

        def on_info(info: FileInfo, used: IntakeOptions) -> None:
            post(lambda page: page._show_info(info, used))
            try:
                sha = file_sha256(path)
                unfinished = context.history.find_unfinished_batch(sha)
            except (IntakeError, HistoryError) as exc:
                log.warning("no resume check for this file: %s", exc)
                return
            post(lambda page: page._show_unfinished(sha, unfinished))

        def on_chunk(rows: list[PreviewRow], counts: dict[Verdict, int], done: float) -> None:
            post(lambda page: page._show_chunk(rows, counts, done))

        def task() -> PreviewResult:
            return read_preview(
                path, options, auto_channel=auto, accepted_ids=accepted_checker(context),
                cancel=read.cancel, on_info=on_info, on_chunk=on_chunk,
            )

        def done(future: Future[PreviewResult]) -> None:
            if not isValid(self) or self._read is not read or future.cancelled():
                return
            try:
                read.result = future.result()
            except HistoryError as exc:
                read.result = PreviewResult(None, options, dict.fromkeys(Verdict, 0),
                                            error=str(exc))
            self._read_finished(read.result)

        self._update_controls()
        self._tasks.run_in_background(task, done)

    def _stop_reading(self) -> None:
        """The read ends at its next check; its result says how far it got."""
        self._cancel_read()
        self.stop_reading.setEnabled(False)

    def _show_info(self, info: FileInfo, used: IntakeOptions) -> None:
        self._info = info
        self.file_label.setText(f"{info.path.name} · reading… · {file_details(info)}")
        self.options_form.show_file(info, used)

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
        self.read_bar.setValue(int(done * 1000))

    def _read_finished(self, result: PreviewResult) -> None:
        info = result.info
        name = Path(self._path or "").name
        if info is not None:
            rows = "" if result.error else f"{plural(result.total, 'row')} · "
            self.file_label.setText(f"{name} · {rows}{file_details(info)}")
        else:
            self.file_label.setText(name)
        self.preview.show_result(result)
        if result.error:
            self.message.say(f"Problem: {result.error}", "error")
        elif result.cancelled:
            self.message.say(
                "Reading stopped: the counts cover only the rows read so far. Change an "
                "option or open the file again to read all of it.", "info")
        self._update_controls()

    # ---------------------------------------------------------------------------- state
    @property
    def _read_ok(self) -> PreviewResult | None:
        """The finished, complete, error-free read, if there is one."""
        read = self._read
        if read is None or read.result is None:
            return None
        r = read.result
        return None if r.error or r.cancelled or r.info is None else r

    def _update_controls(self) -> None:
        busy = self.busy
        reading = self._read is not None and self._read.result is None
        ok = self._read_ok
        valid = ok.counts[Verdict.VALID] if ok is not None else 0
        last = self._last_result
        self.send_section.update_controls(
            busy=busy,
            valid=None if ok is None else valid,
            can_send=not busy and ok is not None and valid > 0 and not self.offer.offering,
            rejected=ok.counts[Verdict.REJECTED] if ok is not None else 0,
            can_retry=last is not None and last.failed + last.rejected > 0 and not busy,
            has_batch=self._last_batch is not None,
        )
        self.reading_row.setVisible(reading)
        self.stop_reading.setEnabled(reading and not self._read_cancelled)
        self.open_another.setEnabled(not busy)
        self.options_form.set_busy(busy)
        self.offer.set_busy(busy)

    def _set_busy(self, job: _SendJob | None) -> None:
        was = self.busy
        self._job = job
        self._update_controls()
        if was != self.busy:
            self.busy_changed.emit(self.busy)

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
        if not self._ask(
            "Start over?",
            f"Batch #{unfinished.id} of this file still has {unfinished.open_rows:,} rows "
            "not sent. Start a new batch from the file instead? Rows already accepted are "
            "not sent again; the old batch is closed when the new one starts.",
        ):
            return
        self._superseded = unfinished.id
        self.offer.hide()
        self._update_controls()

    # ---------------------------------------------------------------------------- sending
    def _send_clicked(self) -> None:
        if self._read_ok is None or self.busy:
            return
        self._run_batch(None)

    def _retry_failed(self) -> None:
        if self._last_batch is not None and not self.busy:
            self._run_batch(self._last_batch, requeue=True)

    def _run_batch(self, batch_id: int | None, requeue: bool = False) -> None:
        """Journal the file (a new batch) or take up ``batch_id``, then send, on a worker."""
        prefs = self._preferences()
        try:
            batch_options = BatchOptions(rate=prefs.rate, concurrency=prefs.concurrency)
        except ValueError as exc:
            self.message.say(f"Problem with the sending settings: {exc}", "error")
            return
        ok = self._read_ok
        path, sha, superseded = self._path, self._sha, self._superseded
        options = ok.options if ok is not None else self.options_form.options()
        if batch_id is None and (path is None or ok is None):
            return
        context, tasks = self._context, self._tasks
        job = _SendJob()
        post = _poster(self, lambda page: page._job is job)
        self._send_future = None
        self._last_result = None
        self.message.clear_message()
        self.send_section.begin("Preparing: reading the file into the journal…"
                                if batch_id is None else "Preparing…")
        self._set_busy(job)

        def on_progress(p: Progress) -> None:
            post(lambda page: page._show_progress(job, p))

        def task() -> BatchResult:
            client, profile = context.current_client()
            history = context.history
            bid = batch_id
            if bid is None:
                assert path is not None
                journalled = journal_file(
                    history, path, options,
                    extra={"profile": profile.name, "base_url": profile.base_url,
                           "rate": batch_options.rate,
                           "concurrency": batch_options.concurrency},
                    sha256=sha,
                )
                bid = journalled.batch_id
                if superseded is not None:
                    history.set_batch_state(superseded, BatchState.FINISHED,
                                            f"started over as batch #{bid}")
            elif requeue:
                history.requeue_rows(bid)
            job.batch_id = bid
            post(lambda page: page._sending_started(job, bid))
            runner = BatchRunner(client, history, bid, batch_options, on_progress=on_progress)
            job.attach(runner)
            return runner.run()

        self._send_future = tasks.run_in_background(task, lambda f: self._batch_ended(job, f))

    def _sending_started(self, job: _SendJob, batch_id: int) -> None:
        if job is not self._job:
            return
        self._last_batch = batch_id
        self.send_section.say("Starting…")
        self._update_controls()

    def _show_progress(self, job: _SendJob, p: Progress) -> None:
        if job is not self._job:
            return
        self.send_section.show_progress(p)

    def _pause_changed(self, paused: bool) -> None:
        if self._job is not None:
            self._job.set_paused(paused)

    def _cancel_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _batch_ended(self, job: _SendJob, future: Future[BatchResult]) -> None:
        if not isValid(self) or job is not self._job:
            return
        self._send_future = None
        self._set_busy(None)
        try:
            result = future.result()
        except SEND_ERRORS as exc:
            self.send_section.hide_progress()
            text = exc.message if isinstance(exc, IntakeError) else str(exc)
            self.message.say(f"Could not send: {text}", "error")
            if job.batch_id is not None:
                self.batch_finished.emit(job.batch_id)
            return
        except Exception:
            self.send_section.hide_progress()
            self.message.say("Could not send: an unexpected error (see the log).", "error")
            raise
        self._last_batch = result.batch_id
        self._last_result = result
        self.send_section.show_result(result)
        self._update_controls()
        self.batch_finished.emit(result.batch_id)
        if not self._closing and self._path is not None:
            # Read again: sent rows now show as already accepted, and a batch with rows
            # left (cancelled, stopped) is offered for resuming.
            self._start_read()

    def _show_in_history(self) -> None:
        if self._last_batch is not None:
            self.show_in_history.emit(self._last_batch)

    # ---------------------------------------------------------------------------- rejected
    def _save_rejected(self) -> None:
        ok = self._read_ok
        if ok is None or self._path is None:
            return
        source = Path(self._path)
        out = self._choose_save_path(str(source.with_name(f"{source.stem}-rejected.csv")))
        if not out:
            return
        options = ok.options
        path = self._path
        self.send_section.save_rejected_button.setEnabled(False)
        self.message.say("Saving the rejected rows…", "info")

        def done(future: Future[int]) -> None:
            if not isValid(self):
                return
            self._update_controls()
            try:
                written = future.result()
            except IntakeError as exc:
                self.message.say(f"Problem: {exc.message}", "error")
                return
            self.message.say(f"{plural(written, 'rejected row')} saved to {out}", "ok")

        self._tasks.run_in_background(lambda: save_rejected(path, options, out), done)


__all__ = ["BatchPage"]
