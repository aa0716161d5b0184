"""The preview read of a campaign file, on the task pool, one read at a time.

A read sniffs the file, hashes it and asks the history for an unfinished batch of it, then
checks every row. Each read has its own cancel event: a new read cancels the one before, and
whatever a cancelled read still posts is dropped, so a file dropped during the read of a
larger one shows only its own rows. Signals are emitted on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from ..core.batchfile import file_sha256
from ..core.context import AppContext
from ..core.history import HistoryError
from ..core.intake import FileInfo, IntakeError, IntakeOptions, Verdict
from ..core.preview import PreviewResult, PreviewRow, preview_in_child
from ..core.procjob import Cancelled, ChildFailed, run_in_child
from .tasks import TaskManager
from .weak_post import weak_poster

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


@dataclass
class _Read:
    """One pass over the file: its cancel switch, and what it found once it has ended."""

    cancel: threading.Event
    result: PreviewResult | None = None


class PreviewReader(QObject):
    file_found = Signal(object, object)        # FileInfo, the IntakeOptions as used
    unfinished_found = Signal(str, object)     # the file's SHA-256, its BatchInfo or None
    rows_read = Signal(object, object, float)  # rows to show, counts so far, fraction read
    finished = Signal(object)                  # PreviewResult: whole, stopped, or an error

    def __init__(self, context: AppContext, tasks: TaskManager,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._read: _Read | None = None

    @property
    def reading(self) -> bool:
        return self._read is not None and self._read.result is None

    @property
    def cancelled(self) -> bool:
        """The last read was told to stop (it may still be finishing its chunk)."""
        return self._read is not None and self._read.cancel.is_set()

    @property
    def complete(self) -> PreviewResult | None:
        """The last read, if it ended having read the whole file without an error."""
        read = self._read
        if read is None or read.result is None:
            return None
        r = read.result
        return None if r.error or r.cancelled or r.info is None else r

    def cancel(self) -> None:
        """The read ends at its next check; its result says how far it got."""
        if self._read is not None:
            self._read.cancel.set()

    def start(self, path: str, options: IntakeOptions, auto_channel: bool) -> None:
        """Cancel the read before, and read ``path`` with ``options``."""
        self.cancel()
        read = _Read(threading.Event())
        self._read = read
        context = self._context
        post = weak_poster(self, self._tasks,
                           lambda reader: reader._read is read and not read.cancel.is_set())

        def on_info(info: FileInfo, used: IntakeOptions) -> None:
            post(lambda reader: reader.file_found.emit(info, used))
            try:
                sha = file_sha256(path)
                unfinished = context.history.find_unfinished_batch(sha)
            except (IntakeError, HistoryError) as exc:
                log.warning("no resume check for this file: %s", exc)
                return
            post(lambda reader: reader.unfinished_found.emit(sha, unfinished))

        def on_chunk(rows: list[PreviewRow], counts: dict[Verdict, int], done: float) -> None:
            post(lambda reader: reader.rows_read.emit(rows, counts, done))

        seen: dict[str, object] = {}

        def on_message(message: tuple[object, ...]) -> None:
            if message[0] == "info":
                seen["info"], seen["options"] = message[1], message[2]
                on_info(message[1], message[2])  # type: ignore[arg-type]
            else:
                seen["counts"] = message[2]
                on_chunk(*message[1:])  # type: ignore[arg-type]

        def task() -> PreviewResult:
            # The parse runs in a child process: in a thread it would hold the GIL that
            # every paint of the window needs, and freeze it for seconds on a large file.
            history_file = str(context.history_location)
            try:
                return run_in_child(
                    preview_in_child, (path, options, auto_channel, history_file),
                    on_message, cancel=read.cancel,
                )
            except Cancelled:
                return PreviewResult(
                    seen.get("info"), seen.get("options", options),  # type: ignore[arg-type]
                    seen.get("counts", dict.fromkeys(Verdict, 0)),  # type: ignore[arg-type]
                    cancelled=True,
                )
            except ChildFailed as exc:
                log.error("the preview read failed: %s", exc)
                return PreviewResult(None, options, dict.fromkeys(Verdict, 0),
                                     error=translate("PreviewReader", "The file could not be "
                                                     "read ({problem}).").format(problem=exc))

        def done(future: Future[PreviewResult]) -> None:
            if not isValid(self) or self._read is not read or future.cancelled():
                return
            try:
                read.result = future.result()
            except HistoryError as exc:
                read.result = PreviewResult(None, options, dict.fromkeys(Verdict, 0),
                                            error=str(exc))
            self.finished.emit(read.result)

        self._tasks.run_in_background(task, done)

