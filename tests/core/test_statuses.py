"""The status table of DESIGN.md section 2, row by row: the words shown and what the app does."""

from __future__ import annotations

import pytest

from conversion_gui.core.statuses import (
    STATUS_TABLE,
    Action,
    Kind,
    TransportError,
    classify,
    meaning_of,
)

# (status, meaning shown as DESIGN.md words it, what the app does, kind)
ROWS = [
    (200, "Accepted: the conversion was recorded", Action.DONE, Kind.ACCEPTED),
    (401, "Wrong credentials: check the API key and secret (or signature secret and method)",
     Action.STOP, Kind.WRONG_CREDENTIALS),
    (402, "Conversion API not enabled for this account: ask Vonage support to enable it",
     Action.STOP, Kind.NOT_ENABLED),
    (420, "Invalid parameters: check message-id, delivered and timestamp", Action.FAIL,
     Kind.INVALID),
    (422, "Invalid parameters: check message-id, delivered and timestamp", Action.FAIL,
     Kind.INVALID),
    (423, "Invalid parameters: check message-id, delivered and timestamp", Action.FAIL,
     Kind.INVALID),
    (429, "Throttled: the app slowed down and retried", Action.RETRY, Kind.THROTTLED),
    (500, "Vonage server error", Action.RETRY, Kind.SERVER_ERROR),
    (502, "Vonage server error", Action.RETRY, Kind.SERVER_ERROR),
    (503, "Vonage server error", Action.RETRY, Kind.SERVER_ERROR),
    (504, "Vonage server error", Action.RETRY, Kind.SERVER_ERROR),
]


@pytest.mark.parametrize(("status", "meaning", "action", "kind"), ROWS)
def test_each_status_row(status: int, meaning: str, action: Action, kind: Kind) -> None:
    info = classify(status)
    assert info.meaning == meaning
    assert info.action is action
    assert info.kind is kind
    assert info.final is (action is not Action.RETRY)
    # The history stores status and kind, and shows the same words again.
    assert meaning_of(status, kind.value) == meaning


def test_the_table_has_exactly_the_designed_rows() -> None:
    assert sorted(STATUS_TABLE) == [row[0] for row in ROWS]


@pytest.mark.parametrize(
    ("transport", "kind", "meaning"),
    [(TransportError.CONNECT, Kind.UNREACHABLE, "Could not reach the API: nothing was sent"),
     (TransportError.TIMEOUT, Kind.NO_ANSWER, "No answer: "),
     (TransportError.DROPPED, Kind.NO_ANSWER, "No answer: ")],
)
def test_connect_errors_and_timeouts_are_retried(transport: TransportError, kind: Kind,
                                                 meaning: str) -> None:
    info = classify(None, transport)
    assert info.meaning.startswith(meaning)
    assert info.kind is kind
    assert info.action is Action.RETRY
    assert not info.final


@pytest.mark.parametrize("transport", [TransportError.TIMEOUT, TransportError.DROPPED])
def test_no_answer_says_the_conversion_may_have_arrived(transport: TransportError) -> None:
    """Sent, then silence: unlike a refused connection, the API may have recorded it."""
    meaning = classify(None, transport).meaning
    assert meaning.endswith("The conversion may have arrived; it is safe to send again")
    assert "nothing was sent" not in meaning
    assert meaning_of(None, Kind.NO_ANSWER.value) == classify(None, TransportError.DROPPED).meaning


def test_a_proxy_asking_for_a_password_stops_and_says_where_to_set_it() -> None:
    info = classify(None, TransportError.PROXY_AUTH)
    assert (info.kind, info.action) == (Kind.PROXY_AUTH, Action.STOP)
    assert "Settings › Network" in info.meaning
    assert meaning_of(None, Kind.PROXY_AUTH.value) == info.meaning


def test_a_timeout_says_no_answer_came() -> None:
    assert "no answer in time" in classify(None, TransportError.TIMEOUT).meaning


def test_tls_problem_is_not_retried() -> None:
    info = classify(None, TransportError.TLS)
    assert info.meaning.startswith("Certificate problem (a proxy?)")
    assert info.kind is Kind.TLS
    assert info.action is Action.FAIL
    assert info.final


@pytest.mark.parametrize("status", [418, 302, 301, 404, 405, 400, 501, 100])
def test_any_other_code_is_unexpected_and_names_the_code(status: int) -> None:
    info = classify(status)
    assert info.kind is Kind.UNEXPECTED
    assert info.action is Action.FAIL
    assert info.meaning == f"Unexpected answer ({status})"
    assert meaning_of(status) == info.meaning


def test_meaning_of_a_stored_transport_failure() -> None:
    assert meaning_of(None, Kind.UNREACHABLE.value).startswith("Could not reach the API")
    assert meaning_of(None, Kind.TLS.value).startswith("Certificate problem")
    assert meaning_of(None, None) == "No answer"
    assert meaning_of(None, "something else") == "No answer"


def test_classify_needs_something_to_classify() -> None:
    with pytest.raises(ValueError, match="status or a transport error"):
        classify(None)
