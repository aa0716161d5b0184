"""``conversion-gui history migrate --to URL`` and ``history --set-password``: a team's history."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import TextIO

from .cli_common import EXIT_OK, UsageError, print_json
from .core.context import AppContext
from .core.history import open_history
from .core.history.team import save_location, set_database_password
from .core.history.transfer import transfer


def _read_password(prompt: str) -> str:
    """From the terminal without echo, or one line of stdin when it is a pipe."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def set_history_password(ctx: AppContext, say: TextIO) -> int:
    """Save (or, given nothing, forget) the password of the team database in use."""
    location = ctx.history_location
    if location.database is None:
        raise UsageError("--set-password is for a team database: give --history "
                         "postgresql://USER@HOST/DB (or set CONVERSION_GUI_HISTORY)")
    password = _read_password(f"Password for {location.shown} (empty to forget it): ")
    set_database_password(location.database, ctx.secrets, password or None)
    where = ctx.secrets.where
    print(f"password for {location.shown} {'saved in' if password else 'removed from'} "
          f"{where}", file=say)
    return EXIT_OK


def connect_history(ctx: AppContext, say: TextIO) -> int:
    """Point this computer at the team database of ``--history``: the password to the
    keychain (asked for; empty keeps a stored one), a connection that creates the tables,
    then the choice saved for the GUI and every later command."""
    location = ctx.history_location
    if location.database is None:
        raise UsageError("--connect is for a team database: give --history "
                         "postgresql://USER@HOST/DB")
    password = _read_password(f"Password for {location.shown} (empty: none, or keep the "
                              "stored one): ")
    if password:
        set_database_password(location.database, ctx.secrets, password)
    with open_history(location, ctx.secrets) as store:
        attempts = store.count()
    save_location(ctx.data_dir, location.shown)
    print(f"this computer now uses the team history {location.shown} ({attempts:,} attempts "
          "so far); Settings › History or 'history migrate' to copy the local one in",
          file=say)
    return EXIT_OK


def migrate_history(ctx: AppContext, args: argparse.Namespace, say: TextIO) -> int:
    """Copy the history in use into ``--to``; again copies only what is new."""
    if not args.to:
        raise UsageError("history migrate needs --to postgresql://USER@HOST/DB or "
                         "--to sqlite:PATH")
    source = ctx.history
    started = time.monotonic()
    last = [0.0]

    def progress(what: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 1.0 or done == total:
            last[0] = now
            print(f"copying {what}: {done:,} of {total:,}", file=sys.stderr, flush=True)

    with open_history(args.to, ctx.secrets) as target:
        print(f"copying {source.shown} into {target.shown}", file=say)
        result = transfer(source, target, progress)
        print(f"done in {time.monotonic() - started:.1f} s: {result.attempts:,} attempts and "
              f"{result.batches:,} batches copied now; all {result.source_attempts:,} attempts "
              f"and {result.source_batches:,} batches of the source are in {target.shown}",
              file=say)
        if args.json:
            print_json({"copied_attempts": result.attempts, "copied_batches": result.batches,
                        "source_attempts": result.source_attempts,
                        "source_batches": result.source_batches})
    return EXIT_OK
