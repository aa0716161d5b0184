"""Re-send from the History page, without Qt: which conversions go, and sending them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from conversion_gui.core import resend
from conversion_gui.core.context import AppContext
from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import AttemptRecord, AttemptRow, HistoryFilter, HistoryStore
from conversion_gui.core.retry import Cancelled
from conversion_gui.core.statuses import meaning_of


def row(id_: int, mid: str, *, channel: str = "sms", delivered: bool = True,
        ts: str = "2026-02-01 10:00:00", kind: str = "accepted") -> AttemptRow:
    return AttemptRow(id=id_, at=f"2026-02-01 10:00:{id_:02d}.000", batch_id=None, line=None,
                      channel=channel, message_id=mid, delivered=delivered, conv_timestamp=ts,
                      status=200, kind=kind, meaning="", elapsed_ms=1.0, response_text="",
                      attempt_no=1, profile=None, base_url=None)


def test_runs_merge_overlapping_and_touching_ranges_and_count_rows_once() -> None:
    assert resend.merge_runs([]) == (0, [])
    assert resend.merge_runs([(10, 12), (0, 3), (4, 4), (2, 5), (11, 20)]) == (
        6 + 11, [(0, 5), (10, 20)])
    assert resend.merge_runs([(7, 7), (9, 9)]) == (2, [(7, 7), (9, 9)])


def test_loaded_rows_are_used_and_the_rest_are_listed_to_read() -> None:
    loaded = {0: row(1, "a"), 1: row(2, "b"), 5: row(3, "c")}
    known, missing = resend.split_loaded([(0, 2), (5, 6)], loaded.get)
    assert [a.message_id for a in known] == ["a", "b", "c"]
    assert missing == [2, 6]


def test_several_attempts_of_one_conversion_are_sent_once_in_selection_order() -> None:
    rows = [row(1, "B"), row(2, "A", kind="throttled"), row(3, "B", kind="invalid"),
            row(4, "A"), row(5, "A", channel="voice"), row(6, "A", delivered=False),
            row(7, "A", ts="2026-02-02 10:00:00")]
    assert resend.conversions_of(rows) == [
        Conversion(Channel.SMS, "B", True, "2026-02-01 10:00:00"),
        Conversion(Channel.SMS, "A", True, "2026-02-01 10:00:00"),
        Conversion(Channel.VOICE, "A", True, "2026-02-01 10:00:00"),
        Conversion(Channel.SMS, "A", False, "2026-02-01 10:00:00"),
        Conversion(Channel.SMS, "A", True, "2026-02-02 10:00:00"),
    ]
    assert resend.conversions_of([]) == []


def test_rows_not_loaded_are_read_from_the_store_by_position(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        store.record_attempts(
            AttemptRecord(channel="sms", message_id=f"M{i:02d}", delivered=True,
                          conv_timestamp="2026-02-01 10:00:00", status=200, kind="accepted",
                          meaning=meaning_of(200), at=f"2026-02-01 10:00:{i:02d}.000")
            for i in range(20))
        flt = HistoryFilter()
        got = resend.fetch_rows(store, flt, "at", True, [0, 1, 2, 7, 9, 10, 19])
        # newest first: position 0 is M19
        assert [a.message_id for a in got] == ["M19", "M18", "M17", "M12", "M10", "M09", "M00"]
        assert list(resend.fetch_rows(store, flt, "at", False, [])) == []


def test_summary_counts_accepted_first_then_each_failure() -> None:
    labels = {"invalid": "Invalid parameters", "throttled": "Throttled"}
    assert resend.summary({"accepted": 1}, labels) == ("Re-sent 1 conversion: 1 accepted.", False)
    assert resend.summary({"throttled": 1, "accepted": 2, "invalid": 1}, labels) == (
        "Re-sent 4 conversions: 2 accepted, 1 invalid parameters, 1 throttled.", True)
    assert resend.summary({"invalid": 1200}, labels) == (
        "Re-sent 1,200 conversions: 0 accepted, 1,200 invalid parameters.", True)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[AppContext]:
    ctx = AppContext(tmp_path / "data", sandbox=True)
    yield ctx
    ctx.close()


def test_resend_reports_to_the_simulator_and_records_every_attempt(sandbox: AppContext) -> None:
    conversions = [Conversion(Channel.SMS, "SIM-OK-1", True, "2026-02-01 10:00:00"),
                   Conversion(Channel.VOICE, "sim-422", False, "2026-02-01 10:00:00")]
    progress: list[tuple[int, int]] = []
    recorded = [0]
    counts = resend.resend(sandbox, conversions, threading.Event(),
                           lambda n, total: progress.append((n, total)), recorded)
    assert counts == {"accepted": 1, "invalid": 1}
    assert progress == [(1, 2), (2, 2)]
    assert recorded == [2]
    sim = sandbox.simulator
    assert sim is not None
    assert sorted(r.params["message-id"] for r in sim.records()) == ["SIM-OK-1", "sim-422"]
    stored = sandbox.history.page(HistoryFilter(), "message_id", False, 0, 10)
    assert [(a.message_id, a.kind, a.profile, a.base_url) for a in stored] == [
        ("sim-422", "invalid", "Sandbox", sim.base_url),
        ("SIM-OK-1", "accepted", "Sandbox", sim.base_url)]


def test_a_cancelled_resend_sends_nothing_more(sandbox: AppContext) -> None:
    cancel = threading.Event()
    cancel.set()
    recorded = [0]
    with pytest.raises(Cancelled):
        resend.resend(sandbox, [Conversion(Channel.SMS, "SIM-OK-1", True,
                                           "2026-02-01 10:00:00")],
                      cancel, lambda _n, _t: None, recorded)
    assert recorded == [0]
    assert sandbox.history.page(HistoryFilter(), "at", True, 0, 10) == []
