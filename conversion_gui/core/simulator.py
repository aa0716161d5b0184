"""A local stand-in for the Conversion API, for sandbox mode, tests and benchmarks.

It answers as DESIGN.md section 2 says the real API does (endpoints, bodies, the three ways of
authenticating, parameter checks, status codes), can misbehave on purpose (latency, 5xx pages,
429 with Retry-After, connection resets, hangs, a per-key rate limit) and records what it saw, so
a test can check what a client really sent and a benchmark can check how fast it sent it.

Some message-ids force an answer, so the GUI and the tests can show every outcome on demand:

- ``sim-NNN`` (NNN from 200 to 599, e.g. ``sim-402``, ``sim-423``, ``sim-429``, ``sim-503``):
  answered with status NNN once the credentials have been checked. ``sim-429`` carries a
  ``Retry-After``, a ``sim-5xx`` an HTML error page, a ``sim-30x`` a ``Location`` that a client
  must not follow. ``sim-200`` is accepted like any valid id.
- ``sim-reset``: the connection is reset (TCP RST) without an answer.
- ``sim-hang``: no answer for ``Faults.hang_seconds``, so a client hits its read timeout.

Only loopback addresses are served: the simulator accepts well-known demo credentials.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hmac
import json
import math
import random
import re
import socket
import socketserver
import struct
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO, cast
from urllib.parse import parse_qsl, urlsplit

from .client import is_loopback
from .conversion import API_TIME_FORMAT, Channel
from .signing import SignatureMethod, verify

DEFAULT_PORT = 8765
MAX_BODY_BYTES = 64 * 1024
IDLE_TIMEOUT = 120.0  # seconds an idle keep-alive connection is kept open

JSON_CONTENT_TYPES = frozenset(
    {
        "application/json",
        "application/jsonrequest",
        "application/x-javascript",
        "text/json",
        "text/javascript",
        "text/x-javascript",
        "text/x-json",
    }
)
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
CREDENTIAL_FIELDS = frozenset({"api_key", "api_secret", "sig"})
_SECRET_FIELDS = frozenset({"api_secret", "sig"})
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
_FORCED = re.compile(r"^sim-(\d{3})$")
_DELIVERED = frozenset({"true", "false", "1", "0"})
_PATHS = {"/conversions/sms": Channel.SMS, "/conversions/voice": Channel.VOICE}
_REASONS = {420: "Invalid Parameters", 422: "Invalid Parameters", 423: "Invalid Parameters"}
_TEXTS = {
    200: "",
    401: "Wrong credentials",
    402: "Conversion has not been enabled for your account",
    420: "Invalid parameters",
    422: "Invalid parameters",
    423: "Invalid parameters",
    429: "Too many requests",
}


# --- accounts ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SimulatorAccount:
    """An account the simulator knows; the secrets stay out of ``repr``."""

    api_key: str
    api_secret: str = field(repr=False)
    signature_secret: str = field(repr=False)
    signature_method: SignatureMethod = SignatureMethod.SHA256
    enabled: bool = True


# Public demo values, not secrets: sandbox mode and training use them, and they work nowhere but
# here (the simulator only listens on loopback).
_DEMO_SECRET = "sandbox-demo-secret"  # noqa: S105
_DEMO_SIGNATURE_SECRET = "sandbox-demo-signature-secret"  # noqa: S105

DEMO_ACCOUNT = SimulatorAccount("sandbox-demo", _DEMO_SECRET, _DEMO_SIGNATURE_SECRET)
"""The sandbox account: signature method sha256."""

DISABLED_ACCOUNT = SimulatorAccount(
    "sandbox-disabled", _DEMO_SECRET, _DEMO_SIGNATURE_SECRET, enabled=False
)
"""Valid credentials on an account without the Conversion API: every request answers 402."""

SIGNATURE_ACCOUNTS: dict[SignatureMethod, SimulatorAccount] = {
    method: (
        DEMO_ACCOUNT
        if method is DEMO_ACCOUNT.signature_method
        else SimulatorAccount(f"sandbox-{method.value}", _DEMO_SECRET, _DEMO_SIGNATURE_SECRET,
                              method)
    )
    for method in SignatureMethod
}
"""One demo account per signature method (an account has exactly one, as at Vonage)."""

DEMO_CREDENTIALS_NOTE = (
    "The demo secrets are not printed: sandbox mode (conversion-gui --sandbox) fills them in, "
    "and they are DEMO_ACCOUNT in conversion_gui/core/simulator.py."
)


def default_accounts() -> list[SimulatorAccount]:
    """The demo account, one account per signature method, and a disabled account."""
    accounts = [DEMO_ACCOUNT, DISABLED_ACCOUNT]
    accounts += [a for a in SIGNATURE_ACCOUNTS.values() if a is not DEMO_ACCOUNT]
    return accounts


# --- faults --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Faults:
    """Misbehaviour on purpose. Rates are shares of requests, from 0 to 1."""

    latency_ms: float = 0.0          # added to every answer (a sleep: concurrent requests overlap)
    error_rate: float = 0.0          # answered 500 or 503 with an HTML error page
    throttle_rate: float = 0.0       # answered 429 with Retry-After
    retry_after: int = 1             # seconds in the Retry-After of a throttled answer
    retry_after_date: bool = False   # send Retry-After as an HTTP date instead of seconds
    reset_rate: float = 0.0          # connection reset (TCP RST) without an answer
    hang_rate: float = 0.0           # no answer for hang_seconds
    hang_seconds: float = 30.0
    rate_limit: float = 0.0          # requests per second per API key before 429; 0 = no limit
    seed: int | None = None          # for a reproducible sequence of injected faults

    def __post_init__(self) -> None:
        for name in ("error_rate", "throttle_rate", "reset_rate", "hang_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
        for name in ("latency_ms", "retry_after", "hang_seconds", "rate_limit"):
            value = getattr(self, name)
            if not value >= 0 or math.isinf(value):
                raise ValueError(f"{name} must be a finite number >= 0, not {value!r}")

    def describe(self) -> str:
        """One line for a person: the faults that are switched on."""
        parts = []
        if self.latency_ms:
            parts.append(f"latency {self.latency_ms:g} ms")
        for name, label in (
            ("error_rate", "5xx errors"),
            ("throttle_rate", "429 throttles"),
            ("reset_rate", "resets"),
            ("hang_rate", f"hangs of {self.hang_seconds:g} s"),
        ):
            rate = getattr(self, name)
            if rate:
                parts.append(f"{label} {rate:.0%}")
        if self.rate_limit:
            parts.append(f"rate limit {self.rate_limit:g}/s per key")
        if self.seed is not None and parts:
            parts.append(f"seed {self.seed}")
        return ", ".join(parts) if parts else "none"


@dataclass(frozen=True, slots=True)
class _Dice:
    reset: bool
    hang: bool
    error: int | None
    throttle: bool


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request as the server saw it; no secret (``api_secret`` and ``sig`` are dropped)."""

    at: float                       # clock() at arrival (time.monotonic by default)
    method: str
    path: str
    channel: Channel | None
    params: dict[str, str]
    auth_mode: str                  # basic, params, signature, none
    api_key: str | None
    body_format: str                # form, json, empty, or the content type that was refused
    query_keys: tuple[str, ...]     # parameter names seen in the URL's query string
    status: int | None              # None: no answer (reset, or cut short by stop())
    connection: int                 # which TCP connection carried it (keep-alive shows here)
    fault: str | None = None        # the injected fault or forced answer, if any


