"""Finds text a person cannot read whole: a label, button, check box, group title, tab or column
header narrower than its words. Used by test_clipping.py in every language.

Each check compares what the words need (the widget's font metrics, plus what the style adds
around them) with the room the widget got. Word-wrapped labels are checked for height instead;
elided text (already ending in "…") and empty or hidden widgets are skipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def plain(text: str) -> str:
    """Text as drawn: mnemonic ampersands gone, "&&" shown as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {name!r} in {'/'.join(chain)}"


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        if need_h > label.height() + SLACK:
            return f"needs {need_h} px of height, has {label.height()}"
        return None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth() + 0.999)
    else:
        lines = plain(text).split("\n")
        need = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    if need > room + SLACK:
        return f"text needs {need} px, has {room}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text or isinstance(button, QToolButton):
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    style = button.style()
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        element = QStyle.SubElement.SE_PushButtonContents
    room = style.subElementRect(element, option, button).width()
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    if need > room + SLACK:
        return f"text needs {need} px, has {room}"
    return None


def _group(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    need = box.fontMetrics().horizontalAdvance(plain(box.title())) + 16
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
    if need > box.width() + SLACK:
        return f"title needs {need} px, has {box.width()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > room + SLACK:
        return f"current item needs {need} px, has {room}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        text = plain(bar.tabText(i))
        need = bar.fontMetrics().horizontalAdvance(text) + space
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width() + 4
        if rect.right() > bar.width() or need > rect.width() + SLACK:
            found.append(f"tab {text!r} needs {need} px, has {rect.width()} "
                         f"(bar {bar.width()} px)")
    return found


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        size = header.sectionSize(logical)
        need = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if need > size + SLACK:  # the sort arrow may cover the margin; the words must fit
            found.append(f"column {text!r} needs {need} px, has {size}")
    return found


def clipped(root: QWidget) -> list[str]:
    """Every clipped text among the visible widgets under ``root`` (and ``root`` itself)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problems = [p for p in [_label(widget)] if p]
        elif isinstance(widget, QAbstractButton):
            problems = [p for p in [_button(widget)] if p]
        elif isinstance(widget, QGroupBox):
            problems = [p for p in [_group(widget)] if p]
        elif isinstance(widget, QComboBox):
            problems = [p for p in [_combo(widget)] if p]
        elif isinstance(widget, QTabBar):
            problems = _tabs(widget)
        elif isinstance(widget, QHeaderView):
            problems = _header(widget)
        found += [f"{describe(widget)}: {p}" for p in problems]
    return found
