"""Run the real program in a child process, as a user or a CI script would.

Every run gets its own data folder, Qt's offscreen platform, no Vonage variables from the
developer's shell and, unless a test asks for the real one, keyring's "no keychain" backend:
a test never reads or writes the keychain of the person running it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from conversion_gui.simulator import DEMO_ACCOUNT, SimulatorAccount

NO_KEYCHAIN = "keyring.backends.fail.Keyring"
PROGRAM = [sys.executable, "-m", "conversion_gui"]
ERROR_PREFIX = "conversion-gui: error:"


def child_env(data_dir: Path, extra: Mapping[str, str] | None = None,
              keychain: bool = False) -> dict[str, str]:
    """The environment of a child run: isolated from the developer's settings and secrets."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VONAGE_", "CONVERSION_GUI_", "PYTHON_KEYRING"))}
    env["CONVERSION_GUI_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    if not keychain:
        env["PYTHON_KEYRING_BACKEND"] = NO_KEYCHAIN
    env.update(extra or {})
    return env


def account_env(account: SimulatorAccount = DEMO_ACCOUNT, **changes: str) -> dict[str, str]:
    """VONAGE_* variables for a simulator account (basic auth needs only key and secret)."""
    env = {"VONAGE_API_KEY": account.api_key, "VONAGE_API_SECRET": account.api_secret}
    env.update(changes)
    return env


Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def run(tmp_path: Path, data_dir: Path) -> Run:
    """``run(*args, env=None, input="", keychain=False)``: the program, to its end.

    stdin is a pipe (empty unless given), so nothing ever waits on the terminal; the working
    folder is ``tmp_path``, so relative file names in a test mean files in it.
    """

    def go(*args: str, env: Mapping[str, str] | None = None, input: str = "",
           keychain: bool = False, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*PROGRAM, *args], input=input, capture_output=True, text=True,
            encoding="utf-8", errors="replace", env=child_env(data_dir, env, keychain),
            cwd=tmp_path, timeout=timeout, check=False,
        )

    return go


def last_json(stdout: str) -> dict[str, Any]:
    """The JSON object that ``--json`` promises as the last line of stdout."""
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert lines, "nothing on stdout"
    value = json.loads(lines[-1])
    assert isinstance(value, dict), lines[-1]
    return value


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The one error line of a refused run (exit 2), after checking it is a clean refusal."""
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith(ERROR_PREFIX)]
    assert len(errors) == 1, done.stderr
    return errors[0]
