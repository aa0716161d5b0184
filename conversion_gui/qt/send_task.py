"""The Send page's background send: one conversion with retries, each attempt in the history."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ..core.context import AppContext
from ..core.conversion import Conversion, SourceApi
from ..core.history import HistoryError
from ..core.outcome import Outcome
from ..core.retry import Cancelled, RetryPolicy, send_with_retries
from .tasks import TaskManager


@dataclass
class SendResult:
    """What a background send came to; plain data handed to the GUI thread."""

    conversion: Conversion
    source: SourceApi
    outcome: Outcome | None = None
    attempts: int = 0
    recorded: int = 0
    cancelled: bool = False
    history_problem: str | None = None
    outcomes: list[Outcome] = field(default_factory=list)


def send_one(
    context: AppContext, policy: RetryPolicy, tasks: TaskManager,
    result: SendResult, cancel: threading.Event,
    progress: Callable[[int, Outcome], None],
) -> SendResult:
    """Send ``result.conversion`` on a worker thread (no widget here), filling in ``result``.

    Every attempt is recorded; before a retry ``progress(attempt, outcome)`` runs on the GUI
    thread. A history that cannot record is noted in the result, never stops the send.
    """
    client, profile = context.current_client()
    history = context.history
    conversion = result.conversion

    def record(attempt: int, outcome: Outcome) -> None:
        result.outcome, result.attempts = outcome, attempt
        result.outcomes.append(outcome)
        try:
            history.record_single(conversion, outcome, attempt_no=attempt,
                                  profile=profile.name, base_url=profile.base_url)
            result.recorded += 1
        except HistoryError as exc:
            result.history_problem = str(exc)
        if policy.should_retry(attempt, outcome):
            tasks.run_on_main(lambda: progress(attempt, outcome))

    try:
        send_with_retries(client.send, conversion, policy, cancel, on_attempt=record)
    except Cancelled:
        result.cancelled = True
    return result
