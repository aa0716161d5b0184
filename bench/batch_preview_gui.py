"""The Batch page's preview of a million-row file, as a user sees it, beside a bare baseline.

Each run is a fresh process (``--child``) that opens the real main window (offscreen) on its
Batch page, over a data folder whose history already holds 20,000 of the file's ids as
accepted, opens the file as the Open button does, and waits until the whole-file counts
show. It reports, from the GUI thread: the time to the first rows in the table, the time to
the final counts, the longest stall of the event loop (a 5 ms timer notes the largest gap
between its ticks), and the counts. The driver alternates these runs with a bare
``csv.reader`` pass over the same file in its own process, and takes each child's peak RSS
from ``RUSAGE_CHILDREN`` of a wrapper that starts only that child (the preview's own child
process included). Asserts nothing.

    python bench/batch_preview_gui.py [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_commands import BARE_CSV, PY, measure, write_campaign, write_history
from common import load_average, print_table


def child(path: Path, data: Path) -> None:
    """One driven window: the main window, its Batch page, open the file, wait for the
    whole-file counts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from conversion_gui.core.context import AppContext
    from conversion_gui.qt.main_window import MainWindow
    from conversion_gui.qt.tasks import TaskManager

    app = QApplication.instance() or QApplication([])
    tasks = TaskManager()
    settings = QSettings(str(data / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lambda sandbox: AppContext(data, sandbox=sandbox), tasks, settings,
                        data / "logs")
    window.resize(1100, 750)
    window.show()
    window.tabs.setCurrentWidget(window.batch_page)
    page = window.batch_page
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
    print(json.dumps({"counted": elapsed, "first_rows": gaps["first_rows"],
                      "stall": gaps["max"], "counts": page.counts_label.text(),
                      "held": page.model.held}))
    timer.stop()
    tasks.shutdown(wait=True)
    window.context.close()
    window.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("FILE", "DATA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    print(f"== GUI preview, {args.rows:,} rows, 20,000 already accepted "
          f"(load average {load_average()})")
    with tempfile.TemporaryDirectory(prefix="bench-preview-") as name:
        tmp = Path(name)
        file, data = tmp / "campaign.csv", tmp / "data"
        write_campaign(file, args.rows)
        write_history(data / "history.sqlite3", args.rows)
        bares, guis = [], []
        warm = tmp / "warm.csv"
        write_campaign(warm, 10)
        measure([PY, __file__, "--child", str(warm), str(tmp / "warm-data")])  # bytecode
        for _ in range(args.repeat):
            bares.append(measure([PY, "-c", BARE_CSV, str(file)]))
            guis.append(measure([PY, __file__, "--child", str(file), str(data)],
                                env={"QT_QPA_PLATFORM": "offscreen"}))
        got = [g.json() for g in guis]
        bare = sorted(r.wall for r in bares)
        counted = sorted(float(g["counted"]) for g in got)
        window = sorted(r.wall for r in guis)
        print_table(["what", "best s", "median s", "peak MB"], [
            ["bare csv.reader pass (process)", f"{bare[0]:.2f}",
             f"{statistics.median(bare):.2f}", f"{max(r.rss_mb for r in bares):.0f}"],
            ["open file -> whole-file counts shown", f"{counted[0]:.2f}",
             f"{statistics.median(counted):.2f}", f"{max(r.rss_mb for r in guis):.0f}"],
            ["the window's whole process (start to exit)", f"{window[0]:.2f}",
             f"{statistics.median(window):.2f}", ""],
        ])
        ratio = statistics.median(counted) / statistics.median(bare)
        first = 1000 * min(float(g["first_rows"]) for g in got)
        stall = 1000 * max(float(g["stall"]) for g in got)
        print(f"  counts shown / bare pass: {ratio:.1f}x (medians)")
        print(f"  first rows in the table after {first:.0f} ms (best); longest GUI-thread "
              f"stall {stall:.0f} ms (worst run); rows held by the preview {got[0]['held']:,}")
        print(f"  counts: {got[0]['counts']}  (load average {load_average()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
