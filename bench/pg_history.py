"""A team's history on a local PostgreSQL: the History page, a batch, and ``history migrate``.

Needs a server: run it under ``tests/pg_server.sh`` (a throwaway one), or point
``CONVERSION_GUI_TEST_PG`` at a superuser URL of your own (a database is made and dropped).

1. ``history migrate`` of ``--attempts`` (default 1,000,000) from a SQLite history into an
   empty team database (target: under 60 s).
2. Over that team history, what the History page does: its first rows (count + first page,
   on a fresh connection; target 500 ms) and a filter change (target 300 ms), next to the
   same queries on the SQLite file.
3. A ``--rows`` (10,000) batch at 100 ms of latency, 16 in flight, rate unlimited, into the
   team history and into a SQLite history in the same run (target: team >= 90% of SQLite).

Prints figures; asserts nothing.

    bash tests/pg_server.sh .venv/bin/python bench/pg_history.py [--attempts N] [--rows N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from common import SimulatorProcess, conversions, demo_credentials, load_average, verdict
from history_queries import records

from conversion_gui.core.batch import BatchOptions, BatchRunner
from conversion_gui.core.client import ClientConfig, ConversionClient
from conversion_gui.core.history import HistoryFilter, HistoryStore
from conversion_gui.core.history.transfer import transfer


def best_of(n: int, fn: Callable[[], Any]) -> float:
    """The best of ``n`` runs, in ms (a first run also pays for the planner and the cache)."""
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def first_rows(location: str | Path) -> float:
    """What the History page does on opening: connect, count, first 100 rows (ms)."""
    started = time.perf_counter()
    with HistoryStore(location) as store:
        store.count(HistoryFilter())
        store.page(HistoryFilter(), limit=100)
    return (time.perf_counter() - started) * 1000


FILTERS = {
    "outcome = invalid": HistoryFilter(kinds={"invalid"}),
    "failed only": HistoryFilter(failed_only=True),
    "channel = voice, one week": HistoryFilter(channel="voice", date_from="2026-03-01",
                                               date_to="2026-03-07"),
    "message-id starts with 0A0000000F4": HistoryFilter(text="0A0000000F4"),
    "sent by one desk": HistoryFilter(sent_by="bench@desk-2"),
}


def filter_change(store: HistoryStore, flt: HistoryFilter) -> float:
    """A filter change: its count and its first page (ms), the count cache cleared."""
    def run() -> None:
        store._local.__dict__.get("count_cache", {}).clear()
        store.count(flt)
        store.page(flt, limit=100)
    return best_of(3, run)


def batch_rate(location: str | Path, base_url: str, rows: int, label: str) -> float:
    with HistoryStore(location) as store:
        prefix = "".join(c for c in label.upper() if c.isalnum())
        batch = store.create_batch(f"{label}.csv", f"{label:0>64}"[:64],
                                   {"account": "bench", "base_url": base_url},
                                   {"total": rows}, conversions(rows, prefix))
        with ConversionClient(ClientConfig(base_url=base_url), demo_credentials()) as client:
            runner = BatchRunner(client, store, batch, BatchOptions(rate=0, concurrency=16))
            started = time.perf_counter()
            result = runner.run()
            seconds = time.perf_counter() - started
        assert result.accepted == rows, result
    return rows / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    admin = os.environ.get("CONVERSION_GUI_TEST_PG")
    if not admin:
        print("no server: run under tests/pg_server.sh or set CONVERSION_GUI_TEST_PG")
        return 2
    name = f"bench_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = psycopg.conninfo.make_conninfo(admin, dbname=name)
    team = "postgresql://" + admin.split("://", 1)[1].replace("/postgres?", f"/{name}?", 1)
    print(f"load average before: {load_average()}")
    try:
        with tempfile.TemporaryDirectory(prefix="bench-pg-") as tmp:
            local = Path(tmp) / "history.sqlite3"
            with HistoryStore(local) as store:
                started = time.perf_counter()
                batches = [store.create_batch(f"b{i}.csv", f"{i:064x}", {}, {}, [])
                           for i in range(20)]
                chunk = []
                for i, record in enumerate(records(args.attempts, batches, random.Random(7))):
                    chunk.append(record.__class__(**{
                        **{f: getattr(record, f) for f in record.__slots__},  # type: ignore[attr-defined]
                        "sent_by": f"bench@desk-{i % 5}"}))
                    if len(chunk) >= 50_000:
                        store.record_attempts(chunk)
                        chunk.clear()
                store.record_attempts(chunk)
                print(f"built a SQLite history of {args.attempts:,} attempts in "
                      f"{time.perf_counter() - started:.1f} s")
                with HistoryStore(team) as target:
                    started = time.perf_counter()
                    transfer(store, target)
                    migrate_s = time.perf_counter() - started
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute("VACUUM ANALYZE")
                    conn.execute("CHECKPOINT")  # the copy's dirty pages written out now
            print(f"\n1. history migrate of {args.attempts:,} attempts SQLite -> PostgreSQL: "
                  f"{migrate_s:.1f} s ({args.attempts / migrate_s:,.0f} attempts/s)  "
                  f"target < 60 s: {verdict(migrate_s < 60)}")

            print(f"\n2. History page over {args.attempts:,} attempts (ms; best of 3 for "
                  "filters; first rows = connect + count + first 100 rows)")
            rows_pg = min(first_rows(team) for _ in range(3))
            rows_sq = min(first_rows(local) for _ in range(3))
            print(f"  first rows            team {rows_pg:8.1f}   sqlite {rows_sq:8.1f}   "
                  f"target 500: {verdict(rows_pg < 500)}")
            worst = 0.0
            with HistoryStore(team) as pg_store, HistoryStore(local) as sq_store:
                for label, flt in FILTERS.items():
                    a, b = filter_change(pg_store, flt), filter_change(sq_store, flt)
                    worst = max(worst, a)
                    print(f"  {label:<36} team {a:8.1f}   sqlite {b:8.1f}")
            print(f"  slowest filter change on the team history: {worst:.1f} ms  "
                  f"target 300: {verdict(worst < 300)}")

            print(f"\n3. a {args.rows:,}-row batch, 100 ms latency, 16 in flight, no rate limit "
                  "(each twice, in turn; the better of each)")
            sq = pg = 0.0
            with SimulatorProcess(latency_ms=100) as sim:
                for n in range(2):
                    sq = max(sq, batch_rate(Path(tmp) / f"batch{n}.sqlite3", sim.base_url,
                                            args.rows, f"sqlite{n}"))
                    pg = max(pg, batch_rate(team, sim.base_url, args.rows, f"team{n}"))
            print(f"  sqlite {sq:8.1f} rows/s   team {pg:8.1f} rows/s   team/sqlite "
                  f"{pg / sq:6.1%}  target >= 90%: {verdict(pg >= 0.9 * sq)}")
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"\nload average after: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
