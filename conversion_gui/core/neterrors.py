"""Network failures in words: one sentence a person can act on, the technical detail for the log.

Two families must never be confused. "Could not reach the API: … nothing was sent" (DNS,
refused, connect timeout, the proxy) and "No answer: … The conversion may have arrived; it is
safe to send again" (read timeout, a connection broken after the request was written). Both are
retried; the second may already be recorded, and re-reporting states the same fact again.
"""

from __future__ import annotations

import errno
import http.client
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from .network import ProxyRoute
from .statuses import TransportError
from .tlsprobe import PeerCertificate

# OpenSSL's X509 verify codes (the same numbers on every platform's OpenSSL)
_UNTRUSTED_CODES = {2, 18, 19, 20, 21}
_EXPIRED_CODE = 10
_HOSTNAME_CODE = 62
_TUNNEL_STATUS = re.compile(r"Tunnel connection failed: (\d{3})\s*([^'\")]*)")

NOTHING_SENT = "nothing was sent"
MAY_HAVE_ARRIVED = "The conversion may have arrived; it is safe to send again."


@dataclass(frozen=True)
class Failure:
    transport: TransportError
    sentence: str
    detail: str  # technical, for the log only


IssuerLookup = Callable[[], PeerCertificate | None]


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (requests and urllib3 nest them in args)."""
    seen: set[int] = set()
    todo = [exc]
    while todo and len(seen) < 32:
        item = todo.pop(0)
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        for inner in (*item.args, getattr(item, "reason", None), item.__cause__,
                      item.__context__):
            if isinstance(inner, BaseException):
                todo.append(inner)


def _first(exc: BaseException, kind: type[BaseException] | tuple[type[BaseException], ...]
           ) -> BaseException | None:
    return next((e for e in _chain(exc) if isinstance(e, kind)), None)


def _where(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    host = parts.hostname or url
    return host, parts.port or (443 if parts.scheme == "https" else 80)


def _tls(exc: BaseException, host: str, issuer: IssuerLookup | None) -> str:
    verify = _first(exc, ssl.SSLCertVerificationError)
    text = " ".join(str(e) for e in _chain(exc)).lower()
    code = getattr(verify, "verify_code", None)
    if code == _HOSTNAME_CODE or "hostname mismatch" in text or "doesn't match" in text \
            or "not valid for" in text:
        return (f"The server's certificate is not for '{host}': check the base URL; if your "
                "company inspects HTTPS, ask IT. Nothing was sent.")
    if code == _EXPIRED_CODE or "expired" in text:
        return (f"The server's certificate for '{host}' has expired: check this computer's date "
                "and time; if they are right, the server's owner must renew it. Nothing was "
                "sent.")
    if verify is not None and (code in _UNTRUSTED_CODES or "issuer" in text
                               or "self-signed" in text or "self signed" in text
                               or "trust" in text):
        return untrusted_sentence(issuer() if issuer is not None else None)
    return (f"The secure connection to '{host}' failed (a proxy or firewall in the way?); "
            "nothing was sent.")


def untrusted_sentence(certificate: PeerCertificate | None) -> str:
    who = f"'{certificate.issuer}'" if certificate and certificate.issuer else "an authority"
    return (f"The server's certificate was issued by {who}, which this computer does not "
            "trust. If your company inspects HTTPS, ask IT to install its root certificate.")


def proxy_auth_sentence(route: ProxyRoute | None) -> str:
    name = route.label if route else "the proxy"
    if route and route.user:
        return (f"The proxy {name} refused the user name '{route.user}' and its password "
                "(407): correct them in Settings › Network.")
    return (f"The proxy {name} asks for a user name and password (407): set them in "
            "Settings › Network.")


def explain(exc: BaseException, url: str, route: ProxyRoute | None = None,
            timeouts: tuple[float, float] = (5.0, 15.0),
            issuer: IssuerLookup | None = None) -> Failure:
    """The kind and the sentence for a failed request to ``url``; ``issuer`` is asked only
    when a certificate was not trusted (it opens a connection)."""
    host, port = _where(url)
    detail = " <- ".join(f"{type(e).__name__}: {e}" for e in _chain(exc))[:2000]
    proxy = route.label if route else None

    if isinstance(exc, requests.exceptions.SSLError) or (
            _first(exc, ssl.SSLError) is not None
            and _first(exc, urllib3.exceptions.ProxyError) is None):
        return Failure(TransportError.TLS, _tls(exc, host, issuer), detail)

    tunnel = _TUNNEL_STATUS.search(detail)
    if tunnel is not None and tunnel.group(1) == "407":
        return Failure(TransportError.PROXY_AUTH, proxy_auth_sentence(route), detail)
    if isinstance(exc, requests.exceptions.ProxyError) or (
            proxy and _first(exc, urllib3.exceptions.ProxyError) is not None):
        if tunnel is not None:
            return Failure(TransportError.CONNECT, (
                f"Could not reach the API: the proxy {proxy or 'in use'} would not connect to "
                f"'{host}' ({tunnel.group(1)} {tunnel.group(2).strip()}); {NOTHING_SENT}. "
                "Check the base URL, or ask IT whether the proxy allows it."), detail)
        return Failure(TransportError.CONNECT, (
            f"Could not reach the API: the proxy {proxy or 'in use'} did not accept a "
            f"connection; {NOTHING_SENT}. Check Settings › Network."), detail)

    if isinstance(exc, (requests.exceptions.ConnectTimeout, TimeoutError)):
        return Failure(TransportError.CONNECT, (
            f"Could not reach the API: '{host}' did not answer within {timeouts[0]:g} s; "
            f"{NOTHING_SENT}. Check the network, or whether a proxy is needed "
            "(Settings › Network)."), detail)
    if "handshake operation timed out" in detail:  # urllib3 calls it a read timeout
        return Failure(TransportError.CONNECT, (
            f"Could not reach the API: '{host}' did not complete the secure connection within "
            f"{timeouts[0]:g} s; {NOTHING_SENT}. Check the network, or whether a proxy is "
            "needed (Settings › Network)."), detail)
    if isinstance(exc, requests.exceptions.ReadTimeout) or _first(
            exc, urllib3.exceptions.ReadTimeoutError) is not None:
        return Failure(TransportError.TIMEOUT, (
            f"No answer: '{host}' did not answer within {timeouts[1]:g} s. "
            f"{MAY_HAVE_ARRIVED}"), detail)
    if _first(exc, (socket.gaierror, urllib3.exceptions.NameResolutionError)) is not None:
        return Failure(TransportError.CONNECT, (
            f"Could not reach the API: the name '{host}' could not be found (DNS); "
            f"{NOTHING_SENT}. Check the base URL and the network connection."), detail)
    refused = _first(exc, ConnectionRefusedError)
    new_conn = _first(exc, urllib3.exceptions.NewConnectionError)
    if refused is not None or (new_conn is not None and "refused" in str(new_conn).lower()):
        return Failure(TransportError.CONNECT, (
            f"Could not reach the API: {host}:{port} refused the connection; {NOTHING_SENT}. "
            "Check the base URL and its port."), detail)
    if new_conn is not None:
        reason = _first(exc, OSError)
        why = getattr(reason, "strerror", None) or errno.errorcode.get(
            getattr(reason, "errno", 0) or 0, "no route")
        return Failure(TransportError.CONNECT, (
            f"Could not reach the API: '{host}' could not be reached ({why}); {NOTHING_SENT}."),
            detail)
    if _first(exc, (urllib3.exceptions.ProtocolError, http.client.HTTPException,
                    ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                    requests.exceptions.ChunkedEncodingError)) is not None:
        return Failure(TransportError.DROPPED, (
            "No answer: the connection was closed before an answer came. "
            f"{MAY_HAVE_ARRIVED}"), detail)
    return Failure(TransportError.DROPPED, f"No answer: the request failed. {MAY_HAVE_ARRIVED}",
                   detail)
