"""What each command-line command does; ``cli.py`` only parses and maps errors to exits."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import TextIO

from . import paths
from .cli_common import (
    EXIT_FAILED,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_STOPPED,
    EXIT_USAGE,
    UsageError,
    print_json,
)
from .core.client import AuthMode, BaseUrlError, BodyFormat, MissingSecretError
from .core.context import AppContext, Overrides, SetupError
from .core.conversion import ConversionError, make_conversion, resolve_timezone
from .core.diskerrors import os_error_sentence
from .core.history import KeptAsideError
from .core.outcome import Outcome
from .core.retry import Cancelled, RetryPolicy, send_with_retries
from .core.statuses import Action, Kind
from .logs import note_log_problem, setup_logging

log = logging.getLogger(__name__)


def friendly_error(exc: BaseException) -> str | None:
    """The one-line message for an error a user can fix; None for a bug."""
    from .core.credentials import CredentialsError, ProfileError, SettingsError
    from .core.history import HistoryError
    from .core.intake import IntakeError

    if isinstance(exc, ConversionError):
        return exc.message
    if isinstance(exc, BaseUrlError | MissingSecretError | SetupError | UsageError):
        return str(exc)
    if isinstance(exc, CredentialsError | ProfileError | SettingsError | IntakeError
                  | HistoryError):
        return str(exc)
    if isinstance(exc, paths.DataFolderError):
        return str(exc)
    if isinstance(exc, OSError) and exc.filename:
        return os_error_sentence(exc, exc.filename, "the file")
    return None


def _context(args: argparse.Namespace) -> AppContext:
    data = paths.data_dir(args.data_dir)
    ctx = AppContext(data, sandbox=bool(getattr(args, "sandbox", False)),
                     history=getattr(args, "history", None))
    try:
        setup_logging(paths.log_dir(ctx.data_dir if ctx.sandbox else data))
    except paths.DataFolderError as exc:  # the command can do its work without a log
        note_log_problem(str(exc))
    return ctx


def _overrides(args: argparse.Namespace) -> Overrides:
    return Overrides(
        profile=args.profile,
        base_url=args.base_url,
        auth=AuthMode(args.auth) if args.auth else None,
        body=BodyFormat(args.body) if args.body else None,
    )


def _say(args: argparse.Namespace) -> TextIO:
    """Human lines go to stdout, or to stderr when stdout is for the JSON object."""
    stream = sys.stderr if args.json else sys.stdout
    return stream if stream is not None else open(os.devnull, "w")


def describe(outcome: Outcome) -> str:
    code = str(outcome.status) if outcome.status is not None else "---"
    text = f"{code}  {outcome.meaning}"
    if outcome.response_text and not outcome.accepted:
        text += f"  [{outcome.response_text}]"
    return text


# -- send ---------------------------------------------------------------------------------
def run_send(args: argparse.Namespace) -> int:
    if args.attempts < 1:
        raise UsageError("--attempts must be 1 or more")
    zone = resolve_timezone(args.timezone)
    conversion = make_conversion(args.channel, args.message_id, args.delivered,
                                 args.timestamp, zone)
    ctx = _context(args)
    say = _say(args)
    try:
        client, profile = ctx.client(_overrides(args))
        history = ctx.history
        cancel = threading.Event()

        if history.merged_aside:
            print(f"{history.merged_aside:,} attempts kept aside earlier (the history was "
                  "busy) are now in the history", file=say)

        def record(n: int, outcome: Outcome) -> None:
            try:
                history.record_single(conversion, outcome, attempt_no=n, profile=profile.name,
                                      base_url=profile.base_url)
            except KeptAsideError as exc:  # it went out: kept safe, and said so
                print(f"note: {exc}", file=say)
            if outcome.action is Action.RETRY and n < args.attempts:
                print(f"attempt {n}: {describe(outcome)}; trying again", file=say)

        try:
            with client:
                outcome, attempts = send_with_retries(
                    client.send, conversion, RetryPolicy(max_attempts=args.attempts), cancel,
                    on_attempt=record,
                )
        except Cancelled:  # pragma: no cover - no one cancels a CLI send but Ctrl+C
            raise KeyboardInterrupt from None
        print(describe(outcome), file=say)
        if args.json:
            counts = _zero_counts()
            # counted as a batch counts it: a 42x is the API refusing the row ("rejected")
            counts[_count_key(outcome)] = 1
            print_json({**counts, "status": outcome.status, "kind": outcome.kind.value,
                        "meaning": outcome.meaning, "attempts": attempts,
                        "message_id": conversion.message_id, "timestamp": conversion.timestamp})
        if outcome.accepted:
            return EXIT_OK
        if outcome.kind is Kind.INTERNAL:  # not sent: a fault in the app, not the API
            return EXIT_INTERNAL
        return EXIT_STOPPED if outcome.action is Action.STOP else EXIT_FAILED
    finally:
        ctx.close()


def _count_key(outcome: Outcome) -> str:
    if outcome.accepted:
        return "accepted"
    return "rejected" if outcome.kind is Kind.INVALID else "failed"


def _zero_counts() -> dict[str, object]:
    return {"accepted": 0, "rejected": 0, "failed": 0, "skipped": 0, "duplicates": 0}


# -- batch --------------------------------------------------------------------------------
def run_batch(args: argparse.Namespace) -> int:
    from .batch_cli import run_batch_command

    return run_batch_command(args, _context, _overrides, _say)


# -- history ------------------------------------------------------------------------------
def run_history(args: argparse.Namespace) -> int:
    if args.summary:
        from .summary_cli import run_history_summary

        return run_history_summary(args, _context, _say)
    from .batch_cli import run_history_command

    return run_history_command(args, _context, _say)


# -- doctor -------------------------------------------------------------------------------
def run_doctor(args: argparse.Namespace) -> int:
    from .doctor_cli import run_doctor_command

    return run_doctor_command(args, _context, _overrides, _say)


# -- simulator ----------------------------------------------------------------------------
def run_simulator(args: argparse.Namespace) -> int:
    from .simulator import Faults, serve_forever

    for name in ("error_rate", "throttle_rate", "reset_rate", "hang_rate"):
        value = getattr(args, name)
        if not 0.0 <= value <= 1.0:
            raise UsageError(f"--{name.replace('_', '-')} must be between 0 and 1")
    if args.latency_ms < 0 or args.rate_limit < 0:
        raise UsageError("--latency-ms and --rate-limit must be 0 or more")
    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    try:
        faults = Faults(
            latency_ms=args.latency_ms, error_rate=args.error_rate,
            throttle_rate=args.throttle_rate, reset_rate=args.reset_rate,
            hang_rate=args.hang_rate, rate_limit=args.rate_limit, seed=args.seed,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    code: int = serve_forever(port=args.port, faults=faults)
    return code


# -- credentials --------------------------------------------------------------------------
def run_credentials(args: argparse.Namespace) -> int:
    from .core.credentials import Profile, SecretKind, mask  # noqa: F401

    if args.sandbox:
        raise UsageError("sandbox mode has its own demo credentials; nothing to manage")
    ctx = _context(args)
    say = _say(args)
    try:
        action: Callable[[argparse.Namespace, AppContext, TextIO], int] = {
            "set": _credentials_set,
            "show": _credentials_show,
            "delete": _credentials_delete,
        }[args.action]
        return action(args, ctx, say)
    finally:
        ctx.close()


def _read_secret(prompt: str) -> str:
    """From the terminal without echo, or one line of stdin when it is a pipe."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _credentials_set(args: argparse.Namespace, ctx: AppContext, say: TextIO) -> int:
    from .core.credentials import Profile, SecretKind
    from .core.signing import SignatureMethod

    name = args.profile or (ctx.profiles.active_name() or "default")
    existing = ctx.profiles.get(name)
    api_key = args.api_key or (existing.api_key if existing else None)
    if not api_key:
        raise UsageError("--api-key is needed for a new profile")
    base = existing or Profile(name=name, api_key=api_key)
    profile = Profile(
        name=name,
        api_key=api_key.strip(),
        auth=AuthMode(args.auth) if args.auth else base.auth,
        signature_method=(SignatureMethod(args.signature_method) if args.signature_method
                          else base.signature_method),
        base_url=args.base_url or base.base_url,
        body=BodyFormat(args.body) if args.body else base.body,
    )
    changed: list[str] = []
    if not args.no_secret:
        secret = _read_secret("API secret (Enter to keep the current one): ")
        if secret:
            ctx.secrets.set(name, SecretKind.API_SECRET, secret)
            changed.append("API secret")
        if profile.auth is AuthMode.SIGNATURE:
            sig = _read_secret("Signature secret (Enter to keep the current one): ")
            if sig:
                ctx.secrets.set(name, SecretKind.SIGNATURE_SECRET, sig)
                changed.append("signature secret")
    ctx.profiles.save(profile)
    ctx.profiles.set_active(name)
    where = ctx.secrets.where
    print(f"profile {name!r} saved (key {profile.api_key}, {profile.auth.value} auth, "
          f"{profile.base_url})", file=say)
    if changed:
        print(f"{' and '.join(changed)} stored in {where}", file=say)
    notice = getattr(ctx.secrets, "notice", None)
    if notice:
        print(notice, file=say)
    if args.json:
        print_json({"profile": name, "saved": True, "secrets_in": where})
    return EXIT_OK


