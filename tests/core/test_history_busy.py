"""Single sends are never lost from the history: a busy history is waited for, and past the
wait the attempt is kept in a side file that the next start merges. Real SQLite files, a real
lock held by another process, real HTTP to the simulator."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import threading
import time
from pathlib import Path

from conversion_gui.core.client import ClientConfig, ConversionClient, Credentials
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import SIDE_FILE_NAME, HistoryFilter, HistoryStore, KeptAsideError
from conversion_gui.simulator import DEMO_ACCOUNT, Simulator
from tests.core.test_batch_faults import Locker
from tests.e2e.conftest import PROGRAM, account_env, child_env


def test_a_cli_send_while_the_history_is_locked_waits_and_is_then_recorded(
    simulator: Simulator, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    db = data / "history.sqlite3"
    HistoryStore(db).close()  # the file exists, at the current version
    locker = Locker(db)
    try:
        proc = subprocess.Popen(
            [*PROGRAM, "send", "--channel", "sms", "--message-id", "LOCKED1", "--delivered",
             "--timestamp", "2026-01-01 10:00:00", "--base-url", simulator.base_url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=child_env(data, account_env()))
        deadline = time.monotonic() + 30
        while not simulator.records() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert simulator.accepted()["LOCKED1"] == 1  # it went out...
        assert proc.poll() is None  # ...and the command waits to record it
    finally:
        locker.release()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, (out, err)
    with HistoryStore(db) as store:
        [row] = store.page(HistoryFilter())
        assert (row.message_id, row.status) == ("LOCKED1", 200)
    assert not (data / SIDE_FILE_NAME).exists()


def test_a_send_the_busy_history_cannot_take_is_kept_aside_and_merged_at_the_next_start(
    simulator: Simulator, tmp_path: Path
) -> None:
    db = tmp_path / "history.sqlite3"
    conversion = Conversion(Channel.SMS, "ASIDE1", True, "2026-01-01 10:00:00")
    creds = Credentials(DEMO_ACCOUNT.api_key, DEMO_ACCOUNT.api_secret)
    with ConversionClient(ClientConfig(base_url=simulator.base_url), creds) as client:
        outcome = client.send(conversion)
    assert outcome.accepted
    store = HistoryStore(db)
    store.single_wait = 1.0
    locker = Locker(db)
    try:
        kept: list[KeptAsideError] = []
        thread = threading.Thread(target=lambda: _record(store, conversion, outcome, kept))
        thread.start()
        thread.join(60)
    finally:
        locker.release()
    side = tmp_path / SIDE_FILE_NAME
    assert len(kept) == 1
    assert str(side) in str(kept[0]) and "next starts" in str(kept[0])
    assert store.count() == 0
    store.close()
    if os.name == "posix":
        assert stat.S_IMODE(side.stat().st_mode) == 0o600
    text = side.read_text(encoding="utf-8")
    assert json.loads(text)["message_id"] == "ASIDE1"
    assert DEMO_ACCOUNT.api_secret not in text

    with HistoryStore(db) as again:  # the next start
        assert again.merged_aside == 1
        [row] = again.page(HistoryFilter())
        assert (row.message_id, row.status, row.profile) == ("ASIDE1", 200, "acme")
        assert again.is_accepted("sms", "ASIDE1")
    assert not side.exists()
    with HistoryStore(db) as third:
        assert third.merged_aside == 0 and third.count() == 1


def _record(store: HistoryStore, conversion: Conversion, outcome: object,
            kept: list[KeptAsideError]) -> None:
    try:
        store.record_single(conversion, outcome, profile="acme",  # type: ignore[arg-type]
                            base_url="http://127.0.0.1:1")
    except KeptAsideError as exc:
        kept.append(exc)
