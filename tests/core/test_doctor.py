"""The connection doctor against real servers on loopback: the sandbox, the company CA behind
HTTPS (trusted or not), a proxy with and without its password, wrong credentials, bad DNS."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from conversion_gui.core.context import AppContext, Overrides
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.core.doctor import CHECK_NAMES, CheckLine, Doctor, Verdict, report
from conversion_gui.core.network import NetworkSettings, ProxyMode
from conversion_gui.simulator import DEMO_ACCOUNT, Simulator
from tests.core.test_network import API_HOST, Company, clean_network_env  # noqa: F401
from tests.netkit import CA_NAME, ConnectProxy, TlsFront

PROXY_PASSWORD = "Zq9-proxy-pass-8812"


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> Company:
    return Company(tmp_path_factory.mktemp("company"))


def run(ctx: AppContext, base_url: str | None = None) -> tuple[dict[str, CheckLine], str]:
    heard: list[CheckLine] = []
    doctor = Doctor(ctx, Overrides(base_url=base_url), timeout=3)
    lines = doctor.run(heard.append)
    assert heard == lines  # each line was handed on as it was known
    assert [line.name for line in lines] == list(CHECK_NAMES)
    text = report(doctor.header(), lines)
    for secret in (DEMO_ACCOUNT.api_secret, DEMO_ACCOUNT.signature_secret, PROXY_PASSWORD):
        assert secret not in text
    return {line.name: line for line in lines}, text


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("VONAGE_API_KEY", DEMO_ACCOUNT.api_key)
    monkeypatch.setenv("VONAGE_API_SECRET", DEMO_ACCOUNT.api_secret)
    ctx = AppContext(tmp_path / "data", secret_store=MemoryStore(), environ=dict(os.environ))
    yield ctx
    ctx.close()


def test_sandbox_every_line_ok(tmp_path: Path) -> None:
    ctx = AppContext(tmp_path, sandbox=True)
    try:
        lines, text = run(ctx)
    finally:
        ctx.close()
    assert {name: line.verdict for name, line in lines.items()} == {
        "Data folder": Verdict.OK, "Keychain": Verdict.OK, "DNS": Verdict.OK,
        "Proxy": Verdict.OK, "TLS": Verdict.SKIPPED, "API": Verdict.OK,
        "Credentials": Verdict.OK}
    assert lines["API"].text == "the API answers (401 to made-up credentials, as it should)"
    assert "nothing was recorded" in lines["Credentials"].text
    assert text.rstrip().endswith("everything checked is fine")


def test_company_ca_trusted(monkeypatch: pytest.MonkeyPatch, company: Company,
                            simulator: Simulator, live: AppContext) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(company.ca.cert))
    live.environ = dict(os.environ)
    with TlsFront(simulator.port, company.localhost) as front:
        lines, _text = run(live, f"https://localhost:{front.port}")
    assert lines["TLS"].verdict is Verdict.OK
    assert lines["TLS"].text == (f"issued by '{CA_NAME}', trusted through the system trust "
                                 f"store (OpenSSL, SSL_CERT_FILE={company.ca.cert})")
    assert lines["API"].verdict is Verdict.OK
    assert lines["Credentials"].verdict is Verdict.OK
    assert simulator.accepted() == {}  # the checks never record a conversion


def test_company_ca_not_trusted(company: Company, simulator: Simulator,
                                live: AppContext) -> None:
    with TlsFront(simulator.port, company.localhost) as front:
        lines, text = run(live, f"https://localhost:{front.port}")
    assert lines["TLS"].verdict is Verdict.FAIL
    assert lines["TLS"].text.startswith(f"The server's certificate was issued by '{CA_NAME}', "
                                        "which this computer does not trust.")
    assert lines["API"].verdict is Verdict.SKIPPED
    assert text.rstrip().endswith("2 problem(s): Keychain, TLS")
    assert simulator.records() == []


def test_wrong_credentials_are_named(monkeypatch: pytest.MonkeyPatch, simulator: Simulator,
                                     live: AppContext) -> None:
    live.environ["VONAGE_API_SECRET"] = "wrong-secret"
    lines, _text = run(live, simulator.base_url)
    assert lines["API"].verdict is Verdict.OK
    assert lines["Credentials"].verdict is Verdict.FAIL
    assert "401 Wrong credentials" in lines["Credentials"].text


def test_through_a_proxy_with_and_without_its_password(
        monkeypatch: pytest.MonkeyPatch, company: Company, simulator: Simulator,
        live: AppContext) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(company.ca.cert))
    live.environ = {**os.environ, "VONAGE_API_KEY": DEMO_ACCOUNT.api_key,
                    "VONAGE_API_SECRET": DEMO_ACCOUNT.api_secret}
    with TlsFront(simulator.port, company.api) as front, \
            ConnectProxy({API_HOST: ("127.0.0.1", front.port)}, "alice", PROXY_PASSWORD) as proxy:
        live.save_network(NetworkSettings(ProxyMode.MANUAL, "127.0.0.1", proxy.port, "alice"))
        lines, _text = run(live, f"https://{API_HOST}")
        assert lines["DNS"].verdict is Verdict.OK  # not known here: the proxy looks it up
        assert lines["Proxy"].verdict is Verdict.FAIL
        assert lines["Proxy"].text.endswith("no password is set: set it in Settings › Network")
        assert lines["TLS"].text == (f"The proxy 127.0.0.1:{proxy.port} refused the user name "
                                     "'alice' and its password (407): correct them in "
                                     "Settings › Network.")
        live.save_network(NetworkSettings(ProxyMode.MANUAL, "127.0.0.1", proxy.port, "alice"),
                          password=PROXY_PASSWORD)
        lines, _text = run(live, f"https://{API_HOST}")
    assert lines["Proxy"].text == (f"proxy 127.0.0.1:{proxy.port} from Settings › Network "
                                   "(manual), as user 'alice'")
    assert [lines[n].verdict for n in ("TLS", "API", "Credentials")] == [Verdict.OK] * 3


def test_an_unknown_host(live: AppContext) -> None:
    lines, _text = run(live, "https://no-such-host.invalid")
    assert lines["DNS"].verdict is Verdict.FAIL
    assert lines["DNS"].text.startswith("the name 'no-such-host.invalid' could not be found")
    assert [lines[n].verdict for n in ("TLS", "API", "Credentials")] == [Verdict.SKIPPED] * 3
