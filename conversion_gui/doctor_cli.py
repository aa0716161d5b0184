"""``conversion-gui doctor [--json]``: the connection doctor on the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from .cli_common import EXIT_FAILED, EXIT_OK, print_json
from .core.context import AppContext, Overrides
from .core.doctor import CheckLine, Doctor, Verdict, report

ContextFactory = Callable[[argparse.Namespace], AppContext]
OverridesFactory = Callable[[argparse.Namespace], Overrides]
SayFactory = Callable[[argparse.Namespace], TextIO]


def run_doctor_command(args: argparse.Namespace, make_context: ContextFactory,
                       make_overrides: OverridesFactory, make_say: SayFactory) -> int:
    """Each line as soon as its check ends; exit 0 when every check passed, else 1."""
    ctx = make_context(args)
    say = make_say(args)
    try:
        doctor = Doctor(ctx, make_overrides(args))
        header = doctor.header()
        for text in header:
            print(text, file=say, flush=True)

        def show(line: CheckLine) -> None:
            print(line.render(), file=say, flush=True)

        lines = doctor.run(show)
        summary = report(header, lines).rstrip("\n").rsplit("\n", 1)[-1]
        print(summary, file=say, flush=True)
        ok = all(line.verdict is not Verdict.FAIL for line in lines)
        if args.json:
            print_json({"ok": ok, "base_url": doctor.base_url, "sandbox": ctx.sandbox,
                        "checks": [line.to_json() for line in lines]})
        return EXIT_OK if ok else EXIT_FAILED
    finally:
        ctx.close()
