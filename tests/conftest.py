"""Fixtures every test folder may use: a real simulator on loopback, demo credentials, clients.

Everything here is real: HTTP over 127.0.0.1 on a port the OS picks, nothing mocked.
"""

from __future__ import annotations

import runpy
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conversion_gui.core.client import ClientConfig, ConversionClient, Credentials
from conversion_gui.simulator import (
    DEMO_ACCOUNT,
    Faults,
    Simulator,
    SimulatorAccount,
    default_accounts,
)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Make the package's run-time resources (icons, compiled translations) from resources/,
    as setup.sh and pip do: they are git-ignored, so a fresh worktree has none."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_resources.py"
    runpy.run_path(str(script))["build"](quiet=True)


def credentials_of(account: SimulatorAccount, **changes: Any) -> Credentials:
    """Client credentials for a simulator account, with fields overridden as asked."""
    values: dict[str, Any] = {
        "api_key": account.api_key,
        "api_secret": account.api_secret,
        "signature_secret": account.signature_secret,
        "signature_method": account.signature_method,
    }
    values.update(changes)
    return Credentials(**values)


@pytest.fixture
def simulator() -> Iterator[Simulator]:
    """A started simulator with the default accounts and no faults."""
    with Simulator(accounts=default_accounts()) as sim:
        yield sim


@pytest.fixture
def demo_credentials() -> Credentials:
    """Credentials of the sandbox account (signature method sha256)."""
    return credentials_of(DEMO_ACCOUNT)


SimulatorFactory = Callable[..., Simulator]


@pytest.fixture
def make_simulator() -> Iterator[SimulatorFactory]:
    """Start simulators with other faults or accounts; all are stopped at the end of the test."""
    started: list[Simulator] = []

    def make(
        faults: Faults | None = None,
        accounts: list[SimulatorAccount] | None = None,
        **kwargs: Any,
    ) -> Simulator:
        sim = Simulator(accounts=accounts or default_accounts(), faults=faults, **kwargs)
        started.append(sim.start())
        return sim

    yield make
    for sim in started:
        sim.stop()


ClientFactory = Callable[..., ConversionClient]


@pytest.fixture
def make_client(demo_credentials: Credentials) -> Iterator[ClientFactory]:
    """Clients (demo credentials unless given) that are closed at the end of the test.

    ``make_client(sim_or_base_url, credentials=None, **ClientConfig fields)``.
    """
    made: list[ConversionClient] = []

    def make(
        target: Simulator | str,
        credentials: Credentials | None = None,
        **config: Any,
    ) -> ConversionClient:
        base_url = target.base_url if isinstance(target, Simulator) else target
        session_factory = config.pop("session_factory", None)
        cfg = ClientConfig(base_url=base_url, **config)
        creds = credentials or demo_credentials
        client = (
            ConversionClient(cfg, creds, session_factory)
            if session_factory is not None
            else ConversionClient(cfg, creds)
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released), for connection-refused tests."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
