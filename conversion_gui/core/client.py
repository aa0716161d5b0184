"""Sends one conversion and says what came of it.

One ``requests.Session`` per thread (sessions are not thread-safe, and keep-alive is most of
the speed), a timeout on every call, TLS verification always on, no redirects followed (a
redirect would carry the body, secret included, somewhere else), and never a credential in
the URL.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from urllib.parse import urlsplit

import requests

from .. import __version__
from .conversion import Channel, Conversion
from .neterrors import explain
from .network import NetworkPlan, ProxyRoute, plan_of
from .network import is_loopback as is_loopback  # it lived here; the simulator imports it
from .outcome import Outcome
from .signing import SignatureMethod, sign
from .statuses import Action, Kind, classify
from .tlsprobe import PeerCertificate, fetch_certificate

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.nexmo.com"
RESPONSE_TEXT_LIMIT = 300


class AuthMode(StrEnum):
    BASIC = "basic"           # Authorization header, as the official SDKs send
    PARAMS = "params"         # api_key and api_secret in the body, as the reference shows
    SIGNATURE = "signature"   # api_key and sig in the body: no secret travels


class BodyFormat(StrEnum):
    FORM = "form"
    JSON = "json"


class BaseUrlError(ValueError):
    pass


class MissingSecretError(ValueError):
    pass


_USERINFO = re.compile(r"^([^/@]*//)?[^/@]*@")


def check_base_url(url: str) -> str:
    """The base URL, normalised; plain http only to this machine, nothing that leaks."""
    text = url.strip()
    shown = _USERINFO.sub(r"\1****@", text)  # an error text never echoes a password
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises on a port that is not a number from 0 to 65535
    except ValueError:
        raise BaseUrlError(f"base URL {shown!r} is not a valid URL") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise BaseUrlError(f"base URL {shown!r} must look like https://api.nexmo.com")
    if parts.username is not None or parts.password is not None:
        raise BaseUrlError("base URL must not hold a user name or password")
    if parts.query or parts.fragment:
        raise BaseUrlError("base URL must not have a query string or fragment")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise BaseUrlError(
            f"base URL {text!r} uses plain http: only https is allowed, "
            "except to this machine (localhost, 127.0.0.1, ::1)"
        )
    return text.rstrip("/")


@dataclass(frozen=True)
class Credentials:
    api_key: str
    api_secret: str | None = field(default=None, repr=False)
    signature_secret: str | None = field(default=None, repr=False)
    signature_method: SignatureMethod = SignatureMethod.SHA256

    def secrets(self) -> list[str]:
        return [s for s in (self.api_secret, self.signature_secret) if s]

    def check(self, auth: AuthMode) -> None:
        if not self.api_key:
            raise MissingSecretError("no API key: set one with 'credentials set'")
        if auth is AuthMode.SIGNATURE and not self.signature_secret:
            raise MissingSecretError("signature auth needs a signature secret")
        if auth is not AuthMode.SIGNATURE and not self.api_secret:
            raise MissingSecretError(f"{auth.value} auth needs an API secret")


@dataclass(frozen=True)
class ClientConfig:
    base_url: str = DEFAULT_BASE_URL
    auth: AuthMode = AuthMode.BASIC
    body: BodyFormat = BodyFormat.FORM
    connect_timeout: float = 5.0
    read_timeout: float = 15.0

    def __post_init__(self) -> None:
        # Plain strings ("basic", "json") from settings or arguments become the enums, so an
        # identity check on the mode can never silently miss and send no credentials.
        object.__setattr__(self, "base_url", check_base_url(self.base_url))
        object.__setattr__(self, "auth", AuthMode(self.auth))
        object.__setattr__(self, "body", BodyFormat(self.body))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait, from either form the header takes (seconds, or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():  # "²".isdigit() is True, float("²") fails
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


def summarize_body(text: str, content_type: str = "") -> str:
    """A short, readable version of an answer's body; HTML pages reduced to their title."""
    body = text.strip()
    if "html" in content_type.lower() or body[:15].lower().startswith(("<!doctype", "<html")):
        title = _TITLE.search(body)
        inner = title.group(1) if title else _TAGS.sub(" ", body)
        body = "HTML page: " + " ".join(inner.split())
    body = " ".join(body.split())
    if len(body) > RESPONSE_TEXT_LIMIT:
        body = body[: RESPONSE_TEXT_LIMIT - 1] + "…"
    return body


SessionFactory = Callable[[], requests.Session]


