"""The History page: every attempt, filtered and sorted in SQLite, with details and re-send.

Support staff come here to answer "did this conversion go through, and if not, why": a
message-id (start or anywhere), an outcome, a channel and a date range narrow a log of millions
to a few rows; the details pane shows the outcome, the whole answer, the request (never a
secret) and every attempt for that message-id. This page coordinates the filter bar
(history_filter_bar), the table (history_model), the details pane (history_details) and the
re-send work (core.resend). Nothing here reads the disk or the network on the GUI thread.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import resend as resending
from ..core.batchfile import export_batch_results
from ..core.context import AppContext
from ..core.history import AttemptRow, HistoryFilter
from ..core.resend import RESEND_LIMIT
from ..core.retry import Cancelled
from . import a11y
from .formats import number
from .history_details import HistoryDetails, details_html
from .history_filter_bar import HistoryFilterBar
from .history_model import COLUMNS, KIND_LABELS, HistoryModel
from .history_overview import HistoryOverview
from .meanings import meaning
from .tasks import TaskManager

ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1e7e34"


def _alive(obj: object) -> bool:
    """A callback may arrive after its widget is gone (the window closed meanwhile)."""
    return shiboken6.isValid(obj)


class HistoryPage(QWidget):
    """The History tab: filter bar, attempts table, details pane, Export… and Re-send."""

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
        self._resending = False
        self._exporting = False
        self._cancel = threading.Event()
        cancel = self._cancel
        self.destroyed.connect(lambda *_: cancel.set())  # no re-send outlives the window
        # the model first: its first query runs while the widgets are built
        self.model = HistoryModel(lambda: context.history, tasks, page_size=page_size,
                                  parent=self)
        self._build()
        self.model.queryFinished.connect(self._query_finished)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.failed.connect(self._show_error)
        self.model.modelReset.connect(self._show_details)
        if not self.model.loading:  # the pool answered already, before the connections
            if self.model.last_error is not None:
                self._show_error(self.model.last_error)
            else:
                self._query_finished(self.model.rowCount())

    # ---- building

    def _build(self) -> None:
        self.filter_bar = HistoryFilterBar()
        bar = self.filter_bar
        # the bar's inputs, by the names callers and benches have always used
        self.text, self.match, self.outcome, self.channel = (bar.text, bar.match, bar.outcome,
                                                             bar.channel)
        self.use_from, self.date_from = bar.use_from, bar.date_from
        self.use_to, self.date_to = bar.use_to, bar.date_to

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the attempts the filters show as a CSV file"))
        a11y.name_button(self.export_button)
        self.export_button.clicked.connect(self.export)
        bar.add_trailing(self.export_button)

        self.batch_label = QLabel()
        self.all_batches = QPushButton(self.tr("Show &all batches"))
        a11y.name_button(self.all_batches)
        self.all_batches.clicked.connect(self.clear_batch)
        self.batch_results = QPushButton(self.tr("Export batch res&ults…"))
        self.batch_results.setToolTip(
            self.tr("Save this batch's rows with outcome, status and meaning"))
        a11y.name_button(self.batch_results)
        self.batch_results.clicked.connect(self.export_batch_results)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch_label)
        batch_row.addWidget(self.all_batches)
        batch_row.addWidget(self.batch_results)
        batch_row.addStretch(1)
        self.batch_label.hide()
        self.all_batches.hide()
        self.batch_results.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Attempts"))
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
        samples = ("0000-00-00 00:00:00", QCoreApplication.translate("HistoryModel", "Voice"),
                   "0A00000012345678ABCD", "", "0000-00-00 00:00:00", "",
                   meaning("Accepted: the conversion was recorded"), "", "")
        pad = 4 * metrics.averageCharWidth()
        for i, sample in enumerate(samples):  # the widest of a typical value and the title
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            header.resizeSection(i, max(metrics.horizontalAdvance(sample),
                                        header.fontMetrics().horizontalAdvance(title)) + pad)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as stored
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = HistoryDetails(lambda: self._context.history, self._tasks)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel(self.tr("Counting…"))
        self._count_text = ""  # the last count said, "" before the first
        self.count_label.setAccessibleName(self.tr("Attempt count"))
        self.resend_button = QPushButton(self.tr("&Re-send selected"))
        self.resend_button.setToolTip(self.tr("Report the selected rows' conversions again "
                                      "(states the same fact again; safe to repeat)"))
        a11y.name_button(self.resend_button)
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(self.resend_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.resend_button)

        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(batch_row)
        layout.addWidget(self.message)
        self.overview = HistoryOverview(self._context, self._tasks)
        self.overview.batch_requested.connect(self.show_batch)
        self.overview.outcome_requested.connect(self._show_outcome)
        self.views = QTabWidget()  # the table, or the same attempts as a chart
        self.views.addTab(splitter, self.tr("Ta&ble"))
        self.views.addTab(self.overview, self.tr("O&verview"))
        self.views.tabBar().setAccessibleName(self.tr("Table or overview"))
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)

        order: list[QWidget] = [*bar.focus_order(), self.export_button, self.all_batches,
                                self.batch_results, self.views, self.table, self.details,
                                self.resend_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        bar.changed.connect(self._filter_changed)

    # ---- filters

    def current_filter(self) -> HistoryFilter:
        """What the filter bar asks for now (whether or not it has been applied yet)."""
        return dataclasses.replace(self.filter_bar.current_filter(), batch_id=self._batch_id)

    def _filter_changed(self, flt: HistoryFilter) -> None:
        self._set_query(dataclasses.replace(flt, batch_id=self._batch_id))

    def _apply_filter(self) -> None:
        self.filter_bar.cancel_pending()
        self._set_query(self.current_filter())

    def _set_query(self, flt: HistoryFilter) -> None:
        if flt.key() == self.model.query.flt.key():
            return
        self._set_loading()
        self.model.set_query(flt)
        self.overview.set_filter(flt)

    def refresh(self) -> None:
        """Query again with the same filters and sort (after sends: new attempts show)."""
        self.filter_bar.cancel_pending()
        flt = self.current_filter()
        self._set_loading()
        self.overview.set_filter(flt)
        if flt.key() != self.model.query.flt.key():
            self.model.set_query(flt)
        else:
            self.model.refresh()

    def show_batch(self, batch_id: int, outcome: str | None = None) -> None:
        """Every attempt of one batch ("Show in History" on the Batch page); ``outcome``, an
        Outcome choice's value (a kind, or "failed"), narrows it (a bar of a chart clicked)."""
        self.filter_bar.reset(outcome)
        self._batch_id = int(batch_id)
        self.batch_label.setText(self.tr("Showing batch {id} only.").format(id=self._batch_id))
        self.batch_label.show()
        self.all_batches.show()
        self.batch_results.show()
        self.views.setCurrentIndex(0)
        self._apply_filter()

    def _show_outcome(self, kind: str) -> None:
        """A meaning's bar in the Overview: the table, narrowed to that outcome."""
        self.views.setCurrentIndex(0)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(kind)))

    def clear_batch(self) -> None:
        self._batch_id = None
        self.batch_label.hide()
        self.all_batches.hide()
        self.batch_results.hide()
        self._apply_filter()
        self.text.setFocus()

    # ---- what the model says

    def _set_loading(self) -> None:
        if self._count_text:
            self.count_label.setText(self.tr("{count} (updating…)").format(
                count=self._count_text))

    def _query_finished(self, count: int) -> None:
        self._count_text = self.tr("{count} attempt(s)", "", count).format(count=number(count))
        self.count_label.setText(self._count_text)
        if self.message.property("kind") == "query":
            self._clear_message()  # the history reads again: that problem is over
        self._selection_changed()

    def _page_loaded(self, first: int, last: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and first <= current.row() <= last and self.details.waiting:
            self._show_details()

    def _show_error(self, text: str) -> None:
        self._set_message(text, error=True)
        self.message.setProperty("kind", "query")
        if not self._count_text:
            self.count_label.setText(self.tr("No attempts to show"))
        else:
            self.count_label.setText(self._count_text)

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
            self.details.show_nothing()
            return
        attempt = self.model.attempt_at(index.row())
        if attempt is None:
            self.details.show_loading()  # shown when its page arrives (see _page_loaded)
        else:
            self.details.show_attempt(attempt)

    def selected_attempt(self) -> AttemptRow | None:
        index = self.table.currentIndex()
        return self.model.attempt_at(index.row()) if index.isValid() else None

    # ---- re-send

    def _selected_rows(self) -> tuple[int, list[tuple[int, int]]]:
        """How many rows are selected, as (top, bottom) runs: no list of a million indexes."""
        selection = self.table.selectionModel().selection()
        return resending.merge_runs((selection.at(i).top(), selection.at(i).bottom())
                                    for i in range(selection.count()))

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
            self._set_message(self.tr("Select the attempts to re-send first."), error=True)
            return
        if n > RESEND_LIMIT:
            self._set_message(
                self.tr("{count} rows are selected; re-send at most {limit} at a time here "
                        "(for more, save them and send the file on the Batch page).").format(
                    count=number(n), limit=number(RESEND_LIMIT)), error=True)
            return
        known, missing = resending.split_loaded(ranges, self.model.attempt_at)
        query = self.model.shown_query
        context, cancel = self._context, self._cancel
        self._resending = True
        self.resend_button.setEnabled(False)
        if missing:  # the rest is read on the worker, which then says how many
            self._set_message(self.tr("Re-sending the conversions of {count} selected attempt(s)…",
                                      "", n).format(count=number(n)))
        else:
            self._set_message(resending.starting_text(n, len(resending.conversions_of(known))))

        def progress(done_n: int, total: int) -> None:
            def update() -> None:
                if _alive(self) and self._resending:
                    self._set_message(self.tr("Re-sending: {done} of {total} done…").format(
                        done=number(done_n), total=number(total)))
            self._tasks.run_on_main(update)

        recorded = [0]  # attempts written so far (read here only once the work is over)

        def work() -> dict[str, int]:
            rows = known + list(resending.fetch_rows(context.history, query.flt, query.sort_key,
                                                     query.descending, missing))
            conversions = resending.conversions_of(rows)
            if missing:
                text = resending.starting_text(n, len(conversions))

                def say() -> None:
                    if _alive(self) and self._resending:
                        self._set_message(text)

                self._tasks.run_on_main(say)
            return resending.resend(context, conversions, cancel, progress, recorded)

        self._tasks.run_in_background(
            work, lambda f: self._resend_done(f, recorded[0], sum(recorded[1:])))

    def _resend_done(self, future: Future[dict[str, int]], recorded: int,
                     kept: int = 0) -> None:
        if not _alive(self):
            return
        self._resending = False
        self._selection_changed()
        try:
            counts = future.result()
        except Cancelled:
            self._set_message(self.tr("Re-send cancelled."), error=True)
            return
        except Exception as exc:  # setup and history errors read as sentences
            message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            self._set_message(self.tr("Could not re-send: {problem}").format(problem=message),
                              error=True)
            if recorded:
                self.refresh()  # some went out before the failure: show them
            return
        text, some_failed = resending.summary(counts, KIND_LABELS, kept)
        self._set_message(text, error=some_failed or bool(kept))
        self.refresh()
        self.resent.emit()

    # ---- export

    def _ask_export_path(self) -> str | None:
        start = str(Path.home() / "history.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"), start,
                                              self.tr("CSV files (*.csv);;All files (*)"))
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
        self._set_message(self.tr("Exporting to {path}…").format(path=path))

        def done(future: Future[int]) -> None:
            if not _alive(self):
                return
            self._exporting = False
            self.export_button.setEnabled(True)
            try:
                n = future.result()
            except OSError as exc:
                reason = exc.strerror or str(exc)
                self._set_message(self.tr("Could not export to {path}: {problem}").format(
                    path=path, problem=reason), error=True)
                return
            except Exception as exc:  # a history error reads as a sentence
                self._set_message(self.tr("Could not export to {path}: {problem}").format(
                    path=path, problem=exc), error=True)
                return
            self._set_message(self.tr("Exported {count} attempt(s) to {path}", "", n).format(
                count=number(n), path=path))

        self._tasks.run_in_background(
            lambda: context.history.export_csv(query.flt, path, query.sort_key,
                                               query.descending), done)

    def export_batch_results(self) -> None:
        """The shown batch's rows with their outcome, status and meaning (a worker writes)."""
        batch_id = self._batch_id
        if batch_id is None or self._exporting:
            return
        chosen = self._choose_export_path()
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".csv")
        history = self._context.history
        self._exporting = True
        self._set_message(self.tr("Exporting batch {id}'s results to {path}…").format(
            id=batch_id, path=path))

        def done(future: Future[int]) -> None:
            if not _alive(self):
                return
            self._exporting = False
            try:
                n = future.result()
            except OSError as exc:
                self._set_message(self.tr("Could not export to {path}: {problem}").format(
                    path=path, problem=exc.strerror or exc), error=True)
                return
            except Exception as exc:  # a history error reads as a sentence
                self._set_message(self.tr("Could not export to {path}: {problem}").format(
                    path=path, problem=exc), error=True)
                return
            self._set_message(self.tr("Exported {count} row(s) of batch {id} to {path}", "",
                                      n).format(count=number(n), id=batch_id, path=path))

        self._tasks.run_in_background(
            lambda: export_batch_results(history, batch_id, path), done)


__all__ = ["COLUMNS", "HistoryPage", "details_html"]
