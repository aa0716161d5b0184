"""The History page: every attempt, filtered and sorted in SQLite, with details and re-send.

Support staff come here to answer "did this conversion go through, and if not, why": a
message-id prefix, an outcome, a channel and a date range narrow a log of millions to a few
rows; the details pane shows the request (never a secret), the whole answer and every attempt
for that message-id. Nothing here reads the disk or the network on the GUI thread.
"""

from __future__ import annotations

import html
import itertools
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.context import AppContext
from ..core.conversion import Conversion
from ..core.history import AttemptRow, HistoryFilter, HistoryStore
from ..core.outcome import Outcome
from ..core.ratelimit import TokenBucket
from ..core.retry import Cancelled, RetryPolicy, send_with_retries
from ..core.statuses import Kind
from . import a11y
from .history_model import COLUMNS, KIND_LABELS, HistoryModel, Query, describe_error
from .tasks import TaskManager

DEBOUNCE_MS = 250
RESEND_LIMIT = 1_000  # more than this is a batch: the Batch page has pause, cancel, progress
RESEND_RATE = 30.0  # the API's default limit per key
FAILED = "failed"  # outcome choice: anything not accepted
ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1e7e34"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _alive(obj: object) -> bool:
    """A callback may arrive after its widget is gone (the window closed meanwhile)."""
    return shiboken6.isValid(obj)


