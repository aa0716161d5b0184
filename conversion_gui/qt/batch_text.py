"""The Batch page's words: counts, progress, time left and how a batch ended.

Pure functions of core values, so each sentence a person reads can be checked without a
window (tests/qt/test_batch_text.py). Every sentence goes through Qt's translation (context
"BatchText"); counts are plural forms (English's are in conversion_gui_en.ts) and numbers are
written by the window's locale (formats.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject

from ..core.batch import BatchResult, Progress, duration
from ..core.conversion import DateOrder
from ..core.history import BatchInfo, BatchState
from ..core.intake import FileInfo, Verdict
from ..core.zones import local_zone
from .formats import decimal, moment, number
from .meanings import meaning
from .preview_model import FIRST_ROWS, MAX_PROBLEMS, PreviewResult

translate = QCoreApplication.translate


class BatchText(QObject):
    """The context of the plural forms below: lupdate finds plural forms in tr() only, not in
    translate(), so counts go through this class's tr (same context as the sentences)."""


def rows(n: int) -> str:
    """``1 row``, ``12,345 rows``: the plural form of the window's language."""
    text: str = BatchText.tr("{count} row(s)", "", n)  # type: ignore[arg-type]
    return text.format(count=number(n))


def local_time(utc_text: str) -> str:
    """A stored UTC moment as this machine's local time, to the minute."""
    try:
        moment_ = datetime.fromisoformat(utc_text).replace(tzinfo=UTC).astimezone(local_zone())
    except ValueError:
        return utc_text
    return moment(moment_)


def file_details(info: FileInfo, date_order: DateOrder | None = None) -> str:
    """How the file was read (encoding, delimiter, header line), and any note on its dates.

    Once the person has chosen a date order the file's own doubt is settled: say the choice.
    """
    if date_order is not None:
        if date_order is DateOrder.DAY_FIRST:
            return translate("BatchText", "{details} · dates read day first").format(
                details=info.describe())
        return translate("BatchText", "{details} · dates read month first").format(
            details=info.describe())
    if info.date_order_note:  # the note itself is the core's
        return translate("BatchText", "{details} · dates {note}").format(
            details=info.describe(), note=info.date_order_note)
    return info.describe()


def counts_text(counts: dict[Verdict, int]) -> str:
    return translate("BatchText", "{valid} valid · {rejected} rejected · {blank} blank · "
                     "{duplicate} duplicate · {accepted} already accepted").format(
        valid=number(counts[Verdict.VALID]), rejected=number(counts[Verdict.REJECTED]),
        blank=number(counts[Verdict.BLANK]), duplicate=number(counts[Verdict.DUPLICATE]),
        accepted=number(counts[Verdict.ALREADY_ACCEPTED]))


def shown_text(result: PreviewResult) -> str:
    """Which rows the preview holds: all of a small file, a bounded sample of a large one."""
    if result.total <= FIRST_ROWS:
        return translate("BatchText", "Showing all {rows}").format(rows=rows(result.total))
    if result.problems_left_out:
        return translate(
            "BatchText", "Showing the first {first} rows and the first {problems} rows with a "
            "problem after them ({left_out} more with a problem are not shown: save the "
            "rejected rows to see them all)").format(
            first=number(FIRST_ROWS), problems=number(MAX_PROBLEMS),
            left_out=number(result.problems_left_out))
    return translate("BatchText", "Showing the first {first} rows and every row with a "
                     "problem").format(first=number(FIRST_ROWS))


def unfinished_text(batch: BatchInfo) -> str:
    """The resume offer: a batch of this same file that still has rows to send."""
    return translate("BatchText", "This file has an unfinished batch from {when}: {open} of "
                     "{total} rows not sent yet.").format(
        when=local_time(batch.created), open=number(batch.open_rows),
        total=number(batch.journalled))


def progress_text(p: Progress) -> str:
    """How far a running batch is, how fast, and what it is waiting for."""
    done, total = number(p.done), number(p.total)
    if p.waiting_for_history:  # sending is held until the history takes the answers
        return translate("BatchText", "{done} of {total} · waiting for the history file…").format(
            done=done, total=total)
    if p.state == BatchState.PAUSED:  # no rate: nothing is being sent
        return translate("BatchText", "{done} of {total} · paused: nothing more is sent until "
                         "you press Resume").format(done=done, total=total)
    text = translate("BatchText", "{done} of {total} · {rate}/s").format(
        done=done, total=total, rate=decimal(p.rate))
    if p.state in (BatchState.CANCELLED, BatchState.STOPPED, BatchState.INTERRUPTED):
        text += translate("BatchText", " · stopping: waiting for the requests in flight…")
    elif p.eta is not None:
        text += translate("BatchText", " · about {duration} left").format(
            duration=duration(p.eta))
    return text


