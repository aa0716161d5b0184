"""The app's own faults, made for real: a full disk, a read-only or missing data folder, a
history that is not SQLite or is from a newer version.

The full and read-only disks are small tmpfs mounts (root can mount them; ``chmod`` would not
stop root). Without the privilege to mount, those tests are skipped. Every command must end
with one plain sentence and exit 2, never a traceback (not even the log's own), and must
leave the history file exactly as it was.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import HistoryStore
from conversion_gui.core.outcome import Outcome
from conversion_gui.core.statuses import ACCEPTED
from conversion_gui.simulator import Simulator

from .conftest import Run, account_env, error_line, last_json

TS = "2026-11-26 10:00:00"


class Disk:
    """A tmpfs of a few hundred kB at ``path``: fill it, or turn it read-only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fill(self) -> None:
        with open(self.path / "filler", "wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
            except OSError:
                pass

    def free(self) -> None:
        (self.path / "filler").unlink()

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    path = tmp_path / "disk"
    path.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=768k", "tmpfs", str(path)],
                              capture_output=True, check=False)
    except OSError:
        pytest.skip("no mount command here")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield Disk(path)
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def commands(data: Path, base_url: str) -> list[list[str]]:
    """Every command that uses the data folder, as a user types it."""
    return [
        ["history", "--data-dir", str(data)],
        ["batch", "campaign.csv", "--channel", "sms", "--dry-run", "--data-dir", str(data)],
        ["batch", "campaign.csv", "--channel", "sms", "--base-url", base_url,
         "--data-dir", str(data)],
        ["send", "--channel", "sms", "--message-id", "ONE", "--delivered", "--timestamp", TS,
         "--base-url", base_url, "--data-dir", str(data)],
    ]


def write_campaign(folder: Path, rows: int = 3) -> None:
    with open(folder / "campaign.csv", "w", encoding="utf-8") as f:
        f.write("message-id,delivered,timestamp\n")
        f.writelines(f"C{i:07d},true,{TS}\n" for i in range(rows))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    for stream in (done.stdout, done.stderr):
        assert "Traceback" not in stream and "Logging error" not in stream, stream


def test_a_full_disk_is_one_sentence_on_every_command(
    run: Run, tmp_path: Path, disk: Disk, simulator: Simulator
) -> None:
    write_campaign(tmp_path)
    with HistoryStore(disk.path / "used" / "history.sqlite3") as store:  # a history in use
        store.record_single(Conversion(Channel.SMS, "EARLIER", True, TS),
                            Outcome.of(ACCEPTED, 200, 0.01))
    disk.fill()
    for folder in ("fresh", "used"):
        for args in commands(disk.path / folder, simulator.base_url):
            line = error_line(run(*args, env=account_env()))
            assert "is full: free some space, then try again" in line, (folder, args, line)
    assert simulator.records() == []


def test_a_disk_that_fills_while_a_batch_is_journalled(
    run: Run, tmp_path: Path, disk: Disk, simulator: Simulator
) -> None:
    data = disk.path / "data"
    write_campaign(tmp_path, rows=20_000)  # its journal needs more than the disk has
    with HistoryStore(data / "history.sqlite3") as store:
        store.record_single(Conversion(Channel.SMS, "EARLIER", True, TS),
                            Outcome.of(ACCEPTED, 200, 0.01))
    done = run("batch", "campaign.csv", "--channel", "sms", "--base-url", simulator.base_url,
               "--data-dir", str(data), env=account_env())
    assert "disk holding the history file" in error_line(done)
    assert simulator.records() == []  # nothing is sent before every row is journalled
    # nothing was replaced or lost: the history still opens, with what it held
    history = run("history", "--json", "--data-dir", str(data))
    assert history.returncode == 0, history.stderr
    assert last_json(history.stdout)["attempts"] == 1 and "EARLIER" in history.stderr


