"""``batch --results-out``: the file handed back, against the simulator, as a user runs it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from conversion_gui.simulator import Simulator
from tests.e2e.conftest import Run, account_env, error_line, last_json

TS = "2026-01-01 10:00:00"
# The input already has a "status" column: the result's is "status (result)".
MESSY = (
    "Message ID,delivered,timestamp,status\n"
    f"A-1,true,{TS},=HYPERLINK(\"x\")\n"            # line 2: accepted
    f"1.23457E+17,true,{TS},\n"                    # line 3: rejected by the intake
    ",,,\n"                                        # line 4: blank
    f"A-1,true,{TS},\n"                            # line 5: duplicate of line 2
    f"sim-423,true,{TS},\n"                        # line 6: the API refuses it
    f"A-2,no,{TS},vip\n"                           # line 7: accepted
)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_send_writes_every_row_with_its_outcome(run: Run, tmp_path: Path,
                                                simulator: Simulator) -> None:
    (tmp_path / "messy.csv").write_text(MESSY, encoding="utf-8")
    done = run("batch", "messy.csv", "--channel", "sms", "--base-url", simulator.base_url,
               "--results-out", "results.csv", "--json", env=account_env())
    assert done.returncode == 1, done.stderr
    rows = read_csv(tmp_path / "results.csv")
    assert rows[0] == ["Message ID", "delivered", "timestamp", "status",
                       "outcome", "status (result)", "meaning"]
    body = rows[1:]
    assert [r[0] for r in body] == ["A-1", "1.23457E+17", "", "A-1", "sim-423", "A-2"]
    assert [r[4] for r in body] == [
        "accepted", "rejected", "blank", "duplicate", "rejected", "accepted"]
    assert [r[5] for r in body] == ["200", "", "", "", "423", "200"]
    assert body[0][6].startswith("Accepted") and body[4][6].startswith("Invalid parameters")
    assert "line 3" in body[1][6] and "as Text" in body[1][6]
    assert "duplicate of line 2" in body[3][6]
    assert body[0][3] == "'=HYPERLINK(\"x\")"  # a formula never runs in the spreadsheet
    assert body[5][3] == "vip"
    assert "6 rows written to results.csv" in done.stderr


def test_errors_only_and_dry_run(run: Run, tmp_path: Path, simulator: Simulator) -> None:
    (tmp_path / "messy.csv").write_text(MESSY, encoding="utf-8")
    dry = run("batch", "messy.csv", "--channel", "sms", "--dry-run",
              "--results-out", "verdicts.csv")
    assert dry.returncode == 1, dry.stderr
    verdicts = read_csv(tmp_path / "verdicts.csv")[1:]
    assert [r[4] for r in verdicts] == [
        "valid", "rejected", "blank", "duplicate", "valid", "valid"]
    assert {r[5] for r in verdicts} == {""}  # nothing was sent: no status
    assert simulator.records() == []

    done = run("batch", "messy.csv", "--channel", "sms", "--base-url", simulator.base_url,
               "--results-out", "errors.csv", "--errors-only", env=account_env())
    assert done.returncode == 1, done.stderr
    errors = read_csv(tmp_path / "errors.csv")[1:]
    assert [(r[0], r[4]) for r in errors] == [
        ("1.23457E+17", "rejected"), ("A-1", "duplicate"), ("sim-423", "rejected")]

    refused = run("batch", "messy.csv", "--dry-run", "--errors-only")
    assert "--results-out" in error_line(refused)


def test_resume_writes_the_whole_batch(run: Run, tmp_path: Path,
                                       simulator: Simulator) -> None:
    """A batch stopped by a 402, then resumed: the second results file still shows the rows
    the first run sent, which the resume never sends again."""
    (tmp_path / "c.csv").write_text(
        "message-id,delivered,timestamp\n"
        + "".join(f"{i},true,{TS}\n" for i in ("R1", "R2", "sim-402", "R3")),
        encoding="utf-8")
    args = ["batch", "c.csv", "--channel", "sms", "--base-url", simulator.base_url,
            "--concurrency", "1", "--rate", "0"]
    first = run(*args, "--results-out", "first.csv", "--json", env=account_env())
    assert first.returncode == 3, first.stderr
    rows = read_csv(tmp_path / "first.csv")[1:]
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("R1", "accepted", "200"), ("R2", "accepted", "200"),
        ("sim-402", "not sent", "402"), ("R3", "not sent", "")]
    assert "resume the batch" in rows[3][5]

    again = run(*args, "--resume", "--results-out", "second.csv", env=account_env())
    assert again.returncode == 3, again.stderr
    rows = read_csv(tmp_path / "second.csv")[1:]
    assert [(r[0], r[3]) for r in rows] == [
        ("R1", "accepted"), ("R2", "accepted"), ("sim-402", "not sent"), ("R3", "not sent")]
    assert simulator.accepted("sms") == Counter({"R1": 1, "R2": 1})  # never sent twice
    assert last_json(first.stdout)["accepted"] == 2


def test_history_exports_a_batch_s_results(run: Run, tmp_path: Path,
                                           simulator: Simulator) -> None:
    (tmp_path / "messy.csv").write_text(MESSY, encoding="utf-8")
    sent = run("batch", "messy.csv", "--channel", "sms", "--base-url", simulator.base_url,
               "--json", env=account_env())
    batch_id = last_json(sent.stdout)["batch_id"]
    (tmp_path / "messy.csv").unlink()  # the history alone is enough
    done = run("history", "--batch", str(batch_id), "--results-out", "batch.csv")
    assert done.returncode == 0, done.stderr
    rows = read_csv(tmp_path / "batch.csv")
    assert rows[0] == ["line", "channel", "message-id", "delivered", "timestamp",
                       "outcome", "status", "meaning"]
    assert [(r[0], r[2], r[5], r[6]) for r in rows[1:]] == [
        ("2", "A-1", "accepted", "200"), ("6", "sim-423", "rejected", "423"),
        ("7", "A-2", "accepted", "200")]
    assert "--batch" in error_line(run("history", "--results-out", "x.csv"))
