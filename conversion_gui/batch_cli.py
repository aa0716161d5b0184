"""``conversion-gui batch`` and ``conversion-gui history``."""

from __future__ import annotations

import argparse
import math
import sys
import threading
from collections.abc import Callable
from typing import TextIO

from .cli_common import (
    EXIT_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_STOPPED,
    EXIT_USAGE,
    UsageError,
    print_json,
)
from .core.batch import BatchOptions, BatchResult, BatchRunner, Progress, duration, result_summary
from .core.batch_account import AccountMismatchError, account_record, resume_client
from .core.batchfile import export_batch_results, file_sha256, journal_file, save_results
from .core.context import AppContext, Overrides
from .core.conversion import DateOrder, parse_channel, resolve_timezone
from .core.history import BatchState, HistoryFilter
from .core.intake import Field, IntakeOptions, save_rejected, scan
from .core.intake.workbook import is_workbook
from .core.statuses import Kind

ContextFactory = Callable[[argparse.Namespace], AppContext]
OverridesFactory = Callable[[argparse.Namespace], Overrides]
SayFactory = Callable[[argparse.Namespace], TextIO]

_FIELDS = {f.value for f in Field}


def intake_options(args: argparse.Namespace) -> IntakeOptions:
    """The file options from the command line, each checked with a message naming it."""
    mapping: dict[str, str | None] = {}
    for item in args.map:
        field, sep, header = item.partition("=")
        field = field.strip().lower().replace("_", "-")
        if not sep or field not in _FIELDS:
            raise UsageError(f"--map {item!r}: use FIELD=HEADER with FIELD one of "
                             f"{', '.join(sorted(_FIELDS))}")
        mapping[field] = header.strip() or None
    resolve_timezone(args.timezone)  # raises with the option named
    delimiter = args.delimiter
    if delimiter is not None:
        delimiter = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";",
                     "pipe": "|"}.get(delimiter.lower(), delimiter)
        if len(delimiter) != 1:
            raise UsageError(f"--delimiter {args.delimiter!r} must be one character or tab")
    return IntakeOptions(
        channel=parse_channel(args.channel) if args.channel else None,
        timezone=args.timezone,
        date_order=DateOrder(args.date_order) if args.date_order else None,
        mapping=mapping or None,
        encoding=args.encoding,
        delimiter=delimiter,
        default_timestamp_now=args.timestamp_now,
        allow_duplicates=args.force_duplicates,
        sheet=args.sheet,
    )


def _batch_options(args: argparse.Namespace) -> BatchOptions:
    if not math.isfinite(args.history_wait):
        raise UsageError(f"--history-wait {args.history_wait}: give a number of seconds")
    if not math.isfinite(args.rate):  # argparse's float() takes "nan" and "inf"
        raise UsageError(f"--rate {args.rate}: give a number of conversions per second "
                         "(0 means no limit)")
    try:
        return BatchOptions(rate=args.rate, concurrency=args.concurrency,
                            history_wait=args.history_wait)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


