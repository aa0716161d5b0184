"""How the Batch page copes with a million-row file: the window must stay responsive.

Builds the real page (offscreen) on a sandbox context, opens a generated export with a few
bad rows, and while the preview read runs on the pool measures from the GUI thread:
the time to the first rows in the table, the time to the final counts, the longest stall of
the event loop (a 5 ms timer that notes the largest gap between its ticks), the rows the
preview holds, and the peak RSS. Prints the figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/batch_preview_gui.py [--rows N]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from conversion_gui.core.context import AppContext
from conversion_gui.qt.batch_panel import BatchPage
from conversion_gui.qt.preferences import Preferences
from conversion_gui.qt.tasks import TaskManager


def make_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("message-id,delivered,timestamp,name\r\n")
        for i in range(rows):
            delivered = "perhaps" if i % 1000 == 999 else ("yes" if i % 3 else "no")
            f.write(f"0A{i:014d},{delivered},2026-11-26 10:{i // 60 % 60:02d}:{i % 60:02d},"
                    f"Customer {i}\r\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "campaign.csv"
        t = time.perf_counter()
        make_file(path, args.rows)
        print(f"file: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB "
              f"(written in {time.perf_counter() - t:.1f} s)")
        context = AppContext(Path(tmp) / "data", sandbox=True)
        tasks = TaskManager()
        page = BatchPage(context, tasks, lambda: Preferences())
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        gaps = {"max": 0.0, "last": time.perf_counter(), "first_rows": 0.0}
        start = time.perf_counter()

        def tick() -> None:
            now = time.perf_counter()
            gaps["max"] = max(gaps["max"], now - gaps["last"])
            gaps["last"] = now
            if not gaps["first_rows"] and page.model.rowCount():
                gaps["first_rows"] = now - start
            if page.reading_row.isHidden() and page.counts_label.text():
                app.quit()

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        page.open_file(str(path))
        app.exec()
        elapsed = time.perf_counter() - start
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"first rows in the table after {gaps['first_rows'] * 1000:.0f} ms")
        print(f"whole file read and counted in {elapsed:.1f} s "
              f"({args.rows / elapsed:,.0f} rows/s)")
        print(f"longest stall of the GUI thread: {gaps['max'] * 1000:.0f} ms")
        print(f"rows held by the preview: {page.model.held:,}")
        print(f"counts: {page.counts_label.text()}")
        print(f"peak RSS: {rss_before:.0f} MB before, {rss_after:.0f} MB after")
        timer.stop()
        tasks.shutdown(wait=True)
        page.deleteLater()
        context.close()


if __name__ == "__main__":
    main()
