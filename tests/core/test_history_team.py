"""A team's history on a real PostgreSQL server: locations, claims, the lock, migration, faults.

The server is the throwaway one of ``tests/pg_server.sh``; each test gets its own database.
"""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from conversion_gui.core.batch import BatchOptions, BatchRunner
from conversion_gui.core.client import ClientConfig, ConversionClient
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.core.history import (
    BatchBusyError,
    BatchState,
    HistoryError,
    HistoryFilter,
    HistoryStore,
    HistoryVersionError,
    LocationError,
    RowState,
    open_history,
    parse_location,
    sender_name,
)
from conversion_gui.core.history.location import parse_database_url
from conversion_gui.core.history.team import (
    resolve_location,
    save_location,
    saved_location,
    set_database_password,
)
from conversion_gui.core.history.transfer import transfer
from conversion_gui.simulator import DEMO_ACCOUNT, Faults, Simulator
from tests import pg
from tests.conftest import credentials_of

# ----------------------------------------------------------------------------- locations


def test_a_database_url_is_shown_without_its_password_and_a_url_holding_one_is_refused() -> None:
    url, password = parse_database_url("postgresql://ana:s3cr%40t@db.example.com:5433/team")
    assert password == "s3cr@t"
    assert url.masked == "postgresql://ana@db.example.com:5433/team"
    assert "s3cr" not in url.masked and "s3cr" not in url.secret_name
    with pytest.raises(LocationError) as caught:
        parse_location("postgresql://ana:s3cr%40t@db.example.com/team")
    assert "s3cr" not in str(caught.value)
    assert "postgresql://ana@db.example.com/team" in str(caught.value)
    assert "--set-password" in str(caught.value)


def test_tls_with_the_name_checked_for_a_remote_host_but_not_for_this_machine() -> None:
    remote = parse_location("postgresql://ana@db.example.com/team").database
    assert remote is not None and remote.conninfo(None)["sslmode"] == "verify-full"
    with pytest.raises(LocationError, match="verify-full"):
        parse_location("postgresql://ana@db.example.com/team?sslmode=require")
    for local in ("postgresql://ana@localhost/team", "postgresql://ana@127.0.0.1:5432/team",
                  "postgresql://ana@[::1]/team",
                  "postgresql://ana@/team?host=/run/postgresql"):
        database = parse_location(local).database
        assert database is not None and database.local, local
        assert "sslmode" not in database.conninfo(None)
    socket_url = parse_location("postgresql://ana@/team?host=/run/postgresql").database
    assert socket_url is not None and socket_url.conninfo(None)["host"] == "/run/postgresql"


def test_sqlite_locations_and_the_order_of_choice(tmp_path: Path) -> None:
    assert parse_location(f"sqlite:{tmp_path}/h.sqlite3").path == tmp_path / "h.sqlite3"
    assert resolve_location(tmp_path, None, {}).path == tmp_path / "history.sqlite3"
    save_location(tmp_path, "postgresql://ana@db.example.com/team")
    assert saved_location(tmp_path) == "postgresql://ana@db.example.com/team"
    assert resolve_location(tmp_path, None, {}).shown == "postgresql://ana@db.example.com/team"
    env = {"CONVERSION_GUI_HISTORY": "postgresql://bo@db2.example.com/other"}
    assert resolve_location(tmp_path, None, env).shown == "postgresql://bo@db2.example.com/other"
    assert resolve_location(tmp_path, f"sqlite:{tmp_path}/x", env).path == tmp_path / "x"
    with pytest.raises(LocationError):
        save_location(tmp_path, "postgresql://ana:pw@db.example.com/team")
    save_location(tmp_path, None)
    assert saved_location(tmp_path) is None


# ----------------------------------------------------------------------------- the schema


def test_a_database_with_a_newer_schema_is_refused_and_left_alone() -> None:
    url = pg.fresh_database()
    HistoryStore(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(HistoryVersionError, match="newer version") as caught:
        HistoryStore(url)
    assert "format 99" in str(caught.value)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (99,)


def test_a_database_of_someone_else_is_refused() -> None:
    url = pg.fresh_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE attempts (x int)")
    with pytest.raises(HistoryError, match="not a conversion-gui history"):
        HistoryStore(url)


def test_two_first_starts_at_once_migrate_once() -> None:
    url = pg.fresh_database()
    errors: list[BaseException] = []

    def start() -> None:
        try:
            HistoryStore(url).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(6,)]


