"""One batch at a time, sent on the task pool: journal the file (or take up a batch), then run.

The keychain, the journalling and the run itself all happen on a worker; the sender posts
back its progress at most ten times a second and emits everything on the GUI thread. Pause
and cancel may be pressed before the runner exists (while the file is journalled): the job
remembers them and hands them on.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from ..core.batch import BatchOptions, BatchResult, BatchRunner, Progress
from ..core.batch_account import account_record, resume_client
from ..core.batchfile import JournalledFile, journal_in_child
from ..core.client import ConversionClient
from ..core.context import AppContext, Overrides
from ..core.credentials import SettingsError
from ..core.history import BatchState, HistoryError
from ..core.intake import IntakeError, IntakeOptions
from ..core.procjob import ChildFailed, run_in_child
from .tasks import TaskManager
from .weak_post import weak_poster

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# What a send can fail with before the first row: said inline, in the error's own words.
SEND_ERRORS = (ValueError, SettingsError, IntakeError, HistoryError, OSError, ChildFailed)


@dataclass(frozen=True)
class SendPlan:
    """What to send: a file journalled as a new batch, or a batch already journalled."""

    batch_id: int | None       # None: journal ``path`` as a new batch
    path: str | None
    options: IntakeOptions     # how the file is read (journalled with the batch)
    settings: BatchOptions     # rate and requests in flight
    sha256: str | None = None  # the file's hash, when the preview read already took it
    supersedes: int | None = None  # an unfinished batch of the file, closed when this starts
    requeue: bool = False      # put batch_id's failed rows back to send them again
    name: str | None = None    # the source's name when not the file's ("Pasted cells · …")


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


def _send(context: AppContext, plan: SendPlan, job: _SendJob,
          started: Callable[[int], None], on_progress: Callable[[Progress], None],
          note: Callable[[str], None] = lambda _text: None) -> BatchResult:
    """On a worker: the keychain, the journal, then the run to its end."""
    history = context.history
    bid = plan.batch_id
    own: ConversionClient | None = None  # a client of the batch's own account, closed after
    which = ""
    if bid is None:
        assert plan.path is not None
        client, profile = context.current_client()
        extra = {**account_record(client, profile), "rate": plan.settings.rate,
                 "concurrency": plan.settings.concurrency}
        with contextlib.ExitStack() as held:
            if plan.supersedes is not None:  # Start over: not while another sends it
                held.enter_context(history.claim_batch(plan.supersedes))
            # A child process reads the whole file: in this process it would hold the GIL
            # the window's paints need for as long as the file takes to read.
            journalled: JournalledFile = run_in_child(
                journal_in_child,
                (str(context.history_location), plan.path, plan.options, extra,
                 plan.sha256, plan.name),
                on_message=lambda _message: None,
            )
            bid = journalled.batch_id
            if plan.supersedes is not None:
                history.set_batch_state(plan.supersedes, BatchState.FINISHED,
                                        f"started over as batch #{bid}")
    else:  # resumed or retried: with the account the batch started with
        own, _profile, which = resume_client(
            context, history.batch(bid), Overrides(),
            translate("BatchSender",
                      "Make that profile the active one in Settings to resume, or Start over."))
        client = own
        log.info("%s", which)
        if plan.requeue:
            history.requeue_rows(bid)
    job.batch_id = bid
    started(bid)
    if which:
        note(which[0].upper() + which[1:] + ".")
    runner = BatchRunner(client, history, bid, plan.settings, on_progress=on_progress)
    job.attach(runner)
    try:
        return runner.run()
    finally:
        if own is not None:
            own.close()


class BatchSender(QObject):
    busy_changed = Signal(bool)
    started = Signal(int)          # the batch's id, journalled, before its first request
    note = Signal(str)             # which account a resumed batch is sent with
    progress = Signal(object)      # Progress
    ended = Signal(object)         # BatchResult: finished, cancelled or stopped
    failed = Signal(str, object)   # why it never ran, in words; the batch id if it had one

    def __init__(self, context: AppContext, tasks: TaskManager,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._job: _SendJob | None = None
        self._future: Future[BatchResult] | None = None

    @property
    def busy(self) -> bool:
        """A batch is being prepared or sent."""
        return self._job is not None

    def start(self, plan: SendPlan) -> None:
        was = self.busy
        job = _SendJob()
        self._job = job
        self._future = None
        if not was:
            self.busy_changed.emit(True)
        post = weak_poster(self, self._tasks, lambda sender: sender._job is job)
        context = self._context

        def started(batch_id: int) -> None:
            post(lambda sender: sender.started.emit(batch_id))

        def on_progress(p: Progress) -> None:
            post(lambda sender: sender.progress.emit(p))

        def note(text: str) -> None:
            post(lambda sender: sender.note.emit(text))

        self._future = self._tasks.run_in_background(
            lambda: _send(context, plan, job, started, on_progress, note),
            lambda future: self._ended(job, future),
        )

    def set_paused(self, paused: bool) -> None:
        if self._job is not None:
            self._job.set_paused(paused)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def stop(self, on_stopped: Callable[[], None]) -> bool:
        """Cancel; ``on_stopped`` runs on the GUI thread after the end has been emitted.

        False: nothing was running (``on_stopped`` is queued at once).
        """
        future, job = self._future, self._job
        if job is None or future is None:
            self._tasks.run_on_main(on_stopped)
            return False
        job.cancel()
        # The done callback fires on the batch's worker thread; on_stopped is queued to the
        # GUI thread after the sender's own end-of-batch update. Only the GUI thread lets go
        # of on_stopped (it may hold the last reference to a window).
        tasks, holder = self._tasks, [on_stopped]

        def fire() -> None:
            if holder:
                holder.pop()()

        future.add_done_callback(lambda _f: tasks.run_on_main(fire))
        return True

    def _ended(self, job: _SendJob, future: Future[BatchResult]) -> None:
        if not isValid(self) or job is not self._job:
            return
        self._future = None
        self._job = None
        self.busy_changed.emit(False)
        try:
            result = future.result()
        except SEND_ERRORS as exc:
            text = exc.message if isinstance(exc, IntakeError) else str(exc)
            self.failed.emit(text, job.batch_id)
            return
        except Exception:
            self.failed.emit(self.tr("an unexpected error (see the log)."), None)
            raise
        self.ended.emit(result)
