"""Behind a company network: a root CA made here with openssl, the simulator behind HTTPS signed
by it, a CONNECT proxy with and without a password. Real sockets on loopback throughout.

No test reads the machine's own proxy or CA variables: each one clears them and sets its own.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from conversion_gui.core.client import ClientConfig, ConversionClient, Credentials, Outcome
from conversion_gui.core.context import AppContext
from conversion_gui.core.conversion import make_conversion
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.core.neterrors import explain
from conversion_gui.core.network import (
    NetworkPlan,
    NetworkSettings,
    NetworkSettingsError,
    ProxyMode,
    choose_trust,
)
from conversion_gui.core.statuses import Action, Kind, TransportError
from conversion_gui.core.tlsprobe import check_tls, parse_certificate
from conversion_gui.simulator import Simulator
from tests.netkit import CA_NAME, ConnectProxy, Issued, TestCA, TlsFront, self_signed

NETWORK_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "https_proxy",
                     "http_proxy", "all_proxy", "no_proxy", "REQUESTS_CA_BUNDLE",
                     "CURL_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR")
API_HOST = "api.example.test"  # resolved by the proxy only, as behind a company proxy


@pytest.fixture(autouse=True)
def clean_network_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in NETWORK_VARIABLES:
        monkeypatch.delenv(name, raising=False)


class Company:
    def __init__(self, folder: Path) -> None:
        self.ca = TestCA(folder / "ca")
        self.localhost = self.ca.issue("localhost")
        self.api = self.ca.issue("api", names=(API_HOST,), ips=())
        self.other = self.ca.issue("other", names=("other.example",), ips=())
        self.expired = self.ca.issue("expired", expired=True)
        self.nobody = self_signed(folder / "nobody")


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> Company:
    return Company(tmp_path_factory.mktemp("company"))


@pytest.fixture
def front(simulator: Simulator, company: Company) -> Iterator[TlsFront]:
    """The simulator behind HTTPS with a certificate from the company CA, for localhost."""
    with TlsFront(simulator.port, company.localhost) as relay:
        yield relay


def https_front(simulator: Simulator, issued: Issued) -> TlsFront:
    relay = TlsFront(simulator.port, issued)
    relay.start()
    return relay


def send(base_url: str, creds: Credentials, plan: NetworkPlan | None = None,
         **config: float) -> tuple[ConversionClient, Outcome]:
    client = ConversionClient(ClientConfig(base_url=base_url, **config), creds,  # type: ignore[arg-type]
                              (plan or NetworkPlan.build()).session)
    with client:
        return client, client.send(make_conversion("sms", "0A00000001", True,
                                                   "2026-01-15 10:00:00"))


# -- trust --------------------------------------------------------------------------------------
def test_a_company_ca_in_the_machine_store_is_trusted(
        monkeypatch: pytest.MonkeyPatch, company: Company, front: TlsFront,
        simulator: Simulator, demo_credentials: Credentials) -> None:
    url = f"https://localhost:{front.port}"
    # certifi alone (yesterday's client) refuses it: the issue as a user met it
    with pytest.raises(requests.exceptions.SSLError):
        requests.post(f"{url}/conversions/sms", timeout=5)
    monkeypatch.setenv("SSL_CERT_FILE", str(company.ca.cert))  # how IT installs it on Linux
    trust = choose_trust()
    assert trust.name == "system"
    assert f"SSL_CERT_FILE={company.ca.cert}" in trust.description
    _client, outcome = send(url, demo_credentials)
    assert outcome.accepted
    assert simulator.accepted("sms") == {"0A00000001": 1}


def test_requests_ca_bundle_is_still_honoured(
        monkeypatch: pytest.MonkeyPatch, company: Company, front: TlsFront,
        demo_credentials: Credentials) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(company.ca.cert))
    trust = choose_trust()
    assert (trust.name, trust.description) == (
        "bundle", f"the certificates in {company.ca.cert} (REQUESTS_CA_BUNDLE)")
    _client, outcome = send(f"https://localhost:{front.port}", demo_credentials)
    assert outcome.accepted


def test_an_untrusted_certificate_names_its_issuer(
        front: TlsFront, simulator: Simulator, demo_credentials: Credentials,
        caplog: pytest.LogCaptureFixture) -> None:
    _client, outcome = send(f"https://localhost:{front.port}", demo_credentials)
    assert (outcome.kind, outcome.action, outcome.transport) == (
        Kind.TLS, Action.FAIL, TransportError.TLS)
    assert outcome.meaning == (
        f"The server's certificate was issued by '{CA_NAME}', which this computer does not "
        "trust. If your company inspects HTTPS, ask IT to install its root certificate.")
    assert "SSLCertVerificationError" in caplog.text  # the detail is in the log
    assert simulator.records() == []


def test_a_self_signed_certificate_is_refused_by_name(
        simulator: Simulator, company: Company, demo_credentials: Credentials) -> None:
    relay = https_front(simulator, company.nobody)
    try:
        _client, outcome = send(f"https://localhost:{relay.port}", demo_credentials)
    finally:
        relay.stop()
    assert outcome.kind is Kind.TLS
    assert "issued by 'Nobody Trusts Me'" in outcome.meaning


@pytest.mark.parametrize(("stem", "words"), [
    ("other", "The server's certificate is not for 'localhost': check the base URL"),
    ("expired", "The server's certificate for 'localhost' has expired: check this "
                "computer's date and time"),
])
def test_a_wrong_name_and_an_expired_certificate_each_have_their_sentence(
        monkeypatch: pytest.MonkeyPatch, simulator: Simulator, company: Company,
        demo_credentials: Credentials, stem: str, words: str) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(company.ca.cert))
    relay = https_front(simulator, getattr(company, stem))
    try:
        _client, outcome = send(f"https://localhost:{relay.port}", demo_credentials)
    finally:
        relay.stop()
    assert outcome.kind is Kind.TLS
    assert outcome.meaning.startswith(words)
    assert simulator.records() == []


def test_verification_cannot_be_switched_off(front: TlsFront,
                                             demo_credentials: Credentials) -> None:
    plan = NetworkPlan.build()

    def careless() -> requests.Session:
        session = plan.session()
        session.verify = False
        return session

    client = ConversionClient(ClientConfig(base_url=f"https://localhost:{front.port}"),
                              demo_credentials, careless)
    with client:
        assert client.send(make_conversion("sms", "x1", True)).kind is Kind.TLS
    session = plan.session()
    with pytest.raises(requests.exceptions.SSLError):
        session.post(f"https://localhost:{front.port}/conversions/sms", verify=False, timeout=5)


def test_the_certificate_reader_names_subject_issuer_and_expiry(company: Company) -> None:
    der = ssl.PEM_cert_to_DER_cert(company.localhost.cert.read_text())
    seen = parse_certificate(der)
    assert (seen.subject, seen.issuer, seen.expired) == ("localhost", CA_NAME, False)
    old = parse_certificate(ssl.PEM_cert_to_DER_cert(company.expired.cert.read_text()))
    assert old.expired and old.not_after is not None and old.not_after.year == 2020
    with pytest.raises(ValueError, match="not a certificate"):
        parse_certificate(b"\x30\x03\x02\x01")


def test_check_tls_sees_the_issuer_trusted_or_not(
        monkeypatch: pytest.MonkeyPatch, front: TlsFront, company: Company) -> None:
    refused = check_tls("localhost", front.port, choose_trust(), None, 5)
    assert not refused.trusted and refused.certificate is not None
    assert refused.certificate.issuer == CA_NAME
    monkeypatch.setenv("SSL_CERT_FILE", str(company.ca.cert))
    trusted = check_tls("localhost", front.port, choose_trust(), None, 5)
    assert trusted.trusted and trusted.certificate is not None
    assert trusted.certificate.issuer == CA_NAME


# -- proxies ------------------------------------------------------------------------------------
@pytest.fixture
def api_front(simulator: Simulator, company: Company) -> Iterator[TlsFront]:
    with TlsFront(simulator.port, company.api) as relay:
        yield relay


def test_requests_go_through_https_proxy(
        monkeypatch: pytest.MonkeyPatch, company: Company, api_front: TlsFront,
        simulator: Simulator, demo_credentials: Credentials) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(company.ca.cert))
    with ConnectProxy({API_HOST: ("127.0.0.1", api_front.port)}) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        plan = NetworkPlan.build()
        assert plan.describe_proxy(f"https://{API_HOST}") == (
            f"proxy 127.0.0.1:{proxy.port} from the HTTPS_PROXY variable")
        _client, outcome = send(f"https://{API_HOST}", demo_credentials, plan)
        assert outcome.accepted
        assert proxy.requests == [f"{API_HOST}:443"]
    assert simulator.accepted("sms") == {"0A00000001": 1}


def test_a_manual_proxy_with_a_password_from_the_keychain(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, company: Company,
        api_front: TlsFront, simulator: Simulator) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(company.ca.cert))
    monkeypatch.setenv("VONAGE_API_KEY", "demo-key")
    with ConnectProxy({API_HOST: ("127.0.0.1", api_front.port)}, "alice",
                      "pr0xy-pass") as proxy:
        ctx = AppContext(tmp_path, secret_store=MemoryStore(), environ=dict(os.environ))
        try:
            settings = NetworkSettings(ProxyMode.MANUAL, "127.0.0.1",
                                       proxy.port, "alice")
            ctx.save_network(settings)  # no password yet
            _client, outcome = send(f"https://{API_HOST}",
                                    Credentials("demo-key", "demo-secret"), ctx.network_plan())
            assert (outcome.kind, outcome.action) == (
                Kind.PROXY_AUTH, Action.STOP)
            assert outcome.meaning == (
                f"The proxy 127.0.0.1:{proxy.port} refused the user name 'alice' "
                "and its password (407): correct them in Settings › Network.")
            ctx.save_network(settings, password="pr0xy-pass")
            assert NetworkSettings.load(tmp_path) == settings
            assert "pr0xy-pass" not in (tmp_path / "network.json").read_text()
            from conversion_gui.simulator import DEMO_ACCOUNT

            creds = Credentials(DEMO_ACCOUNT.api_key, DEMO_ACCOUNT.api_secret)
            _client, outcome = send(f"https://{API_HOST}", creds, ctx.network_plan())
            assert outcome.accepted
            assert proxy.refused_auth == 1
        finally:
            ctx.close()


def test_a_proxy_asking_for_a_password_nobody_gave(
        monkeypatch: pytest.MonkeyPatch, demo_credentials: Credentials) -> None:
    with ConnectProxy({}, "alice", "secret") as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        _client, outcome = send(f"https://{API_HOST}", demo_credentials)
    assert outcome.kind is Kind.PROXY_AUTH
    assert outcome.meaning == (
        f"The proxy 127.0.0.1:{proxy.port} asks for a user name and password (407): set "
        "them in Settings › Network.")


def test_a_proxy_that_cannot_reach_the_host(monkeypatch: pytest.MonkeyPatch,
                                            demo_credentials: Credentials) -> None:
    with ConnectProxy({}) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        _client, outcome = send(f"https://{API_HOST}", demo_credentials)
    assert outcome.kind is Kind.UNREACHABLE
    assert outcome.meaning.startswith(
        f"Could not reach the API: the proxy 127.0.0.1:{proxy.port} would not connect to "
        f"'{API_HOST}' (502")


def test_which_proxy_a_url_goes_through() -> None:
    env = {"https_proxy": "http://bob:pw@proxy.corp:3128", "NO_PROXY": "internal.corp,.lan"}
    plan = NetworkPlan.build(environ=env)
    route = plan.proxy_for("https://api.nexmo.com")
    assert route is not None
    assert (route.url, route.label, route.user, route.password) == (
        "http://proxy.corp:3128", "proxy.corp:3128", "bob", "pw")
    assert "pw" not in repr(route) and "pw" not in plan.describe_proxy("https://api.nexmo.com")
    assert plan.proxy_for("https://internal.corp/x") is None
    assert plan.proxy_for("https://box.lan") is None
    assert plan.proxy_for("http://127.0.0.1:8765") is None  # the simulator: never proxied
    assert plan.proxy_for("https://localhost:1") is None
    none = NetworkPlan.build(NetworkSettings(ProxyMode.NONE), environ=env)
    assert none.proxy_for("https://api.nexmo.com") is None
    manual = NetworkPlan.build(NetworkSettings(ProxyMode.MANUAL, "10.0.0.1", 8080), environ=env)
    assert manual.proxy_for("https://api.nexmo.com").url == "http://10.0.0.1:8080"


def test_the_os_proxy_settings_when_no_variable_names_one() -> None:
    plan = NetworkPlan(choose_trust({}), NetworkSettings(), None, {},
                       system_proxies=lambda: {"https": "http://winproxy:8080"},
                       system_bypass=lambda host: host.endswith(".local"))
    route = plan.proxy_for("https://api.nexmo.com")
    assert route is not None and route.source == "the system proxy settings"
    assert route.label == "winproxy:8080"
    assert plan.proxy_for("https://printer.local") is None


def test_network_settings_are_checked_and_kept(tmp_path: Path) -> None:
    with pytest.raises(NetworkSettingsError, match="port"):
        NetworkSettings(ProxyMode.MANUAL, "proxy.corp", 0)
    with pytest.raises(NetworkSettingsError, match="host"):
        NetworkSettings(ProxyMode.MANUAL, "", 3128)
    assert NetworkSettings.load(tmp_path) == NetworkSettings()
    kept = NetworkSettings(ProxyMode.MANUAL, "http://proxy.corp:3128", 3128, " bob ")
    assert (kept.host, kept.user) == ("proxy.corp", "bob")
    kept.save(tmp_path)
    assert NetworkSettings.load(tmp_path) == kept
    (tmp_path / "network.json").write_text("{not json")
    assert NetworkSettings.load(tmp_path) == NetworkSettings()


# -- the other failures, each in its own words ---------------------------------------------------
def test_dns_failure_has_its_sentence(demo_credentials: Credentials) -> None:
    _client, outcome = send("https://no-such-host.invalid", demo_credentials)
    assert outcome.kind is Kind.UNREACHABLE
    assert outcome.meaning.startswith(
        "Could not reach the API: the name 'no-such-host.invalid' could not be found (DNS); "
        "nothing was sent.")


def test_a_connect_timeout_has_its_sentence() -> None:
    failure = explain(requests.exceptions.ConnectTimeout("timed out"), "https://api.nexmo.com",
                      timeouts=(5, 15))
    assert failure.transport is TransportError.CONNECT
    assert failure.sentence.startswith(
        "Could not reach the API: 'api.nexmo.com' did not answer within 5 s; nothing was sent.")


def test_a_server_that_never_answers_the_handshake_is_unreachable_not_no_answer(
        demo_credentials: Credentials) -> None:
    """urllib3 reports a stalled TLS handshake as a read timeout; nothing was sent yet."""
    import socket

    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never accepts or speaks
        port = silent.getsockname()[1]
        _client, outcome = send(f"https://localhost:{port}", demo_credentials,
                                connect_timeout=0.5, read_timeout=5)
    assert (outcome.kind, outcome.transport) == (Kind.UNREACHABLE, TransportError.CONNECT)
    assert outcome.meaning.startswith(
        "Could not reach the API: 'localhost' did not complete the secure connection within "
        "0.5 s; nothing was sent.")
