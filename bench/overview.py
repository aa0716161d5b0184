"""How fast the History Overview charts a big history after a filter change.

Builds (or reuses) a history of ``--attempts`` attempts (default 1,000,000) written straight
with executemany into a real file (the schema made by the store itself; the same mix of
outcomes, channels and batches as bench/gui_history_first_rows.py), then prints:

1. the file size with the aggregates' indexes (schema migration 5);
2. each SQL aggregate alone (the query every time), median of 5 runs, with SQLite's query
   plan (target < 100 ms), and the same asked again (answered from memory);
3. offscreen, the History page with a real task pool, on its Overview: each filter or view
   change -> the chart holding the new numbers and painted (target < 300 ms).

Figures only; nothing asserts.

    .venv/bin/python bench/overview.py [DIR] [--attempts N]

DIR keeps the history between runs (default: a temporary folder, removed afterwards).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import load_average
from gui_history_first_rows import MIX, SPAN, START, existing_attempts

from conversion_gui.core.history import HistoryFilter, HistoryStore, history_path
from conversion_gui.core.history.summary import _summarise, summarise
from conversion_gui.core.statuses import meaning_of

CHUNK = 100_000
INSERT = (
    "INSERT INTO attempts (at, batch_id, line, channel, message_id, delivered, conv_timestamp, "
    "status, kind, meaning, elapsed_ms, response_text, attempt_no, profile, base_url) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def rows(n: int, batch_ids: list[int]) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(7)
    outcomes = [(s, k, meaning_of(s, k)) for s, k, _ in MIX]
    picks = rng.choices(range(len(MIX)), [w for _, _, w in MIX], k=n)
    step = SPAN / n
    for i in range(n):
        status, kind, meaning = outcomes[picks[i]]
        at = (START + step * i).isoformat(" ", timespec="milliseconds")
        batch = batch_ids[i % len(batch_ids)] if i % 2 else None
        yield (at, batch, i + 2 if batch else None, "voice" if i % 10 >= 7 else "sms",
               f"0A0000{i:011X}", i % 3 != 0, at[:19], status, kind, meaning,
               20.0 + i % 380, "" if status == 200 else "error text", 1, "default",
               "https://api.nexmo.com")


def build(data_dir: Path, attempts: int) -> None:
    path = history_path(data_dir)
    have = existing_attempts(path)
    if have >= attempts:
        print(f"reusing {path} ({have:,} attempts)")
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    with HistoryStore(path) as store:  # the schema, exactly as the app makes it
        batch_ids = [store.create_batch(f"campaign-{i}.csv", f"{i:064x}", {}, {}, [])
                     for i in range(20)]
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("BEGIN")
        conn.executemany(INSERT, rows(attempts, batch_ids))
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    took = time.perf_counter() - started
    print(f"built {attempts:,} attempts in {took:.1f} s ({attempts / took:,.0f}/s) at {path}")


FILTERS: list[tuple[str, HistoryFilter]] = [
    ("all attempts", HistoryFilter()),
    ("channel: voice", HistoryFilter(channel="voice")),
    ("outcome: failed (any not accepted)", HistoryFilter(failed_only=True)),
    ("outcome: throttled", HistoryFilter(kinds={"throttled"})),
    ("dates: one week", HistoryFilter(date_from="2026-03-01", date_to="2026-03-07")),
    ("dates: one day (per hour)", HistoryFilter(date_from="2026-03-01", date_to="2026-03-01")),
    ("dates: from 2026-01-05 on", HistoryFilter(date_from="2026-01-05")),
    ("message-id prefix (4,096 ids)", HistoryFilter(text="0A00000C350")),
]


def sql_figures(data_dir: Path) -> None:
    with HistoryStore(history_path(data_dir)) as store:
        print(f"\nhistory file with the aggregate indexes: "
              f"{history_path(data_dir).stat().st_size / 1e6:,.0f} MB")
        captured: list[str] = []
        reader = store._reader()  # the bench may look inside: to print SQLite's plans
        reader.set_trace_callback(captured.append)
        print("\nSQL aggregate alone (median of 5; target < 100 ms)")
        print(f"  {'by':<8} {'filter':<38} {'median ms':>9} {'max ms':>8} {'again':>7} "
              f"{'groups':>7}  plan")
        for by in ("day", "batch", "meaning"):
            for label, flt in FILTERS:
                times = []
                for _ in range(5):
                    captured.clear()
                    t = time.perf_counter()
                    summary = _summarise(store, flt, by)  # the SQL every time (no memory)
                    times.append((time.perf_counter() - t) * 1000)
                plans = []
                for sql in list(captured):
                    if sql.startswith("SELECT") and "GROUP BY" in sql:
                        plan = reader.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
                        plans.append("; ".join(str(r[3]) for r in plan))
                summarise(store, flt, by)
                t = time.perf_counter()
                summarise(store, flt, by)  # asked again: from memory
                again = (time.perf_counter() - t) * 1000
                print(f"  {summary.by:<8} {label:<38} {statistics.median(times):9.1f} "
                      f"{max(times):8.1f} {again:7.1f} {len(summary.rows):7d}  "
                      f"{' | '.join(plans)}")
        reader.set_trace_callback(None)


def gui_figures(data_dir: Path) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from conversion_gui.core.context import AppContext
    from conversion_gui.core.credentials import MemoryStore
    from conversion_gui.qt.history_view import HistoryPage
    from conversion_gui.qt.tasks import TaskManager

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def wait_for(cond: Callable[[], bool], timeout: float = 60.0) -> bool:
        deadline = time.perf_counter() + timeout
        while not cond():
            if time.perf_counter() > deadline:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        return True

    tasks = TaskManager()
    ctx = AppContext(data_dir, sandbox=False, secret_store=MemoryStore(), environ={})
    page = HistoryPage(ctx, tasks)
    page.resize(1200, 800)
    page.show()
    overview, chart = page.overview, page.overview.chart
    state = {"summarised": False, "painted": False}

    def on_summarised() -> None:
        state["summarised"], state["painted"] = True, False

    def on_painted() -> None:
        if state["summarised"]:
            state["painted"] = True

    overview.summarised.connect(on_summarised)
    chart.painted.connect(on_painted)

    def timed(label: str, change: Callable[[], None]) -> float:
        state["summarised"] = state["painted"] = False
        started = time.perf_counter()
        change()
        ok = wait_for(lambda: state["painted"])
        ms = (time.perf_counter() - started) * 1000 if ok else float("nan")
        print(f"  {label:<46} {ms:8.1f} ms   {chart.accessibleName()}: "
              f"{len(chart.model.categories)} bars")
        return ms

    print("\nOverview: change -> new numbers painted (target < 300 ms)")
    figures = [timed("open the Overview tab (first aggregate)",
                     lambda: page.views.setCurrentWidget(overview))]

    def combo(box: Any, text: str) -> Callable[[], None]:
        return lambda: box.setCurrentIndex(box.findText(text))

    def one_week(on: bool) -> Callable[[], None]:
        def change() -> None:
            from PySide6.QtCore import QDate
            for check, edit, value in ((page.use_from, page.date_from, QDate(2026, 3, 1)),
                                       (page.use_to, page.date_to, QDate(2026, 3, 7))):
                edit.blockSignals(True)
                edit.setDate(value)
                edit.blockSignals(False)
                check.setChecked(on)  # a tick applies the filter at once
        return change

    for label, change in (
        ("outcome: Failed (any not accepted)", combo(page.outcome, "Failed (any not accepted)")),
        ("outcome: Throttled", combo(page.outcome, "Throttled")),
        ("outcome: All", combo(page.outcome, "All")),
        ("channel: Voice", combo(page.channel, "Voice")),
        ("channel: All", combo(page.channel, "All")),
        ("dates: one week in March", one_week(True)),
        ("dates: any", one_week(False)),
        ("view: Per batch", combo(overview.view, "Per batch")),
        ("view: By meaning", combo(overview.view, "By meaning")),
        ("view: Per day", combo(overview.view, "Per day")),
        ("outcome: Failed again (view per day)", combo(page.outcome, "Failed (any not accepted)")),
        ("outcome: All again", combo(page.outcome, "All")),
    ):
        figures.append(timed(label, change))
    print(f"  worst {max(figures):.0f} ms, median {statistics.median(figures):.0f} ms")
    page.close()
    tasks.shutdown(wait=True)
    ctx.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", help="keep the history here (reused when present)")
    parser.add_argument("--attempts", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    temp = None if args.dir else tempfile.mkdtemp(prefix="overview-bench-")
    data_dir = Path(args.dir or temp or ".")
    data_dir.mkdir(parents=True, exist_ok=True)
    print(f"load average before: {load_average()}")
    try:
        build(data_dir, args.attempts)
        sql_figures(data_dir)
        gui_figures(data_dir)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
