"""How fast the history is on a big file: journalling, the History page's queries, export.

Builds a database of ``--attempts`` attempts (default 1,000,000) in a temporary folder through
the store's own API, then times what the GUI does. The GUI's target: the first rows over
1,000,000 attempts within 500 ms. Prints figures; asserts nothing.

    .venv/bin/python bench/history_queries.py [--attempts N] [--journal N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import functools
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import AttemptRecord, HistoryFilter, HistoryStore
from conversion_gui.core.statuses import STATUS_TABLE, Kind, meaning_of

# outcome mix of a realistic log: mostly accepted, some invalid rows, retried hiccups
MIX: list[tuple[int | None, str, float]] = [
    (200, Kind.ACCEPTED.value, 0.90),
    (422, Kind.INVALID.value, 0.04),
    (429, Kind.THROTTLED.value, 0.03),
    (503, Kind.SERVER_ERROR.value, 0.02),
    (None, Kind.UNREACHABLE.value, 0.009),
    (401, Kind.WRONG_CREDENTIALS.value, 0.001),
]
START = datetime(2026, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=180)


def sms_id(n: int) -> str:
    return f"0A0000{n:011X}"


def timed(label: str, fn: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = fn()
    ms = (time.perf_counter() - started) * 1000
    shown = f"{len(result)} rows" if isinstance(result, list) else str(result)
    print(f"  {label:<52} {ms:9.1f} ms   ({shown})")
    return result


def records(n: int, batch_ids: list[int], rng: random.Random) -> Iterator[AttemptRecord]:
    statuses = [m[0] for m in MIX]
    kinds = [m[1] for m in MIX]
    weights = [m[2] for m in MIX]
    step = SPAN / n
    meanings = {k: meaning_of(s, k) for s, k in zip(statuses, kinds, strict=True)}
    for i in range(n):
        pick = rng.choices(range(len(MIX)), weights)[0]
        status, kind = statuses[pick], kinds[pick]
        voice = i % 10 >= 7
        at = START + step * i
        yield AttemptRecord(
            channel="voice" if voice else "sms",
            message_id=f"{i:08x}-aaaa-bbbb-cccc-{i:012x}" if voice else sms_id(i),
            delivered=i % 3 != 0,
            conv_timestamp=at.strftime("%Y-%m-%d %H:%M:%S"),
            status=status,
            kind=kind,
            meaning=STATUS_TABLE[status].meaning if status else meanings[kind],
            elapsed_ms=rng.uniform(20, 400),
            response_text="" if status == 200 else "error text",
            attempt_no=1,
            batch_id=batch_ids[i % len(batch_ids)] if i % 2 else None,
            line=i + 2 if i % 2 else None,
            profile="default",
            base_url="https://api.nexmo.com",
            at=at.strftime("%Y-%m-%d %H:%M:%S.") + f"{at.microsecond // 1000:03d}",
        )


def build(store: HistoryStore, attempts: int, journal: int) -> None:
    def rows(n: int) -> Iterator[tuple[int, Conversion]]:
        for i in range(n):
            yield i + 2, Conversion(Channel.SMS, sms_id(10**9 + i), True, "2026-01-01 00:00:00")

    started = time.perf_counter()
    big = store.create_batch("campaign.csv", "f" * 64, {"channel": "sms", "rate": 30},
                             {"total": journal, "valid": journal}, rows(journal))
    took = time.perf_counter() - started
    print(f"journal: create_batch of {journal:,} rows: {took:.2f} s "
          f"({journal / took:,.0f} rows/s)")
    started = time.perf_counter()
    pending = sum(1 for _ in store.pending_rows(big))
    print(f"journal: pending_rows over {pending:,} rows: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    info = store.batch(big)
    print(f"journal: batch() live counts over {info.journalled:,} rows: "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")

    batch_ids = [store.create_batch(f"b{i}.csv", f"{i:064x}", {}, {}, []) for i in range(20)]
    rng = random.Random(7)
    started = time.perf_counter()
    gen = records(attempts, batch_ids, rng)
    chunk: list[AttemptRecord] = []
    for record in gen:
        chunk.append(record)
        if len(chunk) >= 50_000:
            store.record_attempts(chunk)
            chunk.clear()
    if chunk:
        store.record_attempts(chunk)
    took = time.perf_counter() - started
    print(f"build: {attempts:,} attempts via record_attempts: {took:.1f} s "
          f"({attempts / took:,.0f} attempts/s, with generating them)")


def queries(store: HistoryStore, out_dir: Path) -> None:
    everything = HistoryFilter()
    week = HistoryFilter(date_from="2026-03-01", date_to="2026-03-07")
    print("History page (first page = 100 rows, newest first unless said):")
    timed("count, no filter", lambda: store.count(everything))
    timed("count, no filter, again (cached)", lambda: store.count(everything))
    timed("first page, newest first", lambda: store.page(everything))
    timed("page at offset 500,000", lambda: store.page(everything, offset=500_000))
    timed("page at offset 990,000", lambda: store.page(everything, offset=990_000))
    timed("first page, oldest first", lambda: store.page(everything, descending=False))
    timed("kind = invalid", lambda: store.page(HistoryFilter(kinds={"invalid"})))
    timed("count kind = invalid", lambda: store.count(HistoryFilter(kinds={"invalid"})))
    timed("kinds = invalid, server_error",
          lambda: store.page(HistoryFilter(kinds={"invalid", "server_error"})))
    timed("kinds = accepted, invalid (not selective)",
          lambda: store.page(HistoryFilter(kinds={"accepted", "invalid"})))
    timed("failed only", lambda: store.page(HistoryFilter(failed_only=True)))
    timed("count failed only", lambda: store.count(HistoryFilter(failed_only=True)))
    timed("channel = voice", lambda: store.page(HistoryFilter(channel="voice")))
    timed("text prefix '0a0000000000f4' (~400 ids)",
          lambda: store.page(HistoryFilter(text="0a0000000000f4")))
    timed("text prefix '0A' (matches 70%)", lambda: store.page(HistoryFilter(text="0A")))
    timed("count text prefix '0A'", lambda: store.count(HistoryFilter(text="0A")))
    timed("text contains 'F423F' (full scan)",
          lambda: store.page(HistoryFilter(text="F423F", text_contains=True)))
    timed("date range, one week", lambda: store.page(week))
    timed("count date range, one week", lambda: store.count(week))
    timed("batch filter", lambda: store.page(HistoryFilter(batch_id=5)))
    for column in ("kind", "status", "message_id", "elapsed_ms"):
        timed(f"sort by {column}, first page",
              functools.partial(store.page, everything, sort_column=column))
    print("Checks and export:")
    timed("is_accepted x 10,000", lambda: sum(
        store.is_accepted("sms", sms_id(i * 97)) for i in range(10_000)))
    timed("accepted_among 10,000 ids", lambda: len(store.accepted_among(
        "sms", (sms_id(i * 97) for i in range(10_000)))))
    ten_k = HistoryFilter(date_from="2026-03-01 00:00:00", date_to="2026-03-02 19:11:00")
    timed("count of the export filter", lambda: store.count(ten_k))
    timed("export_csv of ~10,000 rows", lambda: store.export_csv(ten_k, out_dir / "x.csv"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=1_000_000)
    parser.add_argument("--journal", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        path = folder / "history.sqlite3"
        if path.exists():
            print(f"reusing {path}")
            with HistoryStore(path) as store:
                queries(store, folder)
            return
        with HistoryStore(path) as store:
            build(store, args.attempts, args.journal)
        size = path.stat().st_size / 1e6
        print(f"file: {size:.0f} MB")
        with HistoryStore(path) as store:  # fresh connections, as the app after a restart
            queries(store, folder)


if __name__ == "__main__":
    main()
