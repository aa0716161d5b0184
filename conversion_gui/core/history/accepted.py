"""Which message-ids the history already holds as accepted, asked set-wise, never row by row.

A dry run of a million rows used to ask SQLite once per row (10 µs each: 10 s). Here the
question is asked about many ids at once. A history whose accepted ids on a channel fit in
memory (:data:`LOAD_LIMIT`) is read once, in one pass over its partial index, and every
later question is a set intersection. A larger history is asked one block of ids at a time,
as a JSON array joined in SQLite (``json_each``): no temporary table, so a read-only or
``query_only`` connection can ask too.

Measured on a 1,000,000-id file against a history of 50,000 accepted ids (bench/RESULTS.md):
reading the history's ids once 0.15 s; the JSON join 2.8 s; a temporary table filled with
``executemany`` and joined 2.3 s; one query per row 10 s and more.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Collection, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from .errors import HistoryError
from .location import is_database_url, parse_location

LOAD_LIMIT = 500_000   # accepted ids per channel kept in memory (about 50 MB at most)
BLOCK = 10_000         # ids per JSON join when the history is larger than that

_LOAD_SQL = (
    "SELECT message_id FROM attempts WHERE kind = 'accepted' AND channel = ? LIMIT ?"
)
_JOIN_SQL = (
    "SELECT DISTINCT message_id FROM attempts WHERE kind = 'accepted' AND channel = ? "
    "AND message_id IN (SELECT value FROM json_each(?))"
)

# The same question on a team's PostgreSQL history: the block as a JSON array, unnested there.
PG_JOIN_SQL = (
    "SELECT DISTINCT message_id FROM attempts WHERE kind = 'accepted' AND channel = ? "
    "AND message_id IN (SELECT json_array_elements_text(CAST(? AS json)))"
)

Reading = Callable[[], AbstractContextManager[Any]]  # sqlite3's, or the store's Conn


class AcceptedIds:
    """``among(channel, ids)``: the ids of ``ids`` the history holds as accepted on ``channel``.

    ``reading()`` lends a connection for one question (the store's per-thread reader, or a
    read-only connection of a child process). Not for use from two threads at once.
    """

    def __init__(self, reading: Reading, load_limit: int = LOAD_LIMIT,
                 join_sql: str = _JOIN_SQL) -> None:
        self._reading = reading
        self._join = join_sql
        self._limit = load_limit
        self._known: dict[str, frozenset[str] | None] = {}
        self._asked: dict[str, int] = {}

    def _loaded(self, channel: str) -> frozenset[str] | None:
        """The channel's accepted ids, read once; None when there are more than the limit."""
        if channel not in self._known:
            with self._reading() as conn:
                ids = frozenset(
                    m for (m,) in conn.execute(_LOAD_SQL, (channel, self._limit + 1))
                )
            self._known[channel] = ids if len(ids) <= self._limit else None
        return self._known[channel]

    def among(self, channel: str, ids: Collection[str]) -> set[str]:
        """The accepted ones of ``ids``: one set intersection, or one join per block.

        The history's ids are read once a channel has been asked about ``BLOCK`` ids in all:
        a few questions about a few ids are answered by the join alone.
        """
        if not ids:
            return set()
        channel = str(channel)
        asked = self._asked[channel] = self._asked.get(channel, 0) + len(ids)
        known = self._loaded(channel) if asked >= BLOCK or channel in self._known else None
        if known is not None:
            return set(known.intersection(ids))
        found: set[str] = set()
        block: list[str] = []
        with self._reading() as conn:
            for mid in ids:
                block.append(mid)
                if len(block) >= BLOCK:
                    found.update(m for (m,) in conn.execute(self._join, (channel,
                                                                         json.dumps(block))))
                    block.clear()
            if block:
                found.update(m for (m,) in conn.execute(self._join, (channel,
                                                                     json.dumps(block))))
        return found


def read_only_accepted_ids(path: str | os.PathLike[str]) -> AcceptedIds | None:
    """:class:`AcceptedIds` for a reader in another process, or None when the history holds
    no accepted attempt at all (then nothing needs asking). Opens the file read-only: such a
    reader never creates, writes, migrates or locks it. ``path`` may be a team database's URL
    (a read-only session; its password from the keychain).
    """
    if isinstance(path, str) and is_database_url(path):
        return _team_accepted_ids(path)
    file = Path(path)
    if not file.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        any_accepted = "SELECT 1 FROM attempts WHERE kind = 'accepted' LIMIT 1"
        if conn.execute(any_accepted).fetchone() is None:
            conn.close()
            return None
    except sqlite3.Error as exc:
        raise HistoryError(f"cannot read the history {str(file)!r}: {exc}") from None

    @contextlib.contextmanager
    def reading() -> Iterator[sqlite3.Connection]:
        try:
            yield conn
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot read the history {str(file)!r}: {exc}") from None

    return AcceptedIds(reading)


def _team_accepted_ids(url: str) -> AcceptedIds | None:
    from ..credentials import KeyringStore
    from .postgres import PostgresEngine
    from .team import database_password

    database = parse_location(url).database
    assert database is not None
    engine = PostgresEngine(database, database_password(database, KeyringStore()))
    conn = engine.connect(writer=False)
    if conn.execute("SELECT 1 FROM attempts WHERE kind = 'accepted' LIMIT 1").fetchone() is None:
        conn.close()
        return None

    @contextlib.contextmanager
    def reading() -> Iterator[Any]:
        try:
            yield conn
        except engine.Error as exc:
            raise engine.read_error(exc) from None

    return AcceptedIds(reading, join_sql=PG_JOIN_SQL)
