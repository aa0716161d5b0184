"""``conversion-gui history --summary``: the History Overview's numbers, in a terminal or JSON."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from .cli_common import EXIT_OK, print_json
from .core.context import AppContext
from .core.history import HistoryFilter
from .core.history.summary import summarise


def print_table(header: list[str], rows: list[list[str]], say: TextIO) -> None:
    """Columns lined up; numbers to the right, the first (label) columns to the left."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(header)]
    labels = len(header) - sum(1 for h in header if h not in ("day_utc", "hour_utc", "batch_id",
                                                              "file", "created", "meaning"))

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i < labels else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    print(line(header), file=say)
    for row in rows:
        print(line(row), file=say)


def run_history_summary(
    args: argparse.Namespace,
    make_context: Callable[[argparse.Namespace], AppContext],
    make_say: Callable[[argparse.Namespace], TextIO],
) -> int:
    """Attempts per day (per hour over a short range), batch or meaning, by outcome."""
    say = make_say(args)
    ctx = make_context(args)
    try:
        history = ctx.history
        summary = summarise(history, HistoryFilter(failed_only=args.failed, batch_id=args.batch),
                            args.by)
        header, rows = summary.table()
        print_table(header, rows, say)
        print(summary.describe(), file=say)
        if args.json:
            print_json(summary.as_json())
        return EXIT_OK
    finally:
        ctx.close()
