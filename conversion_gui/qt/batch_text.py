"""The Batch page's words: counts, progress, time left and how a batch ended.

Pure functions of core values, so each sentence a person reads can be checked without a
window (tests/qt/test_batch_text.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..core.batch import BatchResult, Progress, duration, result_summary
from ..core.conversion import DateOrder
from ..core.history import BatchInfo, BatchState
from ..core.intake import FileInfo, Verdict
from ..core.zones import local_zone
from .preview_model import FIRST_ROWS, MAX_PROBLEMS, PreviewResult


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def local_time(utc_text: str) -> str:
    """A stored UTC moment as this machine's local time, to the minute."""
    try:
        moment = datetime.fromisoformat(utc_text).replace(tzinfo=UTC).astimezone(local_zone())
    except ValueError:
        return utc_text
    return moment.strftime("%Y-%m-%d %H:%M")


def file_details(info: FileInfo, date_order: DateOrder | None = None) -> str:
    """How the file was read (encoding, delimiter, header line), and any note on its dates.

    Once the person has chosen a date order the file's own doubt is settled: say the choice.
    """
    if date_order is not None:
        first = "day" if date_order is DateOrder.DAY_FIRST else "month"
        return f"{info.describe()} · dates read {first} first"
    note = f" · dates {info.date_order_note}" if info.date_order_note else ""
    return f"{info.describe()}{note}"


def counts_text(counts: dict[Verdict, int]) -> str:
    return (f"{counts[Verdict.VALID]:,} valid · {counts[Verdict.REJECTED]:,} rejected · "
            f"{counts[Verdict.BLANK]:,} blank · {counts[Verdict.DUPLICATE]:,} duplicate · "
            f"{counts[Verdict.ALREADY_ACCEPTED]:,} already accepted")


def shown_text(result: PreviewResult) -> str:
    """Which rows the preview holds: all of a small file, a bounded sample of a large one."""
    if result.total <= FIRST_ROWS:
        return f"Showing all {plural(result.total, 'row')}"
    text = f"Showing the first {FIRST_ROWS:,} rows and every row with a problem"
    if result.problems_left_out:
        text = (f"Showing the first {FIRST_ROWS:,} rows and the first {MAX_PROBLEMS:,} "
                f"rows with a problem after them ({result.problems_left_out:,} more "
                "with a problem are not shown: save the rejected rows to see them all)")
    return text


def unfinished_text(batch: BatchInfo) -> str:
    """The resume offer: a batch of this same file that still has rows to send."""
    return (f"This file has an unfinished batch from {local_time(batch.created)}: "
            f"{batch.open_rows:,} of {batch.journalled:,} rows not sent yet.")


def progress_text(p: Progress) -> str:
    """How far a running batch is, how fast, and what it is waiting for."""
    if p.waiting_for_history:  # sending is held until the history takes the answers
        return f"{p.done:,} of {p.total:,} · waiting for the history file…"
    if p.state == BatchState.PAUSED:  # no rate: nothing is being sent
        return f"{p.done:,} of {p.total:,} · paused: nothing more is sent until you press Resume"
    text = f"{p.done:,} of {p.total:,} · {p.rate:.1f}/s"
    if p.state in (BatchState.CANCELLED, BatchState.STOPPED, BatchState.INTERRUPTED):
        text += " · stopping: waiting for the requests in flight…"
    elif p.eta is not None:
        text += f" · about {duration(p.eta)} left"
    return text


def outcomes_text(p: Progress) -> str:
    """What the rows sent so far came to; the three commonest failures by name."""
    outcomes = [f"{p.accepted:,} accepted", f"{p.failed:,} failed"]
    outcomes.append(f"{p.pending + p.in_flight:,} to go")
    if p.retries:
        outcomes.append(f"{p.retries:,} retried")
    if p.throttled:
        outcomes.append(f"{p.throttled:,} throttled (the rate is now {p.limit:g}/s)")
    for meaning, n in sorted(p.failures.items(), key=lambda kv: -kv[1])[:3]:
        outcomes.append(f"{n:,} × {meaning}")
    return " · ".join(outcomes)


def result_text(result: BatchResult, delivered: int | None = None) -> str:
    """How the batch ended (the CLI's sentence), then the figures of this run."""
    return f"{result_summary(result)} {run_figures(result, delivered)}"


def run_figures(result: BatchResult, delivered: int | None = None) -> str:
    """Duration, rate, the accepted share and the share of accepted rows marked delivered."""
    total = result.accepted + result.failed + result.rejected + result.not_sent
    rate = result.sent_this_run / result.elapsed if result.elapsed > 0 else 0.0
    text = (f"Took {duration(result.elapsed)} at {rate:.1f} requests/s; "
            f"{result.accepted:,} of {total:,} accepted ({_share(result.accepted, total)})")
    if delivered is not None and result.accepted:
        text += (f"; {delivered:,} of the accepted marked delivered "
                 f"({_share(delivered, result.accepted)})")
    return text + "."


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


def retry_text(before: BatchResult, after: BatchResult) -> str:
    """What Retry failed did: the rows it took up, and what became of them."""
    retried = before.failed + before.rejected
    accepted = max(0, after.accepted - before.accepted)
    again = after.failed + after.rejected
    text = f"Retried {plural(retried, 'row')}: {accepted:,} accepted, {again:,} failed again"
    if after.not_sent:
        text += f", {after.not_sent:,} not sent"
    if after.state is BatchState.STOPPED:
        text += f" (stopped: {after.stop_reason})"
    return text + "."


def result_kind(result: BatchResult) -> str:
    """The colour of the result line: ok only for a finished batch with nothing failed."""
    if result.state is BatchState.CANCELLED:
        return "info"
    clean = result.state is BatchState.FINISHED and not (result.failed or result.rejected)
    return "ok" if clean else "error"
