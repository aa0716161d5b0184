"""``history migrate``: copy one history into another (this computer's file <-> a team database).

The copy is idempotent and resumable: the target records, in the same transaction as the rows
it copied, which batches and how far into the attempts it got from that source (the source is
known by the random ``origin`` name it keeps in its ``meta`` table). Running it again copies
only what is new; a copy stopped half-way carries on. Ids are the target's own (a team
database already holds other people's attempts); batch ids are mapped. At the end the counts
are checked: every batch, journal row and attempt of the source is in the target.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import HistoryError
from .store import StoreCore

ATTEMPT_CHUNK = 20_000
_ATTEMPT_COLS = (
    "at", "batch_id", "line", "channel", "message_id", "delivered", "conv_timestamp",
    "status", "kind", "meaning", "elapsed_ms", "response_text", "attempt_no", "profile",
    "base_url", "sent_by",
)
_BATCH_COLS = (
    "created", "file_name", "file_sha256", "options", "total", "valid", "rejected", "blank",
    "duplicate", "skipped", "state", "stop_reason", "finished", "sent_by",
)
_ROW_COLS = (
    "line", "channel", "message_id", "delivered", "timestamp", "state", "attempts",
    "last_status", "last_kind", "updated", "note",
)
_CLAIM_COLS = ("account", "channel", "message_id", "state", "batch_id", "line", "sent_by", "at")

Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass(frozen=True)
class TransferResult:
    batches: int          # copied by this run
    attempts: int         # copied by this run
    source_attempts: int  # in the source, all checked to be in the target
    source_batches: int


def origin_of(store: StoreCore) -> str:
    """The history's own random name, made on first need."""
    with store.transaction() as tx:
        tx.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('origin', ?) ON CONFLICT (key) DO NOTHING",
            (uuid.uuid4().hex,))
        return str(tx.conn.execute("SELECT value FROM meta WHERE key = 'origin'").fetchone()[0])


def transfer(source: StoreCore, target: StoreCore, progress: Progress | None = None,
             chunk: int = ATTEMPT_CHUNK) -> TransferResult:
    """Copy everything of ``source`` not yet in ``target``; then check nothing is missing."""
    origin = origin_of(source)
    if origin == origin_of(target):
        raise HistoryError("the source and the target are the same history")
    say = progress or (lambda what, done, total: None)
    batch_map, new_batches = _copy_batches(source, target, origin, say)
    new_attempts = _copy_attempts(source, target, origin, batch_map, say, chunk)
    _copy_claims(source, target, batch_map)
    return _check(source, target, origin, new_batches, new_attempts)


def _mapped(target: StoreCore, origin: str, what: str) -> dict[int, int]:
    rows = target._read("SELECT old_id, new_id FROM imported WHERE origin = ? AND what = ?",
                        (origin, what))
    return {int(old): int(new) for old, new in rows}


def _copy_batches(source: StoreCore, target: StoreCore, origin: str,
                  say: Progress) -> tuple[dict[int, int], int]:
    """Each batch with its journal, one transaction per batch (a journal can be large)."""
    done = _mapped(target, origin, "batch")
    ids = [int(r[0]) for r in source._read("SELECT id FROM batches ORDER BY id")]
    copied = 0
    for n, old in enumerate(ids, 1):
        if old in done:
            continue
        row = source._read(
            f"SELECT {', '.join(_BATCH_COLS)} FROM batches WHERE id = ?", (old,))[0]  # noqa: S608
        marks = ", ".join("?" * len(_BATCH_COLS))
        with target.transaction() as tx:
            new = int(tx.conn.execute(
                f"INSERT INTO batches ({', '.join(_BATCH_COLS)}) VALUES ({marks}) "  # noqa: S608
                "RETURNING id", row).fetchone()[0])
            tx.conn.bulk_insert("batch_rows", ("batch_id", *_ROW_COLS),
                                ((new, *r) for r in _journal_rows(source, old)))
            tx.conn.execute(
                "INSERT INTO imported (origin, what, old_id, new_id) VALUES (?, 'batch', ?, ?)",
                (origin, old, new))
        done[old] = new
        copied += 1
        say("batches", n, len(ids))
    return done, copied


