"""The HTTP side: the server, and the handler that answers a request as the real API would."""

from __future__ import annotations

import contextlib
import json
import math
import re
import socket
import socketserver
import struct
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qsl, urlsplit

from conversion_gui.core.conversion import API_TIME_FORMAT, Channel

from .accounts import SimulatorAccount, authenticate

if TYPE_CHECKING:
    from .facade import Simulator

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


class Server(ThreadingHTTPServer):
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


class Server6(Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ConversionApiSimulator/1"
    sys_version = ""
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT

    @property
    def sim(self) -> Simulator:
        return cast(Server, self.server).simulator

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
        mode, account, api_key = authenticate(seen, self.headers.get("Authorization"),
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