# ----------------------------------------------------------------------------- team semantics


def conv(n: int) -> Conversion:
    return Conversion(Channel.SMS, f"TEAM{n:05d}", True, "2026-03-01 10:00:00")


def journal(store: HistoryStore, numbers: range, name: str) -> int:
    return store.create_batch(name, name * 64, {"account": "key1"}, {},
                              [(n + 2, conv(n)) for n in numbers])


@pytest.fixture
def team() -> Iterator[tuple[HistoryStore, HistoryStore]]:
    """Two senders on one team database (two desks: different user@machine)."""
    url = pg.fresh_database()
    with HistoryStore(url) as ana, HistoryStore(url) as bo:
        ana.sent_by, bo.sent_by = "ana@desk-3", "bo@desk-7"
        yield ana, bo


def test_a_conversion_another_sender_accepted_is_skipped_saying_who_and_when(
    team: tuple[HistoryStore, HistoryStore],
) -> None:
    ana, bo = team
    first = journal(ana, range(0, 10), "a")
    second = journal(bo, range(5, 15), "b")  # both journalled before either sent
    assert ana.mark_in_flight(first, range(2, 12)) == list(range(2, 12))
    ana.finish_rows(first, [(line, "accepted", 200, "accepted", 1) for line in range(2, 12)])
    sendable = bo.mark_in_flight(second, range(7, 17))
    assert sendable == list(range(12, 17))  # ids 10..14 only
    notes = bo.skipped_notes(second, limit=10)
    assert [line for line, _ in notes] == [7, 8, 9, 10, 11]
    assert all(note.startswith("already accepted by ana@desk-3 at 20") for _, note in notes)
    assert bo.row_counts(second)["skipped"] == 5
    # the accepted claims stay; bo's own rows are never refused to bo on a resume
    assert bo.mark_in_flight(second, range(12, 17)) == list(range(12, 17))


def test_a_conversion_being_sent_by_another_batch_is_not_sent_twice(
    team: tuple[HistoryStore, HistoryStore],
) -> None:
    ana, bo = team
    first = journal(ana, range(0, 4), "a")
    second = journal(bo, range(0, 4), "b")
    assert ana.mark_in_flight(first, [2, 3]) == [2, 3]
    assert bo.mark_in_flight(second, [2, 3, 4, 5]) == [4, 5]
    assert "being sent by ana@desk-3 (batch #" in bo.skipped_notes(second)[0][1]
    # ana's row 3 fails: its conversion is free again for anyone
    ana.finish_rows(first, [(2, "accepted", 200, "accepted", 1), (3, "failed", 503,
                                                                   "server_error", 8)])
    third = journal(bo, range(1, 3), "c")  # lines 3 (failed for ana) and 4 (accepted)
    assert bo.mark_in_flight(third, [3, 4]) == [3]