def _credentials_show(args: argparse.Namespace, ctx: AppContext, say: TextIO) -> int:
    from .core.credentials import SecretKind

    active = ctx.profiles.active_name()
    shown = []
    for profile in ctx.profiles.list():
        if args.profile and profile.name != args.profile:
            continue
        has_secret = ctx.secrets.get(profile.name, SecretKind.API_SECRET) is not None
        has_sig = ctx.secrets.get(profile.name, SecretKind.SIGNATURE_SECRET) is not None
        mark = "*" if profile.name == active else " "
        print(f"{mark} {profile.name}: key {profile.api_key}, {profile.auth.value} auth "
              f"({profile.signature_method.value}), {profile.base_url}; API secret "
              f"{'set' if has_secret else 'not set'}, signature secret "
              f"{'set' if has_sig else 'not set'}", file=say)
        shown.append({"name": profile.name, "api_key": profile.api_key,
                      "auth": profile.auth.value, "base_url": profile.base_url,
                      "active": profile.name == active, "api_secret_set": has_secret,
                      "signature_secret_set": has_sig})
    if not shown:
        print("no profiles yet: 'conversion-gui credentials set --api-key KEY'", file=say)
    print(f"secrets are kept in {ctx.secrets.where}", file=say)
    env = [k for k in ("VONAGE_API_KEY", "VONAGE_API_SECRET", "VONAGE_SIGNATURE_SECRET",
                       "VONAGE_SIGNATURE_METHOD") if k in ctx.environ]
    if env:
        print(f"the environment overrides: {', '.join(env)}", file=say)
    if args.json:
        print_json({"profiles": shown, "secrets_in": ctx.secrets.where})
    return EXIT_OK


def _credentials_delete(args: argparse.Namespace, ctx: AppContext, say: TextIO) -> int:
    from .core.credentials import PROFILE_SECRETS

    name = args.profile or ctx.profiles.active_name()
    if not name or ctx.profiles.get(name) is None:
        raise UsageError(f"no profile {name!r} to delete" if name else "no profile to delete")
    for kind in PROFILE_SECRETS:
        ctx.secrets.delete(name, kind)
    ctx.profiles.delete(name)
    print(f"profile {name!r} and its secrets deleted", file=say)
    if args.json:
        print_json({"profile": name, "deleted": True})
    return EXIT_OK


# -- gui ----------------------------------------------------------------------------------
def run_gui(args: argparse.Namespace) -> int:
    try:
        from .qt.app import run_app
    except ImportError as exc:
        raise UsageError(f"the desktop app cannot start here: {exc}") from None
    code: int = run_app(args)
    return code


__all__ = ["EXIT_USAGE", "friendly_error", "run_batch", "run_credentials", "run_doctor", "run_gui",
           "run_history", "run_send", "run_simulator"]
