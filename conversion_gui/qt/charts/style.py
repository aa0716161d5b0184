"""How a chart's series look: a colour that suits the palette, and a pattern that tells them
apart without colour (colour-blind readers, grey-scale printouts, high contrast).

In high contrast the colours give way entirely: every fill is the palette's base colour with
its pattern drawn in the text colour, so the chart has only the two colours the person chose.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

# Outcome colours: green for accepted, warm tones for the failures, grey for "other".
COLOURS: dict[str, str] = {
    "accepted": "#2e7d32",
    "rejected": "#ef6c00",
    "invalid": "#ef6c00",
    "failed": "#c62828",
    "throttled": "#f9a825",
    "server_error": "#c62828",
    "unreachable": "#6a1b9a",
    "wrong_credentials": "#8e2430",
    "not_enabled": "#5d4037",
    "tls": "#ad1457",
    "unexpected": "#546e7a",
    "not_sent": "#78909c",
    "attempts": "#1565c0",
}
FALLBACK = ("#1565c0", "#00838f", "#9e9d24", "#4e342e", "#37474f")
PATTERNS: tuple[Qt.BrushStyle, ...] = (
    Qt.BrushStyle.SolidPattern,  # the first series (accepted, most of the picture) plain
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.Dense3Pattern,
)
# A fixed pattern per outcome, so "throttled" looks the same on every chart.
PATTERN_OF: dict[str, int] = {
    "accepted": 0, "rejected": 1, "invalid": 1, "failed": 2, "server_error": 2, "throttled": 3,
    "unreachable": 4, "wrong_credentials": 5, "not_enabled": 6, "tls": 7, "unexpected": 8,
    "not_sent": 4, "attempts": 0,
}


def high_contrast() -> bool:
    """The system asks for more contrast (Qt 6.10+ reports it; older Qt never does)."""
    preference = getattr(Qt, "ContrastPreference", None)
    style_hints = QGuiApplication.styleHints()
    if preference is None or not hasattr(style_hints, "accessibility"):
        return False
    hints = style_hints.accessibility()  # held: a temporary one is deleted at once
    return bool(hints.contrastPreference() == preference.HighContrast)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class SeriesLook:
    fill: QColor
    pattern: QBrush  # drawn over the fill; NoBrush for the plain first series
    outline: QColor


def look(key: str, index: int, palette: QPalette, contrast: bool) -> SeriesLook:
    """The fill, pattern and outline of series ``key`` (``index``: its place in the chart)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    style_index = PATTERN_OF.get(key, index % len(PATTERNS))
    style = PATTERNS[style_index % len(PATTERNS)]
    if contrast:
        fill = palette.color(QPalette.ColorRole.Base)
        if style == Qt.BrushStyle.SolidPattern:
            fill = text  # the plain series as solid text colour: still two colours only
            style = Qt.BrushStyle.NoBrush
        return SeriesLook(fill, QBrush(palette.color(QPalette.ColorRole.Base)
                                       if style == Qt.BrushStyle.NoBrush else text, style), text)
    fill = QColor(COLOURS.get(key, FALLBACK[index % len(FALLBACK)]))
    if is_dark(palette):
        fill = fill.lighter(135)
    ink = QColor(0, 0, 0, 110) if fill.lightness() > 110 else QColor(255, 255, 255, 140)
    pattern = QBrush(Qt.BrushStyle.NoBrush) if style == Qt.BrushStyle.SolidPattern \
        else QBrush(ink, style)
    return SeriesLook(fill, pattern, text)