def _journal_rows(source: StoreCore, batch_id: int) -> Iterator[tuple[Any, ...]]:
    after = -(2**62)
    while True:
        rows = source._read(
            f"SELECT {', '.join(_ROW_COLS)} FROM batch_rows WHERE batch_id = ? "  # noqa: S608
            "AND line > ? ORDER BY line LIMIT ?", (batch_id, after, ATTEMPT_CHUNK))
        yield from (tuple(r) for r in rows)
        if len(rows) < ATTEMPT_CHUNK:
            return
        after = int(rows[-1][0])


def _copy_attempts(source: StoreCore, target: StoreCore, origin: str,
                   batch_map: dict[int, int], say: Progress, chunk: int) -> int:
    """In id order, ``chunk`` at a time; the high-water mark moves with each chunk."""
    marks = _mapped(target, origin, "attempts")   # {0: last source id copied}
    last = marks.get(0, 0)
    total = int(source._read("SELECT count(*) FROM attempts")[0][0])
    done = int(source._read("SELECT count(*) FROM attempts WHERE id <= ?", (last,))[0][0])
    copied = 0
    batch_at = _ATTEMPT_COLS.index("batch_id")
    while True:
        rows = source._read(
            f"SELECT id, {', '.join(_ATTEMPT_COLS)} FROM attempts WHERE id > ? "  # noqa: S608
            "ORDER BY id LIMIT ?", (last, chunk))
        if not rows:
            break
        out = []
        for r in rows:
            values = list(r[1:])
            if values[batch_at] is not None:
                values[batch_at] = batch_map.get(int(values[batch_at]))
            out.append(values)
        new_last = int(rows[-1][0])
        with target.transaction() as tx:
            tx.conn.bulk_insert("attempts", _ATTEMPT_COLS, out)
            tx.conn.execute(
                "INSERT INTO imported (origin, what, old_id, new_id) "
                "VALUES (?, 'attempts', 0, ?) ON CONFLICT (origin, what, old_id) "
                "DO UPDATE SET new_id = excluded.new_id", (origin, new_last))
        last = new_last
        copied += len(rows)
        done += len(rows)
        say("attempts", done, total)
    return copied


def _copy_claims(source: StoreCore, target: StoreCore, batch_map: dict[int, int]) -> None:
    """Accepted claims go across (a claim already there wins); "sending" ones stay behind."""
    rows = source._read(f"SELECT {', '.join(_CLAIM_COLS)} FROM claims "  # noqa: S608
                        "WHERE state = 'accepted'")
    batch_at = _CLAIM_COLS.index("batch_id")
    values = [
        (*r[:batch_at], batch_map[int(r[batch_at])], *r[batch_at + 1:])
        for r in rows if int(r[batch_at]) in batch_map
    ]
    marks = ", ".join("?" * len(_CLAIM_COLS))
    with target.transaction() as tx:
        tx.conn.executemany(
            f"INSERT INTO claims ({', '.join(_CLAIM_COLS)}) VALUES ({marks}) "  # noqa: S608
            "ON CONFLICT (account, channel, message_id) DO NOTHING", values)


def _check(source: StoreCore, target: StoreCore, origin: str, new_batches: int,
           new_attempts: int) -> TransferResult:
    src_attempts = int(source._read("SELECT count(*) FROM attempts")[0][0])
    src_batches = int(source._read("SELECT count(*) FROM batches")[0][0])
    src_rows = int(source._read("SELECT count(*) FROM batch_rows")[0][0])
    got_batches = int(target._read(
        "SELECT count(*) FROM imported AS i JOIN batches AS b ON b.id = i.new_id "
        "WHERE i.origin = ? AND i.what = 'batch'", (origin,))[0][0])
    got_rows = int(target._read(
        "SELECT count(*) FROM imported AS i JOIN batch_rows AS r ON r.batch_id = i.new_id "
        "WHERE i.origin = ? AND i.what = 'batch'", (origin,))[0][0])
    mark = _mapped(target, origin, "attempts").get(0, 0)
    behind = int(source._read("SELECT count(*) FROM attempts WHERE id > ?", (mark,))[0][0])
    target_total = int(target._read("SELECT count(*) FROM attempts")[0][0])
    if (got_batches, got_rows) != (src_batches, src_rows) or behind or \
            target_total < src_attempts:
        raise HistoryError(
            f"the copy to {target.shown} is incomplete: {got_batches:,} of {src_batches:,} "
            f"batches, {got_rows:,} of {src_rows:,} journal rows, {behind:,} attempts not "
            "copied; run the same command again to finish it"
        )
    return TransferResult(new_batches, new_attempts, src_attempts, src_batches)
