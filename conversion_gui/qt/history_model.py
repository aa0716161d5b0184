"""The History table: a window onto a million attempts that never holds more than a few pages.

The count and each page of 100 rows come from ``HistoryStore`` (index-backed) on the task pool;
the GUI thread only ever reads what has arrived. A row not yet loaded shows "…" and asks for its
page; the page's arrival repaints it. Pages live in a small LRU, so scrolling through the whole
log costs the same memory as looking at its first screen. Every query (filter, sort, refresh)
gets a new generation number, and an answer from an older one is dropped on arrival.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from ..core.history import DEFAULT_SORT, SORT_COLUMNS, AttemptRow, HistoryFilter, HistoryStore
from ..core.statuses import Kind
from .i18n import QT_TRANSLATE_NOOP
from .meanings import meaning
from .tasks import TaskManager

translate = QCoreApplication.translate

PLACEHOLDER = "…"
ATTEMPT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the AttemptRow of a loaded row, else None

# Short names for outcomes, in English for the core's sentences (the window's are
# meanings.kind_labels()).
KIND_LABELS: dict[str, str] = {
    Kind.ACCEPTED.value: "Accepted",
    Kind.WRONG_CREDENTIALS.value: "Wrong credentials",
    Kind.NOT_ENABLED.value: "Conversion API not enabled",
    Kind.INVALID.value: "Invalid parameters",
    Kind.THROTTLED.value: "Throttled",
    Kind.SERVER_ERROR.value: "Server error",
    Kind.UNREACHABLE.value: "Could not reach the API",
    Kind.NO_ANSWER.value: "No answer (may have arrived)",
    Kind.TLS.value: "Certificate problem",
    Kind.PROXY_AUTH.value: "Proxy password needed",
    Kind.UNEXPECTED.value: "Unexpected answer",
    Kind.INTERNAL.value: "Not sent (a fault in the app)",
}

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # English, marked for lupdate; headerData translates it
    sort_key: str  # a key of HistoryStore's SORT_COLUMNS: the only way a column reaches SQL
    text: Callable[[AttemptRow], str]
    numeric: bool = False


def _time(a: AttemptRow) -> str:
    return a.at[:19]  # UTC to the second; the milliseconds are in the details pane


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Time"), "at", _time),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Channel"), "channel",
           lambda a: translate("HistoryModel", "Voice") if a.channel == "voice"
           else translate("HistoryModel", "SMS")),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Message ID"), "message_id", lambda a: a.message_id),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Delivered"), "delivered",
           lambda a: translate("HistoryModel", "Yes") if a.delivered
           else translate("HistoryModel", "No")),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Conversion time"), "conv_timestamp",
           lambda a: a.conv_timestamp),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Status"), "status",
           lambda a: translate("HistoryModel", "none") if a.status is None else str(a.status),
           True),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Meaning"), "meaning",
           lambda a: meaning(a.meaning)),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Attempt"), "attempt_no",
           lambda a: str(a.attempt_no), True),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Batch"), "batch_id",
           lambda a: "" if a.batch_id is None else str(a.batch_id), True),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "Sent by"), "sent_by", lambda a: a.sent_by),
)
assert all(c.sort_key in SORT_COLUMNS for c in COLUMNS)
SORT_KEY_COLUMN = {c.sort_key: i for i, c in enumerate(COLUMNS)}
STATUS_COLUMN = 5

# Light tints with dark text: readable on light and dark themes alike; the text says it too.
_GOOD = QColor("#d4edda")
_BAD = QColor("#f8d7da")
_RETRY = QColor("#fff3cd")
_INK = QColor("#1b1b1b")
_RETRY_KINDS = frozenset({Kind.THROTTLED.value, Kind.SERVER_ERROR.value, Kind.UNREACHABLE.value,
                          Kind.NO_ANSWER.value})


def status_colour(kind: str) -> QColor:
    if kind == Kind.ACCEPTED.value:
        return _GOOD
    return _RETRY if kind in _RETRY_KINDS else _BAD


@dataclass(frozen=True)
class Query:
    """What the table shows: a filter, a sort, and the generation that asked for it."""

    flt: HistoryFilter
    sort_key: str
    descending: bool
    generation: int


class HistoryModel(QAbstractTableModel):
    """Lazy, sorted, filtered in SQLite; bounded memory; the GUI thread never waits."""

    queryFinished = Signal(int)  # a new query is shown: its row count
    pageLoaded = Signal(int, int)  # rows first..last have arrived
    failed = Signal(str)  # a query could not be run: the reason, for a person

    def __init__(
        self,
        store: HistoryStore | Callable[[], HistoryStore],
        tasks: TaskManager,
        flt: HistoryFilter | None = None,
        page_size: int = 100,
        max_pages: int = 64,
        max_in_flight: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # a callable is called on the pool: opening the file (a migration, a refusal) is disk
        # work, and its error belongs in the page, not in a traceback while the window opens
        self._store: Callable[[], HistoryStore] = (
            store if callable(store) else (lambda: store))
        self._tasks = tasks
        self._page_size = max(1, page_size)
        self._max_pages = max(2, max_pages)
        self._max_in_flight = max(1, max_in_flight)
        self._generation = 0
        # the newest generation, for workers to skip work already superseded (a plain list:
        # workers never touch the Qt object)
        self._latest = [0]
        self._wanted_query = Query(flt or HistoryFilter(), DEFAULT_SORT, True, 0)
        self._shown = self._wanted_query
        self._count = 0
        self._pages: OrderedDict[int, list[AttemptRow]] = OrderedDict()
        self._in_flight: set[tuple[int, int]] = set()  # (generation, page)
        self._wanted: list[int] = []  # pages asked for by data(), newest last
        self._pump_scheduled = False
        self._loading = False
        # the last query's failure, for a listener connected after it was emitted (a refused
        # file can fail before the constructor returns, when the pool answers at once)
        self.last_error: str | None = None
        self.set_query(self._wanted_query.flt)

    # ---- queries

    @property
    def query(self) -> Query:
        """The newest query asked for (it may still be loading)."""
        return self._wanted_query

    @property
    def shown_query(self) -> Query:
        """The query whose rows the table shows now."""
        return self._shown

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(
        self, flt: HistoryFilter, sort_key: str | None = None, descending: bool | None = None
    ) -> None:
        """Run a new query; the old rows stay on screen until its first page arrives."""
        sort_key = self._wanted_query.sort_key if sort_key is None else sort_key
        if sort_key not in SORT_COLUMNS:
            raise ValueError(f"cannot sort the history by {sort_key!r}")
        descending = self._wanted_query.descending if descending is None else descending
        self._generation += 1
        self._latest[0] = self._generation
        query = Query(flt, sort_key, descending, self._generation)
        self._wanted_query = query
        self._loading = True
        store, size, latest = self._store, self._page_size, self._latest

        def run() -> tuple[int, list[AttemptRow]]:
            if latest[0] != query.generation:
                return 0, []  # superseded while queued: its answer would be dropped anyway
            history = store()
            count = history.count(query.flt)
            rows = history.page(query.flt, query.sort_key, query.descending, 0, size) \
                if count else []
            return count, rows

        self._tasks.run_in_background(run, lambda f: self._query_done(query, f))

    def refresh(self) -> None:
        """The same query again: new attempts appear, counts are fresh."""
        q = self._wanted_query
        self.set_query(q.flt, q.sort_key, q.descending)

    def _query_done(self, query: Query, future: Future[tuple[int, list[AttemptRow]]]) -> None:
        if not shiboken6.isValid(self) or query.generation != self._generation:
            return  # the filter or sort changed meanwhile
        self._loading = False
        try:
            count, rows = future.result()
        except Exception as exc:  # shown inline; the old rows stay
            self.last_error = describe_error(exc)
            self.failed.emit(self.last_error)
            return
        self.last_error = None
        self.beginResetModel()
        self._shown = query
        self._count = count
        self._pages.clear()
        self._wanted.clear()
        if rows:
            self._pages[0] = rows
        self.endResetModel()
        self.queryFinished.emit(count)
        if rows:
            self.pageLoaded.emit(0, len(rows) - 1)

    # ---- pages

    def attempt_at(self, row: int) -> AttemptRow | None:
        """The attempt in ``row`` if its page is loaded (no request is made)."""
        page = self._pages.get(row // self._page_size)
        if page is None:
            return None
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def loaded_row_count(self) -> int:
        """How many rows are held in memory now (a handful of pages, whatever the count)."""
        return sum(len(p) for p in self._pages.values())

    @property
    def page_size(self) -> int:
        return self._page_size

    def _row(self, row: int) -> AttemptRow | None:
        number = row // self._page_size
        page = self._pages.get(number)
        if page is None:
            self._want(number)
            return None
        self._pages.move_to_end(number)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def _want(self, number: int) -> None:
        if self._generation != self._shown.generation:
            return  # a newer query is on its way; these rows are about to go
        if (self._shown.generation, number) in self._in_flight:
            return
        if number in self._wanted:
            self._wanted.remove(number)
        self._wanted.append(number)
        # Only the latest wishes count: a fast scroll asks for pages it has already left.
        del self._wanted[: -(self._max_pages // 2)]
        if not self._pump_scheduled:
            self._pump_scheduled = True
            # never from inside data(): a synchronous fetch would change the model mid-paint
            QTimer.singleShot(0, self._pump)

    def _pump(self) -> None:
        self._pump_scheduled = False
        while self._wanted and len(self._in_flight) < self._max_in_flight:
            number = self._wanted.pop()
            if number not in self._pages:
                self._fetch(number)

    def _fetch(self, number: int) -> None:
        query, count, size, store = self._shown, self._count, self._page_size, self._store
        latest = self._latest
        offset = number * size
        key = (query.generation, number)
        self._in_flight.add(key)  # before the call: a synchronous executor answers inside it

        def run() -> list[AttemptRow]:
            n = min(size, count - offset)
            if n <= 0 or latest[0] != query.generation:
                return []
            history = store()
            if offset > count // 2:
                # near the end: walk the same index from the other side (no long OFFSET)
                rows = history.page(query.flt, query.sort_key, not query.descending,
                                    count - offset - n, n)
                rows.reverse()
                return rows
            return history.page(query.flt, query.sort_key, query.descending, offset, n)

        self._tasks.run_in_background(run, lambda f: self._page_done(key, f))

    def _page_done(self, key: tuple[int, int], future: Future[list[AttemptRow]]) -> None:
        if not shiboken6.isValid(self):
            return  # the page was closed while this was on its way
        self._in_flight.discard(key)
        generation, number = key
        if generation == self._shown.generation and generation == self._generation:
            try:
                rows = future.result()
            except Exception as exc:  # shown inline; the rows keep their "…"
                self.failed.emit(describe_error(exc))
                rows = None
            if rows:
                self._pages[number] = rows
                while len(self._pages) > self._max_pages:
                    self._pages.popitem(last=False)
                first = number * self._page_size
                last = min(first + len(rows), self._count) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(COLUMNS) - 1))
                    self.pageLoaded.emit(first, last)
        if self._wanted and not self._pump_scheduled:
            self._pump_scheduled = True
            QTimer.singleShot(0, self._pump)

    # ---- Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("HistoryModel", COLUMNS[section].title)
            if role == Qt.ItemDataRole.ToolTipRole and section == 0:
                return self.tr("When the attempt was made, in UTC")
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = index.column()
        if not 0 <= column < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[column].numeric:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role not in _DATA_ROLES:
            return None
        a = self._row(index.row())
        if a is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(a)
        if role == ATTEMPT_ROLE:
            return a
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(a)
        if column == STATUS_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_colour(a.kind)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _INK
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._wanted_query
        if (key, descending) == (q.sort_key, q.descending):
            return
        self.set_query(q.flt, key, descending)


_DATA_ROLES = frozenset({
    int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole), ATTEMPT_ROLE,
})


def tooltip(a: AttemptRow) -> str:
    """The whole answer, not just the meaning: what support staff paste into a ticket."""
    status = (translate("HistoryModel", "no answer") if a.status is None
              else translate("HistoryModel", "HTTP {status}").format(status=a.status))
    answer = a.response_text if a.response_text else translate("HistoryModel",
                                                               "(the answer had no text)")
    return f"{status}: {meaning(a.meaning)}\n{answer}"


def describe_error(exc: BaseException) -> str:
    """A failure as one line a person can act on (history errors already read that way)."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return translate("HistoryModel", "Could not read the history: {problem}").format(
        problem=message)
