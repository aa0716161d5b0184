"""``conversion-gui history --summary``: the Overview's numbers from the real program, over a
known history written through the store into the data folder it reads."""

from __future__ import annotations

from pathlib import Path

from conversion_gui.core.history import HistoryStore, history_path
from tests.core.test_history_summary import TIMEOUT, write_known
from tests.e2e.conftest import Run, last_json


def known(data_dir: Path) -> dict[str, int]:
    with HistoryStore(history_path(data_dir)) as store:
        return write_known(store)


def test_summary_per_day_as_json(run: Run, data_dir: Path) -> None:
    known(data_dir)
    done = run("history", "--summary", "--json")
    assert done.returncode == 0, done.stderr
    summary = last_json(done.stdout)
    assert summary["by"] == "day" and summary["total"] == 20
    assert summary["outcomes"] == {"accepted": 13, "invalid": 3, "throttled": 2,
                                   "server_error": 1, "unreachable": 1}
    assert [(r["key"], r["total"], r["outcomes"]) for r in summary["rows"]] == [
        ("2026-03-01", 8, {"accepted": 5, "throttled": 2, "invalid": 1}),
        ("2026-03-02", 4, {"accepted": 3, "server_error": 1}),
        ("2026-03-05", 8, {"accepted": 5, "invalid": 2, "unreachable": 1}),
    ]
    assert "20 attempts over 3 days" in done.stderr  # the human lines, off stdout


def test_summary_per_batch_and_by_meaning(run: Run, data_dir: Path) -> None:
    batches = known(data_dir)
    done = run("history", "--summary", "--by", "batch", "--json")
    assert done.returncode == 0, done.stderr
    rows = last_json(done.stdout)["rows"]
    assert [(r["batch_id"], r["file"], r["outcomes"]) for r in rows] == [
        (batches["A"], "spring.csv", {"accepted": 4, "invalid": 2}),
        (batches["B"], "=evil.csv", {"accepted": 1, "unreachable": 1}),
    ]
    failed = run("history", "--summary", "--by", "meaning", "--failed")
    assert failed.returncode == 0, failed.stderr
    lines = failed.stdout.splitlines()
    assert lines[0].split() == ["meaning", "invalid", "throttled", "server_error",
                                "unreachable", "total"]
    assert any(line.startswith(TIMEOUT) and line.split()[-1] == "1" for line in lines)
    assert lines[-1].startswith("7 attempts over 4 meanings: 0 accepted, 7 failed")


def test_summary_by_something_unknown_is_refused(run: Run, data_dir: Path) -> None:
    done = run("history", "--summary", "--by", "week")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--by" in done.stderr
