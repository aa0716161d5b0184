"""What each answer of the API means to a person, and what the app does about it.

One table for the whole app: the form, the batch engine, the history and the command line
all show the same words for the same outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    DONE = "done"      # accepted
    FAIL = "fail"      # this row failed; others may still work; not retried
    RETRY = "retry"    # try again after a wait
    STOP = "stop"      # every other row would fail the same way: stop the batch


class Kind(StrEnum):
    ACCEPTED = "accepted"
    WRONG_CREDENTIALS = "wrong_credentials"
    NOT_ENABLED = "not_enabled"
    INVALID = "invalid"
    THROTTLED = "throttled"
    SERVER_ERROR = "server_error"
    UNREACHABLE = "unreachable"  # nothing was sent: refused, DNS, connect timeout, no proxy
    NO_ANSWER = "no_answer"      # sent, then no answer (read timeout, reset): may have arrived
    TLS = "tls"
    PROXY_AUTH = "proxy_auth"    # the proxy answered 407: it wants a (different) password
    UNEXPECTED = "unexpected"
    INTERNAL = "internal"  # the app could not send it (a fault here, not the API's answer)


class TransportError(StrEnum):
    """Failures with no HTTP status."""

    CONNECT = "connect"    # refused, DNS, connect timeout: nothing was sent
    TIMEOUT = "timeout"    # no answer in time: the request may or may not have arrived
    DROPPED = "dropped"    # the connection broke after the request was written
    TLS = "tls"            # certificate or handshake problem
    PROXY_AUTH = "proxy_auth"  # the proxy refused us with 407


@dataclass(frozen=True, slots=True)
class StatusInfo:
    kind: Kind
    meaning: str
    action: Action

    @property
    def final(self) -> bool:
        return self.action is not Action.RETRY


ACCEPTED = StatusInfo(Kind.ACCEPTED, "Accepted: the conversion was recorded", Action.DONE)
WRONG_CREDENTIALS = StatusInfo(
    Kind.WRONG_CREDENTIALS,
    "Wrong credentials: check the API key and secret (or signature secret and method)",
    Action.STOP,
)
NOT_ENABLED = StatusInfo(
    Kind.NOT_ENABLED,
    "Conversion API not enabled for this account: ask Vonage support to enable it",
    Action.STOP,
)
INVALID = StatusInfo(
    Kind.INVALID, "Invalid parameters: check message-id, delivered and timestamp", Action.FAIL
)
THROTTLED = StatusInfo(
    Kind.THROTTLED, "Throttled: the app slowed down and retried", Action.RETRY
)
SERVER_ERROR = StatusInfo(Kind.SERVER_ERROR, "Vonage server error", Action.RETRY)
UNREACHABLE = StatusInfo(
    Kind.UNREACHABLE, "Could not reach the API: nothing was sent", Action.RETRY
)
# Retried like UNREACHABLE, but kept apart: the conversion may have been recorded (re-reporting
# states the same fact again, so sending again is safe), and counts and filters must say so.
NO_ANSWER = StatusInfo(
    Kind.NO_ANSWER,
    "No answer: the API did not answer. The conversion may have arrived; it is safe to send "
    "again",
    Action.RETRY,
)
TLS_PROBLEM = StatusInfo(
    Kind.TLS,
    "Certificate problem (a proxy?): the connection was not trusted, nothing was sent",
    Action.FAIL,
)
# Every other row would meet the same proxy: stop, and say where the password goes.
PROXY_AUTH = StatusInfo(
    Kind.PROXY_AUTH,
    "The proxy asks for a password: set it in Settings › Network",
    Action.STOP,
)

STATUS_TABLE: dict[int, StatusInfo] = {
    200: ACCEPTED,
    401: WRONG_CREDENTIALS,
    402: NOT_ENABLED,
    420: INVALID,
    422: INVALID,
    423: INVALID,
    429: THROTTLED,
    500: SERVER_ERROR,
    502: SERVER_ERROR,
    503: SERVER_ERROR,
    504: SERVER_ERROR,
}

_TRANSPORT_TABLE: dict[TransportError, StatusInfo] = {
    TransportError.CONNECT: UNREACHABLE,
    TransportError.TIMEOUT: StatusInfo(
        Kind.NO_ANSWER,
        "No answer: the API gave no answer in time. The conversion may have arrived; it is "
        "safe to send again",
        Action.RETRY,
    ),
    TransportError.DROPPED: NO_ANSWER,
    TransportError.TLS: TLS_PROBLEM,
    TransportError.PROXY_AUTH: PROXY_AUTH,
}
_KIND_MEANING: dict[str, str] = {
    Kind.UNREACHABLE.value: UNREACHABLE.meaning,
    Kind.NO_ANSWER.value: NO_ANSWER.meaning,
    Kind.TLS.value: TLS_PROBLEM.meaning,
    Kind.PROXY_AUTH.value: PROXY_AUTH.meaning,
}


def classify(status: int | None, transport: TransportError | None = None) -> StatusInfo:
    """The meaning of an HTTP status, or of a transport failure when there is no status."""
    if status is None:
        if transport is None:
            raise ValueError("classify needs a status or a transport error")
        return _TRANSPORT_TABLE[transport]
    known = STATUS_TABLE.get(status)
    if known is not None:
        return known
    return StatusInfo(Kind.UNEXPECTED, f"Unexpected answer ({status})", Action.FAIL)


def meaning_of(status: int | None, kind: str | None = None) -> str:
    """The words for a stored outcome (history rows keep status and kind, not the text)."""
    if status is not None:
        return classify(status).meaning
    return _KIND_MEANING.get(kind or "", "No answer")