def test_a_log_that_cannot_be_written_is_noted_once_and_the_command_goes_on(
    run: Run, tmp_path: Path, disk: Disk, simulator: Simulator
) -> None:
    data = tmp_path / "data"
    logs = data / "logs"
    logs.mkdir(parents=True)
    subprocess.run(["mount", "--bind", str(disk.path), str(logs)], check=True)
    try:
        for fault in (disk.fill, disk.read_only):
            fault()
            # with no keychain, `credentials show` logs a warning: a write the log cannot do
            done = run("credentials", "show", "--data-dir", str(data))
            assert done.returncode == 0, done.stderr
            assert "no profiles yet" in done.stdout
            no_traceback(done)
            notes = [line for line in done.stderr.splitlines() if "note:" in line]
            assert len(notes) == 1 and "the log file" in notes[0], done.stderr
            sent = run("send", "--channel", "sms", "--message-id", f"L-{fault.__name__}",
                       "--delivered", "--timestamp", TS, "--base-url", simulator.base_url,
                       "--data-dir", str(data), env=account_env())
            assert sent.returncode == 0, sent.stderr
            no_traceback(sent)
    finally:
        subprocess.run(["umount", "-l", str(logs)], check=False)
    assert simulator.accepted("sms") == {"L-fill": 1, "L-read_only": 1}


def test_a_read_only_data_folder_is_one_sentence_and_the_file_is_untouched(
    run: Run, tmp_path: Path, disk: Disk, simulator: Simulator
) -> None:
    write_campaign(tmp_path)
    data = disk.path / "data"
    with HistoryStore(data / "history.sqlite3") as store:
        store.record_single(Conversion(Channel.SMS, "EARLIER", True, TS),
                            Outcome.of(ACCEPTED, 200, 0.01))
    before = digest(data / "history.sqlite3")
    disk.read_only()
    for args in commands(data, simulator.base_url):
        line = error_line(run(*args, env=account_env()))
        assert "read-only" in line and "--data-dir" in line, (args, line)
    fresh = error_line(run("history", "--data-dir", str(disk.path / "new")))
    assert "the data folder" in fresh and "read-only disk" in fresh
    assert digest(data / "history.sqlite3") == before
    assert simulator.records() == []


def test_a_data_folder_that_cannot_be_created(run: Run, tmp_path: Path,
                                              simulator: Simulator) -> None:
    write_campaign(tmp_path)
    (tmp_path / "afile").write_text("in the way")
    data = tmp_path / "afile" / "data"
    for args in commands(data, simulator.base_url):
        line = error_line(run(*args, env=account_env()))
        assert f"the data folder {data} cannot be created: a file is in the way" in line
    gui = run("gui", "--data-dir", str(data), "--screenshot", str(tmp_path / "refused.png"))
    assert "a file is in the way" in error_line(gui)
    assert (tmp_path / "refused.png").stat().st_size > 0  # it said so in a window too


def newer_history(path: Path) -> None:
    with HistoryStore(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["not sqlite", "newer version", "another database"])
def test_a_history_file_that_is_not_ours_is_refused_and_left_alone(
    run: Run, tmp_path: Path, simulator: Simulator, kind: str
) -> None:
    write_campaign(tmp_path)
    data = tmp_path / "data"
    file = data / "history.sqlite3"
    if kind == "not sqlite":
        file.write_bytes(b"name,amount\nrent,1200\n" * 200)
        expected = "is not a conversion-gui history file"
    elif kind == "newer version":
        newer_history(file)
        expected = "written by a newer version of conversion-gui"
    else:
        conn = sqlite3.connect(file)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
        expected = "not a conversion-gui history file"
    before = digest(file)
    for args in commands(data, simulator.base_url):
        line = error_line(run(*args, env=account_env()))
        assert expected in line and ("move it away" in line or "Update the app" in line), line
    assert digest(file) == before  # never replaced, never "repaired"
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("history")) == [
        "history.sqlite3"]
    assert simulator.records() == []
