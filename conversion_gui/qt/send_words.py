"""The Send page's sentences: what an answer (or no answer) means, and what input looks risky.

Pure functions of core values, so every sentence can be checked without a window. The meaning
of an outcome comes from ``core.statuses``, translated by ``meanings``; this module only decides
what goes first, what is a heading, and what is technical detail for the tooltip and the log.
Every sentence goes through Qt's translation (context "SendWords").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject

from ..core.client import BaseUrlError, MissingSecretError
from ..core.context import SetupError
from ..core.credentials import CredentialsError, ProfileError, SettingsError
from ..core.outcome import Outcome
from ..core.statuses import Action, Kind
from .meanings import meaning as translated_meaning

translate = QCoreApplication.translate


class SendWords(QObject):
    """The context of the plural forms below (lupdate finds plural forms in tr() only)."""

# How far from now a time may be before the page asks "are you sure?".
FUTURE_SLACK = timedelta(hours=1)
PAST_SLACK = timedelta(days=365)


def status_text(outcome: Outcome) -> str:
    if outcome.status is not None:
        return str(outcome.status)
    return translate("SendWords", "No answer")


def headline(outcome: Outcome, meaning: str | None = None) -> str:
    """The code then the words; with no code (no answer came) the words alone."""
    words = translated_meaning(outcome.meaning) if meaning is None else meaning
    return words if outcome.status is None else f"{status_text(outcome)}  {words}"


def _gave_up(outcome: Outcome, attempts: int) -> str:
    """A retryable outcome that was the last attempt: it was not handled, say what to do."""
    tries = SendWords.tr("after %n attempt(s)", "", attempts)  # type: ignore[arg-type]
    meaning = translated_meaning(outcome.meaning)
    if outcome.kind is Kind.THROTTLED:
        return translate("SendWords", "Not recorded: the API was still throttling {tries}. Wait a "
                         "minute and send again (Settings > Sending can lower the rate).").format(
            tries=tries)
    if outcome.kind is Kind.SERVER_ERROR:
        return translate("SendWords", "Not recorded: {meaning} {tries}. Try again in a few "
                         "minutes: it is safe to send again.").format(meaning=meaning,
                                                                      tries=tries)
    text = translate("SendWords", "{meaning} ({tries}).").format(meaning=meaning.rstrip("."),
                                                                 tries=tries)
    if outcome.kind is Kind.UNREACHABLE:  # nothing went out
        return text + translate("SendWords", " It was not recorded: check the connection (Help > "
                                "Check connection…) and send again.")
    if "send again" not in outcome.meaning.lower():  # no answer: it may have arrived
        text += translate("SendWords", " It may not have been recorded; it is safe to send "
                          "again.")
    return text


def answer_text(outcome: Outcome, attempts: int, cancelled: bool = False) -> str:
    """The answer line: status and meaning first; a body only when the API really said one."""
    final_retry = outcome.action is Action.RETRY and not cancelled
    if final_retry:
        text = headline(outcome, _gave_up(outcome, attempts))
    else:
        text = headline(outcome)
        if attempts > 1:
            after: str = SendWords.tr(" (after %n attempt(s))", "", attempts)  # type: ignore[arg-type]
            text += after
    if cancelled:
        text += translate("SendWords", ". Cancelled: no further attempt was made")
    said = outcome.response_text.strip()
    # Without an HTTP status the API said nothing: the text is the transport's, for details.
    if (outcome.status is not None and said and not outcome.accepted
            and said.lower() not in outcome.meaning.lower()):
        text += "\n" + translate("SendWords", "The API said: {text}").format(text=said)
    return text


def technical_details(outcome: Outcome) -> str:
    """What the tooltip and the log keep: the transport's own text when there was no answer."""
    if outcome.status is None and outcome.response_text:
        kind = outcome.transport.value if outcome.transport is not None else "transport"
        return translate("SendWords", "Technical details ({kind}): {text}").format(
            kind=kind, text=outcome.response_text)
    return ""


def time_warning(wall: datetime, now: datetime) -> str:
    """A time far from now, in words ("" when it looks ordinary). Both naive, same zone."""
    ahead = wall - now
    if ahead > FUTURE_SLACK:
        return translate("SendWords", "The time is {span} in the future.").format(
            span=_span(ahead))
    if -ahead > PAST_SLACK:
        return translate("SendWords", "The time is {span} in the past.").format(
            span=_span(-ahead))
    return ""


def _span(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 48:
        return SendWords.tr("%n hour(s)", "", round(hours))  # type: ignore[arg-type]
    days = hours / 24
    if days < 730:
        return SendWords.tr("%n day(s)", "", round(days))  # type: ignore[arg-type]
    return SendWords.tr("%n year(s)", "", round(days / 365.25))  # type: ignore[arg-type]


def accepted_warning(id_label: str, message_id: str) -> str:
    return translate("SendWords", "The history already holds {label} {id} as accepted: sending "
                     "it again reports the same conversion twice.").format(label=id_label,
                                                                           id=repr(message_id))


def setup_problem(exc: BaseException) -> str | None:
    """Plain words for a credentials or settings problem, or None if it is something else."""
    if isinstance(exc, SetupError):
        return translate("SendWords", "No credentials yet: open Settings > Credentials… to add "
                         "an API key and secret (or start the app in sandbox mode to try it "
                         "out).")
    if isinstance(exc, MissingSecretError):
        reason = str(exc).split(": set one with")[0]
        return translate("SendWords", "The credentials are incomplete ({reason}): open "
                         "Settings > Credentials…").format(reason=reason)
    if isinstance(exc, CredentialsError):
        return translate("SendWords", "The credentials in the environment cannot be used: "
                         "{problem}").format(problem=exc)
    if isinstance(exc, ProfileError | SettingsError):
        return translate("SendWords", "The saved settings cannot be used: {problem}. Open "
                         "Settings > Credentials…").format(problem=exc)
    if isinstance(exc, BaseUrlError):
        return translate("SendWords", "The profile's address cannot be used: {problem}. Open "
                         "Settings > Credentials…").format(problem=exc)
    return None
