"""Updates from a worker to a Qt object that may be gone, or no longer want them, by then."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from shiboken6 import isValid

from .tasks import TaskManager

Q = TypeVar("Q", bound=QObject)


def weak_poster(
    target: Q, tasks: TaskManager, wanted: Callable[[Q], bool]
) -> Callable[[Callable[[Q], None]], None]:
    """``post(update)`` from a worker: ``update(target)`` runs on the GUI thread if still wanted.

    Workers hold the target only weakly: a Qt object whose last reference went away on a
    worker thread would be destroyed there, which Qt does not survive.
    """
    ref = weakref.ref(target)

    def post(update: Callable[[Q], None]) -> None:
        def run() -> None:
            live = ref()
            if live is not None and isValid(live) and wanted(live):
                update(live)

        tasks.run_on_main(run)

    return post
