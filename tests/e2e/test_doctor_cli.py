"""``conversion-gui doctor`` as a user runs it: each line, the JSON, the exit status."""

from __future__ import annotations

from pathlib import Path

from conversion_gui.simulator import Simulator
from tests.e2e.conftest import Run, account_env, last_json
from tests.netkit import CA_NAME, TestCA, TlsFront

NO_PROXY_ENV = {name: "" for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                                      "ALL_PROXY", "all_proxy", "REQUESTS_CA_BUNDLE",
                                      "CURL_CA_BUNDLE", "SSL_CERT_DIR")}


def test_doctor_in_sandbox_mode(run: Run) -> None:
    done = run("doctor", "--sandbox", "--json")
    assert done.returncode == 0, done.stderr
    payload = last_json(done.stdout)
    assert payload["ok"] is True and payload["sandbox"] is True
    assert [c["name"] for c in payload["checks"]] == [
        "Data folder", "Keychain", "DNS", "Proxy", "TLS", "API", "Credentials"]
    assert "ok   API: the API answers (401 to made-up credentials" in done.stderr
    assert "Traceback" not in done.stderr


def test_doctor_names_the_untrusted_issuer_then_trusts_it(
        run: Run, tmp_path: Path, simulator: Simulator) -> None:
    ca = TestCA(tmp_path / "ca")
    with TlsFront(simulator.port, ca.issue("localhost")) as front:
        base = ["doctor", "--base-url", f"https://localhost:{front.port}"]
        env = {**NO_PROXY_ENV, **account_env(), "SSL_CERT_FILE": ""}
        refused = run(*base, env=env)
        assert refused.returncode == 1, refused.stderr
        assert (f"FAIL TLS: The server's certificate was issued by '{CA_NAME}', which this "
                "computer does not trust.") in refused.stdout
        trusted = run(*base, env={**env, "SSL_CERT_FILE": str(ca.cert)})
    assert f"ok   TLS: issued by '{CA_NAME}', trusted through" in trusted.stdout
    assert "ok   Credentials: profile 'environment'" in trusted.stdout
    assert "Traceback" not in refused.stderr + trusted.stderr
