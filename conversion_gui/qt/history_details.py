"""The History page's details pane: one attempt's outcome, answer, request and sibling attempts."""

from __future__ import annotations

import html
from collections.abc import Callable
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.history import AttemptRow, HistoryStore
from .formats import decimal, number
from .history_model import describe_error
from .meanings import meaning
from .tasks import TaskManager

translate = QCoreApplication.translate


class HistoryDetails(QTextBrowser):
    """Scrollable, read-only; what people look for first (status, meaning, answer) on top."""

    def __init__(
        self,
        store: Callable[[], HistoryStore],
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._token = 0
        self._waiting = False  # the selected row's page has not arrived yet
        self._shown_id: int | None = None
        self.setAccessibleName(self.tr("Details"))
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("Select an attempt to see its request, answer and every "
                                        "attempt of its message-id."))

    @property
    def waiting(self) -> bool:
        """True while the pane says "Loading…" for a row whose page is on its way."""
        return self._waiting

    def show_nothing(self) -> None:
        self._token += 1
        self._waiting = False
        self._shown_id = None
        self.clear()

    def show_loading(self) -> None:
        """The selected row is not loaded yet: ``show_attempt`` follows when it is."""
        self._token += 1
        self._waiting = True
        self._shown_id = None
        self.setPlainText(self.tr("Loading…"))

    def show_attempt(self, attempt: AttemptRow) -> None:
        """Show ``attempt`` at once, then every attempt of its message-id when they are read."""
        self._token += 1
        self._waiting = False
        token = self._token
        self._set(attempt, details_html(attempt, None))
        store = self._store

        def done(future: Future[list[AttemptRow]]) -> None:
            if not shiboken6.isValid(self) or token != self._token:
                return
            try:
                others = future.result()
            except Exception as exc:  # shown in the pane
                self._set(attempt, details_html(attempt, None, describe_error(exc)))
                return
            self._set(attempt, details_html(attempt, others))

        self._tasks.run_in_background(
            lambda: store().attempts_of(attempt.channel, attempt.message_id), done)

    def _set(self, attempt: AttemptRow, text: str) -> None:
        """Replace the text; a new attempt starts at the top, the same one keeps its place."""
        same = attempt.id == self._shown_id
        position = self.verticalScrollBar().value()
        self.setHtml(text)
        self._shown_id = attempt.id
        self.verticalScrollBar().setValue(position if same else 0)


def _table(fields: list[tuple[str, str]]) -> str:
    e = html.escape
    rows = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in fields)
    return f"<table cellspacing='2'>{rows}</table>"


def details_html(attempt: AttemptRow, others: list[AttemptRow] | None, note: str = "") -> str:
    """The selected attempt as a person reads it; every value escaped (answers can be HTML)."""
    e = html.escape
    a = attempt
    status = translate("HistoryDetails", "none (no answer)") if a.status is None else str(a.status)
    outcome = [(translate("HistoryDetails", "Status"), status),
               (translate("HistoryDetails", "Meaning"), meaning(a.meaning))]
    batch = "—" if a.batch_id is None else translate(
        "HistoryDetails", "{batch}, file line {line}").format(batch=a.batch_id, line=a.line)
    request = [
        (translate("HistoryDetails", "Message ID"), a.message_id),
        (translate("HistoryDetails", "Channel"),
         translate("HistoryDetails", "Voice") if a.channel == "voice"
         else translate("HistoryDetails", "SMS")),
        (translate("HistoryDetails", "Delivered"), "true" if a.delivered else "false"),  # the API's
        (translate("HistoryDetails", "Timestamp (UTC)"), a.conv_timestamp),
        (translate("HistoryDetails", "Attempted at (UTC)"), a.at),
        (translate("HistoryDetails", "Attempt"), str(a.attempt_no)),
        (translate("HistoryDetails", "Batch"), batch),
        (translate("HistoryDetails", "Elapsed"),
         translate("HistoryDetails", "{ms} ms").format(ms=decimal(a.elapsed_ms, 0))),
        (translate("HistoryDetails", "Profile"), a.profile or "—"),
        (translate("HistoryDetails", "Base URL"), a.base_url or "—"),
    ]
    answer = (e(a.response_text) if a.response_text
              else translate("HistoryDetails", "<i>(the answer had no text)</i>"))
    # No status: the API said nothing, and the text is the connection's own (technical).
    heading = (translate("HistoryDetails", "Answer") if a.status is not None
               else translate("HistoryDetails", "No answer came: technical details"))
    parts = [_table(outcome), f"<p><b>{heading}</b></p><pre>{answer}</pre>",
             "<p><b>" + translate("HistoryDetails", "Request") + "</b></p>", _table(request)]
    if note:
        parts.append(f"<p>{e(note)}</p>")
    if others is None:
        parts.append(translate("HistoryDetails",
                               "<p><b>Attempts of this message-id</b>: loading…</p>"))
    else:
        items = "".join(_sibling(o, a) for o in others)
        parts.append(translate("HistoryDetails",
                               "<p><b>Attempts of this message-id ({count})</b></p>")
                     .format(count=number(len(others))) + f"<ol>{items}</ol>")
    return "".join(parts)


def _sibling(o: AttemptRow, shown: AttemptRow) -> str:
    """One line of the list of attempts of the same message-id."""
    status = translate("HistoryDetails", "no answer") if o.status is None else str(o.status)
    text = translate("HistoryDetails", "{at}: attempt {n}, {status} {meaning}").format(
        at=html.escape(o.at), n=o.attempt_no, status=status,
        meaning=html.escape(meaning(o.meaning)))
    if o.batch_id is not None:
        text += translate("HistoryDetails", ", batch {batch}").format(batch=o.batch_id)
    if o.id == shown.id:
        text += translate("HistoryDetails", " (this one)")
    return f"<li>{text}</li>"
