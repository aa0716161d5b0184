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

- ``accounts``: the demo accounts and authentication (basic, parameters, signature);
- ``faults``: what can be made to go wrong;
- ``handler``: the HTTP server and the request handler;
- ``facade``: :class:`Simulator`, and :func:`serve_forever` for ``conversion-gui simulator``.

It imports no Qt: sandbox mode, the tests and the benchmarks all use it.
"""

from .accounts import (
    DEMO_ACCOUNT,
    DEMO_CREDENTIALS_NOTE,
    DISABLED_ACCOUNT,
    SIGNATURE_ACCOUNTS,
    SimulatorAccount,
    default_accounts,
)
from .facade import DEFAULT_PORT, Simulator, serve_forever
from .faults import Faults
from .handler import JSON_CONTENT_TYPES, RequestRecord

__all__ = [
    "DEFAULT_PORT",
    "DEMO_ACCOUNT",
    "DEMO_CREDENTIALS_NOTE",
    "DISABLED_ACCOUNT",
    "JSON_CONTENT_TYPES",
    "SIGNATURE_ACCOUNTS",
    "Faults",
    "RequestRecord",
    "Simulator",
    "SimulatorAccount",
    "default_accounts",
    "serve_forever",
]
