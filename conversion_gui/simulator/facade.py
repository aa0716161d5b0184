"""The simulator as callers use it: start, stop, faults, accounts, records; and its command."""

from __future__ import annotations

import contextlib
import random
import socket
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from conversion_gui.core.conversion import Channel
from conversion_gui.core.network import is_loopback

from .accounts import DEMO_ACCOUNT, DEMO_CREDENTIALS_NOTE, SimulatorAccount, default_accounts
from .faults import Dice, Faults
from .handler import RequestRecord, Server, Server6

DEFAULT_PORT = 8765


class Simulator:
    """The server, its accounts, its faults and its records. Thread-safe."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        accounts: Iterable[SimulatorAccount] | None = None,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not is_loopback(host):
            raise ValueError(f"the simulator only listens on this machine, not on {host!r}")
        self.host = host
        self._requested_port = port
        self._accounts = {a.api_key: a for a in (accounts or default_accounts())}
        self._faults = faults or Faults()
        self._random = random.Random(self._faults.seed)
        self._clock = clock
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: dict[int, tuple[socket.socket, threading.Thread]] = {}
        self._connection_count = 0
        self._last_connection_id = 0
        self._records: list[RequestRecord] = []
        self._accepted: dict[Channel, Counter[str]] = {c: Counter() for c in Channel}
        self._leaks = 0
        self._windows: dict[str, deque[float]] = {}

    # -- life cycle --

    def start(self) -> Simulator:
        if self._server is not None:
            return self
        self._stopping = threading.Event()  # a stopped simulator can start again
        server_class = Server6 if ":" in self.host else Server
        self._server = server_class((self.host, self._requested_port), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.5},
            name=f"simulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and drop every connection; hanging requests end without an answer."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        # shutdown() waits for the accept loop to wake up (every poll interval); a throwaway
        # connection wakes it at once, so a test's teardown does not sit out the interval.
        stopper = threading.Thread(target=server.shutdown, daemon=True)
        stopper.start()
        while stopper.is_alive():
            with contextlib.suppress(OSError), socket.create_connection(
                (self.host, int(server.server_address[1])), timeout=1
            ):
                pass
            stopper.join(0.01)
        server.server_close()
        with self._lock:
            still_open = list(self._connections.values())
        for sock, _ in still_open:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        # Every handler has been woken (sleeps end on _stopping, reads on the shutdown): wait a
        # moment so what they record is there when stop() returns, but never for long.
        deadline = time.monotonic() + 2.0
        for _, thread in still_open:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the simulator is not running: call start() first")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    # -- configuration --

    @property
    def faults(self) -> Faults:
        return self._faults

    def set_faults(self, faults: Faults) -> None:
        """Takes effect from the next request; a seed restarts the fault sequence."""
        with self._lock:
            self._faults = faults
            self._random = random.Random(faults.seed)

    def add_account(self, account: SimulatorAccount) -> None:
        with self._lock:
            self._accounts = self._accounts | {account.api_key: account}

    # -- records --

    def records(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    def accepted(self, channel: Channel | str | None = None) -> Counter[str]:
        """How many times each message-id was accepted (200), on one channel or both."""
        with self._lock:
            if channel is None:
                total: Counter[str] = Counter()
                for counts in self._accepted.values():
                    total.update(counts)
                return total
            return Counter(self._accepted[Channel(channel)])

    def status_counts(self) -> Counter[int | None]:
        """Requests by status answered; None counts those that got no answer."""
        with self._lock:
            return Counter(r.status for r in self._records)

    def max_requests_in_window(self, window: float = 1.0) -> int:
        """The most requests that arrived within any sliding ``window`` seconds."""
        with self._lock:
            times = sorted(r.at for r in self._records)
        best = 0
        end = 0
        for start, t in enumerate(times):
            while end < len(times) and times[end] < t + window:
                end += 1
            best = max(best, end - start)
        return best

    @property
    def url_credential_leaks(self) -> int:
        """Requests that carried a credential in the URL (a client must never do that)."""
        with self._lock:
            return self._leaks

    @property
    def connections_opened(self) -> int:
        """TCP connections accepted since the start or the last reset_records()."""
        with self._lock:
            return self._connection_count

    def reset_records(self) -> None:
        with self._lock:
            self._records.clear()
            for counts in self._accepted.values():
                counts.clear()
            self._leaks = 0
            self._connection_count = 0
            self._windows.clear()

    # -- for the handler --

    def _opened(self, sock: socket.socket) -> int:
        with self._lock:
            if not self._stopping.is_set():  # stop()'s own wake-up calls do not count
                self._connection_count += 1
            self._last_connection_id += 1
            conn_id = self._last_connection_id
            self._connections[conn_id] = (sock, threading.current_thread())
            return conn_id

    def _closed(self, conn_id: int) -> None:
        with self._lock:
            self._connections.pop(conn_id, None)

    def _pause(self, seconds: float) -> bool:
        """Sleep in the handler thread; True if stop() cut it short."""
        if seconds <= 0:
            return self._stopping.is_set()
        return self._stopping.wait(seconds)

    def _roll(self, faults: Faults) -> Dice:
        with self._lock:
            r = self._random
            draws = [r.random() for _ in range(5)]
        return Dice(
            reset=draws[0] < faults.reset_rate,
            hang=draws[1] < faults.hang_rate,
            error=(500 if draws[3] < 0.5 else 503) if draws[2] < faults.error_rate else None,
            throttle=draws[4] < faults.throttle_rate,
        )

    def _over_limit(self, api_key: str, now: float, limit: float) -> bool:
        if limit <= 0:
            return False
        with self._lock:
            window = self._windows.setdefault(api_key, deque())
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= limit:
                return True
            window.append(now)
            return False

    def _count_leak(self) -> None:
        with self._lock:
            self._leaks += 1

    def _accept(self, channel: Channel, message_id: str) -> None:
        with self._lock:
            self._accepted[channel][message_id] += 1

    def _add_record(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)


# --- the command line's face ---------------------------------------------------------------


def serve_forever(
    port: int = DEFAULT_PORT,
    faults: Faults | None = None,
    *,
    host: str = "127.0.0.1",
    accounts: Iterable[SimulatorAccount] | None = None,
    out: TextIO | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Serve until Ctrl+C (or ``stop`` is set); the exit status: 0, or 2 if it cannot listen.

    Prints the base URL and the demo API key, never a secret.
    """
    stream = out if out is not None else sys.stdout
    try:
        sim = Simulator(host, port, accounts, faults).start()
    except (OSError, ValueError) as exc:
        print(f"cannot start the simulator on {host}:{port}: {exc}", file=stream, flush=True)
        return 2
    done = stop if stop is not None else threading.Event()
    try:
        for line in _banner(sim):
            print(line, file=stream)
        stream.flush()
        while not done.wait(0.25):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    print("simulator stopped", file=stream, flush=True)
    return 0


def _banner(sim: Simulator) -> Iterator[str]:
    yield f"Conversion API simulator listening on {sim.base_url}"
    yield "  POST /conversions/sms and /conversions/voice"
    yield f"Demo API key: {DEMO_ACCOUNT.api_key} (signature method {DEMO_ACCOUNT.signature_method})"
    yield DEMO_CREDENTIALS_NOTE
    yield f"Faults: {sim.faults.describe()}"
    yield ("Message-ids sim-401, sim-402, sim-423, sim-429, sim-503 ... force that answer; "
           "sim-reset and sim-hang too.")
    yield "Press Ctrl+C to stop."

