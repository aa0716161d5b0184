"""How soon the History page shows rows over a big history, and how soon a filter answers.

Builds (or reuses) a history of ``--attempts`` attempts (default 1,000,000) through the
store's own API, then, offscreen, builds ``HistoryPage`` with a real ``TaskManager`` and times:
constructing the page -> the first page of rows available -> the first paint showing them
(target: within 500 ms), then each filter or sort change -> its first rows, and jumps to the
end and the middle of the table. Prints figures; asserts nothing.

    .venv/bin/python bench/gui_history_first_rows.py [DIR] [--attempts N]

DIR keeps the history between runs (default: a temporary folder, removed afterwards).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from conversion_gui.core.history import AttemptRecord, HistoryStore, history_path
from conversion_gui.core.statuses import meaning_of

MIX: list[tuple[int | None, str, float]] = [
    (200, "accepted", 0.90),
    (422, "invalid", 0.04),
    (429, "throttled", 0.03),
    (503, "server_error", 0.02),
    (None, "unreachable", 0.009),
    (401, "wrong_credentials", 0.001),
]
START = datetime(2026, 1, 1)  # UTC
SPAN = timedelta(days=180)
CHUNK = 50_000


def records(n: int, batch_ids: list[int]) -> Iterator[AttemptRecord]:
    """A realistic log: mostly accepted, some invalid, retried hiccups; 30% voice."""
    rng = random.Random(7)
    outcomes = [(s, k, meaning_of(s, k)) for s, k, _ in MIX]
    picks = rng.choices(range(len(MIX)), [w for _, _, w in MIX], k=n)
    step = SPAN / n
    for i in range(n):
        status, kind, meaning = outcomes[picks[i]]
        voice = i % 10 >= 7
        at = START + step * i
        text = at.isoformat(" ", timespec="milliseconds")
        yield AttemptRecord(
            channel="voice" if voice else "sms",
            message_id=f"{i:08x}-aaaa-bbbb-cccc-{i:012x}" if voice else f"0A0000{i:011X}",
            delivered=i % 3 != 0,
            conv_timestamp=text[:19],
            status=status,
            kind=kind,
            meaning=meaning,
            elapsed_ms=20.0 + i % 380,
            response_text="" if status == 200 else "error text",
            batch_id=batch_ids[i % len(batch_ids)] if i % 2 else None,
            line=i + 2 if i % 2 else None,
            profile="default",
            base_url="https://api.nexmo.com",
            at=text,
        )


def existing_attempts(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM attempts").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def build(data_dir: Path, attempts: int) -> None:
    path = history_path(data_dir)
    have = existing_attempts(path)
    if have >= attempts:
        print(f"reusing {path} ({have:,} attempts)")
        return
    if path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    with HistoryStore(path) as store:
        batch_ids = [store.create_batch(f"b{i}.csv", f"{i:064x}", {}, {}, [])
                     for i in range(20)]
        chunk: list[AttemptRecord] = []
        for record in records(attempts, batch_ids):
            chunk.append(record)
            if len(chunk) >= CHUNK:
                store.record_attempts(chunk)
                chunk.clear()
        if chunk:
            store.record_attempts(chunk)
    took = time.perf_counter() - started
    print(f"built {attempts:,} attempts in {took:.1f} s ({attempts / took:,.0f}/s) at {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", help="keep the history here (reused when present)")
    parser.add_argument("--attempts", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    temp = None if args.dir else tempfile.mkdtemp(prefix="gui-history-bench-")
    data_dir = Path(args.dir or temp or ".")
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        build(data_dir, args.attempts)
        return measure(data_dir)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)


def measure(data_dir: Path) -> int:
    # Qt only now: building first keeps it out of the way of the data generation
    from PySide6.QtCore import QDate, QEvent, QEventLoop, QObject, Qt
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

    class PaintWatch(QObject):
        """Notes the first paint of the table while it has real rows to show."""

        def __init__(self, page: HistoryPage) -> None:
            super().__init__(page)
            self.page = page
            self.painted = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.page.model.attempt_at(0) is not None:
                self.painted = True  # the paint runs next; wait_for returns once it is done
            return False

    tasks = TaskManager()
    ctx = AppContext(data_dir, sandbox=False, secret_store=MemoryStore(), environ={})
    results: list[tuple[str, float]] = []

    def open_page(label: str) -> HistoryPage:
        started = time.perf_counter()
        page = HistoryPage(ctx, tasks)
        built = time.perf_counter()
        watch = PaintWatch(page)
        page.table.viewport().installEventFilter(watch)
        page.resize(1200, 800)
        page.show()
        wait_for(lambda: page.model.attempt_at(0) is not None)
        rows = time.perf_counter()
        painted = time.perf_counter() if wait_for(lambda: watch.painted, 10.0) else float("nan")
        print(f"{label}: page built in {(built - started) * 1000:.1f} ms; first rows in "
              f"{(rows - started) * 1000:.1f} ms; painted in {(painted - started) * 1000:.1f} ms"
              f"  ({page.model.rowCount():,} rows, {page.model.loaded_row_count()} loaded)")
        results.append((label, (painted - started) * 1000))
        return page

    print("\nopening the History page (target: first rows painted within 500 ms)")
    first = open_page("  first open (opens the history file)")
    first.close()
    first.deleteLater()
    page = open_page("  second open (file already open)   ")
    model = page.model

    def settled(row: int = 0) -> Callable[[], bool]:
        def check() -> bool:
            if model.loading or model.shown_query.generation != model.query.generation:
                return False
            return model.rowCount() == 0 or model.attempt_at(min(row, model.rowCount() - 1)) \
                is not None
        return check

    def timed(label: str, change: Callable[[], None], row: int = 0) -> None:
        started = time.perf_counter()
        change()
        wait_for(settled(row))
        ms = (time.perf_counter() - started) * 1000
        print(f"  {label:<52} {ms:8.1f} ms   ({model.rowCount():,} rows)")

    def text(value: str) -> Callable[[], None]:
        def change() -> None:
            page.text.setText(value)
            page.text.returnPressed.emit()  # as Enter does: no waiting for the typing pause
        return change

    def outcome(label: str) -> Callable[[], None]:
        return lambda: page.outcome.setCurrentIndex(page.outcome.findText(label))

    def channel(label: str) -> Callable[[], None]:
        return lambda: page.channel.setCurrentIndex(page.channel.findText(label))

    def dates(start: QDate | None, end: QDate | None) -> Callable[[], None]:
        def change() -> None:
            for check, edit, value in ((page.use_from, page.date_from, start),
                                       (page.use_to, page.date_to, end)):
                check.blockSignals(True)
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                check.blockSignals(False)
                if value is not None:
                    edit.blockSignals(True)
                    edit.setDate(value)
                    edit.blockSignals(False)
            page.text.returnPressed.emit()
        return change

    def sort(column: int, order: Qt.SortOrder) -> Callable[[], None]:
        return lambda: page.table.horizontalHeader().setSortIndicator(column, order)

    def scroll(row: int) -> Callable[[], None]:
        return lambda: page.table.scrollTo(model.index(row, 0))

    total_rows = model.rowCount()
    print("\nfilter or sort change -> its first rows on screen")
    narrow = f"0A0000{(total_rows * 3 // 4):011X}"[:-3]  # 4,096 consecutive ids (70% SMS)
    timed(f"message-id prefix {narrow!r}", text(narrow))
    timed("message-id prefix '0a' (most rows)", text("0a"))
    timed("message-id prefix that matches nothing", text("zzz"))
    timed("clear the text", text(""))
    timed("outcome: Failed (any not accepted)", outcome("Failed (any not accepted)"))
    timed("outcome: Invalid parameters", outcome("Invalid parameters"))
    timed("outcome: Wrong credentials", outcome("Wrong credentials"))
    timed("outcome: All", outcome("All"))
    timed("channel: Voice", channel("Voice"))
    timed("dates: one week in March", dates(QDate(2026, 3, 1), QDate(2026, 3, 7)))
    def all_again() -> None:
        dates(None, None)()
        channel("All")()

    timed("dates: any; channel: All", all_again)
    timed("sort by Message ID, ascending", sort(2, Qt.SortOrder.AscendingOrder))
    timed("sort by Status, descending", sort(5, Qt.SortOrder.DescendingOrder))
    timed("sort by Conversion time (no index), ascending", sort(4, Qt.SortOrder.AscendingOrder))
    timed("sort by Time, descending (the default)", sort(0, Qt.SortOrder.DescendingOrder))
    total = model.rowCount()
    print("\nscrolling (row -> its page on screen)")
    timed(f"jump to the last row ({total - 1:,})", scroll(total - 1), total - 1)
    timed(f"jump to the middle ({total // 2:,})", scroll(total // 2), total // 2)
    timed(f"jump to row {total // 3:,}", scroll(total // 3), total // 3)
    timed("back to the top", scroll(0), 0)
    print(f"\nrows held in memory after all that: {model.loaded_row_count():,} "
          f"of {model.rowCount():,}")
    page.close()
    tasks.shutdown(wait=True)
    ctx.close()
    worst = max(ms for _, ms in results)
    print(f"\nfirst rows painted: worst {worst:.0f} ms (target 500 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
