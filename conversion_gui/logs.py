"""A rotating log that helps support without ever holding a secret.

Every record passes through ``RedactingFilter`` before any handler writes it: known secret
values are replaced, and so is anything shaped like ``api_secret=…``, ``sig=…`` or an
``Authorization`` header, whoever logged it (our code, requests, urllib3, Qt).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import re
import sys
from pathlib import Path

from .core.diskerrors import os_error_sentence
from .core.secret_registry import REGISTRY, SecretRegistry

LOG_FILE_NAME = "conversion-gui.log"
MASK = "****"

# A secret-named key, then = or : (maybe after a closing quote), then the value: bare up to a
# delimiter, or quoted up to its quote. Covers query strings (api_secret=x&…), JSON
# ("api_secret": "x"), Python reprs ({'api_secret': 'x'}, api_secret='x') and variable names
# like VONAGE_API_SECRET=x or db_password: x.
_KEYED = re.compile(
    r"(?i)\b(\w*?(?:secret|password)|sig)(['\"]?\s*[=:]\s*)"
    r"(?:b?(['\"])(.*?)\3|([^&\s\"',;})\]]+))"
)
_AUTH_HEADER = re.compile(
    r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(basic|bearer)\s+([A-Za-z0-9+/=._\-]+)"
)


def _mask_keyed(m: re.Match[str]) -> str:
    quote = m.group(3) or ""
    return f"{m.group(1)}{m.group(2)}{quote}{MASK}{quote}"


class RedactingFilter(logging.Filter):
    """Masks secrets in the final message text, so nothing upstream has to remember to.

    The values come from the core's registry (``core.secret_registry``), where the context
    puts every secret it loads, for the GUI and the command line alike.
    """

    def __init__(self, registry: SecretRegistry = REGISTRY) -> None:
        super().__init__()
        self._registry = registry

    def add_secret(self, value: str | None) -> None:
        self._registry.add(value)

    def redact(self, text: str) -> str:
        for secret in self._registry.values():
            text = text.replace(secret, MASK)
        text = _KEYED.sub(_mask_keyed, text)
        text = _AUTH_HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)} {MASK}", text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


REDACTOR = RedactingFilter()
_configured: list[logging.Handler] = []
_problems: list[str] = []


def note_log_problem(text: str) -> None:
    """Say once, in one line on stderr (when there is one), that the log cannot be written;
    the run goes on without it. The GUI shows :func:`log_problem` in its window."""
    if _problems:
        return
    _problems.append(text)
    stream = sys.stderr
    if stream is not None:
        with contextlib.suppress(OSError, ValueError):
            print(f"conversion-gui: note: {text}; going on without a log file", file=stream)


def log_problem() -> str | None:
    """Why the log file could not be written, if it could not."""
    return _problems[0] if _problems else None


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file whose own failures (a full disk, a read-only folder) never print a
    traceback to the terminal: the first is noted in one line, the rest are dropped."""

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            reason = os_error_sentence(exc, self.baseFilename, "the log file")
        else:
            reason = f"the log file {self.baseFilename} cannot be written ({exc!r})"
        note_log_problem(reason)


def setup_logging(log_dir: Path, level: int = logging.INFO, console: bool = False) -> Path:
    """Log to a rotating file in ``log_dir``; returns the file's path. Safe to call again."""
    root = logging.getLogger()
    for handler in _configured:
        root.removeHandler(handler)
        handler.close()
    _configured.clear()
    path = log_dir / LOG_FILE_NAME
    file_handler = QuietFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handlers: list[logging.Handler] = [file_handler]
    # A windowed bundle has no stderr at all (sys.stderr is None): log to the file only.
    if console and sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.addFilter(REDACTOR)
        root.addHandler(handler)
        _configured.append(handler)
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    _restrict(path)
    logging.captureWarnings(True)
    logging.raiseExceptions = False  # a handler that cannot write never prints a traceback
    return path


def _restrict(path: Path) -> None:
    try:
        path.touch(mode=0o600, exist_ok=True)
        path.chmod(0o600)
    except OSError:
        pass
