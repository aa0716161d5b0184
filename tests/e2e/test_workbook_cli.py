"""``conversion-gui batch FILE.xlsx|.ods|.xls``: workbooks as Calc saves them, through the CLI."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from conversion_gui.simulator import Simulator
from tests.e2e.conftest import Run, account_env, error_line, last_json
from tests.workbooks import calc_convert


def campaign_book(path: Path, ids: list[str], extra_sheet: bool = True) -> Path:
    """A title row, a header, typed cells; a second sheet with its own header if asked."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Conversions"
    ws.append(["Spring campaign, exported 2026-03-05"])
    ws.append(["Message ID", "Delivered", "Timestamp", "Note"])
    for n, message_id in enumerate(ids):
        ws.append([message_id, n % 2 == 0, dt.datetime(2026, 3, 4, 5, 6, n), f"n{n}"])
    if extra_sheet:
        old = wb.create_sheet("Last year")
        old.append(["message-id", "delivered", "timestamp"])
        old.append(["OLD1", "yes", "2025-03-04 05:06:07"])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One campaign as LibreOffice Calc saves it in each format."""
    root = tmp_path_factory.mktemp("books")
    source = root / "src" / "campaign.xlsx"
    source.parent.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Conversions"
    ws.append(["Message ID", "Delivered", "Timestamp"])
    ws.append(["0A01", True, dt.datetime(2026, 3, 4, 5, 6, 7)])
    ws.append([12345, False, dt.datetime(2026, 3, 4, 5, 6, 8)])
    ws.append([1.2345678901234567e17, True, dt.datetime(2026, 3, 4, 5, 6, 9)])
    ws.append(["0A04", "=NA()", dt.datetime(2026, 3, 4, 5, 6, 10)])
    wb.save(source)
    return {fmt: calc_convert([source], fmt, root / fmt)[0] for fmt in ("xlsx", "ods", "xls")}


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "xls"])
def test_calc_workbook_dry_run(run: Run, tmp_path: Path, books: dict[str, Path],
                               fmt: str) -> None:
    done = run("batch", str(books[fmt]), "--channel", "sms", "--dry-run", "--json",
               "--results-out", "verdicts.csv")
    assert done.returncode == 1, done.stderr
    result = last_json(done.stdout)
    # .xls and .ods keep no error code for =NA() (read as an empty cell): rejected either way
    assert (result["valid"], result["rejected"]) == (2, 2)
    assert 'workbook, sheet "Conversions", header on row 1' in done.stderr
    assert ('Sheet "Conversions", row 4, column A (Message ID): the cell holds the number '
            "1.23456789012346E+17") in done.stderr
    assert "format the column as Text" in done.stderr
    assert 'Sheet "Conversions", row 5, column B (Delivered)' in done.stderr
    if fmt == "xlsx":
        assert "the cell holds the error #N/A" in done.stderr
    rows = read_csv(tmp_path / "verdicts.csv")
    assert rows[0] == ["Message ID", "Delivered", "Timestamp", "outcome", "status", "meaning"]
    assert rows[1][:4] == ["0A01", "true" if fmt != "ods" else "1", "2026-03-04 05:06:07",
                           "valid"]
    assert rows[2][:4] == ["12345", "false" if fmt != "ods" else "0", "2026-03-04 05:06:08",
                           "valid"]  # read by type: never 12345.0


def test_sheet_choice_on_the_command_line(run: Run, tmp_path: Path,
                                          simulator: Simulator) -> None:
    campaign_book(tmp_path / "two.xlsx", ["T1", "T2"])
    refused = run("batch", "two.xlsx", "--channel", "sms", "--dry-run")
    line = error_line(refused)
    assert '1: "Conversions"' in line and '2: "Last year"' in line and "--sheet" in line

    by_name = run("batch", "two.xlsx", "--channel", "sms", "--sheet", "Conversions",
                  "--base-url", simulator.base_url, "--json", env=account_env())
    assert by_name.returncode == 0, by_name.stderr
    assert last_json(by_name.stdout)["accepted"] == 2
    sent = {r.params["message-id"]: r.params for r in simulator.records()}
    assert sent["T1"]["timestamp"] == "2026-03-04 05:06:00"
    assert sent["T1"]["delivered"] == "true" and sent["T2"]["delivered"] == "false"

    by_number = run("batch", "two.xlsx", "--channel", "sms", "--sheet", "2", "--dry-run",
                    "--json")
    assert last_json(by_number.stdout)["valid"] == 1
    assert 'sheet "Last year"' in by_number.stderr

    missing = run("batch", "two.xlsx", "--sheet", "Summary", "--dry-run")
    assert '"Summary"' in error_line(missing)
    (tmp_path / "a.csv").write_text("message-id,delivered,timestamp\n", encoding="utf-8")
    assert "not a workbook" in error_line(run("batch", "a.csv", "--sheet", "1", "--dry-run"))


def test_the_time_zone_applies_to_date_time_cells(run: Run, tmp_path: Path,
                                                  simulator: Simulator) -> None:
    campaign_book(tmp_path / "paris.xlsx", ["P1"], extra_sheet=False)
    done = run("batch", "paris.xlsx", "--channel", "sms", "--timezone", "Europe/Paris",
               "--base-url", simulator.base_url, env=account_env())
    assert done.returncode == 0, done.stderr
    [record] = simulator.records()
    assert record.params["timestamp"] == "2026-03-04 04:06:00"  # 05:06 in Paris is 04:06 UTC


def test_a_workbook_resumes_by_its_bytes(run: Run, tmp_path: Path,
                                         simulator: Simulator) -> None:
    campaign_book(tmp_path / "stop.xlsx", ["W1", "sim-402", "W2"], extra_sheet=False)
    args = ["batch", "stop.xlsx", "--channel", "sms", "--base-url", simulator.base_url,
            "--concurrency", "1", "--rate", "0"]
    first = run(*args, "--json", env=account_env())
    assert first.returncode == 3, first.stderr
    batch_id = last_json(first.stdout)["batch_id"]
    again = run(*args, env=account_env())
    assert "--resume" in error_line(again) and f"#{batch_id}" in error_line(again)
    (tmp_path / "renamed.xlsx").write_bytes((tmp_path / "stop.xlsx").read_bytes())
    resumed = run(*[("renamed.xlsx" if a == "stop.xlsx" else a) for a in args], "--resume",
                  "--json", "--results-out", "results.csv", env=account_env())
    assert last_json(resumed.stdout)["batch_id"] == batch_id
    assert simulator.accepted("sms") == Counter({"W1": 1})  # never sent twice
    rows = read_csv(tmp_path / "results.csv")
    assert [(r[0], r[4]) for r in rows[1:]] == [
        ("W1", "accepted"), ("sim-402", "not sent"), ("W2", "not sent")]


@pytest.mark.parametrize("make, expected", [
    (lambda p: p.write_bytes(b""), "the file is empty"),
    (lambda p: p.write_bytes(b"PK\x03\x04" + bytes(2000)), "damaged"),
    (lambda p: openpyxl.Workbook().save(p), "the workbook is empty"),
])
def test_bad_workbooks_exit_2_with_one_line(run: Run, tmp_path: Path, make,
                                            expected: str) -> None:
    make(tmp_path / "bad.xlsx")
    assert expected in error_line(run("batch", "bad.xlsx", "--channel", "sms", "--dry-run"))
