"""The History page's filter bar: message-id text, outcome, channel and a date range."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.history import HistoryFilter
from ..core.statuses import Kind
from . import a11y
from .meanings import kind_labels

translate = QCoreApplication.translate

DEBOUNCE_MS = 250
FAILED = "failed"  # outcome choice: anything not accepted


def _text_tip(contains: bool) -> str:
    if contains:
        return translate("HistoryFilterBar", "Shows attempts whose message-id contains this "
                         "anywhere (any case; slower on a long history, as every attempt is read)")
    return translate("HistoryFilterBar",
                     "Shows attempts whose message-id starts with this (any case)")


class HistoryFilterBar(QWidget):
    """Two rows of filters; ``changed`` carries the whole filter whenever a person edits one."""

    changed = Signal(object)  # HistoryFilter (batch_id is the page's business: always None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply)

        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        text_label = QLabel(self.tr("Message &ID:"))
        a11y.buddy(text_label, self.text)

        self.match = QComboBox()
        self.match.addItem(self.tr("starts with"), False)
        self.match.addItem(self.tr("contains"), True)
        self.match.setToolTip(self.tr("How the message-id text is matched: at the start (fast) or "
                              "anywhere in the id"))
        match_label = QLabel(self.tr("Mat&ch:"))
        a11y.buddy(match_label, self.match)
        self._show_match_mode()

        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("All"), None)
        self.outcome.addItem(self.tr("Accepted"), Kind.ACCEPTED.value)
        self.outcome.addItem(self.tr("Failed (any not accepted)"), FAILED)
        labels = kind_labels()
        for kind in Kind:
            if kind is not Kind.ACCEPTED:
                self.outcome.addItem(labels[kind.value], kind.value)
        outcome_label = QLabel(self.tr("&Outcome:"))
        a11y.buddy(outcome_label, self.outcome)

        self.channel = QComboBox()
        self.channel.addItem(self.tr("All"), None)
        self.channel.addItem(self.tr("SMS"), "sms")
        self.channel.addItem(self.tr("Voice"), "voice")
        channel_label = QLabel(self.tr("Cha&nnel:"))
        a11y.buddy(channel_label, self.channel)

        self.sent_by = QLineEdit()
        self.sent_by.setClearButtonEnabled(True)
        self.sent_by.setPlaceholderText(self.tr("user@machine"))
        self.sent_by.setToolTip(self.tr("Only attempts sent by this user@machine (a team "
                                        "history)"))
        sent_by_label = QLabel(self.tr("S&ent by:"))
        a11y.buddy(sent_by_label, self.sent_by)

        today = datetime.now(UTC).date()
        self.use_from, self.date_from = _date_field(self.tr("Fro&m"), today - timedelta(days=7))
        self.use_to, self.date_to = _date_field(self.tr("&To"), today)

        row1 = QHBoxLayout()
        widget: QWidget
        for widget in (text_label, self.text, match_label, self.match, outcome_label,
                       self.outcome, channel_label, self.channel):
            row1.addWidget(widget)
        row1.setStretchFactor(self.text, 2)
        self._row2 = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to,
                       sent_by_label, self.sent_by):
            self._row2.addWidget(widget)
        self._row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addLayout(self._row2)

        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self.apply)
        self.sent_by.textChanged.connect(lambda _t: self._debounce.start())
        self.sent_by.returnPressed.connect(self.apply)
        self.match.currentIndexChanged.connect(self._match_changed)
        self.outcome.currentIndexChanged.connect(lambda _i: self.apply())
        self.channel.currentIndexChanged.connect(lambda _i: self.apply())
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.apply())
            edit.dateChanged.connect(lambda _d: self._debounce.start())

    def focus_order(self) -> list[QWidget]:
        """The bar's inputs in Tab order (the page chains them with its own)."""
        return [self.text, self.match, self.outcome, self.channel, self.use_from,
                self.date_from, self.use_to, self.date_to, self.sent_by]

    def add_trailing(self, widget: QWidget) -> None:
        """Put a page action (Export…) at the end of the date row."""
        self._row2.addWidget(widget)

    def current_filter(self) -> HistoryFilter:
        """What the bar asks for now (whether or not it has been applied yet)."""
        outcome = self.outcome.currentData()
        return HistoryFilter(
            text=self.text.text().strip(),
            text_contains=bool(self.match.currentData()),
            kinds=None if outcome in (None, FAILED) else {str(outcome)},
            failed_only=outcome == FAILED,
            channel=self.channel.currentData(),
            date_from=_bound(self.use_from, self.date_from),
            date_to=_bound(self.use_to, self.date_to),
            sent_by=self.sent_by.text().strip(),
        )

    def apply(self) -> None:
        """Emit the filter now (Enter, a choice, or the end of a pause in typing)."""
        self._debounce.stop()
        self.changed.emit(self.current_filter())

    def cancel_pending(self) -> None:
        """Forget a change still waiting for the pause in typing (the caller reads it now)."""
        self._debounce.stop()

    def reset(self, outcome: str | None = None) -> None:
        """Back to "everything" (or one ``outcome``, an Outcome choice's value), without
        emitting: the caller applies its own filter next."""
        widgets = (self.text, self.outcome, self.channel, self.use_from, self.use_to,
                   self.sent_by)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.text.clear()
            self.sent_by.clear()
            self.outcome.setCurrentIndex(
                max(0, self.outcome.findData(outcome)) if outcome is not None else 0)
            self.channel.setCurrentIndex(0)
            self.use_from.setChecked(False)
            self.use_to.setChecked(False)
            self.date_from.setEnabled(False)
            self.date_to.setEnabled(False)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._debounce.stop()

    def _match_changed(self, _index: int) -> None:
        self._show_match_mode()
        if self.text.text().strip():
            self.apply()

    def _show_match_mode(self) -> None:
        mode = self.match.currentText()
        self.text.setPlaceholderText(f"{mode}…")
        self.text.setToolTip(_text_tip(bool(self.match.currentData())))


def _date_field(label: str, initial: date) -> tuple[QCheckBox, QDateEdit]:
    """A bound that is off ("any date") until its box is ticked."""
    check = QCheckBox(label)
    a11y.name_button(check)
    name = a11y.plain(label)
    check.setToolTip(translate("HistoryFilterBar", "Tick to limit the attempts by date ({name}, "
                               "a day in UTC)").format(name=name))
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setEnabled(False)
    a11y.named(edit, name)
    edit.setAccessibleDescription(
        translate("HistoryFilterBar", "a day in UTC; used only while its box is ticked"))
    return check, edit


def _bound(check: QCheckBox, edit: QDateEdit) -> date | None:
    if not check.isChecked():
        return None
    d = edit.date()
    return date(d.year(), d.month(), d.day())
