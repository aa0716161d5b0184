"""The History page's reads: filter, sort, page, count, and the "already accepted" check."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..conversion import Channel
from ..statuses import Kind
from .accepted import _JOIN_SQL, PG_JOIN_SQL, AcceptedIds
from .engine import Engine
from .errors import HistoryFilterError
from .store import READ_CHUNK, StoreCore
from .types import AttemptRow, _moment_text

# A text or multi-outcome filter that matches more rows than this is not worth an index search
# for the newest-first page: walking the time index and filtering finds 100 rows sooner.
SELECTIVE_LIMIT = 20_000
_KIND_VALUES = frozenset(k.value for k in Kind)


_ATTEMPT_COLUMNS = (
    "id, at, batch_id, line, channel, message_id, delivered, conv_timestamp, status, kind, "
    "meaning, elapsed_ms, response_text, attempt_no, profile, base_url, sent_by"
)


def _attempt_row(row: tuple[Any, ...]) -> AttemptRow:
    return AttemptRow._make((*row[:6], row[6] == 1, *row[7:]))


@dataclass(frozen=True)
class HistoryFilter:
    """What the History page's filter bar asks for; every field optional.

    ``text`` matches the start of the message-id, ignoring ASCII case (an index search);
    ``text_contains`` makes it match anywhere (reads every row). ``kinds`` are outcome
    values (``statuses.Kind``); an empty set matches nothing. ``date_from`` is inclusive;
    ``date_to`` includes the whole day when it is a date, and the whole second when it is a
    time. A naive time is UTC. ``failed_only`` keeps attempts that were not accepted.
    """

    text: str = ""
    kinds: Collection[str] | None = None
    channel: str | None = None
    date_from: str | datetime | date | None = None
    date_to: str | datetime | date | None = None
    batch_id: int | None = None
    failed_only: bool = False
    text_contains: bool = False
    sent_by: str = ""  # exactly this user@machine (a team history's "Sent by" filter)

    def key(self) -> tuple[Any, ...]:
        kinds = None if self.kinds is None else (
            (self.kinds,) if isinstance(self.kinds, str) else tuple(sorted(self.kinds)))
        return (self.text, kinds, self.channel, str(self.date_from), str(self.date_to),
                self.batch_id, self.failed_only, self.text_contains, self.sent_by)


# name shown to callers -> ORDER BY terms (the tie-breaker ``id`` is always added). A sort on
# an indexed column continues by time, so it walks that column's index and needs no sort.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "at": ("at",),
    "channel": ("channel", "at"),
    "kind": ("kind", "at"),
    "message_id": ("message_id COLLATE NOCASE", "at"),
    "status": ("status", "at"),
    "meaning": ("meaning", "at"),
    "delivered": ("delivered", "at"),
    "conv_timestamp": ("conv_timestamp",),
    "elapsed_ms": ("elapsed_ms",),
    "attempt_no": ("attempt_no", "at"),
    "batch_id": ("batch_id", "at"),
    "line": ("batch_id", "line"),
    "profile": ("profile", "at"),
    "sent_by": ("sent_by", "at"),
}
DEFAULT_SORT = "at"


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    empty: bool = False  # the filter can match nothing
    # (indexed clause, same test with the index disabled, its params) for the planner choice
    optional_index: list[tuple[str, str, list[Any]]] = field(default_factory=list)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _parse_bound(value: str | datetime | date, name: str, upper: bool) -> str:
    """A filter bound as stored text; a date as ``to`` reaches the end of that day."""
    moment: datetime
    whole_day = False
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
        whole_day = True
    else:
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise HistoryFilterError(
                name, f"{name.replace('_', ' ')} {text!r} is not a date: use YYYY-MM-DD "
                "or YYYY-MM-DD HH:MM:SS",
            ) from None
        whole_day = len(text) == 10  # YYYY-MM-DD
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if upper:
        if whole_day:
            moment += timedelta(days=1)
        elif moment.microsecond == 0:
            moment += timedelta(seconds=1)
        else:
            moment += timedelta(milliseconds=1)
    return _moment_text(moment)


def _where(flt: HistoryFilter, engine: Engine) -> _Where:
    w = _Where()
    text = flt.text.strip()
    if text:
        like = engine.nocase_like("message_id")
        pattern = text.lower() if engine.kind != "sqlite" else text
        if flt.text_contains:
            w.clauses.append(like)
            w.params.append(f"%{_like_escape(pattern)}%")
        else:
            w.optional_index.append((
                like, engine.without_index(like), [f"{_like_escape(pattern)}%"],
            ))
    if flt.kinds is not None:
        kinds = sorted({flt.kinds} if isinstance(flt.kinds, str) else set(flt.kinds))
        unknown = [k for k in kinds if k not in _KIND_VALUES]
        if unknown:
            raise HistoryFilterError(
                "kinds", f"outcome {unknown[0]!r} is unknown: use one of "
                + ", ".join(sorted(_KIND_VALUES)),
            )
        if not kinds:
            w.empty = True
        elif len(kinds) == 1:
            w.clauses.append("kind = ?")
            w.params.append(kinds[0])
        else:
            marks = ", ".join("?" * len(kinds))
            clause = f"kind IN ({marks})"
            w.optional_index.append((clause, engine.without_index(clause), list(kinds)))
    if flt.failed_only:
        # the literal (not a placeholder) lets SQLite use the partial index of failures
        w.clauses.append("kind <> 'accepted'")
    if flt.channel is not None and flt.channel != "":
        chan = str(flt.channel).strip().lower()
        if chan not in (Channel.SMS.value, Channel.VOICE.value):
            raise HistoryFilterError("channel", f"channel {flt.channel!r} is not sms or voice")
        w.clauses.append("channel = ?")
        w.params.append(chan)
    if flt.date_from is not None and flt.date_from != "":
        w.clauses.append("at >= ?")
        w.params.append(_parse_bound(flt.date_from, "date_from", upper=False))
    if flt.date_to is not None and flt.date_to != "":
        w.clauses.append("at < ?")
        w.params.append(_parse_bound(flt.date_to, "date_to", upper=True))
    if flt.batch_id is not None:
        w.clauses.append("batch_id = ?")
        w.params.append(int(flt.batch_id))
    if flt.sent_by.strip():
        w.clauses.append("sent_by = ?")
        w.params.append(flt.sent_by.strip())
    return w


def _order_by(sort_column: str, descending: bool, engine: Engine) -> str:
    terms = SORT_COLUMNS.get(sort_column)
    if terms is None:
        raise HistoryFilterError(
            "sort", f"cannot sort by {sort_column!r}: choose one of "
            + ", ".join(SORT_COLUMNS),
        )
    direction = " DESC" if descending else ""
    return ", ".join(
        f"{_term(t, engine)}{direction}{engine.nulls(descending) if t in _NULLABLE else ''}"
        for t in (*terms, "id"))


_NULLABLE = frozenset({"status", "batch_id", "line", "profile"})


def _term(term: str, engine: Engine) -> str:
    column, nocase, _ = term.partition(" COLLATE NOCASE")
    return engine.nocase(column) if nocase else term


# --------------------------------------------------------------------------- schema


class AttemptQueries(StoreCore):
    """The reads of the attempts: one attempt, a page, a count, a stream, the accepted check."""

    # ---- the "already accepted" check

    def is_accepted(self, channel: str, message_id: str) -> bool:
        """One id (a single send); for many, :meth:`accepted_ids`."""
        rows = self._read(
            "SELECT 1 FROM attempts WHERE kind = 'accepted' AND channel = ? "
            "AND message_id = ? LIMIT 1",
            (str(channel), message_id),
        )
        return bool(rows)

    def accepted_ids(self) -> AcceptedIds:
        """For CSV intake: asks about many ids at once, on this thread's reading connection."""
        return AcceptedIds(self._reading, join_sql=self._accepted_join)

    @property
    def _accepted_join(self) -> str:
        return PG_JOIN_SQL if self.is_team else _JOIN_SQL

    def failed_kinds(self, batch_id: int) -> dict[str, int]:
        """A batch's failed rows by the kind of their last answer: "no_answer" (it may have
        arrived) and "unreachable" (nothing was sent) are kept apart."""
        rows = self._read(
            "SELECT last_kind, count(*) FROM batch_rows WHERE batch_id = ? AND state = 'failed' "
            "GROUP BY last_kind",
            (batch_id,),
        )
        return {str(kind or "unknown"): int(n) for kind, n in rows}

    def accepted_among(self, channel: str, message_ids: Iterable[str]) -> set[str]:
        """The ids of ``message_ids`` already accepted, asked set-wise."""
        return AcceptedIds(self._reading, join_sql=self._accepted_join).among(
            channel, set(message_ids))

    # ---- the History page

    def attempt(self, attempt_id: int) -> AttemptRow | None:
        rows = self._read(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id = ?",  # noqa: S608 (constant)
            (attempt_id,),
        )
        return _attempt_row(rows[0]) if rows else None

    def attempts_of(self, channel: str, message_id: str) -> list[AttemptRow]:
        """Every attempt for one conversion, oldest first (the details pane)."""
        rows = self._read(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts "  # noqa: S608 (constant)
            "WHERE message_id = ? AND channel = ? ORDER BY at, id",
            (message_id, str(channel)),
        )
        return [_attempt_row(r) for r in rows]

    def _is_selective(self, clause: str, params: list[Any]) -> bool:
        """Whether an index search on ``clause`` finds few rows (counted, up to a limit)."""
        rows = self._read(
            f"SELECT count(*) FROM (SELECT 1 FROM attempts WHERE {clause} LIMIT ?) AS s",  # noqa: S608
            (*params, SELECTIVE_LIMIT),
        )
        return int(rows[0][0]) < SELECTIVE_LIMIT

    def _select(
        self, flt: HistoryFilter, sort_column: str, descending: bool, columns: str
    ) -> tuple[str, list[Any], bool]:
        """The SQL of a History query (column and sort text come only from fixed tables)."""
        order = _order_by(sort_column, descending, self.engine)
        w = _where(flt, self.engine)
        clauses, params = list(w.clauses), list(w.params)
        for indexed, plain, extra in w.optional_index:
            # newest first over a large match: walk the time index instead of sorting it all
            use_index = sort_column != DEFAULT_SORT or self._is_selective(indexed, extra)
            clauses.append(indexed if use_index else plain)
            params.extend(extra)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT {columns} FROM attempts{where} ORDER BY {order}"  # noqa: S608
        return sql, params, w.empty

    def page(
        self,
        flt: HistoryFilter | None = None,
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
    ) -> list[AttemptRow]:
        flt = flt or HistoryFilter()
        if offset < 0 or limit < 0:
            raise HistoryFilterError("page", "offset and limit cannot be negative")
        sql, params, empty = self._select(flt, sort_column, descending, _ATTEMPT_COLUMNS)
        if empty or limit == 0:
            return []
        rows = self._read(f"{sql} LIMIT ? OFFSET ?", (*params, int(limit), int(offset)))
        return [_attempt_row(r) for r in rows]

    def query_plan(
        self,
        flt: HistoryFilter | None = None,
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
    ) -> list[str]:
        """SQLite's plan for the query :meth:`page` runs: to prove it uses an index."""
        sql, params, _ = self._select(flt or HistoryFilter(), sort_column, descending,
                                      _ATTEMPT_COLUMNS)
        if self.engine.kind != "sqlite":
            rows = self._read(f"EXPLAIN {sql} LIMIT ? OFFSET ?", (*params, 100, 0))
            return [str(r[0]) for r in rows]
        rows = self._read(f"EXPLAIN QUERY PLAN {sql} LIMIT ? OFFSET ?", (*params, 100, 0))
        return [str(r[3]) for r in rows]

    def count(self, flt: HistoryFilter | None = None) -> int:
        """How many attempts match; cached until the file changes (any writer, any process)."""
        flt = flt or HistoryFilter()
        w = _where(flt, self.engine)
        if w.empty:
            return 0
        with self._reading() as conn:
            version = self.engine.change_marker(conn)
        cache: dict[tuple[Any, ...], int] = self._local.count_cache
        if self._local.data_version != version:
            cache.clear()
            self._local.data_version = version
        key = flt.key()
        if key in cache:
            return cache[key]
        clauses = list(w.clauses) + [c for c, _, _ in w.optional_index]
        params = list(w.params) + [p for _, _, ps in w.optional_index for p in ps]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        n = int(self._read(f"SELECT count(*) FROM attempts{where}", params)[0][0])  # noqa: S608
        if len(cache) > 64:
            cache.clear()
        cache[key] = n
        return n

    def iter_attempts(
        self,
        flt: HistoryFilter | None = None,
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
    ) -> Iterator[AttemptRow]:
        """Every matching attempt, streamed (one read transaction for the whole walk)."""
        sql, params, empty = self._select(flt or HistoryFilter(), sort_column, descending,
                                          _ATTEMPT_COLUMNS)
        if empty:
            return
        # The connection is held chunk by chunk, not across the yields: a caller that stops
        # walking half-way must not keep close() waiting.
        with self._reading() as conn:
            cur = conn.stream(sql, params)
            lock: threading.Lock = self._local.lock
        try:
            while True:
                with self._reading():
                    chunk = cur.fetchmany(READ_CHUNK)
                if not chunk:
                    return
                for row in chunk:
                    yield _attempt_row(row)
        finally:
            with lock, contextlib.suppress(Exception):
                cur.close()
