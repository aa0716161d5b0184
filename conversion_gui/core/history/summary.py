"""History aggregates for charts and ``history --summary``: attempts per day, batch or meaning.

The numbers come from SQL ``GROUP BY`` over covering indexes (schema migration 5), never
from Python loops over rows: a million attempts are counted inside SQLite in tens of
milliseconds, and only the groups (a few hundred at most) come back. The History filters
apply exactly as on the table (``history._where``), so a chart and the table beside it never
disagree.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, cast

from ..statuses import STATUS_TABLE, Kind, TransportError, classify
from .queries import HistoryFilter, _parse_bound, _where

if TYPE_CHECKING:
    from . import HistoryStore

By = Literal["day", "hour", "batch", "meaning"]
BY_CHOICES: tuple[str, ...] = ("day", "batch", "meaning")  # "hour": a short "day" range
HOURLY_DAYS = 2  # a "day" summary over this many days or fewer is drawn per hour
KIND_ORDER: tuple[str, ...] = tuple(k.value for k in Kind)
KIND_WORDS: dict[str, str] = {  # "31 failed: 29 throttled, 2 server errors"
    Kind.ACCEPTED.value: "accepted",
    Kind.WRONG_CREDENTIALS.value: "wrong credentials",
    Kind.NOT_ENABLED.value: "not enabled",
    Kind.INVALID.value: "invalid",
    Kind.THROTTLED.value: "throttled",
    Kind.SERVER_ERROR.value: "server error",
    Kind.UNREACHABLE.value: "unreachable",
    Kind.NO_ANSWER.value: "no answer",
    Kind.TLS.value: "certificate problem",
    Kind.PROXY_AUTH.value: "proxy password needed",
    Kind.UNEXPECTED.value: "unexpected answer",
    Kind.INTERNAL.value: "fault in this app",
}
_PLURAL_WORDS = {"server error": "server errors", "certificate problem": "certificate problems",
                 "unexpected answer": "unexpected answers",
                 "fault in this app": "faults in this app"}

_MEANING_KINDS: dict[str, str] = {
    **{info.meaning: info.kind.value for info in STATUS_TABLE.values()},
    **{classify(None, t).meaning: classify(None, t).kind.value for t in TransportError},
}


def kind_of_meaning(meaning: str) -> str | None:
    """The outcome a stored meaning belongs to (a meaning's bar, clicked, filters by it)."""
    if meaning in _MEANING_KINDS:
        return _MEANING_KINDS[meaning]
    for prefix, kind in _MEANING_PREFIXES:  # transport sentences name the host or the proxy
        if meaning.startswith(prefix):
            return kind.value
    return None


_MEANING_PREFIXES: tuple[tuple[str, Kind], ...] = (
    ("Unexpected answer", Kind.UNEXPECTED),
    ("Could not reach the API", Kind.UNREACHABLE),
    ("No answer", Kind.NO_ANSWER),
    ("The server's certificate", Kind.TLS),
    ("The proxy", Kind.PROXY_AUTH),
    ("Not sent: a fault in this app", Kind.INTERNAL),
)


def count_words(n: int, word: str) -> str:
    """"1 server error", "2 server errors", "3 throttled" (outcome words as a person says them)."""
    plural = word if n == 1 else _PLURAL_WORDS.get(word, word)
    return f"{n:,} {plural}"


def outcome_words(counts: Mapping[str, int]) -> str:
    """"1,204 accepted, 31 failed: 29 throttled, 2 server errors" (zeros left out)."""
    accepted = counts.get(Kind.ACCEPTED.value, 0)
    failed = {k: n for k, n in counts.items() if k != Kind.ACCEPTED.value and n}
    parts = [f"{accepted:,} accepted"]
    n_failed = sum(failed.values())
    if n_failed:
        detail = ", ".join(count_words(failed[k], KIND_WORDS.get(k, k))
                           for k in sorted(failed, key=lambda k: (-failed[k], _kind_rank(k))))
        parts.append(f"{n_failed:,} failed: {detail}")
    else:
        parts.append("0 failed")
    return ", ".join(parts)


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


@dataclass(frozen=True)
class SummaryRow:
    """One group: a day (or hour), a batch or a meaning, and its attempts by outcome."""

    key: str
    label: str
    counts: dict[str, int]
    batch_id: int | None = None
    file_name: str = ""  # a batch's file and when it was made (UTC date)
    created: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Summary:
    """What a chart draws and ``history --summary`` prints: groups in order, by outcome."""

    by: By
    rows: list[SummaryRow] = field(default_factory=list)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The outcomes present, in the app's usual order (accepted first)."""
        seen = {k for r in self.rows for k, n in r.counts.items() if n}
        return tuple(sorted(seen, key=_kind_rank))

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rows:
            for k, n in r.counts.items():
                out[k] = out.get(k, 0) + n
        return out

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows, as the CSV export and the terminal show them."""
        kinds = list(self.kinds)
        first = {"day": ["day_utc"], "hour": ["hour_utc"], "batch": ["batch_id", "file", "created"],
                 "meaning": ["meaning"]}[self.by]
        header = [*first, *kinds, "total"]
        rows: list[list[str]] = []
        for r in self.rows:
            lead = [r.key, r.file_name, r.created] if self.by == "batch" else [r.key]
            rows.append([*lead, *(str(r.counts.get(k, 0)) for k in kinds), str(r.total)])
        return header, rows

    def as_json(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "total": self.total,
            "outcomes": self.totals(),
            "rows": [{"key": r.key, "label": r.label, "total": r.total,
                      "outcomes": dict(r.counts),
                      **({"batch_id": r.batch_id, "file": r.file_name, "created": r.created}
                         if r.batch_id is not None else {})}
                     for r in self.rows],
        }

    def describe(self) -> str:
        """The numbers in words, for a screen reader and for copying."""
        if not self.rows:
            return "No attempts match the filters."
        n = len(self.rows)
        word = {"day": "day", "hour": "hour", "batch": "batch", "meaning": "meaning"}[self.by]
        groups = f"{n:,} {word}" if n == 1 else f"{n:,} {word}{'es' if word == 'batch' else 's'}"
        span = ""
        if self.by in ("day", "hour"):
            span = f" from {self.rows[0].key} to {self.rows[-1].key}"
        text = f"{self.total:,} attempts over {groups}{span}: {outcome_words(self.totals())}."
        top = max(self.rows, key=lambda r: r.total)
        what = {"day": "Busiest day", "hour": "Busiest hour", "batch": "Largest batch",
                "meaning": "Commonest meaning"}[self.by]
        return f"{text} {what}: {top.label}, {top.total:,} attempts."


def _filter_sql(flt: HistoryFilter, day_column: bool) -> tuple[str, list[Any], bool]:
    """The History filter as WHERE text (the table's own builder), plus day bounds that let
    the day index be searched instead of scanned."""
    w = _where(flt)
    clauses = list(w.clauses) + [c for c, _, _ in w.optional_index]
    params = list(w.params) + [p for _, _, ps in w.optional_index for p in ps]
    if day_column:
        if flt.date_from not in (None, ""):
            assert flt.date_from is not None
            clauses.append("substr(at, 1, 10) >= ?")
            params.append(_parse_bound(flt.date_from, "date_from", upper=False)[:10])
        if flt.date_to not in (None, ""):
            assert flt.date_to is not None
            clauses.append("substr(at, 1, 10) <= ?")
            params.append(_parse_bound(flt.date_to, "date_to", upper=True)[:10])
    return " AND ".join(clauses), params, w.empty


def _grouped(rows: Iterable[Sequence[Any]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for key, kind, n in rows:
        out.setdefault(str(key), {})[str(kind)] = int(n)
    return out


def _days_between(first: str, last: str) -> int:
    try:
        return (date.fromisoformat(last) - date.fromisoformat(first)).days
    except ValueError:  # not a date: a damaged row; count per day, as stored
        return HOURLY_DAYS


def summarise(store: HistoryStore, flt: HistoryFilter | None = None, by: str = "day") -> Summary:
    """The filtered attempts grouped ``by`` day (per hour over a short range), batch or meaning.

    A summary asked for again is answered from memory until an attempt is added (attempts
    are only ever appended, so the newest id tells). Raises ``HistoryFilterError`` for a
    bad filter, ``ValueError`` for an unknown ``by``.
    """
    flt = flt or HistoryFilter()
    if by not in ("day", "hour", "batch", "meaning"):
        raise ValueError(f"cannot summarise by {by!r}: use one of {', '.join(BY_CHOICES)}")
    newest = store._read("SELECT max(id) FROM attempts")[0][0]  # private: see _summarise
    key = (flt.key(), by, newest)
    with _cache_lock:
        cache = _caches.setdefault(store, OrderedDict())
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    summary = _summarise(store, flt, by)
    with _cache_lock:
        cache[key] = summary
        while len(cache) > CACHED_SUMMARIES:
            cache.popitem(last=False)
    return summary


CACHED_SUMMARIES = 32
_caches: weakref.WeakKeyDictionary[HistoryStore, OrderedDict[tuple[Any, ...], Summary]] = (
    weakref.WeakKeyDictionary())
_cache_lock = threading.Lock()


def _summarise(store: HistoryStore, flt: HistoryFilter, by: str) -> Summary:
    where, params, empty = _filter_sql(flt, day_column=by == "day")
    if empty:
        return Summary(cast(By, by))
    read = store._read  # private: this module joins the history package
    cond = f" WHERE {where}" if where else ""
    if by == "day":
        groups = _grouped(read(
            f"SELECT substr(at, 1, 10) AS d, kind, count(*) FROM attempts{cond} "  # noqa: S608
            "GROUP BY d, kind ORDER BY d", params))
        days = sorted(groups)
        if days and _days_between(days[0], days[-1]) < HOURLY_DAYS:
            where, params, _ = _filter_sql(flt, day_column=False)
            where = " AND ".join([*filter(None, [where]), "substr(at, 1, 10) BETWEEN ? AND ?"])
            params += [days[0], days[-1]]
            groups = _grouped(read(
                f"SELECT substr(at, 1, 13) AS h, kind, count(*) FROM attempts "  # noqa: S608
                f"WHERE {where} GROUP BY h, kind ORDER BY h", params))
            return Summary("hour", [SummaryRow(h, f"{h}:00", c) for h, c in groups.items()])
        return Summary("day", [SummaryRow(d, d, c) for d, c in groups.items()])
    if by == "batch":
        where = " AND ".join(["batch_id IS NOT NULL", *filter(None, [where])])
        rows = read(
            "SELECT g.batch_id, g.kind, g.n, b.file_name, b.created FROM (SELECT batch_id, "  # noqa: S608
            f"kind, count(*) AS n FROM attempts WHERE {where} GROUP BY batch_id, kind) AS g "
            "LEFT JOIN batches AS b ON b.id = g.batch_id ORDER BY g.batch_id", params)
        batches: dict[int, SummaryRow] = {}
        for batch_id, kind, n, file_name, created in rows:
            row = batches.get(int(batch_id))
            if row is None:
                name, day = file_name or "(batch deleted)", (created or "")[:10]
                row = batches[int(batch_id)] = SummaryRow(
                    str(batch_id), f"#{batch_id} {name} ({day})", {}, int(batch_id), name, day)
            row.counts[str(kind)] = int(n)
        return Summary("batch", list(batches.values()))
    groups = _grouped(read(
        f"SELECT meaning, kind, count(*) FROM attempts{cond} GROUP BY kind, meaning",  # noqa: S608
        params))
    rows_m = [SummaryRow(m, m, c) for m, c in groups.items()]
    rows_m.sort(key=lambda r: (-r.total, r.key))
    return Summary("meaning", rows_m)
