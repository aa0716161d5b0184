"""A rotating log that helps support without ever holding a secret.

Every record passes through ``RedactingFilter`` before any handler writes it: known secret
values are replaced, and so is anything shaped like ``api_secret=…``, ``sig=…`` or an
``Authorization`` header, whoever logged it (our code, requests, urllib3, Qt).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path

LOG_FILE_NAME = "conversion-gui.log"
MASK = "****"

_PATTERNS = [
    re.compile(r"(?i)\b(api_secret|signature_secret|sig|password|secret)(\s*[=:]\s*|\"\s*:\s*\")([^&\s\"',;]+)"),
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(basic|bearer)\s+([A-Za-z0-9+/=._\-]+)"),
]


class RedactingFilter(logging.Filter):
    """Masks secrets in the final message text, so nothing upstream has to remember to."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, value: str | None) -> None:
        if value and len(value) >= 4:
            with self._lock:
                self._secrets.add(value)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, MASK)
        text = _PATTERNS[0].sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
        text = _PATTERNS[1].sub(lambda m: f"{m.group(1)}{m.group(2)} {MASK}", text)
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


def setup_logging(log_dir: Path, level: int = logging.INFO, console: bool = False) -> Path:
    """Log to a rotating file in ``log_dir``; returns the file's path. Safe to call again."""
    root = logging.getLogger()
    for handler in _configured:
        root.removeHandler(handler)
        handler.close()
    _configured.clear()
    path = log_dir / LOG_FILE_NAME
    file_handler = logging.handlers.RotatingFileHandler(
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
    return path


def _restrict(path: Path) -> None:
    try:
        path.touch(mode=0o600, exist_ok=True)
        path.chmod(0o600)
    except OSError:
        pass
