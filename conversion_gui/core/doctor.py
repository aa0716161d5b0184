"""The connection doctor: seven checks, in order, each ending "ok" or saying what to do.

Data folder, keychain, DNS, proxy, TLS, "does the API answer" (a request with made-up
credentials must come back 401) and the profile's own credentials (a deliberately invalid
conversion, so nothing is ever recorded). The report is for a support ticket: it holds no
secret. Shared by ``conversion-gui doctor`` and Help › Check connection…; no Qt here.
"""

from __future__ import annotations

import logging
import platform
import socket
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from .. import __version__
from .client import (
    DEFAULT_BASE_URL,
    AuthMode,
    ClientConfig,
    ConversionClient,
    Credentials,
    MissingSecretError,
)
from .context import AppContext, Overrides, SetupError
from .conversion import Channel, Conversion
from .credentials import CredentialsError
from .neterrors import explain, proxy_auth_sentence
from .network import NetworkPlan, ProxyRoute, is_loopback
from .statuses import Kind
from .tlsprobe import TunnelRefused, check_tls

log = logging.getLogger(__name__)

PROBE_KEY = "conversion-gui-doctor"   # a key no account has: the API must answer 401
PROBE_SECRET = "not-a-real-secret"    # noqa: S105 - deliberately wrong, that is the point
# A conversion the API must refuse after checking the credentials: its timestamp is invalid.
PROBE_CONVERSION = Conversion(Channel.SMS, "conversion-gui-doctor-check", False,
                              "0000-00-00 00:00:00")


class Verdict(StrEnum):
    OK = "ok"
    FAIL = "fail"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class CheckLine:
    name: str
    verdict: Verdict
    text: str

    def render(self) -> str:
        mark = {Verdict.OK: "ok  ", Verdict.FAIL: "FAIL", Verdict.SKIPPED: "--  "}[self.verdict]
        return f"{mark} {self.name}: {self.text}"

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "verdict": self.verdict.value, "text": self.text}


CHECK_NAMES = ("Data folder", "Keychain", "DNS", "Proxy", "TLS", "API", "Credentials")
_NETWORK_STEPS = frozenset({"DNS", "TLS", "API", "Credentials"})