class HistoryPage(QWidget):
    resent = Signal()  # a re-send finished and recorded its attempts

    def __init__(
        self,
        context: AppContext,
        tasks: TaskManager,
        parent: QWidget | None = None,
        choose_export_path: Callable[[], str | None] | None = None,
        page_size: int = 100,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._choose_export_path = choose_export_path or self._ask_export_path
        self._batch_id: int | None = None
        self._details_token = 0
        self._resending = False
        self._exporting = False
        self._cancel = threading.Event()
        cancel = self._cancel
        self.destroyed.connect(lambda *_: cancel.set())  # no re-send outlives the window
        # the model first: its first query runs while the widgets are built
        self.model = HistoryModel(lambda: context.history, tasks, page_size=page_size,
                                  parent=self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self._build()
        self.model.queryFinished.connect(self._query_finished)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.failed.connect(self._show_error)
        self.model.modelReset.connect(self._show_details)
        if not self.model.loading:  # a synchronous executor answered already
            self._query_finished(self.model.rowCount())

    # ---- building

    def _build(self) -> None:
        self.text = QLineEdit()
        self.text.setPlaceholderText("starts with…")
        self.text.setClearButtonEnabled(True)
        self.text.setToolTip("Shows attempts whose message-id starts with this (any case)")
        text_label = QLabel("Message &ID:")
        a11y.buddy(text_label, self.text)

        self.outcome = QComboBox()
        self.outcome.addItem("All", None)
        self.outcome.addItem("Accepted", Kind.ACCEPTED.value)
        self.outcome.addItem("Failed (any not accepted)", FAILED)
        for kind in Kind:
            if kind is not Kind.ACCEPTED:
                self.outcome.addItem(KIND_LABELS[kind.value], kind.value)
        outcome_label = QLabel("&Outcome:")
        a11y.buddy(outcome_label, self.outcome)

        self.channel = QComboBox()
        self.channel.addItem("All", None)
        self.channel.addItem("SMS", "sms")
        self.channel.addItem("Voice", "voice")
        channel_label = QLabel("Cha&nnel:")
        a11y.buddy(channel_label, self.channel)

        today = datetime.now(UTC).date()
        self.use_from, self.date_from = self._date_field("Fro&m", today - timedelta(days=7))
        self.use_to, self.date_to = self._date_field("&To", today)

        self.export_button = QPushButton("E&xport…")
        self.export_button.setToolTip("Save the attempts the filters show as a CSV file")
        a11y.name_button(self.export_button)
        self.export_button.clicked.connect(self.export)

        row1 = QHBoxLayout()
        widget: QWidget
        for widget in (text_label, self.text, outcome_label, self.outcome, channel_label,
                       self.channel):
            row1.addWidget(widget)
        row1.setStretchFactor(self.text, 2)
        row2 = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            row2.addWidget(widget)
        row2.addStretch(1)
        row2.addWidget(self.export_button)

        self.batch_label = QLabel()
        self.all_batches = QPushButton("Show &all batches")
        a11y.name_button(self.all_batches)
        self.all_batches.clicked.connect(self.clear_batch)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch_label)
        batch_row.addWidget(self.all_batches)
        batch_row.addStretch(1)
        self.batch_label.hide()
        self.all_batches.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.table = QTableView()
        self.table.setAccessibleName("Attempts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as keyboard users expect
        vertical = self.table.verticalHeader()
        vertical.hide()
        # fixed heights: a million rows cost nothing to lay out
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        samples = ("0000-00-00 00:00:00", "Voice", "0A00000012345678ABCD", "Delivered",
                   "0000-00-00 00:00:00", "Status", "Accepted: the conversion was recorded",
                   "Attempt", "Batch")
        pad = 4 * metrics.averageCharWidth()
        for i, sample in enumerate(samples):
            header.resizeSection(i, metrics.horizontalAdvance(sample) + pad)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as stored
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = QTextBrowser()
        self.details.setAccessibleName("Details")
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText("Select an attempt to see its request, answer and "
                                        "every attempt of its message-id.")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel("Counting…")
        self.count_label.setAccessibleName("Attempt count")
        self.resend_button = QPushButton("&Re-send selected")
        self.resend_button.setToolTip("Report the selected rows' conversions again "
                                      "(states the same fact again; safe to repeat)")
        a11y.name_button(self.resend_button)
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(self.resend_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.resend_button)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addLayout(batch_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        order: list[QWidget] = [self.text, self.outcome, self.channel, self.use_from,
                                self.date_from, self.use_to, self.date_to, self.export_button,
                                self.all_batches, self.table, self.details, self.resend_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self._apply_filter)
        self.outcome.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.channel.currentIndexChanged.connect(lambda _i: self._apply_filter())
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self._apply_filter())
            edit.dateChanged.connect(lambda _d: self._debounce.start())

    def _date_field(self, label: str, initial: date) -> tuple[QCheckBox, QDateEdit]:
        """A bound that is off ("any date") until its box is ticked."""
        check = QCheckBox(label)
        a11y.name_button(check)
        name = a11y.plain(label)
        check.setToolTip(f"Tick to limit the attempts by date ({name}, a day in UTC)")
        edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        a11y.named(edit, name)
        edit.setAccessibleDescription("a day in UTC; used only while its box is ticked")
        return check, edit

    # ---- filters

    def current_filter(self) -> HistoryFilter:
        """What the filter bar asks for now (whether or not it has been applied yet)."""
        outcome = self.outcome.currentData()
        return HistoryFilter(
            text=self.text.text().strip(),
            kinds=None if outcome in (None, FAILED) else {str(outcome)},
            failed_only=outcome == FAILED,
            channel=self.channel.currentData(),
            date_from=self._bound(self.use_from, self.date_from),
            date_to=self._bound(self.use_to, self.date_to),
            batch_id=self._batch_id,
        )

    @staticmethod
    def _bound(check: QCheckBox, edit: QDateEdit) -> date | None:
        if not check.isChecked():
            return None
        d = edit.date()
        return date(d.year(), d.month(), d.day())

    def _apply_filter(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt.key() == self.model.query.flt.key():
            return
        self._set_loading()
        self.model.set_query(flt)

    def refresh(self) -> None:
        """Query again with the same filters and sort (after sends: new attempts show)."""
        self._debounce.stop()
        flt = self.current_filter()
        self._set_loading()
        if flt.key() != self.model.query.flt.key():
            self.model.set_query(flt)
        else:
            self.model.refresh()

    def show_batch(self, batch_id: int) -> None:
        """Every attempt of one batch ("Show in History" on the Batch page)."""
        widgets = (self.text, self.outcome, self.channel, self.use_from, self.use_to)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.text.clear()
            self.outcome.setCurrentIndex(0)
            self.channel.setCurrentIndex(0)
            self.use_from.setChecked(False)
            self.use_to.setChecked(False)
            self.date_from.setEnabled(False)
            self.date_to.setEnabled(False)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._batch_id = int(batch_id)
        self.batch_label.setText(f"Showing batch {self._batch_id} only.")
        self.batch_label.show()
        self.all_batches.show()
        self._apply_filter()

    def clear_batch(self) -> None:
        self._batch_id = None
        self.batch_label.hide()
        self.all_batches.hide()
        self._apply_filter()
        self.text.setFocus()

    # ---- what the model says

    def _set_loading(self) -> None:
        if not self.count_label.text().endswith("…"):
            self.count_label.setText(f"{self.count_label.text()} (updating…)")

    def _query_finished(self, count: int) -> None:
        self.count_label.setText(plural(count, "attempt"))
        if self.message.property("kind") == "query":
            self._clear_message()  # the history reads again: that problem is over
        self._selection_changed()

    def _page_loaded(self, first: int, last: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and first <= current.row() <= last and self._details_token == -1:
            self._show_details()

    def _show_error(self, text: str) -> None:
        self._set_message(text, error=True)
        self.message.setProperty("kind", "query")
        if self.count_label.text() == "Counting…":
            self.count_label.setText("No attempts to show")
        elif self.count_label.text().endswith("(updating…)"):
            self.count_label.setText(self.count_label.text().removesuffix(" (updating…)"))

    def _set_message(self, text: str, error: bool = False) -> None:
        colour = ERROR_COLOUR if error else OK_COLOUR
        self.message.setProperty("kind", "error" if error else "ok")
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.setProperty("kind", None)
        self.message.clear()
        self.message.hide()

    def message_text(self) -> str:
        """The inline message a person sees now ("" when there is none)."""
        return self.message.text() if self.message.isVisibleTo(self) else ""

    # ---- details

    def _show_details(self, *_args: object) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self._details_token += 1
            self.details.clear()
            return
        attempt = self.model.attempt_at(index.row())
        if attempt is None:
            self._details_token = -1  # shown when its page arrives (see _page_loaded)
            self.details.setPlainText("Loading…")
            return
        self._details_token = max(self._details_token, 0) + 1
        token = self._details_token
        self.details.setHtml(details_html(attempt, None))
        context = self._context

        def done(future: Future[list[AttemptRow]]) -> None:
            if not _alive(self) or token != self._details_token:
                return
            try:
                others = future.result()
            except Exception as exc:  # shown in the pane
                self.details.setHtml(details_html(attempt, None, describe_error(exc)))
                return
            self.details.setHtml(details_html(attempt, others))

        self._tasks.run_in_background(
            lambda: context.history.attempts_of(attempt.channel, attempt.message_id), done)

    def selected_attempt(self) -> AttemptRow | None:
        index = self.table.currentIndex()
        return self.model.attempt_at(index.row()) if index.isValid() else None

    # ---- re-send

    def _selected_rows(self) -> tuple[int, list[tuple[int, int]]]:
        """How many rows are selected, as (top, bottom) ranges: no list of a million indexes."""
        selection = self.table.selectionModel().selection()
        ranges: list[tuple[int, int]] = []
        for top, bottom in sorted((selection.at(i).top(), selection.at(i).bottom())
                                  for i in range(selection.count())):
            if ranges and top <= ranges[-1][1] + 1:  # overlapping or touching: one run
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], bottom))
            else:
                ranges.append((top, bottom))
        return sum(b - t + 1 for t, b in ranges), ranges

    def _selection_changed(self, *_args: object) -> None:
        if not _alive(self):
            return
        n, _ = self._selected_rows()
        self.resend_button.setEnabled(n > 0 and not self._resending)

    def resend_selected(self) -> None:
        """Report the selected rows' conversions again, in the background, one by one."""
        if self._resending:
            return
        n, ranges = self._selected_rows()
        if n == 0:
            self._set_message("Select the attempts to re-send first.", error=True)
            return
        if n > RESEND_LIMIT:
            self._set_message(
                f"{n:,} rows are selected; re-send at most {RESEND_LIMIT:,} at a time here "
                "(for more, save them and send the file on the Batch page).", error=True)
            return
        known: list[AttemptRow] = []
        missing: list[int] = []
        for top, bottom in ranges:
            for row in range(top, bottom + 1):
                a = self.model.attempt_at(row)
                if a is None:
                    missing.append(row)
                else:
                    known.append(a)
        query = self.model.shown_query
        context, cancel = self._context, self._cancel
        self._resending = True
        self.resend_button.setEnabled(False)
        self._set_message(f"Re-sending {plural(n, 'conversion')}…")

        def progress(done_n: int, total: int) -> None:
            def update() -> None:
                if _alive(self) and self._resending:
                    self._set_message(f"Re-sending: {done_n:,} of {total:,} done…")
            self._tasks.run_on_main(update)

        recorded = [0]  # attempts written so far (read here only once the work is over)

        def work() -> dict[str, int]:
            rows = known + list(_fetch_rows(context.history, query, missing))
            return _resend(context, conversions_of(rows), cancel, progress, recorded)

        self._tasks.run_in_background(work, lambda f: self._resend_done(f, recorded[0]))

    def _resend_done(self, future: Future[dict[str, int]], recorded: int) -> None:
        if not _alive(self):
            return
        self._resending = False
        self._selection_changed()
        try:
            counts = future.result()
        except Cancelled:
            self._set_message("Re-send cancelled.", error=True)
            return
        except Exception as exc:  # setup and history errors read as sentences
            message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            self._set_message(f"Could not re-send: {message}", error=True)
            if recorded:
                self.refresh()  # some went out before the failure: show them
            return
        total = sum(counts.values())
        accepted = counts.pop(Kind.ACCEPTED.value, 0)
        parts = [f"{accepted:,} accepted"]
        parts += [f"{n:,} {KIND_LABELS.get(k, k).lower()}" for k, n in sorted(counts.items())]
        self._set_message(f"Re-sent {plural(total, 'conversion')}: " + ", ".join(parts) + ".",
                          error=bool(counts))
        self.refresh()
        self.resent.emit()

    # ---- export

    def _ask_export_path(self) -> str | None:
        start = str(Path.home() / "history.csv")
        path, _ = QFileDialog.getSaveFileName(self, "Export history", start,
                                              "CSV files (*.csv);;All files (*)")
        return path or None

    def export(self) -> None:
        """Save what the filters show as CSV (asks where; writes on a worker)."""
        if self._exporting:
            return
        self._apply_filter()
        chosen = self._choose_export_path()
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        query = self.model.query
        context = self._context
        self._exporting = True
        self.export_button.setEnabled(False)
        self._set_message(f"Exporting to {path}…")

        def done(future: Future[int]) -> None:
            if not _alive(self):
                return
            self._exporting = False
            self.export_button.setEnabled(True)
            try:
                n = future.result()
            except OSError as exc:
                reason = exc.strerror or str(exc)
                self._set_message(f"Could not export to {path}: {reason}", error=True)
                return
            except Exception as exc:  # a history error reads as a sentence
                self._set_message(f"Could not export to {path}: {exc}", error=True)
                return
            self._set_message(f"Exported {plural(n, 'attempt')} to {path}")

        self._tasks.run_in_background(
            lambda: context.history.export_csv(query.flt, path, query.sort_key,
                                               query.descending), done)


# ---- work done off the GUI thread


def _fetch_rows(store: HistoryStore, query: Query, rows: list[int]) -> Iterable[AttemptRow]:
    """Rows selected but never loaded, read by runs of consecutive positions."""
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1] == rows[j] + 1:
            j += 1
        yield from store.page(query.flt, query.sort_key, query.descending, rows[i],
                              rows[j] - rows[i] + 1)
        i = j + 1