class ConversionClient:
    """Thread-safe: each thread that calls ``send`` gets its own session."""

    def __init__(
        self,
        config: ClientConfig,
        credentials: Credentials,
        session_factory: SessionFactory | None = None,
        other_secrets: tuple[str, ...] = (),
    ) -> None:
        credentials.check(config.auth)
        self.config = config
        self._credentials = credentials
        # By default: the machine's trust store, and the proxy HTTPS_PROXY or the OS names.
        self._session_factory = session_factory or NetworkPlan.build().session
        self._seen_certificate: tuple[PeerCertificate | None] | None = None
        self._other_secrets = tuple(s for s in other_secrets if s)  # the proxy password
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._user_agent = f"conversion-gui/{__version__} {requests.utils.default_user_agent()}"

    @property
    def api_key(self) -> str:
        """The key sent (not a secret): a batch records it to resume with the same account."""
        return self._credentials.api_key

    @property
    def secrets(self) -> list[str]:
        """Every secret this client holds: callers keep them out of logs and output."""
        return [*self._credentials.secrets(), *self._other_secrets]

    def endpoint(self, channel: Channel) -> str:
        return f"{self.config.base_url}/conversions/{channel.value}"

    def body_params(self, conversion: Conversion) -> dict[str, str]:
        """The parameters sent, credentials included as the auth mode wants them."""
        params = conversion.params()
        creds = self._credentials
        if self.config.auth is AuthMode.PARAMS:
            params["api_key"] = creds.api_key
            params["api_secret"] = creds.api_secret or ""
        elif self.config.auth is AuthMode.SIGNATURE:
            params["api_key"] = creds.api_key
            params["sig"] = sign(params, creds.signature_secret or "", creds.signature_method)
        return params

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._session_factory()
            session.verify = True
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def send(self, conversion: Conversion) -> Outcome:
        """The outcome of one request; never raises: a fault here (a bug, a secret the
        transport cannot encode) becomes an INTERNAL outcome that stops a batch with its
        cause, instead of escaping into a worker thread."""
        started = time.perf_counter()
        try:
            return self._send(conversion)
        except Exception as exc:  # turned into an outcome with its cause
            log.exception("sending %s failed inside the app", conversion.message_id)
            detail = self._redact(f"{type(exc).__name__}: {exc}")
            return Outcome(None, Kind.INTERNAL, f"Not sent: a fault in this app ({detail})",
                           Action.STOP, time.perf_counter() - started, summarize_body(detail))

    def _redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "****")
        return text

    def _send(self, conversion: Conversion) -> Outcome:
        params = self.body_params(conversion)
        headers = {"User-Agent": self._user_agent, "Accept": "text/plain, */*"}
        data: str | dict[str, str]
        if self.config.body is BodyFormat.JSON:
            headers["Content-Type"] = "application/json; charset=utf-8"
            data = json.dumps(params)
        else:
            data = params
        auth = None
        if self.config.auth is AuthMode.BASIC:
            auth = (self._credentials.api_key, self._credentials.api_secret or "")
        started = time.perf_counter()
        try:
            response = self._session().post(
                self.endpoint(conversion.channel),
                data=data,
                headers=headers,
                auth=auth,
                timeout=(self.config.connect_timeout, self.config.read_timeout),
                allow_redirects=False,
            )
        except requests.exceptions.RequestException as exc:
            return self._failure(exc, started)
        elapsed = time.perf_counter() - started
        info = classify(response.status_code)
        text = summarize_body(response.text, response.headers.get("Content-Type", ""))
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        return Outcome.of(info, response.status_code, elapsed, text, retry_after)

    def _failure(self, exc: Exception, started: float) -> Outcome:
        """The failure in words; the technical detail goes to the log, secrets removed."""
        elapsed = time.perf_counter() - started
        url = self.config.base_url
        _plan, route = plan_of(self._session(), url)
        failure = explain(exc, url, route,
                          (self.config.connect_timeout, self.config.read_timeout),
                          lambda: self._issuer(route))
        detail = failure.detail
        for secret in [*self.secrets, *([route.password] if route and route.password else [])]:
            detail = detail.replace(secret, "****")
        log.warning("request to %s failed (%s): %s", url, failure.transport.value, detail)
        info = classify(None, failure.transport)
        return Outcome(None, info.kind, failure.sentence, info.action, elapsed,
                       transport=failure.transport)

    def _issuer(self, route: ProxyRoute | None) -> PeerCertificate | None:
        """Who issued the certificate the server showed (looked up once per client)."""
        with self._lock:
            if self._seen_certificate is not None:
                return self._seen_certificate[0]
        host = urlsplit(self.config.base_url).hostname or ""
        port = urlsplit(self.config.base_url).port or 443
        try:
            seen: PeerCertificate | None = fetch_certificate(
                host, port, route, self.config.connect_timeout)
        except (OSError, ValueError) as exc:
            log.info("could not read the refused certificate: %s", exc)
            seen = None
        with self._lock:
            self._seen_certificate = (seen,)
        return seen

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    def __enter__(self) -> ConversionClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
