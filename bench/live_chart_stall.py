"""What the Batch page's live chart costs the GUI thread: the stall figure of
bench/gui_stall.py for a 10,000-row batch, with the live chart and without it.

    .venv/bin/python bench/live_chart_stall.py [--rows 10000] [--rounds 3]

Each round sends the same file twice to a simulator in another process (rate limit off,
8 in flight), once with the chart and once with it switched off (its ``add`` made a no-op and
the widget hidden), alternating which goes first; one warm-up run comes before. Prints each
run's 50th/99th percentile and longest stall, then the median 99th percentile of each kind
and the difference (target: under 2 ms added). Figures only; nothing asserts.
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

from common import SimulatorProcess, load_average
from gui_stall import batch_run, campaign
from PySide6.QtWidgets import QApplication

from conversion_gui.core.context import AppContext
from conversion_gui.core.credentials import MemoryStore, Profile, SecretKind
from conversion_gui.qt.batch_panel import BatchPage
from conversion_gui.simulator import DEMO_ACCOUNT

TARGET_ADDED_MS = 2.0


def without_chart(page: BatchPage) -> None:
    chart = page.send_section.live_chart
    chart.add = lambda _p: None  # type: ignore[method-assign]
    chart.hide()


def component_figures() -> None:
    """The chart's own GUI-thread costs, measured alone (less noisy than the stall figures):
    one progress taken, and one repaint (model rebuilt, then painted) with every bar full."""
    from conversion_gui.core.batch import Progress
    from conversion_gui.qt.batch_live_chart import MAX_BUCKETS, REPAINT_MS, BatchLiveChart

    chart = BatchLiveChart()
    chart.resize(900, 220)
    chart.show()
    QApplication.processEvents()
    snapshots = [Progress(1, "running", 10**6, i * 50, i, 0, 8, i // 10, i // 20, 500.0, 30.0,
                          i * 0.1, None, {"Vonage server error": i}) for i in range(20_000)]
    started = time.perf_counter()
    for p in snapshots:
        chart.add(p)
    add_us = (time.perf_counter() - started) / len(snapshots) * 1e6
    redraws = []
    for _ in range(50):
        started = time.perf_counter()
        chart.flush()
        chart.repaint()  # paints now, on this thread, as the event loop would
        redraws.append((time.perf_counter() - started) * 1000)
    redraws.sort()
    print(f"live chart alone: {add_us:.1f} µs per progress taken (up to 10 a second); one "
          f"repaint of {chart.model.rowCount()} bars (max {MAX_BUCKETS}): median "
          f"{statistics.median(redraws):.2f} ms, worst {redraws[-1]:.2f} ms "
          f"(at most {1000 // REPAINT_MS} a second)")
    chart.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    print(f"load average before: {load_average()}")
    component_figures()
    runs: list[tuple[str, float, float, float, int, float]] = []
    with tempfile.TemporaryDirectory() as tmp_name, SimulatorProcess() as sim:
        tmp = Path(tmp_name)
        file = campaign(tmp / "campaign.csv", args.rows)
        n = 0

        def run(label: str, chart: bool) -> tuple[str, float, float, float, int, float]:
            nonlocal n
            n += 1
            secrets = MemoryStore()
            context = AppContext(tmp / f"data-{n}", secret_store=secrets)
            context.profiles.save(Profile(name="bench", api_key=DEMO_ACCOUNT.api_key,
                                          base_url=sim.base_url))
            secrets.set("bench", SecretKind.API_SECRET, DEMO_ACCOUNT.api_secret or "")
            try:
                return batch_run(context, file, label, None if chart else without_chart)
            finally:
                context.close()

        run("warm-up", True)
        for r in range(args.rounds):
            order = [("with live chart", True), ("without live chart", False)]
            for label, chart in order if r % 2 == 0 else order[::-1]:
                result = run(label, chart)
                runs.append(result)
                print(f"  round {r + 1}: {label:<20} p50 {result[1]:5.1f} ms  "
                      f"p99 {result[2]:5.1f} ms  max {result[3]:6.1f} ms  "
                      f"{result[4]:5d} ticks  {result[5]:5.1f} s", flush=True)
    with_p99 = statistics.median(r[2] for r in runs if r[0] == "with live chart")
    without_p99 = statistics.median(r[2] for r in runs if r[0] == "without live chart")
    added = with_p99 - without_p99
    print(f"\n{args.rows:,}-row batch, stall p99 (median of {args.rounds} runs): "
          f"with the live chart {with_p99:.2f} ms, without {without_p99:.2f} ms, "
          f"added {added:+.2f} ms (target < {TARGET_ADDED_MS:g} ms)")
    print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
