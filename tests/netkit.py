"""A company network in a test: a root CA made with openssl, the simulator behind HTTPS signed
by it, and a small CONNECT proxy, all on loopback and all real sockets.

``TlsFront`` terminates TLS with a given certificate and relays the bytes to the (plain HTTP)
simulator, so the simulator itself needs no change. ``ConnectProxy`` answers CONNECT like a
company proxy: it may ask for a password (407), and it resolves names itself, so a client can
ask for ``api.example.test`` and reach whatever the test maps that name to.
"""

from __future__ import annotations

import base64
import contextlib
import select
import socket
import ssl
import subprocess
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Self

CA_NAME = "Example Corp Root CA"
MAX_CONNECTIONS = 64  # a bounded helper: a runaway test cannot open more than this


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@dataclass(frozen=True)
class Issued:
    cert: Path
    key: Path


class TestCA:
    """A root CA in a folder: ``issue()`` signs server certificates with it."""

    __test__ = False  # not a pytest class

    def __init__(self, folder: Path, name: str = CA_NAME) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.cert = folder / "ca.pem"
        self.key = folder / "ca.key"
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(self.key),
                 "-out", str(self.cert), "-days", "30", "-subj", f"/CN={name}/O=Example Corp",
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
        (folder / "index.txt").write_text("")
        (folder / "serial").write_text("1000\n")
        (folder / "ca.cnf").write_text(
            "[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\n"
            "serial = serial\ndefault_md = sha256\npolicy = p\nunique_subject = no\n"
            "[p]\ncommonName = supplied\n")

    def issue(self, stem: str, names: tuple[str, ...] = ("localhost",),
              ips: tuple[str, ...] = ("127.0.0.1",), expired: bool = False) -> Issued:
        key = self.folder / f"{stem}.key"
        csr = self.folder / f"{stem}.csr"
        cert = self.folder / f"{stem}.pem"
        ext = self.folder / f"{stem}.ext"
        alt = [f"DNS:{n}" for n in names] + [f"IP:{i}" for i in ips]
        ext.write_text(f"subjectAltName={','.join(alt)}\nbasicConstraints=CA:FALSE\n"
                       "extendedKeyUsage=serverAuth\n")
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
                 "-subj", f"/CN={names[0] if names else ips[0]}", cwd=self.folder)
        dates = (["-startdate", "20200101000000Z", "-enddate", "20200201000000Z"] if expired
                 else ["-days", "30"])
        _openssl("ca", "-batch", "-config", "ca.cnf", "-cert", str(self.cert), "-keyfile",
                 str(self.key), "-in", str(csr), "-out", str(cert), "-extfile", str(ext),
                 "-notext", *dates, cwd=self.folder)
        return Issued(cert, key)


def self_signed(folder: Path, name: str = "Nobody Trusts Me") -> Issued:
    """A server certificate that is its own issuer: trusted by no store."""
    folder.mkdir(parents=True, exist_ok=True)
    key, cert = folder / "self.key", folder / "self.pem"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
             str(cert), "-days", "30", "-subj", f"/CN={name}",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", cwd=folder)
    return Issued(cert, key)


def _pipe(a: socket.socket, b: socket.socket, stop: threading.Event) -> None:
    """Copy both ways until either side closes (select, so one thread does both)."""
    with contextlib.suppress(OSError, ssl.SSLError):
        while not stop.is_set():
            pending = [s for s in (a, b) if isinstance(s, ssl.SSLSocket) and s.pending()]
            ready = pending or select.select([a, b], [], [], 0.2)[0]
            for src in ready:
                data = src.recv(65536)
                if not data:
                    return
                (b if src is a else a).sendall(data)


class _Relay:
    """A loopback listener with one thread per connection (at most MAX_CONNECTIONS)."""

    def __init__(self, max_connections: int = MAX_CONNECTIONS) -> None:
        self.max_connections = max_connections
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self.connections = 0
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    def start(self) -> _Relay:
        self._accepting.start()
        return self

    def _accept(self) -> None:
        while not self._stop.is_set() and self.connections < self.max_connections:
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(10)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # relays add no delay
            self.connections += 1
            self._sockets.append(conn)
            thread = threading.Thread(target=self._serve_safely, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve_safely(self, conn: socket.socket) -> None:
        try:
            self.serve(conn)
        except (OSError, ssl.SSLError, ValueError):
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def serve(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.close()
        self._accepting.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class TlsFront(_Relay):
    """HTTPS on loopback with ``issued``'s certificate, relayed to a plain HTTP port."""

    def __init__(self, backend_port: int, issued: Issued,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        super().__init__(max_connections)
        self.backend_port = backend_port
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(str(issued.cert), str(issued.key))

    def serve(self, conn: socket.socket) -> None:
        with self.context.wrap_socket(conn, server_side=True) as tls, \
                socket.create_connection(("127.0.0.1", self.backend_port), timeout=10) as back:
            back.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sockets.append(back)
            _pipe(tls, back, self._stop)


class ConnectProxy(_Relay):
    """A CONNECT-only proxy: optional Basic auth (407 otherwise), names mapped by the test."""

    def __init__(self, hosts: Mapping[str, tuple[str, int]] | None = None,
                 user: str | None = None, password: str | None = None) -> None:
        super().__init__()
        self.hosts = dict(hosts or {})
        self.expected = (None if user is None else
                         "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
        self.requests: list[str] = []          # the CONNECT targets asked for
        self.refused_auth = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def serve(self, conn: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(4096)
            if not chunk or len(head) > 16384:
                return
            head += chunk
        lines = head.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        method, target, _ = ([*lines[0].split(" "), "", ""])[:3]
        headers = {k.strip().lower(): v.strip() for k, _, v in
                   (line.partition(":") for line in lines[1:])}
        if method != "CONNECT":
            conn.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        self.requests.append(target)
        if self.expected is not None and headers.get("proxy-authorization") != self.expected:
            self.refused_auth += 1
            conn.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                         b"Proxy-Authenticate: Basic realm=\"Example Corp\"\r\n"
                         b"Content-Length: 0\r\nConnection: close\r\n\r\n")
            return
        host, _, _port = target.rpartition(":")
        where = self.hosts.get(host.strip("[]"))
        if where is None:
            conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        with socket.create_connection(where, timeout=10) as upstream:
            upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sockets.append(upstream)
            conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            _pipe(conn, upstream, self._stop)
