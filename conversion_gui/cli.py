"""The command line: ``conversion-gui send|batch|history|simulator|credentials``; the GUI is
the default command. Every failure a user can cause is one line on stderr and an exit status
(DESIGN.md section 5), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from . import __version__
from .cli_common import (  # noqa: F401 - EXIT_* are re-exported for callers of cli
    EXIT_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_STOPPED,
    EXIT_USAGE,
    UsageError,
    print_json,
)

log = logging.getLogger(__name__)

COMMANDS = ("gui", "send", "batch", "history", "simulator", "credentials", "doctor")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _common() -> _Parser:
    common = _Parser(add_help=False)
    g = common.add_argument_group("common options")
    g.add_argument("--base-url", help="API base URL (default: the profile's, or https://api.nexmo.com)")
    g.add_argument("--profile", help="credential profile to use (default: the active one)")
    g.add_argument("--auth", choices=["basic", "params", "signature"], help="how to authenticate")
    g.add_argument("--body", choices=["form", "json"], help="request body format (default form)")
    g.add_argument("--data-dir", help="folder for settings, history and logs "
                   "(or CONVERSION_GUI_DATA_DIR)")
    g.add_argument("--history", metavar="URL",
                   help="the history to use: postgresql://USER@HOST/DB for a team database "
                   "(password from the keychain, never in the URL) or sqlite:PATH "
                   "(or CONVERSION_GUI_HISTORY; default: Settings, else this computer's)")
    g.add_argument("--json", action="store_true",
                   help="print one JSON object with the counts as the last line of stdout")
    g.add_argument("--sandbox", action="store_true",
                   help="use the built-in simulator and demo credentials: nothing leaves "
                   "this machine")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="conversion-gui",
        description="Report conversions to the Vonage Conversion API.",
        parents=[],
    )
    parser.add_argument("--version", action="version", version=f"conversion-gui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", parents=[common], help="open the desktop app (the default)")
    gui.add_argument("--self-test", action="store_true",
                     help="check that the app works on this machine, then exit")
    gui.add_argument("--lang", metavar="CODE",
                     help="the window's language for this run: en, de, fr, es, pt_BR, ja "
                     "(default: Settings > Language, else the system's)")
    gui.add_argument("--screenshot", metavar="FILE.png",
                     help="open the window, save a picture of it to FILE.png, then exit "
                     "(for support requests and CI)")

    send = sub.add_parser("send", parents=[common], help="report one conversion")
    send.add_argument("--channel", required=True,
                      help="sms (SMS or Verify API) or voice (Text-To-Speech, TTS Prompt)")
    send.add_argument("--message-id", required=True,
                      help="the message-id, Verify event_id or call-id")
    d = send.add_mutually_exclusive_group(required=True)
    d.add_argument("--delivered", dest="delivered", action="store_true",
                   help="the user completed the call to action")
    d.add_argument("--not-delivered", dest="delivered", action="store_false",
                   help="the user did not")
    send.add_argument("--timestamp", help="when it happened (default now); "
                      "an offset or Z is converted to UTC")
    send.add_argument("--timezone", default="UTC",
                      help="zone of a timestamp without offset (default UTC; 'local' for this "
                      "machine's)")
    send.add_argument("--attempts", type=int, default=8,
                      help="tries on a throttle, server error or network error (default 8)")

    batch = sub.add_parser("batch", parents=[common],
                           help="report every row of a CSV file or workbook")
    batch.add_argument("file", help="CSV or text file, or workbook (.xlsx .xlsm .xlsb .xls .ods)")
    batch.add_argument("--channel", help="sms or voice, for rows without a channel column")
    batch.add_argument("--dry-run", action="store_true", help="check the file, send nothing")
    batch.add_argument("--resume", action="store_true",
                       help="finish an interrupted batch of this same file")
    batch.add_argument("--rate", type=float, default=30.0,
                       help="conversions per second (default 30; 0 means no limit)")
    batch.add_argument("--concurrency", type=int, default=8,
                       help="requests in flight (default 8)")
    batch.add_argument("--history-wait", type=float, default=300.0, metavar="SECONDS",
                       help="how long sending waits for a history file another program "
                       "holds before the batch stops, resumable (default 300)")
    batch.add_argument("--timezone", default="UTC",
                       help="zone of timestamps without offset (default UTC)")
    batch.add_argument("--date-order", choices=["dmy", "mdy"],
                       help="how to read slashed dates like 03/04/2026")
    batch.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                       help="use column HEADER for FIELD (message-id, delivered, timestamp, "
                       "channel)")
    batch.add_argument("--encoding", help="file encoding (default: detected)")
    batch.add_argument("--delimiter", help="field separator (default: detected)")
    batch.add_argument("--timestamp-now", action="store_true",
                       help="rows without a timestamp column are sent with the send time")
    batch.add_argument("--force-duplicates", action="store_true",
                       help="send duplicate and already-accepted message-ids too")
    batch.add_argument("--sheet", metavar="NAME|N",
                       help="the workbook sheet to read, by name or 1-based number "
                            "(default: the one sheet with a recognisable header)")
    batch.add_argument("--results-out", metavar="RESULTS.csv",
                       help="write every row with its outcome, status and meaning "
                            "(a dry run: its verdict)")
    batch.add_argument("--errors-only", action="store_true",
                       help="with --results-out: only the rows that were not accepted")
    batch.add_argument("--rejected-out", metavar="FILE.csv",
                       help="write the rejected rows, with the reason, to this CSV")

    hist = sub.add_parser("history", parents=[common], help="show or export the history log")
    hist.add_argument("--failed", action="store_true", help="only attempts that did not succeed")
    hist.add_argument("--export", metavar="FILE.csv", help="write the matching attempts to a CSV")
    hist.add_argument("--results-out", metavar="RESULTS.csv",
                      help="with --batch: the batch's rows with outcome, status and meaning")
    hist.add_argument("--limit", type=int, default=20, help="rows to show (default 20)")
    hist.add_argument("--batch", type=int, help="only this batch")
    hist.add_argument("--summary", action="store_true",
                      help="counts by outcome instead of attempts (what the Overview charts)")
    hist.add_argument("--by", choices=["day", "batch", "meaning"], default="day",
                      help="with --summary: per day (per hour over two days or less), "
                      "per batch, or by status meaning (default day)")
    hist.add_argument("--sent-by", metavar="USER@MACHINE", help="only attempts sent from there")
    hist.add_argument("action", nargs="?", choices=["migrate"],
                      help="migrate: copy this history into the one given by --to")
    hist.add_argument("--to", metavar="URL",
                      help="with migrate: postgresql://USER@HOST/DB or sqlite:PATH")
    hist.add_argument("--set-password", action="store_true",
                      help="save the team database's password in the keychain (prompted for, "
                      "or read from stdin)")
    hist.add_argument("--connect", action="store_true",
                      help="use the team database of --history from now on (as Settings › "
                      "History does): asks for its password, checks it, creates the tables")

    sim = sub.add_parser("simulator", parents=[common],
                         help="run the local Conversion API simulator")
    sim.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765)")
    sim.add_argument("--latency-ms", type=float, default=0.0, help="delay added to every answer")
    sim.add_argument("--error-rate", type=float, default=0.0,
                     help="share of requests answered 500/503 (0..1)")
    sim.add_argument("--throttle-rate", type=float, default=0.0,
                     help="share of requests answered 429 with Retry-After (0..1)")
    sim.add_argument("--reset-rate", type=float, default=0.0,
                     help="share of connections reset without an answer (0..1)")
    sim.add_argument("--hang-rate", type=float, default=0.0,
                     help="share of requests that hang (0..1)")
    sim.add_argument("--rate-limit", type=float, default=0.0,
                     help="requests per second per key above which it answers 429 (0: none)")
    sim.add_argument("--seed", type=int, help="random seed for repeatable faults")

    cred = sub.add_parser("credentials", help="manage credential profiles")
    cred_sub = cred.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=_Parser)
    cset = cred_sub.add_parser("set", parents=[common],
                               help="create or change a profile; secrets are prompted for "
                               "(or read from stdin), never taken as arguments")
    cset.add_argument("--api-key", help="the API key (not a secret)")
    cset.add_argument("--signature-method",
                      choices=["md5hash", "md5", "sha1", "sha256", "sha512"])
    cset.add_argument("--no-secret", action="store_true",
                      help="do not ask for secrets, change only the other fields")
    cred_sub.add_parser("show", parents=[common], help="show profiles and where secrets are kept")
    cred_sub.add_parser("delete", parents=[common], help="delete a profile and its secrets")

    sub.add_parser("doctor", parents=[common],
                   help="check the connection to the API step by step (for a support ticket)")
    return parser


def _normalise_argv(argv: list[str]) -> list[str]:
    """The GUI is the default command: ``conversion-gui --sandbox`` means ``gui --sandbox``."""
    if not argv:
        return ["gui"]
    if argv[0] in ("-h", "--help", "--version") or argv[0] in COMMANDS:
        return argv
    if argv[0].startswith("-"):
        return ["gui", *argv]
    return argv


_SECRET_OPTIONS = ("--api-secret", "--signature-secret", "--secret", "--password")


def _refuse_secret_options(argv: list[str]) -> None:
    """A secret on the command line is seen by every user of the machine (``ps``): refuse it
    by name, without echoing the value as argparse's "unrecognized arguments" would."""
    for arg in argv:
        if arg == "--":
            return
        name = arg.split("=", 1)[0].lower()
        if (len(name) > 5 and any(o.startswith(name) for o in _SECRET_OPTIONS)
                and not any(o.startswith(name) for o in ("--api-key", "--signature-method"))):
            raise UsageError(
                f"{name}: a secret is never taken as an argument (other users can see "
                "them); 'conversion-gui credentials set' prompts for it or reads it from "
                "stdin, or set VONAGE_API_SECRET / VONAGE_SIGNATURE_SECRET"
            )


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout
    try:
        _refuse_secret_options(args_list)
        args = build_parser().parse_args(_normalise_argv(args_list))
        return _dispatch(args)
    except UsageError as exc:
        _error(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except SystemExit as exc:  # argparse's --help and --version
        code = exc.code
        return code if isinstance(code, int) else EXIT_USAGE
    except Exception as exc:  # the last net: a bug, not the user's fault
        from .commands import friendly_error

        message = friendly_error(exc)
        if message is not None:
            _error(f"error: {message}")
            return EXIT_USAGE
        log.exception("internal error")
        _error(f"internal error: {type(exc).__name__} (details in the log file)")
        return EXIT_INTERNAL
    finally:
        if out is not None:
            with contextlib.suppress(OSError, ValueError):
                out.flush()


def _error(text: str) -> None:
    stream: TextIO | None = sys.stderr
    if stream is not None:
        print(f"conversion-gui: {text}", file=stream)


def _dispatch(args: argparse.Namespace) -> int:
    from . import commands

    table: dict[str, Callable[[argparse.Namespace], int]] = {
        "gui": commands.run_gui,
        "send": commands.run_send,
        "batch": commands.run_batch,
        "history": commands.run_history,
        "simulator": commands.run_simulator,
        "credentials": commands.run_credentials,
        "doctor": commands.run_doctor,
    }
    if os.environ.get("CONVERSION_GUI_DEBUG"):
        logging.basicConfig(level=logging.DEBUG)
    return table[args.command](args)

