"""Does this PySide6 lose a reference to True on Signal.emit()? (6.12.0 on Python 3.11 does.)

    .venv/bin/python bench/pyside_emit_refcount.py

Emits 10,000 signals on the main thread, then 10,000 from four threads, and prints the
reference count of True before and after. A build with the bug aborts with
"bool_dealloc: deallocating True or False" instead of printing the second line.
"""

from __future__ import annotations

import sys
import threading

from PySide6 import __version__
from PySide6.QtCore import QCoreApplication, QObject, Signal


class Emitter(QObject):
    ping = Signal()


def main() -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    emitter = Emitter()
    emitter.ping.connect(lambda: None)
    print(f"PySide6 {__version__}, Python {sys.version.split()[0]}")
    before = sys.getrefcount(True)
    for _ in range(10_000):
        emitter.ping.emit()
    print(f"main thread: refcount of True {before} -> {sys.getrefcount(True)}")

    def burst() -> None:
        for _ in range(2_500):
            emitter.ping.emit()

    threads = [threading.Thread(target=burst) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    app.processEvents()
    after = sys.getrefcount(True)
    print(f"four threads: refcount of True -> {after} (no abort: this build is fine)")


if __name__ == "__main__":
    main()
