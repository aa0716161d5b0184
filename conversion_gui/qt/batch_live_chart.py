"""The live chart of a running batch: rows a second, stacked by outcome, against the limit.

Each bar is a stretch of time; its height is how many rows a second finished then, stacked
accepted / rejected / failed, with the rate limit in force as a dashed line and markers
where requests were retried or throttled (429). Progress arrives up to ten times a second;
taking it costs a few additions (a fixed number of time buckets: when they fill up, pairs
are merged and each bucket covers twice the time), and the chart repaints at most once a
second, from a timer, whatever the progress rate: a bar covers a second or more, so drawing
more often would only redraw the last one, at the GUI thread's expense.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.batch import Progress
from ..core.history.summary import kind_of_meaning
from ..core.statuses import Kind
from .charts import ChartModel, ChartWidget, Series
from .charts.widget import PathChooser
from .formats import decimal, number
from .i18n import QT_TRANSLATE_NOOP

REPAINT_MS = 1000  # a bar is a second or more: drawing more often redraws only the last
MAX_BUCKETS = 60
# Names English, marked for lupdate and translated where drawn (context "BatchLiveChart").
SERIES = (Series("accepted", QT_TRANSLATE_NOOP("BatchLiveChart", "Accepted")),
          Series("rejected", QT_TRANSLATE_NOOP("BatchLiveChart", "Rejected")),
          Series("failed", QT_TRANSLATE_NOOP("BatchLiveChart", "Failed")))
LIMIT = Series("limit", QT_TRANSLATE_NOOP("BatchLiveChart", "Limit"))
RETRIES = Series("retries", QT_TRANSLATE_NOOP("BatchLiveChart", "Retries"))
THROTTLED = Series("throttled", QT_TRANSLATE_NOOP("BatchLiveChart", "429s"))


translate = QCoreApplication.translate


def _named(series: Series) -> Series:
    """The series with its name in the window's language."""
    return replace(series, name=translate("BatchLiveChart", series.name))


@dataclass
class _Bucket:
    counts: list[int] = field(default_factory=lambda: [0, 0, 0])  # accepted, rejected, failed
    retries: int = 0
    throttled: int = 0
    limit: float = 0.0

    def merge(self, other: _Bucket) -> None:
        self.counts = [a + b for a, b in zip(self.counts, other.counts, strict=True)]
        self.retries += other.retries
        self.throttled += other.throttled
        self.limit = other.limit


def rejected_of(p: Progress) -> int:
    """Rows the API refused (invalid parameters): ``failed`` counts them too."""
    return sum(n for meaning, n in p.failures.items()
               if kind_of_meaning(meaning) == Kind.INVALID.value)


def clock(seconds: float) -> str:
    s = int(seconds)
    if s >= 3600:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


class BatchLiveChart(ChartWidget):
    def __init__(self, choose_path: PathChooser | None = None,
                 parent: QWidget | None = None) -> None:
        # translate(), not self.tr: the QObject is not made yet
        super().__init__(translate("BatchLiveChart", "Sending rate chart"),
                         ChartModel(translate("BatchLiveChart", "Time from start")),
                         title=translate("BatchLiveChart", "Rows a second"),
                         file_stem="batch-sending-rate",
                         choose_path=choose_path, parent=parent)
        self.model.setParent(self)
        # a strip under the progress: the preview table above keeps the room
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() * 13)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPAINT_MS)
        self._timer.timeout.connect(self._redraw)
        self.reset()

    def reset(self) -> None:
        """A new batch (or a resume: earlier runs' counts are the baseline, not a bar)."""
        self._width = 1.0  # seconds per bucket
        self._buckets: list[_Bucket] = []
        self._last: tuple[int, int, int, int, int] | None = None
        self._latest: Progress | None = None
        self._timer.stop()
        self.model.set_data([], [_named(s) for s in SERIES], [],
                            self.tr("The sending rate shows once rows are sent."))

    def add(self, p: Progress) -> None:
        """One progress snapshot: a few additions now; the drawing waits for the timer."""
        rejected = rejected_of(p)
        now = (p.accepted, rejected, p.failed - rejected, p.retries, p.throttled)
        last, self._last, self._latest = self._last, now, p
        if last is None:
            return
        index = int(p.elapsed / self._width)
        while index >= MAX_BUCKETS:
            self._halve()
            index = int(p.elapsed / self._width)
        while len(self._buckets) <= index:
            self._buckets.append(_Bucket())
        bucket = self._buckets[index]
        for i in range(3):
            bucket.counts[i] += now[i] - last[i]
        bucket.retries += now[3] - last[3]
        bucket.throttled += now[4] - last[4]
        bucket.limit = p.limit
        if not self._timer.isActive():
            self._timer.start()

    def _halve(self) -> None:
        merged = []
        for i in range(0, len(self._buckets), 2):
            pair = self._buckets[i:i + 2]
            if len(pair) == 2:
                pair[0].merge(pair[1])
            merged.append(pair[0])
        self._buckets = merged
        self._width *= 2

    def _redraw(self) -> None:
        p = self._latest
        if p is None or not self._buckets:
            return
        last = len(self._buckets) - 1
        rates = []
        for i, b in enumerate(self._buckets):
            # the bucket still filling covers only the time so far
            width = self._width if i < last else max(0.5, p.elapsed - i * self._width)
            rates.append([round(n / width, 1) for n in b.counts])
        limits = [b.limit for b in self._buckets]
        self.model.set_data(
            [clock(i * self._width) for i in range(len(self._buckets))],
            [_named(s) for s in SERIES], rates, self.describe(p),
            line=(_named(LIMIT), limits) if any(limits) else None,
            marks=[(_named(RETRIES), [b.retries for b in self._buckets]),
                   (_named(THROTTLED), [b.throttled for b in self._buckets])],
        )

    def flush(self) -> None:
        """Draw now what the timer would draw (the batch ended; tests)."""
        self._timer.stop()
        self._redraw()

    def describe(self, p: Progress) -> str:
        rejected = rejected_of(p)
        limit = (self.tr("a limit of {limit} a second").format(limit=f"{p.limit:g}") if p.limit
                 else self.tr("no limit"))
        return self.tr("Sending {rate} rows a second against {limit}; so far {accepted} "
                       "accepted, {rejected} rejected, {failed} failed; {retries} retries, "
                       "{throttled} throttled (429).").format(
            rate=decimal(p.rate), limit=limit, accepted=number(p.accepted),
            rejected=number(rejected), failed=number(p.failed - rejected),
            retries=number(p.retries), throttled=number(p.throttled))
