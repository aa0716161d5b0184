"""A chart as a widget: painted from its ChartModel, clickable, and usable without a mouse.

Its accessible name ends in "chart" and its description states the numbers in words, so a
screen reader says what the picture shows. Ctrl+C copies it as an image; its context menu
(right click, the Menu key or Shift+F10) also saves it as PNG and exports its table as CSV
(formulas neutralised, as every CSV the app writes). Arrow keys move between bars and Enter
opens one, as a click does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QToolButton, QToolTip, QWidget

from ...core.csvout import write_excel_csv
from .. import a11y
from ..formats import decimal, number
from .model import ChartModel
from .painting import Bar, Options, paint, preferred_height
from .style import high_contrast

translate = QCoreApplication.translate

log = logging.getLogger(__name__)
PathChooser = Callable[[str, str, str], str | None]  # (title, suggested name, filter) -> path


def _dialog_path(title: str, suggested: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(None, title, suggested, file_filter)
    return path or None


class ChartWidget(QWidget):
    bar_clicked = Signal(int, str)  # category row, series key ("" for the whole bar)
    painted = Signal()  # a paint finished (the benches wait for it)
    saved = Signal(str)  # a PNG or CSV was written: its path
    save_failed = Signal(str)  # why it could not be

    def __init__(
        self,
        name: str,
        model: ChartModel,
        *,
        title: str = "",
        horizontal: bool = False,
        clickable: bool = False,
        file_stem: str = "chart",
        choose_path: PathChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The name ends in "chart" in English (tests find charts so); a translation says it
        # its own way, so no check here.
        self.model = model
        self._title = title
        self._horizontal = horizontal
        self._clickable = clickable
        self._file_stem = file_stem
        self._choose_path = choose_path or _dialog_path
        self._bars: list[Bar] = []
        self._bars_stale = True  # the data, size or font changed since the last paint
        self._current: int | None = None
        self.setAccessibleName(name)
        self.setAccessibleDescription(model.description)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # it paints every pixel itself: Qt need not paint what is behind it first
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(clickable)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        model.described.connect(self._described)
        model.modelReset.connect(self._reset)
        self.copy_action = self._action(self.tr("&Copy image"), self.copy_image,
                                        QKeySequence.StandardKey.Copy)
        self.save_action = self._action(self.tr("Save as &PNG…"), self.ask_save_png)
        self.export_action = self._action(self.tr("&Export table as CSV…"), self.ask_export_csv)

    def _action(self, text: str, slot: Callable[[], object],
                key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ---- what it shows
    def _described(self, text: str) -> None:
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def _reset(self) -> None:
        if self._current is not None and self._current >= len(self.model.categories):
            self._current = None
        self._changed()

    def _changed(self) -> None:
        self._bars_stale = True
        self.updateGeometry()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._bars_stale = True
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._changed()
        super().changeEvent(event)

    def set_horizontal(self, horizontal: bool) -> None:
        """Bars across (long labels: batches, meanings) or up (time)."""
        self._horizontal = horizontal
        self._changed()

    def _options(self) -> Options:
        return Options(title=self._title, horizontal=self._horizontal, current=self._current,
                       focused=self.hasFocus(), contrast=high_contrast())

    def sizeHint(self) -> QSize:
        h = preferred_height(self.model, self.font(), self._options())
        return QSize(max(320, self.fontMetrics().averageCharWidth() * 60), h)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 12, em * 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._draw(painter)
        finally:
            painter.end()
        self.painted.emit()

    def _draw(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), self.palette().window())
        self._bars = paint(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.model,
                           self.palette(), self.font(), self._options())
        self._bars_stale = False

    def _laid_out(self) -> list[Bar]:
        """Where the bars are now, even before the next paint (a click can come first)."""
        if self._bars_stale:
            scratch = QImage(max(1, self.width()), max(1, self.height()),
                             QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(scratch)
            try:
                self._draw(painter)
            finally:
                painter.end()
        return self._bars

    def render_image(self) -> QPixmap:
        """The chart as a picture, at the screen's pixel ratio (sharp when pasted)."""
        return self.grab()

    # ---- bars
    def bar_at(self, pos: QPointF | QPoint) -> tuple[int, str] | None:
        """(row, series key) under ``pos``; a click between segments takes the whole bar."""
        point = QPointF(pos)
        whole: tuple[int, str] | None = None
        for bar in self._laid_out():
            if bar.rect.contains(point):
                if bar.series >= 0:
                    return bar.row, self.model.series[bar.series].key
                whole = (bar.row, "")
        return whole

    def bar_centre(self, row: int, series: str = "") -> QPoint | None:
        """Where to click for ``row`` (and ``series``): what a test or a bench aims at."""
        index = next((i for i, s in enumerate(self.model.series) if s.key == series), -1)
        for bar in self._laid_out():
            if bar.row == row and bar.series == index:
                return bar.rect.center().toPoint()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.bar_at(event.position()) if event.button() == Qt.MouseButton.LeftButton \
            else None
        if hit is None:
            super().mousePressEvent(event)
            return
        self._current = hit[0]
        self.update()
        if self._clickable:
            self.bar_clicked.emit(*hit)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            hit = self.bar_at(pos)
            if hit is not None:
                QToolTip.showText(event.globalPos(), self.row_text(hit[0]), self)  # type: ignore[attr-defined]
                return True
        return super().event(event)

    def row_text(self, row: int) -> str:
        """One bar in words: "2026-03-01: 5,230 accepted, 326 invalid"."""
        m = self.model
        parts = [f"{decimal(v, 0)} {s.name.lower()}" for s, v in zip(m.series, m.values[row],
                                                                    strict=True) if v]
        if m.line is not None:
            parts.append(f"{m.line.name.lower()} {decimal(m.line_values[row], 0)}")
        parts.extend(f"{number(counts[row])} {mark.name.lower()}"
                     for mark, counts in zip(m.marks, m.mark_values, strict=True) if counts[row])
        said = ", ".join(parts) or self.tr("none")
        return f"{m.categories[row]}: {said}"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        n = len(self.model.categories)
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        if n and key in moves:
            cur = -1 if self._current is None else self._current
            self._current = max(0, min(n - 1, cur + moves[Qt.Key(key)]))
            self.setAccessibleDescription(self.row_text(self._current))
            self.update()
            return
        if n and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._current = 0 if key == Qt.Key.Key_Home else n - 1
            self.update()
            return
        if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
                and self._clickable and self._current is not None):
            self.bar_clicked.emit(self._current, "")
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: object) -> None:
        self.setAccessibleDescription(self.model.description)
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def focusInEvent(self, event: object) -> None:
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    # ---- copy, save, export
    def menu(self) -> QMenu:
        menu = QMenu(self)
        for action in (self.copy_action, self.save_action, self.export_action):
            menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu().exec(event.globalPos())

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.render_image().toImage())

    def save_png(self, path: str | Path) -> bool:
        ok = self.render_image().save(str(path), "PNG")
        if ok:
            self.saved.emit(str(path))
        else:
            self.save_failed.emit(self.tr("Could not save the chart to {path}").format(path=path))
        return ok

    def export_csv(self, path: str | Path) -> int:
        try:
            n = write_excel_csv(path, self.model.header(), self.model.table_rows())
        except OSError as exc:
            self.save_failed.emit(self.tr("Could not write {path}: {problem}").format(
                path=path, problem=exc.strerror or exc))
            return -1
        self.saved.emit(str(path))
        return n

    def ask_save_png(self) -> None:
        path = self._choose_path(self.tr("Save chart as PNG"), f"{self._file_stem}.png",
                                 self.tr("PNG images (*.png)"))
        if path:
            self.save_png(path)

    def ask_export_csv(self) -> None:
        path = self._choose_path(self.tr("Export chart table"), f"{self._file_stem}.csv",
                                 self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)


def chart_menu_button(chart: ChartWidget, text: str | None = None) -> QToolButton:
    """A visible way to the chart's menu (copy, PNG, CSV) for those who do not right-click."""
    button = QToolButton()
    button.setText(translate("ChartWidget", "Chart") if text is None else text)
    a11y.name_button(button)
    button.setToolTip(translate("ChartWidget", "Copy the chart, save it as PNG or export its table "
                                          "as CSV"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(chart.menu())
    return button
