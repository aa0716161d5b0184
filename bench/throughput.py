"""How fast a batch goes, next to a plain ``requests.Session`` loop posting the same requests.

Two settings, each against a simulator running in its own process:

(a) 100 ms latency, no rate limit, 16 in flight: the batch engine should reach 90% of the
    ideal 16 / 0.1 s = 160/s, i.e. >= 144 conversions/s. A sequential loop gets ~10/s there.
(b) 0 ms latency, the journal and history really written (a fresh SQLite file, the rows
    journalled with ``create_batch``): the engine should keep >= 80% of what a sequential
    ``requests.Session`` loop does on the same machine in the same run. Concurrency 1, 2, 4
    and 8 are each reported; the target is judged on the best of them, and concurrency 1 is
    shown on its own (the engine's overhead, with no parallelism to hide it).

``--profile`` adds a cProfile of one (b) run: the run thread (journal, queue, flushes) and the
workers (HTTP), each printed separately. Prints figures; asserts nothing.

    .venv/bin/python bench/throughput.py [--rows-a 3000] [--rows-b 5000] [--only a|b]
                                         [--profile [CONCURRENCY]]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import queue
import sys
from typing import Any

from common import (
    BatchTiming,
    SimulatorProcess,
    Timing,
    conversions,
    load_average,
    plain_requests_loop,
    print_table,
    run_batch,
    verdict,
)

from conversion_gui.core.batch import BatchOptions, BatchResult, BatchRunner
from conversion_gui.core.history import BatchRow

TARGET_A = 0.9 * 16 / 0.100   # 144 conversions/s
SHARE_B = 0.80                # of the sequential loop's rate


class ProfiledRunner(BatchRunner):
    """The engine, with the run thread and each worker under its own cProfile."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.run_profile = cProfile.Profile()
        self.worker_profiles: list[cProfile.Profile] = []

    def _worker(self, work: queue.Queue[BatchRow | None], out: queue.Queue[object]) -> None:
        profile = cProfile.Profile()
        profile.enable()
        try:
            super()._worker(work, out)
        finally:
            profile.disable()
            self.worker_profiles.append(profile)

    def run(self) -> BatchResult:
        self.run_profile.enable()
        try:
            return super().run()
        finally:
            self.run_profile.disable()


def _stats_text(profiles: list[cProfile.Profile], sort: str, limit: int) -> str:
    stream = io.StringIO()
    stats = pstats.Stats(profiles[0], stream=stream)
    for more in profiles[1:]:
        stats.add(more)
    stats.strip_dirs().sort_stats(sort).print_stats(limit)
    return stream.getvalue()


def _calls(profile: cProfile.Profile, function: str) -> int:
    """How many times ``batch.py`` itself called a function (by name), from a profile."""
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = 0
    for (_, _, name), (_, _, _, _, callers) in stats.items():
        if name == function:
            total += sum(c[0] if isinstance(c, tuple) else c
                         for (file, _, _), c in callers.items() if file.endswith("batch.py"))
    return total


def row_of(t: Timing, target: float | None, loop: float | None = None) -> list[object]:
    share = f"{100 * t.rate / target:.0f}%" if target else ""
    extra = ""
    if loop:
        extra = f"{100 * t.rate / loop:.0f}% of the loop; "
    if isinstance(t, BatchTiming):
        extra += f"create_batch {t.create_seconds * 1000:.0f} ms"
    if t.ok != t.rows:
        extra += f" ONLY {t.ok} accepted"
    return [t.label, t.rows, f"{t.seconds:.2f}", f"{t.rate:.1f}",
            f"{target:.1f}" if target else "", share, f"{t.cpu_ms_per_row:.3f}", extra.strip()]


HEADERS = ["setting", "rows", "seconds", "rows/s", "target/s", "% of target", "CPU ms/row",
           "notes"]


def part_a(rows: int, loop_rows: int) -> bool:
    print(f"\n(a) 100 ms latency, --rate 0, 16 in flight; target >= {TARGET_A:.0f}/s")
    with SimulatorProcess(latency_ms=100) as sim:
        loop = plain_requests_loop(sim.base_url, conversions(loop_rows, "A-LOOP-"),
                                   "requests.Session loop, sequential")
        batch = run_batch(sim.base_url, conversions(rows, "A-BATCH-"),
                          BatchOptions(rate=0, concurrency=16), "BatchRunner, 16 in flight")
        stats = sim.stats()
    print_table(HEADERS, [row_of(loop, None), row_of(batch, TARGET_A)])
    print(f"  server: {stats.requests} requests, statuses {stats.statuses}, "
          f"{stats.connections} connections")
    ok = batch.rate >= TARGET_A and batch.ok == batch.rows
    print(f"  BatchRunner {batch.rate:.1f}/s vs target {TARGET_A:.0f}/s: {verdict(ok)}"
          f"  ({batch.rate / loop.rate:.1f}x the sequential loop)")
    return ok


