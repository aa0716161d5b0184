"""The Batch page's charts: the live sending-rate chart and, when a batch ends, the outcome
and failure-meaning charts, whose bars open History on those attempts. The end-to-end test
sends a real batch to the sandbox simulator through the assembled window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from conversion_gui.core.batch import BatchResult, Progress
from conversion_gui.core.history import BatchState
from conversion_gui.core.statuses import meaning_of
from conversion_gui.qt.batch_live_chart import MAX_BUCKETS, BatchLiveChart
from conversion_gui.qt.batch_outcome_chart import BatchOutcomeChart
from conversion_gui.qt.charts import ChartWidget
from tests.qt.conftest import find
from tests.qt.test_history_view import settle
from tests.qt.test_main_window import Windows, windows  # noqa: F401 (the fixture)

WAIT = 30_000
INVALID = meaning_of(423, "invalid")
UNEXPECTED = "Unexpected answer (418)"


def progress(elapsed: float, accepted: int, failed: int, invalid: int = 0, retries: int = 0,
             throttled: int = 0, limit: float = 30.0) -> Progress:
    failures = {INVALID: invalid} if invalid else {}
    if failed > invalid:
        failures[UNEXPECTED] = failed - invalid
    return Progress(1, "running", 1000, accepted, failed, pending=0, in_flight=0,
                    retries=retries, throttled=throttled, rate=accepted / max(elapsed, 1),
                    limit=limit, elapsed=elapsed, eta=None, failures=failures)


def test_the_live_chart_stacks_rows_a_second_against_the_limit(qtbot: QtBot) -> None:
    chart = BatchLiveChart()
    qtbot.addWidget(chart)
    chart.show()
    assert chart.accessibleName() == "Sending rate chart"
    chart.add(progress(0.0, 0, 0))  # the baseline: earlier runs of a resumed batch
    chart.add(progress(0.9, 20, 2, invalid=1, retries=1, throttled=1))
    chart.add(progress(1.5, 45, 2, invalid=1, retries=3, throttled=2, limit=15.0))
    assert chart.model.rowCount() == 0  # nothing drawn yet: the timer coalesces repaints
    qtbot.waitUntil(lambda: chart.model.rowCount() == 2, timeout=WAIT)
    model = chart.model
    assert model.categories == ["0:00", "0:01"]
    assert model.values[0] == [20, 1, 1]  # accepted, rejected, failed in the first second
    assert model.values[1] == [50, 0, 0]  # 25 rows in the half second so far: 50 a second
    assert model.line_values == [30, 15]
    assert model.mark_values == [[1, 2], [1, 1]]  # retries, 429s
    assert chart.accessibleDescription() == (
        "Sending 30.0 rows a second against a limit of 15 a second; so far 45 accepted, "
        "1 rejected, 1 failed; 3 retries, 2 throttled (429).")
    assert model.header() == ["Time from start", "Accepted", "Rejected", "Failed", "Limit",
                              "Retries", "429s"]


def test_a_long_batch_keeps_a_bounded_number_of_bars(qtbot: QtBot) -> None:
    chart = BatchLiveChart()
    qtbot.addWidget(chart)
    for second in range(0, 1000):
        chart.add(progress(float(second), second * 10, 0, limit=0))
    chart.flush()
    assert 0 < chart.model.rowCount() <= MAX_BUCKETS
    assert sum(sum(v) for v in chart.model.values) > 0
    assert chart.model.line is None  # no limit, no line
    assert "no limit" in chart.accessibleDescription()


def test_the_outcome_chart_says_how_a_batch_ended(qtbot: QtBot, tmp_path: Path) -> None:
    chart = BatchOutcomeChart(choose_path=lambda _t, name, _f: str(tmp_path / name))
    qtbot.addWidget(chart)
    result = BatchResult(7, BatchState.FINISHED, accepted=1204, rejected=3, failed=31,
                         not_sent=0, stop_reason=None, stop_status=None,
                         failures={meaning_of(429, "throttled"): 29,
                                   meaning_of(503, "server_error"): 2, INVALID: 3},
                         elapsed=60.0, sent_this_run=1238)
    chart.show_result(result)
    assert chart.outcomes.accessibleDescription() == (
        "1,204 accepted, 31 failed: 29 throttled, 2 server errors; 3 rejected, 0 not sent.")
    assert chart.meanings.accessibleName() == "Failure meanings chart"
    assert chart.meaning_model.categories == [meaning_of(429, "throttled"), INVALID,
                                              meaning_of(503, "server_error")]
    chart.outcomes.ask_export_csv()
    assert (tmp_path / "batch-outcomes.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "Outcome,Rows", "Accepted,1204", "Rejected,3", "Failed,31", "Not sent,0"]


def campaign(path: Path) -> Path:
    ids = ["OK1", "OK2", "OK3", "sim-423", "sim-422", "sim-418"]
    path.write_text("message-id,delivered,timestamp\n" + "".join(
        f"{mid},yes,2026-11-26 10:00:0{i}\n" for i, mid in enumerate(ids)), encoding="utf-8")
    return path


def test_clicking_an_outcome_bar_opens_history_on_those_attempts(
    qtbot: QtBot, windows: Windows, tmp_path: Path  # noqa: F811 (the fixture)
) -> None:
    window = windows.make()
    page = window.batch_page
    window.tabs.setCurrentWidget(page)
    page.open_file(str(campaign(tmp_path / "c.csv")))

    def send() -> QPushButton | None:
        return next((b for b in page.findChildren(QPushButton)
                     if b.text().replace("&", "").startswith("Send ") and b.isVisible()
                     and b.isEnabled()), None)

    qtbot.waitUntil(lambda: send() is not None, timeout=WAIT)
    button = send()
    assert button is not None
    button.click()
    assert find(page, ChartWidget, "Sending rate chart").model is not None
    outcomes = find(page, ChartWidget, "Outcomes chart")
    qtbot.waitUntil(lambda: outcomes.isVisible() and not page.busy, timeout=WAIT)
    assert outcomes.accessibleDescription() == (
        "3 accepted, 1 failed: 1 unexpected answer; 2 rejected, 0 not sent.")
    meanings = find(page, ChartWidget, "Failure meanings chart")
    assert meanings.model.categories == [INVALID, UNEXPECTED]  # 2 invalid, then 1
    point = outcomes.bar_centre(1, "rows")  # the Rejected bar
    assert point is not None
    qtbot.mouseClick(outcomes, Qt.MouseButton.LeftButton, pos=point)
    history = window.history_page
    assert window.tabs.currentWidget() is history
    settle(qtbot, history)
    assert find(history, QComboBox, "Outcome").currentText() == "Invalid parameters"
    assert history.model.rowCount() == 2
    assert {history.model.attempt_at(r).message_id for r in range(2)} == {"sim-423", "sim-422"}
