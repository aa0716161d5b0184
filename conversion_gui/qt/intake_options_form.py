"""How to read a campaign file: its column mapping and its reading options, as IntakeOptions.

The form keeps the person's own choices apart from what the file suggests: a mapping combo
shows the column found in the header, but only a column the person picked goes into the
options, and the channel follows the file until the person picks one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from ..core.conversion import Channel, ConversionError, DateOrder, resolve_timezone
from ..core.intake import FileInfo, IntakeOptions
from . import a11y
from .i18n import QT_TRANSLATE_NOOP
from .preferences import TIME_ZONES

# The words below are English, marked for lupdate (context "IntakeOptionsForm") and
# translated where they are shown; the values beside them are what the code reads.
NONE_ITEM = QT_TRANSLATE_NOOP("IntakeOptionsForm", "(none)")
FIELDS = (
    ("message-id", QT_TRANSLATE_NOOP("IntakeOptionsForm", "&Message ID column:")),
    ("delivered", QT_TRANSLATE_NOOP("IntakeOptionsForm", "&Delivered column:")),
    ("timestamp", QT_TRANSLATE_NOOP("IntakeOptionsForm", "&Timestamp column:")),
    ("channel", QT_TRANSLATE_NOOP("IntakeOptionsForm", "Channel col&umn:")),
)
ENCODINGS = (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Automatic"), "utf-8", "utf-8-sig",
             "utf-16", "cp1252", "latin-1")
DELIMITERS = ((QT_TRANSLATE_NOOP("IntakeOptionsForm", "Automatic"), None),
              (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Comma"), ","),
              (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Semicolon"), ";"),
              (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Tab"), "\t"),
              (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Pipe"), "|"))
CHANNELS = ((QT_TRANSLATE_NOOP("IntakeOptionsForm", "From a channel column"), None),
            (QT_TRANSLATE_NOOP("IntakeOptionsForm", "SMS"), Channel.SMS),
            (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Voice"), Channel.VOICE))
DATE_ORDERS = ((QT_TRANSLATE_NOOP("IntakeOptionsForm", "Ask me"), None),
               (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Day first"), DateOrder.DAY_FIRST),
               (QT_TRANSLATE_NOOP("IntakeOptionsForm", "Month first"), DateOrder.MONTH_FIRST))


def _editable(items: tuple[str, ...], chosen: Callable[[], None]) -> QComboBox:
    """A list to pick from or a name to type; typing counts on Return or leaving the field."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(items))
    edit = combo.lineEdit()
    assert edit is not None  # editable
    edit.setAcceptDrops(False)  # a file dropped on the field opens it, as anywhere on the page
    edit.editingFinished.connect(chosen)
    combo.activated.connect(lambda _i: chosen())
    return combo


