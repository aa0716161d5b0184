"""What the send benchmarks share: a simulator in its own process, the rows, the two senders.

The simulator runs in a child process so the client being measured does not share its GIL
with the server: on one interpreter the server's threads would slow the client down and the
figures would say more about the server than about us. The child answers questions over a
pipe (its own records, e.g. the most requests seen in any one-second window), and stops when
told to.

Not a test and not part of the app: helpers for ``bench/*.py`` only.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import socket
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import requests

from conversion_gui.core.batch import BatchOptions, BatchResult, BatchRunner
from conversion_gui.core.client import ClientConfig, ConversionClient, Credentials
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import HistoryStore
from conversion_gui.simulator import DEMO_ACCOUNT, Faults, Simulator

TIMESTAMP = "2026-11-26 10:00:00"


# --- the simulator, in a process of its own --------------------------------------------------


@dataclass(frozen=True)
class ServerStats:
    """What the server saw, from its own records."""

    requests: int
    max_in_window: int        # most requests that arrived within any one-second window
    statuses: dict[str, int]  # status (as text; "none" for no answer) -> requests
    first_at: float | None    # arrival times, the server's monotonic clock
    last_at: float | None
    connections: int

    @property
    def arrival_rate(self) -> float:
        """Requests per second between the first and the last arrival."""
        if self.first_at is None or self.last_at is None or self.requests < 2:
            return 0.0
        span = self.last_at - self.first_at
        return (self.requests - 1) / span if span > 0 else 0.0


def _serve(conn: Connection, faults: dict[str, Any]) -> None:
    """The child: serve until told to stop, answering questions about the records."""
    sim = Simulator(faults=Faults(**faults)).start()
    conn.send(sim.port)
    try:
        while True:
            command, arg = conn.recv()
            if command == "stats":
                records = sim.records()
                times = [r.at for r in records]
                statuses: dict[str, int] = {}
                for status, n in sim.status_counts().items():
                    statuses[str(status).lower()] = n
                conn.send(ServerStats(
                    requests=len(records),
                    max_in_window=sim.max_requests_in_window(float(arg)),
                    statuses=statuses,
                    first_at=min(times) if times else None,
                    last_at=max(times) if times else None,
                    connections=sim.connections_opened,
                ))
            elif command == "reset":
                sim.reset_records()
                conn.send(True)
            else:  # "stop"
                break
    except EOFError:  # the parent went away
        pass
    finally:
        sim.stop()


class SimulatorProcess:
    """``with SimulatorProcess(latency_ms=100) as sim:`` a simulator serving on loopback."""

    def __init__(self, **faults: Any) -> None:
        self._faults = faults
        self._conn: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self.port = 0

    def __enter__(self) -> SimulatorProcess:
        ctx = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited threads
        parent, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child, self._faults), daemon=True,
                                    name="bench-simulator")
        self._process.start()
        child.close()
        self._conn = parent
        try:
            if not parent.poll(30):
                raise RuntimeError("the simulator process did not start within 30 s")
            self.port = int(parent.recv())
        except EOFError:
            raise RuntimeError("the simulator process exited at start (see above)") from None
        deadline = time.monotonic() + 10
        while True:  # it said its port; make sure it accepts connections too
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.reset()  # the probe above is not a request, but start from a clean slate anyway
        return self

    def __exit__(self, *exc: object) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(("stop", None))
            self._conn.close()
            self._conn = None
        if self._process is not None:
            self._process.join(10)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(5)
            self._process = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _ask(self, command: str, arg: object = None) -> Any:
        if self._conn is None:
            raise RuntimeError("the simulator process is not running")
        self._conn.send((command, arg))
        return self._conn.recv()

    def stats(self, window: float = 1.0) -> ServerStats:
        return self._ask("stats", window)  # type: ignore[no-any-return]

    def reset(self) -> None:
        self._ask("reset")


# --- rows and senders ------------------------------------------------------------------------


def demo_credentials() -> Credentials:
    return Credentials(DEMO_ACCOUNT.api_key, DEMO_ACCOUNT.api_secret,
                       DEMO_ACCOUNT.signature_secret, DEMO_ACCOUNT.signature_method)


def conversions(n: int, prefix: str) -> list[tuple[int, Conversion]]:
    """(file line, conversion) as a journalled file would give them; every one valid."""
    return [
        (i + 2, Conversion(Channel.SMS, f"{prefix}{i:010d}", i % 2 == 0, TIMESTAMP))
        for i in range(n)
    ]


@dataclass
class Timing:
    label: str
    rows: int
    seconds: float
    ok: int                   # answered 200
    cpu_seconds: float = 0.0  # this process's CPU time (all threads); the server's not included
    notes: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_ms_per_row(self) -> float:
        """Less sensitive than the rate to other load on the machine."""
        return 1000 * self.cpu_seconds / self.rows if self.rows else 0.0


def plain_requests_loop(base_url: str, rows: Sequence[tuple[int, Conversion]],
                        label: str = "requests.Session loop") -> Timing:
    """The floor to compare with: one Session, one request after another, nothing recorded.

    The same endpoint, body and Basic auth as ``ConversionClient`` sends.
    """
    creds = demo_credentials()
    auth = (creds.api_key, creds.api_secret or "")
    ok = 0
    with requests.Session() as session:
        started, cpu = time.perf_counter(), time.process_time()
        for _, conversion in rows:
            response = session.post(f"{base_url}/conversions/{conversion.channel.value}",
                                    data=conversion.params(), auth=auth, timeout=(5, 15),
                                    allow_redirects=False)
            ok += response.status_code == 200
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return Timing(label, len(rows), seconds, ok, cpu)


def client_loop(base_url: str, rows: Sequence[tuple[int, Conversion]],
                label: str = "ConversionClient loop") -> Timing:
    """``ConversionClient`` reused, sequential, nothing recorded."""
    ok = 0
    with ConversionClient(ClientConfig(base_url=base_url), demo_credentials()) as client:
        started, cpu = time.perf_counter(), time.process_time()
        for _, conversion in rows:
            ok += client.send(conversion).accepted
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return Timing(label, len(rows), seconds, ok, cpu)


@dataclass
class BatchTiming(Timing):
    create_seconds: float = 0.0
    result: BatchResult | None = None
    runner: BatchRunner | None = None


def run_batch(
    base_url: str,
    rows: Sequence[tuple[int, Conversion]],
    options: BatchOptions,
    label: str,
    runner_class: type[BatchRunner] = BatchRunner,
) -> BatchTiming:
    """A real batch: a fresh history file, ``create_batch`` journals the rows, ``run()`` sends.

    ``seconds`` times ``run()`` (the send phase, journal and history writes included);
    ``create_seconds`` the journalling before it.
    """
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp, \
            HistoryStore(Path(tmp) / "history.sqlite3") as store:
        t0 = time.perf_counter()
        batch_id = store.create_batch(
            "bench.csv", "be" * 32, {"profile": "bench", "base_url": base_url,
                                     "rate": options.rate},
            {"total": len(rows), "valid": len(rows)}, rows,
        )
        create_seconds = time.perf_counter() - t0
        with ConversionClient(ClientConfig(base_url=base_url), demo_credentials()) as client:
            runner = runner_class(client, store, batch_id, options)
            started, cpu = time.perf_counter(), time.process_time()
            result = runner.run()
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        recorded = store.row_counts(batch_id)
    timing = BatchTiming(label, len(rows), seconds, result.accepted, cpu,
                         create_seconds=create_seconds, result=result, runner=runner)
    if result.accepted != len(rows):
        timing.notes.append(f"journal: {recorded}")
    return timing


# --- printing --------------------------------------------------------------------------------


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"