def test_claims_race_between_two_senders_give_each_conversion_to_one(
    team: tuple[HistoryStore, HistoryStore],
) -> None:
    ana, bo = team
    first = journal(ana, range(0, 400), "a")
    second = journal(bo, range(0, 400), "b")
    got: dict[str, list[int]] = {}

    def claim(name: str, store: HistoryStore, batch: int) -> None:
        mine: list[int] = []
        for start in range(2, 402, 16):
            mine += store.mark_in_flight(batch, range(start, start + 16))
        got[name] = mine

    threads = [threading.Thread(target=claim, args=("ana", ana, first)),
               threading.Thread(target=claim, args=("bo", bo, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got["ana"] + got["bo"]) == list(range(2, 402))


def test_the_batch_lock_is_held_across_the_team(team: tuple[HistoryStore, HistoryStore]) -> None:
    ana, bo = team
    batch = journal(ana, range(0, 3), "a")
    with ana.claim_batch(batch):
        with pytest.raises(BatchBusyError), bo.claim_batch(batch):
            pass
        assert bo.interrupt_running() == 0  # held: not "interrupted"
        assert bo.batch(batch).state is BatchState.RUNNING
    assert bo.interrupt_running() == 1
    with bo.claim_batch(batch):  # resumed from the other desk
        assert bo.batch(batch).state is BatchState.INTERRUPTED


def test_every_attempt_says_who_sent_it_in_the_page_the_filter_and_the_export(
    team: tuple[HistoryStore, HistoryStore], tmp_path: Path,
) -> None:
    from conversion_gui.core.outcome import Outcome
    from conversion_gui.core.statuses import classify

    ana, bo = team
    accepted = Outcome.of(classify(200), 200, 0.1)
    ana.record_single(conv(1), accepted)
    bo.record_single(conv(2), accepted)
    assert {(r.message_id, r.sent_by) for r in ana.page()} == {
        ("TEAM00001", "ana@desk-3"), ("TEAM00002", "bo@desk-7")}
    assert [r.message_id for r in bo.page(HistoryFilter(sent_by="ana@desk-3"))] == ["TEAM00001"]
    out = tmp_path / "team.csv"
    assert bo.export_csv(None, out) == 2
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {(r["message_id"], r["sent_by"]) for r in rows} == {
        ("TEAM00001", "ana@desk-3"), ("TEAM00002", "bo@desk-7")}


def test_the_sender_name_is_user_at_machine() -> None:
    import getpass
    import socket

    assert sender_name() == f"{getpass.getuser()}@{socket.gethostname().split('.')[0]}"


# ----------------------------------------------------------------------------- the password


def test_the_password_comes_from_the_secret_store_and_is_never_shown() -> None:
    port = pg.os.environ.get("CONVERSION_GUI_TEST_PG_PORT", "")
    if not port:
        pytest.skip("no loopback port on the test server")
    password = "pw-" + "Zq8".join(str(time.time_ns()).split())
    name = f"ana_{time.time_ns()}"
    database = pg.fresh_database()
    dbname = urlsplit(database).path.lstrip("/")
    pg.admin_execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    pg.admin_execute(f'GRANT ALL ON DATABASE "{dbname}" TO {name}')
    with psycopg.connect(database, autocommit=True) as conn:
        conn.execute(f"GRANT ALL ON SCHEMA public TO {name}")
    url = f"postgresql://{name}@127.0.0.1:{port}/{dbname}"
    secrets = MemoryStore()
    with pytest.raises(HistoryError) as caught:
        open_history(url, secrets)
    assert "refused the login" in str(caught.value) and password not in str(caught.value)
    set_database_password(parse_location(url).database, secrets, password)  # type: ignore[arg-type]
    with open_history(url, secrets) as store:
        assert store.shown == url and password not in store.shown
        store.record_attempts([])
        assert store.count() == 0


# ----------------------------------------------------------------------------- migrate


def fill(store: HistoryStore, n: int) -> None:
    from conversion_gui.core.history import AttemptRecord

    batch = store.create_batch("m.csv", "m" * 64, {"account": "k"}, {"total": 3},
                               [(i + 2, conv(i)) for i in range(3)])
    store.finish_rows(batch, [(2, "accepted", 200, "accepted", 1)])
    store.record_attempts(
        AttemptRecord("sms" if i % 2 else "voice", f"M{i:07d}", i % 3 == 0,
                      "2026-03-01 10:00:00", 200 if i % 4 else 503,
                      "accepted" if i % 4 else "server_error", "meaning", 1.5, "", 1,
                      batch if i < 3 else None, i + 2 if i < 3 else None, "p", None,
                      f"2026-03-01 10:{(i // 60) % 60:02d}:{i % 60:02d}.000",
                      f"user{i % 2}@desk")
        for i in range(n))


def test_migrate_both_ways_over_100000_attempts_is_complete_idempotent_and_resumable(
    tmp_path: Path,
) -> None:
    n = 100_000
    with HistoryStore(tmp_path / "local.sqlite3") as local:
        fill(local, n)
        url = pg.fresh_database()
        with HistoryStore(url) as team_db:
            seen: list[tuple[str, int, int]] = []
            # stopped after the second chunk: the next run carries on from there
            stopped = RuntimeError("stopped")

            def stop_early(what: str, done: int, total: int) -> None:
                if what == "attempts" and done >= 40_000:
                    raise stopped

            with pytest.raises(RuntimeError):
                transfer(local, team_db, stop_early)
            assert team_db.count() == 40_000
            result = transfer(local, team_db, lambda *a: seen.append(a))
            assert result.attempts == n - 40_000 and result.source_attempts == n
            assert seen[-1] == ("attempts", n, n)
            assert team_db.count() == n
            assert transfer(local, team_db).attempts == 0  # again: nothing new
            assert team_db.count() == n
            assert team_db.count(HistoryFilter(sent_by="user1@desk")) == n // 2
            assert team_db.is_accepted("sms", "M0000001")
            batch = team_db.recent_batches()[0]
            assert batch.rows[RowState.ACCEPTED] == 1 and batch.journalled == 3
            # and back into a new local file
            with HistoryStore(tmp_path / "back.sqlite3") as back:
                assert transfer(team_db, back).attempts == n
                mine = [(r.at, r.message_id, r.kind, r.sent_by, r.delivered)
                        for r in local.iter_attempts()]
                theirs = [(r.at, r.message_id, r.kind, r.sent_by, r.delivered)
                          for r in back.iter_attempts()]
                assert sorted(mine) == sorted(theirs)


def test_migrate_refuses_a_history_into_itself(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as a, HistoryStore(tmp_path / "h.sqlite3") as b, \
            pytest.raises(HistoryError, match="same history"):
        transfer(a, b)


# ----------------------------------------------------------------------------- faults


def test_the_server_killed_mid_batch_then_restarted_the_batch_carries_on() -> None:
    url = pg.fresh_database()
    faults = Faults(latency_ms=20)
    with Simulator(faults=faults) as sim, HistoryStore(url) as store:
        rows = [(i + 2, Conversion(Channel.SMS, f"K{i:05d}", True, "2026-03-01 10:00:00"))
                for i in range(600)]
        batch = store.create_batch("k.csv", "k" * 64, {"account": DEMO_ACCOUNT.api_key}, {},
                                   rows)
        outages: list[str | None] = []
        store.on_outage = outages.append
        client = ConversionClient(ClientConfig(base_url=sim.base_url),
                                  credentials_of(DEMO_ACCOUNT))
        runner = BatchRunner(client, store, batch,
                             BatchOptions(rate=0, concurrency=8))
        box: list[object] = []
        thread = threading.Thread(target=lambda: box.append(runner.run()))
        thread.start()
        while sum(sim.accepted().values()) < 100:
            time.sleep(0.01)
        pg.server_ctl("kill")
        time.sleep(1.0)
        pg.server_ctl("start")
        thread.join(timeout=120)
        client.close()
        assert box, "the batch did not finish"
        assert any(o for o in outages), "the outage was not reported"
        assert outages[-1] is None  # and its end
        counts = store.row_counts(batch)
        assert counts["accepted"] == 600, counts
        accepted = sim.accepted()
        assert set(accepted) == {f"K{i:05d}" for i in range(600)}
        # nothing sent twice beyond the requests in flight when the server went away
        assert sum(accepted.values()) - 600 <= 8 * 2


def test_a_server_that_is_down_gives_a_clear_message() -> None:
    url = "postgresql://nobody@127.0.0.1:1/none"
    with pytest.raises(HistoryError) as caught:
        HistoryStore(url)
    assert "team database postgresql://nobody@127.0.0.1:1/none cannot be reached" in str(
        caught.value)


def test_after_a_restart_the_sender_holds_its_batch_again(
    team: tuple[HistoryStore, HistoryStore],
) -> None:
    ana, bo = team
    batch = journal(ana, range(0, 3), "a")
    with ana.claim_batch(batch):
        pg.server_ctl("kill")
        pg.server_ctl("start")
        ana.set_batch_state(batch, BatchState.RUNNING)  # waits out the restart, re-locks
        with pytest.raises(BatchBusyError), bo.claim_batch(batch):
            pass
    with bo.claim_batch(batch):
        pass
