"""The one bridge between worker threads and the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from conversion_gui.qt.tasks import TaskManager


def test_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(future: object) -> None:
        seen["done"] = threading.get_ident()
        seen["on_gui_thread"] = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        seen["result"] = future.result()  # type: ignore[attr-defined]

    tasks.run_in_background(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=10_000)
    assert seen["worker"] != gui
    assert seen["done"] == gui and seen["on_gui_thread"] is True
    assert seen["result"] == 42


def test_errors_reach_on_done_not_the_void(qtbot: QtBot, tasks: TaskManager) -> None:
    errors: list[BaseException | None] = []

    def fail() -> None:
        raise RuntimeError("keychain locked")

    tasks.run_in_background(fail, lambda f: errors.append(f.exception()))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], RuntimeError)


def test_a_widget_held_only_by_the_task_dies_on_the_gui_thread(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    """Dropping the last reference to a widget on a worker crashes Qt; the bridge prevents it."""
    destroyed_on: list[int] = []
    release = threading.Event()
    label = QLabel("temporary")
    label.destroyed.connect(lambda: destroyed_on.append(threading.get_ident()))

    def work(label: QLabel = label) -> None:
        release.wait(5)

    tasks.run_in_background(work, lambda _f, label=label: None)
    del label, work
    release.set()
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=10_000)
    assert destroyed_on == [threading.get_ident()]


def test_run_on_main_from_many_threads_runs_everything_once(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    got: list[int] = []

    def post(n: int) -> None:
        for i in range(50):
            tasks.run_on_main(lambda i=i, n=n: got.append(n * 100 + i))

    threads = [threading.Thread(target=post, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    qtbot.waitUntil(lambda: len(got) == 200, timeout=10_000)
    assert sorted(got) == sorted(n * 100 + i for n in range(4) for i in range(50))


def test_synchronous_executor_runs_in_order(sync_tasks: TaskManager) -> None:
    order: list[str] = []
    sync_tasks.run_in_background(lambda: order.append("work"), lambda _f: order.append("done"))
    assert order == ["work", "done"]


def test_nothing_runs_after_shutdown(qapp: QObject) -> None:
    manager = TaskManager()
    manager.shutdown()
    ran: list[int] = []
    manager.run_on_main(lambda: ran.append(1))
    QApplication.processEvents()
    assert ran == []


def test_a_long_session_of_updates_does_not_corrupt_the_interpreter(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    """PySide6 6.12.0 drops a reference to True on each emit and aborts after thousands; a
    day of progress updates must not take the app down (pyproject pins it out)."""
    import sys

    before = sys.getrefcount(True)
    got: list[int] = []
    for i in range(20_000):
        tasks.run_on_main(lambda i=i: got.append(i))
        if i % 1000 == 0:
            QApplication.processEvents()
    qtbot.waitUntil(lambda: len(got) == 20_000, timeout=10_000)
    assert sys.getrefcount(True) >= before - 10
