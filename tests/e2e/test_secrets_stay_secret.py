"""After a session that used every feature, no file the app wrote holds a secret.

Every auth mode, single sends, a batch, the history export, the credentials command and
dialog, the GUI pages and the self-test, with logging at DEBUG (requests and urllib3
included); then every byte under the data and log folders, and the exported files, is
searched for each secret, its base64 form (an Authorization header) and its URL-encoded form.
"""

from __future__ import annotations

import base64
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from conversion_gui import cli
from conversion_gui.core.context import AppContext
from conversion_gui.core.credentials import MemoryStore, Profile, SecretKind
from conversion_gui.core.signing import SignatureMethod
from conversion_gui.logs import setup_logging
from conversion_gui.qt.main_window import MainWindow
from conversion_gui.qt.selftest import run_self_test
from conversion_gui.qt.tasks import TaskManager
from conversion_gui.simulator import Simulator, SimulatorAccount, default_accounts

API_KEY = "leakcheck-key"
API_SECRET = "Zq9-UNIQUE-api-secret-7731"
SIG_SECRET = "Zq9-UNIQUE-sig-secret-4410"
GUI_SECRET = "Zq9-UNIQUE-typed-in-dialog-5521"


def forms(secret: str) -> list[bytes]:
    basic = base64.b64encode(f"{API_KEY}:{secret}".encode()).decode()
    return [secret.encode(), basic.encode(), quote(secret).encode(),
            secret.encode("utf-16-le")]


@pytest.fixture
def account_sim() -> Iterator[Simulator]:
    account = SimulatorAccount(API_KEY, API_SECRET, SIG_SECRET, SignatureMethod.SHA512)
    with Simulator(accounts=[*default_accounts(), account]) as sim:
        yield sim


def scan(*roots: Path) -> list[str]:
    found = []
    for root in roots:
        for path in [root] if root.is_file() else root.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for secret in (API_SECRET, SIG_SECRET, GUI_SECRET):
                if any(form in data for form in forms(secret)):
                    found.append(f"{path} holds {secret[:14]}…")
    return found


