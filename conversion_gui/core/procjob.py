"""CPU-heavy work in a child process, with its messages streamed back as it goes.

A thread of a Python GUI shares one interpreter lock with the window: while a worker
parses a million CSV rows, every Python callback of the window (each table cell painted is
one) queues for the lock behind it, and the window freezes for seconds. A child process has
its own lock. The parent side blocks on a pipe (which releases the lock), so call
``run_in_child`` from a worker thread; the GUI's own threading stays as it is.

The child is started with "spawn" (safe beside Qt's threads, the same on every OS); a frozen
bundle needs ``multiprocessing.freeze_support()`` at the top of its entry point.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
Send = Callable[[Any], None]


class ChildFailed(RuntimeError):
    """The child process ended without a result (killed, crashed, or an unpicklable error)."""


class Cancelled(Exception):
    """The caller's cancel event was set; the child was stopped."""


def _child_main(conn: Connection, target: Callable[..., Any], args: tuple[Any, ...]) -> None:
    def send(message: Any) -> None:
        conn.send(("message", message))

    try:
        result = target(send, *args)
        conn.send(("result", result))
    except BaseException as exc:  # handed to the parent, which raises it there
        try:
            conn.send(("error", exc))
        except Exception:  # the exception itself does not pickle: say what it was
            conn.send(("error", ChildFailed(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run_in_child(
    target: Callable[..., T],
    args: tuple[Any, ...],
    on_message: Callable[[Any], None],
    cancel: threading.Event | None = None,
    poll: float = 0.05,
) -> T:
    """Run ``target(send, *args)`` in a child process and return what it returns.

    ``target`` must be a module-level function and its arguments picklable. Each
    ``send(message)`` in the child becomes ``on_message(message)`` here, in order. An exception
    in the child is raised here; setting ``cancel`` stops the child and raises ``Cancelled``.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(sender, target, args), daemon=True,
                              name="conversion-gui-job")
    process.start()
    sender.close()  # the child holds the only writing end: EOF when it is gone
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            if not receiver.poll(poll):
                continue
            try:
                kind, payload = receiver.recv()
            except EOFError:
                process.join(1)
                raise ChildFailed(
                    f"the worker process ended without a result (exit code {process.exitcode})"
                ) from None
            if kind == "message":
                on_message(payload)
            elif kind == "result":
                return payload  # type: ignore[no-any-return]
            else:
                raise payload
    finally:
        receiver.close()
        if process.is_alive():
            process.terminate()
        process.join(5)
