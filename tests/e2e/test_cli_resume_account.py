"""``batch --resume`` sends with the account the batch started with, or refuses naming both."""

from __future__ import annotations

import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

from conversion_gui.core.credentials import Profile, ProfileStore
from conversion_gui.simulator import DEMO_ACCOUNT, Faults
from tests.conftest import SimulatorFactory
from tests.e2e.conftest import PROGRAM, Run, child_env, error_line, last_json

SECRET_ONLY = {"VONAGE_API_SECRET": DEMO_ACCOUNT.api_secret}  # the key comes from the profile


def test_resume_uses_the_batch_profile_and_refuses_when_its_key_changed(
    run: Run, tmp_path: Path, data_dir: Path, make_simulator: SimulatorFactory,
) -> None:
    sim = make_simulator(faults=Faults(latency_ms=50))
    profiles = ProfileStore(data_dir / "settings.json")
    profiles.save(Profile("acme", api_key=DEMO_ACCOUNT.api_key, base_url=sim.base_url))
    profiles.save(Profile("other", api_key="other-key", base_url=sim.base_url))
    profiles.set_active("acme")
    ids = [f"R{i:02d}" for i in range(30)]
    (tmp_path / "campaign.csv").write_text(
        "message-id,delivered,timestamp\n"
        + "".join(f"{i},true,2026-01-01 10:00:00\n" for i in ids), encoding="utf-8")
    args = ["batch", "campaign.csv", "--channel", "sms"]
    proc = subprocess.Popen(
        [*PROGRAM, *args, "--rate", "5"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=child_env(data_dir, SECRET_ONLY), cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 30
        while not sim.records() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert sim.records(), "the batch never sent a request"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, (out, err)
    sent = len(sim.records())

    # Another profile is active now, and the batch's own profile has another key.
    profiles.set_active("other")
    profiles.save(Profile("acme", api_key="changed-key", base_url=sim.base_url))
    refused = error_line(run(*args, "--resume", env=SECRET_ONLY))
    assert f"profile 'acme' (key {DEMO_ACCOUNT.api_key})" in refused
    assert "changed-key" in refused and "--profile" in refused
    assert len(sim.records()) == sent  # nothing sent with either account

    # Its key back: the resume sends with 'acme', not with the active 'other' (a wrong key).
    profiles.save(Profile("acme", api_key=DEMO_ACCOUNT.api_key, base_url=sim.base_url))
    resumed = run(*args, "--resume", "--rate", "0", "--json", env=SECRET_ONLY)
    assert resumed.returncode == 0, resumed.stderr
    assert "with its own account: profile 'acme'" in resumed.stderr
    assert last_json(resumed.stdout)["accepted"] == len(ids)
    assert {r.api_key for r in sim.records()} == {DEMO_ACCOUNT.api_key}
    assert sim.accepted() == Counter(dict.fromkeys(ids, 1))


def test_resume_refuses_when_the_batch_profile_is_gone_and_takes_an_explicit_one(
    run: Run, tmp_path: Path, data_dir: Path, make_simulator: SimulatorFactory,
) -> None:
    sim = make_simulator(faults=Faults(throttle_rate=1.0, retry_after=3600))
    profiles = ProfileStore(data_dir / "settings.json")
    profiles.save(Profile("acme", api_key=DEMO_ACCOUNT.api_key, base_url=sim.base_url))
    profiles.set_active("acme")
    ids = [f"G{i:02d}" for i in range(5)]
    (tmp_path / "campaign.csv").write_text(
        "message-id,delivered,timestamp\n"
        + "".join(f"{i},true,2026-01-01 10:00:00\n" for i in ids), encoding="utf-8")
    args = ["batch", "campaign.csv", "--channel", "sms"]
    proc = subprocess.Popen(
        [*PROGRAM, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=child_env(data_dir, SECRET_ONLY), cwd=tmp_path,
    )
    try:  # every answer is a 429 with an hour's Retry-After: interrupted while it waits
        deadline = time.monotonic() + 30
        while len(sim.records()) < 5 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130

    profiles.save(Profile("billing", api_key=DEMO_ACCOUNT.api_key, base_url=sim.base_url))
    profiles.set_active("billing")
    profiles.delete("acme")
    refused = error_line(run(*args, "--resume", env=SECRET_ONLY))
    assert "profile 'acme'" in refused and "no longer exists" in refused
    assert "profile 'billing'" in refused and "--profile" in refused

    sim.set_faults(Faults())
    chosen = run(*args, "--resume", "--profile", "billing", "--rate", "0", env=SECRET_ONLY)
    assert chosen.returncode == 0, chosen.stderr
    assert "with profile 'billing'" in chosen.stdout and "chosen with --profile" in chosen.stdout
    assert set(sim.accepted()) == set(ids)


def test_the_progress_line_and_the_batch_page_say_they_wait_for_the_history_file() -> None:
    import io

    from conversion_gui.batch_cli import ProgressBar
    from conversion_gui.core.batch import Progress
    from conversion_gui.qt.batch_text import progress_text

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    waiting = Progress(batch_id=1, state="running", total=10, accepted=4, failed=0, pending=6,
                       in_flight=0, retries=0, throttled=0, rate=0.0, limit=30.0, elapsed=3.0,
                       eta=None, failures={}, waiting_for_history=True)
    stream = Terminal()
    bar = ProgressBar(stream)
    bar.show(waiting)
    assert stream.getvalue().rstrip().endswith("· waiting for the history file…")
    assert progress_text(waiting) == "4 of 10 · waiting for the history file…"