def test_no_file_the_app_writes_holds_a_secret(
    qtbot: QtBot, tmp_path: Path, account_sim: Simulator, monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    data = tmp_path / "data"
    logs = data / "logs"
    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.setenv("CONVERSION_GUI_DATA_DIR", str(data))
    monkeypatch.setenv("VONAGE_API_KEY", API_KEY)
    monkeypatch.setenv("VONAGE_API_SECRET", API_SECRET)
    monkeypatch.setenv("VONAGE_SIGNATURE_SECRET", SIG_SECRET)
    monkeypatch.setenv("VONAGE_SIGNATURE_METHOD", "sha512")
    base = ["--base-url", account_sim.base_url, "--data-dir", str(data)]

    # The command line, every auth mode and body, with the most talkative logging there is.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{API_SECRET}\n"))
    assert cli.main(["credentials", "set", "--api-key", API_KEY, *base]) == 0
    setup_logging(logs, level=logging.DEBUG)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    for auth in ("basic", "params", "signature"):
        for body in ("form", "json"):
            code = cli.main(["send", "--channel", "sms", "--message-id", f"0A{auth}{body}",
                             "--delivered", "--auth", auth, "--body", body, *base])
            assert code == 0, (auth, body)
    assert cli.main(["send", "--channel", "voice", "--message-id", "sim-401", "--delivered",
                     *base]) == 3
    campaign = tmp_path / "campaign.csv"
    campaign.write_text("message-id,delivered,timestamp\n"
                        + "".join(f"0B{i:06d},yes,2026-11-26 10:00:00\n" for i in range(40))
                        + "1.23457E+17,yes,2026-11-26 10:00:00\n", encoding="utf-8")
    assert cli.main(["batch", str(campaign), "--channel", "sms", "--auth", "params",
                     "--rejected-out", str(exports / "rejected.csv"), *base]) == 1
    assert cli.main(["history", "--export", str(exports / "history.csv"), *base]) == 0
    assert cli.main(["credentials", "show", *base]) == 0

    # The window: a profile whose secret is typed into the credentials dialog, a send, a batch.
    for name in ("VONAGE_API_SECRET", "VONAGE_SIGNATURE_SECRET"):
        monkeypatch.delenv(name)
    secrets = MemoryStore()
    setup_ctx = AppContext(data, secret_store=secrets)
    setup_ctx.profiles.save(Profile(name="Leak", api_key=API_KEY, base_url=account_sim.base_url))
    setup_ctx.profiles.set_active("Leak")
    setup_ctx.close()
    tasks = TaskManager()
    window = MainWindow(lambda sb: AppContext(data, sandbox=sb, secret_store=secrets), tasks,
                        QSettings(str(data / "gui.ini"), QSettings.Format.IniFormat), logs,
                        sandbox=False, ask=lambda _t, _q: True)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_credentials()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    secret_field = next(w for w in dialog.findChildren(QLineEdit)
                        if w.accessibleName() == "API secret")
    secret_field.setText(GUI_SECRET)
    dialog.save()
    qtbot.waitUntil(lambda: secrets.get("Leak", SecretKind.API_SECRET) == GUI_SECRET,
                    timeout=15_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    dialog.close()
    account_sim.add_account(SimulatorAccount(API_KEY, GUI_SECRET, SIG_SECRET,
                                             SignatureMethod.SHA512))
    window.context.invalidate_client()
    page = window.send_page
    field = next(w for w in page.findChildren(QLineEdit) if w.accessibleName() == "Message ID")
    field.setText("0AGUI0001")
    page.send()
    qtbot.waitUntil(lambda: not page.sending, timeout=15_000)
    gui_campaign = tmp_path / "gui-campaign.csv"
    gui_campaign.write_text(campaign.read_text(encoding="utf-8").replace("0B", "0G"),
                            encoding="utf-8")
    window.tabs.setCurrentWidget(window.batch_page)
    window.batch_page.open_file(str(gui_campaign))

    def send_button() -> QPushButton | None:
        return next((b for b in window.batch_page.findChildren(QPushButton)
                     if b.text().replace("&", "").startswith("Send ") and b.isVisible()
                     and b.isEnabled()), None)

    qtbot.waitUntil(lambda: send_button() is not None, timeout=15_000)
    finished: list[int] = []
    window.batch_page.batch_finished.connect(finished.append)
    button = send_button()
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    window.close()
    tasks.shutdown(wait=True)
    window.context.close()
    assert run_self_test(data, logs, out=lambda _line: None) == 0
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                     if p.is_file())
    assert any(name.endswith(".log") for name in written)  # the logs were really written
    assert any(name.endswith("history.sqlite3") for name in written)
    assert os.path.getsize(logs / "conversion-gui.log") > 0
    assert scan(data, exports) == []
    canary = tmp_path / "canary.txt"  # the scan itself can find what it looks for
    canary.write_bytes(b"Authorization: Basic " + forms(GUI_SECRET)[1])
    assert len(scan(canary)) == 1


PROXY_SECRET = "Zq9-UNIQUE-proxy-pass-6604"
WRONG_PROXY_SECRET = "Zq9-UNIQUE-wrong-proxy-pass-1187"
ENV_PROXY_SECRET = "Zq9-UNIQUE-env-proxy-pass-2291"


def test_no_file_holds_the_proxy_password(
    qtbot: QtBot, tmp_path: Path, account_sim: Simulator, monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    """A proxy password typed into Settings › Network (a wrong one first: 407), one in
    HTTPS_PROXY, sends and the doctor through the proxy, all at DEBUG: no file holds them."""
    from PySide6.QtGui import QGuiApplication

    from conversion_gui.core.network import NetworkSettings, ProxyMode
    from tests.netkit import ConnectProxy, TestCA, TlsFront

    host = "api.example.test"
    data, logs = tmp_path / "data", tmp_path / "data" / "logs"
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY",
                 "no_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    ca = TestCA(tmp_path / "ca")
    monkeypatch.setenv("SSL_CERT_FILE", str(ca.cert))
    setup_logging(logs, level=logging.DEBUG)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    with TlsFront(account_sim.port, ca.issue("api", names=(host,), ips=())) as front, \
            ConnectProxy({host: ("127.0.0.1", front.port)}, "alice", PROXY_SECRET) as proxy:
        # the command line, with the password in HTTPS_PROXY (the user's own choice)
        monkeypatch.setenv("HTTPS_PROXY", f"http://alice:{ENV_PROXY_SECRET}@127.0.0.1:{proxy.port}")
        monkeypatch.setenv("VONAGE_API_KEY", API_KEY)
        monkeypatch.setenv("VONAGE_API_SECRET", API_SECRET)
        base = ["--base-url", f"https://{host}", "--data-dir", str(data)]
        assert cli.main(["send", "--channel", "sms", "--message-id", "0APX1", "--delivered",
                         "--attempts", "1", *base]) == 3  # 407: stopped, and worded
        assert cli.main(["doctor", "--json", *base]) == 1
        monkeypatch.delenv("HTTPS_PROXY")
        monkeypatch.delenv("VONAGE_API_SECRET")

        # the window: the password typed into Settings › Network, a wrong one first
        secrets = MemoryStore()
        setup_ctx = AppContext(data, secret_store=secrets)
        setup_ctx.profiles.save(Profile(name="Proxied", api_key=API_KEY,
                                        base_url=f"https://{host}"))
        setup_ctx.profiles.set_active("Proxied")
        secrets.set("Proxied", SecretKind.API_SECRET, API_SECRET)
        setup_ctx.close()
        tasks = TaskManager()
        window = MainWindow(lambda sb: AppContext(data, sandbox=sb, secret_store=secrets),
                            tasks, QSettings(str(data / "gui.ini"), QSettings.Format.IniFormat),
                            logs, sandbox=False, ask=lambda _t, _q: True)
        qtbot.addWidget(window)
        window.show()
        page = window.send_page
        field = next(w for w in page.findChildren(QLineEdit)
                     if w.accessibleName() == "Message ID")
        for n, password in enumerate((WRONG_PROXY_SECRET, PROXY_SECRET)):
            dialog = window.open_network()
            qtbot.waitUntil(dialog.isEnabled, timeout=15_000)
            dialog.manual.setChecked(True)
            dialog.host.setText("127.0.0.1")
            dialog.port.setValue(proxy.port)
            dialog.user.setText("alice")
            dialog.password.setText(password)
            with qtbot.waitSignal(dialog.finished, timeout=15_000):
                dialog.buttons.accepted.emit()
            field.setText(f"0APXGUI{n}")
            page.send()
            qtbot.waitUntil(lambda: not page.sending, timeout=15_000)
        assert proxy.refused_auth >= 2 and account_sim.accepted("sms")["0APXGUI1"] == 1
        doctor = window.open_doctor()
        qtbot.waitUntil(lambda: not doctor.running, timeout=15_000)
        doctor.copy_report()
        report = QGuiApplication.clipboard().text()
        doctor.reject()
        window.close()
        tasks.shutdown(wait=True)
        window.context.close()
    assert "ok   API" in report
    for handler in logging.getLogger().handlers:
        handler.flush()
    (tmp_path / "report.txt").write_text(report, encoding="utf-8")
    found = []
    for path in [p for p in tmp_path.rglob("*") if p.is_file()]:
        content = path.read_bytes()
        for secret in (PROXY_SECRET, WRONG_PROXY_SECRET, ENV_PROXY_SECRET):
            token = base64.b64encode(f"alice:{secret}".encode())
            if any(f in content for f in (*forms(secret), token)):
                found.append(f"{path} holds {secret[:16]}…")
    assert os.path.getsize(logs / "conversion-gui.log") > 0
    assert found == []
    assert NetworkSettings.load(data) == NetworkSettings(ProxyMode.MANUAL, "127.0.0.1",
                                                         proxy.port, "alice")
