"""The Send page's "Recent sends" list: this session's sends, newest first, Enter reuses one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from ..core.conversion import Conversion, SourceApi
from ..core.outcome import Outcome
from .answer_line import look
from .send_words import headline

RECENT_LIMIT = 500  # a scrolled list, newest on top



class RecentSends(QListWidget):
    """``reuse(source, message_id, delivered)`` fires when Enter is pressed on a send."""

    reuse = Signal(object, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        small = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.setIconSize(QSize(small, small))
        self.setToolTip(QCoreApplication.translate(
            "SendPage", "This session's sends, newest first; Enter puts the id back"))
        self.itemActivated.connect(self._reuse_item)

    def add(self, clock: str, source: SourceApi, conversion: Conversion,
            outcome: Outcome) -> None:
        """One send on top, in its answer's colour and icon; the oldest beyond the limit go."""
        delivered = (QCoreApplication.translate("SendPage", "delivered") if conversion.delivered
                     else QCoreApplication.translate("SendPage", "not delivered"))
        text = (f"{clock}  {source.label}  {conversion.message_id}  "
                f"({delivered})  {headline(outcome)}")
        colour, icon = look(outcome)
        item = QListWidgetItem(self.style().standardIcon(icon), text)
        item.setForeground(QBrush(QColor(colour)))
        item.setData(Qt.ItemDataRole.UserRole, (source.value,
                                                conversion.message_id, conversion.delivered))
        self.insertItem(0, item)
        while self.count() > RECENT_LIMIT:
            self.takeItem(self.count() - 1)

    def _reuse_item(self, item: QListWidgetItem) -> None:
        """Enter on a recent send puts it back in the form, e.g. to send it again."""
        source, message_id, delivered = item.data(Qt.ItemDataRole.UserRole)
        self.reuse.emit(SourceApi(source), message_id, bool(delivered))
