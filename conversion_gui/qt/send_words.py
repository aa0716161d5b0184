"""The Send page's sentences: what an answer (or no answer) means, and what input looks risky.

Pure functions of core values, so every sentence can be checked without a window. The meaning
of an outcome comes from ``core.statuses`` as it is; this module only decides what goes first,
what is a heading, and what is technical detail for the tooltip and the log.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..core.client import BaseUrlError, MissingSecretError
from ..core.context import SetupError
from ..core.credentials import CredentialsError, ProfileError, SettingsError
from ..core.outcome import Outcome
from ..core.statuses import Action, Kind

# How far from now a time may be before the page asks "are you sure?".
FUTURE_SLACK = timedelta(hours=1)
PAST_SLACK = timedelta(days=365)


def status_text(outcome: Outcome) -> str:
    return str(outcome.status) if outcome.status is not None else "No answer"


def headline(outcome: Outcome, meaning: str | None = None) -> str:
    """The code then the words; with no code (no answer came) the words alone."""
    words = outcome.meaning if meaning is None else meaning
    return words if outcome.status is None else f"{status_text(outcome)}  {words}"


def _gave_up(outcome: Outcome, attempts: int) -> str:
    """A retryable outcome that was the last attempt: it was not handled, say what to do."""
    tries = f"after {attempts} attempts" if attempts > 1 else "after 1 attempt"
    if outcome.kind is Kind.THROTTLED:
        return (f"Not recorded: the API was still throttling {tries}. Wait a minute and "
                "send again (Settings > Sending can lower the rate).")
    if outcome.kind is Kind.SERVER_ERROR:
        return (f"Not recorded: {outcome.meaning} {tries}. Try again in a few minutes: "
                "it is safe to send again.")
    text = f"{outcome.meaning.rstrip('.')} ({tries})."
    if outcome.kind is Kind.UNREACHABLE:  # nothing went out
        return (f"{text} It was not recorded: check the connection (Help > Check "
                "connection…) and send again.")
    if "send again" not in outcome.meaning.lower():  # no answer: it may have arrived
        text += " It may not have been recorded; it is safe to send again."
    return text


def answer_text(outcome: Outcome, attempts: int, cancelled: bool = False) -> str:
    """The answer line: status and meaning first; a body only when the API really said one."""
    final_retry = outcome.action is Action.RETRY and not cancelled
    if final_retry:
        text = headline(outcome, _gave_up(outcome, attempts))
    else:
        text = headline(outcome)
        if attempts > 1:
            text += f" (after {attempts} attempts)"
    if cancelled:
        text += ". Cancelled: no further attempt was made"
    said = outcome.response_text.strip()
    # Without an HTTP status the API said nothing: the text is the transport's, for details.
    if (outcome.status is not None and said and not outcome.accepted
            and said.lower() not in outcome.meaning.lower()):
        text += f"\nThe API said: {said}"
    return text


def technical_details(outcome: Outcome) -> str:
    """What the tooltip and the log keep: the transport's own text when there was no answer."""
    if outcome.status is None and outcome.response_text:
        kind = outcome.transport.value if outcome.transport is not None else "transport"
        return f"Technical details ({kind}): {outcome.response_text}"
    return ""


def time_warning(wall: datetime, now: datetime) -> str:
    """A time far from now, in words ("" when it looks ordinary). Both naive, same zone."""
    ahead = wall - now
    if ahead > FUTURE_SLACK:
        return f"The time is {_span(ahead)} in the future."
    if -ahead > PAST_SLACK:
        return f"The time is {_span(-ahead)} in the past."
    return ""


def _span(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 48:
        n = round(hours)
        return f"{n} hour" if n == 1 else f"{n} hours"
    days = hours / 24
    if days < 730:
        n = round(days)
        return f"{n} days"
    return f"{days / 365.25:.0f} years"


def accepted_warning(id_label: str, message_id: str) -> str:
    return (f"The history already holds {id_label} {message_id!r} as accepted: "
            "sending it again reports the same conversion twice.")


def setup_problem(exc: BaseException) -> str | None:
    """Plain words for a credentials or settings problem, or None if it is something else."""
    if isinstance(exc, SetupError):
        return ("No credentials yet: open Settings > Credentials… to add an API key and "
                "secret (or start the app in sandbox mode to try it out).")
    if isinstance(exc, MissingSecretError):
        reason = str(exc).split(": set one with")[0]
        return f"The credentials are incomplete ({reason}): open Settings > Credentials…"
    if isinstance(exc, CredentialsError):
        return f"The credentials in the environment cannot be used: {exc}"
    if isinstance(exc, ProfileError | SettingsError):
        return f"The saved settings cannot be used: {exc}. Open Settings > Credentials…"
    if isinstance(exc, BaseUrlError):
        return f"The profile's address cannot be used: {exc}. Open Settings > Credentials…"
    return None
