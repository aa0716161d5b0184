"""How the app reaches the API: which certificates it trusts and which proxy it goes through.

Certificates are verified against the machine's own trust store (``truststore``: the Windows
certificate store, the macOS keychain, OpenSSL's store on Linux, which honours SSL_CERT_FILE and
SSL_CERT_DIR), so a company root CA that IT installed is trusted like any browser trusts it.
REQUESTS_CA_BUNDLE (or CURL_CA_BUNDLE) still wins when set; certifi's bundle is the fallback
where no store is found. Verification is never switched off: there is no option for it.

The proxy comes from Settings › Network: automatic (HTTPS_PROXY / NO_PROXY, else the OS's own
settings), none, or manual (host, port, user; the password lives in the keychain). Loopback
targets (the built-in simulator) never go through a proxy.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import json
import logging
import os
import ssl
import sys
import tempfile
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import certifi
import requests
import requests.adapters

log = logging.getLogger(__name__)

NETWORK_FILE = "network.json"
CA_BUNDLE_VARIABLES = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


class NetworkSettingsError(ValueError):
    """A network setting a person must correct; the message says which."""


class ProxyMode(StrEnum):
    AUTO = "automatic"   # HTTPS_PROXY / NO_PROXY, else the OS's settings
    NONE = "none"        # always direct
    MANUAL = "manual"    # host, port, user from Settings › Network


@dataclass(frozen=True)
class NetworkSettings:
    """The Settings › Network choices; plain settings, never a password."""

    mode: ProxyMode = ProxyMode.AUTO
    host: str = ""
    port: int = 0
    user: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", ProxyMode(self.mode))
        host = self.host.strip()
        if "://" in host:
            host = urlsplit(host).hostname or ""
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "user", self.user.strip())
        if self.mode is ProxyMode.MANUAL:
            if not host or any(c.isspace() or c in "/@?#" for c in host):
                raise NetworkSettingsError("the proxy host must be a name like proxy.example.com")
            if not 1 <= int(self.port) <= 65535:
                raise NetworkSettingsError("the proxy port must be a number from 1 to 65535")
            if ":" in self.user:
                raise NetworkSettingsError("the proxy user name must not contain ':'")

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @classmethod
    def load(cls, data_dir: Path) -> NetworkSettings:
        """The saved settings; the defaults when there are none or they cannot be used."""
        path = data_dir / NETWORK_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(ProxyMode(data.get("mode", "automatic")), str(data.get("host", "")),
                       int(data.get("port", 0)), str(data.get("user", "")))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            log.warning("network settings in %s ignored (%s): using automatic", path,
                        type(exc).__name__)
            return cls()

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"mode": self.mode.value, "host": self.host, "port": self.port,
                           "user": self.user}, indent=2)
        fd, tmp = tempfile.mkstemp(prefix=".network-", dir=data_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, data_dir / NETWORK_FILE)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def is_loopback(host: str) -> bool:
    """This machine: never proxied, and the only place plain http may go."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# -- trust --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Trust:
    """The certificates a connection is verified against, and how to say so."""

    name: str          # "system", "bundle" or "certifi"
    description: str   # for the self-test, the doctor and the log
    context: ssl.SSLContext = field(repr=False, compare=False)


def _system_store_found() -> bool:
    """Whether OpenSSL (Linux) has any CA certificates to use; other OSes always have a store."""
    if sys.platform in ("win32", "darwin"):
        return True
    from truststore._openssl import _CA_FILE_CANDIDATES, _capath_contains_certs

    paths = ssl.get_default_verify_paths()
    return bool(paths.cafile or (paths.capath and _capath_contains_certs(paths.capath))
                or any(os.path.isfile(p) for p in _CA_FILE_CANDIDATES))


def _system_store_name(environ: Mapping[str, str]) -> str:
    if sys.platform == "win32":
        return "the Windows certificate store"
    if sys.platform == "darwin":
        return "the macOS keychain"
    named = [f"{v}={environ[v]}" for v in ("SSL_CERT_FILE", "SSL_CERT_DIR") if environ.get(v)]
    return "the system trust store (OpenSSL" + (f", {', '.join(named)})" if named else ")")


