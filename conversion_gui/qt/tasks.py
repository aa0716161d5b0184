"""The app's one threading mechanism: a thread pool for work, one signal back to the GUI.

Work (network, keychain, disk, large files) runs on the pool; whatever must touch a widget is
queued with ``run_on_main`` and runs on the GUI thread when the event loop gets to it. Tests
hand in a synchronous executor so everything happens in order, on one thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
DoneCallback = Callable[[Future[T]], None]


class SynchronousExecutor(Executor):
    """Runs each task at once in the caller's thread: deterministic tests, no races."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the future, as a pool would
            future.set_exception(exc)
        return future


class TaskManager(QObject):
    """Owned by the main window; everything that must not block the GUI goes through it."""

    _pending = Signal()

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(
            max_workers=4, thread_name_prefix="conversion-gui-task"
        )
        self._closures: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._pending.connect(self._run_pending)

    def run_in_background(
        self,
        task: Callable[[], T],
        on_done: DoneCallback[T] | None = None,
    ) -> Future[T]:
        """Run ``task`` on the pool; ``on_done(future)`` runs on the GUI thread afterwards.

        The two callables usually hold a widget. Whatever drops the last reference to a
        widget destroys it, and a widget destroyed on a worker thread crashes Qt, so the only
        strong references live in ``holder``, which the GUI thread empties.
        """
        holder: list[Any] = [task, on_done]

        def work() -> T:
            result: T = holder[0]()
            return result

        def finish(future: Future[T]) -> None:
            _task, done = holder
            holder.clear()
            if done is not None:
                done(future)

        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self.run_on_main(lambda: finish(f)))
        return future

    def run_on_main(self, closure: Callable[[], None]) -> None:
        """Safe from any thread: queue ``closure`` for the GUI thread."""
        with self._lock:
            if self._closed:
                return
            self._closures.append(closure)
        self._pending.emit()

    @Slot()
    def _run_pending(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        first_error: Exception | None = None
        for closure in closures:
            try:
                closure()
            except Exception as exc:  # run the rest, then let the excepthook see the first
                log.exception("a GUI update failed")
                first_error = first_error or exc
        if first_error is not None:
            raise first_error

    def shutdown(self, wait: bool = True) -> None:
        with self._lock:
            self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)
