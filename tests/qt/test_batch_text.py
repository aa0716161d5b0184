"""The sentences the Batch page shows, checked without a window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conversion_gui.core.batch import BatchResult, Progress
from conversion_gui.core.conversion import DateOrder
from conversion_gui.core.history import BatchInfo, BatchState, RowState
from conversion_gui.core.intake import FileInfo, IntakeOptions, Verdict
from conversion_gui.qt.batch_text import (
    counts_text,
    file_details,
    local_time,
    outcomes_text,
    progress_text,
    result_kind,
    retry_text,
    rows,
    run_figures,
    shown_text,
    unfinished_text,
)
from conversion_gui.qt.batch_text import (
    result_text as page_result_text,
)
from conversion_gui.qt.preview_model import PreviewResult, short_reason


def progress(**changes: object) -> Progress:
    values: dict[str, object] = dict(
        batch_id=1, state=BatchState.RUNNING.value, total=1000, accepted=240, failed=10,
        pending=740, in_flight=10, retries=0, throttled=0, rate=12.5, limit=30.0,
        elapsed=20.0, eta=60.0, failures={},
    )
    values.update(changes)
    return Progress(**values)  # type: ignore[arg-type]


def result(state: BatchState, **changes: object) -> BatchResult:
    values: dict[str, object] = dict(
        batch_id=1, state=state, accepted=8, rejected=0, failed=0, not_sent=0,
        stop_reason=None, stop_status=None, failures={}, elapsed=1.0, sent_this_run=8,
    )
    values.update(changes)
    return BatchResult(**values)  # type: ignore[arg-type]


def counts(valid: int = 0, rejected: int = 0, blank: int = 0, duplicate: int = 0,
           accepted: int = 0) -> dict[Verdict, int]:
    return {Verdict.VALID: valid, Verdict.REJECTED: rejected, Verdict.BLANK: blank,
            Verdict.DUPLICATE: duplicate, Verdict.ALREADY_ACCEPTED: accepted}


def test_plural_and_thousands() -> None:
    assert rows(1) == "1 row"
    assert rows(0) == "0 rows"
    assert rows(12_345) == "12,345 rows"


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    """This machine's zone is Berlin: UTC+1 in winter, UTC+2 in summer."""
    monkeypatch.setenv("TZ", "Europe/Berlin")


def test_local_time_is_the_stored_utc_moment_on_this_machine(berlin: None) -> None:
    assert local_time("2026-03-01T09:30:12") == "2026-03-01 10:30"  # winter: +1
    assert local_time("2026-07-01T09:30:12") == "2026-07-01 11:30"  # summer: +2
    assert local_time("2026-12-31T23:15:00") == "2027-01-01 00:15"  # the year turns
    assert local_time("not a time") == "not a time"  # shown as stored, never an error


def test_counts_name_every_verdict() -> None:
    assert counts_text(counts(1_200, 3, 0, 1, 2)) == (
        "1,200 valid · 3 rejected · 0 blank · 1 duplicate · 2 already accepted")


def test_file_details_add_the_date_note_only_when_there_is_one() -> None:
    info = FileInfo(path=Path("c.csv"), size=10, encoding="utf-8", delimiter=";",
                    header_line=1, header=("a",), columns={}, missing=(), date_order=None,
                    date_order_note="", skip_records=0)
    assert file_details(info) == "UTF-8, semicolon-separated, header on line 1"
    noted = replace(info, date_order_note="read day first")
    assert file_details(noted) == (
        "UTF-8, semicolon-separated, header on line 1 · dates read day first")
    # Once the person has chosen, the file's doubt is settled (issue 10, item 8).
    doubt = replace(info, date_order_note="could be day/month or month/day: choose the "
                    "date order")
    assert file_details(doubt, DateOrder.DAY_FIRST) == (
        "UTF-8, semicolon-separated, header on line 1 · dates read day first")


def test_shown_text_says_when_the_preview_is_a_sample() -> None:
    small = PreviewResult(None, IntakeOptions(), counts(valid=7))
    assert shown_text(small) == "Showing all 7 rows"
    large = PreviewResult(None, IntakeOptions(), counts(valid=9_000, rejected=100))
    assert shown_text(large) == "Showing the first 5,000 rows and every row with a problem"
    cut = PreviewResult(None, IntakeOptions(), counts(valid=9_000, rejected=30_000),
                        problems_left_out=5_000)
    assert "(5,000 more with a problem are not shown" in shown_text(cut)