def choose_trust(environ: Mapping[str, str] | None = None) -> Trust:
    """REQUESTS_CA_BUNDLE when set, else the system trust store, else certifi's bundle."""
    env = os.environ if environ is None else environ
    for name in CA_BUNDLE_VARIABLES:
        bundle = env.get(name)
        if bundle:
            folder = os.path.isdir(bundle)
            try:
                context = ssl.create_default_context(cafile=None if folder else bundle,
                                                     capath=bundle if folder else None)
            except (OSError, ssl.SSLError) as exc:
                log.warning("%s=%s cannot be read (%s): using the system trust store", name,
                            bundle, exc)
                break
            return Trust("bundle", f"the certificates in {bundle} ({name})", context)
    try:
        import truststore

        if _system_store_found():
            return Trust("system", _system_store_name(env),
                         truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    except ImportError:  # pragma: no cover - a bundle built without it
        log.warning("truststore is missing: verifying against certifi's bundle")
    return Trust("certifi", "the certificates that ship with the app (certifi)",
                 ssl.create_default_context(cafile=certifi.where()))


# -- proxies ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProxyRoute:
    """The proxy one URL goes through; ``url`` never holds a password."""

    url: str                         # http://host:port
    source: str                      # where it came from, in words
    user: str = ""
    password: str | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        parts = urlsplit(self.url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return f"{parts.hostname}:{port}"

    def authorization(self) -> str | None:
        if not self.user:
            return None
        token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
        return f"Basic {token}"


def _env_proxies(environ: Mapping[str, str]) -> dict[str, str]:
    """urllib's reading of the *_proxy variables (lower case wins), from a given mapping."""
    found: dict[str, str] = {}
    for name, value in environ.items():
        low = name.lower()
        if value and low.endswith("_proxy"):
            scheme = low[: -len("_proxy")]
            if name == low or scheme not in found:
                found[scheme] = value
    return found


def _strip_userinfo(url: str) -> tuple[str, str, str | None]:
    """(url without user:password@, user, password): a URL that is shown never holds them."""
    text = url if "://" in url else f"http://{url}"
    parts = urlsplit(text)
    user = parts.username or ""
    password = parts.password
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    netloc = f"{host}:{parts.port}" if parts.port else host
    from urllib.parse import unquote

    return (f"{parts.scheme}://{netloc}", unquote(user),
            None if password is None else unquote(password))


SystemProxies = Callable[[], dict[str, str]]
SystemBypass = Callable[[str], bool]


@dataclass(frozen=True)
class NetworkPlan:
    """Everything a session needs: trust, proxy settings, and the environment read once."""

    trust: Trust
    settings: NetworkSettings = NetworkSettings()
    password: str | None = field(default=None, repr=False)
    environ: Mapping[str, str] = field(default_factory=dict, repr=False)
    system_proxies: SystemProxies = field(default=urllib.request.getproxies, repr=False)
    system_bypass: SystemBypass = field(default=urllib.request.proxy_bypass, repr=False)

    @classmethod
    def build(cls, settings: NetworkSettings | None = None, password: str | None = None,
              environ: Mapping[str, str] | None = None) -> NetworkPlan:
        env = dict(os.environ if environ is None else environ)
        return cls(choose_trust(env), settings or NetworkSettings(), password, env)

    def proxy_for(self, url: str) -> ProxyRoute | None:
        """The proxy ``url`` goes through, or None for a direct connection."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host or is_loopback(host) or self.settings.mode is ProxyMode.NONE:
            return None
        if self.settings.mode is ProxyMode.MANUAL:
            return ProxyRoute(f"http://{self.settings.address}",
                              "Settings › Network (manual)", self.settings.user, self.password)
        env = _env_proxies(self.environ)
        if env:
            bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
            if bypass(host, {**env, "no": env.get("no", "")}):
                return None
            source = "the environment"
            chosen = env.get(parts.scheme) or env.get("all")
            name = f"{parts.scheme.upper()}_PROXY" if env.get(parts.scheme) else "ALL_PROXY"
            source = f"the {name} variable"
        else:
            try:
                system = self.system_proxies()
                if not system or self.system_bypass(host):
                    return None
            except Exception as exc:  # a broken OS setting: say so in the log, go direct
                log.warning("the system proxy settings could not be read: %s", exc)
                return None
            chosen = system.get(parts.scheme) or system.get("all")
            source = "the system proxy settings"
        if not chosen:
            return None
        clean, user, password = _strip_userinfo(chosen)
        return ProxyRoute(clean, source, user, password)

    def describe_proxy(self, url: str) -> str:
        route = self.proxy_for(url)
        if route is None:
            if self.settings.mode is ProxyMode.NONE:
                return "none (Settings › Network: no proxy)"
            return "none: a direct connection"
        auth = f", as user {route.user!r}" if route.user else ""
        return f"proxy {route.label} from {route.source}{auth}"

    def session(self) -> requests.Session:
        """A session that verifies against ``trust`` and routes through ``proxy_for``."""
        session = requests.Session()
        session.trust_env = False  # the plan has read the environment; no .netrc either
        adapter = TrustedAdapter(self)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session


class TrustedAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter with our SSL context on every connection and our proxy choice.

    ``verify=False`` on a session changes nothing here: certificates are always required.
    """

    def __init__(self, plan: NetworkPlan) -> None:
        self.plan = plan
        self._routes: dict[str, ProxyRoute | None] = {}
        super().__init__()

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        pool_kwargs["ssl_context"] = self.plan.trust.context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[Any, Any]:
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(
            request, True, cert)
        pool_kwargs.pop("ca_certs", None)
        pool_kwargs.pop("ca_cert_dir", None)
        pool_kwargs["cert_reqs"] = "CERT_REQUIRED"
        pool_kwargs["ssl_context"] = self.plan.trust.context
        return host_params, pool_kwargs

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        # requests would load certifi into our context on every connection: the context
        # already holds the trust, and a certificate is required whatever ``verify`` says.
        super().cert_verify(conn, url, True, cert)  # type: ignore[no-untyped-call]
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs.setdefault("proxy_ssl_context", self.plan.trust.context)
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def proxy_headers(self, proxy: str) -> dict[str, str]:
        for route in self._routes.values():
            if route is not None and route.url == proxy:
                value = route.authorization()
                return {"Proxy-Authorization": value} if value else {}
        return {}

    def route(self, url: str) -> ProxyRoute | None:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._routes:
            self._routes[key] = self.plan.proxy_for(url)
        return self._routes[key]

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Mapping[str, str] | None = None) -> requests.Response:
        route = self.route(request.url or "")
        chosen = {} if route is None else {"https": route.url, "http": route.url}
        return super().send(request, stream=stream, timeout=timeout, verify=True, cert=cert,
                            proxies=chosen)


def plan_of(session: requests.Session, url: str) -> tuple[NetworkPlan | None, ProxyRoute | None]:
    """The plan and proxy a session uses for ``url``, when it is one of ours."""
    try:
        adapter = session.get_adapter(url)
    except requests.exceptions.InvalidSchema:
        return None, None
    if isinstance(adapter, TrustedAdapter):
        return adapter.plan, adapter.route(url)
    return None, None
