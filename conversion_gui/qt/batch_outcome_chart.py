"""How a batch ended, as pictures: a bar per outcome, and the commonest reasons rows failed.

Shown on the Batch page under the result sentence. A bar, clicked (or chosen with the arrow
keys and Enter), opens History on that batch's attempts of that outcome.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..core.batch import BatchResult
from ..core.history.summary import KIND_WORDS, count_words, kind_of_meaning
from ..core.statuses import Kind
from .charts import ChartModel, ChartWidget, Series, chart_menu_button
from .charts.widget import PathChooser
from .formats import number
from .i18n import QT_TRANSLATE_NOOP
from .meanings import meaning as translated_meaning

translate = QCoreApplication.translate

TOP_MEANINGS = 5
# outcome bar: label, colour/pattern key, the History Outcome choice it opens ("" = none)
# (labels English, marked for lupdate and translated where shown: context "BatchOutcomeChart")
OUTCOME_BARS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("BatchOutcomeChart", "Accepted"), "accepted", Kind.ACCEPTED.value),
    (QT_TRANSLATE_NOOP("BatchOutcomeChart", "Rejected"), "rejected", Kind.INVALID.value),
    (QT_TRANSLATE_NOOP("BatchOutcomeChart", "Failed"), "failed", "failed"),
    (QT_TRANSLATE_NOOP("BatchOutcomeChart", "Not sent"), "not_sent", ""),
)
ROWS = Series("rows", QT_TRANSLATE_NOOP("BatchOutcomeChart", "Rows"))


def _t(text: str) -> str:
    return translate("BatchOutcomeChart", text)


def outcome_counts(result: BatchResult) -> list[int]:
    """Rows per outcome bar; ``failed`` in a result counts rejected rows apart already."""
    return [result.accepted, result.rejected, result.failed, result.not_sent]


def outcomes_description(result: BatchResult) -> str:
    """"1,204 accepted, 31 failed: 29 throttled, 2 server errors, 12 rejected, 5 not sent"."""
    reasons: dict[str, int] = {}
    for meaning, n in result.failures.items():
        kind = kind_of_meaning(meaning) or Kind.UNEXPECTED.value
        if kind != Kind.INVALID.value:
            reasons[kind] = reasons.get(kind, 0) + n
    text = translate("BatchOutcomeChart", "{accepted} accepted, {failed} failed").format(
        accepted=number(result.accepted), failed=number(result.failed))
    if reasons:  # the kinds' words are the core's (English); the counts follow the locale
        text += ": " + ", ".join(count_words(n, KIND_WORDS.get(k, k))
                                 for k, n in sorted(reasons.items(), key=lambda kv: -kv[1]))
    return text + translate("BatchOutcomeChart",
                            "; {rejected} rejected, {not_sent} not sent.").format(
        rejected=number(result.rejected), not_sent=number(result.not_sent))


def top_meanings(result: BatchResult) -> list[tuple[str, int]]:
    return sorted(result.failures.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_MEANINGS]


class BatchOutcomeChart(QWidget):
    history_requested = Signal(str)  # an Outcome choice of the History page ("failed", a kind)

    def __init__(self, choose_path: PathChooser | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meanings: list[str] = []
        self.outcome_model = ChartModel(self.tr("Outcome"), self)
        self.outcomes = ChartWidget(self.tr("Outcomes chart"), self.outcome_model,
                                    title=self.tr("Outcomes"),
                                    horizontal=True, clickable=True, file_stem="batch-outcomes",
                                    choose_path=choose_path)
        self.meaning_model = ChartModel(self.tr("Meaning"), self)
        self.meanings = ChartWidget(self.tr("Failure meanings chart"), self.meaning_model,
                                    title=self.tr("Why rows failed"), horizontal=True,
                                    clickable=True, file_stem="batch-failures",
                                    choose_path=choose_path)
        for chart in (self.outcomes, self.meanings):  # as tall as their bars, no taller
            chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.outcomes.bar_clicked.connect(self._outcome_clicked)
        self.meanings.bar_clicked.connect(self._meaning_clicked)
        charts = QHBoxLayout()
        boxes = []
        for chart, label in ((self.outcomes, self.tr("Outcomes: copy or save…")),
                             (self.meanings, self.tr("Reasons: copy or save…"))):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(chart, 1)
            column.addWidget(chart_menu_button(chart, label), 0, Qt.AlignmentFlag.AlignLeft)
            charts.addWidget(box, 1)
            boxes.append(box)
        self.meanings_box = boxes[1]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(charts)

    def show_result(self, result: BatchResult) -> None:
        labels = [_t(label) for label, _, _ in OUTCOME_BARS]
        rows = replace(ROWS, name=_t(ROWS.name))
        self.outcome_model.set_data(
            labels, [rows], [[n] for n in outcome_counts(result)],
            outcomes_description(result), row_keys=[key for _, key, _ in OUTCOME_BARS])
        top = top_meanings(result)
        self._meanings = [m for m, _ in top]
        keys = [kind_of_meaning(m) or Kind.UNEXPECTED.value for m in self._meanings]
        words = "; ".join(f"{number(n)} × {translated_meaning(m)}" for m, n in top) or self.tr(
            "No row failed.")
        self.meaning_model.set_data([translated_meaning(m) for m in self._meanings], [rows],
                                    [[n] for _, n in top],
                                    self.tr("Commonest reasons rows failed: {reasons}").format(
                                        reasons=words), row_keys=keys)
        self.meanings_box.setVisible(bool(top))
        self.show()

    def _outcome_clicked(self, row: int, _series: str) -> None:
        choice = OUTCOME_BARS[row][2] if row < len(OUTCOME_BARS) else ""
        if choice:
            self.history_requested.emit(choice)

    def _meaning_clicked(self, row: int, _series: str) -> None:
        if row < len(self._meanings):
            self.history_requested.emit(kind_of_meaning(self._meanings[row])
                                        or Kind.UNEXPECTED.value)
