"""History aggregates (the Overview's and ``history --summary``'s numbers) over a known history
written through the real store into a real SQLite file; expected counts are written out by
hand from the table below, not computed by the code under test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conversion_gui.core.history import (
    AttemptRecord,
    HistoryFilter,
    HistoryFilterError,
    HistoryStore,
)
from conversion_gui.core.history.schema import SUMMARY_INDEXES
from conversion_gui.core.history.summary import (
    kind_of_meaning,
    outcome_words,
    summarise,
)
from conversion_gui.core.statuses import meaning_of

TIMEOUT = "Could not reach the API (no answer in time)"
# hour (UTC), channel, status, kind, batch ("A", "B" or none), how many
KNOWN: list[tuple[str, str, int | None, str, str | None, int]] = [
    ("2026-03-01 09", "sms", 200, "accepted", None, 5),
    ("2026-03-01 10", "sms", 429, "throttled", None, 2),
    ("2026-03-01 10", "voice", 422, "invalid", None, 1),
    ("2026-03-02 08", "voice", 200, "accepted", None, 3),
    ("2026-03-02 08", "sms", 503, "server_error", None, 1),
    ("2026-03-05 12", "sms", 200, "accepted", "A", 4),
    ("2026-03-05 12", "sms", 422, "invalid", "A", 2),
    ("2026-03-05 13", "voice", 200, "accepted", "B", 1),
    ("2026-03-05 13", "voice", None, "unreachable", "B", 1),
]


def write_known(store: HistoryStore) -> dict[str, int]:
    batches = {"A": store.create_batch("spring.csv", "a" * 64, {}, {}, []),
               "B": store.create_batch("=evil.csv", "b" * 64, {}, {}, [])}
    records = []
    n = 0
    for hour, channel, status, kind, batch, count in KNOWN:
        for _ in range(count):
            n += 1
            prefix = batch or "M"
            meaning = TIMEOUT if kind == "unreachable" else meaning_of(status, kind)
            records.append(AttemptRecord(
                channel=channel, message_id=f"{prefix}{n:04d}", delivered=True,
                conv_timestamp="2026-03-01 00:00:00", status=status, kind=kind,
                meaning=meaning, batch_id=batches[batch] if batch else None,
                at=f"{hour}:{n % 60:02d}:00.000"))
    store.record_attempts(records)
    return batches


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    with HistoryStore(tmp_path / "history.sqlite3") as s:
        yield s


def counts(summary: object) -> dict[str, dict[str, int]]:
    return {r.key: r.counts for r in summary.rows}  # type: ignore[attr-defined]


def test_per_day_stacked_by_outcome(store: HistoryStore) -> None:
    write_known(store)
    s = summarise(store, HistoryFilter(), "day")
    assert s.by == "day"
    assert counts(s) == {
        "2026-03-01": {"accepted": 5, "throttled": 2, "invalid": 1},
        "2026-03-02": {"accepted": 3, "server_error": 1},
        "2026-03-05": {"accepted": 5, "invalid": 2, "unreachable": 1},
    }
    assert s.total == 20
    assert s.kinds == ("accepted", "invalid", "throttled", "server_error", "unreachable")
    assert s.describe() == (
        "20 attempts over 3 days from 2026-03-01 to 2026-03-05: 13 accepted, 7 failed: "
        "3 invalid, 2 throttled, 1 server error, 1 unreachable. Busiest day: 2026-03-01, "
        "8 attempts.")


def test_the_history_filters_apply_as_on_the_table(store: HistoryStore) -> None:
    write_known(store)
    sms = summarise(store, HistoryFilter(channel="sms"), "day")
    assert counts(sms) == {
        "2026-03-01": {"accepted": 5, "throttled": 2},
        "2026-03-02": {"server_error": 1},
        "2026-03-05": {"accepted": 4, "invalid": 2},
    }
    failed = summarise(store, HistoryFilter(failed_only=True), "meaning")
    assert counts(failed) == {
        meaning_of(422, "invalid"): {"invalid": 3},
        meaning_of(429, "throttled"): {"throttled": 2},
        meaning_of(503, "server_error"): {"server_error": 1},
        TIMEOUT: {"unreachable": 1},
    }
    by_text = summarise(store, HistoryFilter(text="a"), "meaning")  # ids of batch A, any case
    assert by_text.total == 6
    none = summarise(store, HistoryFilter(kinds=set()), "day")
    assert none.rows == [] and none.describe() == "No attempts match the filters."
    with pytest.raises(HistoryFilterError):
        summarise(store, HistoryFilter(date_from="yesterday"), "day")


def test_a_short_range_is_counted_per_hour(store: HistoryStore) -> None:
    write_known(store)
    s = summarise(store, HistoryFilter(date_from="2026-03-01", date_to="2026-03-01"), "day")
    assert s.by == "hour"
    assert counts(s) == {"2026-03-01 09": {"accepted": 5},
                         "2026-03-01 10": {"throttled": 2, "invalid": 1}}
    week = summarise(store, HistoryFilter(date_from="2026-03-02", date_to="2026-03-08"), "day")
    assert week.by == "day" and list(counts(week)) == ["2026-03-02", "2026-03-05"]


def test_per_batch_with_file_name_and_date(store: HistoryStore) -> None:
    batches = write_known(store)
    s = summarise(store, HistoryFilter(), "batch")
    assert [(r.batch_id, r.file_name, r.counts) for r in s.rows] == [
        (batches["A"], "spring.csv", {"accepted": 4, "invalid": 2}),
        (batches["B"], "=evil.csv", {"accepted": 1, "unreachable": 1}),
    ]
    created = store.batch(batches["A"]).created[:10]
    assert s.rows[0].label == f"#{batches['A']} spring.csv ({created})"
    header, rows = s.table()
    assert header == ["batch_id", "file", "created", "accepted", "invalid", "unreachable",
                      "total"]
    assert rows[0] == [str(batches["A"]), "spring.csv", created, "4", "2", "0", "6"]


def test_by_meaning_commonest_first(store: HistoryStore) -> None:
    write_known(store)
    s = summarise(store, HistoryFilter(), "meaning")
    assert [(r.key, r.total) for r in s.rows] == [
        (meaning_of(200, "accepted"), 13), (meaning_of(422, "invalid"), 3),
        (meaning_of(429, "throttled"), 2), (TIMEOUT, 1), (meaning_of(503, "server_error"), 1),
    ]
    assert s.as_json()["outcomes"] == {"accepted": 13, "invalid": 3, "throttled": 2,
                                       "server_error": 1, "unreachable": 1}


def test_a_history_has_the_summary_indexes_from_its_schema(
    store: HistoryStore, tmp_path: Path
) -> None:
    write_known(store)
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {s.split()[5] for s in SUMMARY_INDEXES} <= names
    finally:
        conn.close()
    # (which index SQLite picks depends on the table's size: bench/overview.py prints the
    # plans over a million attempts)


def test_words_for_outcomes_and_meanings() -> None:
    assert outcome_words({"accepted": 1204, "throttled": 29, "server_error": 2}) == (
        "1,204 accepted, 31 failed: 29 throttled, 2 server errors")
    assert outcome_words({"accepted": 3}) == "3 accepted, 0 failed"
    assert kind_of_meaning(meaning_of(423, "invalid")) == "invalid"
    assert kind_of_meaning(TIMEOUT) == "unreachable"  # as stored before the two were told apart
    assert kind_of_meaning(
        "No answer: 'api.example' did not answer within 10 s. The conversion may have arrived; "
        "it is safe to send again.") == "no_answer"
    assert kind_of_meaning(
        "Could not reach the API: 127.0.0.1:9 refused the connection; nothing was sent."
    ) == "unreachable"
    assert kind_of_meaning("The server's certificate was issued by 'Example Corp Root CA', "
                           "which this computer does not trust.") == "tls"
    assert kind_of_meaning("Unexpected answer (418)") == "unexpected"
    assert kind_of_meaning("something else") is None
    with pytest.raises(ValueError, match="cannot summarise by"):
        summarise(None, HistoryFilter(), "week")  # type: ignore[arg-type]


def test_a_summary_asked_again_is_remembered_until_an_attempt_is_added(
    store: HistoryStore,
) -> None:
    write_known(store)
    first = summarise(store, HistoryFilter(channel="sms"), "meaning")
    assert summarise(store, HistoryFilter(channel="sms"), "meaning") is first
    store.record_attempt(AttemptRecord(
        channel="sms", message_id="NEW1", delivered=True, conv_timestamp="2026-03-01 00:00:00",
        status=200, kind="accepted", meaning=meaning_of(200, "accepted"),
        at="2026-03-06 10:00:00.000"))
    again = summarise(store, HistoryFilter(channel="sms"), "meaning")
    assert again is not first and again.total == first.total + 1