def outcomes_text(p: Progress) -> str:
    """What the rows sent so far came to; the three commonest failures by name."""
    outcomes = [translate("BatchText", "{count} accepted").format(count=number(p.accepted)),
                translate("BatchText", "{count} failed").format(count=number(p.failed))]
    outcomes.append(translate("BatchText", "{count} to go").format(
        count=number(p.pending + p.in_flight)))
    if p.retries:
        outcomes.append(translate("BatchText", "{count} retried").format(count=number(p.retries)))
    if p.throttled:
        outcomes.append(translate("BatchText", "{count} throttled (the rate is now {limit}/s)")
                        .format(count=number(p.throttled), limit=f"{p.limit:g}"))
    for text, n in sorted(p.failures.items(), key=lambda kv: -kv[1])[:3]:
        outcomes.append(f"{number(n)} × {meaning(text)}")
    return " · ".join(outcomes)


def result_text(result: BatchResult, delivered: int | None = None) -> str:
    """How the batch ended (the CLI's sentence, in the window's language), then the figures
    of this run."""
    return f"{summary_text(result)} {run_figures(result, delivered)}"


def summary_text(result: BatchResult) -> str:
    """``core.batch.result_summary`` in the window's language (the command line keeps its
    English): the counts, and the reasons rows failed, most common first."""
    failed = number(result.failed + result.rejected)
    accepted, not_sent = number(result.accepted), rows(result.not_sent)
    why = ""
    if result.failures:
        parts = sorted(result.failures.items(), key=lambda kv: -kv[1])
        heads = [meaning(m).split(":")[0] for m, _ in parts]
        why = " (" + "; ".join(
            heads[0:1] if len(parts) == 1
            else [f"{number(n)} {head}" for (_, n), head in zip(parts, heads, strict=True)]
        ) + ")"
    reason = meaning(result.stop_reason) if result.stop_reason else ""
    if result.state is BatchState.STOPPED:
        return translate("BatchText", "Stopped: {reason}. {accepted} accepted, {not_sent} not "
                         "sent; they can be resumed once that is fixed.").format(
            reason=reason, accepted=accepted, not_sent=number(result.not_sent))
    if result.state is BatchState.INTERRUPTED:
        return translate("BatchText", "Interrupted: {reason}. {accepted} accepted, {failed} "
                         "failed, {rows} not sent; resume to send them once that is "
                         "fixed.").format(reason=reason, accepted=accepted, failed=failed,
                                          rows=not_sent)
    if result.state is BatchState.CANCELLED:
        return translate("BatchText", "Cancelled: {accepted} accepted, {failed} failed{why}, "
                         "{rows} not sent, can be resumed.").format(
            accepted=accepted, failed=failed, why=why, rows=not_sent)
    return translate("BatchText", "Finished: {accepted} accepted, {failed} failed{why}.").format(
        accepted=accepted, failed=failed, why=why)


def run_figures(result: BatchResult, delivered: int | None = None) -> str:
    """Duration, rate, the accepted share and the share of accepted rows marked delivered."""
    total = result.accepted + result.failed + result.rejected + result.not_sent
    rate = result.sent_this_run / result.elapsed if result.elapsed > 0 else 0.0
    text = translate("BatchText", "Took {duration} at {rate} requests/s; {accepted} of {total} "
                     "accepted ({share})").format(
        duration=duration(result.elapsed), rate=decimal(rate), accepted=number(result.accepted),
        total=number(total), share=_share(result.accepted, total))
    if delivered is not None and result.accepted:
        text += translate("BatchText", "; {delivered} of the accepted marked delivered "
                          "({share})").format(delivered=number(delivered),
                                              share=_share(delivered, result.accepted))
    return text + "."


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


def retry_text(before: BatchResult, after: BatchResult) -> str:
    """What Retry failed did: the rows it took up, and what became of them."""
    retried = before.failed + before.rejected
    accepted = max(0, after.accepted - before.accepted)
    again = after.failed + after.rejected
    text = translate("BatchText", "Retried {rows}: {accepted} accepted, {again} failed "
                     "again").format(rows=rows(retried), accepted=number(accepted),
                                     again=number(again))
    if after.not_sent:
        text += translate("BatchText", ", {count} not sent").format(count=number(after.not_sent))
    if after.state is BatchState.STOPPED:
        text += translate("BatchText", " (stopped: {reason})").format(reason=after.stop_reason)
    return text + "."


def result_kind(result: BatchResult) -> str:
    """The colour of the result line: ok only for a finished batch with nothing failed."""
    if result.state is BatchState.CANCELLED:
        return "info"
    clean = result.state is BatchState.FINISHED and not (result.failed or result.rejected)
    return "ok" if clean else "error"