def conversions_of(rows: Iterable[AttemptRow]) -> list[Conversion]:
    """Each conversion once, in the order selected (several attempts of one are one fact)."""
    seen: dict[tuple[str, str, bool, str], Conversion] = {}
    for a in rows:
        seen.setdefault((a.channel, a.message_id, a.delivered, a.conv_timestamp), a.conversion)
    return list(seen.values())


def _resend(
    context: AppContext,
    conversions: list[Conversion],
    cancel: threading.Event,
    progress: Callable[[int, int], None],
    recorded: list[int],
) -> dict[str, int]:
    """Send each conversion with retries, recording every attempt; counts by last outcome."""
    client, profile = context.current_client()  # reads the keychain: never on the GUI thread
    history = context.history
    bucket = TokenBucket(RESEND_RATE)
    policy = RetryPolicy()
    counts: dict[str, int] = {}

    def wait_turn() -> None:
        if not bucket.acquire(cancel.wait):
            raise Cancelled

    for n, conversion in enumerate(conversions, 1):
        def record(attempt_no: int, outcome: Outcome, conversion: Conversion = conversion) -> None:
            history.record_single(conversion, outcome, attempt_no=attempt_no,
                                  profile=profile.name, base_url=profile.base_url)
            recorded[0] += 1

        outcome, _ = send_with_retries(client.send, conversion, policy, cancel,
                                       on_attempt=record, before_attempt=wait_turn)
        counts[outcome.kind.value] = counts.get(outcome.kind.value, 0) + 1
        progress(n, len(conversions))
    return counts


