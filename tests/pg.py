"""A fresh PostgreSQL database per test, on the throwaway server of ``tests/pg_server.sh``.

Without that server the team-history tests skip, unless ``CONVERSION_GUI_REQUIRE_PG=1``
(set by ``scripts/test``, as CI runs it) makes its absence a failure.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from urllib.parse import urlsplit

import pytest

PG_ENV = "CONVERSION_GUI_TEST_PG"
REQUIRE_PG = os.environ.get("CONVERSION_GUI_REQUIRE_PG") == "1"
_counter = itertools.count()


def server_url() -> str:
    """The superuser URL of the test server, or skip (fail when one was promised)."""
    url = os.environ.get(PG_ENV, "")
    if not url:
        reason = f"no PostgreSQL test server ({PG_ENV} is not set: run under tests/pg_server.sh)"
        if REQUIRE_PG:
            pytest.fail(f"CONVERSION_GUI_REQUIRE_PG=1 but {reason}")
        pytest.skip(reason)
    return url


def admin_execute(sql: str) -> None:
    import psycopg

    with psycopg.connect(server_url(), autocommit=True) as conn:
        conn.execute(sql)


def fresh_database(prefix: str = "t") -> str:
    """A new empty database on the test server; its URL (Unix socket, no password)."""
    name = f"{prefix}_{os.getpid()}_{next(_counter)}"
    admin_execute(f'CREATE DATABASE "{name}"')
    return with_database(server_url(), name)


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return parts._replace(path=f"/{name}").geturl()


def server_ctl(action: str) -> None:
    """stop | start | kill the test server (the fault tests)."""
    ctl = os.environ.get("CONVERSION_GUI_TEST_PG_CTL", "")
    if not ctl:
        pytest.skip("no control script for the test server")
    subprocess.run([ctl, action], check=True, timeout=60)
