"""Two copies of the program send overlapping batches into one team history (PostgreSQL)
and the simulator: each conversion is accepted exactly once, and the history says who sent it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg

from conversion_gui.core.history import sender_name
from conversion_gui.simulator import Faults, Simulator
from tests import pg
from tests.e2e.conftest import PROGRAM, account_env, child_env, last_json


def campaign(path: Path, ids: range) -> Path:
    path.write_text("message-id,delivered,timestamp\n"
                    + "".join(f"TM{i:06d},yes,2026-11-26 10:00:00\n" for i in ids),
                    encoding="utf-8")
    return path


def test_two_senders_overlapping_each_conversion_is_accepted_once(tmp_path: Path) -> None:
    url = pg.fresh_database()
    with Simulator(faults=Faults(latency_ms=25)) as sim:
        runs = []
        for name, ids in (("a", range(0, 300)), ("b", range(150, 450))):
            data = tmp_path / name
            data.mkdir()
            file = campaign(tmp_path / f"{name}.csv", ids)
            runs.append(subprocess.Popen(
                [*PROGRAM, "batch", str(file), "--channel", "sms", "--history", url,
                 "--base-url", sim.base_url, "--rate", "0", "--concurrency", "8", "--json"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                env=child_env(data, account_env())))
        outputs = [r.communicate(timeout=180) for r in runs]
        for run, (out, err) in zip(runs, outputs, strict=True):
            assert run.returncode == 0, (out, err)
            assert "Traceback" not in err
        accepted = sim.accepted("sms")
    assert set(accepted) == {f"TM{i:06d}" for i in range(450)}
    assert set(accepted.values()) == {1}  # nobody sent anything twice
    a, b = (last_json(out) for out, _ in outputs)
    assert a["accepted"] + b["accepted"] == 450
    assert a["skipped"] + b["skipped"] == 150  # the overlap, skipped by one or the other

    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT message_id, count(*), min(sent_by), max(sent_by) FROM attempts "
            "WHERE kind = 'accepted' GROUP BY message_id").fetchall()
        claimed = conn.execute(
            "SELECT count(*) FROM batch_rows WHERE note IS NOT NULL").fetchone()[0]
    print("rows skipped at send time (claimed by the other sender):", claimed)
    assert len(rows) == 450
    me = sender_name()
    assert {(n, lo, hi) for _, n, lo, hi in rows} == {(1, me, me)}
    # either desk's view of the history shows who sent each attempt
    for name in ("a", "b"):
        shown = subprocess.run(
            [*PROGRAM, "history", "--history", url, "--limit", "5"], capture_output=True,
            text=True, cwd=tmp_path, env=child_env(tmp_path / name), timeout=60, check=True)
        lines = [line for line in shown.stdout.splitlines() if line.startswith("20")]
        assert len(lines) == 5 and all(f"by {me})" in line for line in lines), shown.stdout


def test_connect_points_this_computer_at_the_team_history(tmp_path: Path) -> None:
    url = pg.fresh_database()
    data = tmp_path / "desk"
    data.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*PROGRAM, *args], input="", capture_output=True, text=True,
                              cwd=tmp_path, env=child_env(data), timeout=60, check=False)

    done = run("history", "--connect", "--history", url)
    assert done.returncode == 0, done.stderr
    assert f"now uses the team history {url}" in done.stdout
    with psycopg.connect(url, autocommit=True) as conn:  # another desk's attempt
        conn.execute(
            "INSERT INTO attempts (at, channel, message_id, delivered, conv_timestamp, status, "
            "kind, meaning, sent_by) VALUES ('2026-11-26 10:04:00.000', 'sms', 'TMOTHER', 1, "
            "'2026-11-26 10:00:00', 200, 'accepted', 'Accepted', 'ana@desk-3')")
    shown = run("history", "--json")  # no --history: the saved choice
    assert shown.returncode == 0, shown.stderr
    assert last_json(shown.stdout)["attempts"] == 1
    assert "TMOTHER" in shown.stderr and "by ana@desk-3" in shown.stderr  # --json: lines to stderr
