"""Why a batch beats a shell loop: ``conversion-gui send`` once per conversion, versus one client.

Issue 2's figure. Against the same simulator (its own process, 0 ms latency):

* ``python -m conversion_gui send ...`` run N times (default 30), a new process each time, as
  a script looping over a file would; credentials from VONAGE_API_KEY / VONAGE_API_SECRET (the
  simulator's demo account), one data folder for all of them (the history is written, as
  for a user).
* ``ConversionClient`` reused in one process, N times (default 1000), sequential.

Also shown, to say where a process's time goes: an interpreter start plus
``conversion-gui --version`` (the CLI imports what it needs lazily), and the client in one
process with the history written after each send (what ``send`` does, without the start-up).
Prints both rates and their ratio; asserts nothing.

    .venv/bin/python bench/send_loop.py [--processes 30] [--requests 1000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    TIMESTAMP,
    SimulatorProcess,
    Timing,
    client_loop,
    conversions,
    demo_credentials,
    load_average,
    print_table,
)

from conversion_gui.core.client import ClientConfig, ConversionClient
from conversion_gui.core.history import HistoryStore

ENV_DROP = ("VONAGE_API_KEY", "VONAGE_API_SECRET", "VONAGE_SIGNATURE_SECRET",
            "VONAGE_SIGNATURE_METHOD", "CONVERSION_GUI_DATA_DIR")


def child_env() -> dict[str, str]:
    creds = demo_credentials()
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROP}
    env["VONAGE_API_KEY"] = creds.api_key
    env["VONAGE_API_SECRET"] = creds.api_secret or ""
    return env


def process_loop(base_url: str, n: int, data_dir: Path) -> Timing:
    env = child_env()
    ok = 0
    failures: list[str] = []
    started = time.perf_counter()
    for i in range(n):
        proc = subprocess.run(
            [sys.executable, "-m", "conversion_gui", "send", "--base-url", base_url,
             "--channel", "sms", "--message-id", f"PROC-{i:06d}", "--delivered",
             "--timestamp", TIMESTAMP, "--data-dir", str(data_dir)],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )
        if proc.returncode == 0:
            ok += 1
        elif len(failures) < 3:
            failures.append(f"exit {proc.returncode}: {(proc.stderr or proc.stdout).strip()}")
    timing = Timing("conversion-gui send, a process each", n, time.perf_counter() - started, ok)
    timing.notes.extend(failures)
    return timing


def startup_loop(n: int) -> Timing:
    started = time.perf_counter()
    ok = 0
    for _ in range(n):
        proc = subprocess.run([sys.executable, "-m", "conversion_gui", "--version"],
                              capture_output=True, timeout=60, check=False)
        ok += proc.returncode == 0
    return Timing("start-up only (conversion-gui --version)", n,
                  time.perf_counter() - started, ok)


def client_with_history(base_url: str, n: int, data_dir: Path) -> Timing:
    ok = 0
    with HistoryStore(data_dir / "history.sqlite3") as store, \
            ConversionClient(ClientConfig(base_url=base_url), demo_credentials()) as client:
        started = time.perf_counter()
        for _, conversion in conversions(n, "HIST-"):
            outcome = client.send(conversion)
            store.record_single(conversion, outcome, profile="bench", base_url=base_url)
            ok += outcome.accepted
        seconds = time.perf_counter() - started
    return Timing("ConversionClient + history, one process", n, seconds, ok)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=30,
                        help="conversion-gui send runs (default 30)")
    parser.add_argument("--requests", type=int, default=1000,
                        help="sends through one reused ConversionClient (default 1000)")
    args = parser.parse_args(argv)

    print(f"send loop vs reused client; Python {sys.version.split()[0]}; "
          f"load average before: {load_average()}")
    with SimulatorProcess(latency_ms=0) as sim, \
            tempfile.TemporaryDirectory(prefix="bench-send-") as tmp:
        procs = process_loop(sim.base_url, args.processes, Path(tmp) / "cli")
        startup = startup_loop(min(args.processes, 10))
        client_loop(sim.base_url, conversions(100, "WARM-"))
        client = client_loop(sim.base_url, conversions(args.requests, "CLIENT-"),
                             "ConversionClient reused, one process")
        history = client_with_history(sim.base_url, args.requests, Path(tmp))
        stats = sim.stats()

    rows = []
    for t in (procs, client, startup, history):
        rows.append([t.label, t.rows, f"{t.seconds:.2f}", f"{t.rate:.1f}",
                     f"{1000 * t.seconds / t.rows:.2f}",
                     "" if t.ok == t.rows else f"only {t.ok} ok"])
    print_table(["setting", "runs", "seconds", "per second", "ms each", "notes"], rows)
    for note in procs.notes:
        print(f"  send failed: {note}")
    print(f"  server: {stats.requests} requests, statuses {stats.statuses}")
    print(f"\n  conversion-gui send in a loop: {procs.rate:.1f}/s; one ConversionClient: "
          f"{client.rate:.1f}/s; ratio {client.rate / procs.rate:.0f}x")
    print(f"load average after: {load_average()}")
    return 0 if procs.ok == procs.rows and client.ok == client.rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