def part_b(rows: int, levels: list[int], profile_at: int | None) -> bool:
    print(f"\n(b) 0 ms latency, journal and history written; target >= {SHARE_B:.0%} "
          "of the sequential requests.Session loop")
    with SimulatorProcess(latency_ms=0) as sim:
        plain_requests_loop(sim.base_url, conversions(200, "B-WARM-"))  # warm both sides
        loops = [plain_requests_loop(sim.base_url, conversions(rows, "B-LOOP1-"),
                                     "requests.Session loop (before)")]
        batches: list[BatchTiming] = []
        for c in levels:
            batches.append(run_batch(sim.base_url, conversions(rows, f"B-C{c}-"),
                                     BatchOptions(rate=0, concurrency=c),
                                     f"BatchRunner, concurrency {c}"))
        loops.append(plain_requests_loop(sim.base_url, conversions(rows, "B-LOOP2-"),
                                         "requests.Session loop (after)"))
        profiled: BatchTiming | None = None
        if profile_at is not None:
            profiled = run_batch(sim.base_url, conversions(rows, "B-PROF-"),
                                 BatchOptions(rate=0, concurrency=profile_at),
                                 f"BatchRunner, concurrency {profile_at}, profiled",
                                 runner_class=ProfiledRunner)
        stats = sim.stats()
    baseline = max(loop.rate for loop in loops)  # the stricter comparison
    target = SHARE_B * baseline
    table = [row_of(t, None) for t in loops] + [row_of(t, target, baseline) for t in batches]
    print_table(HEADERS, table)
    print(f"  server: {stats.requests} requests, statuses {stats.statuses}")
    best = max(batches, key=lambda t: t.rate)
    ok = best.rate >= target and all(t.ok == t.rows for t in batches)
    print(f"  baseline (the faster loop) {baseline:.1f}/s, target {target:.1f}/s")
    print(f"  best: {best.label} {best.rate:.1f}/s = {100 * best.rate / baseline:.0f}% "
          f"of the loop: {verdict(ok)}")
    one = next((t for t in batches if t.label.endswith("concurrency 1")), None)
    if one is not None:
        print(f"  concurrency 1: {one.rate:.1f}/s = {100 * one.rate / baseline:.0f}% of the "
              f"loop: {verdict(one.rate >= target)}")
    if profiled is not None and isinstance(profiled.runner, ProfiledRunner):
        r = profiled.runner
        print(f"\n  profiled run: {profiled.rate:.1f}/s under cProfile (slower than unprofiled)")
        n = profiled.rows
        flushes = _calls(r.run_profile, "record_results")
        marks = _calls(r.run_profile, "mark_in_flight")
        waits = _calls(r.run_profile, "get")
        print(f"  run thread, per row: {flushes / n:.2f} record_results (a commit each), "
              f"{marks / n:.2f} mark_in_flight (a commit each), {waits / n:.2f} blocking "
              "out.get calls (a wake-up each)")
        print("\n  --- run thread (journal, queues, flushes), by internal time ---")
        print(_stats_text([r.run_profile], "tottime", 25))
        print("  --- workers (send), by internal time ---")
        print(_stats_text(r.worker_profiles, "tottime", 25))
        print("  --- workers, by cumulative time ---")
        print(_stats_text(r.worker_profiles, "cumulative", 25))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows-a", type=int, default=3000, help="rows for (a) (default 3000)")
    parser.add_argument("--loop-rows-a", type=int, default=50,
                        help="rows for (a)'s sequential loop, ~10/s (default 50)")
    parser.add_argument("--rows-b", type=int, default=5000, help="rows for (b) (default 5000)")
    parser.add_argument("--concurrency", default="1,2,4,8",
                        help="concurrency levels for (b) (default 1,2,4,8)")
    parser.add_argument("--only", choices=["a", "b"], help="run one part only")
    parser.add_argument("--profile", type=int, nargs="?", const=1, default=None,
                        metavar="CONCURRENCY",
                        help="add a cProfiled (b) run at this concurrency (default 1)")
    args = parser.parse_args(argv)
    levels = [int(c) for c in args.concurrency.split(",") if c.strip()]

    print(f"throughput benchmark; Python {sys.version.split()[0]}; "
          f"load average before: {load_average()}")
    results = []
    if args.only in (None, "a"):
        results.append(part_a(args.rows_a, args.loop_rows_a))
    if args.only in (None, "b"):
        results.append(part_b(args.rows_b, levels, args.profile))
    print(f"\nload average after: {load_average()}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