# --- the server ----------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a hanging handler must never hold up stop()
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn): slow and pointless here.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is normal here; anything else is worth a line on stderr."""
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            return
        print(f"simulator: {type(exc).__name__}: {exc}", file=sys.stderr)


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ConversionApiSimulator/1"
    sys_version = ""
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT

    @property
    def sim(self) -> Simulator:
        return cast(_Server, self.server).simulator

    def setup(self) -> None:
        super().setup()
        self.conn_id = self.sim._opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.sim._closed(self.conn_id)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: hundreds of requests a second must not each print a line."""

    # -- methods --

    def do_POST(self) -> None:
        try:
            self._handle_post()
        except OSError:
            raise
        except Exception as exc:  # a simulator bug: say so, keep serving
            print(f"simulator: {type(exc).__name__}: {exc}", file=sys.stderr)
            self.close_connection = True
            self._send(_Reply(500, b"simulator error\n"))

    def _not_allowed(self) -> None:
        arrival = self.sim._clock()
        body = self._read_body()
        if body is None:
            return
        self.sim._pause(self.sim.faults.latency_ms / 1000.0)
        self._record(arrival, {}, "none", None, "empty", 405)
        self._send(_Reply(405, b"Method not allowed: use POST\n", extra=(("Allow", "POST"),)))

    do_GET = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _not_allowed

    # -- the request --
    # Every answer is recorded (and counted as accepted) before it is written, so whoever got
    # the answer finds it in the records.

    def _handle_post(self) -> None:
        sim = self.sim
        arrival = sim._clock()
        body = self._read_body()
        if body is None:
            return
        faults = sim.faults
        url = urlsplit(self.path)
        channel = _PATHS.get(url.path.rstrip("/") or "/")
        query = parse_qsl(url.query, keep_blank_values=True)
        query_keys = tuple(k for k, _ in query)
        leak = any(k in CREDENTIAL_FIELDS for k in query_keys)
        if leak:
            sim._count_leak()
        params, body_format = _parse_body(self.headers.get("Content-Type", ""), body)
        if params is not None:
            params = {k: v for k, v in query if k not in CREDENTIAL_FIELDS} | params
        seen = params or {}
        mode, account, api_key = _authenticate(seen, self.headers.get("Authorization"),
                                               sim._accounts)

        def record(status: int | None, fault: str | None = None) -> None:
            self._record(arrival, seen, mode, api_key, body_format, status, channel,
                         query_keys, fault)

        if channel is None:
            sim._pause(faults.latency_ms / 1000.0)
            record(404)
            self._send(_plain(404, "Not found: POST to /conversions/sms or /conversions/voice"))
            return

        message_id = seen.get("message-id", "")
        dice = sim._roll(faults)
        limited = sim._over_limit(api_key or "", arrival, faults.rate_limit)

        if dice.reset or message_id == "sim-reset":
            record(None, "reset")
            self._reset()
            return
        fault: str | None = None
        if dice.hang or message_id == "sim-hang":
            fault = "hang"
            if sim._pause(faults.hang_seconds):
                record(None, "hang")
                self._abandon()
                return
        if sim._pause(faults.latency_ms / 1000.0):
            record(None, "stopped")
            self._abandon()
            return

        if limited:
            reply, fault = _throttled(1), "rate_limit"
        elif dice.error is not None:
            reply, fault = _error_page(dice.error), "error"
        elif dice.throttle:
            reply, fault = _throttled(faults.retry_after, faults.retry_after_date), "throttle"
        else:
            reply, forced = self._decide(leak, params, account, seen)
            fault = forced or fault
            if reply.status == 200:
                sim._accept(channel, message_id)
        record(reply.status, fault)
        self._send(reply)

    def _decide(
        self,
        leak: bool,
        params: dict[str, str] | None,
        account: SimulatorAccount | None,
        seen: dict[str, str],
    ) -> tuple[_Reply, str | None]:
        """The answer the real API would give, or the one a ``sim-NNN`` id asks for."""
        if leak:
            return _plain(401, "Wrong credentials: credentials must not be in the URL"), None
        if params is None:
            return _plain(422, "Invalid parameters: the body could not be read"), None
        if account is None:
            return _plain(401), None
        if not account.enabled:
            return _plain(402), None
        message_id = seen.get("message-id", "")
        forced = _FORCED.match(message_id)
        if forced and 200 <= int(forced.group(1)) <= 599:
            return self._forced(int(forced.group(1))), "forced"
        if not message_id.strip():
            return _plain(422, "Invalid parameters: message-id is missing"), None
        if seen.get("delivered") not in _DELIVERED:
            return _plain(423, "Invalid parameters: delivered must be true or false"), None
        if not _valid_timestamp(seen.get("timestamp", "")):
            return _plain(
                423, "Invalid parameters: timestamp must be YYYY-MM-DD HH:MM:SS (UTC)"
            ), None
        return _Reply(200), None

    def _forced(self, status: int) -> _Reply:
        if status == 429:
            faults = self.sim.faults
            return _throttled(faults.retry_after, faults.retry_after_date)
        if status >= 500:
            return _error_page(status)
        if 300 <= status < 400:
            location = f"{self.sim.base_url}/redirected{self.path}"
            return _Reply(status, b"Moved\n", extra=(("Location", location),))
        return _plain(status)

    # -- the wire --

    def _send(self, reply: _Reply) -> None:
        try:
            self.send_response(reply.status, _REASONS.get(reply.status))
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.extra:
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if reply.body and self.command != "HEAD":
                self.wfile.write(reply.body)
        except OSError:  # the client went away (it timed out, say): the request still counts
            self.close_connection = True

    def _read_body(self) -> bytes | None:
        """The request body, or None after answering a request whose body cannot be framed."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            self._record(self.sim._clock(), {}, "none", None, "chunked", 411)
            self._send(_plain(411, "Length required"))
            return None
        text = self.headers.get("Content-Length", "0").strip() or "0"
        if not (text.isascii() and text.isdigit()):
            self.close_connection = True
            self._record(self.sim._clock(), {}, "none", None, "empty", 400)
            self._send(_plain(400, "Bad Content-Length"))
            return None
        length = int(text)
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._record(self.sim._clock(), {}, "none", None, "too-large", 413)
            self._send(_plain(413, "Request body too large"))
            return None
        return self.rfile.read(length) if length else b""

    def _reset(self) -> None:
        """Close with SO_LINGER 0: the kernel sends RST, the client sees a reset, not an EOF."""
        linger = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        self._abandon()

    def _abandon(self) -> None:
        self.close_connection = True
        # Drop makefile's reference, or close() would leave the socket open. wfile stays: the
        # base class flushes it after do_POST (a no-op on an unbuffered writer).
        self.rfile.close()
        self.connection.close()

    def _record(
        self,
        arrival: float,
        params: dict[str, str],
        mode: str,
        api_key: str | None,
        body_format: str,
        status: int | None,
        channel: Channel | None = None,
        query_keys: tuple[str, ...] = (),
        fault: str | None = None,
    ) -> None:
        safe = {k: v for k, v in params.items() if k not in _SECRET_FIELDS}
        self.sim._add_record(
            RequestRecord(
                arrival, self.command, urlsplit(self.path).path, channel, safe, mode, api_key,
                body_format, query_keys, status, self.conn_id, fault,
            )
        )


@dataclass(frozen=True, slots=True)
class _Reply:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    extra: tuple[tuple[str, str], ...] = ()


def _plain(status: int, text: str | None = None) -> _Reply:
    words = text if text is not None else _TEXTS.get(status, _phrase(status))
    return _Reply(status, (words + "\n").encode() if words else b"")


def _throttled(seconds: int, as_date: bool = False) -> _Reply:
    # The HTTP-date form is rounded up to a whole second, so it never asks for less.
    value = formatdate(math.ceil(time.time() + seconds), usegmt=True) if as_date else str(seconds)
    return _Reply(429, _TEXTS[429].encode() + b"\n", extra=(("Retry-After", value),))


def _error_page(status: int) -> _Reply:
    title = f"{status} {_phrase(status)}"
    page = (
        "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n"
        "<body><h1>" + title + "</h1><p>The Conversion API simulator injected this error."
        "</p></body></html>\n"
    )
    return _Reply(status, page.encode(), content_type="text/html; charset=utf-8")


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _REASONS.get(status, "Unknown")


def _valid_timestamp(text: str) -> bool:
    if not _TIMESTAMP.match(text):
        return False
    try:
        datetime.strptime(text, API_TIME_FORMAT)
    except ValueError:
        return False
    return True


def _parse_body(content_type: str, body: bytes) -> tuple[dict[str, str] | None, str]:
    """Parameters from a form or JSON body; None when the body cannot be read."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in JSON_CONTENT_TYPES:
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None, "json"
        if not isinstance(data, dict):
            return None, "json"
        params: dict[str, str] = {}
        for key, value in data.items():
            if isinstance(value, bool):
                params[key] = "true" if value else "false"
            elif isinstance(value, str | int | float):
                params[key] = str(value)
            elif value is None:
                params[key] = ""
            else:
                return None, "json"
        return params, "json"
    if kind in ("", FORM_CONTENT_TYPE):
        if not body.strip():
            return {}, "empty"
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError):
            return None, "form"
        return dict(pairs), "form"
    return None, kind


