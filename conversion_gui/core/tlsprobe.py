"""A look at a server's certificate: who issued it, and whether this machine trusts it.

Used to name the issuer when a certificate is refused (a company that inspects HTTPS shows its
own root CA there) and by the connection doctor. A probe opens a TLS connection, through the
proxy when there is one, reads the certificate and closes: no request is ever sent on it.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime

from .network import ProxyRoute, Trust

_MAX_PROXY_HEADER = 16 * 1024
_OID_CN = bytes.fromhex("550403")
_OID_O = bytes.fromhex("55040a")
_STRING_TAGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii", 0x14: "latin-1",
                0x1E: "utf-16-be", 0x1C: "utf-32-be"}


class TunnelRefused(OSError):
    """The proxy answered CONNECT with something other than 200."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"the proxy answered {status} {reason}")
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class PeerCertificate:
    subject: str
    issuer: str
    not_after: datetime | None

    @property
    def expired(self) -> bool:
        return self.not_after is not None and self.not_after < datetime.now(UTC)


@dataclass(frozen=True)
class TlsCheck:
    trusted: bool
    certificate: PeerCertificate | None
    error: ssl.SSLError | None = None


# -- a tiny DER reader: just enough of X.509 to name the subject, issuer and expiry ----------
def _tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the element at ``pos``."""
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    end = pos + length
    if end > len(data):
        raise ValueError("truncated certificate")
    return tag, pos, end


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    found = []
    pos = start
    while pos < end:
        tag, s, e = _tlv(data, pos)
        found.append((tag, s, e))
        pos = e
    return found


def _name(data: bytes, start: int, end: int) -> str:
    """The CN of an X.509 Name, else its O, else the empty string."""
    values: dict[bytes, str] = {}
    for _set_tag, s, e in _children(data, start, end):
        for _seq_tag, s2, e2 in _children(data, s, e):
            parts = _children(data, s2, e2)
            if len(parts) != 2 or parts[0][0] != 0x06:
                continue
            oid = data[parts[0][1]:parts[0][2]]
            tag, vs, ve = parts[1]
            encoding = _STRING_TAGS.get(tag)
            if encoding is not None:
                values.setdefault(oid, data[vs:ve].decode(encoding, errors="replace"))
    return values.get(_OID_CN) or values.get(_OID_O) or ""


def _time(data: bytes, tag: int, start: int, end: int) -> datetime | None:
    text = data[start:end].decode("ascii", errors="replace")
    fmt = "%y%m%d%H%M%SZ" if tag == 0x17 else "%Y%m%d%H%M%SZ"
    try:
        return datetime.strptime(text, fmt).replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_certificate(der: bytes) -> PeerCertificate:
    """Subject, issuer and expiry of a DER certificate (ValueError if it is not one)."""
    try:
        _tag, start, end = _tlv(der, 0)
        _tbs_tag, tbs_start, tbs_end = _children(der, start, end)[0]
        fields = _children(der, tbs_start, tbs_end)
        if fields and fields[0][0] == 0xA0:  # explicit version
            fields = fields[1:]
        issuer, validity, subject = fields[2], fields[3], fields[4]
        times = _children(der, validity[1], validity[2])
        not_after = _time(der, times[1][0], times[1][1], times[1][2])
        return PeerCertificate(_name(der, subject[1], subject[2]),
                               _name(der, issuer[1], issuer[2]), not_after)
    except (IndexError, ValueError) as exc:
        raise ValueError(f"not a certificate: {exc}") from None


# -- probing -------------------------------------------------------------------------------------
def open_tunnel(host: str, port: int, route: ProxyRoute | None, timeout: float) -> socket.socket:
    """A TCP connection to host:port, directly or through the proxy's CONNECT."""
    if route is None:
        return socket.create_connection((host, port), timeout=timeout)
    proxy_host, _, proxy_port = route.label.rpartition(":")
    sock = socket.create_connection((proxy_host.strip("[]"), int(proxy_port)), timeout=timeout)
    try:
        target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
        auth = route.authorization()
        if auth:
            lines.append(f"Proxy-Authorization: {auth}")
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(4096)
            if not chunk or len(head) > _MAX_PROXY_HEADER:
                raise TunnelRefused(0, "no answer to CONNECT")
            head += chunk
        status_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = status_line.split(" ", 2)
        status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        if status != 200:
            raise TunnelRefused(status, parts[2] if len(parts) > 2 else "")
        return sock
    except BaseException:
        sock.close()
        raise


def fetch_certificate(host: str, port: int, route: ProxyRoute | None,
                      timeout: float) -> PeerCertificate:
    """The certificate the server shows, read without trusting it (nothing is sent after)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only to read who issued it; the connection is closed
    with open_tunnel(host, port, route, timeout) as sock, \
            context.wrap_socket(sock, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise ValueError("the server showed no certificate")
    return parse_certificate(der)


def check_tls(host: str, port: int, trust: Trust, route: ProxyRoute | None,
              timeout: float) -> TlsCheck:
    """Whether ``trust`` accepts the server's certificate, and what that certificate says."""
    try:
        with open_tunnel(host, port, route, timeout) as sock, \
                trust.context.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
        return TlsCheck(True, parse_certificate(der) if der else None)
    except ssl.SSLError as exc:
        try:
            seen: PeerCertificate | None = fetch_certificate(host, port, route, timeout)
        except (OSError, ValueError):
            seen = None
        return TlsCheck(False, seen, exc)
