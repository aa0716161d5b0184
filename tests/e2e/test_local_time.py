"""``--timezone local`` is the machine's IANA zone with its DST rules, not today's offset.

The child runs with ``TZ=Europe/Berlin`` (so the check holds whatever zone the test machine
is in) and sends to its sandbox simulator; what reached the history is what the API got.
Clock changes follow one documented rule (core/zones.py): a skipped wall time takes the
offset before the change, a repeated one its first (summer-time) occurrence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conversion_gui.core.history import HistoryStore
from tests.e2e.conftest import Run, last_json

BERLIN = {"TZ": "Europe/Berlin"}

# wall time in Berlin -> the UTC the API must get
CASES = {
    "W1": ("2026-01-15 12:00:00", "2026-01-15 11:00:00"),  # winter, +01:00
    "S1": ("2026-07-15 12:00:00", "2026-07-15 10:00:00"),  # summer, +02:00
    "GAP": ("2026-03-29 02:30:00", "2026-03-29 01:30:00"),  # skipped: offset before (+01)
    "TWICE": ("2026-10-25 02:30:00", "2026-10-25 00:30:00"),  # repeated: the first (+02)
}


def _sent(data_dir: Path, message_id: str) -> str:
    with HistoryStore(data_dir / "sandbox" / "history.sqlite3") as history:
        [attempt] = history.attempts_of("sms", message_id)
    assert attempt.status == 200
    return attempt.conv_timestamp


def test_a_csv_read_in_local_time_follows_summer_and_winter(
    run: Run, tmp_path: Path, data_dir: Path
) -> None:
    rows = "".join(f"{mid},true,{wall}\n" for mid, (wall, _) in CASES.items())
    (tmp_path / "local.csv").write_text("message-id,delivered,timestamp\n" + rows,
                                        encoding="utf-8")
    checked = run("batch", "local.csv", "--channel", "sms", "--timezone", "local",
                  "--dry-run", "--json", env=BERLIN)
    assert checked.returncode == 0, checked.stderr
    assert (last_json(checked.stdout)["valid"], last_json(checked.stdout)["rejected"]) == (4, 0)
    done = run("batch", "local.csv", "--channel", "sms", "--timezone", "local", "--sandbox",
               "--json", env=BERLIN)
    assert done.returncode == 0, done.stderr
    assert last_json(done.stdout)["accepted"] == 4
    for mid, (_, utc) in CASES.items():
        assert _sent(data_dir, mid) == utc, mid


@pytest.mark.parametrize("mid", list(CASES))
def test_send_in_local_time_follows_summer_and_winter(run: Run, data_dir: Path,
                                                      mid: str) -> None:
    wall, utc = CASES[mid]
    done = run("send", "--sandbox", "--channel", "sms", "--message-id", mid, "--delivered",
               "--timestamp", wall, "--timezone", "local", "--json", env=BERLIN)
    assert done.returncode == 0, done.stderr
    assert last_json(done.stdout)["timestamp"] == utc
    assert _sent(data_dir, mid) == utc
