"""Bad keys and secrets stop before the network: exit 2 with the field named, never exit 70.

Today's trap: a non-Latin-1 secret with Basic auth used to reach the HTTP layer and end as
``internal error: UnicodeEncodeError`` (exit 70), or fail every row of a batch in a worker.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import keyring
import keyring.errors
import pytest

from conversion_gui.core.credentials import SERVICE, SecretKind, keyring_username
from conversion_gui.simulator import DEMO_ACCOUNT, Simulator
from tests.e2e.conftest import Run, account_env, error_line

BAD_SECRET = "sécret-value-1"
TAIL = "the API takes only printable ASCII characters"


def test_send_with_an_environment_secret_the_api_cannot_take(
    run: Run, simulator: Simulator
) -> None:
    done = run("send", "--base-url", simulator.base_url, "--channel", "sms",
               "--message-id", "E1", "--delivered",
               env=account_env(VONAGE_API_SECRET=BAD_SECRET))
    line = error_line(done)
    assert "VONAGE_API_SECRET: contains 'é' at position 2" in line and TAIL in line, line
    assert BAD_SECRET not in done.stdout + done.stderr
    assert simulator.records() == []


def test_batch_with_an_environment_key_the_api_cannot_take_sends_no_row(
    run: Run, tmp_path: Path, simulator: Simulator
) -> None:
    (tmp_path / "rows.csv").write_text(
        "message_id,delivered,timestamp\nB-1,true,2026-03-01T10:00:00Z\n"
        "B-2,true,2026-03-01T10:00:00Z\n", encoding="utf-8")
    done = run("batch", "rows.csv", "--channel", "sms", "--base-url", simulator.base_url,
               env=account_env(VONAGE_API_KEY="kéy-12345"))
    line = error_line(done)
    assert "VONAGE_API_KEY: contains 'é' at position 2" in line, line
    assert simulator.records() == []


def test_credentials_set_refuses_such_a_secret_on_stdin(run: Run, data_dir: Path) -> None:
    done = run("credentials", "set", "--api-key", DEMO_ACCOUNT.api_key, input=BAD_SECRET + "\n")
    line = error_line(done)
    assert "API secret: contains 'é' at position 2" in line and TAIL in line, line
    assert BAD_SECRET not in done.stdout + done.stderr
    assert not (data_dir / "settings.json").exists()   # nothing half-saved


def test_credentials_set_refuses_such_an_api_key(run: Run, data_dir: Path) -> None:
    line = error_line(run("credentials", "set", "--api-key", "clé-1234", "--no-secret"))
    assert "API key: contains 'é' at position 3" in line, line
    assert not (data_dir / "settings.json").exists()


@pytest.mark.keychain
def test_send_with_a_keychain_secret_the_api_cannot_take(
    run: Run, simulator: Simulator
) -> None:
    """A value put in the keychain by another program is refused with where it is and a fix."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CONVERSION_GUI_REQUIRE_KEYCHAIN") == "1":
            pytest.fail("CONVERSION_GUI_REQUIRE_KEYCHAIN=1 but there is no D-Bus session")
        pytest.skip("no D-Bus session (run the tests through tests/keychain_session.sh)")
    profile = f"e2e chars {uuid.uuid4().hex[:10]}"
    saved = run("credentials", "set", "--profile", profile, "--api-key", DEMO_ACCOUNT.api_key,
                "--base-url", simulator.base_url, "--no-secret", keychain=True)
    assert saved.returncode == 0, saved.stderr
    username = keyring_username(profile, SecretKind.API_SECRET)
    keyring.set_password(SERVICE, username, BAD_SECRET)   # as another program would
    try:
        done = run("send", "--profile", profile, "--channel", "sms", "--message-id", "K1",
                   "--delivered", keychain=True)
        line = error_line(done)
        assert f"API secret of profile '{profile}' in " in line, line
        assert "contains 'é' at position 2" in line and "credentials set" in line, line
        assert BAD_SECRET not in done.stdout + done.stderr
        assert simulator.records() == []
    finally:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, username)
        run("credentials", "delete", "--profile", profile, keychain=True)