class Doctor:
    """Runs the checks against the profile's base URL (or the one given for this run)."""

    def __init__(self, ctx: AppContext, overrides: Overrides | None = None,
                 timeout: float = 5.0) -> None:
        self.ctx = ctx
        self.overrides = overrides or Overrides()
        self.timeout = timeout
        self._setup_problem: str | None = None
        self._profile_name = ""
        try:
            profile, _resolved = ctx.credentials(self.overrides)
            self.base_url = profile.base_url
            self._profile_name = profile.name
        except (SetupError, CredentialsError, MissingSecretError) as exc:
            self._setup_problem = str(exc)
            self.base_url = self.overrides.base_url or DEFAULT_BASE_URL
        parts = urlsplit(self.base_url)
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.https = parts.scheme == "https"
        self.plan: NetworkPlan | None = None
        self.route: ProxyRoute | None = None

    def header(self) -> list[str]:
        mode = "sandbox mode, the built-in simulator" if self.ctx.sandbox else "live"
        return [f"conversion-gui {__version__} connection check, {platform.system()} "
                f"{platform.release()}, Python {platform.python_version()}",
                f"API: {self.base_url} ({mode})"]

    def run(self, on_line: Callable[[CheckLine], None] | None = None,
            cancel: threading.Event | None = None) -> list[CheckLine]:
        """Every check in order; ``on_line`` hears each line as soon as it is known."""
        lines: list[CheckLine] = []
        checks = (self.data_folder, self.keychain, self.dns, self.proxy, self.tls, self.api,
                  self.credentials)
        blocked: str | None = None  # a failed network step: the later ones would only repeat it
        for name, check in zip(CHECK_NAMES, checks, strict=True):
            if cancel is not None and cancel.is_set():
                break
            try:
                if blocked is not None and name in _NETWORK_STEPS and not (
                        name == "Credentials" and self._setup_problem):
                    line = CheckLine(name, Verdict.SKIPPED,
                                     f"not tried: fix the {blocked} line first")
                else:
                    line = check()
            except Exception as exc:  # a check reports; it never takes the doctor down
                log.exception("doctor: the %s check failed unexpectedly", name)
                line = CheckLine(name, Verdict.FAIL,
                                 f"the check itself failed ({type(exc).__name__}; see the log)")
            log.info("doctor: %s", line.render())
            if line.verdict is Verdict.FAIL and name in _NETWORK_STEPS and blocked is None:
                blocked = name
            lines.append(line)
            if on_line is not None:
                on_line(line)
        return lines

    # -- the checks --------------------------------------------------------------------------
    def data_folder(self) -> CheckLine:
        folder = self.ctx.data_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
                pass
        except OSError as exc:
            return CheckLine("Data folder", Verdict.FAIL,
                             f"{folder} is not writable ({exc.strerror or exc}): free some "
                             "space or choose another folder with --data-dir")
        return CheckLine("Data folder", Verdict.OK, f"{folder} is writable")

    def keychain(self) -> CheckLine:
        store = self.ctx.secrets
        if self.ctx.sandbox:
            return CheckLine("Keychain", Verdict.OK, "not used in sandbox mode (demo account)")
        where = store.where
        if store.persistent:
            return CheckLine("Keychain", Verdict.OK, f"secrets are kept in {where}")
        return CheckLine("Keychain", Verdict.FAIL,
                         f"secrets are kept in {where}: they are lost when the app closes; "
                         "unlock or install the system keychain")

    def dns(self) -> CheckLine:
        self.plan = self.ctx.network_plan()
        self.route = self.plan.proxy_for(self.base_url)
        if is_loopback(self.host) or _is_address(self.host):
            return CheckLine("DNS", Verdict.OK, f"{self.host} needs no lookup")
        try:
            found = socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
        except OSError:
            if self.route is not None:
                return CheckLine("DNS", Verdict.OK, f"{self.host} is not known here; the proxy "
                                 "looks names up itself")
            return CheckLine("DNS", Verdict.FAIL,
                             f"the name '{self.host}' could not be found: check the base URL "
                             "and the network connection, or whether a proxy is needed "
                             "(Settings › Network)")
        addresses = sorted({str(info[4][0]) for info in found})
        return CheckLine("DNS", Verdict.OK, f"{self.host} is {', '.join(addresses[:3])}")

    def proxy(self) -> CheckLine:
        plan = self.plan or self.ctx.network_plan()
        route = plan.proxy_for(self.base_url)
        text = plan.describe_proxy(self.base_url)
        if is_loopback(self.host):
            text = "none: the API is on this machine"
        if route is not None and route.user and not route.password:
            return CheckLine("Proxy", Verdict.FAIL,
                             f"{text}, but no password is set: set it in Settings › Network")
        return CheckLine("Proxy", Verdict.OK, text)

    def tls(self) -> CheckLine:
        plan = self.plan or self.ctx.network_plan()
        if not self.https:
            return CheckLine("TLS", Verdict.SKIPPED,
                             "not used: plain http to this machine (the built-in simulator)")
        try:
            seen = check_tls(self.host, self.port, plan.trust, self.route, self.timeout)
        except TunnelRefused as exc:
            if exc.status == 407:
                return CheckLine("TLS", Verdict.FAIL, proxy_auth_sentence(self.route))
            return CheckLine("TLS", Verdict.FAIL,
                             f"the proxy would not connect to {self.host} ({exc.status} "
                             f"{exc.reason}): ask IT whether it allows this address")
        except OSError as exc:
            failure = explain(exc, self.base_url, self.route, (self.timeout, self.timeout))
            return CheckLine("TLS", Verdict.FAIL, failure.sentence)
        cert = seen.certificate
        if seen.trusted:
            issuer = f"issued by '{cert.issuer}'" if cert else "certificate"
            return CheckLine("TLS", Verdict.OK,
                             f"{issuer}, trusted through {plan.trust.description}")
        assert seen.error is not None
        failure = explain(seen.error, self.base_url, self.route, issuer=lambda: cert)
        return CheckLine("TLS", Verdict.FAIL, failure.sentence)

    def api(self) -> CheckLine:
        plan = self.plan or self.ctx.network_plan()
        config = ClientConfig(base_url=self.base_url, auth=AuthMode.BASIC,
                              connect_timeout=self.timeout, read_timeout=2 * self.timeout)
        with ConversionClient(config, Credentials(PROBE_KEY, PROBE_SECRET),
                              plan.session) as client:
            outcome = client.send(PROBE_CONVERSION)
        if outcome.kind is Kind.WRONG_CREDENTIALS:
            return CheckLine("API", Verdict.OK,
                             "the API answers (401 to made-up credentials, as it should)")
        if outcome.status is None:
            return CheckLine("API", Verdict.FAIL, outcome.meaning)
        return CheckLine("API", Verdict.FAIL,
                         f"answered {outcome.status} to made-up credentials instead of 401: "
                         "is the base URL really the Conversion API?")

    def credentials(self) -> CheckLine:
        if self._setup_problem is not None:
            return CheckLine("Credentials", Verdict.FAIL, self._setup_problem)
        try:
            client, profile = self.ctx.client(self.overrides)
        except (SetupError, CredentialsError, MissingSecretError) as exc:
            return CheckLine("Credentials", Verdict.FAIL, str(exc))
        with client:
            outcome = client.send(PROBE_CONVERSION)
        who = f"profile {profile.name!r} (key {profile.api_key})"
        if outcome.kind is Kind.INVALID or outcome.accepted:
            return CheckLine("Credentials", Verdict.OK,
                             f"{who} is accepted (checked with a deliberately invalid "
                             "conversion: nothing was recorded)")
        if outcome.kind in (Kind.WRONG_CREDENTIALS, Kind.NOT_ENABLED):
            return CheckLine("Credentials", Verdict.FAIL,
                             f"{who}: {outcome.status} {outcome.meaning}")
        return CheckLine("Credentials", Verdict.FAIL, f"{who}: {outcome.meaning}")


def _is_address(host: str) -> bool:
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host.strip("[]"))
    except OSError:
        return False
    return True


def report(header: list[str], lines: list[CheckLine]) -> str:
    """The text to paste into a support ticket."""
    failed = [line.name for line in lines if line.verdict is Verdict.FAIL]
    summary = (f"{len(failed)} problem(s): {', '.join(failed)}" if failed
               else "everything checked is fine")
    return "\n".join([*header, *(line.render() for line in lines), summary]) + "\n"