class IntakeOptionsForm(QWidget):
    """Two boxes side by side: Columns (the mapping) and Reading (channel, zone, dates, format)."""

    changed = Signal()      # an option changed: the file should be read again
    problem = Signal(str)   # a typed option that cannot be used, in words

    def __init__(self) -> None:
        super().__init__()
        self._mapping: dict[str, str | None] = {}  # the person's own column choices
        self._auto_channel = True
        self._zone_applied = ""
        self._encoding_applied = ENCODINGS[0]
        self._sheet: str | None = None  # the sheet the person picked in a workbook
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_mapping(), 1)
        layout.addWidget(self._build_reading(), 1)

    def _build_mapping(self) -> QGroupBox:
        box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(box)
        self.mapping_combos: dict[str, QComboBox] = {}
        for field, text in FIELDS:
            combo = QComboBox()
            combo.activated.connect(lambda _i, f=field: self._mapping_chosen(f))
            label = QLabel(self.tr(text))
            a11y.buddy(label, combo)
            form.addRow(label, combo)
            self.mapping_combos[field] = combo
        return box

    def _build_reading(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reading"))
        form = QFormLayout(box)
        self._reading_form = form

        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(lambda _i: self._sheet_chosen())

        self.channel_combo = QComboBox()
        self.channel_combo.addItems([self.tr(text) for text, _ in CHANNELS])
        self.channel_combo.activated.connect(lambda _i: self._channel_chosen())

        self.zone_combo = _editable(TIME_ZONES, self._zone_chosen)

        self.date_combo = QComboBox()
        self.date_combo.addItems([self.tr(text) for text, _ in DATE_ORDERS])
        self.date_combo.activated.connect(lambda _i: self.changed.emit())

        self.encoding_combo = _editable((self.tr(ENCODINGS[0]), *ENCODINGS[1:]),
                                        self._encoding_chosen)

        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItems([self.tr(text) for text, _ in DELIMITERS])
        self.delimiter_combo.activated.connect(lambda _i: self._layout_changed())

        for text, field in (
            (self.tr("Sheet:"), self.sheet_combo),
            (self.tr("Cha&nnel:"), self.channel_combo),
            (self.tr("Time &zone:"), self.zone_combo),
            (self.tr("Date &order:"), self.date_combo),
            (self.tr("&Encoding:"), self.encoding_combo),
            (self.tr("De&limiter:"), self.delimiter_combo),
        ):
            label = QLabel(text)
            a11y.buddy(label, field)
            form.addRow(label, field)
        # The window's --force-duplicates. No Alt-letter: every letter on the page is taken.
        self.send_again = QCheckBox(
            self.tr("Send again anyway: duplicates and rows already accepted"))
        self.send_again.setToolTip(self.tr("Rows the history holds as accepted, and repeated ids, "
                                           "are sent too (reporting the same conversion again)"))
        a11y.name_button(self.send_again)
        self.send_again.toggled.connect(lambda _on: self.changed.emit())
        form.addRow(self.send_again)
        form.setRowVisible(self.sheet_combo, False)  # shown for a workbook with several sheets
        return box

    # ---------------------------------------------------------------------------- for the page
    @property
    def auto_channel(self) -> bool:
        """The channel follows the file (the person has not picked one)."""
        return self._auto_channel

    def options(self) -> IntakeOptions:
        encoding = self.encoding_combo.currentText().strip()
        return IntakeOptions(
            channel=CHANNELS[max(0, self.channel_combo.currentIndex())][1],
            timezone=self.zone_combo.currentText().strip() or "UTC",
            date_order=DATE_ORDERS[max(0, self.date_combo.currentIndex())][1],
            mapping=dict(self._mapping) or None,
            encoding=None if self._automatic(encoding) else encoding,
            delimiter=DELIMITERS[max(0, self.delimiter_combo.currentIndex())][1],
            sheet=self._sheet,
            allow_duplicates=self.send_again.isChecked(),
        )

    def reset(self, zone: str) -> None:
        """A new file: every choice starts afresh, timestamps read in ``zone``."""
        self._mapping = {}
        self._auto_channel = True
        self._set_zone(zone)
        self.encoding_combo.setCurrentIndex(0)
        self._encoding_applied = ENCODINGS[0]
        self.delimiter_combo.setCurrentIndex(0)
        self.date_combo.setCurrentIndex(0)
        self.send_again.blockSignals(True)
        self.send_again.setChecked(False)
        self.send_again.blockSignals(False)
        for combo in self.mapping_combos.values():
            combo.clear()
        self._sheet = None
        self.sheet_combo.clear()
        self._reading_form.setRowVisible(self.sheet_combo, False)
        self._show_text_options(True)

    def show_sheets(self, sheets: tuple[str, ...], current: str | None) -> None:
        """A workbook: its sheets to pick from when there are several, ``current`` the one
        read (None: not chosen yet, the person must pick one)."""
        self._show_text_options(False)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        self.sheet_combo.setCurrentIndex(sheets.index(current) if current in sheets else -1)
        self._reading_form.setRowVisible(self.sheet_combo, len(sheets) > 1)

    def _show_text_options(self, shown: bool) -> None:
        """Encoding and delimiter mean nothing in a workbook."""
        self._reading_form.setRowVisible(self.encoding_combo, shown)
        self._reading_form.setRowVisible(self.delimiter_combo, shown)

    def show_file(self, info: FileInfo, used: IntakeOptions) -> None:
        """Offer the file's own columns, each combo on the column found for it."""
        names = [h for h in info.header if h.strip()]
        for field, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItems([self.tr(NONE_ITEM), *names])
            current = info.column_name(field)
            combo.setCurrentIndex(1 + names.index(current) if current in names else 0)
        channels = [value for _, value in CHANNELS]
        self.channel_combo.setCurrentIndex(channels.index(used.channel))

    def set_busy(self, busy: bool) -> None:
        """Nothing changes while a batch is sent; a mapping combo waits for the file's header."""
        for widget in (self.sheet_combo, self.channel_combo, self.zone_combo, self.date_combo,
                       self.encoding_combo, self.delimiter_combo, self.send_again):
            widget.setEnabled(not busy)
        for combo in self.mapping_combos.values():
            combo.setEnabled(not busy and combo.count() > 0)

    # ---------------------------------------------------------------------------- choices
    def _set_zone(self, zone: str) -> None:
        if self.zone_combo.findText(zone) < 0:
            self.zone_combo.addItem(zone)
        self.zone_combo.setCurrentIndex(self.zone_combo.findText(zone))
        self._zone_applied = zone

    def _mapping_chosen(self, field: str) -> None:
        combo = self.mapping_combos[field]
        self._mapping[field] = None if combo.currentIndex() <= 0 else combo.currentText()
        self.changed.emit()

    def _sheet_chosen(self) -> None:
        sheet = self.sheet_combo.currentText()
        if not sheet or sheet == self._sheet:
            return
        self._sheet = sheet
        self._mapping = {}  # another sheet, another header
        self.changed.emit()

    def _channel_chosen(self) -> None:
        self._auto_channel = False
        self.changed.emit()

    @property
    def zone(self) -> str:
        """The zone the file's timestamps are read in, as last applied."""
        return self._zone_applied

    def _zone_chosen(self) -> None:
        zone = self.zone_combo.currentText().strip() or "UTC"
        if zone == self._zone_applied:
            return
        try:
            resolve_timezone(zone)
        except ConversionError as exc:
            self.problem.emit(self.tr("Time zone: {problem}").format(problem=exc.message))
            return
        self._zone_applied = zone
        self.changed.emit()

    def _encoding_chosen(self) -> None:
        encoding = self.encoding_combo.currentText().strip()
        encoding = ENCODINGS[0] if self._automatic(encoding) else encoding
        if encoding == self._encoding_applied:
            return
        self._encoding_applied = encoding
        self._layout_changed()

    def _automatic(self, encoding: str) -> bool:
        """Empty, or "Automatic" in English or the window's language: the file decides."""
        return encoding in ("", ENCODINGS[0], self.encoding_combo.itemText(0))

    def _layout_changed(self) -> None:
        """Another encoding or delimiter may give another header: column choices start over."""
        self._mapping = {}
        self.changed.emit()