# ---- the details pane


def details_html(attempt: AttemptRow, others: list[AttemptRow] | None, note: str = "") -> str:
    """The selected attempt as a person reads it; every value escaped (answers can be HTML)."""
    e = html.escape
    a = attempt
    status = "none (no answer)" if a.status is None else str(a.status)
    fields = [
        ("Channel", "Voice" if a.channel == "voice" else "SMS"),
        ("Message ID", a.message_id),
        ("Delivered", "true" if a.delivered else "false"),
        ("Timestamp (UTC)", a.conv_timestamp),
        ("Profile", a.profile or "—"),
        ("Base URL", a.base_url or "—"),
        ("Attempted at (UTC)", a.at),
        ("Attempt", str(a.attempt_no)),
        ("Batch", "—" if a.batch_id is None else f"{a.batch_id}, file line {a.line}"),
        ("Status", status),
        ("Meaning", a.meaning),
        ("Elapsed", f"{a.elapsed_ms:,.0f} ms"),
    ]
    rows = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in fields)
    answer = e(a.response_text) if a.response_text else "<i>(the answer had no text)</i>"
    parts = [f"<table cellspacing='2'>{rows}</table>",
             f"<p><b>Answer</b></p><pre>{answer}</pre>"]
    if note:
        parts.append(f"<p>{e(note)}</p>")
    if others is None:
        parts.append("<p><b>Attempts of this message-id</b>: loading…</p>")
    else:
        items = "".join(
            f"<li>{e(o.at)}: attempt {o.attempt_no}, "
            f"{'no answer' if o.status is None else o.status} {e(o.meaning)}"
            f"{'' if o.batch_id is None else f', batch {o.batch_id}'}"
            f"{' (this one)' if o.id == a.id else ''}</li>"
            for o in others
        )
        parts.append(f"<p><b>Attempts of this message-id ({len(others)})</b></p><ol>{items}</ol>")
    return "".join(parts)


__all__ = ["COLUMNS", "HistoryPage", "details_html"]
