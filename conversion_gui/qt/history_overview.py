"""The History page's Overview: the filtered attempts as a chart, per day, batch or meaning.

It answers "how did Tuesday's campaign go?" and "which error keeps coming back?" at a glance.
The numbers are SQL aggregates (core.history.summary) run on the task pool, only while the
Overview is on screen: a filter change while the table is showing costs nothing here. An
answer that arrives after a newer filter is dropped, so the chart never shows old numbers.
"""

from __future__ import annotations

from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..core.context import AppContext
from ..core.history import HistoryError, HistoryFilter, HistoryFilterError
from ..core.history.summary import Summary, summarise
from . import a11y
from .charts import ChartModel, ChartWidget, Series, chart_menu_button
from .charts.widget import PathChooser
from .formats import number
from .i18n import QT_TRANSLATE_NOOP
from .meanings import kind_labels, meaning
from .tasks import TaskManager

translate = QCoreApplication.translate

# combo label, summary "by", chart name, category header: English, marked for lupdate and
# translated where shown (context "HistoryOverview")
VIEWS: tuple[tuple[str, str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("HistoryOverview", "Per day"), "day",
     QT_TRANSLATE_NOOP("HistoryOverview", "Attempts per day chart"),
     QT_TRANSLATE_NOOP("HistoryOverview", "Day (UTC)")),
    (QT_TRANSLATE_NOOP("HistoryOverview", "Per batch"), "batch",
     QT_TRANSLATE_NOOP("HistoryOverview", "Attempts per batch chart"),
     QT_TRANSLATE_NOOP("HistoryOverview", "Batch")),
    (QT_TRANSLATE_NOOP("HistoryOverview", "By meaning"), "meaning",
     QT_TRANSLATE_NOOP("HistoryOverview", "Attempts by meaning chart"),
     QT_TRANSLATE_NOOP("HistoryOverview", "Meaning")),
)


def _t(text: str) -> str:
    return translate("HistoryOverview", text)


def fill_model(model: ChartModel, summary: Summary) -> None:
    """The summary as the chart's table: one row per group, one series per outcome."""
    kinds = summary.kinds
    names = kind_labels()
    series = [Series(k, names.get(k, k)) for k in kinds]
    values = [[r.counts.get(k, 0) for k in kinds] for r in summary.rows]
    if summary.by == "hour":
        labels = [r.key[5:] + "h" for r in summary.rows]  # "03-01 14h"
    else:
        labels = [meaning(r.label) if summary.by == "meaning" else r.label for r in summary.rows]
    model.set_data(labels, series, values, summary.describe())


class HistoryOverview(QWidget):
    summarised = Signal()  # the chart shows the latest filter's numbers (benches wait on it)
    batch_requested = Signal(int)  # a batch's bar was clicked: show its attempts
    outcome_requested = Signal(str)  # a meaning's bar was clicked: filter by its outcome

    def __init__(
        self,
        context: AppContext,
        tasks: TaskManager,
        parent: QWidget | None = None,
        choose_path: PathChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._flt = HistoryFilter()
        self._stale = True
        self._token = 0
        self.summary: Summary | None = None

        self.view = QComboBox()
        for label, by, _name, _header in VIEWS:
            self.view.addItem(_t(label), by)
        view_label = QLabel(self.tr("Chart t&ype:"))
        a11y.buddy(view_label, self.view)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Overview status"))
        self.status.setWordWrap(True)

        self.model = ChartModel(_t(VIEWS[0][3]), self)
        self.chart = ChartWidget(_t(VIEWS[0][2]), self.model, clickable=True,
                                 file_stem="history-overview", choose_path=choose_path)
        self.chart.bar_clicked.connect(self._bar_clicked)
        self.chart.save_failed.connect(lambda text: self.status.setText(text))
        self.chart.saved.connect(lambda path: self.status.setText(
            self.tr("Saved {path}").format(path=path)))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.chart)
        self.scroller = scroll

        top = QHBoxLayout()
        top.addWidget(view_label)
        top.addWidget(self.view)
        top.addWidget(self.status, 1)
        top.addWidget(chart_menu_button(self.chart, self.tr("Chart o&ptions")))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.view.currentIndexChanged.connect(lambda _i: self._view_changed())

    # ---- what to show
    @property
    def by(self) -> str:
        return str(self.view.currentData())

    def set_filter(self, flt: HistoryFilter) -> None:
        """The History filters changed (or new attempts came): chart them when on screen."""
        self._flt = flt
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _view_changed(self) -> None:
        _label, _by, name, header = VIEWS[self.view.currentIndex()]
        self.chart.setAccessibleName(_t(name))
        self.model.set_category_header(_t(header))
        self.chart.set_horizontal(self.by != "day")
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Ask for the aggregate on the pool; only the newest answer is shown."""
        self._stale = False
        self._token += 1
        token, flt, by = self._token, self._flt, self.by
        history = self._context.history
        self.status.setText(self.tr("Updating…"))

        def work() -> Summary:
            return summarise(history, flt, by)

        self._tasks.run_in_background(work, lambda f: self._answered(f, token))

    def _answered(self, future: Future[Summary], token: int) -> None:
        if not shiboken6.isValid(self) or token != self._token:
            return
        try:
            summary = future.result()
        except HistoryFilterError as exc:
            self.status.setText(self.tr("Problem with the filter: {problem}").format(
                problem=exc.message))
            return
        except HistoryError as exc:
            self.status.setText(self.tr("Cannot read the history: {problem}").format(problem=exc))
            return
        self.summary = summary
        name = self.tr("Attempts per hour chart") if summary.by == "hour" else \
            _t(VIEWS[self.view.currentIndex()][2])
        self.chart.setAccessibleName(name)
        fill_model(self.model, summary)
        where = self.tr(" in batches") if summary.by == "batch" else ""  # single sends have none
        self.status.setText(self.tr("{count} attempt(s)", "", summary.total).format(
            count=number(summary.total)) + where)
        self.summarised.emit()

    # ---- drilling down
    def _bar_clicked(self, row: int, _series: str) -> None:
        summary = self.summary
        if summary is None or row >= len(summary.rows):
            return
        picked = summary.rows[row]
        if summary.by == "batch" and picked.batch_id is not None:
            self.batch_requested.emit(picked.batch_id)
        elif summary.by == "meaning":
            kinds = [k for k, n in picked.counts.items() if n]
            if len(kinds) == 1:
                self.outcome_requested.emit(kinds[0])


__all__ = ["VIEWS", "HistoryOverview", "fill_model"]
