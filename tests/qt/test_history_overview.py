"""The History page's Overview over a known history (real store, real SQLite file, real pool):
it appears, says the right numbers, follows the filters, drills down on a click, exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.qt.charts import ChartWidget
from conversion_gui.qt.history_view import HistoryPage
from conversion_gui.qt.tasks import TaskManager
from tests.core.test_history_summary import TIMEOUT, write_known
from tests.qt.conftest import find
from tests.qt.test_history_view import choose, settle

WAIT = 15_000
ALL_DAYS = ("20 attempts over 3 days from 2026-03-01 to 2026-03-05: 13 accepted, 7 failed: "
            "3 invalid, 2 throttled, 1 server error, 1 unreachable. Busiest day: 2026-03-01, "
            "8 attempts.")


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, tasks: TaskManager) -> HistoryPage:
    write_known(context.history)
    page = HistoryPage(context, tasks)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    return page


def overview(qtbot: QtBot, page: HistoryPage) -> ChartWidget:
    """Switch to the Overview as a person does (Alt+V) and wait for its numbers."""
    summarised: list[bool] = []
    page.overview.summarised.connect(lambda: summarised.append(True))
    qtbot.keyClick(page, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(summarised), timeout=WAIT)
    return page.overview.chart


def wait_words(qtbot: QtBot, chart: ChartWidget, words: str) -> None:
    qtbot.waitUntil(lambda: chart.accessibleDescription() == words, timeout=WAIT)


def test_the_overview_charts_the_attempts_per_day_with_the_numbers_in_words(
    qtbot: QtBot, page: HistoryPage
) -> None:
    chart = overview(qtbot, page)
    assert page.views.currentWidget() is page.overview
    assert chart.isVisible()
    assert find(page, ChartWidget, "Attempts per day chart") is chart
    assert chart.accessibleDescription() == ALL_DAYS
    assert find(page, QLabel, "Overview status").text() == "20 attempts"
    model = chart.model
    assert model.categories == ["2026-03-01", "2026-03-02", "2026-03-05"]
    assert [s.name for s in model.series] == ["Accepted", "Invalid parameters", "Throttled",
                                             "Server error", "Could not reach the API"]
    assert model.values[0] == [5, 1, 2, 0, 0]


def test_the_overview_follows_the_filters(qtbot: QtBot, page: HistoryPage) -> None:
    chart = overview(qtbot, page)
    choose(find(page, QComboBox, "Channel"), "Voice")
    wait_words(qtbot, chart, (
        "6 attempts over 3 days from 2026-03-01 to 2026-03-05: 4 accepted, 2 failed: "
        "1 invalid, 1 unreachable. Busiest day: 2026-03-02, 3 attempts."))
    choose(find(page, QComboBox, "Channel"), "All")
    choose(find(page, QComboBox, "Outcome"), "Failed (any not accepted)")
    wait_words(qtbot, chart, (
        "7 attempts over 3 days from 2026-03-01 to 2026-03-05: 0 accepted, 7 failed: "
        "3 invalid, 2 throttled, 1 server error, 1 unreachable. Busiest day: 2026-03-01, "
        "3 attempts."))


def test_a_one_day_range_is_charted_per_hour(qtbot: QtBot, page: HistoryPage) -> None:
    chart = overview(qtbot, page)
    page.use_from.setChecked(True)
    page.use_to.setChecked(True)
    page.date_from.setDate(page.date_from.date().fromString("2026-03-01", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2026-03-01", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: chart.accessibleName() == "Attempts per hour chart", timeout=WAIT)
    assert chart.model.categories == ["03-01 09h", "03-01 10h"]
    assert chart.accessibleDescription().startswith(
        "8 attempts over 2 hours from 2026-03-01 09 to 2026-03-01 10: 5 accepted, 3 failed")


def test_clicking_a_batch_bar_shows_that_batch_in_the_table(
    qtbot: QtBot, page: HistoryPage, context: AppContext
) -> None:
    chart = overview(qtbot, page)
    choose(page.overview.view, "Per batch")
    qtbot.waitUntil(lambda: chart.model.rowCount() == 2, timeout=WAIT)
    assert chart.accessibleName() == "Attempts per batch chart"
    batch_a = next(b.id for b in context.history.recent_batches() if b.file_name == "spring.csv")
    assert chart.model.categories[0].startswith(f"#{batch_a} spring.csv (")
    point = chart.bar_centre(0, "invalid")
    assert point is not None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    settle(qtbot, page)
    assert page.views.currentIndex() == 0  # the table, narrowed to the batch
    assert page.model.rowCount() == 6
    assert page.batch_label.text() == f"Showing batch {batch_a} only."


def test_clicking_a_meaning_bar_filters_the_table_by_its_outcome(
    qtbot: QtBot, page: HistoryPage
) -> None:
    chart = overview(qtbot, page)
    choose(page.overview.view, "By meaning")
    qtbot.waitUntil(lambda: chart.model.rowCount() == 5, timeout=WAIT)
    assert chart.model.categories[3] == TIMEOUT
    chart.setFocus()
    for _ in range(4):  # the keyboard way: Down moves from bar to bar, Enter opens one
        qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert find(page, QComboBox, "Outcome").currentText() == "Could not reach the API"
    assert page.model.rowCount() == 1


def test_the_overview_exports_its_table(qtbot: QtBot, page: HistoryPage, tmp_path: Path) -> None:
    chart = overview(qtbot, page)
    out = tmp_path / "days.csv"
    assert chart.export_csv(out) == 3
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [
        ["Day (UTC)", "Accepted", "Invalid parameters", "Throttled", "Server error",
         "Could not reach the API"],
        ["2026-03-01", "5", "1", "2", "0", "0"],
        ["2026-03-02", "3", "0", "0", "1", "0"],
        ["2026-03-05", "5", "2", "0", "0", "1"],
    ]