class ProgressBar:
    """One redrawn line on a terminal; nothing at all when the output is not one."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream if stream is not None and stream.isatty() else None
        self._width = 0

    def show(self, p: Progress) -> None:
        if self._stream is None:
            return
        share = p.done / p.total if p.total else 1.0
        filled = int(share * 30)
        eta = f", about {duration(p.eta)} left" if p.eta is not None else ""
        state = "" if p.state == BatchState.RUNNING else f" [{p.state}]"
        if p.waiting_for_history:
            state += " · waiting for the history file…"
        text = (f"\r[{'#' * filled}{'.' * (30 - filled)}] {p.done:,} of {p.total:,} "
                f"· {p.rate:.1f}/s{eta} · {p.accepted:,} accepted, {p.failed:,} failed{state}")
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self._stream.write(text + " " * pad)
        self._stream.flush()

    def close(self) -> None:
        if self._stream is not None and self._width:
            self._stream.write("\n")
            self._stream.flush()


def run_batch_command(
    args: argparse.Namespace,
    make_context: ContextFactory,
    make_overrides: OverridesFactory,
    make_say: SayFactory,
) -> int:
    options = intake_options(args)
    batch_options = _batch_options(args)
    if args.errors_only and not args.results_out:
        raise UsageError("--errors-only goes with --results-out FILE.csv")
    if args.sheet is not None and not is_workbook(args.file):
        raise UsageError(f"--sheet {args.sheet!r}: {args.file} is not a workbook "
                         "(.xlsx, .xlsm, .xlsb, .xls, .ods)")
    say = make_say(args)
    ctx = make_context(args)
    try:
        history = ctx.history
        if args.dry_run:
            return _dry_run(args, ctx, options, say)
        history.discard_unprepared()  # batches a crash left half-journalled: never offered
        if history.merged_aside:
            print(f"{history.merged_aside:,} attempts kept aside earlier (the history was "
                  "busy) are now in the history", file=say)
        digest = file_sha256(args.file)
        unfinished = history.find_unfinished_batch(digest)
        if unfinished is not None and not args.resume:
            raise UsageError(
                f"batch #{unfinished.id} of this file is unfinished "
                f"({unfinished.open_rows:,} rows not yet sent): add --resume to finish it"
            )
        if unfinished is not None:
            try:  # with the account the batch started with, unless --profile says otherwise
                client, _profile, which = resume_client(
                    ctx, unfinished, make_overrides(args),
                    "Add --profile NAME to resume with a profile of your choice.")
            except AccountMismatchError as exc:
                raise UsageError(str(exc)) from None
            batch_id = unfinished.id
            counts = dict(unfinished.counts)
            print(which, file=say)
            print(f"resuming batch #{batch_id} of {unfinished.file_name}: "
                  f"{unfinished.open_rows:,} rows left", file=say)
        else:
            client, profile = ctx.client(make_overrides(args))
            if args.resume:
                print("no unfinished batch of this file: starting a new one", file=say)
            journalled = journal_file(
                history, args.file, options,
                extra={**account_record(client, profile), "rate": batch_options.rate,
                       "concurrency": batch_options.concurrency},
                sha256=digest,
            )
            batch_id, counts = journalled.batch_id, journalled.counts
            print(f"{args.file}: {journalled.info.describe()}", file=say)
            print(_counts_line(counts), file=say)
        if args.rejected_out:
            written = save_rejected(args.file, options, args.rejected_out)
            print(f"{written:,} rejected rows written to {args.rejected_out}", file=say)
        history.on_outage = lambda why: print(
            f"paused: {why}; waiting for it to come back" if why else "the history is back: "
            "carrying on", file=sys.stderr, flush=True)
        result = _run(client, history, batch_id, batch_options, say, args)
        client.close()
        print(result_summary(result), file=say)
        taken = history.skipped_notes(batch_id, limit=5)
        taken_count = history.row_counts(batch_id).get("skipped", 0)
        for number, note in taken:
            print(f"line {number}: not sent, {note}", file=say)
        if taken_count > len(taken):
            print(f"… {taken_count - len(taken):,} more not sent for the same reason", file=say)
        kinds = history.failed_kinds(batch_id) if result.failed else {}
        for line in transport_lines(kinds):
            print(line, file=say)
        if args.results_out:
            written = save_results(args.file, options, args.results_out, history, batch_id,
                                   args.errors_only)
            print(f"{written:,} rows written to {args.results_out}", file=say)
        if result.state in (BatchState.CANCELLED, BatchState.INTERRUPTED):
            print(f"resume with: conversion-gui batch {args.file} --resume", file=say)
        if args.json:
            print_json({
                "batch_id": batch_id,
                "state": result.state.value,
                "accepted": result.accepted,
                "rejected": counts.get("rejected", 0) + result.rejected,
                "failed": result.failed,
                "skipped": counts.get("skipped", 0) + taken_count,
                "already_accepted": counts.get("skipped", 0) + taken_count,
                "duplicates": counts.get("duplicate", 0),
                "blank": counts.get("blank", 0),
                "not_sent": result.not_sent,
                "no_answer": kinds.get(Kind.NO_ANSWER.value, 0),
                "unreachable": kinds.get(Kind.UNREACHABLE.value, 0),
                "stop_reason": result.stop_reason,
            })
        if result.state is BatchState.STOPPED:
            return EXIT_STOPPED
        if result.state is BatchState.INTERRUPTED:  # the history (user fixes) or a bug
            return EXIT_USAGE if result.fault == "history" else EXIT_INTERNAL
        if result.state is BatchState.CANCELLED:
            return EXIT_INTERRUPTED
        clean = (result.failed == 0 and result.rejected == 0 and result.not_sent == 0
                 and counts.get("rejected", 0) == 0)
        return EXIT_OK if clean else EXIT_FAILED
    finally:
        ctx.close()


def _run(client: object, history: object, batch_id: int, options: BatchOptions,
         say: TextIO, args: argparse.Namespace) -> BatchResult:
    bar = ProgressBar(None if args.json else sys.stdout)
    runner = BatchRunner(client, history, batch_id, options, on_progress=bar.show)  # type: ignore[arg-type]
    box: list[BatchResult] = []
    failure: list[BaseException] = []
    # Waited on instead of Thread.join: a Ctrl+C that interrupts join() on Python 3.11 marks
    # the still-running thread as stopped (bpo-45274's fix), and the next join() returns
    # at once, before the runner has a result.
    finished = threading.Event()

    def target() -> None:
        try:
            box.append(runner.run())
        except BaseException as exc:  # handed to the main thread, which reports it
            failure.append(exc)
        finally:
            finished.set()

    thread = threading.Thread(target=target, name=f"batch-{batch_id}")
    thread.start()
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt:
        print("\ncancelling: waiting for the requests in flight…", file=say)
        runner.cancel()
        finished.wait()
    thread.join()
    bar.close()
    if failure:
        raise failure[0]
    return box[0]


def transport_lines(kinds: dict[str, int]) -> list[str]:
    """The two network failures, apart: one may have reached the API, the other did not."""
    lines = []
    no_answer = kinds.get(Kind.NO_ANSWER.value, 0)
    unreachable = kinds.get(Kind.UNREACHABLE.value, 0)
    if no_answer:
        rows, it, obj = (("1 row", "it", "it") if no_answer == 1
                         else (f"{no_answer:,} rows", "they", "them"))
        lines.append(f"  {rows} got no answer: {it} may have arrived (sending {obj} again "
                     "only repeats the same fact)")
    if unreachable:
        rows, them = ("1 row", "it") if unreachable == 1 else (f"{unreachable:,} rows", "them")
        lines.append(f"  {rows} could not reach the API: nothing was sent for {them}")
    return lines


def _counts_line(counts: dict[str, int]) -> str:
    line = (f"{counts.get('valid', 0):,} valid, {counts.get('rejected', 0):,} rejected, "
            f"{counts.get('blank', 0):,} blank, {counts.get('duplicate', 0):,} duplicate, "
            f"{counts.get('skipped', 0):,} already accepted")
    if counts.get("skipped", 0):
        line += " (the history holds them as accepted: they are not sent again)"
    return line


def _dry_run(args: argparse.Namespace, ctx: AppContext, options: IntakeOptions,
             say: TextIO) -> int:
    summary = scan(args.file, options, accepted_ids=ctx.history.accepted_ids(),
                   max_reasons=20)
    print(f"{args.file}: {summary.info.describe()}", file=say)
    print(_counts_line({"valid": summary.valid, "rejected": summary.rejected,
                        "blank": summary.blank, "duplicate": summary.duplicate,
                        "skipped": summary.already_accepted}), file=say)
    for reason in summary.reasons:
        print(f"  {reason}", file=say)
    if summary.rejected > len(summary.reasons):
        print(f"  … and {summary.rejected - len(summary.reasons):,} more", file=say)
    if args.rejected_out:
        written = save_rejected(args.file, options, args.rejected_out)
        print(f"{written:,} rejected rows written to {args.rejected_out}", file=say)
    if args.results_out:
        written = save_results(args.file, options, args.results_out, ctx.history,
                               errors_only=args.errors_only)
        print(f"{written:,} rows written to {args.results_out}", file=say)
    if args.json:
        print_json({"valid": summary.valid, "rejected": summary.rejected,
                    "blank": summary.blank, "duplicates": summary.duplicate,
                    "skipped": summary.already_accepted,
                    "already_accepted": summary.already_accepted, "total": summary.total,
                    "accepted": 0, "failed": 0})
    return EXIT_OK if summary.rejected == 0 else EXIT_FAILED


def run_history_command(
    args: argparse.Namespace, make_context: ContextFactory, make_say: SayFactory
) -> int:
    if args.limit < 0:
        raise UsageError("--limit must be 0 or more")
    say = make_say(args)
    ctx = make_context(args)
    try:
        if args.set_password or args.connect or args.action == "migrate":
            from .history_cli import connect_history, migrate_history, set_history_password

            if args.connect:
                return connect_history(ctx, say)
            if args.set_password:
                return set_history_password(ctx, say)
            return migrate_history(ctx, args, say)
        history = ctx.history
        flt = HistoryFilter(failed_only=args.failed, batch_id=args.batch,
                            sent_by=args.sent_by or "")
        total = history.count(flt)
        if args.results_out:
            if args.batch is None:
                raise UsageError("--results-out needs --batch N (the batch whose results)")
            written = export_batch_results(history, args.batch, args.results_out)
            print(f"{written:,} rows written to {args.results_out}", file=say)
        if args.export:
            written = history.export_csv(flt, args.export)
            print(f"{written:,} attempts written to {args.export}", file=say)
        elif not args.results_out:
            for row in history.page(flt, limit=args.limit):
                code = str(row.status) if row.status is not None else "---"
                where = f"batch #{row.batch_id} line {row.line}" if row.batch_id else "single"
                print(f"{row.at}  {row.channel:<5} {row.message_id:<24} "
                      f"{'delivered' if row.delivered else 'not delivered':<13} "
                      f"{row.conv_timestamp}  {code}  {row.meaning}  ({where}, "
                      f"attempt {row.attempt_no}{', by ' + row.sent_by if row.sent_by else ''})",
                      file=say)
            shown = min(total, args.limit)
            print(f"{shown:,} of {total:,} attempts shown", file=say)
        if args.json:
            failed = history.count(HistoryFilter(failed_only=True, batch_id=args.batch))
            print_json({"attempts": total, "accepted": total - failed if not args.failed else 0,
                        "failed": failed, "exported": args.export})
        return EXIT_OK
    finally:
        ctx.close()
