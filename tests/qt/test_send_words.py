"""The Send page's sentences, checked without a window (issue 10, items 4, 10 and 11)."""

from __future__ import annotations

from datetime import datetime, timedelta

from conversion_gui.core.outcome import Outcome
from conversion_gui.core.statuses import TransportError, classify
from conversion_gui.qt.send_words import answer_text, technical_details, time_warning


def no_answer(transport: TransportError, text: str = "") -> Outcome:
    return Outcome.of(classify(None, transport), None, 0.1, text, transport=transport)


def test_no_status_means_no_code_and_no_api_heading() -> None:
    dropped = answer_text(no_answer(TransportError.DROPPED, "ConnectionResetError(104)"), 1)
    assert dropped.startswith("No answer: ") and "The API said" not in dropped
    assert "ConnectionResetError" not in dropped
    assert technical_details(no_answer(TransportError.DROPPED, "ConnectionResetError(104)")) == (
        "Technical details (dropped): ConnectionResetError(104)")
    unreachable = answer_text(no_answer(TransportError.CONNECT), 3)
    assert unreachable.startswith("Could not reach the API")
    assert "(after 3 attempts). It was not recorded: check the connection" in unreachable


def test_a_last_retryable_answer_says_it_was_not_recorded() -> None:
    throttled = Outcome.of(classify(429), 429, 0.1, "Too many requests")
    assert answer_text(throttled, 3).startswith(
        "429  Not recorded: the API was still throttling after 3 attempts. Wait a minute")
    assert answer_text(throttled, 3, cancelled=True).startswith("429  Throttled")
    refused = Outcome.of(classify(422), 422, 0.1, "Bad timestamp")
    assert answer_text(refused, 1) == (f"422  {refused.meaning}\nThe API said: Bad timestamp")


def test_times_far_from_now_are_named() -> None:
    now = datetime(2026, 12, 2, 15, 0)
    assert time_warning(now + timedelta(minutes=50), now) == ""
    assert time_warning(now + timedelta(hours=5), now) == "The time is 5 hours in the future."
    assert time_warning(now - timedelta(days=300), now) == ""
    assert time_warning(now - timedelta(days=3 * 365), now) == "The time is 3 years in the past."
