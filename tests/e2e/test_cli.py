"""The command line end to end: the real program in a child process (DESIGN.md section 5).

Where it must talk to an API, a simulator runs in this test process on a loopback port and the
child gets ``--base-url`` and the demo account in ``VONAGE_*``; ``--sandbox`` runs its own.
What is checked is what a user or a CI script sees: exit status, the lines on stderr, the JSON
line on stdout, the requests that reached the API, the files left in the data folder.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from conversion_gui.core.history import HistoryStore
from conversion_gui.simulator import DEMO_ACCOUNT, DISABLED_ACCOUNT, Faults, Simulator
from tests.conftest import SimulatorFactory
from tests.e2e.conftest import (
    PROGRAM,
    Run,
    account_env,
    child_env,
    error_line,
    last_json,
)

COUNT_KEYS = ("accepted", "rejected", "failed", "skipped", "duplicates")
HEADER = "message-id,delivered,timestamp\n"
TS = "2026-01-01 10:00:00"


def write_csv(path: Path, ids: list[str], delivered: str = "true") -> Path:
    path.write_text(HEADER + "".join(f"{i},{delivered},{TS}\n" for i in ids), encoding="utf-8")
    return path


def history_of(data_dir: Path) -> HistoryStore:
    return HistoryStore(data_dir / "history.sqlite3")


# -- the program itself ---------------------------------------------------------------------


@pytest.mark.parametrize("args, expected", [
    (["--version"], "conversion-gui "),
    (["--help"], "send"),
    (["batch", "--help"], "--resume"),
])
def test_version_and_help_exit_0(run: Run, args: list[str], expected: str) -> None:
    done = run(*args)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
    assert done.stderr == ""


def test_the_conversion_gui_entry_point_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / ("conversion-gui.exe" if os.name == "nt"
                                            else "conversion-gui")
    assert script.exists(), f"{script} is missing: is the package installed (pip install -e .)?"
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                          env=child_env(tmp_path), timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("conversion-gui ")


# -- send -----------------------------------------------------------------------------------


@pytest.mark.parametrize("message_id, extra, code, status, counted_as", [
    ("0A0000000123ABCD1", [], 0, 200, "accepted"),
    ("sim-423", [], 1, 423, "rejected"),
    ("sim-420", [], 1, 420, "rejected"),
    ("sim-503", ["--attempts", "1"], 1, 503, "failed"),
    ("sim-402", [], 3, 402, "failed"),
    ("sim-401", [], 3, 401, "failed"),
])
def test_send_exit_status_json_and_history(
    run: Run, data_dir: Path, simulator: Simulator, message_id: str, extra: list[str],
    code: int, status: int, counted_as: str,
) -> None:
    done = run("send", "--base-url", simulator.base_url, "--channel", "sms",
               "--message-id", message_id, "--not-delivered",
               "--timestamp", "2026-03-01T10:00:00+01:00", "--json", *extra, env=account_env())
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    result = last_json(done.stdout)
    assert result["status"] == status
    assert {k: result[k] for k in COUNT_KEYS} == {k: int(k == counted_as) for k in COUNT_KEYS}
    # what reached the API: the offset converted to UTC, delivered as text
    [request] = simulator.records()
    assert request.path == "/conversions/sms"
    assert request.params["message-id"] == message_id
    assert request.params["delivered"] == "false"
    assert request.params["timestamp"] == "2026-03-01 09:00:00"
    with history_of(data_dir) as history:
        [attempt] = history.attempts_of("sms", message_id)
    assert attempt.status == status


def test_send_a_voice_call_id(run: Run, simulator: Simulator) -> None:
    done = run("send", "--base-url", simulator.base_url, "--channel", "VOICE",
               "--message-id", "call-1", "--delivered", env=account_env())
    assert done.returncode == 0, done.stderr
    assert "200  Accepted" in done.stdout
    assert simulator.accepted("voice") == Counter({"call-1": 1})


@pytest.mark.parametrize("command", ["send", "batch"])
@pytest.mark.parametrize("who", ["wrong secret", "account not enabled"])
def test_401_and_402_stop_with_exit_3(
    run: Run, tmp_path: Path, simulator: Simulator, command: str, who: str,
) -> None:
    wrong = "not-the-secret-4Xq9"
    env = (account_env(VONAGE_API_SECRET=wrong) if who == "wrong secret"
           else account_env(DISABLED_ACCOUNT))
    status = 401 if who == "wrong secret" else 402
    ids = [f"S{i:02d}" for i in range(20)]
    if command == "send":
        args = ["send", "--channel", "sms", "--message-id", ids[0], "--delivered"]
    else:
        args = ["batch", str(write_csv(tmp_path / "stop.csv", ids)), "--channel", "sms"]
    done = run(*args, "--base-url", simulator.base_url, "--json", env=env)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    result = last_json(done.stdout)
    assert result["accepted"] == 0
    meaning = "Wrong credentials" if status == 401 else "not enabled"
    assert meaning in done.stdout + done.stderr
    assert wrong not in done.stdout + done.stderr
    statuses = [r.status for r in simulator.records()]
    assert statuses and set(statuses) == {status}
    if command == "batch":
        # the batch stopped at the first such answer instead of sending every row to fail
        assert result["state"] == "stopped"
        assert meaning.lower() in result["stop_reason"].lower()
        assert len(statuses) < len(ids)
        # and every row waits for a resume once the account is fixed, the refused ones too
        assert result["not_sent"] == len(ids)


def test_sandbox_send_uses_its_own_simulator_and_folder(run: Run, data_dir: Path) -> None:
    done = run("send", "--sandbox", "--channel", "sms", "--message-id", "0A01",
               "--delivered", "--json")
    assert done.returncode == 0, done.stderr
    assert last_json(done.stdout)["accepted"] == 1
    assert not (data_dir / "history.sqlite3").exists()  # real history untouched
    with HistoryStore(data_dir / "sandbox" / "history.sqlite3") as history:
        [attempt] = history.attempts_of("sms", "0A01")
    assert attempt.status == 200


def test_unreachable_api_is_a_failure_not_a_crash(run: Run, closed_port: int) -> None:
    done = run("send", "--base-url", f"http://127.0.0.1:{closed_port}", "--channel", "sms",
               "--message-id", "X1", "--delivered", "--attempts", "1", "--json",
               env=account_env())
    assert done.returncode == 1, done.stderr
    assert "Could not reach the API" in done.stdout
    assert last_json(done.stdout)["failed"] == 1


# -- bad usage: exit 2, one line that names what to fix, never a traceback ------------------


def _files(tmp_path: Path) -> None:
    write_csv(tmp_path / "good.csv", ["G1"])
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "header-only.csv").write_text(HEADER, encoding="utf-8")
    (tmp_path / "no-delivered.csv").write_text("message-id,timestamp\nA1,2026-01-01 10:00:00\n",
                                               encoding="utf-8")


SEND = ["send", "--sandbox", "--channel", "sms", "--message-id", "X1", "--delivered"]
BATCH = ["batch", "good.csv", "--sandbox", "--channel", "sms"]


@pytest.mark.parametrize("args, named", [
    pytest.param([*SEND, "--bogus"], ["--bogus"], id="unknown option"),
    pytest.param(["frobnicate"], ["frobnicate"], id="unknown command"),
    pytest.param(["send", "--sandbox", "--channel", "fax", "--message-id", "X", "--delivered"],
                 ["channel", "fax"], id="bad --channel"),
    pytest.param([*SEND, "--timestamp", "next tuesday"], ["timestamp", "next tuesday"],
                 id="bad --timestamp"),
    pytest.param([*SEND, "--timezone", "Mars/Olympus"], ["Mars/Olympus"], id="bad --timezone"),
    pytest.param([*SEND, "--not-delivered"], ["--not-delivered", "--delivered"],
                 id="delivered and not"),
    pytest.param([*SEND, "--attempts", "0"], ["--attempts"], id="--attempts 0"),
    pytest.param(["send", "--sandbox", "--channel", "sms", "--message-id", "1.23457E+17",
                  "--delivered"], ["Text"], id="scientific id"),
    pytest.param([*SEND, "--base-url", "http://example.com"], ["https"],
                 id="plain http to a remote host"),
    pytest.param([*BATCH, "--rate", "-1"], ["--rate"], id="--rate -1"),
    pytest.param([*BATCH, "--rate", "nan"], ["--rate"], id="--rate nan"),
    pytest.param([*BATCH, "--concurrency", "0"], ["--concurrency"], id="--concurrency 0"),
    pytest.param([*BATCH, "--map", "colour=Farbe"], ["--map"], id="bad --map"),
    pytest.param(["batch", "missing.csv", "--sandbox", "--channel", "sms"], ["missing.csv"],
                 id="missing file"),
    pytest.param(["batch", "binary.csv", "--sandbox", "--channel", "sms"], ["binary"],
                 id="binary file"),
    pytest.param(["batch", "empty.csv", "--sandbox", "--channel", "sms", "--dry-run"],
                 ["empty"], id="empty file"),
    pytest.param(["batch", "header-only.csv", "--sandbox", "--channel", "sms"],
                 ["line 1", "no data rows"], id="header only"),
    pytest.param(["batch", "no-delivered.csv", "--sandbox", "--channel", "sms"],
                 ["delivered"], id="missing column"),
    pytest.param(["batch", "good.csv", "--sandbox"], ["channel"], id="no channel"),
    pytest.param(["history", "--limit", "-1"], ["--limit"], id="history --limit -1"),
    pytest.param(["simulator", "--error-rate", "2"], ["--error-rate"], id="simulator rate"),
])
def test_bad_usage_is_one_line_and_exit_2(
    run: Run, tmp_path: Path, args: list[str], named: list[str],
) -> None:
    _files(tmp_path)
    line = error_line(run(*args))
    for word in named:
        assert word.lower() in line.lower(), line


def test_plain_http_is_refused_even_with_credentials(run: Run) -> None:
    done = run("send", "--base-url", "http://example.com", "--channel", "sms",
               "--message-id", "X1", "--delivered", env=account_env())
    line = error_line(done)
    assert "http://example.com" in line and "https" in line


SECRET = "Sup3r-S3cret-Value"


@pytest.mark.parametrize("args", [
    ["credentials", "set", "--api-key", "K", "--api-secret", SECRET],
    ["credentials", "set", "--api-key", "K", f"--signature-secret={SECRET}"],
    ["send", "--channel", "sms", "--message-id", "X", "--delivered", "--api-s", SECRET],
])
def test_a_secret_is_never_taken_as_an_argument(run: Run, data_dir: Path,
                                                args: list[str]) -> None:
    done = run(*args)
    line = error_line(done)
    assert "never taken as an argument" in line and "stdin" in line, line
    assert SECRET not in done.stdout + done.stderr  # not even echoed back as "unrecognized"
    assert not (data_dir / "settings.json").exists()


# -- credentials ----------------------------------------------------------------------------


def _files_holding(root: Path, text: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_credentials_without_a_keychain(run: Run, data_dir: Path,
                                        simulator: Simulator) -> None:
    """No Secret Service (a server, a container): the secret lives for one run, no longer."""
    secret = DEMO_ACCOUNT.api_secret
    done = run("credentials", "set", "--api-key", DEMO_ACCOUNT.api_key,
               "--base-url", simulator.base_url, input=secret + "\n")
    assert done.returncode == 0, done.stderr
    assert "no keychain" in done.stdout.lower()
    shown = run("credentials", "show")
    assert shown.returncode == 0, shown.stderr
    assert f"key {DEMO_ACCOUNT.api_key}" in shown.stdout
    assert "API secret not set" in shown.stdout
    assert "no keychain" in shown.stdout.lower()
    as_json = run("credentials", "show", "--json")
    [profile] = last_json(as_json.stdout)["profiles"]
    assert profile["api_secret_set"] is False and profile["base_url"] == simulator.base_url
    # the profile without its secret cannot send; the environment's secret completes it
    missing = error_line(run("send", "--channel", "sms", "--message-id", "P1", "--delivered"))
    assert "secret" in missing.lower()
    sent = run("send", "--channel", "sms", "--message-id", "P1", "--delivered",
               env={"VONAGE_API_SECRET": secret})
    assert sent.returncode == 0, sent.stderr
    assert simulator.accepted() == Counter({"P1": 1})
    for out in (done, shown, as_json, sent):
        assert secret not in out.stdout + out.stderr
    assert _files_holding(data_dir, secret) == []
    deleted = run("credentials", "delete")
    assert deleted.returncode == 0, deleted.stderr
    assert "no profiles yet" in run("credentials", "show").stdout


def _keychain_missing(reason: str) -> None:
    if os.environ.get("CONVERSION_GUI_REQUIRE_KEYCHAIN") == "1":
        pytest.fail(f"CONVERSION_GUI_REQUIRE_KEYCHAIN=1 but {reason}")
    pytest.skip(reason)


@pytest.mark.keychain
def test_credentials_in_a_real_keychain(run: Run, data_dir: Path,
                                        simulator: Simulator) -> None:
    """Inside tests/keychain_session.sh: the secret goes to the Secret Service, nowhere else."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        _keychain_missing("no D-Bus session (run the tests through tests/keychain_session.sh)")
    secret = DEMO_ACCOUNT.api_secret
    profile = f"e2e-{os.getpid()}-{time.monotonic_ns()}"
    done = run("credentials", "set", "--profile", profile, "--api-key", DEMO_ACCOUNT.api_key,
               "--base-url", simulator.base_url, input=secret + "\n", keychain=True)
    assert done.returncode == 0, done.stderr
    try:
        if "no keychain" in done.stdout.lower():
            _keychain_missing(f"the child found no keychain: {done.stdout.strip()}")
        shown = run("credentials", "show", keychain=True)
        assert f"{profile}: key {DEMO_ACCOUNT.api_key}" in shown.stdout
        assert "API secret set" in shown.stdout
        sent = run("send", "--channel", "sms", "--message-id", "K1", "--delivered",
                   keychain=True)
        assert sent.returncode == 0, sent.stderr
        assert simulator.accepted() == Counter({"K1": 1})
        for out in (done, shown, sent):
            assert secret not in out.stdout + out.stderr
        assert _files_holding(data_dir, secret) == []
    finally:
        deleted = run("credentials", "delete", "--profile", profile, keychain=True)
    assert deleted.returncode == 0, deleted.stderr
    gone = run("send", "--profile", profile, "--channel", "sms", "--message-id", "K2",
               "--delivered", keychain=True)
    assert gone.returncode == 2


