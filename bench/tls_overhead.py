"""Per-request cost of verifying against the machine's trust store (issue 15), over HTTPS.

Three senders against the simulator behind HTTPS on loopback (a certificate from a root CA
made here with openssl; the simulator and the TLS front each in a process of their own):

- ``plain requests``: ``requests.Session().post(..., verify=CA)``, nothing else;
- ``yesterday's client``: ``ConversionClient`` on a bare ``requests.Session`` (certifi, or
  REQUESTS_CA_BUNDLE, which is how the CA is given to it here);
- ``new client``: ``ConversionClient`` on ``NetworkPlan`` (truststore; the CA reaches
  OpenSSL's store through SSL_CERT_FILE; our adapter and proxy choice on every request).

Each runs with keep-alive (one session: the common case, a batch) and with a new connection
per request (every request pays the TLS handshake and, with truststore on Linux, the loading of
the system store). Prints median, p95 and mean milliseconds per request; asserts nothing.

    .venv/bin/python bench/tls_overhead.py [--requests 300] [--new-connection-requests 60]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.netkit, run from anywhere

from bench.common import SimulatorProcess, demo_credentials, load_average, print_table
from conversion_gui.core.client import ClientConfig, ConversionClient
from conversion_gui.core.conversion import make_conversion
from conversion_gui.core.network import NetworkPlan
from tests.netkit import Issued, TestCA, TlsFront

HOST = "localhost"


def _front(conn: Connection, backend_port: int, cert: str, key: str) -> None:
    """The child: TLS in front of the simulator until told to stop."""
    with TlsFront(backend_port, Issued(Path(cert), Path(key)), max_connections=100_000) as front:
        conn.send(front.port)
        with contextlib.suppress(EOFError):
            conn.recv()


def timed(send: Callable[[int], None], n: int) -> list[float]:
    send(-1)  # warm-up (imports, first connection)
    times = []
    for i in range(n):
        started = time.perf_counter()
        send(i)
        times.append((time.perf_counter() - started) * 1000)
    return times


def row(name: str, times: list[float]) -> list[object]:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return [name, len(times), f"{statistics.median(times):.2f}", f"{p95:.2f}",
            f"{statistics.fmean(times):.2f}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--new-connection-requests", type=int, default=60)
    args = parser.parse_args()
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "REQUESTS_CA_BUNDLE",
                 "CURL_CA_BUNDLE"):
        os.environ.pop(name, None)
    print(f"load average before: {load_average()}")
    with tempfile.TemporaryDirectory() as tmp, SimulatorProcess() as sim:
        ca = TestCA(Path(tmp) / "ca")
        issued = ca.issue(HOST)
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_front, args=(child, sim.port, str(issued.cert),
                                                str(issued.key)), daemon=True)
        proc.start()
        port = int(parent.recv())
        url = f"https://{HOST}:{port}"
        creds = demo_credentials()
        config = ClientConfig(base_url=url)

        os.environ["SSL_CERT_FILE"] = str(ca.cert)
        plan = NetworkPlan.build()  # reads the environment once: SSL_CERT_FILE, no bundle
        print(f"new client verifies against: {plan.trust.description}")

        def conversion(i: int) -> object:
            return make_conversion("sms", f"0ATLS{i:07d}", True, "2026-11-26 10:00:00")

        def plain(session_per_request: bool) -> Callable[[int], None]:
            shared = requests.Session()

            def send(i: int) -> None:
                session = requests.Session() if session_per_request else shared
                reply = session.post(f"{url}/conversions/sms", verify=str(ca.cert),
                                     data={"message-id": f"0AP{i}", "delivered": "true",
                                           "timestamp": "2026-11-26 10:00:00"},
                                     auth=(creds.api_key, creds.api_secret or ""), timeout=10)
                assert reply.status_code == 200, reply.status_code
                if session_per_request:
                    session.close()
            return send

        def client(factory: Callable[[], requests.Session],
                   per_request: bool) -> Callable[[int], None]:
            shared = ConversionClient(config, creds, factory)

            def send(i: int) -> None:
                c = ConversionClient(config, creds, factory) if per_request else shared
                outcome = c.send(conversion(i))  # type: ignore[arg-type]
                assert outcome.accepted, outcome.meaning
                if per_request:
                    c.close()
            return send

        results = []
        for per_request, n in ((False, args.requests), (True, args.new_connection_requests)):
            label = "new connection each" if per_request else "keep-alive"
            results.append(row(f"plain requests, {label}", timed(plain(per_request), n)))
            os.environ["REQUESTS_CA_BUNDLE"] = str(ca.cert)  # how yesterday's client trusts it
            results.append(row(f"yesterday's client, {label}",
                               timed(client(requests.Session, per_request), n)))
            del os.environ["REQUESTS_CA_BUNDLE"]
            results.append(row(f"new client (truststore), {label}",
                               timed(client(plan.session, per_request), n)))
        parent.send("stop")
        proc.join(10)
    print_table(["sender", "requests", "median ms", "p95 ms", "mean ms"], results)
    print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
