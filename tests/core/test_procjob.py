"""Work in a child process: messages in order, results and errors back, cancel and crashes."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conversion_gui.core.conversion import Channel, Conversion
from conversion_gui.core.history import HistoryStore, read_only_accepted_ids
from conversion_gui.core.intake import IntakeError, IntakeOptions, Verdict
from conversion_gui.core.outcome import Outcome
from conversion_gui.core.preview import preview_in_child
from conversion_gui.core.procjob import Cancelled, ChildFailed, run_in_child
from conversion_gui.core.statuses import ACCEPTED


def count_to(send: Callable[[object], None], n: int) -> int:
    for i in range(n):
        send(i)
    return os.getpid()


def fail_with_intake_error(send: Callable[[object], None]) -> None:
    raise IntakeError("line 3, column 'timestamp': no time of day")


def loop_forever(send: Callable[[object], None]) -> None:
    send("started")
    while True:
        time.sleep(0.01)


def die(send: Callable[[object], None]) -> None:
    os._exit(7)


def test_messages_arrive_in_order_and_the_result_comes_back() -> None:
    got: list[object] = []
    pid = run_in_child(count_to, (500,), got.append)
    assert got == list(range(500))
    assert pid != os.getpid()  # it really ran elsewhere


def test_an_error_in_the_child_is_raised_here_as_itself() -> None:
    with pytest.raises(IntakeError, match="no time of day"):
        run_in_child(fail_with_intake_error, (), lambda _m: None)


def test_cancel_stops_the_child() -> None:
    cancel = threading.Event()

    def on_message(message: object) -> None:
        cancel.set()

    with pytest.raises(Cancelled):
        run_in_child(loop_forever, (), on_message, cancel=cancel)


def test_a_child_that_dies_is_a_clear_error() -> None:
    with pytest.raises(ChildFailed, match="exit code 7"):
        run_in_child(die, (), lambda _m: None)


def test_the_preview_runs_in_a_child_and_knows_what_was_accepted(tmp_path: Path) -> None:
    file = tmp_path / "campaign.csv"
    file.write_text("message-id,delivered,timestamp\n0A01,yes,2026-11-26 10:00:00\n"
                    "0A02,no,2026-11-26 10:00:00\n", encoding="utf-8")
    db = tmp_path / "history.sqlite3"
    with HistoryStore(db) as store:
        assert read_only_accepted_ids(db) is None  # no acceptance yet: nothing to ask
        store.record_single(Conversion(Channel.SMS, "0A01", True, "2026-11-26 10:00:00"),
                            Outcome.of(ACCEPTED, 200, 0.01))
    messages: list[tuple[object, ...]] = []
    result = run_in_child(preview_in_child,
                          (str(file), IntakeOptions(), True, str(db)), messages.append)
    kinds = [m[0] for m in messages]
    assert kinds[0] == "info" and "chunk" in kinds
    assert result.total == 2
    assert result.counts[Verdict.ALREADY_ACCEPTED] == 1 and result.counts[Verdict.VALID] == 1


def test_read_only_checker_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite3"
    assert read_only_accepted_ids(missing) is None
    assert not missing.exists()
