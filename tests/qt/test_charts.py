"""The chart widget itself, as a person uses it: it draws, says its numbers, is clicked, is
copied, saved as PNG and exported as CSV; offscreen, real files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from pytestqt.qtbot import QtBot

from conversion_gui.qt.charts import ChartModel, ChartWidget, Series
from conversion_gui.qt.charts.painting import nice_step
from conversion_gui.qt.charts.style import look

OUTCOMES = [Series("accepted", "Accepted"), Series("throttled", "Throttled")]


def day_model(values: list[list[float]]) -> ChartModel:
    model = ChartModel("Day")
    model.set_data([f"2026-03-0{i + 1}" for i in range(len(values))], OUTCOMES, values,
                   "known words", line=(Series("limit", "Limit"), [30.0] * len(values)),
                   marks=[(Series("retries", "Retries"), [0] * len(values))])
    return model


def make_chart(qtbot: QtBot, model: ChartModel, tmp_path: Path | None = None,
               **kw: object) -> ChartWidget:
    chart = ChartWidget("Attempts per day chart", model, clickable=True,
                        choose_path=lambda _t, name, _f: str((tmp_path or Path(".")) / name),
                        **kw)  # type: ignore[arg-type]
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def distinct_colours(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_the_model_behind_a_chart_passes_the_model_tester(qtmodeltester: object) -> None:
    model = day_model([[10, 2], [20, 0]])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.header() == ["Day", "Accepted", "Throttled", "Limit", "Retries"]
    model.set_data([], OUTCOMES, [], "empty")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="one value per category"):
        model.set_data(["a"], OUTCOMES, [[1]], "bad")


def test_a_chart_is_named_and_described_in_words(qtbot: QtBot) -> None:
    model = day_model([[10, 2], [20, 0]])
    chart = make_chart(qtbot, model)
    assert chart.accessibleName() == "Attempts per day chart"
    assert chart.accessibleDescription() == "known words"
    model.set_description("new words")
    assert chart.accessibleDescription() == "new words"


def test_saved_png_is_not_blank_and_changes_with_the_data(qtbot: QtBot, tmp_path: Path) -> None:
    model = day_model([[10, 2], [20, 0]])
    chart = make_chart(qtbot, model, tmp_path)
    first = tmp_path / "first.png"
    assert chart.save_png(first)
    image = QImage(str(first))
    assert not image.isNull() and image.width() >= 600
    assert distinct_colours(image) > 4  # background, text, two fills, pattern ink at least
    model.set_data(["2026-03-01", "2026-03-02"], OUTCOMES, [[30, 2], [5, 9]], "other")
    second = tmp_path / "second.png"
    chart.save_png(second)
    assert QImage(str(second)) != image
    chart.ask_save_png()  # the menu's "Save as PNG…", the path chooser answering
    assert (tmp_path / "chart.png").stat().st_size > 0


def test_export_writes_the_charts_table_with_formulas_neutralised(
    qtbot: QtBot, tmp_path: Path
) -> None:
    model = ChartModel("Batch")
    model.set_data(["#1 =SUM(A1).csv", "#2 spring.csv"], OUTCOMES, [[4, 2], [1, 0]], "w")
    chart = make_chart(qtbot, model, tmp_path)
    chart.ask_export_csv()
    with (tmp_path / "chart.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [["Batch", "Accepted", "Throttled"], ["#1 =SUM(A1).csv", "4", "2"],
                    ["#2 spring.csv", "1", "0"]]
    model.set_data(["=cmd"], OUTCOMES, [[1, 1]], "w")
    assert chart.export_csv(tmp_path / "f.csv") == 1
    assert "'=cmd" in (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    failures: list[str] = []
    chart.save_failed.connect(failures.append)
    assert chart.export_csv(tmp_path / "missing" / "x.csv") == -1
    assert failures and "Could not write" in failures[0]


def test_ctrl_c_copies_the_chart_as_an_image(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, day_model([[10, 2], [20, 0]]))
    QGuiApplication.clipboard().clear()
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().image()
    assert not copied.isNull() and copied.width() >= 600


def test_a_click_or_the_keyboard_picks_a_bar(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, day_model([[10, 2], [20, 0]]))
    clicks: list[tuple[int, str]] = []
    chart.bar_clicked.connect(lambda row, key: clicks.append((row, key)))
    point = chart.bar_centre(1, "accepted")
    assert point is not None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    throttled = chart.bar_centre(0, "throttled")
    assert throttled is not None, [(b.row, b.series, b.rect) for b in chart._bars]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=throttled)
    assert clicks == [(1, "accepted"), (0, "throttled")]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.accessibleDescription() == "2026-03-02: 20 accepted, limit 30"
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert clicks[-1] == (1, "")


def test_dark_and_high_contrast_palettes_are_followed(qtbot: QtBot, tmp_path: Path) -> None:
    light = QPalette()
    dark = QPalette(QColor("#202020"))
    assert look("accepted", 0, dark, False).fill.lightness() > \
        look("accepted", 0, light, False).fill.lightness()
    contrast = look("throttled", 1, dark, True)
    assert contrast.fill == dark.color(QPalette.ColorRole.Base)  # only the person's colours
    assert contrast.pattern.style() != Qt.BrushStyle.NoBrush  # told apart by pattern
    assert contrast.pattern.color() == dark.color(QPalette.ColorRole.WindowText)
    chart = make_chart(qtbot, day_model([[10, 2], [20, 1]]))
    chart.setPalette(dark)
    image = chart.render_image().toImage()
    assert QColor(image.pixel(2, 2)).lightness() < 60  # the dark window shows through


def test_charts_scale_with_the_font(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, day_model([[10, 2], [20, 0]]), horizontal=True)
    small = chart.sizeHint().height()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200%
    chart.setFont(font)
    assert chart.sizeHint().height() >= 1.8 * small
    assert nice_step(1234) == 500 and nice_step(7) == 2 and nice_step(0) == 1
