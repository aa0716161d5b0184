"""Drawing a chart with QPainter: bars (stacked or not, up or across), a dashed line, markers.

Every size comes from the font's metrics, so the chart scales with the text (100 to 200%
display scaling, large fonts) and Qt draws it sharp at any device pixel ratio. The drawing
returns where each bar went, which is how a click finds its bar.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from ..formats import decimal
from .model import ChartModel
from .style import SeriesLook, look


@dataclass(frozen=True)
class Bar:
    """Where one bar (or one segment of a stacked bar) was drawn."""

    row: int
    series: int  # -1: the whole bar's slot
    rect: QRectF


@dataclass(frozen=True)
class Options:
    title: str = ""
    horizontal: bool = False  # bars across, labels on the left (outcomes, meanings)
    current: int | None = None  # the category the keyboard is on
    focused: bool = False
    contrast: bool = False


def nice_step(top: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return float(m * power)
    return float(10 * power)


def short_number(v: float) -> str:
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 10_000:
        return f"{v / 1_000:g}k"
    return decimal(v, 0) if v == int(v) else f"{v:g}"


class _Painter:
    def __init__(self, p: QPainter, rect: QRectF, model: ChartModel, palette: QPalette,
                 font: QFont, opts: Options) -> None:
        self.p, self.model, self.palette, self.opts = p, model, palette, opts
        self.rect = QRectF(rect)
        self.font = QFont(font)
        self.fm = QFontMetricsF(self.font)
        self.em = self.fm.height()
        self.text = palette.color(QPalette.ColorRole.WindowText)
        back = palette.color(QPalette.ColorRole.Window)
        # opaque (a blend worked out here): a translucent line costs ten times more to draw
        self.grid = QColor((self.text.red() + 3 * back.red()) // 4,
                           (self.text.green() + 3 * back.green()) // 4,
                           (self.text.blue() + 3 * back.blue()) // 4)
        self.looks = [look(s.key, i, palette, opts.contrast) for i, s in enumerate(model.series)]
        self.row_looks = [look(k, i, palette, opts.contrast) for i, k in enumerate(model.row_keys)]
        self.bars: list[Bar] = []
        # Bars and markers are queued and drawn a series at a time (one call for many
        # rectangles): a live chart repaints a few times a second on the GUI thread.
        self._fills: dict[int, tuple[SeriesLook, list[QRectF]]] = {}
        self._marks: dict[bool, QPainterPath] = {False: QPainterPath(), True: QPainterPath()}

    # ---- pieces
    def look_of(self, row: int, series: int) -> SeriesLook:
        return self.row_looks[row] if self.row_looks else self.looks[series]

    def fill(self, rect: QRectF, lk: SeriesLook) -> None:
        self._fills.setdefault(id(lk), (lk, []))[1].append(rect)

    def draw_fills(self) -> None:
        """Colour, then pattern, then outline, of every queued rectangle of each series."""
        p = self.p
        for lk, rects in self._fills.values():
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(lk.fill)
            p.drawRects(rects)
            if lk.pattern.style() != Qt.BrushStyle.NoBrush:
                p.setBrush(lk.pattern)
                p.drawRects(rects)
            outlined = [r for r in rects if r.width() >= 3 and r.height() >= 3]
            if outlined:
                p.setPen(QPen(lk.outline, max(1.0, self.em / 16)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRects(outlined)
        self._fills.clear()

    def title(self) -> None:
        if not self.opts.title:
            return
        bold = QFont(self.font)
        bold.setBold(True)
        self.p.setFont(bold)
        self.p.setPen(self.text)
        box = QRectF(self.rect.left(), self.rect.top(), self.rect.width(), self.em * 1.3)
        self.p.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        self.opts.title)
        self.p.setFont(self.font)
        self.rect.setTop(box.bottom())

    def legend(self) -> None:
        """Swatch and name per series (and the line and markers): the key to the patterns."""
        m = self.model
        if (len(m.series) < 2 or m.row_keys) and m.line is None and not m.marks:
            return  # one series, or a bar per outcome: the labels say it all
        em, p = self.em, self.p
        x, y = self.rect.left(), self.rect.top() + em * 0.2
        sw = em * 0.9
        entries: list[tuple[str, int]] = [(s.name, i) for i, s in enumerate(m.series)]
        if m.line is not None:
            entries.append((m.line.name, -1))
        entries.extend((mark.name, -2 - i) for i, mark in enumerate(m.marks))
        p.setFont(self.font)
        for name, which in entries:
            width = sw + em * 0.4 + self.fm.horizontalAdvance(name) + em
            if x + width > self.rect.right() and x > self.rect.left():
                x, y = self.rect.left(), y + em * 1.2
            swatch = QRectF(x, y + (em - sw) / 2, sw, sw)
            if which >= 0:
                self.fill(swatch, self.looks[which])
            elif which == -1:
                self.line_pen()
                p.drawLine(QPointF(swatch.left(), swatch.center().y()),
                           QPointF(swatch.right(), swatch.center().y()))
            else:
                self.marker(QPointF(swatch.center().x(), swatch.bottom()), sw * 0.8,
                            hollow=which < -2)
            p.setPen(self.text)
            p.drawText(QRectF(swatch.right() + em * 0.4, y, width, em),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
            x += width
        self.draw_fills()
        self.draw_marks()
        self.rect.setTop(y + em * 1.4)

    def line_pen(self) -> None:
        pen = QPen(self.text, max(1.5, self.em / 7), Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def marker(self, tip: QPointF, size: float, hollow: bool = False) -> None:
        """A downward triangle whose tip is at ``tip`` (a retry above its bar); the second
        kind of mark (429s) hollow, so the two differ by shape, not colour."""
        tri = QPolygonF([tip, QPointF(tip.x() - size / 2, tip.y() - size),
                         QPointF(tip.x() + size / 2, tip.y() - size), tip])
        self._marks[hollow].addPolygon(tri)

    def draw_marks(self) -> None:
        for hollow, path in self._marks.items():
            if path.isEmpty():
                continue
            self.p.setPen(QPen(self.text, max(1.0, self.em / 12)))
            self.p.setBrush(self.palette.color(QPalette.ColorRole.Window) if hollow
                            else self.text)
            self.p.drawPath(path)
        self._marks = {False: QPainterPath(), True: QPainterPath()}

    def empty(self) -> None:
        self.p.setPen(self.text)
        self.p.drawText(self.rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                        self.model.description)

    # ---- the two layouts
    def vertical(self) -> None:
        m, p, em, fm = self.model, self.p, self.em, self.fm
        n = len(m.categories)
        step = nice_step(m.largest())
        top_value = step * max(1, math.ceil(m.largest() / step))
        labels = [short_number(step * i) for i in range(round(top_value / step) + 1)]
        left = self.rect.left() + max(fm.horizontalAdvance(t) for t in labels) + em * 0.5
        plot = QRectF(left, self.rect.top() + em * (0.3 + len(m.marks)),
                      self.rect.right() - left - em * 0.3, 0)
        plot.setBottom(self.rect.bottom() - em * 1.4)
        if plot.height() < em or plot.width() < em:
            return
        scale = plot.height() / top_value
        p.setFont(self.font)
        grid_pen = QPen(self.grid, 0)  # cosmetic: one device pixel at any scale
        p.setPen(grid_pen)
        p.drawLines([QLineF(plot.left(), round(plot.bottom() - step * i * scale),
                            plot.right(), round(plot.bottom() - step * i * scale))
                     for i in range(len(labels))])
        p.setPen(self.text)
        for i, text in enumerate(labels):  # the scale
            y = plot.bottom() - step * i * scale
            p.drawText(QRectF(self.rect.left(), y - em / 2, left - self.rect.left() - em * 0.3,
                              em), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       text)
        slot = plot.width() / n
        width = max(1.0, slot * 0.72)
        widest = max(fm.horizontalAdvance(c) for c in m.categories) + em * 0.8
        stride = max(1, math.ceil(widest / slot))
        for r in range(n):
            x = plot.left() + slot * r + (slot - width) / 2
            bottom = plot.bottom()
            self.bars.append(Bar(r, -1, QRectF(plot.left() + slot * r, plot.top(), slot,
                                               plot.height())))
            for s, value in enumerate(m.values[r]):
                if value <= 0:
                    continue
                h = value * scale
                seg = QRectF(x, bottom - h, width, h)
                self.fill(seg, self.look_of(r, s))
                self.bars.append(Bar(r, s, seg))
                bottom -= h
            size = min(em * 0.8, max(slot, em * 0.4))
            for i, counts in enumerate(m.mark_values):
                if counts[r] > 0:
                    self.marker(QPointF(x + width / 2, bottom - 2), size, hollow=i > 0)
                    bottom -= size + 2
            if r % stride == 0 and plot.left() + slot * r + widest <= self.rect.right() + em:
                p.setPen(self.text)
                p.drawText(QRectF(plot.left() + slot * r, plot.bottom() + em * 0.2,
                                  slot * stride, em * 1.2),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                           m.categories[r])
        self.draw_fills()
        self.draw_marks()
        if m.line is not None and n:
            self.line_pen()
            points = [QPointF(plot.left() + slot * (r + 0.5),
                              plot.bottom() - min(v, top_value) * scale)
                      for r, v in enumerate(m.line_values)]
            if len(points) == 1:
                points = [QPointF(plot.left(), points[0].y()), QPointF(plot.right(), points[0].y())]
            p.drawPolyline(QPolygonF(points))
        self.focus_box(plot)

    def horizontal(self) -> None:
        m, p, em, fm = self.model, self.p, self.em, self.fm
        n = len(m.categories)
        row_h = em * 1.6
        label_w = min(max(fm.horizontalAdvance(c) for c in m.categories) + em * 0.5,
                      self.rect.width() * 0.45)
        totals = [m.total(r) for r in range(n)]
        value_w = max(fm.horizontalAdvance(decimal(t, 0)) for t in totals) + em * 0.6
        left = self.rect.left() + label_w
        span = max(1.0, self.rect.right() - value_w - left)
        top_value = max(totals, default=0.0) or 1.0
        p.setFont(self.font)
        for r in range(n):
            y = self.rect.top() + r * row_h
            if y + row_h > self.rect.bottom() + 1:
                break  # more rows than room: the table and the description hold them all
            self.bars.append(Bar(r, -1, QRectF(self.rect.left(), y, self.rect.width(), row_h)))
            p.setPen(self.text)
            label = fm.elidedText(m.categories[r], Qt.TextElideMode.ElideRight, label_w - em * 0.5)
            p.drawText(QRectF(self.rect.left(), y, label_w - em * 0.5, row_h),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            x = left
            bar_h = row_h * 0.7
            for s, value in enumerate(m.values[r]):
                if value <= 0:
                    continue
                w = max(1.0, value / top_value * span)
                seg = QRectF(x, y + (row_h - bar_h) / 2, w, bar_h)
                self.fill(seg, self.look_of(r, s))
                self.bars.append(Bar(r, s, seg))
                x += w
            p.setPen(self.text)
            p.drawText(QRectF(x + em * 0.3, y, value_w, row_h),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       decimal(totals[r], 0))
        self.draw_fills()
        self.focus_box(self.rect)

    def focus_box(self, plot: QRectF) -> None:
        cur = self.opts.current
        if not self.opts.focused or cur is None:
            return
        for bar in self.bars:
            if bar.row == cur and bar.series == -1:
                pen = QPen(self.palette.color(QPalette.ColorRole.Highlight),
                           max(2.0, self.em / 8), Qt.PenStyle.DotLine)
                self.p.setPen(pen)
                self.p.setBrush(Qt.BrushStyle.NoBrush)
                self.p.drawRect(bar.rect.intersected(plot).adjusted(1, 1, -1, -1))
                return


def paint(p: QPainter, rect: QRectF, model: ChartModel, palette: QPalette, font: QFont,
          opts: Options) -> list[Bar]:
    """Draw ``model`` into ``rect``; returns the bars, whole slots first for each row."""
    painter = _Painter(p, rect, model, palette, font, opts)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.title()
    if not model.categories or model.largest() <= 0:
        painter.empty()
    else:
        painter.legend()
        if opts.horizontal:
            painter.horizontal()
        else:
            painter.vertical()
    p.restore()
    return painter.bars


def preferred_height(model: ChartModel, font: QFont, opts: Options) -> int:
    """Enough height for every row of a horizontal chart, or a pleasant one for bars up."""
    em = QFontMetricsF(font).height()
    extra = em * (1.3 if opts.title else 0) + em * 1.6
    if opts.horizontal:
        return int(extra + max(2, len(model.categories)) * em * 1.6 + em)
    return int(extra + em * 12)