# -- batch ----------------------------------------------------------------------------------


MESSY = (
    HEADER
    + f"A-1,true,{TS}\n"                       # line 2
    + "A-2,no,2026-01-01T12:00:00+02:00\n"     # line 3: offset converted to 10:00 UTC
    + f"1.23457E+17,true,{TS}\n"               # line 4: Excel ruined it
    + ",,\n"                                   # line 5: blank
    + f"A-1,true,{TS}\n"                       # line 6: duplicate of line 2
    + f"sim-423,true,{TS}\n"                   # line 7: the API refuses it
)


def test_batch_counts_rejected_rows_and_exit_1(run: Run, tmp_path: Path,
                                               simulator: Simulator) -> None:
    (tmp_path / "messy.csv").write_text(MESSY, encoding="utf-8")
    done = run("batch", "messy.csv", "--channel", "sms", "--base-url", simulator.base_url,
               "--rejected-out", "rejected.csv", "--json", env=account_env())
    assert done.returncode == 1, done.stderr
    result = last_json(done.stdout)
    assert {k: result[k] for k in COUNT_KEYS} == {
        "accepted": 2, "rejected": 2, "failed": 0, "skipped": 0, "duplicates": 1}
    assert result["blank"] == 1 and isinstance(result["batch_id"], int)
    assert simulator.accepted("sms") == Counter({"A-1": 1, "A-2": 1})
    sent = {r.params["message-id"]: r.params for r in simulator.records()}
    assert sent["A-2"]["timestamp"] == TS and sent["A-2"]["delivered"] == "false"
    with open(tmp_path / "rejected.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["message-id", "delivered", "timestamp", "reason"]
    [bad] = rows[1:]
    assert bad[0] == "1.23457E+17" and "line 4" in bad[3] and "as Text" in bad[3]


def test_all_accepted_batch_exits_0_and_a_rerun_sends_nothing(
    run: Run, tmp_path: Path, simulator: Simulator,
) -> None:
    write_csv(tmp_path / "ok.csv", ["B1", "B2", "B3"])
    args = ["batch", "ok.csv", "--channel", "sms", "--base-url", simulator.base_url, "--json"]
    first = run(*args, env=account_env())
    assert first.returncode == 0, first.stderr
    assert last_json(first.stdout)["accepted"] == 3
    again = run(*args, env=account_env())
    assert again.returncode == 0, again.stderr
    assert {k: last_json(again.stdout)[k] for k in ("accepted", "skipped")} == {
        "accepted": 0, "skipped": 3}
    assert simulator.accepted() == Counter({"B1": 1, "B2": 1, "B3": 1})
    # a dry run of a file with one new id says plainly that the other three were sent before
    write_csv(tmp_path / "more.csv", ["B1", "B4", "B2", "B3", "B4"])
    dry = run("batch", "more.csv", "--channel", "sms", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert {k: last_json(dry.stdout)[k] for k in (
        "valid", "already_accepted", "skipped", "duplicates", "accepted")} == {
        "valid": 1, "already_accepted": 3, "skipped": 3, "duplicates": 1, "accepted": 0}
    assert ("1 valid, 0 rejected, 0 blank, 1 duplicate, 3 already accepted (the history "
            "holds them as accepted: they are not sent again)") in dry.stderr


@pytest.mark.parametrize("content, code, valid, rejected", [
    (MESSY, 1, 3, 1),
    (HEADER + f"D1,yes,{TS}\nD2,n,{TS}\n", 0, 2, 0),
])
def test_dry_run_sends_nothing(run: Run, tmp_path: Path, simulator: Simulator, content: str,
                               code: int, valid: int, rejected: int) -> None:
    (tmp_path / "file.csv").write_text(content, encoding="utf-8")
    # no credentials at all: a dry run never needs them
    done = run("batch", "file.csv", "--channel", "sms", "--dry-run", "--json",
               "--base-url", simulator.base_url)
    assert done.returncode == code, done.stderr
    result = last_json(done.stdout)
    assert (result["valid"], result["rejected"]) == (valid, rejected)
    assert simulator.records() == []


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty", [True, False])
def test_progress_bar_draws_one_line_on_a_terminal_only(tty: bool) -> None:
    from conversion_gui.batch_cli import ProgressBar
    from conversion_gui.core.batch import Progress

    stream = FakeTerminal(tty)
    bar = ProgressBar(stream)
    for done in (0, 5, 10):
        bar.show(Progress(batch_id=1, state="running", total=10, accepted=done, failed=0,
                          pending=10 - done, in_flight=0, retries=0, throttled=0, rate=5.0,
                          limit=30.0, elapsed=done / 5, eta=(10 - done) / 5, failures={}))
    bar.close()
    text = stream.getvalue()
    if not tty:
        assert text == ""
        return
    assert text.count("\r") == 3 and text.endswith("\n") and text.count("\n") == 1
    last = text.rstrip("\n").rsplit("\r", 1)[1]
    assert last.startswith("[" + "#" * 30 + "] 10 of 10")
    assert "10 accepted, 0 failed" in last


def test_progress_bar_is_for_terminals_only(run: Run, tmp_path: Path,
                                            simulator: Simulator) -> None:
    write_csv(tmp_path / "piped.csv", ["P1", "P2", "P3"])
    piped = run("batch", "piped.csv", "--channel", "sms", "--base-url", simulator.base_url,
                env=account_env())
    assert piped.returncode == 0, piped.stderr
    assert "\r" not in piped.stdout and "[#" not in piped.stdout
    assert "Finished: 3 accepted" in piped.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_progress_bar_on_a_terminal(tmp_path: Path, data_dir: Path,
                                    simulator: Simulator) -> None:
    import pty

    write_csv(tmp_path / "tty.csv", ["T1", "T2", "T3"])
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [*PROGRAM, "batch", "tty.csv", "--channel", "sms", "--base-url", simulator.base_url],
        stdin=subprocess.DEVNULL, stdout=follower, stderr=subprocess.PIPE,
        env=child_env(data_dir, account_env()), cwd=tmp_path,
    )
    os.close(follower)
    chunks: list[bytes] = []
    try:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the child closed its end of the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        proc.wait(timeout=60)
        assert proc.stderr is not None
        proc.stderr.close()
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, screen
    assert "\r[" in screen
    assert "##############################] 3 of 3" in screen
    assert "3 accepted, 0 failed" in screen


def test_ctrl_c_leaves_a_batch_that_resumes(
    run: Run, tmp_path: Path, data_dir: Path, make_simulator: SimulatorFactory,
) -> None:
    """Ctrl+C mid-batch: exit 130 and advice; the same file again needs --resume; it finishes."""
    slow = make_simulator(faults=Faults(latency_ms=50))
    ids = [f"C{i:02d}" for i in range(30)]
    write_csv(tmp_path / "campaign.csv", ids)
    args = ["batch", "campaign.csv", "--channel", "sms", "--base-url", slow.base_url]
    proc = subprocess.Popen(
        [*PROGRAM, *args, "--rate", "5"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=child_env(data_dir, account_env()), cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 30
        while not slow.records() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert slow.records(), "the batch never sent a request"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err
    assert "conversion-gui batch campaign.csv --resume" in out
    with history_of(data_dir) as history:
        [batch] = history.recent_batches()
        rows = history.row_counts(batch.id)
    assert rows["in_flight"] == 0
    assert rows["pending"] > 0
    sent_before = len(slow.records())

    refused = error_line(run(*args, env=account_env()))
    assert "--resume" in refused and f"#{batch.id}" in refused
    assert len(slow.records()) == sent_before  # nothing sent, no second batch started

    resumed = run(*args, "--resume", "--rate", "0", "--json", env=account_env())
    assert resumed.returncode == 0, resumed.stderr
    assert last_json(resumed.stdout)["batch_id"] == batch.id
    assert "resuming batch" in resumed.stderr
    # every row accepted once: nothing the journal held as accepted went out again
    assert slow.accepted() == Counter(dict.fromkeys(ids, 1))
    with history_of(data_dir) as history:
        rows = history.row_counts(batch.id)
        assert len(history.recent_batches()) == 1
    assert rows["accepted"] == len(ids)
    assert rows["pending"] == rows["in_flight"] == 0


# -- history --------------------------------------------------------------------------------


def test_history_failed_and_export_neutralise_formulas(
    run: Run, tmp_path: Path, simulator: Simulator,
) -> None:
    risky = ["=HYPERLINK(\"http://x\")", "+1", "-123", "@SUM(A1)"]
    write_csv(tmp_path / "risky.csv", [*risky, "sim-423", "OK1"])
    sent = run("batch", "risky.csv", "--channel", "sms", "--base-url", simulator.base_url,
               env=account_env())
    assert sent.returncode == 1, sent.stderr
    assert set(simulator.accepted()) == {*risky, "OK1"}

    failed = run("history", "--failed")
    assert failed.returncode == 0, failed.stderr
    assert "sim-423" in failed.stdout and "OK1" not in failed.stdout
    assert "1 of 1 attempts shown" in failed.stdout
    counts = last_json(run("history", "--json").stdout)
    assert (counts["attempts"], counts["failed"]) == (6, 1)

    for args, expected in (
        (["--export", "all.csv"], {"'" + i for i in risky} | {"sim-423", "OK1"}),
        (["--failed", "--export", "failed.csv"], {"sim-423"}),
    ):
        done = run("history", *args)
        assert done.returncode == 0, done.stderr
        with open(tmp_path / args[-1], encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        assert {row["message_id"] for row in rows} == expected
        for row in rows:
            assert not row["message_id"].startswith(("=", "+", "-", "@"))


def test_history_export_to_a_missing_folder_is_a_clean_error(run: Run) -> None:
    line = error_line(run("history", "--export", "no/such/folder/out.csv"))
    assert "no/such/folder" in line


# -- simulator ------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
def test_simulator_command_serves_until_ctrl_c(run: Run, data_dir: Path) -> None:
    proc = subprocess.Popen(
        [*PROGRAM, "simulator", "--port", "0"], stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=child_env(data_dir),
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Conversion API simulator listening on http://127.0.0.1:"), first
        base_url = first.rsplit(" ", 1)[1].strip()
        done = run("send", "--base-url", base_url, "--channel", "sms", "--message-id", "Z1",
                   "--delivered", env=account_env())
        assert done.returncode == 0, done.stderr
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "simulator stopped" in out
    assert DEMO_ACCOUNT.api_secret not in first + out + err


def test_the_summary_keeps_no_answer_apart_from_could_not_reach() -> None:
    from conversion_gui.batch_cli import transport_lines

    assert transport_lines({"no_answer": 2, "unreachable": 1, "server_error": 1}) == [
        "  2 rows got no answer: they may have arrived (sending them again only repeats "
        "the same fact)",
        "  1 row could not reach the API: nothing was sent for it",
    ]
    assert transport_lines({"no_answer": 1, "unreachable": 4}) == [
        "  1 row got no answer: it may have arrived (sending it again only repeats "
        "the same fact)",
        "  4 rows could not reach the API: nothing was sent for them"]
    assert transport_lines({"server_error": 3}) == []
