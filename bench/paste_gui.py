"""Pasting 100,000 rows of cells onto the Batch page: first preview rows, and the window's stalls.

    .venv/bin/python bench/paste_gui.py [--rows 100000] [--repeat 3]

Puts tab-separated cells on the real clipboard (as Excel or Calc does), presses Ctrl+V on the
page, and measures with the heartbeat of bench/gui_stall.py (a 10 ms QTimer on the GUI thread;
a stall is how late a tick came) from the key press until the whole paste is read: seconds to
the preview's first rows (target 1 s) and the stalls' 50th/99th percentile and worst (target
99th percentile under 50 ms). Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import load_average
from gui_stall import Heartbeat, send_button, spin_until
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conversion_gui.core.context import AppContext
from conversion_gui.qt.batch_panel import BatchPage
from conversion_gui.qt.preferences import Preferences
from conversion_gui.qt.tasks import TaskManager


def cells(rows: int) -> str:
    lines = ["Message ID\tDelivered\tTimestamp\tName"]
    for i in range(rows):
        lines.append(f"0D{i:014d}\t{'TRUE' if i % 3 else 'FALSE'}\t"
                     f"2026-11-26 10:{i // 60 % 60:02d}:{i % 60:02d}\tname {i % 97}")
    return "\r\n".join(lines) + "\r\n"


def one_paste(text: str, tmp: Path, n: int) -> tuple[float, float, float, float, float]:
    context = AppContext(tmp / f"data-{n}", sandbox=True)
    tasks = TaskManager()
    page = BatchPage(context, tasks, lambda: Preferences())
    page.resize(1000, 700)
    page.show()
    mime = QMimeData()
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    QTest.keyClick(page, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    if not spin_until(lambda: page.model.rowCount() > 0, 120):
        raise SystemExit("the pasted cells never reached the preview")
    first = time.perf_counter() - started
    if not spin_until(lambda: send_button(page) is not None, 300):
        raise SystemExit("the pasted cells were never read to the end")
    whole = time.perf_counter() - started
    p50, p99, worst, _ = beat.stop()
    page.close()
    tasks.shutdown(wait=True)
    context.close()
    QGuiApplication.clipboard().clear()  # the clipboard owns the QMimeData: freed once, here
    return first, whole, p50, p99, worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    text = cells(args.rows)
    print(f"{args.rows:,} rows, {len(text) / 1e6:.1f} MB of text; load average {load_average()}")
    runs = []
    with tempfile.TemporaryDirectory() as tmp_name:
        for n in range(args.repeat):
            runs.append(one_paste(text, Path(tmp_name), n))
    for first, whole, p50, p99, worst in runs:
        print(f"first rows {first:5.2f} s · all read {whole:5.2f} s · stalls p50 {p50:5.1f} ms "
              f"p99 {p99:5.1f} ms max {worst:6.1f} ms")
    print(f"median: first rows {statistics.median(r[0] for r in runs):.2f} s (target 1 s), "
          f"p99 stall {statistics.median(r[3] for r in runs):.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