def _authenticate(
    params: dict[str, str],
    authorization: str | None,
    accounts: dict[str, SimulatorAccount],
) -> tuple[str, SimulatorAccount | None, str | None]:
    """(mode seen, the account if the credentials are right, the API key given)."""
    if "sig" in params:
        key = params.get("api_key", "")
        account = accounts.get(key)
        if account is not None and verify(params, account.signature_secret,
                                          account.signature_method):
            return "signature", account, key
        return "signature", None, key or None
    if "api_secret" in params:
        key = params.get("api_key", "")
        account = accounts.get(key)
        if account is not None and hmac.compare_digest(
            params["api_secret"].encode(), account.api_secret.encode()
        ):
            return "params", account, key
        return "params", None, key or None
    if authorization:
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "basic":
            return "other", None, None
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return "basic", None, None
        key, _, secret = decoded.partition(":")
        account = accounts.get(key)
        if account is not None and hmac.compare_digest(secret.encode(),
                                                       account.api_secret.encode()):
            return "basic", account, key
        return "basic", None, key or None
    return "none", None, params.get("api_key") or None


# --- the public object ---------------------------------------------------------------------


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
        self._server: _Server | None = None
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
        server_class = _Server6 if ":" in self.host else _Server
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

    def _roll(self, faults: Faults) -> _Dice:
        with self._lock:
            r = self._random
            draws = [r.random() for _ in range(5)]
        return _Dice(
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


__all__ = [
    "DEFAULT_PORT",
    "DEMO_ACCOUNT",
    "DEMO_CREDENTIALS_NOTE",
    "DISABLED_ACCOUNT",
    "SIGNATURE_ACCOUNTS",
    "Faults",
    "RequestRecord",
    "Simulator",
    "SimulatorAccount",
    "default_accounts",
    "serve_forever",
]
