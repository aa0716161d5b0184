"""What status codes and outcome kinds mean, in the window's language.

The core keeps English sentences (core/statuses.py; the command line and the log speak
English) and the history file keeps language-neutral codes and kinds, so a history reads in any
language: the window translates at display time. The sentences are listed literally here so
lupdate extracts them (context "Meanings"); a sentence not listed (an unexpected status is
handled below) is shown as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..core.statuses import Kind
from .i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# Every fixed meaning of core/statuses.py, as written there.
_MEANINGS = (
    QT_TRANSLATE_NOOP("Meanings", "Accepted: the conversion was recorded"),
    QT_TRANSLATE_NOOP("Meanings", "Wrong credentials: check the API key and secret (or "
                      "signature secret and method)"),
    QT_TRANSLATE_NOOP("Meanings", "Conversion API not enabled for this account: ask Vonage "
                      "support to enable it"),
    QT_TRANSLATE_NOOP("Meanings", "Invalid parameters: check message-id, delivered and "
                      "timestamp"),
    QT_TRANSLATE_NOOP("Meanings", "Throttled: the app slowed down and retried"),
    QT_TRANSLATE_NOOP("Meanings", "Vonage server error"),
    QT_TRANSLATE_NOOP("Meanings", "Could not reach the API: nothing was sent"),
    QT_TRANSLATE_NOOP("Meanings", "No answer: the API did not answer. The conversion may have "
                      "arrived; it is safe to send again"),
    QT_TRANSLATE_NOOP("Meanings", "No answer: the API gave no answer in time. The conversion "
                      "may have arrived; it is safe to send again"),
    QT_TRANSLATE_NOOP("Meanings", "Certificate problem (a proxy?): the connection was not "
                      "trusted, nothing was sent"),
    QT_TRANSLATE_NOOP("Meanings", "The proxy asks for a password: set it in Settings › Network"),
    QT_TRANSLATE_NOOP("Meanings", "No answer"),
    # core/neterrors.py's transport sentences that name no host
    QT_TRANSLATE_NOOP("Meanings", "No answer: the connection was closed before an answer came. "
                      "The conversion may have arrived; it is safe to send again."),
    QT_TRANSLATE_NOOP("Meanings", "No answer: the request failed. The conversion may have "
                      "arrived; it is safe to send again."),
)
# The transport sentences that name a host, a port or a proxy: their fixed head is translated,
# the rest (which says what the network said) stays as the core wrote it.
_HEADS = (
    ("Could not reach the API: ", QT_TRANSLATE_NOOP("Meanings", "Could not reach the API: ")),
    ("No answer: ", QT_TRANSLATE_NOOP("Meanings", "No answer: ")),
)
_KNOWN = frozenset(_MEANINGS)
_UNEXPECTED = re.compile(r"Unexpected answer \((?P<status>[^)]*)\)")


def meaning(english: str) -> str:
    """The translated meaning of a core sentence; of a transport sentence naming a host only
    its head ("Could not reach the API: "); anything else stays as the core wrote it."""
    if english in _KNOWN:
        return translate("Meanings", english)
    unexpected = _UNEXPECTED.fullmatch(english)
    if unexpected:
        return translate("Meanings", "Unexpected answer ({status})").format(
            status=unexpected.group("status"))
    for head, marked in _HEADS:
        if english.startswith(head):
            return translate("Meanings", marked) + english[len(head):]
    return english


def kind_labels() -> dict[str, str]:
    """Short names for outcome kinds (the history's filter, tooltips and charts), translated;
    the keys are the language-neutral kinds the history file stores."""
    return {
        Kind.ACCEPTED.value: translate("Meanings", "Accepted"),
        Kind.WRONG_CREDENTIALS.value: translate("Meanings", "Wrong credentials"),
        Kind.NOT_ENABLED.value: translate("Meanings", "Conversion API not enabled"),
        Kind.INVALID.value: translate("Meanings", "Invalid parameters"),
        Kind.THROTTLED.value: translate("Meanings", "Throttled"),
        Kind.SERVER_ERROR.value: translate("Meanings", "Server error"),
        Kind.UNREACHABLE.value: translate("Meanings", "Could not reach the API"),
        Kind.NO_ANSWER.value: translate("Meanings", "No answer (may have arrived)"),
        Kind.TLS.value: translate("Meanings", "Certificate problem"),
        Kind.PROXY_AUTH.value: translate("Meanings", "Proxy password needed"),
        Kind.UNEXPECTED.value: translate("Meanings", "Unexpected answer"),
        Kind.INTERNAL.value: translate("Meanings", "Not sent (a fault in the app)"),
    }
