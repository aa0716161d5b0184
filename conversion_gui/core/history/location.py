"""Where the history lives: a local SQLite file, or a team's PostgreSQL database URL.

A database URL is kept and shown without its password (``masked``); the password lives in
the keychain, one entry per URL. TLS with the server's name checked (``sslmode=verify-full``)
is required for any host that is not this machine.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from .errors import HistoryError

PG_SCHEMES = ("postgresql", "postgres")
_WEAK_SSL = ("disable", "allow", "prefer", "require", "verify-ca")
HISTORY_ENV = "CONVERSION_GUI_HISTORY"


class LocationError(HistoryError, ValueError):
    """A history location that cannot be used as given; the text says how to fix it."""


def is_database_url(text: str) -> bool:
    return urlsplit(text.strip()).scheme.lower() in PG_SCHEMES


@dataclass(frozen=True)
class DatabaseUrl:
    """A PostgreSQL URL split into what libpq needs; never holds a password."""

    user: str
    host: str            # a name, an address, or a socket folder ("" means libpq's default)
    port: int | None
    dbname: str
    query: tuple[tuple[str, str], ...]

    @property
    def local(self) -> bool:
        """A Unix socket or a loopback address: nothing crosses a network."""
        host = self.host or dict(self.query).get("host", "")
        if not host or host.startswith("/") or host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host.strip("[]")).is_loopback
        except ValueError:
            return False

    @property
    def masked(self) -> str:
        """The URL as shown everywhere: no password, ever."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        port = f":{self.port}" if self.port else ""
        query = f"?{urlencode(self.query, safe='/')}" if self.query else ""
        return f"postgresql://{user}{quote(host, safe='[]:')}{port}/{quote(self.dbname)}{query}"

    @property
    def secret_name(self) -> str:
        """The keychain entry of this database's password (a profile-like name, <= 64 chars)."""
        name = f"db {self.masked.removeprefix('postgresql://')}"
        if len(name) <= 64:
            return name
        digest = hashlib.sha256(self.masked.encode()).hexdigest()[:12]
        return f"{name[:48]}… {digest}"

    def conninfo(self, password: str | None) -> dict[str, str]:
        """Keyword arguments for ``psycopg.connect`` (the password never goes in a URL)."""
        params = dict(self.query)
        if self.user:
            params["user"] = self.user
        if self.host:
            params["host"] = self.host
        if self.port:
            params["port"] = str(self.port)
        if self.dbname:
            params["dbname"] = self.dbname
        if not self.local:
            params["sslmode"] = "verify-full"
        if password:
            params["password"] = password
        params.setdefault("application_name", "conversion-gui")
        params.setdefault("connect_timeout", "10")
        return params


def parse_database_url(text: str) -> tuple[DatabaseUrl, str | None]:
    """The URL without its password, and the password if the text held one.

    Refuses TLS settings weaker than ``verify-full`` for a host on the network.
    """
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in PG_SCHEMES:
        raise LocationError(f"{text!r} is not a postgresql:// URL")
    try:
        port = parts.port
    except ValueError:
        raise LocationError("the database URL has a port that is not a number") from None
    query = tuple((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                  if k != "password")
    password = unquote(parts.password) if parts.password else None
    for key, value in parse_qsl(parts.query):
        if key == "password":
            password = value
    url = DatabaseUrl(
        user=unquote(parts.username or ""),
        host=unquote(parts.hostname or "") if parts.netloc.rsplit("@", 1)[-1] else "",
        port=port,
        dbname=unquote(parts.path.lstrip("/")),
        query=query,
    )
    if not url.dbname:
        raise LocationError(f"the database URL {url.masked} names no database: add /NAME")
    ssl = dict(query).get("sslmode")
    if not url.local and ssl in _WEAK_SSL:
        raise LocationError(
            f"sslmode={ssl} is refused for {url.masked}: a history on another machine is "
            "reached over TLS with the server's name checked (sslmode=verify-full)"
        )
    return url, password


@dataclass(frozen=True)
class HistoryLocation:
    """Either ``path`` (SQLite) or ``database`` (PostgreSQL) is set."""

    path: Path | None = None
    database: DatabaseUrl | None = None

    @property
    def shown(self) -> str:
        return self.database.masked if self.database else str(self.path)

    @property
    def is_team(self) -> bool:
        return self.database is not None

    def __str__(self) -> str:
        """What a child process is handed to open the same history (no password)."""
        return self.shown


def parse_location(text: str | os.PathLike[str]) -> HistoryLocation:
    """``postgresql://…``, ``sqlite:PATH`` or a plain path. A URL holding a password is
    refused: it would be seen by other users (``ps``) and end up in logs."""
    if isinstance(text, os.PathLike):
        return HistoryLocation(path=Path(text))
    raw = text.strip()
    if is_database_url(raw):
        url, password = parse_database_url(raw)
        if password:
            raise LocationError(
                f"the database URL for {url.masked} holds a password: leave it out and save "
                "the password in the keychain (conversion-gui history --set-password "
                f"--history {url.masked})"
            )
        return HistoryLocation(database=url)
    if raw.lower().startswith("sqlite:"):
        raw = raw[len("sqlite:"):]
        if raw.startswith("//"):
            raw = raw[2:]
    if not raw:
        raise LocationError("sqlite: needs a file path, e.g. sqlite:/home/ana/history.sqlite3")
    return HistoryLocation(path=Path(raw).expanduser())