def test_unfinished_text_counts_the_rows_not_sent(berlin: None) -> None:
    batch = BatchInfo(id=3, created="2026-03-01T09:30:00", file_name="c.csv",
                      file_sha256="x", options={}, counts={}, state=BatchState.CANCELLED,
                      stop_reason=None, finished=None,
                      rows={RowState.ACCEPTED: 30, RowState.PENDING: 10})
    text = unfinished_text(batch)
    assert text.startswith("This file has an unfinished batch from 2026-03-01 10:30")
    assert text.endswith(": 10 of 40 rows not sent yet.")


def test_progress_text_says_what_the_batch_waits_for() -> None:
    assert progress_text(progress()) == "250 of 1,000 · 12.5/s · about 60 s left"
    assert progress_text(progress(eta=None)) == "250 of 1,000 · 12.5/s"
    paused = progress_text(progress(state=BatchState.PAUSED.value))
    assert paused == "250 of 1,000 · paused: nothing more is sent until you press Resume"
    assert "/s" not in paused  # issue 10, item 15: no decaying rate while nothing is sent
    for state in (BatchState.CANCELLED, BatchState.STOPPED):
        assert progress_text(progress(state=state.value)).endswith(
            "stopping: waiting for the requests in flight…")


def test_outcomes_name_the_commonest_failures_first() -> None:
    assert outcomes_text(progress()) == "240 accepted · 10 failed · 750 to go"
    text = outcomes_text(progress(retries=4, throttled=2, limit=15.0, failures={
        "a": 1, "b": 5, "c": 3, "d": 2}))
    assert text == ("240 accepted · 10 failed · 750 to go · 4 retried · "
                    "2 throttled (the rate is now 15/s) · 5 × b · 3 × c · 2 × d")


def test_result_text_and_colour_for_each_ending() -> None:
    def result_text(r: BatchResult) -> str:  # the sentence, without this run's figures
        text = page_result_text(r)
        assert text.endswith(f" {run_figures(r)}")
        return text[: -len(run_figures(r)) - 1]

    clean = result(BatchState.FINISHED)
    assert result_text(clean) == "Finished: 8 accepted, 0 failed."
    assert result_kind(clean) == "ok"
    one_reason = result(BatchState.FINISHED, failed=1, rejected=1,
                        failures={"Invalid parameters: message-id": 2})
    assert result_text(one_reason) == "Finished: 8 accepted, 2 failed (Invalid parameters)."
    assert result_kind(one_reason) == "error"
    two = result(BatchState.FINISHED, failed=3, failures={"Timeout": 1, "Server error": 2})
    assert result_text(two) == "Finished: 8 accepted, 3 failed (2 Server error; 1 Timeout)."
    cancelled = result(BatchState.CANCELLED, not_sent=1)
    assert result_text(cancelled) == (
        "Cancelled: 8 accepted, 0 failed, 1 row not sent, can be resumed.")
    assert result_kind(cancelled) == "info"
    stopped = result(BatchState.STOPPED, not_sent=5, stop_reason="Account disabled")
    assert result_text(stopped) == ("Stopped: Account disabled. 8 accepted, 5 not sent; "
                                    "they can be resumed once that is fixed.")
    assert result_kind(stopped) == "error"


def test_run_figures_give_duration_rate_and_shares() -> None:
    run = result(BatchState.FINISHED, accepted=45, rejected=3, failed=2, elapsed=10.0,
                 sent_this_run=52)
    assert run_figures(run, delivered=30) == (
        "Took 10 s at 5.2 requests/s; 45 of 50 accepted (90%); "
        "30 of the accepted marked delivered (67%).")
    assert run_figures(run) == "Took 10 s at 5.2 requests/s; 45 of 50 accepted (90%)."


def test_retry_text_says_what_the_retry_did() -> None:
    before = result(BatchState.FINISHED, accepted=46, failed=3, rejected=1)
    after = result(BatchState.FINISHED, accepted=47, failed=3, rejected=0)
    assert retry_text(before, after) == "Retried 4 rows: 1 accepted, 3 failed again."


def test_a_reason_reads_problem_first_without_the_line() -> None:
    assert short_reason("line 12, column 'x': 'abc' is a duplicate of line 3", 12) == (
        "'abc' is a duplicate of line 3 (column 'x')")
    assert short_reason("line 4, column 'a': bad; column 'b': worse", 4) == (
        "bad (column 'a'); worse (column 'b')")
    assert short_reason("refused by the API: 423 Invalid parameters", 9) == (
        "refused by the API: 423 Invalid parameters")
