"""Nothing lost, nothing sent twice beyond what was in flight: the CLI killed, or its history
locked by another program, in the middle of a batch.

A 2,000-row batch through the command line (``conversion-gui batch FILE --resume``, each run a
subprocess) against the simulator in a process of its own (8 in flight, 20 ms latency):

* killed with SIGKILL at three points (10%, 50%, 90% of the rows accepted), then resumed with
  ``--resume`` to its end;
* run once more while another process holds the history's write lock (``BEGIN EXCLUSIVE``)
  for 12 s from 30% of the rows.

Lost and sent-twice counts come from the simulator's own records (how many times each
message-id was accepted). Targets (issue 8): lost 0 and at most 8 sent twice at each point;
with the lock, nothing lost, at most 8 sent twice and no internal error. Prints figures,
asserts nothing.

    .venv/bin/python bench/crash_resume.py [--rows 2000] [--concurrency 8] [--latency-ms 20]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from common import load_average, print_table, verdict

from conversion_gui.simulator import DEMO_ACCOUNT, Faults, Simulator

ROOT = Path(__file__).resolve().parents[1]


def _serve(conn: Connection, latency_ms: float) -> None:
    """The simulator's process: serves, and answers "accepted" with its own counts."""
    sim = Simulator(faults=Faults(latency_ms=latency_ms)).start()
    conn.send(sim.port)
    try:
        while True:
            command = conn.recv()
            if command == "accepted":
                conn.send(dict(sim.accepted()))
            elif command == "requests":
                conn.send(len(sim.records()))
            else:
                break
    except EOFError:
        pass
    finally:
        sim.stop()


class Server:
    def __init__(self, latency_ms: float) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, latency_ms), daemon=True)
        self._proc.start()
        child.close()
        self.base_url = f"http://127.0.0.1:{self._conn.recv()}"

    def ask(self, command: str) -> Any:
        self._conn.send(command)
        return self._conn.recv()

    def accepted(self) -> Counter[str]:
        return Counter(self.ask("accepted"))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._conn.send("stop")
        self._proc.join(10)


def write_csv(path: Path, ids: list[str]) -> None:
    path.write_text("message-id,delivered,timestamp\n"
                    + "".join(f"{i},true,2026-01-01 10:00:00\n" for i in ids), encoding="utf-8")


def cli(data: Path, csv_file: Path, server: Server, concurrency: int) -> list[str]:
    return [sys.executable, "-m", "conversion_gui", "batch", str(csv_file), "--resume",
            "--channel", "sms", "--base-url", server.base_url, "--rate", "0",
            "--concurrency", str(concurrency), "--data-dir", str(data)]


def env() -> dict[str, str]:
    values = {k: v for k, v in os.environ.items()
              if not k.startswith(("VONAGE_", "CONVERSION_GUI_", "PYTHON_KEYRING"))}
    values.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                  VONAGE_API_KEY=DEMO_ACCOUNT.api_key, VONAGE_API_SECRET=DEMO_ACCOUNT.api_secret)
    return values


def in_flight(data: Path) -> int:
    with contextlib.closing(sqlite3.connect(data / "history.sqlite3")) as conn:
        return int(conn.execute(
            "SELECT count(*) FROM batch_rows WHERE state = 'in_flight'").fetchone()[0])


def wait_accepted(server: Server, n: int, proc: subprocess.Popen[str], limit: float = 120,
                  ) -> None:
    deadline = time.monotonic() + limit
    while sum(server.accepted().values()) < n and proc.poll() is None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"fewer than {n} rows accepted within {limit:.0f} s")
        time.sleep(0.002)


def killed_at(share: float, args: argparse.Namespace, work: Path) -> list[object]:
    server = Server(args.latency_ms)
    try:
        data, csv_file = work / f"kill{share:.0%}", work / f"kill{share:.0%}.csv"
        ids = [f"K{int(share * 100):02d}-{i:06d}" for i in range(args.rows)]
        write_csv(csv_file, ids)
        command = cli(data, csv_file, server, args.concurrency)
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, env=env())
        wait_accepted(server, int(share * args.rows), proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        at_kill = sum(server.accepted().values())
        journal_in_flight = in_flight(data)
        started = time.monotonic()
        resumed = subprocess.run(command, capture_output=True, text=True, env=env(),
                                 timeout=300, check=False)
        took = time.monotonic() - started
        accepted = server.accepted()
    finally:
        server.close()
    lost = sum(1 for i in ids if accepted[i] == 0)
    twice = sum(n - 1 for n in accepted.values() if n > 1)
    ok = lost == 0 and twice <= args.concurrency and resumed.returncode == 0
    return [f"SIGKILL at {share:.0%}", at_kill, journal_in_flight,
            f"exit {resumed.returncode}, {took:.1f} s", lost, twice, verdict(ok)]


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], timeout=60, isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def locked(args: argparse.Namespace, work: Path) -> list[object]:
    server = Server(args.latency_ms)
    try:
        data, csv_file = work / "locked", work / "locked.csv"
        ids = [f"L-{i:06d}" for i in range(args.rows)]
        write_csv(csv_file, ids)
        command = cli(data, csv_file, server, args.concurrency)
        started = time.monotonic()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env())
        wait_accepted(server, int(0.3 * args.rows), proc)
        locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(data / "history.sqlite3"),
                                   str(args.lock_seconds)], stdout=subprocess.PIPE, text=True)
        assert locker.stdout is not None
        locker.stdout.readline()
        at_lock = server.ask("requests")
        time.sleep(args.lock_seconds - 0.5)
        during = server.ask("requests") - at_lock  # sent while nothing could be recorded
        locker.wait(60)
        out, err = proc.communicate(timeout=300)
        took = time.monotonic() - started
        accepted = server.accepted()
    finally:
        server.close()
    lost = sum(1 for i in ids if accepted[i] == 0)
    twice = sum(n - 1 for n in accepted.values() if n > 1)
    internal = "internal error" in out + err or "Traceback" in out + err
    ok = lost == 0 and twice <= args.concurrency and proc.returncode == 0 and not internal
    return [f"history locked {args.lock_seconds:g} s at 30%", f"{during} sent while locked", "-",
            f"exit {proc.returncode}, {took:.1f} s in all{', INTERNAL ERROR' if internal else ''}",
            lost, twice, verdict(ok)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--lock-seconds", type=float, default=12.0)
    args = parser.parse_args(argv)
    print(f"crash and lock; Python {sys.version.split()[0]}; load average before: "
          f"{load_average()}")
    print(f"{args.rows} rows through the CLI, {args.concurrency} in flight, "
          f"{args.latency_ms:g} ms latency; counts from the simulator's own records")
    rows = []
    with tempfile.TemporaryDirectory(prefix="crash-resume-") as tmp:
        work = Path(tmp)
        for share in (0.1, 0.5, 0.9):
            rows.append(killed_at(share, args, work))
        rows.append(locked(args, work))
    print_table(["scenario", "accepted at kill / during lock", "in flight in journal",
                 "resume", "lost", "sent twice", f"verdict (0 lost, <= {args.concurrency})"],
                rows)
    print(f"load average after: {load_average()}")
    return 0 if all(r[-1] == verdict(True) for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
